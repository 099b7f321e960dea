"""The LLM cache holds judged replies: a rerun replays what passed and asks again what failed; a full
disk keeps paid replies in memory and says so; two processes on one cache send each request once;
two local servers serving different models never share entries."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
import sys
from pathlib import Path

import pytest

from policyqa import batch, load
from policyqa.engines.llm.cache import Cache
from policyqa.engines.llm.engine import LLMEngine

sys.path.insert(0, str(Path(__file__).parent))
from fakebatch import grounded_reply  # noqa: E402
from fakeserver import FakeServer, Reply  # noqa: E402

ROOT = Path(__file__).parents[1]


pytestmark = pytest.mark.usefixtures("fresh_modes")  # each test starts with no output mode remembered (conftest.py)


def tiny_plans(folder: Path, n: int) -> list:
    """``n`` distinct short plans, each with a figure or two."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"plan{i:03d}.txt").write_text(
            f"兰溪市第{i + 1}号产业行动方案\n\n力争到2027年，新增国家高新技术企业{100 + i}家、省科技型中小企业{300 + 2 * i}家以上。\n"
            f"实施产业链链长制，建设省级智能工厂{10 + i}家。\n", encoding="utf-8")
    return load(folder)


def engine(url: str, cache: Cache, **kw) -> LLMEngine:
    return LLMEngine(base_url=url, model="fake", api_key="sk-test", cache=cache, sleep=lambda _: None, backoff=0.0, **kw)


def invented(req) -> Reply:
    """A well-formed reply whose quotes are made up."""
    good = grounded_reply(req).content
    for t in good.get("targets", []):
        t["quote"] = "这句话不在规划里，是模型编造的。"
    return Reply(content=good)


def test_a_rerun_replays_what_passed_and_asks_again_what_failed(tmp_path):
    plans = tiny_plans(tmp_path / "plans", 4)
    bad_plan = plans[1].id
    first_bodies: dict[str, list] = {}

    def reply(req):
        if "高新技术企业101家" in req.user and len(req.messages) == 2:  # plan 1's first ask: an invented reply
            return invented(req)
        return grounded_reply(req)

    cache = Cache(tmp_path / "llm.sqlite")
    with FakeServer(default=reply) as fake:
        first = batch.run(engine(fake.base_url, cache), plans, "targets", concurrency=2, progress=False)
        assert len(first.done) == 4 and len(fake.chat_requests) == 5  # plan 1: asked, re-asked (grounded)
        first_bodies = {json.dumps(r.body, sort_keys=True) for r in fake.chat_requests}
    entries = [json.loads(v) for (v,) in sqlite3.connect(cache.path).execute("SELECT value FROM entries")]
    marked = [e for e in entries if e.get("valid") is False]
    assert len(marked) == 1 and "quote not found" in marked[0]["errors"][0]  # the failed reply is marked, not replayed

    with FakeServer(default=grounded_reply) as again:
        second = batch.run(engine(again.base_url, Cache(tmp_path / "llm.sqlite")), plans, "targets", concurrency=2, progress=False)
    assert len(second.done) == 4
    sent = [json.dumps(r.body, sort_keys=True) for r in again.chat_requests]
    assert len(sent) == 1 and sent[0] in first_bodies  # only the request whose reply failed is asked again
    assert bad_plan in {i.plan.id for i in second if i.usage and i.usage.get("calls")}


def test_a_cache_write_failure_keeps_the_paid_reply_and_says_so(tmp_path, monkeypatch):
    plans = tiny_plans(tmp_path / "plans", 3)
    cache = Cache(tmp_path / "llm.sqlite")

    def full(self, key, value, **kw):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Cache, "put", full)
    with FakeServer(default=grounded_reply) as fake:
        e = engine(fake.base_url, cache)
        result = batch.run(e, plans, "targets", concurrency=2, progress=False)
        assert len(result.done) == 3 and not result.failed  # the run finishes
        n = len(fake.chat_requests)
        again = batch.run(e, plans, "targets", concurrency=2, progress=False)  # the same run goes on: replies kept in memory
        assert len(fake.chat_requests) == n and [i.output for i in again] == [i.output for i in result]
    assert e.client.unsaved == 3
    assert "3 replies could not be written to the LLM cache" in e.client.cache_problem and "disk is full" in e.client.cache_problem


def _fill_disk_child(cache_path: str, plans_dir: str, url: str, limit: int, out: str) -> None:
    """In a child process: files may grow to ``limit`` bytes at most (RLIMIT_FSIZE, a full disk as sqlite sees it)."""
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead of killing the process
    from policyqa import batch as b
    from policyqa.engines.llm.cache import Cache as C
    from policyqa.engines.llm.engine import LLMEngine as E
    from policyqa.structure.plan import load as ld

    plans = ld(plans_dir)
    cache = C(cache_path)
    cache.stats()  # the file exists before the limit
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    e = E(base_url=url, model="fake", api_key="sk-test", cache=cache, sleep=lambda _: None, backoff=0.0)
    result = b.run(e, plans, "targets", concurrency=2, progress=False)
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    Path(out).write_text(json.dumps({"done": len(result.done), "failed": [i.error for i in result.failed], "unsaved": e.client.unsaved,
                                     "problem": e.client.cache_problem}), encoding="utf-8")


def test_a_really_full_disk_finishes_the_run(tmp_path):
    plans_dir = tmp_path / "plans"
    plans = tiny_plans(plans_dir, 6)
    cache_path = tmp_path / "llm.sqlite"
    out = tmp_path / "out.json"
    with FakeServer(default=grounded_reply) as fake:
        size = Cache(cache_path).stats()["bytes"]
        ctx = multiprocessing.get_context("spawn")
        p = ctx.Process(target=_fill_disk_child, args=(str(cache_path), str(plans_dir), fake.base_url, size + 4096, str(out)))
        p.start()
        p.join(120)
        sent = len(fake.chat_requests)
    assert p.exitcode == 0
    got = json.loads(out.read_text("utf-8"))
    assert got["done"] == len(plans) and got["failed"] == []
    assert got["unsaved"] >= 1 and "could not be written" in got["problem"] and sent >= len(plans)
    assert sqlite3.connect(cache_path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"  # the cache is whole


def _batch_child(cache_path: str, plans_dir: str, url: str, out: str) -> None:
    from policyqa import batch as b
    from policyqa.engines.llm.cache import Cache as C
    from policyqa.engines.llm.engine import LLMEngine as E
    from policyqa.structure.plan import load as ld

    e = E(base_url=url, model="fake", api_key="sk-test", cache=C(cache_path), sleep=lambda _: None, backoff=0.0)
    result = b.run(e, ld(plans_dir), "targets", concurrency=4, progress=False)
    Path(out).write_text(json.dumps({"done": len(result.done), "calls": e.usage.calls, "cached": e.usage.cached_calls}), encoding="utf-8")


def test_two_processes_on_one_cache_send_each_request_once(tmp_path):
    plans_dir = tmp_path / "plans"
    plans = tiny_plans(plans_dir, 12)
    cache_path = str(tmp_path / "llm.sqlite")
    Cache(cache_path).stats()
    with FakeServer(default=grounded_reply, latency=0.05) as fake:  # replies take a while: the two runs overlap
        ctx = multiprocessing.get_context("spawn")
        procs = [ctx.Process(target=_batch_child, args=(cache_path, str(plans_dir), fake.base_url, str(tmp_path / f"out{i}.json"))) for i in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(120)
        bodies = [json.dumps(r.body, sort_keys=True) for r in fake.chat_requests]
    assert [p.exitcode for p in procs] == [0, 0]
    outs = [json.loads((tmp_path / f"out{i}.json").read_text("utf-8")) for i in range(2)]
    assert all(o["done"] == len(plans) for o in outs)
    assert len(bodies) == len(set(bodies)) == len(plans)  # each request sent once, by one process or the other
    assert sum(o["calls"] for o in outs) == len(plans) and sum(o["cached"] for o in outs) == len(plans)


def test_two_local_servers_serving_different_models_never_share_entries(tmp_path):
    plan = tiny_plans(tmp_path / "plans", 1)[0]
    cache = Cache(tmp_path / "llm.sqlite")
    with FakeServer(default=grounded_reply, served=[{"id": "local", "meta": {"file": "qwen2.5-7b-q4_k_m.gguf", "size": 4683}}]) as a:
        ta = LLMEngine(base_url=a.base_url, model="local", cache=cache, sleep=lambda _: None).targets(plan)
        assert len(a.chat_requests) == 1
    with FakeServer(default=grounded_reply, served=[{"id": "local", "meta": {"file": "gemma-3-270m.gguf", "size": 253}}]) as b:
        LLMEngine(base_url=b.base_url, model="local", cache=cache, sleep=lambda _: None).targets(plan)
        assert len(b.chat_requests) == 1  # another model behind the same name: asked, not replayed
    with FakeServer(default=grounded_reply, served=[{"id": "local", "meta": {"file": "qwen2.5-7b-q4_k_m.gguf", "size": 4683}}]) as c:
        tc = LLMEngine(base_url=c.base_url, model="local", cache=cache, sleep=lambda _: None).targets(plan)
        assert c.chat_requests == []  # the first model again, on another port: replayed
    assert [t.model_dump() for t in tc] == [t.model_dump() for t in ta]
