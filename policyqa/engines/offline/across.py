"""Questions across plans that no single passage answers: they are answered from the figures of
every plan (:mod:`policyqa.analysis.comparison`, :mod:`policyqa.analysis.tracking`) and from what
each plan says of itself, every figure quoted where its plan gives it.

- was a target met ("2016年的固定资产投资增长目标后来实现了吗？", "Did Hailar reach its 2018 GDP growth
  target?"): the target of that year and the result a later plan gives for it, both quoted, and
  the verdict of :func:`policyqa.analysis.tracking.verdict`;
- in which years ("哪几年的地区生产总值增长目标是7.5%？"): the plans whose figure for the indicator is
  the one asked, by year; whose author is the person named ("杜联合作了哪几年的报告？"), by year;
- which year is highest or lowest ("这几份报告披露的城镇登记失业率中，哪一年最低？");
- the figure of each year named ("2013年和2014年的报告给地区生产总值总量定的目标各是多少？").

The indicator a question means is the one whose words it holds most (its Chinese name, or the
metric's own words), found among the figures the plans give; a question that names none, or whose
plans hold no such figure, is left to the passage search (:func:`answer_across` returns None).
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any, Sequence

from ...models import Answer, Citation
from ... import patterns

if TYPE_CHECKING:
    from ...analysis.comparison import CompareRow
    from ...retrieval.corpus import Corpus
    from ...retrieval.questions import Question

ENGINE = "offline"

_MET = patterns.compile(r"(?:实现|完成|达到|达成|达标)(?:了)?(?:吗|没有|没|与否)|是否(?:实现|完成|达到|达成|达标)|"
                  r"\b(?:did|was|were|has|have|had)\b.*\b(?:reach|reached|meet|met|achieve|achieved|hit|attain|attained|fulfil|fulfill|fulfilled)\b")
_WHICH_YEARS = patterns.compile(r"哪几年|哪些年|哪几个年份|哪些年份|which years|in what years")
_EXTREME = patterns.compile(r"(?:哪一?年|哪份|哪个年份).{0,6}最(低|高|少|多|大|小|快|慢)|最(低|高|少|多|大|小|快|慢)的是哪一?年|"
                      r"which year.{0,40}\b(lowest|highest|smallest|largest|fastest|slowest)\b|\b(lowest|highest|smallest|largest|fastest|slowest)\b.{0,40}\bin which year")
_EACH = patterns.compile(r"各是|各为|分别是|分别为|各多少|分别多少|respectively|each year")
_TARGET_WORD = patterns.compile(r"目标|预期|计划|target|goal|aim")
_RESULT_WORD = patterns.compile(r"披露|完成|实际|实现|达到|was|were|reached|actual")
_GROWTH_WORD = patterns.compile(r"增长|增速|增幅|growth|grow")
_LEVEL_WORD = patterns.compile(r"总量|规模|总额|total|size|level")
_LOW = set("低少小慢") | {"lowest", "smallest", "slowest"}
_YEAR = patterns.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")
_FIGURE = patterns.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:%|％|亿元|万元|元|万人|人|个|家|亿|万)")
_GENERIC = frozenset("增长 增速 目标 预期 主要 全年 实现 完成 达到 地区 全区 全市 全省 总量 规模 报告 政府 年度".split())


def answer_across(question: str, q: Question, corpus: Corpus) -> Answer | None:
    """The answer to a question about several plans' figures, or None when it is not one (or the
    plans hold nothing for it; the passage search then has its turn)."""
    if len(corpus.plans) < 2:
        return None
    text = unicodedata.normalize("NFKC", question).lower()
    if _WHICH_YEARS.search(text):
        by_author = _author_years(question, corpus)
        if by_author is not None:
            return by_author
    asks_met = bool(_MET.search(text))
    extreme = _EXTREME.search(text)
    which_years = bool(_WHICH_YEARS.search(text))
    years = sorted({int(y) for y in _YEAR.findall(text)})
    each = bool(_EACH.search(text)) and len(years) >= 2
    if not (asks_met or extreme or which_years or each):
        return None
    rows = _rows(corpus)
    if not rows:
        return None
    about = _about(q, question)
    rows = _relevant(rows, about, text)
    if not rows:
        return None
    if asks_met and len(years) == 1:
        return _met(question, rows, years[0], corpus)
    if extreme:
        word = next(g for g in extreme.groups() if g)
        kind = "target" if _TARGET_WORD.search(text) and not _RESULT_WORD.search(text) else "result"
        return _extreme(question, [r for r in rows if r.kind == kind], low=word in _LOW)
    if which_years:
        kind = "target" if _TARGET_WORD.search(text) else None
        wanted = [re.sub(r"\s+", "", f.group()) for f in _FIGURE.finditer(text)]
        chosen = [r for r in rows if (kind is None or r.kind == kind) and (not wanted or any(w in re.sub(r"\s+", "", r.original) for w in wanted))]
        return _by_year(question, chosen, key=lambda r: r.year if r.kind == "target" else r.plan_year)
    if each:
        kind = "target" if _TARGET_WORD.search(text) else None
        chosen = [r for r in rows if (kind is None or r.kind == kind) and (r.plan_year in years or r.year in years)]
        return _by_year(question, chosen, key=lambda r: r.plan_year if r.plan_year in years else r.year)
    return None


# -- the figures of the corpus's plans ----------------------------------------------------------
def _rows(corpus: Corpus) -> list[CompareRow]:
    """Every figure of every plan of the corpus (:func:`policyqa.analysis.comparison.all_rows`), read once per corpus."""
    memo = corpus.__dict__.get("_compare_rows")
    if memo is None:
        from . import OfflineEngine
        from ...analysis.comparison import all_rows

        memo = corpus.__dict__["_compare_rows"] = all_rows(corpus.plans, OfflineEngine())
    return memo


def _about(q: Question, question: str) -> str:
    """The Chinese words the question is about (for an English one, its words' Chinese alternatives)."""
    from ...retrieval.corpus import normalize

    return normalize(q.query if q.lang == "en" else question)


def _words(text: str) -> list[str]:
    """The shortest words of ``text`` (jieba's search mode: 城镇居民 → 城镇, 居民), without generic ones."""
    from ...retrieval.words import search_tokens

    toks = {(w, a, b) for w, a, b in search_tokens(text) if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w)}
    toks = {t for t in toks if not any(u != t and t[1] <= u[1] and u[2] <= t[2] for u in toks)}  # the shortest
    # not a word that straddles two others (农村|居民: not 村居)
    toks = {t for t in toks if sum(1 for u in toks if u != t and u[1] < t[2] and t[1] < u[2]) < 2}
    return sorted({w for w, _, _ in toks} - _GENERIC)


def _relevant(rows: Sequence[CompareRow], about: str, text: str) -> list[CompareRow]:
    """The rows of the indicator(s) the question names: those whose indicator's words (its Chinese
    name, or the metric's own words) the question holds most, at least half of them; of the
    measure it asks for (增长 → growth, 总量 → level) when it says."""
    scored: list[tuple[float, CompareRow]] = []
    cache: dict[str, float] = {}
    for r in rows:
        name = r.indicator_zh if r.canonical else r.metric
        if name not in cache:
            ws = _words(name)
            cache[name] = sum(w in about for w in ws) / len(ws) if ws else 0.0
        scored.append((cache[name], r))
    best = max((s for s, _ in scored), default=0.0)
    if best < 0.5:
        return []
    out = [r for s, r in scored if s >= best - 1e-9]
    growth, level = bool(_GROWTH_WORD.search(text)), bool(_LEVEL_WORD.search(text))
    if growth != level:
        measured = [r for r in out if (r.measure in ("growth", "avg_growth", "points")) == growth]
        out = measured or out
    return out


# -- the answers --------------------------------------------------------------------------------
def _bare(quote: str) -> str:
    """A quote without the punctuation it ends with (the answer adds its own)."""
    return quote.rstrip("，,；;。：: ")


def _answer(question: str, lines: list[str], cits: list[Citation]) -> Answer | None:
    if not lines:
        return None
    uniq = list({(c.plan_id, c.start, c.end): c for c in cits}.values())
    return Answer(question=question, answer="\n".join(dict.fromkeys(lines)), abstained=False, citations=uniq, engine=ENGINE)


def _met(question: str, rows: Sequence[CompareRow], year: int, corpus: Corpus) -> Answer | None:
    """The targets for ``year`` among ``rows`` and the later results for it, with the verdict."""
    from ...analysis.tracking import pair_rows

    plans = [p for p in corpus.plans if any(r.plan_id == p.id for r in rows)]
    paired = [t for t in pair_rows(list(rows), plans=plans) if t.year == year]
    if not any(t.result_citation is not None for t in paired):
        return None
    said = {"met": "已实现", "not_met": "未实现", "unclear": "无法判断"}
    lines, cits = [], []
    for t in paired:
        if t.result_citation is None:  # a later report gives no figure for it
            lines.append(f"{year}年目标：{_bare(t.target_citation.quote)}；后来的报告未给出对应数字")
            cits.append(t.target_citation)
            continue
        lines.append(f"{year}年目标：{_bare(t.target_citation.quote)}；结果：{_bare(t.result_citation.quote)}（{said[t.verdict]}）")
        cits += [t.target_citation, t.result_citation]
    return _answer(question, lines, cits)


def _extreme(question: str, rows: Sequence[CompareRow], *, low: bool) -> Answer | None:
    """The year whose figure is lowest (or highest), one figure per year and unit."""
    years: dict[int, CompareRow] = {}
    for r in rows:
        if r.value is None or r.year is None:
            continue
        years.setdefault(r.year, r)
    units = {r.unit for r in years.values()}
    if len(years) < 2 or len(units) != 1:
        return None
    pick = (min if low else max)(years.values(), key=lambda r: r.value or 0.0)
    return _answer(question, [f"{pick.year}年：{_bare(pick.citation.quote)}"], [pick.citation])


def _by_year(question: str, rows: Sequence[CompareRow], key: Any) -> Answer | None:
    """One line per year (and figure), in year order, each quoting its figure."""
    lines, cits = [], []
    for r in sorted((r for r in rows if key(r) is not None), key=lambda r: (key(r), r.plan_year or 0)):
        lines.append(f"{key(r)}年：{_bare(r.citation.quote)}")
        cits.append(r.citation)
    return _answer(question, lines, cits)


def _author_years(question: str, corpus: Corpus) -> Answer | None:
    """The years of the plans whose author the question names, each author's name quoted where its plan gives it."""
    from .answers import _named
    from ...analysis.comparison import plan_year
    from ...reading.scripts import to_simplified

    simple = to_simplified(re.sub(r"\s+", "", question))
    named = [p for p in corpus.plans if p.author and len(re.sub(r"\s+", "", p.author)) >= 2 and to_simplified(re.sub(r"\s+", "", p.author)) in simple]
    lines, cits = [], []
    for p in sorted(named, key=lambda p: plan_year(p) or 0):
        c = _named(p, p.author)
        y = plan_year(p)
        if c and y is not None:
            lines.append(f"{y}年：{p.title or ''}（{c[0].quote}）")
            cits += c
    return _answer(question, lines, cits)
