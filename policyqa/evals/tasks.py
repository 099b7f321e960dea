"""Tasks: what an engine is asked for each kind of case, and how the answer is scored.

A :class:`Task` is a solver (engine, case → output as JSON), the scorers that apply to its
cases, and how its expectation and output read as text in a report; one per kind of case:
``question``, ``metadata``, ``measures``, ``targets``, ``summary``, and ``compare`` and ``track``
over several documents (``series/*.yaml``) (:data:`TASKS`). The
scorers below are registered with the metrics they feed (:mod:`.metrics`); each is a thin
adapter from a case and an output to one of the comparison functions of :mod:`.scorers`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from . import scorers
from .cases import Case
from .metrics import mean, passed, ratio, scorer
from .scorers import Score

# -- the documents a run reads, loaded once -------------------------------------------------------


class Plans:
    """The documents the cases name, each loaded once, and the corpora of question scopes."""

    def __init__(self, dirs: Sequence[str] = (), judge: Any = None):
        self.dirs = [Path(d) for d in dirs]
        self.judge = judge
        self._by_file: dict[str, list[Any]] = {}
        self._corpora: dict[tuple[str, ...], Any] = {}

    def path(self, file: str) -> Path:
        for d in self.dirs:
            if (d / file).is_file():
                return d / file
        return (self.dirs[0] if self.dirs else Path(".")) / file

    def of(self, file: str) -> list[Any]:
        if file not in self._by_file:
            from ..structure.plan import load

            self._by_file[file] = load(self.path(file))
        return self._by_file[file]

    def all_of(self, files: Sequence[str]) -> list[Any]:
        return [p for f in files for p in self.of(f)]

    def scope(self, files: Sequence[str]) -> Any:
        """A Corpus over the scope's plans (built once per scope)."""
        key = tuple(sorted(files))
        if key not in self._corpora:
            from ..retrieval.corpus import Corpus

            self._corpora[key] = Corpus(self.all_of(key))
        return self._corpora[key]

    def find(self, case: Case) -> Any | None:
        """The loaded plan a plan case labels: the one of its region, else the one at its position."""
        plans = self.of(case.file or "")
        region = case.data.get("region")
        if region:
            hits = [p for p in plans if scorers.region_matches(p.region, region)]
            if len(hits) == 1:
                return hits[0]
        if case.index < len(plans) and (not region or not any(p.region for p in plans)):
            return plans[case.index]
        if len(plans) == 1 and case.data.get("plans_in_file", 1) == 1:
            return plans[0]  # one plan found, one labelled: its region is scored by the metadata case
        return None


# -- scorers --------------------------------------------------------------------------------------
def _is(kind: str) -> Callable[[Case], bool]:
    return lambda case: case.kind == kind


def _answerable(case: Case) -> bool:
    return case.kind == "question" and not case.data["abstain"]


def _answer(output: Any) -> Any:
    from ..models import Answer

    return None if output is None else Answer.model_validate(output)


def _failed(name: str, **details: Any) -> Score:
    return Score(name, 0.0, False, "no output (the engine failed)", details)


@scorer("abstention", applies=_is("question"), metrics=[
    passed("abstention.unanswerable", "unanswerable questions abstained on", where=lambda r: bool(r.expected.get("abstain"))),
    passed("abstention.answerable", "answerable questions not abstained on", where=lambda r: not r.expected.get("abstain"))])
def abstention(case: Case, output: Any, ctx: Plans) -> Score:
    ans = _answer(output)
    return _failed("abstention") if ans is None else scorers.abstention(ans, case.data["abstain"])


@scorer("correct", applies=_answerable, metrics=[
    passed("questions.correct", "answerable questions answered with every labelled group (and not abstained)"),
    passed("questions.correct.english", "English questions answered right", where=lambda r: r.category == "english"),
    passed("questions.correct.cross", "questions across plans answered right", where=lambda r: r.category == "cross")])
def correct(case: Case, output: Any, ctx: Plans) -> Score:
    ans = _answer(output)
    if ans is None:
        return _failed("correct")
    s = scorers.answer_correct("" if ans.abstained else ans.answer, case.data["must_include"])
    if ans.abstained:
        return Score("correct", 0.0, False, "abstained on an answerable question", s.details)
    return s


@scorer("citations_placed", applies=_answerable, metrics=[passed("questions.cited", "answerable questions citing the labelled files and regions")])
def citations_placed(case: Case, output: Any, ctx: Plans) -> Score:
    ans = _answer(output)
    if ans is None:
        return _failed("citations_placed")
    return scorers.citations_placed(ans.citations, case.data.get("cite_in") or (), case.data.get("cite_regions") or ())


def _citations_of(kind: str, output: Any) -> list[Any]:
    from ..models import Answer, Measure, Summary, Target

    if output is None:
        return []
    if kind == "question":
        return list(Answer.model_validate(output).citations)
    if kind == "measures":
        return [c for m in output for c in Measure.model_validate(m).citations]
    if kind == "targets":
        return [Target.model_validate(t).citation for t in output]
    if kind == "summary":
        return Summary.model_validate(output).citations()
    return []


def _valid_total(s: Score) -> Score:
    d = dict(s.details)
    d["valid"] = d.get("total", 0) - d.get("bad", 0)
    return Score(s.name, s.value, s.passed, s.explanation, d)


@scorer("citations_valid", applies=lambda case: case.kind != "metadata", metrics=[ratio("citations.valid", "valid", "total", "citations (of every output) that verify at their offsets")])
def citations_valid(case: Case, output: Any, ctx: Plans) -> Score:
    plans = ctx.all_of(case.data["scope"]) if case.kind == "question" else ctx.of(case.file or "")
    return _valid_total(scorers.citations_valid(_citations_of(case.kind, output), plans))


@scorer("measures", applies=_is("measures"), metrics=[
    ratio("measures.recall", "matched", "expected", "labelled measures found"),
    ratio("measures.precision", "matched", "actual", "measures returned that are labelled")])
def measures(case: Case, output: Any, ctx: Plans) -> Score:
    from ..models import Measure

    return scorers.measure_match(case.data["expected"], [Measure.model_validate(m) for m in output or []])


@scorer("targets", applies=_is("targets"), metrics=[
    ratio("targets.recall", "right", "expected", "labelled figures right in value, unit, comparator, year and kind"),
    ratio("targets.found", "found_n", "expected", "labelled figures found with the right value and unit"),
    ratio("targets.precision", "right", "actual", "figures returned that are labelled and right"),
    ratio("targets.kind", "kind_right", "found_n", "figures found whose kind (target or result) is right"),
    ratio("targets.year", "year_right", "found_n", "figures found whose year is right")])
def targets(case: Case, output: Any, ctx: Plans) -> Score:
    from ..models import Target

    return scorers.target_match(case.data["expected"], [Target.model_validate(t) for t in output or []])


@scorer("summary_facts", applies=_is("summary"), metrics=[mean("summary.coverage", "summary facts mentioned")])
def summary_facts(case: Case, output: Any, ctx: Plans) -> Score:
    from ..models import Summary

    if output is None:
        return _failed("summary_facts")
    return scorers.fact_coverage(scorers.summary_text(Summary.model_validate(output)), case.data["expected"])


@scorer("metadata", applies=_is("metadata"), metrics=[
    mean("metadata.accuracy", "labelled metadata fields right (null when the plan gives none)"),
    *[ratio(f"metadata.{k}", f"{k}_ok", f"{k}_n", f"{k} right") for k in ("region", "title", "author", "issuer", "date")]])
def metadata(case: Case, output: Any, ctx: Plans) -> Score:
    s = scorers.metadata_match(case.data["expected"], output or {})
    return s if output is not None else Score("metadata", 0.0, False, "no output (the plan was not found)", dict(s.details, wrong=list(case.data["expected"])) | {f"{k}_ok": 0 for k in case.data["expected"]})


@scorer("judge", applies=_answerable, optional=True, metrics=[passed("questions.judged", "answerable questions an LLM judge passed")])
def judge(case: Case, output: Any, ctx: Plans) -> Score:
    ans = _answer(output)
    if ans is None:
        return _failed("judge")
    d = case.data
    return scorers.llm_judge(ctx.judge, d["question"], " ; ".join(" | ".join(g) for g in d["must_include"]), ans.answer)


# -- tasks ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Task:
    """One kind of case: how an engine is asked (``solve``) and how its cases read in a report."""

    name: str
    solve: Callable[[Any, Case, Plans], Any]
    expected_text: Callable[[Any], str]
    actual_text: Callable[[Any], str]


def _plan_of(case: Case, ctx: Plans) -> Any:
    plan = ctx.find(case)
    if plan is None:
        found = ", ".join(str(p.region) for p in ctx.of(case.file or "")) or "none"
        raise LookupError(f"no plan of region {case.data.get('region')} in {case.file} (plans found: {found})")
    return plan


def _solve_question(engine: Any, case: Case, ctx: Plans) -> Any:
    return engine.ask(case.data["question"], ctx.scope(case.data["scope"])).model_dump(mode="json")


def _solve_metadata(engine: Any, case: Case, ctx: Plans) -> Any:
    info = _plan_of(case, ctx).info()
    return {k: info.get(k) for k in ("id", "region", "title", "author", "issuer", "date")}


def _groups_text(groups: Sequence[Sequence[str]]) -> str:
    return " ; ".join(" | ".join(g) for g in groups)


def _question_expected(e: Any) -> str:
    lines = [f"Q: {e.get('question', '')}"]
    if e.get("abstain"):
        lines.append("must abstain (the plans do not say)")
    else:
        lines.append("must include: " + _groups_text(e.get("must_include") or []))
        if e.get("cite_in"):
            lines.append("cite in: " + ", ".join(e["cite_in"]))
        if e.get("cite_regions"):
            lines.append("cite regions: " + ", ".join(e["cite_regions"]))
    return "\n".join(lines)


def _question_actual(o: Any) -> str:
    from ..render import citation_line

    lines = [("[abstained] " if o.get("abstained") else "") + str(o.get("answer", ""))]
    lines += [f"[{i}] {citation_line(c)} {str(c.get('quote', ''))[:80]}" for i, c in enumerate(o.get("citations") or [], 1)]
    return "\n".join(lines)


def _summary_actual(o: Any) -> str:
    from ..models import Summary

    return scorers.summary_text(Summary.model_validate(o))


def _pairs(d: Any) -> str:
    return "\n".join(f"{k}: {v}" for k, v in d.items())


def _target_label(t: Any) -> str:
    return f"{t.get('metric')}: {t.get('value')}{t.get('unit') or ''} {t.get('comparator') or ''} year={t.get('year')} {t.get('kind', 'target')}{' (optional)' if t.get('optional') else ''}"


TASKS: dict[str, Task] = {t.name: t for t in (
    Task("question", _solve_question, _question_expected, _question_actual),
    Task("metadata", _solve_metadata, _pairs, _pairs),
    Task("measures", lambda engine, case, ctx: [m.model_dump(mode="json") for m in engine.measures(_plan_of(case, ctx))],
         lambda e: "\n".join(f"{i}. {m.get('title')}" for i, m in enumerate(e, 1)),
         lambda o: "\n".join(f"{i}. {m.get('title')}" for i, m in enumerate(o, 1)) or "(no measures)"),
    Task("targets", lambda engine, case, ctx: [t.model_dump(mode="json") for t in engine.targets(_plan_of(case, ctx))],
         lambda e: "\n".join(_target_label(t) for t in e),
         lambda o: "\n".join(f"{t.get('metric')}: {t.get('original')} {t.get('comparator') or ''} year={t.get('year')} {t.get('kind')}" for t in o) or "(no targets)"),
    Task("summary", lambda engine, case, ctx: engine.summarize(_plan_of(case, ctx)).model_dump(mode="json"),
         lambda e: "must mention: " + _groups_text(e), _summary_actual),
)}


def expected_of(case: Case) -> Any:
    """What a case's result records as expected: the labels (a question's own fields)."""
    if case.kind == "question":
        return {k: case.data.get(k) for k in ("question", "must_include", "abstain", "cite_in", "cite_regions", "scope") if case.data.get(k) is not None}
    return case.data.get("expected")


def source_name(path: str) -> str:
    return os.path.basename(path)


# -- series: compare and track (cases from series/*.yaml) -----------------------------------------
def _series_keys_of(case: Case) -> set[str]:
    """Every indicator key of ``policyqa.compare`` rows the case's labels can name."""
    d = case.data
    keys = set(scorers.series_keys(d["indicator"]) or ())
    for e in d["expected"]:
        unit = e.get("unit") if case.kind == "compare" else (scorers.written_figure(e.get("target")) or (None, None))[1]
        keys |= set(scorers.series_keys(e.get("indicator"), unit) or ())
    return keys


@scorer("compare", applies=_is("compare"), metrics=[
    ratio("compare.accuracy", "right", "expected", "labelled compare rows right: file, region, indicator, value, unit, comparator, year, kind, a citation that verifies"),
    ratio("compare.precision", "returned_right", "actual", "compare rows returned (of the labelled indicators) that are labelled and right")])
def compare_rows(case: Case, output: Any, ctx: Plans) -> Score:
    from ..analysis.comparison import CompareRow

    if output is None:
        return _failed("compare", right=0, expected=len(case.data["expected"]), actual=0)
    rows = scorers.compare_scope(case.data["expected"], [CompareRow.model_validate(r) for r in output], case.data.get("years"))
    return scorers.compare_match(case.data["expected"], rows, ctx.all_of(case.data["files"]))


@scorer("track", applies=_is("track"), metrics=[
    ratio("track.accuracy", "right", "expected", "labelled target/result pairs right: target, result (unless unclear), verdict, both citations verify"),
    ratio("track.precision", "right", "actual", "tracked pairs returned (of the labelled indicators) that are labelled and right")])
def track_pairs(case: Case, output: Any, ctx: Plans) -> Score:
    from ..analysis.tracking import TrackRow

    if output is None:
        return _failed("track", right=0, expected=len(case.data["expected"]), actual=0)
    return scorers.track_match(case.data["expected"], [TrackRow.model_validate(r) for r in output], ctx.all_of(case.data["files"]))


def _solve_compare(engine: Any, case: Case, ctx: Plans) -> Any:
    """What ``policyqa compare FILES --indicator …`` returns for the label's indicator (all its measures)."""
    from ..analysis.comparison import compare

    keys = _series_keys_of(case)
    return [r.model_dump(mode="json") for r in compare(ctx.all_of(case.data["files"]), engine=engine) if r.indicator in keys]


def _solve_track(engine: Any, case: Case, ctx: Plans) -> Any:
    """What ``policyqa track FILES`` returns for the label's indicator (regions as the plans give them)."""
    from ..analysis.tracking import track

    keys = _series_keys_of(case)
    return [r.model_dump(mode="json") for r in track(ctx.all_of(case.data["files"]), engine) if r.indicator in keys]


def _compare_expected(e: Any) -> str:
    return "\n".join(f"{r.get('file')} {r.get('region') or ''} {r.get('indicator')} {r.get('value')}{r.get('unit') or ''} {r.get('comparator') or ''} year={r.get('year')} {r.get('kind', '')}"
                     for r in e) or "(no rows)"


def _compare_actual(o: Any) -> str:
    return "\n".join(f"{source_name(r.get('source', ''))} {r.get('region') or ''} {r.get('indicator')} {r.get('original')} year={r.get('year')} {r.get('kind')}"
                     for r in o or []) or "(no rows)"


def _track_expected(e: Any) -> str:
    return "\n".join(f"{p.get('indicator')} {p.get('year')}: {p.get('target')} ({p.get('target_file')}) → {p.get('result')} ({p.get('result_file')}) {p.get('verdict')}"
                      for p in e) or "(no pairs)"


def _track_actual(o: Any) -> str:
    return "\n".join(f"{r.get('indicator')} {r.get('year')}: {r.get('target_original')} ({source_name(r.get('target_source', ''))}) → {r.get('result_original')} "
                     f"({source_name(r.get('result_source') or '')}) {r.get('verdict')}" for r in o or []) or "(no pairs)"


TASKS["compare"] = Task("compare", _solve_compare, _compare_expected, _compare_actual)
TASKS["track"] = Task("track", _solve_track, _track_expected, _track_actual)
