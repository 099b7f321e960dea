"""The release gate: minimum scores per engine and split, set at what was measured.

``evals/thresholds.yaml``::

    offline:                 # an engine's name ("llm:deepseek-chat"), else its kind ("llm")
      seed: {questions.correct: 0.95, citations.valid: 1.0}
      dev:  {questions.correct: 0.55}
      test: {questions.correct: 0.50}

A metric name no scorer feeds, a split that does not exist, or a value outside [0, 1] is an
error when the file is read (a misspelt name would otherwise gate nothing). A run in which no
case passed (a rejected key, a dead endpoint) fails the gate whatever the thresholds say.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Mapping

from .cases import SPLITS, _fail, _read_yaml
from .metrics import metric_names

Thresholds = dict[str, dict[str, dict[str, float]]]  # engine → split → metric → minimum


def load_thresholds(path: str | os.PathLike[str]) -> Thresholds:
    """``{engine: {split: {metric: minimum}}}`` from a YAML file; a missing or malformed file, an
    unknown split or an unknown metric is an :class:`InputError` naming the file and the reason."""
    p = Path(path)
    if not p.is_file():
        raise _fail(p, "no thresholds file (the gate needs one; pass --no-gate to run without a gate)")
    data = _read_yaml(p) or {}
    if not isinstance(data, dict):
        raise _fail(p, "expected engine: {split: {metric: minimum}} mappings")
    known = set(metric_names())
    out: Thresholds = {}
    for eng, splits in data.items():
        if not isinstance(splits, dict):
            raise _fail(p, f"{eng}: expected {{split: {{metric: minimum}}}}")
        out[str(eng)] = {}
        for split, ms in splits.items():
            if split not in SPLITS:
                raise _fail(p, f"{eng}.{split}: unknown split (one of {', '.join(SPLITS)})")
            if not isinstance(ms, dict):
                raise _fail(p, f"{eng}.{split}: expected {{metric: minimum}}")
            out[str(eng)][split] = {}
            for k, v in ms.items():
                if k not in known:
                    raise _fail(p, f"{eng}.{split}.{k}: unknown metric (known: {', '.join(sorted(known))})")
                if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= 1:
                    raise _fail(p, f"{eng}.{split}.{k}: a threshold is a number between 0 and 1, got {v!r}")
                out[str(eng)][split][str(k)] = float(v)
    return out


def thresholds_for(engine: str, thresholds: Mapping[str, Any]) -> Mapping[str, Mapping[str, float]]:
    """The thresholds of an engine: by its name ("llm:gpt-4o"), else its kind ("llm"), else none."""
    return thresholds.get(engine) or thresholds.get(engine.split(":", 1)[0]) or {}


def check_gate(run: Any, thresholds: Mapping[str, Any], *, require_all: bool = True) -> list[str]:
    """What fails the gate (empty: it passes): each metric below its minimum in its split, and a
    run in which no case passed. With ``require_all``, a metric or split the thresholds name but
    the run did not measure fails too (cases gone missing); a run of a subset (``--only``,
    ``--split``) checks only what it measured."""
    failures: list[str] = []
    if run.results and run.passed == 0:
        first = next((r.error for r in run.results if r.error), None)
        failures.append(f"every case failed ({len(run.results)} of {len(run.results)})" + (f"; first error: {first}" if first else ""))
    for split, mins in thresholds_for(run.engine, thresholds).items():
        got = run.metrics.get(split)
        if got is None:
            if require_all:
                failures.append(f"{split}: not run (thresholds name {len(mins)} metrics)")
            continue
        for metric, minimum in mins.items():
            v = got.get(metric)
            if v is None:
                if require_all:
                    failures.append(f"{split} {metric}: not measured (minimum {minimum})")
            elif v + 1e-9 < minimum:
                failures.append(f"{split} {metric}: {v:.4f} < {minimum}")
    return failures
