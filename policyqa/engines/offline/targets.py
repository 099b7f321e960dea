"""Numeric targets: every quantitative figure of a plan, with what it measures, its year and kind.

    新增国家高新技术企业400家、省科技型中小企业1400家以上
      → Target(metric="新增国家高新技术企业", value=400, unit="家", ...)
      → Target(metric="新增省科技型中小企业", value=1400, unit="家", comparator="以上", ...)

How a figure is found (all by pattern, no model):

1. A number (Arabic, full-width or Chinese, with scales 万/亿/千/百 and 百分之) followed by a
   unit (亿元, %, 家, 万亩, 标箱 …, see ``UNITS``) and optionally a comparator (以上, 左右 …).
   Years (2027年), dates, ordinals (第一), section numbers, document numbers (〔2023〕12号),
   slogans ("3+1+1", "十链万企" and other short quotes), names (十大平台, 一号工程) have no
   unit or sit in brackets/quotes, and are skipped.
2. A figure that only qualifies a noun before the clause's main figure ("10亿元以上制造业项目70个")
   is folded into the main figure's metric instead of standing alone.
3. The metric is the text before the figure in its clause (after the previous figure), minus
   markers such as 力争 / 确保 / 其中; a count written before its noun ("10条标志性产业链") takes
   the noun. Siblings after 、 inherit the verb (新增 …、… → 新增 …).
4. The year is the one the clause or sentence states (到2027年 first), else the one a lead
   sentence of the paragraph or of its section states ("到2023年，…" before a list); never guessed.
5. The kind is "target" or "result" from markers in the clause, then the sentence, then what
   prevails in the paragraph and the plan (力争 / 确保 / 到20xx年 vs 同比 / 上半年 / 比上年 / 已).

Values are normalised by :func:`policyqa.structure.numbers.normalise` (3.6万亩 → 36000 亩, 460亿元 →
4.6e10 元); ``Target.original`` keeps the figure as written. Each target's citation is the
sentence holding the figure (its clauses when the sentence is very long), verified.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Callable

from ... import progress
from ...citations import cite, verify
from ...models import Target
from ...reading.scripts import to_simplified
from ...structure.numbers import normalise, parse_number
from ...structure.plan import Plan, windows
from ...structure.sections import LEAD_YEAR as _LEAD_YEAR
from ...structure.sections import PERIOD_END, YEAR_OFFSETS
from ...structure.passages import is_heading, sentence_spans, unwrapped
from ...structure.sections import NONE as NO_CONTEXT
from ...structure.sections import Context
from ... import patterns

# -- vocabulary ---------------------------------------------------------------------------------
UNITS = sorted(
    {
        "个百分点", "百分点", "%", "％", "‰",
        "平方公里", "平方千米", "平方米", "立方米", "千瓦时", "千瓦", "兆瓦", "吉瓦", "吨标准煤", "标准煤",
        "标箱", "人次", "个月", "个工作日", "工作日", "小时", "分钟", "公里", "千米", "千克", "公斤", "斤", "公顷",
        "美元", "欧元", "港元", "港币", "日元", "元",
        "亩", "吨", "件", "列", "家", "个", "项", "条", "所", "座", "台", "套", "辆", "户", "人口", "人", "名",
        "位", "支", "场", "次", "天", "倍", "款", "种", "艘", "架", "处", "片", "间", "张", "部", "篇", "本",
        "只", "头", "株", "棵", "宗", "例", "份", "单", "班", "趟", "米", "方", "度", "床", "栋", "批", "所", "伙",
        "场次", "户次", "门", "套（间）", "台（套）", "微克/立方米", "毫克/立方米", "分/千瓦时", "元/千瓦时",
    },
    key=len,
    reverse=True,
)
_UNIT_AT = patterns.compile("|".join(map(re.escape, UNITS)))  # alternatives tried in UNITS' order: the first that matches wins
UNIT_ALIASES = {"％": "%", "百分点": "个百分点", "人口": "人", "公斤": "千克", "平方千米": "平方公里"}
# Units that only count things: a Chinese numeral below ten before one of them is a phrase
# (三个提升, 一件事, 两项), not a figure.
GENERIC_UNITS = {"个", "项", "条", "家", "所", "座", "台", "套", "位", "支", "场", "次", "天", "种", "处", "片", "间", "门", "场次",
                 "张", "部", "篇", "本", "只", "头", "宗", "例", "份", "单", "班", "趟", "批", "户", "名", "人", "款", "倍"}
PRE_COMPARATORS = ("不低于", "不少于", "不超过", "不高于", "超过", "突破", "达到", "高于", "低于", "控制在", "保持在",
                   "稳定在", "至少", "最高", "最多", "超", "达", "约", "近", "逾")
POST_COMPARATORS = ("及以上", "以上", "以内", "之内", "以下", "左右", "上下", "内")
GROWTH_WORDS = ("增长", "下降", "提高", "提升", "增加", "减少", "降低", "增速", "增幅", "年均增长")

_NUM = patterns.compile(
    r"百分之[零〇一二两三四五六七八九十百千点]+"
    r"|[0-9０-９]+[ \u00a0]?万[ \u00a0]?[0-9]{1,4}(?:,[0-9]{3})?(?![0-9.．,，万亿])"  # "18萬119人次", "16 萬 6,511 人": 万 and the rest in digits
    r"|[0-9０-９]+(?:[, \u00a0][0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?(?:[十百千万亿]+|[ \u00a0][万亿]+)?"
    r"|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?"
)
_SCALE_CHARS = set("十百千万亿")
_CJK_NUM_CHARS = set("零〇一二两三四五六七八九十百千万亿点")
_YEAR = patterns.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?:年|—|-|－)")
_TARGET_YEAR = patterns.compile(r"(?:到|至|截至|在)\s*((?:19|20)[0-9]{2})(?:[/-][0-9]{2}(?![0-9]))?\s*(?:学年|年度|年)|((?:19|20)[0-9]{2})(?:[/-][0-9]{2}(?![0-9]))?\s*(?:学年|年度|年)(?:底|末|完结|结束)?(?:前|以前|或之前)")

TARGET_MARKERS = patterns.compile(r"力争|争取|确保|预期(?!寿命)|(?<![比较超实现完成达到未])目标(?!值)|计划|将|努力|重点做好|下一步|(?:到|至)\s*(?:19|20)\d\d\s*年|(?:19|20)\d\d\s*年(?:底|末)?前|每年|年均")
RESULT_MARKERS = patterns.compile(
    r"同比|比上年|较上年|比去年|上年同期|上半年|一季度|二季度|三季度|前三季度|第[一二三四]季度|今年以来|去年|过去|截至|截止|已|"
    r"[1-9１-９]\s*[—－–~～]\s*(?:1[0-2]|[1-9])\s*月(?:份)?|"
    r"(?<![为除到])了(?!解)|年末|预计|目前|累计完成|共计|实现了|成功|先后|获批|[1-9１-９]-[0-9０-９]+月|一年来|过去一年|[二三四五]年来|工作回顾"
)
_LEAD_STRIP = patterns.compile(
    r"^(?:[\s,，、;；:：和及与并且同时其中全年今年年内当年每年力争争取确保努力预计预期推动实现全力全区全市全省全县上半年一季度前三季度目前累计]"
    r"|(?:到|至)?\s*(?:19|20)\d\d\s*年(?:底|末|度)?(?:前)?|今年|明年|全年|其中|同时|力争|争取|确保|努力|预计|预期|推动|实现|全力|全区|全市|全省|全县|上半年|一季度|前三季度|目前)+"
)
_HEAD_STRIP_WORDS = ("其中", "同时", "并且", "全年", "今年", "明年", "年内", "每年", "力争", "争取", "确保", "努力", "预计", "预期",
                     "推动", "实现", "全力", "全区", "全市", "全省", "全县", "上半年", "一季度", "前三季度", "目前", "同比", "比上年", "较上年", "比去年", "并", "且", "和", "及", "与")
_TAIL_STRIP_WORDS = ("分别", "均", "累计", "共", "为", "占", "的", "是", "已", "可")
_CLAUSE_BREAK = "，,：:；;。！？!?"
_SIBLING_SEPS = ("以及", "、", "和", "及", "与", "并")
_VERB_PREFIXES = ("新增", "新建", "新引进", "引进", "培育", "建成", "建设", "打造", "实施", "招引", "落地", "完成", "新设", "签约", "设立",
                  "培养", "认定", "创建", "新培育", "新落地", "引育", "储备")
_BARE_VERBS = ("完成", "实现", "达到", "新增", "累计", "建成", "增加", "突破", "超过")
_OPEN_QUOTES = {"“": "”", '"': '"', "「": "」", "『": "』", "《": "》", "〔": "〕", "【": "】", "‘": "’"}
_MAX_QUOTED = 16  # a quoted stretch this short is a slogan or a name
_QUOTE_MARK = patterns.compile("[" + re.escape("".join(sorted(set(_OPEN_QUOTES) | set(_OPEN_QUOTES.values())))) + "\n]")
_MAX_SENTENCE = 150


# A round count in words (突破百项前沿技术, 培育百家领军企业): 百 / 千 alone before one of these units,
# after one of these verbs.
_ROUND_UNITS = set("项家个所座条种款")
_ROUND_VERB = patterns.compile(r"(?:突破|形成|打造|培育|开拓|制定|建设|建成|新增|引进|培养|达到|超过|推出|遴选|认定|创建|实施|支持|引育|布局|孵化|落地|招引|储备|发布|推广|遴选|树立|选树)$")


# -- finding figures ----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Figure:
    start: int  # plan-text offsets of the figure as written (number … unit … post-comparator)
    end: int
    num_start: int
    num_end: int
    value: float
    unit: str | None
    pre: str | None
    post: str | None
    original: str


_PLAN_OUTLINE = patterns.compile(r"(?:项|条|个|大)?(?:重点|主要|具体|工作)?(?:任务|举措|舉措|措施|方面|行动|行動|工程|专项|專項)")
_OUTLINE_VERB = patterns.compile(r"(?:细化|細化|分解|提出|明确|明確|部署|包括|涵盖|涵蓋|围绕|圍繞|实施|實施)[^，。；]*$")


def _shielded(text: str) -> list[bool]:
    """Characters inside short quotes or brackets (slogans, titles, document numbers)."""
    mask = [False] * len(text)
    stack: list[tuple[str, int]] = []
    for mark in _QUOTE_MARK.finditer(text):  # no other character opens, closes or ends anything
        i = mark.start()
        ch = text[i]
        if stack and ch == stack[-1][0] and not (ch == '"' and i == stack[-1][1]):
            closer, start = stack.pop()
            if _OPEN_QUOTES.get(text[start]) in ("》", "〕", "】") or i - start - 1 <= _MAX_QUOTED:
                mask[start : i + 1] = [True] * (i + 1 - start)
            continue
        if ch in _OPEN_QUOTES and ch not in "”’":
            stack.append((_OPEN_QUOTES[ch], i))
        elif ch == "\n":
            stack.clear()
    return mask


def _match_unit(text: str, i: int) -> str | None:
    """The unit written at ``i``: the first of UNITS (longest first) that starts there."""
    m = _UNIT_AT.match(text, i)
    return m.group() if m else None


_YEARLIKE = patterns.compile(r"(?:19|20)[0-9]{2}")
_RANGE_SEP = patterns.compile(r"\s*(?:[-—－–~～]+|至|到)\s*")


def _range_end(text: str, pos: int) -> tuple[re.Match[str], int] | None:
    """The upper end of a range whose lower end stops at ``pos`` (4.5—5%, 5%—5.5%, 800-1000亿元,
    5%至5.5%, 500万元—5000万元): the upper number's match and where its separator starts, or None."""
    i = pos
    own = None  # the lower end's own unit, written again after the upper end (500万元—5000万元, 1000万人次至1200万人次)
    if i < len(text) and text[i] in "%％":
        i += 1  # (5%—5.5%)
    elif (own := _match_unit(text, i)) is not None:
        i += len(own)
    sep = _RANGE_SEP.match(text, i)
    if sep is None or sep.end() == i:
        return None
    m = _NUM.match(text, sep.end())
    if m is None or m.group()[0] not in "0123456789０１２３４５６７８９":
        return None
    if own is not None and not text.startswith(own, m.end()):
        return None  # "5000万元-1亿元" or a unit then a dash of another kind: no range of one unit
    if _YEARLIKE.fullmatch(text[pos - 4 : pos]) and _YEARLIKE.fullmatch(m.group()):
        return None  # a span of years (2025—2027年), not a figure
    return m, i


_HALF_YEAR = patterns.compile(r"(?<=[了降减少短至到为约近逾])半年(?![度内来报末初底])")  # 下降了半年 (not 上半年)


def _figures(text: str) -> list[_Figure]:
    shielded = _shielded(text)
    out: list[_Figure] = [_Figure(m.start(), m.end(), m.start(), m.start() + 1, 0.5, "年", None, None, m.group())
                          for m in _HALF_YEAR.finditer(text) if not shielded[m.start()]]
    skip_to = -1
    for m in _NUM.finditer(text):
        a, b = m.start(), m.end()
        if a < skip_to:
            continue  # the upper end of a range already read with its lower end
        core = m.group()
        # a fixed unit starting with a scale character (10万千瓦, 5千米) is not part of the number
        for k in range(a + 1, b):
            if text[k] in _SCALE_CHARS and any(text.startswith(u, k) for u in ("千瓦", "千米", "千克", "百分点")):
                b = k
                core = text[a:b]
                break
        if shielded[a]:
            continue
        prev = text[a - 1] if a > 0 else ""
        if prev in "第+＋·.．/／#＃~～-—－×*=" or (prev.isascii() and prev.isalnum()):
            continue
        if len(core) > 1 and core[0] in "0０" and core[1] not in ".．":
            continue  # 000 of a broken number, a code
        is_chinese = core[0] in _CJK_NUM_CHARS and not core.startswith("百分之")
        if is_chinese and len(core) == 1 and core in _SCALE_CHARS and not (
                core in "百千" and text[b : b + 1] in _ROUND_UNITS and _ROUND_VERB.search(text[max(0, a - 4) : a])):
            continue  # a bare 万 / 千 / 百 (千方百计, 万家) is a word, not a number; 突破百项, 培育百家 are round counts
        value = parse_number(re.sub(r"[ \u00a0](?=[万亿])|(?<=[万亿])[ \u00a0]", "", core))  # "5,000 萬", "16 萬 6,511" in PDF text
        if value is None:
            continue
        pos = b
        low = None
        upper = _range_end(text, pos) if not (core[0] in _CJK_NUM_CHARS) else None
        if upper is not None:
            low = value
            m2 = upper[0]
            high = parse_number(m2.group())
            if high is None or high <= low:
                upper = None
            else:
                value, b, core, pos = high, m2.end(), m2.group(), m2.end()
                skip_to = b
        nxt = text[pos] if pos < len(text) else ""
        if upper is None and (nxt in "+＋.．" or (nxt.isascii() and nxt.isalpha()) or nxt in "-—－~～至到" and pos + 1 < len(text) and text[pos + 1].isdigit()):
            continue  # a slogan (3+1+1), a code (5G), a version (2.0版), a date's or code's parts
        approx = None
        if nxt in "多余":
            approx = nxt
            pos += 1
        unit: str | None = None
        if core.startswith("百分之"):
            unit = "%"
        else:
            u = _match_unit(text, pos)
            if u is None and not is_chinese and text[pos : pos + 1] in (" ", "\u00a0") and (core[-1].isdigit() or core[-1] in "万亿"):
                u = _match_unit(text, pos + 1)  # PDF text spaces a number from its unit: "約39 900 個", "3 萬人次"
                if u is not None:
                    pos += 1
            if u is not None:
                unit = u
                pos += len(u)
        if unit is None and text.startswith("年半", pos) and value < 100:
            value, unit, pos = value + 0.5, "年", pos + 2  # 五年半, 一年半: a duration
        elif unit is None and not is_chinese and "." in core and re.match(r"[ \u00a0]?年(?![度底末前初中])", text[pos : pos + 3]):
            pos += text[pos : pos + 2].index("年") + 1  # 6.1 年: a duration (a year has no decimals)
            unit = "年"
        if unit is None:
            # no unit: only a large Arabic amount standing alone (标识注册总量突破5亿)
            if is_chinese or not (set(core) & {"万", "亿"}) or (pos < len(text) and text[pos] not in _CLAUSE_BREAK + "、）)”"):
                continue
        if is_chinese and value < 10 and (unit in GENERIC_UNITS or unit is None):
            continue  # 三个提升, 一件事, 两项 …
        if is_chinese and value < 10 and len(core) == 1 and unit not in ("%", "年"):
            continue
        if _PLAN_OUTLINE.match(text, pos) and _OUTLINE_VERB.search(text[max(0, a - 8) : a]):
            continue  # the plan counting its own parts ("细化分解20项任务、64条工作举措"), not a figure it sets
        post = None
        for p in POST_COMPARATORS:
            if text.startswith(p, pos):
                post = p
                pos += len(p)
                break
        if approx and not post:
            post = approx
        pre = None
        for p in PRE_COMPARATORS:
            if text.endswith(p, 0, a):
                pre = p
                break
        out.append(_Figure(a, pos, a, b, value, UNIT_ALIASES.get(unit, unit) if unit else None, pre, post, text[a:pos]))
    return sorted(out, key=lambda f: f.start)


# -- context: clauses, metric, year, kind ------------------------------------------------------
# Words of the future that make a figure a target even inside a review of the past (not 稳预期,
# 超预期: steadying or beating expectations is said of the past too).
_AHEAD = patterns.compile(r"力争|(?<![稳超出好])预期(?=目标|指标|增长|增速|值|[为是在达])|(?<![动设度施作项增年超原])计划(?!内)|目标是|明年|今年要|今后|下一步|(?:到|至)\s*((?:19|20)\d\d)\s*年(?!底|末)")


def _ahead(text: str, year: int | None) -> bool:
    """Words of the future in ``text``; 到2015年 only when 2015 is not before the plan's ``year``
    (地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元, in a 2016 report's review, is the past)."""
    text = _NAMED.sub("", text)  # a name's words ("兴辽英才计划") say nothing of tense
    return any(m.group(1) is None or year is None or int(m.group(1)) >= year for m in _AHEAD.finditer(text))
# Words of the future in a news post, which otherwise reports what is (东莞有521家试点企业, 1—7月
# 完成投资675.9亿元: results of the post's year); 计划投资 names a plan's amount in its own clause only.
# A post that relays a plan (《…行动计划》提出，…; 报告提出，…) states that plan's targets.
_NEWS_AHEAD = patterns.compile(r"力争|争取|确保|预计|(?<![稳超出好])预期(?!寿命)|目标是|目标为|(?<![即])将(?!近|军|士)|(?<![需重主只])要(?![求素点闻害])|今后|未来|明年|下一步|(?:到|至)\s*((?:19|20)\d\d)\s*年(?!底|末)"
                         r"|提出[，,：:]|《[^》]{2,60}(?:规划|计划|方案|意见|纲要|要点)(?:[（(][^》]{0,20}[)）])?》")


def _news_ahead(text: str, year: int | None) -> bool:
    """Words of the future in a news post's ``text`` (到2025年 only when 2025 is not before ``year``)."""
    return any(m.group(1) is None or year is None or int(m.group(1)) >= year for m in _NEWS_AHEAD.finditer(text))


# A bound written earlier in the clause ("按照不超过平台建设费用的30%", "贴息上限为1000万元", "至少培育1家").
_BOUND_AT_MOST = patterns.compile(r"不超过|最高|上限|至多|最多|封顶")
_BOUND_AT_LEAST = patterns.compile(r"至少|不低于|不少于|最低")


def _bound_before(head: str) -> str | None:
    """The comparator a clause states before its figure, when none stands beside it."""
    m = None
    for m in re.finditer(f"{_BOUND_AT_MOST.pattern}|{_BOUND_AT_LEAST.pattern}", head):
        pass
    if m is None:
        return None
    return "不超过" if _BOUND_AT_MOST.fullmatch(m.group()) else "不低于"


def _clause_bounds(text: str, s: int, e: int, i: int) -> tuple[int, int]:
    """The clause of sentence [s, e) that holds offset i."""
    a = i
    while a > s and text[a - 1] not in _CLAUSE_BREAK:
        a -= 1
    b = i
    while b < e and text[b] not in _CLAUSE_BREAK:
        b += 1
    return a, b


def _strip_head(h: str) -> str:
    h = re.sub(r"^\s*(?:\d+[.．、﹒]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)", "", h)
    h = h.strip(" \t,，、；;：:")
    changed = True
    while changed and h:
        changed = False
        m = re.match(r"(?:(?:到|至)\s*)?(?:19|20)\d\d\s*年(?:底|末|度)?(?:前)?[，,]?", h)
        if m:
            h, changed = h[m.end():], True
            continue
        for w in _HEAD_STRIP_WORDS:
            if h.startswith(w):
                h, changed = h[len(w):], True
                break
        h = h.strip(" \t,，、；;：:")
    for p in PRE_COMPARATORS:
        if h.endswith(p):
            h = h[: -len(p)]
            break
    changed = True
    while changed and h:
        changed = False
        for w in _TAIL_STRIP_WORDS:
            if h.endswith(w) and len(h) > len(w) and not h.endswith("平" + w):
                h, changed = h[: -len(w)], True
                break
    return h.strip(" \t,，、；;：:")


def _strip_tail(t: str) -> str:
    return t.strip(" \t,，、；;：:的")


# A five-year plan period names its last year: "十四五"期间 / 到"十四五"末 → 2025.
_FIVE_YEAR = patterns.compile(r"十([一二三四五六七八九])五[”\"」]?\s*(?:末|期末|时期|期间|规划)")
_BASE_BEFORE = patterns.compile(r"(?:比|较|高于|低于|相比|同|与)\s*[“\"「]?$")


_RELATIVE = patterns.compile(r"(?<![比较與与和同于於])(去年|上年|上一年|今年|本年|明年)(?!同期|同比)")


def _relative_first(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a year relative to its plan's (今年) before any year in digits."""
    r = _CLAUSE_RELATIVE.search(text, start, end)
    y = _YEAR.search(text, start, end)
    return r is not None and (y is None or r.start() < y.start())


# a clause that opens with a year named relatively ("，今年建成…"; not "考虑了去年涨价翘尾影响", a word of what it names)
_CLAUSE_RELATIVE = patterns.compile(r"[，,；;]\s*(?:今年|本年|明年|去年|上年)")


def _relative_year(s: str, plan_year: int | None) -> int | None:
    """The year a clause names relative to its plan's (去年 in a 2013 report is 2012; 比去年 and
    去年同期 are a comparison's base, not the figure's year)."""
    if plan_year is None:
        return None
    m = _RELATIVE.search(s)
    return plan_year + YEAR_OFFSETS[m.group(1)] if m else None


_WHOLE_YEAR = patterns.compile(r"全年|年内")


def _whole_year(s: str, plan_year: int | None) -> int | None:
    """The plan's own year, for a paragraph that speaks of the whole year ("全年力争完成投资92亿元；
    新建改造城市道路40.84公里") where nothing else (its words, its part of the plan) says a year."""
    return plan_year if plan_year is not None and _WHOLE_YEAR.search(s) else None


# "由2024-25年度起计五年内", "自2023年起三年内": the last year of the span
_WITHIN = patterns.compile(r"((?:19|20)[0-9]{2})(?:[/-][0-9]{2}(?![0-9]))?\s*(?:学年|年度|年)?\s*起[计算]?\s*([一二三四五六七八九十]|[1-9][0-9]?)\s*(?:个)?年(?:内|间|之内)")


_EVERY_YEAR = patterns.compile(r"每年|逐年|每一年")  # a rate for every year ("覆盖率每年提升1～3个百分点")
# a later clause of the sentence that opens with its own year ("…放宽至3个月，到2025年，全部…均应提供"):
# that year leads what follows it, not the figures before it
_LEADS_ON = patterns.compile(r"[，,；;]\s*(?:到|至|在)\s*(?:19|20)\d\d\s*年(?:底|末)?(?:前)?[，,]")


def _sentence_year(text: str, cb: int, up_to: int | None, sent_year: int | None) -> int | None:
    """The year a figure's sentence gives it: ``up_to``, the one it names up to the end of the
    figure's clause (ending at ``cb``), else the sentence's, unless the sentence names its years
    only in later clauses they lead."""
    if sent_year is None:
        return None
    if up_to is not None:
        return up_to
    return None if _LEADS_ON.match(text, cb) else sent_year


def _year_in(s: str) -> int | None:
    w = _WITHIN.search(s)
    if w:
        return int(w.group(1)) + int(parse_number(w.group(2)) or 1) - 1
    m = _TARGET_YEAR.search(s)
    if m:
        return int(m.group(1) or m.group(2))
    f = next((f for f in _FIVE_YEAR.finditer(s) if not _BASE_BEFORE.search(s, 0, f.start())), None)
    if f and not _YEAR.search(s):  # (比“十三五”时期增长78.9%: the period compared with is not the figure's)
        return PERIOD_END[f.group(1)]
    for m in _YEAR.finditer(s):
        before = s[max(0, m.start() - 1) : m.start()]
        if before in ("比", "较", "与", "从", "和", "自", "由") or re.match(r"\s*(?:年)?\s*(?:以来|起)", s[m.end() :]):
            continue
        return int(m.group(1))
    return None


_NAMED = patterns.compile(r"“[^”0-9０-９%％]{1,12}”|「[^」0-9０-９%％]{1,12}」|\"[^\"0-9%]{1,12}\"|“(?=[^”]{0,14}[\u4e00-\u9fff]{2})[^”%％]{1,16}”")  # (a name may hold digits: “2030启航计划”)


# a paragraph of a report that gives the targets of its five-year plan's outline ("《纲要（草案）》明确了
# 经济社会发展主要指标：…地区生产总值年均增长5%左右", "“十五五”发展的主要目标是：…"): its figures are
# for the end of the period the plan opens, unless they name their year
_OUTLINE = patterns.compile(r"规划纲要|《纲要|纲要（草案）|纲要\(草案\)")
_PERIOD_LEAD = patterns.compile(r"^[“\"「]?十([一二三四五六七八九])五[”\"」]?(?:时期|期间)?(?:发展)?的?(?:主要)?(?:目标|指标)")


def _period_of(par: str, plan_year: int) -> int | None:
    """The end of the five-year period a paragraph gives the targets of (see _OUTLINE), or None."""
    head = par.strip()[:200]
    if "五" not in head and "纲要" not in head and "綱要" not in head:
        return None  # (most paragraphs: not simplified for nothing)
    simple = to_simplified(head)
    m = _PERIOD_LEAD.match(simple)
    if m:
        end = PERIOD_END[m.group(1)]
        return end if end > plan_year else None
    if _OUTLINE.search(simple) and re.search(r"指标|目标", simple):
        return plan_year + (2025 - plan_year) % 5  # the period the plan's year is in (十五五 for 2026–2030)
    return None


# a provision's condition: "对年度新获认定…的，", "年产值同比增长超过1000万元的，" (up to the clause that grants)
_CONDITION = patterns.compile(r"(?:^|(?<=[。；;，,]))\s*(?:对|凡|对于)?[^。；;，,]{2,80}?的[，,]")


def _marker(s: str) -> str | None:
    s = _NAMED.sub("", s)  # a name's words ("倍增计划", 《…行动计划》) say nothing of tense
    t = len(TARGET_MARKERS.findall(s))
    r = len(RESULT_MARKERS.findall(s))
    if t > r:
        return "target"
    if r > t:
        return "result"
    return None


@dataclass(frozen=True)
class _Found:
    figure: _Figure
    metric: str
    comparator: str | None
    year: int | None
    kind: str
    quote_span: tuple[int, int]  # plan-text offsets


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans of plan text, as the structure layer cuts them (:func:`policyqa.structure.passages.lines_of`)."""
    from ...structure.passages import lines_of

    return [(a, a + len(s)) for a, s in lines_of(text)]


_NAMED_PERIOD = patterns.compile(r"《[^《》]{2,80}?[（(]\s*((?:19|20)\d\d)\s*(?:年)?\s*[—\-–－~～至到]\s*((?:19|20)\d\d)\s*年?\s*[）)]\s*》")


def _named_period_end(text: str, year: int | None) -> int | None:
    """The last year of the one period the plans a news post names give in their titles
    (《…攻坚行动方案（2021—2023年）》), when the post's ``year`` lies in it; else None."""
    ends = {(int(a), int(b)) for a, b in _NAMED_PERIOD.findall(text)}
    if year is None or len(ends) != 1:
        return None
    first, last = ends.pop()
    return last if first <= year <= last < year + 10 else None


def _analyse(text: str, context_at: Callable[[int], Context] | None = None, plan_year: int | None = None,
             news: bool = False, ahead: bool = False, target_year: int | None = None) -> list[_Found]:
    """Every figure of ``text`` (a plan's text) with its metric, comparator, year and kind;
    ``context_at(offset)`` gives what the plan's structure says the sentence at ``offset``
    speaks of (a review of last year, this year's targets: :mod:`policyqa.structure.sections`);
    ``plan_year`` is the year the plan speaks for (a review's 到2015年 is the past in 2016).
    In a news post (``news``) a figure with no words of the future in its clause or before it in
    its sentence is a result, and one with no year of its own is of the post's year. A plan that
    sets out what is to be done (``ahead``: no work report, communiqué or news post) has figures of
    the future where nothing in their sentence or paragraph says otherwise: its provisions
    ("对…的，给予50万元奖励") are no results, however many 同比 or 了 its conditions hold. A target nothing
    dates is of ``target_year`` (a report's own year; a plan's when its title names one year)."""
    text = unwrapped(text)
    figures = _figures(text)
    if not figures:
        return []
    sentences = sentence_spans(text)
    paragraphs = _paragraphs(text)
    plan_prior = "target" if ahead else _marker(text)

    def tense(s: str) -> str | None:  # (in a plan's provision, its condition "对…新获批…的，" says who qualifies, not when)
        return _marker(_CONDITION.sub("", s) if ahead else s)
    # a news post's account of one plan with its period (《…行动方案（2021—2023年）》): what the plan sets is for the period's end
    period_end = _named_period_end(text, plan_year) if news else None
    # year scopes from lead sentences ("到2023年，…" before a list) and kind priors per paragraph
    scope_year: dict[int, int] = {}
    carried: int | None = None
    par_prior: dict[int, str | None] = {}
    for pi, (ps, pe) in enumerate(paragraphs):
        par = text[ps:pe]
        if is_heading(par, text[paragraphs[pi + 1][0] : paragraphs[pi + 1][1]] if pi + 1 < len(paragraphs) else ""):
            carried = None
        m = _LEAD_YEAR.match(par.strip().lstrip("-—－ 　"))
        if m:
            carried = int(m.group(1) or m.group(2))
        elif carried is not None and (own := _year_in(par)) is not None and own != carried:
            carried = None  # a paragraph that names a year of its own ("数据显示，2020年，…") is out of the lead's scope
        if carried is not None:
            scope_year[pi] = carried
        elif plan_year is not None and (end := _period_of(par, plan_year)):
            scope_year[pi] = end
        par_prior[pi] = tense(par)
    by_sentence: dict[int, list[_Figure]] = {}
    si = 0
    for f in figures:
        while si < len(sentences) and sentences[si][1] <= f.start:
            si += 1
        if si >= len(sentences):
            break
        by_sentence.setdefault(si, []).append(f)
    # the tense of the last sentence that had one, within the paragraph (a flattened report
    # moves from 过去一年… to 今年主要预期目标… inside one paragraph)
    running: dict[int, str | None] = {}
    news_ahead: dict[int, bool] = {}  # a news post's paragraph that went on to the future (…表示，力争…。新增…)
    lead: dict[int, int | None] = {}
    pi = 0
    state: str | None = None
    ahead_state = False
    lead_year: int | None = None
    opened: int | None = None  # the year a sentence opens with ("数据显示，2020年，…；"), for its clauses after a semicolon
    for k, (a, b) in enumerate(sentences):
        while pi + 1 < len(paragraphs) and paragraphs[pi][1] < a:
            pi += 1
            state, lead_year, ahead_state, opened = None, None, False, None
        running[k], lead[k], news_ahead[k] = state, opened if opened is not None else lead_year, ahead_state
        sentence = text[a:b]
        state = tense(sentence) or state
        if news:
            ahead_state = _news_ahead(sentence, plan_year) or (ahead_state and _marker(sentence) != "result")
        m = _LEAD_YEAR.match(sentence.strip())
        if m:
            lead_year = int(m.group(1) or m.group(2))
        o = _OPENING_YEAR.match(sentence.strip())
        if o:
            opened = int(o.group(1))
        if re.search(r"[。！？!?]\s*$", sentence):
            opened = None  # (the sentence ends: its year led its own clauses only)
    out: list[_Found] = []
    pi = 0
    for si, figs in sorted(by_sentence.items()):
        s, e = sentences[si]
        while pi + 1 < len(paragraphs) and paragraphs[pi][1] < s:
            pi += 1
        sentence = text[s:e]
        sent_year = _year_in(sentence)
        if sent_year is None and si > 0 and _SAME_YEAR.match(sentence.lstrip()):
            sent_year = _year_in(text[sentences[si - 1][0] : sentences[si - 1][1]])  # "2020年末，…。同年，6市GDP总量…"
        sent_kind = tense(sentence)
        ctx = context_at(s) if context_at else NO_CONTEXT
        clauses: dict[tuple[int, int], list[_Figure]] = {}
        for f in figs:
            clauses.setdefault(_clause_bounds(text, s, e, f.num_start), []).append(f)
        prev_metric: str | None = None
        for (ca, cb), cfigs in clauses.items():
            seg = ca
            prev_verb: str | None = None  # a verb carries over 、 within a clause only (新增A 2家、B 3家)
            skip: set[int] = set()
            for k, f in enumerate(cfigs):
                if k in skip:
                    continue
                nxt = cfigs[k + 1] if k + 1 < len(cfigs) else None
                after = text[f.end : nxt.start if nxt else cb]
                if nxt is not None and not after.strip():
                    # a count before a sized thing (58个10亿元以上重大产业项目): the size is its attribute
                    skip.add(k + 1)
                    nn = cfigs[k + 2] if k + 2 < len(cfigs) else None
                    after = text[nxt.start : nn.start if nn else cb]
                    nxt = nn
                sep_at = -1
                sep_len = 0
                for sep in _SIBLING_SEPS:
                    j = after.find(sep)
                    if j >= 0 and (sep_at < 0 or j < sep_at):
                        sep_at, sep_len = j, len(sep)
                baseline = _baseline(text[ca : f.start], text[f.end : e])
                if nxt is not None and after.strip() and sep_at < 0 and not baseline:
                    continue  # an attribute of the next figure (10亿元以上制造业项目70个): its metric absorbs it
                    # (not where a change starts from: 从2020年的10.5万元提高到2025年的14万元, a figure of its own)
                tail = "" if baseline else after[:sep_at] if (nxt is not None and sep_at >= 0) else after
                head = _strip_head(text[seg : f.start])
                metric = _metric(head, _strip_tail(tail), prev_metric, prev_verb)
                if (not metric or metric in _BARE_VERBS) and k == 0 and ca > s:
                    pa, _ = _clause_bounds(text, s, e, ca - 1)  # 全年完成3.6万亩: what is done is in the clause before
                    metric = _strip_head(text[pa : ca - 1]) + metric
                clause = text[ca:cb]
                before = text[ca : f.start]
                if (to := _changed_to(before)) is not None:
                    before = before[to:]  # "从去年的2.1%提高到2.3%": the year and words of where it started are not the end's
                up_to = _year_in(text[s:cb]) if sent_year is not None else None  # (a sentence without a year has none up to here)
                # a figure of a list whose items each name their year ("其中2024年850台、2025年1200台"): its own item's
                own = _year_in(text[seg : f.start]) if ca < seg <= f.start and to is None else None
                # (a sentence whose later clauses name 今年 before any year: "抓好6条续建高铁建设，今年建成…，2027年…建成…")
                # (or before the figure in its sentence: "今年建成…，高铁里程突破3400公里，2027年…")
                later = (_relative_year(text[s : f.start], plan_year) or (_relative_year(text[cb:e], plan_year) if _relative_first(text, cb, e) else None)) if up_to is None else None
                said = (own or _year_in(before) or _year_in(clause[len(text[ca : f.start]) - len(before) :]) or _relative_year(before, plan_year) or later
                        or _sentence_year(text, cb, up_to, sent_year) or lead.get(si) or scope_year.get(pi) or ctx.year
                        or _whole_year(text[paragraphs[pi][0] : f.start], plan_year))
                year = said or (plan_year if news else None) or ctx.last
                if year is not None and _EVERY_YEAR.search(text[ca : f.start]) and up_to is None:
                    year = None  # "覆盖率每年提升1～3个百分点": a rate for every year is of none of them
                if baseline:  # "由2023-24年度約37 300個…增至約39 900個": the figure it starts from is what is
                    from_year = _ANY_YEAR.search(text[ca : f.start]) or _WITHIN.search(sentence)  # (a span's first year)
                    # (in a review of five years, the value the five years started from: the year before them)
                    # (a start whose year is not written is not of the year the part speaks of: none, unless
                    # its words say it relatively: 从去年的2.1%)
                    year = int(from_year.group(1)) if from_year else ctx.last - 5 if ctx.several and ctx.last else _relative_year(text[ca : f.start], plan_year)
                    kind = "result"
                elif ctx.strict:
                    kind = ctx.kind or "result"
                elif plan_year is not None and (_year_in(clause) or sent_year or 0) > plan_year:
                    kind = "target"  # a year after the plan's own, named beside the figure, is yet to come
                elif ctx.kind == "result":  # a review: 争取/确保/新增 report what was done; only words of the future make a target
                    kind = "target" if _ahead(clause, plan_year) or _ahead(sentence[: f.start - s], plan_year) else "result"
                elif news:
                    kind = _marker(clause) or ("result" if year is not None and plan_year is not None and year < plan_year else
                                               "target" if news_ahead[si] or _news_ahead(text[s : f.start], plan_year) else "result")
                    if kind == "target" and not said and period_end:
                        year = period_end
                else:
                    kind = (_marker(clause if to is None else text[ca + to : cb]) or (sent_kind if to is None else _marker(text[s:ca] + text[ca + to : cb]))
                            or ctx.kind or running.get(si) or par_prior.get(pi) or plan_prior or "target")
                if year is None and kind == "target" and target_year is not None and not _EVERY_YEAR.search(text[ca : f.start]):
                    year = target_year  # "经济社会发展主要预期目标是：生产总值增长7%左右" in a 2023 report: 2023's
                if year is None and kind == "result" and plan_year is not None and _PRESENT.search(text[s : f.start]):
                    year = plan_year  # "至今已為超過2 000個家庭…", "過去兩年…下降了半年": as of the plan's own year
                comparator = f.post or f.pre or _bound_before(text[ca : f.start])
                qs, qe = s, e
                if e - s > _MAX_SENTENCE:
                    qs, qe = _clause_bounds(text, s, e, seg)[0], cb
                    while qe < e and text[qe] in _CLAUSE_BREAK:
                        qe += 1
                out.append(_Found(f, metric, comparator, year, kind, (qs, qe)))
                if metric:
                    prev_metric = metric
                    prev_verb = next((v for v in _VERB_PREFIXES if metric.startswith(v)), None) or prev_verb
                seg = (nxt.start - len(after) + sep_at + sep_len) if (nxt is not None and sep_at >= 0) else cb
    return out


# a sentence that opens with its year as a clause of its own ("2020年，", "数据显示，2020年末，"), and one that says
# it speaks of the year the sentence before it named ("同年，", "该年")
_OPENING_YEAR = patterns.compile(r"^(?:[^，,。；;：:]{1,10}[，,])?\s*((?:19|20)[0-9]{2})\s*年(?:末|底|全年|上半年|前三季度)?[，,]")
_SAME_YEAR = patterns.compile(r"(?:同年|该年|是年)[，,]?")


# Words that state a result as of now (the plan's year): 至今, 目前, 过去两年 (up to now).
_PRESENT = patterns.compile(r"至今|迄今|目前|现时|现已|截至目前|过去[一两二三四五六七八九十]年")
# "由X增至Y", "从X提高到Y": X is where a change starts from, a figure of the present
_FROM = patterns.compile(r"(?:由|从)[^，,；;。：:由从]{0,30}$")
_CHANGES = "增加|增|提高|提升|上升|扩大|扩展|减少|降低|下降|减|降"  # the verbs of a change (增至, 降到 …)
_TO = patterns.compile(rf"^[^。；;]{{0,40}}?(?:{_CHANGES})(?:至|到)")
_TO_VERB = patterns.compile(rf"(?:{_CHANGES}|缩小)(?:至|到)")

_ANY_YEAR = patterns.compile(r"((?:19|20)[0-9]{2})(?:[/-][0-9]{2}(?![0-9]))?\s*(?:学年|年度|年)")


def _changed_to(head: str) -> int | None:
    """Where the words of a change's end begin in the clause before a figure ("赤字率从去年的2.1%提高到"
    → after 提高到), when the clause says where it started (从/由 … a figure …); else None."""
    m = _FROM.search(head)
    if not m:
        return None
    v = None
    for v in _TO_VERB.finditer(head, m.start()):
        pass
    return v.end() if v is not None and re.search(r"\d", head[m.start() : v.start()]) else None


def _baseline(head: str, rest: str) -> bool:
    """Whether a figure is where a change starts from: "由" or "从" before it in its clause, and a
    "增至/提高到/降至…" after it in its sentence."""
    m = _FROM.search(head)  # (the figure a change goes to, 从11.37万亿元提高到14.58万亿元, is not where it starts)
    return bool(m) and bool(_TO.match(rest)) and "是" not in head[-6:] and not _TO_VERB.search(m.group())


def _metric(head: str, tail: str, prev_metric: str | None, prev_verb: str | None) -> str:
    if not tail:
        metric = head
    elif not head:
        metric = tail
    elif len(head) <= 6:
        metric = head + tail
    elif head.endswith("等"):
        verb = next((v for v in _VERB_PREFIXES if head.startswith(v)), "")
        metric = verb + tail
    elif len(tail) <= 10:
        metric = head + tail
    else:
        metric = head
    if not metric and prev_metric:
        return prev_metric
    if metric in GROWTH_WORDS or (metric.startswith(GROWTH_WORDS) and len(metric) <= 4):
        base = re.sub(r"(?:" + "|".join(GROWTH_WORDS) + r")$", "", prev_metric or "")
        return (base + metric) if base else metric
    if prev_verb and metric and not metric.startswith(_VERB_PREFIXES) and not any(g in metric for g in GROWTH_WORDS) and len(metric) <= 20:
        metric = prev_verb + metric
    if len(metric) > 40:
        metric = metric[-40:] if not tail else metric[:40]
    return metric


# -- the public function ------------------------------------------------------------------------
_CACHE: dict[str, tuple[Plan, tuple[tuple[Target, int], ...]]] = {}


def _plan_targets(plan: Plan) -> tuple[tuple[Target, int], ...]:
    """:func:`_targets_of` the plan, cached: one entry per plan id (a plan's windows share its id,
    so they replace each other and a long plan's windows are never all held at once)."""
    hit = _CACHE.get(plan.id)
    if hit is None or hit[0] is not plan:
        if len(_CACHE) > 512:
            _CACHE.clear()
        found: tuple[tuple[Target, int], ...] = ()
        label = f"targets {os.path.basename(plan.source)}"
        for window in windows(plan):
            if window is plan:
                found = _targets_of(plan)
                break
            found += _targets_of(window)
            progress.step(label, window.clean_end - plan.clean_start, plan.clean_end - plan.clean_start)
        hit = (plan, _stated_once(found))
        _CACHE[plan.id] = hit
    return hit[1]


def _stated_once(found: tuple[tuple[Target, int], ...]) -> tuple[tuple[Target, int], ...]:
    """``found`` without a figure whose sentence says it again word for word, when a page holds its text
    twice (a portal's crawl of a report, then the page with the report in it), as measures are stated once."""
    seen: set[tuple] = set()
    out = []
    for t, pos in found:
        key = (t.metric, t.value, t.unit, t.comparator, t.citation.quote if t.citation else None)
        if key not in seen:
            seen.add(key)
            out.append((t, pos))
    # (only a page that says much of it twice: a figure a report repeats in its review and its tasks, or a table
    # row written twice, is as often listed each time it is said)
    return tuple(out) if len(found) - len(out) >= REPEATED_SHARE * len(found) else found


REPEATED_SHARE = 0.25  # the share of a plan's figures (or measures) said twice that tells a page holding its text twice


def _targets_of(plan: Plan) -> tuple[tuple[Target, int], ...]:
    """The plan's targets, each with the clean document offset of its figure.

    Patterns run on the simplified-script text when it is aligned with the clean text
    character for character (traditional plans: 萬畝, 個, 億元), so metrics come out in the
    simplified script; ``original`` and the citation are the plan's own characters.
    """
    from ...structure.sections import contexts, is_communique, is_news, is_work_report

    text = plan.text
    scan = plan.simplified if len(plan.simplified) == len(text) else text
    base = plan.clean_start
    ctxs = contexts(plan)
    out: list[tuple[Target, int]] = []
    news = is_news(plan)
    ahead = not news and not is_work_report(plan) and not is_communique(plan)
    # what a target no words date is for: a report's year (its 今年), or the one year a plan's title names ("重庆市2025年…实施方案")
    titled = [int(y) for y in re.findall(r"(?<![0-9])((?:19|20)[0-9]{2})\s*年", plan.title or "")]
    one_year = titled[0] if len(set(titled)) == 1 and not re.search(r"(?:19|20)[0-9]{2}\s*年?\s*[-—–－~～至到]", plan.title or "") else None
    target_year = ctxs.year if not news and not ahead else one_year if ahead else None
    for found in _analyse(scan, lambda local: ctxs.at(base + local), ctxs.year, news, ahead, target_year):
        f = found.figure
        qs, qe = found.quote_span
        citation = cite(plan, base + qs, base + qe)
        if not verify(citation, plan):
            citation = cite(plan, base + f.start, base + f.end)  # the figure itself, at least
            if not verify(citation, plan):
                continue
        value, unit = normalise(f.value, f.unit)
        out.append((
            Target(
                metric=found.metric or _fallback_metric(scan, f),
                value=value,
                unit=unit,
                comparator=found.comparator,
                year=found.year,
                kind=found.kind,  # type: ignore[arg-type]
                original=text[f.start : f.end],
                citation=citation,
            ),
            base + f.start,
        ))
    return tuple(out)


def _fallback_metric(text: str, f: _Figure) -> str:
    a = f.start
    while a > 0 and text[a - 1] not in _CLAUSE_BREAK + "\n" and f.start - a < 20:
        a -= 1
    return text[a : f.start].strip() or f.original


def find_targets(plan: Plan, clean_start: int | None = None, clean_end: int | None = None) -> list[Target]:
    """Every quantitative figure of ``plan``, in text order: targets it sets and results it reports.

    ``clean_start``/``clean_end`` (document clean-text offsets, end excluded; None = the plan's
    own bounds) keep only the figures inside that span, e.g. one measure's; the year and kind
    are still read from the whole plan (a lead sentence before the span counts).
    """
    lo = plan.clean_start if clean_start is None else clean_start
    hi = plan.clean_end if clean_end is None else clean_end
    return [t.model_copy(deep=True) for t, pos in _plan_targets(plan) if lo <= pos < hi]
