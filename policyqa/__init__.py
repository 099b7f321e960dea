"""policyqa: summaries, measures with targets, and cited answers for Chinese regional development plans.

The data flow, one folder per stage (reading, structure, retrieval, engines, analysis)::

    file ──read──▶ Document ──split──▶ Plan(s) ──segment──▶ Passages ──index──▶ Corpus
    Engine.summarize(plan) ─▶ Summary   Engine.measures(plan) ─▶ [Measure]   Engine.ask(q, corpus) ─▶ Answer
    Engine.targets(plan) ─▶ [Target] ─▶ compare(plans, indicator="gdp") ─▶ [CompareRow]   track(plans) ─▶ [TrackRow]

Every claim carries a :class:`Citation`: ``start``/``end`` into the decoded source text and
the exact ``quote`` that span cleans to.
"""

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

from .engines import ask, get_engine, measures, summarize, targets  # the calls (engines/__init__ imports nothing heavy)
from .errors import BudgetExceeded, ConfigError, DeadlineExceeded, InputError, LLMError, PolicyQAError, QuotaExceeded, ValidationFailed

# Everything else is imported when it is first used (PEP 562), so that ``import policyqa`` and
# the CLI start at once: name → (module, attribute).
_LAZY: dict[str, tuple[str, str]] = {
    "BatchResult": ("batch", "BatchResult"), "run_batch": ("batch", "run"), "Cache": ("engines.llm.cache", "Cache"),
    "cite": ("citations", "cite"), "find_quote": ("citations", "find_quote"), "ground": ("citations", "ground"), "verify": ("citations", "verify"),
    "Corpus": ("retrieval.corpus", "Corpus"), "Hit": ("retrieval.corpus", "Hit"), "index": ("retrieval.store", "index"),
    "Document": ("reading.document", "Document"), "read": ("reading.document", "read"), "read_file": ("reading.document", "read_file"),
    "Engine": ("engines", "Engine"), "OfflineEngine": ("engines.offline", "OfflineEngine"),
    "EvalCase": ("evals", "Case"), "EvalRun": ("evals", "EvalRun"), "load_cases": ("evals", "load_cases"), "run_eval": ("evals", "run"),
    "write_report": ("evals", "write_report"),
    "Answer": ("models", "Answer"), "Citation": ("models", "Citation"), "CitedSentence": ("models", "CitedSentence"), "Measure": ("models", "Measure"),
    "Summary": ("models", "Summary"), "SummarySection": ("models", "SummarySection"), "Target": ("models", "Target"),
    "normalise": ("structure.numbers", "normalise"), "parse_number": ("structure.numbers", "parse_number"),
    "Passage": ("structure.passages", "Passage"), "segment": ("structure.passages", "segment"),
    "Plan": ("structure.plan", "Plan"), "load": ("structure.plan", "load"), "split": ("structure.plan", "split"),
    "Session": ("repl", "Session"), "render_summary": ("render", "render_summary"),
    "find_targets": ("engines.offline.targets", "find_targets"), "find_measures": ("engines.offline.measures", "find_measures"),
    "Budget": ("engines.usage", "Budget"), "Usage": ("engines.usage", "Usage"), "local_client": ("engines.llm.local", "local_client"),
    "CompareRow": ("analysis.comparison", "CompareRow"), "compare": ("analysis.comparison", "compare"), "rows_to_dataframe": ("analysis.comparison", "rows_to_dataframe"),
    "TrackRow": ("analysis.tracking", "TrackRow"), "track": ("analysis.tracking", "track"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        module, attr = _LAZY[name]
        value = getattr(import_module(f".{module}", __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'policyqa' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


if TYPE_CHECKING:  # for type checkers and editors: the same names, imported eagerly
    from .batch import BatchResult
    from .batch import run as run_batch
    from .engines.llm.cache import Cache
    from .citations import cite, find_quote, ground, verify
    from .analysis.comparison import CompareRow, compare, rows_to_dataframe
    from .retrieval.corpus import Corpus, Hit
    from .retrieval.store import index
    from .reading.document import Document, read, read_file
    from .engines import Engine
    from .engines.offline import OfflineEngine
    from .engines.offline.measures import find_measures
    from .engines.offline.targets import find_targets
    from .evals import Case as EvalCase
    from .evals import EvalRun, load_cases, write_report
    from .evals import run as run_eval
    from .engines.llm.local import local_client
    from .models import Answer, Citation, CitedSentence, Measure, Summary, SummarySection, Target
    from .structure.numbers import normalise, parse_number
    from .structure.passages import Passage, segment
    from .structure.plan import Plan, load, split
    from .render import render_summary
    from .repl import Session
    from .analysis.tracking import TrackRow, track
    from .engines.usage import Budget, Usage

__all__ = [
    "Answer",
    "BatchResult",
    "Budget",
    "BudgetExceeded",
    "Cache",
    "Citation",
    "CitedSentence",
    "CompareRow",
    "ConfigError",
    "Corpus",
    "DeadlineExceeded",
    "Document",
    "Engine",
    "EvalCase",
    "EvalRun",
    "Hit",
    "InputError",
    "LLMError",
    "Measure",
    "OfflineEngine",
    "Passage",
    "Plan",
    "PolicyQAError",
    "QuotaExceeded",
    "Summary",
    "Session",
    "SummarySection",
    "Target",
    "TrackRow",
    "Usage",
    "ValidationFailed",
    "__version__",
    "ask",
    "cite",
    "compare",
    "find_measures",
    "find_quote",
    "find_targets",
    "get_engine",
    "ground",
    "index",
    "load",
    "load_cases",
    "local_client",
    "measures",
    "normalise",
    "parse_number",
    "read",
    "read_file",
    "render_summary",
    "rows_to_dataframe",
    "run_batch",
    "run_eval",
    "segment",
    "split",
    "summarize",
    "targets",
    "track",
    "verify",
    "write_report",
]
