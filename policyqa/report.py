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

from .evals import RESULTS_FILE, CaseResult, Comparison, EvalRun, write_results

METRIC_ORDER = ("cases.passed", "questions.correct", "questions.cited", "abstention.unanswerable", "abstention.answerable", "citations.valid",
                "measures.recall", "measures.precision", "targets.recall", "targets.precision", "targets.found", "summary.coverage", "metadata.accuracy")


def cost_text(run: EvalRun) -> str:
    """The run's cost, or what is known of it (an engine whose prices are unknown)."""
    return f"{run.cost:.4f}" if run.cost_known else (f"≥ {run.cost:.4f} (prices unknown)" if run.cost else "unknown (prices unknown)")


def _metrics(run: EvalRun) -> list[tuple[str, float]]:
    keys = [k for k in METRIC_ORDER if k in run.metrics] + sorted(k for k in run.metrics if k not in METRIC_ORDER)
    return [(k, run.metrics[k]) for k in keys]


def table(runs: Sequence[EvalRun]) -> Any:
    """A rich Table: one column per engine, one row per metric, then cases, tokens, cost, time."""
    from rich.table import Table

    t = Table(title="policyqa eval", show_lines=False)
    t.add_column("metric")
    for r in runs:
        t.add_column(r.engine, justify="right")
    keys: list[str] = []
    for r in runs:
        keys += [k for k, _ in _metrics(r) if k not in keys]
    for k in keys:
        t.add_row(k, *[f"{r.metrics[k]:.3f}" if k in r.metrics else "–" for r in runs])
    t.add_row("cases passed", *[f"{r.passed}/{len(r.results)}" for r in runs])
    t.add_row("tokens", *[str(r.tokens) for r in runs])
    t.add_row("cost", *[cost_text(r) for r in runs])
    t.add_row("time (s)", *[f"{r.seconds:.1f}" for r in runs])
    return t


# -- expected and actual, as text ---------------------------------------------------------------
def expected_text(r: CaseResult) -> str:
    e = r.expected
    if r.kind == "question":
        lines = [f"Q: {e.get('question', '')}"]
        if e.get("abstain"):
            lines.append("must abstain (the plans do not say)")
        else:
            lines.append("must include: " + " ; ".join(" | ".join(g) for g in e.get("must_include") or []))
            if e.get("cite_in"):
                lines.append("cite in: " + ", ".join(e["cite_in"]))
            if e.get("cite_regions"):
                lines.append("cite regions: " + ", ".join(e["cite_regions"]))
        return "\n".join(lines)
    if r.kind == "measures":
        return "\n".join(f"{i}. {m.get('title')}" for i, m in enumerate(e, 1))
    if r.kind == "targets":
        return "\n".join(f"{t.get('metric')}: {t.get('value')}{t.get('unit') or ''} {t.get('comparator') or ''} year={t.get('year')} {t.get('kind', 'target')}{' (optional)' if t.get('optional') else ''}" for t in e)
    if r.kind == "summary":
        return "must mention: " + " ; ".join(" | ".join(g) for g in e)
    return "\n".join(f"{k}: {v}" for k, v in e.items())


def actual_text(r: CaseResult) -> str:
    o = r.output
    if r.error:
        return f"ERROR: {r.error}"
    if o is None:
        return "(no output)"
    if r.kind == "question":
        lines = [("[abstained] " if o.get("abstained") else "") + str(o.get("answer", ""))]
        for i, c in enumerate(o.get("citations") or [], 1):
            lines.append(f"[{i}] {c.get('region') or '-'} · {os.path.basename(c.get('source', ''))} [{c.get('start')}:{c.get('end')}] {c.get('quote', '')[:80]}")
        return "\n".join(lines)
    if r.kind == "measures":
        return "\n".join(f"{i}. {m.get('title')}" for i, m in enumerate(o, 1)) or "(no measures)"
    if r.kind == "targets":
        return "\n".join(f"{t.get('metric')}: {t.get('original')} {t.get('comparator') or ''} year={t.get('year')} {t.get('kind')}" for t in o) or "(no targets)"
    if r.kind == "summary":
        from .models import Summary
        from .scorers import summary_text

        return summary_text(Summary.model_validate(o))
    return "\n".join(f"{k}: {v}" for k, v in o.items())


def why(r: CaseResult) -> str:
    if r.error:
        return r.error
    return "; ".join(f"{k}: {s['explanation']}" for k, s in r.scores.items() if not s["passed"])


# -- markdown -----------------------------------------------------------------------------------
def _md_cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", "<br>")


def markdown(run: EvalRun, *, comparison: Comparison | None = None, gate: Sequence[str] | None = None) -> str:
    out = [f"# policyqa eval: {run.engine}", "",
           f"{run.passed}/{len(run.results)} cases passed · {run.tokens} tokens · cost {cost_text(run)} · {run.seconds:.1f} s · started {run.started}", ""]
    if gate is not None:
        out += ["## Gate", "", "passed" if not gate else "FAILED:", *[f"- {g}" for g in gate], ""]
    out += ["## Scores", "", "| metric | value |", "| --- | ---: |", *[f"| {k} | {v:.3f} |" for k, v in _metrics(run)], ""]
    for key, title in (("category", "By category"), ("plan", "By plan")):
        out += [f"## {title}", "", f"| {key} | passed | cases | rate |", "| --- | ---: | ---: | ---: |"]
        out += [f"| {g} | {p} | {n} | {p / n:.2f} |" for g, (p, n) in run.by(key).items()]
        out.append("")
    if comparison is not None:
        out += _md_comparison(comparison)
    fails = run.failing()
    out += [f"## Failing cases ({len(fails)})", ""]
    for r in fails:
        out += [f"### {r.id} ({r.category}, {r.plan})", "", f"Why: {why(r)}", "", "| expected | actual |", "| --- | --- |",
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
.charts{display:flex;flex-wrap:wrap;gap:24px}"""


def to_html(run: EvalRun, *, comparison: Comparison | None = None, gate: Sequence[str] | None = None) -> str:
    e = html.escape
    out = ["<!doctype html>", '<html lang="zh"><head><meta charset="utf-8">', f"<title>policyqa eval: {e(run.engine)}</title>", f"<style>{_CSS}</style></head><body>",
           f"<h1>policyqa eval: {e(run.engine)}</h1>",
           f"<p>{run.passed}/{len(run.results)} cases passed · {run.tokens} tokens · cost {cost_text(run)} · {run.seconds:.1f} s · started {e(run.started)}</p>"]
    if gate is not None:
        out.append('<p class="ok">Gate passed.</p>' if not gate else '<p class="fail">Gate FAILED:</p><ul>' + "".join(f"<li>{e(g)}</li>" for g in gate) + "</ul>")
    out.append('<div class="charts">' + _bar_chart("Pass rate by plan", run.by("plan")) + _bar_chart("Pass rate by category", run.by("category")) + "</div>")
    out.append("<h2>Scores</h2><table><tr><th>metric</th><th>value</th></tr>" + "".join(f'<tr><td>{e(k)}</td><td class="num">{v:.3f}</td></tr>' for k, v in _metrics(run)) + "</table>")
    if comparison is not None:
        c = comparison
        out.append(f"<h2>Against the baseline</h2><p>{len(c.regressed)} regressed, {len(c.improved)} improved, {len(c.new)} new, {len(c.missing)} missing</p>")
        for label, ids in (("regressed", c.regressed), ("improved", c.improved)):
            for cid in ids:
                cls = "fail" if label == "regressed" else "ok"
                out.append(f'<div class="case"><h3 class="{cls}">{label}: {e(cid)}</h3><pre>' + e("\n".join(c.diffs.get(cid, [])[:30])) + "</pre></div>")
    fails = run.failing()
    out.append(f"<h2>Failing cases ({len(fails)})</h2>")
    for r in fails:
        out.append(f'<div class="case" id="{e(r.id)}"><h3 class="fail">{e(r.id)} · {e(r.category)} · {e(r.plan)}</h3><p>{e(why(r))}</p>'
                   f'<div class="side"><div><b>expected</b><pre>{e(expected_text(r))}</pre></div><div><b>actual</b><pre>{e(actual_text(r))}</pre></div></div></div>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def write(run: EvalRun, directory: str | os.PathLike[str], *, comparison: Comparison | None = None, gate: Sequence[str] | None = None) -> Path:
    """Write ``results.jsonl``, ``report.md`` and ``report.html`` into ``directory``; return it."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    write_results(run, d / RESULTS_FILE)
    (d / "report.md").write_text(markdown(run, comparison=comparison, gate=gate), encoding="utf-8")
    (d / "report.html").write_text(to_html(run, comparison=comparison, gate=gate), encoding="utf-8")
    if comparison is not None:
        (d / "comparison.json").write_text(json.dumps(comparison.__dict__, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return d
