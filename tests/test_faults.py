"""Nothing lost, nothing invented, under 30% mixed faults over 120 plans (tests/faults.py): no silent
empty, no lost plan, every failure typed and listed, calls counted equal to requests made; a rerun
on the same cache asks only for what did not pass."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))
from faults import KINDS, campaign  # noqa: E402


pytestmark = pytest.mark.usefixtures("fresh_modes")  # each test starts with no output mode remembered (conftest.py)


@pytest.mark.parametrize("task", ["measures", "targets"])
def test_thirty_percent_mixed_faults_over_120_plans(task, tmp_path):
    f = campaign(tmp_path, plans=120, task=task, rate=0.3, seed=13)
    assert f["plans"] == 120 and f["faults"] >= 0.2 * f["requests"] and len(f["faults_by_kind"]) >= 12
    assert f["silent_empties"] == 0 and f["lost"] == 0 and f["invented"] == 0
    assert f["untyped"] == 0 and len(f["failures"]) == f["failed"] == 120 - f["done"]  # every failure typed and listed
    assert f["calls"] == f["requests"] == f["plan_usage_calls"]  # every attempt counted, and each plan's own share of them
    assert f["failed_calls"] >= f["faults"]
    # the rerun, fault-free, on the same cache: nothing that passed is asked again, everything ends done
    assert f["rerun_repeats"] == 0 and f["rerun_calls"] == f["rerun_requests"] <= f["faults"]
    assert f["rerun_done"] == 120 and f["rerun_silent_empties"] == 0


def test_every_kind_of_fault_ends_typed_or_recovered(tmp_path):
    """Each kind alone, on every first request: the plan recovers (re-asked, retried) or fails with a type."""
    from fakebatch import grounded_reply
    from faults import FaultyModel, write_plans
    from fakeserver import FakeServer

    from policyqa import batch
    from policyqa.engines.llm.cache import Cache
    from policyqa.engines.llm.engine import LLMEngine
    from policyqa.structure.plan import load

    write_plans(tmp_path / "plans", 2)
    plans = load(tmp_path / "plans")
    for kind in KINDS:
        model = FaultyModel(1.0, 7, kinds=[kind], hang=0.4)

        def first_only(req, model=model):  # the fault on each plan's first request only
            return model(req) if len(req.messages) == 2 and model.seen[model.body_of(req)] == 0 else grounded_reply(req)

        with FakeServer(default=first_only) as fake:
            e = LLMEngine(base_url=fake.base_url, model="fake", api_key="sk-test", cache=Cache(tmp_path / f"{kind}.sqlite"), sleep=lambda _: None,
                          backoff=0.0, retries=3, timeout=0.2)
            result = batch.run(e, plans, "targets", concurrency=2, progress=False)
            sent = len(fake.chat_requests)
        assert e.usage.calls == sent, kind
        for item in result:
            if kind == "quota":
                assert item.error_type == "QuotaExceeded" and "3,600 s" in item.error, item.error
            else:
                assert item.ok and item.output, (kind, item.error)
