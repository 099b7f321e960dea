"""Cited answers with no model: search, a support test, and the clause that answers.

:func:`answer` takes a question (Chinese in either script, or English through a small
glossary) and a :class:`~policyqa.corpus.Corpus` (or plans), and returns an
:class:`~policyqa.models.Answer` whose text is the clause or sentence that answers it, with
a citation to that exact span; for "哪些地方/哪些城市/which regions …" questions, the list
of plans (by region) whose passages support it, each cited. When no passage supports the
question it abstains (``文中未提及`` / ``The plans do not say.``) rather than return the
nearest sentence.

Support, per passage (all in simplified script, full/half width folded):

- every number and year in the question occurs in the passage (as a whole number);
- every quoted phrase ("高校+平台+企业+产业链", 3+1+1) occurs in it;
- the question's key words (jieba words, without question words such as 哪些/什么/多少
  and generic ones such as 推动/发展/建设) are covered, weighted by rarity (idf), at least
  :data:`MIN_COVERAGE`, and the rarest key word(s) are among those covered; a key word may be
  covered by the passage, the sentence before it, the first sentence of its paragraph, its
  section headings, or the plan's own identity (region, title, author; the opening lines when
  the region is unknown); a place the question names scopes the search to the plans of that
  region when the corpus knows their regions;
- its BM25 score is at least :data:`MIN_RELATIVE_SCORE` of the best score the query could get.

English questions: only words in :data:`GLOSSARY` (common policy terms and region names) are
understood; any other content word is a key word no Chinese passage can cover, so the engine
abstains rather than guess. Quotes stay in the source's words and script.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

from .citations import cite, verify
from .corpus import Corpus, Hit, _jieba, _plan_simplified, normalize
from .models import ABSTAIN_EN, ABSTAIN_ZH, Answer, Citation
from .plan import Plan

ENGINE = "offline"
MIN_COVERAGE = 0.75
MIN_RELATIVE_SCORE = 0.2
MAX_LISTED = 30

QUESTION_WORDS = frozenset(
    "哪些 哪个 哪家 哪位 哪一年 哪年 哪里 哪儿 哪 什么 多少 几 几个 第几 如何 是否 怎样 怎么 有没有 有无 为何 为什么 吗 呢 叫 叫做 名字 名称 "
    "是 的 了 要 对 为 把 被 在 到 和 与 及 或 等 将 其 该 之 有 个 项 条 家 名 人 年 "
    "方向 领域 地方 城市 地区 区县 县市 提到 提及 提出 说 讲 关于 对于 针对 有关 相关 方面 内容 情况 具体 主要 哪些地方 哪些城市".split()
)
GENERIC_WORDS = frozenset(
    "推动 发展 建设 加快 推进 实施 开展 进行 实现 目标 计划 工作 措施 举措 要求 达到 今年 全年 提升 加强 提高 促进 积极 大力 全面 "
    "深入 力争 确保 哪些 新增 增长 规模 水平 任务 重点 打造 超过 超 突破 以上 以内 左右 不低于 达 累计 全市 全省 模式 做法".split()
)
_REGION_Q = re.compile(r"哪(?:些|几个)(?:地方|城市|地区|区县|县市|市县|县区|省份|省|市|区|县|规划|方案|文件)")
_REGION_Q_EN = re.compile(r"\b(?:which|what)\s+(?:regions?|cities|city|places?|plans?|provinces?|counties|districts?|areas?|localities)\b")
_NUMBER_Q = re.compile(r"多少|几[个项家条年]|哪一?年|何时|比例|增速|how (?:many|much)|what year|which year|when")
_YEAR_Q = re.compile(r"哪一?年|何时|what year|which year|when")
_QUOTED = re.compile(r"[\"'“‘「『]([^\"'“”‘’「」『』]{1,40})[\"'”’」』]")
_FORMULA = re.compile(r"[0-9a-z]+(?:\s*\+\s*[0-9a-z]+)+")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?]")
_REGION_SUFFIX = re.compile(r"(?:[\u4e00-\u9fff]{1,2}族)?(?:自治县|自治州|自治区|新区|市|区|县|省)$")

# A small bilingual glossary: English policy terms and region names → Chinese alternatives.
GLOSSARY: dict[str, tuple[str, ...]] = {
    "china-europe railway express": ("中欧班列",), "china-europe freight train": ("中欧班列",), "china-europe rail": ("中欧班列",),
    "cross-border e-commerce": ("跨境电商",), "e-commerce": ("电商",), "express delivery": ("快递",),
    "artificial intelligence": ("人工智能",), "ai": ("人工智能", "ai"), "logistics": ("物流",), "gdp": ("gdp", "生产总值"),
    "new quality productive forces": ("新质生产力",), "digital economy": ("数字经济",), "low-altitude economy": ("低空经济",),
    "high-tech enterprises": ("高新技术企业",), "high-tech enterprise": ("高新技术企业",), "foreign investment": ("外资",),
    "foreign trade": ("外贸",), "exports": ("出口",), "export": ("出口",), "imports": ("进口",), "import": ("进口",),
    "manufacturing": ("制造业",), "talent": ("人才",), "talents": ("人才",), "innovation": ("创新",), "technology": ("科技",),
    "science": ("科技", "科学"), "enterprises": ("企业",), "enterprise": ("企业",), "companies": ("企业",), "company": ("企业",),
    "industry chain": ("产业链",), "industrial chain": ("产业链",), "industry": ("产业",), "industries": ("产业",),
    "carbon": ("碳",), "green": ("绿色",), "tourism": ("旅游",), "culture": ("文化",), "education": ("教育",),
    "healthcare": ("医疗",), "elderly care": ("养老",), "childcare": ("托育",), "fund": ("基金",), "funds": ("基金",),
    "finance": ("金融",), "financial": ("金融",), "port": ("港",), "railway": ("铁路",), "tunnel": ("隧道",), "subway": ("地铁",),
    "metro": ("地铁",), "airport": ("机场",), "hydrogen": ("氢能",), "patent": ("专利",), "patents": ("专利",),
    "population": ("人口",), "revenue": ("收入",), "income": ("收入",), "investment": ("投资",), "fiscal": ("财政",),
    "textile": ("纺织",), "textiles": ("纺织",), "shipbuilding": ("船舶",), "ships": ("船舶",), "robots": ("机器人",),
    "volume": ("量",), "rate": ("率",), "output": ("产值",), "output value": ("产值",), "pilot": ("试点",), "platform": ("平台",),
    "lanxi": ("兰溪",), "ma'anshan": ("马鞍山",), "maanshan": ("马鞍山",), "jinhua": ("金华",), "lanzhou new area": ("兰州新区",),
    "lanzhou": ("兰州",), "yiwu": ("义乌",), "keqiao": ("柯桥",), "qiantang": ("钱塘",), "yuhang": ("余杭",), "dinghai": ("定海",),
    "jingning": ("景宁",), "kecheng": ("柯城",), "beilun": ("北仑",), "hangzhou": ("杭州",), "ningbo": ("宁波",),
    "zhejiang": ("浙江",), "anhui": ("安徽",), "gansu": ("甘肃",), "shanghai": ("上海",), "beijing": ("北京",),
    "hong kong": ("香港",), "baotou": ("包头",), "yichun": ("宜春",), "nanjing": ("南京",), "hefei": ("合肥",),
    "yangtze river delta": ("长三角",),
}
EN_STOP = frozenset(
    "what which who whom whose when where why how is are was were be been do does did the a an of in on at by for to from with and or "
    "as that this these those it its there their they mention mentions mentioned say says said plan plans regions region cities city "
    "places place many much target targets goal goals set sets aim aims year years s 's new any all about under has have had will would "
    "should can could per cent percent number".split()
)


@dataclass(frozen=True)
class Term:
    """A key term of a question: alternatives (any one counts), a weight, and whether it must appear."""

    alternatives: tuple[str, ...]
    weight: float
    required: bool = False
    parts: tuple[str, ...] = ()  # shorter words that together spell the first alternative (粮食产量 → 粮食, 产量)

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


@dataclass(frozen=True)
class Support:
    hit: Hit
    coverage: float
    relative: float
    coord: float  # the share of the query's distinct tokens the passage holds
    covered: tuple[str, ...]


def answer(question: str, plans_or_corpus: Corpus | Plan | Sequence[Plan], *, lang: str = "zh", k: int = 50) -> Answer:
    """Answer ``question`` from the passages of one plan, several, or a corpus; abstain when none supports it.

    The abstention reads "文中未提及", or "The plans do not say." for an English question or
    ``lang="en"``; answers quote the plans in their own words. ``k`` is how many search hits
    are tested for support (at least 200 for "which regions" questions).
    """
    corpus = as_corpus(plans_or_corpus)
    q = parse(question, corpus)
    english = lang == "en" or q.lang == "en"
    abstain = Answer(question=question, answer=ABSTAIN_EN if english else ABSTAIN_ZH, abstained=True, engine=ENGINE)
    if q.unknown or not q.terms:  # nothing the question asks about that a passage could support
        return abstain
    scope = corpus_plans_of(corpus, q.places) if q.places else None
    if scope is not None and not scope:
        return abstain
    hits = corpus.search(q.query, k=max(k, 200) if q.regions else k, plans=scope)
    supported = [s for s in (support(q, h, corpus) for h in hits) if s is not None]
    if not supported:
        return abstain
    if q.regions:
        return _regions_answer(question, q, supported)
    best = max(supported, key=_rank)
    text, cit = _clause(q, best.hit)
    return Answer(question=question, answer=text, abstained=False, citations=[cit], engine=ENGINE)


def _rank(s: Support) -> tuple[float, float, float]:
    """Best answer first: key-word coverage, then the share of query tokens held, then BM25."""
    return (round(s.coverage, 3), round(s.coord, 3), s.hit.score)


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
    short = _REGION_SUFFIX.sub("", full)
    return (full, short) if len(short) >= 2 and short != full else (full,)


def corpus_plans_of(corpus: Corpus, places: Iterable[str]) -> list[Plan]:
    """The plans whose region is one of ``places`` (given in any of :func:`region_names`'s forms)."""
    wanted = set(places)
    return [p for p in corpus.plans if wanted & set(region_names(p.region))]


# -- reading the question ----------------------------------------------------------------------
def parse(question: str, corpus: Corpus) -> Question:
    """Key terms, numbers, quoted phrases, places and the kind of a question."""
    raw = unicodedata.normalize("NFKC", question).strip()
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in raw)
    letters = sum(c.isascii() and c.isalpha() for c in raw)
    lang = "en" if letters > cjk else "zh"
    text = normalize(raw)
    unknown: list[str] = []
    if lang == "en":
        text, unknown = _from_english(text)
        regions = bool(_REGION_Q_EN.search(normalize(raw)))
        wants_number = bool(_NUMBER_Q.search(normalize(raw)))
        wants_year = bool(_YEAR_Q.search(normalize(raw)))
    else:
        regions = bool(_REGION_Q.search(text))
        wants_number = bool(_NUMBER_Q.search(text))
        wants_year = bool(_YEAR_Q.search(text))
    query = text
    terms: list[Term] = []
    rest = text
    # places the corpus knows (longest first), removed from the key words
    names = sorted({n for p in corpus.plans for n in region_names(p.region)}, key=len, reverse=True)
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
    for m in _FORMULA.finditer(rest):
        terms.append(Term((re.sub(r"\s+", "", m.group()),), 0.0, required=True))
    rest = _FORMULA.sub(" ", rest)
    for m in _NUMBER.finditer(rest):
        terms.append(Term((m.group(),), 0.0, required=True))
    rest = _NUMBER.sub(" ", rest)
    if lang == "en":
        words = [w for w in rest.split("|") if w.strip()]
        rest_words = [tuple(a for a in w.split("/") if a) for w in words]
    else:
        rest_words = [(w, w[:-1]) if re.fullmatch(r"[\u4e00-\u9fff]{2,}[市区县]", w) else (w,) for w in _jieba().lcut(rest, HMM=False)]
    for alts in rest_words:
        w = alts[0]
        if w in QUESTION_WORDS or w in GENERIC_WORDS or not re.search(r"[\u4e00-\u9fff]{2}|[a-z]{2}", w):
            continue
        terms.append(Term(alts, _weight(corpus, alts), parts=_parts(w) if lang == "zh" else ()))
    terms = _dedupe(terms)
    qtoks = corpus.tokens(query, query=True)
    best = sum(corpus.max_score(i) for i in corpus.token_ids(qtoks))
    return Question(question, lang, regions, wants_number, wants_year, query, tuple(terms), tuple(places), tuple(unknown), frozenset(qtoks), best)


def _parts(word: str) -> tuple[str, ...]:
    """jieba's shorter words inside ``word`` when together they cover every character of it, else ()."""
    if len(word) < 3:
        return ()
    parts = [(w, a, b) for w, a, b in _jieba().tokenize(word, mode="search", HMM=False) if w != word and len(w) >= 2]
    covered = set()
    for _, a, b in parts:
        covered.update(range(a, b))
    return tuple(dict.fromkeys(w for w, _, _ in parts)) if len(covered) == len(word) else ()


def _from_english(text: str) -> tuple[str, list[str]]:
    """Replace glossary phrases by their Chinese alternatives ("|"-separated, "/" between alternatives)."""
    text = re.sub(r"'s\b", " ", text.replace("’", "'"))
    for phrase in sorted(GLOSSARY, key=len, reverse=True):
        text = re.sub(rf"(?<![a-z']){re.escape(phrase)}(?![a-z])", "|" + "/".join(GLOSSARY[phrase]) + "|", text)
    unknown = []
    kept = []
    for part in text.split("|"):
        if re.search(r"[\u4e00-\u9fff]", part):
            kept.append(part.strip())
            continue
        for w in re.findall(r"[a-z][a-z'-]*|[0-9]+(?:\.[0-9]+)?", part):
            if re.fullmatch(r"[0-9.]+", w):
                kept.append(w)
            elif w not in EN_STOP:
                unknown.append(w)
    return "|".join(kept), unknown


def _weight(corpus: Corpus, alternatives: tuple[str, ...]) -> float:
    """A word's rarity: the highest idf among its tokens (an upper bound of the word's own idf)."""
    best = 0.0
    for a in alternatives:
        toks = corpus.tokens(a) or [a]
        w = min(corpus.idf(t) for t in toks) if corpus.tokenizer == "jieba" else max(corpus.idf(t) for t in toks)
        best = max(best, w)
    return best


def _dedupe(terms: list[Term]) -> list[Term]:
    seen, out = set(), []
    for t in terms:
        if t.alternatives not in seen:
            seen.add(t.alternatives)
            out.append(t)
    return out


# -- the support test --------------------------------------------------------------------------
def support(q: Question, hit: Hit, corpus: Corpus) -> Support | None:
    """The Support of one hit for the question, or None when it does not support it."""
    window = _norm(hit.simplified)
    extra = _norm(_lead(hit)) + "\n" + _norm(_identity(hit.plan))
    ident = _norm(_identity(hit.plan))
    for t in q.terms:
        if t.required and not any(_contains(window, a) or _year_of_plan(a, window, ident) for a in t.alternatives):
            return None
    soft = [t for t in q.terms if not t.required]
    covered = [t for t in soft if t.found_in(window, extra)]
    total = sum(t.weight for t in soft)
    coverage = sum(t.weight for t in covered) / total if total else 1.0
    if soft:
        top = max(t.weight for t in soft)
        if coverage < MIN_COVERAGE or any(t.weight >= top - 1e-6 and t not in covered for t in soft):
            return None
    relative = hit.score / max(q.best_score, 1e-9)
    if relative < MIN_RELATIVE_SCORE:
        return None
    coord = len(q.query_tokens & set(corpus.tokens(hit.simplified))) / max(1, len(q.query_tokens))
    return Support(hit, coverage, relative, coord, tuple(t.alternatives[0] for t in covered))


def _contains(text: str, needle: str) -> bool:
    if _NUMBER.fullmatch(needle):
        return re.search(rf"(?<![0-9.]){re.escape(needle)}(?![0-9]|\.[0-9])", text) is not None
    return needle in text


def _year_of_plan(needle: str, window: str, identity: str) -> bool:
    """A year the question names is the plan's own (its title, date or opening name it) and the passage names no other."""
    if not _YEAR.fullmatch(needle) or not _contains(identity, needle):
        return False
    return not any(y != needle for y in _YEAR.findall(window))


def _norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"\s+", "", t)


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
    """What a plan says of itself: region, title, author; when its region is unknown, its opening lines."""
    head = plan.text.lstrip()[: 80 if plan.region else 300]
    return normalize("\n".join(x for x in (plan.region, plan.title, plan.author, plan.date, head) if x))


# -- the answer text ---------------------------------------------------------------------------
def _clause(q: Question, hit: Hit) -> tuple[str, Citation]:
    """The shortest run of clauses of the passage that holds the covered terms (and a number when asked)."""
    plan, p = hit.plan, hit.passage
    text = p.text
    simp = _norm_keep(hit.simplified)
    bounds = [0] + [m.end() for m in _CLAUSE_END.finditer(text)]
    if bounds[-1] != len(text):
        bounds.append(len(text))
    clauses = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if text[bounds[i] : bounds[i + 1]].strip()]
    if len(text) <= 60 or len(clauses) <= 1:
        start, end = 0, len(text)
    else:
        needles = [a for t in q.terms for a in t.alternatives]
        present = [n for n in needles if n in simp]

        def score(a: int, b: int) -> tuple[int, int, int]:
            seg = simp[clauses[a][0] : clauses[b][1]]
            hits = sum(1 for n in present if n in seg)
            number = 1 if (not q.wants_number or re.search(r"(?:19|20)[0-9]{2}年" if q.wants_year else r"[0-9]", seg)) else 0
            return (number, hits, -(clauses[b][1] - clauses[a][0]))

        a, b = max(((a, b) for a in range(len(clauses)) for b in range(a, len(clauses))), key=lambda ab: score(*ab))
        if not q.wants_number and b + 1 < len(clauses) and _ends_with_term(simp[clauses[a][0] : clauses[b][1]], present):
            b += 1  # the answer usually follows the words the question repeats
        start, end = clauses[a][0], clauses[b][1]
    seg = text[start:end]
    stripped = seg.rstrip("，,；;：: ")
    end = start + len(stripped)
    cs, ce = p.clean_start + start, p.clean_start + end
    c = cite(plan, cs, ce)
    if not verify(c, plan):  # never returns an unverifiable quote: fall back to the whole passage
        c = cite(plan, p.clean_start, p.clean_end)
    return c.quote, c


def _norm_keep(text: str) -> str:
    """Width-folded, lower-cased text of the same length (so offsets still align)."""
    out = []
    for ch in text:
        f = unicodedata.normalize("NFKC", ch).lower()
        out.append(f if len(f) == 1 else ch)
    return "".join(out)


def _ends_with_term(seg: str, present: list[str]) -> bool:
    body = seg.rstrip("，,；;：:。！？!? ")
    return any(body.endswith(n) for n in present)


def _regions_answer(question: str, q: Question, supported: list[Support]) -> Answer:
    best: dict[str, Support] = {}
    for s in supported:
        pid = s.hit.plan.id
        if pid not in best or _rank(s) > _rank(best[pid]):
            best[pid] = s
    order = sorted(best.values(), key=lambda s: (s.hit.plan.source, s.hit.plan.start))[:MAX_LISTED]
    lines, cits = [], []
    for s in order:
        text, c = _clause(q, s.hit)
        lines.append(f"{plan_label(s.hit.plan)}：{text}")
        cits.append(c)
    return Answer(question=question, answer="\n".join(lines), abstained=False, citations=cits, engine=ENGINE)


def plan_label(plan: Plan) -> str:
    """How an answer names a plan: its region, else its title, else its file name."""
    import os

    return plan.region or plan.title or os.path.basename(plan.source)
