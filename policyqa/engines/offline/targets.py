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
2. A figure that only sizes the things the clause's next figure counts ("10亿元以上制造业项目70个",
   no verb between) is folded into that figure's metric instead of standing alone; one with a
   verb after it (投资4.17亿元实施…项目7个) stands. A change's start (由X增至Y) is a result of the
   year it names, else of the start of its part's span.
3. The metric is the text before the figure in its clause (after the previous figure), minus
   markers such as 力争 / 确保 / 其中; a count written before its noun ("10条标志性产业链") takes
   the noun. Siblings after 、 inherit the verb (新增 …、… → 新增 …).
4. The year is the one the clause or sentence states (到2027年 first), else the one a lead
   sentence of the paragraph or of its section states ("到2023年，…" before a list), else the
   part's (a plan's 主要目标 part: the one year it names or the end of the plan's span; a work
   report's review of five years: its last year, for a level); never guessed.
5. The kind is "target" or "result" from markers in the clause, then the sentence, then what
   prevails in the paragraph and the plan (力争 / 确保 / 到20xx年 vs 同比 / 上半年 / 比上年 / 已).

The text is read as written but through its artefacts: a paragraph's hard wraps, the spaces a PDF
puts beside Chinese characters or between spaced-out digits ("到 2025 年", "5 0发") and full-width
digits are read past (offsets still point into the plan's own text). Tables whose header names
years (Markdown or tab-separated: a row per indicator, a column per year) give a figure per cell.

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
from ...structure.numbers import fold_width, normalise, parse_number
from ...structure.plan import Plan, windows
from ...structure.sections import YEAR_OFFSETS
from ...structure.passages import is_heading, sentence_spans
from ...structure.sections import NONE as NO_CONTEXT
from ...structure.sections import Context

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
        # counts and measures of other things plans set (5549块牌匾, 50发火箭, 600颗卫星, 航班班次, 课时)
        "块", "发", "颗", "枚", "根", "层", "幢", "扇", "粒", "剂", "剂次", "对", "例次", "台次", "架次", "班次", "车次", "艘次",
        "航次", "户次", "课时", "学时", "延米", "标准箱", "兆瓦时", "吉瓦时", "千伏", "吨标煤", "海里", "场次", "门", "期",
        # concentrations, weights, ages (PM2.5 28微克/立方米, 人均预期寿命83.9岁)
        "微克/立方米", "微克每立方米", "毫克/立方米", "微克", "毫克", "克", "岁", "周岁",
        # units in Latin letters (3GW, 100MW, 5万TEU)
        "GWh", "MWh", "kWh", "GW", "MW", "kW", "TEU", "Gbps", "Mbps",
    },
    key=len,
    reverse=True,
)
_UNIT_AT = re.compile("|".join(map(re.escape, UNITS)))  # alternatives tried in UNITS' order: the first that matches wins
_AGE_GROUP = re.compile(r"(?:及?以上|以下|以内|至\d+岁)?的?(?:老年人|老人|儿童|婴幼儿|幼儿|少年|青少年|青年|人口|居民|学生|妇女|人员|群体|人群|孤儿|残疾人|婴儿|新生儿|职工|村民)")
# A unit that is also the first character of a word: not a unit before these (5发展, 3根据, 2层级).
_UNIT_NOT_BEFORE = {"门": "户类槛店诊急", "期": "间限待望满末初货刊内中", "发": "展布放挥生现起明射行表送出动达力", "根": "据本源治", "层": "次级面", "扇": "区", "剂": "量型",
                    "块": "钱", "方": "面式向案针法"}
UNIT_ALIASES = {"％": "%", "百分点": "个百分点", "人口": "人", "公斤": "千克", "平方千米": "平方公里", "微克每立方米": "微克/立方米"}
# Units that only count things: a Chinese numeral below ten before one of them is a phrase
# (三个提升, 一件事, 两项), not a figure.
GENERIC_UNITS = {"个", "项", "条", "家", "所", "座", "台", "套", "位", "支", "场", "次", "天", "种", "处", "片", "间",
                 "张", "部", "篇", "本", "只", "头", "宗", "例", "份", "单", "班", "趟", "批", "户", "名", "人", "款", "倍",
                 "块", "发", "颗", "枚", "根", "层", "幢", "扇", "粒", "剂", "方", "对", "门", "期", "场次"}
PRE_COMPARATORS = ("不低于", "不少于", "不超过", "不高于", "超过", "突破", "达到", "高于", "低于", "控制在", "保持在",
                   "稳定在", "至少", "最高", "最多", "超", "达", "约", "近", "逾")
POST_COMPARATORS = ("及以上", "以上", "以内", "之内", "以下", "左右", "上下", "内")
GROWTH_WORDS = ("增长", "下降", "提高", "提升", "增加", "减少", "降低", "增速", "增幅", "年均增长")

_NUM = re.compile(
    r"百分之[零〇一二两三四五六七八九十百千点]+"
    r"|[0-9０-９]+(?:[, \u00a0][0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?(?:[十百千万亿]+|[ \u00a0][万亿]+)?"
    r"|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?"
)
_SCALE_CHARS = set("十百千万亿")
_CJK_NUM_CHARS = set("零〇一二两三四五六七八九十百千万亿点")
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?:年|—|-|－)")
_LEAD_YEAR = re.compile(r"^(?:[（(]?[一二三四五六七八九十]+[)）、]|\d+[.．、﹒])?\s*(?:力争|预计|计划|争取|努力|目标[是为]?[：:]?|主要目标[是为]?[：:]?|总体目标[是为]?[：:]?)?\s*(?:到|至|在)\s*((?:19|20)[0-9]{2})\s*年")
_TARGET_YEAR = re.compile(r"(?:到|至|截至|在)\s*((?:19|20)[0-9]{2})(?:[/-][0-9]{2}(?![0-9]))?\s*(?:学年|年度|年)|((?:19|20)[0-9]{2})(?:[/-][0-9]{2}(?![0-9]))?\s*(?:学年|年度|年)(?:底|末|完结|结束)?(?:前|以前|或之前)")

TARGET_MARKERS = re.compile(r"力争|争取|确保|预期|拟|(?<![比较超实现完成达到未])目标(?!值)|计划|将|努力|重点做好|下一步|(?:到|至)\s*(?:19|20)\d\d\s*年|(?:19|20)\d\d\s*年(?:底|末)?前|每年|年均")
RESULT_MARKERS = re.compile(
    r"同比|比上年|较上年|比去年|上年同期|上半年|一季度|二季度|三季度|前三季度|第[一二三四]季度|今年以来|去年|过去|截至|截止|已|"
    r"[1-9１-９]\s*[—－–~～]\s*(?:1[0-2]|[1-9])\s*月(?:份)?|"
    r"(?<![为除到])了(?!解)|年末|预计|目前|累计完成|共计|实现了|成功|先后|获批|[1-9１-９]-[0-9０-９]+月|一年来|过去一年|[二三四五]年来|工作回顾"
)
_LEAD_STRIP = re.compile(
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
_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(set(_OPEN_QUOTES) | set(_OPEN_QUOTES.values())))) + "\n]")
_MAX_SENTENCE = 150


# A round count in words (突破百项前沿技术, 培育百家领军企业): 百 / 千 alone before one of these units,
# after one of these verbs.
_ROUND_UNITS = set("项家个所座条种款")
_ROUND_VERB = re.compile(r"(?:突破|形成|打造|培育|开拓|制定|建设|建成|新增|引进|培养|达到|超过|推出|遴选|认定|创建|实施|支持|引育|布局|孵化|落地|招引|储备|发布|推广|遴选|树立|选树)$")


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


_PLAN_OUTLINE = re.compile(r"(?:项|条|个|大)?(?:重点|主要|具体|工作)?(?:任务|举措|舉措|措施|方面|行动|行動|工程|专项|專項)")
_OUTLINE_VERB = re.compile(r"(?:细化|細化|分解|提出|明确|明確|部署|包括|涵盖|涵蓋|围绕|圍繞|实施|實施)[^，。；]*$")


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
    if m is None:
        return None
    u = m.group()
    if u in _UNIT_NOT_BEFORE and text[m.end() : m.end() + 1] and text[m.end()] in _UNIT_NOT_BEFORE[u]:
        return None
    if u.isascii() and text[m.end() : m.end() + 1].isascii() and text[m.end() : m.end() + 1].isalnum():
        return None  # a word in Latin letters (5MWp, 3GWs), not a unit
    if u in ("岁", "周岁") and _AGE_GROUP.match(text, m.end()):
        return None  # 3岁以下婴幼儿, 80岁以上老年人: an age that names a group of people, not a figure
    return u


def _latin_unit(text: str, i: int) -> bool:
    """A unit in Latin letters starts at ``i`` (3GW, 100MW), not a code (5G) or a word."""
    u = _match_unit(text, i)
    return bool(u and u.isascii())


_YEARLIKE = re.compile(r"(?:19|20)[0-9]{2}")
_RANGE_SEP = re.compile(r"\s*(?:[-—－–~～]+|至|到)\s*")


def _range_end(text: str, pos: int) -> tuple[re.Match[str], int] | None:
    """The upper end of a range whose lower end stops at ``pos`` (4.5—5%, 5%—5.5%, 800-1000亿元,
    5%至5.5%): the upper number's match and where its separator starts, or None."""
    i = pos
    if i < len(text) and text[i] in "%％":
        i += 1  # the lower end's own unit (5%—5.5%)
    sep = _RANGE_SEP.match(text, i)
    if sep is None or sep.end() == i:
        return None
    m = _NUM.match(text, sep.end())
    if m is None or m.group()[0] not in "0123456789０１２３４５６７８９":
        return None
    if _YEARLIKE.fullmatch(text[pos - 4 : pos]) and _YEARLIKE.fullmatch(m.group()):
        return None  # a span of years (2025—2027年), not a figure
    return m, i


# People counted by 万 with no unit: "6000万农村人口", "242万偏远农村居民", "80万重点群体".
_PEOPLE = re.compile(r"(?:以上|多|余)?[\u4e00-\u9fff]{0,6}?(人口|居民|群众|农民工|农民|职工|学生|老年人|老人|儿童|青年|孕产妇|劳动力|重点群体|群体|家庭)")
_PER = r"(?:人(?!民)|人次|年|月|天|日|次|辆|台|件|套|家|个|吨|千瓦时|千瓦|平方米|立方米|亩|户|小时|标准箱|公里|床|张|头|只)"
_PER_UNIT = re.compile(r"[/／]" + _PER + r"(?:[·•]" + _PER + r")?|[（(][间套户个座][)）]")
# The rest of a list of figures that share the unit written after the last one ("、2.5个百分点", "和8.6%").
_LISTED_UNIT = re.compile(r"[、和及与至到]\s*[0-9]+(?:\.[0-9]+)?\s*(" + "|".join(map(re.escape, UNITS)) + ")")
_HALF_YEAR = re.compile(r"(?<=[了降减少短至到为约近逾])半年(?![度内来报末初底])")  # 下降了半年 (not 上半年)


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
            if text[k] in _SCALE_CHARS and any(text.startswith(u, k) for u in ("千瓦", "千米", "千克", "千伏", "百分点")):
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
        value = parse_number(re.sub(r"[ \u00a0](?=[万亿])", "", core))  # "5,000 萬" in PDF text
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
        if upper is None and (nxt in "+＋.．" or (nxt.isascii() and nxt.isalpha() and not _latin_unit(text, pos)) or nxt in "-—－~～至到" and pos + 1 < len(text) and text[pos + 1].isdigit()):
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
                per = _PER_UNIT.match(text, pos)  # 30万元/人, 5分/千瓦时, 15.6万套（间）
                if per:
                    unit += per.group()
                    pos = per.end()
        if not is_chinese and (unit is None or unit == "个"):
            shared = _LISTED_UNIT.match(text, pos)  # "2.6个、2.5个百分点", "5、10亿元": the list's unit is the last one's
            if shared and (unit is None or shared.group(1) in ("个百分点", "百分点")) and _match_unit(text, shared.start(1)) == shared.group(1):
                unit = shared.group(1)
        if unit is None and text.startswith("年", pos) and value < 100 and not text.startswith(("年来", "年间", "年以来", "年级"), pos) \
                and re.search(r"期限[^，。；,;0-9]{0,5}$", text[max(0, a - 12) : a]):
            unit, pos = "年", pos + 1  # 补贴期限不超过3年, 贴息期限不超过两年: a term
        if unit is None and text.startswith("年半", pos) and value < 100:
            value, unit, pos = value + 0.5, "年", pos + 2  # 五年半, 一年半: a duration
        elif unit is None and not is_chinese and "." in core and re.match(r"[ \u00a0]?年(?![度底末前初中])", text[pos : pos + 3]):
            pos += text[pos : pos + 2].index("年") + 1  # 6.1 年: a duration (a year has no decimals)
            unit = "年"
        if unit is None and not is_chinese and set(core) & {"万", "亿"} and (people := _PEOPLE.match(text, pos)):
            unit = "人" if people.group(1) == "人口" else None  # 6000万农村人口 (人), 242万偏远农村居民 (people, no unit)
            if unit is None:
                out.append(_Figure(a, pos, a, b, value, None, None, None, text[a:pos]))
                continue
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
        if pre in ("达", "达到", "为") and text.endswith(("最高" + pre, "最多" + pre), 0, a):
            pre = "最高"  # 单项资助最高达1200万元: a ceiling
        out.append(_Figure(a, pos, a, b, value, UNIT_ALIASES.get(unit, unit) if unit else None, pre, post, text[a:pos]))
    return sorted(out, key=lambda f: f.start)


# -- context: clauses, metric, year, kind ------------------------------------------------------
# Words of the future that make a figure a target even inside a review of the past (not 稳预期,
# 超预期: steadying or beating expectations is said of the past too).
_AHEAD = re.compile(r"力争|(?<![稳超出好])预期|(?<![培养高划动项])计划(?=到|在|于|将|用|投资|建设|实施|新建|开工|完成|推出|启动|年内|今年|明年|[0-9])|目标是|明年|今年(?!以来|上半年|前|[一二三四]季度|[0-9０-９一二三四五六七八九十]+月)|(?<![模比])拟|今后|下一步|(?:到|至)\s*((?:19|20)\d\d)\s*年(?!底|末)")


def _ahead(text: str, year: int | None) -> bool:
    """Words of the future in ``text``; 到2015年 only when 2015 is not before the plan's ``year``
    (地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元, in a 2016 report's review, is the past)."""
    return any(m.group(1) is None or year is None or int(m.group(1)) >= year for m in _AHEAD.finditer(text))
# Words of the future in a news post, which otherwise reports what is (东莞有521家试点企业, 1—7月
# 完成投资675.9亿元: results of the post's year); 计划投资 names a plan's amount in its own clause only.
# A post that relays a plan (《…行动计划》提出，…; 报告提出，…) states that plan's targets.
_NEWS_AHEAD = re.compile(r"力争|争取|确保|预计|(?<![稳超出好])预期|目标是|目标为|(?<![即])将(?!近|军|士)|(?<![需重主只])要(?![求素点闻害])|今后|未来|明年|下一步|(?:到|至)\s*((?:19|20)\d\d)\s*年(?!底|末)"
                         r"|提出[，,：:]|《[^》]{2,60}(?:规划|计划|方案|意见|纲要|要点)(?:[（(][^》]{0,20}[)）])?》")


def _news_ahead(text: str, year: int | None) -> bool:
    """Words of the future in a news post's ``text`` (到2025年 only when 2025 is not before ``year``)."""
    return any(m.group(1) is None or year is None or int(m.group(1)) >= year for m in _NEWS_AHEAD.finditer(text))


# A bound written earlier in the clause ("按照不超过平台建设费用的30%", "贴息上限为1000万元", "至少培育1家").
_BOUND_AT_MOST = re.compile(r"不超过|最高|上限|至多|最多|封顶|最长")
_BOUND_AT_LEAST = re.compile(r"至少|不低于|不少于|最低|最短")


def _bound_before(head: str) -> str | None:
    """The comparator a clause states before its figure, when none stands beside it."""
    m = None
    for m in re.finditer(f"{_BOUND_AT_MOST.pattern}|{_BOUND_AT_LEAST.pattern}", head):
        pass
    if m is None or re.match(r"[\u4e00-\u9fff]?(?:标准|工资|生活|价格)", head[m.end() :]):
        return None  # 低保最低月标准提高到1190元: the name of a standard, not a bound
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
    h = h.strip(" \t,，、；;：:•·●▪◆■")
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
_FIVE_YEAR = re.compile(r"十([一二三四五六七八九])五[”\"」]?\s*(?:末|期末|时期|期间|规划)")
_FIVE_YEAR_END = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030, "六": 2035, "七": 2040, "八": 2045, "九": 2050}


_RELATIVE = re.compile(r"(?<![比较與与和同于於])(去年|上年|上一年|今年|本年(?!度)|明年)(?!同期|同比)")  # 本年度: each year a rule runs


def _relative_year(s: str, plan_year: int | None) -> int | None:
    """The year a clause names relative to its plan's (去年 in a 2013 report is 2012; 比去年 and
    去年同期 are a comparison's base, not the figure's year)."""
    if plan_year is None:
        return None
    m = _RELATIVE.search(s)
    return plan_year + YEAR_OFFSETS[m.group(1)] if m else None


# "由2024-25年度起计五年内", "自2023年起三年内": the last year of the span
_WITHIN = re.compile(r"((?:19|20)[0-9]{2})(?:[/-][0-9]{2}(?![0-9]))?\s*(?:学年|年度|年)?\s*起[计算]?\s*([一二三四五六七八九十]|[1-9][0-9]?)\s*(?:个)?年(?:内|间|之内)")


def _year_in(s: str) -> int | None:
    w = _WITHIN.search(s)
    if w:
        return int(w.group(1)) + int(parse_number(w.group(2)) or 1) - 1
    m = _TARGET_YEAR.search(s)
    if m:
        return int(m.group(1) or m.group(2))
    f = _FIVE_YEAR.search(s)
    if f and not _YEAR.search(s):
        return _FIVE_YEAR_END[f.group(1)]
    for m in _YEAR.finditer(s):
        before = s[max(0, m.start() - 1) : m.start()]
        if before in ("比", "较", "与", "从", "和", "自") or re.match(r"\s*(?:年)?\s*(?:以来|起)", s[m.end() :]):
            continue
        return int(m.group(1))
    return None


_NAMED = re.compile(r"“[^”0-9０-９%％]{1,12}”|「[^」0-9０-９%％]{1,12}」|\"[^\"0-9%]{1,12}\"")


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


def _analyse(text: str, context_at: Callable[[int], Context] | None = None, plan_year: int | None = None,
             news: bool = False, report: bool = False) -> list[_Found]:
    """Every figure of ``text`` (a plan's text) with its metric, comparator, year and kind;
    ``context_at(offset)`` gives what the plan's structure says the sentence at ``offset``
    speaks of (a review of last year, this year's targets: :mod:`policyqa.structure.sections`);
    ``plan_year`` is the year the plan speaks for (a review's 到2015年 is the past in 2016).
    In a news post (``news``) a figure with no words of the future in its clause or before it in
    its sentence is a result, and one with no year of its own is of the post's year."""
    table_rows, in_tables = _tables(text, plan_year)
    text, at = _compact(*_unwrapped(text))
    if at is not None:
        found = _analyse_compact(text, (lambda i: context_at(at[i])) if context_at else None, plan_year, news, report)
        found = [_Found(_Figure(at[f.figure.start], at[f.figure.end - 1] + 1, at[f.figure.num_start], at[f.figure.num_end - 1] + 1,
                                f.figure.value, f.figure.unit, f.figure.pre, f.figure.post, f.figure.original),
                        f.metric, f.comparator, f.year, f.kind, (at[f.quote_span[0]], at[f.quote_span[1] - 1] + 1))
                 for f in found]
    else:
        found = _analyse_compact(text, context_at, plan_year, news, report)
    if not in_tables:
        return found
    found = [f for f in found if not any(a <= f.figure.start < b for a, b in in_tables)]
    return sorted(found + table_rows, key=lambda f: f.figure.start)


def _unwrapped(text: str) -> tuple[str, set[int]]:
    """``text`` with the line breaks inside a paragraph (a PDF's hard wraps, as
    :func:`policyqa.structure.passages.lines_of` joins them) turned into spaces (same length), and
    where they were."""
    from ...structure.passages import _OPEN_END, LABEL, lines_of

    if "\n" not in text:
        return text, set()
    chars = list(text)
    for a, par in lines_of(text):
        for k in (i for i, c in enumerate(par) if c == "\n"):
            chars[a + k] = " "
    # a text most of whose long lines stop mid-sentence is hard-wrapped: a line that stops so runs on
    # into the next one (unless that one opens with an item's label: "一、", "（二）", "3.")
    lines = [ln.strip() for ln in text.split("\n") if len(ln.strip()) >= 15]
    if len(lines) >= 8 and sum(1 for ln in lines if _OPEN_END.search(ln)) / len(lines) > 0.5:
        for m in re.finditer(r"(?<=[^\n。！？；：!?;:”」』）)])\n(?=[^\n])", text):
            if not LABEL.match(text, m.end()):
                chars[m.start()] = " "
    return "".join(chars), {i for i, c in enumerate(text) if c == "\n" and chars[i] == " "}


# Spaces a PDF export puts between a Chinese character and anything else ("到 2025 年", "超过 2000
# 亿元", a hard wrap turned into a space: "力 争"): not part of what is written.
_SOFT_SPACE = re.compile(r"(?<=[^\s])[ \u00a0\t]+(?=[^\s])")


def _is_wide(c: str) -> bool:
    return c >= "\u2e80" and not ("\uff10" <= c <= "\uff19")


# Digits a PDF spaced out one by one ("年产5 0发", "（2 0 2 3—2 0 2 5年）"): single digits each one space apart
# (a thousands group, "2 000", is three digits and is read as a number as it is).
_SPACED_DIGITS = re.compile(r"(?<![0-9 ])[0-9](?: [0-9])+(?![0-9])")


def _compact(text: str, wraps: set[int] | frozenset[int] = frozenset()) -> tuple[str, list[int] | None]:
    """``text`` without the spaces that stand beside a Chinese character (see ``_SOFT_SPACE``), and
    for each character kept its offset in ``text`` (one more for the end); None when none was taken out."""
    spaced = {m.start() + k for m in _SPACED_DIGITS.finditer(text) for k in range(1, m.end() - m.start(), 2)}
    cuts = [m for m in _SOFT_SPACE.finditer(text)
            if _is_wide(text[m.start() - 1]) or _is_wide(text[m.end()]) or m.start() in spaced or m.end() - 1 in wraps]  # (a number a wrap cut: 10⏎00亿元)
    if not cuts:
        return text, None
    parts: list[str] = []
    at: list[int] = []
    last = 0
    for m in cuts:
        parts.append(text[last : m.start()])
        at.extend(range(last, m.start()))
        last = m.end()
    parts.append(text[last:])
    at.extend(range(last, len(text)))
    at.append(len(text))
    return "".join(parts), at


def _analyse_compact(text: str, context_at: Callable[[int], Context] | None, plan_year: int | None, news: bool,
                     report: bool = False) -> list[_Found]:
    figures = _figures(text)
    if not figures:
        return []
    return _in_prose(text, figures, context_at, plan_year, news, report)


# -- tables: a row per indicator, a column per year ---------------------------------------------
# "| 指标 | 单位 | 2020年 | 2025年 |" (Markdown, or cells split by tabs): each row's figures are for its
# column's year, in the unit its unit column or its name gives ("工业增加值（亿元）"); a year before
# the plan's is a result (the base), the plan's own year and later ones are targets.
_ROW = re.compile(r"^[ \t]*(?:\|.*\||[^\t\n]+(?:\t+[^\t\n]*)+)[ \t]*$", re.M)
_RULE_CELL = re.compile(r"^:?-{2,}:?$")
_CELL_VALUE = re.compile(r"^(≥|≤|>|<|＞|＜|约|超过|不低于|不少于|不超过|不高于|达到)?\s*([0-9]+(?:[,，][0-9]{3})*(?:\.[0-9]+)?)\s*([^\s0-9]{0,6}?)\s*(以上|以下|以内|左右)?$")
_CELL_COMPARATORS = {"≥": "不低于", ">": "超过", "＞": "超过", "≤": "不超过", "<": "低于", "＜": "低于"}
_PAREN_UNIT = re.compile(r"[（(]\s*([^（）()]{1,8}?)\s*[)）]\s*$")
_NAME_HEAD = re.compile(r"指标|名称|项目|内容|目标")
_NOT_NAME = re.compile(r"^(?:序号|编号|类别|类型|属性|领域|单位|备注|责任单位|牵头单位)$")


def _table_unit(u: str) -> str | None:
    """A unit as a table writes it (%, 亿元, 万人, 个百分点), or None when it is not one."""
    u = u.strip()
    if not u:
        return None
    bare = u.lstrip("十百千万亿") or u
    return u if bare in UNITS or u in UNITS else None


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of the row text[a:b] as stripped spans (Markdown pipes or tabs)."""
    line = text[a:b]
    sep = "|" if line.strip().startswith("|") else "\t"
    out = []
    pos = a
    parts = line.split(sep)
    if sep == "|":
        parts = parts[1:-1] if len(parts) > 2 else parts
        pos = a + line.index("|") + 1
    for part in parts:
        lead = len(part) - len(part.lstrip())
        c = part.strip()
        out.append((pos + lead, pos + lead + len(c)))
        pos += len(part) + 1
    return out


def _tables(text: str, plan_year: int | None) -> tuple[list[_Found], list[tuple[int, int]]]:
    """The figures of the tables of ``text`` whose header names years, and the spans of all tables."""
    blocks: list[list[tuple[int, int]]] = []
    last_end = -2
    for m in _ROW.finditer(text):
        if blocks and text[last_end : m.start()].strip() == "":
            blocks[-1].append((m.start(), m.end()))
        else:
            blocks.append([(m.start(), m.end())])
        last_end = m.end()
    out: list[_Found] = []
    spans: list[tuple[int, int]] = []
    tables = []
    for rows in blocks:
        cells = [_cells(text, a, b) for a, b in rows]
        cells = [(r, c) for r, c in zip(rows, cells) if not all(_RULE_CELL.match(text[x:y]) for x, y in c if y > x)]
        if len(cells) >= 2 and max(len(c) for _, c in cells) >= 2:
            tables.append(cells)
    for cells in tables:
        (ha, hb), head = cells[0]
        titles = [text[x:y] for x, y in head]
        years = {i: int(m.group(1)) for i, t in enumerate(titles) if (m := re.search(r"((?:19|20)[0-9]{2})", t))}
        if not years:
            continue
        unit_col = next((i for i, t in enumerate(titles) if "单位" in t and i not in years), None)
        name_col = next((i for i, t in enumerate(titles) if _NAME_HEAD.search(t) and i not in years and i != unit_col), None)
        if name_col is None:
            name_col = next((i for i, t in enumerate(titles) if i not in years and i != unit_col and not _NOT_NAME.match(t.strip())), None)
        if name_col is None:
            continue
        last = max(years.values())
        before = len(out)
        for (ra, rb), row in cells[1:]:
            if name_col >= len(row):
                continue
            name = text[row[name_col][0] : row[name_col][1]]
            pu = _PAREN_UNIT.search(name)
            unit = _table_unit(text[row[unit_col][0] : row[unit_col][1]]) if unit_col is not None and unit_col < len(row) else None
            if unit is None and pu:
                unit = _table_unit(pu.group(1))
            metric = (name[: pu.start()] if pu else name).strip(" *")
            metric = re.sub(r"^\d+[.．、]?\s*", "", metric)
            for i, year in years.items():
                if i >= len(row) or not metric:
                    continue
                ca, cb = row[i]
                m = _CELL_VALUE.match(text[ca:cb])
                if m is None:
                    continue
                own = _table_unit(m.group(3)) if m.group(3) else None
                if m.group(3) and own is None:
                    continue
                u = own or unit
                value = parse_number(m.group(2).replace("，", ","))
                if value is None:
                    continue
                pre = _CELL_COMPARATORS.get(m.group(1) or "", m.group(1))
                post = m.group(4)
                kind = "target" if (year >= plan_year if plan_year else year == last) else "result"
                f = _Figure(ca, cb, ca + m.start(2), ca + m.end(2), value, UNIT_ALIASES.get(u, u) if u else None, pre, post, text[ca:cb])
                out.append(_Found(f, metric, post or pre, year, kind, (ra, rb)))
        if len(out) > before:  # a table of figures: its cells are read here, not as prose
            spans.append((cells[0][0][0], cells[-1][0][1]))
    return out, spans


def _in_prose(text: str, figures: list[_Figure], context_at: Callable[[int], Context] | None, plan_year: int | None,
              news: bool, report: bool = False) -> list[_Found]:
    # a line break ends a sentence too (a heading, a "（责任单位：…）" line run into the next one)
    sentences = [(a + m.start(), a + m.end()) for a, b in sentence_spans(text) for m in re.finditer(r"[^\n]+", text[a:b])]
    paragraphs = _paragraphs(text)
    plan_prior = _marker(text)
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
            carried = int(m.group(1))
        if carried is not None:
            scope_year[pi] = carried
        par_prior[pi] = _marker(par)
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
    for k, (a, b) in enumerate(sentences):
        while pi + 1 < len(paragraphs) and paragraphs[pi][1] < a:
            pi += 1
            state, lead_year, ahead_state = None, None, False
        running[k], lead[k], news_ahead[k] = state, lead_year, ahead_state
        sentence = text[a:b]
        state = _marker(sentence) or state
        if news:
            ahead_state = _news_ahead(sentence, plan_year) or (ahead_state and _marker(sentence) != "result")
        m = _LEAD_YEAR.match(sentence.strip())
        if m:
            lead_year = int(m.group(1))
    out: list[_Found] = []
    pi = 0
    for si, figs in sorted(by_sentence.items()):
        s, e = sentences[si]
        while pi + 1 < len(paragraphs) and paragraphs[pi][1] < s:
            pi += 1
        sentence = text[s:e]
        sent_year = _year_in(sentence)
        went_on = False
        if sent_year is None and news and si > 0 and _GOES_ON.match(sentence) and sentences[si - 1][0] >= paragraphs[pi][0]:
            sent_year = _year_in(text[sentences[si - 1][0] : sentences[si - 1][1]])  # 其次为江苏和北京，分别高出…: the year said before
            went_on = True
        sent_kind = _marker(sentence)
        ctx = context_at(s) if context_at else NO_CONTEXT
        clauses: dict[tuple[int, int], list[_Figure]] = {}
        for f in figs:
            clauses.setdefault(_clause_bounds(text, s, e, f.num_start), []).append(f)
        prev_metric: str | None = None
        sent_prev_kind: str | None = None  # "target" after a figure of the sentence its clause names a 目标
        listed = 0  # figures the last clause gave after 分别 (城镇和农村居民收入分别达35512元、25689元，分别增长7.8%)
        for (ca, cb), cfigs in clauses.items():
            each = _each_count(text[ca : cfigs[0].start], listed) if len(cfigs) == 1 else 1  # (its clause's only figure)
            listed = len(cfigs) if len(cfigs) > 1 and "分别" in text[ca : cfigs[0].start] else 0
            seg = ca
            prev_verb: str | None = None  # a verb carries over 、 within a clause only (新增A 2家、B 3家)
            subject = ""  # what a change measures, for the figure it ends at (零售总额由68亿元增加到136.3亿元)
            skip: set[int] = set()
            for k, f in enumerate(cfigs):
                if k in skip:
                    continue
                nxt = cfigs[k + 1] if k + 1 < len(cfigs) else None
                after = text[f.end : nxt.start if nxt else cb]
                if nxt is not None and not after.strip() and _qualifier(nxt):
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
                baseline = _baseline(text[seg : f.start], text[f.end : e])
                alone = nxt is not None and sep_at < 0  # the next figure follows in the same stretch, no 、 between
                if alone and after.strip() and _attribute(f, after, nxt):
                    continue  # an attribute of the next figure (10亿元以上制造业项目70个): its metric absorbs it
                tail = "" if baseline or alone else after[:sep_at] if (nxt is not None and sep_at >= 0) else after
                after_change = bool(subject)
                head = _strip_head(subject + _CHANGE_TO.sub("", text[seg : f.start]) if subject else text[seg : f.start])
                subject = ""
                metric = _metric(head, _strip_tail(tail), prev_metric, prev_verb)
                if (not metric or metric in _BARE_VERBS) and k == 0 and ca > s:
                    pa, _ = _clause_bounds(text, s, e, ca - 1)  # 全年完成3.6万亩: what is done is in the clause before
                    metric = _strip_head(text[pa : ca - 1]) + metric
                clause = text[ca:cb]
                mine = text[seg if after_change else ca : f.start]  # the end of a change: not its start's words (从去年的2.1%提高到2.3%)
                own_year = (_year_in(mine) or (_year_in(clause) if not after_change else None) or _relative_year(mine, plan_year)
                            or (sent_year if went_on or report or _year_in(text[s:cb]) else None)  # in a plan, not a year a later clause opens with
                            or _relative_year(text[s : f.start], plan_year))
                # in a plan, a rate for every year (每年提升1～3个百分点) is for no one year its part names (a
                # work report's 年均 is of the years its part is about)
                year = own_year or (None if not report and _EVERY_YEAR.search(clause) else lead.get(si) or scope_year.get(pi) or ctx.year) or (plan_year if news else None)
                if (year is None and report and plan_year and ctx.kind == "result" and ctx.year is None and not ctx.strict
                        and not any(g in text[ca : f.start] for g in GROWTH_WORDS)):
                    year = plan_year - 1  # a review of five years: what stands at its end (研发投入强度3.3%; a change over the five is of none)
                if baseline:  # "由2023-24年度約37 300個…增至約39 900個": the figure it starts from is what is
                    from_year = _ANY_YEAR.search(text[ca : f.start]) or _WITHIN.search(sentence)  # (a span's first year)
                    year = (int(from_year.group(1)) if from_year
                            # a review of the five years before the plan's (过去五年, “十四五”时期): from the year before them
                            else plan_year - 6 if ctx.kind == "result" and ctx.year is None and plan_year and not news
                            # a part about one year (a review of 2023, this year's targets): where that year started
                            else ctx.year - 1 if report and ctx.year
                            else None)  # the start of a span the text does not date
                    kind = "result"
                    own = re.split(r"[由从](?=[^由从]*$)", text[seg : f.start])[0]  # the words before 由 / 从
                    metric = _strip_head(own) or metric
                    if alone:
                        subject = own
                elif ctx.strict:
                    kind = ctx.kind or "result"
                elif plan_year is not None and (_year_in(clause) or sent_year or 0) > plan_year:
                    kind = "target"  # a year after the plan's own, named beside the figure, is yet to come
                elif ctx.kind == "result":  # a review: 争取/确保/新增 report what was done; only words of the future make a target
                    kind = "target" if _ahead(clause, plan_year) or _ahead(sentence[: f.start - s], plan_year) else "result"
                elif news:
                    # a figure whose clause says nothing of tense, after one its clause calls a 目标, is a
                    # target too (GDP增速目标的平均值为6.4%，中位数为6.5%)
                    kind = _marker(clause) or sent_prev_kind or ("result" if year is not None and plan_year is not None and year < plan_year else
                                                                 "target" if news_ahead[si] or _news_ahead(text[s : f.start], plan_year) else "result")
                elif report and ctx.kind == "target" and _only_a_base(clause):
                    kind = "target"  # 今年…财政赤字…比去年增加2700亿元: 比去年 is the base of a target, not a result
                else:
                    kind = (_marker(text[seg:cb] if after_change else clause)
                            or ("target" if report and _THIS_YEAR.search(clause) else None)  # a report's 今年 is its year ahead (今年再开工27个项目)
                            or sent_kind or ctx.kind or running.get(si) or par_prior.get(pi) or plan_prior or "target")
                if year is None and kind == "result" and plan_year is not None and not baseline and _PRESENT.search(text[s : f.start]):
                    year = plan_year  # "至今已為超過2 000個家庭…", "過去兩年…下降了半年": as of the plan's own year
                comparator = f.post or f.pre or _bound_before(text[ca : f.start])
                if comparator is None and k > 0 and cfigs[k - 1].pre and "分别" in text[ca : f.start] and re.fullmatch(r"\s*[、和及与]\s*", text[cfigs[k - 1].end : f.start]):
                    comparator = cfigs[k - 1].pre  # 分别超过8万元、4.5万元: the bound holds for the list
                qs, qe = s, e
                if e - s > _MAX_SENTENCE:
                    qs, qe = _clause_bounds(text, s, e, seg)[0], cb
                    while qe < e and text[qe] in _CLAUSE_BREAK:
                        qe += 1
                sent_prev_kind = kind if kind == "target" and "目标" in clause else None if _marker(clause) else sent_prev_kind
                out.extend([_Found(f, metric, comparator, year, kind, (qs, qe))] * each)  # one figure for each thing 分别 names
                if metric:
                    prev_metric = metric
                    prev_verb = next((v for v in _VERB_PREFIXES if metric.startswith(v)), None) or prev_verb
                seg = (nxt.start - len(after) + sep_at + sep_len) if (nxt is not None and sep_at >= 0) else f.end if alone else cb
    return out


# A figure that sizes the things the next figure counts (10亿元以上项目70个, 百亿元企业30家): a size or
# a bound, a count after it, and between them only the things' name: no verb, no bracket.
_QUALIFIER_BOUNDS = ("以上", "及以上", "以下", "超", "超过", "逾")
_PREDICATE = re.compile(r"实施|建设|建成|完成|投资|新增|开工|竣工|发放|达|实现|增|提高|提升|下降|降|减少|提前|用于|给予|带动|拉动|惠及|覆盖|占|为|是|有|获|签约|落地|引进|培育|改造|吸纳|节省|节约|帮助|资助|补贴|奖励|其中|[（(“「『]")


def _qualifier(f: _Figure) -> bool:
    return f.unit not in GENERIC_UNITS or f.post in _QUALIFIER_BOUNDS or f.pre in _QUALIFIER_BOUNDS


def _attribute(f: _Figure, between: str, nxt: _Figure) -> bool:
    """Whether figure ``f`` only qualifies the things figure ``nxt`` counts (10亿元以上制造业项目70个),
    rather than standing on its own (投资4.17亿元实施重点项目7个, 1133个重大项目开工1116个)."""
    b = between.strip()
    if not (_qualifier(f) and nxt.unit in GENERIC_UNITS and len(b) <= 12):
        return False
    if b.startswith("的"):  # 超千亿元的县域达12个: "X的things" names the things by their size
        return not re.search(r"[（(“「『]", b)
    return not _PREDICATE.search(b)


def _each_count(head: str, listed: int) -> int:
    """How many things one figure stands for when its clause says 分别 before it: as many as the
    clause before listed after its 分别, else the things named before 分别 (城乡 → 城镇 and 农村,
    "进口、出口" → two); 1 without 分别."""
    i = max(head.rfind("分别"), max((m.start() for m in re.finditer(r"都(?=要|将|是|为|已|达|增|减|降|提|超|在)|(?<![人年平日月])均(?=要|将|为|已|达|增|减|降|提|超|在)", head)), default=-1))
    if i < 0 or re.search(r"[0-9零〇一二两三四五六七八九十百千万]", head[i + 2 :]):
        return 1  # another number after 分别 (分别增至214对和69家): a list, not one figure for all
    if listed > 1:
        return listed
    named = head[:i]
    if "城乡" in named:
        return 2
    parts = [x for x in re.split(r"、|和|及|与", named) if x.strip()]
    return len(parts) if 1 < len(parts) <= 6 else 1


def _only_a_base(clause: str) -> bool:
    """Whether the only words of the past in ``clause`` name a comparison's base (比去年, 同比)."""
    found = RESULT_MARKERS.findall(_NAMED.sub("", clause))
    return bool(found) and all(w in ("同比", "比上年", "较上年", "比去年", "上年同期") for w in found) and not TARGET_MARKERS.search(clause)


_THIS_YEAR = re.compile(r"今年(?!以来|上半年|前|[一二三四]季度|[0-9０-９一二三四五六七八九十]+月)")
_EVERY_YEAR = re.compile(r"每年|逐年|年均|每一年")
# A sentence that goes on with what the one before it said (其次为江苏和北京，…; 其中…).
_GOES_ON = re.compile(r"\s*(?:其次|其中|此外|另外|同时|再次|随后|紧随其后)")


# Words that state a result as of now (the plan's year): 至今, 目前, 过去两年 (up to now).
_PRESENT = re.compile(r"至今|迄今|目前|现时|现已|截至目前|过去[一两二三四五六七八九十]年")
# "由X增至Y", "从X提高到Y": X is where a change starts from, a figure of the present
_FROM = re.compile(r"(?:由|从)[^，,；;。：:由从]{0,30}$")
_TO = re.compile(r"^[^。；;]{0,40}?(?:增加|增|提高|提升|上升|扩大|扩展|减少|降低|下降|减|降)(?:至|到)")
_CHANGE_TO = re.compile(r"^\s*(?:增加|增|提高|提升|上升|扩大|减少|降低|下降|减|降)(?:至|到)\s*(?:(?:19|20)[0-9]{2}\s*年(?:底|末)?)?的?")
_ANY_YEAR = re.compile(r"((?:19|20)[0-9]{2})(?:[/-][0-9]{2}(?![0-9]))?\s*(?:学年|年度|年)")


def _baseline(head: str, rest: str) -> bool:
    """Whether a figure is where a change starts from: "由" or "从" before it in its clause, and a
    "增至/提高到/降至…" after it in its sentence."""
    return bool(_FROM.search(head)) and bool(_TO.match(rest)) and "是" not in head[-6:]


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
        hit = (plan, found)
        _CACHE[plan.id] = hit
    return hit[1]


def _targets_of(plan: Plan) -> tuple[tuple[Target, int], ...]:
    """The plan's targets, each with the clean document offset of its figure.

    Patterns run on the simplified-script text when it is aligned with the clean text
    character for character (traditional plans: 萬畝, 個, 億元), so metrics come out in the
    simplified script; ``original`` and the citation are the plan's own characters.
    """
    from ...structure.sections import contexts, is_news, is_work_report

    text = plan.text
    scan = fold_width(plan.simplified if len(plan.simplified) == len(text) else text)
    base = plan.clean_start
    ctxs = contexts(plan)
    out: list[tuple[Target, int]] = []
    for found in _analyse(scan, lambda local: ctxs.at(base + local), ctxs.year, is_news(plan), is_work_report(plan)):
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
