"""Passages: the sections, paragraphs, sentences and enumerated items of a plan, with offsets.

Every passage carries ``start``/``end`` into the decoded source text (like a citation) and
``clean_start``/``clean_end`` into the document's clean text; ``text`` is the clean text of
that span, exactly.

What :func:`segment` finds, line by line (a line of the clean text is a paragraph):

- **sections**: numbered headings ("一、总体要求", "（一）指导思想", "(三)聚焦…", "1.…", "1、…",
  "（1）", "(i)", "①", "第一章", "专栏1"), headline lines ("聚焦扩大内需 提振投资消费“双引擎”"), the
  lead sentence of a numbered paragraph ("（一）进一步加快建设“五个中心”，提升城市能级…。坚持…"),
  and lead sentences that open a paragraph and head what follows ("以现代化产业体系夯实向新求质基底。").
  A section's ``text`` is its heading (without a closing 。); numbered headings nest by the
  order their styles appear in, a headline nests under the numbered heading above it, and a
  lead sentence heads only its own paragraph.
- **paragraphs**: every non-empty line (headings too, so that search sees them);
- **sentences**: the pieces of a paragraph ending in 。！？；;!? (a closing quote stays with them);
- **items**: the members of an enumeration: "一是…二是…三是…" inside a paragraph (counted from
  一, in order), numbered paragraphs with a body ("1.扩大优势产品出口。…", "（一）坚持…。…"),
  a lone label line and the lines after it ("(1)" then its text), and bullets ("•", "——").

``section`` is the tuple of the headings enclosing a passage, outermost first (a section's own
heading is not in its own ``section``, but is in its paragraph's, sentences' and items').
``parent`` is the index of the enclosing passage: the paragraph of a sentence, the innermost
section of a paragraph, of a section, and of an item (the section the enumeration belongs to).
``label`` is the number of a numbered section or an item ("一、", "（一）", "1.", "一是", "•").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from .. import patterns

if TYPE_CHECKING:
    from ..reading.offsets import OffsetMap
    from .plan import Plan

KINDS = ("section", "paragraph", "sentence", "item")


@dataclass(frozen=True, slots=True)
class Passage:
    """A unit of a plan. ``section`` is the path of headings above it (outermost first).

    A passage costs little memory: slots, no dict, and no copy of its text. :func:`segment`
    gives each passage its plan's Document in place of ``text``, and ``text`` is read from the
    document's clean text at ``[clean_start, clean_end)`` when it is asked for; a passage made
    with a string keeps that string."""

    plan_id: str
    kind: str  # section | paragraph | sentence | item
    index: int  # position among the plan's passages
    start: int  # source offsets, end excluded
    end: int
    clean_start: int  # clean-text offsets, end excluded
    clean_end: int
    text: str  # (or the Document whose clean text holds it: see above)
    section: tuple[str, ...] = ()
    parent: int | None = None  # index of the enclosing passage (paragraph of a sentence, section of an item)
    label: str | None = None  # "一是", "（一）", "1." … for items and numbered sections


_TEXT = Passage.__dict__["text"]  # the slot: a string, or the Document the text is read from


def _text(self: Passage) -> str:
    held = _TEXT.__get__(self)
    return held if isinstance(held, str) else held.text[self.clean_start : self.clean_end]


Passage.text = property(_text, _TEXT.__set__, doc="The clean text of the passage, exactly.")  # type: ignore[assignment,method-assign]


class _Fill:
    """Passage's slots, assignable: :class:`_Builder` fills one per passage, and :meth:`_Builder.passages`
    makes it a Passage by assigning its class (the same layout). The frozen dataclass's ``__init__``
    sets each field through ``object.__setattr__``: 1.8 µs a passage against 0.8 µs."""

    __slots__ = Passage.__slots__  # type: ignore[attr-defined]


_new = object.__new__


# the same pieces without their surrounding spaces: from a visible character to the closing mark(s)
SENTENCE_SPAN = patterns.compile(r"[^\s。！？；!?;](?:[^。！？；!?;]*[^\s。！？；!?;])?(?:\s*[。！？；!?;]+[”’」』）)]*)?|[。！？；!?;]+[”’」』）)]*")

_CN = "一二三四五六七八九十"
# a label at the start of a line; the group that matched names its style
LABEL = patterns.compile(
    r"(?:(?P<chap>第[一二三四五六七八九十百零〇\d]{1,4}(?:部分|[章编篇节])|附件\s*\d{0,2}(?=\s|：|:|$))\s*"
    rf"|(?P<cn>[{_CN}]{{1,3}})\s*[、.．﹒]\s*"
    r"|(?P<tw>[壹貳贰參叁肆伍陸陆柒捌玖拾]{1,2})\s*[、.．﹒]\s*"  # the formal numerals of a Taiwanese report's parts ("壹、前言")
    rf"|[（(]\s*(?P<pcn>[{_CN}]{{1,3}})\s*[)）]\s*"
    r"|(?P<num>\d{1,3})\s*(?P<sep>[.．﹒](?![\d.．])|、)\s*"
    r"|[（(](?P<pnum>\d{1,3})[)）]\s*"
    r"|[（(](?P<rom>i{1,3}|iv|vi{0,3}|ix|xi{0,3}|I{1,3}|IV|VI{0,3}|IX|XI{0,3})[)）]\s*"
    r"|(?P<circ>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*"
    r"|(?P<col>(?:专栏|專欄)\s*\d{1,3})\s*"
    r"|(?P<bullet>[•●▪■◆◇□▲►▷▶➢➤◎○★☆]|(?:——|--|－－)(?![-—－]))\s*)"
)
NUMBERED = ("chap", "tw", "cn", "pcn", "num", "pnum", "rom", "circ", "col")
# "一是…二是…" (or "一要…二要…"): at the start of a sentence or after a clause break
ENUM = patterns.compile(rf"(?:^|(?<=[。；;！？!?，,：:]))[ \t　]*([{_CN}]{{1,2}})([是要])")
FIGURE = patterns.compile(r"[%％‰]|\d[.．]\d|\d{3}")  # "同比上涨2.1%": a result, not a heading
SENT_END = patterns.compile(r"[。！？；!?;：:]")
CLAUSE = patterns.compile(r"[，,、。！？；!?;：:]")
# The marks every reader of the plan's text cuts at, in one place (measures' titles, answers' clauses):
SENTENCE_END = patterns.compile(r"[。！？；;!?]")  # the end of a sentence
CLAUSE_END = patterns.compile(r"[，,。！？；;!?：:]")  # the end of a clause (a 、 does not end one)
# the end of a clause of an answer: not a thousands separator ("485 萬 2,877") nor the colon of a time ("10:30")
_ANSWER_CLAUSE_END = patterns.compile(r"[，。！？；;!?：]|,(?![0-9]{3}(?![0-9]))|:(?![0-9]{2}(?![0-9]))")


def clause_bounds(text: str) -> list[tuple[int, int]]:
    """The clauses of a passage's text, ``(start, end)`` each with its closing mark, empty ones left out."""
    bounds = [0] + [m.end() for m in _ANSWER_CLAUSE_END.finditer(text)]
    if bounds[-1] != len(text):
        bounds.append(len(text))
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if text[bounds[i] : bounds[i + 1]].strip()]
CJK = patterns.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# a "?" between two words of a headline is a space lost to mojibake ("以“新”為指引?為發展“添動力”")
LOST_SPACE = patterns.compile(r"(?<=[\u4e00-\u9fff”」》])[?？](?=[\u4e00-\u9fff“「《])")
# lines that name who issued or wrote the text, and dates: never headings
ISSUER = patterns.compile(r"(?:人民政府|办公厅|辦公廳|办公室|辦公室|委员会|委員會|管委会|管委會|统计局|統計局|调查队|調查隊|中心组|中心組|[局厅廳署])$")
BYLINE = patterns.compile(r"记者|記者|通讯员|通訊員|书记|書記|来源|來源|编辑|編輯|责任编辑|責任編輯|发布|發布")
# a lead sentence reports what is, or when: not a heading ("今年上半年…", "科技創新是…要素。")
NOT_LEAD = patterns.compile(r"是|《|已|了|[将將](?!军|軍)|带来|帶來|^(?:今年|去年|上半年|日前|目前|近年|近日|当前|當前|为|為|通过|通過|随着|隨著)|^\d")


_SENTENCE_MARK = patterns.compile(r"[。！？；!?;：:]")
_FIELD_NAME = patterns.compile(r"发布|發布|来源|來源|作者|编辑|編輯|记者|記者|日期|时间|時間|分类|分類|关键词|關鍵詞|链接|鏈接")
_SIGNED = patterns.compile(r"[ 　]\S*(?:长|長|主任|书记|書記|委员|委員|主席|经理|經理)$")
_DOC_NUMBER = patterns.compile(r"[〔\[]\d{4}[〕\]]\s*\d+\s*号")
_LEAD_END = patterns.compile(r"[。！？!?]")
_LEAD_BREAK = patterns.compile(r"[，,：:；;]")
_NAME_GAPS = patterns.compile(r"[\s　、]")


def _cn_value(s: str) -> int:
    """一 → 1, 十二 → 12 (the one Chinese-numeral parser, :func:`policyqa.structure.numbers.parse_number`)."""
    from .numbers import parse_number

    v = parse_number(s)
    return int(v) if v is not None else 0


def _label(m: re.Match[str]) -> tuple[str, str]:
    """The style of a label and its canonical form ("（一）", "1.", "一、", "•")."""
    g = m.lastgroup or ""
    if g == "sep":
        g = "num"
    if g == "cn":
        return "cn", m.group("cn") + "、"
    if g == "tw":
        return "tw", m.group("tw") + "、"
    if g == "pcn":
        return "pcn", f"（{m.group('pcn')}）"
    if g == "num":
        return "num", m.group("num") + ("、" if m.group("sep") == "、" else ".")
    if g == "pnum":
        return "pnum", f"（{m.group('pnum')}）"
    if g == "rom":
        return "rom", f"({m.group('rom').lower()})"
    if g == "bullet":
        b = m.group("bullet")
        return "bullet", "——" if b in ("——", "--", "－－") else "•"
    if g == "col":
        return "col", re.sub(r"\s+", "", m.group("col"))
    return g, m.group(g)


def _first_sentence(s: str) -> int:
    """Length of the first sentence of ``s`` without its closing mark (len(s) when none)."""
    m = SENT_END.search(s)
    return m.start() if m else len(s)


def _first_clause(body: str) -> int:
    """Length of the body's first clause when it can stand as a heading (4 to 40 characters), else 0."""
    m = CLAUSE.search(body)
    return m.start() if m and 4 <= m.start() <= 40 else 0


def _is_heading_body(body: str, head: int) -> bool:
    """The text after a number is a heading: "总体要求", "网络体系强基行动。", "聚焦…,着力…" (one sentence, short)."""
    if head < len(body) - 1:
        return False
    commas = body.count("，") + body.count(",")
    if head == len(body) - 1 and body[-1] == "。":
        return head <= 30 and commas == 0
    return len(body) <= 60 and commas <= 1


def is_field(line: str) -> bool:
    """A line of a page's fields, a short name of what it holds and its value: "发布日期: 2023年10月26日",
    "发布机构: 上海市科学技术委员会", "检索关键词: 测绘, 卫星" (no heading, no measure, no sentence of the plan)."""
    colon = re.search(r"[：:]", line)
    return bool(colon and 2 <= colon.start() <= 8 and _FIELD_NAME.search(line[: colon.start()]))


def _is_headline(s: str, nxt: str) -> bool:
    """An unnumbered line that is a heading: short, no sentence mark, not a byline or an issuer."""
    if not 4 <= len(s) <= 50:
        return False
    t = LOST_SPACE.sub(" ", s) if "?" in s or "？" in s else s  # (the same length)
    if len(CJK.findall(t)) < 4:
        return False
    colon = re.search(r"[：:]", t)
    if colon and 2 <= colon.start() <= 8 and len(t) - colon.end() >= 4:  # "长沙：未来五年数字经济占GDP比重要超45%"
        if is_field(t):
            return False  # a page's field ("发布日期: 2023年10月26日", "发布机构: 上海市"), no heading
        t = t[colon.end() :]
    if _SENTENCE_MARK.search(t) or t[-1] in "，,、（(“「《—":  # (a dash at the end: the sentence goes on, "…素来紧张——")
        return False
    if ISSUER.search(t) and len(t) <= 30 or BYLINE.search(t):
        return False
    if _SIGNED.search(t):  # "罗　平 省科技厅厅长"
        return False
    if _DOC_NUMBER.search(t):  # a document number: "包府办发〔2022〕43号"
        return False
    if t[0] in "（(〔[【" and t[-1] in "）)〕]】":  # a parenthesis: "（皖开放办〔2022〕6号）", "（上接第4版）"
        return False
    # a line broken by the page ("全市新创评国家" + "4A级旅游景区1家…") is no heading
    return not (nxt[:1].isascii() and nxt[:1].isalnum() and not LABEL.match(nxt))  # "31. …" opens a numbered paragraph


def _lead(body: str) -> int:
    """Length of the body's lead sentence when it is a short heading ("以…夯实…基底。"), else 0."""
    m = _LEAD_END.search(body, 0, 32)
    if not m or m.end() >= len(body.rstrip()):
        return 0
    first = body[: m.start()]
    if m.group() != "。" or not 4 <= len(first) <= 30 or _LEAD_BREAK.search(first):
        return 0
    if ENUM.match(first) or NOT_LEAD.search(first) or FIGURE.search(first):
        return 0
    return m.start()


def enumeration(text: str) -> list[tuple[str, int, int]]:
    """The "一是…二是…" (or "一要…二要…") items of a paragraph: (label, start, end) within it,
    counted from 一 in order, every label with the word of the first."""
    word = "是" if "一是" in text and "二是" in text else "要" if "一要" in text and "二要" in text else None
    if word is None:  # the first two items are always there
        return []
    found: list[tuple[str, int]] = []
    for m in ENUM.finditer(text):
        if m.group(2) == word and _cn_value(m.group(1)) == len(found) + 1:
            found.append((m.group(1) + word, m.start(1)))
    if len(found) < 2:
        return []
    out = []
    for k, (label, a) in enumerate(found):
        b = found[k + 1][1] if k + 1 < len(found) else len(text)
        seg = text[a:b].rstrip(" \t　，,；;")
        out.append((label, a, a + len(seg)))
    return out


_ARRAYS: dict[int, tuple[OffsetMap, tuple[np.ndarray, ...]]] = {}


def _raw_spans(omap: OffsetMap, starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:meth:`OffsetMap.raw_span` of many clean spans at once (the same arithmetic, on arrays)."""
    hit = _ARRAYS.get(id(omap))
    if hit is None or hit[0] is not omap:
        if len(_ARRAYS) > 64:
            _ARRAYS.clear()
        arrays = tuple(np.asarray(x, dtype=dt) for x, dt in ((omap.clean_starts, np.int64), (omap.raw_starts, np.int64), (omap.raw_ends, np.int64), (omap.copy, bool)))
        hit = _ARRAYS[id(omap)] = (omap, arrays)
    cs, rs, rend, copy = hit[1]
    i = np.searchsorted(cs, starts, side="right") - 1
    raw_start = np.where(copy[i], rs[i] + (starts - cs[i]), rs[i])
    raw_start = np.where(starts >= omap.clean_length, rend[-1] if omap.clean_length else 0, raw_start)
    j = np.searchsorted(cs, ends - 1, side="right") - 1
    raw_end = np.where(copy[j], rs[j] + (ends - cs[j]), rend[j])
    return raw_start, np.where(ends == starts, raw_start, raw_end)


class _Builder:
    """Collects the passages and keeps the heading stack. Each passage is made as it is found, its
    slots filled but for its source offsets and what all passages of the plan share, which
    :meth:`passages` fills for all of them at once (no row of values is made first and read again)."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.text = plan.document.text
        self.made: list[_Fill] = []
        self.stack: list[tuple[str, str, int]] = []  # (style, heading, index of its section passage)
        self.path: tuple[str, ...] = ()

    def add(self, kind: str, a: int, b: int, *, section: tuple[str, ...], parent: int | None, label: str | None = None) -> int:
        p = _new(_Fill)
        p.kind, p.clean_start, p.clean_end, p.section, p.parent, p.label = kind, a, b, section, parent, label
        self.made.append(p)
        return len(self.made) - 1

    def paragraph(self, a: int, b: int, parent: int | None) -> int:
        """Add the paragraph ``[a, b)`` in the current section, under ``parent``, and its sentences."""
        i = self.add("paragraph", a, b, section=self.path, parent=parent)
        self.sentences(a, b, i)
        return i

    def passages(self) -> list[Passage]:
        made = self.made
        if not made:
            return []
        starts = np.array([p.clean_start for p in made], dtype=np.int64)
        ends = np.array([p.clean_end for p in made], dtype=np.int64)
        raw_starts, raw_ends = _raw_spans(self.plan.document.map, starts, ends)
        pid, doc = self.plan.id, self.plan.document
        for i, (p, rs, re_) in enumerate(zip(made, raw_starts.tolist(), raw_ends.tolist())):
            p.plan_id, p.index, p.start, p.end, p.text = pid, i, rs, re_, doc
            p.__class__ = Passage
        return made  # type: ignore[return-value]  (each of them a Passage now)

    def innermost(self) -> int | None:
        return self.stack[-1][2] if self.stack else None

    def open_section(self, style: str, a: int, b: int, label: str | None) -> int:
        """Close what this heading ends, then add it as the innermost section."""
        stack = self.stack
        if style in NUMBERED:
            while stack and stack[-1][0] == "headline":  # a numbered heading ends headlines
                stack.pop()
        if label and label.startswith("附件"):  # an annex ends every section above it
            stack.clear()
        self._close(style)
        path = tuple([h for _, h, _ in stack])
        i = self.add("section", a, b, section=path, parent=stack[-1][2] if stack else None, label=label)
        heading = self.text[a:b]
        stack.append((style, heading, i))
        self.path = path + (heading,)
        return i

    def close_style(self, style: str) -> None:
        if self._close(style):
            self.path = tuple([h for _, h, _ in self.stack])

    def _close(self, style: str) -> bool:
        """Take the section of ``style`` and those inside it off the stack (whether there was one)."""
        for k, (s, _, _) in enumerate(self.stack):
            if s == style:
                del self.stack[k:]
                return True
        return False

    def sentences(self, a: int, b: int, parent: int) -> None:
        path, append = self.path, self.made.append
        for m in SENTENCE_SPAN.finditer(self.text, a, b):
            p = _new(_Fill)
            p.kind, p.clean_start, p.clean_end, p.section, p.parent, p.label = "sentence", m.start(), m.end(), path, parent, None
            append(p)


# Two or more ideographic spaces inside a line are a paragraph's indent: the page lost its line
# breaks ("（一）扩大签约服务供给　　1.有序扩大家庭医生来源。…　　2.…").
_INDENT = patterns.compile(r"\u3000{2,}(?=\S)")


def lines_of(text: str) -> list[tuple[int, str]]:
    """The paragraphs of a plan's text: ``(offset, text)`` of each non-empty line, stripped, and a
    line that lost its breaks split again at its paragraph indents. In a text whose lines were
    hard-wrapped (a PDF export: most lines stop mid-sentence at about the same width), a wrapped
    line and its continuation are one paragraph (its text keeps the newline), across a page break
    too (blank lines after a full line that stops mid-sentence). The one place plan
    text is cut into lines; every module that reads paragraphs reads these."""
    out: list[tuple[int, str]] = []
    pos = 0
    counts: dict[str, int] | None = {} if _runs_together(text, 0, len(text)) else None
    for line in text.split("\n"):
        s = line.strip()
        if s:
            _paragraphs(pos + line.index(s[0]), s, out, counts)
        pos += len(line) + 1
    return _joined_wraps(text, out)


_CLOSERS = frozenset("。！？；：!?;:”」』）)")


def _open_end(s: str) -> bool:
    """Whether the line ``s`` (stripped) ends without a sentence's or a clause's closing mark."""
    return bool(s) and s[-1] not in _CLOSERS


def _joined_wraps(text: str, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines of a hard-wrapped text joined with their continuations (see :func:`lines_of`), and in
    any text a paragraph a page break split inside a word ("加强研发、测" / "" / "试…")."""
    long = [s for _, s in lines if len(s) >= 15]
    wrapped = len(long) >= 8 and sum(map(_open_end, long)) / len(long) > 0.5
    width = sorted(len(s) for s in long)[int(0.8 * (len(long) - 1))] if wrapped else 0
    out: list[tuple[int, str]] = []
    for a, s in lines:
        if out:
            pa, ps = out[-1]
            end = pa + len(ps)
            breaks = text.count("\n", end, a)
            if (breaks == 1 and wrapped) or 1 < breaks <= 3:  # else: no join, whatever the rest says
                if _open_end(ps) and not LABEL.match(s) and (
                        (breaks == 1 and len(ps) - ps.rfind("\n") - 1 >= 0.6 * width)
                        or (breaks > 1 and not text[end:a].strip() and _word_across(ps, s))):
                    out[-1] = (pa, text[pa : a + len(s)])
                    continue
        out.append((a, s))
    return out


def _word_across(before: str, after: str) -> bool:
    """Whether a word runs across the end of ``before`` into ``after`` ("测" / "试": 测试), as
    the dictionary segments them: a word a page break split."""
    if not (CJK.match(before[-1:]) and CJK.match(after[:1])):
        return False
    from ..retrieval.words import frequencies, lcut  # jieba's exact cut over its memory-mapped dictionary (no 0.6 s load)

    head, tail = before[-6:], after[:6]
    freq = frequencies()
    if not _a_word_crosses(head, tail, freq):
        return False  # the dictionary has no word across the break, so the cut below has none (most breaks: a heading, then a blank line)
    pos = 0
    for w in lcut(head + tail):
        if pos < len(head) < pos + len(w):
            left, right = w[: len(head) - pos], w[len(head) - pos :]
            # two whole words side by side ("工作回顾" / "过去…": 回顾过去) are no split word
            return not (len(left) >= 2 and len(right) >= 2 and (freq.get(left) or 0) > 0 and (freq.get(right) or 0) > 0)
        pos += len(w)
    return False


def _a_word_crosses(head: str, tail: str, freq) -> bool:
    """Whether some dictionary word starts in ``head`` and ends in ``tail`` (``freq``: jieba's
    word or prefix → frequency, 0 for a prefix only, None for neither)."""
    for i in range(1, len(head) + 1):
        frag = head[-i:]
        if freq.get(frag) is None:
            continue  # no word starts here and runs to the break
        for c in tail:
            frag += c
            f = freq.get(frag)
            if f is None:
                break
            if f:
                return True
    return False


def _paragraphs(a: int, s: str, out: list[tuple[int, str]], counts: dict[str, int] | None = None) -> None:
    """Append the paragraphs of the stripped line ``s`` (at offset ``a``): itself, or its pieces
    between paragraph indents, and a page that lost every break (a whole plan on one line) cut
    again before its numbered labels (:func:`_run_together`); a shorter line, before a label run
    into the text before it that goes on with the count of the lines above (:func:`_glued`:
    "…责任单位：区社会事业局四、保障要素（十一）建立工作机制。", where 三、 and （十） came before).
    ``counts`` carries the last number of each label style from line to line."""
    if "\u3000\u3000" not in s:  # no indent inside the line: the line is one paragraph
        cuts = [0, len(s)]
    else:
        cuts = [0] + [m.start() for m in _INDENT.finditer(s)] + [len(s)]
    for x, y in zip(cuts, cuts[1:]):
        piece = s[x:y]
        p = piece.strip()
        if not p:
            continue
        x += piece.index(p[0])
        if len(p) < RUN_TOGETHER:
            cuts = _glued(p, counts) if counts is not None else None
            if not cuts:
                out.append((a + x, p))
                continue
            for i, j in zip([0, *cuts], [*cuts, len(p)]):
                q = p[i:j].rstrip()
                if q:
                    out.append((a + x + i, q))
            continue
        inner = [0] + _run_together(p, dict(counts or {})) + [len(p)]
        if counts is not None:
            _glued(p, counts)  # (only the count of each style, carried on to the lines after)
        for i, j in zip(inner, inner[1:]):
            q = p[i:j].rstrip()
            if q:
                out.append((a + x + i, q))


RUN_TOGETHER = 2000  # a line this long is no paragraph but a page whose breaks were lost (the longest paragraphs run ~1,800)
# a numbered label inside a line, after a sentence's end or a heading's last character ("…措施（一）推进…改革1.优化…。2.实行…")
_INLINE_LABEL = patterns.compile(
    rf"(?:(?<=[。；！？：:）)”\u4e00-\u9fff])|^)(?:(?P<pcn>（[{_CN}]{{1,3}}）)|(?P<cn>[{_CN}]{{1,3}})、|(?P<num>[0-9]{{1,2}})[.．、](?=[\u4e00-\u9fff“])|(?P<pnum>（[0-9]{{1,2}}）))")


# the labels that count paragraphs run together: （一） and （1） found from their bracket, 1. from its
# point (一、 opens no count, so counts none); a line has few brackets and points, and str.find skips to them
_BRACKET_LABEL = patterns.compile(rf"（(?:(?P<pcn>[{_CN}]{{1,3}})|(?P<pnum>[0-9]{{1,2}}))）")
_BEFORE_LABEL = frozenset("。；！？：:）)”")


_GLUED_LABELS = 8  # labels written straight after text that make a page one that ran its paragraphs together


def _runs_together(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` writes paragraphs' labels straight after text (:data:`_GLUED_LABELS` of them:
    "…管理局（七）强化…", "…发展1.强化…"; a plan with line breaks has none or a few, "…的意见（一）"): only
    such a page is looked at line by line for them (:func:`_glued`)."""
    found = 0
    i = text.find("（", a, b)
    while i >= 0:
        if i > a and "\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] != "第" and (text[i + 1 : i + 2] in _CN_SET or text[i + 1 : i + 2].isdigit()):
            found += 1
            if found >= _GLUED_LABELS:
                return True
        i = text.find("（", i + 1, b)
    for point in (".", "．"):
        i = text.find(point, a, b)
        while i >= 0:
            d = i
            while d > a and i - d < 2 and text[d - 1].isascii() and text[d - 1].isdigit():
                d -= 1
            nxt = text[i + 1 : i + 2]
            if d < i and d > a and "\u4e00" <= text[d - 1] <= "\u9fff" and nxt and "\u4e00" <= nxt <= "\u9fff":
                found += 1
                if found >= _GLUED_LABELS:
                    return True
            i = text.find(point, i + 1, b)
    return False


_CN_SET = frozenset(_CN)


def _labels_at(s: str) -> list[tuple[int, int, str, str]]:
    """(start, end, style, digits) of each （一）, （1） and 1. (before a character of text) in ``s``, in order."""
    found = []
    i = s.find("（")
    while i >= 0:
        m = _BRACKET_LABEL.match(s, i)
        if m:
            style = m.lastgroup or ""
            found.append((i, m.end(), style, m.group(style)))
        i = s.find("（", i + 1)
    for point in (".", "．"):
        i = s.find(point)
        while i >= 0:
            a = i
            while a > 0 and i - a < 2 and s[a - 1].isascii() and s[a - 1].isdigit():
                a -= 1
            nxt = s[i + 1 : i + 2]
            if a < i and not (a > 0 and s[a - 1].isascii() and s[a - 1].isdigit()) and nxt and ("\u4e00" <= nxt <= "\u9fff" or nxt == "“"):
                found.append((a, i + 1, "num", s[a:i]))
            i = s.find(point, i + 1)
    return sorted(found) if len(found) > 1 else found


def _glued(s: str, counts: dict[str, int]) -> list[int]:
    """Where a line opens paragraphs that a page ran into the text before them: before each label
    of a numbered style (（一） 1. （1）) written straight after a character of text, not after a
    mark or a space ("…各片区管理局2.加快补齐…", not "…：（一）…；（二）…" nor 第（一）项), that goes on
    with the count of its style in the lines above it (or opens a count: （一）, 1.; 一、 opens none, as
    in 统一、); and, once a style's count is of paragraphs (a line opens with its label, or it was cut
    so), before its next label after a full stop ("…托位数705个。（二）发展趋势…"). The labels a line
    opens with, or writes anywhere in order, carry the count on (``counts``, updated; "^" + a style
    marks a count of paragraphs)."""
    cuts: list[int] = []
    if "（" not in s and "." not in s and "．" not in s:
        return cuts
    for at, end, style, digits in _labels_at(s):
        prev = s[at - 1] if at else ""
        if prev and prev not in _BEFORE_LABEL and not "\u4e00" <= prev <= "\u9fff":
            continue  # (what _INLINE_LABEL's lookbehind allows before a label)
        n = int(digits) if digits.isdigit() else _cn_value(digits)
        opens = n == 1  # (1、 is no label here: 消防1、; nor 一、: 统一、, 合一、)
        if not (opens or n == counts.get(style, 0) + 1 > 1):
            continue
        glued = bool(prev) and "\u4e00" <= prev <= "\u9fff" and prev != "第" and s[end : end + 1] not in ("项", "款", "条", "目")
        stopped = prev == "。" and n > 1 and bool(counts.get("^" + style))
        if at == 0 or glued or stopped:
            counts[style], counts["^" + style] = n, 1
            if at:
                cuts.append(at)
        elif style in counts:
            counts[style], counts["^" + style] = n, 0
    return cuts


def _run_together(s: str, last: dict[str, int] | None = None) -> list[int]:
    """Where a line that lost its breaks opens its paragraphs: before each numbered label that
    stands in a run counted from one (一、二、…, （一）（二）…, 1. 2. …, （1）（2）…), each label
    the one after the last of its style (in the line, or in the lines above: ``last``) or a new
    run's first; a label out of order ("第一、" in running text, "3.5" is none) is no cut."""
    cuts: list[int] = []
    last = {} if last is None else last
    found = []
    for m in _INLINE_LABEL.finditer(s):
        style = m.lastgroup or ""
        digits = m.group(style).strip("（）")
        found.append((m.start(), style, int(digits) if digits.isdigit() else _cn_value(digits)))
    for k, (at, style, n) in enumerate(found):
        runs_on = n == last.get(style, 0) + 1
        starts_run = n == 1 and any(st == style and v == 2 for _, st, v in found[k + 1 :])
        if (runs_on and style in last) or starts_run:
            last[style] = n
            if at:
                cuts.append(at)
    return cuts


def _plan_lines(plan: Plan) -> list[tuple[int, str]]:
    """:func:`lines_of` the plan's text, at document offsets, read from the lines the document
    found once (:attr:`Document.lines`) when no line crosses the plan's ends."""
    doc = plan.document
    cs, ce = plan.clean_start, plan.clean_end
    starts, ends = doc.lines
    k0, k1 = bisect_left(starts, cs), bisect_right(ends, ce)
    if (k0 and ends[k0 - 1] > cs) or (k1 < len(starts) and starts[k1] < ce):  # a line crosses an end
        return [(cs + a, s) for a, s in lines_of(plan.text)]
    text = doc.text
    out: list[tuple[int, str]] = []
    counts: dict[str, int] | None = {} if _runs_together(text, cs, ce) else None
    for k in range(k0, k1):
        a = starts[k]
        _paragraphs(a, text[a : ends[k]], out, counts)
    return _joined_wraps(text, out)


_TITLE_LINES = 40  # how far into a plan its title line is looked for (a page's menus may come first)


def segment(plan: Plan) -> list[Passage]:
    """The plan's passages in order: per line, its section (if it opens one), the paragraph, its sentences, its items."""
    bld = _Builder(plan)
    lines = _plan_lines(plan)
    byline = plan.author if plan.author != plan.issuer else None  # (the organs that issue a plan and so author it are no byline to skip)
    title = plan.title.strip() if plan.title else None
    if title and any(s == title for _, s in lines[:_TITLE_LINES]):
        from .sections import is_news

        # (a news post's headline is no line to skip: it often gives the figure the post is about, "…规划投资1100亿元")
        title = None if is_news(plan) else title
    skip = {x.strip() for x in (title, byline) if x}
    author = _NAME_GAPS.sub("", byline or "")
    pending: tuple[int, str, int | None, tuple[str, ...], int] | None = None  # a lone label: start, label, parent, section, end
    last_end = 0

    def flush(upto: int) -> None:
        nonlocal pending
        if pending is not None:
            a, label, parent, section, own_end = pending
            if upto > own_end:  # a label with no text after it is no item
                bld.add("item", a, upto, section=section, parent=parent, label=label)
            pending = None

    for k, (a, s) in enumerate(lines):
        b = a + len(s)
        nxt = lines[k + 1][1] if k + 1 < len(lines) else ""
        meta = s in skip or (author and len(s) <= 40 and author in _NAME_GAPS.sub("", s))
        m = None if meta else LABEL.match(s)
        if m and m.end() == len(s) and m.lastgroup == "bullet":
            m = None  # a bullet alone on its line is no item
        if m and m.end() == len(s) and m.lastgroup not in ("chap", "col"):
            # a lone label ("(1)", "53."): the item is the lines that follow it
            flush(last_end)
            style, label = _label(m)
            bld.close_style(style)
            pending = (a, label, bld.innermost(), bld.path, b)
            bld.paragraph(a, b, bld.innermost())
            last_end = b
            continue
        if m:
            style, label = _label(m)
            body = s[m.end() :]
            head = _first_sentence(body)
            if style in NUMBERED and _is_heading_body(body, head):
                flush(last_end)  # a numbered heading line: "一、总体要求", "（一）网络体系强基行动。"
                sec = bld.open_section(style, a, a + m.end() + head, label)
                bld.paragraph(a, b, sec)
                last_end = b
                continue
            flush(last_end)
            outer, outer_path = bld.innermost(), bld.path
            if style in NUMBERED:  # a numbered paragraph: its lead sentence heads what follows it
                h = head if head <= 60 else _first_clause(body)
                sec = bld.open_section(style, a, a + m.end() + h if h else a + len(s[: m.end()].rstrip()), label)
                outer, outer_path = bld.made[sec].parent, bld.made[sec].section
            bld.paragraph(a, b, bld.innermost())
            bld.add("item", a, b, section=outer_path, parent=outer, label=label)
            last_end = b
            continue
        if not meta and _is_headline(s, nxt) and not (pending is not None and last_end == pending[4]):  # (a lone label's text is no headline)
            flush(last_end)
            sec = bld.open_section("headline", a, b, None)
            bld.paragraph(a, b, sec)
            last_end = b
            continue
        if pending is not None and not meta:  # the text of a lone label's item
            last_end = b
            bld.paragraph(a, b, bld.innermost())
            continue
        # a plain paragraph: maybe a lead sentence, maybe "一是…二是…"
        lead = 0 if meta else _lead(s)
        pushed = False
        if lead:
            bld.open_section("lead", a, a + lead, None)
            pushed = True
        bld.paragraph(a, b, bld.innermost())
        if not meta:
            for label, ia, ib in enumeration(s):
                bld.add("item", a + ia, a + ib, section=bld.path, parent=bld.innermost(), label=label)
        if pushed:
            bld.close_style("lead")
        last_end = b
    flush(last_end)
    return bld.passages()


def is_heading(line: str, nxt: str = "") -> bool:
    """Whether a line (stripped) heads what follows, as :func:`segment` reads it: a numbered
    heading ("一、总体要求", "（一）网络体系强基行动。") or a headline ("聚焦扩大内需 提振投资消费",
    "长沙：未来五年数字经济占GDP比重要超45%"); ``nxt`` is the line after it. For readers of a plain
    span of text; a plan's paragraphs carry the same answer (:func:`paragraphs`)."""
    m = LABEL.match(line)
    if m and m.end() == len(line):
        return m.lastgroup in ("chap", "col")
    if m:
        style, _ = _label(m)
        body = line[m.end() :]
        return style in NUMBERED and _is_heading_body(body, _first_sentence(body))
    return _is_headline(line, nxt)


@dataclass(frozen=True)
class Paragraph:
    """A line of a plan as the structure layer reads it: clean-text offsets, its text, whether it
    is a heading (the whole line heads a section: "一、总体要求", "（三）…", a headline), and the
    path of headings above it (its own included when it is one)."""

    start: int  # clean-text offsets into the document, end excluded
    end: int
    text: str
    heading: bool
    label: str | None
    section: tuple[str, ...]
    item: str | None = None  # the label of a numbered paragraph that is an item ("（一）", "1.", "•"), not a heading


def label_style(label: str | None) -> str | None:
    """The style of a canonical label (:func:`_label`): "（一）" pcn, "一、" cn, "1." / "1、" num,
    "（1）" pnum, "(i)" rom, "①" circ, "•" / "——" bullet; None for none."""
    if not label:
        return None
    m = LABEL.match(label)
    return _label(m)[0] if m else None


_HEADING_TAIL = patterns.compile(r"[\s。：:！!]*")


def paragraphs(plan: Plan) -> list[Paragraph]:
    """The plan's paragraphs (one per line of :func:`lines_of`, in order), each marked a heading
    when :func:`segment` opens a section that spans the whole line (a numbered heading or a
    headline; not a numbered paragraph's lead sentence nor a paragraph's lead). The one heading
    test: measures, targets and summaries read it from here."""
    text = plan.document.text
    heads = {p.clean_start: p for p in plan.passages if p.kind == "section"}
    items = {p.clean_start: p.label for p in plan.passages if p.kind == "item"}  # a numbered paragraph is an item, not a heading
    out = []
    for p in plan.passages:
        if p.kind != "paragraph":
            continue
        h = heads.get(p.clean_start)
        heading = h is not None and p.clean_start not in items and _HEADING_TAIL.fullmatch(text, h.clean_end, p.clean_end) is not None
        item = items.get(p.clean_start) if not heading and p.clean_start in items and p.clean_end > p.clean_start else None
        out.append(Paragraph(p.clean_start, p.clean_end, p.text, heading, h.label if heading else None, p.section,
                             item if item and not item.endswith("是") else None))
    return out


# -- for readers of plain text spans (the figures of a plan or a window of it) -------------------------
def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of any text (a plan's, or a window of it): split at 。！？； and line ends,
    closing quotes kept, surrounding spaces left out."""
    out = []
    for m in re.finditer(r"[^。！？；!?;\n]+[。！？；!?;]*[”’」』）)]*", text):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def unwrapped(text: str) -> str:
    """``text`` with hard line wraps inside paragraphs turned into spaces (same length).

    A PDF export wraps lines every ~30 characters and separates paragraphs by blank lines;
    when most lines end without punctuation, a single newline is a wrap, not a break.
    """
    lines = [ln.strip() for ln in text.split("\n") if len(ln.strip()) >= 15]
    if len(lines) < 8:
        return text
    open_ended = sum(1 for ln in lines if ln[-1] not in "。！？；：!?;:”」』）)")
    if open_ended / len(lines) <= 0.5:
        return text
    return re.sub(r"(?<=[^\n。！？；：!?;:])\n(?=[^\n])", " ", text)
