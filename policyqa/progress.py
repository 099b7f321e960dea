"""Progress of long work: the library reports it, whoever runs the library decides whether to show it.

    progress.step("summarize plan.txt", done, total)     # in the library: nothing happens unless shown
    with progress.shown(sys.stderr):                     # the command line
        engine.summarize(plan)

:func:`shown` shows the steps reported inside it (in this thread and in what it starts through
``contextvars``, as ``asyncio.to_thread`` does): on a terminal, one line rewritten in place once
a piece of work has run for a second; on anything else (a log, CI), a line at every tenth of the
way once it has run for five seconds. Short work shows nothing.
"""

from __future__ import annotations

import contextvars
import time
from contextlib import contextmanager
from typing import Callable, Iterator, TextIO

Reporter = Callable[[str, int, int], None]
_REPORTER: contextvars.ContextVar[Reporter | None] = contextvars.ContextVar("policyqa_progress", default=None)
TERMINAL_AFTER = 1.0  # seconds of work before a terminal shows it
LOG_AFTER = 5.0  # … before a log does


def step(label: str, done: int, total: int) -> None:
    """Report that ``done`` of ``total`` units of the work called ``label`` are done."""
    reporter = _REPORTER.get()
    if reporter is not None:
        reporter(label, done, total)


@contextmanager
def shown(stream: TextIO, *, clock: Callable[[], float] = time.monotonic) -> Iterator[None]:
    """Show the progress reported inside the block on ``stream`` (see the module docstring)."""
    line = _Line(stream, clock)
    token = _REPORTER.set(line)
    try:
        yield
    finally:
        _REPORTER.reset(token)
        line.close()


class _Line:
    def __init__(self, stream: TextIO, clock: Callable[[], float]) -> None:
        self.stream = stream
        self.clock = clock
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self.started: dict[str, float] = {}
        self.tenths: dict[str, int] = {}
        self.last = 0.0
        self.dirty = False

    def __call__(self, label: str, done: int, total: int) -> None:
        now = self.clock()
        start = self.started.setdefault(label, now)
        elapsed = now - start
        share = min(1.0, done / total) if total > 0 else 1.0
        text = f"{label}: {share:.0%} ({elapsed:.0f} s)"
        if self.tty:
            if elapsed < TERMINAL_AFTER or (now - self.last < 0.2 and share < 1.0):
                return
            self.last = now
            self.stream.write("\r\x1b[K" + text + ("\r\x1b[K" if share >= 1.0 else ""))
            self.dirty = share < 1.0
        else:
            tenth = int(share * 10)
            if elapsed < LOG_AFTER or tenth <= self.tenths.get(label, -1):
                return
            self.tenths[label] = tenth
            self.stream.write(f"policyqa: {text}\n")
        self.stream.flush()

    def close(self) -> None:
        if self.dirty:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
