"""Text datasets exported as CSV or JSON: the text of each record, with exact offsets.

    extract(raw, kind) -> Extract(edits, records) | None      kind: "csv" or "json"

A dataset is parsed by the standard library (:mod:`csv`, :mod:`json`), and the positions of its
cells are found alongside: CSV cells by a lexer of RFC 4180's two shapes (quoted with ``""``
inside, or bare) whose values must equal what :mod:`csv` read, JSON strings through the
decoder's own ``parse_string`` hook, which sees where each value starts and ends. The edits keep
the text cells of each record and delete the rest: the markup between two kept cells becomes
one newline, ``""`` becomes ``"``, and an escape (``\\n``, ``\\u4e2d``, a surrogate pair)
becomes the character it stands for, so every clean character still stands for its own span
of the file.

Which cells are text: the columns or keys named like text (``text``, ``content``, ``正文``,
``内容`` …), else those whose values are long (40 characters on average); a title column
(``title``, ``标题`` …) is kept too, on its own line, and becomes the plan's title. Each
:class:`Record` (its source span, its title's) is read as one plan. A file that does not parse, or has no text cells, gives None and is
read as plain text.
"""

from __future__ import annotations

import csv
import io
import json
import json.decoder
import json.scanner
import re
from dataclasses import dataclass
from typing import Any, Iterable

from .offsets import Edit

TEXT_NAMES = re.compile(r"^(?:text|texts|content|contents|body|article|full_?text|document|doc|passage|正文|内容|全文|文本|原文|全文内容|正文内容)$", re.I)
TITLE_NAMES = re.compile(r"^(?:title|headline|name|标题|題目|题目|標題|名称|名稱|文件名称|文件名)$", re.I)
LONG = 40  # mean characters of a column that holds text


@dataclass(frozen=True)
class Record:
    """One record of a dataset: its source span, and its title cell's when it has one."""

    start: int
    end: int
    title: tuple[int, int] | None = None


@dataclass(frozen=True)
class Extract:
    edits: list[Edit]
    records: tuple[Record, ...]  # in order


@dataclass(frozen=True)
class _Cell:
    start: int  # source span of the cell's content (inside quotes)
    end: int
    value: str
    escapes: tuple[Edit, ...] = ()
    sep: str = "\n"  # what the markup before it becomes ("\n"; " " for a word on the line of the word before it)


def extract(raw: str, kind: str) -> Extract | None:
    """The edits that keep only the text of each record of a CSV or JSON dataset, or None."""
    rows = _csv_rows(raw) if kind == "csv" else _json_rows(raw)
    if not rows:
        return None
    names, rows = rows[0], rows[1:]
    title, columns = _text_columns(names, rows)
    if not columns:
        return None
    kept: list[tuple[list[_Cell], _Cell | None]] = []
    for row in rows:
        head = row.get(title) if title is not None and row.get(title) and row[title].value.strip() else None
        cells = sorted((row[c] for c in columns if c in row and row[c].value.strip()), key=lambda c: c.start)
        if cells:
            kept.append((sorted([*cells, head], key=lambda c: c.start) if head else cells, head))
    if not kept:
        return None
    edits: list[Edit] = []
    records: list[Record] = []
    pos = 0
    for cells, head in kept:
        records.append(Record(cells[0].start, cells[-1].end, (head.start, head.end) if head else None))
        for cell in cells:
            if cell.start > pos:
                edits.append((pos, cell.start, cell.sep if pos > 0 else ""))
            edits.extend(cell.escapes)
            pos = cell.end
    if pos < len(raw):
        edits.append((pos, len(raw), ""))
    return Extract(edits, tuple(records))


def _text_columns(names: dict[Any, str], rows: list[dict[Any, _Cell]]) -> tuple[Any, list[Any]]:
    """The key of the title column (None when there is none) and the keys of the text columns."""
    keys = list(names)
    title = next((k for k in keys if TITLE_NAMES.match(names[k].strip())), None)
    text = [k for k in keys if TEXT_NAMES.match(names[k].strip())]
    if not text:
        sample = rows[:500]
        for k in keys:
            values = [r[k].value for r in sample if k in r]
            if values and k != title and sum(map(len, values)) / len(values) >= LONG:
                text.append(k)
    return (title if title not in text else None), text


# -- CSV ---------------------------------------------------------------------------------------
def _csv_rows(raw: str) -> list[dict[Any, _Cell]]:
    """A header row of names, then each row's cells by column index; [] when it is no CSV."""
    sample = raw[:65536]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    try:
        parsed = list(csv.reader(io.StringIO(raw, newline=""), delimiter=delimiter, doublequote=True, strict=False))
    except csv.Error:
        return []
    try:
        lexed = list(_lex_csv(raw, delimiter))
    except _NotCSV:
        return []
    if [[c.value for c in row] for row in lexed] != [row for row in parsed if row]:
        return []  # the lexer and the csv module disagree: not a CSV file this reader trusts
    if len(lexed) < 2 or max(len(r) for r in lexed) < 2:
        return []
    header = lexed[0]
    return [{i: c.value for i, c in enumerate(header)}, *({i: c for i, c in enumerate(row)} for row in lexed[1:])]


class _NotCSV(Exception):
    pass


def _lex_csv(raw: str, delimiter: str) -> Iterable[list[_Cell]]:
    quoted = re.compile(r'"((?:[^"]|"")*)"')
    bare = re.compile(rf"[^{re.escape(delimiter)}\r\n]*")
    pos, n = 0, len(raw)
    row: list[_Cell] = []
    while pos <= n:
        m = quoted.match(raw, pos)
        if m:
            a, b = m.span(1)
            escapes = tuple((i.start(), i.end(), '"') for i in re.finditer('""', raw[a:b]))
            escapes = tuple((a + s, a + e, r) for s, e, r in escapes)
            row.append(_Cell(a, b, m.group(1).replace('""', '"'), escapes))
        else:
            m = bare.match(raw, pos)
            row.append(_Cell(m.start(), m.end(), m.group()))
        pos = m.end()
        if pos < n and raw[pos] == delimiter:
            pos += 1
            continue
        if pos < n and raw[pos] in "\r\n":
            pos += 2 if raw.startswith("\r\n", pos) else 1
        elif pos < n:  # text after a closing quote (the csv module would join it)
            raise _NotCSV
        if not (len(row) == 1 and row[0].value == "" and row[0].start == row[0].end):
            yield row  # (a blank line is no row, as for the csv module)
        row = []
        if pos >= n:
            return


# -- JSON --------------------------------------------------------------------------------------
class _Spanned(str):
    """A JSON string value that knows where its content stands in the file."""

    start: int
    end: int


def _json_rows(raw: str) -> list[dict[Any, _Cell]]:
    """The records of a JSON list, of the first list of objects under a key, of JSON lines, or one object."""
    decoder = json.JSONDecoder()

    def parse_string(s: str, end: int, strict: bool = True) -> tuple[str, int]:
        value, stop = json.decoder.scanstring(s, end, strict)
        out = _Spanned(value)
        out.start, out.end = end, stop - 1
        return out, stop

    decoder.parse_string = parse_string  # type: ignore[method-assign]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # the Python scanner calls the hook
    values = []
    pos, n = 0, len(raw)
    ws = re.compile(r"[ \t\r\n]*")
    try:
        while True:
            pos = ws.match(raw, pos).end()
            if pos >= n:
                break
            value, pos = decoder.raw_decode(raw, pos)
            values.append(value)
    except (ValueError, RecursionError):
        return []
    if len(values) == 1:
        top = values[0]
        if isinstance(top, dict):
            lists = [v for v in top.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
            values = lists[0] if lists else [top]
        elif isinstance(top, list):
            values = top
    objects = [v for v in values if isinstance(v, dict)]
    if not objects:
        return []
    if not any(isinstance(v, _Spanned) for obj in objects for v in obj.values()):
        nested = _nested_text(raw, objects)
        if nested:  # pages of a PDF export, each a list of words or lines: one record of them all
            return [{k: k[0] for k in nested}, nested]
    names: dict[Any, str] = {}
    rows = []
    for obj in objects:
        row = {}
        for k, v in obj.items():
            if isinstance(v, _Spanned):
                names.setdefault(k, k)
                row[k] = _Cell(v.start, v.end, str(v), _json_escapes(raw, v.start, v.end))
        rows.append(row)
    return [names, *rows]


def _nested_text(raw: str, objects: list[dict]) -> dict[Any, _Cell]:
    """The string values of the objects nested in lists under ``objects`` (a PDF export's pages,
    each with its ``words`` or ``lines``: ``[{"width": …, "words": [{"xMin": …, "text": "…"}]}]``)
    that are named like text, keyed (name, n) in the file's order; {} when there are none."""
    out: dict[Any, _Cell] = {}
    line: list[tuple[float, float] | None] = [None]  # the vertical extent of the last word kept

    def walk(v: Any) -> None:
        if isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, dict):
            box = _vertical(v)
            for k, x in v.items():
                if isinstance(x, _Spanned):
                    if isinstance(k, str) and TEXT_NAMES.match(k.strip()) and x.strip():
                        last = line[0]
                        same = box is not None and last is not None and min(box[1], last[1]) - max(box[0], last[0]) > 0.5 * min(box[1] - box[0], last[1] - last[0])
                        out[(k, len(out))] = _Cell(x.start, x.end, str(x), _json_escapes(raw, x.start, x.end), " " if same else "\n")
                        line[0] = box
                elif isinstance(x, (list, dict)):
                    walk(x)

    walk(objects)
    return out


def _vertical(obj: dict) -> tuple[float, float] | None:
    """The top and bottom of a word's box (``yMin``/``yMax``, ``top``/``bottom``, ``y0``/``y1``), when it gives them."""
    for lo, hi in (("yMin", "yMax"), ("top", "bottom"), ("y0", "y1"), ("ymin", "ymax")):
        a, b = obj.get(lo), obj.get(hi)
        if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and b > a:
            return float(a), float(b)
    return None


_ESCAPE = re.compile(r"\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\(.)", re.S)
_SIMPLE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def _json_escapes(raw: str, start: int, end: int) -> tuple[Edit, ...]:
    if "\\" not in raw[start:end]:
        return ()
    out = []
    for m in _ESCAPE.finditer(raw, start, end):
        if m.group(1):
            hi, lo = int(m.group(1), 16), int(m.group(2), 16)
            char = chr(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
        elif m.group(3):
            code = int(m.group(3), 16)
            char = "\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code)  # a lone surrogate
        else:
            char = _SIMPLE.get(m.group(4), m.group(4))
        out.append((m.start(), m.end(), char))
    return tuple(out)
