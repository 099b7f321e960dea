"""The structured-output client against the loopback fake server: modes, fallbacks, re-asks, faults."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from policyqa.engines.llm.cache import Cache
from policyqa.engines.llm.config import resolve
from policyqa.errors import BudgetExceeded, ConfigError, LLMError, ValidationFailed
from policyqa.engines.llm.client import LLMClient, extract_json, remembered_mode, strict_schema
from policyqa.engines.llm.prompts import load_prompt
from policyqa.engines.usage import Budget, Usage

from fakeserver import FakeServer, Reply, error, reset

KEY = "sk-test-0123456789abcdefSECRET"


class Point(BaseModel):
    text: str
    year: int


MSGS = [{"role": "system", "content": "你是助手。"}, {"role": "user", "content": "<document>力争到2027年新增企业400家以上。</document>"}]


pytestmark = pytest.mark.usefixtures("fresh_modes")  # each test starts with no output mode remembered (conftest.py)


def client(fake: FakeServer, *, modes=None, sleeps=None, **kw) -> LLMClient:
    over = {"modes": tuple(modes)} if modes else {}
    s = resolve(base_url=fake.base_url, model="fake", api_key=KEY, env={}, config={}, retries=kw.pop("retries", 4), **over)
    return LLMClient(s, sleep=(sleeps.append if sleeps is not None else (lambda _: None)), backoff=0.01, **kw)


def test_json_schema_mode_is_strict_and_parsed():
    with FakeServer([Reply(content={"text": "目标", "year": 2027})]) as fake:
        obj, out = client(fake).structured(MSGS, Point, prompt=load_prompt("summarize"))
    assert obj == Point(text="目标", year=2027) and out.mode == "json_schema"
    rf = fake.chat_requests[0].body["response_format"]
    assert rf["type"] == "json_schema" and rf["json_schema"]["strict"] is True
    assert rf["json_schema"]["schema"]["additionalProperties"] is False and set(rf["json_schema"]["schema"]["required"]) == {"text", "year"}
    assert fake.chat_requests[0].body["messages"] == MSGS  # the schema is not spelled out in json_schema mode


def test_json_schema_rejected_like_llamacpp_falls_back_to_json_object_and_is_remembered():
    with FakeServer([Reply(content={"text": "a", "year": 2027}), Reply(content={"text": "b", "year": 2030})], llamacpp=True) as fake:
        c = client(fake)
        obj, out = c.structured(MSGS, Point)
        assert out.mode == "json_object" and obj.text == "a"
        assert remembered_mode(fake.base_url, "fake") == "json_object"
        obj2, out2 = c.structured(MSGS, Point)
    modes = [r.mode for r in fake.chat_requests]
    assert modes == ["json_schema", "json_object", "json_object"]  # the rejection is not tried again
    second = fake.chat_requests[1]
    assert second.body["response_format"]["schema"]["properties"]["year"]["type"] == "integer"  # as llama.cpp accepts it
    assert '"year"' in second.system and "JSON Schema" in second.system  # and spelled out in the prompt
    assert obj2.year == 2030


def test_both_json_modes_rejected_falls_back_to_text_and_extracts_the_json():
    reply = Reply(content='好的，结果如下：\n```json\n{"text": "c", "year": 2025}\n```\n希望有帮助。')
    with FakeServer([reply], reject_modes={"json_schema": 500, "json_object": 400}) as fake:
        obj, out = client(fake).structured(MSGS, Point)
    assert [r.mode for r in fake.chat_requests] == ["json_schema", "json_object", "text"]
    assert "response_format" not in fake.chat_requests[-1].body
    assert obj == Point(text="c", year=2025) and out.mode == "text"
    assert remembered_mode(fake.base_url, "fake") == "text"


def test_schema_error_is_fed_back_then_validation_fails_with_attempts_output_and_usage():
    bad = Reply(content={"text": "x", "year": "明年"}, usage=(100, 10))
    with FakeServer([bad, bad, bad]) as fake:
        c = client(fake)
        with pytest.raises(ValidationFailed) as ei:
            c.structured(MSGS, Point, prompt=load_prompt("summarize"))
    e = ei.value
    assert e.attempts == 3 and '"明年"' in e.last_output
    assert e.usage.prompt_tokens == 300 and e.usage.failed_calls == 3  # failed attempts are counted
    assert c.usage.failed_calls == 3
    reask = fake.chat_requests[1].messages
    assert reask[:2] == MSGS  # the caller's messages, unchanged, then the reply and the errors
    assert reask[2]["role"] == "assistant" and "明年" in reask[2]["content"]
    assert reask[3]["role"] == "user" and "year" in reask[3]["content"]


def test_reask_succeeds_and_the_caller_messages_are_not_mutated():
    msgs = [dict(m) for m in MSGS]
    with FakeServer([Reply(content="不是 JSON"), Reply(content={"text": "ok", "year": 2027})]) as fake:
        obj, _ = client(fake).structured(msgs, Point)
    assert obj.text == "ok" and msgs == MSGS and len(fake.chat_requests) == 2
    assert "not one whole JSON object" in fake.chat_requests[1].messages[-1]["content"]


def test_check_errors_are_reasked():
    replies = [Reply(content={"text": "编造", "year": 2027}), Reply(content={"text": "原文", "year": 2027})]
    with FakeServer(replies) as fake:
        obj, _ = client(fake).structured(MSGS, Point, check=lambda o: [] if o.text == "原文" else [f"quote not found: «{o.text}»"])
    assert obj.text == "原文"
    assert "quote not found: «编造»" in fake.chat_requests[1].messages[-1]["content"]


def test_429_is_retried_after_its_retry_after():
    sleeps: list[float] = []
    with FakeServer([error(429, retry_after=0.07), error(429, retry_after=0.03), Reply(content={"text": "a", "year": 1})]) as fake:
        obj, _ = client(fake, sleeps=sleeps).structured(MSGS, Point)
    assert obj.text == "a" and len(fake.chat_requests) == 3
    assert sleeps == [pytest.approx(0.07), pytest.approx(0.03)]


def test_5xx_reset_and_unreadable_body_are_retried_with_backoff():
    sleeps: list[float] = []
    replies = [error(503), reset(), Reply(raw=b"{not json"), error(502), Reply(content={"text": "a", "year": 1})]
    with FakeServer(replies) as fake:
        c = client(fake, sleeps=sleeps, retries=5)
        obj, _ = c.structured(MSGS, Point)
    assert obj.text == "a" and len(fake.chat_requests) == 5 and len(sleeps) == 4 and all(s > 0 for s in sleeps)


def test_persistent_5xx_gives_up_with_an_llm_error():
    with FakeServer(default=error(500, "upstream overloaded")) as fake:
        with pytest.raises(LLMError) as ei:
            client(fake, retries=3).structured(MSGS, Point)
    assert ei.value.status == 500 and "overloaded" in str(ei.value) and len(fake.chat_requests) == 3


def test_timeout_is_retried_then_an_llm_error():
    with FakeServer(default=Reply(content={"text": "a", "year": 1}, latency=0.5)) as fake:
        s = resolve(base_url=fake.base_url, model="fake", api_key=KEY, env={}, config={}, retries=2, timeout=0.1)
        with pytest.raises(LLMError, match="did not answer"):
            LLMClient(s, sleep=lambda _: None).structured(MSGS, Point)
    assert len(fake.chat_requests) == 2


def test_401_fails_at_once_naming_the_variable_and_never_the_key(monkeypatch):
    monkeypatch.setenv("POLICYQA_API_KEY", KEY)
    with FakeServer(api_key="sk-the-right-one") as fake:
        s = resolve(base_url=fake.base_url, model="fake", env={"POLICYQA_API_KEY": KEY}, config={})
        with pytest.raises(ConfigError) as ei:
            LLMClient(s, sleep=lambda _: None).structured(MSGS, Point)
    msg = str(ei.value)
    assert "POLICYQA_API_KEY" in msg and fake.base_url in msg and "401" in msg
    assert KEY not in msg and KEY not in repr(ei.value.__dict__) and KEY not in repr(s)
    assert len(fake.chat_requests) == 1  # no retry
    assert fake.chat_requests[0].headers["authorization"] == f"Bearer {KEY}"  # it was the key sent


def test_server_message_echoing_the_key_is_scrubbed():
    with FakeServer([error(403, f"key {KEY} is not allowed for this project")]) as fake:
        with pytest.raises(ConfigError) as ei:
            client(fake).structured(MSGS, Point)
    assert KEY not in str(ei.value) and "***" in str(ei.value)


def test_unknown_model_says_so_at_once():
    with FakeServer(models=["qwen-plus"]) as fake:
        with pytest.raises(ConfigError, match="does not serve the model 'fake'") as ei:
            client(fake).structured(MSGS, Point)
    assert "POLICYQA_MODEL" in str(ei.value) and len(fake.chat_requests) == 1


def test_a_plain_400_is_not_retried():
    with FakeServer([error(400, "messages too long")]) as fake:
        with pytest.raises(LLMError, match="refused the request.*too long"):
            client(fake).structured(MSGS, Point)
    assert len(fake.chat_requests) == 1


def test_budget_stops_before_the_call():
    with FakeServer() as fake:
        c = client(fake, budget=Budget(max_tokens=50))
        with pytest.raises(BudgetExceeded):
            c.structured(MSGS, Point)
    assert fake.chat_requests == []


def test_cache_answers_the_same_request_without_a_call_and_holds_no_key(tmp_path: Path):
    cache = Cache(tmp_path / "c.sqlite")
    with FakeServer([Reply(content={"text": "a", "year": 1}, usage=(40, 5))]) as fake:
        c1 = client(fake, cache=cache)
        c1.structured(MSGS, Point, prompt=load_prompt("summarize"))
        c2 = client(fake, cache=cache, usage=Usage())
        obj, out = c2.structured(MSGS, Point, prompt=load_prompt("summarize"))
    assert obj.text == "a" and out.cached and len(fake.chat_requests) == 1
    assert c2.usage.cached_calls == 1 and c2.usage.calls == 0
    cache.close()
    assert KEY.encode() not in (tmp_path / "c.sqlite").read_bytes()


@pytest.mark.parametrize("mode", ["json_schema", "json_object", "text"])
def test_the_body_sent_is_the_request_and_the_key_is_cache_key_of_it(tmp_path: Path, mode: str):
    """The client serialises the messages once, for the cache key and the body both: the server gets
    the same JSON value with a cache or without one, and the key is ``Cache.key`` of the request."""
    from policyqa.engines.llm.client import cache_endpoint

    cache = Cache(tmp_path / "c.sqlite")
    msgs = MSGS + [{"role": "user", "content": "Bearer abcdefghijklmnop"}]  # left out of the key, never out of the request
    with FakeServer() as fake:
        with_cache, without = client(fake, modes=[mode], cache=cache), client(fake, modes=[mode])
        for c in (with_cache, without):
            c.send(c._with_format(msgs, mode, Point), prompt=load_prompt("summarize"), schema_model=Point, mode=mode)
        sent = [r.body for r in fake.chat_requests]
    body = with_cache._body(with_cache._with_format(msgs, mode, Point), mode, Point)
    assert sent[0] == sent[1] == body
    rf = body.get("response_format")
    params = {k: v for k, v in body.items() if k not in ("model", "messages", "response_format")}
    p = load_prompt("summarize")
    expected = Cache.key(endpoint=cache_endpoint(with_cache.settings.endpoint), model="fake", prompt=p.name, prompt_version=p.version,
                         schema=rf, params=params, messages=body["messages"], **with_cache._served_part())
    assert with_cache._key(p, body, Point) == with_cache._key(p, body, Point, with_cache._canonical(body)) == expected
    cache.close()


def test_a_different_prompt_version_is_a_different_cache_entry(tmp_path: Path):
    from dataclasses import replace

    cache = Cache(tmp_path / "c.sqlite")
    p1 = load_prompt("summarize")
    with FakeServer() as fake:
        c = client(fake, cache=cache)
        c.structured(MSGS, Point, prompt=p1)
        c.structured(MSGS, Point, prompt=replace(p1, version=p1.version + ".1"))
    assert len(fake.chat_requests) == 2


def test_stream_yields_chunks_and_returns_the_completion():
    with FakeServer([Reply(content="兰溪市力争到2027年新增企业400家以上。", usage=(30, 12))]) as fake:
        c = client(fake)
        gen = c.stream(MSGS)
        pieces = []
        while True:
            try:
                pieces.append(next(gen))
            except StopIteration as stop:
                out = stop.value
                break
    assert len(pieces) > 1 and "".join(pieces) == out.content == "兰溪市力争到2027年新增企业400家以上。"
    assert c.usage.prompt_tokens == 30 and c.usage.completion_tokens == 12
    assert fake.chat_requests[0].body["stream"] is True


def test_extract_json_and_strict_schema():
    assert extract_json('前言 {"a": {"b": "}"}} 后记') == {"a": {"b": "}"}}
    with pytest.raises(ValueError):
        extract_json("没有 JSON")
    s = strict_schema(Point)
    assert s["required"] == ["text", "year"] and s["additionalProperties"] is False


@pytest.mark.parametrize("mode", ["json_schema", "json_object", "text"])
def test_a_request_goes_out_as_the_sdk_create_call_would_send_it(mode):
    """The client posts through the SDK's own ``post`` (without its parameter transforms): the server
    receives the same path, key and JSON body as from ``chat.completions.create``."""
    with FakeServer() as fake:
        c = client(fake)
        body = c._body(c._with_format(MSGS, mode, Point), mode, Point)
        c.openai.chat.completions.create(**body, timeout=5)
        c._post(body, 5)
        a, b = fake.chat_requests
    assert a.path == b.path and a.body == b.body and a.headers["authorization"] == b.headers["authorization"] == f"Bearer {KEY}"
    assert a.headers["content-type"] == b.headers["content-type"]
