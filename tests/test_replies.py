"""A reply is accepted only when it is whole: strict JSON, the schema, not cut off; endpoint faults are
typed and bounded; every HTTP attempt is counted (calls = requests the server received)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from policyqa.engines.llm.config import resolve
from policyqa.errors import DeadlineExceeded, LLMError, QuotaExceeded, ValidationFailed
from policyqa.engines.llm.client import LLMClient
from policyqa.engines.llm.replies import Unreadable, extract_json, read_completion

sys.path.insert(0, str(Path(__file__).parent))
from fakeserver import FakeServer, Reply, error, reset  # noqa: E402

KEY = "sk-test-0123456789abcdefSECRET"
MSGS = [{"role": "system", "content": "你是助手。"}, {"role": "user", "content": "<document>力争到2027年新增企业400家以上。</document>"}]
HTML = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


class Items(BaseModel):
    items: list[str]


class Point(BaseModel):
    text: str
    year: int


pytestmark = pytest.mark.usefixtures("fresh_modes")  # each test starts with no output mode remembered (conftest.py)


def client(fake: FakeServer, *, sleeps: list | None = None, **kw) -> LLMClient:
    settings = {k: kw.pop(k) for k in ("retries", "timeout", "deadline", "max_retry_after", "reasks") if k in kw}
    s = resolve(base_url=fake.base_url, model="fake", api_key=KEY, env={}, config={}, **{"retries": 4, **settings})
    return LLMClient(s, sleep=(sleeps.append if sleeps is not None else (lambda _: None)), backoff=0.01, **kw)


# -- the JSON in a reply ----------------------------------------------------------------------------
def test_extract_json_takes_the_whole_object_never_an_inner_one():
    assert extract_json('{"items": ["a"]}') == {"items": ["a"]}
    assert extract_json('好的：\n```json\n{"items": ["a"]}\n```') == {"items": ["a"]}
    assert extract_json('前言 {"a": {"b": "}"}} 后记') == {"a": {"b": "}"}}
    truncated = '{"measures": [{"title": "a", "text": "b"}, {"title": "c", "te'
    with pytest.raises(ValueError, match="broken or cut off"):
        extract_json(truncated)  # the first inner {...} parses; it is not the reply
    with pytest.raises(ValueError):
        extract_json('{"items": ["a"]} {"items": ["b"]}')
    with pytest.raises(ValueError, match="text after"):
        extract_json('{"items": ["a"]} 希望有帮助', prose=False)
    with pytest.raises(ValueError, match="not an object"):
        extract_json('["a", "b"]')


def test_read_completion_types_what_is_not_a_completion():
    with pytest.raises(Unreadable, match="HTML"):
        read_completion("text/html", HTML.decode())
    with pytest.raises(Unreadable) as ei:
        read_completion("application/json", '{"usage": {"prompt_tokens": 120, "completion_tokens": 7}, "choices": null}')
    assert (ei.value.prompt_tokens, ei.value.completion_tokens) == (120, 7)
    r = read_completion("application/json", '{"choices": [{"message": {"content": "x"}, "finish_reason": "length"}], "usage": {"prompt_tokens": 3, "completion_tokens": 2}}')
    assert (r.content, r.finish_reason, r.prompt_tokens) == ("x", "length", 3)


@pytest.mark.parametrize("bad", [
    Reply(content='{"items": ["a", "b"'),  # cut off mid-JSON
    Reply(content={"items": ["a"]}, finish_reason="length"),  # parses, but the server cut it off
    Reply(content={"things": ["a"]}),  # another top-level shape
    Reply(content='{"x": {"items": ["a"]}}'),  # the right shape one level down
    Reply(content=""),
])
def test_a_reply_that_is_not_whole_is_reasked_then_fails(bad):
    with FakeServer(default=bad) as fake:
        c = client(fake)
        with pytest.raises(ValidationFailed) as ei:
            c.structured(MSGS, Items)
    assert ei.value.attempts == 3 and len(fake.chat_requests) == 3
    assert c.usage.calls == 3 and c.usage.failed_calls == 3


def test_a_cut_off_reply_is_reasked_and_the_reask_says_so():
    with FakeServer([Reply(content={"items": ["a"]}, finish_reason="length"), Reply(content={"items": ["a"]})]) as fake:
        obj, out = client(fake).structured(MSGS, Items)
    assert obj.items == ["a"] and out.finish_reason == "stop"
    assert "finish_reason: length" in fake.chat_requests[1].messages[-1]["content"]


# -- endpoint faults --------------------------------------------------------------------------------
def test_html_with_status_200_is_a_typed_transient_fault():
    with FakeServer([Reply(raw=HTML, headers={"Content-Type": "text/html"}), Reply(raw=b"{not json"), Reply(content={"items": ["a"]})]) as fake:
        c = client(fake)
        obj, _ = c.structured(MSGS, Items)
    assert obj.items == ["a"] and len(fake.chat_requests) == 3
    assert (c.usage.calls, c.usage.failed_calls) == (3, 2)
    with FakeServer(default=Reply(raw=HTML, headers={"Content-Type": "text/html"})) as fake:
        with pytest.raises(LLMError, match="not a chat completion.*HTML") as ei:
            client(fake, retries=3).structured(MSGS, Items)
    assert type(ei.value) is LLMError and len(fake.chat_requests) == 3


def test_tokens_of_a_body_without_choices_are_counted():
    body = b'{"usage": {"prompt_tokens": 500, "completion_tokens": 20}, "error": {"message": "overloaded"}}'
    with FakeServer([Reply(raw=body), Reply(content={"items": ["a"]}, usage=(100, 10))]) as fake:
        c = client(fake)
        c.structured(MSGS, Items)
    assert c.usage.calls == 2 and c.usage.prompt_tokens == 600 and c.usage.completion_tokens == 30


def test_a_retry_after_beyond_the_cap_ends_the_call_at_once_naming_the_wait():
    sleeps: list[float] = []
    with FakeServer([error(429, "quota exceeded", retry_after=3600)], default=Reply(content={"items": ["a"]})) as fake:
        c = client(fake, sleeps=sleeps)
        with pytest.raises(QuotaExceeded) as ei:
            c.structured(MSGS, Items)
    assert ei.value.wait == 3600 and "3,600 s" in str(ei.value) and ei.value.status == 429
    assert len(fake.chat_requests) == 1 and sleeps == []  # no sleeping through an exhausted quota
    assert c.usage.calls == 1 and c.usage.failed_calls == 1


@pytest.mark.parametrize("value", ["nan", "-5", "inf", "soon", "Wed, 21 Oct 2015 07:28:00 GMT"])
def test_an_invalid_retry_after_falls_back_to_backoff(value):
    sleeps: list[float] = []
    with FakeServer([Reply(status=429, message="slow down", headers={"Retry-After": value}), Reply(content={"items": ["a"]})]) as fake:
        client(fake, sleeps=sleeps).structured(MSGS, Items)
    assert len(fake.chat_requests) == 2 and len(sleeps) == 1 and 0.01 <= sleeps[0] < 0.1  # backoff (0.01 × 2⁰ + jitter), not 0, nan or a wait


def test_timeout_per_request_and_a_deadline_per_plan():
    slow = Reply(content={"items": ["a"]}, latency=0.6)
    with FakeServer(default=slow) as fake:
        c = client(fake, timeout=0.15, retries=2)
        with pytest.raises(LLMError, match="did not answer within 0.15 s, 2 attempts"):
            c.structured(MSGS, Items)
        assert len(fake.chat_requests) == 2
    with FakeServer(default=slow) as fake:
        c = client(fake, timeout=0.2, retries=50, deadline=0.5)
        with c.scope() as spent:
            with pytest.raises(DeadlineExceeded, match="deadline of 0.5 s"):
                c.structured(MSGS, Items)
        sent = len(fake.chat_requests)
        assert 1 <= sent < 50 and spent.calls == sent == c.usage.calls  # bounded by the deadline, every attempt counted


def test_every_attempt_is_counted_retries_and_rejected_modes_included():
    replies = [error(503), reset(), Reply(raw=b"{not json"), error(502), Reply(content={"items": ["a"]})]
    with FakeServer(replies, reject_modes={"json_schema": 500}) as fake:  # the json_schema attempt is rejected first
        c = client(fake, retries=5)
        with c.scope() as plan_usage:
            c.structured(MSGS, Items)
    assert len(fake.chat_requests) == 6
    assert c.usage.calls == 6 and c.usage.failed_calls == 5 and plan_usage.calls == 6


def test_a_persistent_error_keeps_the_usage_of_every_attempt():
    with FakeServer(default=error(500, "upstream overloaded")) as fake:
        c = client(fake, retries=3)
        with c.scope() as plan_usage:
            with pytest.raises(LLMError):
                c.structured(MSGS, Items)
    assert len(fake.chat_requests) == 3 == c.usage.calls == c.usage.failed_calls == plan_usage.calls


def test_send_counts_its_failed_attempts_and_leaves_the_reply_to_its_caller():
    with FakeServer([error(503), Reply(content="PASS: fine")]) as fake:
        c = client(fake)
        out = c.send(MSGS)
        c.usage.add(out.prompt_tokens, out.completion_tokens, cached=out.cached)  # what the caller (the eval judge) does
    assert out.content == "PASS: fine" and c.usage.calls == 2 == len(fake.chat_requests) and c.usage.failed_calls == 1
