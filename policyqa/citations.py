"""Citations: making them from clean spans, finding quotes in plans, and verifying them.

A citation's ``start``/``end`` index the decoded source text of its file; the span cleans to
exactly its ``quote``. Engines never trust offsets from elsewhere: the offline engine cites
spans it segmented itself, and the LLM engine receives quotes and finds them here.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Iterable

from .models import Citation
from .structure.plan import Plan
from .reading.scripts import to_simplified

_PUNCT_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"', "『": '"', "』": '"', "、": ",", "—": "-", "–": "-"})


def cite(plan: Plan, clean_start: int, clean_end: int) -> Citation:
    """The citation of the clean span ``[clean_start, clean_end)`` of the plan's document (trimmed of spaces)."""
    text = plan.document.text
    while clean_start < clean_end and text[clean_start].isspace():
        clean_start += 1
    while clean_end > clean_start and text[clean_end - 1].isspace():
        clean_end -= 1
    rs, re_ = plan.document.raw_span(clean_start, clean_end)
    return Citation(plan_id=plan.id, region=plan.region, source=plan.source, start=rs, end=re_, quote=text[clean_start:clean_end])


def verify(citation: Citation, plan: Plan) -> bool:
    """True when the citation points into this plan and its span cleans to its quote."""
    if citation.plan_id != plan.id or citation.source != plan.source:
        return False
    if not (plan.start <= citation.start <= citation.end <= plan.end) or not citation.quote:
        return False
    return plan.document.clean_between(citation.start, citation.end) == citation.quote


def verify_all(citations: Iterable[Citation], plans: Iterable[Plan]) -> list[Citation]:
    """The citations that fail :func:`verify` (empty when all hold)."""
    by_id = {p.id: p for p in plans}
    return [c for c in citations if c.plan_id not in by_id or not verify(c, by_id[c.plan_id])]


def _fold_char(ch: str) -> str:
    ch = unicodedata.normalize("NFKC", ch).translate(_PUNCT_FOLD).lower()
    return ch


@lru_cache(maxsize=64)
def _folded(text: str) -> tuple[str, tuple[int, ...]]:
    """Text folded for tolerant matching (script, width, quotes, no spaces) and each folded char's index."""
    simp = to_simplified(text)
    if len(simp) != len(text):
        simp = "".join(to_simplified(c) if len(to_simplified(c)) == 1 else c for c in text)
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(simp):
        if ch.isspace():
            continue
        f = _fold_char(ch)
        if len(f) != 1:
            f = ch
        chars.append(f)
        index.append(i)
    return "".join(chars), tuple(index)


def _fold_query(quote: str) -> str:
    simp = to_simplified(quote)
    return "".join(_fold_char(c) if len(_fold_char(c)) == 1 else c for c in simp if not c.isspace())


def find_quote(plan: Plan, quote: str) -> tuple[int, int] | None:
    """Find ``quote`` in the plan's clean text; return clean ``(start, end)`` in document offsets.

    Exact first; then tolerant of whitespace, script (traditional/simplified), full/half width
    and quotation-mark style. The returned span is the plan's own text, never the model's.
    """
    quote = quote.strip()
    if not quote:
        return None
    text = plan.text
    i = text.find(quote)
    if i >= 0:
        return plan.clean_start + i, plan.clean_start + i + len(quote)
    folded, index = _folded(text)
    q = _fold_query(quote)
    if not q:
        return None
    j = folded.find(q)
    if j < 0:
        return None
    return plan.clean_start + index[j], plan.clean_start + index[j + len(q) - 1] + 1


def ground(plan: Plan, quote: str) -> Citation | None:
    """A verified citation for ``quote`` in ``plan``, or None when the plan does not contain it."""
    span = find_quote(plan, quote)
    if span is None:
        return None
    c = cite(plan, *span)
    return c if verify(c, plan) else None
