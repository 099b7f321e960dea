"""Evals: hand-labelled cases, an engine, scorers → an :class:`EvalRun`, a gate and a baseline diff.

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

import fnmatch
import json
import os
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import yaml

from . import scorers
from .errors import InputError
from .scorers import Score

KINDS = ("question", "metadata", "measures", "targets", "summary")
QUESTION_CATEGORIES = ("single", "traditional", "cross", "unanswerable", "english")
QUESTION_KEYS = {"id", "question", "scope", "must_include", "cite_in", "cite_regions", "abstain", "tags", "xfail_offline", "note"}
MEASURE_KEYS = {"title", "section"}
TARGET_KEYS = {"metric", "value", "unit", "comparator", "year", "kind", "optional"}


# -- cases --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    """One labelled expectation. ``data`` holds the labels as written in the case file."""

    id: str
    kind: str  # question | metadata | measures | targets | summary
    category: str  # what the report groups by (question kinds, or the plan task)
    plan: str  # what the report's "by plan" chart groups by: "000 兰溪市", "cross" …
    data: Mapping[str, Any]
    plans_dir: str
    file: str | None = None  # the seed file of a plan case
    index: int = 0  # the plan's position among the file's labelled plans
    origin: str = ""  # the case file it came from


def _fail(path: Path | str, reason: str) -> InputError:
    return InputError(str(path), reason)


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise _fail(path, f"not valid YAML{where}: {getattr(e, 'problem', e)}") from None
    except OSError as e:
        raise _fail(path, f"cannot read: {e.strerror}") from None


def _groups(value: Any, path: Path, cid: str, key: str) -> list[list[str]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(g, list) and g and all(isinstance(a, (str, int, float)) for a in g) for g in value):
        raise _fail(path, f"case {cid}: {key} must be a list of groups of alternatives, e.g. [[\"2027\"], [\"98%\", \"98％\"]]")
    return [[str(a) for a in g] for g in value]


def _question_category(tags: Sequence[str], abstain: bool) -> str:
    if abstain:
        return "unanswerable"
    for c in ("cross", "english", "traditional"):
        if c in tags:
            return c
    return "single"


def _load_questions(path: Path, plans_dir: Path, regions: Mapping[str, list[str]]) -> list[Case]:
    data = _read_yaml(path)
    if not isinstance(data, list):
        raise _fail(path, "expected a list of questions")
    out: list[Case] = []
    for n, q in enumerate(data, 1):
        if not isinstance(q, dict) or not isinstance(q.get("id"), str) or not isinstance(q.get("question"), str) or not q["question"].strip():
            raise _fail(path, f"question #{n}: needs an id and a question")
        cid = q["id"]
        abstain = q.get("abstain", False)
        if not isinstance(abstain, bool):
            raise _fail(path, f"case {cid}: abstain must be true or false")
        must = _groups(q.get("must_include"), path, cid, "must_include")
        if abstain and (must or q.get("cite_in") or q.get("cite_regions")):
            raise _fail(path, f"case {cid}: an abstention case cannot require content or citations")
        if not abstain and not must:
            raise _fail(path, f"case {cid}: an answerable question needs must_include")
        for key in ("scope", "cite_in"):
            for f in q.get(key) or []:
                if not (plans_dir / f).is_file():
                    raise _fail(path, f"case {cid}: {key} names {f}, which is not in {plans_dir}")
        if set(q) - QUESTION_KEYS:
            raise _fail(path, f"case {cid}: unknown keys {sorted(set(q) - QUESTION_KEYS)}")
        tags = [str(t) for t in q.get("tags") or []]
        data_ = dict(q, must_include=must, abstain=abstain, tags=tags)
        out.append(Case(cid, "question", _question_category(tags, abstain), _question_plan(q, regions), data_, str(plans_dir), origin=str(path)))
    return out


def _short(region: str) -> str:
    return scorers._REGION_SUFFIX.sub("", region) or region


def _question_plan(q: Mapping[str, Any], regions: Mapping[str, list[str]]) -> str:
    """The plan a question is about, for the report: the labelled region of its one cited file
    (for a page of several plans, the one the question names), "cross" or "none"."""
    if q.get("abstain"):
        return "none"
    files = q.get("cite_in") or []
    if q.get("cite_regions") or len(files) != 1:
        return "cross"
    f = files[0]
    names = regions.get(f, [])
    if len(names) == 1:
        return f"{f[:3]} {names[0]}"
    text = scorers.normalize(q.get("question", ""))
    for r in names:
        if r and scorers.normalize(_short(r)) in text:
            return f"{f[:3]} {r}"
    return f[:3]


def _load_plan_file(path: Path, plans_dir: Path) -> list[Case]:
    data = _read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("file"), str) or not isinstance(data.get("plans"), list):
        raise _fail(path, "expected a mapping with file: and plans:")
    f = data["file"]
    if not (plans_dir / f).is_file():
        raise _fail(path, f"file {f} is not in {plans_dir}")
    out: list[Case] = []
    for i, p in enumerate(data["plans"]):
        if not isinstance(p, dict):
            raise _fail(path, f"plan #{i + 1}: expected a mapping")
        region = p.get("region") or f"#{i + 1}"
        label = f"{f[:3]} {region}"
        base = f"{Path(f).stem[:3]}.{i + 1}"
        common = {"file": f, "index": i, "region": p.get("region")}
        meta = {k: p[k] for k in ("region", "title", "author", "date") if k in p}
        if meta:
            out.append(Case(f"{base}.metadata", "metadata", "metadata", label, dict(common, expected=meta), str(plans_dir), f, i, str(path)))
        if "measures" in p:
            ms = p["measures"]
            if not isinstance(ms, list) or not all(isinstance(m, str) or (isinstance(m, dict) and isinstance(m.get("title"), str)) for m in ms):
                raise _fail(path, f"plan {region}: measures must be titles or mappings with a title")
            items = [m if isinstance(m, dict) else {"title": m} for m in ms]
            for m in items:
                if set(m) - MEASURE_KEYS:
                    raise _fail(path, f"plan {region}: measure {m!r} has unknown keys {sorted(set(m) - MEASURE_KEYS)} (quote a title that holds a comma)")
            out.append(Case(f"{base}.measures", "measures", "measures", label, dict(common, expected=items), str(plans_dir), f, i, str(path)))
        if "targets" in p:
            ts = p["targets"]
            if not isinstance(ts, list):
                raise _fail(path, f"plan {region}: targets must be a list")
            for t in ts:
                if not isinstance(t, dict) or "value" not in t or scorers.expected_value(t.get("value"), t.get("unit"))[0] is None:
                    raise _fail(path, f"plan {region}: target {t!r} needs a value that is a number (Arabic, full width or Chinese, 万/亿)")
                if set(t) - TARGET_KEYS:
                    raise _fail(path, f"plan {region}: target {t!r} has unknown keys {sorted(set(t) - TARGET_KEYS)} (quote a metric that holds a comma)")
                if t.get("kind", "target") not in ("target", "result"):
                    raise _fail(path, f"plan {region}: target kind must be target or result: {t!r}")
            out.append(Case(f"{base}.targets", "targets", "targets", label, dict(common, expected=ts), str(plans_dir), f, i, str(path)))
        if "summary_facts" in p:
            facts = _groups(p["summary_facts"], path, f"{base}.summary", "summary_facts")
            out.append(Case(f"{base}.summary", "summary", "summary", label, dict(common, expected=facts), str(plans_dir), f, i, str(path)))
    return out


def load_cases(directory: str | os.PathLike[str], *, plans_dir: str | os.PathLike[str] | None = None) -> list[Case]:
    """The cases in ``directory``: ``questions.yaml`` and ``plans/*.yaml`` (see its README.md).

    The seed files they name are looked up in ``plans_dir`` (default: ``<directory>/../plans``).
    A malformed case file raises :class:`InputError` naming the file and the reason.
    """
    d = Path(directory)
    if not d.is_dir():
        raise _fail(d, "no such directory of eval cases")
    pdir = Path(plans_dir) if plans_dir else d.parent / "plans"
    if not pdir.is_dir():
        raise _fail(pdir, "no such directory of plans (the seed files the cases name)")
    plan_cases: list[Case] = []
    for f in sorted((d / "plans").glob("*.yaml")) if (d / "plans").is_dir() else []:
        plan_cases.extend(_load_plan_file(f, pdir))
    regions: dict[str, list[str]] = {}
    for c in plan_cases:
        if c.kind == "metadata" or c.data.get("region"):
            regions.setdefault(c.file or "", [])
            r = c.data.get("region")
            if r and r not in regions[c.file or ""]:
                regions[c.file or ""].append(r)
    cases: list[Case] = []
    for f in sorted(d.glob("*.yaml")):
        cases.extend(_load_questions(f, pdir, regions))
    cases.extend(plan_cases)
    if not cases:
        raise _fail(d, "no cases found (questions.yaml or plans/*.yaml)")
    seen: dict[str, str] = {}
    for c in cases:
        if c.id in seen:
            raise _fail(c.origin, f"duplicate case id {c.id} (also in {seen[c.id]})")
        seen[c.id] = c.origin
    return cases


def select(cases: Sequence[Case], only: str | None) -> list[Case]:
    """The cases whose id, kind, category or plan matches the glob ``only`` ("q0*", "targets", "*兰州*");
    several patterns may be given separated by commas."""
    if not only:
        return list(cases)
    pats = [p.strip() for p in only.split(",") if p.strip()]
    return [c for c in cases if any(fnmatch.fnmatchcase(v, p) for p in pats for v in (c.id, c.kind, c.category, c.plan))]


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


def to_baseline(run_: EvalRun) -> dict[str, Any]:
    """A run as a baseline: header, metrics, and each case's verdict, scores and output."""
    return {"baseline_of": run_.header(), "cases": {r.id: {"passed": r.passed, "scores": {k: v["value"] for k, v in r.scores.items()}, "output": r.output, "error": r.error} for r in run_.results}}


def save_baseline(run_: EvalRun, path: str | os.PathLike[str]) -> Path:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(to_baseline(run_), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return p


def load_baseline(path: str | os.PathLike[str]) -> dict[str, Any]:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise _fail(p, f"cannot read baseline: {e.strerror}") from None
    except json.JSONDecodeError as e:
        raise _fail(p, f"not a baseline (invalid JSON at line {e.lineno})") from None
    if not isinstance(data, dict) or not isinstance(data.get("cases"), dict):
        raise _fail(p, "not a baseline (no cases); write one with policyqa eval --save-baseline FILE")
    return data


@dataclass
class Comparison:
    """A run against a baseline: cases that regressed or improved, and per-field diffs of outputs."""

    regressed: list[str]
    improved: list[str]
    diffs: dict[str, list[str]]
    metric_deltas: dict[str, tuple[float | None, float | None]]
    new: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def compare(run_: EvalRun, baseline: Mapping[str, Any]) -> Comparison:
    """Regressed: passed in the baseline and fails now, or the same verdict with a lower score.
    Improved: the other way. Diffs list what changed in each such case's output, field by field."""
    base = baseline.get("cases", {})
    regressed, improved, new = [], [], []
    diffs: dict[str, list[str]] = {}
    for r in run_.results:
        b = base.get(r.id)
        if b is None:
            new.append(r.id)
            continue
        now = {k: v["value"] for k, v in r.scores.items()}
        worse = (b["passed"] and not r.passed) or (b["passed"] == r.passed and any(now.get(k, 0.0) < v - 1e-9 for k, v in b["scores"].items()))
        better = (not b["passed"] and r.passed) or (b["passed"] == r.passed and not worse and any(now.get(k, 0.0) > v + 1e-9 for k, v in b["scores"].items()))
        if worse:
            regressed.append(r.id)
        elif better:
            improved.append(r.id)
        if worse or better or b.get("output") != r.output:
            d = diff_output(r.kind, b.get("output"), r.output)
            if d:
                diffs[r.id] = d
    ids = {r.id for r in run_.results}
    missing = [k for k in base if k not in ids]
    bm = (baseline.get("baseline_of") or {}).get("metrics", {})
    deltas = {k: (bm.get(k), run_.metrics.get(k)) for k in sorted(set(bm) | set(run_.metrics))}
    return Comparison(regressed, improved, diffs, deltas, new, missing)


def _key(kind: str, item: Mapping[str, Any]) -> str:
    if kind == "measures":
        return scorers._bare(item.get("title"))[:20]
    if kind == "targets":
        return f"{scorers._bare(item.get('metric'))[:16]}={item.get('original')}"
    return str(item)


def _fmt(v: Any) -> str:
    s = json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v
    return s if len(s) <= 80 else s[:77] + "…"


def diff_output(kind: str, before: Any, after: Any) -> list[str]:
    """Field-by-field differences between two outputs of one case ("targets[快递业务量=130亿件].comparator: 突破 → None")."""
    if before == after:
        return []
    if before is None or after is None:
        return [f"output: {_fmt(before)} → {_fmt(after)}"]
    lines: list[str] = []
    if isinstance(before, list) and isinstance(after, list):
        bk = {_key(kind, x): x for x in before if isinstance(x, dict)}
        ak = {_key(kind, x): x for x in after if isinstance(x, dict)}
        for k in bk:
            if k not in ak:
                lines.append(f"{kind}[{k}]: removed")
        for k in ak:
            if k not in bk:
                lines.append(f"{kind}[{k}]: added")
            else:
                lines.extend(f"{kind}[{k}].{f}: {_fmt(bk[k].get(f))} → {_fmt(ak[k].get(f))}" for f in ak[k] if f != "citations" and f != "citation" and bk[k].get(f) != ak[k].get(f))
        return lines
    if isinstance(before, dict) and isinstance(after, dict):
        for f in sorted(set(before) | set(after)):
            if before.get(f) != after.get(f):
                if f == "citations":
                    bq = [c.get("quote") for c in before.get(f) or []]
                    aq = [c.get("quote") for c in after.get(f) or []]
                    lines.append(f"citations: {len(bq)} → {len(aq)}" + ("" if bq == aq else f" (quotes {_fmt(bq)} → {_fmt(aq)})"))
                else:
                    lines.append(f"{f}: {_fmt(before.get(f))} → {_fmt(after.get(f))}")
        return lines
    return [f"output: {_fmt(before)} → {_fmt(after)}"]


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


