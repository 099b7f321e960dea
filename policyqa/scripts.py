"""Chinese scripts: a simplified-script form of any text for search (OpenCC), and detection.

Quotes always stay in the source's own script; only search and matching use these forms.
"""

from __future__ import annotations

from functools import lru_cache

import opencc


@lru_cache(maxsize=None)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Traditional (Taiwan, Hong Kong or mainland forms) → simplified, with OpenCC ``t2s``."""
    return _converter("t2s").convert(text) if text else text


def to_traditional(text: str) -> str:
    """Simplified → traditional, with OpenCC ``s2t``."""
    return _converter("s2t").convert(text) if text else text


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
