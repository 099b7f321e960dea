"""Retrieval: what a question asks, and the passages of a corpus that answer it, for both engines.

:func:`parse` reads a question (Chinese in either script, or English through CC-CEDICT and the
pinyin of the corpus's regions, :mod:`policyqa.retrieval.glossary`): its key words weighted by rarity,
the numbers, years and quoted phrases it names, the places it names (which scope the search to
those places' plans), and what kind of answer it wants (a figure, a year, a list of regions).

:func:`candidates` weighs each search hit (:func:`support`): the share of key words the passage,
its headings or its plan's identity cover, its BM25 share, the answer type, the numbers it
holds, the year its part of the plan speaks of (:mod:`policyqa.structure.sections`) … and the
answerability model (:class:`Answerability`, fitted on seed and dev questions by
``evals/fit_answerability.py``) turns those features into the probability that it answers.

:func:`retrieve` gives the blocks an LLM is shown: the best passages, scoped, without a passage
that another chosen one contains or is contained in. The offline engine answers from
:func:`candidates` (:mod:`policyqa.engines.offline.answers`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from .corpus import Corpus, Hit, _plan_simplified, normalize
from .words import lcut, search_tokens
from ..structure.plan import Plan
from ..structure.sections import LEAD_YEAR, YEAR_OFFSETS
from .. import patterns

QUESTION_WORDS = frozenset(
    "哪些 哪个 哪家 哪位 哪一年 哪年 哪里 哪儿 哪 什么 多少 几 几个 第几 如何 是否 怎样 怎么 有没有 有无 为何 为什么 吗 呢 叫 叫做 名字 名称 "
    "是 的 了 要 对 为 把 被 在 到 和 与 及 或 等 将 其 该 之 有 个 项 条 家 名 人 年 "
    "方向 领域 地方 城市 地区 区县 县市 提到 提及 提出 谈到 谈及 说到 讲到 写到 说 讲 关于 对于 针对 有关 相关 方面 内容 情况 具体 主要 哪些地方 哪些城市 "
    "这 那 这个 那个 这份 那份 这篇 那篇 这项 那项 这些 那些 这一 那一 此 该 本 按照 依照 根据 依据 这次 那次 此次 本次 这场 "
    "需要 区间".split()  # 需要: how a question asks what is to be done ("需要完成多少投资"); 区间: the shape of the figure asked (a range: 5%-5.5%), not a word its passage holds
)
GENERIC_WORDS = frozenset(
    "推动 发展 建设 加快 推进 实施 开展 进行 实现 目标 计划 工作 措施 举措 要求 达到 今年 全年 提升 加强 提高 促进 积极 大力 全面 "
    "深入 力争 确保 哪些 新增 增长 规模 水平 任务 重点 打造 超过 超 突破 以上 以内 左右 不低于 达 累计 全市 全省 模式 做法 期间 "
    "去年 当年 本年 上年 上一年 明年 "
    "实际 已经".split()  # 实际, 已经 say which kind is asked for (_kind_asked: a result): no word a passage must hold
)
# Words that, inside a compound the question writes ("控制目标", "预期增速目标"), say which kind of figure is
# asked, as GENERIC_WORDS do: a compound made only of them and GENERIC_WORDS is how the question asks.
_KIND_PARTS = frozenset("控制 预期 打算 安排 计划 目标 实际 完成 任务 指标".split())


def _only_wording(word: str) -> bool:
    """Whether ``word`` is a compound all of whose parts are question, generic or kind words ("控制目标")."""
    parts = _parts(word)
    return bool(parts) and all(p in QUESTION_WORDS or p in GENERIC_WORDS or p in _KIND_PARTS for p in parts)
# A year a question names by its distance from the document's own ("今年", "去年", "当年", "明年"): a work
# report's 今年 is its own year, 去年 the one before. "比上年", "较去年", "同比" compare with a year, they do not name the one asked about.
_DEICTIC_YEAR = patterns.compile(r"(?<![比较同于])(今年|本年|当年|去年|上年|上一年|明年)")
# Words a question and a plan use for one thing ("增速" / "增长", "经济总量" / "生产总值"): a maintained table,
# each word's alternatives (any one counts as the word), used for a word the corpus uses less than another of them
SAME_WORDS: dict[str, tuple[str, ...]] = {
    "增速": ("增速", "增长", "增幅"), "增幅": ("增幅", "增长", "增速"), "经济总量": ("经济总量", "生产总值"),
    "gdp": ("gdp", "生产总值"), "能耗": ("能耗", "能源消耗"), "经济增速": ("经济增速", "经济增长"),
    # the short forms a question uses for what plans write in full
    "一产": ("一产", "第一产业"), "二产": ("二产", "第二产业"), "三产": ("三产", "第三产业"),
    "社保": ("社保", "社会保险", "社会保障"), "医保": ("医保", "医疗保险", "医疗保障"),
}
_REGION_Q = patterns.compile(r"哪(?:些|几个)(?:地方|城市|地区|区县|县市|市县|县区|省份|省|市|区|县|规划|方案|文件)"
                             r"|哪(?:些|几份|几篇)(?:的?(?:材料|报道|报告|文件|通知|意见))?(?:也|都|还)?(?:提到|提及|涉及|说到|讲到|写到|谈到|谈及)")  # "…中，哪些提到了新型研发机构": which of the plans
_REGION_Q_EN = patterns.compile(r"\b(?:which|what)\s+(?:of\s+(?:the|these|those)\s+(?:[a-z]+\s+)?)?(?:regions?|cities|city|places?|plans?|provinces?|counties|districts?|areas?|localities)\b")
_NUMBER_Q = patterns.compile(r"多少|什么水平|(?<!哪)几(?:[个项家条年]|连(?=[\u4e00-\u9fff]))|哪一?年|何时|什么时候|什么时间|哪天|哪一天|比例|增速|how (?:many|much|large|big|fast|high|long)|what year|which year|when|"
                       r"(?:what|which) (?:share|proportion|percentage|portion|fraction|ratio|amount)|by how")
# "哪个省份…增速目标最多" asks for a name: the 增速 or 比例 it speaks of is no figure asked for, unless it also asks how much
_NAME_Q = patterns.compile(r"哪(?:个|些|几个|一个|家|位)?(?:省份|省|市|城市|地区|地方|区县|县|区|片区|部门|单位|机构|企业|行业|领域|产业|国家|项目)")
_COUNT_Q = patterns.compile(r"多少|(?<!哪)几[个项家条年成倍]?|何时|什么时候|哪一?年|how (?:many|much)")
_COUNT_WORD = patterns.compile(r"[一二两三四五六七八九十]+(?:个|项|类|种|条)")
_DURATION_Q = patterns.compile(r"多少年|几年|多长时间|多久|how many years|how long")
_YEAR_Q = patterns.compile(r"哪一?年|何时|什么时候|什么时间|哪天|哪一天|what year|which year|what date|which date|(?:^|[,;:?]\s*|\b(?:and|by|since|until)\s+)when\b")
# "什么时候出台", "when was it signed": a date answers it as well as a year ("5月11日", "每年2月28日前"); "哪一年" wants the year
_DATE_Q = patterns.compile(r"何时|什么时候|什么时间|哪天|哪一天|(?:^|[,;:?]\s*|\b(?:and|by|since|until)\s+)when\b|what date|which date|which day|what day")
# A year that names the document asked about ("2016年的报告里…", "2025年施政报告提出…", "2013年海拉尔区政府工作报告"):
# which plan to read, not a year its passage must speak of
_DOC_YEAR = patterns.compile(r"((?:19|20)[0-9]{2})年(?:度)?(?:的)?[\u4e00-\u9fff]{0,8}?(?:施政报告|工作报告|报告|统计公报|公报)")
# The kind of document a question names ("政府工作报告", "施政报告"): which plan is asked about, as its title says
_DOC_NOUN = patterns.compile(r"(?:政府)?工作报告|施政报告|统计公报|规划纲要(?:[（(]?草案[)）]?)?|纲要[（(]?草案[)）]?")
_QUOTED = patterns.compile(r"[\"'“‘「『]([^\"'“”‘’「」『』]{1,40})[\"'”’」』]")
_FORMULA = patterns.compile(r"[0-9a-z]+(?:\s*\+\s*[0-9a-z]+)+")
_NUMBER = patterns.compile(r"[0-9]+(?:\.[0-9]+)?")
_YEAR = patterns.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
# a year a passage names: followed by 年, a range's dash or a document number's bracket (not "2000亿元", "2025家")
_NAMED_YEAR = patterns.compile(r"(?<![0-9.])(?:19|20)[0-9]{2}(?=\s*(?:年|[—\-–~～至/]\s*(?:19|20)?[0-9]{2}(?![0-9])|〕|\]|】))")
# a year a passage compares its figure with ("较2015年上升11.6个百分点", "比2020年增长"): the baseline, not the year the figure is of
_COMPARED_YEAR = patterns.compile(r"(?:较|比|相比|同比|对比)\s*((?:19|20)[0-9]{2})\s*年(?:底|末)?")


def _own_years(window: str) -> list[str]:
    """The years a passage names as its own: not the ones it compares a figure with (:data:`_COMPARED_YEAR`)."""
    compared = {m.start(1) for m in _COMPARED_YEAR.finditer(window)}
    return [m.group() for m in _NAMED_YEAR.finditer(window) if m.start() not in compared]


_NUMBER_ALONE = patterns.compile(r"(?<![a-z0-9.])[0-9]+(?:\.[0-9]+)?(?![a-z0-9]|\.[0-9])")
# How a question asks, not what it asks about ("什么时候开始施行", "分成哪几个", "多大面积", "一共"): removed
# before the words are cut, so that "多大面积" does not leave "大面积".
_ASKING = patterns.compile(r"什么时候|什么时间|哪一年|哪年|哪天|哪一天|何时|多少|多大|多长|多久|多高|几年|几个|几项|几家|几条|几种|几类|几次|几成|"
                     r"哪几|哪些|哪个|哪家|哪位|如何|怎样|怎么样|怎么|是否|有没有|有无|总共|一共|共计|分别|各是|各为|各有|开始|具体|主要")
# "报告回顾的那一年", "工作报告所回顾的年份": the year a report reviews, 去年 of its own
_REVIEWED_YEAR = patterns.compile(r"(?:报告)?(?:所)?回顾的(?:那|这)?(?:一年|年份|年度)")
# Words about the documents themselves ("哪些地方的材料提到了…", "文件里有没有说…"): not what is asked about.
_DOCUMENT_WORDS = patterns.compile(r"(?:的)?(?:材料|文件|资料|文中|文本|原文|报告里|报告中)(?:里|中|当中)?(?=提到|提及|说|讲|写|有没有|是否|有|中|里|$)"
                                   # a plan named by its kind as what speaks ("意见提出…", "方案要求…", "办法里"): the document, no word of a passage
                                   r"|(?<![\u4e00-\u9fff])(?:意见|方案|办法|措施|细则)(?:里|中|当中)?(?=提出|要求|规定|明确|指出|强调|提到|里|中)")
# China's 56 ethnic groups (the state's fixed list), as an autonomous division's name writes them before 自治
# (新疆维吾尔自治区: 新疆; 宁夏回族自治区: 宁夏; 恩施土家族苗族自治州: 恩施)
_ETHNIC_GROUPS = ("汉|蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|"
                  "达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺")
_REGION_SUFFIX = patterns.compile(rf"(?:(?:{_ETHNIC_GROUPS})族|维吾尔)*自治(?:县|州|区|旗)$|(?:新区|市|区|县|省)$")  # (维吾尔 is written without 族)

@dataclass(frozen=True)
class Term:
    """A key term of a question: alternatives (any one counts), a weight, and whether it must appear."""

    alternatives: tuple[str, ...]
    weight: float
    required: bool = False
    parts: tuple[str, ...] = ()  # shorter words that together spell the first alternative (粮食产量 → 粮食, 产量)
    absent: bool = False  # no passage of the corpus holds it: phrasing, or what the plans do not say
    phrasing: bool = False  # absent, and no name of a thing (a verb, a numeral, an adverb: 定为, 一款, 最长): how the question asks
    category: bool = False  # the kind of thing a "哪些…" question lists (哪些地铁线路: 线路): its items are named, the kind seldom

    def found_in(self, *texts: str) -> bool:
        """Whether any alternative, or every one of the parts, occurs in one of the texts."""
        if any(a in t for a in self.alternatives for t in texts):
            return True
        return bool(self.parts) and all(any(p in t for t in texts) for p in self.parts)


@dataclass(frozen=True)
class Question:
    """What :func:`parse` reads out of a question."""

    text: str
    lang: str  # zh | en
    regions: bool  # a "which regions/cities …" question
    wants_number: bool
    wants_year: bool
    query: str  # the text searched (simplified, in Chinese when the glossary could translate)
    terms: tuple[Term, ...]
    places: tuple[str, ...]  # region names the question names and the corpus knows
    unknown: tuple[str, ...]  # English content words the glossary does not know
    query_tokens: frozenset[str] = frozenset()
    best_score: float = 0.0  # the highest BM25 score any passage could get for the query (an upper bound)
    plan_years: tuple[int, ...] = ()  # the years of the documents it asks about ("2016年的报告"), when the corpus has such plans
    wants_kind: str | None = None  # "target" (目标, 计划, 要达到…) or "result" (实际, 完成了, 去年…) when the question says which
    year_offset: int | None = None  # the year asked as a distance from each plan's own (今年 0, 去年 -1), when it names no year
    wants_duration: bool = False  # "延长多少年", "how many years": a length of time in years answers it (三十年 too)
    wants_date: bool = False  # "什么时候", "when": a day or month of the year answers it as well as a year

    def figures_in(self, text: str) -> set[str]:
        """The figures in ``text`` that could answer this question (:func:`answer_figures`)."""
        return answer_figures(text, wanted_year=self.wants_year, duration=self.wants_duration, date=self.wants_date)


@dataclass(frozen=True)
class Support:
    """A hit that holds the question's numbers and quoted phrases, with the features the
    answerability model weighs (:data:`FEATURES`) and the probability it gives."""

    hit: Hit
    coverage: float
    relative: float
    coord: float  # the share of the query's distinct tokens the passage holds
    covered: tuple[str, ...]
    features: tuple[float, ...] = ()
    probability: float = 0.0

    def _replace_probability(self, p: float) -> "Support":
        return Support(self.hit, self.coverage, self.relative, self.coord, self.covered, self.features, p)


_SPLIT_Q = patterns.compile(r"(?<=[？?])\s*(?=\S)")
# "What was X in 2025, and what ceiling does the report set for 2026?": an English question of two parts
_SPLIT_EN = patterns.compile(r",?\s+and\s+(?=(?:what|how|when|which|who|where|by when|for how)\b)", re.I)


def sub_questions(question: str) -> list[str]:
    """The parts of a question that asks several things ("吉林2025年粮食总产量是多少？2026年的目标是多少？"):
    each part that is a question of its own, the words before its first question carried into the
    later ones when they name no place or subject of their own (a part of four characters or more)."""
    parts = [p.strip() for p in _SPLIT_Q.split(question.strip()) if p.strip()]
    if len(parts) == 1 and _SPLIT_EN.search(question):
        return _english_parts(question)
    if len(parts) < 2 or any(len(p) < 4 for p in parts):
        return [question]
    about = _about(parts[0])
    out = [parts[0]] + [p if not about or _holds_about(p, about) else f"{p.rstrip('？?')}（{about}）？" for p in parts[1:]]
    return out


# what a question's first part asks besides what it is about: its years ("2013年", 去年 …; not the year of the
# document it names), how it asks, whether it asks for a target or a result, who
_NOT_ABOUT = patterns.compile(r"(?<![0-9])(?:19|20)[0-9]{2}年(?:度)?|今年|本年|当年|去年|上年|明年|是?谁[作做写]?的?|由谁|"
                        r"实际|目标|预期|计划|打算|力争|达到|要|又|还|是|多少|几|什么|怎样|如何|[？?，,、。：:]")


def _about(first: str) -> str:
    """What the first part of a question is about, for a later part that leaves it unsaid
    ("四川今年粮食产量要达到多少？去年实际产了多少？": 四川粮食产量): its words without its
    years (but the document's, "2014年政府工作报告"), how it asks and its target or result words."""
    first = _ASKING.sub(" ", first)  # how it asks ("什么时候开始") is not what it is about
    keep = [m.span() for m in _DOC_YEAR.finditer(first)]
    out, i = [], 0
    for m in _NOT_ABOUT.finditer(first):
        if any(a <= m.start() < b for a, b in keep):
            continue
        out.append(first[i : m.start()])
        i = m.end()
    out.append(first[i:])
    about = re.sub(r"\s+", "", "".join(out)).strip("的了在从")
    return about if len(re.findall(r"[\u4e00-\u9fff]", about)) >= 2 else ""


def _holds_about(part: str, about: str) -> bool:
    """Whether a later part already names what the first is about (most of its characters)."""
    chars = [c for c in about if "\u4e00" <= c <= "\u9fff"]
    return sum(c in part for c in chars) >= 0.8 * len(chars)


# verbs of change, aim and result in an English question: how its part asks, carried into no other part
_CHANGE_EN = patterns.compile(r"\b(?:(?:is|are|was|were)\s+)?(?:to\s+be\s+)?(?:cut|reduced?|lowered?|fall(?:en|s)?|fell|rises?|risen|rose|grow(?:n|s)?|grew|"
                        r"increased?|decreased?|declined?|dropped?|raised?|boost(?:ed)?|reach(?:ed)?|created?|achieved?|"
                        r"(?:aims?|aimed|plans?|planned)\s+to|set)\b", re.I)


def _english_parts(question: str) -> list[str]:
    """The parts of an English question joined by ", and what/how …": the first as it is, each later
    one followed by the first's words (what it is about: "and what ceiling does the report set for
    2026" is about the first part's unemployment rate), without its figures, and without its years
    when the later part names a year of its own."""
    parts = [p.strip(" ,?") for p in _SPLIT_EN.split(question.strip()) if p.strip(" ,?")]
    if len(parts) < 2 or any(len(p.split()) < 3 for p in parts):
        return [question]
    about = re.sub(r"^\s*(?:what|how|when|which|who|where)\b(?:\s+(?:many|much|large|big|fast|long|high))?", "", parts[0], flags=re.I)
    # the document's year ("the 2013 government work report") stays with the document's noun; the years asked about
    # go, and come back at the end for a later part that names no year of its own
    docs = [m.span() for m in _DOC_YEAR_EN.finditer(about.lower())]
    years = " ".join(m.group() for m in _YEAR.finditer(about) if not any(a <= m.start() < b for a, b in docs))
    about = " ".join(_NUMBER.sub(lambda m: m.group() if any(a <= m.start() < b for a, b in docs) else " ", about).split())
    about = " ".join(_CHANGE_EN.sub(" ", about).split())  # "was energy intensity to be cut": the part's verb is its own, not the next one's
    return [parts[0] + "?"] + [f"{p} ({about}{'' if _YEAR.search(p) or not years else ' ' + years})?" for p in parts[1:]]


def candidates(q: Question, corpus: Corpus, *, k: int = 50) -> list[Support]:
    """The search hits for a parsed question that hold its numbers and quoted phrases, each with
    its features and the probability the answerability model gives that it answers it."""
    scope = scope_of(q, corpus)
    if scope is not None and not scope:
        return []
    hits = corpus.search(q.query, k=max(k, 200) if q.regions else k, plans=scope)
    model = answerability()
    out = []
    for rank, h in enumerate(hits):
        s = support(q, h, corpus, rank=rank)
        if s is not None:
            out.append(s._replace_probability(model.probability(s.features)))
    return out


def as_corpus(plans_or_corpus: Corpus | Plan | Iterable[Plan]) -> Corpus:
    """A Corpus from a Corpus, one Plan or several."""
    if isinstance(plans_or_corpus, Corpus):
        return plans_or_corpus
    if isinstance(plans_or_corpus, Plan):
        return Corpus([plans_or_corpus])
    return Corpus(list(plans_or_corpus))


def region_names(region: str | None) -> tuple[str, ...]:
    """The names a question may use for a region: 兰溪市 → (兰溪市, 兰溪); 景宁畲族自治县 → (景宁畲族自治县, 景宁)."""
    if not region:
        return ()
    full = normalize(region)
    if full == "中国":
        return ("中国", "全国")  # a national plan's questions say 全国 ("2014年全国粮食产量"): the country it governs
    short = _REGION_SUFFIX.sub("", full)
    return (full, short) if len(short) >= 2 and short != full else (full,)


class Places:
    """The region names of a corpus's plans, read once per corpus (a question's cost does not grow
    with the number of plans): every name a question may use, longest first, and the plans of each."""

    def __init__(self, corpus: Corpus):
        by_name: dict[str, list[Plan]] = {}
        for p in corpus.plans:
            for n in region_names(p.region):
                by_name.setdefault(n, []).append(p)
        self.by_name = by_name
        self.names = sorted(by_name, key=len, reverse=True)
        self.regions = sorted({p.region for p in corpus.plans if p.region})
        self._english: dict[str, tuple[str, ...]] | None = None

    @property
    def english(self) -> dict[str, tuple[str, ...]]:
        """The regions' English (pinyin) names (:func:`policyqa.retrieval.glossary.place_names`), read on first use."""
        if self._english is None:
            from .glossary import place_names

            self._english = place_names(self.regions)
        return self._english


def places_of(corpus: Corpus) -> Places:
    """The :class:`Places` of a corpus (built on first use, kept with the corpus)."""
    pl = corpus.__dict__.get("_places")
    if pl is None:
        pl = corpus.__dict__["_places"] = Places(corpus)
    return pl


def corpus_plans_of(corpus: Corpus, places: Iterable[str]) -> list[Plan]:
    """The plans whose region is one of ``places`` (given in any of :func:`region_names`'s forms), in corpus order."""
    idx = places_of(corpus)
    found = {p.id: p for n in set(places) for p in idx.by_name.get(n, ())}
    return sorted(found.values(), key=lambda p: corpus._plan_index[p.id])


# -- reading the question ----------------------------------------------------------------------
def parse(question: str, corpus: Corpus) -> Question:
    """Key terms, numbers, quoted phrases, places and the kind of a question (read once per
    question and corpus: an answer reads its question three or four times)."""
    memo = corpus.__dict__.get("_questions")
    if memo is None:
        memo = corpus.__dict__["_questions"] = {}
    q = memo.get(question)
    if q is None:
        if len(memo) >= 512:
            memo.clear()
        q = memo[question] = _parse(question, corpus)
    return q


# The verb that frames the figure asked for ("控制在多少", "保持在什么水平", "提高到多少"): how the question asks,
# not what it is about; a plan's list of targets gives the figure without it ("城镇调查失业率5.5%以内").
# So is the noun that names the figure's measure right before 多少 ("总量是多少", "装机规模各是多少"): the answer gives the figure.
_FRAMING = patterns.compile(r"(?:控制|保持|稳定|维持|降低|下降|减少|压减|压降|提高|提升|增加|扩大|缩小|达到|设定|确定|定)\s*(?:在|到|至|为)\s*(?=多少|几|什么水平|什么范围|哪个水平|多高|多大)|"
                            r"(?:总量|规模|数量|总额|水平|幅度)(?=\s*(?:各|分别)?\s*(?:是|为|有)?\s*(?:多少|几))")


# towns and the countryside asked together ("城镇和农村居民", "城市、农村"): what a plan may write as one word, 城乡
TOWN_AND_COUNTRY = patterns.compile(r"(?:城镇|城市)(?:居民)?\s*(?:和|与|及|以及|、)\s*(?:农村|乡村)")
_TOWN_OR_COUNTRY = patterns.compile(r"^(?:城镇|城市|农村|乡村)")
_NOT_A_YEAR = patterns.compile(r"\s*(?:万|亿|千|百|元|个|项|家|人|吨|亩|公里|千米|米|台|辆|座|套|所|条|户|%|％)")
_YEAR_TIME = patterns.compile(r"((?:19|20)[0-9]{2})\s*年(?:以前|以后|以来|之前|之后|前|后|底|末|内|起)")


def _parse(question: str, corpus: Corpus) -> Question:
    raw = unicodedata.normalize("NFKC", question).strip()
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in raw)
    letters = sum(c.isascii() and c.isalpha() for c in raw)
    lang = "en" if letters > cjk else "zh"
    asked = _DOCUMENT_WORDS.sub(" ", _REVIEWED_YEAR.sub("去年", normalize(raw)))
    text = _ASKING.sub(" ", _FRAMING.sub(" ", asked))
    unknown: list[str] = []
    if lang == "en":
        text, unknown = _from_english(raw, corpus)
        regions = bool(_REGION_Q_EN.search(normalize(raw)))
        wants_number = bool(_NUMBER_Q.search(normalize(raw)) or _NUMBER_Q_EN.search(normalize(raw)))
        wants_year = bool(_YEAR_Q.search(normalize(raw)))
    else:
        regions = bool(_REGION_Q.search(asked))
        wants_number = bool(_NUMBER_Q.search(asked)) and not (_NAME_Q.search(asked) and not _COUNT_Q.search(asked))
        wants_year = bool(_YEAR_Q.search(asked))
    query = text
    terms: list[Term] = []
    rest = text
    plan_years = _document_years(asked, corpus) if lang == "zh" else _document_years_en(normalize(raw), corpus)
    if lang == "en" and plan_years:  # "the 2014 government work report": which plan to read; its year and noun are no evidence
        low = normalize(raw).lower()  # (a year the question names again besides, "the 2026 report's target for 2026", stays)
        asked_too = {y for y in plan_years if len(re.findall(rf"(?<![0-9]){y}(?![0-9])", low)) > sum(m.group(1) == str(y) for m in _DOC_YEAR_EN.finditer(low))}
        words = [w for w in text.split("|") if w and not (w in {str(y) for y in plan_years if y not in asked_too}
                                                         or set(w.split("/")) <= _DOCUMENT_NOUNS)]
        text = query = rest = "|".join(words)
    for y in plan_years:  # the document's year picks the plan (scope_of), it is no evidence in a passage
        # (the year and the document's noun go; what stands between, a place, stays: 2013年海拉尔区政府工作报告)
        rest = re.sub(rf"{y}年(?:度)?(?:的)?([\u4e00-\u9fff]{{0,8}}?)(?:政府工作报告|施政报告|工作报告|报告|统计公报|公报)", r" \1 ", rest)
        query = re.sub(rf"{y}年(?:度)?(?:的)?([\u4e00-\u9fff]{{0,8}}?)(?:政府工作报告|施政报告|工作报告|报告|统计公报|公报)", r" \1 ", query)
    # "黑龙江省政府工作报告把…定在多少", "according to its work report": the document asked about, named by
    # its kind, is no evidence in a passage
    if lang == "zh":
        rest, query = _DOC_NOUN.sub(" ", rest), _DOC_NOUN.sub(" ", query)
    else:
        words = [w for w in text.split("|") if w and not set(w.split("/")) <= _DOCUMENT_NOUNS]
        text = query = rest = "|".join(words)
    if lang == "en":  # the search reads each word in the form the corpus uses most: a passage holds one form of a word, not all
        query = "|".join(max(w.split("/"), key=lambda a: _frequency(corpus, a)) if w.strip() else w for w in query.split("|"))
    # places the corpus knows (longest first), removed from the key words
    names = places_of(corpus).names
    places = []
    for n in names:
        if n in rest:
            places.append(n)
            rest = rest.replace(n, " ")
    for m in _QUOTED.finditer(rest):
        phrase = re.sub(r"\s+", "", m.group(1))
        if phrase and phrase not in QUESTION_WORDS:
            terms.append(Term((phrase,), 0.0, required=True))
    rest = _QUOTED.sub(" ", rest)
    for m in _MONTHS_Q.finditer(rest):  # "前7个月", "1-7月": the months a figure is of, written in either way
        n = _month_count(m.group(1) or m.group(2))
        if n:
            terms.append(Term(_months_forms(n), 0.0, required=True))
    rest = _MONTHS_Q.sub(" ", rest)
    for m in _FORMULA.finditer(rest):
        terms.append(Term((re.sub(r"\s+", "", m.group()),), 0.0, required=True))
    rest = _FORMULA.sub(" ", rest)
    # a year's time word is the year's ("2030年前脑机接口…": before 2030, not a word 前脑)
    rest = _YEAR_TIME.sub(r"\1年 ", rest) if lang == "zh" else rest
    numbers = _NUMBER if lang == "zh" else _NUMBER_ALONE  # (an English name written with digits, "m2", "5g", is a word)
    for m in numbers.finditer(rest):
        # a figure that only looks like a year ("2000万元以上的项目") is held with what follows it, as a passage writes it
        amount = _NOT_A_YEAR.match(rest, m.end()) if lang == "zh" and _YEAR.fullmatch(m.group()) else None
        terms.append(Term((m.group() + amount.group().strip(),) if amount else (m.group(),), 0.0, required=True))
    rest = numbers.sub(" ", rest)
    if lang == "en":
        words = [w for w in rest.split("|") if w.strip()]
        # a word one of whose forms is a place the question names (中国/我国) scopes the search: it is no key word
        rest_words = [tuple(a.strip() for a in w.split("/") if a.strip()) for w in words if not any(not a.strip() for a in w.split("/"))]
    else:
        rest_words = [(w, w[:-1]) if re.fullmatch(r"[\u4e00-\u9fff]{2,}[市区县]", w) else _organs(w) or _forms(corpus, w) for w in lcut(rest)]
    kinds = _listed_kinds(asked) if lang == "zh" else set()
    # (a word of the kind's name that no passage holds is part of the kind too: 哪些高水平体育赛事活动, 体育赛事)
    kind_words = _listed_kinds(asked, whole=True) if lang == "zh" else set()
    for alts in rest_words:
        w = alts[0]
        if w in QUESTION_WORDS or w in GENERIC_WORDS or not re.search(r"[\u4e00-\u9fff]{2}|[a-z]{2}", w):
            continue
        if lang == "zh" and _COUNT_WORD.fullmatch(w):
            continue  # "三个领域的投资": how many things the question counts, which a list of them does not write
        if lang == "zh" and _only_wording(w) and not any(_present(corpus, a) for a in alts):
            continue  # "控制目标", which no passage writes: how the question asks (one that passages write, 预期目标, says where the targets stand)
        absent = not any(_present(corpus, a) for a in alts)
        terms.append(Term(alts, _weight(corpus, alts), parts=_parts(w) if lang == "zh" else (), absent=absent,
                          phrasing=absent and lang == "zh" and not _names_a_thing(w), category=lang == "zh" and (w in kinds or absent and w in kind_words)))
    if lang == "zh" and TOWN_AND_COUNTRY.search(asked):  # "城镇和农村居民…分别": a plan writes both as 城乡居民
        terms = [replace(t, alternatives=tuple(dict.fromkeys([*t.alternatives, *(_TOWN_OR_COUNTRY.sub("城乡", a) for a in t.alternatives
                                                                                   if _TOWN_OR_COUNTRY.search(a))])))
                 for t in terms]
    terms = _dedupe(terms)
    if places:  # the search is scoped to the plans of those places: their names are no evidence in a passage
        for n in places:
            query = query.replace(n, " ")
    if lang == "zh":  # the words a plan writes for a question's word ("经济总量" → 生产总值) are searched for too
        query += "".join(f" {a}" for t in terms for a in t.alternatives[1:] if a not in query)
    qtoks = corpus.tokens(query, query=True)
    best = sum(corpus.max_score(i) for i in corpus.token_ids(qtoks))
    return Question(question, lang, regions, wants_number, wants_year, query, tuple(terms), tuple(places), tuple(unknown), frozenset(qtoks), best,
                    plan_years, _kind_asked(asked) if lang == "zh" else _kind_asked_en(normalize(raw)),
                    _year_offset(asked, plan_years) if lang == "zh" else None, bool(_DURATION_Q.search(normalize(raw).lower())),
                    bool(_DATE_Q.search(asked if lang == "zh" else normalize(raw).lower())))


# "哪些", "哪几个", "哪几类": a question that asks for a list of things of a kind
_WHICH_KIND = patterns.compile(r"哪(?:些|几(?:个|项|类|种|家|条|所|座|批|大)?|类|种)")


def _listed_kinds(asked: str, whole: bool = False) -> set[str]:
    """The kind of thing a "哪些…" question asks a list of: the last noun of the words after 哪些 up to
    its verb (哪些高水平体育赛事活动 → 活动; 哪些地铁线路（区段）建成通车 → 线路, 区段). A list names its
    items (4号线北段, 世界青少年武术锦标赛), seldom their kind, so a passage need not hold it. ``whole``:
    every noun of the kind's name (体育赛事 and 活动), not only its last."""
    from .words import tag

    out: set[str] = set()
    for m in _WHICH_KIND.finditer(asked):
        nouns: list[str] = []
        bracketed = False
        for w in lcut(asked[m.end():]):
            if w in "（(）)":
                bracketed = w in "（("
                continue
            t = tag(w) if re.fullmatch(r"[\u4e00-\u9fff]{2,}", w) else None
            if t is not None and t in ("a", "b") and not nouns:
                continue  # a modifier before the kind: 重大, 高水平
            if t is None or not (_THING_TAGS.fullmatch(t) or t == "vn"):
                break
            if bracketed:
                out.add(w)  # 线路（区段）: either word is the kind
            else:
                nouns.append(w)
        if nouns:
            out.update(nouns if whole else nouns[-1:])
    return out


# jieba's parts of speech that name a thing (nouns, places, organisations, fixed phrases, abbreviations)
_THING_TAGS = patterns.compile(r"n[a-z]*|l|j|i|eng")


def _names_a_thing(word: str) -> bool:
    """Whether a question's word names a thing (jieba's dictionary tags it a noun, a place, a fixed
    phrase …; a word it does not hold counts as one) rather than saying how the question asks (定为,
    预计, 一款, 最长): a thing no passage names is what the plans may not say, a verb no passage
    uses is only the question's wording."""
    from .words import tag

    t = tag(word)
    return t is None or bool(_THING_TAGS.fullmatch(t))


def _organs(word: str) -> tuple[str, ...] | None:
    """A department named by its field ("交通部门", "教育部门") as the organs a plan names instead
    (市交通局, 省教育厅, 发展改革委), or None for any other word."""
    m = re.fullmatch(r"([\u4e00-\u9fff]{2,4})(?:主管)?部门", word)
    if not m:
        return None
    field = m.group(1)
    return (word, *(field + organ for organ in ("局", "厅", "委", "委员会", "办")))


def _forms(corpus: Corpus, word: str) -> tuple[str, ...]:
    """A question's word as the alternatives it is looked for in: itself, or, when the corpus's
    passages use another word :data:`SAME_WORDS` gives for it more often (or the word not at all:
    a report that writes 地区生产总值 throughout and GDP once), those words."""
    same = SAME_WORDS.get(word)
    if not same:
        return (word,)
    return same if _frequency(corpus, word) < max(_frequency(corpus, a) for a in same if a != word) else (word,)


def _year_offset(asked: str, plan_years: tuple[int, ...]) -> int | None:
    """The one year a question names by its distance from the document's ("去年" -1), when it names
    no year by number besides the document's own (a year and 去年 together, or 今年 and 去年: None)."""
    offsets = {YEAR_OFFSETS[m.group(1)] for m in _DEICTIC_YEAR.finditer(asked)}
    if len(offsets) != 1:
        return None
    named = {int(y) for y in _YEAR.findall(asked)} - set(plan_years)
    return None if named else offsets.pop()


# Whether a question asks what a plan sets out to do or what was done: a target's words ("目标", "计划",
# "要达到"), a result's ("实际", "完成了", "增长了", "去年"); neither or both: None.
_TARGET_Q = patterns.compile(r"目标|预期(?!寿命)|计划|打算|力争|要(?:达到|增长|实现|完成|控制|提高|建|新增|形成|培育|增加)|将(?:达到|增长|实现)|拟|设定|定了|定为|定在")
_RESULT_Q = patterns.compile(r"实际|完成了|增长了|提高了|提高到了|达到了|下降了|新增了|增加了|去年|已经|截至|实现了|共有|累计")


# English: "what is the target …", "what was X's unemployment rate": a figure is asked for, as with "how many"
_NUMBER_Q_EN = patterns.compile(r"\bwhat\b[^?,]{0,60}?\b(?:targets?|rates?|shares?|levels?|totals?|numbers?|amounts?|values?|volumes?|ceiling|cap|figures?|"
                          r"sizes?|proportions?|percentages?|throughput|output|incomes?|budgets?|subsidy|subsidies|incentives?|growth)\b")
# the document an English question names by its year ("the 2014 government work report", "the 2025 Policy Address")
_DOC_YEAR_EN = patterns.compile(r"\b((?:19|20)[0-9]{2})(?:'s)?\s+(?:[a-z]+\s+){0,2}?(?:work\s+report|report|policy\s+address|communiqu[eé]|statistical\s+communiqu[eé]|bulletin)s?\b")
_DOCUMENT_NOUNS = frozenset({"政府工作报告", "工作报告", "施政报告", "报告", "统计公报", "公报"})
_TARGET_Q_EN = patterns.compile(r"\b(?:targets?|targeted|aims?|aimed|aiming|goals?|plans?\s+to|planned|sets?|expected\s+to|expects?|commits?|"
                          r"will|should|is\s+to|are\s+to|was\s+to|were\s+to|to\s+be|ceiling|cap)\b")
_RESULT_Q_EN = patterns.compile(r"\b(?:was|were|had|has\s+been|have\s+been|achieved|reached|actual|actually|so\s+far|last\s+year)\b")
_DID = patterns.compile(r"\bdid\b")  # "how fast did it grow": a result, unless the question asks for a target ("what target did the report set")


def _document_years_en(question: str, corpus: Corpus) -> tuple[int, ...]:
    """The years of the documents an English question names ("the 2016 report") that some plan of the corpus is of."""
    ys = {int(m.group(1)) for m in _DOC_YEAR_EN.finditer(question.lower())}
    if not ys:
        return ()
    have = {plan_year(p) for p in corpus.plans}
    return tuple(sorted(y for y in ys if y in have))


def _kind_asked_en(question: str) -> str | None:
    """Whether an English question asks for a target ("aim to", "what target", "is to be cut") or a result
    ("was", "were created", "had fallen"); neither or both: None."""
    q = _DOC_YEAR_EN.sub(" ", question.lower())  # "did the 2014 report set": the document, not the kind
    q = re.sub(r"\s*\([^()]{12,}\)\s*\??\s*$", "", q)  # what sub_questions carried in from the first part: not how this part asks
    t = bool(_TARGET_Q_EN.search(q))
    r = bool(_RESULT_Q_EN.search(q)) or (not t and bool(_DID.search(q)))
    return "target" if t and not r else "result" if r and not t else None


def _kind_asked(asked: str) -> str | None:
    t, r = bool(_TARGET_Q.search(asked)), bool(_RESULT_Q.search(asked))
    return "target" if t and not r else "result" if r and not t else None


def plan_year(plan: Plan) -> int | None:
    """The year a plan speaks for (:func:`policyqa.structure.sections.report_year`: its title's or date's, or a work report's own words), read once per plan."""
    from ..structure.sections import contexts

    return contexts(plan).year


def _document_years(asked: str, corpus: Corpus) -> tuple[int, ...]:
    """The years of the documents a question names ("2016年的报告") that some plan of the corpus is of."""
    ys = {int(m.group(1)) for m in _DOC_YEAR.finditer(asked)}
    if not ys:
        return ()
    have = {plan_year(p) for p in corpus.plans}
    return tuple(sorted(y for y in ys if y in have))


def scope_of(q: Question, corpus: Corpus) -> list[Plan] | None:
    """The plans a question is about: those of the places it names and of the document years it
    names; None for the whole corpus."""
    plans = corpus_plans_of(corpus, q.places) if q.places else None
    if q.plan_years:
        plans = [p for p in (plans if plans is not None else corpus.plans) if plan_year(p) in q.plan_years]
    return plans


def _parts(word: str) -> tuple[str, ...]:
    """jieba's shorter words inside ``word`` when together they cover every character of it, else ()."""
    if len(word) < 3:
        return ()
    parts = [(w, a, b) for w, a, b in search_tokens(word) if w != word and len(w) >= 2]
    covered = set()
    for _, a, b in parts:
        covered.update(range(a, b))
    return tuple(dict.fromkeys(w for w, _, _ in parts)) if len(covered) == len(word) else ()


def _from_english(question: str, corpus: Corpus) -> tuple[str, list[str]]:
    """The question's content words as Chinese alternatives the corpus holds ("|" between words,
    "/" between alternatives; :mod:`policyqa.retrieval.glossary`), and the English words left unknown."""
    from .glossary import translate

    terms, unknown = translate(question, lambda w: _present(corpus, w), places=places_of(corpus).english, frequency=lambda w: _frequency(corpus, w),
                               written=lambda w: _written(corpus, w))
    return "|".join("/".join(alts) for alts in terms), unknown


def _weight(corpus: Corpus, alternatives: tuple[str, ...]) -> float:
    """A word's rarity: the highest idf among its tokens (an upper bound of the word's own idf)."""
    best = 0.0
    for a in alternatives:
        toks = corpus.tokens(a) or [a]
        w = min(corpus.idf(t) for t in toks) if corpus.tokenizer == "jieba" else max(corpus.idf(t) for t in toks)
        best = max(best, w)
    return best


def _frequency(corpus: Corpus, word: str) -> int:
    """How many passages may hold ``word`` (the fewest that hold one of its tokens: an upper bound)."""
    toks = corpus.tokens(word)
    return min((corpus.document_frequency(t) for t in toks), default=0)


def _written(corpus: Corpus, word: str) -> bool:
    """Whether a passage writes ``word`` whole: one of the few passages the search ranks first for it
    (its rare tokens, where it is written, rank them there)."""
    return any(word in h.simplified for h in corpus.search(word, k=3))


def _present(corpus: Corpus, word: str) -> bool:
    """Whether some passage of the corpus may hold ``word`` (each of its tokens occurs somewhere)."""
    toks = corpus.tokens(word)
    return bool(toks) and all(corpus.document_frequency(t) > 0 for t in toks)


# The first months of a year a figure is of: "前7个月", "1—7月", "1至7月" (a question writes one, a report another)
_MONTHS_Q = patterns.compile(r"前([0-9]{1,2}|[一二三四五六七八九十]|十[一二])个?月|1月?\s*[—\-–~至到]\s*([0-9]{1,2})月")
def _month_count(x: str) -> int | None:
    from ..structure.numbers import parse_number

    n = parse_number(x)
    return int(n) if n is not None and n == int(n) and 2 <= n <= 12 else None


def _months_forms(n: int) -> tuple[str, ...]:
    """The ways a text writes the first ``n`` months, in the normalised form passages are matched in."""
    return tuple(f"{a}{n}月" for a in ("1-", "1—", "1–", "1~", "1至", "1到", "1月-", "1月—", "1月至", "1月到")) + (f"前{n}个月", f"前{n}月")


def _dedupe(terms: list[Term]) -> list[Term]:
    seen, out = set(), []
    for t in terms:
        if t.alternatives not in seen:
            seen.add(t.alternatives)
            out.append(t)
    return out


# -- the support test --------------------------------------------------------------------------
FEATURES = ("coverage", "window_coverage", "top_covered", "all_covered", "relative", "coord", "rank", "short_question",
            "exact_held", "has_exact", "absent_share", "unknown_share", "heading", "focus_coverage", "focus_coord", "absent_things")


def support(q: Question, hit: Hit, corpus: Corpus, *, rank: int = 0) -> Support | None:
    """The Support of one hit for the question (its features), or None when it lacks a number,
    year or quoted phrase the question names.

    What depends on the question alone is read once per question (:class:`_Asked`), what depends
    on the plan alone (its identity) once per plan (:func:`identity_of`); the passage's headings
    and lead are read only when a key word is not in the passage itself.
    """
    a = _asked_of(q)
    if not a.soft and not a.exact:
        return None  # every word the question asks about is absent from the plans ("新增多少充电桩": 充电 nowhere)
    if _kind_conflict(q, hit):
        return None  # a target is not read from a review of results, nor a result from what a plan sets out to do
    window = _norm(hit.simplified)
    ident = identity_of(corpus, hit.plan)
    exact, soft = a.exact, a.soft
    extra: str | None = None

    def around() -> str:  # the passage's headings and lead, and its plan's identity: read only when needed
        nonlocal extra
        if extra is None:
            extra = _norm(_lead(hit)) + "\n" + ident
        return extra

    def holds(x: str) -> bool:
        if _contains(window, x) or _year_by_structure(x, window, ident, hit):
            return True
        if _YEAR.fullmatch(x):  # "到2025年，……。打造百家领军企业": the year its paragraph or heading opens with
            return _year_in_lead(x, window, hit)
        # a quoted name or period ("获得电力", "十四五") that the passage's headings or its plan's title give,
        # or the title of the plan a news post reports (its headline is its title)
        return not _NUMBER.fullmatch(x) and (x in around() or any(x in t for t in _reported_titles(hit.plan)))

    held_by = [any(holds(x) for x in t.alternatives) for t in exact]
    held = sum(held_by)
    if exact and not held:
        return None  # none of the question's numbers, years or quoted phrases
    if exact and _other_year(held_by, exact, window, a.asked, hit, q.text):
        return None  # "2025年…目标是多少": the passage does not speak of 2025, and names another year ("截至2021年底")
    if _kind_unsaid(q, window):
        return None  # a target asked, and the passage says only what was done (同比增长3%, 截至…)
    if a.change is not None and not a.change.search(window):
        return None  # "增长了多少": a passage that gives a change of that way with its figure, not a level (提升至7.6万元)
    if q.year_offset is not None and _deictic_conflict(q, hit, window):
        return None  # "去年…是多少": the passage speaks of another year than the one before its plan's
    if q.wants_number and _SPAN_EN.search(window) and _one_year_asked(q, exact):
        return None  # "how fast did GDP grow in 2025", "去年…增长多少": a figure of five years (年均, 从2020年…到2025年) answers no one year
    if q.wants_number and not q.figures_in(window) - a.asked and not (a.counted and a.counted.search(window)):
        return None  # "多少", "哪一年": an answer gives a figure (a quantity, a year) the question does not
    if a.dimension is not None and not a.dimension.search(window):
        return None  # "多少亿元", "多少家", "多少比例": an answer gives a figure of what was asked (money, a count, a share)
    # a passage that names its own plan ("本办法自2023年9月8日起施行") holds the words of the plan's name
    named = name_of(corpus, hit.plan) if _SELF_REFERENCE.search(window) else None
    in_window = [t for t in soft if t.found_in(window) or named is not None and t.found_in(named)
                 or t.alternatives in a.measured and a.measured[t.alternatives].search(window)]
    if len(in_window) == len(soft):
        covered = in_window
    else:  # found_in(window, extra) holds whenever found_in(window) does (a word said by a figure's unit is held as well)
        covered = [t for t in soft if t in in_window or t.found_in(window, around())]
    # (the kind a 哪些 question lists, when the passage does not name it, is not asked of it)
    total = sum(t.weight for t in soft if not t.category or t in covered) if a.kinds else a.total
    coverage = sum(t.weight for t in covered) / total if total else 1.0
    window_coverage = sum(t.weight for t in in_window) / total if total else 1.0
    top_covered = float(all(t in covered for t in a.top))
    relative = hit.score / a.best
    held_tokens = corpus.tokens_held(q.query_tokens, hit.simplified if named is None else hit.simplified + "\n" + named)
    coord = len(held_tokens) / max(1, len(q.query_tokens))
    own = _identity_tokens(q, corpus, hit.plan, name_of(corpus, hit.plan))  # the query's tokens that name the plan
    rest = q.query_tokens - own
    focus_coord = len(held_tokens & rest) / len(rest) if rest else coord
    # the words that are not the plan's own name ("获得电力意见里…": 获得, 电力, 意见 name the plan): how many the passage holds
    name = name_of(corpus, hit.plan)
    focus = [t for t in soft if not t.found_in(name)]
    focus_total = sum(t.weight for t in focus)
    focus_coverage = sum(t.weight for t in focus if t in in_window) / focus_total if focus_total else window_coverage
    features = (coverage, window_coverage, top_covered, float(len(covered) == len(soft)), min(relative, 1.5), coord,
                1.0 / (1.0 + rank), a.short, held / len(exact) if exact else 1.0, float(bool(exact)), a.absent, a.unknown,
                float(hit.passage.kind == "section" or hit.passage.text.strip() == (hit.plan.title or "").strip()), focus_coverage,
                focus_coord, a.absent_things)
    return Support(hit, coverage, relative, coord, tuple(t.alternatives[0] for t in covered), features)


_SELF_REFERENCE = patterns.compile(r"本(?:办法|方案|意见|通知|规划|计划|细则|措施|条例|决定|规定|实施办法|实施方案|实施意见|行动方案|行动计划|政策|文件)")

# How a passage says what a plan sets out to do, and what was done: what tells a target from a result
# in a text whose structure does not (news, a circular), beside :func:`_kind_conflict`
_TARGET_SAID = patterns.compile(r"目标|预期(?!寿命)|力争|争取|计划|确保|拟|预计|左右|控制在|以内|不低于|不超过|(?<![纲主需重只必摘概提])要|将|到(?:19|20)[0-9]{2}年")
_RESULT_SAID = patterns.compile(r"同比|比上年|较上年|比去年|截至|截止|完成了|实现了|已经|已|累计|共计|增长了|下降了")


def _other_year(held_by: Sequence[bool], exact: Sequence[Term], window: str, asked: set[str], hit: Hit, question: str) -> bool:
    """Whether a year the question names is not the passage's (not in it, its heading or its part of the
    plan) and the passage names another year, or names none and its part of the plan, or the sentence
    its paragraph opens with, gives another ("到2025年，…。全区总托位数1782个" asked of 2030), while it holds no other year the
    question gives (a year given in two calendars, "2014年（103年）", is held by the other)."""
    if not any(not h and _YEAR.fullmatch(t.alternatives[0]) for h, t in zip(held_by, exact)):
        return False
    if any(h and _NUMBER.fullmatch(t.alternatives[0]) and re.search(rf"(?<![0-9.]){re.escape(t.alternatives[0])}\s*年", question)
           for h, t in zip(held_by, exact)):
        return False
    named = _own_years(window)
    if not named:  # the year its part of the plan speaks of, else the one its paragraph's sentence before opens with
        from ..structure.sections import context_at

        year = context_at(hit.plan, hit.passage.clean_start).year
        named = [str(year)] if year is not None else [y] if (y := _carried_year(hit)) else []
    return any(y not in asked for y in named)


def _kind_unsaid(q: Question, window: str) -> bool:
    """Whether the question asks for a target and the passage says only what was done (截至, 同比 …
    and no 目标, 力争, 左右 …)."""
    if q.wants_kind != "target":
        return False
    return bool(_RESULT_SAID.search(window)) and not _TARGET_SAID.search(window)


def _year_in_lead(year: str, window: str, hit: Hit) -> bool:
    """Whether a year the question names opens the passage's paragraph or heading ("到2025年，" before
    the sentence that gives the figure), where the structure gives its part of the plan no year
    and the passage names no other year."""
    from ..structure.sections import context_at

    context = context_at(hit.plan, hit.passage.clean_start)
    if context.year is not None or _own_years(window):
        return False
    if context.several:  # (in a review of five years a year is the passage's only where it or its paragraph writes it: not
        # "一、2025年和“十四五”时期工作回顾"; "2020年，全市PM2.5年均浓度为32微克/立方米；AQI优良率为87.2%，较2015年上升…")
        return _carried_year(hit) == year
    return _contains(_norm(_lead(hit)), year) or _carried_year(hit) == year


def _carried_year(hit: Hit) -> str | None:
    """The year the last sentence before the passage in its paragraph opens with ("2027年前，实现
    高质量脑控。引育5家以上…企业": the figures after it are of 2027, as the figures finder reads them), or None."""
    plan, p = hit.plan, hit.passage
    if p.parent is None or not 0 <= p.parent < len(plan.passages):
        return None
    par = plan.passages[p.parent]
    if par.clean_start >= p.clean_start:
        return None
    from ..structure.passages import sentence_spans

    before = _plan_simplified(plan)[par.clean_start - plan.clean_start : p.clean_start - plan.clean_start]
    year = None
    for a, b in sentence_spans(before):
        m = LEAD_YEAR.match(before[a:b].strip())
        if m:
            year = m.group(1) or m.group(2)
        else:  # "2020年，全市细颗粒物年均浓度为32微克/立方米；…": a review's sentence opening with its year
            m = _OPENING_YEAR.match(before[a:b].strip())
            year = m.group(1) if m else year
    return year


_OPENING_YEAR = patterns.compile(r"^((?:19|20)[0-9]{2})\s*年(?:底|末)?[，,]")


# the words by which a passage names the year a question names by its distance from the plan's (今年, 去年, 明年)
SAYS_DEICTIC = {0: patterns.compile(r"今年|本年度"), -1: patterns.compile(r"去年|上年(?!度)"), 1: patterns.compile(r"明年")}


def _deictic_conflict(q: Question, hit: Hit, window: str) -> bool:
    """Whether the passage speaks of another year than the one the question names by its distance
    from the plan's own (:attr:`Question.year_offset`): the year of the part of the plan it stands
    in (:mod:`policyqa.structure.sections`) when that is known, else the years it names, when it names
    some and not that one."""
    own = plan_year(hit.plan)
    if own is None or q.year_offset is None:
        return False
    says = SAYS_DEICTIC.get(q.year_offset)
    if says is not None and says.search(window):
        return False  # the passage says the same itself ("今年将完成投资4亿元"), whatever else it reports (累计完成…)
    want = own + q.year_offset
    from ..structure.sections import context_at

    context = context_at(hit.plan, hit.passage.clean_start)
    if context.year is not None:
        return context.year != want
    named = {int(y) for y in _YEAR_FIGURE.findall(window) if len(y) == 4 and y.isdigit()}
    if context.several and want not in named:
        return True  # in a review of five years, a figure that names no year is of the five ("高新技术企业从2.2万家增加到4.9万家")
    if not named and (_SPAN_OF_YEARS.search(window) or _SPAN_OF_YEARS.search(_paragraph_opening(hit))):
        return True  # a figure of several years (5年增长18.7%, 年均, 累计; a paragraph opening "五年来，") answers no one year
    return bool(named) and want not in named


def _paragraph_opening(hit: Hit) -> str:
    """The first clause of the paragraph the passage stands in ("五年来，…"), normalised; "" when the passage opens it or has none."""
    plan, p = hit.plan, hit.passage
    if p.parent is None or not 0 <= p.parent < len(plan.passages):
        return ""
    par = plan.passages[p.parent]
    if par.clean_start == p.clean_start:
        return ""
    simp = _plan_simplified(plan)[par.clean_start - plan.clean_start : par.clean_end - plan.clean_start]
    m = re.match(r"[^，,。！？；!?;]*", simp)
    return _norm(m.group()) if m else ""


# a figure of several years, in a passage an English question about one year is not answered from
_SPAN_EN = patterns.compile(r"年均|(?:[2-9２-９]|[两二三四五六七八九十])年(?:来|间)|过去五年|十[一二三四五六七八九]五(?:时期|期间|以来)|"
                      r"从(?:19|20)[0-9]{2}年[^。；]{0,30}?(?:到|至)(?:19|20)[0-9]{2}年")
_SPAN_OF_YEARS = patterns.compile(r"(?:[2-9２-９]|[两二三四五六七八九十])年(?:来|间|累计|共|增长|提高)|年均|累计|十[一二三四五六七八九]五(?:时期|期间|以来)|过去五年|五年来")


def _one_year_asked(q: Question, exact: Sequence[Term]) -> bool:
    """Whether the question asks of one year (it names one, or 去年/今年 in Chinese) and not of a span
    of years (年均, 累计, 五年来, 十四五期间)."""
    years = {x for t in exact for x in t.alternatives if _YEAR.fullmatch(x)}
    if q.lang == "en":
        return len(years) == 1
    return (len(years) == 1 or not years and q.year_offset is not None) and not _SPAN_OF_YEARS.search(_norm(q.text))


def _kind_conflict(q: Question, hit: Hit) -> bool:
    """Whether the question asks for a target and the passage stands in a part of its plan that
    reviews results, or the other way round (:mod:`policyqa.structure.sections`)."""
    if q.wants_kind is None:
        return False
    from ..structure.sections import context_at

    ctx = context_at(hit.plan, hit.passage.clean_start)
    if ctx.kind is None or ctx.kind == q.wants_kind:
        return False
    # a passage whose years are all before (after) its part's own speaks of the past (the future)
    # whatever its part ("从2021年完成情况来看…2021年完成投资达596.3亿元" in a news account of 2022's plan)
    # (and a year the question names is among them: "2022年实际完成了多少" is not answered by 2021's figure)
    # (of a review of several years, its last: "“十一五”期间…" then "据…介绍，“十二五”期间，…将…" in a news post of 2011)
    year = ctx.year if ctx.year is not None else ctx.last if ctx.several else None
    if ctx.strict or year is None:
        return True
    return _kind_by_years(hit.simplified, year, _asked_of(q).years) != q.wants_kind


_PERIOD_NAMED = patterns.compile(r"十([一二三四五六七八九])五")


def _kind_by_years(text: str, year: int, asked: set[int]) -> str | None:
    """"result" when every year a passage names is before ``year``, "target" when every one is after,
    else None; None too when the passage does not name every year ``asked``. A five-year period it
    names (十二五) counts as its first and last years."""
    from ..structure.sections import PERIOD_END, years_in

    ys = years_in(text) + [y for m in _PERIOD_NAMED.finditer(text) for y in (PERIOD_END[m.group(1)] - 4, PERIOD_END[m.group(1)])]
    if not ys or not asked <= set(ys):
        return None
    if all(y < year for y in ys):
        return "result"
    if all(y > year for y in ys):
        return "target"
    return None


def _identity_tokens(q: Question, corpus: Corpus, plan: Plan, name: str) -> frozenset[str]:
    """The question's query tokens that the plan's name holds (read once per question and plan)."""
    memo = q.__dict__.setdefault("_identity_tokens", {})
    got = memo.get(plan.id)
    if got is None:
        got = memo[plan.id] = frozenset(corpus.tokens_held(q.query_tokens, name))
    return got


def name_of(corpus: Corpus | None, plan: Plan) -> str:
    """How a plan names itself (region, title, author, issuer), in the form the support test matches in, read once per plan."""
    got = plan.__dict__.get("_name")
    if got is None:
        from ..structure.metadata import told_speaker

        got = plan.__dict__["_name"] = _norm(normalize("\n".join(x for x in (plan.region, plan.title, _told(plan), plan.author, told_speaker(plan), plan.issuer) if x)))
    return got


# a year: "2027年", "二〇二七年", or a year of the Republic of China calendar in a Taiwan text ("104 年")
_YEAR_FIGURE = patterns.compile(r"(?:19|20)[0-9]{2}(?=\s*年)|[一二〇零][〇零一二三四五六七八九]{3}(?=年)|(?<![0-9.,])1[0-9]{2}(?=\s*年)")
_FIGURE = patterns.compile(r"[一二三四五六七八九十]+分之[一二三四五六七八九十]+|[0-9]+(?:\.[0-9]+)?|(?!一(?:批|些|系列|揽子|体|次性|个(?![0-9零〇一二两三四五六七八九十百千万亿])))[零〇一二两三四五六七八九十百千万亿]+(?=\s*(?:[个条项家人处座所倍成次批类种户元岁名位台套辆艘架颗发]|万|亿|年半))")
_DATE_FIGURE = patterns.compile(r"(?<![0-9.])(?:1[0-2]|0?[1-9])\s*月(?!份)(?:\s*(?:(?:[12][0-9]|3[01]|0?[1-9])\s*日|底|末|初|上旬|中旬|下旬))?")  # (a month alone too: "8月建成")
# (passages are matched with their spaces taken out: "2017-05-15 10:49" is "2017-05-1510:49")
_ISO_DATE = patterns.compile(r"(?<![0-9])(?:19|20)[0-9]{2}[-/.](?:1[0-2]|0?[1-9])[-/.](?:[12][0-9]|3[01]|0?[1-9])(?=[^0-9]|$|[0-9]{1,2}:)")
_YEARS_LONG = patterns.compile(r"(?<![零〇一二两三四五六七八九十])[一二两三四五六七八九十百]+(?=\s*(?:个)?年)")  # 三十年, 五年 (a year in numerals, 二〇二七年, has 〇 or 零)
# what is not an answer's quantity: a year ("2023年", "2023—2025", "〔2023〕"), a list label ("7.", "（七）", "(3)"),
# a document number ("19号"), a day of a date ("7月1日")
_NOT_QUANTITY = patterns.compile(
    r"(?<![0-9])(?:19|20)[0-9]{2}(?=\s*(?:年|[—\-–~～至/]\s*(?:19|20)?[0-9]{2}|〕|\]|】))|(?<=[〔\[【])(?:19|20)[0-9]{2}"
    r"|(?:^|(?<=[\s（(]))[0-9]{1,3}(?=[.．、)）](?![0-9]))|(?<=〕)[0-9]+(?=号)|(?<![0-9.])[0-9]{1,2}(?=\s*月\s*[0-9]{1,2}\s*日)|(?<=月)\s*[0-9]{1,2}(?=\s*日)")


def answer_figures(text: str, *, wanted_year: bool = False, duration: bool = False, date: bool = False) -> set[str]:
    """The figures in ``text`` that could answer a question: years ("2027年") when it asks which year,
    and days and months of the year too ("5月11日", "6月底") when it asks when (``date``); else
    quantities, every number but a year, a list label, a document number or a date; and for a
    question that asks how many years (``duration``), a number of years in Chinese numerals too
    ("再延长三十年": elsewhere 三年 is as often a plan's name, 三年行动, as an answer)."""
    if wanted_year:
        years = set(_YEAR_FIGURE.findall(text))
        if not date:
            return years
        # (a date as a page's fields write it, "发布日期：2017-05-15")
        return years | {re.sub(r"\s+", "", d) for d in _DATE_FIGURE.findall(text)} | set(_ISO_DATE.findall(text))
    blank = _NOT_QUANTITY.sub(lambda m: " " * len(m.group()), text)
    found = set(_FIGURE.findall(blank))
    return found | set(_YEARS_LONG.findall(blank)) if duration else found


class _Asked:
    """What the support test reads of a question, whatever the passage: its exact and soft terms,
    their weights, what counts as a figure of the answer, and the features that do not depend on the hit."""

    def __init__(self, q: Question):
        self.exact = [t for t in q.terms if t.required]
        said = [t for t in q.terms if not t.required]
        # the words a passage is weighed by: not those that are only the question's wording (Term.phrasing)
        self.soft = soft = [t for t in said if not t.phrasing]
        self.total = sum(t.weight for t in soft)
        self.kinds = [t for t in soft if t.category]
        top = max((t.weight for t in soft), default=0.0)
        self.top = [t for t in soft if t.weight >= top - 1e-6]
        self.best = max(q.best_score, 1e-9)
        self.asked = {a for t in q.terms if t.required for a in t.alternatives}
        self.years = {int(x) for x in self.asked if _YEAR.fullmatch(x)}  # the years the question names
        self.short = 1.0 / (1.0 + len(soft))
        self.absent = sum(t.absent for t in said) / len(said) if said else 0.0
        self.absent_things = sum(t.absent and not t.phrasing for t in said) / len(said) if said else 0.0
        self.unknown = len(q.unknown) / (len(q.unknown) + len(soft)) if q.unknown else 0.0
        self.change = _change_asked(q)
        self.dimension = asked_dimension(q)
        plain = normalize(unicodedata.normalize("NFKC", q.text)) if q.wants_number else ""
        # "多少连丰", "几连冠": a count of what the question names after 多少, which a passage writes in numerals (二十二连丰)
        m = _COUNTED_ASKED.search(plain) if plain else None
        self.counted = re.compile(rf"[零〇一二两三四五六七八九十百千万0-9]+{re.escape(m.group(1))}") if m else None
        # a word that names what the asked figure measures (装机, 面积, 比例) is said by a figure in its unit,
        # where the question names no unit ("多少万千瓦装机容量": there the word tells one figure of the unit from another)
        self.measured = {t.alternatives: _MEASURED[w] for t in soft for w in t.alternatives[:1] if w in _MEASURED} \
            if plain and not _UNIT_ASKED.search(plain) else {}


# the unit a question asks its figure in ("多少处", "几家", "多少亿元"); a share asked ("多少比例", "占比多少",
# "what share"), and how a passage gives one
_UNIT_ASKED = patterns.compile(r"(?:多少|几)(万元|亿元|万人次|人次|万人|万吨|万亩|平方公里|平方米|公里|千米|小时|分钟|个月|周岁|[个项家处座所人名户元亿万吨亩辆套张条批次倍天年月伙间台艘架颗发种类岁])")
_PERCENT_ASKED = patterns.compile(r"(?:增速|增幅|涨幅|降幅|增长率)(?:各|分别)?(?:是|为)?(?:多少|几)|比例|占比|比重|百分之|百分比|what share|what proportion|what percentage|how many percent")
_PERCENT_SAID = patterns.compile(r"[0-9０-９]\s*(?:%|％)|百分之|[二三四五六七八九十]分之[一二三四五六七八九]")  # (a share as a fraction: 三分之一)


def asked_unit(q: Question) -> re.Pattern[str] | patterns.Pattern | None:
    """How a figure in the unit the question asks for is written ("多少处" → "361处"; "多少比例" → "70%"),
    or None when it asks for no figure or names no unit."""
    if not q.wants_number:
        return None
    asked = normalize(unicodedata.normalize("NFKC", q.text))
    m = _UNIT_ASKED.search(asked)
    if m:
        return re.compile(rf"[0-9０-９零〇一二两三四五六七八九十百千万亿]\s*(?:万|亿)?\s*{re.escape(m.group(1))}")
    return _PERCENT_SAID if _PERCENT_ASKED.search(asked) else None


# What a unit measures: a question's unit and its answer's may differ (多少个 → 5家, 多少天 → 5个工作日,
# 多少万吨 → 1600亿斤) but not what they measure (多少亿元 is not answered by 增长4.8%)
_DIMENSIONS = (
    "元", "人|名|人次", "个|项|家|处|座|所|户|辆|套|张|条|批|次|台|艘|架|颗|发|种|类|间|伙|只|件|本|部|栋|幢|支|班",
    "亩|平方公里|平方千米|平方米|公顷", "吨|斤|公斤|千克", "公里|千米|米", "天|日|小时|分钟|个月|月|年|周岁|岁|周", "倍",
)
_PERCENT_OR_POINTS = patterns.compile(_PERCENT_SAID.pattern + r"|百分点")  # (a share, or a change of one in points)


def _figure_of(family: str) -> re.Pattern[str]:
    """How a passage writes a figure in one of a dimension's units ("5家", "1.2万亿元", "5个工作日")."""
    return re.compile(rf"[0-9０-９零〇一二两三四五六七八九十百千万亿]\s*(?:万|亿|千|百)?\s*(?:个)?(?:工作)?(?:{family})")


def asked_dimension(q: Question) -> re.Pattern[str] | patterns.Pattern | None:
    """How a passage writes a figure of what the question's unit measures ("多少家" → a count: 5家,
    3所; "多少亿元" → money; "多少比例" → a share: 70%, 2个百分点), or None when it asks for no figure or
    names no unit (多少万, 多少)."""
    if not q.wants_number:
        return None
    asked = normalize(unicodedata.normalize("NFKC", q.text))
    m = _UNIT_ASKED.search(asked)
    if m:
        unit = m.group(1)
        if unit == "个" and re.match(r"百分点", asked[m.end():]):
            return _PERCENT_OR_POINTS  # 几个百分点
        base = unit[1:] if unit[:1] in "万亿" and len(unit) > 1 else unit
        family = next((f for f in _DIMENSIONS if base in f.split("|")), None)
        if family is None:
            return None
        return _figure_of(family)
    if _MONEY_ASKED.search(asked):  # "给予多少奖励", "补贴多少钱": an amount of money
        return _figure_of(_DIMENSIONS[0])
    if _RATE_ASKED.search(asked):  # "床位使用率是多少": a rate, said in % or ‰ (or a change of it in points)
        return _RATE_SAID
    return _PERCENT_OR_POINTS if _PERCENT_ASKED.search(asked) else None


# a rate asked for ("使用率是多少", "覆盖率要达到多少", "出生率为多少"), not one of the rates said in other units
# (效率, 频率, 汇率, 容积率, 功率, 速率)
_RATE_ASKED = patterns.compile(r"(?<!效|频|汇|积|功|速)率(?:各|分别)?(?:是|为|要|将|能|可)?(?:达到|提高到|提升到|控制在|保持在)?(?:多少|几)")
_RATE_SAID = patterns.compile(_PERCENT_OR_POINTS.pattern + r"|[0-9０-９]\s*‰")


# Words that name what a figure measures, and how a passage writes a figure of it: "装机规模各是多少" is
# answered by "开工1600万千瓦", "面积多少" by "12平方公里", "比例" by "30%"
_MEASURED_UNITS = {
    "装机": "千瓦|瓦|kW|KW", "装机容量": "千瓦|瓦|kW|KW", "面积": _DIMENSIONS[3], "占地": _DIMENSIONS[3], "用地": _DIMENSIONS[3],
    "金额": _DIMENSIONS[0], "资金": _DIMENSIONS[0], "经费": _DIMENSIONS[0], "人数": _DIMENSIONS[1], "人口": _DIMENSIONS[1],
    "里程": _DIMENSIONS[5], "长度": _DIMENSIONS[5], "产量": _DIMENSIONS[4], "期限": _DIMENSIONS[6], "时限": _DIMENSIONS[6],
    "年限": _DIMENSIONS[6], "时长": _DIMENSIONS[6], "数量": _DIMENSIONS[2], "个数": _DIMENSIONS[2],
}
_MEASURED = {w: _figure_of(f) for w, f in _MEASURED_UNITS.items()} | {
    w: _PERCENT_SAID for w in ("比例", "占比", "比重", "份额", "比率", "增速", "增幅", "涨幅", "降幅", "增长率")}


_COUNTED_ASKED = patterns.compile(r"(?:多少|几)(连[\u4e00-\u9fff]|[\u4e00-\u9fff]{2}(?=[？?，,。]|$))")


# an amount of money asked by what it is ("多少奖励", "多少补贴", "多少钱"), not by its unit
_MONEY_ASKED = patterns.compile(r"(?:多少|几)[\u4e00-\u9fff]{0,2}?(?:钱|资金|经费|奖励|补贴|补助|资助|奖金|金额|费用|租金|投资|投入|产值|营收|销售额|税收|融资|贷款)")


# A change asked by how much ("增长了多少", "下降多少", "提高了几个百分点"; not "提高到多少", a level), and the
# words a passage says a change of that way with (a figure after them, not after 至/到: "提升至7.6万元" is a level)
_CHANGE_ASKED = patterns.compile(r"(增长|增加|提高|提升|上升|扩大|下降|减少|降低|回落|压减|缩小)了?(?:多少|几)")
_UP = "增长|增加|提高|提升|上升|扩大|增速|增幅|增量|多增|新增|翻"
_DOWN = "下降|减少|降低|回落|压减|缩小|降幅"


def _change_asked(q: Question) -> re.Pattern[str] | None:
    """How a passage says the change a Chinese question asks the size of ("增长了多少": 增长/提高… then a figure)."""
    if q.lang != "zh":
        return None
    m = _CHANGE_ASKED.search(normalize(q.text))
    if m is None:
        return None
    words = _DOWN if m.group(1) in _DOWN.split("|") else _UP
    return re.compile(rf"(?:{words})了?(?![至到])[^，。；,;]{{0,10}}?[0-9零一二两三四五六七八九十百]")


def _asked_of(q: Question) -> _Asked:
    """The :class:`_Asked` of a question, read once (kept beside the question's fields)."""
    a = q.__dict__.get("_asked")
    if a is None:
        a = q.__dict__["_asked"] = _Asked(q)
    return a


def identity_of(corpus: Corpus | None, plan: Plan) -> str:
    """What ``plan`` says of itself (:func:`_identity`) in the form the support test matches in, read once per plan."""
    ident = plan.__dict__.get("_identity")
    if ident is None:
        ident = plan.__dict__["_identity"] = _norm(_identity(plan))  # a frozen dataclass: kept beside its cached properties
    return ident


def prepare(plan: Plan) -> None:
    """Read now what every question needs of ``plan`` (the contexts of its sentences, its identity
    and its name), as a corpus is indexed, so that the first question to touch the plan pays no
    more for it than a repeat does. Each is read once per plan object; answers are the same
    whether or not it was prepared."""
    from ..structure.sections import contexts

    contexts(plan)
    identity_of(None, plan)
    name_of(None, plan)


@dataclass(frozen=True)
class Answerability:
    """A logistic model over :data:`FEATURES`: the probability that a passage answers a question;
    a question is answered when its best passage reaches ``threshold``. Fitted on the seed and
    dev questions (``evals/fit_answerability.py``), never on test; shipped as
    ``policyqa/retrieval/answerability.json`` with how it was fitted."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    regions_threshold: float  # for a plan's best passage, in a "which regions" question
    version: str = ""

    def probability(self, x: Sequence[float]) -> float:
        import math

        z = self.bias + sum(w * v for w, v in zip(self.weights, x))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


_MODEL: Answerability | None = None


def answerability() -> Answerability:
    """The shipped answerability model (loaded once)."""
    global _MODEL
    if _MODEL is None:
        import json
        from importlib.resources import files

        d = json.loads(files("policyqa.retrieval").joinpath("answerability.json").read_text(encoding="utf-8"))
        if tuple(d["features"]) != FEATURES:
            raise RuntimeError("policyqa/retrieval/answerability.json was fitted on other features; refit it (evals/fit_answerability.py)")
        _MODEL = Answerability(tuple(d["weights"]), float(d["bias"]), float(d["threshold"]), float(d.get("regions_threshold", d["threshold"])), str(d.get("version", "")))
    return _MODEL


def _contains(text: str, needle: str) -> bool:
    if _YEAR.fullmatch(needle):  # a year the passage names as one (2030年, 2024-2030), not a name holding it ("2030启航计划")
        return any(m.group() == needle for m in _NAMED_YEAR.finditer(text))
    if _NUMBER.fullmatch(needle):
        return re.search(rf"(?<![0-9.]){re.escape(needle)}(?![0-9]|\.[0-9])", text) is not None
    return needle in text


def _year_of_plan(needle: str, window: str, identity: str) -> bool:
    """A year the question names is the plan's own (its title, date or opening name it) and the passage names no other."""
    if not _YEAR.fullmatch(needle) or not _contains(identity, needle):
        return False
    return not any(y != needle for y in _own_years(window))


def _year_by_structure(needle: str, window: str, identity: str, hit: Hit) -> bool:
    """A year the question names that the passage does not write is still its year when the part
    of the plan it stands in speaks of that year ("今年主要预期目标" in the 2024 report, a review
    of 2023: :mod:`policyqa.structure.sections`), or, where the structure says no year, when it is the
    plan's own year and the passage names no other."""
    if not _YEAR.fullmatch(needle):
        return False
    from ..structure.sections import context_at

    context = context_at(hit.plan, hit.passage.clean_start)
    if context.year is not None:
        return context.year == int(needle)
    if context.several:
        return False  # a review of five years: a year is the passage's only where it writes it
    return _year_of_plan(needle, window, identity)


_SPACE = patterns.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text).lower())


def _lead(hit: Hit) -> str:
    """The passage's section headings, its paragraph's first sentence (often a headline) and the sentence before it."""
    plan, p = hit.plan, hit.passage
    parts = list(p.section)
    if p.parent is not None and 0 <= p.parent < len(plan.passages):
        par = plan.passages[p.parent]
        simp = _plan_simplified(plan)[par.clean_start - plan.clean_start : par.clean_end - plan.clean_start]
        m = re.match(r"[^。！？；!?;]*", simp)
        parts.append(m.group() if m else "")
    prev = plan.passages[p.index - 1] if 0 < p.index <= len(plan.passages) else None
    if prev is not None and prev.kind == p.kind and prev.parent == p.parent:
        parts.append(_plan_simplified(plan)[prev.clean_start - plan.clean_start : prev.clean_end - plan.clean_start])
    return normalize("\n".join(parts))


def _identity(plan: Plan) -> str:
    """What a plan says of itself: region, title, author; when its region is unknown, its opening
    lines without the places they name (a roundup's opening names every province it goes on to:
    none of them is the plan's, and a question naming one must find a passage that does)."""
    head = plan.text.lstrip()[: 80 if plan.region else 300]
    if not plan.region:
        from ..reading.scripts import to_simplified
        from ..structure.regions import find_regions

        simple = to_simplified(head)  # (same length: the mentions' offsets are the head's)
        for m in reversed(find_regions(simple)):
            head = head[: m.start] + " " + head[m.end :]
    from ..structure.metadata import told_speaker

    return normalize("\n".join(x for x in (plan.region, plan.title, _told(plan), plan.author, told_speaker(plan), plan.date, head) if x))


def _told(plan: Plan) -> str | None:
    """The title of the plan a news post gives an account of, when it is not the post's own (its headline)."""
    from ..structure.metadata import told_title

    t = told_title(plan)
    return t if t and t != plan.title else None


_BOOK_TITLE = patterns.compile(r"《([^《》\n]{4,80})》")


def _reported_titles(plan: Plan) -> list[str]:
    """The documents a news post's opening names (《…》): the plan it gives an account of, which its
    title (the post's headline) does not name."""
    from ..structure.metadata import fm_post

    got = plan.__dict__.get("_reported")
    if got is None:
        got = [] if plan.clean_start > 0 or not fm_post(plan.document) else [_norm(normalize(t)) for t in _BOOK_TITLE.findall(plan.text[:600])[:3]]
        plan.__dict__["_reported"] = got
    return got


def retrieve(question: str, corpus: Corpus, *, k: int = 50) -> list[Hit]:
    """The passages that best answer ``question``, best first: scoped to the plans of a place it
    names, weighed by the answerability model, and de-nested (a sentence inside a chosen item or
    paragraph is not given again, nor its paragraph once the sentence is chosen). An English
    question is searched with its Chinese words."""
    q = parse(question, corpus)
    ranked = [s.hit for s in sorted(candidates(q, corpus, k=k), key=lambda s: (-s.probability, -s.hit.score))]
    scope = scope_of(q, corpus)
    if scope is None or scope:  # then the rest of what the search finds, in its order: the caller's budget decides
        ranked += corpus.search(q.query or question, k=k, plans=scope)
    out: list[Hit] = []
    taken: list[tuple[str, int, int]] = []
    for h in ranked:
        a, b = h.passage.clean_start, h.passage.clean_end
        if any(pid == h.plan.id and (x <= a and b <= y or a <= x and y <= b) for pid, x, y in taken):
            continue
        taken.append((h.plan.id, a, b))
        out.append(h)
    return out
