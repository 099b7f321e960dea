"""The OpenAI-compatible Batch API: submit many plans' requests at once, poll, collect into the cache.

    job = batch.submit(engine, plans, "measures")      # JSONL to /v1/files, a /v1/batches job
    batch.poll(engine, job.id)                         # BatchStatus(status, counts, output file)
    batch.collect(engine, job.id, plans)               # responses cached under the live keys
    batch.run(engine, plans, "measures")               # now answered from the cache

submit: each plan's task is run once against a capturing transport that records the chat
  request the engine would send (nothing is sent, nothing cached), the requests go as JSONL
  to /v1/files and a /v1/batches job is created; a manifest (custom_id → request body) is kept
  in the engine's cache under the batch id.
collect: the job is polled until it ends, its output file downloaded, and each plan's task run
  again against a replaying transport that answers the recorded requests with the batch's
  responses: the engine validates, grounds and caches them under the very keys a live call
  uses. What the batch did not cover (a re-ask, the reduce step of a long plan) is left to the
  live run that follows, which finds everything else in the cache.

One request per plan is captured: the next one the engine would send. For a plan that needs
several (the chunks of a long plan, its reduce step), ``Collected.plans_left`` names it, and a
second submit/collect batches its next request (the engine finds the first in the cache), or
the live run makes the rest.
"""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from ...batch import TASKS, one_line
from ...errors import ConfigError, InputError

if TYPE_CHECKING:
    from ...structure.plan import Plan

BATCH_ENDPOINT = "/v1/chat/completions"
TERMINAL = ("completed", "failed", "expired", "cancelled")


@dataclass(frozen=True)
class BatchJob:
    """A submitted batch: its id, input file and how many requests it holds."""

    id: str
    input_file_id: str
    requests: int
    status: str
    task: str


@dataclass(frozen=True)
class BatchStatus:
    """What ``GET /v1/batches/{id}`` says."""

    id: str
    status: str
    total: int = 0
    completed: int = 0
    failed: int = 0
    output_file_id: str | None = None
    error_file_id: str | None = None

    @property
    def finished(self) -> bool:
        return self.status in TERMINAL


@dataclass(frozen=True)
class Collected:
    """What ``collect`` stored: responses cached, requests that failed in the batch, plans not fully covered."""

    id: str
    status: str
    stored: int
    failed: int
    plans_done: int
    plans_left: tuple[str, ...] = ()  # plan ids the live run still has requests to make for

    @property
    def complete(self) -> bool:
        return self.status == "completed"

    def __str__(self) -> str:
        s = f"{self.status}; {self.stored} responses cached, {self.failed} failed in the batch, {self.plans_done} plans complete"
        return s + (f", {len(self.plans_left)} plans need live calls" if self.plans_left else "")


class _Captured(BaseException):
    """Raised by the capturing transport: a BaseException, so no retry layer takes it for a fault."""


def _body_key(body: dict) -> str:
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _openai_client(engine: Any):
    """The ``openai.OpenAI`` client an LLM engine sends through."""
    from .client import openai_client_of

    return openai_client_of(engine)


def _http() -> Any:
    """The HTTP library the installed openai SDK sends through: httpx2 (openai 3.x), else httpx."""
    try:
        import httpx2

        return httpx2
    except ImportError:  # pragma: no cover  (openai 1.x/2.x)
        import httpx

        return httpx


def _engine_over(engine: Any, handler: Callable, cache: Any) -> Any:
    """A copy of ``engine`` that sends through ``handler`` (an httpx handler) and caches in ``cache``."""
    http = _http()

    if not hasattr(engine, "copy_with"):
        raise ConfigError(f"the {getattr(engine, 'name', 'given')} engine calls no model: the Batch API needs --engine llm")
    return engine.copy_with(http_client=http.Client(transport=http.MockTransport(handler)), cache=cache)


def _manifest_key(batch_id: str) -> str:
    from .cache import Cache

    return Cache.key(kind="batch-manifest", batch=batch_id)


def capture(engine: Any, plans: Sequence[Plan], task: str) -> list[dict]:
    """The chat request ``engine.<task>(plan)`` would send next for each plan (nothing is sent).

    Returns ``[{"custom_id", "plan_id", "body"}]``. The engine reads its own cache as usual, so a
    plan answered from the cache has no request, and nothing is written to it."""
    from .cache import Cache

    if task not in TASKS:
        raise InputError(None, f"unknown batch task {task!r}; choose one of {', '.join(TASKS)}")
    out: list[dict] = []
    seen: dict[str, dict] = {}

    def handler(request: Any) -> Any:
        seen["body"] = json.loads(request.content.decode("utf-8"))
        raise _Captured

    with tempfile.TemporaryDirectory(prefix="policyqa-capture-") as tmp:
        own = getattr(engine, "cache", None)
        cache = own if own is not None else Cache(Path(tmp) / "capture.sqlite")
        eng = _engine_over(engine, handler, cache)
        for plan in plans:
            seen.clear()
            try:
                getattr(eng, task)(plan)
            except _Captured:
                pass
            except Exception:  # noqa: BLE001  (a plan that fails before any request: the live run reports it)
                pass
            if "body" in seen:
                out.append({"custom_id": f"{plan.id}-{task}", "plan_id": plan.id, "body": seen["body"]})
        if own is None:
            cache.close()
    return out


def submit(engine: Any, plans: Sequence[Plan], task: str = "summarize", *, completion_window: str = "24h") -> BatchJob:
    """Send each plan's request through the provider's Batch API; returns the job (keep its ``id``)."""
    import io

    if getattr(engine, "cache", None) is None:
        raise ConfigError("the Batch API delivers its answers through the LLM cache: do not pass --no-cache")
    requests = capture(engine, plans, task)
    if not requests:
        raise InputError(None, f"nothing to submit: every plan's {task} is already in the cache or made no request")
    lines = "".join(json.dumps({"custom_id": r["custom_id"], "method": "POST", "url": BATCH_ENDPOINT, "body": r["body"]}, ensure_ascii=False) + "\n" for r in requests)
    client = _openai_client(engine)
    try:
        f = client.files.create(file=("policyqa-batch.jsonl", io.BytesIO(lines.encode("utf-8")), "application/jsonl"), purpose="batch")
        job = client.batches.create(input_file_id=f.id, endpoint=BATCH_ENDPOINT, completion_window=completion_window, metadata={"policyqa_task": task})
    except Exception as e:  # noqa: BLE001
        raise _api_error(e, "submitting the batch") from e
    engine.cache.put(_manifest_key(job.id), {"batch_id": job.id, "task": task, "requests": requests})
    return BatchJob(job.id, f.id, len(requests), job.status, task)


def poll(engine: Any, batch_id: str) -> BatchStatus:
    """The batch's status and request counts."""
    client = _openai_client(engine)
    try:
        b = client.batches.retrieve(batch_id)
    except Exception as e:  # noqa: BLE001
        raise _api_error(e, f"polling batch {batch_id}") from e
    counts = getattr(b, "request_counts", None)
    return BatchStatus(
        b.id, b.status,
        total=getattr(counts, "total", 0) or 0, completed=getattr(counts, "completed", 0) or 0, failed=getattr(counts, "failed", 0) or 0,
        output_file_id=getattr(b, "output_file_id", None), error_file_id=getattr(b, "error_file_id", None),
    )


def collect(engine: Any, batch_id: str, plans: Sequence[Plan], *, wait: bool = True, interval: float = 30.0, timeout: float | None = None) -> Collected:
    """Wait for the batch (when ``wait``), download its output and cache each plan's responses
    under the keys a live call uses. ``plans`` are the plans submitted (their ids are in the manifest)."""
    http = _http()
    cache = getattr(engine, "cache", None)
    if cache is None:
        raise ConfigError("collecting a batch needs the LLM cache (do not pass --no-cache)")
    manifest = cache.get(_manifest_key(batch_id))
    if manifest is None:
        raise InputError(None, f"batch {batch_id} was not submitted with this cache ({getattr(cache, 'path', '')}); submit again or pass the same --cache")
    t0 = time.monotonic()
    status = poll(engine, batch_id)
    while wait and not status.finished:
        if timeout is not None and time.monotonic() - t0 > timeout:
            break
        time.sleep(interval)
        status = poll(engine, batch_id)
    if not status.output_file_id:
        return Collected(batch_id, status.status, 0, status.failed, 0, tuple(sorted({r["plan_id"] for r in manifest["requests"]})))
    client = _openai_client(engine)
    try:
        text = client.files.content(status.output_file_id).text
    except Exception as e:  # noqa: BLE001
        raise _api_error(e, f"downloading the output of batch {batch_id}") from e
    by_id = {r["custom_id"]: r for r in manifest["requests"]}
    answers: dict[str, dict] = {}
    failed = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        req = by_id.get(row.get("custom_id"))
        resp = row.get("response") or {}
        if req is None or row.get("error") or resp.get("status_code") != 200:
            failed += 1
            continue
        answers[_body_key(req["body"])] = resp["body"]
    if status.error_file_id:  # failed requests are listed in the error file, not the output
        failed = max(failed, status.failed)

    served: list[str] = []

    def handler(request: Any) -> Any:
        body = json.loads(request.content.decode("utf-8"))
        got = answers.get(_body_key(body))
        if got is None:
            raise _Captured  # not in the batch: the live run makes this request
        served.append(_body_key(body))
        return http.Response(200, json=got)

    wanted = {r["plan_id"] for r in manifest["requests"]}
    todo = [p for p in plans if p.id in wanted]
    task = manifest["task"]
    eng = _engine_over(engine, handler, cache)
    done, left = 0, []
    for plan in todo:
        try:
            getattr(eng, task)(plan)
            done += 1
        except _Captured:
            left.append(plan.id)
        except Exception:  # noqa: BLE001  (an answer that failed validation: the live run re-asks)
            left.append(plan.id)
    missing = sorted(wanted - {p.id for p in todo})
    return Collected(batch_id, status.status, len(set(served)), failed, done, tuple(left + missing))


def _api_error(e: Exception, doing: str) -> Exception:
    from ...errors import LLMError, PolicyQAError

    if isinstance(e, PolicyQAError):
        return e
    status = getattr(e, "status_code", None)
    if status in (401, 403):
        return ConfigError(f"{doing}: the API key was rejected ({status})")
    if status == 404:
        return LLMError(f"{doing}: this endpoint has no Batch API (404); use policyqa batch without --submit", status=status, original=e)
    return LLMError(f"{doing}: {one_line(e)}", status=status, original=e)
