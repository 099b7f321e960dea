"""The ``policyqa`` command: a thin layer over the library's public functions.

Exit codes: 0 done, 1 internal error (or an eval gate that failed), 2 bad input or usage.
A user's mistake is one line on stderr, never a traceback (set POLICYQA_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from typing import Any, Callable, Sequence

# A command never multiplies matrices, and OpenBLAS, loaded with numpy, starts a thread per core
# when it loads: 15-35 ms of every command's wall time and more of its CPU (bench/cli_start.py).
# One thread, unless the user set their own.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from . import __version__, progress  # noqa: E402  after the BLAS setting, before anything imports numpy
from .errors import ConfigError, InputError, PolicyQAError
from .files import writable_dir
from .structure.plan import Plan, load
from .engines.llm.redact import redact
from .render import citation_line


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


PATH_HELP = "a plan: a text, HTML, markdown or PDF file, a CSV/JSON export of a text dataset, or a folder of them; or an index folder (policyqa index)"


def add_path_arguments(p: argparse.ArgumentParser, nargs: str = "+") -> None:
    """The PATH arguments, --strict and --no-index-cache, the same for every command that reads plans."""
    p.add_argument("paths", nargs=nargs, metavar="PATH", help=PATH_HELP)
    p.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read (default: skip it, say so, go on, and exit 2 at the end)")
    p.add_argument("--no-index-cache", action="store_true",
                   help="read the files even when the index cache holds them (default: ask and repl index the files and folders in the user cache once, then every command reads only what changed; POLICYQA_INDEX_CACHE=0 turns it off too)")


def _plans(args: argparse.Namespace) -> list[Plan]:
    """The plans of ``args.paths`` (an index folder's, or the index cache's: ``args.corpus`` is then
    their Corpus, else None). A file that cannot be read is skipped
    with one line (and exit 2 at the end, see :func:`main`); with ``--strict``, or when nothing
    could be read, it is the error."""
    skipped: list[InputError] = []
    args.skipped = skipped
    on_skip = None if args.strict else skipped.append
    build = args.func in (cmd_ask, cmd_repl)  # the commands that search make an index in the cache; the others use one there
    args.corpus = _indexed(args.paths, on_skip, build) if not getattr(args, "no_index_cache", False) else None
    plans = args.corpus.plans if args.corpus is not None else load(args.paths, on_skip=on_skip)
    if not plans and len(skipped) == 1:
        raise skipped[0]
    for e in skipped:
        sys.stderr.write(f"policyqa: skipped {e}\n")
    if not plans:
        raise InputError(None, f"nothing could be read from {' '.join(args.paths)} ({len(skipped)} skipped, listed above)")
    return plans


def _indexed(paths: Sequence[str], on_skip: Callable[[InputError], None] | None, build: bool) -> Any:
    """The Corpus of one index folder, or of files and folders through the index cache (``build``: large
    ones are indexed there when they are not yet); None otherwise."""
    from .retrieval import store

    if len(paths) == 1 and store.is_index(paths[0]):
        return store.open_index(paths[0], on_skip=on_skip)
    if any(store.is_index(p) for p in paths):
        return None  # several indexes, or an index beside files: their plans are read and indexed together
    return store.cached(paths, build=build, on_skip=on_skip)


def add_engine_options(p: argparse.ArgumentParser) -> None:
    """Options shared by every command that runs an engine."""
    g = p.add_argument_group("engine")
    g.add_argument("--engine", choices=["offline", "llm", "local"], default=None, help="default: llm when an endpoint is configured, else offline")
    g.add_argument("--lang", choices=["zh", "en"], default="zh", help="language of summaries and answers; the offline engine only translates its headings and labels: quotes, measures and figures stay in the source's language (an LLM engine writes summaries and answers in English)")
    llm = p.add_argument_group("LLM engine (see policyqa.engines.llm.config: arguments, then POLICYQA_*/OPENAI_* variables, then ~/.config/policyqa/config.toml)")
    llm.add_argument("--base-url", metavar="URL", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1 (default: $POLICYQA_BASE_URL, $OPENAI_BASE_URL, the preset's)")
    llm.add_argument("--model", metavar="NAME", help="model name (default: $POLICYQA_MODEL, the preset's)")
    llm.add_argument("--preset", metavar="NAME", help="provider preset: openai, deepseek, qwen, moonshot, zhipu, vllm, ollama, llamacpp")
    llm.add_argument("--no-cache", action="store_true", help="neither read nor write the LLM response cache")
    llm.add_argument("--cache", metavar="PATH", help="the LLM response cache file (default: $POLICYQA_CACHE_DIR/llm.sqlite, else ~/.cache/policyqa/llm.sqlite)")
    llm.add_argument("--model-path", metavar="FILE.gguf", help="with --engine local: the GGUF model the llama.cpp server loads (default: the packaged tiny model)")
    llm.add_argument("--max-cost", type=float, metavar="X", help="stop before a call would pass this cost (in the preset's currency)")
    llm.add_argument("--max-tokens", type=int, metavar="N", help="stop before a call would pass this many tokens in total")
    llm.add_argument("--timeout", type=float, metavar="SECONDS", help="longest wait for one request (default 120)")
    llm.add_argument("--deadline", type=float, metavar="SECONDS",
                     help="longest time for one plan or question, retries and re-asks included (default 600 for a remote endpoint, none for a local one)")


def engine_options(args: argparse.Namespace):  # -> EngineOptions
    """The engine options a command's arguments give (the LLM ones read here too)."""
    from .engines import EngineOptions, endpoint_configured

    name = getattr(args, "engine", None)
    if name is None and (getattr(args, "base_url", None) or getattr(args, "preset", None)):
        name = "llm"
    if getattr(args, "model_path", None):
        name = name or "local"
        if name != "local":
            raise ConfigError("--model-path goes with --engine local")
    opts = EngineOptions(name=name, lang=getattr(args, "lang", None) or "zh", model_path=getattr(args, "model_path", None))
    if name in ("llm", "local") or (name is None and endpoint_configured()):
        from .engines.llm.cache import Cache
        from .engines.usage import Budget

        changes: dict[str, Any] = {opt: getattr(args, opt) for opt in ("base_url", "model", "preset") if getattr(args, opt, None)}
        changes.update({opt: getattr(args, opt) for opt in ("timeout", "deadline") if getattr(args, opt, None) is not None})
        if not getattr(args, "no_cache", False):
            changes["cache"] = Cache(getattr(args, "cache", None) or None)
        if getattr(args, "max_cost", None) is not None or getattr(args, "max_tokens", None) is not None:
            changes["budget"] = Budget(max_tokens=args.max_tokens, max_cost=args.max_cost)
        opts = opts.with_(**changes)
    return opts


def engine_from_args(args: argparse.Namespace):  # -> Engine
    """Build the engine the options name, through the one factory (:func:`policyqa.engines.build_engine`)."""
    from .engines import build_engine

    options = engine_options(args)
    engine = build_engine(options)
    if options.lang == "en" and engine.name == "offline":
        sys.stderr.write("policyqa: note: the offline engine does not translate: with --lang en its headings and labels are English, quotes, measures and figures stay in the source's language\n")
    _BUILT.append(engine)
    return engine


_BUILT: list[Any] = []  # the engines this command built: what they could not cache is said at the end


def _engine_notes() -> list[str]:
    """One line per engine that could not write replies to its cache (a full disk)."""
    notes = [problem for e in _BUILT if (problem := getattr(getattr(e, "client", None), "cache_problem", None))]
    _BUILT.clear()
    return notes


# -- plans -----------------------------------------------------------------------------------
def cmd_plans(args: argparse.Namespace) -> int:
    plans = _plans(args)
    if args.json:
        _print_json([p.info() for p in plans])
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("id", "source", "region", "level", "title", "author", "date", "issuer"):
        table.add_column(col, overflow="fold")
    for p in plans:
        table.add_row(p.id, os.path.basename(p.source), p.region or "", p.level or "", p.title or "", p.author or "", p.date or "", p.issuer or "")
    Console(width=None if sys.stdout.isatty() else 200).print(table)  # piped: no folding at 80 columns
    return 0


def _add_plans(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plans", help="list the plans found in files and folders")
    add_path_arguments(p)
    p.add_argument("--json", action="store_true", help="print a JSON list of plan objects")
    p.set_defaults(func=cmd_plans)


# -- clean -----------------------------------------------------------------------------------
def cmd_clean(args: argparse.Namespace) -> int:
    plans = _plans(args)
    for i, p in enumerate(plans):
        if len(plans) > 1:
            sys.stdout.write(f"{'' if i == 0 else chr(10)}# {p.title or p.id} ({os.path.basename(p.source)})\n")
        sys.stdout.write(p.text.strip() + "\n")
    if args.report:
        seen: set[str] = set()
        for p in plans:
            if p.source not in seen:
                seen.add(p.source)
                rep = ", ".join(f"{k} {v}" for k, v in sorted(p.document.repairs.items())) or "nothing to repair"
                sys.stderr.write(f"{p.source}: {rep}\n")
    return 0


def _add_clean(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("clean", help="print the clean text of each plan")
    add_path_arguments(p)
    p.add_argument("--report", action="store_true", help="also print what was repaired and removed (to stderr)")
    p.set_defaults(func=cmd_clean)


# -- ask -------------------------------------------------------------------------------------
def cmd_ask(args: argparse.Namespace) -> int:
    plans = _plans(args)
    engine = engine_from_args(args)
    ans = engine.ask(args.question, args.corpus if args.corpus is not None else plans)
    if args.json:
        _print_json(ans.model_dump(mode="json"))
        return 0
    lines = [ans.answer]
    if ans.citations:
        lines.append("")
    for i, c in enumerate(ans.citations, 1):
        lines.append(f"[{i}] {citation_line(c, plans)}")
        lines.append(f"    {c.quote}")
    lines.append(f"({ans.engine or 'offline'} engine)")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


def _add_ask(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="answer a question from the plans, with citations (or say the plans do not say)")
    p.add_argument("question", metavar="QUESTION")
    add_path_arguments(p)
    p.add_argument("--json", action="store_true", help="print {question, answer, abstained, citations, engine}")
    add_engine_options(p)
    p.set_defaults(func=cmd_ask)


# -- index -----------------------------------------------------------------------------------
def cmd_index(args: argparse.Namespace) -> int:
    import time

    from .retrieval.store import cache_location, index

    skipped: list[InputError] = []
    args.skipped = skipped
    t = time.perf_counter()
    try:
        corpus = index(args.paths, args.out, tokenizer=args.tokenizer, workers=args.workers, merge=args.merge, on_skip=None if args.strict else skipped.append)
    finally:
        for e in skipped:
            sys.stderr.write(f"policyqa: skipped {e}\n")
    if not corpus.plans:
        raise InputError(None, f"nothing could be read from {' '.join(args.paths)}" + (f" ({len(skipped)} skipped, listed above)" if skipped else ""))
    info = corpus.stored or {}
    where = args.out or cache_location(args.paths, args.tokenizer)
    sys.stdout.write(f"{len(corpus.plans):,} plans, {len(corpus):,} passages from {info.get('files', 0):,} files in {where}\n"
                     f"  {info.get('read', 0):,} files read, {info.get('kept', 0):,} unchanged, {info.get('dropped', 0):,} dropped · "
                     f"{info.get('segments', 0)} segment{'s' if info.get('segments', 0) != 1 else ''} · {time.perf_counter() - t:.1f} s\n")
    return 0


def _add_index(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("index", help="index files and folders on disk (their plans, passages and the search index); run again, only what changed is read",
                       description="Index files and folders into a folder that every command takes in place of PATHs (memory-mapped: it opens at once). "
                                   "Run again (or give the index to any command), new files are added, changed ones read again and deleted ones dropped.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a plan: a text, HTML, markdown or PDF file, a CSV/JSON export of a text dataset, or a folder of them")
    p.add_argument("--out", "-o", metavar="DIR", help="the index folder (default: the index cache, $POLICYQA_CACHE_DIR/index or ~/.cache/policyqa/index, which commands given the same PATHs use)")
    p.add_argument("--tokenizer", choices=["bigram", "jieba"], default="bigram", help="how passages are cut into search tokens (default: CJK character bigrams)")
    p.add_argument("--workers", type=int, metavar="N", help="processes that read files at once (default: one per core)")
    p.add_argument("--merge", action="store_true", help="rewrite an index grown by updates as one segment (no file read again): searches as quick as after a whole build")
    p.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read (default: skip it, say so, go on, and exit 2 at the end)")
    p.set_defaults(func=cmd_index)


# -- repl ------------------------------------------------------------------------------------
def cmd_repl(args: argparse.Namespace) -> int:
    from .repl import Session, run

    plans = _plans(args) if args.paths else []
    session = Session(plans, engine=engine_from_args(args), lang=args.lang, options=engine_options(args), _corpus=getattr(args, "corpus", None))
    return run(session, json_lines=args.json)


def _add_repl(sub: argparse._SubParsersAction) -> None:
    from .repl import COMMANDS

    width = max(map(len, COMMANDS))
    commands = "\n".join(f"  {c.ljust(width)}  {h}" for c, h in COMMANDS.items())
    p = sub.add_parser(
        "repl",
        help="ask questions one after another (reads one per line when stdin is not a terminal)",
        description="Load the plans once, then ask questions in Chinese or English, or type a command.",
        epilog=f"commands in the session:\n{commands}\n\nscripted (stdin not a terminal): one question or command per line; exit 0, 2 when a line was a mistake, 1 when one failed",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_path_arguments(p, nargs="*")
    p.add_argument("--json", action="store_true", help="when scripted: one JSON object per line")
    add_engine_options(p)
    p.set_defaults(func=cmd_repl)


# -- summarize / targets ---------------------------------------------------------------------
def cmd_summarize(args: argparse.Namespace) -> int:
    from .render import render_summary as render

    plans = _plans(args)
    engine = engine_from_args(args)
    results = []
    for p, s in _each(plans, "summarize", engine.summarize):
        if args.lang and s.language != args.lang:
            s = s.model_copy(update={"language": args.lang})
        if not s.engine:
            s = s.model_copy(update={"engine": engine.name})
        _warn(p, s.warnings or p.warnings)
        results.append((p, s))
    if args.json:
        _print_json([{"plan": p.info(), "engine": engine.name, "summary": s.model_dump(mode="json")} for p, s in results])
        return 0
    fmt = "markdown" if args.markdown else "text"
    sys.stdout.write("\n".join(render(s, fmt, plan=p) for p, s in results))
    return 0


def _add_summarize(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("summarize", aliases=["summarise"], help="summarize each plan: overview, goals, key targets, measures by section, every sentence cited")
    add_path_arguments(p)
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print a JSON list of {plan, engine, summary}")
    out.add_argument("--markdown", action="store_true", help="print Markdown instead of plain text")
    add_engine_options(p)
    p.set_defaults(func=cmd_summarize)


def _each(plans: Sequence[Plan], task: str, fn: Callable[[Plan], Any]) -> list[tuple[Plan, Any]]:
    """``fn`` of each plan, in order, reporting progress (shown when it takes long)."""
    out = []
    for i, p in enumerate(plans, 1):
        out.append((p, fn(p)))
        progress.step(f"{task} of {len(plans)} plans", i, len(plans))
    return out


def _warn(p: Plan, warnings: Sequence[str]) -> None:
    for w in warnings:
        sys.stderr.write(f"policyqa: warning: {p.source}: {w}\n")


def _emit_rows(args: argparse.Namespace, engine: Any, results: list[tuple[Plan, list[Any]]], key: str, fields: Sequence[str], row: Callable[[Plan, Any], list[Any]]) -> bool:
    """``--json`` (a list of {plan, engine, KEY}) or ``--csv`` (one row per item); False when neither was asked."""
    if args.json:
        _print_json([{"plan": p.info(), "engine": engine.name, key: [x.model_dump(mode="json") for x in xs]} for p, xs in results])
        return True
    if args.csv:
        import csv

        w = csv.writer(sys.stdout)
        w.writerow(fields)
        for p, xs in results:
            for x in xs:
                w.writerow([*row(p, x), engine.name])
        return True
    return False


TARGET_CSV_FIELDS = ("plan_id", "region", "source", "metric", "value", "unit", "comparator", "year", "kind", "original", "start", "end", "quote", "engine")


def cmd_targets(args: argparse.Namespace) -> int:
    plans = _plans(args)
    engine = engine_from_args(args)
    results = _each(plans, "targets", engine.targets)
    for p, _ in results:
        _warn(p, p.warnings)

    def row(p: Plan, t: Any) -> list[Any]:
        c = t.citation
        return [p.id, p.region or "", p.source, t.metric, _num(t.value), t.unit or "", t.comparator or "", t.year or "", t.kind, t.original, c.start, c.end, c.quote]

    if _emit_rows(args, engine, results, "targets", TARGET_CSV_FIELDS, row):
        return 0
    sys.stdout.write("".join(targets_text(p, ts, engine.name) for p, ts in results))
    return 0


def targets_text(p: Plan, ts: Sequence[Any], engine: str) -> str:
    """One plan's figures as ``policyqa targets`` prints them."""
    lines = [f"# {p.region or '-'} · {os.path.basename(p.source)} · {len(ts)} figures ({engine} engine)"]
    for t in ts:
        when = " ".join(x for x in (str(t.year) if t.year else "", t.kind) if x)
        lines.append(f"  {t.metric}  {t.original}  [{when}]  {t.citation.start}–{t.citation.end}")
    return "\n".join(lines) + "\n"


def _num(v: float) -> str:
    from .structure.numbers import format_number

    return format_number(v)


def _add_targets(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("targets", help="every quantitative figure of each plan: metric, value, unit, comparator, year, target or result, citation")
    add_path_arguments(p)
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print a JSON list of {plan, engine, targets}")
    out.add_argument("--csv", action="store_true", help="print CSV, one row per figure")
    add_engine_options(p)
    p.set_defaults(func=cmd_targets)


# -- measures --------------------------------------------------------------------------------
MEASURE_CSV_FIELDS = ["plan_id", "region", "source", "section", "title", "units", "year", "targets", "start", "end", "engine"]


def cmd_measures(args: argparse.Namespace) -> int:
    plans = _plans(args)
    engine = engine_from_args(args)
    results = _each(plans, "measures", engine.measures)
    for p, _ in results:
        _warn(p, p.warnings)

    def row(p: Plan, m: Any) -> list[Any]:
        c = m.citations[0] if m.citations else None
        figures = "; ".join(f"{t.metric} {t.original}" for t in m.targets)
        return [p.id, p.region or "", p.source, " › ".join(m.section), m.title, "、".join(m.units), m.year or "", figures, c.start if c else "", c.end if c else ""]

    if _emit_rows(args, engine, results, "measures", MEASURE_CSV_FIELDS, row):
        return 0
    sys.stdout.write("".join(measures_text(p, ms, engine.name) for p, ms in results))
    return 0


def measures_text(p: Plan, ms: Sequence[Any], engine: str) -> str:
    """One plan's measures as ``policyqa measures`` prints them."""
    lines = [f"# {p.region or '-'} · {p.title or os.path.basename(p.source)} · {len(ms)} measures ({engine} engine)"]
    section: list[str] = []
    for i, m in enumerate(ms, 1):
        head = [s for s in m.section if not s.endswith("是")]
        if head and head != section:
            lines.append(f"  {' › '.join(head)}")
            section = head
        extra = "".join(f"  [{u}]" for u in m.units[:3]) + (f"  {m.year}" if m.year else "")
        lines.append(f"    {i:>2}. {m.title}{extra}")
        for t in m.targets:
            lines.append(f"        {t.metric} {t.original}")
        if m.citations:
            c = m.citations[0]
            lines.append(f"        {citation_line(c, p)}")
    return "\n".join(lines) + "\n"


def _add_measures(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("measures", help="the measures (举措) each plan lists, with their targets, units and citations")
    add_path_arguments(p)
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print a JSON list of {plan, engine, measures}")
    out.add_argument("--csv", action="store_true", help="print CSV, one row per measure")
    add_engine_options(p)
    p.set_defaults(func=cmd_measures)


# -- eval ------------------------------------------------------------------------------------
def cmd_eval(args: argparse.Namespace) -> int:
    from pathlib import Path

    from rich.console import Console

    from . import evals
    from .evals import report

    console = Console(stderr=True, soft_wrap=True)
    writable_dir(args.report)  # before the run: an unwritable --report is the user's to fix
    if args.save_baseline:
        writable_dir(Path(args.save_baseline).parent)
    cases = evals.of_split(evals.load_cases(args.cases), args.split)
    if not cases:
        raise InputError(args.cases, f"no cases in the {args.split} split")
    thresholds = None
    if not args.no_gate:  # bad inputs fail before the run
        thresholds = evals.load_thresholds(Path(args.thresholds) if args.thresholds else Path(args.cases).parent / "thresholds.yaml")
    baseline = evals.load_baseline(args.baseline) if args.baseline else None
    judge = None
    if args.judge:
        from .evals.scorers import LLMJudge

        judge_engine = get_judge_engine(args)
        judge = LLMJudge(judge_engine.client)
    if args.rescore:
        run = evals.rescore(args.rescore, cases, only=args.only, judge=judge)
    else:
        engine = engine_from_args(args)
        chosen = evals.select(cases, args.only)
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True) as bar:
            task = bar.add_task(f"eval {getattr(engine, 'name', '')}", total=len(chosen))
            saver = evals.ResultsWriter(Path(args.report) / evals.RESULTS_FILE, str(getattr(engine, "name", "")))
            run = evals.run(engine, chosen, judge=judge, on_result=saver,
                            progress=lambda n, total, case: bar.update(task, completed=n, description=f"eval {case.split} {case.id}"))
    gate = evals.check_gate(run, thresholds, require_all=not args.only and args.split in (None, "all")) if thresholds is not None else []
    if thresholds is None and run.results and run.passed == 0:
        gate = evals.check_gate(run, {})  # no thresholds, but a run in which every case failed is no run
    comparison = evals.compare(run, baseline) if baseline is not None else None
    out = report.write(run, args.report, comparison=comparison, gate=gate if thresholds is not None or gate else None, reveal_test=args.reveal_test)
    if args.save_baseline:
        evals.save_baseline(run, args.save_baseline)
    Console().print(report.table([run]))
    for line in gate:
        console.print(f"[red]gate failed[/red] {line}")
    if thresholds is None:
        console.print("not gated (--no-gate)")
    if comparison is not None:
        console.print(f"against {args.baseline}: {len(comparison.regressed)} regressed, {len(comparison.improved)} improved")
        for cid in comparison.regressed:
            console.print(f"[red]regressed[/red] {cid}: " + " | ".join(comparison.diffs.get(cid, [])[:3]))
    _, held = report.shown_failures(run, args.reveal_test)
    if held:
        console.print(f"{held} failing test cases held back: the test split is scored, not read (--reveal-test shows them)")
    console.print(f"report: {out / 'report.html'} · {out / 'report.md'} · {out / evals.RESULTS_FILE}")
    return 1 if gate or (comparison is not None and comparison.regressed) else 0


def get_judge_engine(args: argparse.Namespace):
    """The LLM engine whose client the judge uses: --engine llm/local itself, else the configured LLM endpoint."""
    if getattr(args, "engine", None) in ("llm", "local"):
        return engine_from_args(args)
    return engine_from_args(argparse.Namespace(**{**vars(args), "engine": "llm"}))


def _add_eval(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="run the labelled eval cases through an engine; report, compare with a baseline, gate (exit 1 on failure)")
    p.add_argument("--cases", default="evals/cases", metavar="DIR", help="questions*.yaml, questions/*.yaml and plans/*.yaml (default: evals/cases; format: evals/LABELING.md)")
    p.add_argument("--only", metavar="PATTERN", help="glob(s) over case id, kind, category, plan or genre, comma-separated: 'q0*', targets, '*兰州*', news")
    p.add_argument("--report", default="eval-report", metavar="DIR", help="where results.jsonl, report.md and report.html go (default: eval-report)")
    p.add_argument("--baseline", metavar="FILE", help="compare with a saved baseline: regressed cases fail the gate")
    p.add_argument("--save-baseline", metavar="FILE", help="save this run as a baseline")
    p.add_argument("--rescore", metavar="RUN", help="score a saved run (its report dir or results.jsonl) again, without calling any engine")
    p.add_argument("--split", choices=("seed", "dev", "test", "all"), default="all", help="run one split of the cases: seed (the five seed plans), dev (tune on it), test (held out: scored, not read), or all (default)")
    p.add_argument("--reveal-test", action="store_true", help="show failing test cases in the terminal and the report (held back by default: the test split is scored, not read)")
    p.add_argument("--thresholds", metavar="FILE", help="per-engine, per-split minimum scores (default: thresholds.yaml beside the cases dir; a missing file is an error)")
    p.add_argument("--no-gate", action="store_true", help="run without a thresholds file and without a gate")
    p.add_argument("--judge", action="store_true", help="also grade answers with an LLM judge (prompts/judge.md; the LLM endpoint configured for --engine llm); off by default")
    add_engine_options(p)
    p.set_defaults(func=cmd_eval)


# -- cache -----------------------------------------------------------------------------------
def cmd_cache(args: argparse.Namespace) -> int:
    from .engines.llm.cache import Cache

    cache = Cache(args.cache)
    if args.action == "clear":
        n = cache.clear()
        sys.stdout.write(f"removed {n} cached response{'s' if n != 1 else ''} from {cache.path}\n")
        return 0
    stats = cache.stats()
    if args.json:
        _print_json(stats)
        return 0
    sys.stdout.write(f"{stats['path']}\n  {stats['entries']:,} responses · {stats['bytes'] / 1e6:.2f} MB · {stats['hits']:,} hits · {stats['misses']:,} misses\n")
    return 0


def _add_cache(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("cache", help="the LLM response cache: stats (entries, size, hits, misses) or clear")
    p.add_argument("action", choices=["stats", "clear"])
    p.add_argument("--cache", metavar="PATH", help="the cache file (default: $POLICYQA_CACHE_DIR/llm.sqlite, else ~/.cache/policyqa/llm.sqlite)")
    p.add_argument("--json", action="store_true", help="stats as JSON")
    p.set_defaults(func=cmd_cache)


# -- batch -----------------------------------------------------------------------------------
def cmd_batch(args: argparse.Namespace) -> int:
    from . import batch
    from .engines.llm import batchapi

    plans = _plans(args)
    engine = engine_from_args(args)
    if args.per_second is not None and not (math.isfinite(args.per_second) and args.per_second > 0):
        raise InputError(None, f"--per-second must be a finite number above 0, not {args.per_second}")
    if args.submit:
        job = batchapi.submit(engine, plans, args.task)
        sys.stdout.write(f"{job.id}\n")
        sys.stderr.write(f"submitted {job.requests} requests for {len(plans)} plans as batch {job.id}; collect with: policyqa batch {args.task} {' '.join(args.paths)} --collect {job.id}\n")
        return 0
    if args.collect:
        got = batchapi.collect(engine, args.collect, plans, wait=not args.no_wait)
        sys.stderr.write(f"batch {args.collect}: {got}\n")
        if not got.complete:
            return 1
    try:
        label = f"batch {args.task}"
        shown = sys.stderr.isatty() or (lambda item, done, total: progress.step(label, done, total))  # a bar on a terminal, else a line now and then
        result = batch.run(engine, plans, args.task, concurrency=args.concurrency, progress=shown, per_second=args.per_second)
    except KeyboardInterrupt:
        sys.stderr.write("policyqa: interrupted; the answers received are cached: run the same command again to resume\n")
        return 130
    if args.json:
        text = json.dumps([
            {"plan": i.plan.info(), "engine": engine.name, "task": i.task, "error": i.error, "error_type": i.error_type, "skipped": i.skipped,
             "usage": i.usage, "output": _jsonable(i.output)}
            for i in result
        ], ensure_ascii=False, indent=2) + "\n"
    else:  # the results, as the single commands print them; how each plan went on stderr
        from .render import render_summary as render

        shown = {"summarize": lambda p, out: render(out, "text", plan=p), "measures": lambda p, out: measures_text(p, out, engine.name), "targets": lambda p, out: targets_text(p, out, engine.name)}[args.task]
        text = "\n".join(shown(i.plan, i.output) for i in result if i.ok)
        for i in result:
            where = f"{i.plan.region or '-'} · {os.path.basename(i.plan.source)} · {i.plan.id}"
            if i.ok:
                n = len(i.output) if isinstance(i.output, list) else None
                said = " (none in the plan)" if n == 0 else ""
                sys.stderr.write(f"ok      {where}" + (f" · {n} {i.task}{said}" if n is not None else "") + "\n")
            else:
                sys.stderr.write(f"{'skipped' if i.skipped else 'failed '} {where}" + (f" · {i.error}" if i.error else "") + "\n")
    if args.output:
        from .files import write_atomic

        try:
            write_atomic(args.output, text)
        except OSError as e:
            raise InputError(args.output, f"cannot write the results ({e.strerror or e}); the answers received are cached: run again to write them") from None
        sys.stderr.write(f"results written to {args.output}\n")
    else:
        sys.stdout.write(text)
    currency = getattr(getattr(engine, "usage", None), "currency", None)
    sys.stderr.write(f"{result} · {result.usage_line(currency)}\n")
    return 0 if len(result.done) == len(result) else 1


def _jsonable(obj: Any) -> Any:
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    if isinstance(obj, list):
        return [_jsonable(x) for x in obj]
    return obj


def _add_batch(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "batch",
        help="summaries, measures or targets of many plans at once (concurrent live calls, or the Batch API); resumes from the cache",
    )
    p.add_argument("task", choices=["summarize", "measures", "targets"])
    add_path_arguments(p)
    p.add_argument("--concurrency", type=int, default=16, metavar="N", help="plans in flight at once (default 16)")
    p.add_argument("--per-second", type=float, metavar="R", help="start at most R plans per second (for a provider's requests-per-minute limit)")
    p.add_argument("--json", action="store_true", help="print a JSON list of {plan, engine, task, error, error_type, skipped, usage, output}")
    p.add_argument("--output", "-o", metavar="FILE", help="write the results to FILE (whole or not at all) instead of stdout")
    api = p.add_mutually_exclusive_group()
    api.add_argument("--submit", action="store_true", help="send the requests through the provider's Batch API (/v1/batches) and print the batch id")
    api.add_argument("--collect", metavar="ID", help="wait for batch ID, store its responses in the cache, then print the results")
    p.add_argument("--no-wait", action="store_true", help="with --collect: do not wait; exit 1 if the batch is not finished")
    add_engine_options(p)
    p.set_defaults(func=cmd_batch)


# -- compare / track / indicators ------------------------------------------------------------
def _emit_table(args: argparse.Namespace, rows: list[Any], cls: type, title: str, empty: str) -> int:
    """Rows as a table for people, ``--json``, ``--csv`` or a self-contained ``--html FILE``."""
    from .analysis import tables

    if args.json:
        sys.stdout.write(tables.to_json(rows))
    elif args.csv:
        sys.stdout.write(tables.to_csv(rows, cls))
    elif args.html:
        tables.write(args.html, tables.to_html(rows, title=title))
        sys.stderr.write(f"wrote {len(rows)} rows to {args.html}\n")
    elif not rows:
        sys.stderr.write(empty + "\n")
    else:
        from rich.console import Console

        Console(width=None if sys.stdout.isatty() else 220).print(tables.rich_table(rows))
    return 0


def _add_table_outputs(p: argparse.ArgumentParser) -> None:
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print a JSON list of rows (citations nested)")
    out.add_argument("--csv", action="store_true", help="print CSV, one row per line (citation.start, citation.quote … as columns)")
    out.add_argument("--html", metavar="FILE", help="write a self-contained HTML page: a sortable table and a bar chart per indicator")


def cmd_compare(args: argparse.Namespace) -> int:
    from .analysis.comparison import CompareRow, compare

    plans = _plans(args)
    rows = compare(plans, indicator=args.indicator, year=args.year, kind=args.kind, engine=engine_from_args(args))
    what = " ".join(x for x in (args.kind or "figures", f"of {args.indicator}" if args.indicator else "", f"for {args.year}" if args.year else "") if x)
    return _emit_table(args, rows, CompareRow, f"policyqa compare · {what}", f"no {what} in {len(plans)} plans")


def _add_compare(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("compare", help="one indicator across plans: one cited row per plan and figure (region, plan, indicator, value, year, kind)")
    add_path_arguments(p)
    p.add_argument("--indicator", metavar="NAME", help="gdp, gdp.level, rd_intensity … (policyqa indicators lists them), a Chinese or English name, or a metric's own words")
    p.add_argument("--year", type=int, metavar="Y", help="only figures for this year")
    p.add_argument("--kind", choices=["target", "result"], help="only targets, or only results")
    _add_table_outputs(p)
    add_engine_options(p)
    p.set_defaults(func=cmd_compare)


def cmd_track(args: argparse.Namespace) -> int:
    from .analysis.comparison import plan_year
    from .analysis.tracking import TrackRow, track

    if not 0 <= args.tolerance <= 10:
        raise InputError("--tolerance", f"percentage points between 0 and 10 (0.5: 6%左右 is met by 5.5%–6.5%), got {args.tolerance}")
    plans = _plans(args)
    rows = track(plans, engine=engine_from_args(args), indicator=args.indicator, region=args.region, tolerance=args.tolerance, unlisted=args.all)
    no_region = [p for p in plans if not p.region] if not args.region else []
    no_year = [p for p in plans if plan_year(p) is None]
    for label, ps in (("no region (give --region NAME if they are one region's reports)", no_region), ("no year of their own (their targets cannot be placed)", no_year)):
        if ps:
            names = ", ".join(os.path.basename(p.source) for p in ps[:3]) + (f" and {len(ps) - 3} more" if len(ps) > 3 else "")
            sys.stderr.write(f"{len(ps)} plans left out, {label}: {names}\n")
    what = f"targets of {args.indicator}" if args.indicator else "targets"
    return _emit_table(args, rows, TrackRow, f"policyqa track · {what} against later results",
                       f"no {what} to track in {len(plans)} plans (a target needs a later report of the same region)")


def _add_track(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("track", help="each target against the result a later report of the same region gives for its year: met, not met or unclear")
    add_path_arguments(p)
    p.add_argument("--indicator", metavar="NAME", help="only this indicator (as compare takes it)")
    p.add_argument("--region", metavar="NAME", help="treat every plan given as a report of this region (when their regions are missing or wrong)")
    p.add_argument("--tolerance", type=float, default=0.5, metavar="POINTS", help="what 左右/约 allows for a figure in %% or 百分点, in percentage points (default 0.5: 6%%左右 is met by 5.5%%–6.5%%; other units: within 5%% of the target)")
    p.add_argument("--all", action="store_true", help="also pair figures whose metric the indicator table does not list (grouped by their words; loose)")
    _add_table_outputs(p)
    add_engine_options(p)
    p.set_defaults(func=cmd_track)


def cmd_indicators(args: argparse.Namespace) -> int:
    from .analysis.indicators import describe, load_table

    table = load_table()
    if args.json:
        _print_json({"version": table.version, "indicators": describe(table)})
        return 0
    lines = [f"indicator table version {table.version} ({table.source})"]
    for i in table.indicators:
        lines.append(f"  {i.id:<28} {i.zh} · {i.en} · {i.default}{' (a rate)' if i.rate else ''} · better {i.better}")
        lines.append(f"  {'':<28} aliases: {'、'.join(a for a in i.aliases)}")
    lines.append("Other measures take a suffix: gdp.level (亿元), gdp.points (百分点), gdp.avg_growth (年均).")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


def _add_indicators(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("indicators", help="the canonical indicators compare and track group figures by, with their aliases")
    p.add_argument("--json", action="store_true", help="print {version, indicators}")
    p.set_defaults(func=cmd_indicators)


# Each command registers itself here; the order is the order of `policyqa --help`.
COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [_add_plans, _add_clean, _add_summarize, _add_measures, _add_targets, _add_ask, _add_repl, _add_eval, _add_batch, _add_cache]
COMMANDS += [_add_index]
COMMANDS += [_add_compare, _add_track, _add_indicators]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="policyqa", description="Summaries, measures and cited answers for Chinese regional development plans.")
    parser.add_argument("--version", action="version", version=f"policyqa {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for add in COMMANDS:
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _run(args)
    finally:
        for note in _engine_notes():
            sys.stderr.write(f"policyqa: warning: {redact(note)}\n")


def _run(args: argparse.Namespace) -> int:
    try:
        with progress.shown(sys.stderr):
            status = int(args.func(args) or 0)
        skipped = getattr(args, "skipped", None)
        if skipped and status == 0:
            n = len(skipped)
            sys.stderr.write(f"policyqa: {n} file{'s' if n != 1 else ''} skipped (listed above); the others were read (--strict stops at the first)\n")
            status = InputError.exit_code
        return status
    except PolicyQAError as e:
        sys.stderr.write(f"policyqa: error: {redact(str(e))}\n")
        return e.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("policyqa: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # an internal error: one line unless debugging
        if os.environ.get("POLICYQA_DEBUG"):
            raise
        sys.stderr.write(f"policyqa: internal error: {type(e).__name__}: {redact(str(e))} (set POLICYQA_DEBUG=1 for a traceback)\n")
        return 1


if __name__ == "__main__":
    sys.exit(main())
