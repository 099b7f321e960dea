"""Tables of compare and track rows: for people (rich), JSON, CSV, and a self-contained HTML page.

    text = to_csv(rows);   rows == read_csv(text, CompareRow)      # CSV round-trips
    text = to_json(rows);  rows == read_json(text, CompareRow)     # so does JSON
    html = to_html(rows, title="GDP growth targets")               # sortable table + a bar chart per indicator
    console.print(rich_table(rows))

One CSV column per field; a citation is flattened into ``citation.plan_id``, ``citation.region``,
``citation.source``, ``citation.start``, ``citation.end``, ``citation.quote`` (``target_citation.…``
and ``result_citation.…`` for track rows); an empty cell is None. The HTML page has no external
asset: its styles, its sorting script and its charts (inline SVG) are all in the file. Clicking a
column header sorts by it; ``page.html#sort=value:desc`` opens it sorted.
"""

from __future__ import annotations

from ..render import citation_line

import csv
import html
import io
import json
import os
import types
import typing
from typing import Any, Sequence, TypeVar

from pydantic import BaseModel

from ..errors import InputError
from ..models import Citation
from ..structure.numbers import format_number

R = TypeVar("R", bound=BaseModel)
_CITATION_FIELDS = tuple(Citation.model_fields)


# -- flat records (CSV, DataFrame) --------------------------------------------------------------
def _is_citation(annotation: Any) -> bool:
    if annotation is Citation:
        return True
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return any(a is Citation for a in typing.get_args(annotation))
    return False


def columns(cls: type[BaseModel]) -> list[str]:
    """The flat column names of a row model (a citation field becomes six columns)."""
    out: list[str] = []
    for name, f in cls.model_fields.items():
        if _is_citation(f.annotation):
            out += [f"{name}.{c}" for c in _CITATION_FIELDS]
        else:
            out.append(name)
    return out


def flat_record(row: BaseModel) -> dict[str, Any]:
    """A row as one flat dict (``citation.start`` …), values as Python objects."""
    out: dict[str, Any] = {}
    for name, f in type(row).model_fields.items():
        v = getattr(row, name)
        if _is_citation(f.annotation):
            for c in _CITATION_FIELDS:
                out[f"{name}.{c}"] = getattr(v, c) if v is not None else None
        else:
            out[name] = v
    return out


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        s = format_number(v)
        return s if float(s) == v else repr(v)
    return str(v)


def to_csv(rows: Sequence[BaseModel], cls: type[BaseModel] | None = None) -> str:
    """CSV text: a header of :func:`columns`, then one line per row."""
    cls = cls or (type(rows[0]) if rows else None)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if cls is None:
        return ""
    cols = columns(cls)
    w.writerow(cols)
    for r in rows:
        rec = flat_record(r)
        w.writerow([_cell(rec[c]) for c in cols])
    return buf.getvalue()


def read_csv(text: str, cls: type[R], *, source: str = "CSV") -> list[R]:
    """Rows back from :func:`to_csv` text; a malformed file is an :class:`InputError` naming ``source``."""
    from pydantic import ValidationError

    reader = csv.DictReader(io.StringIO(text))
    want = columns(cls)
    if reader.fieldnames is None:
        return []
    missing = [c for c in want if c not in reader.fieldnames and not _optional(cls, c)]
    if missing:
        raise InputError(source, f"not a table of {cls.__name__} rows: missing columns {', '.join(missing[:5])}")
    out: list[R] = []
    for n, rec in enumerate(reader, 2):
        data: dict[str, Any] = {}
        for name, f in cls.model_fields.items():
            if _is_citation(f.annotation):
                parts = {c: rec.get(f"{name}.{c}", "") for c in _CITATION_FIELDS}
                data[name] = None if all(v in ("", None) for v in parts.values()) else {c: (v if v != "" or c == "quote" else None) for c, v in parts.items()}
            elif name in rec:
                v = rec[name]
                data[name] = None if v == "" and _nullable(f.annotation) else v
        try:
            out.append(cls.model_validate(data))
        except ValidationError as e:
            first = e.errors()[0]
            raise InputError(source, f"line {n}: {'.'.join(str(x) for x in first['loc'])}: {first['msg']}") from None
    return out


def _nullable(annotation: Any) -> bool:
    return type(None) in typing.get_args(annotation)


def _optional(cls: type[BaseModel], column: str) -> bool:
    name = column.split(".", 1)[0]
    f = cls.model_fields.get(name)
    return f is not None and not f.is_required()


def to_json(rows: Sequence[BaseModel]) -> str:
    """A JSON list of the rows (citations nested), indented."""
    return json.dumps([r.model_dump(mode="json") for r in rows], ensure_ascii=False, indent=2) + "\n"


def read_json(text: str, cls: type[R], *, source: str = "JSON") -> list[R]:
    """Rows back from :func:`to_json` text."""
    from pydantic import ValidationError

    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(source, f"not valid JSON: {e.msg} at line {e.lineno}") from None
    if not isinstance(data, list):
        raise InputError(source, f"expected a JSON list of {cls.__name__} rows")
    try:
        return [cls.model_validate(d) for d in data]
    except ValidationError as e:
        first = e.errors()[0]
        raise InputError(source, f"{'.'.join(str(x) for x in first['loc'])}: {first['msg']}") from None


# -- for people ---------------------------------------------------------------------------------
def _where(c: Citation | None) -> str:
    if c is None:
        return ""
    return citation_line(c)


def _short(text: str | None, n: int = 36) -> str:
    t = (text or "").replace("\n", " ")
    return t if len(t) <= n else t[: n - 1] + "…"


def _year(r: Any) -> str:
    y = getattr(r, "year", None)
    return "" if y is None else f"{y}{'*' if getattr(r, 'year_inferred', False) else ''}"


def _value(v: float | None, unit: str | None) -> str:
    if v is None:
        return ""
    if unit == "元" and abs(v) >= 1e8:
        return f"{format_number(round(v / 1e8, 4))}亿元"
    if unit == "元" and abs(v) >= 1e4:
        return f"{format_number(round(v / 1e4, 4))}万元"
    return f"{format_number(round(v, 6))}{unit or ''}"


def compare_cells(r: Any) -> list[str]:
    """What a person sees of a compare row, one string per :data:`COMPARE_HEADERS` column."""
    plan = r.title or os.path.basename(r.source)
    when = r.date or (str(r.plan_year) if r.plan_year else "")
    value = f"{_value(r.low, r.unit)}–{_value(r.high, r.unit)}" if r.low is not None and r.high is not None else _value(r.value, r.unit)
    return [r.region or "-", r.level or "", plan, when, r.indicator, r.metric, value, r.comparator or "", _year(r), r.kind,
            f"{_where(r.citation)} “{_short(r.citation.quote)}”"]


COMPARE_HEADERS = ["region", "level", "plan", "date", "indicator", "metric", "value", "comparator", "year", "kind", "citation"]
TRACK_HEADERS = ["region", "indicator", "year", "target", "target cited", "result", "result cited", "verdict", "why"]


def track_cells(r: Any) -> list[str]:
    """What a person sees of a track row, one string per :data:`TRACK_HEADERS` column."""
    return [r.region or "-", r.indicator, str(r.year), _target_written(r), _where(r.target_citation), r.result_original or "",
            _where(r.result_citation), r.verdict.replace("_", " "), r.reason]


def _target_written(r: Any) -> str:
    """A track row's target as written, or both ends of a range (5.5%—6%) when the figure kept one."""
    if r.target_low is not None and r.target_high is not None and not any(c in r.target_original for c in "—–-~～至到"):
        return f"{_value(r.target_low, r.target_unit).removesuffix(r.target_unit or '')}—{_value(r.target_high, r.target_unit)}"
    return r.target_original


def _is_track(rows: Sequence[Any]) -> bool:
    return bool(rows) and hasattr(rows[0], "verdict")


def rich_table(rows: Sequence[Any], title: str | None = None) -> Any:
    """A rich Table of compare or track rows (``*`` after a year: inferred from the report's year)."""
    from rich.table import Table

    track = _is_track(rows)
    table = Table(title=title, show_lines=False)
    for h in TRACK_HEADERS if track else COMPARE_HEADERS:
        table.add_column(h, overflow="fold")
    colour = {"met": "green", "exceeded": "cyan", "not_met": "red", "unclear": "yellow"}
    for r in rows:
        cells = track_cells(r) if track else compare_cells(r)
        if track:
            cells[7] = f"[{colour[r.verdict]}]{cells[7]}[/]"
        table.add_row(*[c if track and i == 7 else _escape_markup(c) for i, c in enumerate(cells)])
    return table


def _escape_markup(s: str) -> str:
    from rich.markup import escape

    return escape(s)


# -- HTML ---------------------------------------------------------------------------------------
_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#1d2330;background:#fff}
h1{font-size:22px;margin:0 0 4px} h2{font-size:17px;margin:28px 0 8px} .meta{color:#5b6475;margin:0 0 16px}
.charts{display:flex;flex-wrap:wrap;gap:18px} figure.chart{margin:0;border:1px solid #dde2ea;border-radius:6px;padding:10px 12px;background:#fafbfd}
figure.chart figcaption{font-weight:600;margin-bottom:6px} svg text{font-size:12px;fill:#1d2330} svg .val{fill:#3c4556}
table{border-collapse:collapse;width:100%} th,td{border-bottom:1px solid #e4e8ef;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f1f4f9;cursor:pointer;user-select:none;white-space:nowrap;position:sticky;top:0} th[aria-sort=ascending]::after{content:" ▲"} th[aria-sort=descending]::after{content:" ▼"}
td.num{text-align:right;white-space:nowrap} td.quote{color:#3c4556;max-width:36em} .src{color:#5b6475;font-size:12px}
.met{color:#13803b;font-weight:600} .exceeded{color:#0b6e8a;font-weight:600} .not_met{color:#c0262d;font-weight:600} .unclear{color:#a86a00;font-weight:600}
.legend span{display:inline-block;margin-right:14px} .sw{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
"""

_JS = """
(function(){
  function cellKey(td, num){var v = td.getAttribute('data-sort'); if (v === null) v = td.textContent.trim();
    if (num){var f = parseFloat(v); return isNaN(f) ? null : f;} return v;}
  function sortTable(table, col, dir){
    var th = table.tHead.rows[0].cells[col], num = th.getAttribute('data-type') === 'num';
    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
    rows.sort(function(a, b){
      var x = cellKey(a.cells[col], num), y = cellKey(b.cells[col], num);
      if (x === null || x === '') return 1; if (y === null || y === '') return -1;
      var c = num ? x - y : String(x).localeCompare(String(y), 'zh');
      return dir === 'asc' ? c : -c;});
    rows.forEach(function(r){ body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function(h){ h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', dir === 'asc' ? 'ascending' : 'descending');
  }
  document.querySelectorAll('table.sortable').forEach(function(table){
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function(th, i){
      th.addEventListener('click', function(){
        sortTable(table, i, th.getAttribute('aria-sort') === 'ascending' ? 'desc' : 'asc');});});
    var m = /sort=([^:&]+)(?::(asc|desc))?/.exec(decodeURIComponent(location.hash));
    if (m){ Array.prototype.forEach.call(table.tHead.rows[0].cells, function(th, i){
      if (th.getAttribute('data-key') === m[1]) sortTable(table, i, m[2] || 'asc'); }); }
  });
})();
"""

_E = html.escape
_COLOURS = {"target": "#3b6fd1", "result": "#7a8699", "met": "#1f9d55", "exceeded": "#1583a6", "not_met": "#d64545", "unclear": "#d99a1c"}


def _svg_bars(bars: Sequence[tuple[str, float | None, str, str]], width: int = 560) -> str:
    """A horizontal bar chart: ``(label, value, value label, colour)`` per bar; None: no bar."""
    label_w, bar_h, gap = 210, 16, 6
    pad = 8 + max((_text_width(vl) for _, _, vl, _ in bars), default=40)
    vals = [v for _, v, _, _ in bars if v is not None]
    vmax = max((abs(v) for v in vals), default=1.0) or 1.0
    has_neg = any(v < 0 for v in vals)
    plot = max(width - label_w - pad * (2 if has_neg else 1), 80)
    zero = label_w + (pad + plot / 2 if has_neg else 0)
    scale = (plot / 2 if has_neg else plot) / vmax
    height = len(bars) * (bar_h + gap) + gap
    width = int(label_w + pad * (2 if has_neg else 1) + plot)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">']
    out.append(f'<line x1="{zero:.1f}" y1="0" x2="{zero:.1f}" y2="{height}" stroke="#9aa3b2" stroke-width="1"/>')
    for i, (label, v, vlabel, colour) in enumerate(bars):
        y = gap + i * (bar_h + gap)
        out.append(f'<text x="{label_w - 8}" y="{y + bar_h - 4}" text-anchor="end">{_E(_short(label, 28))}</text>')
        if v is None:
            out.append(f'<text class="val" x="{zero + 4:.1f}" y="{y + bar_h - 4}">{_E(vlabel)}</text>')
            continue
        w = abs(v) * scale
        x = zero if v >= 0 else zero - w
        out.append(f'<rect x="{x:.1f}" y="{y}" width="{max(w, 1):.1f}" height="{bar_h}" fill="{colour}" rx="2"><title>{_E(label)}: {_E(vlabel)}</title></rect>')
        tx = x + w + 4 if v >= 0 else x - 4
        anchor = "start" if v >= 0 else "end"
        out.append(f'<text class="val" x="{tx:.1f}" y="{y + bar_h - 4}" text-anchor="{anchor}">{_E(vlabel)}</text>')
    out.append("</svg>")
    return "".join(out)


def _text_width(s: str) -> int:
    """About how many pixels ``s`` takes at 12px (a CJK character about twice a Latin one)."""
    return sum(12 if ord(c) > 0x2E80 else 7 for c in s)


def _signed(v: float | None, direction: str | None) -> float | None:
    return None if v is None else (-v if direction == "down" else v)


def _charts(rows: Sequence[Any], track: bool) -> list[str]:
    groups: dict[tuple[str, str], list[Any]] = {}
    for r in rows:
        unit = (r.target_unit if track else r.unit) or ""
        groups.setdefault((r.indicator, unit), []).append(r)
    figures = []
    for (ind, unit), rs in groups.items():
        r0 = rs[0]
        name = r0.indicator_en if r0.indicator_en != ind else r0.indicator_zh
        bars: list[tuple[str, float | None, str, str]] = []
        if track:
            for r in rs:
                bars.append((f"{r.region or '-'} {r.year} target", _signed(r.target_value, r.direction), _target_written(r), _COLOURS["target"]))
                bars.append((f"{r.region or '-'} {r.year} result", _signed(r.result_value, r.direction), (r.result_original or "no figure") + f" · {r.verdict.replace('_', ' ')}", _COLOURS[r.verdict]))
        else:
            for r in rs:
                who = r.region or os.path.basename(r.source)
                bars.append((f"{who} {r.year or ''} {r.kind}", _signed(r.value, r.direction), r.original, _COLOURS[r.kind]))
        cap = f"{ind} · {name}" + (f" ({unit})" if unit else "")
        figures.append(f'<figure class="chart" data-indicator="{_E(ind)}"><figcaption>{_E(cap)}</figcaption>{_svg_bars(bars)}</figure>')
    return figures


def _td(text: str, *, sort: Any = None, cls: str = "") -> str:
    attrs = (f' data-sort="{_E(str(sort))}"' if sort is not None else "") + (f' class="{cls}"' if cls else "")
    return f"<td{attrs}>{_E(text)}</td>"


def _cite_td(c: Citation | None) -> str:
    if c is None:
        return "<td></td>"
    return f'<td class="quote">“{_E(c.quote)}”<div class="src">{_E(c.region or "-")} · {_E(_where(c))}</div></td>'


def _html_rows(rows: Sequence[Any], track: bool) -> tuple[str, list[str]]:
    if track:
        head = [("region", "Region", "text"), ("indicator", "Indicator", "text"), ("year", "Year", "num"), ("target", "Target", "num"),
                ("target_cited", "Target cited", "text"), ("result", "Result", "num"), ("result_cited", "Result cited", "text"),
                ("verdict", "Verdict", "text"), ("reason", "Why", "text")]
        body = []
        for r in rows:
            body.append("<tr>" + _td(r.region or "-") + _td(r.indicator) + _td(str(r.year), sort=r.year, cls="num")
                        + _td(_target_written(r), sort=r.target_value, cls="num") + _cite_td(r.target_citation)
                        + _td(r.result_original or "", sort=r.result_value if r.result_value is not None else "", cls="num") + _cite_td(r.result_citation)
                        + _td(r.verdict.replace("_", " "), sort=r.verdict, cls=r.verdict) + _td(r.reason) + "</tr>")
    else:
        head = [("region", "Region", "text"), ("level", "Level", "text"), ("plan", "Plan", "text"), ("date", "Date", "text"),
                ("indicator", "Indicator", "text"), ("metric", "Metric", "text"), ("value", "Value", "num"), ("unit", "Unit", "text"),
                ("comparator", "Comparator", "text"), ("year", "Year", "num"), ("kind", "Kind", "text"), ("citation", "Citation", "text")]
        body = []
        for r in rows:
            value = compare_cells(r)[6]
            body.append("<tr>" + _td(r.region or "-") + _td(r.level or "") + _td(r.title or os.path.basename(r.source)) + _td(r.date or (str(r.plan_year) if r.plan_year else ""))
                        + _td(r.indicator) + _td(r.metric) + _td(value, sort=r.value, cls="num") + _td(r.unit or "") + _td(r.comparator or "")
                        + _td(_year(r), sort=r.year if r.year is not None else "", cls="num") + _td(r.kind) + _cite_td(r.citation) + "</tr>")
    ths = "".join(f'<th data-key="{k}" data-type="{t}">{_E(label)}</th>' for k, label, t in head)
    return f"<thead><tr>{ths}</tr></thead><tbody>{''.join(body)}</tbody>", [k for k, _, _ in head]


def to_html(rows: Sequence[Any], *, title: str = "policyqa", subtitle: str = "") -> str:
    """A self-contained HTML page: a bar chart per indicator (inline SVG) and a sortable table."""
    from .. import __version__

    track = _is_track(rows)
    table, _ = _html_rows(rows, track)
    charts = _charts(rows, track)
    plans = len({r.target_plan_id for r in rows} | {r.result_plan_id for r in rows if r.result_plan_id}) if track else len({r.plan_id for r in rows})
    counts = ""
    if track:
        n = {v: sum(1 for r in rows if r.verdict == v) for v in ("met", "exceeded", "not_met", "unclear")}
        counts = f" · {n['met']} met, {n['exceeded']} exceeded, {n['not_met']} not met, {n['unclear']} unclear"
    meta = f"{len(rows)} rows from {plans} plans{counts} · policyqa {__version__}" + (f" · {subtitle}" if subtitle else "")
    legend_items = (("target", "target"), ("met", "met"), ("exceeded", "exceeded"), ("not_met", "not met"), ("unclear", "unclear")) if track else (("target", "target"), ("result", "result"))
    legend = "".join(f'<span><i class="sw" style="background:{_COLOURS[k]}"></i>{label}</span>' for k, label in legend_items)
    note = ("A year marked * is the report's own year (the figure states none)." if not track else
            "Each target is paired with the result a later report of the same region gives for its year; 左右 allows the tolerance shown.")
    return (f'<!doctype html>\n<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_E(title)}</title><style>{_CSS}</style></head><body>"
            f"<h1>{_E(title)}</h1><p class=\"meta\">{_E(meta)}</p>"
            f'<h2>Charts</h2><p class="legend">{legend}</p><div class="charts" id="charts">{"".join(charts) or "<p>No rows.</p>"}</div>'
            f'<h2>Table</h2><p class="meta">{_E(note)} Click a column to sort.</p><table class="sortable" id="rows">{table}</table>'
            f"<script>{_JS}</script></body></html>\n")


def write(path: str | os.PathLike[str], text: str) -> None:
    """Write an output file whole (atomically), or raise an :class:`InputError` naming it."""
    from ..files import write_atomic

    try:
        write_atomic(path, text)
    except OSError as e:
        raise InputError(str(path), f"cannot write: {e.strerror or e}") from None


def load_rows(path: str | os.PathLike[str], cls: type[R]) -> list[R]:
    """Rows saved with ``--json`` or ``--csv`` (by the file's extension: .json, else CSV)."""
    p = os.fspath(path)
    try:
        with open(p, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        raise InputError(p, f"cannot read: {e.strerror}") from None
    return read_json(text, cls, source=p) if p.endswith(".json") else read_csv(text, cls, source=p)
