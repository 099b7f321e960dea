"""Usage counts every attempt (failed ones too) and prices it; a Budget stops a run before a limit is passed."""

from __future__ import annotations

import threading

import pytest

from policyqa.errors import BudgetExceeded, ConfigError, LLMError
from policyqa.engines.usage import Budget, Usage


def test_counts_calls_tokens_failed_and_cached():
    u = Usage()
    u.add(1200, 300)
    u.add(1250, 280, failed=True)  # an answer that failed validation was still paid for
    u.add(900, 0, cached=True)  # answered from the cache: no request, no tokens
    d = u.as_dict()
    assert d == {
        "calls": 2,
        "failed_calls": 1,
        "cached_calls": 1,
        "prompt_tokens": 2450,
        "completion_tokens": 580,
        "dropped_claims": 0,
        "total_tokens": 3030,
        "cost": None,
    }
    assert u.cost is None
    assert "cost unknown" in str(u) and "2 calls (1 failed, 1 cached)" in str(u) and "2,450 prompt" in str(u)


def test_cost_from_prices_per_million_tokens():
    u = Usage(input_price=2.0, output_price=8.0)  # e.g. 2 and 8 per 1M tokens
    u.add(1_000_000, 0)
    u.add(250_000, 500_000, failed=True)
    assert u.cost == pytest.approx(2.0 + 0.5 + 4.0)
    assert u.as_dict()["cost"] == pytest.approx(6.5)
    assert "cost 6.5000" in str(u)
    assert str(Usage(0.8, 2.0, "CNY")).endswith("cost 0.0000 CNY")
    assert u.price_of(1000, 1000) == pytest.approx(0.01)


def test_counting_is_thread_safe():
    u = Usage(input_price=1.0, output_price=1.0)

    def work():
        for _ in range(2000):
            u.add(3, 2)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert (u.calls, u.prompt_tokens, u.completion_tokens) == (16000, 48000, 32000)


def test_merge_and_snapshot():
    a, b = Usage(1.0, 2.0), Usage()
    a.add(10, 5)
    b.add(7, 3, failed=True)
    b.add(cached=True)
    snap = a.snapshot()
    a.merge(b)
    assert a.as_dict()["calls"] == 2 and a.failed_calls == 1 and a.cached_calls == 1 and a.total_tokens == 25
    assert snap.total_tokens == 15  # a snapshot does not move


def test_budget_on_tokens_stops_before_the_call_that_would_pass_it():
    u, budget = Usage(), Budget(max_tokens=10_000)
    calls = 0
    with pytest.raises(BudgetExceeded) as info:
        for _ in range(100):
            budget.check(u, 2_500, completion_tokens=500)
            u.add(2_400, 450)  # what the call really used
            calls += 1
    assert calls == 3  # 3 × 2,850 = 8,550; a 4th call may need 3,000 more: 11,550 > 10,000
    assert u.total_tokens <= 10_000
    assert isinstance(info.value, LLMError) and "--max-tokens 10,000" in str(info.value)


def test_budget_on_cost():
    u, budget = Usage(input_price=1.0, output_price=4.0), Budget(max_cost=0.01)
    with pytest.raises(BudgetExceeded, match="--max-cost 0.01"):
        for _ in range(100):
            budget.check(u, 2_000, completion_tokens=500)
            u.add(2_000, 500)
    assert u.cost <= 0.01
    assert u.calls == 2  # each call costs 0.004: a 3rd would reach 0.012


def test_budget_on_cost_needs_prices():
    with pytest.raises(ConfigError, match="prices"):
        Budget(max_cost=1.0).check(Usage(), 10)
    Budget(max_tokens=100).check(Usage(), 10)  # a token budget needs no prices
    Budget().check(Usage(), 10**9)  # no budget, no limit


def test_reserve_holds_the_estimate_for_concurrent_calls():
    u, budget = Usage(), Budget(max_tokens=10_000)
    with budget.reserve(u, 3_000, completion_tokens=1_000):
        with budget.reserve(u, 3_000, completion_tokens=1_000):
            with pytest.raises(BudgetExceeded, match="held by calls under way"):
                budget.check(u, 3_000, completion_tokens=1_000)
            u.add(2_000, 100)
        u.add(2_000, 100)
    budget.check(u, 3_000, completion_tokens=1_000)  # 4,200 used + 4,000 fits once the holds are released


def test_negative_budget_is_a_config_error():
    with pytest.raises(ConfigError):
        Budget(max_tokens=-1)
    with pytest.raises(ConfigError):
        Budget(max_cost=-0.5)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf"), -0.5])
def test_a_cost_budget_that_is_not_a_finite_amount_is_a_config_error(bad):
    with pytest.raises(ConfigError, match="--max-cost"):
        Budget(max_cost=bad)


def test_failed_marks_and_dropped_claims_are_counted_and_merged():
    u = Usage()
    u.add(10, 5)
    u.mark_failed()  # the reply of that call failed validation
    u.drop(3)
    v = Usage().merge(u)
    assert (v.calls, v.failed_calls, v.dropped_claims) == (1, 1, 3)
    assert "3 ungrounded claims dropped" in str(u)
