"""Batches of plans: bounded concurrency, results in order, failures isolated, budget stops, interruption and resume."""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

import pytest

from policyqa import batch
from policyqa.engines.llm import batchapi
from policyqa.cli import main
from policyqa.engines import get_engine
from policyqa.errors import BudgetExceeded, ConfigError, InputError
from policyqa.structure.plan import load

ROOT = Path(__file__).parents[1]
PLANS = ROOT / "evals" / "plans"
CORPUS = Path(__file__).parents[2] / "shared" / "corpus"
sys.path.insert(0, str(Path(__file__).parent))  # tests/fakeserver.py, tests/fakebatch.py


@pytest.fixture(scope="module")
def plans():
    return load(PLANS) + load(CORPUS)


class Watched:
    """The offline engine, watched: how many calls are in flight at once (a real engine underneath)."""

    name = "offline"

    def __init__(self, hold: float = 0.02, fail: dict | None = None):
        self.engine = get_engine("offline")
        self.hold = hold
        self.fail = fail or {}
        self.lock = threading.Lock()
        self.now = self.peak = 0
        self.seen: list[str] = []

    def targets(self, plan):
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)
            self.seen.append(plan.id)
        try:
            time.sleep(self.hold)  # a slow service: lets calls overlap
            if plan.id in self.fail:
                raise self.fail[plan.id]
            return self.engine.targets(plan)
        finally:
            with self.lock:
                self.now -= 1


def test_results_in_plan_order_and_equal_to_one_by_one(plans):
    offline = get_engine("offline")
    result = batch.run(offline, plans, "targets", concurrency=8, progress=False)
    assert [i.plan.id for i in result] == [p.id for p in plans]
    assert len(result.done) == len(plans) and result.failed == [] and result.stopped is None
    for item, plan in zip(result, plans):
        assert item.output == offline.targets(plan)
    assert sum(len(i.output) for i in result) > 100  # seed 003 alone reports dozens of figures


def test_concurrency_is_bounded_and_used(plans):
    for n in (1, 4, 16):
        eng = Watched(hold=0.25)  # long enough that every worker is in flight at once, even on a loaded machine
        batch.run(eng, plans, "targets", concurrency=n, progress=False)
        assert eng.peak == min(n, len(plans)), n
        assert sorted(eng.seen) == sorted(p.id for p in plans)


def test_a_failed_plan_is_reported_and_the_rest_go_on(plans):
    bad = plans[3].id
    eng = Watched(fail={bad: RuntimeError("upstream said 500 three times\nsecond line")})
    result = batch.run(eng, plans, "targets", concurrency=4, progress=False)
    assert [i.plan.id for i in result.failed] == [bad]
    assert result.failed[0].error == "RuntimeError: upstream said 500 three times"  # one line
    assert len(result.done) == len(plans) - 1
    assert "1 failed" in str(result)


def test_budget_stop_ends_the_run_cleanly(plans):
    stop_at = plans[2].id
    eng = Watched(fail={stop_at: BudgetExceeded("token budget: 9,000 used, past --max-tokens 10,000; stopped before it")})
    result = batch.run(eng, plans, "targets", concurrency=1, progress=False)
    assert result.stopped and "--max-tokens" in result.stopped
    assert [i.ok for i in result][:2] == [True, True]
    assert result.items[2].error.startswith("BudgetExceeded")
    assert all(i.skipped for i in result.items[3:]) and len(result.skipped) == len(plans) - 3
    assert eng.seen == [p.id for p in plans[:3]]  # nothing started after the stop


def test_a_rejected_key_stops_the_run_with_its_error(plans):
    eng = Watched(fail={p.id: ConfigError("POLICYQA_API_KEY was rejected by https://api.example.com/v1 (401)") for p in plans})
    with pytest.raises(ConfigError, match="rejected"):
        batch.run(eng, plans, "targets", concurrency=2, progress=False)
    assert len(eng.seen) <= 2


def test_interrupt_stops_starting_plans(plans):
    eng = Watched()

    def interrupt_after_three(item, done, total):
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        batch.run(eng, plans, "targets", concurrency=1, progress=interrupt_after_three)
    assert len(eng.seen) == 3


def test_bad_arguments():
    with pytest.raises(InputError, match="unknown batch task"):
        batch.run(get_engine("offline"), [], "translate", progress=False)
    with pytest.raises(InputError, match="concurrency"):
        batch.run(get_engine("offline"), [], "targets", concurrency=0, progress=False)


def test_cli_batch_offline(capsys):
    assert main(["batch", "targets", str(PLANS), "--engine", "offline", "--concurrency", "3", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out) == len(load(PLANS))
    assert all(o["error"] is None and o["engine"] == "offline" and o["task"] == "targets" for o in out)
    assert any(t["original"] for o in out for t in o["output"])
    assert main(["batch", "summarize", str(PLANS / "000_08dfb0cd4d043f74.txt"), "--engine", "offline"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("兰溪市") and "\n[1] 兰溪市 · 000_08dfb0cd4d043f74.txt" in captured.out  # the summary itself
    assert "ok      兰溪市" in captured.err and "1 of 1 plans done" in captured.err


# -- against the fake OpenAI-compatible server (tests/fakeserver.py) -----------------------------
from fakebatch import FakeBatchServer, grounded_reply  # noqa: E402
from fakeserver import FakeServer, Reply, error  # noqa: E402

from policyqa.engines.llm.cache import Cache  # noqa: E402
from policyqa.citations import verify  # noqa: E402
from policyqa.engines.llm.engine import LLMEngine  # noqa: E402

KEY = "sk-batch-test-0123456789abcdef"


@pytest.fixture()
def seeds():
    return load(PLANS)


def _engine(url: str, tmp_path, **kw) -> LLMEngine:
    return LLMEngine(base_url=url, model="fake", api_key=KEY, cache=Cache(tmp_path / "llm.sqlite"), backoff=0.01, **kw)


def _verified(item) -> bool:
    s = item.output
    return bool(s.citations()) and all(verify(c, item.plan) for c in s.citations())


def test_interrupted_run_resumes_from_the_cache(seeds, tmp_path):
    with FakeServer(default=grounded_reply) as fake:
        engine = _engine(fake.base_url, tmp_path)

        def stop_after_four(item, done, total):
            if done == 4:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            batch.run(engine, seeds, "summarize", concurrency=1, progress=stop_after_four)
        first = len(fake.chat_requests)
        # one request per short plan; nothing starts after the interruption (the fifth plan's request
        # may have left while the fourth reply was being checked: one request in flight at a time)
        assert first in (4, 5)
        result = batch.run(_engine(fake.base_url, tmp_path), seeds, "summarize", concurrency=4, progress=False)
        assert len(fake.chat_requests) - first == len(seeds) - first  # only the remaining plans are asked
        assert len(result.done) == len(seeds) and all(_verified(i) for i in result)
        assert result.usage["cached_calls"] == first and result.usage["calls"] == len(seeds) - first
        again = batch.run(_engine(fake.base_url, tmp_path), seeds, "summarize", concurrency=4, progress=False)
        assert len(fake.chat_requests) - first == len(seeds) - first  # a warm re-run sends nothing
        assert [i.output for i in again] == [i.output for i in result]


def test_concurrency_on_the_wire(seeds, tmp_path):
    lock, state = threading.Lock(), {"now": 0, "peak": 0}

    def slow(req):
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        time.sleep(0.1)
        with lock:
            state["now"] -= 1
        return grounded_reply(req)

    with FakeServer(default=slow) as fake:
        result = batch.run(_engine(fake.base_url, tmp_path), seeds, "summarize", concurrency=4, progress=False)
    assert len(result.done) == len(seeds)
    assert state["peak"] == 4  # never more than 4 requests at the server at once, and 4 were


def test_one_plan_failing_on_the_server_does_not_stop_the_others(seeds, tmp_path):
    def reply(req):
        if "中欧班列开行1601列" in req.user:  # the Yiwu speech only
            return error(400, "Content flagged by the provider's moderation")
        return grounded_reply(req)

    with FakeServer(default=reply) as fake:
        result = batch.run(_engine(fake.base_url, tmp_path), seeds, "summarize", concurrency=4, progress=False)
    assert [i.plan.region for i in result.failed] == ["义乌市"]
    err = result.failed[0].error
    assert err.startswith("LLMError") and "moderation" in err and "\n" not in err
    assert len(result.done) == len(seeds) - 1 and all(_verified(i) for i in result.done)


def test_transient_faults_are_retried_within_the_batch(seeds, tmp_path):
    with FakeServer([error(429, retry_after=0.01), error(503), Reply(reset=True)], default=grounded_reply) as fake:
        result = batch.run(_engine(fake.base_url, tmp_path), seeds[:5], "summarize", concurrency=2, progress=False)
    assert len(result.done) == 5
    assert len(fake.chat_requests) == 5 + 3


def test_budget_stops_a_live_batch(seeds, tmp_path):
    from policyqa.engines.usage import Budget

    with FakeServer(default=grounded_reply) as fake:
        engine = _engine(fake.base_url, tmp_path, budget=Budget(max_tokens=12_000))
        result = batch.run(engine, seeds, "summarize", concurrency=1, progress=False)
    assert result.stopped and "--max-tokens" in result.stopped
    assert engine.usage.total_tokens <= 12_000
    assert 0 < len(result.done) < len(seeds) and result.skipped
    assert len(fake.chat_requests) == len(result.done)


def test_batch_api_round_trip_fills_the_cache_for_live_calls(seeds, tmp_path):
    with FakeServer(default=grounded_reply, api_key=KEY) as fake, FakeBatchServer(fake.base_url) as api:
        engine = _engine(api.base_url, tmp_path)
        job = batchapi.submit(engine, seeds, "summarize")
        assert job.requests == len(seeds) and fake.chat_requests == []  # capturing sends nothing
        assert ("POST", "/v1/files") in api.log and ("POST", "/v1/batches") in api.log
        uploaded = next(f for f in api.files.values() if f["purpose"] == "batch")["data"].decode("utf-8")
        lines = [json.loads(x) for x in uploaded.splitlines()]
        assert {x["custom_id"].split("-")[0] for x in lines} == {p.id for p in seeds}
        assert all(x["url"] == "/v1/chat/completions" and x["body"]["model"] == "fake" for x in lines)
        assert KEY not in uploaded

        status = batchapi.poll(engine, job.id)
        assert status.status == "in_progress" and not status.finished
        got = batchapi.collect(engine, job.id, seeds, interval=0.01)
        assert got.complete and got.stored == len(seeds) and got.plans_done == len(seeds) and got.plans_left == ()
        assert len(fake.chat_requests) == len(seeds)  # the batch's own requests, upstream

        live = _engine(api.base_url, tmp_path)
        result = batch.run(live, seeds, "summarize", progress=False)
        assert len(fake.chat_requests) == len(seeds)  # every live call answered from the cache
        assert len(result.done) == len(seeds) and all(_verified(i) for i in result)
        assert live.usage.cached_calls == len(seeds) and live.usage.calls == 0
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert KEY.encode() not in data


def test_batch_that_expired_leaves_the_plans_to_live_calls(seeds, tmp_path):
    with FakeServer(default=grounded_reply) as fake, FakeBatchServer(fake.base_url, fail_status="expired") as api:
        engine = _engine(api.base_url, tmp_path)
        job = batchapi.submit(engine, seeds[:3], "measures")
        got = batchapi.collect(engine, job.id, seeds[:3], interval=0.01)
    assert got.status == "expired" and not got.complete and got.stored == 0
    assert sorted(got.plans_left) == sorted(p.id for p in seeds[:3])


def test_collect_needs_the_submitting_cache(seeds, tmp_path):
    with FakeServer(default=grounded_reply) as fake, FakeBatchServer(fake.base_url) as api:
        with pytest.raises(InputError, match="was not submitted with this cache"):
            batchapi.collect(_engine(api.base_url, tmp_path), "batch-9999", seeds)


def test_endpoint_without_batch_api_says_so(seeds, tmp_path):
    from policyqa.errors import LLMError

    with FakeServer(default=grounded_reply) as fake:  # no /v1/files route: 404
        with pytest.raises(LLMError, match="no Batch API"):
            batchapi.submit(_engine(fake.base_url, tmp_path), seeds[:2], "summarize")


def test_cli_batch_submit_collect_then_live(seeds, tmp_path, monkeypatch, capsys):
    cache = str(tmp_path / "cli.sqlite")
    with FakeServer(default=grounded_reply, api_key=KEY) as fake, FakeBatchServer(fake.base_url, polls_to_finish=1) as api:
        monkeypatch.setenv("POLICYQA_BASE_URL", api.base_url)
        monkeypatch.setenv("POLICYQA_MODEL", "fake")
        monkeypatch.setenv("POLICYQA_API_KEY", KEY)
        path = str(PLANS / "002_8aae07e36f419ad9.txt")  # eight speeches
        assert main(["batch", "summarize", path, "--cache", cache, "--submit"]) == 0
        captured = capsys.readouterr()
        batch_id = captured.out.strip()
        assert batch_id.startswith("batch-") and f"--collect {batch_id}" in captured.err
        assert fake.chat_requests == []
        assert main(["batch", "summarize", path, "--cache", cache, "--collect", batch_id, "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert len(out) == 8 and all(o["error"] is None and o["output"]["overview"] for o in out)
        assert len(fake.chat_requests) == 8  # the batch's requests only: the results came from the cache
        assert main(["batch", "summarize", path, "--cache", cache]) == 0
        assert len(fake.chat_requests) == 8
        assert "8 cached" in capsys.readouterr().err
    assert KEY.encode() not in Path(cache).read_bytes()


def test_cli_batch_reports_failed_plans_with_exit_1(tmp_path, monkeypatch, capsys):
    def reply(req):
        return error(400, "Content flagged") if "中欧班列开行1601列" in req.user else grounded_reply(req)

    with FakeServer(default=reply) as fake:
        monkeypatch.setenv("POLICYQA_BASE_URL", fake.base_url)
        monkeypatch.setenv("POLICYQA_MODEL", "fake")
        monkeypatch.setenv("POLICYQA_API_KEY", KEY)
        assert main(["batch", "summarize", str(PLANS / "002_8aae07e36f419ad9.txt"), "--no-cache", "--concurrency", "3"]) == 1
    captured = capsys.readouterr()
    failed = [line for line in captured.err.splitlines() if line.startswith("failed")]
    assert len(failed) == 1 and "义乌市" in failed[0] and "Content flagged" in failed[0]
    assert "7 of 8 plans done, 1 failed" in captured.err


def test_run_from_inside_an_event_loop(plans):
    import asyncio

    async def notebook_cell():
        return batch.run(get_engine("offline"), plans[:3], "targets", concurrency=2, progress=False)

    result = asyncio.run(notebook_cell())
    assert len(result.done) == 3


def test_per_second_spaces_the_starts(plans, monkeypatch):
    """Six plans, six free slots, 20 a second: each plan is booked to start 50 ms after the one
    before, on a clock the test keeps (no wall-clock timing: the machine may be busy)."""
    monkeypatch.setattr(batch.time, "monotonic", lambda: 1000.0)  # the clock stands still: every wait is a booking
    waited: list[float] = []

    class Stop:
        def wait(self, seconds):
            waited.append(round(seconds, 6))

    pacer = batch._Pacer(20)
    for _ in range(6):
        pacer.wait(Stop())
    assert waited == [0.05, 0.1, 0.15, 0.2, 0.25]  # the first starts at once
    calls: list[int] = []
    paced = batch._Pacer.wait
    monkeypatch.setattr(batch._Pacer, "wait", lambda self, stop: (calls.append(1), paced(self, stop))[1])
    monkeypatch.setattr(batch.time, "monotonic", time.monotonic)
    out = batch.run(Watched(hold=0.0), plans[:6], "targets", concurrency=6, progress=False, per_second=1000)
    assert len(out.items) == 6 and len(calls) == 6  # every plan went through the pacer


def test_submit_needs_the_cache(seeds):
    with FakeServer(default=grounded_reply) as fake, FakeBatchServer(fake.base_url) as api:
        engine = LLMEngine(base_url=api.base_url, model="fake", api_key=KEY, cache=None)
        with pytest.raises(ConfigError, match="--no-cache"):
            batchapi.submit(engine, seeds[:2], "summarize")
        assert api.files == {} and fake.chat_requests == []


def test_an_engine_is_warmed_once_before_the_first_plan_and_a_failed_warm_up_stops_nothing(plans):
    class Warmed(Watched):
        def __init__(self, broken: bool):
            super().__init__(hold=0.0)
            self.broken = broken
            self.warmed: list[int] = []

        def warm(self):
            self.warmed.append(len(self.seen))  # plans started when it ran
            if self.broken:
                raise OSError("no tokenizer file")

    for broken in (False, True):
        e = Warmed(broken)
        result = batch.run(e, plans[:6], "targets", concurrency=3, progress=False)
        assert e.warmed == [0] and len(result.done) == 6
    e = Warmed(False)
    batch.run(e, [], "targets", progress=False)
    assert e.warmed == []  # nothing to run, nothing loaded


def test_the_objects_alive_before_a_run_are_left_out_of_the_collector_s_passes_during_it_and_handed_back(plans):
    """batch.run freezes what was alive when it started (gc.freeze) and thaws it at the end, failed
    plans or not; when something else had frozen objects first, it freezes and thaws nothing."""
    import gc

    class Peek(Watched):
        def __init__(self, **kw):
            super().__init__(hold=0.0, **kw)
            self.frozen: list[int] = []

        def targets(self, plan):
            self.frozen.append(gc.get_freeze_count())
            return super().targets(plan)

    assert gc.get_freeze_count() == 0
    e = Peek(fail={plans[1].id: RuntimeError("upstream said 500")})
    result = batch.run(e, plans[:4], "targets", concurrency=2, progress=False)
    assert len(result.failed) == 1 and e.frozen and all(n > 0 for n in e.frozen)
    assert gc.get_freeze_count() == 0
    gc.freeze()  # a server that forks workers froze its objects first
    try:
        held = gc.get_freeze_count()
        e = Peek()
        batch.run(e, plans[:3], "targets", concurrency=2, progress=False)
        assert set(e.frozen) == {held} and gc.get_freeze_count() == held
    finally:
        gc.unfreeze()


def test_concurrency_bounds_requests_in_flight_not_threads(seeds, tmp_path):
    """The LLM engine's batch runs more threads than requests in flight: never more than
    ``concurrency`` requests are open at the server at once, and every plan is done."""
    import threading as _t

    open_now, most = [0], [0]
    lock = _t.Lock()

    def counting(req):
        with lock:
            open_now[0] += 1
            most[0] = max(most[0], open_now[0])
        try:
            time.sleep(0.05)
            return grounded_reply(req)
        finally:
            with lock:
                open_now[0] -= 1

    with FakeServer(default=counting) as fake:
        result = batch.run(_engine(fake.base_url, tmp_path), seeds * 3, "summarize", concurrency=2, progress=False)
    assert len(result.done) == len(seeds) * 3
    assert most[0] == 2


def test_a_request_waiting_for_a_slot_is_not_sent_once_the_run_stops(seeds, tmp_path):
    import threading as _t

    from policyqa.errors import Cancelled

    with FakeServer(default=grounded_reply, latency=0.5) as fake:
        engine = _engine(fake.base_url, tmp_path)
        cancel = _t.Event()
        out: dict = {}

        def call(k, plan):
            try:
                out[k] = engine.summarize(plan)
            except Exception as e:  # noqa: BLE001
                out[k] = e

        with engine.request_slots(1, cancel):
            first = _t.Thread(target=call, args=(0, seeds[0]))
            first.start()
            while not fake.chat_requests:
                time.sleep(0.01)
            second = _t.Thread(target=call, args=(1, seeds[1]))
            second.start()
            time.sleep(0.1)  # the second request waits for the one slot
            cancel.set()
            first.join()
            second.join()
    assert len(fake.chat_requests) == 1
    assert isinstance(out[1], Cancelled) and not isinstance(out[0], Exception)


def test_an_offline_batch_in_a_fresh_process_loads_its_dictionaries_once_for_all_threads():
    """The threads of a batch met jieba's first import together and got a half-made module
    (AttributeError: partially initialized module 'jieba'): every plan is done."""
    import subprocess

    code = ("import policyqa; from policyqa import batch; from policyqa.engines.offline import OfflineEngine;"
            f"plans = policyqa.load({str(PLANS)!r}); r = batch.run(OfflineEngine(), plans, 'summarize', concurrency=4, progress=False);"
            "print(len(r.done), len(r.failed), [i.error for i in r.failed])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=Path(__file__).parents[1])
    done, failed = out.stdout.split()[:2]
    assert failed == "0" and int(done) >= 5, out.stdout + out.stderr


def test_the_same_request_twice_in_a_batch_is_sent_once_and_both_plans_are_done(seeds, tmp_path):
    """A plan whose request is under way in another thread waits for its reply with its turn let go
    (the other thread needs a turn to store the reply): no plan waits for the other for ever. The
    deadline makes a wait that never ends fail rather than hang."""
    with FakeServer(default=grounded_reply, latency=0.2) as fake:
        twice = seeds[:3] * 2
        result = batch.run(_engine(fake.base_url, tmp_path, deadline=20), twice, "summarize", concurrency=4, progress=False)
    assert len(result.done) == len(twice)
    assert len(fake.chat_requests) == 3
    assert [i.output for i in result][:3] == [i.output for i in result][3:]
