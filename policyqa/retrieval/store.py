"""The index on disk: a corpus's plans, their passages and its BM25 postings in a folder,
opened memory-mapped, kept up to date with the files it was made from.

    corpus = policyqa.index(["plans/"], "plans.idx")   # build it, or bring it up to date
    corpus = policyqa.Corpus.load("plans.idx")         # open it: a plan's text and passages are read when used
    policyqa.load("plans.idx")                         # its plans, as policyqa.load gives a folder's

Opening reads two small JSON files and maps the arrays; nothing of a plan is read until it is
used, so a 10,000-plan index opens in a fraction of a second and costs little memory.

**Up to date.** Each source file is recorded with its size, modification time and a hash of its
bytes. Opening an index (unless ``refresh=False``) walks the folders it indexes and checks every
file: one whose size or time changed is hashed, and when its content changed it is read again;
a deleted file's plans are dropped; a new file is read and added. Only those files are read, into
a new segment; the others are never read again. So a citation from an index always points into
the file as it is now.

**Segments.** A build writes one segment; each update adds a small one, and the plans of a
changed or deleted file stay in their old segment, no longer listed. Scores are always those a
fresh build of the listed plans gives: a single, whole segment keeps its BM25 weights, and an
index of several computes them from the term frequencies with the statistics of the live
passages (:mod:`policyqa.retrieval.postings`). Once there are more than :data:`MAX_SEGMENTS`, or
a third of the passages are no longer listed, segments are merged, from the index's own texts.

**Layout** (format 1)::

    policyqa-index.json   the manifest: format, tokenizer, kinds, roots, segments, and the source
                          files in corpus order (path, segment, document, size, mtime, hash)
    vocab.json            the vocabulary (ASCII words and numbers; every word with jieba), append-only
    seg-N/                a segment, never changed once written (:mod:`policyqa.retrieval.segments`)

Writes take a lock on the folder, write new files beside the old ones and replace the manifest
last (atomically), so a reader never sees half an update.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import json
import os
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import numpy as np

from .. import __version__, progress
from ..errors import InputError
from ..files import write_atomic
from ..reading.document import INDEX_MANIFEST, Document, iter_files
from ..structure.plan import Plan
from . import postings
from .corpus import INDEXED_KINDS, TOKENIZERS, Corpus
from .segments import Gone, Segment, SegmentWriter, read_files

FORMAT = 1
MANIFEST = INDEX_MANIFEST
MAX_SEGMENTS = 8
AUTO_BYTES = 4 * 2**20
"""An index of files holding at least this many bytes is a large one in the cache (see :data:`CACHE_KEEP`)."""
_RACY_NS = 2_000_000_000  # a file changed this close to its check may change again unseen in the same tick


@functools.cache
def rules() -> str:
    """A fingerprint of the code that reads a file into plans, passages and the contexts of their
    parts (:mod:`policyqa.reading`, :mod:`policyqa.structure`) and of the tokenizer
    (:mod:`policyqa.retrieval.corpus`). An index keeps it; one made under other rules (by another
    version of policyqa) reads its files again, as changed files are, rather than answer from plans
    that the rules of this version would not give."""
    h = hashlib.sha1()
    root = Path(__file__).resolve().parents[1]
    for f in [*sorted((root / "reading").glob("*.py")), *sorted((root / "structure").glob("*.py")), root / "retrieval" / "corpus.py"]:
        h.update(f"{f.parent.name}/{f.name}\n".encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def is_index(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is an index folder (it holds the manifest)."""
    return os.path.isfile(os.path.join(path, MANIFEST))


# -- public --------------------------------------------------------------------------------------
def index(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str] | None = None,
    *,
    tokenizer: str = "bigram",
    workers: int | None = None,
    merge: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
) -> Corpus:
    """Index files and folders on disk and return the :class:`~policyqa.retrieval.corpus.Corpus`, memory-mapped.

    ``out`` is the index folder (made when missing); by default a folder in the user cache,
    ``$POLICYQA_CACHE_DIR/index/`` (else ``~/.cache/policyqa/index/``), named after the paths.
    Run again, it reads only what changed: new files are added, changed ones read again,
    deleted ones dropped. An index given other paths than before indexes those too. Many files
    are read by ``workers`` processes at once (default: one per core). ``merge`` rewrites an index
    that has grown by updates as one segment (from its own texts, no file read again), whose stored
    weights make searches as quick as after a whole build. A file that cannot be read raises its
    :class:`~policyqa.errors.InputError`, or is passed to ``on_skip``.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = [os.fspath(p) for p in paths]
    if tokenizer not in TOKENIZERS:
        raise InputError(None, f"unknown tokenizer {tokenizer!r}; choose one of {', '.join(TOKENIZERS)}")
    inside = [p for p in paths if is_index(p)]
    if inside:
        raise InputError(inside[0], "is an index, not a plan: give the files or folders it was made from")
    folder = Path(out) if out is not None else cache_location(paths, tokenizer)
    if folder.exists() and not is_index(folder) and (not folder.is_dir() or any(folder.iterdir())):
        raise InputError(str(folder), "exists and is not an index: give a new or empty folder for it")
    new = not is_index(folder)
    store = Store(folder, workers=workers)
    corpus = _retrying(store, lambda: store.update(paths, tokenizer=tokenizer, on_skip=on_skip, create=True, merge=merge))
    if out is None:
        _evict(folder.parent, keep=folder, new=new)
    return corpus


def open_index(path: str | os.PathLike[str], *, refresh: bool = True, on_skip: Callable[[InputError], None] | None = None) -> Corpus:
    """The corpus of an index folder (see :meth:`Corpus.load <policyqa.retrieval.corpus.Corpus.load>`)."""
    store = Store(Path(path))
    if not is_index(path):
        raise InputError(str(path), "not a policyqa index (no policyqa-index.json in it): make one with policyqa index PATH... --out DIR")
    return _retrying(store, (lambda: store.update(None, on_skip=on_skip)) if refresh else store.read)


def _retrying(store: Store, update: Callable[[], None]) -> Corpus:
    """``update()`` then the corpus; again (at most twice) when another process merged segments away meanwhile."""
    attempts = 0
    while True:
        try:
            update()
            return store.corpus()
        except Gone:
            attempts += 1
            if attempts == 3:
                raise
            store._segments.clear()



def save(corpus: Corpus, path: str | os.PathLike[str]) -> None:
    """Write ``corpus`` as a new index in the folder ``path`` (replacing an index there). Plans read
    from files are checked against them when it is opened; plans of texts given in memory are kept as they are."""
    folder = Path(path)
    if folder.exists() and not is_index(folder) and (not folder.is_dir() or any(folder.iterdir())):
        raise InputError(str(folder), "exists and is not an index: give a new or empty folder for it")
    store = Store(folder)
    with store.locked():
        docs: dict[int, tuple[Document, list[Plan]]] = {}
        for p in corpus.plans:
            docs.setdefault(id(p.document), (p.document, []))[1].append(p)
        vocab: dict[str, int] = {}
        writer = SegmentWriter(store.new_segment_dir(), corpus.tokenizer, corpus.kinds, vocab)
        entries = []
        for doc, plans in docs.values():
            entries.append(_entry_of(doc, writer.name, writer.add(doc, plans), walked=False))
        writer.finish(weights=True)
        store.commit({"tokenizer": corpus.tokenizer, "kinds": list(corpus.kinds), "roots": []}, entries, [writer.name], vocab)


def cached(paths: Sequence[str], *, build: bool = True, on_skip: Callable[[InputError], None] | None = None, tokenizer: str = "bigram") -> Corpus | None:
    """The corpus of ``paths`` from the index cache, brought up to date (what the commands use for
    their PATHs), or None: then the files are read as usual. None when the cache is off
    (``POLICYQA_INDEX_CACHE=0``), or it holds no index of these paths and either ``build`` is false
    or the cache cannot be written. (The commands that search build one, whatever the size: a
    repeat question over five small plans is answered from the index in about two thirds of the
    time it takes to read them again; the others only use what is there, and read a huge plan
    window by window.)"""
    if os.environ.get("POLICYQA_INDEX_CACHE", "").lower() in ("0", "off", "no", "false"):
        return None
    folder = cache_location(paths, tokenizer)
    if is_index(folder):  # made by an earlier search or by `policyqa index PATH...`
        return index(paths, tokenizer=tokenizer, on_skip=on_skip)
    if not build:
        return None
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(folder.parent, os.W_OK):
            return None
    except OSError:
        return None
    return index(paths, tokenizer=tokenizer, on_skip=on_skip)


def cache_location(paths: Sequence[str], tokenizer: str = "bigram") -> Path:
    """The folder in the user cache that indexes ``paths`` (named by a hash of their absolute paths)."""
    from ..files import default_cache_dir

    key = json.dumps([tokenizer] + [os.path.abspath(p) for p in paths], ensure_ascii=False)
    return default_cache_dir() / "index" / hashlib.blake2b(key.encode(), digest_size=10).hexdigest()


CACHE_KEEP = 4
"""Large indexes (of :data:`AUTO_BYTES` or more) the cache keeps (10,000 plans take about 1 GB);
the least recently used beyond that are removed when a new index is made."""
CACHE_KEEP_SMALL = 32
"""Small indexes the cache keeps besides them (each a few hundred kilobytes), the least recently used
beyond that removed: a day of questions over small folders never pushes a large index out."""


def _evict(root: Path, keep: Path, *, new: bool) -> None:
    """Mark ``keep`` used now; when it is ``new``, remove the least recently used indexes beyond
    :data:`CACHE_KEEP` large and :data:`CACHE_KEEP_SMALL` small ones."""
    try:
        os.utime(keep / MANIFEST)  # used now
    except OSError:
        return
    if not new:
        return
    try:
        kept = [d for d in root.iterdir() if d.is_dir() and is_index(d)]
        kept.sort(key=lambda d: (d / MANIFEST).stat().st_mtime, reverse=True)
    except OSError:
        return
    large: list[Path] = []
    small: list[Path] = []
    for d in kept:
        (large if _source_bytes(d) >= AUTO_BYTES else small).append(d)
    for d in large[CACHE_KEEP:] + small[CACHE_KEEP_SMALL:]:
        if d != keep:
            shutil.rmtree(d, ignore_errors=True)


def _source_bytes(folder: Path) -> int:
    """The bytes of the files an index folder indexes, as its manifest lists them (0 when it cannot be read)."""
    try:
        files = json.loads((folder / MANIFEST).read_text(encoding="utf-8")).get("files", [])
        return sum(int(f[3]) for f in files)
    except (OSError, ValueError, TypeError, IndexError, AttributeError):
        return 0


# -- the manifest ----------------------------------------------------------------------------------
@dataclass
class _Entry:
    """One source document of an index: the file (absolute path) and where its plans are stored."""

    path: str
    seg: str
    doc: int
    size: int | None = None
    mtime_ns: int | None = None
    hash: str | None = None
    walked: bool = False  # found by walking one of the index's roots (else added as a file of its own)
    shown: str | None = None  # the path as this run names it (relative when the root given was)
    hidden: bool = False  # under a root that is missing now: kept in the index, left out of the corpus

    def row(self) -> list[Any]:
        return [self.path, self.seg, self.doc, self.size, self.mtime_ns, self.hash, self.walked]

    @classmethod
    def of(cls, row: list[Any]) -> _Entry:
        return cls(*row)


def _file_hash(path: str | os.PathLike[str]) -> str | None:
    try:
        with open(path, "rb") as f:
            return hashlib.blake2b(f.read(), digest_size=16).hexdigest()
    except OSError:
        return None


def _entry_of(doc: Document, seg: str, i: int, *, walked: bool, shown: str | None = None, st: os.stat_result | None = None) -> _Entry:
    """The entry of a document just written: with its file's size, time and hash when it was read from one."""
    path = doc.path
    if st is None:
        try:
            st = os.stat(path)
        except OSError:
            return _Entry(path, seg, i, walked=False, shown=path)
    return _Entry(os.path.abspath(path), seg, i, st.st_size, st.st_mtime_ns, _file_hash(path), walked, shown or path)


class Store:
    """An index folder: its manifest, segments and vocabulary, and the lock that guards writes."""

    def __init__(self, folder: Path, *, workers: int | None = None):
        self.folder = folder
        self.workers = workers
        self._segments: dict[str, Segment] = {}
        self.manifest: dict[str, Any] | None = None
        self.entries: list[_Entry] = []
        self.counts = {"read": 0, "dropped": 0}  # what the last update did

    # -- reading -------------------------------------------------------------------------------
    def read(self) -> None:
        try:
            m = json.loads((self.folder / MANIFEST).read_text(encoding="utf-8"))
        except FileNotFoundError:
            self.manifest, self.entries = None, []
            return
        except (OSError, ValueError) as e:
            raise InputError(str(self.folder), f"unreadable index manifest ({e}): remove the folder and index again") from None
        if m.get("format") != FORMAT:
            raise InputError(str(self.folder), f"index format {m.get('format')} is not this version's ({FORMAT}): remove the folder and index again")
        self.manifest = m
        self.entries = [_Entry.of(r) for r in m["files"]]

    def segment(self, name: str) -> Segment:
        seg = self._segments.get(name)
        if seg is None:
            seg = self._segments[name] = Segment(self.folder / name)
        return seg

    def vocab(self) -> dict[str, int]:
        try:
            words = json.loads((self.folder / "vocab.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            words = []
        return {w: i for i, w in enumerate(words)}

    # -- writing -------------------------------------------------------------------------------
    @contextmanager
    def locked(self) -> Iterator[None]:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.folder / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise InputError(str(self.folder), f"cannot write the index ({e.strerror or e})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            self.read()
            yield
        finally:
            os.close(fd)

    def new_segment_dir(self) -> Path:
        n = 1 + max((int(d.name[4:]) for d in self.folder.glob("seg-*") if d.name[4:].isdigit()), default=0)
        return self.folder / f"seg-{n:06d}"

    def commit(self, settings: dict[str, Any], entries: list[_Entry], segments: list[str], vocab: dict[str, int]) -> None:
        """Write the vocabulary, then the manifest (atomically); remove segments no longer listed."""
        words = sorted(vocab, key=vocab.__getitem__)
        write_atomic(self.folder / "vocab.json", json.dumps(words, ensure_ascii=False))
        used = [s for s in segments if any(e.seg == s for e in entries)]
        m = {"format": FORMAT, "policyqa": __version__, "rules": rules(), **settings, "segments": used, "checked_ns": time.time_ns(), "files": [e.row() for e in entries]}
        write_atomic(self.folder / MANIFEST, json.dumps(m, ensure_ascii=False))
        for d in self.folder.glob("seg-*"):
            if d.name not in used and not d.name.endswith(".tmp"):
                shutil.rmtree(d, ignore_errors=True)
        self.manifest, self.entries = m, entries
        self._segments = {k: v for k, v in self._segments.items() if k in used}

    def update(self, paths: Sequence[str] | None, *, tokenizer: str | None = None, on_skip: Callable[[InputError], None] | None = None,
               create: bool = False, merge: bool = False) -> None:
        """Bring the index up to date with its roots (and ``paths``, added to them): read only what changed.
        ``merge``: then rewrite it as one segment, unless it is one already."""
        self.read()
        if self.manifest is None and not create:
            raise InputError(str(self.folder), "not a policyqa index (no policyqa-index.json in it)")
        if self.manifest is not None and tokenizer is not None and self.manifest["tokenizer"] != tokenizer:
            raise InputError(str(self.folder), f"was indexed with the {self.manifest['tokenizer']} tokenizer, not {tokenizer}: give another folder")
        skipped: list[InputError] = []
        plan = self._plan(paths, skipped)
        self.counts = {"read": 0, "dropped": 0}
        if self.manifest is None and not plan.entries:  # nothing to make an index of: no folder is left behind
            for e in skipped[:-1]:
                if on_skip is None:
                    raise e
                on_skip(e)
            if len(skipped) == 1 or (skipped and on_skip is None):
                raise skipped[-1]
            if skipped:
                on_skip(skipped[-1])  # type: ignore[misc]
            raise InputError(None, f"nothing to index in {' '.join(paths or [])}" + (f" ({len(skipped)} skipped, listed above)" if skipped else ""))
        if plan.changed:
            try:
                with self.locked():
                    plan = self._plan(paths, [])  # again, under the lock: another process may have updated it
                    if plan.changed:
                        self._apply(plan, tokenizer or (self.manifest or {}).get("tokenizer", "bigram"), on_skip)
            except InputError as e:
                if self.manifest is None:
                    raise
                if plan.read or plan.dropped or plan.new_roots:
                    raise InputError(str(self.folder), f"out of date ({plan.summary()}) and cannot be updated: {e.reason}") from None
                self.read()  # files touched, not changed: nothing to write, the index holds (read-only, say)
                self.entries = plan.entries
        else:
            self.entries = plan.entries  # the paths as this run names them
        if merge and self.manifest is not None and (len(self.manifest["segments"]) > 1 or self._dead()):
            now = {e.path: e for e in self.entries}  # as this run names them, and whether their root is missing
            with self.locked():
                self.entries = [_Entry(e.path, e.seg, e.doc, e.size, e.mtime_ns, e.hash, e.walked, now[e.path].shown, now[e.path].hidden)
                                if e.path in now else e for e in self.entries]
                self.merge(set(self.manifest["segments"]), {k: self.manifest[k] for k in ("tokenizer", "kinds", "roots")})
        for e in skipped:
            if on_skip is None:
                raise e
            on_skip(e)

    def _plan(self, paths: Sequence[str] | None, skipped: list[InputError]) -> _Update:
        m = self.manifest or {}
        roots = list(m.get("roots", []))
        given = {}
        for p in paths or ():
            a = os.path.abspath(p)
            given[a] = p
            if a not in roots:
                roots.append(a)
        old = {e.path: e for e in self.entries}
        checked = int(m.get("checked_ns", 0))
        up = _Update(roots=roots, new_roots=len(roots) != len(m.get("roots", [])))
        seen: set[str] = set()

        stale = bool(m) and m.get("rules") != rules()  # made by another version's rules: every file is read again

        def check(e: _Entry, shown: str, st: os.stat_result) -> _Entry | None:
            if stale:
                up.other_rules = True
                return None
            same = e.size == st.st_size and e.mtime_ns == st.st_mtime_ns and st.st_mtime_ns + _RACY_NS < checked
            if same:
                return _Entry(e.path, e.seg, e.doc, e.size, e.mtime_ns, e.hash, e.walked, shown)
            h = _file_hash(shown)
            if h is not None and h == e.hash:
                up.restated += 1
                return _Entry(e.path, e.seg, e.doc, st.st_size, st.st_mtime_ns, h, e.walked, shown)
            return None

        for e in self.entries:  # files added on their own, and texts that came from no file
            if e.walked:
                continue
            seen.add(e.path)
            if e.hash is None:
                up.entries.append(e)
                continue
            try:
                st = os.stat(e.path)
            except OSError:
                up.dropped += 1
                continue
            kept = check(e, e.path, st)
            if kept is None:
                up.entries.append(_Entry(e.path, "", -1, walked=False, shown=e.path))
                up.read.append(len(up.entries) - 1)
            else:
                up.entries.append(kept)
        present = []
        for r in roots:
            if os.path.lexists(r):
                present.append(given.get(r, r))
                continue
            # a folder moved or unmounted: its plans are left out, and kept for when it is back
            skipped.append(InputError(given.get(r, r), "indexed here, but no such file or directory now: its plans are left out until it is back"))
            for e in self.entries:
                if e.walked and (e.path == r or e.path.startswith(r.rstrip(os.sep) + os.sep)) and e.path not in seen:
                    seen.add(e.path)
                    up.entries.append(_Entry(e.path, e.seg, e.doc, e.size, e.mtime_ns, e.hash, True, e.path, hidden=True))
        for _, files in iter_files(present, on_skip=skipped.append):
            for f in files:
                shown = str(f)
                a = os.path.abspath(shown)
                if a in seen:
                    continue
                seen.add(a)
                try:
                    st = os.stat(f)
                except OSError:
                    continue  # gone since the walk: as if it had not been there
                e = old.get(a)
                kept = check(e, shown, st) if e is not None else None
                if kept is None:
                    up.entries.append(_Entry(a, "", -1, walked=True, shown=shown))
                    up.read.append(len(up.entries) - 1)
                    up.changed_files += e is not None
                else:
                    kept.walked = True
                    up.entries.append(kept)
        up.dropped += sum(1 for e in self.entries if e.path not in seen)
        return up

    def _apply(self, up: _Update, tokenizer: str, on_skip: Callable[[InputError], None] | None) -> None:
        kinds = (self.manifest or {}).get("kinds", list(INDEXED_KINDS))
        vocab = self.vocab()
        segments = list((self.manifest or {}).get("segments", []))
        fresh = not any(e.seg for e in up.entries)  # nothing kept: one whole segment, with its weights
        if up.read:
            writer = SegmentWriter(self.new_segment_dir(), tokenizer, kinds, vocab)
            failed = set()
            paths = [up.entries[i].shown or up.entries[i].path for i in up.read]
            try:
                for n, (k, got) in enumerate(read_files(paths, kinds, self.workers), 1):
                    i = up.read[k]
                    if isinstance(got, InputError):
                        failed.add(i)
                        if on_skip is None:
                            raise got
                        on_skip(got)
                        continue
                    doc, plans, st, digest = got
                    e = up.entries[i]
                    up.entries[i] = _Entry(e.path, writer.name, writer.add_read(doc, plans), st.st_size, st.st_mtime_ns, digest, e.walked, e.shown)
                    progress.step(f"indexing {len(paths)} files", n, len(paths))
            except BaseException:
                writer.abandon()
                raise
            writer.finish(weights=fresh)
            segments.append(writer.name)
            up.entries = [e for i, e in enumerate(up.entries) if i not in failed]
            self.counts["read"] = len(up.read) - len(failed)
        self.counts["dropped"] = up.dropped
        settings = {"tokenizer": tokenizer, "kinds": kinds, "roots": up.roots}
        self.commit(settings, up.entries, segments, vocab)
        self._maybe_merge(settings)

    # -- merging -------------------------------------------------------------------------------
    def _maybe_merge(self, settings: dict[str, Any]) -> None:
        segments = list(self.manifest["segments"])
        live = self._live_counts()
        total = sum(self.segment(s).n_indexed for s in segments)
        dead = total - sum(live.values())
        if len(segments) <= MAX_SEGMENTS and dead * 3 <= total:
            return
        if dead * 3 > total or len(segments) <= 2:
            chosen = set(segments)
        else:  # the small ones: a merge costs what they hold, not the whole index
            largest = max(segments, key=lambda s: live.get(s, 0))
            chosen = set(segments) - {largest}
        self.merge(chosen, settings)

    def _dead(self) -> bool:
        """Whether some passage of the segments is no longer listed (a changed or deleted file's)."""
        if self.manifest is None:
            return False
        return sum(self._live_counts().values()) < sum(self.segment(s).n_indexed for s in self.manifest["segments"])

    def _live_counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self.entries:
            seg = self.segment(e.seg)
            out[e.seg] = out.get(e.seg, 0) + seg.doc_indexed(e.doc)
        return out

    def merge(self, chosen: set[str], settings: dict[str, Any]) -> None:
        """Rewrite the live documents of the ``chosen`` segments as one segment (from the index's own texts)."""
        vocab = self.vocab()
        whole = chosen == set(self.manifest["segments"])
        writer = SegmentWriter(self.new_segment_dir(), settings["tokenizer"], settings["kinds"], vocab)
        entries = []
        for e in self.entries:
            if e.seg not in chosen:
                entries.append(e)
                continue
            seg = self.segment(e.seg)
            doc = seg.document(e.doc, e.path)
            d = writer.add(doc, seg.plans_of(e.doc, doc))
            entries.append(_Entry(e.path, writer.name, d, e.size, e.mtime_ns, e.hash, e.walked, e.shown, e.hidden))
        writer.finish(weights=whole)
        segments = [s for s in self.manifest["segments"] if s not in chosen] + [writer.name]
        self.commit(settings, entries, segments, vocab)

    # -- the corpus ----------------------------------------------------------------------------
    def corpus(self) -> Corpus:
        """The corpus of the listed documents, in their order, over the memory-mapped segments."""
        m = self.manifest
        if m is None:
            raise InputError(str(self.folder), "not a policyqa index")
        names = list(m["segments"])
        segs = [self.segment(s) for s in names]
        base = dict(zip(names, np.cumsum([0] + [s.n_indexed for s in segs])[:-1].tolist()))
        plans: list[Plan] = []
        lo: list[int] = []  # each plan's first indexed passage, numbered across segments
        counts: list[int] = []
        for e in self.entries:
            if e.hidden:
                continue
            seg = self.segment(e.seg)
            doc = seg.document(e.doc, e.shown or e.path)
            for p in seg.plans_of(e.doc, doc):
                a, b = seg.indexed_range(p)
                plans.append(p)
                lo.append(base[e.seg] + a)
                counts.append(b - a)
        lo_a = np.asarray(lo, dtype=np.int64)
        n_a = np.asarray(counts, dtype=np.int64)
        total = sum(s.n_indexed for s in segs)
        starts = np.concatenate(([0], np.cumsum(n_a)))
        phys = np.repeat(lo_a - starts[:-1], n_a) + np.arange(int(starts[-1]))  # corpus passage → segments' numbering
        order = None
        if len(phys) != total or not np.array_equal(phys, np.arange(total)):
            order = np.full(total, -1, dtype=np.int64)
            order[phys] = np.arange(len(phys))
        if not segs:
            local = np.zeros(0, dtype=np.int32)
        else:
            local = np.concatenate([s.indexed[:, 1] for s in segs]) if len(segs) != 1 else np.asarray(segs[0].indexed[:, 1])
        local = local[phys] if order is not None else local
        index = postings.Postings([s.postings for s in segs], order)
        ranges = list(zip(starts[:-1].tolist(), starts[1:].tolist()))
        owner = np.repeat(np.arange(len(plans), dtype=np.int32), n_a)
        corpus = Corpus._assemble(plans, m["tokenizer"], tuple(m["kinds"]), index, self.vocab(), owner, local, ranges)
        files = len(self.entries)
        corpus.stored = {"path": str(self.folder), "files": files, "read": self.counts["read"], "kept": files - self.counts["read"],
                         "dropped": self.counts["dropped"], "segments": len(names)}
        return corpus


@dataclass
class _Update:
    roots: list[str]
    new_roots: bool = False
    entries: list[_Entry] = None  # type: ignore[assignment]
    read: list[int] = None  # type: ignore[assignment]  # entries to read (new or changed files)
    dropped: int = 0
    changed_files: int = 0
    restated: int = 0  # files touched but not changed: only their time is recorded again
    other_rules: bool = False  # made under another version's rules (:func:`rules`): its files are read again

    def __post_init__(self) -> None:
        self.entries, self.read = [], []

    @property
    def changed(self) -> bool:
        return bool(self.read or self.dropped or self.restated or self.new_roots)

    def summary(self) -> str:
        if self.other_rules:
            return f"made by another version of policyqa: {len(self.read)} file{'s' if len(self.read) != 1 else ''} to read again"
        new = len(self.read) - self.changed_files
        bits = [f"{new} new" if new else "", f"{self.changed_files} changed" if self.changed_files else "", f"{self.dropped} deleted" if self.dropped else ""]
        n = new + self.changed_files + self.dropped
        return ", ".join(b for b in bits if b) + f" file{'s' if n != 1 else ''}" if n else "other paths given"
