"""Chinese scripts: a simplified-script form of any text for search (OpenCC), and detection.

Quotes always stay in the source's own script; only search and matching use these forms.
"""

from __future__ import annotations

from functools import lru_cache

import opencc


@lru_cache(maxsize=None)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


CHUNK = 1 << 20  # characters converted at once: OpenCC copies its input and output as UTF-8


def to_simplified(text: str) -> str:
    """Traditional (Taiwan, Hong Kong or mainland forms) → simplified, with OpenCC ``t2s``."""
    return _convert("t2s", text)


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
