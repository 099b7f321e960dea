"""Offline answer latency as the corpus grows: 100, 1,000 and 10,000 plans.

    python bench/answer_scale.py [--sizes 100,1000,10000] [--repeat 3] [--profile [all|cold|warm]]

The plans are the synthetic corpus of ``bench/search.py`` (the seeds and the shared texts,
repeated with region names swapped and figures shifted, so that every plan is distinct),
built once for the largest size; each smaller corpus is its first plans. Each corpus is
indexed, then asked the benchmark questions of ``bench/search.py`` and the labelled questions
of ``evals/cases/questions.yaml`` (the first answer of a corpus, which builds its per-corpus
tables, is timed apart as "first"). Printed per size: answer p50/p95 in milliseconds the first
time each question is asked ("cold": the plans it touches are read for the first time) and on
repeats ("warm": what the corpus keeps of its plans is made, but the question is read afresh, as a
new question would be), the search alone for comparison, and the machine's load beside each line. Target: p95 <= 20 ms
at 10,000 plans. 10,000 plans take about 3 GiB and two minutes to build: run it under
``flock /tmp/policyqa-bench.lock``.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import sys
import time
from pathlib import Path

import numpy as np
import yaml

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from search import CASES, QUESTIONS, build_plans  # noqa: E402  (puts the project root on the path)

from policyqa.engines.offline.answers import answer  # noqa: E402
from policyqa.retrieval.corpus import Corpus  # noqa: E402


def questions() -> list[str]:
    labelled = [c["question"] for c in yaml.safe_load(CASES.read_text(encoding="utf-8"))]
    return list(dict.fromkeys(QUESTIONS + labelled))


def load() -> str:
    return "load %.2f" % os.getloadavg()[0]


def pct(xs: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(xs), q))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000", help="corpus sizes in plans, comma-separated")
    ap.add_argument("--repeat", type=int, default=3, help="times each question is asked")
    ap.add_argument("--profile", nargs="?", const="all", choices=["all", "cold", "warm"], help="profile the answers of the largest corpus (all of them, or only the first asking of each question, or only the repeats)")
    ap.add_argument("--slowest", type=int, default=0, help="list the N slowest answers of each size")
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    qs = questions()

    t = time.perf_counter()
    plans, chars, _, _ = build_plans(sizes[-1])
    print(f"{len(plans):,} plans built in {time.perf_counter() - t:.0f} s ({chars / 1e6:.1f} M characters)  [{load()}]")
    print(f"{len(qs)} questions, each asked {args.repeat} times\n")
    for q in (qs[0], "What is the GDP growth target?"):  # the one-off loads of the process (jieba, CC-CEDICT, the model)
        answer(q, Corpus(plans[:1]))
    print(f"{'plans':>7s} {'passages':>10s} {'index s':>8s} {'first ms':>9s}   {'cold p50':>8s} {'p95':>6s}   {'warm p50':>8s} {'p95':>6s}   {'search p95':>10s}  load")
    for n in sizes:
        gc.collect()
        t = time.perf_counter()
        corpus = Corpus(plans[:n])
        build = time.perf_counter() - t
        t = time.perf_counter()
        answer(qs[0], corpus)
        first = (time.perf_counter() - t) * 1000
        cold, warm, slat, slowest = [], [], [], []
        prof = cProfile.Profile() if args.profile and n == sizes[-1] else None
        for rep in range(args.repeat):
            for q in qs:
                corpus.__dict__.pop("_questions", None)  # a repeat reads its question afresh: "warm" is the plans' tables, not a remembered question
                t = time.perf_counter()
                profiled = prof is not None and args.profile in ("all", "warm" if rep else "cold")
                if profiled:
                    prof.enable()
                answer(q, corpus)
                if profiled:
                    prof.disable()
                ms = (time.perf_counter() - t) * 1000
                (warm if rep else cold).append(ms)
                slowest.append((ms, rep, q))
                t = time.perf_counter()
                corpus.search(q, k=50)
                slat.append((time.perf_counter() - t) * 1000)
        w50, w95 = (f"{pct(warm, 50):8.1f}", f"{pct(warm, 95):6.1f}") if warm else ("-".rjust(8), "-".rjust(6))
        print(f"{n:>7,d} {len(corpus):>10,d} {build:>8.1f} {first:>9.1f}   {pct(cold, 50):8.1f} {pct(cold, 95):6.1f}   {w50} {w95}   "
              f"{pct(slat, 95):7.1f} ms  {load()}")
        if args.slowest:
            for ms, rep, q in sorted(slowest, reverse=True)[: args.slowest]:
                print(f"        {ms:7.1f} ms  {'warm' if rep else 'cold'}  {q}")
        if prof:
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        del corpus
    print("\ntarget: answer p95 <= 20 ms at 10,000 plans")
    return 0


if __name__ == "__main__":
    sys.exit(main())
