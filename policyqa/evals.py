"""Evals: hand-labelled cases (:mod:`policyqa.cases`), an engine, scorers → an :class:`EvalRun`, a gate,
and a diff against a baseline (:mod:`policyqa.baseline`).

    cases = load_cases("evals/cases")                 # questions.yaml + plans/<stem>.yaml
    run = policyqa.evals.run(get_engine("offline"), cases)
    policyqa.report.write(run, "eval-report")         # results.jsonl, report.md, report.html
    failures = check_thresholds(run, load_thresholds("evals/thresholds.yaml"))
    diff = compare(run, load_baseline("evals/baseline-offline.json"))

A case is one question, or one task on one labelled plan (its metadata, measures, targets or
summary). Each case's output is kept as JSON, so :func:`rescore` scores a saved run again
without calling any engine. Engines are called through their public methods only; tokens
and cost are read from ``engine.usage`` when the engine keeps one (the LLM engine does).
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from . import scorers
from .baseline import Comparison, compare, diff_output, load_baseline, save_baseline, to_baseline  # noqa: F401  (re-exported)
from .cases import Case, _fail, _read_yaml, load_cases, select  # noqa: F401  (re-exported)
from .scorers import Score


# -- results ------------------------------------------------------------------------------------
@dataclass
class CaseResult:
    """What one case produced and how it scored. ``output`` is the engine's output as JSON."""

    id: str
    kind: str
    category: str
    plan: str
    passed: bool
    scores: dict[str, dict[str, Any]]
    output: Any
    expected: Any
    error: str | None = None
    seconds: float = 0.0
    tokens: int = 0
    cost: float | None = 0.0  # None: the engine's prices are unknown

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "CaseResult":
        return cls(**{k: d.get(k) for k in ("id", "kind", "category", "plan", "passed", "scores", "output", "expected", "error")},
                   seconds=float(d.get("seconds") or 0), tokens=int(d.get("tokens") or 0), cost=None if d.get("cost", 0) is None else float(d.get("cost") or 0))


@dataclass
class EvalRun:
    """A run of cases through one engine: per-case results and aggregate metrics."""

    engine: str
    results: list[CaseResult]
    started: str = ""
    seconds: float = 0.0
    cases_dir: str = ""
    metrics: dict[str, float] = field(default_factory=dict)

    @property
    def tokens(self) -> int:
        return sum(r.tokens for r in self.results)

    @property
    def cost(self) -> float:
        """What the run cost (of the cases whose cost is known; see :attr:`cost_known`)."""
        return sum(r.cost or 0.0 for r in self.results)

    @property
    def cost_known(self) -> bool:
        return all(r.cost is not None for r in self.results)

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.results)

    def failing(self) -> list[CaseResult]:
        return [r for r in self.results if not r.passed]

    def by(self, key: str) -> dict[str, tuple[int, int]]:
        """``{group: (passed, total)}`` by ``category``, ``plan`` or ``kind``, in first-seen order."""
        out: dict[str, list[int]] = {}
        for r in self.results:
            g = out.setdefault(getattr(r, key), [0, 0])
            g[0] += r.passed
            g[1] += 1
        keys = list(out)
        if key == "plan":  # seed order, then questions across plans and those no plan answers
            keys.sort(key=lambda k: (k in ("cross", "none"), k))
        return {k: (out[k][0], out[k][1]) for k in keys}

    def header(self) -> dict[str, Any]:
        return {"engine": self.engine, "started": self.started, "seconds": round(self.seconds, 3), "cases_dir": self.cases_dir,
                "cases": len(self.results), "passed": self.passed, "tokens": self.tokens, "cost": round(self.cost, 6) if self.cost_known else None, "metrics": self.metrics}


# -- scoring ------------------------------------------------------------------------------------
class _Plans:
    """The seed plans the cases name, loaded once, and labelled plans found among them."""

    def __init__(self, plans_dir: str):
        self.dir = Path(plans_dir)
        self._by_file: dict[str, list[Any]] = {}
        self._corpora: dict[tuple[str, ...], Any] = {}

    def of(self, file: str) -> list[Any]:
        if file not in self._by_file:
            from .plan import load

            self._by_file[file] = load(self.dir / file)
        return self._by_file[file]

    def all(self) -> list[Any]:
        return [p for f in sorted(os.listdir(self.dir)) if f.endswith(".txt") for p in self.of(f)]

    def scope(self, files: Sequence[str] | None) -> Any:
        """A Corpus over the scope's plans (built once per scope)."""
        key = tuple(sorted(files or []))
        if key not in self._corpora:
            from .corpus import Corpus

            plans = [p for f in key for p in self.of(f)] if key else self.all()
            self._corpora[key] = Corpus(plans)
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
        return None


def _citations_of(kind: str, output: Any) -> list[Any]:
    from .models import Answer, Measure, Summary, Target

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


def score_case(case: Case, output: Any, plans: _Plans, *, judge: Any = None) -> dict[str, Score]:
    """Every scorer that applies to ``case``, on ``output`` (the engine's output as JSON)."""
    from .models import Answer, Measure, Summary, Target

    d = case.data
    out: dict[str, Score] = {}
    if case.kind == "question":
        ans = Answer.model_validate(output)
        out["abstention"] = scorers.abstention(ans, d["abstain"])
        if not d["abstain"]:
            out["correct"] = scorers.answer_correct(ans.answer if not ans.abstained else "", d["must_include"])
            out["citations_placed"] = scorers.citations_placed(ans.citations, d.get("cite_in") or (), d.get("cite_regions") or ())
            if judge is not None:
                out["judge"] = scorers.llm_judge(judge, d["question"], " ; ".join(" | ".join(g) for g in d["must_include"]), ans.answer)
        out["citations_valid"] = scorers.citations_valid(ans.citations, plans.all())
        return out
    plan_list = plans.of(case.file or "")
    if case.kind == "metadata":
        out["metadata"] = scorers.metadata_match(d["expected"], output or {})
        return out
    if case.kind == "measures":
        ms = [Measure.model_validate(m) for m in output]
        out["measures"] = scorers.measure_match(d["expected"], ms)
    elif case.kind == "targets":
        ts = [Target.model_validate(t) for t in output]
        out["targets"] = scorers.target_match(d["expected"], ts)
    elif case.kind == "summary":
        s = Summary.model_validate(output)
        out["summary_facts"] = scorers.fact_coverage(scorers.summary_text(s), d["expected"])
    out["citations_valid"] = scorers.citations_valid(_citations_of(case.kind, output), plan_list)
    return out


def _result(case: Case, output: Any, plans: _Plans, *, error: str | None = None, seconds: float = 0.0, tokens: int = 0, cost: float | None = 0.0, judge: Any = None) -> CaseResult:
    if error is None:
        try:
            scores = score_case(case, output, plans, judge=judge)
        except Exception as e:  # an output that does not validate is a failed case, not a crash
            scores, error = {}, f"output does not validate: {type(e).__name__}: {str(e).splitlines()[0][:200]}"
    else:
        scores = {}
    passed = error is None and bool(scores) and all(s.passed for s in scores.values())
    expected = case.data.get("expected", {k: case.data.get(k) for k in ("question", "must_include", "abstain", "cite_in", "cite_regions", "scope") if case.data.get(k) is not None})
    return CaseResult(case.id, case.kind, case.category, case.plan, passed, {k: s.to_dict() for k, s in scores.items()}, output, expected, error, seconds, tokens, cost)


def _usage(engine: Any) -> tuple[int, float | None]:
    """Tokens and cost the engine has spent so far (0, 0 when it keeps no ``usage``; cost None
    when it keeps usage but does not know its prices)."""
    u = getattr(engine, "usage", None)
    if u is None:
        return 0, 0.0
    if callable(u):
        u = u()
    tokens = getattr(u, "total_tokens", None)
    if tokens is None:
        tokens = (getattr(u, "input_tokens", 0) or getattr(u, "prompt_tokens", 0) or 0) + (getattr(u, "output_tokens", 0) or getattr(u, "completion_tokens", 0) or 0)
    cost = getattr(u, "cost", None)
    return int(tokens or 0), None if cost is None else float(cost)


def _call(engine: Any, case: Case, plans: _Plans) -> Any:
    """Run the engine on one case; its output as JSON."""
    if case.kind == "question":
        return engine.ask(case.data["question"], plans.scope(case.data.get("scope"))).model_dump(mode="json")
    plan = plans.find(case)
    if plan is None:
        found = ", ".join(str(p.region) for p in plans.of(case.file or "")) or "none"
        raise LookupError(f"no plan of region {case.data.get('region')} in {case.file} (plans found: {found})")
    if case.kind == "metadata":
        info = plan.info()
        return {k: info.get(k) for k in ("id", "region", "title", "author", "date")}
    if case.kind == "measures":
        return [m.model_dump(mode="json") for m in engine.measures(plan)]
    if case.kind == "targets":
        return [t.model_dump(mode="json") for t in engine.targets(plan)]
    return engine.summarize(plan).model_dump(mode="json")


def run(engine: Any, cases: Sequence[Case], *, only: str | None = None, judge: Any = None,
        progress: Callable[[int, int, Case], None] | None = None, on_result: Callable[[CaseResult], None] | None = None) -> EvalRun:
    """Run ``cases`` (or those ``only`` selects) through ``engine`` and score each.

    An engine error on one case fails that case and the run goes on. ``judge`` (off by
    default) adds the LLM-judge score to answerable questions. ``progress(done, total, case)``
    is called after each case, and ``on_result(result)`` with each result as it comes (to
    save a long run as it goes: :class:`ResultsWriter`).
    """
    chosen = select(cases, only)
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    t0 = time.perf_counter()
    plans = _Plans(chosen[0].plans_dir if chosen else "")
    results: list[CaseResult] = []
    for n, case in enumerate(chosen, 1):
        tok0, cost0 = _usage(engine)
        c0 = time.perf_counter()
        try:
            output, error = _call(engine, case, plans), None
        except KeyboardInterrupt:
            raise
        except Exception as e:
            output, error = None, f"{type(e).__name__}: {str(e).splitlines()[0][:300] if str(e) else ''}"
        secs = time.perf_counter() - c0
        tok1, cost1 = _usage(engine)
        cost = None if cost0 is None or cost1 is None else cost1 - cost0
        if cost is None and tok1 == tok0:
            cost = 0.0  # nothing spent (an engine with no model, or a cache hit)
        results.append(_result(case, output, plans, error=error, seconds=secs, tokens=tok1 - tok0, cost=cost, judge=judge))
        if on_result:
            on_result(results[-1])
        if progress:
            progress(n, len(chosen), case)
    name = getattr(engine, "name", type(engine).__name__)
    r = EvalRun(str(name), results, started, time.perf_counter() - t0, os.path.dirname(chosen[0].plans_dir) if chosen else "")
    r.metrics = metrics(r)
    return r


# -- metrics, thresholds, baselines -------------------------------------------------------------
def _mean(xs: Iterable[float]) -> float | None:
    xs = list(xs)
    return sum(xs) / len(xs) if xs else None


def metrics(run_: EvalRun) -> dict[str, float]:
    """Aggregate scores of a run (each in [0, 1]; a metric with no case is left out).

    questions.correct      answerable questions answered with every labelled group (and not abstained)
    questions.cited        answerable questions citing the labelled files and regions
    abstention.unanswerable  unanswerable questions abstained on
    abstention.answerable  answerable questions not abstained on
    citations.valid        citations (of every output) that verify at their offsets
    measures.recall / .precision   labelled measures found / actual measures that are labelled
    targets.recall / .precision    labelled figures right in value, unit, comparator, year, kind
    targets.found          labelled figures found with the right value and unit
    summary.coverage       summary facts mentioned
    metadata.accuracy      region/title/author/date fields right
    cases.passed           cases that passed every scorer
    """
    R = run_.results
    q = [r for r in R if r.kind == "question"]
    answerable = [r for r in q if "correct" in r.scores or (r.error and r.expected.get("abstain") is False)]
    unanswerable = [r for r in q if r not in answerable]

    def val(r: CaseResult, key: str, sub: str | None = None) -> float:
        s = r.scores.get(key)
        if not s:
            return 0.0
        return float(s["details"].get(sub, 0.0)) if sub else float(s["value"])

    out: dict[str, float | None] = {
        "questions.correct": _mean(float(bool(r.scores.get("correct", {}).get("passed")) and not r.error and bool(r.scores.get("abstention", {}).get("passed"))) for r in answerable),
        "questions.cited": _mean(float(bool(r.scores.get("citations_placed", {}).get("passed"))) for r in answerable),
        "abstention.unanswerable": _mean(float(bool(r.scores.get("abstention", {}).get("passed"))) for r in unanswerable),
        "abstention.answerable": _mean(float(bool(r.scores.get("abstention", {}).get("passed"))) for r in answerable),
    }
    total = sum(r.scores["citations_valid"]["details"]["total"] for r in R if "citations_valid" in r.scores)
    bad = sum(r.scores["citations_valid"]["details"]["bad"] for r in R if "citations_valid" in r.scores)
    out["citations.valid"] = (total - bad) / total if total else None
    for kind in ("measures", "targets"):
        rs = [r for r in R if r.kind == kind]
        if rs:
            exp = sum(r.scores[kind]["details"]["expected"] if kind in r.scores else len([e for e in r.expected if not (isinstance(e, dict) and e.get("optional"))]) for r in rs)
            act = sum(r.scores[kind]["details"]["actual"] for r in rs if kind in r.scores)
            hit = sum(round(val(r, kind, "recall") * r.scores[kind]["details"]["expected"]) for r in rs if kind in r.scores)
            out[f"{kind}.recall"] = hit / exp if exp else None
            out[f"{kind}.precision"] = hit / act if act else 0.0
            if kind == "targets":
                out["targets.found"] = sum(round(val(r, kind, "found") * r.scores[kind]["details"]["expected"]) for r in rs if kind in r.scores) / exp if exp else None
    out["summary.coverage"] = _mean(val(r, "summary_facts") for r in R if r.kind == "summary")
    out["metadata.accuracy"] = _mean(val(r, "metadata") for r in R if r.kind == "metadata")
    out["cases.passed"] = _mean(float(r.passed) for r in R)
    return {k: round(v, 4) for k, v in out.items() if v is not None}


def load_thresholds(path: str | os.PathLike[str]) -> dict[str, dict[str, float]]:
    """``{engine: {metric: minimum}}`` from a YAML file (evals/thresholds.yaml)."""
    p = Path(path)
    data = _read_yaml(p) or {}
    if not isinstance(data, dict) or not all(isinstance(v, dict) or v is None for v in data.values()):
        raise _fail(p, "expected engine: {metric: minimum} mappings")
    out: dict[str, dict[str, float]] = {}
    for eng, ms in data.items():
        out[str(eng)] = {}
        for k, v in (ms or {}).items():
            if not isinstance(v, (int, float)) or not 0 <= v <= 1:
                raise _fail(p, f"{eng}.{k}: a threshold is a number between 0 and 1, got {v!r}")
            out[str(eng)][str(k)] = float(v)
    return out


def check_thresholds(run_: EvalRun, thresholds: Mapping[str, Mapping[str, float]], *, require_all: bool = True) -> list[str]:
    """The thresholds of the run's engine (by its name, "llm:MODEL", else its kind, "llm") that its
    metrics do not meet (empty: the gate passes).
    With ``require_all`` a metric the thresholds name but the run did not measure fails too (a
    set of cases gone missing); a run of a subset (``--only``) checks only what it measured."""
    failures = []
    mine = thresholds.get(run_.engine) or thresholds.get(run_.engine.split(":", 1)[0]) or {}  # "llm:gpt-4o" → llm
    for metric, minimum in mine.items():
        got = run_.metrics.get(metric)
        if got is None:
            if require_all:
                failures.append(f"{metric}: not measured (minimum {minimum})")
        elif got + 1e-9 < minimum:
            failures.append(f"{metric}: {got:.4f} < {minimum}")
    return failures


# -- rescoring ----------------------------------------------------------------------------------
RESULTS_FILE = "results.jsonl"


def read_results(path: str | os.PathLike[str]) -> tuple[dict[str, Any], list[CaseResult]]:
    """A saved run: the header line and the case lines of ``results.jsonl`` (or of a report dir)."""
    p = Path(path)
    if p.is_dir():
        p = p / RESULTS_FILE
    try:
        lines = [ln for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
    except OSError as e:
        raise _fail(p, f"cannot read a saved run: {e.strerror}") from None
    try:
        rows = [json.loads(ln) for ln in lines]
    except json.JSONDecodeError as e:
        raise _fail(p, f"not a saved run (invalid JSON line: {e.msg})") from None
    if not rows or "engine" not in rows[0]:
        raise _fail(p, "not a saved run (no header line with the engine)")
    return rows[0], [CaseResult.from_dict(r) for r in rows[1:]]


def rescore(saved: str | os.PathLike[str], cases: Sequence[Case], *, only: str | None = None, judge: Any = None) -> EvalRun:
    """Score the outputs of a saved run again against ``cases``, without calling any engine.

    Cases the saved run does not hold fail with "not in the saved run"."""
    header, rows = read_results(saved)
    by_id = {r.id: r for r in rows}
    chosen = select(cases, only)
    plans = _Plans(chosen[0].plans_dir if chosen else "")
    results = []
    for case in chosen:
        r = by_id.get(case.id)
        if r is None:
            results.append(_result(case, None, plans, error="not in the saved run"))
        else:
            err = r.error if r.error and not r.error.startswith("output does not validate") else None
            results.append(_result(case, r.output, plans, error=err, seconds=r.seconds, tokens=r.tokens, cost=r.cost, judge=judge))
    out = EvalRun(str(header["engine"]), results, str(header.get("started", "")), float(header.get("seconds") or 0), str(header.get("cases_dir", "")))
    out.metrics = metrics(out)
    return out


class ResultsWriter:
    """Appends each result to ``results.jsonl`` as a run goes, so an interrupted or timed-out run
    keeps what it did (``--rescore`` reads it); :func:`write_results` rewrites it at the end."""

    def __init__(self, path: str | os.PathLike[str], engine: str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        started = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.path.write_text(json.dumps({"engine": engine, "started": started, "partial": True}, ensure_ascii=False) + "\n", encoding="utf-8")

    def __call__(self, result: CaseResult) -> None:
        with self.path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")


def write_results(run_: EvalRun, path: str | os.PathLike[str]) -> Path:
    """``results.jsonl``: a header line (engine, time, metrics), then one line per case."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    with p.open("w", encoding="utf-8") as f:
        f.write(json.dumps(run_.header(), ensure_ascii=False) + "\n")
        for r in run_.results:
            f.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
    return p


