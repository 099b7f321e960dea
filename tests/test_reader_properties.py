"""Property tests: the reader takes any byte string and gives a Document or an InputError, never another exception.

Random bytes under every suffix the reader knows, random HTML (tag soup, Word's marked
sections, scripts, entities, unclosed elements), random CSV and JSON, and the seed plans in
every encoding cut off at a random byte. Whatever is read must be exact: the map covers the
source, copy runs copy, and any clean span maps back to a source span that cleans to it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policyqa.reading.document import Document, read_file
from policyqa.errors import InputError

ROOT = Path(__file__).parents[1]
SEEDS = sorted((ROOT / "evals" / "plans").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8")[:4000] for p in SEEDS]
SUFFIXES = [".txt", ".html", ".md", ".csv", ".json", ".jsonl", ".pdf", ""]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "gbk", "big5", "cp950", "big5hkscs"]
# POLICYQA_FUZZ=5000 runs many more examples (the default keeps the suite quick)
SETTINGS = settings(max_examples=int(os.environ.get("POLICYQA_FUZZ", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_bytes(data: bytes, suffix: str) -> Document | None:
    """Read ``data`` as a file; None for an InputError (any other exception fails the test)."""
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / f"input{suffix}"
        f.write_bytes(data)
        try:
            doc = read_file(f)
        except InputError as e:
            assert str(f) in str(e) and "\n" not in str(e)
            return None
    check_exact(doc)
    return doc


def check_exact(doc: Document) -> None:
    m = doc.map
    assert m.clean_length == len(doc.text) and m.raw_length == len(doc.raw)
    ends = (*m.clean_starts[1:], m.clean_length)
    for cs, ce, rs, re_, copy in zip(m.clean_starts, ends, m.raw_starts, m.raw_ends, m.copy):
        if copy:
            assert doc.raw[rs:re_] == doc.text[cs:ce]
        else:
            assert ce - cs == 1 and rs < re_
    n = len(doc.text)
    for a, b in ((0, n), (n // 3, n // 2), (n // 2, n // 2 + 7)):
        b = min(b, n)
        if a < b:
            rs, re_ = doc.raw_span(a, b)
            assert doc.clean_between(rs, re_) == doc.text[a:b]


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from(SUFFIXES))
def test_random_bytes(data, suffix):
    read_bytes(data, suffix)


@SETTINGS
@given(st.sampled_from(TEXTS), st.sampled_from(ENCODINGS), st.integers(0, 4000), st.integers(0, 6), st.sampled_from([".txt", ".html", ".md"]))
def test_truncated_files_of_each_encoding(text, encoding, cut, head, suffix):
    data = text.encode(encoding, errors="ignore")
    read_bytes(data[head : head + cut], suffix)


_PIECES = [
    "<p>", "</p>", "<div class='nav'>", "<div>", "</div>", "<br>", "<br/>", "<title>", "</title>", "<span style=\"a>b\">",
    "</span>", "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<![if !supportLists]>", "<![endif]>",
    "<![CDATA[", "]]>", "<!doctype html>", "<?xml version='1.0'?>", "&amp;", "&ldquo;", "&#19968;", "&#x4e2d;", "&#0;",
    "&#xD800;", "&bogus;", "&", "<", ">", "</", "<a href=x'y>", "<td>", "<table>", "<!", "<![", "\n", "\r\n", " ", "\u3000",
    "一、总体要求。", "力争到2027年，新增企业100家以上。", "（一）", "首页", "微信扫码", "創(chuàng)新", "?", "\x00", "\ufeff",
]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=8)), max_size=60), st.sampled_from([".html", ".md", ".txt"]))
def test_random_html(pieces, suffix):
    page = "".join(pieces)
    read_bytes(page.encode("utf-8", errors="surrogatepass"), suffix)
    for fmt in ("html", "text"):
        try:
            doc = Document.from_text(page, "<page>", format=fmt)
        except InputError:
            continue
        check_exact(doc)


_JSONISH = ['{"title": "', '", "content": "', '"}', "[", "]", ",", "\\n", "\\u4e2d", "\\ud83d\\ude00", "\\ud800", '\\"', "\n", ":", "{", "}", "null", "1"]
_CSVISH = ['"', '""', ",", "\t", "\n", "\r\n", "title", "content", "正文", "力争到2027年新增企业100家以上。" * 3]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(_JSONISH + _CSVISH), st.text(max_size=6)), max_size=50), st.sampled_from([".json", ".jsonl", ".csv", ".tsv"]))
def test_random_datasets(pieces, suffix):
    read_bytes("".join(pieces).encode("utf-8", errors="surrogatepass"), suffix)


@settings(max_examples=max(40, SETTINGS.max_examples // 4), deadline=None)
@given(st.binary(max_size=2000))
def test_random_pdf_bodies(body):
    read_bytes(b"%PDF-1.4\n" + body, ".pdf")
