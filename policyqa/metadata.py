"""Finding the plans in a document and what each says of itself: title, region, level, author, date, issuer.

(First cut: one plan per document, no metadata. The splitter for pages of several plans and
the metadata readers replace this.)
"""

from __future__ import annotations

from .document import Document
from .plan import Plan, plan_id


def find_plans(document: Document) -> list[Plan]:
    start, end = document.raw_span(0, len(document.text))
    return [Plan(plan_id(document, start, end), document, start, end)]
