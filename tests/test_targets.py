"""Numeric targets on the real plans: figures read by hand from the texts, years, kinds, citations."""

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import policyqa
from policyqa.citations import verify
from policyqa.engines.offline.targets import find_targets

ROOT = Path(__file__).parents[1]
PLANS = ROOT / "evals" / "plans"
CORPUS = Path(__file__).parents[2] / "shared" / "corpus"

# Seed 003 (Jinhua 2023 work report, sections 三–五), every figure read from the text:
# (as written, value after normalising, unit, comparator, a word the metric must contain)
SEED_003 = [
    ("4个以上", 4, "个", "以上", "项目"),
    ("460亿元", 460e8, "元", "超", "物流企业营收"),
    ("130亿件", 130e8, "件", "突破", "快递业务量"),
    ("450亿元", 450e8, "元", "超", "金融业增加值"),
    ("千亿元", 1000e8, "元", "突破", "展会交易额"),
    ("10个以上", 10, "个", "以上", "项目团队"),
    ("5个以上", 5, "个", "以上", "成果转化项目"),
    ("20家以上", 20, "家", "以上", "科创平台"),
    ("400家", 400, "家", None, "高新技术企业"),
    ("1400家以上", 1400, "家", "以上", "科技型中小企业"),
    ("141亿元以上", 141e8, "元", "以上", "投资"),
    ("5个", 5, "个", None, "学前教育"),
    ("6个", 6, "个", None, "义务教育"),
    ("4所", 4, "所", None, "技师学院"),
    ("100人", 100, "人", None, "高层次人才"),
    ("10万人以上", 100_000, "人", "以上", "大学生"),
    ("10万人", 100_000, "人", None, "技术技能人才"),
    ("1000人以上", 1000, "人", "以上", "工程师"),
    ("12%以上", 12, "%", "以上", "数字经济核心产业增加值"),
    ("15家", 15, "家", None, "智能工厂"),
    ("2家", 2, "家", None, "未来工厂"),
    ("10条", 10, "条", None, "产业链"),
    ("400个", 400, "个", None, "技改项目"),
    ("60个以上", 60, "个", "以上", "重大制造业项目"),
    ("6%", 6, "%", None, "规上工业增加值"),
    ("5200亿元", 5200e8, "元", "超", "产业集群产值"),
    ("70个以上", 70, "个", "以上", "制造业项目"),
    ("60%以上", 60, "%", "以上", "项目"),
    ("6亿美元以上", 6e8, "美元", "以上", "外资"),
    ("25%以上", 25, "%", "以上", "外资占比"),
    ("80家以上", 80, "家", "以上", "制造业企业"),
    ("2家", 2, "家", None, "百亿企业"),
    ("8家", 8, "家", None, "上市"),
    ("200家", 200, "家", None, "专精特新"),
    ("500家", 500, "家", None, "小升规"),
    ("40家以上", 40, "家", "以上", "品字标"),
    ("50%以上", 50, "%", "以上", "要素资源"),
    ("2400亿元", 2400e8, "元", "达到", "工业总产值"),
    ("25%以上", 25, "%", "以上", "制造业投资"),
    ("3.6万亩以上", 36_000, "亩", "以上", "低效用地"),
    ("10个", 10, "个", None, "集中连片"),
    ("1.5万亩以上", 15_000, "亩", "以上", "面积"),
    ("27个", 27, "个", None, "一件事"),
]


def plans_of(name):
    return policyqa.load(str(next(PLANS.glob(f"{name}_*.txt"))))


def corpus_plans():
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not present")
    return policyqa.load(str(CORPUS))


@pytest.fixture(scope="module")
def seed_plans():
    return policyqa.load(str(PLANS))


@pytest.fixture(scope="module")
def t003():
    (plan,) = plans_of("003")
    return plan, find_targets(plan)


def test_seed_003_every_figure_in_order(t003):
    _, targets = t003
    assert [t.original for t in targets] == [e[0] for e in SEED_003]


@pytest.mark.parametrize("i", range(len(SEED_003)))
def test_seed_003_figure(t003, i):
    original, value, unit, comparator, word = SEED_003[i]
    t = t003[1][i]
    assert t.original == original
    assert t.value == pytest.approx(value)
    assert t.unit == unit
    assert t.comparator == comparator
    assert word in t.metric, t.metric
    assert t.kind == "target"  # a work report's plan for the year
    assert t.year is None  # the excerpt never states the year: none is invented
    assert original in t.citation.quote


def test_seed_003_metrics_keep_the_verb_across_siblings(t003):
    metrics = [t.metric for t in t003[1]]
    assert "新增国家高新技术企业" in metrics
    assert "新增省科技型中小企业" in metrics  # 新增A 400家、B 1400家以上


def test_attribute_figures_fold_into_the_main_figure(t003):
    # 10亿元以上制造业项目70个以上: one figure (70 projects), its size in the metric
    t = next(t for t in t003[1] if t.original == "70个以上")
    assert "10亿元以上" in t.metric
    assert not any(t.original.startswith("10亿元") for t in t003[1])


def test_seed_000_targets():
    (plan,) = plans_of("000")
    ts = {t.original: t for t in find_targets(plan)}
    t = ts["98%以上"]
    assert "一网通办" in t.metric and t.value == 98 and t.unit == "%" and t.comparator == "以上" and t.kind == "target"
    assert ts["100%"].metric.endswith("办结率") and ts["95%以上"].metric == "满意度"
    # slogans and names are no figures: “3+1+1”, “132”, “十行动”, 一是, 十五届七次全会
    assert not any(t.value in (3, 132, 10, 15, 7, 1) and t.unit in (None, "次", "个") for t in ts.values())
    assert all(t.value != 2027 for t in ts.values())


def test_seed_002_results_with_years():
    plans = {p.region: p for p in plans_of("002")}
    dinghai = {t.original: t for t in find_targets(plans["定海区"])}
    t = dinghai["142.2亿元"]
    assert (t.value, t.unit, t.comparator, t.year, t.kind) == (pytest.approx(142.2e8), "元", "达到", 2024, "result")
    assert dinghai["38.7%"].kind == "result" and "增长" in dinghai["38.7%"].metric
    yiwu = {t.original: t for t in find_targets(plans["义乌市"])}
    assert (yiwu["1601列"].value, yiwu["1601列"].unit, yiwu["1601列"].kind) == (1601, "列", "result")
    assert "中欧班列" in yiwu["1601列"].metric
    assert (yiwu["13万标箱"].value, yiwu["13万标箱"].unit) == (130_000, "标箱")
    assert yiwu["3586亿元"].metric == "外贸出口" and yiwu["24.5%"].metric == "外贸出口增长"
    beilun = {t.original: t for t in find_targets(plans["北仑区"])}
    assert beilun["6%左右"].comparator == "左右" and beilun["1000亿美元"].comparator == "突破"


def test_traditional_script_plan_figures_keep_their_characters():
    (plan,) = plans_of("001")
    ts = find_targets(plan)
    # 7個方面47個…“創新之問”: a count, the only quantity; 5A級, 2.0版, “十五五”, 七未 are not
    assert [t.original for t in ts] == ["47個"]
    assert ts[0].value == 47 and ts[0].unit == "个" and ts[0].kind == "result"


def test_plan_without_figures_has_no_targets():
    (plan,) = plans_of("004")
    assert find_targets(plan) == []


def test_span_filter_keeps_only_figures_inside(t003):
    plan, targets = t003
    i = plan.text.index("大力发展现代物流业")
    j = plan.text.index("。", i) + 1
    inside = find_targets(plan, plan.clean_start + i, plan.clean_start + j)
    assert [t.original for t in inside] == ["4个以上", "460亿元", "130亿件"]
    assert find_targets(plan, plan.clean_start, plan.clean_start) == []


def _no_non_quantities(plan, targets):
    for t in targets:
        assert not re.fullmatch(r"(19|20)\d\d年?", t.original), t
        assert "〔" not in t.original and "号" not in t.original and "届" not in t.original
        assert not t.original.startswith("第")
        assert t.unit is not None or re.search(r"[万亿]", t.original), t


def test_seed_citations_verify_and_hold_the_figure(seed_plans):
    total = 0
    for plan in seed_plans:
        ts = find_targets(plan)
        _no_non_quantities(plan, ts)
        for t in ts:
            assert verify(t.citation, plan), t
            assert t.original in plan.document.raw[t.citation.start : t.citation.end]
            total += 1
    assert total >= 150


def test_corpus_citations_verify():
    plans = corpus_plans()
    counts = {}
    for plan in plans:
        ts = find_targets(plan)
        _no_non_quantities(plan, ts)
        bad = [t for t in ts if not verify(t.citation, plan)]
        assert bad == []
        counts[plan.source.rsplit("/", 1)[-1]] = counts.get(plan.source.rsplit("/", 1)[-1], 0) + len(ts)
    assert counts["06_yichun_stats_communique_2022_scraped.txt"] > 300  # a statistics communiqué is all figures


def test_corpus_lead_sentence_year_and_kinds():
    plans = {p.title: p for p in corpus_plans()}
    action = next(p for t, p in plans.items() if t and "行动计划" in t)
    ts = {t.original: t for t in find_targets(action)}
    # 到2023年，… then the "--平台建设长足进步。培育3家…" lines: the lead's year applies
    assert ts["800个"].year == 2023 and "智能工厂" in ts["800个"].metric
    assert ts["2万家"].value == 20_000 and ts["2万家"].year == 2023
    rcep = next(p for t, p in plans.items() if t and "RCEP" in t)
    r = [t for t in find_targets(rcep) if t.unit == "%"][:3]
    assert [(t.value, t.year) for t in r] == [(30, 2024), (20, 2024), (10, 2024)]
    yichun = next(p for t, p in plans.items() if t and "统计公报" in t)
    kinds = [t.kind for t in find_targets(yichun)]
    assert kinds.count("result") / len(kinds) > 0.9


def run(*args):
    return subprocess.run([sys.executable, "-m", "policyqa", *args], capture_output=True, text=True, cwd=ROOT)


def test_cli_targets_json_names_the_engine():
    r = run("targets", "evals/plans/003_26c80170ebd69532.txt", "--json")
    assert r.returncode == 0, r.stderr
    (item,) = json.loads(r.stdout)
    assert item["plan"]["region"] == "金华市" and item["engine"] == "offline"
    assert [t["original"] for t in item["targets"]] == [e[0] for e in SEED_003]


def test_cli_targets_csv_one_row_per_figure():
    r = run("targets", "evals/plans/003_26c80170ebd69532.txt", "--csv")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == len(SEED_003)
    row = next(x for x in rows if x["original"] == "3.6万亩以上")
    assert (row["value"], row["unit"], row["comparator"], row["engine"]) == ("36000", "亩", "以上", "offline")


def test_cli_targets_text_and_bad_path():
    r = run("targets", "evals/plans/000_08dfb0cd4d043f74.txt")
    assert r.returncode == 0 and "98%以上" in r.stdout and "offline" in r.stdout
    r = run("targets", "no/such/file.txt")
    assert r.returncode == 2 and "no/such/file.txt" in r.stderr and "Traceback" not in r.stderr


def test_a_plan_counting_its_own_tasks_sets_no_target():
    # seed 000: "细化分解20项任务、64条工作举措" is the plan's outline, not a figure it sets
    (plan,) = policyqa.load(next(PLANS.glob("000_*.txt")))
    originals = [t.original for t in find_targets(plan)]
    assert "20项" not in originals and "64条" not in originals
    assert "98%以上" in originals


def test_a_bound_written_before_the_figure_is_its_comparator(tmp_path):
    f = tmp_path / "p.txt"
    f.write_text("某市支持政策\n一、平台激励\n按照不超过平台建设费用的30%给予激励，单个企业每年贴息上限为1000万元。每区至少培育示范基地1家。\n", encoding="utf-8")
    by = {t.original: t.comparator for t in find_targets(policyqa.load(f)[0])}
    assert by["30%"] == "不超过" and by["1000万元"] == "不超过" and by["1家"] == "不低于"


def test_in_a_review_what_was_secured_is_a_result(tmp_path):
    f = tmp_path / "p.txt"
    f.write_text("2031年某区政府工作报告\n一、2030年工作回顾\n过去一年，争取中央预算内投资2.76亿元，新增就业6435人，确保完成目标任务117%。力争到2033年建成产业园3个。\n", encoding="utf-8")
    kinds = {t.original: (t.kind, t.year) for t in find_targets(policyqa.load(f)[0])}
    assert kinds["2.76亿元"] == ("result", 2030) and kinds["6435人"] == ("result", 2030)
    assert kinds["3个"] == ("target", 2033)


def test_a_review_part_whose_heading_says_its_key_tasks_were_accomplished_reports_results(tmp_path):
    # "（五）…，重点工作取得突破" inside "一、2030年工作回顾": the tasks a review says were done, not a part of tasks
    f = tmp_path / "p.txt"
    f.write_text("2031年某市政府工作报告\n各位代表：\n一、2030年工作回顾\n（一）积极应对下行压力，经济保持平稳增长。全市生产总值完成2650.6亿元。\n"
                 "（二）聚焦聚力攻坚克难，重点工作取得突破。淘汰取缔燃煤锅炉776台，关停土小企业4757家。\n"
                 "二、2031年重点工作\n（一）全力推进项目建设。新建保障房2万套。\n", encoding="utf-8")
    kinds = {t.original: (t.kind, t.year) for t in find_targets(policyqa.load(f)[0])}
    assert kinds["776台"] == ("result", 2030) and kinds["4757家"] == ("result", 2030), kinds
    assert kinds["2万套"] == ("target", 2031), kinds


def test_a_five_year_plan_period_gives_its_last_year(tmp_path):
    f = tmp_path / "p.txt"
    f.write_text("某省节能减排方案\n到“十四五”末，全省单位生产总值能耗下降13.5%，“十四五”期间累计完成投资500亿元。\n", encoding="utf-8")
    years = {t.original: t.year for t in find_targets(policyqa.load(f)[0])}
    assert years == {"13.5%": 2025, "500亿元": 2025}


def test_grain_in_jin_is_a_figure(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("2019年政府工作报告\n一、2018年工作回顾\n过去一年，全区粮食产量达到1.4亿斤。\n", encoding="utf-8")
    (t,) = [t for t in find_targets(policyqa.load(f)[0]) if t.unit == "斤"]
    assert (t.original, t.value, t.kind, t.year) == ("1.4亿斤", 1.4e8, "result", 2018)


def test_a_review_that_grew_to_a_past_year_reports_a_result(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("2016年政府工作报告\n一、“十二五”时期和2015年工作回顾\n五年来，社会消费品零售总额由2010年的68亿元增加到2015年的136.3亿元。\n"
                 "二、2016年工作安排\n今年要推动社会消费品零售总额增长9%，到2020年达到200亿元。\n", encoding="utf-8")
    got = {t.original: (t.kind, t.year) for t in find_targets(policyqa.load(f)[0])}
    assert got["136.3亿元"] == ("result", 2015)  # 到2015年 is the past in a 2016 report
    assert got["200亿元"] == ("target", 2020)



def test_a_five_year_review_dates_its_figures_by_its_last_year(tmp_path):
    # a work report's review of five years: a figure with no year of its own is for the period's
    # last year (labels of three blind labellers agree), and "比“十三五”时期" is a comparison's base
    f = tmp_path / "r.txt"
    f.write_text("2026年某省政府工作报告\n一、2025年和“十四五”时期工作回顾\n过去一年，地区生产总值增长5.1%。\n"
                 "“十四五”时期是开启新征程的第一个五年。地区生产总值年均增长4.5%，高于“十三五”时期1.2个百分点。五年来，实际使用外资比“十三五”时期增长78.9%。\n"
                 "二、2026年工作安排\n今年是“十五五”开局之年。主要预期目标是：地区生产总值增长5%左右。\n", encoding="utf-8")
    got = {t.original: (t.kind, t.year) for t in find_targets(policyqa.load(f)[0])}
    assert got["5.1%"] == ("result", 2025)
    assert got["4.5%"] == ("result", 2025) and got["1.2个百分点"] == ("result", 2025) and got["78.9%"] == ("result", 2025)
    assert got["5%左右"] == ("target", 2026)  # 主要预期目标 inside this year's part: this year's


def test_this_years_part_keeps_its_year_past_a_sentence_opening_with_jinhou(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("2026年某省政府工作报告\n二、2026年工作安排\n今年要推动消费增长5%。\n今后，凡是能立等可取的，窗口当场办结。\n"
                 "（一）扩大有效投资。固定资产投资增长3%左右。\n", encoding="utf-8")
    got = {t.original: (t.kind, t.year) for t in find_targets(policyqa.load(f)[0])}
    assert got["3%左右"] == ("target", 2026)


def test_a_plan_named_in_quotes_does_not_make_a_review_figure_a_target(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("2026年某省政府工作报告\n一、2025年工作回顾\n过去一年，“兴省英才计划”深入实施，引进高层次人才4456人。\n", encoding="utf-8")
    got = {t.original: (t.kind, t.year) for t in find_targets(policyqa.load(f)[0])}
    assert got["4456人"] == ("result", 2025)


@pytest.mark.parametrize("written, low, high, comparator", [
    ("4.5—5%", 4.5, 5.0, None),
    ("5%—5.5%", 5.0, 5.5, None),
    ("4.5%-5%左右", 4.5, 5.0, "左右"),
    ("5%至5.5%", 5.0, 5.5, None),
])
def test_a_range_is_one_figure_holding_both_ends(written, low, high, comparator, tmp_path):
    # a range target used to vanish (4.5—5%) or come out as its lower end with the rest in the metric
    f = tmp_path / "r.txt"
    f.write_text(f"2024年某县政府工作报告\n\n今年经济社会发展的主要预期目标是：地区生产总值增长{written}，居民收入同步增长。\n", encoding="utf-8")
    plan = policyqa.load(f)[0]
    [t] = [t for t in policyqa.targets(plan) if "生产总值" in t.metric]
    assert t.original == written and t.value == high and t.comparator == comparator
    assert t.metric == "地区生产总值增长" and t.year == 2024 and t.kind == "target"
    assert verify(t.citation, plan)


def test_a_span_of_years_is_not_a_range_figure(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("某市行动计划（2025—2027年）\n\n实施2025—2027年专项行动，建成3至5个示范基地。\n", encoding="utf-8")
    figures = [t.original for t in policyqa.targets(policyqa.load(f)[0])]
    assert figures == ["3至5个"]


def test_steadying_expectations_in_a_review_is_not_a_word_of_the_future(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("2026年某省政府工作报告\n\n一、2025年工作回顾\n\n刚刚过去的2025年，全省上下着力稳就业、稳预期，地区生产总值增长5.3%。\n\n"
                 "二、2026年主要预期目标\n\n今年地区生产总值增长5%左右。\n", encoding="utf-8")
    got = {(t.original, t.year, t.kind) for t in policyqa.targets(policyqa.load(f)[0])}
    assert got == {("5.3%", 2025, "result"), ("5%左右", 2026, "target")}


def test_last_year_in_a_clause_is_the_year_before_the_plans(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("2013年政府工作报告\n\n二、2013年工作的总体要求和主要目标\n\n关于物价总水平。去年居民消费价格涨幅回落到2.6%，比上年回落2.8个百分点。"
                 "今年居民消费价格涨幅控制在3.5%左右。\n", encoding="utf-8")
    got = {(t.original, t.year) for t in policyqa.targets(policyqa.load(f)[0])}
    assert ("2.6%", 2012) in got and ("3.5%左右", 2013) in got


def _plan_of_text(tmp_path, text, name="plan.txt"):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    (plan,) = policyqa.load(f)
    return plan


def test_pdf_text_figures_spaced_from_their_units_school_years_and_spans_of_years(tmp_path):
    plan = _plan_of_text(tmp_path, (
        "施政報告\n"
        "56. 為改善康復服務：把康復服務名額由2023-24 年度約37 300 個，在2028-29 年度或之前增至約39 900 個；"
        "由2024-25 年度起計三年內，逐步增加約800 個職業康復延展計劃的服務名額。\n"
        "58. 在2026/27 學年完結前，課餘託管服務的受惠人數增至4 600 名。\n"))
    got = {t.original: t for t in find_targets(plan)}
    assert got["37 300 個"].value == 37300 and got["37 300 個"].unit == "个"
    assert (got["37 300 個"].year, got["37 300 個"].kind) == (2023, "result")  # where the change starts from
    assert (got["39 900 個"].year, got["39 900 個"].kind) == (2028, "target")
    assert got["800 個"].year == 2026  # 2024-25 and the two years after it
    assert got["4 600 名"].year == 2026
    assert all(verify(t.citation, plan) for t in got.values())


def test_a_news_post_reports_results_of_its_year_and_relays_targets(tmp_path):
    # a news post's present-tense counts are results of the post's year; words of the future, a past
    # year and a quoted name ("倍增计划") are read as such
    f = tmp_path / "news.md"
    f.write_text("---\ntitle: '某市企业入列新一轮名单'\ndate: Thu, 26 May 2022 07:54:49 GMT\n---\n\n"
                 "记者张三 某市报道 今年某市有521家“倍增计划”试点企业。1—7月，全市完成投资675.9亿元，投资完成率54.4%。\n\n"
                 "截至2021年底，倍增企业数量扩充至457家。\n\n"
                 "市长表示，力争全年新增高新技术企业500家。同时，新增上市公司30家以上。\n", encoding="utf-8")
    got = {t.original: (t.year, t.kind) for t in policyqa.targets(policyqa.load(f)[0])}
    assert got["521家"] == (2022, "result") and got["675.9亿元"] == (2022, "result") and got["54.4%"] == (2022, "result")
    assert got["457家"] == (2021, "result")
    assert got["500家"] == (2022, "target") and got["30家以上"] == (2022, "target")


def test_a_news_posts_account_of_a_plan_with_a_period_dates_its_targets_at_the_periods_end(tmp_path):
    # "浙江省印发《…攻坚行动方案（2021—2023年）》…通过3年攻坚，…达到37万元": the plan's figures are for
    # 2023, not the post's year; a post that names no such period keeps its year, results stay results
    f = tmp_path / "news.md"
    text = ("---\ntitle: '某省开始了重要一步'\ndate: Fri, 05 Nov 2021 06:39:06 GMT\n---\n\n"
            "记者张三 某省报道 日前，某省印发《新一轮制造业攻坚行动方案（2021—2023年）》。\n\n"
            "方案提出，通过3年攻坚，力争全省规上工业亩均税收达到37万元，淘汰落后产能企业5000家。\n\n"
            "此前全国省份三季报出炉，某省地区生产总值增长10.6%。\n")
    f.write_text(text, encoding="utf-8")
    got = {t.original: (t.year, t.kind) for t in policyqa.targets(policyqa.load(f)[0])}
    assert got["37万元"] == (2023, "target") and got["5000家"] == (2023, "target")
    assert got["10.6%"][1] == "result"
    g = tmp_path / "other.md"  # a period the post's year is not in (an earlier plan's) dates none of them
    g.write_text(text.replace("（2021—2023年）", "（2016—2020年）"), encoding="utf-8")
    got = {t.original: (t.year, t.kind) for t in policyqa.targets(policyqa.load(g)[0])}
    assert got["37万元"] == (2021, "target")


def test_round_counts_in_words_durations_and_spaced_scales(tmp_path):
    # 突破百项…, 培育百家… are round counts; 五年半 / 一年半 / 下降了半年 / 6.1 年 are durations;
    # PDF text spaces 萬 from its number ("近5,000 萬元"); 上半年 and 2022 年 are no figures
    plan = _plan_of_text(tmp_path, (
        "某某实施意见\n\n到2025年，突破百项前沿关键核心技术，培育百家专业服务机构。\n\n"
        "上半年，公屋平均輪候時間下降了半年，由高峰6.1 年下降至五年半，為受惠者節省近5,000 萬元租金開支。"
        "2026 年度共減少一年半。\n"))
    got = {t.original: t for t in find_targets(plan)}
    assert got["百项"].value == 100 and got["百项"].unit == "项" and got["百家"].value == 100
    assert got["半年"].value == 0.5 and got["五年半"].value == 5.5 and got["一年半"].value == 1.5
    assert got["5,000 萬元"].value == 5e7
    assert not any(k.startswith("2026") or k.startswith("2025") for k in got)
    assert all(verify(t.citation, plan) for t in got.values())


def test_a_text_in_the_republics_calendar_reads_its_years_as_gregorian(tmp_path):
    f = tmp_path / "tw.txt"
    f.write_text("伍、交 通\n一、103年度下半年重要施政成果\n本市於103年9月啟用公車專用道，全年服務旅客計12萬人次。\n"
                 "二、未來施政重點\n104年度將新闢自行車道20公里。\n", encoding="utf-8")
    got = {t.original: (t.kind, t.year) for t in find_targets(policyqa.load(f)[0])}
    assert got["12萬人次"] == ("result", 2014)
    assert got["20公里"][0] == "target"  # (its year, 104年度 in its own clause, is not read yet)


def test_where_a_change_of_five_years_started_is_a_figure_of_its_own(tmp_path):
    # "从2020年的10.5万元提高到2025年的14万元": both ends are figures (the start a result of the year
    # before the five years when the sentence does not name it); units such as 场次, 微克/立方米 are read
    f = tmp_path / "r.txt"
    f.write_text("2026年某省政府工作报告\n一、“十四五”时期工作回顾\n“十四五”时期是极不平凡的五年。人均地区生产总值从2020年的10.5万元提高到2025年的14万元左右。"
                 "一般公共预算收入从7248亿元提高到8865亿元。设区城市PM2.5年平均浓度25微克/立方米。举办各类基层文化活动超过10万场次。\n", encoding="utf-8")
    got = {t.original: (t.kind, t.year) for t in find_targets(policyqa.load(f)[0])}
    assert got["10.5万元"] == ("result", 2020) and got["7248亿元"] == ("result", 2020)
    assert got["8865亿元"] == ("result", 2025) and got["14万元左右"][1] == 2025
    assert got["25微克/立方米"] == ("result", 2025) and got["10万场次"] == ("result", 2025)


def test_a_sentence_opening_with_a_deadline_dates_the_figures_after_it_in_its_paragraph(tmp_path):
    # "2027年前，实现…。推动5款以上…。引育5家以上…。2030年前，…": each figure is of the deadline before it
    f = tmp_path / "p.txt"
    f.write_text("某市未来产业培育行动方案（2025-2030年）\n一、主要目标\n"
                 "2027年前，实现高质量脑控。推动5款以上产品完成型式检验。引育5家以上自主创新企业、10家以上产业链骨干企业。"
                 "2030年前，打造产品创新高地，培育20家以上企业。\n", encoding="utf-8")
    got = {t.original: t.year for t in find_targets(policyqa.load(f)[0])}
    assert got["5款以上"] == 2027 and got["10家以上"] == 2027 and got["20家以上"] == 2030


def test_the_targets_of_a_five_year_plan_a_report_gives_are_for_the_periods_end(tmp_path):
    # a 2026 report's part on the “十五五” plan, and the outline's indicators it lists, speak of 2030;
    # this year's targets stay 2026
    plan = _plan_of_text(tmp_path, "2026年某省政府工作报告\n——2026年1月20日在某省第十四届人民代表大会第五次会议上\n"
                         "二、“十五五”时期的主要目标任务\n"
                         "（一）聚焦绿色转型。加快建设新型能源体系，新增非化石能源装机占比达到75%以上。\n"
                         "省政府编制了《某省国民经济和社会发展第十五个五年规划纲要（草案）》，提请本次大会审议。\n"
                         "《纲要（草案）》明确了经济社会发展主要指标：一是围绕经济发展，提出6项指标，其中地区生产总值年均增长5%左右。"
                         "二是围绕安全保障，提出2项指标，其中粮食综合生产能力526亿斤左右。\n"
                         "三、2026年工作安排\n2026年是“十五五”开局之年。今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，"
                         "城镇新增就业45万人以上。\n")
    years = {t.original: (t.year, t.kind) for t in find_targets(plan)}
    assert years["75%以上"] == (2030, "target") and years["526亿斤左右"] == (2030, "target") and years["5%左右"] == (2030, "target")
    assert years["5.5%左右"] == (2026, "target") and years["45万人以上"] == (2026, "target")


def test_a_year_that_leads_a_later_clause_and_a_rate_for_every_year_date_no_figure_before_them(tmp_path):
    plan = _plan_of_text(tmp_path, "某市推进家庭医生签约服务高质量发展实施方案\n二、主要任务\n"
                         "（一）扩大签约覆盖。在现有服务水平基础上，全人群签约服务覆盖率每年提升1～3个百分点，逐年提高满意度。\n"
                         "（二）做实长期处方。经家庭医生评估可将处方用药量最长放宽至3个月，到2025年，全部社区卫生服务中心均应提供长期处方服务。"
                         "到2025年，签约服务覆盖率达到75%。\n")
    years = {t.original: t.year for t in find_targets(plan)}
    assert years["1～3个百分点"] is None and years["3个月"] is None and years["75%"] == 2025


def test_the_end_of_a_change_is_not_dated_by_where_it_started(tmp_path):
    # "赤字率从去年的2.1%提高到2.3%" in the 2015 report: 2.1% is last year's, 2.3% this year's
    plan = _plan_of_text(tmp_path, "2015年政府工作报告\n二、2015年工作总体部署\n"
                         "今年拟安排财政赤字1.62万亿元，赤字率从去年的2.1%提高到2.3%。\n")
    years = {t.original: t.year for t in find_targets(plan)}
    assert years["2.1%"] == 2014 and years["2.3%"] == 2015


def test_expectations_in_a_review_are_no_words_of_the_future(tmp_path):
    # "好的预期不断释放" (expectations) in a review of the five years: its figures are results, not targets
    plan = _plan_of_text(tmp_path, "某市2026年政府工作报告\n——2026年1月22日在某市第十八届人民代表大会第五次会议上\n一、2025年工作回顾\n"
                          "过去一年，全市地区生产总值增长4.8%。\n"
                          "各位代表！“十四五”以来，我们迎难而上，稳的态势有所巩固、好的预期不断释放，GDP年均增长4.4%，工业战略性新兴产业占规上工业比重达到30%以上。\n"
                          "二、2026年工作安排\n今年经济社会发展主要预期目标是：地区生产总值增长4.5%。\n", "report.txt")
    by_value = {round(float(t.value), 2): t.kind for t in policyqa.find_targets(plan) if t.value is not None}
    assert by_value[4.4] == "result" and by_value[30] == "result" and by_value[4.5] == "target"


def test_a_plan_named_in_a_review_is_no_word_of_the_future(tmp_path):
    # "启动实施…三年行动计划", "比年度计划翻了一番", "“2030启航计划”启动实施", "完成年计划的118.2%": plans named in a
    # review; its figures are last year's results
    plan = _plan_of_text(tmp_path, "某区2026年政府工作报告\n——2026年1月20日在某区第十三届人民代表大会第五次会议上\n一、2025年工作回顾\n"
                          "过去一年，我们启动实施特色优势产业高质量发展三年行动计划，规模以上高技术制造业增加值增长13.8%。"
                          "稳步扩大教育资源供给，新增高中学位8700多个、比年度计划翻了一番。“2030启航计划”启动实施，登记技术合同成交额增长19.5%。"
                          "城镇新增就业完成年计划的118.2%。新退出政府融资平台346家、超计划19家。\n"
                          "二、2026年工作安排\n今年经济社会发展主要预期目标是：地区生产总值增长5%左右；计划新增高中学位3000个。\n", "report.txt")
    by_value = {round(float(t.value), 2): (t.kind, t.year) for t in policyqa.find_targets(plan) if t.value is not None}
    assert by_value[13.8] == ("result", 2025) and by_value[8700] == ("result", 2025)
    assert by_value[19.5] == ("result", 2025) and by_value[118.2] == ("result", 2025)  # a name holding digits; a year's plan
    assert by_value[19] == ("result", 2025)  # 超计划: more than planned, done
    assert by_value[5] == ("target", 2026) and by_value[3000] == ("target", 2026)  # a verb's 计划 still looks ahead


def test_a_sentence_opening_with_the_next_five_year_period_starts_its_targets_after_a_review(tmp_path):
    # a part headed with both the past period's results and the next one's targets: its sentences
    # about the past are results, and from "“十五五”时期是…" on, the indicators speak of 2030
    plan = _plan_of_text(tmp_path, "2026年某市政府工作报告\n——2026年1月20日在某市第十六届人民代表大会第五次会议上\n"
                         "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n"
                         "“十四五”时期是极不平凡的五年。这五年，地区生产总值年均增长5.2%。\n"
                         "“十五五”时期是基本实现社会主义现代化夯实基础的关键时期。"
                         "《纲要草案》设置了29项主要指标，包括：地区生产总值年均增速4.5%-5%、服务贸易年均增速5%左右。\n"
                         "三、2026年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n")
    got = {t.original: (t.year, t.kind) for t in find_targets(plan)}
    assert got["5.2%"][1] == "result"
    assert got["5%左右"] == (2026, "target") and any(k.startswith("4.5%") and v == (2030, "target") for k, v in got.items())
    a = policyqa.ask("某市“十五五”时期地区生产总值年均增速目标是多少？", [plan])
    assert not a.abstained and "4.5%-5%" in a.answer


def test_a_range_whose_ends_both_carry_the_unit_is_one_figure(tmp_path):
    # "500万元—5000万元": the lower end's own unit before the dash; it used to come out as 500万元 with
    # "—5000万元" in the metric. Ends of different units are a range too when the unit is written again (5000万元-1亿元).
    f = tmp_path / "r.txt"
    f.write_text("某县关于加快旅游业发展的若干意见\n\n对新建旅游项目，项目资金投入500万元—5000万元的，给予10%补助；接待游客1000万人次至1200万人次。\n", encoding="utf-8")
    plan = policyqa.load(f)[0]
    got = {t.original: t for t in policyqa.targets(plan)}
    r = got["500万元—5000万元"]
    assert (r.metric, r.value, r.unit) == ("项目资金投入", 5e7, "元")  # (a range's value is its upper end, as 4.5%—5% gives 5)
    assert got["1000万人次至1200万人次"].value == 1.2e7
    assert all(verify(t.citation, plan) for t in got.values())


def test_the_whole_year_of_an_implementation_plan_is_its_own_year(tmp_path):
    # "全年力争完成投资92亿元": a plan signed in 2031 speaks of 2031, and so do the figures its sentence goes on to
    f = tmp_path / "p.txt"
    f.write_text("海湾综合实验区管委会关于进一步扩大有效投资的实施意见\n一、加快城市公用设施工程建设\n"
                 "（一）目标任务\n全年力争完成投资92亿元，比年度计划增加14亿元；新建改造城市道路40.84公里，新增公共停车泊位510个以上。\n"
                 "（二）保障措施\n各部门要密切配合。\n海湾综合实验区管委会\n2031年6月29日\n", encoding="utf-8")
    plan = policyqa.load(f)[0]
    assert plan.date == "2031-06-29"
    found = {t.metric: t for t in find_targets(plan)}
    assert {found[m].year for m in ("完成投资", "新建改造城市道路", "新增公共停车泊位")} == {2031}, {m: (t.year, t.kind) for m, t in found.items()}
    assert found["完成投资"].kind == "target"


def test_each_figure_of_a_list_whose_items_name_their_years_is_of_its_own_items_year(tmp_path):
    # "到2027年更新老旧设备5218台，其中2024年850台、2025年1200台…": 1200台 is 2025's, not the list's first year
    f = tmp_path / "p.txt"
    f.write_text("某区推动大规模设备更新实施方案\n二、重点任务\n"
                 "4. 推动能源设备更新改造。到2027年更新老旧设备5218台，其中2024年850台、2025年1200台、2026年1440台、2027年1728台。\n"
                 "（某区发改委负责）\n某区人民政府办公室\n2024年5月28日\n", encoding="utf-8")
    plan = policyqa.load(f)[0]
    years = {int(t.value): t.year for t in find_targets(plan) if t.unit == "台"}
    assert years == {5218: 2027, 850: 2024, 1200: 2025, 1440: 2026, 1728: 2027}, years


def test_a_provisions_reward_is_a_target_whatever_its_condition_says_was_done(tmp_path):
    # "对…新获批…的，当年给予企业100万元奖励": the condition (新获批, 同比增长…的) says who qualifies, not that
    # anything was done; a plan that sets out what is to be done has no results where nothing else says so
    f = tmp_path / "p.txt"
    f.write_text("某县关于支持重点产业加快发展的实施意见\n一、鼓励企业标准创制和品牌建设\n"
                 "第10条 对牵头制定并新获批国际标准、国家标准的，当年分别给予企业100万元和50万元奖励；对年度新获认定中国驰名商标的，当年给予企业50万元奖励。\n"
                 "第11条 对规上工业企业年产值同比增长超过1000万元的，给予企业超出额0.5%的奖励，奖励最高不超过20万元。\n"
                 "某县人民政府\n2031年2月8日\n", encoding="utf-8")
    kinds = {(t.value, t.unit): t.kind for t in find_targets(policyqa.load(f)[0])}
    assert kinds[(1000000.0, "元")] == kinds[(500000.0, "元")] == kinds[(0.5, "%")] == kinds[(200000.0, "元")] == "target", kinds


def test_a_number_written_with_wan_and_digits_after_it_is_one_figure(tmp_path):
    # Taiwan's reports write "18萬119人次", "16 萬 6,511 人" (PDF spacing): one figure, 180119 and 166511
    f = tmp_path / "r.txt"
    f.write_text("臺北市政府施政報告\n一、文化\n2014年臺北流行音樂季總參與人次達18萬119人次，臺北設計城市展參觀人數達 16 萬 6,511 人，"
                 "新增補助5萬元。\n", encoding="utf-8")
    values = sorted(t.value for t in find_targets(policyqa.load(f)[0]))
    assert values == [50000.0, 166511.0, 180119.0], values


def test_a_figures_year_from_the_sentence_before_its_semicolon_and_its_words(tmp_path):
    # a news post: "到2035年，…" leads its own paragraph only, not the later ones that name a year of their own;
    # "数据显示，2020年，…；实际到位资金…" dates the clause after the semicolon; "同年，…" is the year the sentence
    # before named; "由2020年的7.2%提升至7.4%" dates where the change started, not 7.4%; in a report of 2031,
    # "抓好6条续建高铁建设，今年建成…，2033年建成…" is this year's
    f = tmp_path / "post.md"
    f.write_text(
        "---\ntitle: 某省推进承接产业转移\ndate: 2031-03-01\n---\n\n"
        "到2035年，形成若干在全国具有重要影响力的产业集群。\n\n"
        "数据显示，2030年，集聚区在建省外投资项目1077个，同比增长15.93%；实际到位资金2637.99亿元，同比增长11.02%。\n\n"
        "根据普查结果，2029年末，6市常住人口2682.17万人。同年，6市GDP总量11195.21亿元。\n", encoding="utf-8")
    years = {t.metric: t.year for t in find_targets(policyqa.load(f)[0])}
    assert years["实际到位资金"] == 2030 and years["集聚区在建省外投资项目"] == 2030
    assert years["6市GDP总量"] == 2029
    g = tmp_path / "报告.txt"
    g.write_text(
        "2031年某省政府工作报告\n——2031年1月27日在某省第十四届人民代表大会第五次会议上\n各位代表：\n"
        "一、“十五五”时期发展成就\n经济总量占全国比重由2025年的7.2%提升至7.4%。\n"
        "二、2031年重点工作\n抓好6条续建高铁建设，今年建成两条高铁，高铁里程突破3400公里，2033年、2034年分别建成津潍、潍宿高铁。\n"
        "把居民消费价格涨幅控制在3.5%左右，考虑了去年涨价翘尾影响和今年新涨价因素。\n", encoding="utf-8")
    found = find_targets(policyqa.load(g)[0])
    years = {(t.value, t.unit): t.year for t in found}
    assert years[(7.4, "%")] != 2025 and years[(7.2, "%")] == 2025, found
    assert years[(6.0, "条")] == 2031 and years[(3400.0, "公里")] == 2031, found
    assert years[(3.5, "%")] == 2031, found  # (去年 of "去年涨价翘尾影响" is a word of what it names, no year of the figure)


def test_a_target_nothing_dates_is_of_its_reports_year_or_of_the_one_year_its_plans_title_names(tmp_path):
    # "经济社会发展主要预期目标是：生产总值增长7%左右" in a 2031 report: 2031's; in "某市2031年设备更新…实施方案" a
    # target its words do not date is 2031's; a plan titled with a period ("（2031—2033年）") dates none by its title
    report = tmp_path / "报告.txt"
    report.write_text("2031年某市政府工作报告\n——2031年1月30日在某市第十六届人民代表大会第三次会议上\n各位代表：\n"
                      "一、2030年工作回顾\n全市生产总值增长5.1%。\n二、2031年工作安排\n政府工作的总体要求是：坚持稳中求进。\n"
                      "经济社会发展主要预期目标是：生产总值增长7%左右，一般公共预算收入增长6%左右。\n", encoding="utf-8")
    years = {t.metric: t.year for t in find_targets(policyqa.load(report)[0]) if t.kind == "target"}
    assert years.get("生产总值增长") == 2031 and years.get("一般公共预算收入增长") == 2031, years
    plan = tmp_path / "方案.txt"
    plan.write_text("某市2031年设备更新和消费品以旧换新实施方案\n一、支持设备更新\n"
                    "（一）新能源城市公交车及动力电池更新平均每辆车补贴8万元。\n（二）对个人消费者购买手机给予补贴15%。\n", encoding="utf-8")
    assert {t.year for t in find_targets(policyqa.load(plan)[0])} == {2031}
    period = tmp_path / "措施.txt"
    period.write_text("某市支持商用车发展若干政策措施（2031—2033年）\n一、研发激励\n（一）对年销量3000辆以上的车型给予500万元激励。\n", encoding="utf-8")
    assert {t.year for t in find_targets(policyqa.load(period)[0]) if t.value == 5000000.0} == {None}
