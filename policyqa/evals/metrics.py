"""Scorers declare the metrics they feed; a run reduces them per split and genre.

    @scorer("targets", applies=lambda case: case.kind == "targets",
            metrics=[ratio("targets.recall", "right", "expected"), ...])
    def targets(case, output, ctx) -> Score: ...

A scorer is one function of (case, output, context) that returns a :class:`Score`, registered
with the metrics it feeds (the way inspect_ai's ``@scorer(metrics=[accuracy()])`` does). A
metric reduces the scores of one scorer over a group of cases (a split, a genre) to a number in
[0, 1], or None when no case of the group has it. Adding a scorer is one decorated function
(and, where it is gated, a line in ``evals/thresholds.yaml``): :data:`SCORERS` and
:func:`metric_names` know it at once, and the gate rejects a metric name that no scorer feeds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

if TYPE_CHECKING:
    from .cases import Case
    from .runner import CaseResult
    from .scorers import Score

Pairs = Sequence[tuple["CaseResult", "Score"]]


@dataclass(frozen=True)
class Metric:
    """A named reduction of one scorer's scores over a group of cases."""

    name: str
    reduce: Callable[[Pairs], float | None]
    doc: str = ""


def _share(xs: Iterable[float]) -> float | None:
    xs = list(xs)
    return sum(xs) / len(xs) if xs else None


def mean(name: str, doc: str = "", *, where: Callable[["CaseResult"], bool] | None = None) -> Metric:
    """The mean of the scores' values (over the cases ``where`` keeps)."""
    return Metric(name, lambda pairs: _share(s.value for r, s in pairs if where is None or where(r)), doc)


def passed(name: str, doc: str = "", *, where: Callable[["CaseResult"], bool] | None = None) -> Metric:
    """The share of cases whose score passed (over the cases ``where`` keeps)."""
    return Metric(name, lambda pairs: _share(float(s.passed) for r, s in pairs if where is None or where(r)), doc)


def ratio(name: str, numerator: str, denominator: str, doc: str = "") -> Metric:
    """``sum(details[numerator]) / sum(details[denominator])`` over the cases (micro-averaged:
    a plan with 40 figures weighs more than one with 4)."""

    def reduce(pairs: Pairs) -> float | None:
        den = sum(float(s.details.get(denominator, 0) or 0) for _, s in pairs)
        return sum(float(s.details.get(numerator, 0) or 0) for _, s in pairs) / den if den else None

    return Metric(name, reduce, doc)


@dataclass(frozen=True)
class Scorer:
    """One scorer: ``score(case, output, ctx)`` for the cases it ``applies`` to, and its metrics.

    ``output`` is None when the engine failed on the case: the scorer then returns a failing
    score that still carries its denominators (how many measures were expected …)."""

    name: str
    score: Callable[["Case", Any, Any], "Score"]
    applies: Callable[["Case"], bool]
    metrics: tuple[Metric, ...] = field(default_factory=tuple)
    optional: bool = False  # run only when asked for (the LLM judge)


SCORERS: dict[str, Scorer] = {}


def scorer(name: str, *, metrics: Sequence[Metric], applies: Callable[["Case"], bool], optional: bool = False) -> Callable[[Callable[..., "Score"]], Callable[..., "Score"]]:
    """Register ``fn`` as the scorer ``name`` that feeds ``metrics``."""

    def register(fn: Callable[..., "Score"]) -> Callable[..., "Score"]:
        if name in SCORERS:
            raise ValueError(f"scorer {name} is registered twice")
        SCORERS[name] = Scorer(name, fn, applies, tuple(metrics), optional)
        return fn

    return register


CASES_PASSED = "cases.passed"


def metric_names() -> list[str]:
    """Every metric a run can report: those of the registered scorers, and ``cases.passed``."""
    from . import tasks  # noqa: F401  (registers the scorers)

    return [CASES_PASSED] + [m.name for s in SCORERS.values() for m in s.metrics]


def reduce(results: Sequence["CaseResult"]) -> dict[str, float]:
    """Every metric over ``results`` (a metric no case feeds is left out), rounded to 4 places."""
    from . import tasks  # noqa: F401
    from .scorers import Score

    out: dict[str, float] = {}
    if results:
        out[CASES_PASSED] = sum(r.passed for r in results) / len(results)
    for sc in SCORERS.values():
        pairs = [(r, Score.from_dict(r.scores[sc.name])) for r in results if sc.name in r.scores]
        if not pairs:
            continue
        for m in sc.metrics:
            v = m.reduce(pairs)
            if v is not None:
                out[m.name] = v
    return {k: round(v, 4) for k, v in out.items()}
