"""Search over the passages of many plans, from a question in either script."""

from pathlib import Path

import pytest

import policyqa
from policyqa.retrieval.corpus import INDEXED_KINDS, Corpus, bigrams, fold, normalize
from policyqa.errors import InputError

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "evals" / "plans"
SHARED = Path(__file__).parents[2] / "shared" / "corpus"


@pytest.fixture(scope="module")
def seeds():
    return policyqa.load(SEEDS)


@pytest.fixture(scope="module")
def corpus(seeds):
    return Corpus(seeds)


def _file(plan):
    return Path(plan.source).name


def test_simplified_question_finds_traditional_text(corpus):
    hits = corpus.search("兰州新区积极布局未来产业", k=3)
    assert hits and _file(hits[0].plan).startswith("004")
    assert "未來產業" in hits[0].passage.text  # the passage keeps its own script


def test_traditional_question_finds_simplified_text(corpus):
    hits = corpus.search("蘭溪智能織造示範地", k=3)
    assert hits and _file(hits[0].plan).startswith("000")
    assert "智能织造示范地" in hits[0].passage.text


def test_one_phrase_found_in_both_scripts(corpus):
    hits = corpus.search("高校+平台+企业+产业链结对合作机制", k=6)
    files = {_file(h.plan)[:3] for h in hits[:4]}
    assert {"000", "001", "002"} <= files
    assert any("高校+平臺+企業+產業鏈" in h.passage.text for h in hits)


def test_hits_are_ranked_and_point_into_their_plan(corpus):
    hits = corpus.search("快递业务量", k=10)
    assert hits
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    for h in hits:
        assert h.passage.plan_id == h.plan.id
        assert h.passage.kind in INDEXED_KINDS
        assert h.plan.document.text[h.passage.clean_start : h.passage.clean_end] == h.passage.text
        assert len(h.simplified) == len(h.passage.text)
    assert "130亿件" in hits[0].passage.text


def test_k_limits_the_hits(corpus):
    assert len(corpus.search("发展", k=4)) == 4
    assert corpus.search("发展", k=0) == []


def test_search_scoped_to_plans(corpus, seeds):
    lanxi = next(p for p in seeds if _file(p).startswith("000"))
    hits = corpus.search("人工智能", k=20, plans=lanxi)
    assert hits and all(h.plan.id == lanxi.id for h in hits)
    two = [p for p in seeds if _file(p)[:3] in ("001", "004")]
    hits = corpus.search("人工智能", k=50, plans=[p.id for p in two])
    assert hits and {h.plan.id for h in hits} <= {p.id for p in two}
    assert {h.plan.id for h in hits} == {p.id for p in two}  # both mention 人工智能


def test_question_words_alone_find_nothing(corpus):
    assert corpus.search("哪些？什么？多少？", k=5) == []
    assert corpus.search("zzqxw 鲲鹏", k=5) == []  # no token of the query is in any plan


def test_tokens_are_simplified_bigrams():
    assert bigrams(normalize("蘭溪力爭2027年ＡＩ")) == ["兰溪", "溪力", "力争", "2027", "年", "ai"]


def test_jieba_tokens_also_search_both_scripts(seeds):
    c = Corpus(seeds, tokenizer="jieba")
    hits = c.search("马鞍山 咖啡经济", k=3)
    assert hits and "庫迪咖啡" in hits[0].passage.text


def test_unknown_tokenizer_is_an_input_error(seeds):
    with pytest.raises(InputError):
        Corpus(seeds, tokenizer="words")


def test_from_paths_reads_seeds_and_shared_corpus():
    c = Corpus.from_paths([SEEDS, SHARED])
    assert len(c.plans) >= 12 and len(c) > 2000
    hits = c.search("RCEP国家货物贸易占比", k=3)
    assert hits and "07_anhui_rcep" in hits[0].plan.source
    with pytest.raises(InputError, match="no such file"):
        Corpus.from_paths([SEEDS / "missing.txt"])


def test_idf_is_higher_for_rarer_tokens(corpus):
    assert corpus.idf("咖啡") > corpus.idf("发展")
    assert corpus.document_frequency("咖啡") >= 1
    assert corpus.document_frequency("zzzz") == 0


def test_index_scores_equal_bm25s_own_index(corpus):
    """The numpy-built matrix gives the scores bm25s.BM25().index() gives on the same tokens."""
    import bm25s
    import numpy as np

    from policyqa.retrieval.corpus import passage_simplified

    by_id = {p.id: p for p in corpus.plans}
    docs = [bigrams(fold(passage_simplified(by_id[p.plan_id], p))) for p in corpus.passages]
    assert all(docs)  # every indexed passage of the seeds has tokens
    ref = bm25s.BM25()
    ref.index(docs, show_progress=False)
    from policyqa.retrieval import postings

    assert (postings.K1, postings.B) == (ref.k1, ref.b)  # bm25s's parameters, though bm25s is not imported to search
    for q in ("兰州新区未来产业", "快递业务量130亿件", "高校+平台+企业+产业链", "AI 政务助手"):
        toks = corpus.tokens(q, query=True)
        ours = corpus.score_ids(corpus.token_ids(toks))
        theirs = ref.get_scores(sorted(set(t for t in toks if t in ref.vocab_dict)))
        assert np.allclose(ours, theirs, atol=1e-4)


def test_top_k_equals_a_full_sort(corpus):
    import numpy as np

    for q in ("发展", "人工智能产业", "高校+平台+企业+产业链结对合作机制", "新增 企业 项目 亿元"):
        ids = corpus.token_ids(corpus.tokens(q, query=True))
        scores = corpus.score_ids(ids)
        want = [j for j in np.argsort(-scores, kind="stable")[:7] if scores[j] > 0]
        got = [corpus.passages.index(h.passage) for h in corpus.search(q, k=7)]
        assert [round(float(scores[j]), 4) for j in got] == [round(float(scores[j]), 4) for j in want]


def test_top_k_selections_match_a_stable_full_sort():
    import numpy as np

    from policyqa.retrieval.corpus import _topk_dense, _topk_of

    rng = np.random.default_rng(7)
    for n, k in ((1000, 10), (999, 3), (70, 10), (5, 10)):
        scores = np.round(rng.random(n) * 5, 1) * (rng.random(n) < 0.3)  # many ties and zeros
        want = np.argsort(-scores, kind="stable")[:k]
        assert list(_topk_dense(scores, k)) == list(want)
        touched = np.flatnonzero(scores)
        touched = np.concatenate([touched, touched[::2]])  # a passage repeats once per token it holds
        got = [j for j in _topk_of(scores, touched, k, repeats=2)]
        assert got == [j for j in want if scores[j] > 0]


# -- the per-question shortcuts agree with the plain definitions ------------------------------------
from hypothesis import given, settings, strategies as st  # noqa: E402

_MIXED = st.text(alphabet=st.sampled_from(list("中欧班列兰溪經濟發展数字化ＡＩ２０Ａｂ，。：AIbz09.5 \n") + ["\u3400", "\uff5e", "\uff01"]), max_size=80)


def _fold_plainly(text):
    out = []
    for ch in text:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        out.append(ch.lower() if "A" <= ch <= "Z" else ch)
    return "".join(out)


@given(_MIXED)
def test_fold_of_short_and_long_texts_is_the_plain_per_character_fold(text):
    assert fold(text) == _fold_plainly(text)
    assert fold(text * 20) == _fold_plainly(text * 20)  # past the short-text path: numpy


@settings(max_examples=300)
@given(question=_MIXED, text=_MIXED)
def test_tokens_held_is_the_intersection_of_both_token_sets(corpus, question, text):
    toks = corpus.tokens(question, query=True)
    assert corpus.tokens_held(toks, text) == set(toks) & set(corpus.tokens(text))
