"""Measure the offline engine on every split and write the figures as its gate.

    python3 evals/measure_thresholds.py                 # print what each threshold would become
    python3 evals/measure_thresholds.py --write         # raise thresholds.yaml to what was measured
    python3 evals/measure_thresholds.py --write --labels-changed "why"   # the cases changed: re-measure

A threshold is what was measured, rounded down to two places, with the figure beside it. By
default nothing is lowered: a metric that measures below its threshold is reported and the file
is left alone (fix the code, or find out why). Only when the labelled cases themselves changed
(a document or its labels joined a split) may a figure go down, and then the reason given with
``--labels-changed`` is written into the file's history, for the next reader to check.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policyqa import evals  # noqa: E402
from policyqa.engines import get_engine  # noqa: E402

FILE = ROOT / "evals" / "thresholds.yaml"
SPLITS = ("seed", "dev", "test")
NOT_GATED = {"dev": {"questions.correct.cross"}}  # too few cases in that split to gate (thresholds.yaml says so)


def floor2(v: float) -> float:
    return math.floor(v * 100 + 1e-9) / 100


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--labels-changed", metavar="WHY")
    args = ap.parse_args(argv)
    cases = evals.load_cases(ROOT / "evals" / "cases")
    run = evals.run(get_engine("offline"), cases)
    old = evals.load_thresholds(FILE).get("offline", {})
    lower, block = [], ["offline:"]
    for split in SPLITS:
        got = run.metrics.get(split, {})
        block.append(f"  {split}:")
        for metric in sorted(got, key=lambda m: list(old.get(split, {})).index(m) if m in old.get(split, {}) else 999):
            if metric in NOT_GATED.get(split, set()) or metric not in old.get(split, {}) and metric not in evals.metric_names():
                continue
            if metric not in old.get(split, {}) and not re.match(r"^(cases|questions|abstention|citations|measures|targets|summary|metadata|compare|track)\.", metric):
                continue
            v, prev = got[metric], old.get(split, {}).get(metric)
            new = floor2(v)
            if prev is not None and new < prev:
                lower.append(f"{split} {metric}: measured {v:.4f} < threshold {prev}")
                if not args.labels_changed:
                    new = prev
            block.append(f"    {metric}: {new:.2f}   # measured {v:.4f}")
    for line in lower:
        print("below:", line)
    print("\n".join(block))
    if not args.write:
        return 0
    if lower and not args.labels_changed:
        print("not written: a measured figure is below its threshold (see above); fix the code, or say --labels-changed WHY if the cases changed")
        return 1
    text = FILE.read_text(encoding="utf-8")
    head = text[: text.index("\noffline:") + 1]
    if args.labels_changed:
        head += f"# {date.today().isoformat()}: re-measured because the labelled cases changed: {args.labels_changed}\n"
    FILE.write_text(head + "\n".join(block) + "\n", encoding="utf-8")
    print(f"wrote {FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
