"""English questions read through the dictionary (senses, compounds, romanised names), and
questions about several plans' figures (targets met, which years, the lowest year), on made-up reports."""

import pytest

import policyqa
from pathlib import Path
from policyqa.retrieval.glossary import translate
from policyqa.retrieval.questions import sub_questions


def report(year: int, author: str, growth_target: str, last_growth: str, unemployment: str, investment_target: str, last_investment: str) -> str:
    return f"""{year}年海拉尔区政府工作报告
——{year}年2月10日在海拉尔区人民代表大会第一次会议上
区长  {author}
各位代表：
一、{year - 1}年工作回顾
过去一年，全年地区生产总值同比增长{last_growth}，固定资产投资同比增长{last_investment}，城镇登记失业率{unemployment}。
二、{year}年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长{growth_target}，固定资产投资增长{investment_target}。
大力发展新能源商用车，民生支出占一般公共预算支出的70%。
"""


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    d = tmp_path_factory.mktemp("series")
    texts = {2030: report(2030, "王明", "7%", "6.5%", "3.9%", "10%", "9%"),
             2031: report(2031, "王明", "6%左右", "7.2%", "3.4%", "8%", "6%"),
             2032: report(2032, "李华", "6%", "5.1%", "3.6%", "8%", "7%")}
    for y, t in texts.items():
        (d / f"hailaer_{y}.txt").write_text(t, encoding="utf-8")
    return policyqa.load(sorted(d.iterdir()))


def test_was_a_target_met_quotes_the_target_and_the_later_result(series):
    a = policyqa.ask("2030年的地区生产总值增长目标实现了吗？", series)
    assert not a.abstained and "增长7%" in a.answer and "增长7.2%" in a.answer
    assert len(a.citations) == 2 and all(policyqa.verify(c, next(p for p in series if p.id == c.plan_id)) for c in a.citations)
    b = policyqa.ask("Did Hailar reach its 2031 GDP growth target?", series)
    assert "6%左右" in b.answer and "5.1%" in b.answer


def test_which_years_lists_the_plans_whose_figure_is_the_one_asked(series):
    a = policyqa.ask("哪几年的固定资产投资增长目标是8%？", series)
    assert a.answer.splitlines()[0].startswith("2031年") and a.answer.splitlines()[1].startswith("2032年") and len(a.citations) == 2
    b = policyqa.ask("王明作了哪几年的政府工作报告？", series)
    assert "2030年" in b.answer and "2031年" in b.answer and "2032年" not in b.answer


def test_which_year_is_lowest_among_the_reports(series):
    a = policyqa.ask("这几份报告披露的城镇登记失业率中，哪一年最低？", series)
    assert a.answer.startswith("2030年") and "3.4%" in a.answer


def test_english_words_the_dictionary_knows_in_other_forms(series):
    plan = series[0]
    # an older romanisation of a region's name, a compound, a Chinese word the question quotes
    a = policyqa.ask("In 2030, what share of Hailar's general public budget expenditure went to livelihood (民生) spending?", plan)
    assert not a.abstained and "70%" in a.answer
    terms, unknown = translate("new-energy commercial vehicles in Hailar", lambda w: w in plan.text, places={"hailaer": ("海拉尔区", "海拉尔")})
    assert ("新能源",) in terms and ("海拉尔区", "海拉尔") in terms and "hailar" not in unknown


def test_an_english_question_of_two_parts_is_asked_part_by_part():
    parts = sub_questions("What was the surveyed urban unemployment rate in 2030, and what ceiling does the report set for 2031?")
    assert len(parts) == 2 and "2031" in parts[1] and "unemployment rate" in parts[1] and "2030" not in parts[1]


def test_english_words_found_by_their_derivation_their_synonyms_and_whole_phrases():
    text = "全年地区生产总值完成235亿元，政府会议数量减少14%，单位国内生产总值能耗下降3%，广义货币（M2）增长12%，「提前上楼计划」惠及2000户。"
    present = lambda w: w.lower() in text.lower()  # noqa: E731
    terms, unknown = translate("completion of GDP", present)
    assert ("完成",) in terms and not unknown  # completion → complete
    terms, _ = translate("how much were meetings cut", present)
    assert any("减少" in t for t in terms)  # cut: the words the plans use for a figure lowered
    terms, _ = translate("energy consumption per unit of GDP", present)
    assert terms[0] == ("单位国内生产总值能耗",)  # six words, one phrase
    terms, unknown = translate("broad money (M2)", present)
    assert ("m2",) in terms and "2" not in {a for t in terms for a in t}
    terms, _ = translate("the 提前上樓計劃 scheme", present)
    assert ("提前上楼计划",) in terms  # a quoted name in traditional script, looked for as the corpus is searched
    report = "规模以上工业增加值增长7.3%以上，固定资产投资增长3.5%左右，产业投资占比保持在50%以上。"
    terms, unknown = translate("the value added of industrial enterprises above designated size", lambda w: w in report)
    assert ("工业增加值",) in terms and any("规模以上" in t for t in terms) and not unknown  # the statistics' own English name
    line = "力争渝昆高铁建成通车。"
    terms, unknown = translate("which high-speed railway does it strive to open to traffic", lambda w: w in line)
    assert ("高铁", ) == terms[0][:1] and not unknown  # strive is how a target is asked (力争), as aim is


def test_how_an_english_question_asks_about_a_document_is_no_word_to_look_for():
    # "delivered" a report is not 接生 (deliver a baby), "issued" a plan is 印发 (not the noun's 问题), and
    # "on what date" asks for a date (not 交往, "to date"): in a corpus that holds all those words
    text = "产科接生服务全面覆盖，加强对外交往，着力解决突出问题。某省人民政府印发实施意见。"
    present = lambda w: w in text  # noqa: E731
    terms, unknown = translate("Who delivered the report, and on what date?", present)
    words = {a for t in terms for a in t}
    assert "接生" not in words and "交往" not in words and not unknown
    terms, _ = translate("When was the opinion issued?", present)
    assert ("印发",) in terms and "问题" not in {a for t in terms for a in t}
    # words of the genre that CC-CEDICT gives other senses for: province-wide is 全省 (not 广泛), a turnover 成交额
    # (not 销售额); "planning to" intends, as plan does; yuan is the unit of the figure asked, as percent is
    line = "全省技术合同成交额增长22.1%，改造提升农村户厕29.79万座，月最低工资标准提高200元，销售额广泛增长，方案计划已定。"
    terms, unknown = translate("By how much did the province-wide technology contract turnover grow?", lambda w: w in line)
    words = {a for t in terms for a in t}
    assert {"全省", "成交额"} <= words and not words & {"广泛", "销售额"} and not unknown
    terms, unknown = translate("How many rural toilets is the province planning to renovate, and how many yuan is the minimum wage raised?", lambda w: w in line)
    words = {a for t in terms for a in t}
    assert {"户厕", "改造", "最低工资"} <= words and not words & {"方案", "计划"} and not unknown


def test_an_english_question_naming_its_report_by_year_reads_that_report_for_the_year_before(series):
    from policyqa.retrieval.corpus import Corpus
    from policyqa.retrieval.questions import parse

    corpus = Corpus(series)
    q = parse("According to the 2031 government work report, how fast did GDP grow in 2030?", corpus)
    assert q.plan_years == (2031,) and q.wants_kind == "result"
    assert [t.alternatives for t in q.terms if t.required] == [("2030",)]
    a = policyqa.ask("According to the 2031 government work report, how fast did GDP grow in 2030?", series)
    assert "7.2%" in a.answer and "6%左右" not in a.answer and "6.5%" not in a.answer  # the 2031 report's review, not its target nor the 2030 report
    b = parse("What GDP growth target does the 2031 report set for 2031?", corpus)
    assert b.wants_kind == "target" and b.wants_number and ("2031",) in [t.alternatives for t in b.terms if t.required]


def test_place_names_of_autonomous_regions_and_asking_words_for_limits():
    from policyqa.retrieval.glossary import place_names

    names = place_names(["宁夏回族自治区", "内蒙古自治区", "景宁畲族自治县"])
    assert names["ningxia"] == ("宁夏回族自治区", "宁夏") and "neimenggu" in names and "jingning" in names
    text = "城镇调查失业率5%以内，城镇新增就业110万人以上。"
    terms, unknown = translate("what ceiling is set for the surveyed urban unemployment rate in January", lambda w: w in text)
    assert not unknown and terms[0][0] == "调查失业率"  # the limit and the month ask, they name nothing; 调查失业率 is enough for 城镇调查失业率


def test_an_english_question_asking_what_target_a_report_set_gets_the_target_not_last_years_result(series):
    a = policyqa.ask("What GDP growth target did the 2031 report set?", series)
    assert "6%左右" in a.answer and "7.2%" not in a.answer
    b = policyqa.ask("How fast did GDP grow in 2030, according to the 2031 report?", series)
    assert "7.2%" in b.answer


def test_abbreviations_the_plans_write_in_latin_letters_are_looked_for_as_written():
    text = "CPI涨幅2%左右，规上工业增加值增长6%左右。"
    terms, unknown = translate("What is the CPI target, and the growth of value added of industry above designated size?", lambda w: w.lower() in text.lower())
    assert ("cpi",) in terms and ("规上",) in terms and not unknown


def test_modifiers_and_the_kind_of_list_asked_for_are_no_words_a_passage_must_hold():
    text = "全年利用外资完成2001万美元。重点推进未来制造、未来信息、未来材料六大方向。"
    _, unknown = translate("What was the full-year target for actually utilized foreign capital?", lambda w: w in text)
    assert "full" not in unknown
    terms, unknown = translate("Which six directions does the opinion on future industries single out?", lambda w: w in text)
    assert "directions" not in unknown and ("未来",) in terms


def test_a_plural_reads_its_own_entries_and_its_singulars_and_an_english_answer_quotes_the_whole_sentence(series):
    text = "举办设计街区活动40场，活动丰富。货物进出口总额3.6万亿美元。"
    freq = lambda w: text.count(w)  # noqa: E731
    terms, _ = translate("design activities", lambda w: w in text, frequency=freq)
    assert ("活动",) in terms  # activities → activity → 活动 (the plural's own entry 运作 is not in the plans)
    a = policyqa.ask("How fast did GDP grow in 2030, according to the 2031 report?", series)
    assert a.answer.endswith("。") and "城镇登记失业率" in a.answer  # the sentence, not only its clause


def test_an_english_question_about_one_year_is_not_answered_with_a_five_year_figure(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("2031年某某省政府工作报告\n——2031年1月20日在某某省人民代表大会第四次会议上\n省长  王明\n各位代表：\n"
                 "一、2030年和“十五五”时期工作回顾\n过去五年，全省生产总值年均增长6.1%，人均地区生产总值从2025年的9万元提高到2030年的12万元。\n"
                 "过去一年，全省生产总值增长5.2%，一般公共预算收入增长2%。\n二、2031年工作安排\n今年主要预期目标是：全省生产总值增长5%左右。\n",
                 encoding="utf-8")
    a = policyqa.ask("How fast did GDP grow in 2030?", policyqa.load(f))
    assert "年均" not in a.answer and "从2025年" not in a.answer


def test_an_english_name_written_with_digits_is_no_figure_the_answer_must_hold(series):
    from policyqa.retrieval.corpus import Corpus
    from policyqa.retrieval.questions import parse

    q = parse("What is the M2 growth target for 2031?", Corpus(series))
    assert [t.alternatives for t in q.terms if t.required] == [("2031",)]  # not "2" of M2


def test_english_words_of_schools_and_clinics_find_the_genre_terms_plans_use():
    """"private schools", "cross-district enrolment", "appointment slots", "medical alliance": genre terms
    CC-CEDICT words otherwise (私人, 约定) are looked for as plans write them (dev documents)."""
    root = Path(__file__).parents[1] / "evals" / "corpus"
    news = policyqa.load(root / "274_guangzhou-tianhe_news_2026.html")
    a = policyqa.ask("For Tianhe private schools with boarding facilities, what is the cap on cross-district enrolment within Guangzhou, as a share of the total plan?", news)
    assert not a.abstained and ("50%" in a.answer or "50％" in a.answer)
    plan = policyqa.load(root / "145_guangzhou_plan_2023.txt")
    b = policyqa.ask("In Guangzhou's family doctor plan, what share of appointment slots must second-level and higher hospitals in a medical alliance reserve for family doctors?", plan)
    assert not b.abstained and "30%" in b.answer


def test_function_words_no_source_translates_are_grammar_and_british_spellings_are_looked_up_american():
    """"before", "between", "must" say how a question is put: no Chinese word stands for them, and the
    engine does not take them for things the plans fail to mention (which would make it abstain);
    "kilometres" is found as CC-CEDICT's "kilometers"."""
    text = "到2027年，引进培育10家脑机接口产业链骨干企业。今年改造提升农村公路210公里。"
    present = lambda w: w in text  # noqa: E731
    terms, unknown = translate("How many industry-chain backbone enterprises before 2027?", present)
    assert unknown == [] and ("骨干企业",) in terms
    _, unknown = translate("What must change between the two reports?", present)
    assert "must" not in unknown and "between" not in unknown
    terms, unknown = translate("How many kilometres of rural roads will be upgraded?", present)
    assert "kilometres" not in unknown and ("公里",) in terms


def test_a_plural_abbreviation_is_looked_for_as_the_plan_writes_it_and_genre_phrases_of_responsibility():
    """"CROs" is the CRO a plan writes; "takes the lead" is 牵头; "universities" are the 高校 of a plan."""
    text = "支持合同研发机构（CRO）开展临床试验服务。会同国有企业、高校院所发布需求清单。（市科委牵头）"
    present = lambda w: w.lower() in text.lower()  # noqa: E731
    terms, unknown = translate("What are CROs supported to do?", present)
    assert ("cro",) in terms and unknown == []
    terms, _ = translate("Which department takes the lead, together with universities?", present)
    assert ("牵头",) in terms and any("高校" in t for t in terms)


def test_a_two_word_english_phrase_no_dictionary_gives_whole_is_found_as_the_compound_a_plan_writes():
    # "future industries", "industrial investment": CC-CEDICT has each word, not the phrase; the plans write
    # the compound of the two (未来产业, 产业投资), which a passage must hold, not each word somewhere apart
    text = "前瞻布局未来产业，培育未来制造、未来信息等方向。产业投资占比保持在50%以上，产业发展与未来规划统筹推进。"
    present = lambda w: w in text  # noqa: E731
    terms, _ = translate("which future industries", present, written=present)
    assert ("未来产业",) in terms
    terms, _ = translate("share of industrial investment", present, written=present)
    assert ("产业投资",) in terms
    # a compound no plan writes whole is no word to look for: the words are looked up one by one
    terms, _ = translate("future planning industries", lambda w: w in text, written=lambda w: False)
    assert not any(len(a) >= 4 and a.startswith("未来") and a.endswith("产业") for t in terms for a in t)


def test_a_zone_is_named_in_english_by_its_place_and_genre_terms_of_finance_and_ports_are_found():
    """"Pingtan" is 平潭综合实验区; "VC/PE cluster", "exit", "throughput capacity": the words plans write
    (创投集聚区, 退出, 吞吐能力), not CC-CEDICT's (出口, 处理能力) (dev documents 302, 306, 307)."""
    from policyqa.retrieval.glossary import place_names

    assert place_names(["平潭综合实验区"])["pingtan"] == ("平潭综合实验区", "平潭")
    root = Path(__file__).parents[1] / "evals" / "corpus"
    news = policyqa.load(root / "307_hebei_news_2011.jsp")
    a = policyqa.ask("Which ports are counted in Hebei's target for combined port throughput capacity, and what is that target?", news)
    assert not a.abstained and "黄骅港" in a.answer and "8亿吨" in a.answer, a.answer
    vc = policyqa.load(root / "306_guangzhou_news_2021.md")
    b = policyqa.ask("How many years does Guangzhou give itself to build a landmark VC/PE cluster, and which districts are to lead it?", vc)
    assert not b.abstained and "3—5年" in b.answer and "黄埔区" in b.answer, b.answer


def test_a_place_the_text_names_but_no_plan_governs_is_found_by_its_pinyin_in_the_gazetteer(tmp_path):
    """"Pingtan" in a plan of 福建省's free-trade zone: not the plan's region, but a county the national
    division codes list (平潭县), whose short name the text writes: a word to look for, not an unknown one."""
    from policyqa.retrieval.corpus import Corpus
    from policyqa.retrieval.questions import parse

    f = tmp_path / "plan.txt"
    f.write_text("""中国（福建）自由贸易试验区片区实施方案
一、主要任务
（一）促进人员往来便利。为符合条件的大陆居民在平潭异地办理赴台湾旅游出入境业务。支持推动对部分人员实施72小时过境免签证政策。
（二）推进贸易便利化。建设国际贸易单一窗口。
""", encoding="utf-8")
    plans = policyqa.load(f)
    corpus = Corpus(plans)
    q = parse("What transit visa-free period does the Pingtan plan push?", corpus)
    assert "pingtan" not in q.unknown and any("平潭" in t.alternatives for t in q.terms)
    a = policyqa.ask("What transit visa-free period does the Pingtan plan push?", plans)
    assert not a.abstained and "72小时" in a.answer, a.answer


def test_a_five_year_plan_named_by_its_ordinal_in_english_is_its_period_and_a_news_post_sets_its_targets_after_its_review(tmp_path):
    """"the 12th Five-Year Plan" is 十二五 in the plans (any ordinal, not a list of them); and in a news
    post whose review of 十一五 runs on into "据…介绍，“十二五”期间，…将…力争…", the sentence that names
    only the five years after the review's last speaks of what is to come: its figures answer a target."""
    assert translate("the 12th Five-Year Plan period", lambda w: True)[0][0] == ("十二五",)
    assert ("十一五",) in translate("during the 11th five-year plan", lambda w: True)[0]
    f = tmp_path / "news.txt"
    f.write_text("""某省计划5年投入32亿元养护高速公路
发布人：张三  发布时间：2011-04-20
“十一五”期间，某省新开通10条、983公里高速公路，全省投入运营的高速公路达2386公里。
据省高管局局长李四介绍，“十二五”期间，某省高速系统将继续开展科学养护，路面行驶质量指数（RQI）90以上，实现绿化完好率95%以上。
""", encoding="utf-8")
    plans = policyqa.load(f)
    a = policyqa.ask("What riding quality index (RQI) does the expressway system aim to keep during the 12th Five-Year Plan period?", plans)
    assert not a.abstained and "90以上" in a.answer, a.answer
    a = policyqa.ask("“十二五”期间绿化完好率的目标是多少？", plans)
    assert not a.abstained and "95%以上" in a.answer, a.answer


def test_which_of_several_documents_say_a_thing_asks_each_document_on_its_own(tmp_path):
    """"这两份文件中，哪一份提出了…" names the documents in words no passage holds (文件, 报道): each
    plan is asked the thing alone, and every plan that says it is listed, cited; one that does not is left out."""
    (tmp_path / "a.txt").write_text("东莞市推进企业规模和效益倍增计划情况通报\n二、主要成效\n推动建成新型研发机构达到33家，纳入国家火炬统计的孵化器118家。\n"
                                    "三、下一步工作\n继续实施倍增计划。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("关于推动未来产业创新发展的实施意见\n一、总体要求\n到2027年，未来产业综合实力显著提升。\n"
                                    "二、重点任务\n支持新型研发机构快速发展，培育多元化的未来产业推进力量。\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("宁夏回族自治区2021年1-7月重大项目投资完成情况通报\n全区重大项目完成投资增长12.5%，高于全国3.8个百分点。\n",
                                    encoding="utf-8")
    plans = policyqa.load(tmp_path)
    a = policyqa.ask("在东莞倍增计划报道、宁夏投资通报和国家未来产业实施意见中，哪些提到了新型研发机构？", plans)
    assert not a.abstained and "33家" in a.answer and "支持新型研发机构快速发展" in a.answer, a.answer
    assert len(a.citations) == 2 and all(policyqa.verify(c, next(p for p in plans if p.id == c.plan_id)) for c in a.citations)
    b = policyqa.ask("Which of these documents mention new-type R&D institutions?", plans)
    assert not b.abstained and "33家" in b.answer and "宁夏" not in b.answer, b.answer


def test_places_asked_each_with_the_documents_they_are_named_by_are_each_answered_from_their_plan(tmp_path):
    """"柳河县和浙江省的文件分别对…提出了什么要求": of each place, its plan says it; 的文件 and 分别 ask nothing of one plan."""
    (tmp_path / "a.txt").write_text("柳河县招商引资优惠政策\n第三条 固定资产投资在1亿元及以上且亩均投资强度不低于200万元的工业类项目为重大产业项目。\n"
                                    "第四条 对新建项目给予奖励。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("浙江省腾笼换鸟新增长攻坚行动方案\n一、主要目标\n新供地工业项目亩均税收不低于37万元。\n"
                                    "二、重点任务\n整治提升低效工业用地。\n", encoding="utf-8")
    plans = policyqa.load(tmp_path)
    a = policyqa.ask("柳河县和浙江省的文件分别对工业项目的亩均水平提出了什么要求？", plans)
    assert not a.abstained and "200万元" in a.answer and "37万元" in a.answer, a.answer


def test_which_of_the_provinces_asks_for_the_regions_whose_plans_say_it(tmp_path):
    """"Which of the four provinces put a number on …" is a which-regions question, as "which provinces" is:
    every province whose plan says it is listed, each cited."""
    for name, text in (("江苏", "江苏省2026年政府工作报告\n二、2026年工作安排\n今年粮食产量稳定在760亿斤以上。\n"),
                       ("湖北", "湖北省2026年政府工作报告\n二、2026年工作安排\n今年粮食产量保持在500亿斤以上。\n"),
                       ("四川", "四川省2026年政府工作报告\n二、2026年工作安排\n今年深化国资国企改革。\n")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    plans = policyqa.load(tmp_path)
    a = policyqa.ask("Which of the three provinces put a number on their 2026 grain output target, and what is it?", plans)
    assert "760亿斤" in a.answer and "500亿斤" in a.answer and len(a.citations) == 2, a.answer


def test_which_years_report_set_a_target_is_asked_of_each_years_report(tmp_path):
    """"这三份报告里，哪一年的报告为进出口总额增长设了具体目标": each year's report asked on its own (哪一年的 asks
    nothing of one report), the one that sets it answers and the others say they do not."""
    for y, line in ((2011, "外贸发展方式加快转变。"), (2012, "进出口总额增长10%左右，国际收支状况继续改善。"), (2013, "稳定外贸增长。")):
        (tmp_path / f"{y}.txt").write_text(f"{y}年政府工作报告\n——{y}年3月5日在第十一届全国人民代表大会上\n各位代表：\n"
                                           f"二、{y}年工作总体部署\n今年国内生产总值增长8%左右。{line}\n", encoding="utf-8")
    plans = policyqa.load(tmp_path)
    a = policyqa.ask("2011—2013年这三份报告里，哪一年的报告为进出口总额增长设了具体目标，目标是多少？", plans)
    assert not a.abstained and "2012年：进出口总额增长10%左右" in a.answer and len(a.citations) == 1, a.answer


def test_a_news_sentence_that_opens_with_who_it_reports_opens_what_it_reports(tmp_path):
    """"据…局长李四介绍，“十二五”期间，…将…" opens the five years ahead, as "“十二五”期间，…" would: the review of
    十一五 before it ends there, and the sentence after it ("同时，建成…") sets targets too."""
    f = tmp_path / "news.txt"
    f.write_text("""某省计划5年投入32亿元养护高速公路
发布人：张三  发布时间：2011-04-20
“十一五”期间，某省新开通10条、983公里高速公路，全省投入运营的高速公路达2386公里。
据省交通运输厅党组成员、省高管局局长李四介绍，“十二五”期间，某省高速系统将继续开展科学养护。同时，建成省级养护中心1至3个。
""", encoding="utf-8")
    a = policyqa.ask("某省高速“十二五”期间打算建成几个省级养护中心？", policyqa.load(f))
    assert not a.abstained and "1至3个" in a.answer, a.answer


def test_verbs_of_intending_are_how_a_question_asks_not_words_a_passage_must_hold():
    # "does X intend/want/hope to": as "aim" and "plan", the asking of what a plan means to do (有意, 打算, 需要 are no evidence)
    text = "有意投资的企业需要打算希望。到2025年，建设5家老年人助餐点。"
    for verb in ("intend", "want", "hope"):
        terms, unknown = translate(f"How many meal-assistance points for older residents does the county {verb} to build by 2025?", lambda w: w in text)
        said = {w for t in terms for w in t}
        assert not said & {"有意", "打算", "需要", "希望", "愿意", "意图"} and verb not in unknown, (verb, terms)


def test_a_word_is_not_read_as_derived_from_a_stem_too_short_to_be_one_and_charging_is_for_batteries():
    # "station" is no "-tion" word of "state" (国家, 条件); "battery swap stations" and "charging" are the plans' 换电站, 充电
    text = "到2025年，全省计划建成充电桩12万个，换电站200座以上，各市国家级园区满足条件的实现全覆盖，完善充电服务网络。"
    present = lambda w: w in text  # noqa: E731
    terms, _ = translate("How many battery swap stations will the province build?", present)
    assert ("换电站",) in terms and not any(a in ("国家", "条件") for t in terms for a in t), terms
    terms, unknown = translate("the charging service network", present)
    assert ("充电",) in terms and "charging" not in unknown, terms


def test_english_words_whose_first_dictionary_sense_is_not_the_plans():
    # electric → 电动 (not 电气), pilot → 试点 (not 驾驶), share → 占比/比重 (not 共享), R&D spending → 研发经费
    text = "置换淘汰1万辆电动自行车。推动1家以上台资合资旅行社试点经营。新能源装机占比突破65%。全社会研发经费投入增长8%左右。电气设备、驾驶员、共享单车。"
    present = lambda w: w.lower() in text.lower()  # noqa: E731
    for english, want, not_want in (("electric bicycles", "电动", "电气"), ("pilot travel agencies", "试点", "驾驶"),
                                    ("the share of new energy", "占比", "共享"), ("R&D spending growth", "研发经费", None)):
        terms, _ = translate(english, present)
        words = {a for t in terms for a in t}
        assert want in words and (not_want is None or not_want not in words), (english, terms)


def test_a_word_the_dictionary_gives_one_character_for_is_known_not_unknown():
    # "water" (水), "zone" (区): words CC-CEDICT knows by one character, which no key word is looked for by;
    # they say nothing a plan may lack, so they do not count as what the plans do not say
    text = "对每辆电动自行车给予500元定额补贴。"
    terms, unknown = translate("How much subsidy does each electric bicycle get in the zone, and for water?", lambda w: w in text)
    assert "zone" not in unknown and "water" not in unknown, unknown
    _, unknown = translate("How many quarks are there?", lambda w: w in text)
    assert "quarks" in unknown or "quark" in unknown  # a word the dictionary gives the corpus nothing for is still unknown


def test_genre_phrases_the_dictionary_words_otherwise_are_read_as_the_plans_write_them():
    # CC-CEDICT reads "farm machinery" word by word (农场, 机械) and "fine steel" as 优良 + 钢铁; plans write 农机,
    # 农机总动力 and 精品钢
    from policyqa.retrieval.glossary import translate

    text = "全国农机总动力稳定在11亿千瓦左右。力争高端精品钢产量占比达到50%左右。农业机械化水平提升。"
    terms, unknown = translate("total farm machinery power by 2025", lambda w: w in text)
    assert ("农机总动力",) in terms and not unknown, (terms, unknown)
    terms, _ = translate("the share of high-end fine steel", lambda w: w in text)
    assert any("高端精品钢" in t for t in terms), terms
