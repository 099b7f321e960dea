"""Structure: what a plan's shape says about the years and kinds of what it states.

The passages (:mod:`policyqa.structure.passages`) give the plan's sections, paragraphs, sentences and
items with offsets. This module reads, once per plan, what each part *speaks of*:

- the plan's own year (:func:`plan_year`): its date, else the year its title names; a work
  report with neither (a page copied without its title) takes it from its parts
  (:func:`report_year`: "二、2024年主要任务", "2023年工作回顾" → 2024, "2012年，…" in its review → 2013);
- the context of each sentence (:func:`context_at`): a work report reviews last year ("一、2023年
  工作回顾", "过去一年，…": results of 2023) and then sets this year's targets and tasks
  ("今年主要预期目标是…", "二、2024年工作安排": targets for 2024). A figure whose own words
  give no year or tense takes them from its context.

It also holds the year patterns every module shares (:data:`YEAR`, :func:`years_in`), so that
"2023年", "到2027年", "2024—2026年" are read the same way everywhere.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import astuple, dataclass
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from ..reading.scripts import to_simplified
from .. import patterns

if TYPE_CHECKING:
    from .plan import Plan

# -- years ----------------------------------------------------------------------------------------
YEAR = patterns.compile(r"(?<![0-9])((?:19|20)[0-9]{2})\s*年")  # "2023年"
TARGET_YEAR = patterns.compile(r"(?:到|至|截至|在)\s*((?:19|20)[0-9]{2})(?:[/-][0-9]{2}(?![0-9]))?\s*(?:学年|年度|年)|((?:19|20)[0-9]{2})(?:[/-][0-9]{2}(?![0-9]))?\s*(?:学年|年度|年)(?:底|末|完结|结束)?(?:前|以前|或之前)")  # "到2027年", "2025年底前"
# a sentence that opens with the year its figures, and those after it in its paragraph, are for
LEAD_YEAR = patterns.compile(r"^(?:[（(]?[一二三四五六七八九十]+[)）、]|\d+[.．、﹒])?\s*(?:力争|预计|计划|争取|努力|目标[是为]?[：:]?|主要目标[是为]?[：:]?|总体目标[是为]?[：:]?)?\s*"
                             r"(?:(?:到|至|在)\s*((?:19|20)[0-9]{2})\s*年|((?:19|20)[0-9]{2})\s*年(?:底)?(?:前|以前)[，,])")  # "到2025年", "2027年前，"
# A year named by its distance from the plan's own: a work report's 今年 is its year, 去年 the one before.
YEAR_OFFSETS = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "上一年": -1, "明年": 1}
YEAR_RANGE = patterns.compile(r"((?:19|20)[0-9]{2})\s*[-—–－~～至到]\s*((?:19|20)[0-9]{2})\s*年")  # "2021—2023年"


# Taiwan's texts count years from 1912, the Republic's first (民國103年 = 2014): a plan that writes
# such years with a month or as a 年度 ("103年7月19日", "104年度") is read with them turned over.
_ROC_DATE = patterns.compile(r"(?<![\d.])(?:9\d|1[0-4]\d)\s*年\s*(?:度|\d{1,2}\s*月)")
_ROC_YEAR = patterns.compile(r"(?:民[國国]\s*)?(?<![\d.])(9\d|1[0-4]\d)(?=\s*年)")


def uses_roc_calendar(text: str) -> bool:
    """True when ``text`` writes its years in the Republic of China's calendar (twice at least)."""
    return len(_ROC_DATE.findall(text[:20000])) >= 2


def gregorian(text: str) -> str:
    """``text`` with the Republic's years written as the Gregorian ones (103年 → 2014年), for reading
    the years a sentence names (offsets into the result are not the text's)."""
    return _ROC_YEAR.sub(lambda m: str(int(m.group(1)) + 1911), text)


def years_in(text: str) -> list[int]:
    """The years ``text`` names with 年, in order ("2023年", "到2027年", a range's both ends)."""
    return [int(m.group(1)) for m in YEAR.finditer(text)]


# -- the plan's year ------------------------------------------------------------------------------
def plan_year(plan: Plan) -> int | None:
    """The year a plan is of: the one year its title names ("2024年政府工作报告", "宜春市2022年
    …统计公报"), else the year of its date, else None."""
    from .metadata import told_title

    title = told_title(plan)  # (a news post's: the plan it gives an account of, not its headline)
    ys = set(years_in(title)) | {int(m.group(1)) for m in YEAR_RANGE.finditer(title)}
    if len(ys) == 1:
        return ys.pop()
    if plan.date and re.match(r"(?:19|20)\d\d", plan.date):
        return int(plan.date[:4])
    return None


# A work report (政府工作报告) names itself, opens with 报告工作, reviews (工作回顾) or sets 主要预期目标.
_REPORT_WORDS = patterns.compile(r"政府工作报告|政府工作報告|报告工作|報告工作|作工作报告|工作回顾|工作回顧|主要预期目标|主要預期目標")


def is_work_report(plan: Plan) -> bool:
    """True when the plan reads as a government work report (政府工作报告): its title says so, or
    its opening (报告工作, 工作回顾) or its 主要预期目标 does."""
    from .metadata import told_title

    if "工作报告" in told_title(plan) or "工作報告" in told_title(plan):
        return True
    return bool(_REPORT_WORDS.search(plan.text[:4000])) or "主要预期目标" in plan.text or "主要預期目標" in plan.text


# What gives a work report's year when neither its title nor its date does, strongest first:
# the delivery line under its title (——2016年2月19日在…); a heading of its part ahead that names
# the year ("二、2024年主要任务", "2013年工作安排"); a heading of its review (2023年工作回顾 → 2024);
# a sentence opening with a year (2012年，区政府… in the review → 2013; 2018年是… ahead → 2018);
# the year it resolves to finish or do well (全面完成2017年各项目标任务, 做好2024年工作).
_DELIVERED = patterns.compile(r"((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在")
_AHEAD_HEADING = patterns.compile(r"((?:19|20)\d\d)\s*年(?:的)?(?:工作安排|主要任务|重点工作|重点任务|工作任务|主要工作|政府工作|工作建议|(?:全市|全区|全省|全县)?经济社会发展(?:的)?主要预期目标|主要预期目标)")
_REVIEW_HEADING = patterns.compile(r"((?:19|20)\d\d)\s*年(?:[^。\n]{0,12})?(?:工作回顾|工作总结)")
_YEAR_OPENING = patterns.compile(r"(?:^|[\s，,：:！!])((?:19|20)\d\d)\s*年(?:[，,]|是)")  # at a sentence's start, or after 各位代表， / a run-in heading
_YEAR_RESOLVED = patterns.compile(r"(?:做好|完成|实现)((?:19|20)\d\d)\s*年(?:的)?(?:[^。，；\n]{0,10})(?:工作|目标任务|目标)")


def report_year(plan: Plan) -> int | None:
    """The year a plan speaks for: :func:`plan_year` (its title or date); else, in a work report,
    the year its own words give (the cues above, strongest first); else None."""
    year = plan_year(plan)
    if year is not None or not is_work_report(plan):
        return year
    text = plan.simplified
    m = _DELIVERED.search(text[:400])
    if m:
        return int(m.group(1))
    roc = uses_roc_calendar(plan.text)
    heads = [(p.kind, head) for p, head in _heads(plan, roc)]
    headings = [h for k, h in heads if k == "section" or TOP_HEADING.match(h)]  # a numbered part run into its first sentence too
    for head in headings:
        if (m := _AHEAD_HEADING.match(head, _LABEL.match(head).end())) is not None:
            return int(m.group(1))
    for head in headings:
        if (m := _REVIEW_HEADING.search(head)) is not None:
            return int(m.group(1)) + 1
    if (m := _REVIEW_HEADING.search(text[:6000])) is not None:
        return int(m.group(1)) + 1
    current: Context | None = None
    for kind, head in heads:
        current = _opening(head, None, heading=kind == "section") or current
        m = _YEAR_OPENING.search(head, _LABEL.match(head).end())
        if m and current is not None and current.kind is not None:
            return int(m.group(1)) + (1 if current.kind == "result" else 0)
    m = _YEAR_RESOLVED.search(text)
    return int(m.group(1)) if m else None


COMMUNIQUE = patterns.compile(r"统计公报|統計公報")
_COMMUNIQUE_YEAR = patterns.compile(r"((?:19|20)\d\d)\s*年[^\n。]{0,30}统计公报")


def is_communique(plan: Plan) -> bool:
    """A statistics communiqué reports results only (its title says so)."""
    from .metadata import told_title

    return bool(COMMUNIQUE.search(told_title(plan)) or COMMUNIQUE.search(plan.text[:200]))


# A news post: a reporter's line, a source line or an original headline near its top, a paper's or
# an agency's name; never a document that names itself a plan, a report or a notice in its title.
_NEWS_CUES = patterns.compile(r"(?:公布|发布|印发)的[^，。\n]{0,30}?(?:显示|指出|提出)[：:，]|有关负责人|负责人(?:表示|介绍|称)|据了解|记者|通讯员|报道|來源[:：](?!\s*https?://)|来源[:：](?!\s*https?://)|原标题|新华社|日电|[(（]?[^\n，。]{0,8}讯[)）]|日报|晚报|时报|财联社|新浪财经|界面新闻|澎湃新闻|责任编辑")
_DOCUMENT_TITLE = patterns.compile(r"(?:方案|意见|規劃|规划|计划|計劃|通知|办法|辦法|纲要|綱要|措施|要点|报告|報告|决定|決定|条例|條例|公报|公報|细则|細則|政策|施政報告)[)）]?$")


# a headline that tells a place or organ issued a plan, without the plan's own name in 《》: news of it
_TELLS_ISSUE = patterns.compile(r"^[^《》：:]{2,16}?(?:出台|印发|发布|公布|推出|出炉)(?!《)[^《》]{4,}$")


def is_news(plan: Plan) -> bool:
    """True when the plan reads as a news post (a report or an article about plans and results), not
    a plan, a report or a notice itself: not a communiqué, its title (if any) does not
    end with a document's name (…实施方案, …施政報告), and its top (or the outlet or feed its front
    matter says it was filed under) has a news cue (记者, 来源：, 原标题, 日报 …)."""
    from .metadata import told_title

    told = told_title(plan)  # (a news post that gives an account of a plan it names is read as that plan)
    if is_communique(plan) or "工作报告" in told or "工作報告" in told:
        return False
    title = re.sub(r"[_\s]+$", "", to_simplified(told))
    if title and _DOCUMENT_TITLE.search(title) and not _TELLS_ISSUE.match(title):
        return False  # (but "宁夏出台2026年度…实施方案" is a headline telling that a place issued one)
    head = to_simplified(plan.text[:300])
    from .metadata import filed_under

    return bool(_NEWS_CUES.search(head) or _NEWS_CUES.search(to_simplified(filed_under(plan) or "")))  # (the outlet or feed a post was filed under)


# -- contexts ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Context:
    """What a part of a plan speaks of: ``kind`` "result" (a review of the past) or "target"
    (what is to come), and the ``year`` it is about; None where the structure does not say."""

    kind: str | None = None
    year: int | None = None
    strict: bool = False  # the kind holds whatever a sentence's words say (a communiqué: results only)
    several: bool = False  # a review of several years ("过去五年", "“十四五”时期是…的五年"): no one year
    last: int | None = None  # of a review of several years: the last year it covers (a figure's year when none is named)


NONE = Context()
# The openings of a part that reviews the past: a heading "2023年工作回顾", "过去一年，…", "一年来".
REVIEW = patterns.compile(r"回顾|施政成果|过去一年|过去的一年|过去的(?:19|20)\d\d年|过去五年|过去的五年|一年来|[二三四五]年来|本届政府|主要成绩|取得的成绩|工作总结|发展成就|主要成就")
# The openings of a part that sets what is to come: "今年主要预期目标", "2024年工作安排", "主要任务"
# ("今年上半年", "今年以来" report results).
AHEAD = patterns.compile(r"预期目标|主要目标|施政重点|发展目标|目标任务|总体要求|工作安排|重点工作|主要任务|重点任务|工作任务|今年(?!上半年|以来|前|[一二三]季度|\d)|明年|下一步|今后|未来五年")
# A numbered top-level heading ends the part before it ("四、加强政府自身建设").
TOP_HEADING = patterns.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]{1,3}(?:部分|章))")
_HEAD_CHARS = 24  # a context is opened in the first characters of a sentence


_LABEL = patterns.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}(?:部分|章))?\s*")
_LABEL_YEAR = patterns.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}(?:部分|章))?\s*(?:(?:19|20)\d\d\s*年)?")
# A sentence opening with a five-year plan's period ("“十四五”时期是…的五年", "十三五"期间): a review of
# those five years when the period ended before the plan's year.
_PERIOD_OPENING = patterns.compile(r"[“\"「]?十([一二三四五六七八九])五[”\"」]?\s*(?:时期|期间)")
# the last year of the Nth five-year plan period (十四五 → 2025)
PERIOD_END = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030, "六": 2035, "七": 2040, "八": 2045, "九": 2050}
# what a sentence (not a heading) must hold for :func:`_opening` to open a context by it
_OPENS = patterns.compile("|".join((REVIEW.pattern, AHEAD.pattern, _PERIOD_OPENING.pattern)))
_ADDRESS = patterns.compile(r"\s*(?:各位代表|代表们|同志们)\s*[，,！!：:]")
_NEAR = 6  # in a sentence, a context opens only in its first words ("各位代表，过去一年，…")
_STRONG_AHEAD = ("预期目标", "主要目标")
_ACHIEVED = patterns.compile(r"\s*(?:取得|实现|完成|圆满|顺利|成效|进展|扎实推进|稳步推进|全面完成|有序推进)")
_TASK_NOUNS = frozenset(("重点任务", "主要任务", "工作任务", "目标任务", "重点工作", "工作安排", "总体要求"))


def _opening(head: str, year: int | None, *, heading: bool = False, news: bool = False) -> Context | None:
    """The context a sentence (or a heading) opens, from its first characters, or None. ``year``
    is the plan's. A sentence opens one only with its first words (a heading anywhere in it).
    In a news post (``news``) "今年…" is the present of the post, not a part setting targets."""
    r, a = REVIEW.search(head), AHEAD.search(head)
    if news and a and a.group().startswith("今年"):
        a = None
    if a and a.group() in _TASK_NOUNS and _ACHIEVED.match(head, a.end()):
        a = None  # "（五）聚焦聚力攻坚克难，重点工作取得突破": the tasks a review says were done, not a part of tasks
    if not heading:
        near = _LABEL_YEAR.match(head).end() + _NEAR
        near += len(m.group()) if (m := _ADDRESS.match(head)) else 0  # "各位代表，刚刚过去的2015年，…"
        r = r if r and r.start() <= near else None
        a = a if a and (a.start() <= near or a.group() in _STRONG_AHEAD) else None
        if a and a.group() in _TASK_NOUNS and a.start() > _LABEL_YEAR.match(head).end():
            a = None  # "封关准备重点任务…全面完成": the tasks of the past a review reports; a part of tasks opens with its noun
    if (r or a or heading) and year:
        # a part that names its year says by it what it is: an earlier year is reviewed
        # ("一、2025年主要工作和…发展成就", "2025年各项目标任务的圆满完成"), this year's is set
        m = _LABEL_YEAR.match(head)
        ys = years_in(m.group()) if m else []
        if ys and (r or a or heading and ys[0] < year):
            return Context("result", ys[0]) if ys[0] < year else Context("target", ys[0])
    if r and (not a or r.start() <= a.start()):
        if "五年" in r.group() or "本届" in r.group():
            # five years of results: each figure's year is its own, else the last year reviewed
            return Context("result", None, several=True, last=year - 1 if year else None)
        ys = years_in(head[: r.end() + 4])
        return Context("result", ys[0] if ys else (year - 1 if year else None))
    if a:
        g = a.group()
        if g.startswith("今年") or g == "明年":
            return Context("target", (year + (g == "明年")) if year else None)
        ys = years_in(head[: a.end() + 6])
        if not ys and year and (p := _period_opening(head)) and PERIOD_END[p.group(1)] > year:
            return Context("target", PERIOD_END[p.group(1)])  # "二、“十五五”时期的主要目标任务" in a 2026 report: the targets of 2030
        return Context("target", ys[0] if ys else None)  # "主要任务" alone says nothing of the year
    p = _period_opening(head)
    if p and year and PERIOD_END[p.group(1)] < year:  # "“十四五”时期是…的五年" in a 2026 report: five years of results
        return Context("result", None, several=True, last=PERIOD_END[p.group(1)])
    if p and year and PERIOD_END[p.group(1)] > year:  # "二、“十五五”时期发展的主要考虑", "“十五五”时期是…关键时期" in a 2026 report: the five years to come
        return Context("target", PERIOD_END[p.group(1)])
    return None


def _period_opening(head: str) -> re.Match[str] | None:
    """The five-year period a sentence or heading opens with, after its label and a 关于 ("二、“十五五”时期…",
    "（三）关于“十五五”时期发展的主要目标"), or None."""
    pos = _LABEL.match(head).end()
    return _PERIOD_OPENING.match(head, pos + 2 if head.startswith("关于", pos) else pos)


def _head(text: str, roc: bool) -> str:
    """The first characters of a sentence or heading, simplified, its years Gregorian (``roc``)."""
    head = to_simplified(text[: _HEAD_CHARS + 4] if roc else text[:_HEAD_CHARS])
    return gregorian(head)[:_HEAD_CHARS] if roc else head


def _heads(plan: Plan, roc: bool) -> Iterator[tuple[Any, str]]:
    """Each sentence and heading of ``plan`` with its :func:`_head`, cut from the document's
    simplified text when simplifying kept its length (then the offsets agree), rather than
    simplified one by one (a plan has thousands)."""
    doc = plan.document
    simplified = doc.simplified if len(doc.simplified) == len(doc.text) else None
    n = _HEAD_CHARS + 4 if roc else _HEAD_CHARS
    for p in plan.passages:
        if p.kind != "sentence" and p.kind != "section":
            continue
        whole = p.text if simplified is None else simplified[p.clean_start : p.clean_end]
        text = whole if simplified is None else whole[:n]
        if whole.startswith(("据", "记者")) and (m := _ATTRIBUTION.match(whole)):
            # "据省高管局局长冯伟林介绍，“十二五”期间，…": a news post's sentence opens where what it reports does
            text = whole[m.end() :] if simplified is None else whole[m.end() : m.end() + n]
        if simplified is None:
            yield p, _head(text, roc)
        else:
            yield p, (gregorian(text)[:_HEAD_CHARS] if roc else text)


# who a news post's sentence reports ("据…介绍，", "记者从…获悉，"), before what it reports
_ATTRIBUTION = patterns.compile(r"(?:据|记者从)[^，,。；;！？]{1,40}?(?:介绍|表示|透露|获悉|了解到|称)[，,：:]")


class Contexts:
    """The context of every sentence of a plan, found once (see :func:`contexts`)."""

    def __init__(self, plan: Plan):
        year = report_year(plan)
        self.year = year
        self.starts: list[int] = []  # clean document offsets where a context begins
        self.values: list[Context] = []
        current = NONE
        report = is_work_report(plan)
        news = is_news(plan)
        if is_communique(plan):  # results of the year it reports ("2022年…统计公报"), throughout
            m = _COMMUNIQUE_YEAR.search(to_simplified(plan.text[:2000]))
            self.starts.append(plan.clean_start)
            self.values.append(Context("result", int(m.group(1)) if m else year, strict=True))
            return
        roc = uses_roc_calendar(plan.text)
        opens = _OPENS.search
        for p, head in _heads(plan, roc):
            heading = p.kind == "section"
            # a sentence without a review's, a part ahead's or a period's words opens nothing (most do not)
            opened = _opening(head, year, heading=heading, news=news) if heading or opens(head) else None
            if opened is None and report and year and current.kind == "result" and p.kind == "sentence":
                # in a review, a sentence opening with an earlier year speaks of that year ("2022年，面对…"
                # in a review of five years: the results of 2022)
                rest = head[_LABEL.match(head).end():]
                rest = rest[len(a.group()):] if (a := _ADDRESS.match(rest)) else rest
                m = _YEAR_OPENING.match(rest)
                if m and int(m.group(1)) < year:
                    opened = Context("result", int(m.group(1)))
            if year is None and opened is not None and opened.kind == "result" and opened.year:
                year = self.year = opened.year + 1  # "2023年工作回顾": a report of 2024
            if opened is None and p.kind == "section" and TOP_HEADING.match(head):
                opened = NONE  # a new top-level part that says nothing of time
            elif opened is not None and opened.kind == "target" and opened.year is None and current.kind == "target" and current.year:
                opened = current  # "主要预期目标是：", "今后，…" inside this year's part: still this year's
            if opened is not None and opened != current:
                current = opened
                self.starts.append(p.clean_start)
                self.values.append(current)

    @classmethod
    def of_rows(cls, year: int | None, rows: Iterable[Sequence[Any]]) -> Contexts:
        """Contexts as :meth:`rows` gave them (an index keeps them with a plan's passages)."""
        c = object.__new__(cls)
        c.year = year
        c.starts, c.values = [], []
        for start, *context in rows:
            c.starts.append(start)
            c.values.append(Context(*context))
        return c

    def rows(self) -> list[list[Any]]:
        """Each context as a row of plain values (its start, then :class:`Context`'s fields in order)."""
        return [[start, *astuple(v)] for start, v in zip(self.starts, self.values)]

    def at(self, clean_offset: int) -> Context:
        i = bisect.bisect_right(self.starts, clean_offset) - 1
        return self.values[i] if i >= 0 else NONE

    def __iter__(self) -> Iterable[tuple[int, Context]]:
        return iter(zip(self.starts, self.values))


def contexts(plan: Plan) -> Contexts:
    """The :class:`Contexts` of ``plan`` (computed once per plan object; a plan from an index
    brings them with its passages)."""
    c = plan.__dict__.get("_contexts")
    if c is None:
        plan.passages  # (a stored plan's passages bring its contexts: policyqa.retrieval.segments)
        c = plan.__dict__.get("_contexts")
        if c is None:
            c = plan.__dict__["_contexts"] = Contexts(plan)  # a frozen dataclass: cache beside its cached properties
    return c


def context_at(plan: Plan, clean_offset: int) -> Context:
    """The context of the sentence at ``clean_offset`` (document clean-text offset)."""
    return contexts(plan).at(clean_offset)


# -- where a span stands ----------------------------------------------------------------------------
def section_of(plan: Plan, clean_start: int, clean_end: int | None = None) -> tuple[str, ...]:
    """The headings enclosing a span of the plan (document clean offsets), outermost first, as
    the passages place them: the path of the paragraph the span starts in, without a heading
    that is the span itself (a numbered article is under its parent, not under its own title)."""
    paras = plan.__dict__.get("_paragraph_starts")
    if paras is None:
        ps = [p for p in plan.passages if p.kind == "paragraph"]
        paras = plan.__dict__["_paragraph_starts"] = ([p.clean_start for p in ps], ps)
    starts, ps = paras
    i = bisect.bisect_right(starts, clean_start) - 1
    if i < 0:
        return ()
    path = ps[i].section
    own = {p.text for p in plan.passages if p.kind == "section" and p.clean_start == ps[i].clean_start and p.clean_start <= clean_start <= p.clean_end}
    if path and path[-1] in own:  # a heading the span begins in ("24.加强风险应对。…") is its title, not above it
        path = path[:-1]
    return path
