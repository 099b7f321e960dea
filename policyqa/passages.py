"""Passages: the sections, paragraphs, sentences and enumerated items of a plan, with offsets.

Every passage carries ``start``/``end`` into the decoded source text (like a citation) and
``clean_start``/``clean_end`` into the document's clean text; ``text`` is the clean text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .plan import Plan

KINDS = ("section", "paragraph", "sentence", "item")


@dataclass(frozen=True)
class Passage:
    """A unit of a plan. ``section`` is the path of headings above it (outermost first)."""

    plan_id: str
    kind: str  # section | paragraph | sentence | item
    index: int  # position among the plan's passages
    start: int  # source offsets, end excluded
    end: int
    clean_start: int  # clean-text offsets, end excluded
    clean_end: int
    text: str
    section: tuple[str, ...] = ()
    parent: int | None = None  # index of the enclosing passage (paragraph of a sentence, section of an item)
    label: str | None = None  # "一是", "（一）", "1." … for items and numbered sections


SENTENCE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)]*|\n|$)")


def segment(plan: Plan) -> list[Passage]:
    """First cut: paragraphs (lines) and sentences. Sections and items come with the segmenter."""
    doc = plan.document
    out: list[Passage] = []
    base = plan.clean_start
    text = plan.text
    pos = 0
    for line in text.split("\n"):
        lstart = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        a = base + lstart + (len(line) - len(line.lstrip()))
        b = a + len(stripped)
        rs, re_ = doc.raw_span(a, b)
        pidx = len(out)
        out.append(Passage(plan.id, "paragraph", pidx, rs, re_, a, b, stripped))
        for m in SENTENCE.finditer(stripped):
            s = m.group().strip()
            if not s:
                continue
            sa = a + m.start() + (len(m.group()) - len(m.group().lstrip()))
            sb = sa + len(s)
            rs, re_ = doc.raw_span(sa, sb)
            out.append(Passage(plan.id, "sentence", len(out), rs, re_, sa, sb, s, parent=pidx))
    return out
