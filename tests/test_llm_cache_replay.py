"""A local server starts on a new port each run: its answers still replay from the cache."""

from __future__ import annotations

import sys
from pathlib import Path

import policyqa
from policyqa.engines.llm.cache import Cache
from policyqa.engines.llm.engine import LLMEngine
from policyqa.engines.llm.client import cache_endpoint

sys.path.insert(0, str(Path(__file__).parent))
from fakeserver import FakeServer  # noqa: E402

ROOT = Path(__file__).parents[1]


def test_loopback_ports_share_cache_keys_remote_hosts_do_not():
    assert cache_endpoint("http://127.0.0.1:41231/v1") == cache_endpoint("http://127.0.0.1:50007/v1") == "http://loopback/v1"
    assert cache_endpoint("http://localhost:8080/v1") == "http://loopback/v1"
    assert cache_endpoint("https://api.deepseek.com/v1") == "https://api.deepseek.com/v1"
    assert cache_endpoint("http://10.0.0.5:8000/v1") == "http://10.0.0.5:8000/v1"


def test_a_second_local_run_on_another_port_makes_no_request(tmp_path):
    plan = next(p for p in policyqa.load(ROOT / "evals" / "plans" / "002_8aae07e36f419ad9.txt") if p.region == "义乌市")
    cache = Cache(tmp_path / "llm.sqlite")
    with FakeServer(llamacpp=True) as first:
        a = LLMEngine(base_url=first.base_url, model="gemma", preset="llamacpp", cache=cache, sleep=lambda _: None).targets(plan)
        assert first.chat_requests
    with FakeServer(llamacpp=True) as second:  # a new server, a new port
        b = LLMEngine(base_url=second.base_url, model="gemma", preset="llamacpp", cache=cache, sleep=lambda _: None).targets(plan)
        assert second.chat_requests == []  # replayed from the cache, in the mode the first run found
    assert [t.model_dump() for t in a] == [t.model_dump() for t in b]
