"""Rendering: how what the engines give reads wherever a person sees it.

One format for a citation everywhere (CLI, REPL, transcripts, summaries, eval reports):
``region · file:line [start–end]`` (the line left out where the source is not at hand).
``start``/``end`` index the decoded source text, end excluded.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    from .models import Citation, Summary, Target
    from .structure.plan import Plan


def _get(c: Any, key: str) -> Any:
    return c.get(key) if isinstance(c, Mapping) else getattr(c, key, None)


def citation_line(c: Any, where: Any = None) -> str:
    """``region · file:line [start–end]`` for a Citation (or its JSON form). ``where`` gives the
    line: a line number, the citation's plan, or plans by id (a mapping or a list)."""
    line = where if isinstance(where, int) else line_of(c, _plan_of(c, where))
    name = os.path.basename(str(_get(c, "source") or ""))
    if line:
        name += f":{line}"
    return f"{_get(c, 'region') or '-'} · {name} [{_get(c, 'start')}–{_get(c, 'end')}]"


def _plan_of(c: Any, where: Any) -> Any:
    if where is None or isinstance(where, int):
        return None
    if hasattr(where, "document"):
        return where
    pid = _get(c, "plan_id")
    if isinstance(where, Mapping):
        return where.get(pid)
    return next((p for p in where if getattr(p, "id", None) == pid), None)


def line_of(c: Any, plan: Plan | None) -> int | None:
    """The line of the decoded source a citation starts on (from the document in memory, never
    by reading the file again), or None when ``plan`` is not its plan."""
    if plan is None or plan.source != _get(c, "source"):
        return None
    return plan.document.raw.count("\n", 0, int(_get(c, "start") or 0)) + 1


# -- summaries ----------------------------------------------------------------------------------
LABELS = {
    "zh": {"overview": "概述", "goals": "目标", "target_year": "目标年份", "key_targets": "主要指标", "sections": "举措",
           "citations": "引用", "line": "第{n}行", "engine": "引擎", "target": "目标", "result": "实绩", "none": "（无）"},
    "en": {"overview": "Overview", "goals": "Goals", "target_year": "Target year", "key_targets": "Key targets", "sections": "Measures",
           "citations": "Citations", "line": "line {n}", "engine": "engine", "target": "target", "result": "result", "none": "(none)"},
}


def _where(c: Citation, plan: Plan | None) -> str:
    return citation_line(c, plan)


def _figure(t: Target, labels: dict[str, str]) -> str:
    bits = [str(t.year)] if t.year else []
    bits.append(labels[t.kind])
    return f"{t.metric}：{t.original}（{'，'.join(bits)}）" if labels is LABELS["zh"] else f"{t.metric}: {t.original} ({', '.join(bits)})"


def render_summary(summary: Summary, fmt: str = "text", plan: Plan | None = None) -> str:
    """The summary as text or Markdown, each sentence followed by its numbered citations [n].

    ``plan`` (optional) adds its region and title to the heading and line numbers to the sources.
    """
    if fmt not in ("text", "markdown"):
        raise ValueError(f"unknown format {fmt!r}; use 'text' or 'markdown'")
    labels = LABELS.get(summary.language, LABELS["zh"])
    md = fmt == "markdown"
    cites: list[Citation] = []
    index: dict[tuple[str, int, int], int] = {}

    def ref(cs: list[Citation]) -> str:
        nums = []
        for c in cs:
            key = (c.source, c.start, c.end)
            if key not in index:
                cites.append(c)
                index[key] = len(cites)
            nums.append(f"[{index[key]}]")
        return " ".join(nums)

    lines: list[str] = []
    head = " · ".join(x for x in ((plan.region, plan.title) if plan else ()) if x) or summary.plan_id
    lines.append(f"# {head}" if md else head)
    if summary.engine:
        engine = summary.engine
        if summary.language == "en" and engine == "offline":
            engine += "; it does not translate: quotes stay in the source's language"
        lines.append(f"_{labels['engine']}: {engine}_" if md else f"({labels['engine']}: {engine})")

    def section(title: str) -> None:
        lines.append("")
        lines.append(f"## {title}" if md else title)

    bullet = "- " if md else "  "
    section(labels["overview"])
    for s in summary.overview or []:
        lines.append(f"{bullet}{s.text} {ref(s.citations)}")
    if not summary.overview:
        lines.append(bullet + labels["none"])
    if summary.goals or summary.target_year:
        title = labels["goals"] + (f"（{labels['target_year']}：{summary.target_year}）" if summary.language == "zh" else f" ({labels['target_year']}: {summary.target_year})") if summary.target_year else labels["goals"]
        section(title)
        for s in summary.goals:
            lines.append(f"{bullet}{s.text} {ref(s.citations)}")
    if summary.key_targets:
        section(labels["key_targets"])
        for t in summary.key_targets:
            lines.append(f"{bullet}{_figure(t, labels)} {ref([t.citation])}")
    if summary.sections:
        section(labels["sections"])
        for sec in summary.sections:
            if sec.title:
                lines.append(f"### {sec.title}" if md else f"  {sec.title}")
            for m in sec.measures:
                lines.append(f"{'- ' if md else '    - '}{m.text} {ref(m.citations)}")
    section(labels["citations"])
    for i, c in enumerate(cites, 1):
        lines.append(f"{'' if not md else '- '}[{i}] {_where(c, plan)}")
        lines.append(f"{'  ' if md else '    '}“{c.quote}”")
    return "\n".join(lines) + "\n"
