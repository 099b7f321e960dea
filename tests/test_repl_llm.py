"""The REPL with the LLM engine: against the fake OpenAI-compatible server (streaming, cost,
cancel) and against the real llama.cpp server with the packaged model (the wire only)."""

from __future__ import annotations

import io
import json
import os
import sys
import time
from pathlib import Path

import pytest

import policyqa
from policyqa.citations import verify
from policyqa.engines.llm.engine import LLMEngine
from policyqa.models import Answer
from policyqa.repl import Session, run_lines

sys.path.insert(0, str(Path(__file__).parent))
from fakeserver import FakeServer, Reply  # noqa: E402

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "evals" / "plans"


@pytest.fixture(scope="module")
def plans():
    return policyqa.load(SEEDS)


def llm(fake: FakeServer) -> LLMEngine:
    return LLMEngine(base_url=fake.base_url, model="fake", api_key="sk-test", sleep=lambda _: None, backoff=0.01)


def test_streamed_answer_then_citations_that_verify(plans):
    with FakeServer() as fake:
        session = Session(list(plans), engine=llm(fake))
        pieces = list(session.ask_stream("义乌中欧班列开行了多少列？"))
        assert any(f.body.get("stream") for f in fake.chat_requests)  # the engine streamed
    texts = [p for p in pieces if isinstance(p, str)]
    (final,) = [p for p in pieces if isinstance(p, Answer)]
    assert texts and final is pieces[-1]
    by_id = {p.id: p for p in plans}
    assert all(verify(c, by_id[c.plan_id]) for c in final.citations)
    assert session.last is final and final.engine.startswith("llm:fake")


def test_cost_counts_tokens_and_engines_switch(plans):
    with FakeServer() as fake:
        session = Session(list(plans), engine=llm(fake))
        session.execute("义乌中欧班列开行了多少列？")
        cost = session.execute("/cost")
        assert cost.text.startswith("llm:fake engine:")
        assert cost.data["usage"]["prompt_tokens"] > 0
    assert session.execute("/engine offline").text == "engine: offline"
    assert "1601" in session.execute("中欧班列开行了多少列？").answer.answer


def test_a_rejected_key_is_one_line_and_the_session_goes_on(plans):
    with FakeServer(api_key="sk-right") as fake:
        engine = LLMEngine(base_url=fake.base_url, model="fake", api_key="sk-wrong", sleep=lambda _: None)
        session = Session(list(plans), engine=engine)
        out = io.StringIO()
        status = run_lines(session, ["中欧班列开行了多少列？", "/engine offline", "中欧班列开行了多少列？"], out, json_lines=True)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert status == 2  # a rejected key is the user's to fix (a ConfigError, exit 2 as on the command line)
    assert "error" in rows[0] and "sk-wrong" not in rows[0]["error"]  # the key never shows
    assert "1601" in rows[2]["answer"] and rows[2]["engine"] == "offline"


def _spawn(args: list[str], home: Path):
    pexpect = pytest.importorskip("pexpect")
    env = {**os.environ, "HOME": str(home), "POLICYQA_HISTORY": str(home / "hist"), "POLICYQA_CACHE_DIR": str(home / "cache"), "PROMPT_TOOLKIT_NO_CPR": "1", "TERM": "xterm"}
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "POLICYQA_API_KEY", "POLICYQA_BASE_URL", "POLICYQA_MODEL"):
        env.pop(var, None)
    child = pexpect.spawn(sys.executable, args, env=env, encoding="utf-8", timeout=60, dimensions=(40, 120))
    child.delaybeforesend = 1.0
    return child


def test_terminal_repl_streams_from_the_fake_server_and_cancels(tmp_path):
    slow = Reply(content=None, latency=30.0)  # the second question hangs: Ctrl-C cancels it
    with FakeServer() as fake:
        child = _spawn(["-m", "policyqa", "repl", str(SEEDS), "--base-url", fake.base_url, "--model", "fake", "--no-cache"], tmp_path)
        child.expect("12 plans loaded · engine: llm:fake")
        child.expect(r"policyqa\[all\]>")
        child.sendline("义乌中欧班列开行了多少列？")
        child.expect(r"\[1\] ")
        child.expect(r"policyqa\[all\]>")
        fake.enqueue(slow)
        child.sendline("余杭区的财政总收入是多少？")
        time.sleep(2.0)
        child.sendintr()
        child.expect(r"\(cancelled\)")
        child.expect(r"policyqa\[all\]>")
        child.sendline("/cost")
        child.expect("llm:fake engine:")
        child.sendline("/quit")
        child.expect("bye")
        child.expect(pytest.importorskip("pexpect").EOF)


@pytest.mark.llamacpp
def test_repl_session_over_the_local_llamacpp_server(plans):
    from policyqa.engines.llm.local import local_client

    base_url, model = local_client()  # started once per test session, shared with the other llama.cpp tests
    engine = LLMEngine(base_url=base_url, model=model, preset="llamacpp", max_output_tokens=64, reasks=0, timeout=300.0)
    yiwu = next(p for p in plans if p.region == "义乌市")
    session = Session([yiwu], engine=engine)
    out = io.StringIO()
    run_lines(session, ["义乌中欧班列开行了多少列？", "/cost"], out, json_lines=True)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    first = rows[0]
    # a tiny base model: the wire works, and whatever it answers carries only verified quotes (or an error line)
    if "error" not in first:
        assert first["engine"].startswith("llm:")
        assert all(verify(policyqa.Citation(**c), yiwu) for c in first["citations"])
    assert rows[1]["usage"]["prompt_tokens"] > 0
