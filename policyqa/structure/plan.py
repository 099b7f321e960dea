"""Plans: the spans of a Document that are each one plan, with their metadata.

A page can hold several plans (a newspaper page of speeches, each under a headline and a
speaker line). :func:`split` finds them; :func:`load` reads paths straight into plans.
Metadata (region, level, author, date, issuer) is taken from the text or left ``None``:
never invented.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from ..reading.document import Document, iter_documents
from ..errors import InputError
from .. import patterns

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
    level: str | None = None  # province | city | county | district | new area | zone (a development zone its 管委会 governs) | national
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
        """Sections, paragraphs, sentences and enumerated items, in order (see :mod:`policyqa.structure.passages`)."""
        from .passages import segment

        return segment(self)

    @cached_property
    def warnings(self) -> list[str]:
        """Why this text may not be a plan, each a sentence (empty when it reads like one):
        hardly any Chinese, few of the words plans are written in, or lines run together."""
        return _warnings(self)

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


WINDOW = 50_000
"""Clean characters the offline engine reads a plan in at once. No real plan is longer (a long
government work report has about 30,000); a longer text is read window by window, so that the
memory it takes stays a small multiple of its size whatever the size."""
_SENTENCE_END = patterns.compile("[。！？；!?;]")


def windows(plan: Plan, size: int | None = None) -> Iterator[Plan]:
    """The plan in consecutive spans of at most ``size`` clean characters, cut after a line break
    (else after a sentence), each a Plan with the plan's own id and metadata, so that what is cited
    in a window verifies against the plan. A plan no longer than ``size`` is its only window
    (the plan itself).
    What a window caches (its passages) is dropped when the next window is asked for.
    ``size`` defaults to :data:`WINDOW`."""
    size = size or WINDOW
    cs, ce = plan.clean_start, plan.clean_end
    if ce - cs <= size:
        yield plan
        return
    doc = plan.document
    text = doc.text
    a = cs
    while a < ce:
        b = min(ce, a + size)
        if b < ce:
            cut = text.rfind("\n", a + size // 2, b)
            if cut < 0:
                m = None
                for m in _SENTENCE_END.finditer(text, a + size // 2, b):
                    pass
                cut = m.start() if m else b - 1
            b = cut + 1
        rs, re_ = doc.raw_span(a, b)
        window = replace(plan, start=rs, end=re_)
        yield window
        for cached in ("passages", "simplified", "quality"):
            window.__dict__.pop(cached, None)
        a = b


# words every kind of plan is written in: the seed plans and the corpus have 20 to 110 of them
# per 1,000 Chinese characters, a novel's chapter none
PLAN_WORDS = patterns.compile("发展|推进|建设|加快|实施|推动|加强|提升|完善|深化|创新|产业|经济|政策|项目|企业|服务|体系|机制|重点|全面|坚持|打造|培育|目标|工作|改革|治理|保障|落实|示范|合作|政府|规划|措施|行动|建立|促进|支持")
_HAN = patterns.compile("[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = patterns.compile("[A-Za-z]")
SAMPLE = 20_000


def _warnings(plan: Plan) -> list[str]:
    from ..reading.scripts import to_simplified

    text = plan.document.text
    length = plan.clean_end - plan.clean_start
    sample = text[plan.clean_start : plan.clean_start + SAMPLE]
    han = len(_HAN.findall(sample))
    letters = han + len(_LATIN.findall(sample))
    out = []
    if han < 0.3 * letters or han < 20:
        share = han / letters if letters else 0.0
        out.append(f"hardly any Chinese ({share:.0%} of its letters): policyqa reads Chinese plans, so expect little or nothing")
        return out
    if 1000 * len(PLAN_WORDS.findall(to_simplified(sample))) / han < 8:
        out.append("does not read like a plan: few of the words plans are written in (发展, 推进, 建设, 目标 …)")
    lines = text.count("\n", plan.clean_start, plan.clean_end) + 1
    if length > SAMPLE and length / lines > 5_000:
        out.append(f"{length:,} characters on {lines:,} line{'s' if lines > 1 else ''}: its line breaks were lost, so headings and paragraphs cannot be told apart")
    return out


def _same_length(doc: Document) -> bool:
    return len(doc.simplified) == len(doc.text)


def _t2s(text: str) -> str:
    from ..reading.scripts import to_simplified

    return to_simplified(text)


def plan_id(document: Document, start: int, end: int) -> str:
    """A stable id from the plan's clean content and its position in the file."""
    cs, ce = document.clean_span(start, end)
    h = hashlib.sha1(f"{start}:{end}:".encode())
    for a in range(cs, ce, 1 << 20):  # in pieces: a long plan is never copied whole
        h.update(document.text[a : min(ce, a + (1 << 20))].encode("utf-8"))
    return h.hexdigest()[:12]


def split(document: Document) -> list[Plan]:
    """The plans in a document, in order; a document with no recognised structure is one plan."""
    from .metadata import find_plans

    return find_plans(document)


def load(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, on_skip: Callable[[InputError], None] | None = None) -> list[Plan]:
    """Read files and folders into plans (the data flow's first two steps).

    A file that cannot be read raises its :class:`~policyqa.errors.InputError`, or, when
    ``on_skip`` is given, is passed to it and skipped (e.g. ``on_skip=skipped.append``).
    An index folder (``policyqa index``, :func:`policyqa.index`) gives its plans, brought up to
    date with their files first.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    plans: list[Plan] = []
    files: list[str | os.PathLike[str]] = []
    for p in [*paths, None]:
        if p is not None and not _is_index(p):
            files.append(p)
            continue
        for doc in iter_documents(files, on_skip=on_skip):
            plans.extend(split(doc))
        files = []
        if p is not None:
            from ..retrieval.store import open_index

            plans.extend(open_index(p, on_skip=on_skip).plans)
    return plans


def _is_index(path: str | os.PathLike[str]) -> bool:
    from ..reading.document import INDEX_MANIFEST

    return os.path.isfile(os.path.join(path, INDEX_MANIFEST))
