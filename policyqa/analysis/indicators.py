"""Indicators: which canonical quantity a figure's metric names, so plans can be compared.

    classify("全市生产总值增长", "%")        -> Reading(indicator="gdp", measure="growth", ...)
    classify("地区生产总值", "元")            -> Reading(indicator="gdp.level", measure="level", ...)
    classify("规上工业增加值增长", "%")       -> Reading(indicator="industrial_value_added", ...)
    classify("金融市场交易总额增长", "%")     -> Reading(indicator="金融市场交易总额.growth", canonical=False)

The table is package data, ``policyqa/analysis/indicators.yaml`` (versioned; its header documents every
field). A metric is folded (OpenCC t2s, NFKC, lower case, no spaces), stripped of region words
and verbs at its start, and searched for the table's aliases: the longest alias found wins,
``^`` aliases count only at the start, and an alias that is a denominator (after 占 / 相当于 /
单位 / 万元 / 每, before 比重 / 比例) does not count. A metric no alias names is grouped by
its own folded words.

What a figure measures is part of the indicator, so a growth rate and a level never share a
row: ``gdp`` is GDP growth (its ``default``), ``gdp.level`` the GDP in 元, ``gdp.points`` a
change in percentage points (百分点 is never %), ``gdp.avg_growth`` an average annual growth
(年均). The measure is read from the unit and the words: 亿元 → level; % with 增长/增速/下降 …
→ growth (unless 到/至 follows: 提高到2.5% is a level); a bare % → the indicator's
``rate`` decides (unemployment 5.5% is a level, 规上工业增加值 8% a growth).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from ..errors import InputError
from ..reading.scripts import to_simplified
from .. import patterns

TABLE_FILE = Path(__file__).with_name("indicators.yaml")
MEASURES = ("growth", "level", "points", "avg_growth")

GROWTH_UP = ("增长", "增速", "增幅", "涨幅", "上涨", "提高", "提升", "增加", "上升")
GROWTH_DOWN = ("下降", "降低", "减少", "回落", "压减", "缩减", "降幅", "减排", "下调")
_GROWTH_WORD = patterns.compile("|".join(sorted(GROWTH_UP + GROWTH_DOWN, key=len, reverse=True)))
_DOWN_WORD = patterns.compile("|".join(sorted(GROWTH_DOWN, key=len, reverse=True)))
_TO_LEVEL = patterns.compile(r"(?:到|至|为|达)")

# Taken off the start of a metric before ^ aliases are tried (and before it is grouped by its words).
_LEAD_WORDS = (
    "全市", "全区", "全省", "全县", "全州", "全旗", "全盟", "全国", "全镇", "我市", "我区", "我省", "我县", "本市", "本区", "本省",
    "全年", "今年", "当年", "年内", "其中", "同时", "力争", "争取", "确保", "努力", "预计", "预期", "实现", "完成", "达到",
    "主要预期目标是", "主要预期目标", "预期目标", "目标", "是", "为", "的", "：", ":", "，", ",", "、",
)
# Words that say how a figure was reached, not what it measures (taken out anywhere).
_FILLER = patterns.compile(r"按可比价格计算|按可比价计算|按可比口径|按可比|同比|比上年|较上年|比去年|完成|实现|达到|累计|分别|全年|平均|总计|共计|力争|确保|(?:左右|以上|以内)$")
_DENOMINATOR_BEFORE = patterns.compile(r"(?:占|相当于|单位|万元|每)(?:全市|全区|全省|全县|全国|本地|当地|地区)?$")
_DENOMINATOR_AFTER = patterns.compile(r"^(?:的)?(?:比重|比例|之比)")
_COORDINATED = patterns.compile(r"(?:和|与|及|、)$")  # 城镇和农村居民人均可支配收入: the second of two named together


@dataclass(frozen=True)
class Indicator:
    """One row of the table (fields documented in ``policyqa/analysis/indicators.yaml``)."""

    id: str
    zh: str
    en: str
    default: str = "growth"
    rate: bool = False
    better: str = "higher"
    units: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # folded; a leading ^ anchors


@dataclass(frozen=True)
class Table:
    """The indicator table: its version and its rows, looked up by id, name or alias."""

    version: str
    indicators: tuple[Indicator, ...]
    source: str = ""
    both: tuple[tuple[str, tuple[str, ...]], ...] = ()  # 城乡 → 城镇, 农村: one word naming two things

    def get(self, name: str) -> Indicator | None:
        """The indicator ``name`` calls: an id (``gdp``), its Chinese or English name, or an alias."""
        f = fold(name)
        for ind in self.indicators:
            if f in (ind.id, fold(ind.zh), fold(ind.en)) or f in (a.lstrip("^") for a in ind.aliases):
                return ind
        return None

    def __getitem__(self, id: str) -> Indicator:
        for ind in self.indicators:
            if ind.id == id:
                return ind
        raise KeyError(id)

    @property
    def ids(self) -> list[str]:
        return [i.id for i in self.indicators]


@dataclass(frozen=True)
class Reading:
    """What a figure's metric measures: its indicator key, the measure and the direction of change.

    ``indicator`` is ``base`` (a table id, or the metric's folded words when ``canonical`` is
    False) with ``.measure`` appended when the measure is not the base's default."""

    indicator: str
    base: str
    measure: str  # growth | level | points | avg_growth
    direction: str | None  # up | down for changes (growth, points, avg_growth); None for a level
    canonical: bool
    zh: str
    en: str
    better: str = "higher"


def fold(text: str | None) -> str:
    """Text folded for matching: simplified script, half width, lower case, no spaces."""
    if not text:
        return ""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", to_simplified(text)).lower())


# -- the table ----------------------------------------------------------------------------------
def _fail(path: Path | str, reason: str) -> InputError:
    return InputError(str(path), reason)


def read_table(path: str | Path) -> Table:
    """Read and check an indicator table; a malformed one is an :class:`InputError` naming the file."""
    import yaml

    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise _fail(p, f"cannot read the indicator table: {e.strerror}") from None
    except yaml.YAMLError as e:
        raise _fail(p, f"not valid YAML: {getattr(e, 'problem', e)}") from None
    if not isinstance(data, dict) or "version" not in data or not isinstance(data.get("indicators"), list):
        raise _fail(p, "expected a mapping with version: and indicators:")
    same = data.get("same") or {}
    if not isinstance(same, dict) or not all(isinstance(v, list) and v for v in same.values()):
        raise _fail(p, "same: maps a word to the words that name the same thing: {地区生产总值: [国内生产总值, GDP]}")
    same = {fold(str(k)): [fold(str(x)) for x in v] for k, v in same.items()}
    owners: dict[str, str] = {}
    rows: list[Indicator] = []
    for n, e in enumerate(data["indicators"], 1):
        if not isinstance(e, dict) or not isinstance(e.get("id"), str) or not re.fullmatch(r"[a-z0-9_]+", e["id"]):
            raise _fail(p, f"indicator #{n}: needs an id of lower-case letters, digits and _")
        unknown = set(e) - {"id", "zh", "en", "default", "rate", "better", "units", "aliases", "note"}
        if unknown:
            raise _fail(p, f"{e['id']}: unknown keys {sorted(unknown)}")
        if e.get("default", "growth") not in ("growth", "level") or e.get("better", "higher") not in ("higher", "lower"):
            raise _fail(p, f"{e['id']}: default is growth or level, better is higher or lower")
        aliases: list[str] = []
        written = [str(a) for a in e.get("aliases") or []]
        for a in written + [v for a in written for v in _variants(fold(a), same) if v not in owners and v not in map(fold, written)]:
            fa = fold(str(a))
            key = fa.lstrip("^")
            if not key:
                raise _fail(p, f"{e['id']}: an empty alias")
            if owners.get(key, e["id"]) != e["id"]:
                raise _fail(p, f"alias {a} names both {owners[key]} and {e['id']}")
            owners[key] = e["id"]
            if fa not in aliases:
                aliases.append(fa)
        if e["id"] in (r.id for r in rows):
            raise _fail(p, f"{e['id']} is listed twice")
        rows.append(Indicator(e["id"], str(e.get("zh") or e["id"]), str(e.get("en") or e["id"]), e.get("default", "growth"), bool(e.get("rate", False)),
                              e.get("better", "higher"), tuple(str(u) for u in e.get("units") or ()), tuple(aliases)))
    both = data.get("both") or {}
    if not isinstance(both, dict) or not all(isinstance(v, list) and len(v) >= 2 for v in both.values()):
        raise _fail(p, "both: maps a word to the two (or more) words it stands for: {城乡: [城镇, 农村]}")
    pairs = tuple(sorted(((fold(str(k)), tuple(fold(str(x)) for x in v)) for k, v in both.items()), key=lambda kv: -len(kv[0])))
    return Table(str(data["version"]), tuple(rows), str(p), pairs)


def _variants(alias: str, same: dict[str, list[str]]) -> list[str]:
    """An alias with each word of ``same`` in it replaced by each of its synonyms, twice over
    (单位地区生产总值能耗 → 单位国内生产总值能耗, 单位生产总值能源消耗 …); not the word itself
    standing alone (地区生产总值 does not make 生产总值, which counts only at the start: ^生产总值)."""
    out: list[str] = []
    todo = [alias]
    for _ in range(2):
        nxt = []
        for a in todo:
            for word, others in same.items():
                if word in a and a.lstrip("^") != word:
                    for o in others:
                        v = a.replace(word, o, 1)
                        if v not in out and v != alias:
                            out.append(v)
                            nxt.append(v)
        todo = nxt
    return out


@lru_cache(maxsize=8)
def load_table(path: str | None = None) -> Table:
    """The indicator table (the packaged ``indicators.yaml`` unless ``path`` names another)."""
    return read_table(path or TABLE_FILE)


# -- reading a metric ---------------------------------------------------------------------------
def _strip_lead(text: str, region_words: Sequence[str]) -> str:
    words = sorted({*_LEAD_WORDS, *(w for w in region_words if w)}, key=len, reverse=True)
    changed = True
    while changed and text:
        changed = False
        for w in words:
            if text.startswith(w) and len(text) > len(w):
                text = text[len(w):]
                changed = True
                break
    return text


def region_words(region: str | None) -> list[str]:
    """A region's name as a metric may start with it: 上海市 → 上海市, 上海; 海拉尔区 → 海拉尔区, 海拉尔."""
    if not region:
        return []
    r = fold(region)
    short = re.sub(r"(?:特别行政区|自治区|自治州|自治县|新区|地区|省|市|区|县|旗|盟)$", "", r)
    return [w for w in (r, short) if len(w) >= 2]


def _find(table: Table, text: str) -> tuple[Indicator, int, int] | None:
    """The table row whose alias names ``text`` (already folded and stripped): the longest alias
    found that is not a denominator nor the second of two things named together (城镇和农村居民…);
    ``^`` aliases only at position 0."""
    best: tuple[int, int, Indicator, int] | None = None  # (-len, start, ind, end)
    for ind in table.indicators:
        for a in ind.aliases:
            anchored = a.startswith("^")
            key = a[1:] if anchored else a
            start = text.find(key)
            while start >= 0:
                end = start + len(key)
                before = text[:start]
                ok = ((start == 0 or not anchored) and not _DENOMINATOR_BEFORE.search(before) and not _DENOMINATOR_AFTER.search(text[end:])
                      and not _COORDINATED.search(before))
                if ok:
                    cand = (-len(key), start, ind, end)
                    if best is None or cand[:2] < best[:2]:
                        best = cand
                    break
                start = text.find(key, start + 1)
    return None if best is None else (best[2], best[1], best[3])


def find_name(metric: str, region: str | None = None, table: Table | None = None) -> tuple[int, int] | None:
    """Where the first indicator name of the table stands in ``metric``, once folded and stripped of
    region words and verbs at its start: ``(start, end)`` in those words, or None."""
    table = table or load_table()
    found = _find(table, _strip_lead(fold(metric), region_words(region)))
    return None if found is None else (found[1], found[2])


_RATE_WORD = patterns.compile(r"涨幅|增幅|增速|增长率|涨速|升幅|降幅")


def _measure(words: str, unit: str | None, percent: str, head: str = "") -> str:
    """growth, level, points or avg_growth, from the unit and the words of the metric; a % with
    no growth word is ``percent`` (the indicator's: level for a rate, growth for an amount)."""
    if unit == "个百分点":
        return "points"
    if unit in ("%", "‰"):
        if "年均" in words:
            return "avg_growth"
        last = None
        for last in _GROWTH_WORD.finditer(words):
            pass
        if last is None:
            return percent
        if _TO_LEVEL.match(words[last.end():]) and not _RATE_WORD.search(head + words[: last.start()]):
            return "level"
        return "growth"  # 增长5%; 涨幅回落到2.6%, 增速提高到6%: the rate of growth moved to the figure
    return "level"


def _core(text: str) -> str:
    """A metric's own words for grouping it when no alias names it: no fillers, no growth word at the end."""
    t = _FILLER.sub("", text)
    t = re.sub(r"[，,。；;：:“”\"'‘’（）()【】《》\s]", "", t)
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r"(?:年均)?(?:" + _GROWTH_WORD.pattern + r")(?:到|至|为)?$", "", t)
        t = re.sub(r"(?:到|至|为|达|的|是)$", "", t)
    return t or text


def classify(metric: str, unit: str | None, *, region: str | None = None, table: Table | None = None) -> Reading:
    """The indicator a figure's ``metric`` (in a plan of ``region``) and ``unit`` (as
    :func:`policyqa.structure.numbers.normalise` gives it: %, 个百分点, 元 …) name."""
    table = table or load_table()
    words = _strip_lead(fold(metric), region_words(region))
    found = _find(table, words)
    ind = found[0] if found else None
    if ind is not None and ind.units and unit not in ind.units:
        ind = None  # a rate in 亿元 is not that rate: group it by its words
    tail = words[found[2]:] if found and ind is not None else words
    measure = _measure(tail, unit, ("level" if ind.rate else "growth") if ind is not None else "level", head=words[: len(words) - len(tail)])
    if ind is not None and not ind.rate and measure == "level" and unit in (None, "%", "‰", "个"):
        ind = None  # an amount's level has a unit of its own: 3个千亿元台阶, 占比13.6% are not the GDP
        tail = words
        measure = _measure(tail, unit, "level")
    if measure in ("growth", "points", "avg_growth"):
        direction: str | None = "down" if _DOWN_WORD.search(tail) else "up"
    else:
        direction = None
    if ind is not None:
        key = ind.id if measure == ind.default else f"{ind.id}.{measure}"
        better = ind.better
        return Reading(key, ind.id, measure, direction, True, ind.zh, ind.en, better)
    base = _core(words)
    key = base if measure == "level" else f"{base}.{measure}"
    better = "lower" if direction == "down" else "higher"
    return Reading(key, base, measure, direction, False, base, base, better)


def _joined(left: str, right: str, unit: str | None, region: str | None, table: Table, *, cut_left: bool) -> Reading | None:
    """A table indicator that two pieces written apart name together, when one of its aliases
    spans where they join: the subject's first words and a head noun written after a sibling
    (粮食播种面积1530万亩、总产量125亿斤: 粮食 + 总产量), or a subject listed before a shared head noun
    (粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上: 粮食 + 产量). ``cut_left``: try the first words of
    ``left`` (shortest first) with all of ``right``; else all of ``left`` with the ends of ``right``."""
    cuts = [(left[:k], right) for k in range(1, len(left))] if cut_left else [(left, right[j:]) for j in range(1, len(right))]
    for a, b in cuts:
        found = _find(table, a + b)
        if found is not None and found[1] < len(a) < found[2]:
            r = classify(a + b, unit, region=region, table=table)
            if r.canonical:
                return r
    return None


def classify_joined(subject: str, metric: str, unit: str | None, *, region: str | None = None, table: Table | None = None) -> Reading | None:
    """The indicator of a metric that names only a head noun (总产量) whose subject is written
    earlier in its clause (``subject``: 确保粮食播种面积): 粮食总产量 is grain output. None when no
    alias spans the two."""
    table = table or load_table()
    left = _strip_lead(fold(subject), region_words(region))
    return _joined(left, fold(metric), unit, region, table, cut_left=True) if left else None


_LIST_SEP = patterns.compile(r"、|以及|和|与|及")
_RATIO = patterns.compile(r"(?:与|和|同)[^、，]{2,}?(?:的)?(?:比率|之比|比值|比例|比重)")
_SHARED = patterns.compile(r"分别|均|都|同比|" + _GROWTH_WORD.pattern)


def classify_all(metric: str, unit: str | None, *, region: str | None = None, table: Table | None = None) -> list[Reading]:
    """Every indicator a metric names, in order: one (:func:`classify`), or several named together
    (城乡居民人均可支配收入 → urban, rural income; 规模以上工业总产值、全社会固定资产投资总额分别增长 →
    the first by its words, then fixed-asset investment). Several only when at least one of them
    is in the table and they are different indicators."""
    table = table or load_table()
    one = classify(metric, unit, region=region, table=table)
    words = _strip_lead(fold(metric), region_words(region))
    for word, parts in table.both:
        if word in words:
            rs = [classify(words.replace(word, part, 1), unit, region=region, table=table) for part in parts]
            if all(r.canonical for r in rs) and len({r.indicator for r in rs}) == len(rs):
                return rs
    segments = [x for x in _LIST_SEP.split(words) if x]
    if _RATIO.search(words):
        segments = [words]  # A与B的比率 / A和B之比 is one ratio, not A and B
    if len(segments) >= 2 and all(len(x) >= 2 for x in segments):
        m = _SHARED.search(segments[-1])
        shared = segments[-1][m.start():] if m else ""
        rs = [classify(x + shared, unit, region=region, table=table) for x in segments[:-1]] + [classify(segments[-1], unit, region=region, table=table)]
        if rs[-1].canonical or any(r.canonical for r in rs[:-1]):
            pass
        else:  # 粮食、肉蛋奶、蔬菜产量: the head noun of the last is shared by the ones before it
            rs = [_joined(x, segments[-1], unit, region, table, cut_left=False) or r for x, r in zip(segments[:-1], rs)] + rs[-1:]
        if any(r.canonical for r in rs) and len({r.indicator for r in rs}) == len(rs):
            return rs
    return [one]


_PAREN = patterns.compile(r"[（(][^（）()]*[）)]")


def is_bare(metric: str | None) -> bool:
    """True when a metric says only how a figure changed, not of what: 增长, 同比增长（按可比价计算）."""
    t = _GROWTH_WORD.sub("", _FILLER.sub("", _PAREN.sub("", fold(metric))))
    return not re.sub(r"[，,。；;：:、]|年均|到|至|为|达|的", "", t)


def classify_in(quote: str, original: str, unit: str | None, *, region: str | None = None, table: Table | None = None) -> list[Reading]:
    """The table indicators the cited words name for a figure whose metric is bare (地区生产总值达到
    287.9亿元，同比增长8.9%: the 8.9% is GDP growth): the clause that holds the figure, then each
    clause before it in the quote, nearest first (as :func:`classify_all` reads it); empty when none
    names one."""
    q, o = unicodedata.normalize("NFKC", quote), unicodedata.normalize("NFKC", original)
    i = q.find(o)
    if i < 0:
        return []
    clauses = re.split(r"[，,；;：:]", q[:i])
    own = clauses[-1]  # the figure's own words: 同比增长, 下降
    for k in range(len(clauses) - 1, -1, -1):
        rs = classify_all(clauses[k] + (own if k < len(clauses) - 1 else ""), unit, region=region, table=table)
        if any(r.canonical for r in rs):
            return rs
    return []


def resolve(name: str, table: Table | None = None) -> str | None:
    """The indicator key ``name`` means: a table id or name or alias (with an optional
    ``.level`` / ``.growth`` / ``.points`` / ``.avg_growth``), else None."""
    table = table or load_table()
    base, measure = name.strip(), ""
    if "." in base and base.rsplit(".", 1)[1] in MEASURES:
        base, measure = base.rsplit(".", 1)
    ind = table.get(base)
    if ind is None:
        return None
    if not measure or measure == ind.default:
        return ind.id
    return f"{ind.id}.{measure}"


def describe(table: Table | None = None) -> list[dict[str, Any]]:
    """The table as plain data (what ``policyqa indicators --json`` prints)."""
    table = table or load_table()
    return [{"id": i.id, "zh": i.zh, "en": i.en, "default": i.default, "rate": i.rate, "better": i.better, "units": list(i.units),
             "aliases": list(i.aliases)} for i in table.indicators]
