"""Big-input benchmark: offline ``summarize`` of one very long plan, with its peak memory.

The plan is a real one (../shared/corpus's Anhui action plan, else a seed) repeated into one
file of ``--mb`` megabytes. The script warms up (imports, jieba's dictionary, a small
summary), then resets the kernel's peak-RSS counter, reads and summarises the big file in the
same process, and prints the peak resident memory above the warmed-up baseline as a multiple of
the file's size (issue 14's bound: under 5x for 20 MB), with the time each stage took.

    python bench/big_input.py [--mb 20] [--keep FILE]

Linux only (it reads /proc/self/status and writes /proc/self/clear_refs).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

import policyqa  # noqa: E402
from policyqa import progress  # noqa: E402

SOURCE = ROOT.parent / "shared" / "corpus" / "02_anhui_industrial_internet_action_plan_2021.txt"


def status(field: str) -> int:
    """A /proc/self/status field in bytes (VmRSS, VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise KeyError(field)


def build(path: Path, megabytes: float) -> int:
    src = SOURCE if SOURCE.exists() else ROOT / "evals" / "plans" / "000_08dfb0cd4d043f74.txt"
    block = src.read_bytes().rstrip() + b"\n"
    copies = int(megabytes * 1_000_000 // len(block)) + 1
    path.write_bytes(block * copies)
    return path.stat().st_size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0, help="size of the plan in megabytes (default 20)")
    ap.add_argument("--keep", metavar="FILE", help="write the plan here and keep it (default: a temporary file)")
    args = ap.parse_args()

    engine = policyqa.get_engine("offline")
    engine.summarize(policyqa.load(ROOT / "evals" / "plans" / "003_26c80170ebd69532.txt")[0])  # warm up: imports, jieba, regions
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "big_plan.txt"
        size = build(path, args.mb)
        baseline = status("VmRSS")
        Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM, the peak, to the current RSS
        times = {}
        t = time.perf_counter()
        plans = policyqa.load(path)
        times["read + split"] = time.perf_counter() - t
        t = time.perf_counter()
        with progress.shown(sys.stderr):
            summaries = [engine.summarize(p) for p in plans]
        times["summarize"] = time.perf_counter() - t
        peak = status("VmHWM")
    cited = sum(len(s.citations()) for s in summaries)
    ok = all(policyqa.verify(c, p) for p, s in zip(plans, summaries) for c in s.citations())
    print(f"file: {size / 1e6:.1f} MB, {len(plans)} plan(s), {sum(p.clean_end - p.clean_start for p in plans):,} clean characters")
    for stage, secs in times.items():
        print(f"{stage}: {secs:.1f} s")
    print(f"summary: {cited} citations, all verify: {ok}")
    print(f"memory: baseline {baseline / 2**20:.0f} MiB, peak {peak / 2**20:.0f} MiB")
    print(f"peak memory above baseline / file size: {(peak - baseline) / size:.2f}x")


if __name__ == "__main__":
    main()
