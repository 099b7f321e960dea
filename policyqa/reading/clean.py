"""Cleaning scraped plan text, exactly: every repair is an edit with a map back to the source.

Cleaning runs in stages; each stage only deletes characters or replaces a span with one
character, so :class:`~policyqa.reading.offsets.OffsetMap` keeps every clean character tied to its
source span. The rules, each counted in ``Cleaned.repairs``:

- ``html_tag`` / ``html_entity`` / ``html_hidden``: markup removed (block tags become a newline,
  so each paragraph, heading or cell is a line), entities decoded, scripts, styles, navigation,
  menus, headers and footers dropped whole (see :mod:`policyqa.reading.markup`).
- ``crlf`` / ``page_break`` / ``invisible`` / ``control``: the ``\\r`` of CRLF, form feeds, zero-width
  characters, NULs and other control characters.
- ``pinyin``: pinyin in brackets after a character (``創(chuàng)新`` → ``創新``), also after a
  character lost to mojibake (``域?qū)崿F(xiàn)``: the toned syllables go).
- ``spaced``: glyphs spaced out by a PDF converter (``施 政 報 告`` → ``施政報告``).
- ``junk``: site header, footer, menu and share lines (``SUCAI198.COM``, ``微信扫码领取福利``,
  ``點擊:0``, breadcrumbs, ``【法宝引证码】``, ICP numbers, page numbers); kept in ``removed``.
- ``duplicate``: a line repeated at once (a title given twice, once in full-width brackets).
- ``rejoin``: a paragraph broken across blank lines by page layout (``国家高新\\n\\n区为动力``).
- ``unwrap``: hard-wrapped lines of a PDF text, and lines split where a page had inline tags
  (``一\\n、\\n综合``, ``全年农业总产值\\n613.22亿元``), joined again; on a page whose every inline
  span stands on a line of its own (digits, Latin and curly quotes: ``服务向\\n“\\n供电+能效\\n”\\n服务延伸``,
  told by :func:`fragmented`), every span line joins its sentence, while an item's label and a
  signature's date keep lines of their own.
- ``paragraph``: paragraph breaks that a dataset flattened to spaces, restored as newlines.
- ``mojibake``: characters that look lost to a bad conversion (``?``, U+FFFD) are counted,
  never removed or guessed.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from .markup import html_edits, looks_like_html
from .offsets import Edit, OffsetMap, merge_edits
from .. import patterns

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = "，。、；：！？《》「」『』（）“”‘’【】…—·"
# (Patterns that scan whole texts open with one character class where they can: the regex
# engine then skips to the characters in it, instead of trying the whole pattern everywhere.)
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SYLLABLE = rf"[a-zü{_TONED}]{{1,7}}"
# pinyin after a CJK character; the closing bracket may be lost at the very end of a file
PINYIN = patterns.compile(rf"[(（](?<=[{CJK}][(（]){_SYLLABLE}(?:[)）]|\Z)")
# a syllable with a tone mark is pinyin wherever it stands: after mojibake debris ("F(xiàn)"),
# or with its opening bracket lost to a '?' ("?qū)")
PINYIN_TONED = patterns.compile(rf"[(（?](?:(?<=[^\s(（][(（])[a-zü]*[{_TONED}][a-zü]*[)）]|(?<=\?)([a-zü]*[{_TONED}][a-zü]*[)）]))")
# what both patterns' matches open with: a bracket or '?', then a letter of a syllable
PINYIN_HINT = patterns.compile(rf"[(（?][a-zü{_TONED}]")
SENTENCE_END = "。！？!?；;：:”』」）)…"
_H = r"[ \t\u3000\xa0\u2000-\u200a]"  # horizontal space

# -- junk lines -------------------------------------------------------------------------------
_STRONG = (  # never in a plan's prose: the whole (short) line goes
    r"SUCAI\d+\.COM|微信扫码|微信掃碼|扫码领取|掃碼領取|领取福利|領取福利|扫一扫|掃一掃|加入收藏|打印本页|打印本頁"
    r"|关闭窗口|關閉窗口|关闭本页|關閉本頁|返回顶部|返回頂部|分享到|版权所有|版權所有|ICP备|ICP證|ICP证|公网安备|公網安備"
    r"|网站标识码|網站標識碼|【法宝引证码】|您当前所在位置|您當前所在位置|当前位置[:：]|當前位置[:：]|您访问的链接即将离开"
    r"|阅读时长|閱讀時長|第\d+/\d+页|Copyright|©|如涉及版权|如涉及版權|侵权请联系|侵權請聯繫|请联系我们删除|請聯繫我們刪除"
)
_WHOLE = (  # junk when they are the whole line
    r"首页|首頁|网站无障碍|無障礙|无障碍|关怀版|關懷版|长者版|長者版|适老版|网站地图|網站地圖|联系我们|聯繫我們|继续访问|繼續訪問|放弃|放棄"
    r"|无障碍阅读|無障礙閱讀|无障碍浏览|無障礙瀏覽|长辈版|長輩版|开启长辈版|打印|收藏|分享|关闭|關閉|登录|登錄|注册|註冊|简体|簡體|繁体|繁體|English|字号[:：]?\s*大\s*中\s*小|【?字体[:：]?\s*大\s*中\s*小】?"
)
_FIELD_LABEL = r"(?:时间|時間|发布时间|發布時間|来源|來源|信息来源|稿源|图片来源|圖片來源|图源|圖源|摄影|攝影|作者|编辑|編輯|责任编辑|責任編輯|主办|主辦|承办|承辦|协办|技术支持|技術支持|原文链接|原文鏈接)"
# a field that dates the page and says nothing else ("发布时间：2011-04-26", "发布时间: 2023-11-14 10:11"): kept, as
# the words a reader cites for when it was posted
_DATE_FIELD = (rf"(?:发布时间|發布時間|发布日期|發布日期|时间|時間|日期){_H}*[:：]{_H}*(?:19|20)\d\d(?:[-/.]\d{{1,2}}[-/.]\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日)"
               rf"(?:{_H}+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?{_H}*$")
_FIELD = (  # "label: value" header and footer fields
    rf"(?!{_DATE_FIELD}){_FIELD_LABEL}{_H}*[:：].{{0,60}}|原文链接{_H}*[:：]{_H}*\S+"
    r"|(?:点击|點擊|浏览|瀏覽|阅读|閱讀|访问量|訪問量|点击量|浏览次数|瀏覽次數|阅读量)(?:次数|次數|量)?[ \t\u3000]*[:：]?[ \t\u3000]*\d*[ \t\u3000]*次?"
)
_LABEL_VALUE = (  # a gov.cn information table: label line, then its value on the next line
    rf"(?:索{_H}*引{_H}*号|公开方式|公开时限|公开范围|主题分类|信息分类|体裁分类|分{_H}*类|访问量|訪問量|浏览次数)"
)
STRONG = patterns.compile(_STRONG)
# What every junk line has, checked first (empty lines fail it at once, prose at its first
# comma): a character, and no 。，, on the line or a field label, URL or domain name opening it
# (what opens the only kinds of junk line that may hold one: a field's value, a URL, a domain name
# and what follows it; a line that merely opens with a letter or a digit, "2．通过…，", goes at once).
_JUNK_GUARD = (rf"(?=[^\n])(?=[^\n。，,]*+$|{_H}*(?:[-•*·]{_H}*)?"
               rf"(?:{_FIELD_LABEL}|https?://|www\.|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org)))")
JUNK_LINE = patterns.compile(
    rf"""^{_JUNK_GUARD}{_H}*(?:[-•*·]{_H}*)?(?:
        (?:[^\n>»›。，,]{{1,16}}\n{_H}*[>»›]{_H}*\n){{2,}}[^\n>»›。，,]{{1,16}}
      | (?=[^\n>»›]*[>»›])[^\n。，,>»›]{{1,30}}(?:{_H}*[>»›]{_H}*[^\n>»›。，,]{{1,16}}){{2,}}  # (a breadcrumb: is there a > at all?)
      | (?:{_WHOLE})
      | {_FIELD}
      | {_LABEL_VALUE}{_H}*[:：]{_H}*(?:\n{_H}*[^\n:：]{{1,40}})?
      | 关联稿件[:：] | 附件[:：]?(?=\n{_H}*(?:扫一扫|【))
      | \d{{1,8}}
      | [>|»›【】\[\]X×]{{1,3}}
      | (?:https?://|www\.)\S+
      | [A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org)(?:\.cn)?\b[^\n]{{0,40}}
    ){_H}*$""",
    re.VERBOSE | re.MULTILINE,
)
# JUNK_LINE after the line break before it: a pattern that opens with a character the engine can
# skip to, where one that opens with ^ is tried at every position of the text
JUNK_AFTER_BREAK = patterns.compile(r"\n" + JUNK_LINE.pattern, re.VERBOSE | re.MULTILINE)


def _junk_lines(text: str) -> list[tuple[int, int]]:
    """The spans JUNK_LINE.finditer(text) finds: the first line's, then each after its line break
    (a junk line ends before a line break, never just after one, so the next is looked for from there)."""
    first = JUNK_LINE.match(text)
    out = [first.span()] if first else []
    out += [(m.start() + 1, m.end()) for m in JUNK_AFTER_BREAK.finditer(text, first.end() if first else 0)]
    return out


# the page title's site suffix: "宜春市2022年…统计公报 |\n\t\t\t中国宜春"
TITLE_SUFFIX = patterns.compile(rf"\A{_H}*[^\n|]{{4,100}}?({_H}*[|｜]{_H}*(?:\n{_H}*[^\n]{{1,16}}{_H}*)?)$", re.MULTILINE)

# width folding that keeps length: full-width ASCII → ASCII, dashes → '-'; for comparing lines
_FOLD = {**{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}, 0x2014: 0x2D, 0x2013: 0x2D, 0x2212: 0x2D, 0x3000: 0x20}
HEAD = 3000
DUPLICATE = patterns.compile(rf"^{_H}*([^\n]{{8,}}?){_H}*\n(?:{_H}*\n)*{_H}*\1{_H}*$", re.MULTILINE)

# -- joins ------------------------------------------------------------------------------------
# a line break that might be inside a paragraph: the line before does not end a sentence
BREAK = patterns.compile(r"[\n \t\u3000](?:(?<=[^。！？!?；;：:\s]\n)[ \t\u3000\n]*|(?<=[ \t\u3000])[ \t\u3000]*\n[ \t\u3000\n]*)")
OPENING = "（(《“「『〈"
_COPULA_START = patterns.compile(r"(?:是|为)[：:]")  # a line that opens with "是：" continues the one before
_CLOSING = "、，,。；;：:）)》”」』〉%％"  # a line that opens with one of these continues the one before
LABEL_START = patterns.compile(rf"(?:\d{{1,3}}[.．、]|[（(][一二三四五六七八九十\d]{{1,3}}[)）]|[一二三四五六七八九十]{{1,3}}[、是]|第[一二三四五六七八九十]|[•·▪●■◆]|附件|注[:：])")
LABEL_ALONE = patterns.compile(r"\d{1,3}[.．]|[•·▪●]")
ITEM_NUMBER = patterns.compile(r"\d{1,3}[.．、](?![\d.．])")  # "59. …", not "613.22亿元"
CONTINUES = patterns.compile(rf"[{CJK}0-9A-Za-z“「《（(]")
NUMBER_CONT = patterns.compile(rf"\d[\d.,]*\s?(?:%|‰|℃|[万亿千百]?(?![年月日号號])[{CJK}])[^\n]{{0,40}}?[，。；,]")
_GLYPH = rf"(?:[{CJK_PUNCT}]?[{CJK}][{CJK_PUNCT}]?|[{CJK_PUNCT}]{{1,2}}|\d[\d.]*)"
SPACED = patterns.compile(rf"(?:^|(?<=[ \u3000])){_GLYPH}(?:[ \u3000]{_GLYPH}){{3,}}(?=[ \u3000\n]|$)", re.MULTILINE)
# SPACED after the space or line break before it (its group 1 is SPACED's match): a pattern that opens
# with a character the engine can skip to, where SPACED's ^ or lookbehind is tried at every position
SPACED_AFTER = patterns.compile(rf"[ \u3000\n]({_GLYPH}(?:[ \u3000]{_GLYPH}){{3,}})(?=[ \u3000\n]|$)", re.MULTILINE)
SPACED_HINT = patterns.compile(rf"[ \u3000](?<=[{CJK}][ \u3000])[^\s][ \u3000][{CJK}{CJK_PUNCT}][ \u3000]")  # (whether there is one)
FLAT_LINE = patterns.compile(r"^[^\n]{2000,}", re.MULTILINE)
FLAT_SPACE = patterns.compile(rf"[ \u3000](?<=[{CJK}{CJK_PUNCT}0-9%][ \u3000])[ \u3000]*(?=[{CJK}“（(【])")  # (a space first: see above)
INVISIBLE = patterns.compile("[\u200b\u200c\u200d\u2060\ufeff]")
INVISIBLE_OR_CONTROL = patterns.compile("[\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0b\x0e-\x1f\x7f]")
TAG = patterns.compile(r"</?(?:img|br|hr|p|div|span|a|strong|em|b|i|u|font|section|article|figure|figcaption|iframe|source|video|audio|picture|table|tr|td|th|tbody|thead|ul|ol|li|h[1-6]|blockquote|sup|sub|center|small|big)\b[^<>]{0,1000}>", re.I)
ENTITY = patterns.compile(r"&(?:nbsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});")
CONTROL = patterns.compile("[\x00-\x08\x0b\x0e-\x1f\x7f][\x00-\x08\x0b\x0e-\x1f\x7f]*")  # NULs and other control characters of a damaged file
MOJIBAKE = patterns.compile(rf"[?\ufffd€‚ƒ„†‡ˆ‰‹ŒŽ‘’•–—˜™›œžŸ](?:(?<=[{CJK}“”，。、]\?)\?*(?=[{CJK}“”!a-zA-Z])|(?<=\ufffd)|(?<=[€‚ƒ„†‡ˆ‰‹ŒŽ‘’•–—˜™›œžŸ])(?=[{CJK}]))")


@dataclass
class Cleaned:
    """The result of :func:`clean`: clean text, its map to the source, and what was done."""

    text: str
    map: OffsetMap
    repairs: Counter[str] = field(default_factory=Counter)
    removed: list[tuple[int, int, str, str]] = field(default_factory=list)
    """Removed source spans as ``(start, end, rule, text)``, in order; metadata readers look here for dates."""


class _State:
    def __init__(self, raw: str):
        self.text = raw
        self.map: OffsetMap | None = None  # None: identity
        self.raw_length = len(raw)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return (start, end) if self.map is None else self.map.raw_span(start, end)

    def apply(self, edits: list[Edit]) -> None:
        if not edits:
            return
        text, m = OffsetMap.from_edits(self.text, edits)
        self.map = m if self.map is None else self.map.then(m)
        self.text = text

    def result(self) -> tuple[str, OffsetMap]:
        return self.text, self.map if self.map is not None else OffsetMap.identity(self.raw_length)


def clean(raw: str, *, html: bool = False, extract: Sequence[Edit] = ()) -> Cleaned:
    """Clean ``raw`` (the decoded source text).

    ``extract``: edits that first keep only the text of a dataset's records (:mod:`policyqa.reading.records`);
    ``html=True`` strips markup (so does text extracted from a dataset when it is HTML).
    """
    repairs: Counter[str] = Counter()
    removed: list[tuple[int, int, str, str]] = []
    st = _State(raw)
    if extract:
        st.apply(list(extract))
        html = html or looks_like_html(st.text)
    if html:
        st.apply(html_edits(st.text, repairs))
        st.apply(_html_space_edits(st.text))
    t = st.text
    st.apply(merge_edits(_char_edits(t, repairs), _pinyin_edits(t, repairs), _spaced_edits(t, repairs)))
    del t  # (a long text's earlier stages are not held while the later ones run)
    spans = fragmented(st.text)
    st.apply(_line_edits(st, repairs, removed, spans))
    joins = _join_edits(st.text, repairs, spans)
    if joins:
        st.apply(joins)
        st.apply(_pinyin_edits(st.text, repairs))  # a bracket that a layout break had cut in two
    text, omap = st.result()
    repairs["mojibake"] = count_mojibake(text)
    return Cleaned(text, omap, +repairs, removed)


EMPHASIS = patterns.compile(r"\*\*(?=[^\s*])[^*\n]{0,300}?(?<=[^\s*])\*\*")
# a markdown image or link: "![alt](address)" (an image goes whole, alt text and all), "[words](address)",
# "[words](address "title")", "[![](icon.png)words](address)" (a link's words stay, its image goes)
_MD_ADDRESS = r"\((?:https?://|www\.|/|\.\.?/|#)[^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"\n]{0,200}\")?\)"
MD_IMAGE = patterns.compile(r"!\[[^\]\n]{0,200}\]" + _MD_ADDRESS)
MD_LINK = patterns.compile(r"(?<!!)\[((?:!\[[^\]\n]{0,200}\]" + _MD_ADDRESS + r"|\\.|[^\]\\\n]){0,200})\]" + _MD_ADDRESS)


# -- stage 1: characters ----------------------------------------------------------------------
def _char_edits(text: str, repairs: Counter[str]) -> list[Edit]:
    edits: list[Edit] = []
    if "\r" in text:
        for m in re.finditer(r"\r\n?", text):
            edits.append((m.start(), m.start() + 1, "" if m.end() - m.start() == 2 else "\n"))
        repairs["crlf"] += len(edits)
    if "\f" in text:
        ff = [(m.start(), m.start() + 1, "") for m in re.finditer("\f", text)]
        repairs["page_break"] += len(ff)
        edits += ff
    if INVISIBLE_OR_CONTROL.search(text):  # (one scan finds whether either is there; most texts have neither)
        inv = [(m.start(), m.end(), "") for m in INVISIBLE.finditer(text)]
        if inv:
            repairs["invisible"] += len(inv)
            edits += inv
        ctl = [(m.start(), m.end(), "") for m in CONTROL.finditer(text)]
        if ctl:
            repairs["control"] += len(ctl)
            edits += ctl
    if "<" in text:  # tags a page left in plain text or markdown (<img src=…>, <br/>, <p cms-style=…>)
        tags = [(m.start(), m.end(), "") for m in TAG.finditer(text)]
        if tags:
            repairs["tag"] += len(tags)
            edits += tags
    if "**" in text:  # markdown's strong emphasis ("**（一）推动科技创新资源开放**", "**发布机构**: …"): the words stay, the marks go
        marks = [e for m in EMPHASIS.finditer(text) for e in ((m.start(), m.start() + 2, ""), (m.end() - 2, m.end(), ""))]
        if marks:
            repairs["markdown"] += len(marks) // 2
            edits += marks
    if "](" in text:  # markdown's links and images ("[招標公告](http://…)", "![](https://…png)"): a link's words stay, the rest goes
        links = _link_edits(text)
        if links:
            repairs["markdown"] += len(links)
            edits += links
    if "&" in text:  # entities a page left in plain text ("委员会 &nbsp;&nbsp;财政局", "首页&gt;政务公开")
        ent = [(m.start(), m.end(), " " if m.group() in ("&nbsp;", "&#160;") else html.unescape(m.group())) for m in ENTITY.finditer(text)]
        if ent:
            repairs["entity"] += len(ent)
            edits += ent
    edits.sort()
    return edits


def _link_edits(text: str) -> list[Edit]:
    """Markdown's images go whole and its links keep their words ("…委托案，[招标公告](http://…)" → "…委托案，
    招标公告"; "[![](menu.png)首页](…)" → "首页"). (Taking a line of nothing but links whole, a site's menu,
    was tried: no dev output moved, and two test questions failed with it.)"""
    images = [(m.start(), m.end(), "") for m in MD_IMAGE.finditer(text)]
    links = [e for m in MD_LINK.finditer(text) for e in ((m.start(), m.start(1), ""), (m.end(1), m.end(), ""))]
    return sorted(images + links)


def _pinyin_edits(text: str, repairs: Counter[str]) -> list[Edit]:
    if "(" not in text and "（" not in text and ")" not in text:
        return []
    if not PINYIN_HINT.search(text):  # (one scan, where the two patterns take two)
        return []
    edits = [(m.start(), m.end(), "") for m in PINYIN.finditer(text)]
    toned = [(m.start(1), m.end(), "") if m.group(1) else (m.start(), m.end(), "") for m in PINYIN_TONED.finditer(text)]
    if toned:
        edits = merge_edits(edits, toned)
    repairs["pinyin"] += len(edits)
    return edits


def _spaced_runs(text: str) -> list[tuple[int, int]]:
    """The spans SPACED.finditer(text) finds: at the start of the text, then each after the space or
    line break before it (a run ends before a space or a line break, never on one, so the next is
    looked for from there)."""
    first = SPACED.match(text)
    out = [first.span()] if first else []
    out += [m.span(1) for m in SPACED_AFTER.finditer(text, first.end() if first else 0)]
    return out


_SPACE = patterns.compile("[ \u3000]")


def _spaced_edits(text: str, repairs: Counter[str]) -> list[Edit]:
    """Spaces between glyphs that a PDF converter spaced out (runs of four or more)."""
    edits: list[Edit] = []
    if not SPACED_HINT.search(text):
        return edits
    for base, end in _spaced_runs(text):
        s = text[base:end]
        for sp in _SPACE.finditer(s):
            i = sp.start()
            if s[i - 1].isdigit() and s[i + 1].isdigit():  # "1 100": a thousands separator, kept
                continue
            edits.append((base + i, base + i + 1, ""))
    repairs["spaced"] += len(edits)
    return edits


# -- stage 2: lines ---------------------------------------------------------------------------
# A line holding only a number is a page number, unless a sentence runs through it: the line before
# does not end a sentence and the line after opens with what follows a figure (a unit, 年/月/日, %, 万…)
_LONE_NUMBER = patterns.compile(r"[ \t\u3000]*\d{1,8}(?:[.．]\d+)?[ \t\u3000]*")
_AFTER_FIGURE = patterns.compile(r"[ \t\u3000]*(?:[年月日号时%％‰万亿千百余多个家项条元吨户人名次座所台套辆亩倍周天件列位支场种款艘架处片间张部篇批伙斤米度床栋例份]"
                                 r"|小时|分钟|工作日|个百分点|百分点|千瓦|兆瓦|平方|立方|公里|公顷|千米|千克|公斤|标箱|美元|港元|欧元|以上|以下|左右|以内|[.．][0-9])")
_SENTENCE_END = "。！？!?；;：:"

# A page whose inline spans a text extraction put on lines of their own (a page exported from a
# word processor sets digits, Latin and curly quotes in spans of a Western font): "推动供电服务向\n“\n
# 供电+能效\n”\n服务延伸", "自\n2025\n年\n6\n月". Such a page is told by its lines that hold a quote
# mark alone, or a figure alone inside a sentence; on it every such span line is part of a sentence.
_SPAN_LINE = patterns.compile(r"[ \t\u3000]*(?:[0-9A-Za-z][0-9A-Za-z.．%％+\-/]*|[“”‘’\"（）()《》〈〉—–－+＋/／])[ \t\u3000]*")
_QUOTE_ALONE = patterns.compile(r"\n[ \t\u3000]*[“”‘’][ \t\u3000]*(?=\n)")
_FIGURE_ALONE = patterns.compile(r"\n[ \t\u3000]*\d{1,8}(?:[.．]\d+)?[ \t\u3000]*\n(?=[ \t\u3000]*[年月日%％万亿个])")
# an item's label, which opens a paragraph whatever line the page put it on: "（\n一\n）", "1.\n加强…"
_ITEM_OPENS = patterns.compile(rf"(?:{ITEM_NUMBER.pattern}|[（(][一二三四五六七八九十\d]{{1,3}}[)）]|[一二三四五六七八九十]{{1,3}}、|第[一二三四五六七八九十]+[章节部分条])")


def _last_before(text: str, i: int, spaces: str) -> str:
    """The last character before ``i`` that is not one of ``spaces``, or "" (nothing is copied)."""
    while i and text[i - 1] in spaces:
        i -= 1
    return text[i - 1] if i else ""


def fragmented(text: str) -> bool:
    """Whether ``text`` is a page whose inline spans were put on lines of their own (see _SPAN_LINE)."""
    if "\n" not in text:
        return False
    quotes = sum(1 for _ in zip(range(3), _QUOTE_ALONE.finditer(text)))
    if quotes >= 3:
        return True
    figures = 0
    for m in _FIGURE_ALONE.finditer(text):
        last = _last_before(text, m.start(), " \t\u3000")
        if not last or last not in _SENTENCE_END:
            figures += 1
            if figures >= 5:
                return True
    return False


def _number_in_sentence(text: str, start: int, end: int, spans: bool = False) -> bool:
    """Whether the line text[start:end], a number alone, is part of a sentence rather than a page
    number: the line before does not end a sentence and the line after opens with what follows a
    figure; on a page of span lines (``spans``), either is enough ("。\n2025\n年，", "（\n2025\n—\n2027\n年）")."""
    if not _LONE_NUMBER.fullmatch(text, start, end):
        return False
    last = _last_before(text, start, " \t\u3000\n")
    inside = bool(last) and last not in _SENTENCE_END
    if not inside and not spans:
        return False
    if not (end + 1 < len(text) and text[end] == "\n"):
        return False  # no line after it
    follows = bool(_AFTER_FIGURE.match(text, end + 1))
    if not spans:
        return follows
    if not follows:
        nl = text.find("\n", end + 1)
        follows = bool(_SPAN_LINE.match(text, end + 1, nl if nl >= 0 else len(text)))
    return inside or follows


def _line_edits(st: _State, repairs: Counter[str], removed: list, spans: bool = False) -> list[Edit]:
    text = st.text
    junk: list[Edit] = []
    m = TITLE_SUFFIX.search(text[:300])
    if m and m.group(1).strip():
        junk.append((m.start(1), m.end(1), ""))
    for a, b in _junk_lines(text):
        if not text[a:b].strip():
            continue
        if _number_in_sentence(text, a, b, spans):
            continue  # "…总规模达到\n30\n万千瓦…": a figure a hard wrap put on a line of its own, not a page number
        end = b + 1 if b < len(text) and text[b] == "\n" else b
        junk.append((a, end, ""))
    for m in STRONG.finditer(text):  # a short line with a marker that prose never has
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        if le - ls <= 130:
            junk.append((ls, le + 1 if le < len(text) else le, ""))
    junk = merge_edits(junk)
    dup: list[Edit] = []
    starts = _may_repeat(text[:HEAD]) if len(text) > 16 else []
    if starts:  # a title given twice stands at the top
        head = text[:HEAD]
        match, pos = DUPLICATE.match, 0
        for s in starts:  # what DUPLICATE.finditer finds: a match starts at one of these lines
            if s < pos:
                continue
            # folded only as far as a match from s can reach (str.translate looks each character up)
            m = match(head[s : _reach(head, s)].translate(_FOLD))
            if m:
                end = s + m.end(1)
                nl = text.find("\n", end)
                dup.append((s, nl + 1 if nl >= 0 else end, ""))
                pos = s + m.end()
    edits = merge_edits(junk, dup)
    junk_set = set(junk)
    # report: one entry per block of adjacent removed lines
    blocks: list[list] = []
    for e in edits:
        rule = "junk" if e in junk_set else "duplicate"
        repairs[rule] += 1
        if blocks and blocks[-1][2] == rule and not text[blocks[-1][1] : e[0]].strip():
            blocks[-1][1] = e[1]
        else:
            blocks.append([e[0], e[1], rule])
    for a, b, rule in blocks:
        rs, re_ = st.raw_span(a, b)
        lines = [ln.strip() for ln in text[a:b].split("\n") if ln.strip()]
        removed.append((rs, re_, rule, "\n".join(lines)))
    return edits


_HSPACE = " \t\u3000\xa0" + "".join(map(chr, range(0x2000, 0x200B)))  # the characters of _H


def _reach(head: str, s: int) -> int:
    """Where a match of DUPLICATE from the line at ``s`` must end: its line, the blank lines after
    it, and the line after them (the end of that line, or of ``head``)."""
    i = head.find("\n", s)
    while i >= 0:
        j = head.find("\n", i + 1)
        if j < 0 or head[i + 1 : j].strip(_HSPACE):
            return len(head) if j < 0 else j
        i = j
    return len(head)


def _may_repeat(head: str) -> list[int]:
    """The offsets of the lines of ``head`` where DUPLICATE may find a line repeated: a line that
    equals the next non-blank one once both are stripped of horizontal space and folded (only
    blank lines between them), and a blank line of eight characters or more. (A match of DUPLICATE
    starts at a line, takes all of its non-blank text in its group, and finds it again on the next
    non-blank line, so it starts at one of these: it is tried nowhere else, and a head without
    them is neither folded nor searched.)"""
    out: list[int] = []
    prev = None  # (offset, stripped text) of the last non-blank line
    pos = 0
    for line in head.split("\n"):
        s = line.strip(_HSPACE)
        if not s:
            if len(line) >= 8:
                out.append(pos)
        else:
            if prev is not None and len(s) == len(prev[1]) and s.translate(_FOLD) == prev[1].translate(_FOLD):
                out.append(prev[0])
            prev = (pos, s)
        pos += len(line) + 1
    out.sort()
    return out


# -- stage 3: joins ---------------------------------------------------------------------------
def _wrap_width(text: str) -> int:
    """The width a text was hard-wrapped at (a PDF converted to text), or 0 when it was not."""
    lengths = [n for n in map(len, map(str.strip, text.split("\n"))) if n]
    if len(lengths) < 20:
        return 0
    counts = Counter(n for n in lengths if n >= 12)
    if not counts:
        return 0
    width, _ = counts.most_common(1)[0]
    near = sum(c for n, c in counts.items() if width - 3 <= n <= width + 1)
    longer = sum(c for n, c in counts.items() if n > width + 1)
    if near >= 10 and near >= 0.25 * len(lengths) and longer <= 0.2 * near:
        return width
    return 0


def _join_edits(text: str, repairs: Counter[str], spans: bool = False) -> list[Edit]:
    edits: list[Edit] = []
    width = -1  # found when a break first asks for it (most texts have few breaks, or none)
    ends = -1.0  # how many of the text's long lines end a sentence (found when a break first asks for it)
    broken_at = -1  # where the line the last join went on to starts
    n = len(text)
    for m in BREAK.finditer(text):
        a, b = m.start(), m.end()
        if b >= n or a == 0:
            continue
        ls = text.rfind("\n", 0, a) + 1
        prev = text[ls:a].strip()
        if not prev or prev[-1] in "。！？!?；;：:":
            continue
        ne = text.find("\n", b)
        nxt = text[b : ne if ne >= 0 else n].rstrip()
        if not nxt:
            continue
        blank = text.count("\n", a, b) >= 2
        first = nxt[0]
        rule = None
        if len(prev) <= 4 and LABEL_ALONE.fullmatch(prev) and CONTINUES.match(first):
            edits.append((a, b, " "))  # "1.\n\n我今天發表" → "1. 我今天發表"
            repairs["unwrap"] += 1
            continue
        # (the cheap tests first: a number opens with a digit, "是：" with 是 or 为)
        if first in _CLOSING or prev[-1] in OPENING or prev[-1] in "、，,":
            rule = "unwrap"
        elif spans and not blank and (_SPAN_LINE.fullmatch(prev) or _SPAN_LINE.fullmatch(nxt)) and not _item_opens(text, b):
            rule = "unwrap"  # "推动供电服务向\n“\n供电+能效\n”\n服务延伸": a page's inline spans, each on a line
        elif not blank and (first.isdecimal() and _number_in_sentence(text, b, b + len(nxt)) and not _item_opens(text, b)
                            or prev[0].isdecimal() and _LONE_NUMBER.fullmatch(prev) and _AFTER_FIGURE.match(nxt) and _number_in_sentence(text, ls, a)):
            rule = "unwrap"  # "规模为\n30\n万千瓦", "2025\n年\n6\n月": a figure a hard wrap put on a line of its own
        elif not blank and (prev[-1] == "的" and not prev.endswith("目的") and not LABEL_START.match(prev) or first in "是为" and _COPULA_START.match(nxt)) and len(prev) <= 60:
            rule = "unwrap"  # "…经济社会发展的\n主要目标\n是：地区生产总值…": a sentence a page's inline tags broke into lines
        elif (width := width if width >= 0 else _wrap_width(text) if text.count("\n") >= 20 else 0) and len(prev) >= 0.75 * width and CONTINUES.match(first) and not LABEL_START.match(nxt):
            rule = "unwrap"
        elif blank and len(prev) >= 40 and prev[-1] not in "”」』）)…》" and CONTINUES.match(first) and first not in "（(" and prev[0] != "#" and _IN_SENTENCE.search(prev):
            rule = "rejoin"  # (not a headline: "# 南京发布十项行动…直播间", with no mark inside it, stands alone)
        elif (
            not blank
            and len(prev) >= 4
            and "\u3400" <= prev[-1] <= "\u9fff"
            and first.isdecimal()
            and not LABEL_START.match(prev)
            and NUMBER_CONT.match(nxt)
            and not ITEM_NUMBER.match(nxt)  # "改善大廈管理\n59. 在2025 年內…": a heading, then item 59
        ):
            rule = "unwrap"  # "全年农业总产值\n613.22亿元，…": a line split where an inline tag was
        elif (not blank and "\u4e00" <= first <= "\u9fff" and "\u4e00" <= prev[-1] <= "\u9fff" and not LABEL_START.match(nxt) and not _FIELD_LINE.match(nxt)
              and (len(prev) >= _LONG_LINE and _IN_SENTENCE.search(prev) and not (LABEL_START.match(prev) and "。" not in prev) or ls == broken_at and len(prev) <= 8)
              and (ends := ends if ends >= 0 else _sentence_ends(text)) >= _ENDS_SENTENCES):
            # "…深入学习贯彻习近平总书记视察河北\n重要讲话\n精神，…": in a text whose long lines end their sentences, one that
            # stops mid-sentence was broken where a page's inline span began (and a short span line goes on the same way)
            rule = "unwrap"
        if rule:
            edits.append((a, b, ""))
            repairs[rule] += 1
            if prev[-1] in "，," and len(prev) >= 8 or "\u4e00" <= prev[-1] <= "\u9fff" and len(prev) >= _LONG_LINE:
                broken_at = b  # (a short line a sentence broken mid-way reached goes on as the line it joined)
    flat = FLAT_LINE.finditer(text) if len(text) >= 2000 and max(map(len, text.split("\n"))) >= 2000 else ()  # (a cheaper test first)
    for line in flat:
        spaces = list(FLAT_SPACE.finditer(text, line.start(), line.end()))
        if len(spaces) >= 5:
            edits.extend((s.start(), s.end(), "\n") for s in spaces if s.end() - s.start() == 1)
            edits.extend((s.start(), s.start() + 1, "\n") for s in spaces if s.end() - s.start() > 1)
            edits.extend((s.start() + 1, s.end(), "") for s in spaces if s.end() - s.start() > 1)
            repairs["paragraph"] += len(spaces)
    edits.sort()
    return edits


_LONG_LINE = 40  # a line this long is a paragraph's, not a heading's or a caption's
_ENDS_SENTENCES = 0.8  # the share of long lines that end a sentence in a text whose others were broken
_IN_SENTENCE = patterns.compile(r"[，。；]")  # a long line of running text (not a title: "…实施方案》的通知")
_FIELD_LINE = patterns.compile(r"[^，。：:]{0,10}[：:]")  # "发布日期：…", "各位代表：" open lines of their own
_LINE_ENDS = "。！？!?；;：:”’」』）)》…"


def _sentence_ends(text: str) -> float:
    """The share of the text's long lines (:data:`_LONG_LINE`) that end a sentence; 0 with fewer than 20 of them."""
    long_ = [ln for ln in (x.strip() for x in text.split("\n")) if len(ln) >= _LONG_LINE]
    return sum(ln[-1] in _LINE_ENDS for ln in long_) / len(long_) if len(long_) >= 20 else 0.0


_AFTER_DATE = "起前后以至止到开召"
_DATE_LINE = patterns.compile(r"\d{4}(?:年\d{1,2}月\d{1,2}日|([-/.])\d{1,2}\1\d{1,2})")


def _item_opens(text: str, start: int) -> bool:
    """Whether a line of its own opens at ``start`` once the next few span lines are put together:
    an item's label ("（\n一\n）", "1.\n加强…") or a date alone (a signature's "2025\n年\n5\n月\n16\n日")."""
    lines = text[start : start + 60].split("\n")[:8]
    if _ITEM_OPENS.match("".join(ln.strip() for ln in lines[:4])):
        return True
    head = ""
    for i, ln in enumerate(lines[:-1]):  # (the last may be cut short)
        head += ln.strip()
        if len(head) > 11:
            break
        if _DATE_LINE.fullmatch(head):  # a date its sentence goes on after ("截至\n2025\n年…日\n，") is no line of its own
            after = lines[i + 1].strip()
            return not after or not (after[0] in _CLOSING or after[0] in _AFTER_DATE)
    return False


# -- HTML -------------------------------------------------------------------------------------
def _html_space_edits(text: str) -> list[Edit]:
    """After markup is gone: leading and trailing space of each line dropped, blank lines squeezed
    out (each paragraph, heading, list item or table cell is one line)."""
    edits: list[Edit] = []
    for m in _HTML_SPACE.finditer(text):
        if 0 < m.start() and m.end() < len(text) and m.group().startswith("\n"):  # a run of line breaks: one is kept
            edits.append((m.start(), m.end(), "\n"))
        else:  # space at the start or end of the text or of a line
            edits.append((m.start(), m.end(), ""))
    return edits


_HTML_SPACE = patterns.compile(r"\A\s+|\s+\Z|\n(?:[ \t\u3000\xa0]*\n)+[ \t\u3000\xa0]*|(?<=\n)[ \t\u3000\xa0]+|[ \t\u3000\xa0]+(?=\n)")


def count_mojibake(text: str) -> int:
    """Characters that look lost to a bad conversion: a ``?`` inside Chinese text, U+FFFD, cp1252 debris."""
    return sum(map(len, MOJIBAKE.findall(text)))  # (the pattern has no group: findall gives each match)
