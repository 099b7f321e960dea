"""Baselines: a run saved as the reference, and what changed against it.

    save_baseline(run, "evals/baseline-llm.json")
    diff = compare(run, load_baseline("evals/baseline-llm.json"))
    diff.regressed, diff.improved, diff.diffs["003.1.targets"]   # per-field diffs of outputs
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

from ..files import write_atomic
from . import scorers
from .cases import _fail

if TYPE_CHECKING:
    from .runner import EvalRun


def to_baseline(run_: EvalRun) -> dict[str, Any]:
    """A run as a baseline: header, metrics, and each case's verdict, scores and output."""
    return {"baseline_of": run_.header(), "cases": {r.id: {"passed": r.passed, "scores": {k: v["value"] for k, v in r.scores.items()}, "output": r.output, "error": r.error} for r in run_.results}}


def save_baseline(run_: EvalRun, path: str | os.PathLike[str]) -> Path:
    """Write the baseline whole, or leave the previous one as it was (a full disk, an interrupt)."""
    return write_atomic(path, json.dumps(to_baseline(run_), ensure_ascii=False, indent=1) + "\n")


def _flat(metrics: Mapping[str, Any]) -> dict[str, float]:
    """``{"dev questions.correct": 0.8}`` from metrics per split (or an old baseline's flat ones)."""
    out: dict[str, float] = {}
    for k, v in metrics.items():
        if isinstance(v, Mapping):
            out.update({f"{k} {m}": x for m, x in v.items()})
        else:
            out[k] = v
    return out


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
    bm = _flat((baseline.get("baseline_of") or {}).get("metrics", {}))
    now_m = _flat(run_.metrics)
    deltas = {k: (bm.get(k), now_m.get(k)) for k in sorted(set(bm) | set(now_m))}
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
