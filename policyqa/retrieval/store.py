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

**Layout** (format 1), every array a ``.npy`` file that numpy maps::

    policyqa-index.json   the manifest: format, tokenizer, kinds, roots, segments, and the source
                          files in corpus order (path, segment, document, size, mtime, hash)
    vocab.json            the vocabulary (ASCII words and numbers; every word with jieba), append-only
    seg-N/                a segment, never changed once written:
      meta.json           its documents (encoding, format, repairs, lengths) and plans (id, span, metadata)
      text.bin raw.bin simplified.bin   the documents' clean, source and simplified texts (UTF-8)
      extras.bin          per document, the header fields cleaning removed and a dataset's records (JSON)
      documents.npy       per document: byte ranges in those files, its runs in maps.npy, its plans
      maps.npy            the offset-map runs of every document (clean start, source start, end, copy)
      passages.npy        every passage of every plan: kind, index, start, end, clean start, clean
                          end, parent, section, label (the last two numbered in the plan's strings)
      strings.bin         per plan, its section paths and labels (JSON)
      indexed.npy         per indexed passage: its plan in the segment and its index in the plan
      post.*.npy          the postings (keys, indptr, docs, tf, dl, weights)

Writes take a lock on the folder, write new files beside the old ones and replace the manifest
last (atomically), so a reader never sees half an update.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import mmap
import os
import shutil
import time
from array import array
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import numpy as np

from .. import __version__, progress
from ..errors import InputError
from ..files import write_atomic
from ..reading.document import INDEX_MANIFEST, Document, iter_files, read_file
from ..reading.offsets import OffsetMap
from ..reading.records import Record
from ..structure.passages import KINDS, Passage
from ..structure.plan import Plan, split
from . import postings
from .corpus import INDEXED_KINDS, TOKENIZERS, Corpus, indexed_passages, occurrences

FORMAT = 1
MANIFEST = INDEX_MANIFEST
MAX_SEGMENTS = 8
AUTO_BYTES = 4 * 2**20
"""Files and folders holding at least this many bytes are indexed in the cache by the command line
(:func:`cached`); smaller ones are read directly, which is as quick."""
_KIND = {k: i for i, k in enumerate(KINDS)}
_BLOBS = ("text", "raw", "simplified", "strings", "extras")
_RACY_NS = 2_000_000_000  # a file changed this close to its check may change again unseen in the same tick


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
    on_skip: Callable[[InputError], None] | None = None,
) -> Corpus:
    """Index files and folders on disk and return the :class:`~policyqa.retrieval.corpus.Corpus`, memory-mapped.

    ``out`` is the index folder (made when missing); by default a folder in the user cache,
    ``$POLICYQA_CACHE_DIR/index/`` (else ``~/.cache/policyqa/index/``), named after the paths.
    Run again, it reads only what changed: new files are added, changed ones read again,
    deleted ones dropped. An index given other paths than before indexes those too. Many files
    are read by ``workers`` processes at once (default: one per core). A file that cannot be read
    raises its :class:`~policyqa.errors.InputError`, or is passed to ``on_skip``.
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
    store = Store(folder, workers=workers)
    corpus = _retrying(store, lambda: store.update(paths, tokenizer=tokenizer, on_skip=on_skip, create=True))
    if out is None:
        _evict(folder.parent, keep=folder)
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
        except _Gone:
            attempts += 1
            if attempts == 3:
                raise
            store._segments.clear()


class _Gone(InputError):
    """A segment the manifest listed is no longer there (merged away by another process)."""


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
        writer = _SegmentWriter(store.new_segment_dir(), corpus.tokenizer, corpus.kinds, vocab)
        entries = []
        for doc, plans in docs.values():
            entries.append(_entry_of(doc, writer.name, writer.add(doc, plans), walked=False))
        writer.finish(weights=True)
        store.commit({"tokenizer": corpus.tokenizer, "kinds": list(corpus.kinds), "roots": []}, entries, [writer.name], vocab)


def cached(paths: Sequence[str], *, on_skip: Callable[[InputError], None] | None = None, tokenizer: str = "bigram") -> Corpus | None:
    """The corpus of ``paths`` from the index cache, brought up to date (what the commands use for
    their PATHs), or None when the cache is off (``POLICYQA_INDEX_CACHE=0``), or the files hold less
    than :data:`AUTO_BYTES` and were not indexed there already (``policyqa index PATH...``), or the
    cache cannot be written: then the files are read as usual."""
    if os.environ.get("POLICYQA_INDEX_CACHE", "").lower() in ("0", "off", "no", "false"):
        return None
    if is_index(cache_location(paths, tokenizer)):  # made by `policyqa index PATH...`, whatever the size
        return index(paths, tokenizer=tokenizer, on_skip=on_skip)
    total = 0
    for _, files in iter_files(paths, on_skip=lambda e: None):
        for f in files:
            try:
                total += f.stat().st_size
            except OSError:
                pass
            if total >= AUTO_BYTES:
                break
    if total < AUTO_BYTES:
        return None
    folder = cache_location(paths, tokenizer)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not os.access(folder, os.W_OK):
            return None
    except OSError:
        return None
    return index(paths, tokenizer=tokenizer, on_skip=on_skip)


def cache_location(paths: Sequence[str], tokenizer: str = "bigram") -> Path:
    """The folder in the user cache that indexes ``paths`` (named by a hash of their absolute paths)."""
    from ..engines.llm.cache import default_cache_dir

    key = json.dumps([tokenizer] + [os.path.abspath(p) for p in paths], ensure_ascii=False)
    return default_cache_dir() / "index" / hashlib.blake2b(key.encode(), digest_size=10).hexdigest()


CACHE_KEEP = 8
"""Indexes the cache keeps; the least recently used beyond that are removed."""


def _evict(root: Path, keep: Path) -> None:
    try:
        kept = [d for d in root.iterdir() if d.is_dir() and is_index(d)]
    except OSError:
        return
    try:
        os.utime(keep / MANIFEST)  # used now
        kept.sort(key=lambda d: (d / MANIFEST).stat().st_mtime, reverse=True)
    except OSError:
        return
    for d in kept[CACHE_KEEP:]:
        if d != keep:
            shutil.rmtree(d, ignore_errors=True)


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
        self._segments: dict[str, _Segment] = {}
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

    def segment(self, name: str) -> _Segment:
        seg = self._segments.get(name)
        if seg is None:
            seg = self._segments[name] = _Segment(self.folder / name)
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
        m = {"format": FORMAT, "policyqa": __version__, **settings, "segments": used, "checked_ns": time.time_ns(), "files": [e.row() for e in entries]}
        write_atomic(self.folder / MANIFEST, json.dumps(m, ensure_ascii=False))
        for d in self.folder.glob("seg-*"):
            if d.name not in used and not d.name.endswith(".tmp"):
                shutil.rmtree(d, ignore_errors=True)
        self.manifest, self.entries = m, entries
        self._segments = {k: v for k, v in self._segments.items() if k in used}

    def update(self, paths: Sequence[str] | None, *, tokenizer: str | None = None, on_skip: Callable[[InputError], None] | None = None, create: bool = False) -> None:
        """Bring the index up to date with its roots (and ``paths``, added to them): read only what changed."""
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
                raise InputError(str(self.folder), f"out of date ({plan.summary()}) and cannot be updated: {e.reason}") from None
        else:
            self.entries = plan.entries  # the paths as this run names them
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

        def check(e: _Entry, shown: str, st: os.stat_result) -> _Entry | None:
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
            writer = _SegmentWriter(self.new_segment_dir(), tokenizer, kinds, vocab)
            failed = set()
            paths = [up.entries[i].shown or up.entries[i].path for i in up.read]
            try:
                for n, (k, got) in enumerate(_ingest_all(paths, kinds, self.workers), 1):
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
        writer = _SegmentWriter(self.new_segment_dir(), settings["tokenizer"], settings["kinds"], vocab)
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

    def __post_init__(self) -> None:
        self.entries, self.read = [], []

    @property
    def changed(self) -> bool:
        return bool(self.read or self.dropped or self.restated or self.new_roots)

    def summary(self) -> str:
        new = len(self.read) - self.changed_files
        bits = [f"{new} new" if new else "", f"{self.changed_files} changed" if self.changed_files else "", f"{self.dropped} deleted" if self.dropped else ""]
        return ", ".join(b for b in bits if b) + " files" if any(bits) else "files touched"


# -- reading files, in several processes ---------------------------------------------------------
PARALLEL_FILES = 32  # fewer files than this are read in this process


def _ingest(path: str, kinds: Sequence[str]) -> tuple[Any, ...] | InputError:
    """One file read, split and segmented, as what a segment stores (see :meth:`_SegmentWriter.add_read`),
    with its size and time (taken before it was read) and the hash of the bytes read."""
    try:
        st = os.stat(path)
        digest = hashlib.blake2b(digest_size=16)
        doc = read_file(path, digest=digest)
    except InputError as e:
        return e
    except OSError as e:
        return InputError(path, f"cannot read: {e.strerror or e}")
    return _document_record(doc), [_plan_record(p, kinds) for p in split(doc)], st, digest.hexdigest()


def _ingest_batch(paths: list[str], kinds: Sequence[str]) -> list[Any]:
    out = []
    for p in paths:
        got = _ingest(p, kinds)
        out.append(("error", got.path, got.reason) if isinstance(got, InputError) else got)  # an error crosses processes as its parts
    return out


def _ingest_all(paths: list[str], kinds: Sequence[str], workers: int | None) -> Iterator[tuple[int, Any]]:
    """``(k, what _ingest gives for paths[k])`` in order; read by ``workers`` processes (default: one a
    core) when there are many files and processes can be forked, else here."""
    import multiprocessing

    n = workers if workers is not None else (os.cpu_count() or 1)
    if n <= 1 or len(paths) < PARALLEL_FILES or "fork" not in multiprocessing.get_all_start_methods():
        for k, p in enumerate(paths):
            yield k, _ingest(p, kinds)
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    size = max(1, min(16, len(paths) // (n * 8)))
    batches = [paths[i : i + size] for i in range(0, len(paths), size)]
    with ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("fork")) as pool:
        pending: deque = deque()
        it = iter(enumerate(batches))
        k = 0
        for j, b in it:  # a few batches ahead of what is written, so that memory stays bounded
            pending.append(pool.submit(_ingest_batch, b, kinds))
            if len(pending) >= 4 * n:
                break
        while pending:
            for got in pending.popleft().result():
                yield k, InputError(got[1], got[2]) if got[0] == "error" else got
                k += 1
            nxt = next(it, None)
            if nxt is not None:
                pending.append(pool.submit(_ingest_batch, nxt[1], kinds))


def _document_record(doc: Document) -> dict[str, Any]:
    """What a segment keeps of a document."""
    m = doc.map
    simp = doc.simplified
    return {
        "text": doc.text, "raw": doc.raw, "simplified": None if simp is doc.text or simp == doc.text else simp,
        "runs": np.stack([np.asarray(m.clean_starts, dtype=np.int64), np.asarray(m.raw_starts, dtype=np.int64),
                          np.asarray(m.raw_ends, dtype=np.int64), np.asarray(m.copy, dtype=np.int64)], axis=1),
        "extras": json.dumps({"removed": [list(x) for x in doc.removed], "records": [[x.start, x.end, list(x.title) if x.title else None] for x in doc.records]},
                             ensure_ascii=False),
        "meta": [doc.encoding, doc.format, dict(doc.repairs), m.clean_length, m.raw_length],
    }


def _plan_record(plan: Plan, kinds: Sequence[str]) -> tuple[list[Any], np.ndarray, str, list[tuple[int, str]]]:
    """What a segment keeps of a plan: its metadata, its passages (through their public fields) as
    rows of numbers, their section paths and labels, and its indexed passages with their simplified texts."""
    sections: dict[tuple[str, ...], int] = {}
    labels: dict[str, int] = {}
    flat: list[int] = []
    for p in plan.passages:
        sec = tuple(p.section)
        flat += (_KIND[p.kind], p.index, p.start, p.end, p.clean_start, p.clean_end, -1 if p.parent is None else p.parent,
                 sections.setdefault(sec, len(sections)) if sec else -1, -1 if p.label is None else labels.setdefault(p.label, len(labels)))
    rows = np.array(flat, dtype=np.int32).reshape(-1, 9)
    strings = json.dumps({"sections": list(sections), "labels": list(labels)}, ensure_ascii=False)
    meta = [plan.id, plan.start, plan.end, plan.clean_start, plan.clean_end, plan.title, plan.region, plan.level, plan.author, plan.date, plan.issuer]
    return meta, rows, strings, [(p.index, text) for p, text in indexed_passages(plan, kinds)]


# -- a segment on disk -----------------------------------------------------------------------------
def _npy(path: Path) -> np.ndarray:
    """A .npy file, memory-mapped (small or empty ones read whole)."""
    if path.stat().st_size < 1 << 16:
        return np.load(path)
    return np.load(path, mmap_mode="r")


class _Blob:
    """A file of UTF-8 texts end to end, memory-mapped."""

    def __init__(self, path: Path):
        self._f = open(path, "rb")
        size = os.fstat(self._f.fileno()).st_size
        self._m = mmap.mmap(self._f.fileno(), 0, access=mmap.ACCESS_READ) if size else b""

    def __getitem__(self, span: tuple[int, int]) -> str:
        return self._m[span[0] : span[1]].decode("utf-8")


class _Segment:
    """A segment as written by :class:`_SegmentWriter`, opened memory-mapped."""

    def __init__(self, folder: Path):
        self.folder = folder
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise _Gone(str(folder), "index segment removed while it was opened: open the index again") from None
        except (OSError, ValueError) as e:
            raise InputError(str(folder), f"damaged index segment ({e}): remove the index folder and index again") from None
        self.docs_meta: list[list[Any]] = meta["documents"]  # encoding, format, repairs, clean length, source length
        self.plans_meta: list[list[Any]] = meta["plans"]
        self.documents: list[list[int]] = np.load(folder / "documents.npy").tolist()  # see _SegmentWriter.add
        self.indexed = _npy(folder / "indexed.npy")
        self.n_indexed = len(self.indexed)

    @cached_property
    def postings(self) -> postings.Segment:
        f = self.folder
        w = f / "post.weights.npy"
        return postings.Segment(_npy(f / "post.keys.npy"), _npy(f / "post.indptr.npy"), _npy(f / "post.docs.npy"), _npy(f / "post.tf.npy"),
                                _npy(f / "post.dl.npy"), _npy(w) if w.exists() else None)

    @cached_property
    def maps(self) -> np.ndarray:
        return _npy(self.folder / "maps.npy")

    @cached_property
    def passages(self) -> np.ndarray:
        return _npy(self.folder / "passages.npy")

    @cached_property
    def blobs(self) -> dict[str, _Blob]:
        return {name: _Blob(self.folder / f"{name}.bin") for name in _BLOBS}

    def document(self, i: int, path: str) -> StoredDocument:
        return StoredDocument(self, i, path, self.docs_meta[i])

    def plans_of(self, i: int, doc: StoredDocument) -> list[StoredPlan]:
        a, b = self.documents[i][8:10]
        return [StoredPlan._of(self, doc, self.plans_meta[j]) for j in range(a, b)]

    def doc_indexed(self, i: int) -> int:
        a, b = self.documents[i][8:10]
        return sum(r[17] - r[16] for r in self.plans_meta[a:b])

    @staticmethod
    def indexed_range(plan: StoredPlan) -> tuple[int, int]:
        r = plan.__dict__["_meta"]
        return r[16], r[17]

    # what a stored document and plan read when first used
    def text_of(self, i: int, which: str) -> str | None:
        col = {"text": 0, "raw": 2, "simplified": 4, "extras": 10}[which]
        a, b = self.documents[i][col : col + 2]
        return None if a < 0 else self.blobs[which][a, b]

    def map_of(self, i: int) -> OffsetMap:
        a, b = self.documents[i][6:8]
        runs = np.ascontiguousarray(self.maps[a:b])
        clean_length, raw_length = self.docs_meta[i][3:5]

        def col(j: int, code: str) -> array:
            out = array(code)
            out.frombytes(runs[:, j].astype(np.int64 if code == "q" else np.int8).tobytes())
            return out

        return OffsetMap(col(0, "q"), col(1, "q"), col(2, "q"), col(3, "b"), clean_length, raw_length)

    def passages_of(self, plan: StoredPlan) -> list[Passage]:
        r = plan.__dict__["_meta"]
        rows = np.asarray(self.passages[r[12] : r[13]]).tolist()
        strings = json.loads(self.blobs["strings"][r[14], r[15]])
        sections = [tuple(s) for s in strings["sections"]]
        labels = strings["labels"]
        text = plan.document.text
        pid = plan.id
        return [
            Passage(plan_id=pid, kind=KINDS[kind], index=index, start=start, end=end, clean_start=cs, clean_end=ce, text=text[cs:ce],
                    section=sections[sec] if sec >= 0 else (), parent=parent if parent >= 0 else None, label=labels[lab] if lab >= 0 else None)
            for kind, index, start, end, cs, ce, parent, sec, lab in rows
        ]


class StoredDocument(Document):
    """A :class:`~policyqa.reading.document.Document` kept in an index: its texts and offset map are
    read from the index when first used (its path is the source file's)."""

    def __init__(self, segment: _Segment, i: int, path: str, meta: list[Any]):
        self.__dict__.update(path=path, encoding=meta[0], format=meta[1], repairs=dict(meta[2]), _segment=segment, _i=i)

    @cached_property
    def raw(self) -> str:  # type: ignore[override]
        return self._segment.text_of(self._i, "raw") or ""

    @cached_property
    def text(self) -> str:  # type: ignore[override]
        return self._segment.text_of(self._i, "text") or ""

    @cached_property
    def map(self) -> OffsetMap:  # type: ignore[override]
        return self._segment.map_of(self._i)

    @cached_property
    def simplified(self) -> str:
        simp = self._segment.text_of(self._i, "simplified")
        return self.text if simp is None else simp

    @cached_property
    def _extras(self) -> dict[str, Any]:
        return json.loads(self._segment.text_of(self._i, "extras") or "{}")

    @cached_property
    def removed(self) -> tuple[tuple[int, int, str, str], ...]:  # type: ignore[override]
        return tuple(tuple(r) for r in self._extras.get("removed", ()))  # type: ignore[misc]

    @cached_property
    def records(self) -> tuple[Record, ...]:  # type: ignore[override]
        return tuple(Record(a, b, tuple(t) if t else None) for a, b, t in self._extras.get("records", ()))

    def __repr__(self) -> str:
        return f"StoredDocument(path={self.path!r}, encoding={self.encoding!r}, format={self.format!r})"


class StoredPlan(Plan):
    """A :class:`~policyqa.structure.plan.Plan` kept in an index: its passages are read from the
    index when first used, not segmented again."""

    @classmethod
    def _of(cls, segment: _Segment, doc: StoredDocument, r: list[Any]) -> StoredPlan:
        plan = object.__new__(cls)  # the frozen dataclass's fields, set as its own __init__ would, without its cost
        plan.__dict__.update(id=r[0], document=doc, start=r[2], end=r[3], title=r[6], region=r[7], level=r[8], author=r[9], date=r[10],
                             issuer=r[11], clean_start=r[4], clean_end=r[5], _segment=segment, _meta=r)
        return plan

    @cached_property
    def passages(self) -> list[Passage]:  # type: ignore[override]
        seg = self.__dict__.get("_segment")
        if seg is None:  # a window of a stored plan (dataclasses.replace): segmented as any plan
            from ..structure.passages import segment

            return segment(self)
        return seg.passages_of(self)


class _SegmentWriter:
    """Writes documents, their plans and passages, and the postings of the indexed passages, as a
    new segment folder (in a temporary folder, renamed into place when finished)."""

    def __init__(self, folder: Path, tokenizer: str, kinds: Sequence[str], vocab: dict[str, int]):
        self.final = folder
        self.name = folder.name
        self.folder = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        self.tokenizer, self.kinds, self.vocab = tokenizer, tuple(kinds), vocab
        self.files = {name: open(self.folder / f"{name}.bin", "wb") for name in _BLOBS}
        self.offsets = dict.fromkeys(self.files, 0)
        self.documents: list[list[int]] = []
        self.docs_meta: list[dict[str, Any]] = []
        self.plans_meta: list[list[Any]] = []
        self.maps: list[np.ndarray] = []
        self.n_runs = 0
        self.passages: list[np.ndarray] = []
        self.n_passages = 0
        self.indexed: list[tuple[int, int]] = []
        self.pending: list[str] = []
        self.pending_chars = 0
        self.builder = postings.Builder()

    def _put(self, name: str, text: str) -> tuple[int, int]:
        data = text.encode("utf-8")
        a = self.offsets[name]
        self.files[name].write(data)
        self.offsets[name] = a + len(data)
        return a, a + len(data)

    def add(self, doc: Document, plans: Sequence[Plan]) -> int:
        """Write one document and its plans; its number in the segment."""
        return self.add_read(_document_record(doc), [_plan_record(p, self.kinds) for p in plans])

    def add_read(self, doc: dict[str, Any], plans: list[tuple[list[Any], np.ndarray, str, list[tuple[int, str]]]]) -> int:
        """Write a document and its plans as :func:`_document_record` and :func:`_plan_record` give them."""
        d = len(self.documents)
        t = self._put("text", doc["text"])
        r = self._put("raw", doc["raw"])
        s = self._put("simplified", doc["simplified"]) if doc["simplified"] is not None else (-1, -1)
        runs = doc["runs"]
        self.maps.append(runs)
        mr = (self.n_runs, self.n_runs + len(runs))
        self.n_runs += len(runs)
        p0 = len(self.plans_meta)
        for meta, rows, strings, indexed in plans:
            j = len(self.plans_meta)
            self.passages.append(rows)
            pr = (self.n_passages, self.n_passages + len(rows))
            self.n_passages += len(rows)
            sr = self._put("strings", strings)
            i0 = len(self.indexed)
            for index, text in indexed:
                self.indexed.append((j, index))
                self.pending.append(text)
                self.pending_chars += len(text) + 1
            if self.pending_chars >= postings.CHUNK_CHARS:
                self._flush()
            self.plans_meta.append([meta[0], d, *meta[1:], *pr, *sr, i0, len(self.indexed)])
        x = self._put("extras", doc["extras"])
        self.documents.append([*t, *r, *s, *mr, p0, len(self.plans_meta), *x])
        self.docs_meta.append(doc["meta"])
        return d

    def _flush(self) -> None:
        for keys, docs, n in occurrences(self.pending, self.tokenizer, self.vocab):
            self.builder.add(keys, docs, n)
        self.pending, self.pending_chars = [], 0

    def finish(self, *, weights: bool) -> None:
        """Write the arrays and the postings, and move the segment into place."""
        self._flush()
        for f in self.files.values():
            f.close()
        f = self.folder

        def out(name: str, shape: tuple, dtype: type) -> np.ndarray:
            if not shape[0]:
                return np.zeros(shape, dtype=dtype)
            return np.lib.format.open_memmap(f / f"post.{name}.npy", mode="w+", dtype=dtype, shape=shape)

        seg = self.builder.finish(weights=weights, out=out)
        for name in ("docs", "tf", "weights"):
            arr = getattr(seg, name)
            if arr is None:
                continue
            if isinstance(arr, np.memmap):
                arr.flush()
            else:
                np.save(f / f"post.{name}.npy", arr)
        for name, arr in (("keys", seg.keys), ("indptr", seg.indptr), ("dl", seg.dl)):
            np.save(f / f"post.{name}.npy", arr)
        np.save(f / "documents.npy", np.asarray(self.documents, dtype=np.int64).reshape(-1, 12))
        np.save(f / "maps.npy", np.concatenate(self.maps) if self.maps else np.zeros((0, 4), dtype=np.int64))
        np.save(f / "passages.npy", np.concatenate(self.passages) if self.passages else np.zeros((0, 9), dtype=np.int32))
        np.save(f / "indexed.npy", np.asarray(self.indexed, dtype=np.int32).reshape(-1, 2))
        (f / "meta.json").write_text(json.dumps({"documents": self.docs_meta, "plans": self.plans_meta}, ensure_ascii=False), encoding="utf-8")
        del seg
        os.replace(self.folder, self.final)

    def abandon(self) -> None:
        for f in self.files.values():
            f.close()
        shutil.rmtree(self.folder, ignore_errors=True)
