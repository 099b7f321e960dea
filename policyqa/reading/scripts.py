"""Chinese scripts: a simplified-script form of any text for search (OpenCC), and detection.

Quotes always stay in the source's own script; only search and matching use these forms.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from typing import Callable

import opencc


@lru_cache(maxsize=None)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


CHUNK = 1 << 20  # characters converted at once: OpenCC copies its input and output as UTF-8


SHORT = 1024  # characters: a text up to this long is first looked over for anything t2s could change


def to_simplified(text: str) -> str:
    """Traditional (Taiwan, Hong Kong or mainland forms) → simplified, with OpenCC ``t2s``.

    A short text none of whose characters t2s's dictionaries could change is returned as it is,
    without a call into OpenCC: a claim, a quote, a title in simplified script (nearly all of
    them) is looked over in about the time OpenCC takes, but OpenCC lets go of the interpreter
    lock for each call, and in a batch of threads each such call waits to get it back."""
    if len(text) <= SHORT:
        unchanged = _t2s_unchanged()
        if unchanged is not None and unchanged(text):
            return text
    return _convert("t2s", text)


_OCD2 = b"OPENCC_MARISA_0.2.5"


@lru_cache(maxsize=None)
def _t2s_unchanged() -> Callable[[str], bool] | None:
    """A test that t2s leaves a text as it is, or None when its dictionaries cannot be read.

    OpenCC changes a text only where one of its dictionaries' keys occurs in it (the normalisation
    dictionary, the phrases, the characters: every dictionary its config names, read from the same
    files). Nearly every key longer than one character holds a one-character key's character (t2s
    has one that does not: 有序), so a text is left as it is when it holds none of the one-character
    keys' characters and none of those few longer keys. Lone surrogates count as keys (OpenCC
    cannot take them: the text goes to it and fails there as before)."""
    try:
        import marisa_trie

        config = _converter("t2s").config
        with open(config, encoding="utf-8") as f:
            spec = json.load(f)
        files: list[str] = []

        def walk(node: object) -> None:
            if isinstance(node, dict):
                kind = node.get("type")
                if kind == "ocd2":
                    files.append(os.path.join(os.path.dirname(config), node["file"]))
                elif kind not in (None, "group", "mmseg", "mm"):
                    raise ValueError(f"a dictionary of type {kind}")
                for v in node.values():
                    walk(v)
            elif isinstance(node, list):
                for v in node:
                    walk(v)

        walk(spec)
        keys: set[str] = set()
        for path in files:
            with open(path, "rb") as f:
                data = f.read()
            if not data.startswith(_OCD2):
                return None
            keys.update(marisa_trie.Trie().frombytes(data[len(_OCD2) :]).keys())
    except Exception:  # noqa: BLE001  (another OpenCC build, another layout: always convert)
        return None
    if not files or not keys:
        return None
    chars = frozenset(k for k in keys if len(k) == 1) | frozenset(map(chr, range(0xD800, 0xE000)))
    longer = tuple(k for k in keys if len(k) > 1 and chars.isdisjoint(k))
    if len(longer) > 16:
        return None

    def unchanged(text: str) -> bool:
        return chars.isdisjoint(text) and not any(k in text for k in longer)

    return unchanged


def to_traditional(text: str) -> str:
    """Simplified → traditional, with OpenCC ``s2t``."""
    return _convert("s2t", text)


def _convert(config: str, text: str) -> str:
    if len(text) <= CHUNK:
        return _converter(config).convert(text) if text else text
    convert = _converter(config).convert
    parts = []
    a = 0
    while a < len(text):  # in pieces cut after a line break: a phrase never spans one
        b = text.find("\n", a + CHUNK) + 1 or len(text)
        parts.append(convert(text[a:b]))
        a = b
    return "".join(parts)


def detect(text: str, sample: int = 20000) -> str:
    """'traditional', 'simplified' or 'mixed', from how many characters t2s and s2t change."""
    s = text[:sample]
    if not s:
        return "simplified"
    trad = sum(a != b for a, b in zip(s, to_simplified(s)))
    simp = sum(a != b for a, b in zip(s, to_traditional(s)))
    if trad > 3 * max(simp, 1):
        return "traditional"
    if simp > 3 * max(trad, 1):
        return "simplified"
    return "mixed" if trad and simp else "simplified"
