"""The offline answer path, whose per-plan work is done once per corpus, gives exactly the answers,
citations and support features of a straightforward reference that reads everything again for
every hit of every question (the support test as it was first written), over the labelled
questions of seed and dev, each in its own scope and all of them over the whole eval corpus."""

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

import policyqa
from policyqa import evals
from policyqa.engines.offline.answers import _norm_keep, answer
from policyqa.evals.tasks import Plans
from policyqa.retrieval import questions
from policyqa.retrieval.corpus import Corpus
from policyqa.retrieval.questions import (
    Support,
    _contains,
    _identity,
    _lead,
    _norm,
    _year_by_structure,
    answer_figures,
    candidates,
    parse,
)
from policyqa.retrieval.corpus import normalize

ROOT = Path(__file__).parents[1]


def reference_carried_year(hit):
    """The year the last sentence before the passage in its paragraph opens with ("2027年前，…。引育5家…")."""
    from policyqa.reading.scripts import to_simplified
    from policyqa.structure.sections import LEAD_YEAR

    plan, p = hit.plan, hit.passage
    if p.parent is None:
        return None
    par = plan.passages[p.parent]
    before = to_simplified(plan.document.text[par.clean_start : p.clean_start])
    opening = re.compile(r"^((?:19|20)[0-9]{2})\s*年(?:底|末)?[，,]")  # ("2020年，全市PM2.5年均浓度为32微克/立方米；…")
    years = [y for s in re.split(r"(?<=[。！？；!?;])", before)
             if (y := (m := LEAD_YEAR.match(s.strip())) and (m.group(1) or m.group(2)) or (o := opening.match(s.strip())) and o.group(1))]
    return years[-1] if years else None


def reference_own_years(window):
    """The years a passage names, but for those it compares a figure with ("较2015年上升…")."""
    compared = {m.start(1) for m in re.finditer(r"(?:较|比|相比|同比|对比)\s*((?:19|20)[0-9]{2})\s*年", window)}
    return [m.group() for m in questions._NAMED_YEAR.finditer(window) if m.start() not in compared]


def reference_support(q, hit, corpus, *, rank=0):
    """The support test read straight from the hit: identity, lead, name and tokens computed afresh."""
    from policyqa.structure.sections import context_at

    if all(t.phrasing and not t.required for t in q.terms):
        return None  # nothing asked about that a plan holds: only the question's wording and none of its numbers
    if q.wants_kind is not None and (c := context_at(hit.plan, hit.passage.clean_start)).kind not in (None, q.wants_kind):
        # unless the passage's own years (every one before, or after, its part's year, the asked ones among them) say the kind asked
        from policyqa.structure.sections import years_in

        from policyqa.structure.sections import PERIOD_END

        # (a five-year period it names, 十二五, counts as its first and last years)
        years = years_in(hit.simplified) + [y for n in re.findall(r"十([一二三四五六七八九])五", hit.simplified)
                                            for y in (PERIOD_END[n] - 4, PERIOD_END[n])]
        asked = {int(a) for t in q.terms if t.required for a in t.alternatives if re.fullmatch(r"(?:19|20)[0-9]{2}", a)}
        own = None
        year = c.year if c.year is not None else c.last if c.several else None  # (a review of several years: its last)
        if not c.strict and year is not None and years and asked <= set(years):
            own = "result" if max(years) < year else "target" if min(years) > year else None
        if own != q.wants_kind:
            return None
    window = _norm(hit.simplified)
    extra = _norm(_lead(hit)) + "\n" + _norm(_identity(hit.plan))
    ident = _norm(_identity(hit.plan))
    exact = [t for t in q.terms if t.required]

    def holds(a):
        if _contains(window, a) or _year_by_structure(a, window, ident, hit):
            return True
        if re.fullmatch(r"(?:19|20)[0-9]{2}", a):  # a year its paragraph or heading opens with, where the structure says none
            c = context_at(hit.plan, hit.passage.clean_start)  # (not in a review of five years: there only what it writes)
            if c.year is not None or reference_own_years(window):
                return False
            # (in a review of several years, only the year the sentence before in its paragraph opens with)
            return reference_carried_year(hit) == a if c.several else _contains(_norm(_lead(hit)), a) or reference_carried_year(hit) == a
        # (or in the title of the plan a news post reports, which its opening names in 《…》)
        return not re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", a) and (a in extra or any(a in t for t in questions._reported_titles(hit.plan)))

    held_by = [any(holds(a) for a in t.alternatives) for t in exact]
    held = sum(held_by)
    if exact and not held:
        return None
    asked = {a for t in q.terms if t.required for a in t.alternatives}
    is_year = lambda t: re.fullmatch(r"(?:19|20)[0-9]{2}", t.alternatives[0])  # noqa: E731
    named = reference_own_years(window)
    if not named:  # its part's year, else the year the sentence before it in its paragraph opens with
        c = context_at(hit.plan, hit.passage.clean_start)
        named = [str(c.year)] if c.year is not None else [y] if (y := reference_carried_year(hit)) else []
    if (any(not h and is_year(t) for h, t in zip(held_by, exact))
            and not any(h and re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", t.alternatives[0]) and re.search(rf"(?<![0-9.]){re.escape(t.alternatives[0])}\s*年", q.text)
                        for h, t in zip(held_by, exact))
            and any(y not in asked for y in named)):
        return None  # the question's year is not the passage's, which names another (a held year of another calendar aside)
    if q.wants_kind == "target" and questions._RESULT_SAID.search(window) and not questions._TARGET_SAID.search(window):
        return None  # a target asked, a result said
    change = questions._change_asked(q)
    if change is not None and not change.search(window):
        return None  # "增长了多少": a change of that way with its figure, not a level
    if q.year_offset is not None and questions.plan_year(hit.plan) is not None:
        # "去年…": the year before the plan's own; the passage's part of the plan, else the years it names, must speak of it
        want = questions.plan_year(hit.plan) + q.year_offset
        says = {0: r"今年|本年度", -1: r"去年|上年(?!度)", 1: r"明年"}.get(q.year_offset)
        context = context_at(hit.plan, hit.passage.clean_start) if not (says and re.search(says, window)) else None
        if context is not None:  # (a passage that says 今年 itself, as the question does, speaks of that year)
            year = context.year
            named = {int(y) for y in re.findall(r"(?:19|20)[0-9]{2}(?=\s*年)", window)}
            if (year is not None and year != want) or (year is None and named and want not in named):
                return None
            if year is None and context.several and want not in named:
                return None  # a review of five years: a figure that names no year is of the five
            if year is None and not named and (questions._SPAN_OF_YEARS.search(window) or questions._SPAN_OF_YEARS.search(questions._paragraph_opening(hit))):
                return None  # a figure of several years answers no one year
    if q.wants_number and questions._SPAN_EN.search(window) and questions._one_year_asked(q, exact):
        return None  # a question about one year: a figure of several years (年均, 从2020年…到2025年) answers it not
    plain = normalize(unicodedata.normalize("NFKC", q.text))
    counted = re.search(r"(?:多少|几)(连[\u4e00-\u9fff]|[\u4e00-\u9fff]{2}(?=[？?，,。]|$))", plain)  # 多少连丰: 二十二连丰
    if (q.wants_number and not answer_figures(window, wanted_year=q.wants_year, duration=q.wants_duration, date=q.wants_date) - asked
            and not (counted and re.search(f"[零〇一二两三四五六七八九十百千万0-9]+{re.escape(counted.group(1))}", window))):
        return None
    dimension = questions.asked_dimension(q)
    if dimension is not None and not dimension.search(window):
        return None  # a figure of what the question's unit measures (money, a count, a share)
    said = [t for t in q.terms if not t.required]
    soft = [t for t in said if not t.phrasing]
    p = hit.plan
    name = _norm(normalize("\n".join(x for x in (p.region, p.title, questions._told(p), p.author, p.issuer) if x)))
    self_named = re.search(r"本(?:实施|行动)?(?:办法|方案|意见|通知|规划|计划|细则|措施|条例|决定|规定|政策|文件)", window)  # 本办法: its plan's name is said
    # a word naming what the figure measures (装机, 面积, 比例) is said by a figure in its unit, where the question names no unit
    measured = questions._MEASURED if q.wants_number and not questions._UNIT_ASKED.search(plain) else {}
    in_window = [t for t in soft if t.found_in(window) or self_named and t.found_in(name)
                 or t.alternatives[0] in measured and measured[t.alternatives[0]].search(window)]
    covered = [t for t in soft if t in in_window or t.found_in(window, extra)]
    total = sum(t.weight for t in soft if not t.category or t in covered)  # the kind a 哪些 question lists, when named
    coverage = sum(t.weight for t in covered) / total if total else 1.0
    window_coverage = sum(t.weight for t in in_window) / total if total else 1.0
    top = max((t.weight for t in soft), default=0.0)
    top_covered = float(all(t in covered for t in soft if t.weight >= top - 1e-6))
    relative = hit.score / max(q.best_score, 1e-9)
    tokens = set(corpus.tokens(hit.simplified + ("\n" + name if self_named else "")))
    coord = len(q.query_tokens & tokens) / max(1, len(q.query_tokens))
    focus = [t for t in soft if not t.found_in(name)]
    focus_total = sum(t.weight for t in focus)
    focus_coverage = sum(t.weight for t in focus if t in in_window) / focus_total if focus_total else window_coverage
    rest = q.query_tokens - set(corpus.tokens(name))
    focus_coord = len(rest & tokens) / len(rest) if rest else coord
    features = (coverage, window_coverage, top_covered, float(len(covered) == len(soft)), min(relative, 1.5), coord,
                1.0 / (1.0 + rank), 1.0 / (1.0 + len(soft)), held / len(exact) if exact else 1.0, float(bool(exact)),
                sum(t.absent for t in said) / len(said) if said else 0.0, len(q.unknown) / (len(q.unknown) + len(soft)) if q.unknown else 0.0,
                float(hit.passage.kind == "section" or hit.passage.text.strip() == (hit.plan.title or "").strip()), focus_coverage, focus_coord,
                sum(t.absent and not t.phrasing for t in said) / len(said) if said else 0.0)
    return Support(hit, coverage, relative, coord, tuple(t.alternatives[0] for t in covered), features)


@pytest.fixture(scope="module")
def question_cases():
    cases = [c for c in evals.load_cases(ROOT / "evals" / "cases") if c.kind == "question" and c.split in ("seed", "dev")]
    assert len(cases) > 100
    return cases


@pytest.fixture(scope="module")
def ctx(question_cases):
    return Plans(question_cases[0].dirs)


@pytest.fixture(scope="module")
def whole():
    return Corpus(policyqa.load([ROOT / "evals" / "plans", ROOT / "evals" / "corpus"]))


def _asked_both_ways(question, corpus, monkeypatch):
    fast = answer(question, corpus).model_dump(mode="json")
    fast_features = [(s.hit.passage.clean_start, s.features, s.probability) for s in candidates(parse(question, corpus), corpus)]
    with monkeypatch.context() as m:
        m.setattr(questions, "support", reference_support)
        slow = answer(question, corpus).model_dump(mode="json")
        slow_features = [(s.hit.passage.clean_start, s.features, s.probability) for s in candidates(parse(question, corpus), corpus)]
    return fast, slow, fast_features, slow_features


def test_answers_in_each_scope_equal_the_reference(question_cases, ctx, monkeypatch):
    answered = 0
    for case in question_cases:
        corpus = ctx.scope(case.data["scope"])
        fast, slow, ff, sf = _asked_both_ways(case.data["question"], corpus, monkeypatch)
        assert fast == slow, case.id
        assert ff == sf, case.id
        answered += not fast["abstained"]
    assert answered > 50  # the comparison covers answers, not only abstentions


def test_answers_over_the_whole_eval_corpus_equal_the_reference(question_cases, whole, monkeypatch):
    cited = 0
    for case in question_cases:
        fast, slow, ff, sf = _asked_both_ways(case.data["question"], whole, monkeypatch)
        assert fast == slow, case.id
        assert ff == sf, case.id
        cited += len(fast["citations"])
    assert cited > 50


@given(st.text(max_size=60))
def test_answer_text_folds_each_character_as_before(text):
    """The clause finder's width fold (a table filled as characters are met) is the per-character NFKC fold."""
    plain = "".join(f if len(f := unicodedata.normalize("NFKC", ch).lower()) == 1 else ch for ch in text)
    assert _norm_keep(text) == plain
