"""Regular expressions compiled when first used, not when their module is imported.

The package holds about 300 module-level patterns, and many match Chinese characters through
classes such as ``[一-鿿]``; Python's ``re`` spends about a millisecond compiling each such class
(it builds a 65,536-character bitmap in Python). Compiled at import, they cost a CLI call about
0.1 s, mostly for patterns that call never uses (the metadata rules when the plans come from an
index, the figures' rules when the command only searches). ``compile`` returns a stand-in that
compiles on its first use and then answers every call from the compiled pattern's own methods::

    YEAR = patterns.compile(r"(?:19|20)\\d{2}年")   # nothing compiled yet
    YEAR.search(text)                               # compiled now, once

It is a pattern for every use the package makes of one (``search``, ``finditer``, ``sub``,
``.pattern``, ``.groupindex`` …), and ``re.search(YEAR, text)`` is not one of them: pass the
stand-in's methods, or ``YEAR.pattern``, to code that wants a string or a ``re.Pattern``.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["Pattern", "compile"]


class Pattern:
    """``re.compile(pattern, flags)``, compiled when an attribute is first asked for.

    ``pattern`` is there before compiling (other patterns are built from it); anything else
    compiles it and copies the compiled pattern's attributes onto the stand-in, so that a later
    ``P.search`` is a plain attribute read and costs what ``re.Pattern.search`` costs."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # only for names not yet on the instance
        if name.startswith("__") or name == "_flags":
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)  # a race compiles twice, to the same pattern
        for attr in _ATTRIBUTES:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"patterns.compile({self.pattern!r}{', ' + str(re.RegexFlag(self._flags)) if self._flags else ''})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Pattern, (self.pattern, self._flags))

    def __copy__(self) -> "Pattern":
        return self

    def __deepcopy__(self, memo: dict) -> "Pattern":
        return self


_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags", "groups", "groupindex")


def compile(pattern: str, flags: int = 0) -> Pattern:  # noqa: A001 - re.compile's name, on purpose
    """A pattern compiled on first use (see the module's docstring)."""
    return Pattern(pattern, flags)
