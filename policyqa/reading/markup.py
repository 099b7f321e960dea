"""HTML as edits on its source: saved web pages, and posts whose body is HTML.

The tokenizer is the standard library's :class:`html.parser.HTMLParser` (the parser
beautifulsoup4 uses by default), run with ``convert_charrefs=False`` so that it reports every
tag, text run, entity and comment separately, at the position where it starts: each construct
is the source span from its own start to the next one's, so the edits below are exact.

What becomes of each construct:

- a block element's tags (``<p>``, ``<div>``, ``<h1>``…``<h6>``, ``<li>``, ``<td>``, ``<br>``,
  ``<title>`` …) become one newline each: paragraphs and headings become lines;
- inline tags (``<span>``, ``<a>``, ``<strong>``, ``<font>`` …), comments, declarations,
  processing instructions and Word's ``<![if !supportLists]>`` are deleted;
- an entity (``&amp;``, ``&ldquo;``, ``&#49;``) becomes the character it stands for (an entity
  the parser does not know stays as written);
- hidden and navigation elements (``<script>``, ``<style>``, ``<nav>``, ``<header>``,
  ``<footer>``, and containers whose class, id or role says nav, menu, breadcrumb, share,
  footer …) are dropped whole, with their content.

Text between tags keeps its own line breaks (a markdown post's paragraphs stay apart); the
cleaning stage after this one strips indentation and squeezes blank lines.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from html.parser import HTMLParser

from .offsets import Edit
from .. import patterns

BLOCK = frozenset(
    "p div br li tr td th h1 h2 h3 h4 h5 h6 section article table ul ol title dd dt dl blockquote pre hr main body"
    " caption figure figcaption address center".split()
)
HIDDEN = frozenset("script style noscript nav header footer aside form select button iframe svg template menu object head_nav".split())
VOID = frozenset("br hr img meta link input area base col embed source track wbr param".split())
NAV_CONTAINERS = frozenset("div ul ol section table p span dl".split())
NAVISH = patterns.compile(r"\b(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|footer|header|sidebar|share|toolbar|copyright|topbar)\b", re.I)

# a whole page: a doctype, an <html> root, or a <body>
_PAGE_START = ("<!doctype html", "<html", "<?xml")
# markup inside a text or markdown file: a few block or inline tags, at least one of them closed
_BODY = patterns.compile("<body", re.I)
_SERVER_TAG = patterns.compile(r"<%[^\n]{0,2000}?%>")  # JSP/ASP: <%@ page pageEncoding="UTF-8"%>
_TAG_HINT = patterns.compile(r"</?(?:p|div|br|span|h[1-6]|li|td|tr|section|article|table|strong|b|a|img|font|blockquote)\b[^<>\n]{0,300}>", re.I)


def looks_like_html(text: str) -> bool:
    """A web page, or text whose body is HTML (a markdown post of ``<p cms-style=…>`` paragraphs)."""
    if text.find("<", 0, 100_000) < 0:  # no tag at all (most plans): nothing to lower-case
        return False
    head = text[:4096].lstrip().lower()
    if head.startswith(_PAGE_START):
        return True
    sample = text[:100_000]
    if _BODY.search(sample) and "</" in sample:
        return True
    tags = _TAG_HINT.findall(sample)
    return len(tags) >= 3 and any(t.startswith("</") for t in tags)


def html_edits(text: str, repairs: Counter[str]) -> list[Edit]:
    """The edits that take the markup out of ``text`` (see the module docstring), in order.

    Never raises on any string: should the tokenizer fail, the text is left as it is.
    """
    tok = _Tokenizer(text)
    try:
        tok.feed(text)
        tok.close()
    except Exception:  # noqa: BLE001  (the stdlib parser is lenient; this is a last resort)
        repairs["html_unparsed"] += 1
        return []
    tok.finish()
    if any(a[1] > b[0] for a, b in zip(tok.edits, tok.edits[1:])):  # positions lost: never guess
        repairs["html_unparsed"] += 1
        return []
    repairs.update(tok.counts)
    edits = tok.edits
    if "<%" in text:  # a saved server page's directives (<%@ page … %>, <%@ include … %>): code, not text
        taken = [(a, b) for a, b, _ in edits]
        extra = [(m.start(), m.end(), "") for m in _SERVER_TAG.finditer(text)
                 if not any(a < m.end() and m.start() < b for a, b in taken)]
        if extra:
            repairs["html_server_tag"] += len(extra)
            edits = sorted(edits + extra)
    return edits


class _Tokenizer(HTMLParser):
    """Turns the parser's events into edits; each event's span ends where the next one starts."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.edits: list[Edit] = []
        self.counts: Counter[str] = Counter()
        self.pending: tuple[str, int, str] | None = None  # (kind, start, tag) of the last event
        self.skip: tuple[str, int, int] | None = None  # (tag, depth, start) of a hidden element

    # -- positions ------------------------------------------------------------------------------
    def _here(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _event(self, kind: str, tag: str = "") -> None:
        at = self._here()
        if self.pending is not None:
            self._done(*self.pending, at)
        self.pending = (kind, at, tag)

    def finish(self) -> None:
        if self.pending is not None:
            self._done(*self.pending, len(self.text))
            self.pending = None
        if self.skip is not None:  # an element never closed: drop it to the end
            self.edits.append((self.skip[2], len(self.text), ""))
            self.counts["html_hidden"] += 1
            self.skip = None

    # -- the parser's callbacks -----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        hide = tag in HIDDEN or (tag in NAV_CONTAINERS and any(k in ("class", "id", "role") and v and NAVISH.search(v) for k, v in attrs))
        self._event("hide" if hide and tag not in VOID else "start", tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._event("empty", tag)

    def handle_endtag(self, tag: str) -> None:
        self._event("end", tag)

    def handle_data(self, data: str) -> None:
        self._event("data")

    def handle_entityref(self, name: str) -> None:
        self._event("entity")

    def handle_charref(self, name: str) -> None:
        self._event("entity")

    def handle_comment(self, data: str) -> None:
        self._event("markup")

    def handle_decl(self, decl: str) -> None:
        self._event("markup")

    def handle_pi(self, data: str) -> None:
        self._event("markup")

    def unknown_decl(self, data: str) -> None:
        self._event("markup")

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """``<![if !supportLists]>`` (Word) and other marked sections the stdlib refuses: up to the next ``>``."""
        where = self.lineno, self.offset
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = where  # the base class moved them before it gave up
            j = self.rawdata.find(">", i + 3)
            if j < 0:
                return -1
            self.unknown_decl(self.rawdata[i + 3 : j])
            return j + 1

    # -- one construct, now that its end is known -----------------------------------------------
    def _done(self, kind: str, start: int, tag: str, end: int) -> None:
        if end <= start:
            return
        if self.skip is not None:
            name, depth, skip_start = self.skip
            if tag == name and kind in ("start", "hide", "end"):
                depth += -1 if kind == "end" else 1
            if depth == 0:
                self.edits.append((skip_start, end, "\n"))
                self.counts["html_hidden"] += 1
                self.skip = None
            else:
                self.skip = (name, depth, skip_start)
            return
        if kind == "data":
            return
        if kind == "hide":
            self.skip = (tag, 1, start)
            return
        if kind == "entity":
            source = self.text[start:end]
            char = html.unescape(source)
            if char == source:
                return  # not an entity the parser knows: it stays as written
            self.edits.append((start, end, char if len(char) == 1 else ""))
            self.counts["html_entity"] += 1
            return
        self.edits.append((start, end, "\n" if tag in BLOCK else ""))
        self.counts["html_tag"] += 1
