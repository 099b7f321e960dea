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
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Iterator, Protocol, Sequence, runtime_checkable

from ..errors import ConfigError

if TYPE_CHECKING:
    from ..retrieval.corpus import Corpus
    from ..models import Answer, Measure, Summary, Target
    from ..structure.plan import Plan

ENGINE_NAMES = ("offline", "llm", "local")


@runtime_checkable
class Engine(Protocol):
    """What every engine answers. ``name`` is written into every output it produces (an engine
    stamps its own outputs); ``lang`` is the language it writes in (zh or en); ``usage`` is what
    its calls cost (zero for the offline engine); ``ask_stream`` yields the answer's text as it
    comes, then the :class:`Answer` — an engine that does not stream need not have it:
    :func:`ask_stream` gives the default for every engine."""

    name: str
    lang: str
    usage: Any

    def summarize(self, plan: Plan) -> Summary: ...

    def measures(self, plan: Plan) -> list[Measure]: ...

    def targets(self, plan: Plan) -> list[Target]: ...

    def ask(self, question: str, plans: Sequence[Plan] | Corpus) -> Answer: ...


def ask_stream(engine: Engine, question: str, plans: Sequence[Plan] | Corpus) -> Iterator[str | Answer]:
    """The answer's text as ``engine`` writes it, then the :class:`Answer`: the engine's own
    ``ask_stream`` when it streams (the LLM engine), else its whole answer at once."""
    stream = getattr(engine, "ask_stream", None)
    if stream is None:
        a = engine.ask(question, plans)
        yield a.answer
        yield a
        return
    yield from stream(question, plans)


def endpoint_configured() -> bool:
    """True when the environment names an OpenAI-compatible endpoint or key for the LLM engine."""
    return any(os.environ.get(v) for v in ("POLICYQA_BASE_URL", "POLICYQA_MODEL", "POLICYQA_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_KEY"))


@dataclass(frozen=True)
class EngineOptions:
    """What an engine is built with, in one object: the CLI, the REPL, evals and batch all build
    their engines from one of these through :func:`build_engine` (the REPL's ``/engine NAME``
    keeps every other option of its session: cache, endpoint, budget, language)."""

    name: str | None = None  # offline | llm | local | None: the LLM engine when an endpoint is configured, else offline
    lang: str = "zh"
    base_url: str | None = None
    model: str | None = None
    preset: str | None = None
    model_path: str | None = None  # a GGUF file for the local engine
    timeout: float | None = None
    deadline: float | None = None
    cache: Any = None  # a policyqa.Cache, or None for none
    budget: Any = None  # a policyqa.Budget, or None

    def with_(self, **changes: Any) -> EngineOptions:
        return replace(self, **changes)

    def kwargs(self) -> dict[str, Any]:
        """The options an engine of this name takes (the LLM ones only for llm and local)."""
        out: dict[str, Any] = {"lang": self.lang} if self.lang != "zh" else {}
        if self.resolved_name() in ("llm", "local"):
            out.update({k: v for k, v in (("base_url", self.base_url), ("model", self.model), ("preset", self.preset), ("timeout", self.timeout),
                                          ("deadline", self.deadline), ("cache", self.cache), ("budget", self.budget)) if v is not None})
        if self.model_path:
            out["model_path"] = self.model_path
        return out

    def resolved_name(self) -> str:
        if self.name:
            return self.name
        if self.model_path:
            return "local"
        return "llm" if (self.base_url or self.preset or endpoint_configured()) else "offline"


def build_engine(options: EngineOptions | None = None) -> Engine:
    """The one factory: the engine ``options`` describe."""
    options = options or EngineOptions()
    if options.model_path and options.resolved_name() != "local":
        raise ConfigError("a model path (--model-path) goes with the local engine")
    return get_engine(options.resolved_name(), **options.kwargs())


def get_engine(name: str | None = None, **options: Any) -> Engine:
    """The engine called ``name`` (offline, llm, local), or the default one (:func:`build_engine`
    with an :class:`EngineOptions` does the same from one options object)."""
    if name is None:
        name = "llm" if endpoint_configured() else "offline"
    if name == "offline":
        from .offline import OfflineEngine

        return OfflineEngine(**options)
    if name == "llm":
        from .llm.engine import LLMEngine

        return LLMEngine(**options)
    if name == "local":
        from .llm.engine import LLMEngine
        from .llm.local import local_client

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
