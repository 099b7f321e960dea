"""The fault campaign of tests/faults.py, printed: many tiny plans through the LLM engine against a
fake server that answers a share of the requests with mixed faults, then a fault-free rerun on the
same cache.

    python bench/faults.py [--plans 120] [--rate 0.3] [--seed 13] [--concurrency 8] [--tasks measures,targets,summarize]

Printed per task: plans, requests and faults injected (by kind), plans done and failed (by error
type), silent empties, lost plans, invented claims in outputs, calls counted against requests made,
and the rerun's requests (and how many of them repeat a request that had passed: must be 0).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plans", type=int, default=120)
    ap.add_argument("--rate", type=float, default=0.3)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--tasks", default="measures,targets,summarize")
    args = ap.parse_args()

    from faults import campaign

    for task in args.tasks.split(","):
        t0 = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            f = campaign(Path(tmp), plans=args.plans, task=task, rate=args.rate, seed=args.seed, concurrency=args.concurrency)
        kinds = ", ".join(f"{k} {n}" for k, n in f["faults_by_kind"].items())
        print(f"== {task}: {f['plans']} plans, {args.rate:.0%} of requests faulted (seed {args.seed}), {time.perf_counter() - t0:.1f} s")
        print(f"  requests {f['requests']}, faults injected {f['faults']} ({kinds})")
        print(f"  done {f['done']}, failed {f['failed']} {f['failures_by_type']}")
        for line in f["failures"]:
            print(f"    failed {line}")
        print(f"  silent empties {f['silent_empties']}, lost plans {f['lost']}, untyped failures {f['untyped']}, invented claims in outputs {f['invented']}")
        print(f"  calls counted {f['calls']} (failed {f['failed_calls']}) vs requests made {f['requests']}; plans' own usage adds up to {f['plan_usage_calls']}")
        print(f"  rerun without faults: {f['rerun_requests']} requests ({f['rerun_repeats']} for requests that had passed), "
              f"calls {f['rerun_calls']}, done {f['rerun_done']}, silent empties {f['rerun_silent_empties']}")
        print(f"  {f['summary']}")


if __name__ == "__main__":
    main()
