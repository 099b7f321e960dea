"""policyqa: summaries, measures with targets, and cited answers for Chinese regional development plans.

The data flow, one module per step::

    file ──read──▶ Document ──split──▶ Plan(s) ──segment──▶ Passages ──index──▶ Corpus
    Engine.summarize(plan) ─▶ Summary   Engine.measures(plan) ─▶ [Measure]   Engine.ask(q, corpus) ─▶ Answer

Every claim carries a :class:`Citation`: ``start``/``end`` into the decoded source text and
the exact ``quote`` that span cleans to.
"""

__version__ = "0.1.0"

from .batch import BatchResult
from .batch import run as run_batch
from .cache import Cache
from .citations import cite, find_quote, ground, verify
from .corpus import Corpus, Hit
from .document import Document, read, read_file
from .engines import Engine, ask, get_engine, measures, summarize, targets
from .engines.offline import OfflineEngine
from .errors import BudgetExceeded, ConfigError, DeadlineExceeded, InputError, LLMError, PolicyQAError, QuotaExceeded, ValidationFailed
from .evals import Case as EvalCase
from .evals import EvalRun, load_cases
from .evals import run as run_eval
from .models import Answer, Citation, CitedSentence, Measure, Summary, SummarySection, Target
from .numbers import normalise, parse_number
from .passages import Passage, segment
from .plan import Plan, load, split
from .evals import write_report
from .repl import Session
from .summary import render as render_summary
from .targets import find_targets
from .usage import Budget, Usage
from .local import local_client
from .measures import find_measures

# The modules policyqa/measures.py and policyqa/targets.py share their names with the engine
# calls policyqa.measures() and policyqa.targets(): importing a submodule binds its name on the
# package, so the functions are bound again, last (they stay bound: a module is imported once).
from .engines import measures, targets  # noqa: E402,F811

__all__ = [
    "Answer",
    "BatchResult",
    "Budget",
    "BudgetExceeded",
    "Cache",
    "Citation",
    "CitedSentence",
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
    "Usage",
    "ValidationFailed",
    "__version__",
    "ask",
    "cite",
    "find_measures",
    "find_quote",
    "find_targets",
    "get_engine",
    "ground",
    "load",
    "load_cases",
    "local_client",
    "measures",
    "normalise",
    "parse_number",
    "read",
    "read_file",
    "render_summary",
    "run_batch",
    "run_eval",
    "segment",
    "split",
    "summarize",
    "targets",
    "verify",
    "write_report",
]
