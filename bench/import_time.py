"""How long `import policyqa` takes now that it imports its parts when they are first used,
measured side by side in one run against importing every public name at once (what
`import policyqa` did before), and the wall time of `policyqa ask` over the five seed plans.

    python3 bench/import_time.py [--runs 7]

Prints medians (fresh interpreters each run) and the machine's load beside them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAZY = "import time; t = time.perf_counter(); import policyqa; print(time.perf_counter() - t)"
EAGER = ("import time; t = time.perf_counter(); import policyqa; [getattr(policyqa, n) for n in policyqa.__all__]; "
         "print(time.perf_counter() - t)")


def timed(code: str) -> float:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip().splitlines()[-1])


def wall(argv: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=True, cwd=ROOT)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    n = ap.parse_args().runs
    lazy, eager, ask = [], [], []
    for _ in range(n):  # interleaved, so that load on the machine falls on both alike
        lazy.append(timed(LAZY))
        eager.append(timed(EAGER))
        ask.append(wall([sys.executable, "-m", "policyqa", "ask", "哪些地方提到中欧班列？", "evals/plans"]))
    m_lazy, m_eager = statistics.median(lazy), statistics.median(eager)
    print(f"load average: {os.getloadavg()[0]:.2f} (2 cores)")
    print(f"import policyqa (lazy):             median {m_lazy * 1000:.0f} ms over {n} runs")
    print(f"import policyqa + every public name: median {m_eager * 1000:.0f} ms (the eager import of before)")
    print(f"ratio lazy / eager: {m_lazy / m_eager:.3f}")
    print(f"policyqa ask over the five seed plans (CLI wall time): median {statistics.median(ask):.2f} s")


if __name__ == "__main__":
    main()
