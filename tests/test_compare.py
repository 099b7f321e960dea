"""policyqa.compare: one cited row per plan and figure under its canonical indicator."""

import sys
from pathlib import Path

import pytest

from policyqa.citations import verify
from policyqa.analysis.comparison import CompareRow, compare, figure_range, plan_year, rows_of, rows_to_dataframe
from policyqa.errors import InputError
from policyqa.structure.plan import load
from policyqa.analysis.tables import read_csv, read_json, to_csv, to_json
from seriesfake import H2023, H2024, ScriptedEngine, figure

SEEDS = Path(__file__).parents[1] / "evals" / "plans"


@pytest.fixture(scope="module")
def plans():
    return load([str(H2023), str(H2024)])


def test_gdp_growth_targets_of_each_report_one_row_each_cited(plans):
    rows = compare(plans, indicator="gdp", kind="target", engine=ScriptedEngine())
    assert [(r.plan_year, r.year, r.original, r.comparator) for r in rows] == [(2023, 2023, "5.5%—6%", "range"), (2024, 2024, "5.5%左右", "左右")]
    by_id = {p.id: p for p in plans}
    for r in rows:
        assert r.region == "湖州市" and r.level == "city" and r.kind == "target" and r.indicator_en == "GDP"
        assert verify(r.citation, by_id[r.plan_id]) and r.original in r.citation.quote
    assert (rows[0].low, rows[0].high) == (5.5, 6.0)


def test_a_result_is_never_a_target(plans):
    rows = compare(plans, indicator="gdp", engine=ScriptedEngine())
    assert {(r.original, r.kind) for r in rows} == {("4.2%", "result"), ("5.5%—6%", "target"), ("6.1%", "result"), ("5.5%左右", "target")}
    assert all(r.kind == "result" for r in compare(plans, indicator="gdp", kind="result", engine=ScriptedEngine()))


def test_the_gdp_level_is_not_the_gdp_growth(plans):
    rows = compare(plans, indicator="gdp.level", engine=ScriptedEngine())
    assert [(r.original, r.unit, r.measure) for r in rows] == [("3850亿元", "元", "level"), ("4015亿元", "元", "level")]


def test_a_work_reports_figures_without_a_year_take_the_reports_year_and_say_so(plans):
    rows = compare(plans, indicator="gdp", engine=ScriptedEngine())
    got = {(r.original, r.year, r.year_inferred) for r in rows}
    assert ("4.2%", 2022, False) in got  # the engine gave 2022
    assert ("5.5%—6%", 2023, True) in got  # a target of the 2023 report: 2023
    assert ("6.1%", 2023, True) in got  # a result of the 2024 report: 2023
    assert ("5.5%左右", 2024, False) in got
    assert [r.original for r in compare(plans, indicator="gdp", year=2023, engine=ScriptedEngine())] == ["5.5%—6%", "6.1%"]


def test_rows_come_grouped_by_indicator_in_table_order(plans):
    rows = compare(plans, engine=ScriptedEngine())
    order = [r.indicator for r in rows]
    assert order.index("gdp") < order.index("fiscal_revenue") < order.index("unemployment")
    assert order == sorted(order, key=order.index)  # each indicator's rows together


def test_names_aliases_and_globs_select_indicators(plans):
    eng = ScriptedEngine()
    assert {r.indicator for r in compare(plans, indicator="地区生产总值", engine=eng)} == {"gdp"}
    assert {r.indicator for r in compare(plans, indicator="gdp*", engine=eng)} == {"gdp", "gdp.level"}
    assert {r.indicator for r in compare(plans, indicator="规上工业增加值", engine=eng)} == {"industrial_value_added"}
    with pytest.raises(InputError, match="unknown indicator 'nonsense'"):
        compare(plans, indicator="nonsense", engine=eng)
    with pytest.raises(InputError, match="kind is target or result"):
        compare(plans, kind="goal", engine=eng)


def test_compare_takes_paths_too():
    rows = compare([str(H2023), str(H2024)], indicator="cpi", engine=ScriptedEngine())
    assert [r.original for r in rows] == ["3%左右", "0.4%"]


def test_a_figure_repeated_in_a_plan_is_one_row(plans):
    twice = {"huzhou_gwr_2023.txt": [("一般公共预算收入增长6%以上；", "6%以上", "一般公共预算收入增长", 6, "%", "以上", None, "target")] * 2}
    assert len(compare(plans, engine=ScriptedEngine(twice))) == 1


def test_a_range_is_read_from_the_cited_words_when_the_engine_kept_one_end(plans):
    p = plans[0]
    one_end = figure(p, "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%—6%；", "5.5%", "地区生产总值增长", 5.5, "%")
    assert figure_range(one_end) == (5.5, 6.0)
    assert figure_range(figure(p, "一般公共预算收入增长6%以上；", "6%以上", "一般公共预算收入增长", 6, "%", "以上")) is None


@pytest.mark.parametrize("text,year", [
    ("政府工作报告\n——2016年2月19日在海拉尔区第十四届人民代表大会第五次会议上\n各位代表：\n地区生产总值增长7.5%。", 2016),
    ("各位代表：现在，我代表上海市人民政府，向大会报告工作。一、2023年工作回顾\n过去一年，生产总值增长5%。", 2024),
    ("关于印发行动方案的通知\n力争到2027年，新增企业100家。", None),
])
def test_a_plans_own_year(tmp_path, text, year):
    f = tmp_path / "p.txt"
    f.write_text(text, encoding="utf-8")
    assert plan_year(load(str(f))[0]) == year


def test_csv_and_json_round_trip(plans):
    rows = compare(plans, engine=ScriptedEngine())
    assert read_csv(to_csv(rows), CompareRow) == rows
    assert read_json(to_json(rows), CompareRow) == rows
    assert "citation.quote" in to_csv(rows).splitlines()[0]


def test_a_malformed_csv_names_the_file_and_line(plans):
    rows = compare(plans, indicator="gdp", engine=ScriptedEngine())
    bad = to_csv(rows).replace(",target,", ",goal,", 1)
    with pytest.raises(InputError, match=r"rows.csv: line \d+: kind"):
        read_csv(bad, CompareRow, source="rows.csv")
    with pytest.raises(InputError, match="missing columns"):
        read_csv("a,b\n1,2\n", CompareRow, source="rows.csv")


def test_rows_to_dataframe(plans):
    pd = pytest.importorskip("pandas")
    rows = compare(plans, indicator="gdp", engine=ScriptedEngine())
    df = rows_to_dataframe(rows)
    assert isinstance(df, pd.DataFrame) and len(df) == len(rows)
    assert list(df["original"]) == [r.original for r in rows] and "citation.quote" in df.columns


def test_rows_to_dataframe_without_pandas_says_how_to_get_it(plans, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        rows_to_dataframe([])


def test_compare_with_the_offline_engine_over_the_seed_plans_cites_every_row():
    plans = load(str(SEEDS))
    rows = compare(plans)
    assert rows
    by_id = {p.id: p for p in plans}
    assert all(verify(r.citation, by_id[r.plan_id]) for r in rows)
    assert all(r.kind in ("target", "result") and r.indicator for r in rows)


def test_the_plan_of_a_document_without_structure_still_compares(tmp_path):
    doc = tmp_path / "one.txt"
    doc.write_text("今年全市地区生产总值增长6%左右。", encoding="utf-8")
    rows = compare(str(doc), indicator="gdp")
    assert [(r.value, r.comparator) for r in rows] == [(6.0, "左右")]


def test_rows_saved_as_json_or_csv_load_back(plans, tmp_path):
    from policyqa.analysis.tables import load_rows, write

    rows = compare(plans, engine=ScriptedEngine())
    write(tmp_path / "rows.json", to_json(rows))
    write(tmp_path / "rows.csv", to_csv(rows))
    assert load_rows(tmp_path / "rows.json", CompareRow) == rows == load_rows(tmp_path / "rows.csv", CompareRow)
    with pytest.raises(InputError, match="nothing.csv: cannot read"):
        load_rows(tmp_path / "nothing.csv", CompareRow)


def test_a_bare_growth_metric_takes_its_indicator_from_the_cited_words(plans):
    p = plans[1]
    t = figure(p, "过去一年，全市生产总值4015亿元，增长6.1%。", "6.1%", "增长（按可比价计算）", 6.1, "%", kind="result")
    (row,) = rows_of(p, [t])
    assert (row.indicator, row.measure, row.metric) == ("gdp", "growth", "增长（按可比价计算）")
    lone = figure(p, "城镇调查失业率4.6%。", "4.6%", "增长", 4.6, "%", kind="result")
    assert rows_of(p, [lone])[0].indicator == "unemployment"
    nothing = figure(p, "现在，我代表市人民政府向大会报告工作，请予审议。", "现在", "增长", 1, None, kind="result")
    assert rows_of(p, [nothing])[0].canonical is False


def test_figures_named_together_are_read_in_order_and_one_figure_for_both_is_two_rows(tmp_path):
    doc = tmp_path / "r.txt"
    doc.write_text("政府工作报告\n——2024年1月5日在某区人民代表大会上\n过去一年，城乡居民人均可支配收入分别增长8.7%和8.6%。"
                   "今年主要预期目标是：城乡居民人均可支配收入分别增长7.5%。", encoding="utf-8")
    p = load(str(doc))[0]
    s1, s2 = "过去一年，城乡居民人均可支配收入分别增长8.7%和8.6%。", "今年主要预期目标是：城乡居民人均可支配收入分别增长7.5%。"
    ts = [figure(p, s1, "8.7%", "城乡居民人均可支配收入分别增长", 8.7, "%", kind="result"),
          figure(p, s1, "8.6%", "城乡居民人均可支配收入分别增长", 8.6, "%", kind="result"),
          figure(p, s2, "7.5%", "城乡居民人均可支配收入分别增长", 7.5, "%")]
    got = [(r.indicator, r.original, r.kind) for r in rows_of(p, ts)]
    assert got == [("urban_income", "8.7%", "result"), ("rural_income", "8.6%", "result"), ("urban_income", "7.5%", "target"), ("rural_income", "7.5%", "target")]


def test_a_comparator_is_read_for_what_it_says_of_the_figure(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("2019年政府工作报告\n一、2018年工作回顾\n过去一年，城镇登记失业率控制在3.9%。\n"
                 "二、2019年工作安排\n今年城乡常住居民人均可支配收入分别增长7%和8%左右，城镇登记失业率控制在4%以内。\n", encoding="utf-8")
    (plan,) = load(f)
    engine = ScriptedEngine({"r.txt": [
        ("过去一年，城镇登记失业率控制在3.9%。", "3.9%", "城镇登记失业率", 3.9, "%", "控制在", 2018, "result"),
        ("今年城乡常住居民人均可支配收入分别增长7%和8%左右，", "7%", "城乡常住居民人均可支配收入分别增长", 7, "%", None, 2019, "target"),
        ("今年城乡常住居民人均可支配收入分别增长7%和8%左右，", "8%左右", "城乡常住居民人均可支配收入分别增长", 8, "%", "左右", 2019, "target"),
        ("城镇登记失业率控制在4%以内。", "4%以内", "城镇登记失业率", 4, "%", "以内", 2019, "target"),
    ]})
    got = {(r.indicator, r.original): r.comparator for r in compare([plan], engine=engine)}
    assert got == {
        ("registered_unemployment", "3.9%"): None,  # the rate the review reports, not a ceiling
        ("urban_income", "7%"): "左右",  # 7%和8%左右: about, both
        ("rural_income", "8%左右"): "左右",
        ("registered_unemployment", "4%以内"): "以内",
    }


def test_a_figure_of_a_part_of_the_region_is_not_the_regions(tmp_path):
    f = tmp_path / "r.txt"
    text = ("2024年政府工作报告\n一、2023年工作回顾\n全社会固定资产投资增长13.8%。临港新片区新一轮支持政策出台，规模以上工业总产值、"
            "全社会固定资产投资总额分别增长22.5%和10.3%。\n")
    f.write_text(text, encoding="utf-8")
    (plan,) = load(f)
    rows = compare([plan], indicator="fixed_asset_investment", engine=policyqa_offline())
    assert [r.original for r in rows] == ["13.8%"]
    lingang = [r for r in compare([plan], engine=policyqa_offline()) if r.original == "10.3%"]
    assert lingang and not lingang[0].canonical and "临港新片区" in lingang[0].indicator_zh


def policyqa_offline():
    from policyqa.engines import get_engine

    return get_engine("offline")
