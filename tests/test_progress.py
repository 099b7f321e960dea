"""Progress of long work: shown on a terminal after a second, in a log after five, never for short work.

A fake clock drives it: no test here depends on how fast the machine is.
"""

from __future__ import annotations

import io

from policyqa import progress


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_nothing_is_shown_outside_shown_or_for_short_work():
    progress.step("summarize x", 1, 2)  # no reporter: nothing happens
    out, clock = io.StringIO(), Clock()
    with progress.shown(out, clock=clock):
        for i in range(1, 11):
            clock.now = i * 0.4  # four seconds in all: short for a log
            progress.step("summarize x", i, 10)
    assert out.getvalue() == ""


def test_a_log_gets_a_line_at_every_tenth_once_the_work_is_long():
    out, clock = io.StringIO(), Clock()
    with progress.shown(out, clock=clock):
        for i in range(0, 101):
            clock.now = i * 0.1
            progress.step("summarize big.txt", i, 100)
    lines = out.getvalue().splitlines()
    assert lines[0] == "policyqa: summarize big.txt: 50% (5 s)"
    assert lines[-1] == "policyqa: summarize big.txt: 100% (10 s)"
    assert len(lines) == 6


def test_a_terminal_gets_one_line_rewritten_and_cleared():
    out, clock = Terminal(), Clock()
    with progress.shown(out, clock=clock):
        for i in range(0, 11):
            clock.now = i * 0.5
            progress.step("reading plans", i, 10)
    text = out.getvalue()
    assert "\r\x1b[Kreading plans: 20% (1 s)" in text and "\n" not in text
    assert text.endswith("\r\x1b[K")  # the line is gone once the work is done


def test_long_work_reports_progress_from_the_library(monkeypatch):
    import policyqa
    from policyqa.structure import plan as plan_module

    monkeypatch.setattr(plan_module, "WINDOW", 800)  # make a seed plan "long": several windows
    seen = []
    (p,) = policyqa.load("evals/plans/000_08dfb0cd4d043f74.txt")
    token = progress._REPORTER.set(lambda label, done, total: seen.append((label, done, total)))
    try:
        s = policyqa.get_engine("offline").summarize(p)
    finally:
        progress._REPORTER.reset(token)
    assert seen and seen[-1][1] == seen[-1][2] and seen[0][0] == "summarize 000_08dfb0cd4d043f74.txt"
    assert s.overview and all(policyqa.verify(c, p) for c in s.citations())


def test_a_plan_read_in_windows_still_cites_exactly(monkeypatch):
    import policyqa
    from policyqa.structure import plan as plan_module
    from policyqa.engines.offline.measures import find_measures
    from policyqa.engines.offline.targets import find_targets

    (p,) = policyqa.load("evals/plans/003_26c80170ebd69532.txt")
    whole_targets = len(find_targets(p))
    monkeypatch.setattr(plan_module, "WINDOW", 600)
    (p,) = policyqa.load("evals/plans/003_26c80170ebd69532.txt")  # a fresh plan: nothing cached
    windows = list(plan_module.windows(p))
    assert len(windows) > 3 and windows[0].clean_start == p.clean_start and windows[-1].clean_end == p.clean_end
    assert all(a.clean_end == b.clean_start for a, b in zip(windows, windows[1:]))
    assert all(p.document.text[w.clean_end - 1] in "\n。" for w in windows[:-1])  # cut after a line break, else a sentence
    s = policyqa.get_engine("offline").summarize(p)
    assert s.overview and s.key_targets and s.sections
    ms, ts = find_measures(p), find_targets(p)
    assert ms and abs(len(ts) - whole_targets) <= 2
    for c in [*s.citations(), *(m.citations[0] for m in ms), *(t.citation for t in ts)]:
        assert policyqa.verify(c, p)


def test_a_batch_reports_its_progress_from_its_worker_threads(monkeypatch):
    """What the caller set around a batch (here the log's reporter) reaches the worker threads: the
    command line's progress callback and the engine's own steps are shown."""
    from pathlib import Path

    from policyqa import batch
    from policyqa.engines import get_engine
    from policyqa.structure.plan import load

    plans = load(Path(__file__).parents[1] / "evals" / "plans")
    engine, clock, out = get_engine("offline"), Clock(), io.StringIO()

    class Stepping:
        name = "offline"

        def targets(self, plan):
            clock.now += 1.0  # each plan takes a second of the fake clock
            progress.step(f"targets of {plan.id}", 1, 1)
            return engine.targets(plan)

    with progress.shown(out, clock=clock):
        result = batch.run(Stepping(), plans, "targets", concurrency=3, progress=lambda item, done, total: progress.step("batch targets", done, total))
    assert len(result.done) == len(plans)
    assert "policyqa: batch targets: 100%" in out.getvalue()
