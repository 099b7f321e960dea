"""Cited answers with no model: search, a support test, and the clause that answers.

:func:`answer` takes a question (Chinese in either script, or English) and a :class:`~policyqa.retrieval.corpus.Corpus` (or plans), and returns an
:class:`~policyqa.models.Answer` whose text is the clause or sentence that answers it, with
a citation to that exact span; for "哪些地方/哪些城市/which regions …" questions, the list
of plans (by region) whose passages support it, each cited. When no passage supports the
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
from ...retrieval.corpus import Corpus, Hit
from ...models import ABSTAIN_EN, ABSTAIN_ZH, Answer, Citation
from ...reading.scripts import to_simplified
from ...structure.plan import Plan
from ...structure.passages import clause_bounds
from ...retrieval.questions import Question, Support, answer_figures, answerability, as_corpus, candidates, parse, scope_of, sub_questions

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
    parts = sub_questions(question)
    if len(parts) > 1:  # "2025年是多少？2026年要达到多少？": each part answered from its own passage
        answers_ = [answer(p, corpus, lang=lang, k=k) for p in parts]
        found = [a for a in answers_ if not a.abstained]
        if len(found) == len(answers_):  # every part answered; else the question is weighed whole
            cits = list({(c.plan_id, c.start, c.end): c for a in found for c in a.citations}.values())
            text = "\n".join(dict.fromkeys(a.answer for a in found))
            return Answer(question=question, answer=text, abstained=False, citations=cits, engine=ENGINE)
        whole = _answer_one(question, corpus, lang=lang, k=k)
        if whole.abstained and found and not any(_YES_NO.search(p) for p in parts):
            # some parts are answered and the question as a whole is not: those parts, and the others said not found
            english = lang == "en" or parse(question, corpus).lang == "en"
            lines = [a.answer if not a.abstained else f"{_CARRIED.sub('？', p)}：{ABSTAIN_EN if english else ABSTAIN_ZH}" for p, a in zip(parts, answers_)]
            cits = list({(c.plan_id, c.start, c.end): c for a in found for c in a.citations}.values())
            return Answer(question=question, answer="\n".join(dict.fromkeys(lines)), abstained=False, citations=cits, engine=ENGINE)
        return whole
    return _answer_one(question, corpus, lang=lang, k=k)


_CARRIED = re.compile(r"（[^（）]*）？$")  # what sub_questions carried into a later part from the first: not shown
# a part that asks whether the plans say something ("有没有补贴？补多少？"): its answer is the premise of the next
_YES_NO = re.compile(r"有没有|是否|有无|吗[？?]?$|\b(?:is|are|does|do|did|has|have) there\b", re.I)


def _answer_one(question: str, corpus: Corpus, *, lang: str, k: int) -> Answer:
    """The answer to a question weighed whole (not split into its parts)."""
    q = parse(question, corpus)
    english = lang == "en" or q.lang == "en"
    abstain = Answer(question=question, answer=ABSTAIN_EN if english else ABSTAIN_ZH, abstained=True, engine=ENGINE)
    if WHO.search(question.lower()):
        who = _who_answer(question, q, corpus, k=k)
        if who is not None:
            return who
    if not q.terms:
        return abstain  # nothing the question asks about could be looked for
    model = answerability()
    supported = [s for s in candidates(q, corpus, k=k) if s.probability >= (model.regions_threshold if q.regions else model.threshold)]
    if not supported:
        return abstain
    if q.regions and len({s.hit.plan.id for s in supported}) > 1 or q.regions and not q.places:
        return _regions_answer(question, q, supported)
    best = max(supported, key=_rank)
    text, cit = _clause(q, best.hit)
    if _echoes(q, text):  # "13.优化“一体两翼”空间布局。": what the heading announces follows it
        text, cit = _followed(q, best.hit.plan, cit)
    if english:  # a reader of English is given the whole sentence: the figures beside the clause answer its other parts
        text, cit = _sentence_of(best.hit.plan, cit)
    return Answer(question=question, answer=text, abstained=False, citations=[cit], engine=ENGINE)


# "谁作的报告" / "哪个部门印发的" / "who delivered…": what the plan says of itself (its author, its
# issuer, its date), cited where the plan says it
WHO = re.compile(r"是谁|谁作|谁做|谁编制|谁制定|谁发布|谁印发|由谁|哪位(?:领导|官员)|哪个部门|哪些部门|哪个单位|哪家单位|哪个机构|"
                 r"who (?:delivered|wrote|gave|presented|issued|made|drafted)|which (?:department|body|agency|organ|office)s?\b")
_ISSUING = re.compile(r"部门|单位|机构|印发|发布|编制|制定|issued|department|body|agency|organ|office")
_WHEN = re.compile(r"哪天|哪一天|什么时候|何时|日期|哪年哪月|when|what date|which date|on what day")


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
    issuing = bool(_ISSUING.search(question.lower()))
    name = (plan.issuer or plan.author) if issuing else (plan.author or plan.issuer)
    cits = _named(plan, name)
    if not cits:
        return None
    said = [plan.document.clean_between(c.start, c.end) for c in cits]
    if _WHEN.search(question.lower()) and plan.date:
        y, m, d = (plan.date.split("-") + [None, None])[:3]
        when = f"{int(y)}年" + (f"{int(m)}月" if m else "") + (f"{int(d)}日" if d else "")
        more = _named(plan, when)
        if more:
            cits += more
            said.append(when)
    return Answer(question=question, answer="，".join(dict.fromkeys(said)), abstained=False, citations=cits, engine=ENGINE)


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


def _rank(s: Support) -> tuple[float, float]:
    """Best answer first: the model's probability, then BM25."""
    return (round(s.probability, 4), s.hit.score)


# -- the answer text ---------------------------------------------------------------------------
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

        asked = {a for t in q.terms if t.required for a in t.alternatives}
        change = _CHANGE_Q.search(_norm_keep(to_simplified(q.text)))  # "提高了多少": the figure of the change, not the level
        moved = re.compile(rf"{change.group(1)}[^，。；,;]{{0,8}}?[0-9零一二三四五六七八九十]") if change else None

        def score(a: int, b: int) -> tuple[int, int, int, int, int]:
            seg = simp[clauses[a][0] : clauses[b][1]]
            hits = sum(1 for n in present if n in seg)
            # an answer holds what was asked for beyond the question's own words: a figure or a
            # year the question does not give, or (else) some words of its own
            figures = answer_figures(seg, wanted_year=q.wants_year) - asked
            number = 1 if (not q.wants_number or figures) else 0
            rest = seg
            for n in present:
                rest = rest.replace(n, "")
            said = 1 if len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 6 or figures else 0
            return (number, int(moved is None or bool(moved.search(seg))), said, hits, -(clauses[b][1] - clauses[a][0]))

        a, b = max(((a, b) for a in range(len(clauses)) for b in range(a, len(clauses))), key=lambda ab: score(*ab))
        if not q.wants_number and b + 1 < len(clauses) and _ends_with_term(simp[clauses[a][0] : clauses[b][1]], present):
            b += 1  # the answer usually follows the words the question repeats
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


_LIST_Q = re.compile(r"哪些|哪几|有什么|包括什么|是什么")
_CHANGE_Q = re.compile(r"(提高|增长|下降|增加|减少|降低|上升|高出|低于|高于|回落|提升)了?(?:多少|几)")
_INTRODUCES = re.compile(r"(?:是|为|如下|包括|分别是|分别为)?[：:]\s*$|(?:目标|任务|重点|措施)(?:是|为)\s*$")
_MAX_LIST = 240  # the longest answer a list may make


def _echoes(q: Question, text: str) -> bool:
    """Whether an answer only says the question's own words again: beside them (and words that say
    nothing, 推进, 加快 …) it has fewer than 6 characters of its own and no figure the question asks for."""
    from ...retrieval.questions import GENERIC_WORDS

    seg = _norm_keep(to_simplified(text))
    if q.wants_number:  # "多少": an answer without the figure says nothing yet
        return not answer_figures(seg, wanted_year=q.wants_year) - {a for t in q.terms if t.required for a in t.alternatives}
    for n in sorted({a for t in q.terms for a in t.alternatives} | GENERIC_WORDS, key=len, reverse=True):
        seg = seg.replace(n, "")
    return len(re.findall(r"[\u4e00-\u9fff]", seg)) < 6


def _followed(q: Question, plan: Plan, cit: Citation) -> tuple[str, Citation]:
    """The answer ``cit`` quotes with the sentences that follow it in its plan (up to :data:`_MAX_LIST`
    characters, until they say more than the question's words), as one citation; ``cit`` alone when nothing follows."""
    cs, ce = plan.document.clean_span(cit.start, cit.end)
    sentences = sorted((p for p in plan.passages if p.kind == "sentence"), key=lambda p: p.clean_start)
    own = [p for p in sentences if p.clean_start <= cs < p.clean_end and p.clean_end > ce]
    following = own[:1] + [p for p in sentences if p.clean_start >= ce]  # the rest of its sentence, then the sentences after it
    end = ce
    listing = _LIST_Q.search(q.text)
    parent = following[0].parent if following else None
    for p in following:
        if p.clean_end - cs > _MAX_LIST or plan.document.text[end : p.clean_start].count("\n") > 1:
            break
        if end > ce and not (listing and p.parent is not None and p.parent == parent):
            break  # a list asked for ("哪些地方"): the rest of the item or paragraph that gives it
        end = p.clean_end
        if not _echoes(q, plan.document.text[cs:end]) and (not listing or re.search(r"[。！？!?]\s*$", p.text)):
            break  # it says more than the question; a list runs over its 「；」 to the full stop
    if end == ce:
        return cit.quote, cit
    c = cite(plan, cs, end)
    return (c.quote, c) if verify(c, plan) else (cit.quote, cit)


_MAX_SENTENCE = 200  # the longest sentence an English question's answer quotes whole


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
