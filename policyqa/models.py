"""The outputs both engines return, as pydantic models (they cross the JSON CLI and the LLM boundary).

    Citation   plan_id, region, source, start, end, quote   (the unit of trust)
    Target     a quantitative figure: metric, value, unit, comparator, year, kind, citation
    Measure    a measure (举措): title, text, section path, targets, units, year, citations
    Summary    overview, goals, target year, key targets, measures by section; every sentence cited; warnings
    Answer     question, answer, abstained, citations, engine

``start``/``end`` index the decoded source text of ``source`` (end excluded), and that
span cleans to exactly ``quote`` (:func:`policyqa.citations.verify`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ABSTAIN_ZH = "文中未提及"
ABSTAIN_EN = "The plans do not say."


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Citation(_Model):
    """An exact span of a source: ``raw[start:end]`` of ``source`` cleans to ``quote``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    plan_id: str
    region: str | None = None
    source: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str


class Target(_Model):
    """A quantitative figure of a plan: a target it sets, or a result it reports."""

    metric: str
    value: float
    unit: str | None = None
    comparator: str | None = None  # 以上 超 突破 左右 以内 达到 不低于 …
    year: int | None = None
    kind: Literal["target", "result"] = "target"
    original: str  # the figure as written: "3.6万亩以上"
    citation: Citation


class Measure(_Model):
    """One measure (举措) a plan lists."""

    title: str
    text: str
    section: list[str] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    units: list[str] = Field(default_factory=list)  # responsible units: 牵头 / 配合
    year: int | None = None
    citations: list[Citation] = Field(default_factory=list)


class CitedSentence(_Model):
    """A sentence of a summary and the spans that support it."""

    text: str
    citations: list[Citation]


class SummarySection(_Model):
    title: str
    measures: list[CitedSentence] = Field(default_factory=list)


class Summary(_Model):
    """A plan's summary: every sentence carries citations."""

    plan_id: str
    language: Literal["zh", "en"] = "zh"
    overview: list[CitedSentence] = Field(default_factory=list)
    goals: list[CitedSentence] = Field(default_factory=list)
    target_year: int | None = None
    key_targets: list[Target] = Field(default_factory=list)
    sections: list[SummarySection] = Field(default_factory=list)
    engine: str = ""
    warnings: list[str] = Field(default_factory=list)  # why the text may not be a plan, or why the summary is empty

    def citations(self) -> list[Citation]:
        out = [c for s in self.overview + self.goals for c in s.citations]
        out += [t.citation for t in self.key_targets]
        out += [c for sec in self.sections for m in sec.measures for c in m.citations]
        return out


class Answer(_Model):
    """An answer to a question over one plan or a corpus."""

    question: str
    answer: str
    abstained: bool = False
    citations: list[Citation] = Field(default_factory=list)
    engine: str = ""
