"""Many plans at once: live calls with bounded concurrency, or the OpenAI-compatible Batch API.

Live (``run``): worker threads each take the next plan and run its task, at most ``concurrency``
requests in flight at once. An engine that can hold its requests to a number of slots (the LLM
engine: ``request_slots``) gets twice as many threads as slots: a thread holds a slot only from
sending a request to reading its reply, so the next plan's request leaves as soon as a reply comes
back, while that reply is validated and grounded (at 64 at once, checking 64 replies one after
another under the GIL held every second wave back); inside the slots a plan builds its request and
judges its reply in its turn, one plan at a time, so that the threads writing requests and reading
replies wait for the GIL behind one thread at work, not 64; other engines get ``concurrency`` threads. An
optional cap on how many calls start per second (no event loop between a plan and the next: under
64 threads busy with their replies, each hop through one cost milliseconds of waiting for the GIL);
the engine's client retries 429s (honouring Retry-After) and 5xx. A plan that fails is recorded
with its one-line error and the others go on; a budget stop or a configuration error (a rejected
key) stops the run. Every response goes through the engine's cache, so a run that was
interrupted resumes where it stopped: the plans already done are answered from the cache.

    result = batch.run(engine, plans, "measures", concurrency=16)
    for item in result:
        print(item.plan.id, item.error or len(item.output))

Batch API (``submit`` / ``poll`` / ``collect``, in :mod:`policyqa.engines.llm.batchapi`, which builds on this module):
requests are written as JSONL to ``/v1/files``, a ``/v1/batches`` job is created and polled, and
its output file's responses are stored in the engine's cache under the keys a live call would
use, so the live run that follows is answered from the cache.
"""

from __future__ import annotations

import contextlib
import contextvars
import gc
import math
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

from .errors import BudgetExceeded, Cancelled, ConfigError, InputError

if TYPE_CHECKING:
    from .engines import Engine
    from .structure.plan import Plan

TASKS = ("summarize", "measures", "targets")


@dataclass(frozen=True)
class BatchItem:
    """One plan's outcome: its output, or the one-line error that stopped it."""

    plan: Plan
    task: str
    output: Any = None
    error: str | None = None
    seconds: float = 0.0
    skipped: bool = False  # never started (the run stopped first)
    usage: dict | None = None  # what this plan's calls used, failed ones included (an engine with ``scope``)
    error_type: str | None = None  # the error's class: LLMError, QuotaExceeded, ValidationFailed …

    @property
    def ok(self) -> bool:
        return self.error is None and not self.skipped


@dataclass(frozen=True)
class BatchResult:
    """The outcome of a batch, in the order of the plans given."""

    task: str
    items: tuple[BatchItem, ...]
    seconds: float
    usage: dict = field(default_factory=dict)  # what this run spent (engine.usage after minus before)
    stopped: str | None = None  # why the run stopped early (a budget), else None

    def __iter__(self) -> Iterator[BatchItem]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @property
    def done(self) -> list[BatchItem]:
        return [i for i in self.items if i.ok]

    @property
    def failed(self) -> list[BatchItem]:
        return [i for i in self.items if i.error is not None]

    @property
    def skipped(self) -> list[BatchItem]:
        return [i for i in self.items if i.skipped]

    def __str__(self) -> str:
        parts = [f"{len(self.done)} of {len(self.items)} plans done", f"{len(self.failed)} failed"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} not started")
        line = ", ".join(parts) + f" in {self.seconds:.1f} s"
        return line + (f" (stopped: {self.stopped})" if self.stopped else "")

    def usage_line(self, currency: str | None = None) -> str:
        """What the run's calls used: calls (every HTTP attempt), failed calls, cached, tokens, cost, dropped claims."""
        return usage_line(self.usage, currency)


def usage_line(usage: dict, currency: str | None = None) -> str:
    """``12 calls, 2 failed, 4 cached · 12,345 tokens · cost 0.0123 USD`` from a Usage's dict."""
    if not usage:
        return "no model calls"
    calls = usage.get("calls", 0)
    line = f"{calls} call{'s' if calls != 1 else ''}, {usage.get('failed_calls', 0)} failed, {usage.get('cached_calls', 0)} cached"
    line += f" · {usage.get('total_tokens', 0):,} tokens"
    cost = usage.get("cost")
    line += " · cost unknown" if cost is None else f" · cost {cost:.4f}" + (f" {currency}" if currency else "")
    if usage.get("dropped_claims"):
        line += f" · {usage['dropped_claims']} ungrounded claim{'s' if usage['dropped_claims'] != 1 else ''} dropped"
    return line


def one_line(error: BaseException) -> str:
    """An error as one line: its type and its first line (credentials masked)."""
    from .engines.llm.redact import redact

    text = redact(str(error)).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else ''}".rstrip(": ")


def _usage_dict(engine: Any) -> dict:
    u = getattr(engine, "usage", None)
    if u is None:
        return {}
    if callable(u):
        u = u()
    return dict(u.as_dict()) if hasattr(u, "as_dict") else {}


def _delta(before: dict, after: dict) -> dict:
    out = {}
    for k, v in after.items():
        b = before.get(k)
        if isinstance(v, (int, float)) and isinstance(b, (int, float)):
            out[k] = v - b
        else:
            out[k] = v
    return out


class _Pacer:
    """Spaces call starts at least ``1 / per_second`` apart (None: no spacing); thread-safe."""

    def __init__(self, per_second: float | None):
        self.gap = 1.0 / per_second if per_second else 0.0
        self.next = 0.0
        self.lock = threading.Lock()

    def wait(self, stop: threading.Event) -> None:
        if not self.gap:
            return
        with self.lock:  # each caller books the next free start
            now = time.monotonic()
            at = max(now, self.next)
            self.next = at + self.gap
        if at > now:
            stop.wait(at - now)


def run(
    engine: Engine,
    plans: Sequence[Plan],
    task: str = "summarize",
    *,
    concurrency: int = 16,
    progress: bool | Callable[[BatchItem, int, int], None] = True,
    per_second: float | None = None,
) -> BatchResult:
    """Run ``engine.<task>(plan)`` for every plan, ``concurrency`` at a time.

    ``progress`` is True for a progress bar on stderr, False for none, or a callable
    ``(item, done, total)`` called as each plan finishes (raising from it stops the run).
    ``per_second`` caps how many plans start per second. A KeyboardInterrupt stops starting
    plans, lets the calls under way finish (their responses are cached) and is raised again.
    An engine with a ``warm()`` (the LLM engine: its tokenizer and dictionaries) is warmed once
    first; the result's ``seconds`` count from the start of the first plan. While the plans run,
    the objects alive before them are left out of the cyclic collector's full passes (see ``_freeze``).
    """
    if task not in TASKS:
        raise InputError(None, f"unknown batch task {task!r}; choose one of {', '.join(TASKS)}")
    if concurrency < 1:
        raise InputError(None, f"--concurrency must be at least 1, not {concurrency}")
    if per_second is not None and not (isinstance(per_second, (int, float)) and math.isfinite(per_second) and per_second > 0):
        raise InputError(None, f"--per-second must be a finite number above 0, not {per_second}")
    fn = getattr(engine, task, None)
    if fn is None:
        raise ConfigError(f"the {getattr(engine, 'name', type(engine).__name__)} engine has no {task}")
    plans = list(plans)
    _warm(engine, plans)
    before = _usage_dict(engine)
    t0 = time.perf_counter()
    bar = _Bar(task, len(plans), getattr(engine, "name", "")) if progress is True else None
    callback = progress if callable(progress) else None
    frozen = _freeze()
    try:
        stop = threading.Event()
        slots = getattr(engine, "request_slots", None)
        with slots(concurrency, stop) if callable(slots) else contextlib.nullcontext():
            threads = min(len(plans), concurrency * 2 if callable(slots) else concurrency)
            items, stopped = _run_all(_metered(fn, getattr(engine, "scope", None)), plans, task, threads, per_second, bar, callback, stop)
    finally:
        if frozen:
            gc.unfreeze()
        if bar is not None:
            bar.close()
    return BatchResult(task, tuple(items), time.perf_counter() - t0, _delta(before, _usage_dict(engine)), stopped)


def _freeze() -> bool:
    """Leave the objects alive when the run starts (the plans, a corpus, the dictionaries) out of the
    cyclic collector's full passes until it ends (``gc.freeze``; ``gc.unfreeze`` after): a full pass
    over a large heap stops every thread for as long as it takes (157 ms over the 143,000 objects of
    ``bench/llm.py``'s process, in the middle of a 0.6 s batch), and the plans' replies, made during
    the run, are all it need look at. Nothing is frozen when something else froze objects first (a
    server that forks workers does), so that unfreezing at the end never thaws them."""
    if not gc.isenabled() or gc.get_freeze_count():
        return False
    gc.freeze()
    return True


def _warm(engine: Any, plans: list) -> None:
    """Let the engine load what every plan needs (an LLM engine's tokenizer and dictionaries) once,
    before the clock starts and before the plans race for it; what fails here fails again, and is
    reported, in the plans."""
    warm = getattr(engine, "warm", None)
    if plans and callable(warm):
        try:
            warm()
        except Exception:  # noqa: BLE001
            pass


def _metered(fn: Callable[[Plan], Any], scope: Callable[[], Any] | None) -> Callable[[Plan], tuple[Any, Exception | None, dict | None]]:
    """``fn`` run in one scope of the engine (its usage and deadline), returning ``(output, error, usage)``:
    a plan that fails keeps what its calls used."""
    def call(plan: Plan) -> tuple[Any, Exception | None, dict | None]:
        with (scope() if scope is not None else contextlib.nullcontext(None)) as used:
            try:
                out, err = fn(plan), None
            except Exception as e:  # noqa: BLE001  (returned: the run decides what an error does)
                out, err = None, e
            return out, err, (used.as_dict() if used is not None and hasattr(used, "as_dict") else None)
    return call


def _run_all(fn, plans, task, threads, per_second, bar, callback, stop: threading.Event) -> tuple[list[BatchItem], str | None]:
    """Run ``fn`` over ``plans`` in ``threads`` worker threads until ``stop`` is set; the items in plan
    order and why the run stopped early. A plan whose request had not left when the run stopped
    (the client's ``Cancelled``) is skipped, as a plan never started is."""
    pacer = _Pacer(per_second)
    lock = threading.Lock()  # the next plan, the results, the progress and the callback: one thread at a time
    stopped: list[str] = []
    fatal: list[BaseException] = []
    interrupted: list[BaseException] = []
    results: list[BatchItem | None] = [None] * len(plans)
    state = {"next": 0, "done": 0}

    def finished(i: int, item: BatchItem, err: BaseException | None) -> None:
        if isinstance(err, BudgetExceeded):
            stop.set()
            stopped.append(str(err))
        elif isinstance(err, ConfigError):  # a rejected key or a wrong model fails every plan alike
            stop.set()
            fatal.append(err)
        # any other error: one plan failed; the others go on
        with lock:
            results[i] = item
            state["done"] += 1
            if bar is not None:
                bar.advance(item)
            if callback is not None:
                try:
                    callback(item, state["done"], len(plans))
                except BaseException as e:  # noqa: BLE001  (stop starting plans; the calls under way finish and are cached)
                    stop.set()
                    interrupted.append(e)

    def work() -> None:
        while True:
            with lock:
                if stop.is_set() or state["next"] >= len(plans):
                    return
                i = state["next"]
                state["next"] += 1
            pacer.wait(stop)
            if stop.is_set():
                return
            plan = plans[i]
            t = time.perf_counter()
            try:
                out, err, used = caller.copy().run(fn, plan)  # each plan in the caller's context, as asyncio.to_thread ran it
            except BaseException as e:  # noqa: BLE001  (not an error of the plan's task: it stops the run)
                stop.set()
                fatal.append(e)
                return
            seconds = time.perf_counter() - t
            if isinstance(err, Cancelled):
                return
            if err is None:
                item = BatchItem(plan, task, output=out, seconds=seconds, usage=used)
            else:
                item = BatchItem(plan, task, error=one_line(err), seconds=seconds, usage=used, error_type=type(err).__name__)
            finished(i, item, err)

    # each thread starts on its first plan at once (the first requests leave a little apart: 64 let go
    # together, after the last had started, came back together and made the run slower, not faster)
    caller = contextvars.copy_context()  # what the caller set (progress.shown's reporter…) holds in every worker
    workers = [threading.Thread(target=caller.copy().run, args=(work,), name=f"policyqa-batch-{k}", daemon=True)
               for k in range(min(threads, len(plans)))]
    for w in workers:
        w.start()
    try:
        for w in workers:
            w.join()
    except BaseException:  # Ctrl-C: no plan starts after it; the calls under way finish (their replies are cached)
        stop.set()
        for w in workers:
            w.join()
        raise
    if interrupted:
        raise interrupted[0]
    if fatal:
        raise fatal[0]
    items = [r if r is not None else BatchItem(p, task, skipped=True) for r, p in zip(results, plans)]
    return items, (stopped[0] if stopped else None)


class _Bar:
    """A rich progress bar on stderr: plans done, failures, elapsed and remaining time."""

    def __init__(self, task: str, total: int, engine: str):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.failed = 0
        self.progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[failed]}"),
            TimeElapsedColumn(), TimeRemainingColumn(), console=Console(stderr=True), transient=False,
        )
        self.task = self.progress.add_task(f"{task} ({engine})" if engine else task, total=total, failed="")
        self.progress.start()

    def advance(self, item: BatchItem) -> None:
        self.failed += item.error is not None
        self.progress.update(self.task, advance=1, failed=f"{self.failed} failed" if self.failed else "")

    def close(self) -> None:
        self.progress.stop()



# The Batch API path lives in its own module; its names are part of this one's.
