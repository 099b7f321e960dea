"""Index benchmark: the index on disk over 10,000 plans, from the command line.

    flock /tmp/policyqa-bench.lock python bench/index.py [--plans 10000] [--dir DIR] [--no-peer]

Writes a folder of distinct plans as files (the shared texts with their region names swapped
and figures shifted: ``bench/search.py``'s generator), then measures, each figure with the
machine's load average (1 min) beside it:

- ``policyqa index FOLDER --out IDX``: the whole build (read, clean, split, segment, tokenise,
  index, write) and the peak memory of that process; target <= 60 s;
- the index build alone, the old way (``np.unique(..., return_inverse=True)`` and a second sort
  for the matrix) and the new (one sort), side by side on the same passages, with equal scores;
- ``policyqa index`` again with nothing changed, then after one new plan is added; target <= 1 s;
- the resident memory of a process that opens the index and answers a question; target <= 1 GiB;
- a repeat ``policyqa ask Q IDX`` and ``policyqa ask Q FOLDER`` (through the index cache), wall
  time from the command line; target <= 1 s.

Heavy (the peer build of the old way peaks at several GiB): run it under the lock.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search import QUESTIONS, SEEDS, SHARED, perturb  # noqa: E402  the generator and questions bench/search.py uses

QUESTION = "兰溪力争到哪一年基本建成智能织造示范地？"
REGIONS_QUESTION = "哪些地方提到中欧班列？"


def load() -> str:
    return f"load {os.getloadavg()[0]:.2f}"


def write_plans(folder: Path, n_plans: int) -> tuple[int, int]:
    """Files of distinct plans until they hold about ``n_plans`` plans; (files, characters)."""
    from policyqa.reading.document import read_file
    from policyqa.structure.plan import split

    from policyqa.reading.document import Document

    files = sorted(SEEDS.glob("*.txt")) + sorted(SHARED.glob("*.txt"))
    sources = [(f.name, read_file(f).raw) for f in files]
    # plans per file (a page of speeches splits into 5 to 8 as its names change): the mean of a few copies
    per_file = [statistics.mean(len(split(Document.from_text(perturb(raw, k + 12 * j), "x"))) for j in range(1, 5)) for k, (_, raw) in enumerate(sources)]
    folder.mkdir(parents=True, exist_ok=True)
    plans = chars = i = 0
    while plans < n_plans:
        k = i % len(sources)
        name, raw = sources[k]
        text = perturb(raw, i)
        (folder / f"{i:05d}_{name}").write_text(text, encoding="utf-8")
        plans += per_file[k]
        chars += len(text)
        i += 1
    return i, chars


CPU: list[float] = []  # CPU seconds (user + system) of the last command run, its worker processes included


def run_peak(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    """Wall seconds, peak resident memory (bytes) and stdout of a command (its CPU seconds in CPU[-1])."""
    t = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        p = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, text=True)
        _, status, usage = os.wait4(p.pid, 0)
        dt = time.perf_counter() - t
        CPU.append(usage.ru_utime + usage.ru_stime)
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) not in (0, 2):
            raise SystemExit(f"{' '.join(cmd)} failed: {err.read()[-2000:]}")
        return dt, usage.ru_maxrss * 1024, out.read()


def cpu() -> str:
    return f"cpu {CPU[-1]:.2f} s"


def search_latency(idx: Path) -> str:
    """p50 and p95 of a search (k=10) over bench/search.py's questions, the index opened in this process."""
    from policyqa.retrieval.corpus import Corpus

    corpus = Corpus.load(idx, refresh=False)
    for q in QUESTIONS:  # warm: pages mapped, as in a session that asked before
        corpus.search(q, k=10)
    lat = []
    for _ in range(5):
        for q in QUESTIONS:
            t = time.perf_counter()
            corpus.search(q, k=10)
            lat.append((time.perf_counter() - t) * 1000)
    return f"p50 {np.percentile(lat, 50):.1f} ms  p95 {np.percentile(lat, 95):.1f} ms   {load()}   ({corpus.stored['segments']} segments)"


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "policyqa", *args]


def peer_build(idx: Path) -> None:
    """The index build alone, old (two sorts) and new (one), on the passages of the index."""
    import gc

    from policyqa.retrieval import postings
    from policyqa.retrieval.corpus import Corpus, fold, occurrences

    corpus = Corpus.load(idx, refresh=False)
    texts = [corpus.plans[int(o)].simplified[p.clean_start - corpus.plans[int(o)].clean_start : p.clean_end - corpus.plans[int(o)].clean_start]
             for o, p in zip(corpus._owner, corpus.passages)]
    chars = sum(map(len, texts))
    del corpus
    gc.collect()
    t, c = time.perf_counter(), time.process_time()
    vocab: dict[str, int] = {}
    seg = postings.build(occurrences(texts, "bigram", vocab))
    new, new_cpu = time.perf_counter() - t, time.process_time() - c
    print(f"  new build (one sort):             {new:6.1f} s   cpu {new_cpu:.1f} s   {chars / new / 1e6:5.2f} M chars/s   {load()}")
    gc.collect()
    t, c = time.perf_counter(), time.process_time()
    old = _old_build(fold("\x00".join(texts)), len(texts))
    dt, dt_cpu = time.perf_counter() - t, time.process_time() - c
    print(f"  old build (np.unique + 2nd sort): {dt:6.1f} s   cpu {dt_cpu:.1f} s   {chars / dt / 1e6:5.2f} M chars/s   {load()}   "
          f"ratio {dt / new:.2f}x (cpu {dt_cpu / new_cpu:.2f}x)")
    # the same scores: every posting's weight, token by token, both ways
    data, indptr, keys = old
    n_same = 0
    sample = np.linspace(0, len(keys) - 1, 2000).astype(int)
    for i in sample:
        a, b = seg.span(int(keys[i]))
        n_same += np.array_equal(seg.weights[a:b], data[indptr[i] : indptr[i + 1]])
    print(f"  equal weights for {n_same} of {len(sample)} tokens sampled")


def _old_build(joined: str, n_docs: int):
    """The build before this change (policyqa/retrieval/corpus.py at 7f4a387), with the new key layout."""
    from policyqa.retrieval import postings

    vocab: dict[str, int] = {}
    keys, docs = postings.bigram_occurrences(joined, vocab)
    docs = docs.astype(np.int64)
    ukeys, terms = np.unique(keys, return_inverse=True)
    n_vocab = len(ukeys)
    dl = np.bincount(docs, minlength=n_docs).astype(np.float64)
    avgdl = dl.mean() if n_docs else 1.0
    pairs, tf = np.unique(terms * max(n_docs, 1) + docs, return_counts=True)
    pterm = pairs // max(n_docs, 1)
    pdoc = pairs - pterm * max(n_docs, 1)
    df = np.bincount(pterm, minlength=n_vocab)
    idf = np.log(1 + (n_docs - df + 0.5) / (df + 0.5))
    k1, b = postings.K1, postings.B
    tfc = tf / (tf + k1 * ((1 - b) + b * dl[pdoc] / max(avgdl, 1e-9)))
    indptr = np.concatenate(([0], np.cumsum(df)))
    return (idf[pterm] * tfc).astype(np.float32), indptr, ukeys


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plans", type=int, default=10_000)
    ap.add_argument("--dir", help="work folder (default: a temporary one, removed at the end)")
    ap.add_argument("--no-peer", action="store_true", help="skip the side-by-side build of the old way (several GiB)")
    args = ap.parse_args()
    work = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="policyqa-bench-index-"))
    folder, idx, cache = work / "plans", work / "plans.idx", work / "cache"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POLICYQA_CACHE_DIR": str(cache)}
    try:
        for d in (folder, idx, cache):
            shutil.rmtree(d, ignore_errors=True)
        n_files, chars = write_plans(folder, args.plans)
        print(f"{n_files:,} files, {chars / 1e6:.1f} M characters, about {args.plans:,} plans in {folder}   {load()}")

        dt, peak, out = run_peak(cli("index", str(folder), "--out", str(idx)))
        print(f"policyqa index (whole build):      {dt:6.1f} s   {cpu()}   peak {peak / 2**30:.2f} GiB   {load()}   (target <= 60 s)")
        print("  " + out.strip().replace("\n", "\n  "))
        size = sum(f.stat().st_size for f in idx.rglob("*") if f.is_file())
        print(f"  index on disk: {size / 2**20:,.0f} MiB")

        print(f"search, whole build (stored weights):        {search_latency(idx)}")
        dt, _, _ = run_peak(cli("index", str(folder), "--out", str(idx)))
        print(f"policyqa index, nothing changed:   {dt:6.2f} s   {cpu()}   {load()}")
        src = sorted(SEEDS.glob("*.txt"))[0]
        from policyqa.reading.document import read_file

        (folder / "99999_added.txt").write_text(perturb(read_file(src).raw, 99_999), encoding="utf-8")
        dt, _, out = run_peak(cli("index", str(folder), "--out", str(idx)))
        print(f"policyqa index, one plan added:    {dt:6.2f} s   {cpu()}   {load()}   (target <= 1 s)   [{out.strip().splitlines()[-1].strip()}]")
        import policyqa

        (folder / "99998_added.txt").write_text(perturb(read_file(src).raw, 99_998), encoding="utf-8")
        t, c0 = time.perf_counter(), time.process_time()
        c = policyqa.index(folder, idx)
        print(f"policyqa.index(), one plan added:  {time.perf_counter() - t:6.2f} s   cpu {time.process_time() - c0:.2f} s   {load()}   (in a process already started; {len(c.plans):,} plans)")
        del c
        print(f"search after updates (weights computed):     {search_latency(idx)}")
        dt, _, _ = run_peak(cli("index", str(folder), "--out", str(idx), "--merge"))
        print(f"policyqa index --merge:            {dt:6.1f} s   {cpu()}   {load()}   (one segment again, from the index's own texts)")
        print(f"search after --merge (stored weights):       {search_latency(idx)}")

        probe = ("import resource, sys, time; t = time.perf_counter(); import policyqa; "
                 "from policyqa.engines.offline.answers import answer; "
                 f"c = policyqa.Corpus.load(sys.argv[1]); t1 = time.perf_counter(); a = answer({QUESTION!r}, c); b = answer({REGIONS_QUESTION!r}, c); t2 = time.perf_counter(); "
                 "rss = [l for l in open('/proc/self/status') if l.startswith(('VmRSS', 'VmHWM'))]; "
                 "print(f'{t1 - t:.2f} {t2 - t1:.2f}', ' '.join(x.split()[1] for x in rss), len(b.citations))")
        dt, peak, out = run_peak([sys.executable, "-c", probe, str(idx)], env)
        opened, answered, rss, hwm, n = out.split()
        print(f"open + two answers, resident:      {int(rss) / 2**20:6.2f} GiB (peak {int(hwm) / 2**20:.2f} GiB)   {load()}   (target <= 1 GiB; "
              f"import + open {opened} s, answers {answered} s)")

        for q in (QUESTION, REGIONS_QUESTION):
            times = [run_peak(cli("ask", q, str(idx)), env)[0] for _ in range(3)]
            print(f"policyqa ask IDX (repeat), median: {statistics.median(times):6.2f} s   cpu {statistics.median(CPU[-3:]):.2f} s   {load()}   (target <= 1 s)   {q}")
        dt, _, _ = run_peak(cli("ask", QUESTION, str(folder)), env)
        print(f"policyqa ask FOLDER, first time:   {dt:6.1f} s   {load()}   (builds the index cache)")
        times = [run_peak(cli("ask", QUESTION, str(folder)), env)[0] for _ in range(3)]
        print(f"policyqa ask FOLDER (repeat):      {statistics.median(times):6.2f} s   cpu {statistics.median(CPU[-3:]):.2f} s   {load()}   (target <= 1 s)")
        t = [run_peak([sys.executable, "-c", "import policyqa.cli, policyqa.retrieval.store, policyqa.engines.offline.answers"], env)[0] for _ in range(3)]
        print(f"  of which starting Python and importing what ask needs: {statistics.median(t):.2f} s   cpu {statistics.median(CPU[-3:]):.2f} s   {load()}")
        t = [run_peak([sys.executable, "-c", "from policyqa.retrieval.words import cutter; cutter().lcut('哪些地方提到中欧班列')"], env)[0] for _ in range(3)]
        print(f"  and opening the word cutter (jieba over the memory-mapped dictionary): {statistics.median(t):.2f} s   cpu {statistics.median(CPU[-3:]):.2f} s   {load()}")

        if not args.no_peer:
            print("index build alone, side by side on the same passages:")
            peer_build(idx)
    finally:
        if not args.dir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
