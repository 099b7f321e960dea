"""Track: a region's targets against the results its later reports give.

    rows = policyqa.track(policyqa.load(["hailaer_2016.txt", "hailaer_2017.txt"]))
    for r in rows:
        print(r.region, r.indicator, r.year, r.target_original, r.result_original, r.verdict, r.reason)

Plans are grouped into series by region (``region=`` treats every plan given as one region's).
Each target of year N (a :class:`~policyqa.analysis.comparison.CompareRow` of kind ``target``) is paired
with the results for year N, of the same indicator and measure, that a later plan of the series
gives (one whose own year is after N: the 2017 report's 2016 figures for the 2016 report's 2016
targets); the earliest such plan is used. A target is not tracked when no later plan exists yet,
nor when it is for a year before its own plan's (a past figure). By default only the indicators
of the table are tracked (``unlisted=True`` pairs metrics grouped by their own words too). Rows
come by series, then indicator (in the table's order), then year.

The verdict (``met``, ``exceeded``, ``not_met``, ``unclear``), on the values with their sign
(下降3% is −3):

- a range (4.5%—5%): met within it; ``exceeded`` beyond it on the indicator's better side (5.2%
  against a 4.5%—5% growth target; a CPI of 2% against 2.5%—3%); not met on the other side.
- 以上 / 超过 / 不低于 … (at least): met when the result is at least the target. 下降3%以上 is a
  decline of at least 3%.
- 以内 / 不超过 / 控制在 … (at most): met when the result is at most the target.
- 左右 / 约 (about): met within the tolerance of the target: for a figure in % or 百分点,
  ``tolerance`` percentage points (:data:`ABOUT_TOLERANCE`, 0.5: 6%左右 is met by 5.5% to 6.5%,
  the rule the eval labels follow); for other units, :data:`ABOUT_SHARE` of the target (5%:
  300亿元左右 is met by 285亿元 to 315亿元); ``exceeded`` beyond that band on the better side
  (6.1% against 5.5%左右 growth, 2% against a CPI of 3.5%左右: better than the plan's figure, but
  not the figure it set); not met on the other side. The eval labels (``evals/LABELING.md``) know
  only met (within the band), not met and unclear: there an ``exceeded`` is scored as not met.
- no comparator (增长7.5%, 达到309亿元): a bound on the indicator's better side: GDP growth of
  7.5% is met by 7.5% or more; a CPI of 3% by 3% or less. The better side is the indicator
  table's ``better``; for a metric not in the table, lower when it says 下降 / 降低 …, else higher.
- a later review that says in words that the target was missed (进出口总额出现下降，预期增长目标
  未能实现: :func:`policyqa.analysis.words.word_results`): not met, citing those words.
- unclear: no later figure for that indicator and year (the report says 稳中有升 and no number);
  figures in different units; several different results for the year that disagree; or a target
  stated in words (居民人均可支配收入增长与经济增长保持同步, 单位生产总值能耗进一步下降:
  :mod:`policyqa.analysis.words`), which is listed with the later result and both citations, since
  words cannot be measured against a figure (a report that gives a figure for it too is tracked
  by the figure).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Sequence

from pydantic import BaseModel, ConfigDict

from .comparison import CompareRow, all_rows, as_plans, indicator_filter
from .indicators import Table, fold, load_table, region_words
from .words import missed
from ..models import Citation
from ..structure.numbers import format_number

if TYPE_CHECKING:
    from ..engines import Engine
    from ..structure.plan import Plan

ABOUT_TOLERANCE = 0.5  # 左右 / 约 of a figure in % or 百分点: within 0.5 percentage points (6%左右 → 5.5%–6.5%)
ABOUT_SHARE = 0.05  # 左右 / 约 of a figure in another unit: within 5% of the target (300亿元左右 → 285–315亿元)
POINT_UNITS = ("%", "‰", "个百分点")

AT_LEAST = ("以上", "及以上", "不低于", "不少于", "至少", "超", "超过", "突破", "高于", "逾", "多", "余")
AT_MOST = ("以内", "之内", "以下", "不超过", "不高于", "低于", "控制在", "内", "最多", "最高")
ABOUT = ("左右", "上下", "约", "近", "大约")


class TrackRow(BaseModel):
    """A target paired with the later result for its year, and whether it was met."""

    model_config = ConfigDict(extra="forbid")

    region: str | None = None
    indicator: str
    indicator_zh: str
    indicator_en: str
    measure: str
    direction: Literal["up", "down"] | None = None  # of a change the target sets: 增长 up, 下降 down
    year: int  # the year the target is for, and the result reports
    target_plan_id: str
    target_source: str
    target_title: str | None = None
    target_plan_year: int | None = None
    target_metric: str
    target_value: float | None = None  # None: a target stated in words (与经济增长同步); its verdict is unclear
    target_low: float | None = None
    target_high: float | None = None
    target_unit: str | None = None
    target_comparator: str | None = None
    target_original: str
    target_citation: Citation
    result_plan_id: str | None = None
    result_source: str | None = None
    result_title: str | None = None
    result_plan_year: int | None = None
    result_metric: str | None = None
    result_value: float | None = None
    result_unit: str | None = None
    result_comparator: str | None = None
    result_original: str | None = None
    result_citation: Citation | None = None
    verdict: Literal["met", "exceeded", "not_met", "unclear"]
    reason: str
    tolerance: float = ABOUT_TOLERANCE  # what 左右 allowed, in percentage points (other units: ABOUT_SHARE of the target)
    engine: str = ""
    table_version: str = ""


def comparator_class(comparator: str | None) -> str:
    """``at_least`` / ``at_most`` / ``about`` / ``exact`` (no comparator, 达到, 保持在 …)."""
    c = fold(comparator)
    for name, words in (("at_least", AT_LEAST), ("at_most", AT_MOST), ("about", ABOUT)):
        if c in words:
            return name
    return "exact"


def better_side(row: CompareRow, table: Table | None = None) -> int:
    """+1 when a higher result is better for this row's indicator, −1 when lower is."""
    table = table or load_table()
    if row.canonical:
        try:
            return 1 if table[row.indicator.split(".")[0]].better == "higher" else -1
        except KeyError:
            pass
    return -1 if row.direction == "down" else 1


def _signed(row: CompareRow, v: float) -> float:
    return -v if row.direction == "down" else v


def _fmt(row: CompareRow, v: float) -> str:
    """A value with its unit (亿元 for large 元), signed: a decline of 3% reads −3%."""
    unit = row.unit or ""
    if unit == "元" and abs(v) >= 1e8:
        return f"{format_number(round(v / 1e8, 4))}亿元".replace("-", "−")
    return f"{format_number(round(v, 4))}{unit}".replace("-", "−")


def target_text(row: CompareRow) -> str:
    """A target as a reason shows it: 5.5%–6% (both ends, even when the figure kept one), 6%以上, −3% (下降3%)."""
    if row.low is not None and row.high is not None:
        lo, hi = sorted((_signed(row, row.low), _signed(row, row.high)))
        return f"{_fmt(row, lo).removesuffix(row.unit or '')}–{_fmt(row, hi)}"
    return ("−" if row.direction == "down" else "") + row.original


def _written(row: CompareRow) -> str:
    """A figure as written, signed when it is a decline (下降3.4% reads −3.4%)."""
    return ("−" if row.direction == "down" else "") + row.original


def verdict(target: CompareRow, result: CompareRow, *, better: int = 1, tolerance: float = ABOUT_TOLERANCE) -> tuple[str, str]:
    """``(met | not_met | unclear, reason)`` for one target and one result (rules: module docstring)."""
    if result.value is None and target.value is not None and missed(result.original):
        return "not_met", f"{_written(result)}: the later report says the {target_text(target)} target was not reached"
    if target.value is None or result.value is None:
        return "unclear", f"{_written(result)} against a target in words ({target.original}): no figure to measure it by"
    if (target.unit or "") != (result.unit or ""):
        return "unclear", f"units differ: target in {target.unit or 'no unit'}, result in {result.unit or 'no unit'}"
    t, r = _signed(target, target.value), _signed(result, result.value)
    eps = 1e-9 * max(1.0, abs(t))
    said = f"{_written(result)} against {target_text(target)}"
    side_word = "higher" if better > 0 else "lower"
    if target.low is not None and target.high is not None:
        lo, hi = sorted((_signed(target, target.low), _signed(target, target.high)))
        if lo - eps <= r <= hi + eps:
            return "met", f"{said}: within the range"
        beyond_better = (r > hi) if better > 0 else (r < lo)
        if beyond_better:
            return "exceeded", f"{said}: beyond the range, on the better side ({side_word} is better)"
        return "not_met", f"{said}: outside the range, on the worse side ({side_word} is better)"
    cls = comparator_class(target.comparator)
    side = -1 if target.direction == "down" else 1  # 以上 / 以内 bound the size of a change: 下降3%以上 is −3% or less
    if cls == "at_least":
        return ("met", f"{said}: at least the target") if (r - t) * side >= -eps else ("not_met", f"{said}: short of the target")
    if cls == "at_most":
        return ("met", f"{said}: within the ceiling") if (r - t) * side <= eps else ("not_met", f"{said}: over the ceiling")
    if cls == "about":
        points = (target.unit or "") in POINT_UNITS
        tol = tolerance if points else ABOUT_SHARE * abs(t)
        band = f"{_fmt(target, t - tol).removesuffix(target.unit or '')}–{_fmt(target, t + tol)}"
        allowed = f"±{format_number(tolerance)} points" if points else f"±{format_number(ABOUT_SHARE * 100)}%"
        if abs(r - t) <= tol + eps:
            return "met", f"{said}: within {allowed} of the target ({band})"
        if (r - t) * better > 0:
            return "exceeded", f"{said}: beyond {allowed} of the target ({band}), on the better side ({side_word} is better)"
        return "not_met", f"{said}: outside {allowed} of the target ({band}), on the worse side"
    if (r - t) * better >= -eps:
        return "met", f"{said}: as good as the target or better ({side_word} is better)"
    return "not_met", f"{said}: worse than the target ({side_word} is better)"


def _series_key(row: CompareRow, region: str | None) -> str | None:
    return _series_of(region or row.region)


def _pair(target: CompareRow, result: CompareRow | None, verdict_: str, reason: str, tolerance: float, region: str | None) -> TrackRow:
    extra: dict[str, Any] = {}
    if result is not None:
        extra = dict(result_plan_id=result.plan_id, result_source=result.source, result_title=result.title, result_plan_year=result.plan_year,
                     result_metric=result.metric, result_value=result.value, result_unit=result.unit, result_comparator=result.comparator,
                     result_original=result.original, result_citation=result.citation)
    return TrackRow(
        region=region or target.region, indicator=target.indicator, indicator_zh=target.indicator_zh, indicator_en=target.indicator_en,
        measure=target.measure, direction=target.direction, year=target.year or 0, target_plan_id=target.plan_id, target_source=target.source, target_title=target.title,
        target_plan_year=target.plan_year, target_metric=target.metric, target_value=target.value, target_low=target.low, target_high=target.high,
        target_unit=target.unit, target_comparator=target.comparator, target_original=target.original, target_citation=target.citation,
        verdict=verdict_, reason=reason, tolerance=tolerance, engine=target.engine, table_version=target.table_version, **extra)  # type: ignore[arg-type]


def _series_of(name: str | None) -> str | None:
    words = region_words(name)
    return words[-1] if words else (fold(name) or None)


def pair_rows(rows: Sequence[CompareRow], *, region: str | None = None, tolerance: float = ABOUT_TOLERANCE, table: Table | None = None,
              plans: Sequence[Plan] = ()) -> list[TrackRow]:
    """Pair the targets of ``rows`` with later results. ``plans``: every plan of the series, also
    those with no row here (a later report that gives no figure makes a target ``unclear``);
    without them, the plans the rows come from."""
    import os

    from .comparison import plan_year

    table = table or load_table()
    series: dict[str, list[CompareRow]] = {}
    reports: dict[str, dict[str, tuple[int | None, str]]] = {}  # series → plan id → (its year, its file)
    for p in plans:
        key = _series_of(region or p.region)
        if key is not None:
            reports.setdefault(key, {})[p.id] = (plan_year(p), os.path.basename(p.source))
    for r in rows:
        key = _series_key(r, region)
        if key is not None:
            series.setdefault(key, []).append(r)
            reports.setdefault(key, {}).setdefault(r.plan_id, (r.plan_year, os.path.basename(r.source)))
    out: list[tuple[int, TrackRow]] = []
    for si, (key, srows) in enumerate(series.items()):
        plan_years = {pid: y for pid, (y, _) in reports[key].items()}
        files = {pid: f for pid, (_, f) in reports[key].items()}
        results: dict[tuple[str, int], list[CompareRow]] = {}
        for r in srows:
            if r.kind == "result" and r.year is not None:
                results.setdefault((r.indicator, r.year), []).append(r)
        in_figures = {(t.plan_id, t.indicator, t.year) for t in srows if t.kind == "target" and t.value is not None}
        for t in srows:
            if t.kind != "target" or t.year is None:
                continue
            if t.value is None and (t.plan_id, t.indicator, t.year) in in_figures:
                continue  # the report gives a figure for it too
            own = plan_years.get(t.plan_id)
            if own is not None and t.year < own:
                continue  # a target for a year before its plan's own: a past figure, not a target it sets
            later = sorted({pid for pid, y in plan_years.items() if pid != t.plan_id and y is not None and y > t.year}, key=lambda pid: plan_years[pid] or 0)
            found = [r for r in results.get((t.indicator, t.year), []) if r.plan_id != t.plan_id and (r.plan_year is None or r.plan_year > t.year)]
            if not found:
                if later:
                    where = files[later[0]] + (f" (nor in {len(later) - 1} later)" if len(later) > 1 else "")
                    out.append((si, _pair(t, None, "unclear", f"no {t.indicator} figure for {t.year} in {where}", tolerance, region)))
                continue
            first_year = min((r.plan_year for r in found if r.plan_year is not None), default=None)
            found = [r for r in found if r.plan_year == first_year] if first_year is not None else found
            better = better_side(t, table)
            judged = [(r, *verdict(t, r, better=better, tolerance=tolerance)) for r in found]
            distinct = {(r.value, r.unit) for r, _, _ in judged}
            verdicts = {v for _, v, _ in judged}
            r0, v0, why0 = judged[0]
            if len(distinct) > 1 and len(verdicts) > 1:
                values = ", ".join(dict.fromkeys(r.original for r, _, _ in judged))
                out.append((si, _pair(t, r0, "unclear", f"{files[r0.plan_id]} gives several figures for {t.year} that disagree ({values})", tolerance, region)))
            else:
                out.append((si, _pair(t, r0, v0, why0, tolerance, region)))
    ids = {id_: i for i, id_ in enumerate(table.ids)}

    def order(item: tuple[int, tuple[int, TrackRow]]) -> tuple[Any, ...]:
        n, (si, r) = item
        base = r.indicator.split(".")[0]
        return (si, base not in ids, ids.get(base, 0), r.indicator, r.year, n)

    return [r for _, (_, r) in sorted(enumerate(out), key=order)]


def track(plans: Any, engine: Engine | None = None, *, indicator: str | None = None, region: str | None = None,
          tolerance: float = ABOUT_TOLERANCE, unlisted: bool = False) -> list[TrackRow]:
    """Each target of each region's plans paired with the result a later plan of the same region
    gives for its year: met, not met or unclear, with both citations (rules: this module's docstring).

    ``plans``: plans, or paths to load (reports of one or several regions, any years).
    ``indicator``: only that indicator (as :func:`policyqa.compare` takes it). ``region``: treat
    every plan given as a report of this region (when their own regions are missing or wrong).
    ``tolerance``: what 左右 allows for a figure in % or 百分点, in percentage points (default
    0.5; other units: 5% of the target). ``unlisted``: also
    pair figures whose metric no row of the indicator table names (grouped by their own words,
    which pairs loosely: 投资 is many things); by default only the table's indicators are tracked.
    """
    from ..engines import get_engine
    from .words import word_results, word_targets

    table = load_table()
    plans = as_plans(plans)
    engine = engine or get_engine()
    rows = all_rows(plans, engine, table)
    rows += [w for p in plans for w in word_targets(p, table, engine=str(getattr(engine, "name", "")))]
    rows += [w for p in plans for w in word_results(p, table, engine=str(getattr(engine, "name", "")))]
    if indicator:
        rows = indicator_filter(indicator, rows, table)
    elif not unlisted:
        rows = [r for r in rows if r.canonical]
    return pair_rows(rows, region=region, tolerance=tolerance, table=table, plans=plans)
