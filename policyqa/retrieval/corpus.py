"""Corpus: plans and a BM25 index over their passages, searchable from either script.

Every indexed passage (sentences and enumerated items; see :data:`INDEXED_KINDS`) is
tokenised in simplified script, so a question in traditional or simplified characters finds
text written in either. Tokens are character bigrams of CJK runs plus whole ASCII words and
numbers (the default, :func:`bigrams`), or jieba words (:func:`jieba_words`: slower to build
and no better recall on the labelled questions; ``bench/search.py`` prints both).

The index is bm25s's sparse score matrix (Lucene BM25, k1=1.5, b=0.75, the parameters of
:class:`bm25s.BM25`), held without importing bm25s, which imports scipy (0.1–0.2 s for every
process that asks one question); the matrix is built in numpy (:func:`_bm25_matrix`, the same numbers as
``bm25s.BM25.index``, which loops over passages in Python), and a search sums the query
tokens' posting lists and selects the top k without scanning all N passages when it can.

    corpus = Corpus.from_paths(["evals/plans"])
    for hit in corpus.search("兰州新区未来产业", k=3):
        print(hit.plan.region, hit.score, hit.passage.text)
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Callable, Iterable, Sequence

import numpy as np

from ..errors import InputError
from ..structure.passages import Passage
from ..structure.plan import Plan, load
from ..reading.scripts import to_simplified

INDEXED_KINDS = ("sentence", "item")

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]+|[a-z]+|[0-9]+(?:\.[0-9]+)?")
# words that carry no topic in a search; removed from queries before tokenising (not from passages)
QUERY_STOP = (
    "哪些地方", "哪些城市", "哪些地区", "哪些区县", "哪些", "哪个", "哪家", "哪位", "哪一年", "哪年", "哪里", "哪",
    "什么", "多少", "如何", "是否", "怎样", "怎么", "有没有", "为何", "吗", "呢", "提到", "提及", "提出",
    "的", "了", "和", "与", "及", "是", "要", "在", "把", "被",
)
_QUERY_STOP = re.compile("|".join(sorted(map(re.escape, QUERY_STOP), key=len, reverse=True)))


def normalize(text: str) -> str:
    """Simplified script, full-width forms folded to ASCII, lower case: the form passages and queries are tokenised in."""
    return fold(to_simplified(text))


_FOLDABLE = re.compile("[A-Z\uff01-\uff5e]")
_FOLD = {c: chr(c - 0xFEE0).lower() for c in range(0xFF01, 0xFF5F)} | {c: c + 0x20 for c in range(0x41, 0x5B)}


def fold(text: str) -> str:
    """Full-width ASCII forms (ＡＩ２０２７，) to ASCII, and ASCII letters to lower case; vectorised for long texts."""
    if not text or not _FOLDABLE.search(text):
        return text
    if len(text) < 256:  # a question, a sentence: numpy's fixed cost would dominate
        return text.translate(_FOLD)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).copy()
    wide = (codes >= 0xFF01) & (codes <= 0xFF5E)
    codes[wide] -= 0xFEE0
    upper = (codes >= 0x41) & (codes <= 0x5A)
    codes[upper] += 0x20
    return codes.tobytes().decode("utf-32-le")


def bigrams(text: str) -> list[str]:
    """Tokens of normalised text (:func:`normalize`): CJK character bigrams (a lone character as itself), ASCII words, numbers."""
    out: list[str] = []
    for run in _TOKEN.findall(text):
        n = len(run)
        if n > 1 and run[0] >= "\u3400":
            out.extend([run[i : i + 2] for i in range(n - 1)])
        else:
            out.append(run)
    return out


_JIEBA = None


def _jieba():
    global _JIEBA
    if _JIEBA is None:
        import logging

        from .words import import_jieba

        jieba = import_jieba()
        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        _JIEBA = jieba
    return _JIEBA


_JIEBA_STOP = frozenset("的 了 和 与 及 等 在 是 将 把 为 以 对 由 于 并 或 也 就 都 而 其 之 中 上 下".split())


def jieba_words(text: str) -> list[str]:
    """Tokens of already normalised text: jieba words (exact mode), without punctuation and function words."""
    out = []
    for w in _jieba().lcut(text, HMM=False):
        if w in _JIEBA_STOP or not _TOKEN.search(w):
            continue
        out.append(w)
    return out


TOKENIZERS: dict[str, Callable[[str], list[str]]] = {"bigram": bigrams, "jieba": jieba_words}


@dataclass(frozen=True)
class Hit:
    """A passage found by a search, the plan it belongs to, and its BM25 score."""

    passage: Passage
    plan: Plan
    score: float

    @property
    def text(self) -> str:
        return self.passage.text

    @cached_property
    def simplified(self) -> str:
        """The passage in simplified script (same length as ``passage.text``)."""
        return passage_simplified(self.plan, self.passage)


def passage_simplified(plan: Plan, passage: Passage) -> str:
    """The simplified-script form of a passage of ``plan`` (offsets align with ``passage.text``)."""
    return _plan_simplified(plan)[passage.clean_start - plan.clean_start : passage.clean_end - plan.clean_start]


class Corpus:
    """Plans and a BM25 index over their sentences and items.

    ``tokenizer`` is ``"bigram"`` (default) or ``"jieba"``; ``kinds`` the passage kinds indexed.
    """

    def __init__(self, plans: Iterable[Plan], *, tokenizer: str = "bigram", kinds: Sequence[str] = INDEXED_KINDS):
        if tokenizer not in TOKENIZERS:
            raise InputError(None, f"unknown tokenizer {tokenizer!r}; choose one of {', '.join(TOKENIZERS)}")
        self.plans: list[Plan] = list(plans)
        self.tokenizer = tokenizer
        self.kinds = tuple(kinds)
        self._tokenize = TOKENIZERS[tokenizer]
        self._plan_index = {p.id: i for i, p in enumerate(self.plans)}
        self.passages: list[Passage] = []
        owner: list[int] = []
        self._ranges: list[tuple[int, int]] = []
        texts: list[str] = []
        for i, plan in enumerate(self.plans):
            lo = len(self.passages)
            simp = _plan_simplified(plan)
            base = plan.clean_start
            for p in plan.passages:
                if p.kind in self.kinds:
                    self.passages.append(p)
                    owner.append(i)
                    texts.append(simp[p.clean_start - base : p.clean_end - base])
            self._ranges.append((lo, len(self.passages)))
        self._owner = np.asarray(owner, dtype=np.int32)
        joined = fold("\x00".join(texts))
        self._keys: np.ndarray | None = None
        self._ascii: dict[str, int] = {}
        self._vocab: dict[str, int] = {}
        if tokenizer == "bigram":
            keys, docs, self._ascii = _bigram_postings(joined)
            self._keys, terms = np.unique(keys, return_inverse=True)
            n_vocab = len(self._keys)
        else:
            terms, docs, self._vocab = _word_postings(joined.split("\x00"), self._tokenize)
            n_vocab = len(self._vocab)
        self._bm25 = _BM25()  # Lucene BM25; its sparse score matrix, built in numpy (see _bm25_matrix)
        self._bm25.scores = _bm25_matrix(terms, docs, len(self.passages), n_vocab, k1=self._bm25.k1, b=self._bm25.b)
        self._bm25.nonoccurrence_array = None

        if self._vocab:
            self._bm25.vocab_dict = self._vocab

    @classmethod
    def from_paths(cls, paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], **options) -> Corpus:
        """Read files and folders into plans and index them."""
        return cls(load(paths), **options)

    def __len__(self) -> int:
        return len(self.passages)

    def __repr__(self) -> str:
        return f"Corpus({len(self.plans)} plans, {len(self.passages)} passages, tokenizer={self.tokenizer!r})"

    # -- tokens --------------------------------------------------------------------------------
    def tokens(self, text: str, *, query: bool = False) -> list[str]:
        """The tokens of ``text`` in this corpus's scheme (for a query, question words are dropped first)."""
        norm = normalize(text)
        if query:
            norm = _QUERY_STOP.sub(" ", norm)
        return self._tokenize(norm)

    def tokens_held(self, tokens: Iterable[str], text: str) -> set[str]:
        """The ones of ``tokens`` that are tokens of ``text``: ``set(tokens) & set(self.tokens(text))``,
        without cutting all of a passage to test a question's few tokens (bigram scheme: a CJK pair is
        one wherever it occurs; anything else is one when it is a whole run of the text)."""
        if self.tokenizer != "bigram":
            return set(tokens) & set(self.tokens(text))
        pairs, others = _pairs_and_others(tokens if isinstance(tokens, frozenset) else frozenset(tokens))
        simp = to_simplified(text)  # fold() leaves CJK characters as they are: a pair is in simp iff in normalize(text)
        out = {t for t in pairs if t in simp}
        if others:
            out |= others & set(_TOKEN.findall(fold(simp)))
        return out

    def token_ids(self, tokens: Iterable[str]) -> list[int]:
        """The index's ids of the tokens it knows, sorted and without repeats (unknown tokens are left out)."""
        if self._keys is None:
            return sorted({self._vocab[t] for t in tokens if t in self._vocab})
        keys = [k for k in map(self._key, tokens) if k is not None]
        if not keys or not len(self._keys):
            return []
        arr = np.asarray(keys, dtype=np.uint64)
        pos = np.minimum(np.searchsorted(self._keys, arr), len(self._keys) - 1)
        return sorted({int(i) for i in pos[self._keys[pos] == arr]})

    def _key(self, token: str) -> int | None:
        if 0 < len(token) <= 2 and all(_is_cjk(c) for c in token):
            return (ord(token[0]) << 21) | ord(token[1]) if len(token) == 2 else ord(token)
        i = self._ascii.get(token)
        return None if i is None else _ASCII_BASE + i

    def document_frequency(self, token: str) -> int:
        """In how many indexed passages ``token`` occurs (0 when it is not in the vocabulary)."""
        ids = self.token_ids([token])
        if not ids:
            return 0
        indptr = self._bm25.scores["indptr"]
        return int(indptr[ids[0] + 1] - indptr[ids[0]])

    def max_score(self, token_id: int) -> float:
        """The highest BM25 score one passage gets for this token (0 for an empty posting list)."""
        s = self._bm25.scores
        return float(s["data"][s["indptr"][token_id] : s["indptr"][token_id + 1]].max(initial=0.0))

    def idf(self, token: str) -> float:
        """BM25 (Lucene) inverse document frequency of a token; unseen tokens get the highest."""
        n = len(self.passages)
        df = self.document_frequency(token)
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    # -- plans ---------------------------------------------------------------------------------
    def plan(self, plan_id: str) -> Plan:
        i = self._plan_index.get(plan_id)
        if i is None:
            raise InputError(None, f"no plan {plan_id!r} in this corpus")
        return self.plans[i]

    def passages_of(self, plan: Plan) -> list[Passage]:
        """The indexed passages of one plan, in order."""
        lo, hi = self._ranges[self._index_of(plan)]
        return self.passages[lo:hi]

    def _index_of(self, plan: Plan | str) -> int:
        pid = plan if isinstance(plan, str) else plan.id
        i = self._plan_index.get(pid)
        if i is None:
            raise InputError(None, f"plan {pid!r} is not in this corpus")
        return i

    # -- search --------------------------------------------------------------------------------
    def search(self, query: str, k: int = 10, plans: Plan | str | Iterable[Plan | str] | None = None) -> list[Hit]:
        """The ``k`` passages that best match ``query`` (BM25), best first; only in ``plans`` when given.

        ``plans`` is a plan, a plan id, or several (for example every plan of a region).
        Passages with no query token score 0 and are never returned.
        """
        ids = self.token_ids(self.tokens(query, query=True))
        if not ids or k <= 0:
            return []
        docs, weights = self._postings(ids)
        if plans is not None:
            if isinstance(plans, (Plan, str)):
                plans = [plans]
            idx = sorted({self._index_of(p) for p in plans})
            allowed = np.zeros(len(self.plans), dtype=bool)
            allowed[idx] = True
            keep = allowed[self._owner[docs]]
            docs, weights = docs[keep], weights[keep]
        if len(docs) == 0:
            return []
        # no minlength: the array ends at the last passage touched, and N zeros would cost more than the search
        scores = np.bincount(docs, weights=weights)
        order = _topk_dense(scores, k) if len(docs) > len(self.passages) // 8 else _topk_of(scores, docs, k, repeats=len(ids))
        return [Hit(self.passages[j], self.plans[self._owner[j]], float(scores[j])) for j in order if scores[j] > 0]

    def _postings(self, token_ids: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """The passages in the tokens' posting lists (a passage once per token it holds) and their BM25 parts."""
        s = self._bm25.scores
        data, indices, indptr = s["data"], s["indices"], s["indptr"]
        ids = np.asarray(token_ids, dtype=np.int64)
        spans = [(int(a), int(b)) for a, b in zip(indptr[ids], indptr[ids + 1]) if b > a]
        if not spans:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float64)
        docs = np.concatenate([indices[a:b] for a, b in spans])
        weights = np.concatenate([data[a:b] for a, b in spans]).astype(np.float64)
        return docs, weights

    def score_ids(self, token_ids: Sequence[int]) -> np.ndarray:
        """BM25 scores of every indexed passage for the given token ids (bm25s's sparse score matrix)."""
        docs, weights = self._postings(token_ids)
        return np.bincount(docs, weights=weights, minlength=len(self.passages)).astype(np.float32)


@dataclass
class _BM25:
    """What a search reads of a :class:`bm25s.BM25`: its parameters (bm25s's defaults) and score matrix."""

    k1: float = 1.5
    b: float = 0.75
    scores: dict | None = None
    vocab_dict: dict = field(default_factory=dict)
    nonoccurrence_array: None = None


def _topk_dense(scores: np.ndarray, k: int, block: int = 64) -> np.ndarray:
    """The ``k`` best of all scores, best first (ties: lower index first), through block maxima.

    The k-th largest block maximum T is at most the k-th best score, so the k best lie in the
    blocks whose maximum is at least T: one sequential pass, then a small selection.
    """
    n = len(scores)
    full = n // block * block
    maxima = scores[:full].reshape(-1, block).max(axis=1) if full else np.zeros(0)
    parts = [np.arange(full, n)]
    if len(maxima):
        kk = min(k, len(maxima))
        t = np.partition(maxima, len(maxima) - kk)[len(maxima) - kk]
        blocks = np.flatnonzero(maxima >= t)
        parts.insert(0, (blocks[:, None] * block + np.arange(block)).ravel())
    cand = np.concatenate(parts)
    return cand[np.argsort(-scores[cand], kind="stable")][:k]


def _topk_of(scores: np.ndarray, touched: np.ndarray, k: int, repeats: int) -> np.ndarray:
    """The ``k`` best passages among those touched, best first (ties: lower index first).

    ``touched`` lists a passage once per query token it holds, so at most ``repeats`` times;
    the ``k * repeats`` best entries therefore hold the ``k`` best passages. Selecting among
    the touched passages rather than all N keeps a search proportional to what it reads.
    """
    if len(touched) == 0:
        return touched
    cand = touched
    m = k * max(repeats, 1)
    if len(cand) > m:
        part = np.argpartition(-scores[cand], m - 1)[:m]
        cand = cand[scores[cand] >= scores[cand[part]].min()]
    cand = np.unique(cand)
    return cand[np.argsort(-scores[cand], kind="stable")][:k]


_ASCII_BASE = 1 << 62  # keys of ASCII words and numbers; CJK bigram keys use 42 bits, single characters 21
_ASCII_TOKEN = re.compile(r"[a-z]+|[0-9]+(?:\.[0-9]+)?")


@lru_cache(maxsize=64)
def _pairs_and_others(tokens: frozenset[str]) -> tuple[tuple[str, ...], frozenset[str]]:
    """A question's tokens: CJK pairs (a token wherever they occur), and the rest (a token only as a whole run)."""
    pairs = tuple(t for t in tokens if len(t) == 2 and _is_cjk(t[0]) and _is_cjk(t[1]))
    return pairs, tokens - frozenset(pairs)


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


def _bigram_postings(joined: str) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
    """Token keys and passage numbers of every :func:`bigrams` token of "\\x00"-joined normalised passages.

    Vectorised: CJK bigrams and lone characters come from the code points in numpy; ASCII words
    and numbers (few in Chinese text) from a regular expression.
    """
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    doc_start = np.concatenate(([0], np.flatnonzero(codes == 0) + 1))
    cjk = ((codes >= 0x3400) & (codes <= 0x4DBF)) | ((codes >= 0x4E00) & (codes <= 0x9FFF)) | ((codes >= 0xF900) & (codes <= 0xFAFF))
    pair = np.flatnonzero(cjk[:-1] & cjk[1:])
    before = np.concatenate(([False], cjk[:-1]))
    after = np.concatenate((cjk[1:], [False]))
    lone = np.flatnonzero(cjk & ~before & ~after)
    ascii_vocab: dict[str, int] = {}
    apos, akeys = [], []
    for m in _ASCII_TOKEN.finditer(joined):
        apos.append(m.start())
        akeys.append(_ASCII_BASE + ascii_vocab.setdefault(m.group(), len(ascii_vocab)))
    keys = np.concatenate(
        (
            (codes[pair].astype(np.uint64) << np.uint64(21)) | codes[pair + 1].astype(np.uint64),
            codes[lone].astype(np.uint64),
            np.asarray(akeys, dtype=np.uint64),
        )
    )
    pos = np.concatenate((pair, lone, np.asarray(apos, dtype=np.int64)))
    docs = np.searchsorted(doc_start, pos, side="right") - 1
    return keys, docs.astype(np.int64), ascii_vocab


def _word_postings(texts: list[str], tokenize: Callable[[str], list[str]]) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
    """Token ids and passage numbers for any tokenizer (a Python loop over the tokens)."""
    vocab: dict[str, int] = {}
    terms: list[int] = []
    docs: list[int] = []
    for d, text in enumerate(texts):
        ids = [vocab.setdefault(t, len(vocab)) for t in tokenize(text)]
        terms.extend(ids)
        docs.extend([d] * len(ids))
    return np.asarray(terms, dtype=np.int64), np.asarray(docs, dtype=np.int64), vocab


def _bm25_matrix(terms: np.ndarray, docs: np.ndarray, n_docs: int, n_vocab: int, *, k1: float, b: float) -> dict:
    """bm25s's score matrix (Lucene BM25, one column per token) from (token, passage) occurrences.

    The same numbers as ``bm25s.BM25().index(...)`` (a test checks it), without its Python loop
    over passages: idf = ln(1 + (N - df + 0.5) / (df + 0.5)), tf part = tf / (tf + k1 (1 - b + b dl / avgdl)).
    """
    terms = np.asarray(terms, dtype=np.int64)
    docs = np.asarray(docs, dtype=np.int64)
    dl = np.bincount(docs, minlength=n_docs).astype(np.float64)
    avgdl = dl.mean() if n_docs else 1.0
    pairs, tf = np.unique(terms * max(n_docs, 1) + docs, return_counts=True)
    pterm = pairs // max(n_docs, 1)
    pdoc = pairs - pterm * max(n_docs, 1)
    df = np.bincount(pterm, minlength=n_vocab)
    idf = np.log(1 + (n_docs - df + 0.5) / (df + 0.5))
    tfc = tf / (tf + k1 * ((1 - b) + b * dl[pdoc] / max(avgdl, 1e-9)))
    indptr = np.concatenate(([0], np.cumsum(df)))
    return {
        "data": (idf[pterm] * tfc).astype(np.float32),
        "indices": pdoc.astype(np.int32),
        "indptr": indptr.astype(np.int64),
        "num_docs": n_docs,
    }


def _plan_simplified(plan: Plan) -> str:
    simp = plan.simplified
    return simp if len(simp) == plan.clean_end - plan.clean_start else _char_simplified(plan.text)


@lru_cache(maxsize=8)
def _char_simplified(text: str) -> str:
    """Per-character t2s, for the rare text whose phrase conversion changes its length (keeps offsets)."""
    out = []
    for ch in text:
        s = to_simplified(ch)
        out.append(s if len(s) == 1 else ch)
    return "".join(out)
