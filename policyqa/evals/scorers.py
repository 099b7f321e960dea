"""Scorers: small functions that compare one engine output with what a person labelled.

Each returns a :class:`Score` (a value in [0, 1], whether it passed, and a one-line
explanation), and knows nothing of engines or files:

    answer_correct(text, must_include)          every group of alternatives has one present
    abstention(answer, should_abstain)          abstains when it must, answers when it can
    citations_valid(citations, plans)           each quote found at its offsets in its source
    citations_placed(citations, cite_in, cite_regions)
    measure_match(expected, actual)             recall and precision, tolerant title/text match
    target_match(expected, actual)              value, unit, comparator, year (Chinese numerals, 万/亿)
    fact_coverage(text, facts)                  the facts a summary must mention
    metadata_match(expected, info)              region, title, author (and date when labelled)
    compare_match(expected, rows, plans)        compare rows: file, region, value, comparator, year, kind, cited
    track_match(expected, rows, plans)          track pairs: target, result (or none), verdict, both cited
    llm_judge(judge, question, expected, answer)   optional, off by default

Matching normalises both sides the same way (:func:`normalize`): OpenCC t2s, NFKC (full
width → half width), lower case, no spaces, one style of quotation marks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from ..structure.numbers import normalise as normalise_unit
from ..structure.numbers import parse_number
from ..reading.scripts import to_simplified
from .. import patterns

if TYPE_CHECKING:
    from ..models import Answer, Citation, Measure, Target
    from ..structure.plan import Plan

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"', "『": '"', "』": '"'})
_REGION_SUFFIX = patterns.compile(r"(?:畲族|回族|土家族|苗族|彝族|藏族)?(?:自治县|自治州|新区|地区|市|区|县)$")


@dataclass(frozen=True)
class Score:
    """One scorer's verdict on one case: ``value`` in [0, 1], ``passed``, and why."""

    name: str
    value: float
    passed: bool
    explanation: str = ""
    details: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": round(self.value, 4), "passed": self.passed, "explanation": self.explanation, "details": dict(self.details)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Score":
        return cls(str(d.get("name", "")), float(d.get("value") or 0.0), bool(d.get("passed")), str(d.get("explanation", "")), dict(d.get("details") or {}))


def normalize(text: str | None) -> str:
    """Text folded for comparison: simplified script, half width, lower case, no spaces, plain quotes."""
    if not text:
        return ""
    s = unicodedata.normalize("NFKC", to_simplified(text)).translate(_QUOTES).lower()
    return re.sub(r"\s+", "", s)


def _bare(text: str | None) -> str:
    """:func:`normalize` without punctuation (for titles: "实施片区开发，推动以城聚人" = "实施片区开发,推动以城聚人")."""
    return "".join(c for c in normalize(text) if not unicodedata.category(c).startswith("P"))


# -- answers ------------------------------------------------------------------------------------
def answer_correct(text: str, must_include: Sequence[Sequence[str]]) -> Score:
    """Every group of alternatives has at least one alternative in ``text`` (after :func:`normalize`)."""
    got = normalize(text)
    missing = [list(g) for g in must_include if not any(normalize(alt) in got for alt in g)]
    n = len(must_include)
    value = 1.0 if n == 0 else (n - len(missing)) / n
    why = "all groups present" if not missing else "missing " + " ; ".join("|".join(g) for g in missing)
    return Score("correct", value, not missing, why, {"missing": missing})


def abstention(answer: Answer, should_abstain: bool) -> Score:
    """Abstained exactly when it should: no answer invented, no answerable question refused."""
    did = bool(answer.abstained)
    if should_abstain:
        ok = did and not answer.citations
        why = "abstained" if ok else ("abstained but cited" if did else f"answered instead of abstaining: {answer.answer[:60]}")
    else:
        ok = not did
        why = "answered" if ok else "abstained on an answerable question"
    return Score("abstention", 1.0 if ok else 0.0, ok, why)


# -- citations ----------------------------------------------------------------------------------
def citations_valid(citations: Sequence[Citation], plans: Iterable[Plan]) -> Score:
    """Each citation's quote is found at its offsets in its source (:func:`policyqa.citations.verify`)."""
    from ..citations import verify

    by_id = {p.id: p for p in plans}
    bad = [c for c in citations if c.plan_id not in by_id or not verify(c, by_id[c.plan_id])]
    n = len(citations)
    value = 1.0 if n == 0 else (n - len(bad)) / n
    why = f"{n - len(bad)}/{n} citations verify" + ("" if not bad else f"; first bad: {bad[0].source} [{bad[0].start}:{bad[0].end}] {bad[0].quote[:30]!r}")
    return Score("citations_valid", value, not bad, why, {"bad": len(bad), "total": n})


def region_matches(region: str | None, expected: str) -> bool:
    """A plan region matches a labelled one with or without its suffix (景宁 = 景宁畲族自治县)."""
    if not region:
        return False
    got, want = normalize(region), normalize(expected)
    short = _REGION_SUFFIX.sub("", want) or want
    if want in got or short in got or (_REGION_SUFFIX.sub("", got) or got) == short:
        return True
    # a label that names the parent too ("上海市杨浦区", "广州市天河区") matches the division itself
    return len(got) >= 3 and want.endswith(got) and bool(_REGION_SUFFIX.search(got))


def citations_placed(citations: Sequence[Citation], cite_in: Sequence[str] = (), cite_regions: Sequence[str] = ()) -> Score:
    """A citation points into one of ``cite_in`` (file names), and one into each of ``cite_regions``."""
    import os

    in_ok = not cite_in or any(os.path.basename(c.source) in cite_in for c in citations)
    missing = [r for r in cite_regions if not any(region_matches(c.region, r) for c in citations)]
    problems = ([] if in_ok else ["no citation in " + ", ".join(cite_in)]) + (["no citation in region " + ", ".join(missing)] if missing else [])
    parts = (1 if cite_in else 0) + len(cite_regions)
    value = 1.0 if parts == 0 else ((1 if cite_in and in_ok else 0) + len(cite_regions) - len(missing)) / parts
    return Score("citations_placed", value, not problems, "; ".join(problems) or "cited where expected", {"missing_regions": missing})


# -- measures -----------------------------------------------------------------------------------
def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)} or ({s} if s else set())


def overlap(a: str, b: str) -> float:
    """Dice coefficient of the character bigrams of two (already normalised) strings."""
    x, y = _bigrams(a), _bigrams(b)
    return 0.0 if not x or not y else 2 * len(x & y) / (len(x) + len(y))


def measure_similarity(expected_title: str, actual_title: str, actual_text: str = "") -> float:
    """How well an actual measure matches a labelled title: 1 when the title is in the actual
    title, 0.9 when it opens the actual text, 0.8 when it is elsewhere in the text, else the
    bigram overlap of the titles. All after script/width/space/punctuation folding."""
    e, t, x = _bare(expected_title), _bare(actual_title), _bare(actual_text)
    if not e:
        return 0.0
    if t and (e in t or (len(t) >= 4 and t in e and len(t) >= 0.6 * len(e))):
        return 1.0
    if x.startswith(e):
        return 0.9
    if e in x:
        return 0.8
    return overlap(e, t)


MEASURE_MATCH = 0.6  # the least similarity at which a labelled and an actual measure are one


def _greedy(pairs: list[tuple[float, int, int]], threshold: float) -> dict[int, int]:
    """One-to-one matching, best pairs first: expected index → actual index."""
    used_e: dict[int, int] = {}
    used_a: set[int] = set()
    for s, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if s < threshold or i in used_e or j in used_a:
            continue
        used_e[i] = j
        used_a.add(j)
    return used_e


def measure_match(expected: Sequence[Mapping[str, Any] | str], actual: Sequence[Measure], *, threshold: float = MEASURE_MATCH) -> Score:
    """Recall and precision of the actual measures against the labelled list (one-to-one).

    ``value`` is F1; ``passed`` needs both recall and precision at 1. ``details`` lists the
    labelled titles not found and the actual titles that match nothing.
    """
    titles = [e if isinstance(e, str) else str(e.get("title") or "") for e in expected]
    pairs = [(measure_similarity(t, m.title, m.text), i, j) for i, t in enumerate(titles) for j, m in enumerate(actual)]
    matched = _greedy(pairs, threshold)
    recall = len(matched) / len(titles) if titles else 1.0
    precision = len(matched) / len(actual) if actual else (1.0 if not titles else 0.0)
    f1 = 0.0 if recall + precision == 0 else 2 * recall * precision / (recall + precision)
    missed = [titles[i] for i in range(len(titles)) if i not in matched]
    extra = [actual[j].title for j in range(len(actual)) if j not in set(matched.values())]
    why = f"recall {len(matched)}/{len(titles)}, precision {len(matched)}/{len(actual)}"
    return Score("measures", f1, recall == 1.0 and precision == 1.0, why,
                 {"recall": recall, "precision": precision, "missed": missed, "extra": extra, "matched": len(matched), "expected": len(titles), "actual": len(actual)})


# -- targets ------------------------------------------------------------------------------------
COMPARATOR_CLASSES = {
    "range": ("range", "-", "—", "–", "~", "～", "至", "到", "区间"),
    "at_least": ("以上", "及以上", "不低于", "不少于", "至少", "超", "超过", "突破", "高于", "逾", "多", "余"),
    "at_most": ("以内", "之内", "以下", "不超过", "不高于", "低于", "控制在", "内", "最多", "最高"),
    "about": ("左右", "上下", "约", "近", "大约"),
}


def comparator_class(comparator: str | None) -> str:
    """``at_least`` / ``at_most`` / ``about`` / ``exact`` (no comparator, 达到, 保持在 …)."""
    c = normalize(comparator)
    for name, words in COMPARATOR_CLASSES.items():
        if c in words:
            return name
    return "exact"


_RANGE = patterns.compile(r"^\s*([^-—–~～至到]+?)\s*(?:-|—|–|~|～|至|到)+\s*([^-—–~～至到]+?)\s*$")


def expected_values(value: Any, unit: str | None) -> tuple[list[float], str | None]:
    """A labelled value as written ("3.6万", "千", "１２", a range "4.5-5") on one scale with its
    unit: one value, or both ends of a range; an empty list when it is not a number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        v, u = normalise_unit(float(value), unit)
        return [v], u
    text = str(value)
    m = _RANGE.match(text)
    parts = [m.group(1), m.group(2)] if m else [text]
    vals = [parse_number(x) for x in parts]
    if any(v is None for v in vals):
        return [], unit
    out = [normalise_unit(v, unit) for v in vals if v is not None]
    return [v for v, _ in out], out[0][1]


def expected_value(value: Any, unit: str | None) -> tuple[float | None, str | None]:
    """A labelled ``(value, unit)`` as written ("3.6万", "亩"; "千", "亿元"; "１２", "%") on one
    scale; for a range, its upper end."""
    vals, u = expected_values(value, unit)
    return (vals[-1] if vals else None), u


def _unit(u: str | None) -> str:
    return {"％": "%", "百分点": "个百分点", "人口": "人", "公斤": "千克"}.get(normalize(u), normalize(u))


def target_fields(expected: Mapping[str, Any], actual: Target) -> dict[str, bool]:
    """Which fields of an actual target agree with a labelled one (value, unit, comparator, year, kind)."""
    evs, eu = expected_values(expected.get("value"), expected.get("unit"))
    av, au = normalise_unit(actual.value, actual.unit)
    is_range = len(evs) == 2 or normalize(expected.get("comparator")) == "range"
    return {
        "value": any(abs(ev - av) <= 1e-6 * max(1.0, abs(ev)) for ev in evs),
        "unit": _unit(eu) == _unit(au),
        # a range is right when the figure as written holds both ends ("4.5%—5%"), whatever the comparator says
        "comparator": _range_ok(evs, actual) if is_range else comparator_class(expected.get("comparator")) == comparator_class(actual.comparator),
        "year": expected.get("year") == actual.year,
        "kind": expected.get("kind", "target") == actual.kind,
    }


def _range_ok(evs: Sequence[float], actual: Target) -> bool:
    nums = [normalise_unit(v, actual.unit)[0] for v in (parse_number(x) for x in re.findall(r"\d+(?:\.\d+)?", unicodedata.normalize("NFKC", actual.original or ""))) if v is not None]
    return all(any(abs(ev - n) <= 1e-6 * max(1.0, abs(ev)) for n in nums) for ev in evs) or comparator_class(actual.comparator) == "range"


def target_similarity(expected: Mapping[str, Any], actual: Target) -> float:
    """0 unless value and unit agree; then 1 plus the metric's overlap (to pick the right one of equal figures)."""
    f = target_fields(expected, actual)
    if not (f["value"] and f["unit"]):
        return 0.0
    return 1.0 + overlap(_bare(expected.get("metric")), _bare(actual.metric)) + 0.1 * f["comparator"] + 0.1 * f["year"]


def target_match(expected: Sequence[Mapping[str, Any]], actual: Sequence[Target]) -> Score:
    """Recall and precision of figures: a labelled target is found when an actual one has its
    value and unit (on one scale: 3.6万亩 = 36000亩, 千亿元 = 1000亿元), and it is right when the
    comparator (by class: 以上 ≈ 超 ≈ 突破), year and kind agree too. ``optional`` labels are
    neither required nor counted against precision.

    ``value`` is F1 of fully right targets; passes when every required one is right and no
    actual figure is unlabelled.
    """
    pairs = [(target_similarity(e, a), i, j) for i, e in enumerate(expected) for j, a in enumerate(actual)]
    matched = _greedy(pairs, 1.0)
    required = [i for i, e in enumerate(expected) if not e.get("optional")]
    right: list[int] = []
    diffs: list[dict[str, Any]] = []
    kind_right = year_right = 0
    for i in required:
        if i not in matched:
            diffs.append({"expected": _label(expected[i]), "actual": None, "fields": ["value", "unit"]})
            continue
        f = target_fields(expected[i], actual[matched[i]])
        kind_right += f["kind"]
        year_right += f["year"]
        wrong = [k for k in ("comparator", "year", "kind") if not f[k]]
        if wrong:
            a = actual[matched[i]]
            diffs.append({"expected": _label(expected[i]), "actual": f"{a.metric} {a.original} ({a.comparator}, {a.year}, {a.kind})", "fields": wrong})
        else:
            right.append(i)
    matched_actual = set(matched.values())
    extra = [a for j, a in enumerate(actual) if j not in matched_actual]
    counted_actual = len(actual) - sum(1 for i in matched if expected[i].get("optional"))
    recall = len(right) / len(required) if required else 1.0
    found = sum(1 for i in required if i in matched) / len(required) if required else 1.0
    precision = len(right) / counted_actual if counted_actual else (1.0 if not required else 0.0)
    f1 = 0.0 if recall + precision == 0 else 2 * recall * precision / (recall + precision)
    why = f"right {len(right)}/{len(required)} (found {round(found * len(required))}), precision {len(right)}/{counted_actual}"
    return Score("targets", f1, recall == 1.0 and not extra, why,
                 {"recall": recall, "found": found, "precision": precision, "diffs": diffs,
                  "extra": [f"{a.metric} {a.original}" for a in extra], "expected": len(required), "actual": counted_actual,
                  "right": len(right), "found_n": sum(1 for i in required if i in matched), "kind_right": kind_right, "year_right": year_right})


def _label(e: Mapping[str, Any]) -> str:
    return f"{e.get('metric')} {e.get('value')}{e.get('unit') or ''} ({e.get('comparator')}, {e.get('year')}, {e.get('kind', 'target')})"


# -- summaries and metadata ---------------------------------------------------------------------
def fact_coverage(text: str, facts: Sequence[Sequence[str]]) -> Score:
    """The share of fact groups a summary mentions (one alternative per group); passes at all."""
    s = answer_correct(text, facts)
    return Score("summary_facts", s.value, s.passed, s.explanation.replace("all groups present", "all facts mentioned"), s.details)


def summary_text(summary: Any) -> str:
    """Everything a summary says, as one string (sentences, key targets as written, section titles)."""
    parts: list[str] = []
    for s in list(summary.overview) + list(summary.goals):
        parts.append(s.text)
    for t in summary.key_targets:
        parts.append(f"{t.metric}{t.original}")
    for sec in summary.sections:
        parts.append(sec.title)
        parts.extend(m.text for m in sec.measures)
    if summary.target_year:
        parts.append(str(summary.target_year))
    return "\n".join(parts)


def _field_ok(expected: str | None, actual: str | None, *, region: bool = False) -> bool:
    if expected is None:
        return not actual  # the plan does not say: nothing may be invented
    if not actual:
        return False
    if region:
        return region_matches(actual, expected)
    e, a = _bare(expected), _bare(actual)
    return e == a or (len(e) >= 2 and (e in a or a in e) and min(len(a), len(e)) >= 0.6 * max(len(a), len(e)))


def metadata_match(expected: Mapping[str, Any], info: Mapping[str, Any]) -> Score:
    """Region, title, author, issuer and date (those labelled) of a plan against the labels.
    A field labelled null must be empty: metadata the plan does not give is never invented.
    A date labelled partly ("2024-01", "2024") is matched on what it gives."""
    fields = [k for k in ("region", "title", "author", "issuer", "date") if k in expected]
    ok = {k: _date_ok(expected.get(k), info.get(k)) if k == "date" else _field_ok(expected.get(k), info.get(k), region=k == "region") for k in fields}
    wrong = [k for k, v in ok.items() if not v]
    value = sum(ok.values()) / len(fields) if fields else 1.0
    why = "all fields agree" if not wrong else "; ".join(f"{k}: expected {expected.get(k)!r}, got {info.get(k)!r}" for k in wrong)
    details: dict[str, Any] = {"wrong": wrong}
    for k in fields:
        details[f"{k}_ok"], details[f"{k}_n"] = int(ok[k]), 1
    return Score("metadata", value, not wrong, why, details)


def _date_ok(expected: str | None, actual: str | None) -> bool:
    if expected is None or not actual:
        return _field_ok(expected, actual)
    e, a = str(expected).strip(), str(actual).strip()
    return a == e or (a.startswith(e) and len(e) in (4, 7))


# -- LLM judge (optional) -----------------------------------------------------------------------
def judge_messages(question: str, expected: str, answer: str) -> tuple[str, list[dict[str, str]]]:
    """``(prompt key, chat messages)``: prompts/judge.md (versioned) with the case filled in."""
    from ..engines.llm.prompts import load_prompt

    p = load_prompt("judge")
    return p.key, p.render(question=question, expected=expected, answer=answer)


def llm_judge(judge: Any, question: str, expected: str, answer: str) -> Score:
    """Ask a judge whether ``answer`` states what ``expected`` says. Off by default.

    ``judge`` is any object with ``judge(messages: list[dict]) -> str`` (:class:`LLMJudge` wraps
    the LLM client); its reply must start with ``PASS`` or ``FAIL`` (prompts/judge.md).
    """
    key, messages = judge_messages(question, expected, answer)
    reply = str(judge.judge(messages)).strip()
    head = reply.split(None, 1)[0].upper().strip(":.,") if reply else ""
    if head not in ("PASS", "FAIL"):
        return Score("judge", 0.0, False, f"unreadable verdict: {reply[:60]!r}", {"prompt": key})
    return Score("judge", 1.0 if head == "PASS" else 0.0, head == "PASS", reply[:200], {"prompt": key})


class LLMJudge:
    """A judge over :class:`policyqa.engines.llm.client.LLMClient` (through its cache; usage counted on the client)."""

    def __init__(self, client: Any):
        self.client = client

    def judge(self, messages: list[dict[str, str]]) -> str:
        from ..engines.llm.prompts import load_prompt

        out = self.client.send(messages, prompt=load_prompt("judge"))
        self.client.usage.add(out.prompt_tokens, out.completion_tokens, cached=out.cached)
        return out.content


# -- series: compare and track ------------------------------------------------------------------
# The indicators series labels name (evals/LABELING.md, "Series"); any id of policyqa's indicator
# table is accepted too, and <id>_level for its amount.
SERIES_INDICATORS = ("gdp", "gdp_level", "fixed_asset_investment", "retail_sales", "fiscal_revenue", "urban_income", "rural_income", "income",
                     "unemployment", "cpi", "foreign_trade", "energy_intensity", "grain_output", "industrial_value_added")
_ALSO = {"unemployment": ("registered_unemployment",)}  # the labels' unemployment is 调查 or 登记 失业率


def series_keys(indicator: Any, unit: str | None = None) -> tuple[str, ...] | None:
    """The indicator keys of ``policyqa.compare`` rows that a label's indicator (and unit) names:
    ``gdp`` with % → ``gdp``; ``gdp_level`` or ``gdp`` with 亿元 → ``gdp.level``; with 百分点 →
    ``gdp.points``; ``unemployment`` → ``unemployment`` or ``registered_unemployment``. None for an
    indicator the table does not know."""
    from ..analysis.indicators import load_table

    if not isinstance(indicator, str) or not indicator:
        return None
    table = load_table()
    name, level = indicator, False
    if name.endswith("_level") and name[: -len("_level")] in table.ids:
        name, level = name[: -len("_level")], True
    if name not in table.ids:
        return None
    u = normalize(unit) if unit else ""
    out = []
    for id_ in (name, *_ALSO.get(name, ())):
        ind = table[id_]
        if level:
            measure = "level"
        elif u in ("个百分点", "百分点"):
            measure = "points"
        elif u in ("%", "‰"):
            measure = "level" if ind.rate else "growth"
        elif u:
            measure = "level"
        else:
            measure = ind.default
        out.append(id_ if measure == ind.default else f"{id_}.{measure}")
    return tuple(out)


_FIGURE = patterns.compile(r"(\d+(?:\.\d+)?)\s*(?:%|％)?\s*(?:(?:—|–|-|－|~|～|至|到)+\s*(\d+(?:\.\d+)?))?")


def written_figure(text: Any) -> tuple[str, str | None] | None:
    """A figure as a label writes it ("8%左右", "5%—5.5%", "282亿元", "6.9%") as ``(value, unit)``
    for :func:`expected_values` ("8", "%"; "5-5.5", "%"; "282", "亿元"), or None when it holds no
    number (稳中有升)."""
    if text is None:
        return None
    s = unicodedata.normalize("NFKC", str(text)).strip()
    m = _FIGURE.search(s)
    if not m:
        return None
    value = m.group(1) + (f"-{m.group(2)}" if m.group(2) else "")
    rest = s[m.end(2) if m.group(2) else m.end(1):]
    unit = re.match(r"\s*(%|‰|个百分点|百分点|[^\d\s左右以上内下约超过达到至多少]{1,4})?", rest)
    u = unit.group(1) if unit and unit.group(1) else None
    if u is None and "%" in s[m.start():m.end()]:
        u = "%"
    return value, u


def _values_match(expected: Any, unit: str | None, value: float | None, actual_unit: str | None, low: float | None = None, high: float | None = None) -> bool:
    """A labelled value (a number, "3.6万", a range "4.5-5") against an actual one on one scale; a
    labelled range needs both ends (``low``/``high``). A unit labelled must agree too."""
    if expected is None or value is None:
        return expected is None and value is None
    evs, eu = expected_values(expected, unit)
    if not evs:
        return False
    av, au = normalise_unit(value, actual_unit)
    if unit is not None and _unit(eu) != _unit(au):
        return False
    close = lambda a, b: abs(a - b) <= 1e-6 * max(1.0, abs(a))  # noqa: E731
    if len(evs) == 2:
        ends = [normalise_unit(x, actual_unit)[0] for x in (low, high) if x is not None]
        return len(ends) == 2 and all(any(close(e, x) for x in ends) for e in evs)
    return close(evs[0], av)


def _cited(citation: Citation | None, by_id: Mapping[str, Plan]) -> bool:
    from ..citations import verify

    return citation is not None and citation.plan_id in by_id and verify(citation, by_id[citation.plan_id])


def compare_fields(expected: Mapping[str, Any], actual: Any, by_id: Mapping[str, Plan]) -> dict[str, bool]:
    """Which fields of an actual compare row agree with a labelled one: file, indicator, value
    (and unit), comparator (by class; a range needs both ends), year, kind, region (when labelled),
    and whether its citation verifies at its offsets."""
    import os

    is_range = normalize(expected.get("comparator")) == "range" or len(expected_values(expected.get("value"), expected.get("unit"))[0]) == 2
    got_range = actual.low is not None and actual.high is not None
    keys = series_keys(expected.get("indicator"), expected.get("unit")) or ()
    return {
        "file": os.path.basename(actual.source) == expected.get("file"),
        "indicator": actual.indicator in keys,
        "value": _values_match(expected.get("value"), expected.get("unit"), actual.value, actual.unit, actual.low, actual.high),
        "comparator": got_range if is_range else (not got_range and comparator_class(expected.get("comparator")) == comparator_class(actual.comparator)),
        "year": expected.get("year") == actual.year,
        "kind": expected.get("kind", "target") == actual.kind,
        "region": "region" not in expected or (expected["region"] is None and not actual.region) or (bool(expected["region"]) and region_matches(actual.region, expected["region"])),
        "cited": _cited(actual.citation, by_id),
    }


def compare_match(expected: Sequence[Mapping[str, Any]], actual: Sequence[Any], plans: Iterable[Plan]) -> Score:
    """Labelled compare rows against the rows ``policyqa.compare`` returned (one to one, by file,
    indicator and value first). A row is right when every field of :func:`compare_fields` agrees.
    A row labelled in words (稳中有升, 正增长: the report gives no number) is right when no row of
    that file, indicator, kind and year came back. ``value`` is the share of labelled rows right;
    the case passes when all are and no other row came back."""
    import os

    by_id = {p.id: p for p in plans}
    numeric = [i for i, e in enumerate(expected) if expected_value(e.get("value"), e.get("unit"))[0] is not None]
    fields = {i: [compare_fields(expected[i], a, by_id) for a in actual] for i in numeric}
    pairs = [(1.0 + 0.1 * sum(f.values()), i, j) for i in numeric for j, f in enumerate(fields[i]) if f["file"] and f["indicator"] and f["value"]]
    matched = _greedy(pairs, 1.0)
    used = set(matched.values())
    right, returned_right, diffs = 0, 0, []  # returned_right: rows that came back and are right (a row in words is right by its absence)
    for i, e in enumerate(expected):
        if i not in fields:  # in words: nothing may stand in its place
            keys = series_keys(e.get("indicator"), e.get("unit")) or series_keys(e.get("indicator")) or ()
            there = [j for j, a in enumerate(actual) if j not in used and os.path.basename(a.source) == e.get("file") and a.indicator in keys
                     and a.kind == e.get("kind", "target") and a.year == e.get("year")]
            if there:
                used.update(there)
                a = actual[there[0]]
                diffs.append({"expected": _row_label(e), "actual": f"{a.region} {a.original} ({a.comparator}, {a.year}, {a.kind})", "fields": ["value"]})
            else:
                right += 1
        elif i not in matched:
            diffs.append({"expected": _row_label(e), "actual": None, "fields": ["file", "value"]})
        else:
            wrong = [k for k, ok in fields[i][matched[i]].items() if not ok]
            if wrong:
                a = actual[matched[i]]
                diffs.append({"expected": _row_label(e), "actual": f"{a.region} {a.original} ({a.comparator}, {a.year}, {a.kind})", "fields": wrong})
            else:
                right += 1
                returned_right += 1
    extra = [f"{a.region} {a.indicator} {a.original} ({a.year}, {a.kind}) in {a.source}" for j, a in enumerate(actual) if j not in used]
    n = len(expected)
    value = right / n if n else (1.0 if not actual else 0.0)
    why = f"right {right}/{n}, {len(extra)} rows not labelled"
    return Score("compare", value, right == n and not extra, why,
                 {"right": right, "returned_right": returned_right, "expected": n, "actual": len(actual), "diffs": diffs, "extra": extra})


def compare_scope(expected: Sequence[Mapping[str, Any]], rows: Sequence[Any], years: Mapping[str, int | None] | None = None) -> list[Any]:
    """The rows a compare case is scored on, as the labels are written (evals/LABELING.md): of a
    report of year Y (``years``, from the manifest), its targets for Y and its results for Y−1;
    of the label's indicator as the labels mean it (``gdp`` with %: GDP growth), and of another
    measure of it (a level in 亿元) only where a label gives one for that file, kind and year (a
    review that gives only the level)."""
    import os

    if not expected:
        return list(rows)
    years = years or {}
    primary = set(series_keys(expected[0].get("indicator")) or ())
    slots: dict[tuple[Any, ...], set[str]] = {}
    for e in expected:
        slots.setdefault((e.get("file"), e.get("kind", "target"), e.get("year")), set()).update(series_keys(e.get("indicator"), e.get("unit")) or ())

    def labelled_kind_of_figure(r: Any) -> bool:
        y = years.get(os.path.basename(r.source))
        return y is None or (r.kind == "target" and r.year == y) or (r.kind == "result" and r.year == y - 1)

    return [r for r in rows if labelled_kind_of_figure(r)
            and (r.indicator in primary or r.indicator in slots.get((os.path.basename(r.source), r.kind, r.year), set()))]


def _row_label(e: Mapping[str, Any]) -> str:
    return f"{e.get('file')} {e.get('region') or ''} {e.get('indicator')} {e.get('value')}{e.get('unit') or ''} ({e.get('comparator')}, {e.get('year')}, {e.get('kind', 'target')})"


def track_fields(expected: Mapping[str, Any], actual: Any, by_id: Mapping[str, Plan]) -> dict[str, bool]:
    """Which fields of an actual track row agree with a labelled pair: the target (file, year,
    indicator, value as written), the result (file and value) unless the pair is ``unclear``, the
    verdict, and whether both citations verify."""
    import os

    target = written_figure(expected.get("target"))
    tv, tu = target or (None, None)
    out = {
        "target_file": os.path.basename(actual.target_source) == expected.get("target_file"),
        "year": expected.get("year") == actual.year,
        "indicator": actual.indicator in (series_keys(expected.get("indicator"), tu) or ()),
        # a target in words (与经济增长基本同步) is matched by its words
        "target": _values_match(tv, tu, actual.target_value, actual.target_unit, actual.target_low, actual.target_high) if target
        else _words_in(expected.get("target"), actual.target_original),
        # the labels know met (within a 左右 band or a range), not_met and unclear: beyond the band
        # on the better side (the tool's ``exceeded``) is not within it, so a label says not_met
        "verdict": expected.get("verdict") == ("not_met" if actual.verdict == "exceeded" else actual.verdict),
        "cited": _cited(actual.target_citation, by_id) and (actual.result_citation is None or _cited(actual.result_citation, by_id)),
    }
    if expected.get("verdict") != "unclear":  # an unclear result may be words (稳中有升) the tool need not quote
        result = written_figure(expected.get("result"))
        rv, ru = result or (None, None)
        out["result_file"] = actual.result_source is not None and os.path.basename(actual.result_source) == expected.get("result_file")
        out["result"] = _values_match(rv, ru, actual.result_value, actual.result_unit) if result else _words_in(expected.get("result"), actual.result_original)
    return out


def _words_in(words: Any, text: Any) -> bool:
    """A figure labelled in words (进一步下降) is matched when the tool's original text holds them."""
    from ..reading.scripts import to_simplified

    fold = lambda s: re.sub(r"\s", "", to_simplified(str(s or "")))  # noqa: E731
    return bool(fold(words)) and fold(words) in fold(text)



def track_match(expected: Sequence[Mapping[str, Any]], actual: Sequence[Any], plans: Iterable[Plan]) -> Score:
    """Labelled pairs against the rows ``policyqa.track`` returned (one to one, by target file,
    year, indicator and target first). A pair is right when its verdict, its result (for ``met``
    and ``not_met``) and both citations agree; ``value`` is the share of labelled pairs right."""
    by_id = {p.id: p for p in plans}
    fields = [[track_fields(e, a, by_id) for a in actual] for e in expected]
    pairs = [(1.0 + 0.1 * sum(f.values()), i, j) for i, row in enumerate(fields) for j, f in enumerate(row)
             if f["target_file"] and f["year"] and f["indicator"] and f["target"]]
    matched = _greedy(pairs, 1.0)
    right, diffs = 0, []
    for i, e in enumerate(expected):
        label = f"{e.get('indicator')} {e.get('year')}: {e.get('target')} → {e.get('result')} {e.get('verdict')}"
        if i not in matched:
            diffs.append({"expected": label, "actual": None, "fields": ["target"]})
            continue
        wrong = [k for k, ok in fields[i][matched[i]].items() if not ok]
        if wrong:
            a = actual[matched[i]]
            diffs.append({"expected": label, "actual": f"{a.year}: {a.target_original} → {a.result_original} {a.verdict}", "fields": wrong})
        else:
            right += 1
    used = set(matched.values())
    extra = [f"{a.indicator} {a.year}: {a.target_original} → {a.result_original} {a.verdict} ({a.target_source})" for j, a in enumerate(actual) if j not in used]
    n = len(expected)
    value = right / n if n else (1.0 if not actual else 0.0)
    why = f"right {right}/{n}, {len(extra)} pairs not labelled"
    return Score("track", value, right == n and not extra, why, {"right": right, "expected": n, "actual": len(actual), "diffs": diffs, "extra": extra})
