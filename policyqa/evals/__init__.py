"""Evals: hand-labelled cases, an engine, scorers → an :class:`EvalRun`, a gate, a report.

    from policyqa import evals
    cases = evals.load_cases("evals/cases")                 # seed, dev and test cases
    run = evals.run(get_engine("offline"), evals.of_split(cases, "dev"))
    run.metrics["dev"]                                       # {"questions.correct": 0.81, …}
    evals.write_report(run, "eval-report")                   # results.jsonl, report.md, report.html
    failures = evals.check_gate(run, evals.load_thresholds("evals/thresholds.yaml"))

The stages, one module each: :mod:`.cases` (labels, splits, genres), :mod:`.tasks` (what an
engine is asked per kind of case, and the scorers), :mod:`.metrics` (scorers declare the
metrics they feed), :mod:`.scorers` (the comparisons), :mod:`.runner` (run, rescore, saved
results), :mod:`.gate` (thresholds), :mod:`.baseline` (a saved run to diff against),
:mod:`.report` (terminal, Markdown, HTML).
"""

from __future__ import annotations

from .baseline import Comparison, compare, diff_output, load_baseline, save_baseline, to_baseline
from .cases import GENRES, KINDS, SPLITS, Case, load_cases, load_manifest, of_split, select
from .gate import check_gate, load_thresholds
from .metrics import SCORERS, metric_names, scorer
from .report import write as write_report
from .runner import RESULTS_FILE, CaseResult, EvalRun, ResultsWriter, provenance, read_results, rescore, run, write_results
from .scorers import Score
from .tasks import TASKS, Task

__all__ = [
    "Case", "CaseResult", "Comparison", "EvalRun", "GENRES", "KINDS", "RESULTS_FILE", "ResultsWriter", "SCORERS", "SPLITS", "Score", "TASKS", "Task",
    "check_gate", "compare", "diff_output", "load_baseline", "load_cases", "load_manifest", "load_thresholds", "metric_names", "of_split",
    "provenance", "read_results", "rescore", "run", "save_baseline", "scorer", "select", "to_baseline", "write_report", "write_results",
]
