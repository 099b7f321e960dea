"""Compare: the same indicator across plans, one cited row per plan and figure.

    rows = policyqa.compare(policyqa.load("evals/corpus"), indicator="gdp", kind="target")
    for r in rows:
        print(r.region, r.plan_year, r.indicator, r.original, r.year, r.kind, r.citation.quote)

Every figure an engine returns (:class:`~policyqa.models.Target`) becomes a :class:`CompareRow`:
the plan's region, level, title and date; the canonical indicator its metric names
(:mod:`policyqa.analysis.indicators`) and the metric as written; value, unit, comparator, year and kind
as the engine gave them, the comparator read for what it says of the figure (:func:`comparator_of`:
a result 控制在3.9% has none; 分别增长7%和8%左右 makes 7% about too); and its citation. A figure's
kind is used as given (a result is never made a target here). Its year too, with one documented fill-in: in a government work report
(政府工作报告) a figure whose year the engine left empty is for the report's own year when it is
a target (今年主要预期目标), and for the year before when it is a result (过去一年); such a row
says ``year_inferred: true``; a growth in a review of five years (过去五年, “十四五”时期是…的五年)
is over the five years and keeps no year. A report's own year is its date, else the delivery date
under its title (——2016年2月19日在…), else a year in its title, else the year its parts name
(二、2024年主要任务; 2023年工作回顾 → 2024: :func:`policyqa.structure.sections.report_year`).

A figure whose sentence opens with a part of the region (临港新片区…, 浦东新区…) is that part's,
grouped by its words (:func:`part_of`), never the region's indicator.

A metric that says only how a figure changed (增长（按可比价计算）) takes its indicator from the
cited words before the figure (地区生产总值达到287.9亿元，同比增长8.9%: GDP growth); the row's
``metric`` stays the engine's.

A range (4.5%—5%) keeps both ends in ``low`` and ``high``, read from the figure as written or,
when the engine kept one end only, from the cited words around it.

Rows of one plan that say the same thing twice (a figure repeated in the text) are one row;
two different figures for one indicator, year and kind are two rows, both cited.
"""

from __future__ import annotations

import fnmatch
import os
import re
import unicodedata
from typing import TYPE_CHECKING, Any, Iterable, Literal, Sequence

from pydantic import BaseModel, ConfigDict

from ..errors import InputError
from .indicators import Reading, Table, classify_all, classify_in, classify_joined, fold, is_bare, load_table, region_words, resolve
from ..models import Citation, Target
from ..structure.numbers import normalise, parse_number
from ..structure.sections import is_work_report, years_in
from .. import patterns

if TYPE_CHECKING:
    from ..engines import Engine
    from ..structure.plan import Plan


class CompareRow(BaseModel):
    """One figure of one plan under its canonical indicator (``policyqa compare`` prints these)."""

    model_config = ConfigDict(extra="forbid")

    region: str | None = None
    level: str | None = None  # province | city | county | district | new area
    title: str | None = None
    date: str | None = None  # the plan's own date, ISO, when it gives one
    plan_year: int | None = None  # the year the plan speaks for (its date, or a work report's year)
    plan_id: str
    source: str
    indicator: str  # gdp, gdp.level, rd_intensity … or the metric's own folded words
    indicator_zh: str
    indicator_en: str
    canonical: bool  # False: no row of the indicator table names it; grouped by its words
    measure: Literal["growth", "level", "points", "avg_growth"]
    direction: Literal["up", "down"] | None = None  # of a change: 增长 up, 下降 down
    metric: str  # the engine's metric, in the plan's words
    value: float | None  # on one scale (亿元 → 元), as policyqa.structure.numbers.normalise gives it; None: a target in words (policyqa.analysis.words)
    low: float | None = None  # both ends of a range (4.5%—5%), else None
    high: float | None = None
    unit: str | None = None
    comparator: str | None = None
    year: int | None = None
    year_inferred: bool = False  # True: the engine gave no year; the report's year was used
    kind: Literal["target", "result"]
    original: str  # the figure as written: 5%左右
    citation: Citation
    engine: str = ""
    table_version: str = ""


# -- a plan's own year --------------------------------------------------------------------------
_DELIVERED = patterns.compile(r"((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_TITLE_YEAR = patterns.compile(r"((?:19|20)\d\d)\s*年")


def plan_year(plan: Plan) -> int | None:
    """The year a plan speaks for: its date; else the delivery date under a report's title
    (——2016年2月19日在…); else a year in its title; else, in a work report, the year its parts
    name (二、2024年主要任务; 2023年工作回顾 → 2024: :func:`policyqa.structure.sections.report_year`);
    else None."""
    from ..structure.sections import report_year

    if plan.date and re.match(r"\d{4}", plan.date):
        return int(plan.date[:4])
    head = unicodedata.normalize("NFKC", plan.text[:400])
    m = _DELIVERED.search(head)
    if m:
        return int(m.group(1))
    m = _TITLE_YEAR.search(unicodedata.normalize("NFKC", plan.title or ""))
    if m:
        return int(m.group(1))
    return report_year(plan)


# -- ranges -------------------------------------------------------------------------------------
_RANGE = patterns.compile(r"(\d+(?:\.\d+)?)\s*(%|％)?\s*(?:—|–|-|－|~|～|至|到)+\s*(\d+(?:\.\d+)?)\s*([^\d\s，。；,;、]{0,4})")


def figure_range(t: Target) -> tuple[float, float] | None:
    """Both ends of a range figure (4.5%—5%, 3000—3500亿元) on the target's scale, or None.

    Read from ``original``, else from the cited sentence where the figure sits (an engine may
    keep one end only: 5.5% of 5.5%—6%)."""
    texts = [unicodedata.normalize("NFKC", t.original)]
    quote = unicodedata.normalize("NFKC", t.citation.quote)
    orig = texts[0]
    i = quote.find(orig)
    if i >= 0:
        texts.append(quote[max(0, i - 12) : i + len(orig) + 12])
    for s in texts:
        for m in _RANGE.finditer(s):
            written_unit = m.group(4) or ""
            if m.group(2):
                written_unit = m.group(2) + written_unit
            ends = []
            for g in (1, 3):
                n = parse_number(m.group(g))
                if n is None:
                    break
                v, u = normalise(n, _unit_prefix(written_unit, t.unit))
                if u != t.unit:
                    break
                ends.append(v)
            if len(ends) == 2 and any(abs(e - t.value) <= 1e-9 * max(1.0, abs(t.value)) for e in ends) and ends[0] != ends[1]:
                return (min(ends), max(ends))
    return None


def _unit_prefix(written: str, unit: str | None) -> str | None:
    """The unit as written after a range (亿元 of 3000—3500亿元), cut to what normalises to ``unit``."""
    w = written.replace("％", "%")
    for n in range(len(w), 0, -1):
        if normalise(1.0, w[:n])[1] == unit:
            return w[:n]
    return unit


# -- rows ---------------------------------------------------------------------------------------
def _readings(t: Target, plan: Plan, table: Table) -> list[Reading]:
    """What a figure's metric names (several things named together: several), else its cited words."""
    rs = classify_all(t.metric, t.unit, region=plan.region, table=table)
    if not any(r.canonical for r in rs) and is_bare(t.metric):  # 增长（按可比价计算）: of what, the cited words say
        rs = classify_in(t.citation.quote, t.original, t.unit, region=plan.region, table=table) or rs
    elif not any(r.canonical for r in rs) and len(fold(t.metric)) <= 6:  # 粮食播种面积1530万亩、总产量125亿斤: 总产量 of 粮食
        q = unicodedata.normalize("NFKC", t.citation.quote)
        i = q.find(unicodedata.normalize("NFKC", t.original))
        clause = re.split(r"[，,；;：:。]", q[:i])[-1] if i >= 0 else ""
        subject = re.split(r"[0-9]", clause)[0]
        joined = classify_joined(subject, t.metric, t.unit, region=plan.region, table=table) if subject != clause else None
        rs = [joined] if joined is not None else rs
    return rs


_HELD = ("控制在", "保持在", "稳定在")  # before a result's figure they report its value
_SHARED_BOUND = patterns.compile(r"(?:和|、|及|与)\s*\d+(?:\.\d+)?\s*(?:%|个百分点)?\s*(左右|以上|以内|以下)")


def comparator_of(t: Target) -> str | None:
    """A figure's comparator as a compare row reads it: the engine's (the word written beside the
    figure), except that a result held at a value has none (过去一年，城镇登记失业率控制在3.9%: the
    rate was 3.9%, not a ceiling), and a figure with none just before a sibling that has one
    shares it (城乡常住居民人均可支配收入分别增长7%和8%左右: 7% is 左右 too)."""
    c = t.comparator
    if t.kind == "result" and c in _HELD:
        return None
    if c is None:
        q = unicodedata.normalize("NFKC", t.citation.quote)
        o = unicodedata.normalize("NFKC", t.original)
        i = q.find(o)
        m = _SHARED_BOUND.match(q, i + len(o)) if i >= 0 else None
        if m:
            return m.group(1)
    return c


_ANNUAL = patterns.compile(r"去年|上年|同比|全年|一年来|过去一年")  # words that make a figure one year's, even in a review of five


def _of_five_years(plan: Plan, t: Target, inferred: bool) -> bool:
    """True when a result stands in a review of five years (过去五年, “十四五”时期是…的五年), where a
    change with no year of its own is not last year's (地区生产总值达到1.5万亿元、增长19.8%: the
    level is the last year's, the growth is over the five years). A figure dated only by the
    review (its last year, :attr:`~policyqa.structure.sections.Context.last`) has no year of its own
    either (``inferred``: the year was not the figure's at all)."""
    from ..structure.sections import context_at

    if t.kind != "result" or t.citation.plan_id != plan.id:
        return False
    ctx = context_at(plan, plan.document.clean_span(t.citation.start, t.citation.end)[0])
    quote = unicodedata.normalize("NFKC", t.citation.quote)
    if not inferred and (not ctx.several or t.year != ctx.last or years_in(quote)):
        return False
    return ctx.kind == "result" and ctx.year is None and not _ANNUAL.search(quote)


# A sentence whose subject is a part of the region (临港新片区…, 浦东新区…): its figures are that part's.
_PART = patterns.compile(r"\s*([\u4e00-\u9fff]{2,8}?(?:新片区|新区|开发区|高新区|经开区|自贸试验区|自贸区|综合保税区|示范区))(?!建设|发展|的)")
_WHOLE = patterns.compile(r"全市|全省|全区|全县|全州|全国|全年")


def part_of(plan: Plan, t: Target) -> str | None:
    """The part of the plan's region a figure is of, when its cited sentence opens with one (临港新片区
    新一轮市级支持政策出台，…，全社会固定资产投资总额分别增长22.5%和10.3%: Lingang's, not Shanghai's)
    and the figure's own clause does not speak of the whole (全市…); else None."""
    q = unicodedata.normalize("NFKC", t.citation.quote)
    m = _PART.match(q)
    if m is None or any(w and w in m.group(1) for w in region_words(plan.region)):
        return None
    i = q.find(unicodedata.normalize("NFKC", t.original))
    clause = re.split(r"[，,；;。]", q[:i])[-1] if i >= 0 else ""
    return None if _WHOLE.search(clause) else m.group(1)


def rows_of(plan: Plan, targets: Iterable[Target], *, table: Table | None = None, engine: str = "") -> list[CompareRow]:
    """The compare rows of one plan's figures (every indicator, both kinds), duplicates merged.

    Figures that share a metric and a citation and name several things together are read in
    order (城乡居民人均可支配收入分别增长8.7%和8.6%: urban 8.7%, rural 8.6%); one figure for all of
    them (分别增长7.5%, 均增长8%) is a row for each."""
    table = table or load_table()
    year0 = plan_year(plan)
    report = is_work_report(plan)
    targets = list(targets)
    group = [(t.metric, t.citation.start, t.citation.end) for t in targets]
    sizes: dict[tuple[Any, ...], int] = {}
    for g in group:
        sizes[g] = sizes.get(g, 0) + 1
    place: dict[tuple[Any, ...], int] = {}
    out: list[CompareRow] = []
    seen: set[tuple[Any, ...]] = set()
    for t, g in zip(targets, group):
        n, i = sizes[g], place.get(g, 0)
        place[g] = i + 1
        rs = _readings(t, plan, table)
        part = part_of(plan, t)
        if part is not None:  # the part's own figure: grouped by its words, never the region's indicator
            rs = [Reading(f"{fold(part)}·{r.indicator}", f"{fold(part)}·{r.base}", r.measure, r.direction, False, f"{part}{r.zh}", f"{r.en} ({part})", r.better) for r in rs]
        chosen = rs if len(rs) > 1 and n == 1 else [rs[i]] if len(rs) == n else [rs[0]]
        year0_, inferred0 = t.year, False
        if year0_ is None and report and year0 is not None:
            year0_, inferred0 = (year0 if t.kind == "target" else year0 - 1), True
        five = _of_five_years(plan, t, inferred0)
        rng = figure_range(t)
        for r in chosen:
            year, inferred = (None, False) if five and r.measure in ("growth", "points") else (year0_, inferred0)
            comparator = comparator_of(t)
            key = (r.indicator, t.kind, year, t.value, rng, t.unit, fold(comparator))
            if key in seen:
                continue
            seen.add(key)
            out.append(CompareRow(
                region=plan.region, level=plan.level, title=plan.title, date=plan.date, plan_year=year0, plan_id=plan.id, source=plan.source,
                indicator=r.indicator, indicator_zh=r.zh, indicator_en=r.en, canonical=r.canonical, measure=r.measure,  # type: ignore[arg-type]
                direction=r.direction, metric=t.metric, value=t.value, low=rng[0] if rng else None, high=rng[1] if rng else None,  # type: ignore[arg-type]
                unit=t.unit, comparator=comparator, year=year, year_inferred=inferred, kind=t.kind, original=t.original,
                citation=t.citation, engine=engine, table_version=table.version))
    return out


def as_plans(plans: Any) -> list[Plan]:
    """Plans as given, or the plans of a path or of several paths."""
    from ..structure.plan import Plan, load

    if isinstance(plans, (str, os.PathLike)):
        return load(plans)
    plans = list(plans)
    if plans and not all(isinstance(p, Plan) for p in plans):
        return load(plans)
    return plans


def all_rows(plans: Sequence[Plan], engine: Engine | None = None, table: Table | None = None) -> list[CompareRow]:
    """Every figure of every plan as a compare row, plan by plan in the order given."""
    from ..engines import get_engine

    engine = engine or get_engine()
    name = str(getattr(engine, "name", ""))
    table = table or load_table()
    return [row for p in plans for row in rows_of(p, engine.targets(p), table=table, engine=name)]


def indicator_filter(name: str, rows: Sequence[CompareRow], table: Table | None = None) -> list[CompareRow]:
    """The rows of indicator ``name``: a table id, name or alias (``gdp``, ``GDP``, ``地区生产总值``,
    ``gdp.level``), a glob over indicator keys (``gdp*``), or a metric's own words
    (``金融市场交易总额``). An unknown name that matches no row is an :class:`InputError`."""
    key = resolve(name, table)
    if key is not None:
        return [r for r in rows if r.indicator == key]
    if any(c in name for c in "*?["):
        return [r for r in rows if fnmatch.fnmatchcase(r.indicator, name) or fnmatch.fnmatchcase(r.indicator, fold(name))]
    f = fold(name)
    hits = [r for r in rows if r.indicator == f or (not r.canonical and r.indicator.split(".")[0] == f)]
    if not hits and not rows:
        return []
    if not hits:
        known = ", ".join((table or load_table()).ids)
        raise InputError(None, f"unknown indicator {name!r}: no row of the indicator table names it ({known}) and no figure's metric is called so")
    return hits


def _order(rows: list[CompareRow], table: Table) -> list[CompareRow]:
    ids = {id_: i for i, id_ in enumerate(table.ids)}

    def key(ir: tuple[int, CompareRow]) -> tuple[Any, ...]:
        i, r = ir
        base = r.indicator.split(".")[0] if r.canonical else r.indicator
        return (0 if r.canonical else 1, ids.get(base, 0), r.indicator if not r.canonical else "", r.indicator, i)

    return [r for _, r in sorted(enumerate(rows), key=key)]


def compare(plans: Any, indicator: str | None = None, year: int | None = None, kind: str | None = None, engine: Engine | None = None) -> list[CompareRow]:
    """One row per plan and figure under its canonical indicator, cited.

    ``plans``: plans, or paths to load. ``indicator``: only that indicator (an id such as
    ``gdp``, its Chinese or English name, an alias, ``gdp.level``, a glob ``gdp*``, or an
    unlisted metric's words). ``year``: only figures for that year. ``kind``: ``target`` or
    ``result``. ``engine``: the engine whose targets are read (the default engine when None).
    Rows come grouped by indicator (in the table's order, then unlisted ones), then in the order
    of the plans given, then in text order.
    """
    if kind not in (None, "target", "result"):
        raise InputError(None, f"kind is target or result, got {kind!r}")
    table = load_table()
    rows = all_rows(as_plans(plans), engine, table)
    if indicator:
        rows = indicator_filter(indicator, rows, table)
    if year is not None:
        rows = [r for r in rows if r.year == year]
    if kind is not None:
        rows = [r for r in rows if r.kind == kind]
    return _order(rows, table)


def rows_to_dataframe(rows: Sequence[BaseModel]) -> Any:
    """A pandas DataFrame of compare or track rows, one column per field (a citation's fields as
    ``citation.start`` …). Needs pandas (``pip install pandas``)."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("rows_to_dataframe needs pandas, which is not installed: pip install pandas") from None
    from .tables import columns, flat_record

    if not rows:
        return pd.DataFrame()
    return pd.DataFrame([flat_record(r) for r in rows], columns=columns(type(rows[0])))
