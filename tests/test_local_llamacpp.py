"""The local engine: a llama.cpp server (llama-cpp-python) with the packaged GGUF, or one already running.

The integration tests (marked ``llamacpp``) run the LLM engine against the real server with the
packaged model (gemma-3 270M, a tiny base model that answers poorly): they prove the wire, the
json_schema → json_object fallback, usage from a real server and the grounding guarantee (every
returned citation verifies, or the call fails with ValidationFailed), never the quality. They
are skipped (see conftest.py), with one line saying so, when the ``local`` extra (llama-cpp-python
and the packaged model) is not installed: ``pip install -e '.[test,local]'``, as ``.ci/run`` does.
The server starts once per session.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from pathlib import Path

import pytest

from policyqa.engines.llm.cache import Cache
from policyqa.citations import verify
from policyqa.cli import main
from policyqa.engines import get_engine
from policyqa.engines.llm.engine import LLMEngine
from policyqa.errors import ConfigError, InputError, ValidationFailed
from policyqa.engines.llm.client import remembered_mode
from policyqa.engines.llm.local import _models, local_client, stop_local_servers
from policyqa.models import Summary
from policyqa.structure.plan import load

sys.path.insert(0, str(Path(__file__).parent))
from fakebatch import FakeBatchServer, grounded_reply  # noqa: E402  (FakeBatchServer doubles as a recording proxy)
from conftest import skip_without_local_extra  # noqa: E402
from fakeserver import FakeServer  # noqa: E402

ROOT = Path(__file__).parents[1]
# one short attempt per call: grammar-constrained sampling is slow on 2 cores (re-asks are tested on the fake server)
SMALL = {"max_output_tokens": 64, "reasks": 0, "timeout": 300.0}


@pytest.fixture(scope="session")
def server():
    skip_without_local_extra()  # (a session fixture runs before conftest's per-test check)
    base_url, model = local_client()
    yield base_url, model
    stop_local_servers()


@pytest.fixture(scope="module")
def yiwu():
    plans = load(ROOT / "evals" / "plans" / "002_8aae07e36f419ad9.txt")
    return next(p for p in plans if p.region == "义乌市")  # a 655-character speech


@pytest.mark.llamacpp
def test_the_server_answers_with_the_packaged_model(server):
    base_url, model = server
    assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/v1")
    assert model == "gemma-3-270m-q4_k_m" and model in (_models(base_url) or [])
    assert local_client() == server  # started once, reused


@pytest.mark.llamacpp
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


@pytest.mark.llamacpp
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


# -- without a model: the choices local_client makes ------------------------------------------
def test_a_server_already_running_is_used(monkeypatch, yiwu, tmp_path):
    with FakeServer(default=grounded_reply, models=("qwen2.5-7b-instruct",)) as fake:
        monkeypatch.setenv("POLICYQA_LOCAL_URL", fake.base_url.removesuffix("/v1"))
        assert local_client() == (fake.base_url, "qwen2.5-7b-instruct")
        engine = get_engine("local", cache=Cache(tmp_path / "llm.sqlite"))
        answer = engine.ask("义乌中欧班列开行了多少列？", [yiwu])
        assert not answer.abstained and all(verify(c, yiwu) for c in answer.citations)
        assert engine.settings.preset == "llamacpp" and fake.chat_requests[-1].mode == "json_object"
        assert all(not r.path.endswith("/chat/completions") or r.body["model"] == "qwen2.5-7b-instruct" for r in fake.requests)


def test_cli_engine_local_through_a_running_server(monkeypatch, tmp_path, capsys):
    with FakeServer(default=grounded_reply) as fake:
        monkeypatch.setenv("POLICYQA_LOCAL_URL", fake.base_url)
        monkeypatch.setenv("POLICYQA_CACHE_DIR", str(tmp_path))
        path = str(ROOT / "evals" / "plans" / "002_8aae07e36f419ad9.txt")
        assert main(["ask", "义乌中欧班列开行了多少列？", path, "--engine", "local", "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["engine"].startswith("llm:fake") and out["citations"]
        assert len(fake.chat_requests) == 1
    assert (tmp_path / "llm.sqlite").exists()


def test_without_llama_cpp_the_error_says_what_to_install(monkeypatch):
    monkeypatch.delenv("POLICYQA_LOCAL_URL", raising=False)
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "llama_cpp" else real(name, *a))
    with pytest.raises(ConfigError, match=r"pip install 'policyqa\[local\]'"):
        local_client()
    assert main(["ask", "问题", str(ROOT / "evals" / "plans"), "--engine", "local"]) == 2


def test_a_running_server_that_does_not_answer_falls_back_to_starting_one(monkeypatch):
    monkeypatch.setenv("POLICYQA_LOCAL_URL", "http://127.0.0.1:9")  # nothing listens on the discard port
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "llama_cpp" else real(name, *a))
    with pytest.raises(ConfigError, match="nothing answers at POLICYQA_LOCAL_URL"):
        local_client()


@pytest.mark.llamacpp  # it starts llama.cpp's server on a broken model file
def test_bad_model_paths_name_the_file(tmp_path, monkeypatch):
    with pytest.raises(InputError, match="no such model file") as info:
        local_client(tmp_path / "missing.gguf")
    assert str(tmp_path / "missing.gguf") in str(info.value)
    notgguf = tmp_path / "model.bin"
    notgguf.write_bytes(b"\0" * 16)
    with pytest.raises(InputError, match="not a GGUF model file"):
        local_client(notgguf)
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\0" * 64)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))  # where the server's log goes
    with pytest.raises(ConfigError, match="exited with code"):
        local_client(broken)
    assert list(temp.iterdir()) == []  # its log is not left behind


@pytest.mark.llamacpp
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's parent-death signal is Linux only")
def test_a_killed_process_leaves_no_server_behind(tmp_path):
    import os
    import signal
    import subprocess
    import time

    code = "from policyqa.engines.llm.local import local_client; print(local_client()[0], flush=True); import time; time.sleep(600)"
    # the killed process cannot remove its server's log: it goes to a temporary folder of the test's own
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env={**os.environ, "TMPDIR": str(tmp_path)})
    base = child.stdout.readline().strip()
    assert _models(base) is not None  # its server answers
    child.send_signal(signal.SIGKILL)  # no atexit
    child.wait()
    for _ in range(50):
        if _models(base, timeout=0.5) is None:
            break
        time.sleep(0.2)
    assert _models(base, timeout=0.5) is None  # the server went with it


def test_stopping_a_server_removes_its_log(tmp_path):
    import subprocess

    from policyqa.engines.llm.local import _Server, _stop

    log = tmp_path / "policyqa-llamacpp-test.log"
    log.write_text("started\n")
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    _stop(_Server(process, "http://127.0.0.1:1/v1", "model", log))
    assert process.poll() is not None and not log.exists()
