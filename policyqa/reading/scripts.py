"""Chinese scripts: a simplified-script form of any text for search (OpenCC), and detection.

Quotes always stay in the source's own script; only search and matching use these forms.
"""

from __future__ import annotations

import json
import os
import re
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
    lock for each call, and in a batch of threads each such call waits to get it back. Of a longer
    text only the lines t2s could change go to OpenCC (see :func:`_convert_lines`)."""
    if len(text) <= SHORT:
        unchanged = _t2s_unchanged()
        if unchanged is not None and unchanged(text):
            return text
        return _convert("t2s", text)
    return _convert_lines(text)


def _convert_lines(text: str) -> str:
    """t2s of a long text, converting only its lines that hold something t2s's dictionaries could
    change (a document in simplified script has a few: 覆盖, 好像). t2s converts a text line by line
    (no phrase spans a line break: :func:`_convert` cuts long texts there too), and leaves a line
    without such a character as it is (:func:`_t2s_unchanged`), so the lines converted together
    and put back in their places make the text OpenCC returns for the whole. A text most of whose
    lines need converting (one in traditional script) goes to OpenCC whole."""
    changeable = _t2s_changeable()
    if changeable is None:
        return _convert("t2s", text)
    spans: list[tuple[int, int]] = []
    size = 0
    search, find, rfind = changeable.search, text.find, text.rfind
    m = search(text)
    while m is not None:
        a = rfind("\n", 0, m.start()) + 1
        b = find("\n", m.start())
        b = len(text) if b < 0 else b
        spans.append((a, b))
        size += b - a
        if size > len(text) // 2:
            return _convert("t2s", text)
        m = search(text, b)
    if not spans:
        return text
    converted = _convert("t2s", "\n".join([text[a:b] for a, b in spans])).split("\n")
    if len(converted) != len(spans):  # (t2s writes no line break: never so)
        return _convert("t2s", text)
    parts: list[str] = []
    pos = 0
    for (a, b), line in zip(spans, converted):
        parts += (text[pos:a], line)
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


_OCD2 = b"OPENCC_MARISA_0.2.5"


@lru_cache(maxsize=None)
def _t2s_unchanged() -> Callable[[str], bool] | None:
    """A test that t2s leaves a text as it is, or None when its dictionaries cannot be read."""
    keys = _t2s_keys()
    if keys is None:
        return None
    chars, longer = keys

    def unchanged(text: str) -> bool:
        return chars.isdisjoint(text) and not any(k in text for k in longer)

    return unchanged


@lru_cache(maxsize=None)
def _t2s_changeable() -> re.Pattern[str] | None:
    """Where t2s may change a text (what :func:`_t2s_unchanged` looks for), as one pattern, or None
    when the dictionaries cannot be read: a one-character key's character, a longer key, or any
    character outside the Basic Multilingual Plane (a few keys are; more lines than need it may go
    to OpenCC, never fewer). It is one character class followed by a check, not an alternation:
    the engine then skips through a text to the characters of the class (0.1 ms for 50,000
    characters, where an alternation with the longer keys takes twice that, and a class of the
    keys outside the plane a hundred times)."""
    keys = _t2s_keys()
    if keys is None:
        return None
    chars, longer = keys
    firsts = "".join(sorted({k[0] for k in longer}))
    klass = "".join(re.escape(c) for c in sorted(chars) if c < "\U00010000") + re.escape(firsts) + "\U00010000-\U0010ffff"
    # the first character of a longer key counts only with the rest of the key after it
    then = [f"(?<={re.escape(k[0])}){re.escape(k[1:])}" for k in longer] + ([f"(?<![{re.escape(firsts)}])"] if firsts else [])
    return re.compile(f"[{klass}]" + (f"(?:{'|'.join(then)})" if then else ""))


@lru_cache(maxsize=None)
def _t2s_keys() -> tuple[frozenset[str], tuple[str, ...]] | None:
    """The characters of t2s's one-character keys (and lone surrogates), and its longer keys that
    hold none of them; None when its dictionaries cannot be read.

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
    return chars, longer


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
