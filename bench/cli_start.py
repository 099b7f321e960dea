"""How long the CLI takes to answer one question over the five seed plans, in fresh processes.

    python bench/cli_start.py [--runs 10] [--against /path/to/other/checkout] [--top 15]

Runs ``python -m policyqa ask "哪些地方提到中欧班列？" evals/plans`` with a cache folder of its own
(after one run that is not timed: it writes jieba's tries to the cache folder and indexes the
plans in the index cache), then the same with ``--no-index-cache`` (the plans read again), and
prints each one's wall time, median and p95, and CPU time, with the machine's load beside each figure;
``--against DIR`` runs the same command from another checkout (``PYTHONPATH=DIR``), interleaved
with ours, so that both see the same load. Then the import breakdown of one run
(``python -X importtime``): the modules that took longest, counting what they imported, and
``import policyqa`` alone. Targets (issue 15): the command <= 0.4 s wall, ``import policyqa`` <= 0.15 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "哪些地方提到中欧班列？"
COMMAND = ["-m", "policyqa", "ask", QUESTION, "evals/plans"]


CACHE = tempfile.mkdtemp(prefix="policyqa-bench-cli-")  # the runs' own cache folder: what the user's cache holds does not count


def env_for(checkout: Path) -> dict[str, str]:
    """The checkout first on the path, compiled modules kept (as after ``pip install``, which
    compiles them), and the bench's own cache folder (jieba's tries, the index cache)."""
    env = {**os.environ, "PYTHONPATH": str(checkout), "POLICYQA_CACHE_DIR": CACHE}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("POLICYQA_INDEX_CACHE", None)
    return env


def run(checkout: Path, extra: list[str] = (), argv: list[str] = COMMAND) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall and CPU seconds of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    # run in the checkout itself: "python -m" puts the current folder first on the path
    out = subprocess.run([sys.executable, *extra, *argv], capture_output=True, text=True, cwd=checkout, env=env_for(checkout))
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0:
        raise SystemExit(f"{checkout}: exit {out.returncode}: {out.stderr.strip()[-500:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), out


def load() -> str:
    return "load %.2f" % os.getloadavg()[0]


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def importtime(checkout: Path, argv: list[str]) -> list[tuple[int, int, str]]:
    """(cumulative µs, self µs, module) of every import of one run."""
    _, _, out = run(checkout, ["-X", "importtime"], argv)
    rows = []
    for line in out.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cum_us, name = (x.strip() for x in line[len("import time:"):].split("|"))
        rows.append((int(cum_us), int(self_us), name))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--against", type=Path, help="another checkout to time side by side (e.g. main)")
    ap.add_argument("--top", type=int, default=15, help="how many imports to list")
    args = ap.parse_args()
    sides = [("this checkout", ROOT)] + ([(f"{args.against}", args.against.resolve())] if args.against else [])

    for _, checkout in sides:
        run(checkout)  # not timed: jieba's tries are written once per cache folder, and a search indexes its paths in the cache
    for label, argv in (("repeat question (the index cache holds the plans)", COMMAND),
                        ("--no-index-cache (the files read again)", COMMAND + ["--no-index-cache"])):
        walls: dict[str, list[float]] = {name: [] for name, _ in sides}
        cpus: dict[str, list[float]] = {name: [] for name, _ in sides}
        loads = []
        for _ in range(args.runs):  # interleaved: load on the machine falls on every side alike
            for name, checkout in sides:
                w, c, _ = run(checkout, argv=argv)
                walls[name].append(w)
                cpus[name].append(c)
            loads.append(os.getloadavg()[0])
        print(f"policyqa ask {QUESTION!r} evals/plans, {label}: {args.runs} fresh processes each (load {min(loads):.2f}–{max(loads):.2f} during the runs)")
        for name, _ in sides:
            w = walls[name]
            print(f"  {name:40s} wall median {statistics.median(w):.3f} s  p95 {p95(w):.3f} s  cpu median {statistics.median(cpus[name]):.3f} s  [{load()}]")
        if args.against:
            a, b = (statistics.median(walls[n]) for n, _ in sides)
            print(f"  ratio this / other: {a / b:.2f}")
        print()

    imp = [run(ROOT, argv=["-c", "import time; t = time.perf_counter(); import policyqa; print(time.perf_counter() - t)"])[2] for _ in range(5)]
    secs = statistics.median(float(o.stdout.strip()) for o in imp)
    print(f"import policyqa: median {secs * 1000:.0f} ms over 5 fresh processes  [{load()}]")

    rows = importtime(ROOT, COMMAND)
    total = sum(s for _, s, _ in rows)
    print(f"\nimports of one `ask` run (python -X importtime): {len(rows)} modules, {total / 1e6:.3f} s in all  [{load()}]")
    top = [r for r in sorted(rows, reverse=True) if "." not in r[2] or r[2].startswith("policyqa.")][: args.top]
    print(f"  {'cumulative ms':>13s} {'self ms':>8s}  module (top-level packages and policyqa's own modules)")
    for cum, self_us, name in top:
        print(f"  {cum / 1000:13.1f} {self_us / 1000:8.1f}  {name}")
    print("\ntargets: the command <= 0.4 s wall; import policyqa <= 0.15 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
