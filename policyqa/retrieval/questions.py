"""Retrieval: what a question asks, and the passages of a corpus that answer it, for both engines.

:func:`parse` reads a question (Chinese in either script, or English through CC-CEDICT and the
pinyin of the corpus's regions, :mod:`policyqa.retrieval.glossary`): its key words weighted by rarity,
the numbers, years and quoted phrases it names, the places it names (which scope the search to
those places' plans), and what kind of answer it wants (a figure, a year, a list of regions).

:func:`candidates` weighs each search hit (:func:`support`): the share of key words the passage,
its headings or its plan's identity cover, its BM25 share, the answer type, the numbers it
holds, the year its part of the plan speaks of (:mod:`policyqa.structure.sections`) … and the
answerability model (:class:`Answerability`, fitted on seed and dev questions by
``evals/fit_answerability.py``) turns those features into the probability that it answers.

:func:`retrieve` gives the blocks an LLM is shown: the best passages, scoped, without a passage
that another chosen one contains or is contained in. The offline engine answers from
:func:`candidates` (:mod:`policyqa.engines.offline.answers`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

from .corpus import Corpus, Hit, _plan_simplified, normalize
from .words import cutter, lcut
from ..structure.plan import Plan

QUESTION_WORDS = frozenset(
    "哪些 哪个 哪家 哪位 哪一年 哪年 哪里 哪儿 哪 什么 多少 几 几个 第几 如何 是否 怎样 怎么 有没有 有无 为何 为什么 吗 呢 叫 叫做 名字 名称 "
    "是 的 了 要 对 为 把 被 在 到 和 与 及 或 等 将 其 该 之 有 个 项 条 家 名 人 年 "
    "方向 领域 地方 城市 地区 区县 县市 提到 提及 提出 说 讲 关于 对于 针对 有关 相关 方面 内容 情况 具体 主要 哪些地方 哪些城市".split()
)
GENERIC_WORDS = frozenset(
    "推动 发展 建设 加快 推进 实施 开展 进行 实现 目标 计划 工作 措施 举措 要求 达到 今年 全年 提升 加强 提高 促进 积极 大力 全面 "
    "深入 力争 确保 哪些 新增 增长 规模 水平 任务 重点 打造 超过 超 突破 以上 以内 左右 不低于 达 累计 全市 全省 模式 做法".split()
)
_REGION_Q = re.compile(r"哪(?:些|几个)(?:地方|城市|地区|区县|县市|市县|县区|省份|省|市|区|县|规划|方案|文件)")
_REGION_Q_EN = re.compile(r"\b(?:which|what)\s+(?:regions?|cities|city|places?|plans?|provinces?|counties|districts?|areas?|localities)\b")
_NUMBER_Q = re.compile(r"多少|几[个项家条年]|哪一?年|何时|比例|增速|how (?:many|much)|what year|which year|when")
_YEAR_Q = re.compile(r"哪一?年|何时|what year|which year|when")
_QUOTED = re.compile(r"[\"'“‘「『]([^\"'“”‘’「」『』]{1,40})[\"'”’」』]")
_FORMULA = re.compile(r"[0-9a-z]+(?:\s*\+\s*[0-9a-z]+)+")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
# How a question asks, not what it asks about ("什么时候开始施行", "分成哪几个", "多大面积", "一共"): removed
# before the words are cut, so that "多大面积" does not leave "大面积".
_ASKING = re.compile(r"什么时候|什么时间|哪一年|哪年|哪天|哪一天|何时|多少|多大|多长|多久|多高|几年|几个|几项|几家|几条|几种|几类|几次|几成|"
                     r"哪几|哪些|哪个|哪家|哪位|如何|怎样|怎么样|怎么|是否|有没有|有无|总共|一共|共计|分别|各是|各为|各有|开始|具体|主要")
# Words about the documents themselves ("哪些地方的材料提到了…", "文件里有没有说…"): not what is asked about.
_DOCUMENT_WORDS = re.compile(r"(?:的)?(?:材料|文件|资料|文中|文本|原文|报告里|报告中)(?:里|中|当中)?(?=提到|提及|说|讲|写|有没有|是否|有|中|里|$)")
_REGION_SUFFIX = re.compile(r"(?:[\u4e00-\u9fff]{1,2}族)?(?:自治县|自治州|自治区|新区|市|区|县|省)$")

@dataclass(frozen=True)
class Term:
    """A key term of a question: alternatives (any one counts), a weight, and whether it must appear."""

    alternatives: tuple[str, ...]
    weight: float
    required: bool = False
    parts: tuple[str, ...] = ()  # shorter words that together spell the first alternative (粮食产量 → 粮食, 产量)
    absent: bool = False  # no passage of the corpus holds it: phrasing, or what the plans do not say

    def found_in(self, *texts: str) -> bool:
        """Whether any alternative, or every one of the parts, occurs in one of the texts."""
        if any(a in t for a in self.alternatives for t in texts):
            return True
        return bool(self.parts) and all(any(p in t for t in texts) for p in self.parts)


@dataclass(frozen=True)
class Question:
    """What :func:`parse` reads out of a question."""

    text: str
    lang: str  # zh | en
    regions: bool  # a "which regions/cities …" question
    wants_number: bool
    wants_year: bool
    query: str  # the text searched (simplified, in Chinese when the glossary could translate)
    terms: tuple[Term, ...]
    places: tuple[str, ...]  # region names the question names and the corpus knows
    unknown: tuple[str, ...]  # English content words the glossary does not know
    query_tokens: frozenset[str] = frozenset()
    best_score: float = 0.0  # the highest BM25 score any passage could get for the query (an upper bound)


@dataclass(frozen=True)
class Support:
    """A hit that holds the question's numbers and quoted phrases, with the features the
    answerability model weighs (:data:`FEATURES`) and the probability it gives."""

    hit: Hit
    coverage: float
    relative: float
    coord: float  # the share of the query's distinct tokens the passage holds
    covered: tuple[str, ...]
    features: tuple[float, ...] = ()
    probability: float = 0.0

    def _replace_probability(self, p: float) -> "Support":
        return Support(self.hit, self.coverage, self.relative, self.coord, self.covered, self.features, p)


_SPLIT_Q = re.compile(r"(?<=[？?])\s*(?=\S)")


def sub_questions(question: str) -> list[str]:
    """The parts of a question that asks several things ("吉林2025年粮食总产量是多少？2026年的目标是多少？"):
    each part that is a question of its own, the words before its first question carried into the
    later ones when they name no place or subject of their own (a part of four characters or more)."""
    parts = [p.strip() for p in _SPLIT_Q.split(question.strip()) if p.strip()]
    if len(parts) < 2 or any(len(p) < 4 for p in parts):
        return [question]
    head = re.split(r"[0-9]{4}年|今年|去年|到|的", parts[0], maxsplit=1)[0]
    if head == parts[0]:
        head = ""  # nothing the later parts could be short of
    out = [parts[0]] + [p if not head or head in p else head + p for p in parts[1:]]
    return out


def candidates(q: Question, corpus: Corpus, *, k: int = 50) -> list[Support]:
    """The search hits for a parsed question that hold its numbers and quoted phrases, each with
    its features and the probability the answerability model gives that it answers it."""
    scope = corpus_plans_of(corpus, q.places) if q.places else None
    if scope is not None and not scope:
        return []
    hits = corpus.search(q.query, k=max(k, 200) if q.regions else k, plans=scope)
    model = answerability()
    out = []
    for rank, h in enumerate(hits):
        s = support(q, h, corpus, rank=rank)
        if s is not None:
            out.append(s._replace_probability(model.probability(s.features)))
    return out


def as_corpus(plans_or_corpus: Corpus | Plan | Iterable[Plan]) -> Corpus:
    """A Corpus from a Corpus, one Plan or several."""
    if isinstance(plans_or_corpus, Corpus):
        return plans_or_corpus
    if isinstance(plans_or_corpus, Plan):
        return Corpus([plans_or_corpus])
    return Corpus(list(plans_or_corpus))


def region_names(region: str | None) -> tuple[str, ...]:
    """The names a question may use for a region: 兰溪市 → (兰溪市, 兰溪); 景宁畲族自治县 → (景宁畲族自治县, 景宁)."""
    if not region:
        return ()
    full = normalize(region)
    short = _REGION_SUFFIX.sub("", full)
    return (full, short) if len(short) >= 2 and short != full else (full,)


class Places:
    """The region names of a corpus's plans, read once per corpus (a question's cost does not grow
    with the number of plans): every name a question may use, longest first, and the plans of each."""

    def __init__(self, corpus: Corpus):
        by_name: dict[str, list[Plan]] = {}
        for p in corpus.plans:
            for n in region_names(p.region):
                by_name.setdefault(n, []).append(p)
        self.by_name = by_name
        self.names = sorted(by_name, key=len, reverse=True)
        self.regions = sorted({p.region for p in corpus.plans if p.region})
        self._english: dict[str, tuple[str, ...]] | None = None

    @property
    def english(self) -> dict[str, tuple[str, ...]]:
        """The regions' English (pinyin) names (:func:`policyqa.retrieval.glossary.place_names`), read on first use."""
        if self._english is None:
            from .glossary import place_names

            self._english = place_names(self.regions)
        return self._english


def places_of(corpus: Corpus) -> Places:
    """The :class:`Places` of a corpus (built on first use, kept with the corpus)."""
    pl = corpus.__dict__.get("_places")
    if pl is None:
        pl = corpus.__dict__["_places"] = Places(corpus)
    return pl


def corpus_plans_of(corpus: Corpus, places: Iterable[str]) -> list[Plan]:
    """The plans whose region is one of ``places`` (given in any of :func:`region_names`'s forms), in corpus order."""
    idx = places_of(corpus)
    found = {p.id: p for n in set(places) for p in idx.by_name.get(n, ())}
    return sorted(found.values(), key=lambda p: corpus._plan_index[p.id])


# -- reading the question ----------------------------------------------------------------------
def parse(question: str, corpus: Corpus) -> Question:
    """Key terms, numbers, quoted phrases, places and the kind of a question."""
    raw = unicodedata.normalize("NFKC", question).strip()
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in raw)
    letters = sum(c.isascii() and c.isalpha() for c in raw)
    lang = "en" if letters > cjk else "zh"
    asked = _DOCUMENT_WORDS.sub(" ", normalize(raw))
    text = _ASKING.sub(" ", asked)
    unknown: list[str] = []
    if lang == "en":
        text, unknown = _from_english(raw, corpus)
        regions = bool(_REGION_Q_EN.search(normalize(raw)))
        wants_number = bool(_NUMBER_Q.search(normalize(raw)))
        wants_year = bool(_YEAR_Q.search(normalize(raw)))
    else:
        regions = bool(_REGION_Q.search(asked))
        wants_number = bool(_NUMBER_Q.search(asked))
        wants_year = bool(_YEAR_Q.search(asked))
    query = text
    terms: list[Term] = []
    rest = text
    # places the corpus knows (longest first), removed from the key words
    names = places_of(corpus).names
    places = []
    for n in names:
        if n in rest:
            places.append(n)
            rest = rest.replace(n, " ")
    for m in _QUOTED.finditer(rest):
        phrase = re.sub(r"\s+", "", m.group(1))
        if phrase and phrase not in QUESTION_WORDS:
            terms.append(Term((phrase,), 0.0, required=True))
    rest = _QUOTED.sub(" ", rest)
    for m in _FORMULA.finditer(rest):
        terms.append(Term((re.sub(r"\s+", "", m.group()),), 0.0, required=True))
    rest = _FORMULA.sub(" ", rest)
    for m in _NUMBER.finditer(rest):
        terms.append(Term((m.group(),), 0.0, required=True))
    rest = _NUMBER.sub(" ", rest)
    if lang == "en":
        words = [w for w in rest.split("|") if w.strip()]
        rest_words = [tuple(a for a in w.split("/") if a) for w in words]
    else:
        rest_words = [(w, w[:-1]) if re.fullmatch(r"[\u4e00-\u9fff]{2,}[市区县]", w) else (w,) for w in lcut(rest)]
    for alts in rest_words:
        w = alts[0]
        if any(a in QUESTION_WORDS or a in GENERIC_WORDS for a in alts) or not re.search(r"[\u4e00-\u9fff]{2}|[a-z]{2}", w):
            continue
        terms.append(Term(alts, _weight(corpus, alts), parts=_parts(w) if lang == "zh" else (), absent=not any(_present(corpus, a) for a in alts)))
    terms = _dedupe(terms)
    if places:  # the search is scoped to the plans of those places: their names are no evidence in a passage
        for n in places:
            query = query.replace(n, " ")
    qtoks = corpus.tokens(query, query=True)
    best = sum(corpus.max_score(i) for i in corpus.token_ids(qtoks))
    return Question(question, lang, regions, wants_number, wants_year, query, tuple(terms), tuple(places), tuple(unknown), frozenset(qtoks), best)


def _parts(word: str) -> tuple[str, ...]:
    """jieba's shorter words inside ``word`` when together they cover every character of it, else ()."""
    if len(word) < 3:
        return ()
    parts = [(w, a, b) for w, a, b in cutter().tokenize(word, mode="search", HMM=False) if w != word and len(w) >= 2]
    covered = set()
    for _, a, b in parts:
        covered.update(range(a, b))
    return tuple(dict.fromkeys(w for w, _, _ in parts)) if len(covered) == len(word) else ()


def _from_english(question: str, corpus: Corpus) -> tuple[str, list[str]]:
    """The question's content words as Chinese alternatives the corpus holds ("|" between words,
    "/" between alternatives; :mod:`policyqa.retrieval.glossary`), and the English words left unknown."""
    from .glossary import translate

    terms, unknown = translate(question, lambda w: _present(corpus, w), places=places_of(corpus).english)
    return "|".join("/".join(alts) for alts in terms), unknown


def _weight(corpus: Corpus, alternatives: tuple[str, ...]) -> float:
    """A word's rarity: the highest idf among its tokens (an upper bound of the word's own idf)."""
    best = 0.0
    for a in alternatives:
        toks = corpus.tokens(a) or [a]
        w = min(corpus.idf(t) for t in toks) if corpus.tokenizer == "jieba" else max(corpus.idf(t) for t in toks)
        best = max(best, w)
    return best


def _present(corpus: Corpus, word: str) -> bool:
    """Whether some passage of the corpus may hold ``word`` (each of its tokens occurs somewhere)."""
    toks = corpus.tokens(word)
    return bool(toks) and all(corpus.document_frequency(t) > 0 for t in toks)


def _dedupe(terms: list[Term]) -> list[Term]:
    seen, out = set(), []
    for t in terms:
        if t.alternatives not in seen:
            seen.add(t.alternatives)
            out.append(t)
    return out


# -- the support test --------------------------------------------------------------------------
FEATURES = ("coverage", "window_coverage", "top_covered", "all_covered", "relative", "coord", "answer_type", "rank", "short_question",
            "exact_held", "has_exact", "absent_share", "unknown_share", "heading")


def support(q: Question, hit: Hit, corpus: Corpus, *, rank: int = 0) -> Support | None:
    """The Support of one hit for the question (its features), or None when it lacks a number,
    year or quoted phrase the question names.

    What depends on the question alone is read once per question (:class:`_Asked`), what depends
    on the plan alone (its identity) once per corpus (:func:`identity_of`); the passage's headings
    and lead are read only when a key word is not in the passage itself.
    """
    a = _asked_of(q)
    window = _norm(hit.simplified)
    ident = identity_of(corpus, hit.plan)
    exact, soft = a.exact, a.soft
    held = sum(1 for t in exact if any(_contains(window, x) or _year_by_structure(x, window, ident, hit) for x in t.alternatives))
    if exact and not held:
        return None  # none of the question's numbers, years or quoted phrases
    in_window = [t for t in soft if t.found_in(window)]
    if len(in_window) == len(soft):
        covered = in_window
    else:  # found_in(window, extra) holds whenever found_in(window) does
        extra = _norm(_lead(hit)) + "\n" + ident
        covered = [t for t in soft if t.found_in(window, extra)]
    total = a.total
    coverage = sum(t.weight for t in covered) / total if total else 1.0
    window_coverage = sum(t.weight for t in in_window) / total if total else 1.0
    top_covered = float(all(t in covered for t in a.top))
    relative = hit.score / a.best
    coord = len(corpus.tokens_held(q.query_tokens, hit.simplified)) / max(1, len(q.query_tokens))
    figures = set(a.figure.findall(window)) - a.asked
    answer_type = float(not q.wants_number or bool(figures))
    features = (coverage, window_coverage, top_covered, float(len(covered) == len(soft)), min(relative, 1.5), coord, answer_type,
                1.0 / (1.0 + rank), a.short, held / len(exact) if exact else 1.0, float(bool(exact)), a.absent, a.unknown,
                float(hit.passage.kind == "section" or hit.passage.text.strip() == (hit.plan.title or "").strip()))
    return Support(hit, coverage, relative, coord, tuple(t.alternatives[0] for t in covered), features)


_YEAR_FIGURE = re.compile(r"(?:19|20)[0-9]{2}(?=年)")
_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?")


class _Asked:
    """What the support test reads of a question, whatever the passage: its exact and soft terms,
    their weights, what counts as a figure of the answer, and the features that do not depend on the hit."""

    def __init__(self, q: Question):
        self.exact = [t for t in q.terms if t.required]
        self.soft = soft = [t for t in q.terms if not t.required]
        self.total = sum(t.weight for t in soft)
        top = max((t.weight for t in soft), default=0.0)
        self.top = [t for t in soft if t.weight >= top - 1e-6]
        self.best = max(q.best_score, 1e-9)
        self.asked = {a for t in q.terms if t.required for a in t.alternatives}
        self.figure = _YEAR_FIGURE if q.wants_year else _FIGURE
        self.short = 1.0 / (1.0 + len(soft))
        self.absent = sum(t.absent for t in soft) / len(soft) if soft else 0.0
        self.unknown = len(q.unknown) / (len(q.unknown) + len(soft)) if q.unknown else 0.0


def _asked_of(q: Question) -> _Asked:
    """The :class:`_Asked` of a question, read once (kept beside the question's fields)."""
    a = q.__dict__.get("_asked")
    if a is None:
        a = q.__dict__["_asked"] = _Asked(q)
    return a


def identity_of(corpus: Corpus, plan: Plan) -> str:
    """What ``plan`` says of itself (:func:`_identity`) in the form the support test matches in, read once per plan of the corpus."""
    memo = corpus.__dict__.get("_identities")
    if memo is None:
        memo = corpus.__dict__["_identities"] = {}
    ident = memo.get(plan.id)
    if ident is None:
        ident = memo[plan.id] = _norm(_identity(plan))
    return ident


@dataclass(frozen=True)
class Answerability:
    """A logistic model over :data:`FEATURES`: the probability that a passage answers a question;
    a question is answered when its best passage reaches ``threshold``. Fitted on the seed and
    dev questions (``evals/fit_answerability.py``), never on test; shipped as
    ``policyqa/retrieval/answerability.json`` with how it was fitted."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    regions_threshold: float  # for a plan's best passage, in a "which regions" question
    version: str = ""

    def probability(self, x: Sequence[float]) -> float:
        import math

        z = self.bias + sum(w * v for w, v in zip(self.weights, x))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


_MODEL: Answerability | None = None


def answerability() -> Answerability:
    """The shipped answerability model (loaded once)."""
    global _MODEL
    if _MODEL is None:
        import json
        from importlib.resources import files

        d = json.loads(files("policyqa.retrieval").joinpath("answerability.json").read_text(encoding="utf-8"))
        if tuple(d["features"]) != FEATURES:
            raise RuntimeError("policyqa/retrieval/answerability.json was fitted on other features; refit it (evals/fit_answerability.py)")
        _MODEL = Answerability(tuple(d["weights"]), float(d["bias"]), float(d["threshold"]), float(d.get("regions_threshold", d["threshold"])), str(d.get("version", "")))
    return _MODEL


def _contains(text: str, needle: str) -> bool:
    if _NUMBER.fullmatch(needle):
        return re.search(rf"(?<![0-9.]){re.escape(needle)}(?![0-9]|\.[0-9])", text) is not None
    return needle in text


def _year_of_plan(needle: str, window: str, identity: str) -> bool:
    """A year the question names is the plan's own (its title, date or opening name it) and the passage names no other."""
    if not _YEAR.fullmatch(needle) or not _contains(identity, needle):
        return False
    return not any(y != needle for y in _YEAR.findall(window))


def _year_by_structure(needle: str, window: str, identity: str, hit: Hit) -> bool:
    """A year the question names that the passage does not write is still its year when the part
    of the plan it stands in speaks of that year ("今年主要预期目标" in the 2024 report, a review
    of 2023: :mod:`policyqa.structure.sections`), or, where the structure says no year, when it is the
    plan's own year and the passage names no other."""
    if not _YEAR.fullmatch(needle):
        return False
    from ..structure.sections import context_at

    year = context_at(hit.plan, hit.passage.clean_start).year
    if year is not None:
        return year == int(needle)
    return _year_of_plan(needle, window, identity)


_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text).lower())


def _lead(hit: Hit) -> str:
    """The passage's section headings, its paragraph's first sentence (often a headline) and the sentence before it."""
    plan, p = hit.plan, hit.passage
    parts = list(p.section)
    if p.parent is not None and 0 <= p.parent < len(plan.passages):
        par = plan.passages[p.parent]
        simp = _plan_simplified(plan)[par.clean_start - plan.clean_start : par.clean_end - plan.clean_start]
        m = re.match(r"[^。！？；!?;]*", simp)
        parts.append(m.group() if m else "")
    prev = plan.passages[p.index - 1] if 0 < p.index <= len(plan.passages) else None
    if prev is not None and prev.kind == p.kind and prev.parent == p.parent:
        parts.append(_plan_simplified(plan)[prev.clean_start - plan.clean_start : prev.clean_end - plan.clean_start])
    return normalize("\n".join(parts))


def _identity(plan: Plan) -> str:
    """What a plan says of itself: region, title, author; when its region is unknown, its opening lines."""
    head = plan.text.lstrip()[: 80 if plan.region else 300]
    return normalize("\n".join(x for x in (plan.region, plan.title, plan.author, plan.date, head) if x))


def retrieve(question: str, corpus: Corpus, *, k: int = 50) -> list[Hit]:
    """The passages that best answer ``question``, best first: scoped to the plans of a place it
    names, weighed by the answerability model, and de-nested (a sentence inside a chosen item or
    paragraph is not given again, nor its paragraph once the sentence is chosen). An English
    question is searched with its Chinese words."""
    q = parse(question, corpus)
    ranked = [s.hit for s in sorted(candidates(q, corpus, k=k), key=lambda s: (-s.probability, -s.hit.score))]
    scope = corpus_plans_of(corpus, q.places) if q.places else None
    if scope is None or scope:  # then the rest of what the search finds, in its order: the caller's budget decides
        ranked += corpus.search(q.query or question, k=k, plans=scope)
    out: list[Hit] = []
    taken: list[tuple[str, int, int]] = []
    for h in ranked:
        a, b = h.passage.clean_start, h.passage.clean_end
        if any(pid == h.plan.id and (x <= a and b <= y or a <= x and y <= b) for pid, x, y in taken):
            continue
        taken.append((h.plan.id, a, b))
        out.append(h)
    return out
