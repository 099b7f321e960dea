"""Cleaning scraped plan text, exactly: every repair is an edit with a map back to the source.

The rules, each counted in the report:

- ``html``: tags, scripts, styles and comments removed; block tags become a newline; entities decoded.
- ``crlf``: the ``\\r`` of CRLF and form feeds removed.
- ``pinyin``: pinyin in brackets after a character removed (``創(chuàng)新`` → ``創新``).
- ``junk``: site header, footer and menu lines removed (``SUCAI198.COM``, ``微信扫码领取福利``, ``点击:0``).
- ``rejoin``: a paragraph broken across blank lines by page layout rejoined (``国家高新\\n\\n区为动力``).
- ``mojibake``: characters lost to a bad conversion (``?``, U+FFFD) are counted, never removed.
"""

from __future__ import annotations

import html as _html
import re
from collections import Counter
from dataclasses import dataclass, field

from .offsets import Edit, OffsetMap, merge_edits

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ"
# pinyin syllable(s) in ASCII or full-width brackets right after a CJK character; the
# closing bracket may be lost at the very end of a truncated file
PINYIN = re.compile(rf"(?<=[{CJK}])[(（]([a-z{_TONED}]{{1,12}})(?:[)）]|$)")
SENTENCE_END = "。！？!?；;：:”』」）)…"

JUNK_LINE = re.compile(
    r"""^[ \t\u3000\-•*]*(?:
        .*SUCAI\d+\.COM.*
      | .*(?:微信扫码|微信掃碼|扫码领取|领取福利|扫一扫|掃一掃|加入收藏|打印本页|关闭窗口|關閉窗口|返回顶部|分享到).*
      | (?:admin\s+)?分享\s.*
      | (?:点击|點擊|浏览|瀏覽|阅读|閱讀|访问量|訪問量)(?:次数|次數|量)?\s*[:：]\s*\d*\s*
      | (?:时间|時間|发布时间|發布時間|来源|來源|作者|编辑|編輯|责任编辑|責任編輯)\s*[:：].{0,40}
      | \d{1,8}
      | .*第\d+/\d+页\).*
    )[ \t\u3000]*$""",
    re.VERBOSE | re.MULTILINE,
)
LINE = re.compile(r"[^\n]*\n?")


@dataclass
class Cleaned:
    """The result of :func:`clean`: clean text, its map to the source, and what was done."""

    text: str
    map: OffsetMap
    repairs: Counter[str] = field(default_factory=Counter)
    removed: list[tuple[int, int, str, str]] = field(default_factory=list)
    """Removed source lines as ``(start, end, rule, text)``; metadata readers look here for dates."""


def clean(raw: str, *, html: bool = False) -> Cleaned:
    """Clean ``raw`` (the decoded source text). ``html=True`` first strips markup."""
    repairs: Counter[str] = Counter()
    removed: list[tuple[int, int, str, str]] = []
    text, omap = raw, OffsetMap.identity(len(raw))
    if html:
        edits = _html_edits(raw, repairs)
        text, omap = OffsetMap.from_edits(raw, edits)

    edits1 = merge_edits(_crlf_edits(text, repairs), _pinyin_edits(text, repairs), _junk_edits(text, omap, repairs, removed))
    text1, map1 = OffsetMap.from_edits(text, edits1)
    omap = omap.then(map1)

    edits2 = _rejoin_edits(text1, repairs)
    if edits2:
        text2, map2 = OffsetMap.from_edits(text1, edits2)
        omap = omap.then(map2)
        text1 = text2
    repairs["mojibake"] = count_mojibake(text1)
    return Cleaned(text1, omap, +repairs, removed)


def _crlf_edits(text: str, repairs: Counter[str]) -> list[Edit]:
    edits = [(m.start(), m.start() + 1, "") for m in re.finditer(r"\r(?=\n)|\f", text)]
    repairs["crlf"] += len(edits)
    return edits


def _pinyin_edits(text: str, repairs: Counter[str]) -> list[Edit]:
    edits = [(m.start(), m.end(), "") for m in PINYIN.finditer(text)]
    repairs["pinyin"] += len(edits)
    return edits


def _junk_edits(text: str, omap: OffsetMap, repairs: Counter[str], removed: list) -> list[Edit]:
    edits: list[Edit] = []
    for m in JUNK_LINE.finditer(text):
        if not m.group().strip():
            continue
        end = m.end() + 1 if m.end() < len(text) and text[m.end()] == "\n" else m.end()
        edits.append((m.start(), end, ""))
        rs, re_ = omap.raw_span(m.start(), m.end())
        removed.append((rs, re_, "junk", m.group().strip()))
    repairs["junk"] += len(edits)
    return edits


def _rejoin_edits(text: str, repairs: Counter[str]) -> list[Edit]:
    """Blank lines inside a paragraph: a long line that ends mid-sentence, then text."""
    edits: list[Edit] = []
    for m in re.finditer(r"\n[ \t\u3000]*\n\s*", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start : m.start()].rstrip()
        nxt = text[m.end() : m.end() + 1]
        if len(line) >= 40 and line[-1] not in SENTENCE_END and nxt and (re.match(rf"[{CJK}0-9A-Za-z“”%]", nxt)):
            edits.append((m.start(), m.end(), ""))
    repairs["rejoin"] += len(edits)
    return edits


_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "ul", "ol", "title", "dd", "dt"}
_TAG = re.compile(r"<!--.*?-->|<(script|style|noscript|nav|header|footer)\b.*?</\1\s*>|<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>|&(#x?[0-9a-fA-F]+|[a-zA-Z]+);", re.S | re.I)


def _html_edits(text: str, repairs: Counter[str]) -> list[Edit]:
    edits: list[Edit] = []
    for m in _TAG.finditer(text):
        if m.group(4):
            ent = _html.unescape(m.group())
            edits.append((m.start(), m.end(), ent if len(ent) == 1 and ent != m.group() else ""))
            repairs["html_entity"] += 1
            continue
        name = (m.group(3) or "").lower()
        edits.append((m.start(), m.end(), "\n" if name in _BLOCK else ""))
        repairs["html_tag"] += 1
    return edits


MOJIBAKE = re.compile(rf"(?<=[{CJK}“”，。、])\?+(?=[{CJK}“”!a-zA-Z])|\ufffd|[€‚ƒ„†‡ˆ‰‹ŒŽ‘’•–—˜™›œžŸ]{{1}}(?=[{CJK}])")


def count_mojibake(text: str) -> int:
    """Characters that look lost to a bad conversion: a ``?`` inside Chinese text, U+FFFD, cp1252 debris."""
    return sum(len(m.group()) for m in MOJIBAKE.finditer(text))
