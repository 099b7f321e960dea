"""Targets stated in words: what a work report's main expected targets set without a figure.

    居民人均可支配收入增长与经济增长保持同步，…，单位生产总值能耗、单位生产总值二氧化碳排放量进一步下降
      → income: 与经济增长保持同步; energy_intensity: 进一步下降 (targets of the report's year)

A work report lists its main expected targets for the year (今年…主要预期目标是：…). Most are
figures (the engines read those); some are words, and an analyst tracking the report wants them
too. :func:`word_targets` reads, in the part of a work report that sets this year's targets
(:mod:`policyqa.structure.sections`), the list that follows 预期目标 up to its full stop; each clause
that names an indicator of the table at its start and holds no figure is a target in words. A
list of several things (城镇新增就业人数、城镇登记失业率…等约束性指标) or a clause with a number
is not one. They are rows like :class:`~policyqa.analysis.comparison.CompareRow` with no
``value``; :func:`policyqa.track` pairs them with later results and calls each pair ``unclear``
(words cannot be measured against a figure), with both citations. :func:`policyqa.compare`
lists figures only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Iterator

from .indicators import Table, classify, classify_all, fold, load_table
from .. import patterns

if TYPE_CHECKING:
    from .comparison import CompareRow
    from ..structure.plan import Plan

_LIST_START = patterns.compile(r"预期目标|預期目標")
_CLAUSE = patterns.compile(r"[^，,；;：:。]+")
_FIGURE = patterns.compile(r"[0-9０-９]|百分之")
_SEVERAL = patterns.compile(r"等|各项|各類|各类")
_MORE = patterns.compile(r"同时[，,]|此外[，,]")  # a sentence after the list that adds to it
_PERIOD = patterns.compile(r"五年|十[一二三四五六七八九]五|期间|时期|時期")  # a plan period's goals, not this year's


def _in_part(plan: Plan, pattern: re.Pattern, kind: str, offset: int) -> Iterator[tuple[re.Match, Any, int]]:
    """``(match, context, plan year)`` for each match of ``pattern`` in a work report's simplified text
    that stands in a part of ``kind`` about the plan's year plus ``offset`` (or a part of no year);
    nothing for a plan that is not a work report or whose year is unknown."""
    from ..structure.sections import context_at, is_work_report
    from .comparison import plan_year

    year = plan_year(plan)
    if year is None or not is_work_report(plan):
        return
    for m in pattern.finditer(plan.simplified):
        ctx = context_at(plan, plan.clean_start + m.start())
        if ctx.kind == kind and (ctx.year is None or ctx.year == year + offset):
            yield m, ctx, year


def word_targets(plan: Plan, table: Table | None = None, *, engine: str = "") -> list[CompareRow]:
    """The targets for its own year that a work report states in words, one row per indicator,
    each cited (its clause); empty for a plan that is not a work report or whose year is unknown."""
    from ..citations import cite, verify

    table = table or load_table()
    text, base = plan.simplified, plan.clean_start
    out: list[CompareRow] = []
    seen: set[str] = set()
    for m, ctx, year in _in_part(plan, _LIST_START, "target", 0):
        end = len(text)
        for stop in ("。", "\n"):
            j = text.find(stop, m.end())
            if j >= 0:
                end = min(end, j)
        if _MORE.match(text, end + 1):  # 同时，…城乡居民收入实际增长和经济增长保持同步: the list goes on
            k = min((j for j in (text.find("。", end + 1), text.find("\n", end + 1)) if j >= 0), default=len(text))
            end = k
        opening = re.split(r"[。！？\n]", text[max(0, m.start() - 40) : m.start()])[-1]  # the sentence's words before 预期目标
        if _PERIOD.search(opening):
            continue
        for c in _CLAUSE.finditer(text, m.end(), end):
            words = c.group().strip()
            if not words or _FIGURE.search(words) or _SEVERAL.search(words):
                continue
            named = classify_all(words, "%", region=plan.region, table=table) if "、" in words else [classify(words, "%", region=plan.region, table=table)]
            readings = [r for r in named if r.canonical]  # A、B进一步下降: both; A增长与经济增长同步: A only
            if not readings or not _names_first(words, plan.region, table):
                continue
            lead = len(c.group()) - len(c.group().lstrip())
            citation = cite(plan, base + c.start() + lead, base + c.start() + lead + len(words))
            if not verify(citation, plan):
                continue
            original = plan.text[c.start() + lead : c.start() + lead + len(words)]
            out += _rows(plan, readings, seen, original, citation, kind="target", year=year, plan_year=year,
                         inferred=ctx.year is None, table=table, engine=engine)
    return out


# A review saying in words that a target was missed: 进出口总额出现下降，预期增长目标未能实现.
_MISSED = patterns.compile(r"(?:预期|年初|全年)?(?:增长)?(?:目标|计划)(?:任务)?(?:未能|没能|没有|未)(?:实现|完成|达到|达成)|未(?:能)?(?:完成|实现|达到)(?:预期|年初|全年)?(?:增长)?(?:目标|计划)")
_SENTENCE = patterns.compile(r"[^。！？!?\n]+")


def word_results(plan: Plan, table: Table | None = None, *, engine: str = "") -> list[CompareRow]:
    """Results a work report's review of last year states in words as a target missed
    (进出口总额出现下降，预期增长目标未能实现 → foreign_trade: not reached), one row per indicator
    the sentence names before those words, value None, cited; :func:`policyqa.track` calls the pair
    ``not_met``. Empty for a plan that is not a work report or whose year is unknown."""
    from ..citations import cite, verify

    table = table or load_table()
    text, base = plan.simplified, plan.clean_start
    out: list[CompareRow] = []
    seen: set[str] = set()
    for m, ctx, year in _in_part(plan, _MISSED, "result", -1):
        sent = None
        for sm in _SENTENCE.finditer(text, max(0, m.start() - 200), m.end()):
            if sm.start() <= m.start() < sm.end():
                sent = sm
        if sent is None:
            continue
        clauses = [c for c in re.split(r"[，,；;]", text[sent.start() : m.start()]) if c.strip()]
        readings = [r for c in clauses[-2:] for r in classify_all(c, "%", region=plan.region, table=table) if r.canonical and r.measure == "growth"]
        if not readings:
            continue
        lead = len(text[sent.start():]) - len(text[sent.start():].lstrip())
        a, b = sent.start() + lead, m.end()
        citation = cite(plan, base + a, base + b)
        if not verify(citation, plan):
            continue
        out += _rows(plan, readings, seen, plan.text[a:b], citation, kind="result", year=year - 1, plan_year=year,
                     inferred=ctx.year is None, table=table, engine=engine, directed=False)
    return out


def _rows(plan: Plan, readings: list, seen: set[str], original: str, citation: Any, *, kind: str, year: int, plan_year: int,
          inferred: bool, table: Table, engine: str, directed: bool = True) -> list[CompareRow]:
    """One row in words (no value) per indicator not yet seen; ``directed``: keep the reading's
    direction (a target's 进一步下降), else none (a result's words 出现下降 are not its figure)."""
    from .comparison import CompareRow

    out: list[CompareRow] = []
    for r in readings:
        if r.indicator in seen:
            continue
        seen.add(r.indicator)
        out.append(CompareRow(
            region=plan.region, level=plan.level, title=plan.title, date=plan.date, plan_year=plan_year, plan_id=plan.id, source=plan.source,
            indicator=r.indicator, indicator_zh=r.zh, indicator_en=r.en, canonical=True, measure=r.measure,  # type: ignore[arg-type]
            direction=r.direction if directed else None, metric=original, value=None, unit=None, comparator=None,  # type: ignore[arg-type]
            year=year, year_inferred=inferred, kind=kind, original=original, citation=citation, engine=engine,  # type: ignore[arg-type]
            table_version=table.version))
    return out


def missed(words: str) -> bool:
    """True when a result in words says its target was not reached."""
    return bool(_MISSED.search(fold(words)))


def _names_first(words: str, region: str | None, table: Table) -> bool:
    """True when the clause opens with a name of an indicator (after region words and verbs) and
    says something after it: 居民人均可支配收入增长与经济增长保持同步, not 推动居民人均可支配收入… nor
    a bare 居民人均可支配收入."""
    from .indicators import find_name

    at = find_name(words, region, table)
    return at is not None and at[0] == 0 and len(fold(words)) - at[1] >= 2
