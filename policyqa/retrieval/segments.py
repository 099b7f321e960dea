"""A segment of an index on disk (:mod:`policyqa.retrieval.store`): documents, their plans and
passages, and the postings of the indexed passages, written once and opened memory-mapped.

:class:`SegmentWriter` writes what :func:`document_record` and :func:`plan_record` take from a
Document and its Plans (the passages through their public fields: kind, index, start, end, clean
start and end, parent, section, label), or what :func:`read_files` reads from files in several
processes. :class:`Segment` opens it again; its :class:`StoredDocument` and :class:`StoredPlan`
read their texts, offset map and passages from it only when they are used.

Files of a segment (``seg-N/``), every array a ``.npy`` file that numpy maps::

    meta.json           its documents (encoding, format, repairs, lengths) and plans (id, span, metadata)
    text.bin raw.bin simplified.bin   the documents' clean, source and simplified texts (UTF-8)
    extras.bin          per document, the header fields cleaning removed and a dataset's records (JSON)
    documents.npy       per document: byte ranges in those files, its runs in maps.npy, its plans
    maps.npy            the offset-map runs of every document (clean start, source start, end, copy)
    passages.npy        every passage of every plan: kind, index, start, end, clean start, clean
                        end, parent, section, label (the last two numbered in the plan's strings)
    strings.bin         per plan, its section paths and labels, and the contexts of its parts (JSON)
    indexed.npy         per indexed passage: its plan in the segment and its index in the plan
    post.*.npy          the postings (keys, indptr, docs, tf, dl, weights: :class:`policyqa.retrieval.postings.Segment`)
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import shutil
from array import array
from functools import cached_property
from pathlib import Path
from typing import Any, Iterator, Sequence

import numpy as np

from ..errors import InputError
from ..reading.document import Document, read_file
from ..reading.offsets import OffsetMap
from ..reading.records import Record
from ..structure.passages import KINDS, Passage
from ..structure.plan import Plan, split
from ..structure import sections as _sections
from . import postings
from .corpus import indexed_passages, occurrences

_KIND = {k: i for i, k in enumerate(KINDS)}
_BLOBS = ("text", "raw", "simplified", "strings", "extras")


class Gone(InputError):
    """A segment the manifest listed is no longer there (merged away by another process)."""


# -- reading files, in several processes ---------------------------------------------------------
PARALLEL_FILES = 32  # fewer files than this are read in this process


def _read_one(path: str, kinds: Sequence[str]) -> tuple[Any, ...] | InputError:
    """One file read, split and segmented, as what a segment stores (see :meth:`SegmentWriter.add_read`),
    with its size and time (taken before it was read) and the hash of the bytes read."""
    try:
        st = os.stat(path)
        digest = hashlib.blake2b(digest_size=16)
        doc = read_file(path, digest=digest)
    except InputError as e:
        return e
    except OSError as e:
        return InputError(path, f"cannot read: {e.strerror or e}")
    return document_record(doc), [plan_record(p, kinds) for p in split(doc)], st, digest.hexdigest()


def _read_batch(paths: list[str], kinds: Sequence[str]) -> list[Any]:
    out = []
    for p in paths:
        got = _read_one(p, kinds)
        out.append(("error", got.path, got.reason) if isinstance(got, InputError) else got)  # an error crosses processes as its parts
    return out


def read_files(paths: list[str], kinds: Sequence[str], workers: int | None) -> Iterator[tuple[int, Any]]:
    """``(k, (document record, plan records, stat, hash))`` for each of ``paths`` in order, or ``(k,
    InputError)`` for one that cannot be read; by ``workers`` processes (default: one a core) when
    there are many files and processes can be forked, else in this one."""
    import multiprocessing

    n = workers if workers is not None else (os.cpu_count() or 1)
    if n <= 1 or len(paths) < PARALLEL_FILES or "fork" not in multiprocessing.get_all_start_methods():
        for k, p in enumerate(paths):
            yield k, _read_one(p, kinds)
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    size = max(1, min(16, len(paths) // (n * 8)))
    batches = [paths[i : i + size] for i in range(0, len(paths), size)]
    with ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("fork")) as pool:
        pending: deque = deque()
        it = iter(enumerate(batches))
        k = 0
        for _, b in it:  # a few batches ahead of what is written, so that memory stays bounded
            pending.append(pool.submit(_read_batch, b, kinds))
            if len(pending) >= 4 * n:
                break
        while pending:
            for got in pending.popleft().result():
                yield k, InputError(got[1], got[2]) if got[0] == "error" else got
                k += 1
            nxt = next(it, None)
            if nxt is not None:
                pending.append(pool.submit(_read_batch, nxt[1], kinds))


def document_record(doc: Document) -> dict[str, Any]:
    """What a segment keeps of a document."""
    m = doc.map
    simp = doc.simplified
    return {
        "text": doc.text, "raw": doc.raw, "simplified": None if simp is doc.text or simp == doc.text else simp,
        "runs": np.stack([np.asarray(m.clean_starts, dtype=np.int64), np.asarray(m.raw_starts, dtype=np.int64),
                          np.asarray(m.raw_ends, dtype=np.int64), np.asarray(m.copy, dtype=np.int64)], axis=1),
        "extras": json.dumps({"removed": [list(x) for x in doc.removed], "records": [[x.start, x.end, list(x.title) if x.title else None, x.date, x.author] for x in doc.records]},
                             ensure_ascii=False),
        "meta": [doc.encoding, doc.format, dict(doc.repairs), m.clean_length, m.raw_length],
    }


def plan_record(plan: Plan, kinds: Sequence[str]) -> tuple[list[Any], np.ndarray, str, list[tuple[int, str]]]:
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
    ctx = _sections.contexts(plan)  # what every question reads of the plan's parts, kept so that it is not read again
    strings = json.dumps({"sections": list(sections), "labels": list(labels), "contexts": [ctx.year, ctx.rows()]}, ensure_ascii=False)
    meta = [plan.id, plan.start, plan.end, plan.clean_start, plan.clean_end, plan.title, plan.region, plan.level, plan.author, plan.date, plan.issuer]
    return meta, rows, strings, [(p.index, text) for p, text in indexed_passages(plan, kinds)]


# -- a segment on disk -----------------------------------------------------------------------------
def npy(path: Path) -> np.ndarray:
    """A .npy file, memory-mapped (small or empty ones read whole)."""
    if path.stat().st_size < 1 << 16:
        return np.load(path)
    return np.load(path, mmap_mode="r")


class _Blob:
    """A file of UTF-8 texts end to end, memory-mapped."""

    def __init__(self, path: Path):
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            self._m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) if size else b""

    def __getitem__(self, span: tuple[int, int]) -> str:
        return self._m[span[0] : span[1]].decode("utf-8")


class Segment:
    """A segment as written by :class:`SegmentWriter`, opened memory-mapped."""

    def __init__(self, folder: Path):
        self.folder = folder
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise Gone(str(folder), "index segment removed while it was opened: open the index again") from None
        except (OSError, ValueError) as e:
            raise InputError(str(folder), f"damaged index segment ({e}): remove the index folder and index again") from None
        self.docs_meta: list[list[Any]] = meta["documents"]  # encoding, format, repairs, clean length, source length
        self.plans_meta: list[list[Any]] = meta["plans"]
        try:  # every file mapped now (nothing is read yet): a segment merged away later stays readable here
            self.documents: list[list[int]] = np.load(folder / "documents.npy").tolist()  # see SegmentWriter.add
            self.indexed = npy(folder / "indexed.npy")
            f = folder
            w = f / "post.weights.npy"
            self.postings = postings.Segment(npy(f / "post.keys.npy"), npy(f / "post.indptr.npy"), npy(f / "post.docs.npy"), npy(f / "post.tf.npy"),
                                             npy(f / "post.dl.npy"), npy(w) if w.exists() else None)
            self.maps = npy(folder / "maps.npy")
            self.passages = npy(folder / "passages.npy")
            self.blobs = {name: _Blob(folder / f"{name}.bin") for name in _BLOBS}
        except FileNotFoundError:
            raise Gone(str(folder), "index segment removed while it was opened: open the index again") from None
        except (OSError, ValueError) as e:
            raise InputError(str(folder), f"damaged index segment ({e}): remove the index folder and index again") from None
        self.n_indexed = len(self.indexed)

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
        kept = strings.get("contexts")  # (read by this version's rules: an index made by others is read again, store.rules)
        if kept:
            plan.__dict__.setdefault("_contexts", _sections.Contexts.of_rows(kept[0], kept[1]))
        doc = plan.document  # a passage reads its text from its document (no copy held)
        pid = plan.id
        return [
            Passage(plan_id=pid, kind=KINDS[kind], index=index, start=start, end=end, clean_start=cs, clean_end=ce, text=doc,  # type: ignore[arg-type]
                    section=sections[sec] if sec >= 0 else (), parent=parent if parent >= 0 else None, label=labels[lab] if lab >= 0 else None)
            for kind, index, start, end, cs, ce, parent, sec, lab in rows
        ]


class StoredDocument(Document):
    """A :class:`~policyqa.reading.document.Document` kept in an index: its texts and offset map are
    read from the index when first used (its path is the source file's)."""

    def __init__(self, segment: Segment, i: int, path: str, meta: list[Any]):
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
        return tuple(Record(a, b, tuple(t) if t else None, *rest) for a, b, t, *rest in self._extras.get("records", ()))

    def __repr__(self) -> str:
        return f"StoredDocument(path={self.path!r}, encoding={self.encoding!r}, format={self.format!r})"


class StoredPlan(Plan):
    """A :class:`~policyqa.structure.plan.Plan` kept in an index: its passages are read from the
    index when first used, not segmented again."""

    @classmethod
    def _of(cls, segment: Segment, doc: StoredDocument, r: list[Any]) -> StoredPlan:
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


class SegmentWriter:
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
        return self.add_read(document_record(doc), [plan_record(p, self.kinds) for p in plans])

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
