"""Batches of plans: bounded concurrency, results in order, failures isolated, budget stops, interruption and resume."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from policyqa import batch
from policyqa.cli import main
from policyqa.engines import get_engine
from policyqa.errors import BudgetExceeded, ConfigError, InputError
from policyqa.plan import load

ROOT = Path(__file__).parents[1]
PLANS = ROOT / "evals" / "plans"
CORPUS = Path(__file__).parents[2] / "shared" / "corpus"


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
        eng = Watched()
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
    assert captured.out.startswith("ok      兰溪市") and "1 of 1 plans done" in captured.err
