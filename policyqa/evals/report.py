"""Eval reports: a terminal table, ``report.md``, and a self-contained ``report.html``.

:func:`write` puts into one directory ``results.jsonl`` (the run, re-scorable with
``policyqa eval --rescore DIR``), ``report.md`` and ``report.html``. The HTML has no external
assets: its charts (pass rate by plan and by category) are inline SVG, its style inline CSS,
and each failing case shows what was expected beside what the engine produced.
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path
from typing import Any, Sequence

from ..files import write_atomic
from .baseline import Comparison
from .runner import RESULTS_FILE, CaseResult, EvalRun, write_results
from .tasks import TASKS

METRIC_ORDER = ("cases.passed", "questions.correct", "questions.correct.english", "questions.correct.cross", "questions.cited", "abstention.unanswerable",
                "abstention.answerable", "citations.valid", "measures.recall", "measures.precision", "targets.recall", "targets.precision", "targets.found",
                "targets.kind", "targets.year", "summary.coverage", "metadata.accuracy", "metadata.region", "metadata.title", "metadata.author",
                "metadata.issuer", "metadata.date")
GENRE_METRICS = ("cases.passed", "questions.correct", "abstention.unanswerable", "measures.recall", "measures.precision", "targets.recall", "metadata.accuracy")


def cost_text(run: EvalRun) -> str:
    """The run's cost, or what is known of it (an engine whose prices are unknown)."""
    return f"{run.cost:.4f}" if run.cost_known else (f"≥ {run.cost:.4f} (prices unknown)" if run.cost else "unknown (prices unknown)")


def _columns(run: EvalRun) -> list[str]:
    """The metric groups shown side by side: each split, then ``all`` when there are several."""
    return list(run.metrics)


def _metric_keys(run: EvalRun) -> list[str]:
    seen = {k for m in run.metrics.values() for k in m}
    return [k for k in METRIC_ORDER if k in seen] + sorted(seen - set(METRIC_ORDER))


def _fmt(m: dict[str, float], k: str) -> str:
    return f"{m[k]:.3f}" if k in m else "–"


def table(runs: Sequence[EvalRun]) -> Any:
    """A rich Table: one row per metric, one column per engine and split, then cases, tokens, cost, time."""
    from rich.table import Table

    t = Table(title="policyqa eval", show_lines=False)
    t.add_column("metric")
    cols = [(r, s) for r in runs for s in _columns(r)]
    for r, s in cols:
        t.add_column(f"{r.engine} {s}" if len(runs) > 1 else s, justify="right")
    keys: list[str] = []
    for r in runs:
        keys += [k for k in _metric_keys(r) if k not in keys]
    for k in keys:
        t.add_row(k, *[_fmt(r.metrics[s], k) for r, s in cols])
    t.add_row("cases passed", *[_passed(r, s) for r, s in cols])
    t.add_row("tokens", *[str(r.tokens) for r, s in cols])
    t.add_row("cost", *[cost_text(r) for r, s in cols])
    t.add_row("time (s)", *[f"{r.seconds:.1f}" for r, s in cols])
    return t


def _passed(run: EvalRun, split: str) -> str:
    rs = [r for r in run.results if split == "all" or r.split == split]
    return f"{sum(r.passed for r in rs)}/{len(rs)}"


def genre_rows(run: EvalRun) -> list[tuple[str, str, dict[str, float], int]]:
    """``(split, genre, metrics, cases)`` for every split and genre the run holds."""
    out = []
    for s in run.splits():
        for g in run.genres():
            n = sum(1 for r in run.results if r.split == s and r.genre == g)
            if n:
                out.append((s, g, run.metrics_for(split=s, genre=g), n))
    return out


# -- expected and actual, as text (each task says how its cases read) ----------------------------
def expected_text(r: CaseResult) -> str:
    return TASKS[r.kind].expected_text(r.expected) if r.kind in TASKS else str(r.expected)


def actual_text(r: CaseResult) -> str:
    if r.error:
        return f"ERROR: {r.error}"
    if r.output is None:
        return "(no output)"
    return TASKS[r.kind].actual_text(r.output) if r.kind in TASKS else str(r.output)


def why(r: CaseResult) -> str:
    if r.error:
        return r.error
    return "; ".join(f"{k}: {s['explanation']}" for k, s in r.scores.items() if not s["passed"])


def shown_failures(run: EvalRun, reveal_test: bool) -> tuple[list[CaseResult], int]:
    """The failing cases a report may show, and how many test cases it holds back: a test case
    is scored, not read, unless ``reveal_test`` is given."""
    fails = run.failing()
    shown = [r for r in fails if reveal_test or r.split != "test"]
    return shown, len(fails) - len(shown)


# -- markdown -----------------------------------------------------------------------------------
def _md_cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", "<br>")


def markdown(run: EvalRun, *, comparison: Comparison | None = None, gate: Sequence[str] | None = None, reveal_test: bool = False) -> str:
    cols = _columns(run)
    out = [f"# policyqa eval: {run.engine}", "",
           f"{run.passed}/{len(run.results)} cases passed · {run.tokens} tokens · cost {cost_text(run)} · {run.seconds:.1f} s · started {run.started}", ""]
    prov = run.provenance
    if prov:
        out += [f"policyqa {prov.get('policyqa')} · git {prov.get('git') or 'unknown'} · prompts "
                + ", ".join(f"{k}@{v}" for k, v in (prov.get("prompts") or {}).items()) + " · engine " + json.dumps(prov.get("engine") or {}, ensure_ascii=False), ""]
    if gate is not None:
        out += ["## Gate", "", "passed" if not gate else "FAILED:", *[f"- {g}" for g in gate], ""]
    out += ["## Scores", "", "| metric | " + " | ".join(cols) + " |", "| --- |" + " ---: |" * len(cols)]
    out += [f"| {k} | " + " | ".join(_fmt(run.metrics[c], k) for c in cols) + " |" for k in _metric_keys(run)]
    out += ["| cases passed | " + " | ".join(_passed(run, c) for c in cols) + " |", ""]
    rows = genre_rows(run)
    if rows:
        out += ["## By genre", "", "| split | genre | cases | " + " | ".join(GENRE_METRICS) + " |", "| --- | --- | ---: |" + " ---: |" * len(GENRE_METRICS)]
        out += [f"| {s} | {g} | {n} | " + " | ".join(_fmt(m, k) for k in GENRE_METRICS) + " |" for s, g, m, n in rows]
        out.append("")
    for key, title in (("category", "By category"), ("plan", "By plan")):
        out += [f"## {title}", "", f"| split | {key} | passed | cases | rate |", "| --- | --- | ---: | ---: | ---: |"]
        for s in run.splits():
            if s == "test" and key == "plan" and not reveal_test:
                continue
            out += [f"| {s} | {g} | {p} | {n} | {p / n:.2f} |" for g, (p, n) in run.by(key, s).items()]
        out.append("")
    if comparison is not None:
        out += _md_comparison(comparison)
    fails, held = shown_failures(run, reveal_test)
    out += [f"## Failing cases ({len(fails)})", ""]
    if held:
        out += [f"{held} failing test cases are not shown: the test split is scored, not read (--reveal-test shows them).", ""]
    for r in fails:
        out += [f"### {r.id} ({r.split}, {r.category}, {r.plan})", "", f"Why: {why(r)}", "", "| expected | actual |", "| --- | --- |",
                f"| {_md_cell(expected_text(r))} | {_md_cell(actual_text(r))} |", ""]
    return "\n".join(out) + "\n"


def _md_comparison(c: Comparison) -> list[str]:
    out = ["## Against the baseline", "", f"{len(c.regressed)} regressed, {len(c.improved)} improved, {len(c.new)} new, {len(c.missing)} missing", ""]
    changed = [(k, a, b) for k, (a, b) in c.metric_deltas.items() if a != b]
    if changed:
        out += ["| metric | baseline | now |", "| --- | ---: | ---: |", *[f"| {k} | {a if a is not None else '–'} | {b if b is not None else '–'} |" for k, a, b in changed], ""]
    for label, ids in (("Regressed", c.regressed), ("Improved", c.improved)):
        for cid in ids:
            out.append(f"- {label}: **{cid}**")
            out += [f"  - {line}" for line in c.diffs.get(cid, [])[:20]]
    return out + [""]


# -- html ---------------------------------------------------------------------------------------
def _bar_chart(title: str, groups: dict[str, tuple[int, int]]) -> str:
    """An inline SVG horizontal bar chart of pass rates."""
    row, label_w, bar_w = 22, 170, 360
    h = 30 + row * len(groups)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 90}" height="{h}" role="img" aria-label="{html.escape(title)}">',
             f'<text x="0" y="16" font-size="14" font-weight="bold">{html.escape(title)}</text>']
    for i, (g, (p, n)) in enumerate(groups.items()):
        y = 28 + i * row
        rate = p / n if n else 0.0
        colour = "#2e7d32" if rate >= 0.999 else "#f9a825" if rate >= 0.8 else "#c62828"
        parts += [f'<text x="{label_w - 6}" y="{y + 14}" font-size="12" text-anchor="end">{html.escape(g)}</text>',
                  f'<rect x="{label_w}" y="{y + 2}" width="{bar_w}" height="{row - 6}" fill="#eee"/>',
                  f'<rect class="bar" x="{label_w}" y="{y + 2}" width="{bar_w * rate:.1f}" height="{row - 6}" fill="{colour}"/>',
                  f'<text x="{label_w + bar_w + 6}" y="{y + 14}" font-size="12">{rate:.0%} ({p}/{n})</text>']
    parts.append("</svg>")
    return "".join(parts)


_CSS = """body{font-family:system-ui,'Noto Sans CJK SC','Noto Sans SC',sans-serif;margin:24px;color:#222;max-width:1200px}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}
th{background:#f3f3f3}.num{text-align:right}.fail{color:#c62828}.ok{color:#2e7d32}
.case{border:1px solid #ddd;margin:12px 0;padding:8px}.case h3{margin:0 0 6px 0;font-size:15px}
.side{display:grid;grid-template-columns:1fr 1fr;gap:8px}.side pre{white-space:pre-wrap;background:#fafafa;border:1px solid #eee;padding:6px;margin:0;font-size:13px}
.charts{display:flex;flex-wrap:wrap;gap:24px}.prov{color:#666;font-size:12px}"""


def to_html(run: EvalRun, *, comparison: Comparison | None = None, gate: Sequence[str] | None = None, reveal_test: bool = False) -> str:
    e = html.escape
    cols = _columns(run)
    out = ["<!doctype html>", '<html lang="zh"><head><meta charset="utf-8">', f"<title>policyqa eval: {e(run.engine)}</title>", f"<style>{_CSS}</style></head><body>",
           f"<h1>policyqa eval: {e(run.engine)}</h1>",
           f"<p>{run.passed}/{len(run.results)} cases passed · {run.tokens} tokens · cost {cost_text(run)} · {run.seconds:.1f} s · started {e(run.started)}</p>"]
    prov = run.provenance
    if prov:
        out.append(f"<p class=\"prov\">policyqa {e(str(prov.get('policyqa')))} · git {e(str(prov.get('git') or 'unknown'))} · prompts "
                   + e(", ".join(f"{k}@{v}" for k, v in (prov.get("prompts") or {}).items())) + " · engine " + e(json.dumps(prov.get("engine") or {}, ensure_ascii=False)) + "</p>")
    if gate is not None:
        out.append('<p class="ok">Gate passed.</p>' if not gate else '<p class="fail">Gate FAILED:</p><ul>' + "".join(f"<li>{e(g)}</li>" for g in gate) + "</ul>")
    charts = [_bar_chart(f"Pass rate by category ({s})", run.by("category", s)) for s in run.splits()]
    charts += [_bar_chart(f"Pass rate by plan ({s})", run.by("plan", s)) for s in run.splits() if s != "test" or reveal_test]
    out.append('<div class="charts">' + "".join(charts) + "</div>")
    out.append("<h2>Scores</h2><table><tr><th>metric</th>" + "".join(f"<th>{e(c)}</th>" for c in cols) + "</tr>"
               + "".join(f"<tr><td>{e(k)}</td>" + "".join(f'<td class="num">{_fmt(run.metrics[c], k)}</td>' for c in cols) + "</tr>" for k in _metric_keys(run))
               + "<tr><td>cases passed</td>" + "".join(f'<td class="num">{_passed(run, c)}</td>' for c in cols) + "</tr></table>")
    rows = genre_rows(run)
    if rows:
        out.append("<h2>By genre</h2><table><tr><th>split</th><th>genre</th><th>cases</th>" + "".join(f"<th>{e(k)}</th>" for k in GENRE_METRICS) + "</tr>"
                   + "".join(f"<tr><td>{e(s)}</td><td>{e(g)}</td><td class=\"num\">{n}</td>" + "".join(f'<td class="num">{_fmt(m, k)}</td>' for k in GENRE_METRICS) + "</tr>" for s, g, m, n in rows)
                   + "</table>")
    if comparison is not None:
        c = comparison
        out.append(f"<h2>Against the baseline</h2><p>{len(c.regressed)} regressed, {len(c.improved)} improved, {len(c.new)} new, {len(c.missing)} missing</p>")
        for label, ids in (("regressed", c.regressed), ("improved", c.improved)):
            for cid in ids:
                cls = "fail" if label == "regressed" else "ok"
                out.append(f'<div class="case"><h3 class="{cls}">{label}: {e(cid)}</h3><pre>' + e("\n".join(c.diffs.get(cid, [])[:30])) + "</pre></div>")
    fails, held = shown_failures(run, reveal_test)
    out.append(f"<h2>Failing cases ({len(fails)})</h2>")
    if held:
        out.append(f"<p>{held} failing test cases are not shown: the test split is scored, not read (--reveal-test shows them).</p>")
    for r in fails:
        out.append(f'<div class="case" id="{e(r.id)}"><h3 class="fail">{e(r.id)} · {e(r.split)} · {e(r.category)} · {e(r.plan)}</h3><p>{e(why(r))}</p>'
                   f'<div class="side"><div><b>expected</b><pre>{e(expected_text(r))}</pre></div><div><b>actual</b><pre>{e(actual_text(r))}</pre></div></div></div>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def write(run: EvalRun, directory: str | os.PathLike[str], *, comparison: Comparison | None = None, gate: Sequence[str] | None = None, reveal_test: bool = False) -> Path:
    """Write ``results.jsonl``, ``report.md`` and ``report.html`` into ``directory`` (each whole,
    or not at all); return it. A report of an earlier run there is replaced file by file, and
    every file names the run it belongs to (its start time)."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    stale = d / "comparison.json"
    if comparison is None and stale.exists():
        stale.unlink()  # not left beside a run it does not belong to
    write_results(run, d / RESULTS_FILE)
    write_atomic(d / "report.md", markdown(run, comparison=comparison, gate=gate, reveal_test=reveal_test))
    write_atomic(d / "report.html", to_html(run, comparison=comparison, gate=gate, reveal_test=reveal_test))
    if comparison is not None:
        write_atomic(d / "comparison.json", json.dumps(comparison.__dict__, ensure_ascii=False, indent=1) + "\n")
    return d
