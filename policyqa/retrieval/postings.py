"""The inverted index behind a :class:`~policyqa.retrieval.corpus.Corpus`: for each token, the
passages that hold it and how often, in segments, scored BM25.

**Keys.** A token is an integer key: a CJK character ``c`` is ``c``, a CJK bigram ``ab`` is
``a << 16 | b``, and any other token (ASCII words and numbers; every jieba word) is
``VOCAB + i``, ``i`` its number in the corpus's vocabulary (numbered in order of first
appearance). Sorted keys put single characters first, then bigrams by their characters, then
the vocabulary in its order.

**Building** (:func:`build`) needs one sort: the token occurrences of a few million characters
at a time are sorted as ``key << D | passage`` (one integer each), which groups them by token
and passage and counts term frequencies at once; the pieces, each sorted, are then laid side by
side per token (passages increase from piece to piece) without sorting again.

**Scoring.** Lucene BM25 with bm25s's parameters (k1 = 1.5, b = 0.75)::

    w(t, d) = idf(t) * tf / (tf + k1 * ((1 - b) + b * dl(d) / avgdl)),   idf(t) = ln(1 + (N - df + 0.5) / (df + 0.5))

rounded to float32 as bm25s's score matrix stores it. An index built in one go keeps these
weights (``Segment.weights``: the numbers ``bm25s.BM25.index`` gives, a test checks it); an index
that has grown by segments, or lost passages, computes them from the term frequencies at query
time with the statistics of the live passages, so that its scores are the ones a fresh build of
the same passages gives.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import numpy as np
from .. import patterns

K1 = 1.5  # bm25s's (and Lucene's) defaults
B = 0.75
VOCAB = 1 << 32  # keys of vocabulary tokens; CJK characters and bigrams stay below
_ASCII_TOKEN = patterns.compile(r"[a-z]+|[0-9]+(?:\.[0-9]+)?")
CHUNK_CHARS = 4_000_000  # characters tokenised and sorted at a time while building


@dataclass
class Segment:
    """Postings of ``n`` passages: token ``keys[i]`` occurs in passages ``docs[indptr[i]:indptr[i+1]]``
    (numbered from 0 in the segment, increasing) ``tf[...]`` times; ``dl`` the passages' lengths in tokens.
    ``weights``: the BM25 weight of each posting with this segment's own statistics (or None)."""

    keys: np.ndarray  # uint64, sorted, unique
    indptr: np.ndarray  # int64, len(keys) + 1
    docs: np.ndarray  # int32
    tf: np.ndarray  # uint8, uint16 or uint32 (the smallest that holds them)
    dl: np.ndarray  # int32, one per passage
    weights: np.ndarray | None = None  # float32, as docs

    @property
    def n(self) -> int:
        return len(self.dl)

    def span(self, key: int) -> tuple[int, int]:
        i = int(np.searchsorted(self.keys, key))
        if i < len(self.keys) and int(self.keys[i]) == key:
            return int(self.indptr[i]), int(self.indptr[i + 1])
        return 0, 0


# -- tokens → keys ---------------------------------------------------------------------------------
def _cjk(codes: np.ndarray) -> np.ndarray:
    return ((codes >= 0x3400) & (codes <= 0x4DBF)) | ((codes >= 0x4E00) & (codes <= 0x9FFF)) | ((codes >= 0xF900) & (codes <= 0xFAFF))


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


def bigram_key(token: str, vocab: dict[str, int]) -> int | None:
    """The key of a :func:`~policyqa.retrieval.corpus.bigrams` token (None when the vocabulary lacks it)."""
    if 0 < len(token) <= 2 and all(is_cjk(c) for c in token):
        return (ord(token[0]) << 16) | ord(token[1]) if len(token) == 2 else ord(token)
    i = vocab.get(token)
    return None if i is None else VOCAB + i


def word_key(token: str, vocab: dict[str, int]) -> int | None:
    i = vocab.get(token)
    return None if i is None else VOCAB + i


def bigram_occurrences(joined: str, vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Keys and passage numbers of every bigram-scheme token of "\\x00"-joined normalised passages;
    ASCII words and numbers new to ``vocab`` are added to it.

    Vectorised: CJK bigrams and lone characters come from the code points in numpy; ASCII words
    and numbers (few in Chinese text) from a regular expression."""
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    doc_of = np.cumsum(codes == 0, dtype=np.int32)  # the passage each character is in (the separators before it)
    cjk = _cjk(codes)
    pair = cjk[:-1] & cjk[1:]
    lone = cjk.copy()
    lone[1:] &= ~cjk[:-1]
    lone[:-1] &= ~cjk[1:]
    apos, akeys = [], []
    for a, b in _ascii_runs(codes):  # the regular expression only where there are ASCII letters or digits
        for m in _ASCII_TOKEN.finditer(joined, a, b):
            apos.append(m.start())
            akeys.append(VOCAB + vocab.setdefault(m.group(), len(vocab)))
    keys = np.concatenate((((codes[:-1] << np.uint32(16)) | codes[1:])[pair].astype(np.uint64), codes[lone].astype(np.uint64), np.asarray(akeys, dtype=np.uint64)))
    docs = np.concatenate((doc_of[:-1][pair], doc_of[lone], doc_of[np.asarray(apos, dtype=np.int64)]))
    return keys, docs


def _ascii_runs(codes: np.ndarray) -> list[tuple[int, int]]:
    """Spans that hold every ASCII word and number of the text: runs of [a-z0-9] at most one character
    apart (a number's decimal point), so that no token crosses from one into another."""
    al = np.flatnonzero(((codes >= 0x61) & (codes <= 0x7A)) | ((codes >= 0x30) & (codes <= 0x39)))
    if not len(al):
        return []
    cut = np.flatnonzero(np.diff(al) > 2)
    starts = np.concatenate(([al[0]], al[cut + 1])).tolist()
    ends = (np.concatenate((al[cut], [al[-1]])) + 1).tolist()
    return list(zip(starts, ends))


def word_occurrences(texts: Sequence[str], tokenize: Callable[[str], list[str]], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Keys and passage numbers for any tokenizer (a Python loop over the tokens); new words join ``vocab``."""
    keys: list[int] = []
    docs: list[int] = []
    for d, text in enumerate(texts):
        ids = [VOCAB + vocab.setdefault(t, len(vocab)) for t in tokenize(text)]
        keys.extend(ids)
        docs.extend([d] * len(ids))
    return np.asarray(keys, dtype=np.uint64), np.asarray(docs, dtype=np.int64)


# -- building --------------------------------------------------------------------------------------
@dataclass
class _Piece:
    keys: np.ndarray  # unique keys of the piece, sorted
    counts: np.ndarray  # postings per key
    docs: np.ndarray  # segment passage numbers, grouped by key, increasing within a key
    tf: np.ndarray


def _piece(keys: np.ndarray, docs: np.ndarray, base: int, n_docs: int) -> _Piece:
    """Group one piece's occurrences by (key, passage) with one sort and count them."""
    if len(keys) == 0:
        z = np.zeros(0, dtype=np.int64)
        return _Piece(np.zeros(0, dtype=np.uint64), z, z.astype(np.int32), z.astype(np.uint32))
    bits = max(1, int(n_docs).bit_length())
    if int(keys.max()).bit_length() + bits <= 64:
        comb = (keys << np.uint64(bits)) | docs.astype(np.uint64)
        comb.sort()
        first = np.concatenate(([True], comb[1:] != comb[:-1]))
        starts = np.flatnonzero(first)
        u = comb[starts]
        pkeys, pdocs = u >> np.uint64(bits), (u & np.uint64((1 << bits) - 1)).astype(np.int64)
    else:  # keys too wide to share an integer with the passage number (a huge vocabulary)
        order = np.lexsort((docs, keys))
        k, d = keys[order], docs[order]
        first = np.concatenate(([True], (k[1:] != k[:-1]) | (d[1:] != d[:-1])))
        starts = np.flatnonzero(first)
        pkeys, pdocs = k[starts], d[starts]
    tf = np.diff(np.append(starts, len(first)))
    kstart = np.flatnonzero(np.concatenate(([True], pkeys[1:] != pkeys[:-1])))
    counts = np.diff(np.append(kstart, len(pkeys)))
    return _Piece(pkeys[kstart], counts, (pdocs + base).astype(np.int32), tf.astype(np.uint32))


class Builder:
    """A segment made from pieces of token occurrences, added in passage order (see :func:`build`)."""

    def __init__(self) -> None:
        self.parts: list[_Piece] = []
        self.lengths: list[np.ndarray] = []
        self.n = 0

    def add(self, keys: np.ndarray, docs: np.ndarray, n: int) -> None:
        """The occurrences of the next ``n`` passages: token keys and passage numbers (from 0 in this piece)."""
        self.parts.append(_piece(keys, docs, self.n, n))
        self.lengths.append(np.bincount(docs, minlength=n).astype(np.int32) if len(docs) else np.zeros(n, dtype=np.int32))
        self.n += n

    def finish(self, *, weights: bool = True, out: Callable[[str, tuple, type], np.ndarray] | None = None) -> Segment:
        """The segment. ``out(name, shape, dtype)``, when given, makes the big arrays (a memory-mapped
        file, so that they need not fit in memory); ``weights``: store each posting's BM25 weight."""
        parts = self.parts
        dl = np.concatenate(self.lengths) if self.lengths else np.zeros(0, dtype=np.int32)
        keys = np.unique(np.concatenate([p.keys for p in parts])) if parts else np.zeros(0, dtype=np.uint64)
        df = np.zeros(len(keys), dtype=np.int64)
        where = [np.searchsorted(keys, p.keys) for p in parts]
        for p, w in zip(parts, where):
            df[w] += p.counts
        indptr = np.concatenate(([0], np.cumsum(df))).astype(np.int64)
        total = int(indptr[-1])
        max_tf = max((int(p.tf.max()) for p in parts if len(p.tf)), default=0)
        tf_type = np.uint8 if max_tf < 1 << 8 else np.uint16 if max_tf < 1 << 16 else np.uint32
        make = out or (lambda name, shape, dtype: np.empty(shape, dtype=dtype))
        docs_out = make("docs", (total,), np.int32)
        tf_out = make("tf", (total,), tf_type)
        cursor = indptr[:-1].copy()
        for p, w in zip(parts, where):  # each piece's postings go after the earlier pieces' for the same token
            if not len(p.keys):
                continue
            start = cursor[w]
            cursor[w] += p.counts
            first = np.concatenate(([0], np.cumsum(p.counts)[:-1]))
            dest = np.repeat(start - first, p.counts) + np.arange(len(p.docs))
            docs_out[dest] = p.docs
            tf_out[dest] = p.tf
        self.parts, self.lengths = [], []
        seg = Segment(keys.astype(np.uint64), indptr, docs_out, tf_out, dl)
        if weights:
            seg.weights = make("weights", (total,), np.float32)
            _fill_weights(seg, seg.weights)
        return seg


def build(pieces: Iterable[tuple[np.ndarray, np.ndarray, int]], *, weights: bool = True) -> Segment:
    """A segment (in memory) from pieces of occurrences ``(keys, passage numbers within the piece,
    passages in the piece)``, in passage order."""
    b = Builder()
    for keys, docs, n in pieces:
        b.add(keys, docs, n)
    return b.finish(weights=weights)


def _fill_weights(seg: Segment, out: np.ndarray, block: int = 1 << 22) -> None:
    """Every posting's BM25 weight with the segment's own statistics (a few million at a time, to bound memory)."""
    n = seg.n
    df = np.diff(seg.indptr)
    idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
    norm = _norm(seg.dl, float(seg.dl.sum(dtype=np.int64)) / n if n else 1.0)
    t0 = 0
    while t0 < len(df):
        t1 = max(t0 + 1, int(np.searchsorted(seg.indptr, seg.indptr[t0] + block, side="right")) - 1)
        t1 = min(t1, len(df))
        a, b = int(seg.indptr[t0]), int(seg.indptr[t1])
        tf = seg.tf[a:b]
        out[a:b] = (np.repeat(idf[t0:t1], df[t0:t1]) * (tf / (tf + norm[seg.docs[a:b]]))).astype(np.float32)
        t0 = t1


def _norm(dl: np.ndarray, avgdl: float) -> np.ndarray:
    """k1 (1 - b + b dl / avgdl) per passage (the same expression, in the same order, bm25s's matrix was built with)."""
    dl = np.asarray(dl, dtype=np.float64)
    return K1 * ((1 - B) + B * dl / max(avgdl, 1e-9))


# -- searching -------------------------------------------------------------------------------------
class Postings:
    """The segments of an index read as one: passages numbered in the corpus's order, deleted ones left out.

    ``order`` maps the segments' passages (numbered one segment after another) to the corpus's
    numbering, -1 for a passage no longer in it; None when the two are the same and none is deleted.
    """

    def __init__(self, segments: Sequence[Segment], order: np.ndarray | None = None):
        self.segments = list(segments)
        self.bases = np.cumsum([0] + [s.n for s in self.segments])[:-1].tolist()
        self.order = order
        if order is None:
            self.n = int(sum(s.n for s in self.segments))
            total = sum(int(s.dl.sum(dtype=np.int64)) for s in self.segments)
        else:
            live = order >= 0
            self.n = int(live.sum())
            dl = self._dl()
            total = int(dl[live].sum(dtype=np.int64))
        self.avgdl = total / self.n if self.n else 1.0
        # the stored weights hold when the statistics are the segment's own: one segment, nothing deleted
        self.stored = len(self.segments) == 1 and order is None and self.segments[0].weights is not None
        self._normal: np.ndarray | None = None
        self._cache: OrderedDict[int, tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._cached = 0

    def _dl(self) -> np.ndarray:
        return self.segments[0].dl if len(self.segments) == 1 else np.concatenate([s.dl for s in self.segments])

    @property
    def norm(self) -> np.ndarray:
        if self._normal is None:
            self._normal = _norm(self._dl(), self.avgdl)
        return self._normal

    def __contains__(self, key: int) -> bool:
        return any(s.span(key)[1] > 0 for s in self.segments)

    def lengths(self) -> np.ndarray:
        """Token counts of the passages, in the corpus's numbering."""
        dl = self._dl()
        if self.order is None:
            return np.asarray(dl)
        out = np.zeros(self.n, dtype=np.int32)
        live = self.order >= 0
        out[self.order[live]] = dl[live]
        return out

    def df(self, key: int) -> int:
        """In how many passages the token occurs."""
        if self.order is None:
            return sum(b - a for a, b in (s.span(key) for s in self.segments))
        return len(self.weights(key)[0])

    def weights(self, key: int) -> tuple[np.ndarray, np.ndarray]:
        """The passages (corpus numbering, int32) that hold the token and their BM25 weights (float32)."""
        got = self._cache.get(key)
        if got is not None:
            self._cache.move_to_end(key)
            return got
        if self.stored:
            a, b = self.segments[0].span(key)
            got = (self.segments[0].docs[a:b], self.segments[0].weights[a:b])
        else:
            got = self._compute(key)
            self._cache[key] = got
            self._cached += len(got[0])
            while self._cached > 8_000_000 and len(self._cache) > 1:
                _, (d, _) = self._cache.popitem(last=False)
                self._cached -= len(d)
        return got

    def _compute(self, key: int) -> tuple[np.ndarray, np.ndarray]:
        docs, tfs = [], []
        for seg, base in zip(self.segments, self.bases):
            a, b = seg.span(key)
            if b > a:
                docs.append(seg.docs[a:b].astype(np.int64) + base if base else seg.docs[a:b])
                tfs.append(seg.tf[a:b])
        if not docs:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)
        phys = np.concatenate(docs) if len(docs) > 1 else np.asarray(docs[0])
        tf = np.concatenate(tfs) if len(tfs) > 1 else np.asarray(tfs[0])
        if self.order is not None:
            canon = self.order[phys]
            keep = canon >= 0
            phys, tf, canon = phys[keep], tf[keep], canon[keep]
        else:
            canon = phys
        df = len(phys)
        idf = np.log(1 + (np.asarray([self.n - df], dtype=np.int64) + 0.5) / (np.asarray([df], dtype=np.int64) + 0.5))
        w = (idf * (tf / (tf + self.norm[phys]))).astype(np.float32)
        return canon.astype(np.int32), w

    def gather(self, keys: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """The passages in the tokens' posting lists (a passage once per token it holds) and their weights (float64)."""
        got = [self.weights(k) for k in keys]
        got = [g for g in got if len(g[0])]
        if not got:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float64)
        docs = np.concatenate([d for d, _ in got])
        weights = np.concatenate([w for _, w in got]).astype(np.float64)
        return docs, weights

    def max_weight(self, key: int) -> float:
        return float(self.weights(key)[1].max(initial=0.0))

    def idf(self, df: int) -> float:
        return float(np.log(1 + (self.n - df + 0.5) / (df + 0.5)))
