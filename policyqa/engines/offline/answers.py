"""Cited answers with no model: search, a support test, and the clause that answers.

:func:`answer` takes a question (Chinese in either script, or English) and a :class:`~policyqa.retrieval.corpus.Corpus` (or plans), and returns an
:class:`~policyqa.models.Answer` whose text is the clause or sentence that answers it, with
a citation to that exact span; for "哪些地方/哪些城市/which regions …" questions, the list
of plans (by region) whose passages support it, each cited; for "which of these documents say X"
("…中，哪一份提出了X"), each plan asked X on its own and every one that says it listed. When no passage supports the
question it abstains (``文中未提及`` / ``The plans do not say.``) rather than return the
nearest sentence.

Which passages support a question, and how surely, is the retrieval layer's
(:mod:`policyqa.retrieval.questions`: key words, numbers, places, the answerability model); this module
turns the best of them into the answer text: the clause that holds what was asked (a figure
with its unit, a year, the list a clause introduces), or the regions whose plans say it.

English questions: each content word becomes the Chinese words CC-CEDICT (and a short list of
policy phrases, and the pinyin of the corpus's region names) gives for it that the corpus holds
(:mod:`policyqa.retrieval.glossary`); a content word with none is a key word no passage can cover, so
the engine abstains rather than guess. Quotes stay in the source's words and script.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Sequence

from ...citations import cite, verify
from ...retrieval.corpus import Corpus, Hit, normalize
from ...structure.metadata import told_speaker, told_title
from ...models import ABSTAIN_EN, ABSTAIN_ZH, Answer, Citation
from ...reading.clean import LABEL_START
from ...reading.scripts import to_simplified
from ...structure.numbers import _chinese_int
from ...structure.plan import Plan
from ...structure.passages import clause_bounds, is_field, is_heading
from ...structure.regions import find_regions
from ...retrieval.questions import SAYS_DEICTIC, TOWN_AND_COUNTRY, Question, Support, answerability, as_corpus, asked_unit, candidates, name_of, parse, scope_of, sub_questions
from ... import patterns

ENGINE = "offline"
MAX_LISTED = 30


def answer(question: str, plans_or_corpus: Corpus | Plan | Sequence[Plan], *, lang: str = "zh", k: int = 50) -> Answer:
    """Answer ``question`` from the passages of one plan, several, or a corpus; abstain when none supports it.

    The abstention reads "文中未提及", or "The plans do not say." for an English question or
    ``lang="en"``; answers quote the plans in their own words. ``k`` is how many search hits
    are weighed (at least 200 for "which regions" questions).
    """
    corpus = as_corpus(plans_or_corpus)
    if len(corpus.plans) > 1:  # a question about several plans' figures or authors (across.py)
        from .across import answer_across

        across = answer_across(question, parse(question, corpus), corpus)
        if across is not None:
            return across
    mentions = _which_mention(question, corpus, lang=lang, k=k)
    if mentions is not None:  # "这两份文件中，哪一份提出了与台湾合作的措施？": each document asked of on its own
        return mentions
    each = _each_place(question, corpus)
    if each is not None:  # "江苏、广东、四川的地区生产总值各增长了多少？": each place's plan answers for it
        return _labelled(question, [(name, _for_place(question, sub, name, corpus, lang=lang, k=k)) for name, sub in each])
    by_year = _each_document(question, corpus)
    if by_year is not None:  # "2011年到2013年三份政府工作报告对失业率分别定了什么目标？": each year's plan answers for it
        return _labelled(question, [(f"{y}年", answer(sub, one, lang=lang, k=k)) for y, sub, one in by_year])
    by_place = _each_region(question, corpus)
    if by_place is not None:  # "两地今年的城镇新增就业目标分别是多少？": each place's plan answers for it
        return _labelled(question, [(name, answer(sub, one, lang=lang, k=k)) for name, sub, one in by_place])
    weighed: Answer | None = None  # the question weighed whole, when that was done already
    if TOWN_AND_COUNTRY.search(to_simplified(unicodedata.normalize("NFKC", question))):
        # "城镇和农村居民…分别增长了多少": a plan that writes both as one (城乡居民…分别增长…) answers both at once
        weighed = _answer_one(question, corpus, lang=lang, k=k)
        if not weighed.abstained and "城乡" in to_simplified(weighed.answer):
            return weighed
    for items in _each_item(question) + _each_year(question):  # "住房补贴和交通补贴标准各是多少？": each item answered from its own passage, when each is
        answers_ = [answer(sub, corpus, lang=lang, k=k) for sub in items]
        if not any(a.abstained for a in answers_) and len({a.answer for a in answers_}) > 1:  # (one answer for both: the question weighed whole)
            cits = list({(c.plan_id, c.start, c.end): c for a in answers_ for c in a.citations}.values())
            return Answer(question=question, answer="\n".join(dict.fromkeys(a.answer for a in answers_)), abstained=False, citations=cits, engine=ENGINE)
    parts = sub_questions(question)
    if len(parts) > 1:  # "2025年是多少？2026年要达到多少？": each part answered from its own passage
        answers_ = [answer(p, corpus, lang=lang, k=k) for p in parts]
        found = [a for a in answers_ if not a.abstained]
        cits = list({(c.plan_id, c.start, c.end): c for a in found for c in a.citations}.values())
        text = "\n".join(dict.fromkeys(a.answer for a in found))
        if len(found) == len(answers_) and not _overlapping([a.answer for a in found]):
            return Answer(question=question, answer=text, abstained=False, citations=cits, engine=ENGINE)
        # a part not answered, or two parts answered by the same words (a later part read mostly by the words
        # carried into it from the first: "…实施大功率改造？今年新建…的目标是多少？"): the question weighed whole
        whole = weighed or _answer_one(question, corpus, lang=lang, k=k, parts=len(parts))
        if len(found) == len(answers_) and whole.abstained:
            return Answer(question=question, answer=text, abstained=False, citations=cits, engine=ENGINE)
        if whole.abstained and found and not any(_YES_NO.search(p) for p in parts):
            # some parts are answered and the question as a whole is not: those parts, and the others said not found
            english = lang == "en" or parse(question, corpus).lang == "en"
            lines = [a.answer if not a.abstained else f"{_CARRIED.sub('？', p)}：{ABSTAIN_EN if english else ABSTAIN_ZH}" for p, a in zip(parts, answers_)]
            cits = list({(c.plan_id, c.start, c.end): c for a in found for c in a.citations}.values())
            return Answer(question=question, answer="\n".join(dict.fromkeys(lines)), abstained=False, citations=cits, engine=ENGINE)
        return whole
    return weighed or _answer_one(question, corpus, lang=lang, k=k)


def _overlapping(texts: list[str]) -> bool:
    """Whether two answers say the same words, or one holds the other (a clause and its sentence)."""
    return any(i != j and a in b for i, a in enumerate(texts) for j, b in enumerate(texts))


def _labelled(question: str, answers_: list[tuple[str, Answer]]) -> Answer:
    """One answer of the answers for each place or year of a question ("江苏省：…" on a line each, every
    citation once); abstained when every one is (a single one as it is)."""
    if all(a.abstained for _, a in answers_):
        return answers_[0][1] if len(answers_) == 1 else Answer(question=question, answer=answers_[0][1].answer, abstained=True, engine=ENGINE)
    lines = [f"{name}：{a.answer}" for name, a in answers_]
    cits = list({(c.plan_id, c.start, c.end): c for _, a in answers_ for c in a.citations}.values())
    return Answer(question=question, answer="\n".join(lines), abstained=False, citations=cits, engine=ENGINE)


def _for_place(question: str, sub: str, name: str, corpus: Corpus, *, lang: str, k: int) -> Answer:
    """The answer for one place of a question asked of several (:func:`_each_place`): its part asked of
    the corpus; an English question (whose other places' names cannot be cut out of it) asked whole of
    the place's plans alone; and a part not answered, the whole question asked of the place's plans
    ("遂宁的…意见和常州的…规划，各由哪个部门制定？": of 遂宁's plan alone, who issued it)."""
    from ...retrieval.questions import corpus_plans_of

    one = Corpus(list(corpus_plans_of(corpus, [name])))
    if sub == question:
        return answer(question, one, lang=lang, k=k)
    got = answer(sub, corpus, lang=lang, k=k)
    return answer(question, one, lang=lang, k=k) if got.abstained else got


def _each_place(question: str, corpus: Corpus) -> list[tuple[str, str]] | None:
    """For a question that names several places whose plans are different ones and does not ask which
    of them ("江苏、广东、四川、湖北的地区生产总值各增长了多少？"): each place's name and the question
    about it alone (the other places' names, and the 、和与及 that join them, left out); else None."""
    from ...retrieval.questions import corpus_plans_of

    q = parse(question, corpus)
    if q.regions or len(q.places) < 2:
        return None
    plans = {n: tuple(p.id for p in corpus_plans_of(corpus, [n])) for n in q.places}
    if q.lang != "zh":  # "What … did Hainan and Xinjiang set": each place (its full name and its short one are one), the question whole
        named = {}
        for n in sorted(q.places, key=len, reverse=True):
            if plans[n] and plans[n] not in named.values() and not any(set(plans[n]) & set(v) for v in named.values()):
                named[n] = plans[n]
        return [(n, question) for n in named] if len(named) >= 2 and len(named) == len({v for v in plans.values() if v}) else None
    if len(set(plans.values())) < len(plans) or any(not v for v in plans.values()):
        return None  # a place within another's plan, or one name for two places: not one plan each
    text = unicodedata.normalize("NFKC", question)
    simple = to_simplified(text)
    order = sorted(q.places, key=lambda n: simple.find(n))
    if any(simple.find(n) < 0 for n in order):
        return None
    out = []
    for n in order:
        others = [m for m in order if m != n]
        sub = simple
        for m in sorted(others, key=len, reverse=True):  # with the joining word before it, else the one after it
            name = rf"{re.escape(m)}(?:省|市|区|县)?"
            sub = re.sub(rf"[、，,和与及跟同]{name}", "", sub) if re.search(rf"[、，,和与及跟同]{name}", sub) else re.sub(rf"{name}[、，,和与及跟同]?", "", sub)
        sub = re.sub(r"[两三四五六七八九十几]+(?:个)?(?:省份?|市|地|地区|城市|区县|县)(?:中|里|当中)?[，,]?", "", sub)
        # the documents the places are named with ("东莞和宁夏两篇报道各自…", "柳河县和浙江省的文件分别…"): of one
        # place, its plan; and 各自, 分别 ask nothing of one
        sub = re.sub(rf"({re.escape(n)}(?:省|市|区|县)?)的?(?:[两三四五六七八九十几]+[份篇个])?的?(?:报道|报告|文件|材料|通报)(?:中|里)?", r"\1", sub, count=1)
        sub = re.sub(r"各自|分别", "", sub)
        out.append((n, sub))
    return out


# "…中，哪些提到了新型研发机构？", "这两份文件中，哪一份提出了与台湾合作的措施？": which of the documents say a thing
_WHICH_MENTION = patterns.compile(r"哪(?:些|一?份|一?篇|几份|几篇|个文件|些文件|些报道|些材料)(?:的?(?:材料|报道|报告|文件|通知|意见|方案))?"
                                  r"(?:里|中)?(?:也|都|还)?(?:提到|提及|涉及|说到|讲到|写到|谈到|谈及|提出|部署|关注)了?(?P<thing>[^？?。，,]{2,40})")
_WHICH_MENTION_EN = patterns.compile(r"\bwhich\s+(?:of\s+(?:the|these|those|both)\s+(?:[a-z]+\s+)?(?:documents|plans|reports|texts|articles|posts|files)\s+|"
                                     r"(?:documents?|plans?|reports?|texts?|articles?|posts?|files?|ones?)\s+)"
                                     r"(?:also\s+)?(?:mentions?|discuss(?:es)?|refers?\s+to|talks?\s+about|sets?\s+out|proposes?)\s+(?P<thing>[^?]{3,120})", re.I)


def _which_mention(question: str, corpus: Corpus, *, lang: str, k: int) -> Answer | None:
    """For a question that asks which of several documents say a thing ("哪些提到了X", "哪一份提出了X"):
    each plan that says it on its own (the thing asked of that plan alone, its best passage as likely as
    the model requires of any answer), with its label and the clause, each cited; None when the question
    is not one (then the other readings have their turn)."""
    if not 2 <= len(corpus.plans) <= 12:
        return None
    simple = to_simplified(unicodedata.normalize("NFKC", question))
    m = _WHICH_MENTION.search(simple) or _WHICH_MENTION_EN.search(simple)
    if m is None:
        return None
    english = lang == "en" or not re.search(r"[\u4e00-\u9fff]", m.group())
    thing = m.group("thing").strip()
    model = answerability()
    lines, cits = [], []
    for plan in corpus.plans:
        one = _one_plan(corpus, plan)
        q = parse(thing, one)
        if not q.terms:
            continue
        supported = [s for s in candidates(q, one, k=k) if s.probability >= model.threshold and not _is_title(s)]
        if not supported:
            continue
        best = max(supported, key=_rank)
        text, c = _clause(q, best.hit)
        if _echoes(q, text):
            text, c = _followed(q, best.hit.plan, c)
        lines.append(f"{plan_label(plan)}：{text}")
        cits.append(c)
    if not lines:
        return Answer(question=question, answer=ABSTAIN_EN if english else ABSTAIN_ZH, abstained=True, engine=ENGINE)
    return Answer(question=question, answer="\n".join(lines[:MAX_LISTED]), abstained=False, citations=cits[:MAX_LISTED], engine=ENGINE)


_JOINER = frozenset(("和", "与", "及", "跟", "同"))
_EACH_WORD = frozenset(("各", "分别", "各自"))


def _each_item(question: str) -> list[list[str]]:
    """For a Chinese question that asks the same of two things joined by 和/与/及 and says 各 or 分别:
    the question about each, in two readings to try in turn (else none). First the things as one
    word each, what follows the second shared ("城镇和农村居民人均可支配收入各增长了多少" → "城镇居民…",
    "农村居民…"; "住房补贴和交通补贴标准各是多少" → "…住房补贴补贴标准…", "…交通补贴标准…"); then each thing
    as a whole phrase, the first from the last boundary before it (a place, a year, 的, a stop), the
    second up to 各 ("江西固定资产投资和社会消费品零售总额各增长了多少" → "江西固定资产投资增长了多少",
    "江西社会消费品零售总额增长了多少"). A thing is a word as jieba cuts it; a list of three or more (、) is not split."""
    from ...retrieval.words import lcut

    words = lcut(unicodedata.normalize("NFKC", question))
    if "、" in words:
        return []
    joins = [i for i, w in enumerate(words) if w in _JOINER and 0 < i < len(words) - 1]
    if len(joins) != 1:
        return []
    i = joins[0]
    each = next((j for j in range(i + 2, min(len(words), i + 11)) if words[j] in _EACH_WORD), None)
    if each is None or any(not re.search(r"[\u4e00-\u9fff]", w) for w in words[i + 1 : each]):
        return []  # no 各 soon after the second thing, or punctuation between them
    x, y = words[i - 1], words[i + 1]
    if not (re.fullmatch(r"[\u4e00-\u9fff]{2,}", x) and re.fullmatch(r"[\u4e00-\u9fff]{2,}", y)):
        return []
    rest = [w for j, w in enumerate(words) if j != each]
    k = i if i < each else i - 1  # the joiner's place once 各 is gone
    first = rest[:k] + rest[k + 2 :]  # "X 和 Y …" → "X …"
    second = rest[: k - 1] + rest[k + 1 :]  # → "Y …"
    out = [["".join(first), "".join(second)]]
    start = i - 1
    while start > 0 and not _THING_BOUNDARY.search(words[start - 1]) and not find_regions(words[start - 1]):
        start -= 1
    if start < i - 1 or each > i + 2:  # a thing of several words
        head, tail = words[:start], words[each + 1 :]
        out.append(["".join(head + words[start:i] + tail), "".join(head + words[i + 1 : each] + tail)])
    return out


# two or more years a question joins ("在2020年和2025年的目标各是多少")
_JOINED_YEARS = patterns.compile(r"(?<![0-9])((?:19|20)[0-9]{2})\s*年?((?:\s*[、和与及]\s*(?:19|20)[0-9]{2}\s*年?)+)")


def _each_year(question: str) -> list[list[str]]:
    """For a Chinese question that asks the same of two or more years it joins and says 各 or 分别
    ("灌排机械动力在2020年和2025年的目标各是多少？"): the question about each year (one reading), else none."""
    simple = to_simplified(unicodedata.normalize("NFKC", question))
    m = _JOINED_YEARS.search(simple)
    if m is None or not re.search(r"各|分别", simple[m.end() :]):
        return []
    years = [m.group(1), *re.findall(r"(?:19|20)[0-9]{2}", m.group(2))]
    rest = re.sub(r"各自|各|分别", "", simple[m.end() :], count=1)
    return [[f"{simple[: m.start()]}{y}年{rest}" for y in years]]


# what a thing of several words does not run over: punctuation, a figure or year, 的, words of time and place
_THING_BOUNDARY = patterns.compile(r"^(?:[^\u4e00-\u9fff]+|.*[0-9].*|的|今年|去年|明年|当年|全年|年|里|中|在|对|将|要|计划)$")


# a question about each of several documents of a series: "分别", "各自", "逐年", "三份报告", "这三年"
_EACH_DOCUMENT = patterns.compile(r"分别|各自|各是|各为|逐年|每年|每份|怎样变化|如何变化|变化|[两三四五六七八九十几]份|这[两三四五六七八九十几]年")
_YEARS_SAID = patterns.compile(r"((?:19|20)[0-9]{2})\s*年?((?:\s*[、，,和与及]\s*(?:19|20)[0-9]{2}\s*年?)*)(?:\s*(?:到|至|—|－|-|–|~|～)\s*((?:19|20)[0-9]{2})\s*年?)?")
_COUNTED = patterns.compile(r"(?:这|那)?[两三四五六七八九十几]+(?:份|篇|年|个年份)(?:的)?")
_HOW_CHANGED = patterns.compile(r"是?(?:怎样|如何|怎么)(?:逐年)?(?:变化|变动|调整|提高|下降|增长)的?")
_DOCUMENT_NOUN = patterns.compile(r"(?:在|按|据)?(?:政府工作报告|施政报告|工作报告|报告)(?:里|中|当中|的)?")


def _each_document(question: str, corpus: Corpus) -> list[tuple[int, str, Corpus]] | None:
    """For a question about each of several plans of different years ("2011年到2013年三份政府工作报告对
    城镇登记失业率分别定了什么控制目标？", "这三年报告中是怎样逐年提高的"): each year, the question without
    the years and the count of documents, and a corpus of that year's plan alone; else None (a
    question that names no such years, or whose years are not one plan each)."""
    from ...retrieval.questions import plan_year

    if len(corpus.plans) < 2 or len(corpus.plans) > 12:
        return None
    simple = to_simplified(unicodedata.normalize("NFKC", question))
    q = parse(question, corpus)
    if q.lang != "zh" or q.regions or not _EACH_DOCUMENT.search(simple):
        return None
    years_of = {}
    for p in corpus.plans:
        years_of.setdefault(plan_year(p), []).append(p)
    if None in years_of or any(len(v) > 1 for v in years_of.values()) or len(years_of) < 2:
        return None  # a plan of no known year, or two plans of one year: the years do not pick one plan each
    named: set[int] = set()
    for m in _YEARS_SAID.finditer(simple):
        first = int(m.group(1))
        named.add(first)
        named.update(int(y) for y in re.findall(r"(?:19|20)[0-9]{2}", m.group(2) or ""))
        if m.group(3):
            named.update(range(first, int(m.group(3)) + 1))
    if named:
        years = sorted(y for y in named if y in years_of)
        if len(years) < 2 or len(years) < len(named):
            return None  # a year the question names that no plan is of: it is asked about, not a document
    elif _COUNTED.search(simple):
        years = sorted(years_of)
    else:
        return None
    sub = _YEARS_SAID.sub("", simple)
    sub = _COUNTED.sub("", sub)
    sub = _DOCUMENT_NOUN.sub("", sub)  # each plan is its own corpus: the document's name says nothing of a passage
    sub = _HOW_CHANGED.sub("是多少", sub)  # "是如何变化的": of one plan, what it says
    # "哪一年的报告为…设了目标", "分别", "在(2014年的报告里)的": of one plan, its year is the one asked
    sub = re.sub(r"在的|哪一?(?:年|份|篇)的?|分别|各自", "", sub)
    sub = re.sub(r"^[，,、\s]+", "", re.sub(r"[（(]\s*[)）]", "", sub))
    if len(re.findall(r"[\u4e00-\u9fff]", sub)) < 4:
        return None
    return [(y, sub, _one_plan(corpus, years_of[y][0])) for y in years]


# places a question counts without naming them ("两地", "这两个省", "三市"), each asked of (分别, 各, 各自)
_PLACES_COUNTED = patterns.compile(r"(?:这|那)?[两三四五六七八九十]+(?:个)?(?:省份|省区|省|市|地区|地|城市|区县|县)(?:的|中|里|当中)?")
_EACH_ASKED = patterns.compile(r"分别|各自|各(?:是|为|有|定|设|要|提出)")


def _each_region(question: str, corpus: Corpus) -> list[tuple[str, str, Corpus]] | None:
    """For a question that counts the places it asks about without naming them, asking each ("两地今年的
    城镇新增就业目标分别是多少？"), over plans of as many different regions: each region, the question without
    the count, and a corpus of its plan alone; else None."""
    if not 2 <= len(corpus.plans) <= 12:
        return None
    simple = to_simplified(unicodedata.normalize("NFKC", question))
    counted = _PLACES_COUNTED.search(simple)
    if not counted or not _EACH_ASKED.search(simple):
        return None
    q = parse(question, corpus)
    if q.lang != "zh" or q.regions or q.places:
        return None
    from ...structure.numbers import parse_number

    n = parse_number(re.sub(r"[^两三四五六七八九十]", "", counted.group()).replace("两", "二"))
    regions_ = [p.region for p in corpus.plans]
    if None in regions_ or len(set(regions_)) != len(regions_) or n != len(regions_):
        return None  # a plan of no region, two plans of one, or not as many places as counted
    sub = _PLACES_COUNTED.sub("", simple, count=1)
    sub = re.sub(r"分别|各自", "", sub)
    if len(re.findall(r"[\u4e00-\u9fff]", sub)) < 4:
        return None
    return [(p.region, sub, _one_plan(corpus, p)) for p in corpus.plans]


def _one_plan(corpus: Corpus, plan: Plan) -> Corpus:
    """A corpus of ``plan`` alone, made once per corpus (questions asked of each document on its own)."""
    cache = corpus.__dict__.setdefault("_one_plan", {})
    one = cache.get(plan.id)
    if one is None:
        one = cache[plan.id] = Corpus([plan])
    return one


_CARRIED = patterns.compile(r"（[^（）]*）？$")  # what sub_questions carried into a later part from the first: not shown
# a part that asks whether the plans say something ("有没有补贴？补多少？"): its answer is the premise of the next
_YES_NO = patterns.compile(r"有没有|是否|有无|吗[？?]?$|\b(?:is|are|does|do|did|has|have) there\b", re.I)


def _asked(question: str) -> str:
    """A question as the patterns of what it asks read it: simplified, width-folded, lower case (one in
    traditional script asks what its simplified form does: "這篇評論的作者是誰" → 是谁)."""
    return to_simplified(unicodedata.normalize("NFKC", question)).lower()


def _answer_one(question: str, corpus: Corpus, *, lang: str, k: int, parts: int = 1) -> Answer:
    """The answer to a question weighed whole (not split into its parts: ``parts``, how many questions it asks)."""
    q = parse(question, corpus)
    english = lang == "en" or q.lang == "en"
    abstain = Answer(question=question, answer=ABSTAIN_EN if english else ABSTAIN_ZH, abstained=True, engine=ENGINE)
    asked = _asked(question)
    who_asked = bool(WHO.search(asked))
    # "…这项工作由哪些部门负责？": who carries out a measure (its 责任单位), not who issued the plan
    responsible = bool(_RESPONSIBLE.search(asked)) and not _ISSUED.search(asked)
    if who_asked and not responsible and _about_the_plan(q, corpus):
        who = _who_answer(question, q, corpus, k=k)
        if who is not None:
            return who
    if not q.terms:
        return abstain  # nothing the question asks about could be looked for
    if _NUMBER_ASKED.search(asked) and not who_asked:  # (a document number is a plan's own)
        # "发文字号是多少？": the number its head gives ("文号和成文日期是什么": with the date, as a who-answer gives it)
        number = _who_answer(question, q, corpus, k=k) if _WHEN.search(asked) else _number_answer(question, q, corpus)
        if number is not None:
            return number
    if _REPORTER_Q.search(asked):  # "这篇报道的记者是谁", "who is the reporter": the byline's names
        reporter = _reporter_answer(question, q, corpus)
        if reporter is not None:
            return reporter
    if _PARTS_ASKED.search(asked):
        parts = _parts_answer(question, q, corpus)  # "这份意见分成哪几大板块？": its top-level headings
        if parts is not None:
            return parts
    if _WHEN.search(asked) and _ISSUED.search(asked) and _about_the_plan(q, corpus):
        when = _when_answer(question, q, corpus)  # "这份实施意见是哪天发布的？": the date the plan gives for itself
        if when is not None:
            return when
    defined = _definition(question, q, corpus) if _REFERS_Q.search(asked) else None
    if defined is not None:  # "临港“四镇”具体指哪几个镇？": what the text names before "（以下统称“四镇”）"
        return defined
    model = answerability()
    found = candidates(q, corpus, k=k)
    supported = [s for s in found if s.probability >= (model.regions_threshold if q.regions else model.threshold)]
    if not supported:
        # "哪个部门牵头推动跨境电商发展？": a measure's lead department, which no passage gave; else the plan's own issuer
        who = _who_answer(question, q, corpus, k=k) if who_asked and not _about_the_plan(q, corpus) else None
        return who if who is not None else abstain
    if q.regions and len({s.hit.plan.id for s in supported}) > 1 or q.regions and not q.places:
        return _regions_answer(question, q, supported)
    if not _TITLE_ASKED.search(asked):  # a plan's own title holds the words of a question that names the plan, and answers none of it
        supported = [s for s in supported if not _is_title(s)] or supported
    best = max(supported, key=_rank)
    held = _held(q, best)
    near = [s for s in supported if s.probability >= best.probability - _NEAR_BEST and _held(q, s) >= held - 1e-9]
    if len(near) > 1:  # of passages about as likely that hold as much of the question, one that says it in one clause, with the figure asked
        best = max(near, key=lambda s: (_compact(q, s), _rank(s)))
    text, cit = _clause(q, best.hit)
    # "13.优化“一体两翼”空间布局。": what the heading announces follows it; and a lead sentence on a line of its
    # own leads what the line after it says (a figure asked is said by the line that gives it: _echoes)
    if _echoes(q, text) or not q.wants_number and _lone_line(best.hit.plan, cit):
        text, cit = _followed(q, best.hit.plan, cit)
    listed = _listed_under(q, best.hit.plan, cit) if _LIST_Q.search(q.text) or lang == "en" else None
    if listed:  # "哪些平台" answered by a heading ("三、构建共性技术研发服务平台") or a lead ("初步设想是："): the items it heads
        return Answer(question=question, answer="\n".join([text] + [c.quote for c in listed]), abstained=False,
                      citations=[cit, *listed], engine=ENGINE)
    counted = _counted_items(best.hit.plan, cit, text) if _ITEMS_Q.search(asked) or english else None
    if counted:  # "哪七个": "着力打造7个重点场景。" and the 一是…二是… that name them, each by its title
        return Answer(question=question, answer="\n".join([text] + [c.quote for c in counted]), abstained=False,
                      citations=[cit, *counted], engine=ENGINE)
    alike = _alike_headings(best) if _WHICH_Q.search(q.text) else None
    if alike:  # "哪几项激励": the best passage is one heading of several alike that each name one (and heads no items)
        return Answer(question=question, answer="\n".join(c.quote for c in alike), abstained=False, citations=alike, engine=ENGINE)
    # the whole sentence the clause is in (one of _MAX_SENTENCE characters at most): a clause cut from it loses the condition
    # or the second figure a reader asks about ("…0.5%以上作为专项经费，用于…", "每人每月1500元住房补贴…交通补贴…"), and a
    # sentence is what a reader checks a quote against
    if english or parts > 1 or not _ONE_FIGURE.search(asked) or _SEVERAL.search(asked):  # ("失业率控制在多少": its clause, 5.5%以内)
        text, cit = _sentence_of(best.hit.plan, cit)
    more = _complement(q, best, found, text)
    asked_parts = len(sub_questions(question)) if not more and q.wants_number else 1
    if asked_parts > 1:
        more = _next_figure(q, best.hit.plan, cit, text, asked_parts)  # "…每辆给予500元定额补贴。" and how many a year: the sentence after it
    if more:
        return Answer(question=question, answer="\n".join([text] + [m[0] for m in more]), abstained=False,
                      citations=[cit] + [m[1] for m in more], engine=ENGINE)
    return Answer(question=question, answer=text, abstained=False, citations=[cit], engine=ENGINE)


def _next_figure(q: Question, plan: Plan, cit: Citation, text: str, parts: int) -> list[tuple[str, Citation]]:
    """For a question of several parts whose answer gives fewer figures than it asks parts, the sentence
    right after the answer in its paragraph, when it gives a figure of its own and holds a word of the
    question ("…每辆给予500元定额补贴。" / "…同一消费者在一个自然年度内最多补贴3辆新车。")."""
    asked = _given(q)
    if len(q.figures_in(_norm_keep(to_simplified(text))) - asked) >= parts:
        return []
    cs, ce = plan.document.clean_span(cit.start, cit.end)
    after = sorted((p for p in plan.passages if p.kind == "sentence" and p.clean_start >= ce), key=lambda p: p.clean_start)
    if not after or plan.document.text[ce : after[0].clean_start].count("\n"):
        return []  # (nothing after it in its paragraph)
    nxt = after[0]
    seg = _norm_keep(to_simplified(nxt.text))
    soft = [t for t in q.terms if not t.required and not t.phrasing]
    if not q.figures_in(seg) - asked or not any(t.found_in(seg) for t in soft):
        return []
    c = cite(plan, nxt.clean_start, nxt.clean_end)
    return [(c.quote, c)] if verify(c, plan) else []


# A question of several parts ("新增水土流失治理面积和营造林各多少？") whose best passage answers one:
# up to MAX_COMPLEMENT clauses of other passages that hold the key words the answer does not (with a
# figure, when one is asked). Such a passage answers only part of the question, so the model, which
# weighs it against the whole, gives it less: it need only reach COMPLEMENT_FLOOR (chosen on dev:
# 0.2 leaves the营造林 of dev L18-q010 out, at 0.115; 0.02 completed no more than 0.08).
MAX_COMPLEMENT = 2
COMPLEMENT_FLOOR = 0.08
# a question of several parts: things joined (和, 、, 以及, and), each asked (各, 分别), or two questions in one
_PARTS = patterns.compile(r"[和与及、]|以及|同时|分别|各(?:是|为|有|自)|[？?].+[？?]|\band\b|respectively")


def _complement(q: Question, best: Support, found: list[Support], text: str) -> list[tuple[str, Citation]]:
    """Clauses of other passages of the best one's plan in ``found`` (with COMPLEMENT_FLOOR) that hold
    key words of the question that the answer ``text`` does not (one plan's answer is not completed from another's)."""
    asked_text = to_simplified(unicodedata.normalize("NFKC", q.text))
    if not _PARTS.search(asked_text):
        return []  # a question of one part: what the best passage does not hold is how the question says it
    said = _norm_keep(to_simplified(text))
    soft = [t for t in q.terms if not t.required and not t.phrasing]
    missing = [t for t in soft if not t.found_in(said)]
    out: list[tuple[str, Citation]] = []
    asked = _given(q)
    for _ in range(MAX_COMPLEMENT):
        if not missing:
            break
        best_gain, pick = 0.0, None
        for s in found:
            if s is best or s.probability < COMPLEMENT_FLOOR or s.hit.plan is not best.hit.plan or any(s.hit.passage is o[2] for o in out):
                continue
            if not any(t.found_in(_norm_keep(s.hit.simplified)) for t in missing):
                continue  # (its clause holds none of them either: not cut out)
            t2, c2 = _clause(q, s.hit)
            seg = _norm_keep(to_simplified(t2))
            if seg in said or said in seg:
                continue
            if any(m.written not in asked_text and m.division.name not in asked_text for m in find_regions(to_simplified(t2))):
                continue  # "江苏和北京…分别高出多少": not completed by what another place did
            if q.wants_number and not q.figures_in(seg) - asked:
                continue  # "各多少": a part answered gives its figure
            gain = sum(t.weight for t in missing if t.found_in(seg))
            if gain > best_gain:
                best_gain, pick = gain, (t2, c2, s.hit.passage)
        if pick is None:
            break
        out.append(pick)
        said += "\n" + _norm_keep(to_simplified(pick[0]))
        missing = [t for t in missing if not t.found_in(said)]
    return [(t, c) for t, c, _ in out]


# "谁作的报告" / "哪个部门印发的" / "who delivered…": what the plan says of itself (its author, its
# issuer, its date), cited where the plan says it
WHO = patterns.compile(r"是谁|谁作|谁做|谁编制|谁制定|谁发布|谁印发|由谁|哪位(?:领导|官员)|哪(?:个|些|几个|几家|家|一个)(?:部门|单位|机构|机关|部委)|"
                 r"who (?:delivered|wrote|gave|presented|issued|made|drafted)|which (?:department|body|agency|organ|office)s?\b")
_ISSUING = patterns.compile(r"部门|单位|机构|印发|发布|编制|制定|成文|落款|签发|签署|出具|通知|日期|文号|字号|issued|department|body|agency|organ|office")
_ABBREVIATED = patterns.compile(r"等[一二三四五六七八九十两\d]+(?:个)?(?:部门|单位|部委|机构|机关)")
_WHEN = patterns.compile(r"哪天|哪一天|什么时候|何时|日期|哪年哪月|when|what date|which date|on what day")


_POSTED_ON = patterns.compile(r"网站|網站|官网|官網|网页|網頁|门户|門戶|公众号|公眾號|website|site|portal")  # where a plan was posted ("在县政府网站上发布")


def _about_the_plan(q: Question, corpus: Corpus) -> bool:
    """Whether a "who / which department" question asks about a plan itself ("这个行动计划是哪个部门印发的"):
    its key words are the plan's own name's (title, region), or words of issuing (印发, 部门, 编制 …), for
    most of their weight; else it asks who does something the plan says ("哪个部门牵头推动跨境电商")."""
    from ...retrieval.questions import name_of

    soft = [t for t in q.terms if not t.required and not t.phrasing]
    total = sum(t.weight for t in soft)
    if not total:
        return True
    scope = scope_of(q, corpus)
    plans = list(corpus.plans) if scope is None else scope
    names = [name_of(corpus, p) for p in plans]
    own = sum(t.weight for t in soft if _ISSUING.search(t.alternatives[0]) or _POSTED_ON.search(t.alternatives[0]) or any(t.found_in(n) for n in names))
    return own >= 0.5 * total


def _who_answer(question: str, q: Question, corpus: Corpus, *, k: int) -> Answer | None:
    """The author or issuer (and the date, when asked) of the one plan the question is about, each
    quoted where the plan names it; None when the plan is not clear or does not name them."""
    scope = scope_of(q, corpus)
    plans = list(corpus.plans) if scope is None else scope
    if len(plans) != 1:
        hits = candidates(q, corpus, k=k) if q.terms else []
        ids = {p.id for p in plans}
        best = [s.hit.plan for s in sorted(hits, key=_rank, reverse=True) if s.hit.plan.id in ids]
        if not best:
            return None
        plans = best[:1]
    plan = plans[0]
    asked = _asked(question)
    issuing = bool(_ISSUING.search(asked))
    first, second = (plan.issuer, plan.author) if issuing else (plan.author, plan.issuer)
    speaker = None if issuing or _WRITER_ASKED.search(asked) else told_speaker(plan)
    if speaker:  # "报告是谁作的": a news post's account of a report names who delivered it; its byline wrote the post
        first = speaker
    name = first or second
    if name and second and _ABBREVIATED.search(name) and second.count("、") > name.count("、"):
        name = second  # "工业和信息化部等七部门": the organs the signature lists, one by one, say more
    cits = _named(plan, name)
    if not cits:
        return None
    said = [plan.document.clean_between(c.start, c.end) for c in cits]
    if _WHEN.search(asked) and plan.date:
        when = _date_words(plan.date)
        more = _named(plan, when)
        if more:
            cits += more
            said.append(when)
    if _TITLE_ASKED.search(asked):  # "报告是谁作的？题目叫什么？": the title of the plan (a news post's: the one it reports)
        title = told_title(plan)
        more = _named(plan, title) if title else []
        if more and title not in said:
            cits += more[:1]
            said.append(plan.document.clean_between(more[0].start, more[0].end))
    if _NUMBER_ASKED.search(asked):  # "文号是什么": the document number its head gives (沪府办发〔2023〕19号)
        c = _doc_number(plan)
        if c is not None:
            cits.append(c)
            said.append(c.quote)
    return Answer(question=question, answer="，".join(dict.fromkeys(said)), abstained=False, citations=cits, engine=ENGINE)


# who wrote a post asked ("这篇报道是谁写的", "记者是谁", "who wrote the article"), not who delivered the report it gives an account of
_WRITER_ASKED = patterns.compile(r"写|撰|记者|作者|報道|报道|文章|reporter|wrote|written|writer|author|journalist|article")
# a document's number asked ("文号", "发文字号"), and how a plan's head writes one ("沪府办发〔2023〕19号")
_NUMBER_ASKED = patterns.compile(r"文号|发文字号|發文字號|document number|reference number")
_DOC_NUMBER = patterns.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,4}\s*号")
_HEAD_CHARS = 1500  # how far into a plan its head's number is looked for


# a question about when a plan was issued or a report delivered ("是哪天发布的", "什么时候印发", "什么时候作的",
# "when was it issued")
_ISSUED = patterns.compile(r"发布|印发|出台|公布|颁布|下发|发出|签发|签署|成文|落款|(?<![工合创操])作(?=的|了|报告|讲话|$|？|\?)|发表|issued|published|released|delivered|given|\bsign(?:ed|s)?\b")


def _the_plan(q: Question, corpus: Corpus) -> Plan | None:
    """The one plan a question's scope holds, or None when it holds several."""
    scope = scope_of(q, corpus)
    plans = list(corpus.plans) if scope is None else scope
    return plans[0] if len(plans) == 1 else None


def _doc_number(plan: Plan) -> Citation | None:
    """The document number a plan's head gives (沪府办发〔2023〕19号), cited, or None."""
    m = _DOC_NUMBER.search(plan.text[:_HEAD_CHARS])
    if not m:
        return None
    cut = [m.group().rfind(x) + len(x) for x in ("通知", "的", "》", "意见", "方案") if x in m.group()]
    a = m.start() + max(cut, default=0)  # (a title run into it: "…的通知沪府办发〔2023〕19号")
    c = cite(plan, plan.clean_start + a, plan.clean_start + m.end())
    return c if verify(c, plan) else None


# a question for the reporter of a news post, and the byline that names them ("记者|淡忠奎", "（本报记者 王晋 李明）")
_REPORTER_Q = patterns.compile(r"(?:记者|通讯员|撰稿人?|作者|发布人)(?:是谁|叫什么|有哪些|是哪位)|哪(?:位|个|些)(?:记者|通讯员)|谁(?:写|撰写|采写)的"
                               r"|(?:报道|消息|新闻|文章)(?:的)?来源是|来源是哪家|哪家(?:媒体|报纸|报社)"
                               r"|\b(?:reporters?|journalists?|correspondents?|byline)\b|who wrote|written by")  # (not 记者会, a press conference)
_BYLINE = patterns.compile(r"^[ \t\u3000]*[（(]?(?:本报|本台|新华社)?(?:见习|特约|实习|首席)?(?:记者|通讯员|撰稿|撰文)[ \t\u3000|｜:：/·]*"
                           r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[ \t\u3000、，,][\u4e00-\u9fff]{2,4}){0,3})[)）]?[ \t\u3000]*$", re.M)


def _byline(plan: Plan) -> Citation | None:
    """The names a post's byline gives ("记者|淡忠奎"), cited, or None."""
    m = _BYLINE.search(plan.text)
    if not m:
        return None
    c = cite(plan, plan.clean_start + m.start("names"), plan.clean_start + m.end("names"))
    return c if verify(c, plan) else None


def _reporter_answer(question: str, q: Question, corpus: Corpus) -> Answer | None:
    """The reporters the byline of the one post a question is about names, quoted there; None when
    the scope is not one plan or it has no byline (as :func:`_number_answer` for a document number)."""
    plan = _the_plan(q, corpus)
    c = _byline(plan) if plan is not None else None
    if c is None and plan is not None:  # the writer the post's metadata reads (发布人：…, 来源：宁夏日报), where its text gives it
        cits = _named(plan, plan.author)
        c = cits[0] if len(cits) == 1 else None
    return Answer(question=question, answer=c.quote, abstained=False, citations=[c], engine=ENGINE) if c else None


def _number_answer(question: str, q: Question, corpus: Corpus) -> Answer | None:
    """The document number of the one plan a question is about ("这份意见的发文字号是多少？"), or None."""
    plan = _the_plan(q, corpus)
    c = _doc_number(plan) if plan is not None else None
    return Answer(question=question, answer=c.quote, abstained=False, citations=[c], engine=ENGINE) if c else None


# the parts a plan is made of asked ("分成哪几大板块", "包括哪几个部分", "分为几章")
_PARTS_ASKED = patterns.compile(r"(?:哪几|哪些|几)\s*(?:个|大)?\s*(?:板块|部分|篇章|章节|章)")  # (not 分成哪几个功能区: the parts of a place)
_TOP_LABEL = patterns.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]{1,3}(?:章|部分|篇))")


def _parts_answer(question: str, q: Question, corpus: Corpus) -> Answer | None:
    """The top-level numbered headings (一、… or 第一章…) of the one plan a question asks the parts of,
    each cited; None when the scope is not one plan or it has fewer than two such headings."""
    plan = _the_plan(q, corpus)
    if plan is None:
        return None
    heads = [p for p in plan.passages if p.kind == "section" and p.label and _TOP_LABEL.match(p.label)]
    if not heads:
        return None
    depth = min(len(p.section) for p in heads)
    top = [p for p in heads if len(p.section) == depth]
    if len(top) < 2:
        return None
    cits = [c for p in top for c in [cite(plan, p.clean_start, p.clean_end)] if verify(c, plan)]
    if len(cits) < 2:
        return None
    return Answer(question=question, answer="\n".join(c.quote for c in cits), abstained=False, citations=cits, engine=ENGINE)


def _when_answer(question: str, q: Question, corpus: Corpus) -> Answer | None:
    """The date the one plan a question is about gives for itself, quoted where it gives it; None
    when the question's scope is not one plan, or the plan gives no date its text writes out."""
    plan = _the_plan(q, corpus)
    if plan is None or not plan.date:
        return None
    cits = _named(plan, _date_words(plan.date)) or _dated(plan, plan.date)
    if not cits:
        return None
    return Answer(question=question, answer=plan.document.clean_between(cits[0].start, cits[0].end), abstained=False, citations=cits, engine=ENGINE)


def _dated(plan: Plan, date: str) -> list[Citation]:
    """The citation of where the plan's text first writes its full date with digits and dashes or a
    leading zero ("发布时间：2011-04-26", "2011年04月26日"), or none."""
    y, m, d = (date.split("-") + [None, None])[:3]
    if not (m and d):
        return []
    found = re.search(rf"(?<!\d){int(y)}(?:[-/.]0?{int(m)}[-/.]0?{int(d)}|年0?{int(m)}月0?{int(d)}日)(?!\d)", plan.text)
    if not found:
        return []
    c = cite(plan, plan.clean_start + found.start(), plan.clean_start + found.end())
    return [c] if verify(c, plan) else []


def _date_words(date: str) -> str:
    """An ISO date as a plan writes it: "2023-02-08" → "2023年2月8日", "2024-01" → "2024年1月"."""
    y, m, d = (date.split("-") + [None, None])[:3]
    return f"{int(y)}年" + (f"{int(m)}月" if m else "") + (f"{int(d)}日" if d else "")


def _named(plan: Plan, name: str | None) -> list[Citation]:
    """Citations of where the plan's own text first gives ``name`` (a name joined by 、 is looked for part by part)."""
    if not name:
        return []
    simple = plan.simplified if len(plan.simplified) == len(plan.text) else plan.text
    out: list[Citation] = []
    for part in [name] if _find(simple, name) else [x for x in name.split("、") if x]:
        m = _find(simple, part)  # in either script, spaces between the characters allowed ("李 軍")
        if m is None:
            return []
        c = cite(plan, plan.clean_start + m.start(), plan.clean_start + m.end())
        if not verify(c, plan):
            return []
        out.append(c)
    return out


def _find(simple: str, name: str) -> re.Match[str] | None:
    from ...reading.scripts import to_simplified

    chars = [re.escape(c) for c in to_simplified(name) if not c.isspace()]
    return re.search(r"[ \t\u3000]*".join(chars), simple) if chars else None


_TITLE_ASKED = patterns.compile(r"题目|标题|名称|全称|题为|叫什么|什么名字|title|called|named")


def _is_title(s: Support) -> bool:
    """Whether the passage is its plan's title, as the plan gives it."""
    title = s.hit.plan.title
    return bool(title) and re.sub(r"\s+", "", s.hit.passage.text) == re.sub(r"\s+", "", title)


_NEAR_BEST = 0.1
_CLAUSE_END = patterns.compile(r"[，,；;。！？!?：:]")


def _held(q: Question, s: Support) -> float:
    """How much of the question's key words the passage holds (the sum of their weights)."""
    simp = _norm_keep(s.hit.simplified)
    return sum(t.weight for t in q.terms if not t.required and not t.phrasing and t.found_in(simp))


def _compact(q: Question, s: Support) -> bool:
    """Whether one clause of the passage holds every key word of the question the passage holds,
    and a figure the question does not give when it asks for one ("进出口总额增长18.2%", where
    another passage has 进出口 in one clause and 总额 in another)."""
    simp = _norm_keep(s.hit.simplified)
    soft = [t for t in q.terms if not t.required and not t.phrasing and t.found_in(simp)]
    asked = _given(q)
    for clause in _CLAUSE_END.split(simp):
        if all(t.found_in(clause) for t in soft) and (not q.wants_number or q.figures_in(clause) - asked):
            return True
    return False


def _given(q: Question) -> set[str]:
    """The numbers, years and quoted phrases the question gives itself (no figure of an answer)."""
    return {a for t in q.terms if t.required for a in t.alternatives}


def _rank(s: Support) -> tuple[float, float]:
    """Best answer first: the model's probability, then BM25."""
    return (round(s.probability, 4), s.hit.score)


# -- the answer text ---------------------------------------------------------------------------
_DONE_BESIDE = patterns.compile(r"累计|截至|截止|已经|已")  # what was done so far, said beside what is to be done


def _clause(q: Question, hit: Hit) -> tuple[str, Citation]:
    """The shortest run of clauses of the passage that holds the covered terms (and a number when asked)."""
    plan, p = hit.plan, hit.passage
    text = p.text
    simp = _norm_keep(hit.simplified)
    clauses = clause_bounds(text)
    if len(text) <= 60 or len(clauses) <= 1:
        start, end = 0, len(text)
    else:
        needles = [a for t in q.terms for a in t.alternatives]
        present = [n for n in needles if n in simp]
        for t in q.terms:  # a term the passage spells only in its parts (粮食产量: 粮食总产量稳定在…): the parts stand for it
            if t.parts and not any(a in simp for a in t.alternatives) and t.found_in(simp):
                present += t.parts

        asked = _given(q)
        asked_text = _norm_keep(to_simplified(q.text))
        unit = asked_unit(q)  # "多少处": a figure in 处; "多少比例": a figure in %
        # "分别给予多少比例": every figure of the list (not "云南和江西分别…": one figure for each place)
        several = bool(_SEVERAL_Q.search(asked_text)) and q.wants_number and len(q.places) < 2 and not q.regions
        day = bool(_DAY_Q.search(asked_text))  # "哪天印发的": the clause with the day (11月2日), not only a year
        total = bool(_TOTAL_Q.search(asked_text))  # "一共多少处": the clause that gives the total (共计361处)
        wants_body = bool(WHO.search(q.text.lower()))  # "哪个部门牵头…": the clause that names a body (省商务厅牵头)
        change = _CHANGE_Q.search(_norm_keep(to_simplified(q.text)))  # "提高了多少": the figure of the change, not the level
        moved = re.compile(rf"{change.group(1)}[^，。；,;]{{0,8}}?[0-9零一二三四五六七八九十]") if change else None
        level = bool(_LEVEL_Q.search(_norm_keep(to_simplified(q.text))))  # "增加到多少": the figure it reaches (增至约39 900个), not where it starts
        # "今年计划完成多少": the clause that says 今年 (今年将完成投资4亿元), not what was done so far beside it (已累计完成…);
        # (in a passage that reports nothing done, a 今年 that heads it frames all of it: no clause is preferred)
        deictic = SAYS_DEICTIC.get(q.year_offset) if q.year_offset is not None and _DONE_BESIDE.search(simp) else None

        def score(a: int, b: int) -> tuple[int, ...]:
            seg = simp[clauses[a][0] : clauses[b][1]]
            hits = sum(1 for n in present if n in seg)
            # an answer holds what was asked for beyond the question's own words: a figure or a
            # year the question does not give, or (else) some words of its own
            figures = q.figures_in(seg) - asked
            number = 1 if (not q.wants_number or figures) and (not wants_body or _BODY.search(seg)) else 0
            rest = seg
            for n in present:
                rest = rest.replace(n, "")
            said = 1 if len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 6 or figures else 0
            unit_ok = int(unit is None or bool(unit.search(seg)))
            total_ok = int(not total or bool(_TOTAL_SAID.search(seg)))
            # (a list of figures in the unit asked: "增速各是多少" counts the rates, not the amounts beside them)
            count = min(len(figures) if unit is None else len(unit.findall(seg)), 4) if several else 0
            day_ok = int(not day or bool(_DAY_SAID.search(seg)))
            level_ok = int(not level or bool(_LEVEL_SAID.search(seg)))
            time_ok = int(deictic is None or bool(deictic.search(seg)))
            return (number, day_ok, time_ok, unit_ok, total_ok, int(moved is None or bool(moved.search(seg))), level_ok, count, said, hits, beside(a, b), -(clauses[b][1] - clauses[a][0]))

        def beside(a: int, b: int) -> int:
            """How many of the question's words the clause that gives a figure holds (the most among
            the run's clauses with one): "旅游接待总人数比2010年增长262.21%，旅游综合收入比2010年增长286.9%"."""
            if not q.wants_number:
                return 0
            best = 0
            for c in range(a, b + 1):
                one = simp[clauses[c][0] : clauses[c][1]]
                if q.figures_in(one) - asked:
                    best = max(best, sum(1 for n in present if n in one))
            return best

        a, b = max(((a, b) for a in range(len(clauses)) for b in range(a, len(clauses))), key=lambda ab: score(*ab))
        if not q.wants_number and b + 1 < len(clauses) and _ends_with_term(simp[clauses[a][0] : clauses[b][1]], present):
            b += 1  # the answer usually follows the words the question repeats
        elif _WHICH_ONES.search(q.text) and b + 1 < len(clauses) and _ENDS_WITH_COUNT.search(simp[clauses[a][0] : clauses[b][1]]) \
                and not re.search(r"[。！？!?；;]", simp[clauses[b][1] : clauses[b + 1][0]]):
            b += 1  # "其中银川市是哪几个": a count (银川市2个) is followed by the items it counts
        if _INTRODUCES.search(simp[clauses[a][0] : clauses[b][1]]):  # "主要预期目标是：" introduces the answer: take it
            while b + 1 < len(clauses) and clauses[b + 1][1] - clauses[a][0] <= _MAX_LIST and not re.search(r"[。！？!?]\s*$", simp[: clauses[b][1]]):
                b += 1
        start, end = clauses[a][0], clauses[b][1]
    seg = text[start:end]
    stripped = seg.rstrip("，,；;：: ")
    end = start + len(stripped)
    cs, ce = p.clean_start + start, p.clean_start + end
    c = cite(plan, cs, ce)
    if not verify(c, plan):  # never returns an unverifiable quote: fall back to the whole passage
        c = cite(plan, p.clean_start, p.clean_end)
    return c.quote, c


# a body that does what a plan assigns: "省商务厅牵头", "市财政局负责", "合肥海关配合"
_BODY = patterns.compile(r"[\u4e00-\u9fff]{1,16}(?:厅|局|委员会|委|部|办公室|办|政府|海关|银行|中心|集团|公司|学院|大学)(?:牵头|负责|配合|按职责|等)|(?:责任|牵头|配合)(?:单位|部门)[:：]")
# who carries a measure out ("由哪些部门负责", "哪个部门牵头落实"), not who issued the plan
_RESPONSIBLE = patterns.compile(r"负责|牵头|落实|承担|责任单位|责任部门|主管|配合")
# a question for a total ("一共", "总共")
_TOTAL_Q = patterns.compile(r"一共|总共|共计|合计|总计|总数|共有")
# a day asked ("哪天", "几月几日", "what date") and how a passage writes one ("11月2日")
_DAY_Q = patterns.compile(r"哪天|哪一天|几月几[日号]|什么日期|哪个日期|what date|which date|which day|what day|on what day")
_DAY_SAID = patterns.compile(r"(?<![0-9])(?:1[0-2]|0?[1-9])\s*月\s*(?:[12][0-9]|3[01]|0?[1-9])\s*[日号]")
# several figures asked at once ("分别给予多少", "各是多少", "respectively")
_SEVERAL_Q = patterns.compile(r"分别|各是|各为|各自|各有|各按|各能|respectively")
_TOTAL_SAID = patterns.compile(r"共|合计|总计|总数|累计")
_LIST_Q = patterns.compile(r"哪些|哪几|有什么|包括什么|是什么")
_CHANGE_Q = patterns.compile(r"(提高|增长|下降|增加|减少|降低|上升|高出|低于|高于|回落|提升)了?(?:多少|几)")
# a level asked ("增加到多少", "提高至多少", "达到多少"), and how a passage gives the level reached ("增至约39 900个", "提高到7.6万元")
_LEVEL_Q = patterns.compile(r"(?:增加|提高|提升|扩大|增长|上升|下降|降低|减少|压减|压降|缩小|控制|达)(?:到|至)(?:多少|几)|达到(?:多少|几)")
_LEVEL_SAID = patterns.compile(r"(?:到|至|达)\s*(?:约|近|超过|超)?\s*[0-9０-９零一二两三四五六七八九十]")
# which ones asked ("哪几个", "哪些"), and a clause that ends with a count of them ("银川市2个")
_WHICH_ONES = patterns.compile(r"哪几|哪些")
_ENDS_WITH_COUNT = patterns.compile(r"[0-9一二两三四五六七八九十]+\s*[个家项条所座处批]\s*[,，、]?\s*$")
_INTRODUCES = patterns.compile(r"(?:是|为|如下|包括|分别是|分别为)?[：:]\s*$|(?:目标|任务|重点|措施)(?:是|为)\s*$")
_MAX_LIST = 240  # the longest answer a list may make


def _echoes(q: Question, text: str) -> bool:
    """Whether an answer only says the question's own words again: beside them (and words that say
    nothing, 推进, 加快 …) it has fewer than 6 characters of its own and no figure the question asks for."""
    from ...retrieval.questions import GENERIC_WORDS

    seg = _norm_keep(to_simplified(text))
    if WHO.search(q.text.lower()) and not _BODY.search(seg):
        return True  # "哪个部门牵头…": an answer without the body says nothing yet
    if q.wants_number:  # "多少": an answer without the figure says nothing yet
        return not q.figures_in(seg) - _given(q)
    for n in sorted({a for t in q.terms for a in t.alternatives} | GENERIC_WORDS, key=len, reverse=True):
        seg = seg.replace(n, "")
    return len(re.findall(r"[\u4e00-\u9fff]", seg)) < 6


def _lone_line(plan: Plan, cit: Citation) -> bool:
    """Whether an answer is a short line of its own with more text on the next line: a heading or a
    lead sentence ("规范供电企业电费结算服务。" then "供电企业应…不得要求用户预付电费。"), which says what
    the text under it goes on to say."""
    cs, ce = plan.document.clean_span(cit.start, cit.end)
    text = plan.document.text
    a, b = text.rfind("\n", 0, cs) + 1, text.find("\n", ce)
    # (the clause quoted without the colon or comma that ends its line: "［2］四大主导产业：")
    if b < 0 or b >= plan.clean_end or text[a:cs].strip() or text[ce:b].strip(" \t\u3000：:，,；;") or len(text[cs:ce].strip()) > _LONE_LINE:
        return False
    return bool(text[b:plan.clean_end].strip())


_LONE_LINE = 30  # the longest line read as a heading or a lead sentence of what follows
_INTRODUCED = patterns.compile(r"[：:]\s*$")  # a line that ends by introducing what follows ("［2］四大主导产业：")


def _followed(q: Question, plan: Plan, cit: Citation) -> tuple[str, Citation]:
    """The answer ``cit`` quotes with the sentences that follow it in its plan (up to :data:`_MAX_LIST`
    characters, until they say more than the question's words), as one citation; ``cit`` alone when nothing follows."""
    cs, ce = plan.document.clean_span(cit.start, cit.end)
    sentences = sorted((p for p in plan.passages if p.kind == "sentence"), key=lambda p: p.clean_start)
    own = [p for p in sentences if p.clean_start <= cs < p.clean_end and p.clean_end > ce]
    following = own[:1] + [p for p in sentences if p.clean_start >= ce]  # the rest of its sentence, then the sentences after it
    fields = sum(1 for p in following[:3] if is_field(p.text))  # a page's field lines between ("时间：2026-02-01") are no sentences of what follows
    following = [p for p in following if not is_field(p.text)] if fields else following
    end = ce
    listing = _LIST_Q.search(q.text) or WHO.search(q.text.lower())  # a list, or the body named at the item's end
    parent = following[0].parent if following else None
    heading = is_heading(cit.quote.strip())  # a heading's text follows it, a blank line between or not
    for p in following:
        if p.clean_end - cs > _MAX_LIST or (plan.document.text[end : p.clean_start].count("\n") - (fields if end == ce else 0) > 1 and not (heading and end == ce)):
            break
        # (or the line a colon introduces, unless it opens the first of the items it introduces: those are listed as items)
        introduces = _INTRODUCED.search(plan.document.text[cs:end]) and not LABEL_START.match(p.text.lstrip())
        if end > ce and not (listing and p.parent is not None and p.parent == parent) and not introduces:
            break  # a list asked for ("哪些地方"): the rest of the item or paragraph that gives it
        end = p.clean_end
        if not _echoes(q, plan.document.text[cs:end]) and (not listing or re.search(r"[。！？!?]\s*$", p.text)):
            break  # it says more than the question; a list runs over its 「；」 to the full stop
    if end == ce:
        return cit.quote, cit
    c = cite(plan, cs, end)
    return (c.quote, c) if verify(c, plan) else (cit.quote, cit)


_MAX_SENTENCE = 200  # the longest sentence an English question's answer quotes whole


# a question that asks one figure ("…控制在多少？"), and one that asks several or how ("各是多少", "分别", "怎么补")
_ONE_FIGURE = patterns.compile(r"多少|多大|多高|多长|多久|几[个项家所条次年倍成]|什么水平|哪一年|哪年|何时|什么时候")
_SEVERAL = patterns.compile(r"各|分别|以及|怎么|怎样|如何|什么要求|什么规定|什么标准|什么条件|(?:多少|多大|几).*(?:多少|多大|几)")


_WHICH_Q = patterns.compile(r"哪些|哪几|有哪|包括哪")
_LABEL_STYLES = (r"[一二三四五六七八九十]+\s*[、.．]", r"[（(]\s*[一二三四五六七八九十]+\s*[)）]", r"[0-9]+\s*[、.．]", r"[（(]\s*[0-9]+\s*[)）]",
                 r"第[一二三四五六七八九十0-9]+[章节条部分]")


def _label_style(text: str) -> int | None:
    """Which kind of label a heading opens with (一、 / （一） / 1. / （1） / 第一章), or None."""
    return next((k for k, pat in enumerate(_LABEL_STYLES) if re.match(pat, text.strip())), None)


def _alike_headings(best: Support) -> list[Citation] | None:
    """When a list question's best passage is a numbered heading ("五、智能网联新能源商用车保险激励",
    "（三）美丽云南建设取得决定性进展。") and the headings beside it (one parent, one style of label) say
    the same thing of others, each holding a question's word it holds (not one of the plan's own name:
    激励 of "…商用车政策措施"), most of them doing so: those, each cited, in the plan's order. None
    otherwise (two or more are needed)."""
    plan, p = best.hit.plan, best.hit.passage
    text = p.text.strip().rstrip("。")
    heads = [x for x in plan.passages if x.kind == "section" and x.clean_start <= p.clean_start < x.clean_end + 1
             and x.text.strip().rstrip("。") == text]
    style = _label_style(text)
    if not heads or style is None:
        return None
    head = heads[-1]
    named = name_of(None, plan)  # (the words of the plan's own name are in every heading's plan: they tell none apart)
    words = [w for w in best.covered if w and normalize(w) not in named] or [w for w in best.covered if w]
    out: list[Citation] = []
    group = 0
    for x in plan.passages:
        if x.kind != "section" or x.parent != head.parent or _label_style(x.text) != style:
            continue
        group += 1
        simple = normalize(x.text)
        if not any(normalize(w) in simple for w in words):
            continue
        c = cite(plan, x.clean_start, x.clean_end)
        if verify(c, plan):
            out.append(c)
        if len(out) >= _MAX_ITEMS:
            break
    if len(out) < 2 or 2 * len(out) < group or not any(c.quote.strip().rstrip("。") == text for c in out):
        return None  # (most of the headings beside it must say it: a list of the plan's parts is no answer)
    return out


_MAX_ITEMS = 12  # the most items a list answer names
_ITEM_TITLE = 60  # the longest an item's title is quoted


def _listed_under(q: Question, plan: Plan, cit: Citation) -> list[Citation] | None:
    """When the answer is a heading ("三、构建共性技术研发服务平台") or a lead that ends with a colon
    ("修改36号令的初步设想是："), the items it heads or introduces, each cited by its title (its first
    sentence or clause, its label kept): what a list question asks for. None when it heads no items
    (two or more), or when the answer already names them."""
    cs, ce = plan.document.clean_span(cit.start, cit.end)
    passages = plan.passages
    quote = cit.quote.strip()
    heads = [p for p in passages if p.kind == "section" and p.clean_start == cs and quote.startswith(p.text.strip().rstrip("。：:"))]
    if heads:  # the items and numbered headings whose parent is that heading (those the answer quotes already aside)
        head = heads[-1]
        children = [p for p in passages if p.parent == head.index and p.kind in ("section", "item") and p.clean_start >= ce]
    elif re.search(r"[:：]\s*$", quote):  # a lead's colon: the items that follow it, under the same headings
        own = next((p for p in passages if p.kind in ("paragraph", "item") and p.clean_start <= cs < p.clean_end), None)
        section = own.section if own is not None else None
        children = []
        for p in passages:
            if p.clean_start < ce or p.kind not in ("item", "paragraph", "section"):
                continue
            if p.kind == "section" or p.section != section or children and re.search(r"[:：]\s*$", p.text):
                break  # another part, or a lead of another list
            if p.kind == "item" or (p.kind == "paragraph" and p.parent == (own.parent if own is not None else None)):
                children.append(p)
    else:
        return None
    seen: set[tuple[int, int]] = set()
    out: list[Citation] = []
    for p in sorted(children, key=lambda p: p.clean_start):
        if any(a <= p.clean_start < b for a, b in seen):
            continue  # an item inside one already listed (a numbered heading and its item)
        seen.add((p.clean_start, p.clean_end))
        text = plan.document.text[p.clean_start : p.clean_end]
        cut = re.search(r"[。；;！？!?]", text)
        end = p.clean_start + (cut.start() if cut else len(text))
        end = min(end, p.clean_start + _ITEM_TITLE)
        if end - p.clean_start < 2:
            continue
        c = cite(plan, p.clean_start, end)
        if verify(c, plan):
            out.append(c)
        if len(out) >= _MAX_ITEMS:
            break
    if len(out) < 2 or all(c.quote.strip() in quote for c in out):
        return None
    return out


# A list asked for: "哪些", "哪几", "哪七个", "具体指", "分别是", "包括"
_ITEMS_Q = patterns.compile(r"哪些|哪几|哪[两二三四五六七八九十]+[个项类种大条方]|具体(?:指|是|包括|有)|分别(?:是|指|为)|包括|有哪|是什么")
# a sentence that names how many things it heads ("着力打造7个重点场景。", "构建“医车电数游”五大优势产业集群。")
_COUNTS = patterns.compile(r"(?<![0-9.])(?:[2-9]|1[0-9]|[两二三四五六七八九十]|十[一二三四五六七八九])\s*(?:个|大|项|条|类|种|方面|件|部|批|张|化)(?![0-9])")
# the items of an enumeration that runs on after it: "一是…。二是…。", "第一，…；第二，…"
_ENUMERATED = patterns.compile(r"(?:^|(?<=[。；;！？!?\s]))[ \t　]*(?P<n>[一二三四五六七八九十]{1,2})是|(?:^|(?<=[。；;！？!?\s]))[ \t　]*第(?P<m>[一二三四五六七八九十]{1,2})[，,、]")
_ENUM_GAP = 40  # how far after the sentence its first item may open
_ITEM_END = patterns.compile(r"[。；;！？!?\n]")  # where an item's title ends


def _counted_items(plan: Plan, cit: Citation, text: str) -> list[Citation] | None:
    """When the answer is a sentence that counts what it heads and the same paragraph goes on to name
    them one by one (一是…二是…, 第一，…第二，…), the items, each cited by its title (up to its first
    full stop or semicolon); None when no such run follows (two items or more, in order)."""
    if not _COUNTS.search(to_simplified(text)):
        return None
    doc = plan.document.text
    cs, ce = plan.document.clean_span(cit.start, cit.end)
    stop = doc.find("\n", ce)
    stop = min(len(doc) if stop < 0 else stop, ce + 6000)
    out: list[Citation] = []
    expected = 1
    for m in _ENUMERATED.finditer(doc, ce, stop):
        n = _chinese_int(m.group("n") or m.group("m"))
        if n != expected or (expected == 1 and m.start() - ce > _ENUM_GAP):
            break
        start = m.start() + len(m.group()) - len(m.group().lstrip(" \t　"))
        cut = _ITEM_END.search(doc, m.end(), stop)
        end = min(cut.start() if cut else stop, start + _ITEM_TITLE)
        c = cite(plan, start, end)
        if verify(c, plan):
            out.append(c)
        expected += 1
        if len(out) >= _MAX_ITEMS:
            break
    return out if len(out) >= 2 else None


# "“四镇”具体指哪几个镇？", "“两重”是指什么": what a name the text coined stands for
_REFERS_Q = patterns.compile(r"指|哪几|哪些|是什么|包括|refer|stand for|which|what are")
_QUOTED_NAME = patterns.compile(r"[\"“「『]([^\"“”「」『』]{1,20})[\"”」』]")


def _definition(question: str, q: Question, corpus: Corpus) -> Answer | None:
    """When the question quotes a name and a plan coins that name for what it lists just before
    ("南汇新城镇、万祥镇、泥城镇和书院镇（以下统称“四镇”）"), that clause, cited with the coining; None when no plan
    in the question's scope coins it (or it coins it for no list of its own)."""
    names = [m.group(1) for m in _QUOTED_NAME.finditer(to_simplified(question))]
    scope = scope_of(q, corpus)
    plans = scope if scope is not None else corpus.plans
    for name in names:
        coined = re.compile(r"[（(]\s*(?:以下|下文|下同|以下分别)?(?:统称|简称|合称|并称|称为|称)(?:为)?\s*[“\"「『]?" + re.escape(name) + r"[”\"」』]?\s*[)）]")
        for plan in plans:
            doc, lo = plan.document.text, plan.clean_start
            simple = plan.simplified  # (read once per plan, not once per question)
            m = coined.search(simple) if len(simple) == len(plan.text) else None
            if m is None:
                continue
            end = lo + m.end()
            head = max(doc.rfind(x, lo, lo + m.start()) for x in "。；;：:，,\n")
            start = max(head + 1, lo)
            start += len(doc[start:end]) - len(doc[start:end].lstrip())
            if lo + m.start() - start < 4 or not re.search(r"[、和及与]", doc[start : lo + m.start()]):
                continue  # a name coined for one thing ("以下简称《方案》") answers no list
            c = cite(plan, start, end)
            if verify(c, plan):
                return Answer(question=question, answer=c.quote, abstained=False, citations=[c], engine=ENGINE)
    return None


def _sentence_of(plan: Plan, cit: Citation) -> tuple[str, Citation]:
    """The sentence of the plan that holds the quoted clause (one of :data:`_MAX_SENTENCE` characters at most), else the clause."""
    cs, ce = plan.document.clean_span(cit.start, cit.end)
    own = [p for p in plan.passages if p.kind == "sentence" and p.clean_start <= cs and ce <= p.clean_end]
    if not own:
        return cit.quote, cit
    p = min(own, key=lambda p: p.clean_end - p.clean_start)
    if p.clean_end - p.clean_start > _MAX_SENTENCE or (p.clean_start, p.clean_end) == (cs, ce):
        return cit.quote, cit
    c = cite(plan, p.clean_start, p.clean_end)
    return (c.quote, c) if verify(c, plan) else (cit.quote, cit)


def _norm_keep(text: str) -> str:
    """Width-folded, lower-cased text of the same length (so offsets still align): each character's
    NFKC form in lower case where that is one character, else the character itself."""
    return text.translate(_KEEP_WIDTH)


class _KeepWidth(dict):
    """Code point → its :func:`_norm_keep` form, worked out the first time a character is met."""

    def __missing__(self, o: int) -> str:
        ch = chr(o)
        f = unicodedata.normalize("NFKC", ch).lower()
        v = self[o] = f if len(f) == 1 else ch
        return v


_KEEP_WIDTH = _KeepWidth()


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
        if _echoes(q, text):
            text, c = _followed(q, s.hit.plan, c)
        lines.append(f"{plan_label(s.hit.plan)}：{text}")
        cits.append(c)
    return Answer(question=question, answer="\n".join(lines), abstained=False, citations=cits, engine=ENGINE)


def plan_label(plan: Plan) -> str:
    """How an answer names a plan: its region, else its title, else its file name."""
    import os

    return plan.region or plan.title or os.path.basename(plan.source)
