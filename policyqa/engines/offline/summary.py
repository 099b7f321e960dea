"""Extractive summaries: a plan's own sentences, chosen for coverage, every one cited.

    summarize(plan, lang="zh") -> Summary
        overview     the opening sentence, the first goal sentence, then sentences picked by
                     maximal marginal relevance (close to the plan's character-bigram centroid,
                     far from what is already picked), in document order
        goals        sentences that set goals: 目标 / 力争 / 争取 / 确保 / 到20xx年 / 预期
        target_year  the year the plan aims at when its text says so (到2027年 → 2027), else None
        key_targets  targets of kind "target" with a year first, then other targets; a plan that
                     only reports results gets its first results
        sections     measures grouped by section, one cited span each: title + first clause
        warnings     why the text may not be a plan (Plan.warnings), or why the summary is empty
    render(summary, fmt="text" | "markdown", plan=None) -> str
        a readable rendering with numbered citations [1] [2] and a list of their sources

Nothing is paraphrased: every sentence is a verified span of the plan (``lang="en"`` changes
the labels of the rendering, never the quotes).
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ... import progress
from ...citations import cite, verify
from ...models import CitedSentence, Summary, SummarySection, Target
from ...structure.metadata import ISSUED, told_title
from ...structure.passages import CLAUSE_END
from ...structure.plan import windows
from .targets import RESULT_MARKERS, TARGET_MARKERS, find_targets
from ... import patterns

if TYPE_CHECKING:
    from ...structure.plan import Plan

GOAL = patterns.compile(r"目标|力争|争取|确保|预期(?!寿命)|(?:到|至)\s*(?:19|20)\d\d\s*年")
_YEAR_AIM = patterns.compile(r"(?:到|至)\s*((?:19|20)\d\d)\s*年")
_TERMINAL = "。！？；!?;"
MAX_OVERVIEW = 5
MAX_GOALS = 6
MAX_KEY_TARGETS = 8
MAX_SECTIONS = 12
MAX_PER_SECTION = 8

@dataclass(frozen=True)
class _Sentence:
    start: int  # clean document offsets
    end: int
    text: str
    simplified: str
    index: int


# The forms of a report or a speech, which say nothing of the plan ("现在，我代表…向大会报告工作，请予审议").
_CEREMONY = patterns.compile(r"向大会(?:作|报告)|报告工作|请予审议|提出意见|各位代表|同志们[：:，,]|谢谢大家|我代表.{2,20}(?:政府|委员会)")


def _sentences(plan: Plan) -> list[_Sentence]:
    """The plan's sentences that can stand in a summary (not headings, bylines or fragments)."""
    simp = plan.simplified if len(plan.simplified) == len(plan.text) else plan.text
    out: list[_Sentence] = []
    for p in plan.passages:
        if p.kind != "sentence":
            continue
        t = p.text.strip()
        if len(t) < 12 or t[-1] not in _TERMINAL + "”’」』）)" or _CEREMONY.search(t):
            continue
        a = p.clean_start - plan.clean_start
        out.append(_Sentence(p.clean_start, p.clean_end, t, simp[a : a + len(p.text)], len(out)))
    return out


def _bigrams(s: str) -> Counter[str]:
    chars = [c for c in s if "\u4e00" <= c <= "\u9fff" or c.isalnum()]
    return Counter(a + b for a, b in zip(chars, chars[1:]))


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    return dot / (math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values())))


def _cited(plan: Plan, start: int, end: int) -> CitedSentence | None:
    c = cite(plan, start, end)
    if not verify(c, plan):
        return None
    return CitedSentence(text=c.quote, citations=[c])


def _overview(length: int, sentences: list[_Sentence], *, news: bool = False) -> list[_Sentence]:
    """Up to five of ``sentences`` (of a text ``length`` characters long), by maximal marginal
    relevance; the opening first, then in a news post the sentence of its first half that reports a
    plan issued ("…进一步印发《…攻坚行动方案》"), then the first goal sentence."""
    if not sentences:
        return []
    k = max(2, min(MAX_OVERVIEW, length // 700 + 1))
    vecs = [_bigrams(s.simplified) for s in sentences]
    df: Counter[str] = Counter()
    for v in vecs:
        df.update(v.keys())
    n = len(vecs)
    weighted = [Counter({g: c * math.log(1 + n / df[g]) for g, c in v.items()}) for v in vecs]
    centroid: Counter[str] = Counter()
    for v in weighted:
        centroid.update(v)
    relevance = []
    for s, v in zip(sentences, weighted):
        r = _cosine(v, centroid)
        if s.index < 3:
            r *= 1.3  # openings state what the plan is
        if len(s.text) > 160:
            r *= 0.6  # a very long sentence says too many things to summarise
        relevance.append(r)
    picked: list[int] = [0]
    if news:
        issued = next((s.index for s in sentences if 2 * s.index < n and ISSUED.search(s.simplified)), None)
        if issued is not None and issued != 0 and len(picked) < k:
            picked.append(issued)
    goal = next((s.index for s in sentences if GOAL.search(s.simplified) and s.index not in picked), None)
    if goal is not None and len(picked) < k:
        picked.append(goal)
    while len(picked) < min(k, n):
        best, best_score = None, -1.0
        for i in range(n):
            if i in picked:
                continue
            redundancy = max(_cosine(weighted[i], weighted[j]) for j in picked)
            score = 0.7 * relevance[i] - 0.3 * redundancy
            if score > best_score:
                best, best_score = i, score
        if best is None:
            break
        picked.append(best)
    return [sentences[i] for i in sorted(picked)]


def target_year(plan: Plan, targets: list[Target] | None = None) -> int | None:
    """The year the plan aims at when its text says so (到2027年 …), else from its dated targets, else None."""
    return _most_named(Counter(int(y) for y in _YEAR_AIM.findall(plan.simplified)), Counter(t.year for t in targets or () if t.kind == "target" and t.year))


def _most_named(aims: Counter[int], target_years: Counter[int]) -> int | None:
    years = aims or target_years
    if not years:
        return None
    top = max(years.values())
    return max(y for y, c in years.items() if c == top)


_HEADLINE = patterns.compile(r"预期目标|主要目标|主要指标|发展目标")


class _KeyTargets:
    """A report's headline targets ("主要预期目标是：…") first, then the first dated targets, then
    undated ones; a plan that only reports results gets its first results."""

    def __init__(self) -> None:
        self.headline: list[Target] = []
        self.dated: list[Target] = []
        self.undated: list[Target] = []
        self.results: list[Target] = []
        self.years: Counter[int] = Counter()

    def add(self, targets: list[Target]) -> None:
        for t in targets:
            if t.kind == "target":
                if t.year:
                    self.years[t.year] += 1
                group = self.headline if _HEADLINE.search(t.citation.quote) else self.dated if t.year else self.undated
                if len(group) < MAX_KEY_TARGETS:
                    group.append(t)
            elif len(self.results) < MAX_KEY_TARGETS // 2:
                self.results.append(t)

    def chosen(self) -> list[Target]:
        return (self.headline + self.dated + self.undated)[:MAX_KEY_TARGETS] or self.results


# -- measures by section ---------------------------------------------------------------------
def _title_span(plan: Plan, start: int, limit: int) -> tuple[int, int]:
    """From ``start``: the measure's title sentence and the first clause after it (clean offsets)."""
    text = plan.document.text
    end = min(limit, plan.clean_end)
    i = start
    while i < end and text[i] not in _TERMINAL + "\n":
        i += 1
    if i < end and text[i] in _TERMINAL:
        i += 1
        j = i
        while j < end and text[j] != "\n" and not CLAUSE_END.match(text[j]):
            j += 1
        if j > i and j - start <= 120:
            i = j
    return start, min(i, start + 160)


def _sections_from_measures(plan: Plan) -> list[SummarySection]:
    """The plan's measures grouped by their outermost section (the structure layer's path)."""
    from .measures import find_measures

    groups: dict[str, dict[tuple[str, ...], list[CitedSentence]]] = {}
    for m in find_measures(plan):
        if not m.citations:
            continue
        c = m.citations[0]
        cs, ce = plan.document.clean_span(c.start, c.end)
        item = _cited(plan, *_title_span(plan, cs, ce))
        if item is None:
            continue
        top = m.section[0] if m.section else told_title(plan)  # (a news post's: the plan whose measures it reports)
        groups.setdefault(top, {}).setdefault(tuple(m.section[1:]), []).append(item)
    # each section's measures in the order a cut keeps them: the first of every group of it (a
    # "（三）大力推进新型城镇化" and its items) before the second of any, so that a summary's few
    # measures cover the section's groups rather than its first ones (summarize puts them back in
    # the plan's order)
    return [SummarySection(title=t, measures=[ms[k] for k in range(max(map(len, g.values()))) for ms in g.values() if k < len(ms)])
            for t, g in list(groups.items())[:MAX_SECTIONS]]  # (cut in summarize)


_PROBLEM = patterns.compile(r"问题|不足|短板|差距|困难|挑战|薄弱|压力|风险隐患|不够")


def _is_goal(s: str) -> bool:
    """A sentence that sets a goal, not one that reports a result (争取 in 要素争取 is no goal) nor
    one that asks ("…深圳的底气何在，如何实现？")."""
    if not GOAL.search(s) or s.rstrip("”’」』）) ").endswith(("？", "?")):
        return False
    return len(RESULT_MARKERS.findall(s)) <= len(TARGET_MARKERS.findall(s))


# -- the public functions --------------------------------------------------------------------
def summarize(plan: Plan, *, lang: str = "zh") -> Summary:
    """An extractive summary of ``plan``; every sentence is a verified span of it.

    A plan longer than :data:`policyqa.structure.plan.WINDOW` (no real one is) is read window by window:
    each window's overview candidates, first goals, figures and sections are kept, the rest let
    go, and the overview is chosen again among the candidates; progress is reported as it goes.
    """
    if lang not in ("zh", "en"):
        lang = "zh"
    from ...structure.sections import context_at, is_news

    length = plan.clean_end - plan.clean_start
    label = f"summarize {os.path.basename(plan.source)}"
    candidates: list[_Sentence] = []
    goals: list[CitedSentence] = []
    key = _KeyTargets()
    aims: Counter[int] = Counter()
    sections: dict[str, list[CitedSentence]] = {}
    n_windows = 0
    news = is_news(plan)
    for window in windows(plan):
        n_windows += 1
        sentences = _sentences(window)
        candidates += _overview(window.clean_end - window.clean_start, sentences, news=news)
        for s in sentences:
            if len(goals) >= MAX_GOALS:
                break
            # a goal is set for what is to come: not in a review of the past, not a problem named
            if _is_goal(s.simplified) and context_at(plan, s.start).kind != "result" and not _PROBLEM.search(s.simplified) and (c := _cited(plan, s.start, s.end)):
                goals.append(c)
        key.add(find_targets(window))
        aims.update(int(y) for y in _YEAR_AIM.findall(window.simplified))
        for sec in _sections_from_measures(window):
            sections.setdefault(sec.title, []).extend(sec.measures)
        progress.step(label, window.clean_end - plan.clean_start, length)
    if n_windows > 1:  # choose again among the windows' choices
        candidates = _overview(length, [replace(c, index=i) for i, c in enumerate(candidates)], news=news)
    overview = [c for s in candidates if (c := _cited(plan, s.start, s.end))]
    key_targets = key.chosen()
    warnings = list(plan.warnings)
    if not (overview or goals or key_targets or sections):
        warnings.append("nothing to summarize: no sentence ending in 。！？, goal, figure or measure was found")
    return Summary(
        plan_id=plan.id,
        language=lang,  # type: ignore[arg-type]
        overview=overview,
        goals=goals,
        target_year=_most_named(aims, key.years),
        key_targets=key_targets,
        sections=[SummarySection(title=t, measures=sorted(ms[:per], key=lambda c: c.citations[0].start)) for per in [MAX_PER_SECTION if len(sections) > 1 else 2 * MAX_PER_SECTION]
                  for t, ms in list(sections.items())[:MAX_SECTIONS]],  # a plan of one section of work: room for more of it
        engine="offline",
        warnings=warnings,
    )
