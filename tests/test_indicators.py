"""Indicators: the words plans use for one quantity become one canonical indicator, and a growth
rate, a level and a change in percentage points never share one."""

import pytest

from policyqa.errors import InputError
from policyqa.analysis.indicators import classify, load_table, read_table, resolve


@pytest.mark.parametrize("metric", ["地区生产总值增长", "全市生产总值增长", "GDP增长", "经济增长", "全省经济增长", "地區生產總值增長", "上海生产总值增长", "国内生产总值增长"])
def test_the_ways_plans_name_gdp_growth_are_one_indicator(metric):
    r = classify(metric, "%", region="上海市")
    assert (r.indicator, r.measure, r.canonical, r.en) == ("gdp", "growth", True, "GDP")


@pytest.mark.parametrize("metric", ["规上工业增加值增长", "规模以上工业增加值", "規模以上工業增加值增長", "规模以上工业增加值增速"])
def test_industrial_value_added_above_size_is_one_indicator(metric):
    assert classify(metric, "%").indicator == "industrial_value_added"


def test_growth_level_points_and_average_growth_are_different_indicators():
    assert classify("地区生产总值增长", "%").indicator == "gdp"
    assert classify("地区生产总值", "元").indicator == "gdp.level"  # 4.7万亿元 is not a 5% growth
    assert classify("地区生产总值增长", "元").indicator == "gdp.level"  # 增长7.5%，达到309亿元: the 亿元 figure is the level
    assert classify("研发经费投入强度提高", "个百分点").indicator == "rd_intensity.points"  # 百分点 is not %
    assert classify("研发经费投入强度", "%").indicator == "rd_intensity"
    assert classify("地区生产总值年均增长", "%").indicator == "gdp.avg_growth"


def test_a_rate_is_a_level_and_提高到_is_a_level_too():
    assert classify("城镇调查失业率", "%").measure == "level"
    assert classify("研发经费投入强度提高到", "%").indicator == "rd_intensity"
    assert classify("城镇化率提高", "个百分点").indicator == "urbanization_rate.points"


def test_declines_are_growth_downwards():
    r = classify("单位地区生产总值能耗下降", "%")
    assert (r.indicator, r.direction, r.better) == ("energy_intensity", "down", "lower")


def test_denominators_and_other_things_that_mention_gdp_are_not_gdp():
    assert classify("数字经济占GDP比重", "%").canonical is False
    assert classify("全社会研发经费支出相当于全市生产总值的比例", "%").indicator == "rd_intensity"
    assert classify("单位地区生产总值能耗", "%").indicator == "energy_intensity"
    assert classify("数字经济增长", "%").canonical is False  # ^经济增长 counts only at the start
    assert classify("人均地区生产总值增长", "%").indicator == "gdp_per_capita.growth"


def test_a_rate_in_another_unit_is_not_that_rate():
    assert classify("研发经费投入", "元").canonical is False


def test_two_things_named_together_are_not_the_second_one():
    assert classify("城镇和农村居民人均可支配收入", "元").indicator != "rural_income.level"
    assert classify("城镇常住居民人均可支配收入、农村常住居民人均可支配收入均增长", "%").indicator == "urban_income"


def test_metrics_the_table_does_not_list_are_grouped_by_their_own_words():
    a = classify("金融市场交易总额增长", "%")
    b = classify("全市金融市场交易总额同比增长", "%")
    assert a.indicator == b.indicator == "金融市场交易总额.growth" and not a.canonical
    assert classify("环境空气质量优良率", "%").indicator == classify("環境空氣質量優良率", "%").indicator == "环境空气质量优良率"


def test_names_users_type_resolve_to_indicators():
    assert resolve("gdp") == resolve("GDP") == resolve("地区生产总值") == resolve("地區生產總值") == "gdp"
    assert resolve("gdp.level") == "gdp.level" and resolve("gdp.growth") == "gdp"
    assert resolve("规上工业增加值") == "industrial_value_added"
    assert resolve("no such thing") is None


def test_the_table_is_versioned_and_covers_the_common_indicators():
    t = load_table()
    assert t.version
    for id_ in ("gdp", "fixed_asset_investment", "retail_sales", "exports", "foreign_trade", "fiscal_revenue", "rd_intensity", "unemployment",
                "cpi", "income", "energy_intensity", "grain_output", "new_high_tech_enterprises", "industrial_value_added", "foreign_capital"):
        ind = t[id_]
        assert ind.zh and ind.en and ind.aliases


def test_a_malformed_table_names_the_file_and_the_reason(tmp_path):
    p = tmp_path / "t.yaml"
    p.write_text("version: 1\nindicators:\n  - {id: a, aliases: [生产总值]}\n  - {id: b, aliases: [生產總值]}\n", encoding="utf-8")
    with pytest.raises(InputError, match="t.yaml: alias 生產總值 names both a and b"):
        read_table(p)
    p.write_text("indicators: []\n", encoding="utf-8")
    with pytest.raises(InputError, match="version"):
        read_table(p)


def test_several_things_named_together_are_read_in_order():
    from policyqa.analysis.indicators import classify_all

    assert [r.indicator for r in classify_all("城乡居民人均可支配收入分别增长", "%")] == ["urban_income", "rural_income"]
    assert [r.indicator for r in classify_all("城镇和农村居民人均可支配收入分别达", "元")] == ["urban_income.level", "rural_income.level"]
    assert [r.indicator for r in classify_all("城镇常住居民人均可支配收入、农村常住居民人均可支配收入均增长", "%")] == ["urban_income", "rural_income"]
    assert [r.indicator for r in classify_all("规模以上工业总产值、全社会固定资产投资总额分别增长", "%")] == ["规模以上工业总产值.growth", "fixed_asset_investment"]
    assert [r.indicator for r in classify_all("地区生产总值增长", "%")] == ["gdp"]


def test_an_amounts_level_needs_a_unit_of_its_own():
    assert classify("地区生产总值跨越千亿元台阶", "个").canonical is False
    assert classify("地区生产总值迈上", None).canonical is False
    assert classify("地区生产总值", "元").indicator == "gdp.level"
    assert classify("新增国家高新技术企业", "家").indicator == "new_high_tech_enterprises"


def test_older_names_of_rural_income_are_rural_income():
    assert classify("农民人均纯收入增长", "%").indicator == "rural_income"
    assert classify("城乡居民可支配收入增长", "%").indicator == "income"


def test_a_head_noun_shared_across_a_list_or_a_sibling_names_the_indicator():
    from policyqa.analysis.indicators import classify_all, classify_joined

    # 粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上: 粮食 + 产量 is grain output; the others stay their own words
    first = classify_all("粮食、肉蛋奶、蔬菜产量均稳定在", "吨")[0]
    assert (first.indicator, first.canonical) == ("grain_output", True)
    # 确保粮食播种面积1530万亩、总产量125亿斤: the 125亿斤 is 粮食总产量
    assert classify_joined("确保粮食播种面积", "总产量", "斤").indicator == "grain_output"
    # … but an alias must span the join: 工业总产值 and 固定资产投资 stay two things
    rs = classify_all("规模以上工业总产值、全社会固定资产投资总额分别增长", "%")
    assert [r.canonical for r in rs] == [False, True] and rs[1].indicator == "fixed_asset_investment"
    assert classify_joined("确保粮食播种面积", "总面积", "亩") is None


@pytest.mark.parametrize("metric, indicator", [
    ("单位国内生产总值能耗下降", "energy_intensity"),  # the national reports' words
    ("今年能源消耗强度要降低", "energy_intensity"),
    ("单位国内生产总值二氧化碳排放降低", "carbon_intensity"),
    ("二氧化碳排放强度要降低", "carbon_intensity"),  # not energy intensity
])
def test_synonyms_of_the_table_name_the_same_indicator(metric, indicator):
    assert classify(metric, "%").indicator == indicator


def test_a_malformed_synonym_list_names_the_file(tmp_path):
    bad = tmp_path / "t.yaml"
    bad.write_text("version: 1\nsame: {地区生产总值: 国内生产总值}\nindicators: []\n", encoding="utf-8")
    with pytest.raises(InputError, match="same:"):
        read_table(bad)


def test_a_ratio_of_two_things_is_neither_of_them():
    from policyqa.analysis.indicators import classify_all

    assert [r.indicator for r in classify_all("社会物流总费用与地区生产总值的比率降至", "%")] != ["社会物流总费用", "gdp"]
    assert "gdp" not in [r.indicator for r in classify_all("社会物流总费用与地区生产总值的比率降至", "%")]
    assert [r.indicator for r in classify_all("城镇和农村居民人均可支配收入分别增长", "%")] == ["urban_income", "rural_income"]


@pytest.mark.parametrize("metric, indicator", [("居民消费价格涨幅回落到", "cpi"), ("地区生产总值增速提高到", "gdp")])
def test_a_rate_of_growth_moved_to_a_figure_is_growth(metric, indicator):
    r = classify(metric, "%")
    assert (r.indicator, r.measure) == (indicator, "growth")
