"""policyqa.track: a target of year N against the result a later report gives for N."""

import pytest

from policyqa.citations import verify
from policyqa.analysis.comparison import CompareRow
from policyqa.models import Citation
from policyqa.structure.plan import load
from policyqa.analysis.tables import read_csv, read_json, to_csv, to_json
from policyqa.analysis.tracking import TrackRow, pair_rows, track, verdict
from seriesfake import H2023, H2024, ScriptedEngine

CITE = Citation(plan_id="p", source="x.txt", start=0, end=1, quote="x")


def row(value, *, kind="target", unit="%", comparator=None, low=None, high=None, direction="up", measure="growth", indicator="gdp",
        year=2023, plan_id="p2023", plan_year=2023, region="湖州市", canonical=True) -> CompareRow:
    return CompareRow(region=region, plan_id=plan_id, source=f"{plan_id}.txt", plan_year=plan_year, indicator=indicator, indicator_zh=indicator,
                      indicator_en=indicator, canonical=canonical, measure=measure, direction=direction, metric=indicator, value=value, low=low,
                      high=high, unit=unit, comparator=comparator, year=year, kind=kind, original=f"{value}{unit}{comparator or ''}", citation=CITE)


def res(value, **kw) -> CompareRow:
    return row(value, **{"kind": "result", "plan_id": "p2024", "plan_year": 2024, **kw})


@pytest.mark.parametrize("result,expected", [(5.0, "met"), (5.2, "met"), (4.5, "met"), (4.4, "not_met"), (6.5, "exceeded")])
def test_about_is_met_within_the_documented_tolerance_and_exceeded_beyond_it_on_the_better_side(result, expected):
    assert verdict(row(5, comparator="左右"), res(result))[0] == expected


def test_the_tolerance_can_be_changed():
    assert verdict(row(5, comparator="左右"), res(4.8), tolerance=0.1)[0] == "not_met"


def test_about_a_figure_in_another_unit_allows_5_percent_of_it():
    level = dict(unit="元", measure="level", direction=None, indicator="gdp.level")
    assert verdict(row(300e8, comparator="左右", **level), res(286e8, **level))[0] == "met"
    assert verdict(row(300e8, comparator="左右", **level), res(284e8, **level))[0] == "not_met"


@pytest.mark.parametrize("result,expected", [(4.5, "met"), (4.8, "met"), (5.0, "met"), (5.3, "exceeded"), (4.4, "not_met")])
def test_a_range_is_met_inside_it_and_exceeded_above_it_for_a_growth(result, expected):
    assert verdict(row(5, comparator="range", low=4.5, high=5), res(result))[0] == expected


def test_a_range_of_a_lower_is_better_indicator_is_exceeded_below_it():
    assert verdict(row(3, comparator="range", low=2.5, high=3), res(2.0), better=-1)[0] == "exceeded"
    assert verdict(row(3, comparator="range", low=2.5, high=3), res(3.2), better=-1)[0] == "not_met"


def test_at_least_and_at_most():
    assert verdict(row(6, comparator="以上"), res(6.0))[0] == "met"
    assert verdict(row(6, comparator="以上"), res(5.2))[0] == "not_met"
    assert verdict(row(5, comparator="以内", measure="level", direction=None), res(4.6, measure="level", direction=None), better=-1)[0] == "met"
    assert verdict(row(5, comparator="以内", measure="level", direction=None), res(5.1, measure="level", direction=None), better=-1)[0] == "not_met"


def test_a_bare_target_is_a_bound_on_the_better_side():
    assert verdict(row(7.5), res(7.2)) == ("not_met", "7.2% against 7.5%: worse than the target (higher is better)")
    assert verdict(row(7.5), res(7.5))[0] == "met"
    assert verdict(row(3, measure="growth"), res(2.0), better=-1)[0] == "met"  # a CPI of 2% beats 3%


def test_a_decline_target_is_met_by_a_larger_decline():
    target = row(3, direction="down", indicator="energy_intensity")
    assert verdict(target, res(3.4, direction="down", indicator="energy_intensity"), better=-1)[0] == "met"
    assert verdict(target, res(2.1, direction="down", indicator="energy_intensity"), better=-1)[0] == "not_met"
    assert verdict(target, res(1.0, direction="up", indicator="energy_intensity"), better=-1)[0] == "not_met"  # it rose
    assert verdict(row(3, direction="down", comparator="以上"), res(3.5, direction="down"), better=-1)[0] == "met"  # 下降3%以上


def test_different_units_are_unclear():
    assert verdict(row(5000, unit="个", measure="level", direction=None), res(5487, unit="人", measure="level", direction=None))[0] == "unclear"


@pytest.fixture(scope="module")
def plans():
    return load([str(H2023), str(H2024)])


def test_track_pairs_each_target_with_the_later_reports_result_citing_both(plans):
    rows = track(plans, engine=ScriptedEngine())
    got = {(r.indicator, r.year): (r.result_original, r.verdict) for r in rows}
    assert got == {
        ("gdp", 2023): ("6.1%", "exceeded"),  # 5.5%—6%, 6.1%: above the range
        ("fiscal_revenue", 2023): ("5.2%", "not_met"),  # 6%以上
        ("industrial_value_added", 2023): ("6.8%", "met"),  # 7%左右 (规模以上 ↔ 规上)
        ("retail_sales", 2023): ("5.1%", "not_met"),
        ("unemployment", 2023): ("4.6%", "met"),  # 5%以内
        ("cpi", 2023): ("0.4%", "exceeded"),  # 3%左右, lower is better: beyond the band on the better side
        ("energy_intensity", 2023): ("3.4%", "met"),  # 下降3%, 下降3.4%
        ("new_high_tech_enterprises", 2023): ("342家", "met"),  # 300家以上
        ("rd_intensity.points", 2023): (None, "unclear"),  # the 2024 report gives no figure for it
    }
    by_id = {p.id: p for p in plans}
    for r in rows:
        assert verify(r.target_citation, by_id[r.target_plan_id])
        assert r.result_citation is None or verify(r.result_citation, by_id[r.result_plan_id])
        assert r.target_plan_year == 2023 and (r.result_plan_year in (None, 2024))
    unclear = next(r for r in rows if r.verdict == "unclear")
    assert "huzhou_gwr_2024.txt" in unclear.reason


def test_targets_with_no_later_report_are_not_tracked(plans):
    assert all(r.year == 2023 for r in track(plans, engine=ScriptedEngine()))
    assert track(plans[:1], engine=ScriptedEngine()) == []


def test_one_indicator(plans):
    rows = track(plans, engine=ScriptedEngine(), indicator="gdp")
    assert [(r.target_original, r.target_low, r.target_high, r.result_original) for r in rows] == [("5.5%—6%", 5.5, 6.0, "6.1%")]


def test_reports_of_different_regions_are_not_paired():
    rows = pair_rows([row(7.5), res(7.2, region="金华市")])
    assert [r.verdict for r in rows] == []
    rows = pair_rows([row(7.5), res(7.2, region="金华市")], region="湖州市")  # the user says they are one region's
    assert [r.verdict for r in rows] == ["not_met"]


def test_a_target_for_a_year_before_its_own_plan_is_a_past_figure_not_tracked():
    assert pair_rows([row(300, year=2020, measure="level", direction=None), res(280, year=2020, measure="level", direction=None)]) == []


def test_a_later_report_that_gives_two_different_results_is_unclear_only_when_they_disagree():
    two = [row(7.5), res(7.2), res(7.9)]
    (r,) = pair_rows(two)
    assert r.verdict == "unclear" and "disagree" in r.reason
    (r,) = pair_rows([row(7.5), res(7.6), res(7.9)])
    assert r.verdict == "met" and r.result_value == 7.6


def test_the_earliest_later_report_gives_the_result():
    later = res(7.9, plan_id="p2025", plan_year=2025)
    (r,) = pair_rows([row(7.5), later, res(7.2)])
    assert (r.result_plan_id, r.verdict) == ("p2024", "not_met")


def test_track_rows_round_trip_through_csv_and_json(plans):
    rows = track(plans, engine=ScriptedEngine())
    assert any(r.result_citation is None for r in rows)
    assert read_csv(to_csv(rows), TrackRow) == rows
    assert read_json(to_json(rows), TrackRow) == rows


def test_a_later_report_that_names_no_figure_of_the_indicator_still_counts_as_later(plans):
    (r,) = track(plans, engine=ScriptedEngine(), indicator="rd_intensity.points")
    assert (r.year, r.result_original, r.verdict) == (2023, None, "unclear") and "huzhou_gwr_2024.txt" in r.reason


# A target stated in words (与经济增长基本同步, 进一步下降) is listed with the later result, unclear.
WORDS_2030 = ("2030年某市政府工作报告\n\n一、2029年工作回顾\n过去一年，全市生产总值增长5.2%。\n\n二、2030年主要任务\n"
              "今年经济社会发展的主要预期目标是：全市生产总值增长5%左右，居民人均可支配收入增长与经济增长基本同步，"
              "单位生产总值能耗进一步下降，城镇新增就业、节能减排等约束性指标完成上级下达的目标。\n")
WORDS_2031 = ("2031年某市政府工作报告\n\n一、2030年工作回顾\n过去一年，全市生产总值增长5.3%，居民人均可支配收入增长6.6%。\n\n二、2031年主要任务\n"
              "今年经济社会发展的主要预期目标是：全市生产总值增长5%左右，居民人均可支配收入增长6%。\n")


def test_a_target_in_words_is_tracked_as_unclear_with_both_citations(tmp_path):
    (tmp_path / "a_2030.txt").write_text(WORDS_2030, encoding="utf-8")
    (tmp_path / "a_2031.txt").write_text(WORDS_2031, encoding="utf-8")
    plans = load([str(tmp_path / "a_2030.txt"), str(tmp_path / "a_2031.txt")])
    engine = ScriptedEngine({
        "a_2030.txt": [("全市生产总值增长5%左右", "5%左右", "全市生产总值增长", 5, "%", "左右", 2030, "target")],
        "a_2031.txt": [("过去一年，全市生产总值增长5.3%，居民人均可支配收入增长6.6%。", "5.3%", "全市生产总值增长", 5.3, "%", None, 2030, "result"),
                       ("过去一年，全市生产总值增长5.3%，居民人均可支配收入增长6.6%。", "6.6%", "居民人均可支配收入增长", 6.6, "%", None, 2030, "result")],
    })
    rows = track(plans, engine=engine, region="某市")
    got = {(r.indicator, r.year): (r.target_original, r.result_original, r.verdict) for r in rows}
    assert got == {
        ("gdp", 2030): ("5%左右", "5.3%", "met"),
        ("income", 2030): ("居民人均可支配收入增长与经济增长基本同步", "6.6%", "unclear"),
        ("energy_intensity", 2030): ("单位生产总值能耗进一步下降", None, "unclear"),  # the 2031 report gives no figure for it
    }  # a list of several things (城镇新增就业、节能减排等) is not a target of one indicator
    by_id = {p.id: p for p in plans}
    income = next(r for r in rows if r.indicator == "income")
    assert income.target_value is None and "in words" in income.reason
    assert verify(income.target_citation, by_id[income.target_plan_id]) and verify(income.result_citation, by_id[income.result_plan_id])
    assert read_csv(to_csv(rows), TrackRow) == rows
    assert read_json(to_json(rows), TrackRow) == rows
    from policyqa.analysis.comparison import compare

    assert all(r.value is not None for r in compare(plans, engine=engine))  # compare lists figures only


def test_a_later_report_saying_the_target_was_missed_in_words_is_not_met(tmp_path):
    import policyqa

    (tmp_path / "a.txt").write_text("2015年政府工作报告\n\n一、2014年工作回顾\n\n去年经济平稳增长。\n\n二、2015年工作总体部署\n\n"
                                     "今年经济社会发展的主要预期目标是：国内生产总值增长7%左右，进出口增长6%左右。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("2016年政府工作报告\n\n一、2015年工作回顾\n\n受全球贸易萎缩等因素影响，去年我国进出口总额出现下降，预期增长目标未能实现。"
                                     "国内生产总值增长6.9%。\n\n二、2016年工作总体部署\n\n今年国内生产总值增长6.5%—7%。\n", encoding="utf-8")
    rows = {r.indicator: r for r in policyqa.track(sorted(tmp_path.glob("*.txt")), region="中国")}
    trade = rows["foreign_trade"]
    assert trade.verdict == "not_met" and "目标未能实现" in trade.result_original
    assert trade.result_citation is not None and "预期增长目标未能实现" in trade.result_citation.quote
    assert rows["gdp"].verdict == "met"  # 6.9% against 7%左右


def test_targets_in_words_after_the_list_and_missed_in_words(tmp_path):
    import policyqa

    (tmp_path / "a.txt").write_text("2012年政府工作报告\n\n二、2012年工作的总体要求\n\n今年经济社会发展的主要预期目标是：国内生产总值增长7.5%；居民消费价格涨幅控制在4%左右。"
                                     "同时，城乡居民收入实际增长和经济增长保持同步。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("2013年政府工作报告\n\n一、过去一年工作回顾\n\n去年国内生产总值增长7.8%。政府工作仍存在一些缺点和不足，节能减排、物价调控目标没有完成。\n\n"
                                     "二、2013年工作的总体要求\n\n今年国内生产总值增长7.5%左右。\n", encoding="utf-8")
    rows = {r.indicator: r for r in policyqa.track(sorted(tmp_path.glob("*.txt")), region="中国")}
    assert rows["income"].target_original == "城乡居民收入实际增长和经济增长保持同步" and rows["income"].verdict == "unclear"
    assert rows["cpi"].verdict == "not_met" and "物价调控目标没有完成" in rows["cpi"].result_citation.quote
