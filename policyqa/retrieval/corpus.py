"""Corpus: plans and a BM25 index over their passages, searchable from either script.

Every indexed passage (sentences and enumerated items; see :data:`INDEXED_KINDS`) is
tokenised in simplified script, so a question in traditional or simplified characters finds
text written in either. Tokens are character bigrams of CJK runs plus whole ASCII words and
numbers (the default, :func:`bigrams`), or jieba words (:func:`jieba_words`: slower to build
and no better recall on the labelled questions; ``bench/search.py`` prints both).

The index (:mod:`policyqa.retrieval.postings`) holds each token's passages and term
frequencies, built in numpy with one sort, and scores Lucene BM25 (k1=1.5, b=0.75) with the
numbers ``bm25s.BM25.index`` gives; a search sums the query tokens' posting lists and selects the
top k without scanning all N passages when it can. A corpus can be saved to a folder and loaded
again memory-mapped (:meth:`Corpus.save`, :meth:`Corpus.load`, :mod:`policyqa.retrieval.store`).

    corpus = Corpus.from_paths(["evals/plans"])
    for hit in corpus.search("兰州新区未来产业", k=3):
        print(hit.plan.region, hit.score, hit.passage.text)
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable, Iterable, Sequence

import numpy as np

from ..errors import InputError
from ..structure.passages import Passage
from ..structure.plan import Plan, load
from ..reading.scripts import to_simplified
from . import postings
from .. import patterns

INDEXED_KINDS = ("sentence", "item")

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = patterns.compile(rf"[{_CJK}]+|[a-z]+|[0-9]+(?:\.[0-9]+)?")
# words that carry no topic in a search; removed from queries before tokenising (not from passages)
QUERY_STOP = (
    "哪些地方", "哪些城市", "哪些地区", "哪些区县", "哪些", "哪个", "哪家", "哪位", "哪一年", "哪年", "哪里", "哪",
    "什么", "多少", "如何", "是否", "怎样", "怎么", "有没有", "为何", "吗", "呢", "提到", "提及", "提出",
    "的", "了", "和", "与", "及", "是", "要", "在", "把", "被",
)
_QUERY_STOP = patterns.compile("|".join(sorted(map(re.escape, QUERY_STOP), key=len, reverse=True)))


def normalize(text: str) -> str:
    """Simplified script, full-width forms folded to ASCII, lower case: the form passages and queries are tokenised in."""
    return fold(to_simplified(text))


_FOLDABLE = patterns.compile("[A-Z\uff01-\uff5e]")
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
    """jieba, imported and initialised once, quietly (threads of a batch wait for the first)."""
    global _JIEBA
    if _JIEBA is None:
        import logging

        from .words import JIEBA_LOCK, import_jieba

        with JIEBA_LOCK:
            if _JIEBA is None:
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
    :meth:`save` writes it to a folder and :meth:`load` opens it again, memory-mapped
    (:mod:`policyqa.retrieval.store`); :func:`policyqa.index` keeps such a folder up to date with
    the files it was made from.
    """

    def __init__(self, plans: Iterable[Plan], *, tokenizer: str = "bigram", kinds: Sequence[str] = INDEXED_KINDS):
        if tokenizer not in TOKENIZERS:
            raise InputError(None, f"unknown tokenizer {tokenizer!r}; choose one of {', '.join(TOKENIZERS)}")
        self.plans: list[Plan] = list(plans)
        self.tokenizer = tokenizer
        self.kinds = tuple(kinds)
        self._tokenize = TOKENIZERS[tokenizer]
        self._plan_index = {p.id: i for i, p in enumerate(self.plans)}
        self.passages: Sequence[Passage] = []
        owner: list[int] = []
        self._ranges: list[tuple[int, int]] = []
        texts: list[str] = []
        from .questions import prepare  # (imports this module)

        for i, plan in enumerate(self.plans):
            prepare(plan)
            lo = len(self.passages)
            for p, text in indexed_passages(plan, self.kinds):
                self.passages.append(p)
                owner.append(i)
                texts.append(text)
            self._ranges.append((lo, len(self.passages)))
        self._owner = np.asarray(owner, dtype=np.int32)
        self._vocab: dict[str, int] = {}
        self._index = postings.Postings([postings.build(occurrences(texts, tokenizer, self._vocab))])
        self.stored: dict[str, object] | None = None
        """For a corpus opened from an index folder: its path, and how many files it lists and how many
        the last update read, kept and dropped (:mod:`policyqa.retrieval.store`); else None."""

    @classmethod
    def _assemble(cls, plans: list[Plan], tokenizer: str, kinds: tuple[str, ...], index: postings.Postings, vocab: dict[str, int],
                  owner: np.ndarray, local: np.ndarray, ranges: list[tuple[int, int]]) -> Corpus:
        """A corpus over an index already built (:mod:`policyqa.retrieval.store`): passage ``j`` is
        ``plans[owner[j]].passages[local[j]]``, made when first used."""
        self = cls.__new__(cls)
        self.plans = plans
        self.tokenizer = tokenizer
        self.kinds = kinds
        self._tokenize = TOKENIZERS[tokenizer]
        self._plan_index = {p.id: i for i, p in enumerate(plans)}
        self._owner = owner
        self._ranges = ranges
        self._vocab = vocab
        self._index = index
        self.passages = _LazyPassages(plans, owner, local)
        self.stored = None
        return self

    @classmethod
    def from_paths(cls, paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], **options) -> Corpus:
        """Read files and folders into plans and index them."""
        return cls(load(paths), **options)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write this corpus (its plans' texts, passages and the index) to the folder ``path``, for :meth:`load`."""
        from .store import save

        save(self, path)

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, refresh: bool = True, on_skip: Callable[[InputError], None] | None = None) -> Corpus:
        """Open an index folder (written by :meth:`save`, :func:`policyqa.index` or ``policyqa index``),
        memory-mapped: plans and passages are read from it when first used.

        With ``refresh`` (the default) its source files are checked first (size and time, then the
        content's hash): a changed or deleted file is indexed again or dropped, and files new in its
        folders are added, so that nothing is cited from a text that is no longer the file's
        (``on_skip`` as for :func:`policyqa.load`)."""
        from .store import open_index

        return open_index(path, refresh=refresh, on_skip=on_skip)

    def __len__(self) -> int:
        return self._index.n

    def __repr__(self) -> str:
        return f"Corpus({len(self.plans)} plans, {len(self)} passages, tokenizer={self.tokenizer!r})"

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
        """The index's ids (keys, :mod:`policyqa.retrieval.postings`) of the tokens it knows, sorted and without repeats."""
        key = postings.bigram_key if self.tokenizer == "bigram" else postings.word_key
        keys = {k for k in (key(t, self._vocab) for t in tokens) if k is not None}
        return sorted(k for k in keys if k in self._index)

    def document_frequency(self, token: str) -> int:
        """In how many indexed passages ``token`` occurs (0 when it is not in the vocabulary)."""
        ids = self.token_ids([token])
        return self._index.df(ids[0]) if ids else 0

    def max_score(self, token_id: int) -> float:
        """The highest BM25 score one passage gets for this token (0 for an empty posting list)."""
        return self._index.max_weight(token_id)

    def idf(self, token: str) -> float:
        """BM25 (Lucene) inverse document frequency of a token; unseen tokens get the highest."""
        return self._index.idf(self.document_frequency(token))

    # -- plans ---------------------------------------------------------------------------------
    def plan(self, plan_id: str) -> Plan:
        i = self._plan_index.get(plan_id)
        if i is None:
            raise InputError(None, f"no plan {plan_id!r} in this corpus")
        return self.plans[i]

    def passages_of(self, plan: Plan) -> list[Passage]:
        """The indexed passages of one plan, in order."""
        lo, hi = self._ranges[self._index_of(plan)]
        return list(self.passages[lo:hi])

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
        order = _topk_dense(scores, k) if len(docs) > len(self) // 8 else _topk_of(scores, docs, k, repeats=len(ids))
        return [Hit(self.passages[j], self.plans[self._owner[j]], float(scores[j])) for j in order if scores[j] > 0]

    def _postings(self, token_ids: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """The passages in the tokens' posting lists (a passage once per token it holds) and their BM25 parts."""
        return self._index.gather(token_ids)

    def score_ids(self, token_ids: Sequence[int]) -> np.ndarray:
        """BM25 scores of every indexed passage for the given token ids (Lucene BM25, as bm25s scores)."""
        docs, weights = self._postings(token_ids)
        return np.bincount(docs, weights=weights, minlength=len(self)).astype(np.float32)


class _LazyPassages(Sequence[Passage]):
    """The indexed passages of a stored corpus, each taken from its plan when asked for."""

    def __init__(self, plans: list[Plan], owner: np.ndarray, local: np.ndarray):
        self._plans, self._owner, self._local = plans, owner, local

    def __len__(self) -> int:
        return len(self._owner)

    def __getitem__(self, j):  # type: ignore[override]
        if isinstance(j, slice):
            return [self[i] for i in range(*j.indices(len(self)))]
        return self._plans[int(self._owner[j])].passages[int(self._local[j])]


def indexed_passages(plan: Plan, kinds: Sequence[str] = INDEXED_KINDS) -> Iterable[tuple[Passage, str]]:
    """The plan's passages of the indexed kinds, each with its simplified-script text (what is tokenised)."""
    simp = _plan_simplified(plan)
    base = plan.clean_start
    for p in plan.passages:
        if p.kind in kinds:
            yield p, simp[p.clean_start - base : p.clean_end - base]


def occurrences(texts: Sequence[str], tokenizer: str, vocab: dict[str, int]) -> Iterable[tuple[np.ndarray, np.ndarray, int]]:
    """The token occurrences of passages' simplified texts, a few million characters at a time, for
    :func:`policyqa.retrieval.postings.build` (new words join ``vocab``)."""
    i = 0
    while i < len(texts):
        j, size = i, 0
        while j < len(texts) and (j == i or size < postings.CHUNK_CHARS):
            size += len(texts[j]) + 1
            j += 1
        joined = fold("\x00".join(texts[i:j]))
        if tokenizer == "bigram":
            keys, docs = postings.bigram_occurrences(joined, vocab)
        else:
            keys, docs = postings.word_occurrences(joined.split("\x00"), TOKENIZERS[tokenizer], vocab)
        yield keys, docs, j - i
        i = j




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
    cand = np.sort(cand)
    if len(cand) > 1:
        cand = cand[np.concatenate(([True], cand[1:] != cand[:-1]))]  # np.unique's result, without its import of numpy.ma (6 ms at start-up)
    return cand[np.argsort(-scores[cand], kind="stable")][:k]


@lru_cache(maxsize=64)
def _pairs_and_others(tokens: frozenset[str]) -> tuple[tuple[str, ...], frozenset[str]]:
    """A question's tokens: CJK pairs (a token wherever they occur), and the rest (a token only as a whole run)."""
    pairs = tuple(t for t in tokens if len(t) == 2 and _is_cjk(t[0]) and _is_cjk(t[1]))
    return pairs, tokens - frozenset(pairs)


def _is_cjk(ch: str) -> bool:
    return postings.is_cjk(ch)


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
