"""Running evals: cases (:mod:`.cases`) through an engine, task by task (:mod:`.tasks`), into an
:class:`EvalRun` whose metrics are reduced per split and genre (:mod:`.metrics`).

    cases = load_cases("evals/cases")
    run = policyqa.evals.run(get_engine("offline"), of_split(cases, "dev"))
    run.metrics["dev"]["questions.correct"]          # metrics per split ("all" too)
    run.metrics_for(split="test", genre="news")       # any group

Each case's output is kept as JSON, so :func:`rescore` scores a saved run again without
calling any engine. A run records what produced it (:func:`provenance`): the policyqa version,
the git revision, the prompt versions and the engine's settings (secrets left out). Engines are
called through their public methods only; tokens and cost are read from ``engine.usage`` when
the engine keeps one (the LLM engine does).
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from ..files import write_atomic
from . import metrics as _metrics
from .cases import SPLITS, Case, _fail, select
from .metrics import SCORERS
from .scorers import Score
from .tasks import TASKS, Plans, expected_of


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
    split: str = "dev"
    genre: str = "unknown"

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "CaseResult":
        return cls(**{k: d.get(k) for k in ("id", "kind", "category", "plan", "passed", "scores", "output", "expected", "error")},
                   seconds=float(d.get("seconds") or 0), tokens=int(d.get("tokens") or 0), cost=None if d.get("cost", 0) is None else float(d.get("cost") or 0),
                   split=str(d.get("split") or "dev"), genre=str(d.get("genre") or "unknown"))


@dataclass
class EvalRun:
    """A run of cases through one engine: per-case results, and metrics per split (and ``all``)."""

    engine: str
    results: list[CaseResult]
    started: str = ""
    seconds: float = 0.0
    cases_dir: str = ""
    metrics: dict[str, dict[str, float]] = field(default_factory=dict)
    provenance: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.metrics:
            self.rescore_metrics()

    def rescore_metrics(self) -> None:
        """``metrics[split]`` for each split present, and ``metrics["all"]``."""
        self.metrics = {s: self.metrics_for(split=s) for s in self.splits()}
        if len(self.metrics) != 1:
            self.metrics["all"] = self.metrics_for()

    def splits(self) -> list[str]:
        present = {r.split for r in self.results}
        return [s for s in SPLITS if s in present] + sorted(present - set(SPLITS))

    def genres(self) -> list[str]:
        return sorted({r.genre for r in self.results})

    def metrics_for(self, *, split: str | None = None, genre: str | None = None, kind: str | None = None) -> dict[str, float]:
        """Every metric over the results of one split, genre or kind (None: all of them)."""
        return _metrics.reduce([r for r in self.results if (split is None or r.split == split) and (genre is None or r.genre == genre) and (kind is None or r.kind == kind)])

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

    @property
    def errored(self) -> int:
        return sum(1 for r in self.results if r.error)

    def failing(self, split: str | None = None) -> list[CaseResult]:
        return [r for r in self.results if not r.passed and (split is None or r.split == split)]

    def by(self, key: str, split: str | None = None) -> dict[str, tuple[int, int]]:
        """``{group: (passed, total)}`` by ``category``, ``plan``, ``kind`` or ``genre``, in first-seen order."""
        out: dict[str, list[int]] = {}
        for r in self.results:
            if split is not None and r.split != split:
                continue
            g = out.setdefault(getattr(r, key), [0, 0])
            g[0] += r.passed
            g[1] += 1
        keys = list(out)
        if key == "plan":  # document order, then questions across plans and those no plan answers
            keys.sort(key=lambda k: (k in ("cross", "none"), k))
        return {k: (out[k][0], out[k][1]) for k in keys}

    def header(self) -> dict[str, Any]:
        return {"engine": self.engine, "started": self.started, "seconds": round(self.seconds, 3), "cases_dir": self.cases_dir,
                "cases": len(self.results), "passed": self.passed, "errored": self.errored, "tokens": self.tokens,
                "cost": round(self.cost, 6) if self.cost_known else None, "metrics": self.metrics, "provenance": self.provenance}


# -- provenance -----------------------------------------------------------------------------------
_SECRET_WORDS = ("key", "token", "secret", "password", "authorization")


def _redact_url(url: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    try:
        u = urlsplit(url)
    except ValueError:
        return "(unparseable URL)"
    host = u.hostname or ""
    if u.port:
        host += f":{u.port}"
    query = "&".join(p if not any(w in p.split("=", 1)[0].lower() for w in _SECRET_WORDS) else p.split("=", 1)[0] + "=***" for p in u.query.split("&") if p)
    return urlunsplit((u.scheme, host, u.path, query, ""))


def engine_settings(engine: Any) -> dict[str, Any]:
    """What an engine was run with, secrets left out (no key, no credentials in a URL)."""
    out: dict[str, Any] = {"name": str(getattr(engine, "name", type(engine).__name__)), "lang": getattr(engine, "lang", None)}
    st = getattr(engine, "settings", None)
    if st is not None:
        for k in ("model", "preset", "modes", "context", "max_output_tokens", "timeout", "retries", "reasks", "input_price", "output_price", "currency"):
            v = getattr(st, k, None)
            if v is not None:
                out[k] = list(v) if isinstance(v, tuple) else v
        if getattr(st, "base_url", None):
            out["base_url"] = _redact_url(str(st.base_url))
    return {k: v for k, v in out.items() if v is not None and not any(w in k.lower() for w in _SECRET_WORDS)}


def _git_revision() -> str | None:
    here = Path(__file__).resolve().parents[2]
    if not (here / ".git").exists():
        return None
    try:
        rev = subprocess.run(["git", "-C", str(here), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=5).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(here), "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return (rev + ("+dirty" if dirty else "")) if rev else None


def provenance(engine: Any) -> dict[str, Any]:
    """The policyqa version, git revision, prompt versions and engine settings of a run."""
    from .. import __version__
    from ..engines.llm.prompts import load_prompt, prompt_names

    try:
        prompts = {n: load_prompt(n).version for n in prompt_names()}
    except Exception as e:  # a broken prompt file is the LLM engine's error to raise, not the report's
        prompts = {"error": f"{type(e).__name__}: {e}"}
    return {"policyqa": __version__, "git": _git_revision(), "prompts": prompts, "engine": engine_settings(engine)}


# -- scoring ------------------------------------------------------------------------------------
def score_case(case: Case, output: Any, ctx: Plans, *, judge: bool = False) -> dict[str, Score]:
    """Every scorer that applies to ``case``, on ``output`` (the engine's output as JSON, or None
    when the engine failed: each scorer then fails, keeping its denominators)."""
    out: dict[str, Score] = {}
    for sc in SCORERS.values():
        if sc.applies(case) and (not sc.optional or judge):
            out[sc.name] = sc.score(case, output, ctx)
    return out


def _result(case: Case, output: Any, ctx: Plans, *, error: str | None = None, seconds: float = 0.0, tokens: int = 0, cost: float | None = 0.0) -> CaseResult:
    try:
        scores = score_case(case, output if error is None else None, ctx, judge=ctx.judge is not None)
    except Exception as e:  # an output that does not validate is a failed case, not a crash
        error = error or f"output does not validate: {type(e).__name__}: {str(e).splitlines()[0][:200] if str(e) else ''}"
        scores = score_case(case, None, ctx, judge=False)
    passed = error is None and bool(scores) and all(s.passed for s in scores.values())
    return CaseResult(case.id, case.kind, case.category, case.plan, passed, {k: s.to_dict() for k, s in scores.items()}, output, expected_of(case),
                      error, seconds, tokens, cost, case.split, case.genre)


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


def _dirs(cases: Sequence[Case]) -> tuple[str, ...]:
    return cases[0].dirs or (cases[0].plans_dir,) if cases else ()


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
    ctx = Plans(_dirs(chosen), judge=judge)
    results: list[CaseResult] = []
    for n, case in enumerate(chosen, 1):
        tok0, cost0 = _usage(engine)
        c0 = time.perf_counter()
        try:
            output, error = TASKS[case.kind].solve(engine, case, ctx), None
        except KeyboardInterrupt:
            raise
        except Exception as e:
            output, error = None, f"{type(e).__name__}: {str(e).splitlines()[0][:300] if str(e) else ''}"
        secs = time.perf_counter() - c0
        tok1, cost1 = _usage(engine)
        cost = None if cost0 is None or cost1 is None else cost1 - cost0
        if cost is None and tok1 == tok0:
            cost = 0.0  # nothing spent (an engine with no model, or a cache hit)
        results.append(_result(case, output, ctx, error=error, seconds=secs, tokens=tok1 - tok0, cost=cost))
        if on_result:
            on_result(results[-1])
        if progress:
            progress(n, len(chosen), case)
    name = getattr(engine, "name", type(engine).__name__)
    cases_dir = os.path.dirname(chosen[0].origin) if chosen else ""
    return EvalRun(str(name), results, started, time.perf_counter() - t0, cases_dir, provenance=provenance(engine))


# -- rescoring ----------------------------------------------------------------------------------
RESULTS_FILE = "results.jsonl"


def read_results(path: str | os.PathLike[str]) -> tuple[dict[str, Any], list[CaseResult]]:
    """A saved run: the header line and the case lines of ``results.jsonl`` (or of a report dir)."""
    p = Path(path)
    if p.is_dir():
        p = p / RESULTS_FILE
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as e:
        raise _fail(p, f"cannot read a saved run: {e.strerror}") from None
    lines = [ln for ln in text.splitlines() if ln.strip()]
    rows = []
    for n, ln in enumerate(lines, 1):
        try:
            rows.append(json.loads(ln))
        except json.JSONDecodeError as e:
            if n == len(lines) and n > 1 and not text.endswith("\n"):
                import sys

                print(f"{p}: the last line is cut off (an interrupted run); skipped", file=sys.stderr)
                break
            raise _fail(p, f"not a saved run (invalid JSON at line {n}: {e.msg})") from None
    if not rows or "engine" not in rows[0]:
        raise _fail(p, "not a saved run (no header line with the engine)")
    return rows[0], [CaseResult.from_dict(r) for r in rows[1:]]


def rescore(saved: str | os.PathLike[str], cases: Sequence[Case], *, only: str | None = None, judge: Any = None) -> EvalRun:
    """Score the outputs of a saved run again against ``cases``, without calling any engine.

    Cases the saved run does not hold fail with "not in the saved run"."""
    header, rows = read_results(saved)
    by_id = {r.id: r for r in rows}
    chosen = select(cases, only)
    ctx = Plans(_dirs(chosen), judge=judge)
    results = []
    for case in chosen:
        r = by_id.get(case.id)
        if r is None:
            results.append(_result(case, None, ctx, error="not in the saved run"))
        else:
            err = r.error if r.error and not r.error.startswith("output does not validate") else None
            results.append(_result(case, r.output, ctx, error=err, seconds=r.seconds, tokens=r.tokens, cost=r.cost))
    return EvalRun(str(header["engine"]), results, str(header.get("started", "")), float(header.get("seconds") or 0), str(header.get("cases_dir", "")),
                   provenance=dict(header.get("provenance") or {}))


class ResultsWriter:
    """Appends each result to ``results.jsonl`` as a run goes, so an interrupted or timed-out run
    keeps what it did (``--rescore`` reads it); :func:`write_results` rewrites it at the end."""

    def __init__(self, path: str | os.PathLike[str], engine: str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        started = datetime.now(timezone.utc).isoformat(timespec="seconds")
        write_atomic(self.path, json.dumps({"engine": engine, "started": started, "partial": True}, ensure_ascii=False) + "\n")

    def __call__(self, result: CaseResult) -> None:
        line = (json.dumps(result.to_dict(), ensure_ascii=False) + "\n").encode("utf-8")
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
        try:
            os.write(fd, line)  # one write of the whole line
        finally:
            os.close(fd)


def write_results(run_: EvalRun, path: str | os.PathLike[str]) -> Path:
    """``results.jsonl``: a header line (engine, time, metrics), then one line per case."""
    lines = [json.dumps(run_.header(), ensure_ascii=False)] + [json.dumps(r.to_dict(), ensure_ascii=False) for r in run_.results]
    return write_atomic(path, "\n".join(lines) + "\n")


