"""Reading files into Documents: bytes → decoded source text → clean text with a map back.

A :class:`Document` keeps the decoded source text (``raw``) that every citation's
``start``/``end`` index, the clean text (``text``), and the :class:`~policyqa.reading.offsets.OffsetMap`
between them. :func:`read` takes a file or a folder (walked recursively).
"""

from __future__ import annotations

import errno
import os
import re
import stat
from array import array
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .. import progress
from . import scripts
from .clean import clean
from .encoding import control_share, decode, plausible
from ..errors import InputError
from .markup import looks_like_html
from .offsets import OffsetMap
from .records import Record, extract
from .. import patterns

DATASET_SUFFIXES = {".csv": "csv", ".tsv": "csv", ".json": "json", ".jsonl": "json", ".ndjson": "json"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".shtml", ".xhtml", ".pdf", "", *DATASET_SUFFIXES}
MAX_BYTES = 64 * 2**20
"""The largest file read: summarising it stays within minutes and a small multiple of its size in memory."""


@dataclass(frozen=True, eq=False)
class Document:
    """One source file: its decoded text, the clean text and the map between them."""

    path: str
    raw: str
    text: str
    map: OffsetMap
    encoding: str
    format: str = "text"  # text | html | pdf | csv | json
    repairs: dict[str, int] = field(default_factory=dict)
    removed: tuple[tuple[int, int, str, str], ...] = ()
    records: tuple[Record, ...] = ()
    """A dataset's records (CSV rows, JSON objects) by source span, each read as a plan of its own."""

    @classmethod
    def from_text(cls, raw: str, path: str = "<text>", *, encoding: str = "utf-8", format: str = "text") -> Document:
        """Clean ``raw`` (already decoded) into a Document; a ``csv`` or ``json`` dataset that does not
        parse, or has no text cells, is read as plain text."""
        extracted = None
        if format in ("csv", "json"):
            extracted = extract(raw, format)
            if extracted is None:
                format = "text"
        front = front_matter(raw) if format in ("text", "html") else None
        edits = extracted.edits if extracted else (front.edits if front else ())
        c = clean(raw, html=format == "html", extract=edits)
        records = extracted.records if extracted else ()
        removed = tuple(front.removed) + tuple(c.removed) if front else tuple(c.removed)
        return cls(path, raw, c.text, c.map, encoding, format, dict(c.repairs), removed, records)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Source span of the clean span ``[start, end)``."""
        return self.map.raw_span(start, end)

    def clean_span(self, start: int, end: int) -> tuple[int, int]:
        """Clean span of the source span ``[start, end)``."""
        return self.map.clean_span(start, end)

    def clean_between(self, start: int, end: int) -> str:
        """The clean form of the source span ``raw[start:end]``: what a citation's quote must equal."""
        cs, ce = self.map.clean_span(start, end)
        return self.text[cs:ce]

    @cached_property
    def lines(self) -> tuple[array, array]:
        """The clean text's non-empty lines, stripped of the whitespace around them: the offsets
        where each starts and ends (end excluded). Found once: splitting the document into plans
        and segmenting each plan read their lines here."""
        spans = [m.span(1) for m in _STRIPPED_LINE.finditer(self.text)]
        return array("q", [a for a, _ in spans]), array("q", [b for _, b in spans])

    @cached_property
    def simplified(self) -> str:
        """The clean text in simplified script (for search; quotes keep the source's script)."""
        simplified = scripts.to_simplified(self.text)
        return self.text if simplified == self.text else simplified  # a simplified text is not held twice

    @property
    def script(self) -> str:
        """'traditional', 'simplified' or 'mixed', judged from the text."""
        return scripts.detect(self.text)

    def report(self) -> dict[str, int]:
        """What cleaning repaired and removed, with counts."""
        return dict(self.repairs)


# a line's text without the whitespace around it (what str.strip leaves; a blank line has none)
_STRIPPED_LINE = patterns.compile(r"[^\S\n]*+(\S(?:[^\n]*\S)?)")


def read(path: str | os.PathLike[str], *, on_skip: Callable[[InputError], None] | None = None) -> list[Document]:
    """Read a file, or every text-like file under a folder, into Documents (see :func:`iter_documents`)."""
    return list(iter_documents([path], on_skip=on_skip))


def iter_documents(paths: Iterable[str | os.PathLike[str]], *, on_skip: Callable[[InputError], None] | None = None) -> Iterator[Document]:
    """Yield the Documents of files and folders in order.

    A path that cannot be read (missing, unreadable, binary, an empty folder …) raises its
    :class:`InputError`; when ``on_skip`` is given, it is passed that error instead and the
    other files are read.
    """

    def fail(err: InputError) -> None:
        if on_skip is None:
            raise err
        on_skip(err)

    for p, files in iter_files(paths, on_skip=on_skip):
        for found, f in enumerate(files, 1):
            try:
                yield read_file(f)
            except InputError as e:
                fail(e)
            if len(files) > 1 or f != Path(p):
                progress.step(f"reading {p}", found, len(files))


def iter_files(paths: Iterable[str | os.PathLike[str]], *, on_skip: Callable[[InputError], None] | None = None) -> Iterator[tuple[str | os.PathLike[str], list[Path]]]:
    """Each path given, with the files :func:`iter_documents` reads for it (a folder's text-like
    files in name order, walked recursively; a file itself). Paths that cannot be listed (missing,
    a loop, an empty folder) raise their :class:`InputError`, or are passed to ``on_skip``."""

    def fail(err: InputError) -> None:
        if on_skip is None:
            raise err
        on_skip(err)

    for p in paths:
        path = Path(p)
        try:
            is_dir = stat.S_ISDIR(_stat(path).st_mode)
        except InputError as e:
            fail(e)
            continue
        if not is_dir:
            yield p, [path]
            continue
        ignored: Counter[str] = Counter()
        failed: list[InputError] = []

        def fail_inside(err: InputError) -> None:
            failed.append(err)
            fail(err)

        files = list(_walk(path, fail_inside, ignored))
        if not files and not failed:
            others = ", ".join(f"{n} {ext or 'without a suffix'}" for ext, n in ignored.most_common(4))
            fail(InputError(str(p), "empty folder: no files to read in it (" + " ".join(sorted(s for s in TEXT_SUFFIXES if s)) + ")" + (f"; it holds {others}" if others else "")))
            continue
        yield p, files


INDEX_MANIFEST = "policyqa-index.json"
"""The file that makes a folder a policyqa index (:mod:`policyqa.retrieval.store`): never read as a plan."""


def _stat(path: Path) -> os.stat_result:
    """``os.stat`` with its failures as InputErrors that say what the path is."""
    name = str(path)
    try:
        return path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(name, f"broken symlink (it points to {os.readlink(path)}, which does not exist)") from None
        raise InputError(name, "no such file or directory") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise InputError(name, "symlink loop (following the link leads back to itself)") from None
        raise InputError(name, f"cannot open: {e.strerror or e}") from None


def _walk(folder: Path, fail: Callable[[InputError], None], ignored: Counter[str]) -> Iterator[Path]:
    """Text-like files under ``folder`` in name order; a folder that is its own ancestor is a loop.

    Files of other kinds are counted in ``ignored`` by suffix; what cannot be opened goes to ``fail``.
    """
    stack: list[tuple[Path, frozenset[tuple[int, int]]]] = [(folder, frozenset())]
    while stack:
        d, ancestors = stack.pop()
        try:
            st = d.stat()
        except OSError as e:
            fail(InputError(str(d), f"cannot open folder: {e.strerror or e}"))
            continue
        key = (st.st_dev, st.st_ino)
        if key in ancestors:
            fail(InputError(str(d), "directory loop (a symlink points back up the tree)"))
            continue
        ancestors = ancestors | {key}
        try:
            with os.scandir(d) as it:  # the kind of each entry comes with the listing: no stat per file
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            fail(InputError(str(d), f"cannot list folder: {e.strerror or e}"))
            continue
        subdirs = []
        for entry in entries:
            name = entry.name
            if name.startswith(".") or name.lower().startswith(("readme", "sources")):
                continue
            e = d / name
            try:
                is_dir = e.is_dir() if entry.is_symlink() else entry.is_dir(follow_symlinks=False)
            except OSError as err:  # e.g. a symlink loop of length one: "too many levels"
                fail(InputError(str(e), f"cannot open: {err.strerror or err}"))
                continue
            if is_dir:
                if not (e / INDEX_MANIFEST).exists():  # an index kept inside the folder it indexes is not read
                    subdirs.append(e)
            elif e.suffix.lower() in TEXT_SUFFIXES:
                yield e
            else:
                ignored[e.suffix.lower()] += 1
        stack.extend((s, ancestors) for s in reversed(subdirs))


_FILE_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))
# what a binary file is, by its first bytes, so that the message can say it
_MAGIC = (
    (b"PK\x03\x04", "a ZIP archive (a .docx, .xlsx or .zip file?)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc, .xls)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
)


@dataclass(frozen=True)
class FrontMatter:
    """A markdown post's YAML front matter: the edits that drop it from the clean text (its title
    kept as the first line), and its fields as removed header lines (标题, 作者, 日期: …), where
    metadata reads a site's header fields."""

    edits: list[tuple[int, int, str]]
    removed: list[tuple[int, int, str, str]]


_FRONT = patterns.compile(r"\A\s*---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)


def front_matter(raw: str) -> FrontMatter | None:
    """The front matter of a markdown post (``---`` YAML ``---`` at its start), or None."""
    m = _FRONT.match(raw)
    if not m:
        return None
    try:
        import yaml

        fields = yaml.safe_load(m.group(1))
    except Exception:  # noqa: BLE001  not YAML: the text stays as it is
        return None
    if not isinstance(fields, dict) or not fields:
        return None
    title = fields.get("title")
    a, b = m.span()
    edits: list[tuple[int, int, str]] = [(a, b, "")]
    if isinstance(title, str) and title.strip():
        i = raw.find(title, m.start(1), m.end(1))
        if i >= 0:  # keep the title's own characters, on a line of their own
            edits = [(a, i, ""), (i + len(title), b, "\n")]
    removed = [(a, b, "front matter", f"{k}: {v}") for k, v in fields.items() if isinstance(v, (str, int, float))]
    date = fields.get("date")
    when = _date_of(date)
    if when:
        removed.insert(0, (a, b, "front matter", f"日期：{when}"))
    return FrontMatter(edits, removed)


def _date_of(value: object) -> str | None:
    import datetime as dt
    from email.utils import parsedate_to_datetime

    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, str):
        try:
            return parsedate_to_datetime(value).strftime("%Y-%m-%d")  # "Mon, 24 Jan 2022 01:55:56 GMT"
        except (TypeError, ValueError):
            m = re.match(r"((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})", value.strip())
            return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None
    return None


def read_file(path: str | os.PathLike[str], *, digest: Any = None) -> Document:
    """Read one file into a Document (text, HTML, PDF); InputError names the file and the reason.

    ``digest`` (a :mod:`hashlib` object), when given, is fed the bytes read: what an index records
    of the file is then exactly what the Document was made from."""
    p = Path(path)
    name = str(path)
    data = _read_bytes(p, name)
    if digest is not None:
        digest.update(data)
    if not data.strip():
        raise InputError(name, "empty file")
    if data.startswith(b"%PDF-"):
        from .pdf import pdf_text

        raw = pdf_text(data, name)
        doc = Document.from_text(raw, name, encoding="pdf", format="pdf")
    else:
        for magic, what in _MAGIC:
            if data.startswith(magic):
                raise InputError(name, f"binary file ({what}), not text: save it as text, HTML or PDF")
        raw, encoding = decode(data, name)
        del data
        _check_text(raw, encoding, name)
        fmt = DATASET_SUFFIXES.get(p.suffix.lower()) or ("html" if looks_like_html(raw) else "text")
        doc = Document.from_text(raw, name, encoding=encoding, format=fmt)
    if not doc.text.strip():
        raise InputError(name, "no text left after cleaning")
    return doc


def _read_bytes(p: Path, name: str) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES; pipes, devices and sockets are refused unopened."""
    st = _stat(p)
    if stat.S_ISDIR(st.st_mode):
        raise InputError(name, "is a directory")
    for test, what in _FILE_KINDS:
        if test(st.st_mode):
            raise InputError(name, f"not a regular file: {what}")
    _check_size(st.st_size, name)
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # never waits on a FIFO swapped in since the stat
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as e:
        raise InputError(name, f"cannot read: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise InputError(name, "not a regular file")
            # The size the file has now, and one byte more, is asked for first: a read of MAX_BYTES
            # allocates that much however small the file (80 µs a file, against 15). A file that
            # grew since is read on, and cut off at the limit.
            want = min(st.st_size, MAX_BYTES) + 1
            data = f.read(want)
            if len(data) == want and want <= MAX_BYTES:
                data += f.read(MAX_BYTES + 1 - want)
    except OSError as e:
        raise InputError(name, f"cannot read: {e.strerror or e}") from None
    _check_size(len(data), name)
    return data


def _check_size(size: int, name: str) -> None:
    if size > MAX_BYTES:
        raise InputError(name, f"file too large: {size / 2**20:,.0f} MiB; the limit is {MAX_BYTES // 2**20} MiB, the most that is read in bounded time and memory (split the file)")


def _check_text(raw: str, encoding: str, name: str) -> None:
    """Binary content that happened to decode: many control characters, or few once they are gone."""
    share = control_share(raw)
    if share > 0.3 or (share > 0.01 and plausible(_CONTROLS.sub("", raw[:65536])) < 0.9):
        raise InputError(name, f"binary file (control characters when read as {encoding}), not text")


_CONTROLS = patterns.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def repairs_total(documents: Iterable[Document]) -> Counter[str]:
    """Sum the cleaning reports of several documents."""
    total: Counter[str] = Counter()
    for d in documents:
        total.update(d.repairs)
    return total
