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
from .. import patterns

TEXT_NAMES = patterns.compile(r"^(?:text|texts|content|contents|page_content|body|article|full_?text|document|doc|passage|正文|内容|全文|文本|原文|全文内容|正文内容)$", re.I)
TITLE_NAMES = patterns.compile(r"^(?:title|headline|name|标题|題目|题目|標題|名称|名稱|文件名称|文件名)$", re.I)
# Columns (or fields of a record's nested metadata object) that date a record or name its author.
DATE_NAMES = patterns.compile(r"^(?:date|publish_?date|pub_?date|release_?date|published|year|日期|发布日期|發布日期|发文日期|成文日期|年份|年度)$", re.I)
AUTHOR_NAMES = patterns.compile(r"^(?:author|authors|作者|撰稿|撰稿人)$", re.I)
_ISO_DATE = patterns.compile(r"^\s*((?:19|20)\d\d)(?:[-/.年]\s*(\d{1,2})(?:[-/.月]\s*(\d{1,2})日?)?月?)?(?:$|[\sT])")
LONG = 40  # mean characters of a column that holds text


@dataclass(frozen=True)
class Record:
    """One record of a dataset: its source span, and its title cell's when it has one."""

    start: int
    end: int
    title: tuple[int, int] | None = None
    date: str | None = None  # ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), from a date or year column
    author: str | None = None  # from an author column


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


def extract(raw: str, kind: str) -> Extract | None:
    """The edits that keep only the text of each record of a CSV or JSON dataset, or None."""
    if kind == "json":
        boxes = _word_boxes(raw)
        if boxes is not None:
            return boxes
    rows = _csv_rows(raw) if kind == "csv" else _json_rows(raw)
    if not rows:
        return None
    names, rows = rows[0], rows[1:]
    title, columns = _text_columns(names, rows)
    if not columns:
        return None
    dates = [k for k in names if DATE_NAMES.match(str(names[k]).strip()) and k not in columns]
    authors = [k for k in names if AUTHOR_NAMES.match(str(names[k]).strip()) and k not in columns]
    kept: list[tuple[list[_Cell], _Cell | None, str | None, str | None]] = []
    for row in rows:
        head = row.get(title) if title is not None and row.get(title) and row[title].value.strip() else None
        cells = sorted((row[c] for c in columns if c in row and row[c].value.strip()), key=lambda c: c.start)
        if cells:
            date = next((d for d in (_iso(row[k].value) for k in dates if k in row) if d), None)
            author = next((row[k].value.strip() for k in authors if k in row and 2 <= len(row[k].value.strip()) <= 40), None)
            kept.append((sorted([*cells, head], key=lambda c: c.start) if head else cells, head, date, author))
    if not kept:
        return None
    edits: list[Edit] = []
    records: list[Record] = []
    pos = 0
    for cells, head, date, author in kept:
        records.append(Record(cells[0].start, cells[-1].end, (head.start, head.end) if head else None, date, author))
        for cell in cells:
            if cell.start > pos:
                edits.append((pos, cell.start, "\n" if pos > 0 else ""))
            edits.extend(cell.escapes)
            pos = cell.end
    if pos < len(raw):
        edits.append((pos, len(raw), ""))
    return Extract(edits, tuple(records))


def _iso(value: str) -> str | None:
    """A date or year cell as ISO 8601 ("2022-04-11", "2022年4月", "2025"), or None."""
    m = _ISO_DATE.match(value)
    if not m:
        return None
    y, mo, d = m.groups()
    if mo and not 1 <= int(mo) <= 12 or d and not 1 <= int(d) <= 31:
        return None
    return y + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if mo and d else "")


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


def _json_values(raw: str) -> list[Any]:
    """The JSON values of a file (one, or JSON lines), each string a :class:`_Spanned`; [] when it is no JSON."""
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
    return values


def _json_rows(raw: str) -> list[dict[Any, _Cell]]:
    """The records of a JSON list, of the first list of objects under a key, of JSON lines, or one object."""
    values = _json_values(raw)
    if not values:
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
    names: dict[Any, str] = {}
    rows = []
    for obj in objects:
        row = {}
        for k, v in obj.items():
            if isinstance(v, _Spanned):
                names.setdefault(k, k)
                row[k] = _Cell(v.start, v.end, str(v), _json_escapes(raw, v.start, v.end))
        for k, v in obj.items():  # a nested metadata object ({"page_content": …, "metadata": {"title": …}})
            if isinstance(v, dict):
                for k2, v2 in v.items():
                    key = f"{k}.{k2}"
                    if isinstance(v2, _Spanned) and k2 not in obj and any(r.match(str(k2)) for r in (TITLE_NAMES, DATE_NAMES, AUTHOR_NAMES)):
                        names.setdefault(key, k2)
                        row[key] = _Cell(v2.start, v2.end, str(v2), _json_escapes(raw, v2.start, v2.end))
        rows.append(row)
    return [names, *rows]


_ESCAPE = patterns.compile(r"\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\(.)", re.S)
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


# -- word boxes of a PDF (pdftojson, pdfplumber …) ---------------------------------------------
# A PDF dumped as JSON is pages of positioned words: {"xMin", "xMax", "yMin", "yMax", "text"}
# (pdftojson), {"x0", "x1", "top", "bottom", "text"} (pdfplumber). The file is one text: words on
# one visual line are joined, lines and pages are separated by newlines.
_BOX_KEYS = (("xMin", "xMax", "yMin", "yMax"), ("x0", "x1", "top", "bottom"), ("left", "right", "top", "bottom"))


def _box(obj: Any) -> tuple[float, float, float, float, _Spanned] | None:
    if not isinstance(obj, dict):
        return None
    text = obj.get("text")
    if not isinstance(text, _Spanned):
        return None
    for keys in _BOX_KEYS:
        vals = [obj.get(k) for k in keys]
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in vals):
            return (*vals, text)  # type: ignore[return-value]
    return None


def _pages(value: Any, out: list[list[tuple]]) -> None:
    """Collect every list of word boxes under ``value`` (a page each), in file order."""
    if isinstance(value, list):
        boxes = [_box(x) for x in value]
        if value and sum(b is not None for b in boxes) >= 0.8 * len(value):
            out.append([b for b in boxes if b is not None])
            return
        for x in value:
            _pages(x, out)
    elif isinstance(value, dict):
        for x in value.values():
            _pages(x, out)


def _word_boxes(raw: str) -> Extract | None:
    """The edits that keep the words of a PDF's word-box dump as lines of text (one record), or None."""
    if '"text"' not in raw[:65536]:
        return None
    values = _json_values(raw)
    pages: list[list[tuple]] = []
    for v in values:
        _pages(v, pages)
    words = sum(len(p) for p in pages)
    if words < 3:
        return None
    edits: list[Edit] = []
    pos, prev = 0, None
    first = last = None
    for page in pages:
        for x0, x1, y0, y1, text in page:
            if not text.strip():
                continue
            if prev is None:
                sep = ""
            else:
                px0, px1, py0, py1, same_page = prev
                height = max(1e-6, min(y1 - y0, py1 - py0))
                overlap = min(y1, py1) - max(y0, py0)
                if same_page is page and overlap >= 0.5 * height and x0 >= px1 - 0.5 * height:
                    sep = " " if x0 - px1 > 0.6 * height else ""  # the same visual line
                else:
                    sep = "\n"
            if text.start > pos:
                edits.append((pos, text.start, sep))
            edits.extend(_json_escapes(raw, text.start, text.end))
            first = text.start if first is None else first
            last = pos = text.end
            prev = (x0, x1, y0, y1, page)
    if first is None or last is None:
        return None
    if pos < len(raw):
        edits.append((pos, len(raw), ""))
    return Extract(edits, (Record(first, last),))
