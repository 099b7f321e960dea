"""Ingest benchmark: read + clean + split + segment on a corpus of >= 50 MB, and what a passage costs in memory.

The corpus is the seed plans and ../shared/corpus copied again and again into a temporary
folder (each copy a file of its own, so the walk, decoding and per-file work count too).
Each run reads, cleans, splits and segments every file in one process; printed per run: the
end-to-end rate in characters (of the decoded source) per second and each stage's share
(read + clean, split into plans with their metadata, segment into passages), with the load
average beside it, and the rate per second of this process's CPU time (what a busy machine
changes least); then the medians of the runs. Then the bytes each passage holds, measured
with tracemalloc over the plans of every source file (the passage objects, their list and
whatever segment keeps, divided by their number), and the peak resident memory.
Then the same files read as `policyqa index` (and the index cache behind `ask` and `repl`)
reads a folder: by one process per core (:func:`policyqa.retrieval.segments.read_files`), each
file read, cleaned, split, segmented and made into what the index stores of it (its plans'
passages as rows of numbers, the contexts of their parts), received by this process in order;
the same figures per run and their median. Target (issue 15): at least 2 million characters per
second end to end; both ways are printed, the one-process rate being what `policyqa.load` and
a folder of fewer than 32 files get.

    python bench/ingest.py [--mb 50] [--runs 3] [--workers N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from policyqa.reading.document import iter_documents, iter_files, read_file  # noqa: E402
from policyqa.retrieval.corpus import INDEXED_KINDS  # noqa: E402
from policyqa.retrieval.segments import read_files  # noqa: E402
from policyqa.structure.plan import split  # noqa: E402

SOURCES = sorted((ROOT / "evals" / "plans").glob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus").glob("0*.txt"))
STAGES = ("read + clean", "split", "segment")


def build(folder: Path, megabytes: float) -> tuple[int, int]:
    """Write copies of the source files into ``folder`` until they hold ``megabytes`` of text."""
    blobs = [(p.stem, p.read_bytes()) for p in SOURCES]
    total = files = 0
    copy = 0
    while total < megabytes * 1_000_000:
        sub = folder / f"batch{copy // 100:03d}"
        sub.mkdir(exist_ok=True)
        for stem, data in blobs:
            (sub / f"{copy:05d}_{stem}.txt").write_bytes(data)
            total += len(data)
            files += 1
        copy += 1
    return total, files


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def load() -> str:
    return f"load {os.getloadavg()[0]:.2f}"


def run(folder: Path) -> tuple[int, int, int, float, float, dict[str, float]]:
    """One pass over the folder: characters, plans, passages, seconds end to end (wall clock and
    this process's CPU time), seconds per stage."""
    chars = plans = passages = 0
    stage = dict.fromkeys(STAGES, 0.0)
    clock = time.perf_counter
    docs = iter_documents([folder])
    cpu = time.process_time()
    t0 = a = clock()
    for doc in docs:
        b = clock()
        stage["read + clean"] += b - a
        chars += len(doc.raw)
        found = split(doc)
        c = clock()
        stage["split"] += c - b
        for plan in found:
            plans += 1
            passages += len(plan.passages)
        a = clock()
        stage["segment"] += a - c
    stage["read + clean"] += clock() - a
    return chars, plans, passages, clock() - t0, time.process_time() - cpu, stage


def run_indexed(folder: Path, workers: int | None) -> tuple[int, float, float]:
    """One pass over the folder as the index reads it: characters, seconds end to end, and this
    process's CPU seconds (the workers' are not in it)."""
    paths = [str(p) for _, files in iter_files([folder]) for p in files]
    chars = 0
    cpu = time.process_time()
    t0 = time.perf_counter()
    for _, got in read_files(paths, INDEXED_KINDS, workers):
        chars += len(got[0]["raw"])
    return chars, time.perf_counter() - t0, time.process_time() - cpu


def bytes_per_passage() -> tuple[float, int]:
    """Memory the passages of every source file's plans hold (tracemalloc), per passage."""
    plans = [p for path in SOURCES for p in split(read_file(path))]
    for p in plans:  # what segment needs of the document besides the passages is not theirs
        p.document.simplified, p.document.lines, p.clean_start, p.clean_end, p.text  # noqa: B018
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    n = sum(len(p.passages) for p in plans)
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (after - before) / n, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=50.0, help="size of the corpus in MB of files (default 50)")
    ap.add_argument("--runs", type=int, default=3, help="end-to-end runs; the median is reported (default 3)")
    ap.add_argument("--workers", type=int, default=None, help="processes for the indexed reading (default: one per core, as policyqa index)")
    ap.add_argument("--profile", action="store_true", help="profile one more run and print its top functions")
    args = ap.parse_args()
    if not SOURCES:
        sys.exit("no source files found (evals/plans, ../shared/corpus)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size, files = build(folder, args.mb)
        print(f"corpus: {files} files, {size / 1e6:.1f} MB from {len(SOURCES)} sources ({load()})")
        base = peak_mb()
        rates, cpu_rates = [], []
        for i in range(args.runs):
            chars, plans, passages, secs, cpu, stage = run(folder)
            rates.append(chars / secs)
            cpu_rates.append(chars / cpu)
            shares = ", ".join(f"{k} {v:.1f} s = {chars / v / 1e6:.1f} M/s" for k, v in stage.items())
            print(f"run {i + 1}: {chars / 1e6:.1f} M chars in {secs:.1f} s = {chars / secs / 1e6:.2f} M chars/s end to end, {chars / cpu / 1e6:.2f} M per CPU second ({load()}); {shares}; {plans} plans, {passages} passages")
        print(f"read + clean + split + segment: median {statistics.median(rates) / 1e6:.2f} M chars/s end to end, {statistics.median(cpu_rates) / 1e6:.2f} M per CPU second, over {args.runs} run(s) ({load()}); target >= 2.00 end to end")
        workers = args.workers or os.cpu_count() or 1
        rates = []
        for i in range(args.runs):
            chars, secs, cpu = run_indexed(folder, workers)
            rates.append(chars / secs)
            print(f"indexed reading, run {i + 1}: {chars / 1e6:.1f} M chars in {secs:.1f} s = {chars / secs / 1e6:.2f} M chars/s end to end by {workers} process(es) ({load()}); this process's CPU {cpu:.1f} s")
        print(f"read + clean + split + segment + records as policyqa index reads a folder, by {workers} process(es): median {statistics.median(rates) / 1e6:.2f} M chars/s end to end over {args.runs} run(s) ({load()}); target >= 2.00")
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            run(folder)
            prof.disable()
            pstats.Stats(prof).sort_stats("tottime").print_stats(30)
        print(f"peak resident memory: {peak_mb():.0f} MB (before the runs: {base:.0f} MB)")
    per, n = bytes_per_passage()
    print(f"memory per passage: {per:.0f} bytes (tracemalloc, {n} passages of {len(SOURCES)} source files; {load()})")


if __name__ == "__main__":
    main()
