"""LLM engine benchmark against the fake OpenAI-compatible server (tests/fakeserver.py), no model.

    python bench/llm.py [--plans 100] [--concurrency 16] [--latency 0.2] [--corpus 10,10000]

The fake server runs in its own process (so its work does not compete with the library for the
GIL) and answers every request after a fixed latency with grounded JSON (tests/fakebatch.py's
``grounded_reply``). Plans are the seed plans, repeated with the perturbations of
bench/search.py so that every plan is distinct (one request each).

Printed, one run each:
1. batch wall time of ``--plans`` summaries at ``--concurrency`` against the ideal
   ceil(plans / concurrency) × latency (target: ratio ≤ 1.15);
2. library overhead per call: the engine's own time around each request (prompt rendering,
   token counting, cache, validation, grounding), sequentially, the SDK call itself excluded;
   and end-to-end time per call minus the server's latency (target: < 5 ms);
3. prompt tokens of one corpus question (the messages sent, counted as the engine counts them)
   over corpora of 10 and 10,000 plans (target: ≤ 3,000 whatever the size);
4. requests made by a warm-cache re-run of the batch (target: 0).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import math
import multiprocessing as mp
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))


def _serve(conn, latency: float) -> None:
    """Child process: a fake server with a fixed latency; answers 'count' and 'stop' on the pipe."""
    from fakebatch import grounded_reply
    from fakeserver import FakeServer

    with FakeServer(default=grounded_reply, latency=latency) as fake:
        # answer in one segment: without TCP_NODELAY the body waits ~40 ms for the client's delayed ACK
        fake._server.RequestHandlerClass.disable_nagle_algorithm = True
        conn.send(fake.base_url)
        while True:
            cmd = conn.recv()
            if cmd == "count":
                conn.send(len(fake.chat_requests))
            elif isinstance(cmd, tuple) and cmd[0] == "latency":
                fake.latency = cmd[1]
                conn.send(True)
            else:
                conn.send(True)
                return


class Server:
    def __init__(self, latency: float):
        ctx = mp.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, latency), daemon=True)
        self.proc.start()
        self.base_url = self.conn.recv()

    def count(self) -> int:
        self.conn.send("count")
        return self.conn.recv()

    def set_latency(self, seconds: float) -> None:
        self.conn.send(("latency", seconds))
        self.conn.recv()

    def stop(self) -> None:
        self.conn.send("stop")
        self.conn.recv()
        self.proc.join(10)


def seed_plans(n: int):
    """``n`` distinct plans from the seed plans (region names and figures perturbed as in bench/search.py)."""
    from search import perturb

    from policyqa.reading.document import Document, read_file
    from policyqa.structure.plan import split

    files = sorted((ROOT / "evals" / "plans").glob("*.txt"))
    raws = [(f.name, read_file(f).raw) for f in files]
    plans, i = [], 0
    while len(plans) < n:
        name, raw = raws[i % len(raws)]
        plans.extend(split(Document.from_text(perturb(raw, i), f"<bench>/{i:05d}_{name}")))
        i += 1
    return plans[:n]


def engine(base_url: str, cache_path: Path | None):
    from policyqa.engines.llm.cache import Cache
    from policyqa.engines.llm.engine import LLMEngine

    return LLMEngine(base_url=base_url, model="fake", api_key="sk-bench", cache=Cache(cache_path) if cache_path else None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plans", type=int, default=100)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--calls", type=int, default=40, help="sequential calls for the overhead figure")
    ap.add_argument("--corpus", default="10,10000", help="corpus sizes (plans) for the prompt-token figure")
    ap.add_argument("--profile", action="store_true", help="also print where the library's time per call goes (cProfile, cumulative)")
    args = ap.parse_args()

    from policyqa import batch

    tmp = Path(tempfile.mkdtemp(prefix="policyqa-bench-"))
    server = Server(args.latency)
    try:
        plans = seed_plans(args.plans)
        # 1. batch wall time against the ideal
        eng = engine(server.base_url, tmp / "llm.sqlite")
        before = server.count()
        result = batch.run(eng, plans, "summarize", concurrency=args.concurrency, progress=False)
        sent = server.count() - before
        ideal = math.ceil(sent / args.concurrency) * args.latency
        print(f"1. batch: {len(plans)} plans, {sent} requests, concurrency {args.concurrency}, latency {args.latency * 1000:.0f} ms: "
              f"{result.seconds:.2f} s, ideal {ideal:.2f} s, ratio {result.seconds / ideal:.3f} (target <= 1.15); "
              f"{len(result.done)} done, {len(result.failed)} failed")

        # 1b. the batch machinery alone: each plan one small chat request through the SDK, no engine work
        import openai

        sdk = openai.OpenAI(base_url=server.base_url, api_key="sk-bench", max_retries=0)

        class Bare:
            name = "bare"

            def summarize(self, plan):
                return sdk.chat.completions.create(model="fake", messages=[{"role": "user", "content": plan.id}], max_tokens=8)

        before = server.count()
        bare = batch.run(Bare(), plans, "summarize", concurrency=args.concurrency, progress=False)
        sent = server.count() - before
        ideal = math.ceil(sent / args.concurrency) * args.latency
        print(f"1b. batch machinery alone (one small request per plan through the SDK, no engine): {bare.seconds:.2f} s, ideal {ideal:.2f} s, "
              f"ratio {bare.seconds / ideal:.3f}")

        # 4. a warm-cache re-run
        before = server.count()
        again = batch.run(engine(server.base_url, tmp / "llm.sqlite"), plans, "summarize", concurrency=args.concurrency, progress=False)
        print(f"4. warm-cache re-run: {server.count() - before} requests (target 0), {again.seconds:.2f} s, {len(again.done)} done")

        # 2. library overhead per call, sequential, fresh plans (cold cache)
        fresh = seed_plans(args.plans + args.calls)[args.plans:]
        for latency in (0.0, args.latency):
            server.set_latency(latency)
            eng = engine(server.base_url, tmp / f"overhead-{latency}.sqlite")
            inside: list[float] = []
            create = eng.client.openai.chat.completions.create

            def timed(**kw):
                t = time.perf_counter()
                try:
                    return create(**kw)
                finally:
                    inside.append(time.perf_counter() - t)

            eng.client.openai.chat.completions.create = timed
            walls = []
            prof = cProfile.Profile() if args.profile and latency == 0.0 else None
            if prof:
                prof.enable()
            for p in fresh:
                t = time.perf_counter()
                eng.summarize(p)
                walls.append(time.perf_counter() - t)
            if prof:
                prof.disable()
            own = [w - s for w, s in zip(walls, inside)] if len(inside) == len(walls) else []
            e2e = statistics.median(walls) - latency
            own_s = f"library's own time per call: median {statistics.median(own) * 1000:.2f} ms, p95 {sorted(own)[int(len(own) * 0.95) - 1] * 1000:.2f} ms; " if own else ""
            print(f"2. overhead at latency {latency * 1000:.0f} ms, {len(walls)} sequential calls: {own_s}"
                  f"end-to-end minus latency: median {e2e * 1000:.2f} ms (target < 5 ms)")
            if prof:
                out = io.StringIO()
                pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(r"policyqa|pydantic/main|openai/_base_client|tiktoken", 25)
                print("   where the time goes (cumulative, all calls):")
                print("\n".join("   " + line for line in out.getvalue().splitlines() if line.strip() and ("/" in line or "ncalls" in line)))
        server.set_latency(0.0)

        # 3. prompt tokens of a corpus question, whatever the corpus size
        from search import QUESTIONS, build_plans

        from policyqa.retrieval.corpus import Corpus

        eng = engine(server.base_url, None)
        for size in [int(x) for x in args.corpus.split(",") if x]:
            t = time.perf_counter()
            cplans = build_plans(size)[0]
            corpus = Corpus(cplans)
            built = time.perf_counter() - t
            counts = [eng.client.counter.count_messages(eng.context(q, corpus)[0]) for q in QUESTIONS]
            before = server.count()
            answer = eng.ask(QUESTIONS[0], corpus)
            print(f"3. corpus of {len(cplans):,} plans ({len(corpus):,} passages, built in {built:.1f} s): prompt tokens per question "
                  f"max {max(counts):,}, median {statistics.median(counts):,.0f} over {len(counts)} questions (target <= 3,000); "
                  f"one ask sent {server.count() - before} request, {'abstained' if answer.abstained else f'{len(answer.citations)} citations'}")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
