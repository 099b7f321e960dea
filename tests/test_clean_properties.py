"""Property tests: cleaning is exact on texts built from the seed plans plus injected mess."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policyqa.reading.clean import clean
from policyqa.reading.offsets import OffsetMap, merge_edits

ROOT = Path(__file__).parents[1]
CORPUS = Path(__file__).parents[2] / "shared" / "corpus"
_FILES = sorted((ROOT / "evals" / "plans").glob("*.txt")) + (sorted(CORPUS.glob("0*.txt")) if CORPUS.is_dir() else [])
LINES = [ln for f in _FILES for ln in f.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n") if ln.strip()]
JUNK = ["SUCAI198.COM —— 专注党建行政公文写作范文", "微信扫码领取福利", "- 點擊:0", "- 時間:2024-05-07", "221381", "返回顶部", "【法宝引证码】 CLI.12.4638041", "首页\n>\n政务公开\n>\n统计公报", "访问量：\n4859", "赣ICP备06000141号"]
PINYIN = ["(chuàng)", "(zhì)", "(qū)", "(xiàn)", "(fā)", "(yè)", "（lǐng）", "(guān)"]
TONED_AFTER_A_CHARACTER = re.compile(r"(?<=[^\s(（])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def messy_texts(draw) -> str:
    """Pieces of real plan lines with pinyin, junk lines, CRLF, form feeds, blank-line breaks, spaced glyphs."""
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 8))):
        line = draw(st.sampled_from(LINES))
        a = draw(st.integers(0, max(0, len(line) - 1)))
        piece = line[a : a + draw(st.integers(1, 120))]
        kind = draw(st.sampled_from(["plain", "pinyin", "break", "spaced", "junk", "mojibake"]))
        cjk_ends = [i + 1 for i, ch in enumerate(piece) if "\u4e00" <= ch <= "\u9fff"]
        if kind == "pinyin" and cjk_ends:  # the converter's shape: right after a character
            i = draw(st.sampled_from(cjk_ends))
            piece = piece[:i] + draw(st.sampled_from(PINYIN)) + piece[i:]
        elif kind == "break" and len(piece) > 2:
            i = draw(st.integers(1, len(piece) - 1))
            piece = piece[:i] + draw(st.sampled_from(["\n\n", "\n", "\n\n\f", "\n\n12\n\n"])) + piece[i:]
        elif kind == "spaced":
            piece = " ".join(piece[:12]) + piece[12:]
        elif kind == "junk":  # site junk stands on lines of its own, whatever joins the pieces
            parts.append("\n" + draw(st.sampled_from(JUNK)) + "\n")
        elif kind == "mojibake" and piece:
            i = draw(st.integers(0, len(piece)))
            piece = piece[:i] + draw(st.sampled_from(["?", "?!", "\ufffd", "?qū)", "€"])) + piece[i:]
        parts.append(piece)
    sep = draw(st.sampled_from(["\n", "\r\n", "\n\n", " "]))
    return sep.join(parts)


def check_map(raw: str, text: str, m: OffsetMap) -> None:
    """Monotone and exact: runs in order, copy runs copy, replace runs stand for whitespace or markup."""
    assert m.clean_length == len(text) and m.raw_length == len(raw)
    ends = (*m.clean_starts[1:], m.clean_length)
    prev_raw_end = 0
    for cs, ce, rs, re_, copy in zip(m.clean_starts, ends, m.raw_starts, m.raw_ends, m.copy):
        assert cs < ce or (cs == ce == len(text))
        assert prev_raw_end <= rs <= re_ <= len(raw)
        if copy:
            assert raw[rs:re_] == text[cs:ce]
        else:
            assert ce - cs == 1 and re_ > rs
        prev_raw_end = re_
    for c in range(len(text)):
        a, b = m.raw_span(c, c + 1)
        assert a < b and (c == 0 or m.raw_span(c - 1, c)[1] <= a)


@FAST
@given(messy_texts())
def test_map_is_monotone_and_exact(raw):
    c = clean(raw)
    check_map(raw, c.text, c.map)
    assert "\r" not in c.text and "\f" not in c.text
    assert not TONED_AFTER_A_CHARACTER.search(c.text)
    assert not re.search(r"(?m)^[ \t]*微信扫码领取福利[ \t]*$", c.text)  # junk on a line of its own goes


@FAST
@given(messy_texts(), st.data())
def test_any_clean_span_maps_to_a_raw_span_that_cleans_back_to_it(raw, data):
    c = clean(raw)
    n = len(c.text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    rs, re_ = c.map.raw_span(a, b)
    assert 0 <= rs <= re_ <= len(raw)
    if a < b:
        assert c.map.clean_span(rs, re_) == (a, b)


@FAST
@given(messy_texts(), st.data())
def test_any_raw_span_maps_to_the_clean_characters_wholly_inside_it(raw, data):
    c = clean(raw)
    a = data.draw(st.integers(0, len(raw)))
    b = data.draw(st.integers(a, len(raw)))
    cs, ce = c.map.clean_span(a, b)
    for i in range(cs, ce):
        rs, re_ = c.map.raw_span(i, i + 1)
        assert a <= rs and re_ <= b
    for i in (cs - 1, ce):  # the neighbours are not wholly inside
        if 0 <= i < len(c.text):
            rs, re_ = c.map.raw_span(i, i + 1)
            assert not (a <= rs and re_ <= b and rs < re_) or i in range(cs, ce)


@FAST
@given(messy_texts())
def test_html_pages_are_exact_too(raw):
    page = "<html><body><nav>首页 | 新闻</nav>" + "".join(f"<p>{p}</p>" for p in raw.split("\n")) + "<footer>版权所有</footer></body></html>"
    c = clean(page, html=True)
    check_map(page, c.text, c.map)
    assert "首页 | 新闻" not in c.text and "<p>" not in c.text


# -- OffsetMap on its own --------------------------------------------------------------------
@st.composite
def edits_on(draw, text: str):
    """Sorted, non-overlapping edits: deletions and one-character replacements."""
    out = []
    pos = 0
    while pos < len(text) and draw(st.booleans()):
        start = draw(st.integers(pos, len(text)))
        end = draw(st.integers(start, min(len(text), start + 6)))
        repl = draw(st.sampled_from(["", "", "X", "\n"]))
        if end == start:  # cleaning never inserts: every clean character stands for some source
            end = start + 1
            if end > len(text):
                break
        out.append((start, end, repl))
        pos = end if end > start else end + 1
    return out


def apply(text: str, edits) -> str:
    out, pos = [], 0
    for s, e, r in edits:
        out.append(text[pos:s] + r)
        pos = e
    return "".join(out) + text[pos:]


def test_offset_map_refuses_insertions():
    import pytest

    with pytest.raises(ValueError):
        OffsetMap.from_edits("abc", [(3, 3, "X")])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="創新驅動發展abc\n ", max_size=40), st.data())
def test_offset_map_composition(source, data):
    e1 = data.draw(edits_on(source))
    mid, m1 = OffsetMap.from_edits(source, e1)
    assert mid == apply(source, e1)
    e2 = data.draw(edits_on(mid))
    out, m2 = OffsetMap.from_edits(mid, e2)
    assert out == apply(mid, e2)
    composed = m1.then(m2)
    assert composed.clean_length == len(out) and composed.raw_length == len(source)
    for c in range(len(out)):
        ms, me = m2.raw_span(c, c + 1)
        expect = m1.raw_span(ms, me) if me > ms else (m1.raw_start(ms),) * 2
        assert composed.raw_span(c, c + 1) == expect
    for a in range(len(out) + 1):
        for b in range(a, len(out) + 1):
            rs, re_ = composed.raw_span(a, b)
            if a < b:
                assert composed.clean_span(rs, re_) == (a, b)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6), st.sampled_from(["", "x"])), max_size=8))
def test_merge_edits_gives_sorted_non_overlapping_edits(raw_edits):
    edits = [(s, s + max(n, 1 if r else 0), r) for s, n, r in raw_edits]
    merged = merge_edits(edits)
    for (s1, e1, _), (s2, e2, _) in zip(merged, merged[1:]):
        assert e1 <= s2
    OffsetMap.from_edits("x" * 40, merged)  # applies without error
