"""Each scorer on its own, with cases that pass and cases that fail, on the real seed plans."""

from pathlib import Path

import pytest

import policyqa
from policyqa.evals import scorers
from policyqa.citations import ground
from policyqa.models import ABSTAIN_ZH, Answer, Citation, CitedSentence, Measure, Summary, Target

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "evals" / "plans"


@pytest.fixture(scope="module")
def plans():
    return policyqa.load(SEEDS)


def by_file(plans, prefix):
    return [p for p in plans if Path(p.source).name.startswith(prefix)]


def cite(plan, quote):
    c = ground(plan, quote)
    assert c is not None, quote
    return c


def target(value, unit, comparator=None, year=None, kind="target", metric="m", original="x", plan=None):
    c = Citation(plan_id="p", source="s", start=0, end=1, quote="x")
    return Target(metric=metric, value=value, unit=unit, comparator=comparator, year=year, kind=kind, original=original, citation=c)


# -- normalisation and answers ------------------------------------------------------------------
def test_normalize_folds_script_width_space_and_quotes():
    assert scorers.normalize("蘭州新區 ＡＩ＋政務 “雙倍增”") == scorers.normalize('兰州新区AI+政务"双倍增"')
    assert scorers.normalize("１２％") == "12%"


def test_answer_correct_needs_one_alternative_of_every_group():
    s = scorers.answer_correct("細化分解20項任務、64條工作舉措", [["20项任务", "20项"], ["64条"]])
    assert s.passed and s.value == 1.0
    half = scorers.answer_correct("细化分解20项任务", [["20项任务"], ["64条"]])
    assert not half.passed and half.value == 0.5 and "64条" in half.explanation


def test_answer_correct_full_width_digits_and_spaces():
    assert scorers.answer_correct("一网通办率 ９８％ 以上", [["98%"]]).passed
    assert not scorers.answer_correct("一网通办率95%", [["98%"]]).passed


# -- abstention ---------------------------------------------------------------------------------
def test_abstention_both_ways(plans):
    lanxi = by_file(plans, "000")[0]
    refused = Answer(question="q", answer=ABSTAIN_ZH, abstained=True)
    answered = Answer(question="q", answer="力争到2027年", citations=[cite(lanxi, "力争到2027年")])
    assert scorers.abstention(refused, True).passed
    assert not scorers.abstention(answered, True).passed  # the nearest sentence instead of abstaining
    assert scorers.abstention(answered, False).passed
    assert not scorers.abstention(refused, False).passed  # refusing an answerable question
    cited_refusal = Answer(question="q", answer=ABSTAIN_ZH, abstained=True, citations=[cite(lanxi, "力争到2027年")])
    assert not scorers.abstention(cited_refusal, True).passed


# -- citations ----------------------------------------------------------------------------------
def test_citations_valid_on_real_quotes_and_moved_offsets(plans):
    maanshan = by_file(plans, "001")[0]
    good = cite(maanshan, "發揮庫迪咖啡龍頭企業作用")
    assert scorers.citations_valid([good], plans).passed
    moved = good.model_copy(update={"start": good.start + 1, "end": good.end + 1})
    s = scorers.citations_valid([good, moved], plans)
    assert not s.passed and s.value == 0.5
    invented = good.model_copy(update={"quote": "發揮星巴克龍頭企業作用"})
    assert not scorers.citations_valid([invented], plans).passed
    unknown_plan = good.model_copy(update={"plan_id": "nope"})
    assert not scorers.citations_valid([unknown_plan], plans).passed


def test_citations_placed_by_file_and_region(plans):
    yiwu = next(p for p in plans if p.region == "义乌市")
    lanxi = by_file(plans, "000")[0]
    cs = [cite(yiwu, "中欧班列开行1601列"), cite(lanxi, "打造中欧班列集装箱海河联运拼提还箱中心")]
    assert scorers.citations_placed(cs, ["002_8aae07e36f419ad9.txt"], ["兰溪市", "义乌市"]).passed
    s = scorers.citations_placed(cs[:1], ["000_08dfb0cd4d043f74.txt"], ["兰溪市", "义乌市"])
    assert not s.passed and "兰溪" in s.explanation and "000_08dfb0cd4d043f74.txt" in s.explanation


def test_region_matches_with_and_without_suffix():
    assert scorers.region_matches("景宁畲族自治县", "景宁")
    assert scorers.region_matches("景宁畲族自治县", "景宁畲族自治县")
    assert scorers.region_matches("蘭州新區", "兰州新区")
    assert not scorers.region_matches("兰溪市", "兰州新区")
    assert not scorers.region_matches(None, "兰溪市")


# -- measures -----------------------------------------------------------------------------------
def m(title, text=""):
    return Measure(title=title, text=text or title)


def test_measure_match_tolerates_script_width_and_punctuation():
    expected = [{"title": "實施片區開發,推動以城聚人"}, {"title": "蓄势“总部经济”"}]
    actual = [m("实施片区开发，推动以城聚人"), m('蓄势"总部经济"')]
    s = scorers.measure_match(expected, actual)
    assert s.passed and s.details["recall"] == 1.0 and s.details["precision"] == 1.0


def test_measure_match_title_found_in_text():
    text = "一是培育优势产业链群。坚持“链式+集群”产业发展新模式"
    assert scorers.measure_match(["培育优势产业链群"], [m("链式集群", text)]).passed


def test_measure_recall_and_precision_fail():
    expected = ["培育优势产业链群", "突出企业主体地位", "蓄积产业发展后劲"]
    merged = [m("以现代化产业体系夯实向新求质基底", "一是培育优势产业链群。…二是突出企业主体地位。…三是蓄积产业发展后劲。")]
    s = scorers.measure_match(expected, merged)  # three measures returned as one: one match only
    assert not s.passed and s.details["recall"] == pytest.approx(1 / 3) and s.details["precision"] == 1.0
    extra = [m(t) for t in expected] + [m("大力发展低空经济")]
    s = scorers.measure_match(expected, extra)
    assert not s.passed and s.details["recall"] == 1.0 and s.details["precision"] == 0.75 and s.details["extra"] == ["大力发展低空经济"]
    assert scorers.measure_match(expected, []).value == 0.0


def test_measure_match_is_one_to_one():
    s = scorers.measure_match(["全面拓展人工智能应用", "全域提升人工智能素养"], [m("全面拓展人工智能应用")])
    assert s.details["matched"] == 1 and not s.passed


# -- targets ------------------------------------------------------------------------------------
def test_expected_values_in_chinese_numerals_scales_and_full_width():
    assert scorers.expected_value("3.6万", "亩") == (36000.0, "亩")
    assert scorers.expected_value(3.6, "万亩") == (36000.0, "亩")
    assert scorers.expected_value("千", "亿元") == (1e11, "元")
    assert scorers.expected_value("１４００", "家") == (1400.0, "家")
    assert scorers.expected_value("十万", "人") == (100000.0, "人")


def test_target_match_across_ways_of_writing_a_figure():
    e = [{"metric": "低效用地整治", "value": "3.6万", "unit": "亩", "comparator": "以上", "year": None, "kind": "target"},
         {"metric": "展会交易额", "value": "千", "unit": "亿元", "comparator": "突破", "year": None, "kind": "target"}]
    a = [target(36000, "亩", "以上", metric="低效用地整治"), target(1e11, "元", "超过", metric="展会交易额")]  # 超过 ≈ 突破
    s = scorers.target_match(e, a)
    assert s.passed and s.value == 1.0


def test_target_match_fails_on_value_unit_comparator_year_kind():
    e = [{"metric": "快递业务量", "value": 130, "unit": "亿件", "comparator": "突破", "year": None, "kind": "target"}]
    assert not scorers.target_match(e, [target(1.3e9, "件", "突破")]).passed  # wrong scale
    assert not scorers.target_match(e, [target(1.3e10, "元", "突破")]).passed  # wrong unit
    wrong_cmp = scorers.target_match(e, [target(1.3e10, "件", "以内")])
    assert not wrong_cmp.passed and wrong_cmp.details["diffs"][0]["fields"] == ["comparator"]
    invented_year = scorers.target_match(e, [target(1.3e10, "件", "突破", year=2023)])
    assert not invented_year.passed and invented_year.details["diffs"][0]["fields"] == ["year"]
    assert not scorers.target_match(e, [target(1.3e10, "件", "突破", kind="result")]).passed
    assert scorers.target_match(e, [target(1.3e10, "件", "突破")]).passed


def test_target_precision_counts_unlabelled_figures_but_not_optional_ones():
    e = [{"metric": "新增国家高新技术企业", "value": 400, "unit": "家"},
         {"metric": "万人技师学院", "value": 4, "unit": "所", "optional": True}]
    s = scorers.target_match(e, [target(400, "家"), target(4, "所")])
    assert s.passed and s.details["precision"] == 1.0
    s = scorers.target_match(e, [target(400, "家"), target(10000, "人")])  # 万人 read as a figure
    assert not s.passed and s.details["precision"] == 0.5
    assert scorers.target_match(e, [target(400, "家")]).passed  # the optional one is not required


def test_target_match_picks_the_right_one_of_equal_figures():
    e = [{"metric": "新增未来工厂", "value": 2, "unit": "家"}, {"metric": "新增产值超百亿企业", "value": 2, "unit": "家"}]
    a = [target(2, "家", metric="新增产值超百亿企业"), target(2, "家", metric="新增未来工厂")]
    assert scorers.target_match(e, a).passed


def test_comparator_classes():
    assert scorers.comparator_class("以上") == scorers.comparator_class("突破") == "at_least"
    assert scorers.comparator_class(None) == scorers.comparator_class("达到") == "exact"
    assert scorers.comparator_class("左右") == "about"
    assert scorers.comparator_class("以内") == "at_most"


# -- summaries and metadata ---------------------------------------------------------------------
def test_fact_coverage(plans):
    lanxi = by_file(plans, "000")[0]
    c = cite(lanxi, "力争到2027年")
    s = Summary(plan_id=lanxi.id, overview=[CitedSentence(text="兰溪力爭到2027年，智能織造示範地基本建成", citations=[c])], target_year=2027)
    text = scorers.summary_text(s)
    assert scorers.fact_coverage(text, [["2027"], ["智能织造示范地", "华东锂电兴旺地"]]).passed
    miss = scorers.fact_coverage(text, [["2027"], ["人工智能"]])
    assert not miss.passed and miss.value == 0.5


def test_metadata_match(plans):
    jingning = next(p for p in plans if p.region and p.region.startswith("景宁"))
    info = {"region": "景宁畲族自治县", "title": "发挥畲乡优势 增强内生动力 奋力推动民族地区高质量发展和共同富裕", "author": "翁 志鸿"}
    assert scorers.metadata_match({"region": "景宁畲族自治县", "title": info["title"], "author": "翁志鸿"}, info).passed
    assert scorers.metadata_match({"region": "景宁", "author": "翁志鸿"}, info).passed
    wrong = scorers.metadata_match({"region": "柯城区", "author": "翁志鸿"}, info)
    assert not wrong.passed and wrong.value == 0.5 and "region" in wrong.explanation
    invented = scorers.metadata_match({"title": None}, {"title": "一个标题"})  # the plan gives none: none may be invented
    assert not invented.passed
    assert scorers.metadata_match({"author": "柴勝松 吳衡"}, {"author": "柴胜松、吴衡"}).passed
    assert jingning.region  # the real plan carries a region the labels can match


# -- LLM judge (off by default) -----------------------------------------------------------------
class FakeJudge:
    def __init__(self, reply):
        self.reply = reply
        self.prompts = []

    def judge(self, messages):
        self.prompts.append("\n".join(m["content"] for m in messages))
        return self.reply


def test_llm_judge_reads_the_verdict_and_fills_the_versioned_prompt():
    j = FakeJudge("PASS: the answer gives 130亿件")
    s = scorers.llm_judge(j, "金华快递业务量的目标是多少？", "130亿件", "快递业务量突破130亿件")
    assert s.passed and s.details["prompt"] == "judge@1"
    assert "金华快递业务量的目标是多少？" in j.prompts[0] and "快递业务量突破130亿件" in j.prompts[0] and "{answer}" not in j.prompts[0]
    assert not scorers.llm_judge(FakeJudge("FAIL wrong figure"), "q", "130亿件", "13亿件").passed
    unreadable = scorers.llm_judge(FakeJudge("maybe?"), "q", "e", "a")
    assert not unreadable.passed and "unreadable" in unreadable.explanation


def test_llm_judge_through_the_client_counts_usage_and_names_the_prompt():
    from policyqa.engines.llm.client import Completion
    from policyqa.engines.usage import Usage

    class Client:
        usage = Usage()

        def __init__(self):
            self.sent = []

        def send(self, messages, *, prompt=None, schema_model=None, mode="text"):
            self.sent.append((messages, prompt.key))
            return Completion("FAIL: says 13亿件, the reference says 130亿件", prompt_tokens=120, completion_tokens=12)

    client = Client()
    s = scorers.llm_judge(scorers.LLMJudge(client), "金华快递业务量的目标是多少？", "130亿件", "13亿件")
    assert not s.passed and "13亿件" in s.explanation
    messages, key = client.sent[0]
    assert key == "judge@1" and [m["role"] for m in messages] == ["system", "user"] and "130亿件" in messages[1]["content"]
    assert client.usage.total_tokens == 132
