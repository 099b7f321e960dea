"""The offline engine: no model at all; structure, patterns and search (the embedded default).

Every output is grounded by construction: measures, targets and summary sentences are spans
of the plan, and answers are clauses of passages that pass the support test of
:mod:`policyqa.answers` (or an abstention).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from ...models import Answer, Measure, Summary, Target

if TYPE_CHECKING:
    from ...retrieval.corpus import Corpus
    from ...structure.plan import Plan


class OfflineEngine:
    """``summarize``, ``measures``, ``targets`` and ``ask`` with no model; ``lang`` is zh or en."""

    name = "offline"

    def __init__(self, lang: str = "zh", **_: Any) -> None:
        from ..usage import Usage

        self.lang = lang
        self.usage = Usage(input_price=0.0, output_price=0.0)  # no model: zero calls, zero cost

    def summarize(self, plan: Plan) -> Summary:
        from .summary import summarize

        s = summarize(plan, lang=self.lang)
        return s if s.engine == self.name else s.model_copy(update={"engine": self.name})

    def measures(self, plan: Plan) -> list[Measure]:
        from .measures import find_measures

        return find_measures(plan)

    def targets(self, plan: Plan) -> list[Target]:
        from .targets import find_targets

        return find_targets(plan)

    def ask(self, question: str, plans: Sequence[Plan] | Corpus) -> Answer:
        from .answers import answer

        a = answer(question, plans, lang=self.lang)
        return a if a.engine == self.name else a.model_copy(update={"engine": self.name})

    def __repr__(self) -> str:
        return f"OfflineEngine(lang={self.lang!r})"
