"""Reading files into Documents: bytes → decoded source text → clean text with a map back.

A :class:`Document` keeps the decoded source text (``raw``) that every citation's
``start``/``end`` index, the clean text (``text``), and the :class:`~policyqa.offsets.OffsetMap`
between them. :func:`read` takes a file or a folder (walked recursively).
"""

from __future__ import annotations

import codecs
import errno
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable, Iterator

from . import scripts
from .clean import clean
from .errors import InputError
from .offsets import OffsetMap

TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".pdf", ""}
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True, eq=False)
class Document:
    """One source file: its decoded text, the clean text and the map between them."""

    path: str
    raw: str
    text: str
    map: OffsetMap
    encoding: str
    format: str = "text"  # text | html | pdf
    repairs: dict[str, int] = field(default_factory=dict)
    removed: tuple[tuple[int, int, str, str], ...] = ()

    @classmethod
    def from_text(cls, raw: str, path: str = "<text>", *, encoding: str = "utf-8", format: str = "text") -> Document:
        """Clean ``raw`` (already decoded) into a Document."""
        c = clean(raw, html=format == "html")
        return cls(path, raw, c.text, c.map, encoding, format, dict(c.repairs), tuple(c.removed))

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
    def simplified(self) -> str:
        """The clean text in simplified script (for search; quotes keep the source's script)."""
        return scripts.to_simplified(self.text)

    @property
    def script(self) -> str:
        """'traditional', 'simplified' or 'mixed', judged from the text."""
        return scripts.detect(self.text)

    def report(self) -> dict[str, int]:
        """What cleaning repaired and removed, with counts."""
        return dict(self.repairs)


def read(path: str | os.PathLike[str]) -> list[Document]:
    """Read a file, or every text-like file under a folder, into Documents."""
    return list(iter_documents([path]))


def iter_documents(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Document]:
    """Yield the Documents of files and folders in order; raises InputError on the first bad one."""
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise InputError(str(p), "no such file or directory")
        if path.is_dir():
            for f in _walk(path):
                yield read_file(f)
        else:
            yield read_file(path)


def _walk(folder: Path) -> Iterator[Path]:
    """Text-like files under ``folder`` in name order; a folder that is its own ancestor is a loop."""
    stack: list[tuple[Path, frozenset[tuple[int, int]]]] = [(folder, frozenset())]
    while stack:
        d, ancestors = stack.pop()
        try:
            st = d.stat()
        except OSError as e:
            raise InputError(str(d), f"cannot open folder: {e.strerror or e}") from None
        key = (st.st_dev, st.st_ino)
        if key in ancestors:
            raise InputError(str(d), "directory loop (a symlink points back up the tree)")
        ancestors = ancestors | {key}
        try:
            entries = sorted(d.iterdir(), key=lambda e: e.name)
        except OSError as e:
            raise InputError(str(d), f"cannot list folder: {e.strerror or e}") from None
        subdirs = []
        for e in entries:
            if e.name.startswith(".") or e.name.lower().startswith(("readme", "sources")):
                continue
            try:
                is_dir = e.is_dir()
            except OSError as err:  # e.g. a symlink loop of length one: "too many levels"
                raise InputError(str(e), f"cannot open: {err.strerror or err}") from None
            if is_dir:
                subdirs.append(e)
            elif e.suffix.lower() in TEXT_SUFFIXES:
                yield e
        stack.extend((s, ancestors) for s in reversed(subdirs))


def read_file(path: str | os.PathLike[str]) -> Document:
    """Read one file into a Document (text, HTML or PDF)."""
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(name, f"file too large ({size} bytes; the limit is {MAX_BYTES})")
        data = p.read_bytes()
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except FileNotFoundError:
        raise InputError(name, "no such file or directory") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise InputError(name, "symlink loop (too many levels of symbolic links)") from None
        raise InputError(name, f"cannot read: {e.strerror or e}") from None
    if not data.strip():
        raise InputError(name, "empty file")
    if data.startswith(b"%PDF-"):
        from .pdf import pdf_text

        raw = pdf_text(data, name)
        doc = Document.from_text(raw, name, encoding="pdf", format="pdf")
    else:
        raw, encoding = decode(data, name)
        if _control_ratio(raw) > 0.01:
            raise InputError(name, f"binary file (control characters when read as {encoding}), not text")
        fmt = "html" if _looks_like_html(raw) else "text"
        doc = Document.from_text(raw, name, encoding=encoding, format=fmt)
    if not doc.text.strip():
        raise InputError(name, "no text left after cleaning")
    return doc


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16, GB18030 or Big5; else InputError."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                raise InputError(name, f"undecodable: has a {enc} byte-order mark but is not {enc}") from None
            if enc == "utf-16" and _plausible(text) < 0.8:
                raise InputError(name, "undecodable: has a UTF-16 byte-order mark but does not read as UTF-16 text")
            return text, enc
    head = data[:4096]
    if b"\x00" in head:
        enc = _utf16_without_bom(head)
        if enc:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                pass
        raise InputError(name, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = _guess_cjk(data)
    if best:
        return data.decode(best), best
    raise InputError(name, "undecodable: not UTF-8, UTF-16, GB18030 or Big5 text")


_PLAUSIBLE = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef\u2000-\u206f\x20-\x7e\t\n\r\f\u00a0-\u024f]")


def _plausible(text: str, sample: int = 20000) -> float:
    """Share of characters that ordinary Chinese or Latin text is made of."""
    head = text[:sample]
    return len(_PLAUSIBLE.findall(head)) / max(1, len(head))


def _utf16_without_bom(head: bytes) -> str | None:
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    n = max(1, len(head) // 2)
    if odd / n > 0.3 and even / n < 0.05:
        return "utf-16-le"
    if even / n > 0.3 and odd / n < 0.05:
        return "utf-16-be"
    # CJK text in UTF-16 has few NULs; try both and keep the one that decodes to mostly CJK
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            s = head[: len(head) // 2 * 2].decode(enc)
        except UnicodeDecodeError:
            continue
        if s and sum("\u4e00" <= ch <= "\u9fff" for ch in s) / len(s) > 0.3:
            return enc
    return None


def _guess_cjk(data: bytes) -> str | None:
    """Choose between GB18030 and Big5 with charset-normalizer, then by which decodes cleanly."""
    from charset_normalizer import from_bytes

    candidates = []
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((enc, text))
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0][0]
    match = from_bytes(data, cp_isolation=["gb18030", "big5"]).best()
    if match is not None and match.encoding in ("gb18030", "big5"):
        return match.encoding
    # fall back: the decoding with more common CJK characters
    def score(text: str) -> float:
        return sum("\u4e00" <= ch <= "\u9fff" for ch in text) / max(1, len(text))

    return max(candidates, key=lambda c: score(c[1]))[0]


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _control_ratio(text: str, sample: int = 65536) -> float:
    head = text[:sample]
    return len(_CONTROL.findall(head)) / max(1, len(head))


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in text[:20000].lower() and "</" in text)


def repairs_total(documents: Iterable[Document]) -> Counter[str]:
    """Sum the cleaning reports of several documents."""
    total: Counter[str] = Counter()
    for d in documents:
        total.update(d.repairs)
    return total
