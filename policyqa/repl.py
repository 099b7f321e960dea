"""The REPL: load plans once, then ask one question after another, with the sources beside each answer.

:class:`Session` is the library side (no terminal needed): it holds the plans, the search
index, the engine, the scope (all plans or one chosen with ``/use``), the language and the
transcript, and turns one line — a question or a ``/command`` — into a :class:`Reply`.
:func:`run` is the terminal side: a prompt_toolkit loop (history, completion, Chinese input,
multi-line paste, Ctrl-C cancels an answer, Ctrl-D leaves) when stdin is a terminal, and one
line in → one answer out when it is not (``json=True``: one JSON object per line).

A user's mistake (an unknown command, a missing argument, a path that cannot be read, an unknown
engine) is one line, and the session goes on. When scripted, the exit status says what happened
on the way: 0 when every line went through, 2 when some line was a user's mistake, 1 when an
internal error or a failed service call happened. An interactive session ends with 0.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence, TextIO

from .errors import ConfigError, InputError, PolicyQAError
from .engines.llm.redact import redact
from .render import citation_line

if TYPE_CHECKING:
    from .models import Answer, Citation
    from .retrieval.corpus import Corpus
    from .engines import Engine
    from .structure.plan import Plan

COMMANDS = {
    "/help": "this list",
    "/plans": "the plans loaded, numbered",
    "/load": "PATH — add the plans of a file or folder (or an index: policyqa index)",
    "/use": "N | REGION | all — ask about one plan, or all of them",
    "/summary": "the summary of the plan in use",
    "/measures": "the measures of the plan in use, with their targets",
    "/targets": "the numeric targets of the plan in use",
    "/compare": "INDICATOR — that indicator across every plan loaded: gdp, cpi, gdp.level … (cited)",
    "/track": "[INDICATOR] — each target against the result a later report of its region gives",
    "/sources": "the full passages behind the last answer",
    "/engine": "NAME — switch engine (offline, llm, local)",
    "/lang": "zh | en — language of answers",
    "/cost": "tokens and cost so far",
    "/save": "FILE — the transcript as Markdown, with citations",
    "/quit": "leave (Ctrl-D too)",
}


@dataclass
class Reply:
    """What one line produced: text for people, data for ``--json``, and whether to leave."""

    text: str = ""
    data: dict[str, Any] | None = None
    quit: bool = False
    answer: Answer | None = None
    mistake: bool = False  # the line was a user's mistake: ``text`` says which, and the session goes on


@dataclass
class Turn:
    question: str
    answer: Answer
    scope: str


@dataclass
class Session:
    """A question-answering session over a fixed set of plans."""

    plans: list[Plan]
    engine: Engine | None = None
    lang: str = "zh"
    scope: Plan | None = None  # None: every plan
    options: Any = None  # the EngineOptions the session's engines are built from (/engine keeps them)
    transcript: list[Turn] = field(default_factory=list)
    _corpus: Corpus | None = None

    def __post_init__(self) -> None:
        _LOADED.update((p.id, p) for p in self.plans)
        from .engines import EngineOptions, build_engine

        if self.options is None:
            self.options = EngineOptions(lang=self.lang)
        if self.engine is None:
            self.engine = build_engine(self.options.with_(lang=self.lang))

    # -- what the session knows ------------------------------------------------------------
    @property
    def corpus(self) -> Corpus:
        """The search index over every plan, built once."""
        if self._corpus is None:
            from .retrieval.corpus import Corpus

            self._corpus = Corpus(self.plans)
            _LOADED.update((p.id, p) for p in self.plans)
        return self._corpus

    @property
    def target(self) -> Corpus | list[Plan]:
        return [self.scope] if self.scope is not None else self.corpus

    @property
    def scope_label(self) -> str:
        return plan_label(self.scope) if self.scope is not None else f"all {len(self.plans)} plans"

    @property
    def last(self) -> Answer | None:
        return self.transcript[-1].answer if self.transcript else None

    def regions(self) -> list[str]:
        return sorted({p.region for p in self.plans if p.region})

    def banner(self) -> str:
        hint = "/help for commands" if self.plans else "/load PATH to add plans, /help for commands"
        return f"{len(self.plans)} plans loaded · engine: {self.engine.name} · {hint}"

    # -- one line ---------------------------------------------------------------------------
    def ask(self, question: str) -> Answer:
        ans = self.engine.ask(question, self.target)
        self.transcript.append(Turn(question, ans, self.scope_label))
        return ans

    def ask_stream(self, question: str) -> Iterator[str | Answer]:
        """Chunks of the answer as the engine writes them (LLM engines stream), then the Answer."""
        stream = getattr(self.engine, "ask_stream", None)
        if stream is None:
            yield self.ask(question)
            return
        for piece in stream(question, self.target):
            if not isinstance(piece, str):  # the Answer, after the chunks
                self.transcript.append(Turn(question, piece, self.scope_label))
            yield piece

    def execute(self, line: str) -> Reply:
        """Run one line: a ``/command`` or a question."""
        line = line.strip()
        if not line:
            return Reply()
        if not line.startswith("/"):
            ans = self.ask(line)
            return Reply(render_answer(ans), ans.model_dump(mode="json"), answer=ans)
        name, _, arg = line.partition(" ")
        arg = arg.strip()
        handler = getattr(self, "cmd_" + name[1:], None)
        if name not in COMMANDS or handler is None:
            return Reply(f"unknown command {name}; /help lists them", mistake=True)
        return handler(arg)

    # -- commands ---------------------------------------------------------------------------
    def cmd_help(self, arg: str) -> Reply:
        width = max(map(len, COMMANDS))
        lines = ["Type a question (中文 or English) to ask it of the plans in scope, or a command:"]
        lines += [f"  {c.ljust(width)}  {h}" for c, h in COMMANDS.items()]
        return Reply("\n".join(lines))

    def cmd_plans(self, arg: str) -> Reply:
        lines = []
        for i, p in enumerate(self.plans, 1):
            mark = "*" if p is self.scope else " "
            lines.append(f"{mark}{i:>3}  {p.region or '-'}  {p.title or '(no title)'}  [{Path(p.source).name}]")
        return Reply("\n".join(lines), {"plans": [p.info() for p in self.plans]})

    def cmd_load(self, arg: str) -> Reply:
        if not arg:
            return Reply("/load PATH: give a file or folder", mistake=True)
        skipped: list[InputError] = []
        path = os.path.expanduser(arg)
        from .retrieval.store import is_index, open_index

        index = open_index(path, on_skip=skipped.append) if not self.plans and is_index(path) else None  # its search index too
        new = index.plans if index is not None else load_plans([path], on_skip=skipped.append)
        if not new and len(skipped) == 1:
            raise skipped[0]
        self.plans.extend(new)
        _LOADED.update((p.id, p) for p in new)
        self._corpus = index
        lines = [f"{len(new)} plans added; {len(self.plans)} in all"] + [f"skipped {e}" for e in skipped]
        return Reply("\n".join(lines), {"added": len(new), "plans": len(self.plans), "skipped": [str(e) for e in skipped]}, mistake=bool(skipped))

    def cmd_use(self, arg: str) -> Reply:
        if not arg or arg.lower() == "all":
            self.scope = None
        elif arg.isdigit():
            n = int(arg)
            if not 1 <= n <= len(self.plans):
                return Reply(f"no plan {n}: choose 1–{len(self.plans)} (/plans lists them)", mistake=True)
            self.scope = self.plans[n - 1]
        else:
            found = [p for p in self.plans if p.region and (arg == p.region or arg in p.region)]
            if not found:
                return Reply(f"no plan for {arg!r}; regions: {', '.join(self.regions()) or 'none'}", mistake=True)
            if len(found) > 1:
                nums = ", ".join(str(self.plans.index(p) + 1) for p in found)
                return Reply(f"{len(found)} plans for {arg!r} (numbers {nums}): choose one with /use N", mistake=True)
            self.scope = found[0]
        return Reply(f"scope: {self.scope_label}")

    def _one_plan(self) -> Plan | Reply:
        if self.scope is not None:
            return self.scope
        if len(self.plans) == 1:
            return self.plans[0]
        return Reply("this works on one plan: choose it with /use N or /use REGION (/plans lists them)", mistake=True)

    def cmd_summary(self, arg: str) -> Reply:
        plan = self._one_plan()
        if isinstance(plan, Reply):
            return plan
        s = self.engine.summarize(plan)
        try:
            from .render import render_summary as render

            text = render(s, fmt="text", plan=plan)
        except ImportError:
            text = "\n".join(c.text for c in s.overview + s.goals)
        return Reply(text, s.model_dump(mode="json"))

    def cmd_measures(self, arg: str) -> Reply:
        plan = self._one_plan()
        if isinstance(plan, Reply):
            return plan
        ms = self.engine.measures(plan)
        lines = [f"{len(ms)} measures in {plan_label(plan)}"]
        for i, m in enumerate(ms, 1):
            path = " › ".join(m.section)
            lines.append(f"{i:>3}. {m.title}" + (f"  ({path})" if path else ""))
            if m.units:
                lines.append(f"     units: {'、'.join(m.units)}")
            for t in m.targets:
                lines.append(f"     target: {t.metric} {t.original}" + (f" ({t.year})" if t.year else ""))
            if m.citations:
                c = m.citations[0]
                lines.append(f"     {location(c)}")
        return Reply("\n".join(lines), {"measures": [m.model_dump(mode="json") for m in ms]})

    def cmd_targets(self, arg: str) -> Reply:
        plan = self._one_plan()
        if isinstance(plan, Reply):
            return plan
        ts = self.engine.targets(plan)
        lines = [f"{len(ts)} figures in {plan_label(plan)}"]
        for t in ts:
            year = f" {t.year}" if t.year else ""
            lines.append(f"  [{t.kind}]{year} {t.metric}: {t.original}  — {location(t.citation)}")
        return Reply("\n".join(lines), {"targets": [t.model_dump(mode="json") for t in ts]})

    def cmd_compare(self, arg: str) -> Reply:
        if not arg:
            from .analysis.indicators import load_table

            return Reply("/compare INDICATOR: one of " + ", ".join(load_table().ids) + " (or gdp.level, a Chinese name, a metric's words)")
        from .analysis.comparison import compare

        rows = compare(self.plans, indicator=arg, engine=self.engine)
        lines = [f"{len(rows)} figures of {arg} in {len({r.plan_id for r in rows})} of {len(self.plans)} plans"]
        for r in rows:
            year = f" {r.year}{'*' if r.year_inferred else ''}" if r.year else ""
            lines.append(f"  {r.region or '-'}{year} [{r.kind}] {r.indicator} {r.original}  ({r.metric}) — {location(r.citation)}")
        return Reply("\n".join(lines), {"rows": [r.model_dump(mode="json") for r in rows]})

    def cmd_track(self, arg: str) -> Reply:
        from .analysis.tracking import track

        rows = track(self.plans, engine=self.engine, indicator=arg or None)
        counts = {v: sum(r.verdict == v for r in rows) for v in ("met", "exceeded", "not_met", "unclear")}
        lines = [f"{len(rows)} targets tracked: {counts['met']} met, {counts['exceeded']} exceeded, {counts['not_met']} not met, {counts['unclear']} unclear"]
        for r in rows:
            lines.append(f"  {r.region or '-'} {r.year} {r.indicator}: target {r.target_original} → {r.result_original or 'no figure'}: {r.verdict.replace('_', ' ')}")
            lines.append(f"     target {location(r.target_citation)}" + (f" · result {location(r.result_citation)}" if r.result_citation else ""))
        return Reply("\n".join(lines), {"rows": [r.model_dump(mode="json") for r in rows]})

    def cmd_sources(self, arg: str) -> Reply:
        ans = self.last
        if ans is None:
            return Reply("no answer yet: ask a question first", mistake=True)
        if not ans.citations:
            return Reply("the last answer cites nothing")
        by_id = {p.id: p for p in self.plans}
        lines = []
        for i, c in enumerate(ans.citations, 1):
            plan = by_id.get(c.plan_id)
            lines.append(f"[{i}] {location(c)}")
            lines.append("    " + (passage_around(plan, c) if plan else c.quote))
        return Reply("\n".join(lines))

    def cmd_engine(self, arg: str) -> Reply:
        if not arg:
            return Reply(f"engine: {self.engine.name}")
        from .engines import build_engine

        options = self.options.with_(name=arg, lang=self.lang)  # the session's cache, endpoint and budget stay
        self.engine, self.options = build_engine(options), options
        return Reply(f"engine: {self.engine.name}")

    def cmd_lang(self, arg: str) -> Reply:
        if arg not in ("zh", "en"):
            return Reply(f"language: {self.lang} (choose zh or en)", mistake=bool(arg))
        self.lang = arg
        if hasattr(self.engine, "lang"):
            self.engine.lang = arg
        return Reply(f"language: {arg}")

    def cmd_cost(self, arg: str) -> Reply:
        usage = getattr(self.engine, "usage", None)
        if usage is None or (not getattr(usage, "calls", 0) and not getattr(usage, "total_tokens", 0)):
            return Reply(f"{self.engine.name} engine: no tokens, no cost", {"engine": self.engine.name, "usage": None})
        data = usage.as_dict() if hasattr(usage, "as_dict") else {}
        return Reply(f"{self.engine.name} engine: {usage}", {"engine": self.engine.name, "usage": data})

    def cmd_save(self, arg: str) -> Reply:
        if not arg:
            return Reply("/save FILE: give a file name", mistake=True)
        path = Path(arg).expanduser()
        save_transcript(self.transcript, path, self.plans)
        return Reply(f"saved {len(self.transcript)} answers to {path}")

    def cmd_quit(self, arg: str) -> Reply:
        return Reply(quit=True)


# -- rendering -------------------------------------------------------------------------------
def plan_label(plan: Plan) -> str:
    return " · ".join(x for x in (plan.region, plan.title or Path(plan.source).name) if x)


def location(c: Citation) -> str:
    """Where a citation points (:func:`policyqa.render.citation_line`), with its line when its
    plan is loaded in a session."""
    return citation_line(c, _LOADED)


_LOADED: dict[str, Plan] = {}  # plan id → plan, of every plan a session has loaded (for line numbers)


def render_answer(ans: Answer) -> str:
    """The answer with numbered citations, then each cited quote with plan, region and location."""
    marks = "".join(f"[{i}]" for i in range(1, len(ans.citations) + 1))
    lines = [ans.answer + (" " + marks if marks else "")]
    for i, c in enumerate(ans.citations, 1):
        lines.append(f"  [{i}] {location(c)}")
        lines.append(f"      “{c.quote}”")
    return "\n".join(lines)


def passage_around(plan: Plan, c: Citation) -> str:
    """The paragraph of ``plan`` that holds the citation (what /sources shows)."""
    for p in plan.passages:
        if p.kind == "paragraph" and p.start <= c.start and c.end <= p.end:
            return p.text
    return c.quote


def save_transcript(turns: Sequence[Turn], path: Path, plans: Sequence[Plan] = ()) -> None:
    """Write the transcript as Markdown (atomically: a failed write leaves no half file)."""
    out = ["# policyqa session", ""]
    for t in turns:
        out += [f"## {t.question}", "", f"*{t.scope} · {t.answer.engine or 'engine'}*", "", t.answer.answer, ""]
        for i, c in enumerate(t.answer.citations, 1):
            out.append(f"{i}. {location(c)}: “{c.quote}”")
        out.append("")
    from .files import write_atomic

    try:
        write_atomic(path, "\n".join(out))
    except OSError as e:  # a full disk, a folder that cannot be written: the previous file is left as it was
        raise InputError(str(path), e.strerror or str(e)) from None


# -- the terminal ----------------------------------------------------------------------------
def load_plans(paths: Sequence[str], *, on_skip: Callable[[InputError], None] | None = None) -> list[Plan]:
    """Read plans from paths (``on_skip``: as for :func:`policyqa.load`); reading a folder
    reports its progress (:mod:`policyqa.progress`), which the command line shows."""
    from .structure.plan import load

    return load(paths, on_skip=on_skip)


def history_path() -> Path:
    env = os.environ.get("POLICYQA_HISTORY")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "policyqa" / "repl_history"


def run(session: Session, *, stdin: TextIO | None = None, stdout: TextIO | None = None, json_lines: bool = False) -> int:
    """Run the session: interactive on a terminal, one line in → one answer out otherwise."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    if stdin.isatty() and stdout.isatty() and not json_lines:
        return _interactive(session)
    return run_lines(session, stdin, stdout, json_lines=json_lines)


def run_lines(session: Session, lines: TextIO | Sequence[str], out: TextIO, *, json_lines: bool = False) -> int:
    """Scripted use: each line is a question or a command; errors are one line and the run goes on.

    Returns 0, 2 when some line was a user's mistake, 1 when some line failed otherwise.
    """
    mistakes = failures = 0
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            reply = session.execute(line)
        except (InputError, ConfigError) as e:
            mistakes += 1
            _emit_error(out, line, str(e), json_lines)
            continue
        except PolicyQAError as e:
            failures += 1
            _emit_error(out, line, str(e), json_lines)
            continue
        except Exception as e:  # an internal error: one line, and the session goes on
            failures += 1
            _emit_error(out, line, f"internal error: {type(e).__name__}: {e}", json_lines)
            continue
        if reply.quit:
            break
        if reply.mistake:
            mistakes += 1
            if json_lines and reply.data is None:
                _emit_error(out, line, reply.text, json_lines)
                continue
        if json_lines:
            data = reply.data if reply.data is not None else {"command": line, "text": reply.text}
            if reply.answer is not None:
                data = {**data, "scope": session.scope_label}
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif reply.text:
            out.write(reply.text + "\n\n")
        out.flush()
    return 1 if failures else 2 if mistakes else 0


def _emit_error(out: TextIO, line: str, message: str, json_lines: bool) -> None:
    message = redact(message)
    if json_lines:
        out.write(json.dumps({"command": line, "error": message}, ensure_ascii=False) + "\n")
    else:
        out.write(f"error: {message}\n\n")
    out.flush()


def _interactive(session: Session) -> int:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.completion import WordCompleter
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    hist_file = history_path()
    try:
        hist_file.parent.mkdir(parents=True, exist_ok=True)
        history: Any = FileHistory(str(hist_file))
    except OSError:
        history = InMemoryHistory()
    words = list(COMMANDS) + session.regions() + ["all", "zh", "en", "offline", "llm", "local"]
    prompt = PromptSession(history=history, completer=WordCompleter(words, sentence=True), complete_while_typing=False)
    print(session.banner(), flush=True)
    while True:
        try:
            line = prompt.prompt(_prompt_text(session))
        except KeyboardInterrupt:  # Ctrl-C at the prompt: a fresh line
            continue
        except EOFError:  # Ctrl-D
            print("bye")
            return 0
        line = " ".join(line.split("\n")).strip() if "\n" in line else line.strip()
        if not line:
            continue
        try:
            if line.startswith("/"):
                reply = session.execute(line)
                if reply.quit:
                    print("bye")
                    return 0
                print(reply.text + "\n", flush=True)
            else:
                _stream_answer(session, line, print_=lambda s: (sys.stdout.write(s), sys.stdout.flush()))
        except KeyboardInterrupt:
            print("\n(cancelled)", flush=True)
        except PolicyQAError as e:
            print(f"error: {redact(str(e))}", flush=True)
        except Exception as e:  # an internal error: one line, and the session goes on
            if os.environ.get("POLICYQA_DEBUG"):
                raise
            print(f"internal error: {type(e).__name__}: {redact(str(e))}", flush=True)


def _prompt_text(session: Session) -> str:
    where = session.scope.region or "1 plan" if session.scope is not None else "all"
    return f"policyqa[{where}]> "


def _stream_answer(session: Session, question: str, *, print_: Callable[[str], Any]) -> None:
    started = False
    for piece in session.ask_stream(question):
        if not isinstance(piece, str):  # the Answer, after the chunks
            if started:  # the text is on screen already: add the marks and the sources
                print_("\n")
                body = render_answer(piece).split("\n", 1)
                print_((body[1] if len(body) > 1 else "") + "\n\n")
            else:
                print_(render_answer(piece) + "\n\n")
        else:
            started = True
            print_(piece)
    time.sleep(0)
