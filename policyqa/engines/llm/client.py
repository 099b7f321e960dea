"""The structured-output client: one OpenAI-compatible endpoint through the official ``openai`` SDK.

    client = LLMClient(resolve(base_url=..., model=...), cache=Cache(), usage=Usage(), budget=Budget(...))
    with client.scope() as spent:                       # one plan: its usage, its deadline
        obj, out = client.structured(messages, MySchema, prompt=load_prompt("summarize"), check=lambda obj: [])

``structured`` asks for JSON matching a pydantic model in the best mode the endpoint takes:

- ``json_schema``: ``response_format={"type": "json_schema", "json_schema": {..., "strict": true}}``;
- ``json_object``: the schema in the system message and in ``response_format["schema"]`` (llama.cpp's
  server constrains its sampling with it; others ignore it);
- ``text``: the schema in the system message, the JSON cut out of whatever the model writes.

A mode the server rejects (HTTP 400/422/500/501 that names response_format, json_schema or an
unsupported feature) is remembered for that endpoint and model, and the next mode is used at once.

A reply is accepted only when it was not cut off (``finish_reason``), its JSON parses whole
(:func:`policyqa.engines.llm.replies.extract_json`), it validates against the schema, and ``check(obj)`` (the
engine's grounding of every claim) finds nothing wrong. Any error is sent back to the model with the
prompt ``reask`` (the caller's messages are never changed), at most ``settings.reasks`` times, then
:class:`ValidationFailed` carries the attempts, the last raw output and what all attempts cost.

The cache stores replies once they are judged: a valid reply is replayed by later runs; a reply
marked invalid is asked again by the next run (a run under way, or another process running beside
it, reuses it as it is). A request already under way in another thread or process (a lease in the
cache) is waited for, not sent again. A reply the cache cannot store (a full disk) is kept in memory
for the rest of the run and counted in :attr:`LLMClient.unsaved`. For a server on this machine the
key also holds the model the server says it serves (``GET /models``), so two local servers never
share entries.

What a failure means (transient or not, how long to wait, the error a user sees) is
:mod:`policyqa.engines.llm.endpoint`; replay, leases and judged replies are :mod:`policyqa.engines.llm.replay`.

Transient failures (429 honouring a valid Retry-After, 5xx, timeouts, resets, bodies that are not a
chat completion, such as an HTML page with status 200) are retried with exponential backoff and
jitter (tenacity); the SDK's own ``max_retries`` is 0 so the two do not multiply. A Retry-After
longer than ``settings.max_retry_after`` ends the call at once (:class:`QuotaExceeded`, naming the
wait); one that is not a finite number of seconds ahead falls back to backoff. Each request waits at
most ``settings.timeout`` seconds, and everything a plan does (requests, retries, waits, re-asks)
at most ``settings.deadline`` seconds (:class:`DeadlineExceeded`). 400/401/403/404 fail at once: a
rejected key names the variable it came from, an unknown model says so. Every HTTP attempt is
counted in the usage. No credential appears in an error, a log, a cache key or a cached value.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import json
import random
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Protocol, TypeVar

import httpx2
import openai
from pydantic import BaseModel, ValidationError
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt

from .cache import Cache, canonical_bytes, keyer, scrub
from .config import Settings
from .lanes import lanes_client
from .endpoint import ModeRejected, error_for, retry_after, short, transient
from ...errors import Cancelled, ConfigError, DeadlineExceeded, LLMError, ValidationFailed
from .prompts import Prompt, as_data, load_prompt
from .redact import redact
from .replay import CACHE_ERRORS, ReplyStore
from .replies import Reply, Unreadable, errors_of, extract_json, plain_schema, read_completion, reply_problems, schema_pretty, strict_schema
from .tokens import token_counter
from ..usage import Usage

__all__ = ["LLMClient", "Completion", "extract_json", "strict_schema", "plain_schema", "cache_endpoint", "remembered_mode", "forget_modes"]

M = TypeVar("M", bound=BaseModel)

_MODES: dict[tuple[str, str], str] = {}  # (endpoint, model) -> the mode that worked last
_MODES_LOCK = threading.Lock()
_UNKNOWN = object()
_CACHE_ERRORS = CACHE_ERRORS


class CacheLike(Protocol):
    def get(self, key: str) -> dict | None: ...
    def put(self, key: str, value: dict) -> None: ...
    def key(self, **parts: Any) -> str: ...


class BudgetLike(Protocol):
    def check(self, usage: Any, estimate_tokens: int, *, completion_tokens: int = 0) -> None: ...


@dataclass(frozen=True)
class Completion:
    """One model reply: its text, what it cost, the mode it was asked in, whether the cache answered,
    why the server stopped, the cache key it goes under, and (a cached reply) whether it was valid."""

    content: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    mode: str = "text"
    cached: bool = False
    finish_reason: str | None = None
    key: str | None = None
    valid: bool | None = None


class _DeadlinePassed(Exception):
    pass


class _Invalid(Exception):
    def __init__(self, errors: list[str], output: str):
        self.errors = errors
        self.output = output
        super().__init__("; ".join(errors))


def remembered_mode(endpoint: str, model: str) -> str | None:
    """The structured-output mode that last worked for this endpoint and model in this process."""
    with _MODES_LOCK:
        return _MODES.get((endpoint.rstrip("/"), model))


def forget_modes() -> None:
    """Forget every remembered mode (tests)."""
    with _MODES_LOCK:
        _MODES.clear()


def cache_endpoint(endpoint: str) -> str:
    """The endpoint as cache keys name it: a server on this machine (a llama.cpp server started on
    a free port each run) is "loopback" whatever its port, so a local run replays from the cache;
    the model it serves (see :meth:`LLMClient.served_model`) tells local models apart."""
    from urllib.parse import urlsplit

    parts = urlsplit(endpoint or "")
    if (parts.hostname or "").lower() in ("127.0.0.1", "localhost", "::1"):
        return f"{parts.scheme}://loopback{parts.path.rstrip('/')}"
    return endpoint


@functools.lru_cache(maxsize=64)
def _response_format(mode: str, model: type[BaseModel]) -> dict:
    """A request's ``response_format`` in ``mode`` (json_schema or json_object) for ``model``: made once
    (the schema parsed once, not for every request) and shared by every request's body, which
    nothing changes (the SDK serialises it)."""
    if mode == "json_schema":
        return {"type": "json_schema", "json_schema": {"name": model.__name__, "schema": strict_schema(model), "strict": True}}
    return {"type": "json_object", "schema": plain_schema(model)}


def _json(value: Any) -> bytes:
    """``value`` as the SDK writes a request body (``openai._utils._json.openapi_dumps``: compact, UTF-8, no NaN)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


@functools.lru_cache(maxsize=64)
def _response_format_json(mode: str, model: type[BaseModel]) -> bytes:
    """``_response_format(mode, model)`` as JSON, written once: the schema (about 2 kB) was serialised
    again in every request's body, about 45 µs each."""
    return _json(_response_format(mode, model))


# whether this SDK's ``post`` takes a body already serialised (``content``; openai 1.40 does not)
_POST_TAKES_CONTENT = "content" in inspect.signature(openai.OpenAI.post).parameters


@functools.lru_cache(maxsize=64)
def _format_text(model: type[BaseModel]) -> str:
    """The "format" prompt with the model's schema spelled out (json_object and text modes)."""
    return load_prompt("format").render(schema=schema_pretty(model))[-1]["content"]


class LLMClient:
    """Chat completions against one endpoint, with modes, re-asks, retries, cache, usage, budget and deadline."""

    def __init__(
        self,
        settings: Settings,
        *,
        openai_client: Any = None,
        http_client: Any = None,
        cache: CacheLike | None = None,
        usage: Usage | None = None,
        budget: BudgetLike | None = None,
        backoff: float = 1.0,
        max_wait: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
        served: Any = _UNKNOWN,
    ):
        self.settings = settings
        if openai_client is None and http_client is None:
            http_client = lanes_client()  # each request on a connection pool of its own (see lanes.py: one shared pool set a batch's pace)
        self.openai = openai_client or openai.OpenAI(
            base_url=settings.base_url, api_key=settings.api_key, max_retries=0, timeout=settings.timeout, http_client=http_client
        )
        self.cache = cache
        self.usage = usage if usage is not None else Usage(settings.input_price, settings.output_price, settings.currency)
        self.budget = budget
        self.backoff = backoff
        self.max_wait = max_wait  # the longest backoff sleep (a Retry-After is capped by settings.max_retry_after)
        self.sleep = sleep
        self.counter = token_counter(settings.model)
        longest = settings.timeout * max(1, settings.retries) + 60.0  # the longest a request may hold its lease
        self.store = ReplyStore(cache, lease_seconds=min(longest, settings.deadline + 5.0) if settings.deadline else longest) if cache is not None else None
        self._lock = threading.Lock()
        self._local = threading.local()
        self._served = served
        self._keyers: dict[tuple, Callable[[Any], str]] = {}  # the fixed parts of cache keys, serialised once
        self._slots: threading.BoundedSemaphore | None = None  # requests in flight at once (``request_slots``)
        self._turn: threading.Lock | None = None  # the plan whose turn it is to run (``request_slots``)
        self._cancel: threading.Event | None = None

    def __repr__(self) -> str:
        return f"LLMClient({self.settings.endpoint}, model={self.settings.model!r})"

    # -- one plan: its usage and its deadline ---------------------------------------------------
    @contextlib.contextmanager
    def scope(self) -> Iterator[Usage]:
        """Everything inside is one plan (or question), in this thread: yields the Usage of its calls
        (every attempt, failed ones included) and holds its deadline (``settings.deadline``).
        Nested scopes are the outer one. Inside :meth:`request_slots` a plan runs in its turn (see there)."""
        loc = self._local
        if getattr(loc, "meter", None) is not None:
            yield loc.meter
            return
        turn = self._turn
        if turn is not None:
            turn.acquire()
        loc.turn = turn
        loc.meter = Usage(self.settings.input_price, self.settings.output_price, self.settings.currency)
        loc.deadline = time.monotonic() + self.settings.deadline if self.settings.deadline else None
        try:
            yield loc.meter
        finally:
            loc.meter = None
            loc.deadline = None
            loc.turn = None
            if turn is not None:
                turn.release()

    @contextlib.contextmanager
    def _away(self) -> Iterator[None]:
        """This thread's turn let go while it waits (for a slot and a reply, a lease, a backoff) and taken back after."""
        turn = getattr(self._local, "turn", None)
        if turn is None:
            yield
            return
        turn.release()
        try:
            yield
        finally:
            turn.acquire()

    def _sleep(self, seconds: float) -> None:
        """``self.sleep`` with this thread's turn let go."""
        with self._away():
            self.sleep(seconds)

    @contextlib.contextmanager
    def request_slots(self, n: int, cancel: threading.Event | None = None) -> Iterator[None]:
        """Inside, at most ``n`` HTTP requests are in flight at once, whichever threads send them: a
        thread holds a slot from sending a request to reading its reply, not while it builds the
        prompt or checks the reply. A batch runs more threads than slots (``batch.run``), so the
        next plan's request leaves as soon as a reply comes back, while that reply is validated and
        grounded. Once ``cancel`` is set, a request still waiting for a slot is not sent: it raises
        :class:`Cancelled`. Nested: the outer limit holds.

        Inside, each plan (:meth:`scope`) also runs in its turn: one plan at a time builds its
        request or judges its reply, and a plan lets go of its turn while it waits for a slot and
        for the reply, for another's request under way, or between retries. The interpreter lock
        lets one thread run Python at a time anyway; but with 64 threads judging replies at once a
        thread about to write a request or read a reply waited for the lock behind every one of
        them, at each system call (each socket write, each poll): the last requests of a batch
        of 100 at 64 took 30-70 ms to be written after their slot came free. Waiting for the turn
        instead, on a lock of its own, a thread does not compete for the interpreter lock, so the
        threads moving bytes compete with one thread doing the CPU work."""
        if self._slots is not None:
            yield
            return
        self._slots, self._cancel, self._turn = threading.BoundedSemaphore(n), cancel, threading.Lock()
        try:
            yield
        finally:
            self._slots = self._cancel = self._turn = None

    @contextlib.contextmanager
    def _slot(self, state: dict) -> Iterator[None]:
        slots, cancel = self._slots, self._cancel
        if slots is None:
            yield
            return
        with self._away():  # the request and its reply move without the plan's turn (see request_slots)
            while True:
                if cancel is not None and cancel.is_set():
                    raise Cancelled("the run stopped before this request was sent")
                left = self._remaining()
                if left is not None and left <= 0:
                    state["deadline"] = True
                    raise _DeadlinePassed
                wait = 0.5 if cancel is not None else None  # how often a request waiting for a slot looks at ``cancel``
                if slots.acquire(timeout=wait if left is None else min(left, wait or left)):
                    if cancel is not None and cancel.is_set():  # the slot came free after the run stopped
                        slots.release()
                        raise Cancelled("the run stopped before this request was sent")
                    break
            try:
                yield
            finally:
                slots.release()

    def _remaining(self) -> float | None:
        deadline = getattr(self._local, "deadline", None)
        return None if deadline is None else deadline - time.monotonic()

    def _meters(self, spent: Usage | None = None) -> list[Usage]:
        out = [self.usage]
        meter = getattr(self._local, "meter", None)
        if meter is not None:
            out.append(meter)
        if spent is not None:
            out.append(spent)
        return out

    def drop(self, claims: int) -> None:
        """Count claims left out of an output (they never grounded), in this run's and this plan's usage."""
        if claims:
            for m in self._meters():
                m.drop(claims)

    @staticmethod
    def _add(meters: list[Usage], prompt_tokens: int = 0, completion_tokens: int = 0, *, failed: bool = False, cached: bool = False) -> None:
        for m in meters:
            m.add(prompt_tokens, completion_tokens, failed=failed, cached=cached)

    def _deadline_error(self, attempts: int, last: BaseException | None, *, waiting: bool = False) -> DeadlineExceeded:
        s = self.settings
        what = "waiting for the same request under way elsewhere" if waiting else f"{attempts} attempt{'s' if attempts != 1 else ''}"
        tail = f"; last: {self._scrub(short(last))}" if last is not None else ""
        return DeadlineExceeded(f"{s.endpoint}: the deadline of {s.deadline:g} s for this plan passed ({what}{tail}); raise it with --deadline")

    # -- what a local server serves -------------------------------------------------------------
    def served_model(self) -> str | None:
        """For a server on this machine, the model it says it serves (``GET /models``: ids and the
        entry of the model asked for), so that two local servers serving different models never
        share cache entries; the last one seen when the server does not answer; None for a remote API."""
        if self._served is _UNKNOWN:
            with self._lock:
                if self._served is _UNKNOWN:
                    from .local import served_model

                    self._served = served_model(self.openai, self.settings, self.cache, memo_endpoint=cache_endpoint(self.settings.base_url))
        return self._served  # type: ignore[return-value]

    # -- modes ----------------------------------------------------------------------------------
    @property
    def _mode_key(self) -> tuple[str, str]:
        return (self.settings.endpoint, self.settings.model)

    def _mode_memo(self) -> str:
        return self.cache.key(kind="mode", endpoint=cache_endpoint(self.settings.endpoint), model=self.settings.model, **self._served_part())  # type: ignore[union-attr]

    def _served_part(self) -> dict:
        served = self.served_model()
        return {"served": served} if served is not None else {}

    def modes(self) -> list[str]:
        """The modes to try, best first, starting from the one that worked last for this endpoint."""
        modes = list(self.settings.modes)
        known = remembered_mode(*self._mode_key)
        if known is None and self.cache is not None:
            try:
                known = (self.cache.get(self._mode_memo()) or {}).get("mode")
            except _CACHE_ERRORS:
                known = None
        if known in modes:
            return modes[modes.index(known) :]
        return modes

    def _remember(self, mode: str) -> None:
        with _MODES_LOCK:
            if _MODES.get(self._mode_key) == mode:
                return
            _MODES[self._mode_key] = mode
        if self.cache is not None:
            try:
                self.cache.put(self._mode_memo(), {"mode": mode})
            except _CACHE_ERRORS:
                pass

    # -- requests -------------------------------------------------------------------------------
    def _body(self, messages: list[dict], mode: str, schema_model: type[BaseModel] | None, *, stream: bool = False) -> dict:
        body: dict[str, Any] = {"model": self.settings.model, "messages": messages, "temperature": 0, "max_tokens": self.settings.max_output_tokens}
        if schema_model is not None and mode in ("json_schema", "json_object"):
            body["response_format"] = _response_format(mode, schema_model)
        if stream:
            body["stream"] = True
            body["stream_options"] = {"include_usage": True}
        return body

    def _with_format(self, messages: list[dict], mode: str, schema_model: type[BaseModel] | None) -> list[dict]:
        """A copy of ``messages`` with the schema spelled out in the system message (json_object and text modes)."""
        out = [dict(m) for m in messages]
        if schema_model is None or mode == "json_schema":
            return out
        fmt = _format_text(schema_model)
        if out and out[0]["role"] == "system":
            out[0]["content"] = out[0]["content"] + "\n\n" + fmt
        else:
            out.insert(0, {"role": "system", "content": fmt})
        return out

    def _key(self, prompt: Prompt | None, body: dict, schema_model: type[BaseModel] | None, encoded: bytes | None = None) -> str | None:
        """The cache key of a request: endpoint, model, prompt and version, messages, schema, parameters
        (and the model a local server serves). Everything but the messages is serialised once per
        prompt and mode (:func:`policyqa.engines.llm.cache.keyer`: the same key as ``cache.key``); ``encoded``:
        the messages' ``canonical_bytes``, when :meth:`_canonical` made them."""
        if self.cache is None:
            return None
        params = {k: v for k, v in body.items() if k not in ("model", "messages", "response_format", "stream", "stream_options")}
        served = self._served_part()
        rf = body.get("response_format")
        if getattr(self.cache, "key", None) is Cache.key:
            # the response format is made from its type and the schema's model alone (``_body``)
            memo = (prompt.name if prompt else None, prompt.version if prompt else None, rf and rf.get("type"), schema_model,
                    tuple(sorted(params.items())), served.get("served"))
            make = self._keyers.get(memo)
            if make is not None:
                return make(body["messages"], encoded)
        fixed = dict(endpoint=cache_endpoint(self.settings.endpoint), model=self.settings.model, prompt=prompt.name if prompt else None,
                     prompt_version=prompt.version if prompt else None, schema=rf, params=params, **served)
        if getattr(self.cache, "key", None) is not Cache.key:  # a cache of its own making keys its own way
            return self.cache.key(messages=body["messages"], **fixed)
        make = self._keyers[memo] = keyer("messages", **fixed)
        return make(body["messages"], encoded)

    def _canonical(self, body: dict) -> bytes | None:
        """The messages' canonical JSON, from which the cache key is made (None: the key is not made from it)."""
        if self.cache is not None and getattr(self.cache, "key", None) is Cache.key:
            return canonical_bytes(body["messages"])
        return None

    def _content(self, body: dict, mode: str, schema_model: type[BaseModel] | None, canonical: bytes | None) -> bytes | None:
        """The request body as JSON (None: the SDK writes it). The messages, the bulk of a request (the
        plan's text), are serialised once, for the key and the body both: the body holds them as the
        key does (each message's fields in sorted order: the same JSON value), unless stripping
        credentials for the key changed them. The schema's JSON is written once per mode and schema
        (:func:`_response_format_json`)."""
        if not (_POST_TAKES_CONTENT and isinstance(self.openai, openai.OpenAI)):
            return None
        messages = body["messages"]
        if canonical is None or scrub(messages) != messages:  # a credential-like value left out of the key stays in the request
            messages_json = _json(messages)
        else:
            messages_json = canonical
        rf = body.get("response_format")
        parts = []
        for name, value in body.items():
            if name == "messages":
                encoded = messages_json
            elif name == "response_format" and schema_model is not None and rf is _response_format(mode, schema_model):
                encoded = _response_format_json(mode, schema_model)
            else:
                encoded = _json(value)
            parts.append(_json(name) + b":" + encoded)
        return b"{" + b",".join(parts) + b"}"

    def _scrub(self, text: str) -> str:
        return redact(text, self.settings.secrets)

    def _retryable(self, e: BaseException) -> bool:
        if not transient(e):
            return False
        after = retry_after(e)
        return after is None or after <= self.settings.max_retry_after  # a longer wait: the quota is spent, stop

    def _wait(self, state: RetryCallState) -> float:
        e = state.outcome.exception() if state.outcome else None
        after = retry_after(e)
        if after is not None:
            return after
        exp = self.backoff * 2 ** (state.attempt_number - 1)
        return min(exp, 20.0 * self.backoff, self.max_wait) + random.uniform(0, self.backoff)  # exponential backoff, jitter on top

    def _retrying(self, state: dict) -> Retrying:
        def past_deadline(rs: RetryCallState) -> bool:
            left = self._remaining()
            if left is not None and rs.upcoming_sleep >= left:
                state["deadline"] = True
                return True
            return False

        return Retrying(stop=stop_after_attempt(max(1, self.settings.retries)) | past_deadline, wait=self._wait,
                        retry=retry_if_exception(self._retryable), sleep=self._sleep, reraise=True)

    def _timeout(self, state: dict) -> float:
        """This attempt's timeout: ``settings.timeout``, or what is left of the plan's deadline."""
        left = self._remaining()
        if left is not None and left <= 0:
            state["deadline"] = True
            raise _DeadlinePassed
        return self.settings.timeout if left is None else max(0.01, min(self.settings.timeout, left))

    def _estimate(self, messages: list[dict]) -> int:
        return self.counter.count_messages(messages)

    def _reserve(self, messages: list[dict]):
        if self.budget is None:
            return contextlib.nullcontext()
        est = self._estimate(messages)
        if hasattr(self.budget, "reserve"):
            return self.budget.reserve(self.usage, est, completion_tokens=self.settings.max_output_tokens)
        self.budget.check(self.usage, est, completion_tokens=self.settings.max_output_tokens)
        return contextlib.nullcontext()

    def _post(self, body: dict, timeout: float, content: bytes | None = None) -> Any:
        """POST a (non-streaming) chat request; the HTTP response. Through the SDK's own ``post``, the
        request ``chat.completions.create`` would send (same URL, headers, auth, errors; the body the
        same JSON), without the parameter transforms it runs first: they change nothing in a plain
        JSON body and cost 0.3–0.7 ms a call, a tenth of the client's CPU in a batch. ``content``:
        ``body`` already serialised (:meth:`_content`), sent as it is."""
        if isinstance(self.openai, openai.OpenAI):
            if content is not None:
                return self.openai.post("/chat/completions", content=content, cast_to=httpx2.Response, options={"timeout": timeout})
            return self.openai.post("/chat/completions", body=body, cast_to=httpx2.Response, options={"timeout": timeout})
        return self.openai.chat.completions.with_raw_response.create(**body, timeout=timeout).http_response

    def _request(self, body: dict, mode: str, meters: list[Usage], messages: list[dict], *, count_reply: bool = True,
                 content: bytes | None = None) -> Reply:
        """One chat completion from the endpoint, retrying transient faults; every attempt is counted
        (the one that brings the reply only with ``count_reply``: else its caller counts it)."""
        state = {"attempts": 0, "deadline": False}

        def once() -> Reply:
            with self._slot(state):
                timeout = self._timeout(state)
                state["attempts"] += 1
                try:
                    http = self._post(body, timeout, content)
                    text = http.text
                except Exception:
                    self._add(meters, failed=True)
                    raise
            try:
                reply = read_completion(http.headers.get("content-type"), text)
            except Unreadable as e:
                self._add(meters, e.prompt_tokens, e.completion_tokens, failed=True)
                raise
            if count_reply:
                self._add(meters, reply.prompt_tokens or self._estimate(messages), reply.completion_tokens or self.counter.count(reply.content or ""))
            return reply

        try:
            return self._retrying(state)(once)
        except _DeadlinePassed:
            raise self._deadline_error(state["attempts"], None) from None
        except Cancelled:
            raise
        except Exception as e:  # noqa: BLE001  every SDK/transport failure becomes one policyqa error
            if state["deadline"]:
                raise self._deadline_error(state["attempts"], e) from None
            raise error_for(e, self.settings, attempts=state["attempts"], mode=mode) from None

    # -- the cache: replay, leases, judged replies (policyqa.engines.llm.replay) ----------------------------
    @property
    def started(self) -> float:
        return self.store.started if self.store is not None else 0.0

    @property
    def unsaved(self) -> int:
        """Replies the cache could not store in this run (kept in memory)."""
        return self.store.unsaved if self.store is not None else 0

    @property
    def cache_problem(self) -> str | None:
        """What could not be written to the cache in this run, as one line (None: nothing)."""
        return self.store.problem if self.store is not None else None

    def _lookup(self, key: str) -> dict | None:
        return self.store.lookup(key, left=self._remaining, expired=lambda: self._deadline_error(0, None, waiting=True),  # type: ignore[union-attr]
                                 sleep=self._wait_away)

    def _wait_away(self, seconds: float) -> None:
        """Wait for a request under way in another thread, its turn let go: that thread needs a turn to store the reply."""
        with self._away():
            time.sleep(seconds)

    def _release(self, key: str | None) -> None:
        if self.store is not None:
            self.store.release(key)

    def settle(self, out: Completion, errors: list[str], spent: Usage | None = None) -> None:
        """Record what a reply was worth: in the cache as valid, or marked invalid (the next run asks
        again), its lease released; a reply with errors counts as a failed call. A reply the cache
        cannot store (a full disk) is kept in memory for this run and counted in ``unsaved``."""
        if out.cached:
            return
        if errors:
            for m in self._meters(spent):
                m.mark_failed()
        if out.key is None or self.store is None:
            return
        value: dict[str, Any] = {"content": out.content, "prompt_tokens": out.prompt_tokens, "completion_tokens": out.completion_tokens,
                                 "mode": out.mode, "finish_reason": out.finish_reason, "valid": not errors}
        if errors:
            value["errors"] = [e[:300] for e in errors[:6]]
        self.store.save(out.key, value)

    # -- one request ----------------------------------------------------------------------------
    def _ask(self, messages: list[dict], prompt: Prompt | None, schema_model: type[BaseModel] | None, mode: str, spent: Usage | None = None,
             *, count_reply: bool = True) -> Completion:
        """One completion: the cache first (waiting for a request under way elsewhere), then the
        endpoint. The caller judges it and calls :meth:`settle` (which releases the lease).
        Without ``count_reply`` the reply (or the cache hit) is left for the caller to count."""
        body = self._body(messages, mode, schema_model)
        canonical = self._canonical(body)
        key = self._key(prompt, body, schema_model, canonical)
        meters = self._meters(spent)
        if key is not None:
            hit = self._lookup(key)
            if hit is not None:
                if count_reply:
                    self._add(meters, cached=True)
                return Completion(hit["content"], int(hit.get("prompt_tokens", 0)), int(hit.get("completion_tokens", 0)), mode, cached=True,
                                  finish_reason=hit.get("finish_reason"), key=key, valid=hit.get("valid", True))
        try:
            content = self._content(body, mode, schema_model, canonical)
            with self._reserve(messages):
                reply = self._request(body, mode, meters, messages, count_reply=count_reply, content=content)
        except BaseException:
            self._release(key)
            raise
        content = reply.content or ""
        return Completion(content, reply.prompt_tokens or self._estimate(messages), reply.completion_tokens or self.counter.count(content), mode,
                          finish_reason=reply.finish_reason, key=key)

    def send(self, messages: list[dict], *, prompt: Prompt | None = None, schema_model: type[BaseModel] | None = None, mode: str = "text") -> Completion:
        """One completion (cache first, then the endpoint with transient retries), stored as it came:
        nothing checks it here (``structured`` does). Attempts that failed are counted here; the
        reply itself (or the cache hit) is counted by the caller, who knows what it was worth
        (``usage.add(out.prompt_tokens, out.completion_tokens, cached=out.cached)``)."""
        out = self._ask(messages, prompt, schema_model, mode, count_reply=False)
        self.settle(out, [])
        return out

    # -- structured output ----------------------------------------------------------------------
    def assess(self, out: Completion, schema_model: type[M], check: Callable[[M], list[str]] | None = None) -> tuple[M | None, list[str]]:
        """``out`` as ``schema_model`` and what is wrong with it: cut off, not one whole JSON object,
        not the schema, or what ``check`` finds (the engine's grounding)."""
        problems = reply_problems(out.finish_reason, out.content)
        if problems:
            return None, problems
        try:
            obj = schema_model.model_validate(extract_json(out.content, prose=out.mode == "text"))
        except ValidationError as e:
            return None, errors_of(e)
        except ValueError as e:
            return None, [f"the reply is not one whole JSON object: {e}"]
        return obj, (list(check(obj)) if check is not None else [])

    def structured(
        self,
        messages: list[dict],
        schema_model: type[M],
        *,
        prompt: Prompt | None = None,
        check: Callable[[M], list[str]] | None = None,
    ) -> tuple[M, Completion]:
        """The reply as ``schema_model``, valid and passing ``check``, re-asking on errors (see the module doc)."""
        spent = Usage(self.settings.input_price, self.settings.output_price, self.settings.currency)
        history: list[dict] = []  # assistant replies and re-asks added after the caller's messages
        last: dict[str, Any] = {"output": None, "errors": []}
        reask = load_prompt("reask")

        def attempt_once() -> tuple[M, Completion]:
            out = self._ask_any_mode(messages + history, prompt, schema_model, spent)
            last["output"] = out.content
            try:
                obj, errors = self.assess(out, schema_model, check)
            except BaseException:
                self._release(out.key)  # a check that broke: no lease is left held
                raise
            self.settle(out, errors, spent)
            if errors:
                last["errors"] = errors
                listed = "\n".join(f"- {as_data(x)}" for x in errors)
                history.extend([{"role": "assistant", "content": out.content}, reask.render(errors=listed)[-1]])
                raise _Invalid(errors, out.content)
            return obj, out  # type: ignore[return-value]

        tries = max(1, self.settings.reasks + 1)
        for _ in range(tries):  # a reply with errors is asked again; any other error ends the call
            try:
                return attempt_once()
            except _Invalid:
                continue
        name = prompt.name if prompt else schema_model.__name__
        raise ValidationFailed(
            f"{self.settings.model} at {self.settings.endpoint} gave no valid {name} output: {'; '.join(last['errors'][:3])}",
            attempts=tries, last_output=last["output"], usage=spent, errors=last["errors"],
        )

    def _ask_any_mode(self, messages: list[dict], prompt: Prompt | None, schema_model: type[BaseModel], spent: Usage | None = None) -> Completion:
        modes = self.modes()
        for i, mode in enumerate(modes):
            try:
                out = self._ask(self._with_format(messages, mode, schema_model), prompt, schema_model, mode, spent)
            except ModeRejected as e:
                if i == len(modes) - 1:
                    raise LLMError(f"{self.settings.endpoint} rejected every structured-output mode ({', '.join(modes)}): {e}") from None
                continue
            if not out.cached:
                self._remember(mode)
            return out
        raise LLMError(f"no structured-output mode configured for {self.settings.endpoint}")

    # -- streaming ------------------------------------------------------------------------------
    def stream(self, messages: list[dict], *, prompt: Prompt | None = None, schema_model: type[BaseModel] | None = None) -> Iterator[str]:
        """Yield the reply's text as it arrives (retries only before the first chunk; a rejected mode
        moves to the next one); the final :class:`Completion` is the generator's return value, and
        the caller judges it and calls :meth:`settle`. A cached reply comes as one chunk."""
        modes = self.modes() if schema_model is not None else ["text"]
        for i, mode in enumerate(modes):
            try:
                return (yield from self._stream_mode(messages, prompt, schema_model, mode))
            except ModeRejected as e:
                if i == len(modes) - 1:
                    raise LLMError(f"{self.settings.endpoint} rejected every structured-output mode ({', '.join(modes)}): {e}") from None
        raise LLMError(f"no structured-output mode configured for {self.settings.endpoint}")

    def _stream_mode(self, messages: list[dict], prompt: Prompt | None, schema_model: type[BaseModel] | None, mode: str) -> Iterator[str]:
        msgs = self._with_format(messages, mode, schema_model)
        body = self._body(msgs, mode, schema_model, stream=True)
        key = self._key(prompt, {k: v for k, v in body.items() if k not in ("stream", "stream_options")}, schema_model)
        meters = self._meters()
        if key is not None:
            hit = self._lookup(key)
            if hit is not None:
                self._add(meters, cached=True)
                yield hit["content"]
                return Completion(hit["content"], int(hit.get("prompt_tokens", 0)), int(hit.get("completion_tokens", 0)), mode, cached=True,
                                  finish_reason=hit.get("finish_reason"), key=key, valid=hit.get("valid", True))
        parts: list[str] = []
        pt = ct = 0
        finish: str | None = None
        done = False
        try:
            with self._reserve(msgs):
                state = {"attempts": 0, "deadline": False}

                def opened() -> Any:
                    timeout = self._timeout(state)
                    state["attempts"] += 1
                    try:
                        return self.openai.chat.completions.create(**body, timeout=timeout)
                    except Exception:
                        self._add(meters, failed=True)
                        raise

                try:
                    chunks = self._retrying(state)(opened)
                except _DeadlinePassed:
                    raise self._deadline_error(state["attempts"], None) from None
                except Exception as e:  # noqa: BLE001
                    if state["deadline"]:
                        raise self._deadline_error(state["attempts"], e) from None
                    raise error_for(e, self.settings, attempts=state["attempts"], mode=mode) from None
                if schema_model is not None:
                    self._remember(mode)
                try:
                    for chunk in chunks:
                        if getattr(chunk, "usage", None):
                            pt, ct = chunk.usage.prompt_tokens or 0, chunk.usage.completion_tokens or 0
                        for choice in chunk.choices or []:
                            if getattr(choice, "finish_reason", None):
                                finish = choice.finish_reason
                            piece = getattr(choice.delta, "content", None)
                            if piece:
                                parts.append(piece)
                                yield piece
                except Exception as e:  # noqa: BLE001  the stream broke after it started: no retry (text was shown)
                    self._add(meters, failed=True)
                    raise LLMError(f"the stream from {self.settings.endpoint} broke: {self._scrub(str(e))[:200]}") from None
                content = "".join(parts)
                out = Completion(content, pt or self._estimate(msgs), ct or self.counter.count(content), mode, finish_reason=finish, key=key)
                self._add(meters, out.prompt_tokens, out.completion_tokens)
                done = True
                return out
        finally:
            if not done:
                self._release(key)


def openai_client_of(engine: Any) -> Any:
    """The ``openai.OpenAI`` client an LLM engine sends through (for the Batch API)."""
    client = getattr(engine, "client", None)
    if client is None or not hasattr(client, "openai"):
        raise ConfigError(f"the {getattr(engine, 'name', 'given')} engine does not call an OpenAI-compatible endpoint")
    return client.openai


def engine_with_transport(engine: Any, handler: Callable[[Any], Any], *, cache: Any = None) -> Any:
    """A copy of an LLM engine whose requests go to ``handler`` (an httpx2 request handler) instead of
    the network, caching in ``cache`` (for capturing and replaying Batch API requests)."""
    import httpx2

    if not hasattr(engine, "copy_with"):
        raise ConfigError(f"the {getattr(engine, 'name', 'given')} engine does not call an OpenAI-compatible endpoint")
    return engine.copy_with(http_client=httpx2.Client(transport=httpx2.MockTransport(handler)), cache=cache)
