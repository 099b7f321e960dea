"""Integration: the LLM engine against a real llama.cpp server (llama-cpp-python) with the packaged GGUF.

The model (gemma-3 270M, a tiny base model) answers poorly: these tests prove the wire, the
json_schema → json_object fallback, usage from a real server and the grounding guarantee (every
returned citation verifies, or the call fails with ValidationFailed), never the quality.
Skipped only when llama_cpp is not importable. The server starts once per session.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("llama_cpp")

from policyqa.cache import Cache  # noqa: E402
from policyqa.citations import verify  # noqa: E402
from policyqa.engines import get_engine  # noqa: E402
from policyqa.engines.llm import LLMEngine  # noqa: E402
from policyqa.errors import ValidationFailed  # noqa: E402
from policyqa.llm import remembered_mode  # noqa: E402
from policyqa.local import _models, local_client, stop_local_servers  # noqa: E402
from policyqa.models import Summary  # noqa: E402
from policyqa.plan import load  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from fakebatch import FakeBatchServer  # noqa: E402  (used here as a recording proxy)

pytestmark = pytest.mark.llamacpp

ROOT = Path(__file__).parents[1]
# one short attempt per call: grammar-constrained sampling is slow on 2 cores (re-asks are tested on the fake server)
SMALL = {"max_output_tokens": 64, "reasks": 0, "timeout": 300.0}


@pytest.fixture(scope="session")
def server():
    base_url, model = local_client()
    yield base_url, model
    stop_local_servers()


@pytest.fixture(scope="module")
def yiwu():
    plans = load(ROOT / "evals" / "plans" / "002_8aae07e36f419ad9.txt")
    return next(p for p in plans if p.region == "义乌市")  # a 655-character speech


def test_the_server_answers_with_the_packaged_model(server):
    base_url, model = server
    assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/v1")
    assert model == "gemma-3-270m-q4_k_m" and model in (_models(base_url) or [])
    assert local_client() == server  # started once, reused


def test_json_schema_falls_back_to_json_object_and_citations_verify(server, yiwu, tmp_path):
    base_url, model = server
    with FakeBatchServer(base_url) as proxy:  # records each request's mode and the server's status
        engine = LLMEngine(base_url=proxy.base_url, model=model, preset="llamacpp", modes=("json_schema", "json_object", "text"),
                           cache=Cache(tmp_path / "llm.sqlite"), **SMALL)
        try:
            summary = engine.summarize(yiwu)
        except ValidationFailed as e:  # the tiny model may never ground a quote: then it fails, typed
            assert e.attempts >= 1 and e.usage is not None
            summary = None
    chats = [(mode, status) for path, mode, status in proxy.forwarded if path.endswith("/chat/completions")]
    assert chats[0] == ("json_schema", 500)  # llama.cpp's server refuses json_schema...
    assert chats[1] == ("json_object", 200)  # ...and the next mode is used at once
    assert all(mode == "json_object" for mode, _ in chats[1:])
    assert remembered_mode(proxy.base_url, model) == "json_object"
    assert engine.usage.prompt_tokens > 0 and engine.usage.calls >= 1  # usage as the real server counts it
    if summary is not None:
        assert isinstance(summary, Summary) and summary.citations()
        assert all(verify(c, yiwu) for c in summary.citations())  # never an unverified quote


def test_ask_through_the_local_engine(server, yiwu, tmp_path):
    engine = get_engine("local", cache=Cache(tmp_path / "llm.sqlite"), **SMALL)
    assert engine.settings.endpoint == server[0] and engine.settings.preset == "llamacpp"
    answer = engine.ask("义乌中欧班列开行了多少列？", [yiwu])
    assert answer.engine.startswith("llm:gemma-3-270m-q4_k_m")
    if answer.abstained:
        assert answer.citations == []
    else:
        assert answer.citations and all(verify(c, yiwu) for c in answer.citations)
    assert engine.usage.calls >= 1 and engine.usage.prompt_tokens > 0
    # the same question again is answered from the cache, byte for byte, with no request
    calls = engine.usage.calls
    assert engine.ask("义乌中欧班列开行了多少列？", [yiwu]) == answer
    assert engine.usage.calls == calls
