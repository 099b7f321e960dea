"""Plans: the spans of a Document that are each one plan, with their metadata.

A page can hold several plans (a newspaper page of speeches, each under a headline and a
speaker line). :func:`split` finds them; :func:`load` reads paths straight into plans.
Metadata (region, level, author, date, issuer) is taken from the text or left ``None``:
never invented.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Callable, Iterable

from .document import Document, iter_documents
from .errors import InputError

if TYPE_CHECKING:
    from .passages import Passage


@dataclass(frozen=True, eq=False)
class Plan:
    """One plan: a span ``[start, end)`` of its document's source text, and what it says of itself."""

    id: str
    document: Document
    start: int
    end: int
    title: str | None = None
    region: str | None = None
    level: str | None = None  # province | city | county | district | new area
    author: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD, YYYY-MM or YYYY), only when the text gives it
    issuer: str | None = None

    @property
    def source(self) -> str:
        return self.document.path

    @cached_property
    def clean_start(self) -> int:
        return self.document.clean_span(self.start, self.end)[0]

    @cached_property
    def clean_end(self) -> int:
        return self.document.clean_span(self.start, self.end)[1]

    @property
    def text(self) -> str:
        """The plan's clean text."""
        return self.document.text[self.clean_start : self.clean_end]

    @cached_property
    def simplified(self) -> str:
        return self.document.simplified[self.clean_start : self.clean_end] if _same_length(self.document) else _t2s(self.text)

    @cached_property
    def passages(self) -> list[Passage]:
        """Sections, paragraphs, sentences and enumerated items, in order (see :mod:`policyqa.passages`)."""
        from .passages import segment

        return segment(self)

    @cached_property
    def quality(self) -> dict[str, int]:
        """What cleaning repaired inside this plan's document (counts by rule)."""
        return dict(self.document.repairs)

    def info(self) -> dict[str, object]:
        """The object ``policyqa plans --json`` prints for this plan."""
        return {
            "id": self.id,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "title": self.title,
            "region": self.region,
            "level": self.level,
            "author": self.author,
            "date": self.date,
            "issuer": self.issuer,
            "quality": self.quality,
        }

    def __repr__(self) -> str:
        return f"Plan(id={self.id!r}, region={self.region!r}, title={self.title!r})"


def _same_length(doc: Document) -> bool:
    return len(doc.simplified) == len(doc.text)


def _t2s(text: str) -> str:
    from .scripts import to_simplified

    return to_simplified(text)


def plan_id(document: Document, start: int, end: int) -> str:
    """A stable id from the plan's clean content and its position in the file."""
    cs, ce = document.clean_span(start, end)
    h = hashlib.sha1(f"{start}:{end}:".encode() + document.text[cs:ce].encode("utf-8")).hexdigest()
    return h[:12]


def split(document: Document) -> list[Plan]:
    """The plans in a document, in order; a document with no recognised structure is one plan."""
    from .metadata import find_plans

    return find_plans(document)


def load(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, on_skip: Callable[[InputError], None] | None = None) -> list[Plan]:
    """Read files and folders into plans (the data flow's first two steps).

    A file that cannot be read raises its :class:`~policyqa.errors.InputError`, or, when
    ``on_skip`` is given, is passed to it and skipped (e.g. ``on_skip=skipped.append``).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    plans: list[Plan] = []
    for doc in iter_documents(paths, on_skip=on_skip):
        plans.extend(split(doc))
    return plans
