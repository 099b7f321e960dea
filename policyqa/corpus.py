"""Corpus: plans and a BM25 index over their passages, searchable from either script.

Every indexed passage (sentences and enumerated items; see :data:`INDEXED_KINDS`) is
tokenised in simplified script, so a question in traditional or simplified characters finds
text written in either. The index is :mod:`bm25s`; tokens are character bigrams of CJK runs
plus whole ASCII words and numbers (the default, :func:`bigrams`), or jieba words
(:func:`jieba_words`, slower to build, measured in ``bench/search.py``).

    corpus = Corpus.from_paths(["evals/plans"])
    for hit in corpus.search("兰州新区未来产业", k=3):
        print(hit.plan.region, hit.score, hit.passage.text)
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Sequence

import numpy as np

from .errors import InputError
from .passages import Passage
from .plan import Plan, load
from .scripts import to_simplified

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
    """Simplified script, NFKC width folding, lower case: the form both passages and queries are tokenised in."""
    return unicodedata.normalize("NFKC", to_simplified(text)).lower()


def bigrams(text: str) -> list[str]:
    """Tokens of already normalised text: CJK character bigrams (a lone character as itself), ASCII words, numbers."""
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

        import jieba

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

    @property
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
        import bm25s

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
        vocab: dict[str, int] = {}
        ids: list[list[int]] = []
        for i, plan in enumerate(self.plans):
            lo = len(self.passages)
            simp = _plan_simplified(plan)
            base = plan.clean_start
            for p in plan.passages:
                if p.kind not in self.kinds:
                    continue
                toks = self._tokenize(unicodedata.normalize("NFKC", simp[p.clean_start - base : p.clean_end - base]).lower())
                if not toks:
                    continue
                self.passages.append(p)
                owner.append(i)
                ids.append([vocab.setdefault(t, len(vocab)) for t in toks])
            self._ranges.append((lo, len(self.passages)))
        self._owner = np.asarray(owner, dtype=np.int32)
        self._bm25 = bm25s.BM25()
        if ids:
            self._bm25.index((ids, vocab), create_empty_token=False, show_progress=False)
        self._vocab = vocab
        self._df_cache: dict[str, int] = {}

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

    def document_frequency(self, token: str) -> int:
        """In how many indexed passages ``token`` occurs (0 when it is not in the vocabulary)."""
        tid = self._vocab.get(token)
        if tid is None or not self.passages:
            return 0
        indptr = self._bm25.scores["indptr"]
        return int(indptr[tid + 1] - indptr[tid])

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
        toks = self.tokens(query, query=True)
        ids = sorted({self._vocab[t] for t in toks if t in self._vocab})
        if not ids or k <= 0:
            return []
        scores = self.score_ids(ids)
        if plans is not None:
            if isinstance(plans, (Plan, str)):
                plans = [plans]
            idx = sorted({self._index_of(p) for p in plans})
            if not idx:
                return []
            cand = np.concatenate([np.arange(*self._ranges[i]) for i in idx]) if len(idx) < 256 else np.flatnonzero(np.isin(self._owner, idx))
            sub = scores[cand]
            top = _topk(sub, k)
            order = cand[top]
        else:
            order = _topk(scores, k)
        return [Hit(self.passages[j], self.plans[self._owner[j]], float(scores[j])) for j in order if scores[j] > 0]

    def score_ids(self, token_ids: Sequence[int]) -> np.ndarray:
        """BM25 scores of every indexed passage for the given vocabulary ids (bm25s's sparse index)."""
        s = self._bm25.scores
        data, indices, indptr = s["data"], s["indices"], s["indptr"]
        starts = indptr[token_ids]
        ends = indptr[np.asarray(token_ids) + 1]
        if len(token_ids) == 1:
            out = np.zeros(s["num_docs"], dtype=np.float32)
            out[indices[starts[0] : ends[0]]] = data[starts[0] : ends[0]]
            return out
        sel = np.concatenate([np.arange(a, b) for a, b in zip(starts, ends)])
        return np.bincount(indices[sel], weights=data[sel], minlength=s["num_docs"]).astype(np.float32)


def _topk(scores: np.ndarray, k: int) -> np.ndarray:
    if len(scores) == 0:
        return np.zeros(0, dtype=np.int64)
    if k < len(scores):
        part = np.argpartition(-scores, k - 1)[:k]
    else:
        part = np.arange(len(scores))
    return part[np.argsort(-scores[part], kind="stable")]


def _plan_simplified(plan: Plan) -> str:
    simp = plan.simplified
    return simp if len(simp) == len(plan.text) else _char_simplified(plan.text)


@lru_cache(maxsize=8)
def _char_simplified(text: str) -> str:
    """Per-character t2s, for the rare text whose phrase conversion changes its length (keeps offsets)."""
    out = []
    for ch in text:
        s = to_simplified(ch)
        out.append(s if len(s) == 1 else ch)
    return "".join(out)
