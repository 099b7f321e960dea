"""Ingest benchmark: read + clean, and read + clean + split + segment, on a corpus of >= 50 MB.

The corpus is the seed plans and ../shared/corpus copied again and again into a temporary
folder (each copy a file of its own, so the walk, decoding and per-file work count too).
Prints characters per second for each stage and the peak resident memory of the process.
Target (issue 2): at least 2 million characters per second end to end, in one process.

    python bench/ingest.py [--mb 50] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from policyqa.reading.document import iter_documents  # noqa: E402
from policyqa.structure.plan import split  # noqa: E402

SOURCES = sorted((ROOT / "evals" / "plans").glob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus").glob("0*.txt"))


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


def run(folder: Path, segment: bool) -> tuple[int, int, int, float]:
    chars = plans = passages = 0
    t = time.perf_counter()
    for doc in iter_documents([folder]):
        chars += len(doc.raw)
        if segment:
            for plan in split(doc):
                plans += 1
                passages += len(plan.passages)
    return chars, plans, passages, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=50.0, help="size of the corpus in MB of files (default 50)")
    ap.add_argument("--profile", action="store_true", help="print the top functions of read + clean")
    args = ap.parse_args()
    if not SOURCES:
        sys.exit("no source files found (evals/plans, ../shared/corpus)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size, files = build(folder, args.mb)
        print(f"corpus: {files} files, {size / 1e6:.1f} MB from {len(SOURCES)} sources")
        base = peak_mb()
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
        chars, _, _, secs = run(folder, segment=False)
        if args.profile:
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        print(f"read + clean:                   {chars / 1e6:.1f} M chars in {secs:.1f} s = {chars / secs / 1e6:.2f} M chars/s")
        chars, plans, passages, secs = run(folder, segment=True)
        print(f"read + clean + split + segment: {chars / 1e6:.1f} M chars in {secs:.1f} s = {chars / secs / 1e6:.2f} M chars/s ({plans} plans, {passages} passages)")
        print(f"peak resident memory: {peak_mb():.0f} MB (before the runs: {base:.0f} MB)")
        print("target: >= 2.00 M chars/s end to end")


if __name__ == "__main__":
    main()
