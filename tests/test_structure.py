"""The structure layer says what each part of a plan speaks of: a work report's review gives
results of last year, its targets part this year's targets; a communiqué gives results only."""

from pathlib import Path

import policyqa
from policyqa.structure.sections import context_at, plan_year, years_in
from policyqa.engines.offline.targets import find_targets

CORPUS = Path(__file__).parents[2] / "shared" / "corpus"

# A made-up work report in the shape of the genre (a review, this year's targets, tasks).
REPORT = """2031年某市政府工作报告

一、2030年工作回顾
过去一年，全市生产总值增长6.1%，新增高新技术企业120家。城镇新增就业8万人。

二、2031年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率控制在5%以内。
（一）做强创新主体。新增高新技术企业150家以上。

三、加强政府自身建设
坚持依法行政。
"""

COMMUNIQUE = """某县2030年国民经济和社会发展统计公报
全年地区生产总值增长4.2%。计划新建的项目完成投资12亿元。
"""


def _plan(tmp_path, name, text):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return policyqa.load(f)[0]


def test_years_are_read_one_way():
    assert years_in("到2027年，2023年底前，2021—2023年") == [2027, 2023, 2023]


def test_a_work_report_reviews_last_year_and_sets_this_years_targets(tmp_path):
    plan = _plan(tmp_path, "report.txt", REPORT)
    assert plan_year(plan) == 2031
    by = {(t.original, t.metric[:6]): (t.kind, t.year) for t in find_targets(plan)}
    got = {k[0]: v for k, v in by.items()}
    assert got["6.1%"] == ("result", 2030)
    assert got["120家"] == ("result", 2030)
    assert got["8万人"] == ("result", 2030)
    assert got["5.5%左右"] == ("target", 2031)
    assert got["5%以内"] == ("target", 2031)
    assert got["150家以上"] == ("target", 2031)
    text = plan.document.text
    assert context_at(plan, text.index("坚持依法行政")).kind is None  # a new part that says nothing of time


def test_a_communique_reports_results_only(tmp_path):
    plan = _plan(tmp_path, "communique.txt", COMMUNIQUE)
    ts = find_targets(plan)
    assert ts and all((t.kind, t.year) == ("result", 2030) for t in ts)


def test_the_shanghai_report_review_is_results_of_2023_and_its_targets_are_2024():
    plan = policyqa.load(CORPUS / "01_shanghai_gwr_2024.txt")[0]
    ts = find_targets(plan)
    review = [t for t in ts if t.original == "4.72万亿元"]
    assert review and (review[0].kind, review[0].year) == ("result", 2023)
    aims = [t for t in ts if t.original == "5%以内"]
    assert aims and (aims[0].kind, aims[0].year) == ("target", 2024)


def test_every_measures_section_is_the_path_the_structure_layer_gives(tmp_path):
    """Over every document of evals/ and ../shared/corpus: one structure, read once, the same
    everywhere (a measure is placed where the passages place its span)."""
    from policyqa.engines.offline.measures import find_measures
    from policyqa.structure.sections import section_of

    root = Path(__file__).parents[1] / "evals"
    files = sorted(p for d in (root / "plans", root / "corpus", CORPUS) for p in d.iterdir() if p.name not in ("SOURCES.md", "README.md"))
    checked = 0
    for f in files:
        for plan in policyqa.load(f):
            for m in find_measures(plan):
                c = m.citations[0]
                cs, _ = plan.document.clean_span(c.start, c.end)
                assert m.section == list(section_of(plan, cs)), (f.name, m.title)
                checked += 1
    assert checked > 500


def test_a_part_that_names_an_earlier_year_is_a_review_of_it(tmp_path):
    f = tmp_path / "report.txt"
    f.write_text("2031年某省政府工作报告\n一、2030年主要工作和“十四五”发展成就\n全省生产总值增长5.5%。\n"
                 "2030年各项目标任务的圆满完成，标志着“十四五”胜利收官。\n三、2031年重点工作\n全省生产总值增长5%左右。\n", encoding="utf-8")
    kinds = {t.original: (t.kind, t.year) for t in find_targets(policyqa.load(f)[0])}
    assert kinds == {"5.5%": ("result", 2030), "5%左右": ("target", 2031)}


# The same report with no title and no date, its paragraphs run together on one line (as pages
# copied from the web often come): its year comes from its parts.
UNTITLED = ("各位代表： 现在，我代表市人民政府，向大会报告工作，请予审议。 一、过去一年工作回顾 过去一年，全市生产总值增长6.1%，"
            "新增高新技术企业120家。 二、2031年主要任务 今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率控制在5%以内。")
# … and with no year in any heading: a sentence of the review opens with the year it reviews.
UNDATED = ("各位代表： 现在，我代表市人民政府，向大会报告工作，请予审议。 一、过去一年工作回顾 各位代表，2030年，全市生产总值增长6.1%。 "
           "二、今年工作安排 今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。")


def test_an_untitled_report_takes_its_year_from_its_parts(tmp_path):
    from policyqa.analysis.comparison import plan_year as compare_year
    from policyqa.structure.sections import report_year

    for name, text in (("untitled.txt", UNTITLED), ("undated.txt", UNDATED)):
        plan = _plan(tmp_path, name, text)
        assert plan_year(plan) is None  # neither title nor date
        assert report_year(plan) == compare_year(plan) == 2031
        got = {t.original: (t.kind, t.year) for t in find_targets(plan)}
        assert got["6.1%"] == ("result", 2030)
        assert got["5.5%左右"] == ("target", 2031)


def test_a_plan_that_is_not_a_work_report_gets_no_year_from_its_words(tmp_path):
    from policyqa.structure.sections import report_year

    plan = _plan(tmp_path, "news.txt", "记者从市发改委获悉，2030年，全市新增高新技术企业120家。做好2031年工作意义重大。")
    assert report_year(plan) is None


FIVE_YEARS = """2026年某省政府工作报告

一、工作回顾
2025年是“十四五”收官之年。全省地区生产总值增长5.1%。
“十四五”时期是我省蓄势聚能的五年。地区生产总值跨越3个千亿元台阶，达到1.5万亿元、增长19.8%。去年全省一般公共预算收入同比增长3.2%。
各位代表，刚刚过去的2025年，我们完成了各项目标任务。城乡居民人均可支配收入分别增长5.2%和6.1%。

二、2026年工作安排
今年经济社会发展主要预期目标是：地区生产总值增长5%左右。
"""


def test_a_review_of_five_years_gives_levels_of_the_last_year_and_growth_over_five(tmp_path):
    from policyqa.analysis.comparison import compare

    plan = _plan(tmp_path, "five.txt", FIVE_YEARS)
    text = plan.document.text
    assert context_at(plan, text.index("地区生产总值跨越")).kind == "result" and context_at(plan, text.index("地区生产总值跨越")).year is None
    assert context_at(plan, text.index("城乡居民")).year == 2025  # 刚刚过去的2025年 reopens the last year
    rows = {(r.indicator, r.original): (r.year, r.kind) for r in compare([plan], engine=policyqa.get_engine("offline"))}
    assert rows[("gdp", "5.1%")] == (2025, "result")
    assert rows[("gdp.level", "1.5万亿元")] == (2025, "result")  # the level the five years reached: last year's
    assert rows[("gdp", "19.8%")] == (None, "result")  # growth over five years: not 2025's
    assert rows[("fiscal_revenue", "3.2%")] == (2025, "result")  # 去年…同比: one year's, even among the five
    assert rows[("urban_income", "5.2%")] == (2025, "result")
    assert rows[("gdp", "5%左右")] == (2026, "target")


NEW_TERM = """2023年某市政府工作报告

一、过去五年工作回顾
过去五年，全市生产总值年均增长5.6%，累计增长31%。
2022年，面对多重冲击，全市生产总值增长3.1%，一般公共预算收入增长2%。

二、2023年主要任务
今年全市经济社会发展的主要预期目标是：全市生产总值增长5.5%以上。
"""


def test_in_a_review_of_five_years_a_sentence_opening_with_last_year_speaks_of_it(tmp_path):
    plan = _plan(tmp_path, "term.txt", NEW_TERM)
    text = plan.document.text
    assert context_at(plan, text.index("累计增长")).year is None
    assert context_at(plan, text.index("面对多重冲击")).year == 2022
    got = {t.original: (t.kind, t.year) for t in find_targets(plan)}
    assert got["3.1%"] == ("result", 2022) and got["5.5%以上"] == ("target", 2023)


def test_the_formal_numerals_of_a_taiwanese_report_head_its_parts(tmp_path):
    from policyqa.engines.offline.measures import find_measures
    from policyqa.structure.passages import paragraphs

    f = tmp_path / "report.txt"
    f.write_text("市長施政報告\n壹、前言\n本人承蒙市民託付，深感責任重大。\n貳、文化\n一、重要施政成果\n(一)完成古蹟修復工程。\n(二)辦理藝術節活動。\n"
                 "二、未來施政重點\n(一)文化生活圈營造計畫：以藝文館所串連社區。\n(二)老房子文化運動計畫：辦理老房子公開招標。\n", encoding="utf-8")
    (plan,) = policyqa.load(f)
    heads = [p.text for p in paragraphs(plan) if p.heading]
    assert heads[:2] == ["壹、前言", "貳、文化"]
    ms = find_measures(plan)
    assert [m.title for m in ms] == ["文化生活圈營造計畫", "老房子文化運動計畫"]  # the review's items are none
    assert ms[0].section == ["貳、文化", "二、未來施政重點"]


def test_tasks_a_review_reports_done_do_not_open_a_part_of_targets(tmp_path):
    # "封关准备重点任务…全面完成" inside the review of last year: the tasks of the past, not a part of
    # tasks to come (an unseen 2026 provincial report turned the rest of its review into targets)
    plan = _plan(tmp_path, "review.txt", "2026年某省政府工作报告\n一、2025年工作回顾\n刚刚过去的2025年，我们完成了各项目标任务。\n"
                 "这一年，我们埋头苦干，封关运作如期实现。\n封关准备重点任务和软硬件建设全面完成，10个口岸正式启用。\n"
                 "这一年，经济运行顶压行稳。地区生产总值增长4%，规上工业增加值增长9.9%。\n"
                 "二、2026年重点任务\n今年地区生产总值增长6%左右。\n")
    text = plan.document.text
    assert context_at(plan, text.index("地区生产总值增长4%")).kind == "result"
    assert context_at(plan, text.index("地区生产总值增长4%")).year == 2025
    got = {t.original: (t.kind, t.year) for t in find_targets(plan)}
    assert got["4%"] == ("result", 2025) and got["6%左右"] == ("target", 2026)


def test_a_news_post_that_reports_an_issued_plan_keeps_its_headline_and_is_read_as_that_plan(tmp_path):
    # LABELING.md: a post's title is its headline; the structure reads its year and kind from the plan its
    # lead says was issued (印发了《…》), as it would read that plan, and a question naming that plan finds it
    from policyqa.structure.metadata import told_title
    from policyqa.structure.sections import is_news

    plan = _plan(tmp_path, "post.md", "---\ntitle: '这个省会开始了重要一步'\nauthor: 新浪财经\ndate: Thu, 26 May 2022 15:11:20 GMT\n---\n\n"
                 "5月11日，某市印发了《2023年某市数字经济发展行动方案》，记者了解到，方案提出多项举措。\n"
                 "方案提出，到2023年，全市数字经济核心产业增加值达到500亿元。\n")
    assert plan.title == "这个省会开始了重要一步"
    assert told_title(plan) == "2023年某市数字经济发展行动方案"
    assert not is_news(plan) and plan_year(plan) == 2023
    # a plan that is no post: its own title
    other = _plan(tmp_path, "plan.txt", "某市推进数字经济发展三年行动方案\n一、到2025年，全市数字经济核心产业增加值达到500亿元。\n")
    assert told_title(other) == other.title
