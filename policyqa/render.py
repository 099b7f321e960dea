"""Rendering: how a citation reads wherever a person sees one.

One format everywhere: ``region · file:line [start–end]`` (the line is left out where it is
not known). ``start``/``end`` index the decoded source text, end excluded.
"""

from __future__ import annotations

import os
from typing import Any, Mapping


def _get(c: Any, key: str) -> Any:
    return c.get(key) if isinstance(c, Mapping) else getattr(c, key, None)


def citation_line(c: Any, line: int | None = None) -> str:
    """``region · file:line [start–end]`` for a Citation (or its JSON form)."""
    where = os.path.basename(str(_get(c, "source") or ""))
    if line:
        where += f":{line}"
    return f"{_get(c, 'region') or '-'} · {where} [{_get(c, 'start')}–{_get(c, 'end')}]"
