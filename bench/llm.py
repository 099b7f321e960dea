"""LLM engine benchmark against the fake OpenAI-compatible server (tests/fakeserver.py), no model.

    python bench/llm.py [--plans 100] [--concurrency 16,64] [--repeat 3] [--latency 0.2] [--corpus 10,10000]

The fake server runs in its own process (so its work does not compete with the library for the
GIL) and answers every request after a fixed latency with grounded JSON (tests/fakebatch.py's
``grounded_reply``). Plans are the seed plans, repeated with the perturbations of
bench/search.py so that every plan is distinct (one request each); every batch run gets plans
and a cache of its own (cold). The machine's load (1-minute average) is printed beside each figure.

Printed:
0. the engine's warm-up (tokenizer, dictionaries: ``LLMEngine.warm``, which ``batch.run`` calls
   before its clock starts), once per process;
1. batch wall time of ``--plans`` summaries at each ``--concurrency`` against the ideal
   ceil(plans / concurrency) × latency, and beside it, in the same run, two bare SDK peers through
   ``openai`` and the same batch machinery, no engine: one small chat request per plan (a 0.1 kB
   body, a short reply), and the engine's own request for each plan (the same messages, schema and
   parameters, made before the clock starts: the same bytes each way, so the SDK's and HTTP's own
   cost of these requests): each run, then the medians (targets: ratio ≤ 1.15 at 16; at 64 within
   1.2× of the bare SDK's ratio), with the client process's CPU per call during the run;
2. library CPU per call end to end (the client process's CPU time over sequential calls at zero
   latency, SDK and HTTP included; target < 5 ms) beside the bare SDK's; the engine's own time
   around each request (the SDK call itself excluded) and end-to-end wall time minus the latency;
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
import os
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
            elif cmd == "cpu":
                conn.send(time.process_time())
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

    def cpu(self) -> float:
        """The server process's CPU seconds so far."""
        self.conn.send("cpu")
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


def load() -> str:
    return f"load {os.getloadavg()[0]:.2f}"


def bare_sdk(base_url: str):
    """The peer: each plan one small chat request through the SDK, no engine work."""
    import openai

    sdk = openai.OpenAI(base_url=base_url, api_key="sk-bench", max_retries=0)

    class Bare:
        name = "bare"

        def summarize(self, plan):
            return sdk.chat.completions.create(model="fake", messages=[{"role": "user", "content": plan.id}], max_tokens=8)

    return Bare()


def same_requests(base_url: str, plans) -> dict:
    """The request body the engine sends for each plan's summary (messages, response format, parameters),
    made before any clock starts: what the bare SDK sends beside it in the same-request peer."""
    from policyqa.engines.llm.engine import LLMSummary
    from policyqa.engines.llm.prompts import load_prompt

    eng = engine(base_url, None)
    prompt, mode = load_prompt("summarize"), eng.client.modes()[0]
    out = {}
    for plan in plans:
        chunks = eng._plan_chunks(plan, prompt, LLMSummary, **eng._values(plan, ""))
        messages = eng.client._with_format(prompt.render(**eng._values(plan, chunks[0])), mode, LLMSummary)
        out[plan.id] = eng.client._body(messages, mode, LLMSummary)
    return out


def bare_same(base_url: str, bodies: dict):
    """The peer that sends what the engine sends: each plan's own request (the same messages, schema
    and parameters, so the same bytes each way), through the SDK, no engine work (no prompt, cache,
    validation or grounding)."""
    import openai

    sdk = openai.OpenAI(base_url=base_url, api_key="sk-bench", max_retries=0)

    class BareSame:
        name = "bare-same"

        def summarize(self, plan):
            return sdk.chat.completions.create(**bodies[plan.id])

    return BareSame()


def timed_batch(server: Server, eng, plans, concurrency: int, latency: float) -> dict:
    """One batch run: wall seconds, its ratio to the ideal, the client's CPU per request, failures."""
    from policyqa import batch

    before, server_cpu = server.count(), server.cpu()
    cpu = time.process_time()
    result = batch.run(eng, plans, "summarize", concurrency=concurrency, progress=False)
    cpu = time.process_time() - cpu
    server_cpu = server.cpu() - server_cpu
    sent = server.count() - before
    ideal = math.ceil(sent / concurrency) * latency
    return {"seconds": result.seconds, "ideal": ideal, "ratio": result.seconds / ideal if ideal else float("nan"), "sent": sent,
            "cpu_ms": cpu / max(1, sent) * 1000, "server_ms": server_cpu / max(1, sent) * 1000, "done": len(result.done), "failed": len(result.failed), "load": os.getloadavg()[0]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plans", type=int, default=100)
    ap.add_argument("--concurrency", default="16,64", help="concurrencies to run the batch at (comma-separated)")
    ap.add_argument("--repeat", type=int, default=3, help="batch runs per concurrency (medians printed)")
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--calls", type=int, default=40, help="sequential calls for the overhead figure")
    ap.add_argument("--corpus", default="10,10000", help="corpus sizes (plans) for the prompt-token figure")
    ap.add_argument("--profile", action="store_true", help="also print where the library's time per call goes (cProfile, cumulative)")
    args = ap.parse_args()

    from policyqa import batch

    tmp = Path(tempfile.mkdtemp(prefix="policyqa-bench-"))
    server = Server(args.latency)
    try:
        concurrencies = [int(x) for x in args.concurrency.split(",") if x]
        runs = len(concurrencies) * args.repeat
        pool = seed_plans(args.plans * runs + args.calls + 1)
        slices = iter(pool[k * args.plans : (k + 1) * args.plans] for k in range(runs))
        fresh, spare = pool[-args.calls - 1 : -1], pool[-1]

        # 0. warm-up, once per process
        t = time.perf_counter()
        warm = getattr(engine(server.base_url, None), "warm", None)
        if warm is not None:
            warm()
            print(f"0. warm-up (tokenizer, dictionaries; batch.run does it before its clock starts): {time.perf_counter() - t:.2f} s, {load()}")
        else:
            print("0. warm-up: none (this engine loads what it needs in its first calls, inside the first batch's clock)")
        server.set_latency(0.0)  # the server process's own first requests (its imports), outside every figure
        bare_sdk(server.base_url).summarize(spare)
        engine(server.base_url, None).summarize(spare)
        server.set_latency(args.latency)

        # 1. batch wall time against the ideal, the bare SDK beside it
        first = None
        for c in concurrencies:
            ours, peers, sames = [], [], []
            for r in range(args.repeat):
                plans = next(slices)
                first = first or plans
                e = timed_batch(server, engine(server.base_url, tmp / f"batch-{c}-{r}.sqlite"), plans, c, args.latency)
                b = timed_batch(server, bare_sdk(server.base_url), plans, c, args.latency)
                bodies = same_requests(server.base_url, plans)
                s = timed_batch(server, bare_same(server.base_url, bodies), plans, c, args.latency)
                ours.append(e)
                peers.append(b)
                sames.append(s)
                print(f"1. batch of {len(plans)} plans at concurrency {c}, latency {args.latency * 1000:.0f} ms, run {r + 1}: "
                      f"engine {e['seconds']:.2f} s (ideal {e['ideal']:.2f} s) ratio {e['ratio']:.3f}, CPU {e['cpu_ms']:.2f} ms/call (server {e['server_ms']:.2f}), "
                      f"{e['done']} done, {e['failed']} failed, load {e['load']:.2f}; "
                      f"bare SDK {b['seconds']:.2f} s ratio {b['ratio']:.3f}, CPU {b['cpu_ms']:.2f} ms/call (server {b['server_ms']:.2f}), load {b['load']:.2f}; "
                      f"bare SDK, same requests {s['seconds']:.2f} s ratio {s['ratio']:.3f}, CPU {s['cpu_ms']:.2f} ms/call (server {s['server_ms']:.2f}), load {s['load']:.2f}")
            er, br, sr = (statistics.median(x["ratio"] for x in runs) for runs in (ours, peers, sames))
            target = "target <= 1.15" if c <= 16 else "target: within 1.2x of the bare SDK's"
            print(f"1. median at concurrency {c}: engine {er:.3f}x ideal; bare SDK, one small request {br:.3f}x ideal, engine / bare {er / br:.3f}; "
                  f"bare SDK, the engine's own requests {sr:.3f}x ideal, engine / bare {er / sr:.3f} ({target}); "
                  f"engine CPU {statistics.median(x['cpu_ms'] for x in ours):.2f} ms/call; {load()}")

        # 4. a warm-cache re-run (the first batch's plans and cache)
        before = server.count()
        c = concurrencies[0]
        again = batch.run(engine(server.base_url, tmp / f"batch-{c}-0.sqlite"), first, "summarize", concurrency=c, progress=False)
        print(f"4. warm-cache re-run: {server.count() - before} requests (target 0), {again.seconds:.2f} s, {len(again.done)} done, {load()}")

        # 2. library CPU per call, sequential, fresh plans (cold cache)
        server.set_latency(0.0)
        peer = bare_sdk(server.base_url)
        for p in fresh[:5]:
            peer.summarize(p)
        cpu = time.process_time()
        for p in fresh:
            peer.summarize(p)
        bare_cpu = (time.process_time() - cpu) / len(fresh) * 1000
        for latency in (0.0, args.latency):
            server.set_latency(latency)
            eng = engine(server.base_url, tmp / f"overhead-{latency}.sqlite")
            # warmed as the bare SDK peer is (five calls above) and as batch.run warms an engine, outside
            # the clock: its cache file opened, the served model asked for and its SDK client's connection
            # made once per engine, not charged to the first of the timed calls
            if hasattr(eng, "warm"):
                eng.warm()
            eng.summarize(spare)
            inside: list[float] = []
            name = "_post" if hasattr(eng.client, "_post") else "_request"  # the HTTP request through the SDK (_request: older code, retries included)
            post = getattr(eng.client, name)

            def timed(*a, **kw):
                t = time.perf_counter()
                try:
                    return post(*a, **kw)
                finally:
                    inside.append(time.perf_counter() - t)

            setattr(eng.client, name, timed)
            walls = []
            prof = cProfile.Profile() if args.profile and latency == 0.0 else None
            if prof:
                prof.enable()
            cpu = time.process_time()
            for p in fresh:
                t = time.perf_counter()
                eng.summarize(p)
                walls.append(time.perf_counter() - t)
            cpu = (time.process_time() - cpu) / len(fresh) * 1000
            if prof:
                prof.disable()
            own = [w - s for w, s in zip(walls, inside)] if len(inside) == len(walls) else []
            e2e = statistics.median(walls) - latency
            own_s = f"engine's own time around the request: median {statistics.median(own) * 1000:.2f} ms, p95 {sorted(own)[int(len(own) * 0.95) - 1] * 1000:.2f} ms; " if own else ""
            cpu_s = f"library CPU per call end to end {cpu:.2f} ms (target < 5 ms; bare SDK {bare_cpu:.2f} ms); " if latency == 0.0 else ""
            print(f"2. {len(walls)} sequential calls at latency {latency * 1000:.0f} ms: {cpu_s}{own_s}"
                  f"wall minus latency: median {e2e * 1000:.2f} ms; {load()}")
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
                  f"one ask sent {server.count() - before} request, {'abstained' if answer.abstained else f'{len(answer.citations)} citations'}; {load()}")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
