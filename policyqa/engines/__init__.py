"""Engines: two implementations of the same three calls.

    summarize(plan) -> Summary
    measures(plan) -> list[Measure]
    ask(question, plans) -> Answer

``OfflineEngine`` needs no model (structure, patterns and search); ``LLMEngine`` calls any
OpenAI-compatible endpoint. :func:`get_engine` picks one by name, or the default: the LLM
engine when an endpoint is configured in the environment, the offline engine otherwise.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Protocol, Sequence, runtime_checkable

from ..errors import ConfigError

if TYPE_CHECKING:
    from ..corpus import Corpus
    from ..models import Answer, Measure, Summary, Target
    from ..plan import Plan

ENGINE_NAMES = ("offline", "llm", "local")


@runtime_checkable
class Engine(Protocol):
    """What every engine answers. ``name`` is written into every output it produces."""

    name: str

    def summarize(self, plan: Plan) -> Summary: ...

    def measures(self, plan: Plan) -> list[Measure]: ...

    def targets(self, plan: Plan) -> list[Target]: ...

    def ask(self, question: str, plans: Sequence[Plan] | Corpus) -> Answer: ...


def endpoint_configured() -> bool:
    """True when the environment names an OpenAI-compatible endpoint or key for the LLM engine."""
    return any(os.environ.get(v) for v in ("POLICYQA_BASE_URL", "POLICYQA_MODEL", "POLICYQA_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_KEY"))


def get_engine(name: str | None = None, **options: Any) -> Engine:
    """The engine called ``name`` (offline, llm, local), or the default one."""
    if name is None:
        name = "llm" if endpoint_configured() else "offline"
    if name == "offline":
        from .offline import OfflineEngine

        return OfflineEngine(**options)
    if name == "llm":
        from .llm import LLMEngine

        return LLMEngine(**options)
    if name == "local":
        from .llm import LLMEngine
        from ..local import local_client

        base_url, model = local_client(model_path=options.pop("model_path", None))
        options.pop("base_url", None)
        options.setdefault("preset", "llamacpp")
        return LLMEngine(base_url=base_url, model=model, **{k: v for k, v in options.items() if k != "model"})
    raise ConfigError(f"unknown engine {name!r}; choose one of {', '.join(ENGINE_NAMES)}")


def summarize(plan: Plan, *, engine: Engine | None = None) -> Summary:
    """Summarise one plan with ``engine`` (the default engine when None)."""
    return (engine or get_engine()).summarize(plan)


def measures(plan: Plan, *, engine: Engine | None = None) -> list[Measure]:
    """The measures (举措) a plan lists, with their targets and citations."""
    return (engine or get_engine()).measures(plan)


def targets(plan: Plan, *, engine: Engine | None = None) -> list[Target]:
    """Every quantitative figure of a plan: the targets it sets and the results it reports."""
    return (engine or get_engine()).targets(plan)


def ask(question: str, plans: Sequence[Plan] | Corpus, *, engine: Engine | None = None) -> Answer:
    """Answer a question over one plan, a list of plans or a Corpus, with citations (or abstain)."""
    return (engine or get_engine()).ask(question, plans)
