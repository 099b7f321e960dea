"""What an endpoint's failures mean: which are transient, how long to wait, and the error a user sees.

    transient(e)          429, 408, 409, 5xx, timeouts, resets, a body that is not a chat completion
    retry_after(e)        the wait a response asks for, in seconds; None when it names none or an
                          invalid one (nan, inf, negative, a date in the past): backoff decides then
    error_for(e, settings, attempts=3, mode="json_object")   the policyqa error (or ModeRejected)

A Retry-After beyond ``settings.max_retry_after`` is a spent quota: :class:`QuotaExceeded`, naming
the wait, at once. 401/403 are a rejected key (ConfigError naming where the key came from), 404 an
unknown model or a wrong base URL. Every message shows the endpoint with its credentials masked
and the server's text with the key masked.
"""

from __future__ import annotations

import math
import re
import time
from typing import Any

import openai

from .config import Settings
from ...errors import ConfigError, LLMError, QuotaExceeded
from .redact import redact
from .replies import Unreadable
from ... import patterns

REJECTS_MODE = patterns.compile(r"response[_ ]format|json[_ ]schema|json[_ ]object|not supported|unsupported|grammar", re.I)


class ModeRejected(Exception):
    """The server refused the structured-output mode asked for (the client moves to the next one)."""


def server_message(e: Any) -> str:
    """The message an error response carries (its ``error.message``), else the exception's text."""
    body = getattr(e, "body", None)
    if isinstance(body, dict):
        err = body.get("error", body)
        if isinstance(err, dict) and err.get("message"):
            return str(err["message"])
        if isinstance(err, str):
            return err
    return str(getattr(e, "message", "") or e)


def transient(e: BaseException) -> bool:
    """Whether trying the same request again may succeed."""
    if isinstance(e, openai.APIStatusError):
        if e.status_code in (400, 422, 500, 501) and REJECTS_MODE.search(server_message(e)):
            return False  # a rejected mode: switch at once
        return e.status_code in (408, 409, 429) or e.status_code >= 500
    return isinstance(e, (openai.APIConnectionError, openai.APITimeoutError, Unreadable, ValueError))


def retry_after(e: BaseException | None) -> float | None:
    """The wait an error's response asks for, in seconds; None when it names none or one that is not
    a finite number of seconds ahead (nan, inf, negative, a date in the past)."""
    response = getattr(e, "response", None)
    if response is None:
        return None
    headers = getattr(response, "headers", None) or {}

    def ok(v: float) -> float | None:
        return v if math.isfinite(v) and v >= 0 else None

    for name in ("retry-after-ms", "Retry-After-Ms"):
        if headers.get(name):
            try:
                return ok(float(headers[name]) / 1000)
            except ValueError:
                pass
    value = headers.get("retry-after") or headers.get("Retry-After")
    if value:
        try:
            return ok(float(value))
        except ValueError:
            from email.utils import parsedate_to_datetime

            try:
                left = parsedate_to_datetime(value).timestamp() - time.time()
            except (TypeError, ValueError, OverflowError):
                return None
            return ok(left) if left > 0 else None
    return None


def short(e: BaseException | None) -> str:
    """An error in a few words (for a message that names the last of several attempts)."""
    if e is None:
        return ""
    if isinstance(e, openai.APIStatusError):
        return f"HTTP {e.status_code}"
    text = str(e).strip().splitlines()
    return f"{type(e).__name__}: {text[0][:120] if text else ''}"


def error_for(e: BaseException, s: Settings, *, attempts: int, mode: str) -> Exception:
    """The policyqa error for a failure that will not be retried (any more)."""
    where = s.endpoint
    tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"

    def scrub(text: str) -> str:
        return redact(text, s.secrets)

    after = retry_after(e)
    if after is not None and after > s.max_retry_after:
        status = getattr(e, "status_code", None)
        return QuotaExceeded(
            f"{where} asks to wait {after:,.0f} s before the next request (HTTP {status}, Retry-After), longer than the "
            f"{s.max_retry_after:g} s policyqa waits: its quota or rate limit is spent; run again later", wait=after, status=status,
        )
    if isinstance(e, openai.APIStatusError):
        status = e.status_code
        msg = scrub(server_message(e))
        if mode != "text" and status in (400, 422, 500, 501) and REJECTS_MODE.search(msg):
            return ModeRejected(msg)
        if status in (401, 403):
            return ConfigError(f"{where} rejected the API key from {s.key_source} (HTTP {status}): {msg}")
        if status == 404:
            if "model" in msg.lower():
                return ConfigError(f"{where} does not serve the model {s.model!r} (HTTP 404): {msg}; check --model / POLICYQA_MODEL")
            return ConfigError(f"{where}: not found (HTTP 404): {msg}; check the base URL (OpenAI-compatible URLs usually end in /v1)")
        if status == 429:
            return LLMError(f"{where} is rate-limiting the requests (HTTP 429) after {tries}: {msg}", status=429)
        if status >= 500:
            return LLMError(f"{where} failed (HTTP {status}) after {tries}: {msg}", status=status)
        return LLMError(f"{where} refused the request (HTTP {status}): {msg}", status=status)
    if isinstance(e, openai.APITimeoutError):
        return LLMError(f"{where} did not answer within {s.timeout:g} s, {tries}")
    if isinstance(e, openai.APIConnectionError):
        return LLMError(f"cannot reach {where} ({scrub(str(e.__cause__ or e))}) after {tries}")
    if isinstance(e, Unreadable):
        return LLMError(f"{where} sent a reply that is not a chat completion after {tries}: {scrub(str(e))[:200]}")
    return LLMError(f"{where} sent a reply that could not be read ({type(e).__name__}: {scrub(str(e))[:200]}) after {tries}")
