"""The structured-output client: one OpenAI-compatible endpoint through the official ``openai`` SDK.

    client = LLMClient(resolve(base_url=..., model=...), cache=Cache(), usage=Usage(), budget=Budget(...))
    obj, out = client.structured(messages, MySchema, prompt=load_prompt("summarize"), check=lambda obj: [])

``structured`` asks for JSON matching a pydantic model in the best mode the endpoint takes:

- ``json_schema``: ``response_format={"type": "json_schema", "json_schema": {..., "strict": true}}``;
- ``json_object``: the schema in the system message and in ``response_format["schema"]`` (llama.cpp's
  server constrains its sampling with it; others ignore it);
- ``text``: the schema in the system message, the JSON cut out of whatever the model writes.

A mode the server rejects (HTTP 400/422/500/501 that names response_format, json_schema or an
unsupported feature) is remembered for that endpoint and model, and the next mode is used at once.
The reply is parsed and validated, then ``check(obj)`` (the engine's grounding) may return errors;
any error is sent back to the model with the prompt ``reask`` (the caller's messages are never
changed), at most ``settings.reasks`` times, then :class:`ValidationFailed` carries the attempts,
the last raw output and what all attempts cost.

Transient failures (429 honouring Retry-After, 5xx, timeouts, resets, unreadable bodies) are retried
with exponential backoff and jitter (tenacity); the SDK's own ``max_retries`` is 0 so the two do not
multiply. 400/401/403/404 fail at once: a rejected key names the variable it came from, an unknown
model says so. The API key never appears in an error, a log, a cache key or a cached value.
"""

from __future__ import annotations

import copy
import functools
import json
import random
import re
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Protocol, TypeVar

import openai
from pydantic import BaseModel, ValidationError
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt

from .config import Settings
from .errors import ConfigError, LLMError, ValidationFailed
from .prompts import Prompt, load_prompt
from .redact import redact
from .tokens import token_counter
from .usage import Usage

M = TypeVar("M", bound=BaseModel)

_MODES: dict[tuple[str, str], str] = {}  # (endpoint, model) -> the mode that worked last
_MODES_LOCK = threading.Lock()
_REJECTS_MODE = re.compile(r"response[_ ]format|json[_ ]schema|json[_ ]object|not supported|unsupported|grammar", re.I)


class CacheLike(Protocol):
    def get(self, key: str) -> dict | None: ...
    def put(self, key: str, value: dict) -> None: ...
    def key(self, **parts: Any) -> str: ...


class BudgetLike(Protocol):
    def check(self, usage: Any, estimate_tokens: int, *, completion_tokens: int = 0) -> None: ...


@dataclass(frozen=True)
class Completion:
    """One model reply: its text, what it cost, the mode it was asked in, and whether the cache answered."""

    content: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    mode: str = "text"
    cached: bool = False


class _ModeRejected(Exception):
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
    the model name still tells local models apart."""
    from urllib.parse import urlsplit

    parts = urlsplit(endpoint or "")
    if (parts.hostname or "").lower() in ("127.0.0.1", "localhost", "::1"):
        return f"{parts.scheme}://loopback{parts.path.rstrip('/')}"
    return endpoint


def strict_schema(model: type[BaseModel]) -> dict:
    """The model's JSON schema as OpenAI's strict mode wants it: every property required, no extra ones, no defaults."""
    return json.loads(_strict_schema_text(model))


def plain_schema(model: type[BaseModel]) -> dict:
    """The model's JSON schema (a fresh copy; pydantic builds it once per class here)."""
    return json.loads(_schema_text(model))


@functools.lru_cache(maxsize=64)
def _schema_text(model: type[BaseModel]) -> str:
    return json.dumps(model.model_json_schema(), ensure_ascii=False)


@functools.lru_cache(maxsize=64)
def _schema_pretty(model: type[BaseModel]) -> str:
    return json.dumps(model.model_json_schema(), ensure_ascii=False, indent=1)


@functools.lru_cache(maxsize=64)
def _strict_schema_text(model: type[BaseModel]) -> str:
    schema = copy.deepcopy(model.model_json_schema())

    def fix(node: Any) -> None:
        if isinstance(node, dict):
            node.pop("default", None)
            if node.get("type") == "object" and "properties" in node:
                node["additionalProperties"] = False
                node["required"] = list(node["properties"])
            for v in node.values():
                fix(v)
        elif isinstance(node, list):
            for v in node:
                fix(v)

    fix(schema)
    return json.dumps(schema, ensure_ascii=False)


@functools.lru_cache(maxsize=64)
def _format_text(model: type[BaseModel]) -> str:
    """The "format" prompt with the model's schema spelled out (json_object and text modes)."""
    return load_prompt("format").render(schema=_schema_pretty(model))[-1]["content"]


def extract_json(text: str) -> Any:
    """The first JSON object in ``text`` (inside a ```json fence, or the first balanced {...}); ValueError when none."""
    text = text.strip()
    try:
        return json.loads(text)
    except ValueError:
        pass
    fence = re.search(r"```(?:json)?\s*(.*?)```", text, re.S)
    if fence:
        try:
            return json.loads(fence.group(1))
        except ValueError:
            pass
    start = text.find("{")
    while start >= 0:
        depth, in_str, esc = 0, False, False
        for i in range(start, len(text)):
            ch = text[i]
            if in_str:
                esc = (ch == "\\") and not esc
                if ch == '"' and not esc and text[i - 1] != "\\":
                    in_str = False
                continue
            if ch == '"':
                in_str = True
            elif ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    try:
                        return json.loads(text[start : i + 1])
                    except ValueError:
                        break
        start = text.find("{", start + 1)
    raise ValueError("no JSON object in the reply")


def _errors_of(e: ValidationError) -> list[str]:
    return [f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}" for err in e.errors()[:12]]


class LLMClient:
    """Chat completions against one endpoint, with modes, re-asks, retries, cache, usage and budget."""

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
    ):
        self.settings = settings
        self.openai = openai_client or openai.OpenAI(
            base_url=settings.base_url, api_key=settings.api_key, max_retries=0, timeout=settings.timeout, http_client=http_client
        )
        self.cache = cache
        self.usage = usage if usage is not None else Usage(settings.input_price, settings.output_price)
        self.budget = budget
        self.backoff = backoff
        self.max_wait = max_wait
        self.sleep = sleep
        self.counter = token_counter(settings.model)

    def __repr__(self) -> str:
        return f"LLMClient({self.settings.endpoint}, model={self.settings.model!r})"

    # -- modes ----------------------------------------------------------------------------------
    @property
    def _mode_key(self) -> tuple[str, str]:
        return (self.settings.endpoint, self.settings.model)

    def modes(self) -> list[str]:
        """The modes to try, best first, starting from the one that worked last for this endpoint."""
        modes = list(self.settings.modes)
        known = remembered_mode(*self._mode_key)
        if known is None and self.cache is not None:
            hit = self.cache.get(self.cache.key(kind="mode", endpoint=cache_endpoint(self.settings.endpoint), model=self.settings.model))
            known = (hit or {}).get("mode")
        if known in modes:
            return modes[modes.index(known) :]
        return modes

    def _remember(self, mode: str) -> None:
        with _MODES_LOCK:
            if _MODES.get(self._mode_key) == mode:
                return
            _MODES[self._mode_key] = mode
        if self.cache is not None:
            self.cache.put(self.cache.key(kind="mode", endpoint=cache_endpoint(self.settings.endpoint), model=self.settings.model), {"mode": mode})

    # -- requests -------------------------------------------------------------------------------
    def _body(self, messages: list[dict], mode: str, schema_model: type[BaseModel] | None, *, stream: bool = False) -> dict:
        body: dict[str, Any] = {"model": self.settings.model, "messages": messages, "temperature": 0, "max_tokens": self.settings.max_output_tokens}
        if schema_model is not None and mode == "json_schema":
            body["response_format"] = {"type": "json_schema", "json_schema": {"name": schema_model.__name__, "schema": strict_schema(schema_model), "strict": True}}
        elif schema_model is not None and mode == "json_object":
            body["response_format"] = {"type": "json_object", "schema": plain_schema(schema_model)}
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

    def _key(self, prompt: Prompt | None, body: dict) -> str | None:
        if self.cache is None:
            return None
        params = {k: v for k, v in body.items() if k not in ("model", "messages", "response_format", "stream", "stream_options")}
        return self.cache.key(
            endpoint=cache_endpoint(self.settings.endpoint), model=self.settings.model, prompt=prompt.name if prompt else None,
            prompt_version=prompt.version if prompt else None, messages=body["messages"], schema=body.get("response_format"), params=params,
        )

    def _scrub(self, text: str) -> str:
        return redact(text, self.settings.secrets)

    def _fail(self, e: BaseException, mode: str) -> Exception:
        """The policyqa error for an SDK exception that will not be retried (any more)."""
        s = self.settings
        where = s.endpoint
        if isinstance(e, openai.APIStatusError):
            status = e.status_code
            msg = self._scrub(_server_message(e))
            if mode != "text" and status in (400, 422, 500, 501) and _REJECTS_MODE.search(msg):
                return _ModeRejected(msg)
            if status in (401, 403):
                return ConfigError(f"{where} rejected the API key from {s.key_source} (HTTP {status}): {msg}")
            if status == 404:
                if "model" in msg.lower():
                    return ConfigError(f"{where} does not serve the model {s.model!r} (HTTP 404): {msg}; check --model / POLICYQA_MODEL")
                return ConfigError(f"{where}: not found (HTTP 404): {msg}; check the base URL (OpenAI-compatible URLs usually end in /v1)")
            if status == 429:
                return LLMError(f"{where} is rate-limiting the requests (HTTP 429) after {s.retries} attempts: {msg}", status=429)
            if status >= 500:
                return LLMError(f"{where} failed (HTTP {status}) after {s.retries} attempts: {msg}", status=status)
            return LLMError(f"{where} refused the request (HTTP {status}): {msg}", status=status)
        if isinstance(e, openai.APITimeoutError):
            return LLMError(f"{where} did not answer within {s.timeout:g} s, {s.retries} attempts")
        if isinstance(e, openai.APIConnectionError):
            return LLMError(f"cannot reach {where} ({self._scrub(str(e.__cause__ or e))}) after {s.retries} attempts")
        return LLMError(f"{where} sent a reply that could not be read ({type(e).__name__}: {self._scrub(str(e))[:200]}) after {s.retries} attempts")

    def _wait(self, state: RetryCallState) -> float:
        e = state.outcome.exception() if state.outcome else None
        after = _retry_after(e)
        if after is not None:
            return min(after, self.max_wait)
        exp = self.backoff * 2 ** (state.attempt_number - 1)
        return min(exp, 20.0 * self.backoff, self.max_wait) + random.uniform(0, self.backoff)  # exponential backoff, full jitter on top

    def _retrying(self) -> Retrying:
        return Retrying(stop=stop_after_attempt(max(1, self.settings.retries)), wait=self._wait, retry=retry_if_exception(_transient), sleep=self.sleep, reraise=True)

    def _estimate(self, messages: list[dict]) -> int:
        return self.counter.count_messages(messages)

    def _reserve(self, messages: list[dict]):
        import contextlib

        if self.budget is None:
            return contextlib.nullcontext()
        est = self._estimate(messages)
        if hasattr(self.budget, "reserve"):
            return self.budget.reserve(self.usage, est, completion_tokens=self.settings.max_output_tokens)
        self.budget.check(self.usage, est, completion_tokens=self.settings.max_output_tokens)
        return contextlib.nullcontext()

    def send(self, messages: list[dict], *, prompt: Prompt | None = None, schema_model: type[BaseModel] | None = None, mode: str = "text") -> Completion:
        """One completion (cache first, then the endpoint with transient retries). Usage is counted by the caller."""
        body = self._body(messages, mode, schema_model)
        key = self._key(prompt, body)
        if key is not None:
            hit = self.cache.get(key)
            if hit is not None and isinstance(hit.get("content"), str):
                return Completion(hit["content"], int(hit.get("prompt_tokens", 0)), int(hit.get("completion_tokens", 0)), mode, cached=True)
        with self._reserve(messages):
            try:
                for attempt in self._retrying():
                    with attempt:
                        resp = self.openai.chat.completions.create(**body)
            except Exception as e:  # noqa: BLE001  every SDK/transport failure becomes one policyqa error
                err = self._fail(e, mode)
                if not isinstance(err, _ModeRejected):
                    self.usage.add(0, 0, failed=True)
                raise err from None
            content, pt, ct = _read(resp)
            if not isinstance(content, str):
                content = ""
        out = Completion(content, pt or self._estimate(messages), ct or self.counter.count(content), mode)
        if key is not None:
            self.cache.put(key, {"content": out.content, "prompt_tokens": out.prompt_tokens, "completion_tokens": out.completion_tokens, "mode": mode})
        return out

    def _count(self, out: Completion, *, failed: bool, spent: Usage) -> None:
        if out.cached:
            self.usage.add(cached=True)
            spent.add(cached=True)
        else:
            self.usage.add(out.prompt_tokens, out.completion_tokens, failed=failed)
            spent.add(out.prompt_tokens, out.completion_tokens, failed=failed)

    # -- structured output ----------------------------------------------------------------------
    def structured(
        self,
        messages: list[dict],
        schema_model: type[M],
        *,
        prompt: Prompt | None = None,
        check: Callable[[M], list[str]] | None = None,
    ) -> tuple[M, Completion]:
        """The reply as ``schema_model``, valid and passing ``check``, re-asking on errors (see the module doc)."""
        spent = Usage(self.settings.input_price, self.settings.output_price)
        history: list[dict] = []  # assistant replies and re-asks added after the caller's messages
        last: dict[str, Any] = {"output": None, "errors": []}
        reask = load_prompt("reask")

        def attempt_once() -> tuple[M, Completion]:
            out = self._send_any_mode(messages + history, prompt, schema_model)
            last["output"] = out.content
            errors: list[str]
            try:
                obj = schema_model.model_validate(extract_json(out.content))
                errors = list(check(obj)) if check is not None else []
            except ValueError as e:  # ValidationError is a ValueError
                obj, errors = None, (_errors_of(e) if isinstance(e, ValidationError) else [f"the reply is not a JSON object: {e}"])
            self._count(out, failed=bool(errors), spent=spent)
            if errors:
                last["errors"] = errors
                history.extend([{"role": "assistant", "content": out.content}, reask.render(errors="\n".join(f"- {x}" for x in errors))[-1]])
                raise _Invalid(errors, out.content)
            return obj, out  # type: ignore[return-value]

        tries = max(1, self.settings.reasks + 1)
        try:
            for attempt in Retrying(stop=stop_after_attempt(tries), retry=retry_if_exception(lambda e: isinstance(e, _Invalid)), reraise=True, sleep=lambda _: None):
                with attempt:
                    return attempt_once()
        except _Invalid:
            pass
        name = prompt.name if prompt else schema_model.__name__
        raise ValidationFailed(
            f"{self.settings.model} at {self.settings.endpoint} gave no valid {name} output: {'; '.join(last['errors'][:3])}",
            attempts=tries, last_output=last["output"], usage=spent, errors=last["errors"],
        )
        raise AssertionError("unreachable")  # pragma: no cover

    def _send_any_mode(self, messages: list[dict], prompt: Prompt | None, schema_model: type[BaseModel]) -> Completion:
        modes = self.modes()
        for i, mode in enumerate(modes):
            try:
                out = self.send(self._with_format(messages, mode, schema_model), prompt=prompt, schema_model=schema_model, mode=mode)
            except _ModeRejected as e:
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
        moves to the next one); the final :class:`Completion` is the generator's return value.
        A cached reply comes as one chunk."""
        modes = self.modes() if schema_model is not None else ["text"]
        for i, mode in enumerate(modes):
            try:
                return (yield from self._stream_mode(messages, prompt, schema_model, mode))
            except _ModeRejected as e:
                if i == len(modes) - 1:
                    raise LLMError(f"{self.settings.endpoint} rejected every structured-output mode ({', '.join(modes)}): {e}") from None
        raise LLMError(f"no structured-output mode configured for {self.settings.endpoint}")

    def _stream_mode(self, messages: list[dict], prompt: Prompt | None, schema_model: type[BaseModel] | None, mode: str) -> Iterator[str]:
        msgs = self._with_format(messages, mode, schema_model)
        body = self._body(msgs, mode, schema_model, stream=True)
        key = self._key(prompt, {k: v for k, v in body.items() if k not in ("stream", "stream_options")})
        if key is not None:
            hit = self.cache.get(key)
            if hit is not None and isinstance(hit.get("content"), str):
                self.usage.add(cached=True)
                yield hit["content"]
                return Completion(hit["content"], int(hit.get("prompt_tokens", 0)), int(hit.get("completion_tokens", 0)), mode, cached=True)
        parts: list[str] = []
        pt = ct = 0
        with self._reserve(msgs):
            try:
                for attempt in self._retrying():
                    with attempt:
                        chunks = self.openai.chat.completions.create(**body)
            except Exception as e:  # noqa: BLE001
                err = self._fail(e, mode)
                if not isinstance(err, _ModeRejected):
                    self.usage.add(0, 0, failed=True)
                raise err from None
            if schema_model is not None:
                self._remember(mode)
            try:
                for chunk in chunks:
                    if getattr(chunk, "usage", None):
                        pt, ct = chunk.usage.prompt_tokens or 0, chunk.usage.completion_tokens or 0
                    for choice in chunk.choices or []:
                        piece = getattr(choice.delta, "content", None)
                        if piece:
                            parts.append(piece)
                            yield piece
            except Exception as e:  # noqa: BLE001  the stream broke after it started: no retry (text was shown)
                self.usage.add(0, 0, failed=True)
                raise LLMError(f"the stream from {self.settings.endpoint} broke: {self._scrub(str(e))[:200]}") from None
        content = "".join(parts)
        out = Completion(content, pt or self._estimate(msgs), ct or self.counter.count(content), mode)
        self.usage.add(out.prompt_tokens, out.completion_tokens)
        if key is not None:
            self.cache.put(key, {"content": content, "prompt_tokens": out.prompt_tokens, "completion_tokens": out.completion_tokens, "mode": mode})
        return out


def _read(resp: Any) -> tuple[Any, int, int]:
    choice = (resp.choices or [None])[0]
    content = choice.message.content if choice is not None and choice.message is not None else None
    u = getattr(resp, "usage", None)
    return content, (u.prompt_tokens or 0) if u else 0, (u.completion_tokens or 0) if u else 0


def _server_message(e: Any) -> str:
    body = getattr(e, "body", None)
    if isinstance(body, dict):
        err = body.get("error", body)
        if isinstance(err, dict) and err.get("message"):
            return str(err["message"])
        if isinstance(err, str):
            return err
    return str(getattr(e, "message", "") or e)


def _transient(e: BaseException) -> bool:
    if isinstance(e, openai.APIStatusError):
        if e.status_code in (400, 422, 500, 501) and _REJECTS_MODE.search(_server_message(e)):
            return False  # a rejected mode: switch at once
        return e.status_code in (408, 409, 429) or e.status_code >= 500
    return isinstance(e, (openai.APIConnectionError, openai.APITimeoutError, ValueError))  # ValueError: a body that is not JSON


def _retry_after(e: BaseException | None) -> float | None:
    response = getattr(e, "response", None)
    if response is None:
        return None
    headers = getattr(response, "headers", None) or {}
    for name in ("retry-after-ms", "Retry-After-Ms"):
        if headers.get(name):
            try:
                return float(headers[name]) / 1000
            except ValueError:
                pass
    value = headers.get("retry-after") or headers.get("Retry-After")
    if value:
        try:
            return max(0.0, float(value))
        except ValueError:
            from email.utils import parsedate_to_datetime

            try:
                return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
            except (TypeError, ValueError):
                return None
    return None


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
