"""Credentials out of every message, log and report.

    redact_url("http://u:sk-123@host/v1?api_key=sk-123")   -> "http://***@host/v1?api_key=***"
    redact("cannot reach http://u:sk-123@host/v1 ...")       -> "cannot reach http://***@host/v1 ..."
    redact(text, secrets=[api_key])                          # and every known secret, wherever it is

A URL's user name and password, the values of query parameters named like a credential
(``api_key``, ``key``, ``token``, ``access_token``, ``secret``, ``password``, ``sig`` …), a
``Bearer`` token and strings shaped like provider keys (``sk-…``) are replaced by ``***``.
Secrets given by value (the API key in use, the password of a configured URL) are replaced
wherever they occur, however the text came to hold them.
"""

from __future__ import annotations

import re
from typing import Iterable
from urllib.parse import unquote, urlsplit
from ... import patterns

MASK = "***"
_USERINFO = patterns.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/\s@?#]+@")
_SECRET_PARAM = patterns.compile(
    r"(?i)([?&;](?:x[-_])?(?:api[-_]?key|apikey|key|token|access[-_]?token|auth[-_]?token|id[-_]?token|refresh[-_]?token|"
    r"secret|client[-_]?secret|password|passwd|pwd|sig|signature|auth|authorization|credential|credentials)=)[^&#\s\"'<>]*"
)
_BEARER = patterns.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=\-]{6,}")
_KEYLIKE = patterns.compile(r"\b(?:sk|pk|ak|key)-[A-Za-z0-9_\-*.]{6,}")


def url_secrets(url: str | None) -> list[str]:
    """The credentials a URL carries: its user name and password, and credential-named query values."""
    if not url:
        return []
    try:
        parts = urlsplit(str(url))
    except ValueError:
        return []
    out = [v for v in (parts.username, parts.password) if v]
    for m in _SECRET_PARAM.finditer("?" + parts.query):
        value = m.string[m.end(1) : m.end()]
        if value:
            out.append(value)
    return out + [unquote(v) for v in out if unquote(v) != v]


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """``text`` with credentials replaced by ``***`` (see the module doc)."""
    if not text:
        return text
    for s in sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True):
        text = text.replace(s, MASK)
    text = _USERINFO.sub(lambda m: m.group(1) + MASK + "@", text)
    text = _SECRET_PARAM.sub(lambda m: m.group(1) + MASK, text)
    text = _BEARER.sub(lambda m: m.group(1) + MASK, text)
    return _KEYLIKE.sub(MASK, text)


def redact_url(url: str) -> str:
    """The URL as messages show it: no user name or password, credential-named query values masked."""
    return redact(str(url), url_secrets(url))
