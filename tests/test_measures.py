"""Measures (举措) found in the seed plans and the corpus: facts read in the texts by hand."""

from __future__ import annotations

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
from policyqa.engines.offline.measures import find_measures

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "evals" / "plans"
CORPUS = Path(__file__).parents[2] / "shared" / "corpus"


def plans_of(stem: str) -> list[policyqa.Plan]:
    return policyqa.load(next(SEEDS.glob(stem + "_*.txt")))


def test_seed_000_lists_exactly_its_fifteen_measures():
    (plan,) = plans_of("000")
    ms = find_measures(plan)
    assert len(ms) == 15
    assert [m.title for m in ms[:3]] == ["培育优势产业链群", "突出企业主体地位", "蓄积产业发展后劲"]
    assert ms[9].title == "实施片区开发,推动以城聚人"
    assert ms[0].section == ["以现代化产业体系夯实向新求质基底"]  # the structure layer's path: the lead sentence heading the enumeration
    assert ms[14].section == ["以融入型开放姿态塑造向新求质优势"]
    sections = [m.section[0] for m in ms]
    assert len(set(sections)) == 5 and all(sections.count(s) == 3 for s in set(sections))
    # a measure runs up to the next one, never into it, and holds its own figures
    assert ms[0].text.startswith("培育优势产业链群。") and "二是" not in ms[0].text
    third = [m for m in ms if m.title == "优化营商环境,支撑以人兴城"][0]
    assert {t.original for t in third.targets} >= {"98%以上", "100%", "95%以上"}


def test_headline_sections_with_lead_sentences_in_traditional_script():
    (plan,) = plans_of("001")
    ms = find_measures(plan)
    assert len(ms) == 28
    assert ms[0].title == "建設高水平創新型城市"  # the source's own script
    assert ms[0].section == ["聚焦加快科技創新和產業轉型升級 推進數字賦能制造業高質量發展"]
    titles = [m.title for m in ms]
    assert "答好“創新之問”" not in titles  # the article's opening is no measure
    assert not any(t.startswith("《意見》") for t in titles)  # nor its closing


def test_each_speech_gives_its_three_lines_of_work():
    plans = plans_of("002")
    got = {p.region: [m.title for m in find_measures(p)] for p in plans}
    assert got["义乌市"] == ["以改革裂变赢得战局主动", "以市场蝶变赢得竞争主动", "以项目聚变赢得开放主动"]
    assert got["余杭区"][0] == "坚持创新驱动、人才引领不动摇"
    assert got["景宁畲族自治县"][2] == "坚持改革创新,破解山区基本公共服务难题"
    assert got["北仑区"][0] == "聚焦枢纽建强,高质量助力世界一流强港建设"  # the speech with no headline
    assert all(len(v) == 3 for v in got.values())


def test_work_report_sections_and_a_paragraph_before_any_heading():
    (plan,) = plans_of("003")
    ms = find_measures(plan)
    assert [m.title for m in ms][:2] == ["促进港产联动提升枢纽融合度", '建好"一廊六城"强磁极']
    assert ms[1].section == ["(三)聚焦科教人才强市,着力增强创新驱动发展战略支撑"]
    assert len(ms) == 8
    first = ms[0]
    assert {(t.value, t.unit) for t in first.targets} >= {(130e8, "件")}  # 快递业务量突破130亿件


def test_lead_clauses_and_intros_under_headings():
    (plan,) = plans_of("004")
    titles = [m.title for m in find_measures(plan)]
    assert titles[:3] == ["做優“存量”", "做大“增量”", "催生“變量”"]
    assert "緊盯戰略科技人才" in titles  # after a context clause "圍繞…等需求"
    assert not any("要素" in t for t in titles)  # "科技創新是…的核心要素" opens a section, it is no measure
    assert len(titles) == 12


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")
def test_numbered_measures_with_lead_and_partner_units():
    (plan,) = policyqa.load(CORPUS / "07_anhui_rcep_implementation_opinions_2022.txt")
    ms = find_measures(plan)
    assert len(ms) == 24  # "1." … "24." one measure per number
    last = ms[-1]
    assert last.title == "加强风险应对"
    assert last.units == ["省商务厅", "省外办", "省贸促会"]
    assert last.section == ["三、保障措施"]
    assert ms[0].units[0] == "省商务厅"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")
def test_goal_and_principle_sections_are_not_measures():
    plans = policyqa.load(CORPUS / "02_anhui_industrial_internet_action_plan_2021.txt")
    action = plans[1]
    titles = [m.title for m in find_measures(action)]
    assert not any(t.startswith("到2023年") for t in titles)  # 发展目标
    speech = policyqa.load(CORPUS / "05_hongkong_policy_address_2019_trad.txt")[0]
    assert not any(m.title.startswith("我今天發表") for m in find_measures(speech))  # numbered paragraphs of a speech


def _all_plans():
    plans = policyqa.load(SEEDS)
    if CORPUS.is_dir():
        plans += policyqa.load(CORPUS)
    return plans


def test_every_measure_citation_verifies_and_nothing_repeats():
    for plan in _all_plans():
        ms = find_measures(plan)
        spans = [(c.start, c.end) for m in ms for c in m.citations]
        assert len(spans) == len(set(spans)), plan.source
        for m in ms:
            assert m.citations and all(verify(c, plan) for c in m.citations), (plan.source, m.title)
            for t in m.targets:
                assert verify(t.citation, plan)
            assert m.title and m.title in to_text(m, plan)


def to_text(m, plan) -> str:
    return m.text


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "policyqa", "measures", *args], capture_output=True, text=True, timeout=300)


def test_cli_measures_json_and_csv():
    r = _cli(str(next(SEEDS.glob("000_*.txt"))), "--json")
    assert r.returncode == 0, r.stderr
    (row,) = json.loads(r.stdout)
    assert row["plan"]["region"] == "兰溪市" and row["engine"] == "offline"
    assert len(row["measures"]) == 15
    assert set(row["measures"][0]) >= {"title", "text", "section", "targets", "units", "year", "citations"}
    r = _cli(str(next(SEEDS.glob("002_*.txt"))), "--csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == 24 and rows[0]["region"] == "余杭区"
    r = _cli(str(next(SEEDS.glob("000_*.txt"))))
    assert "培育优势产业链群" in r.stdout and "offline" in r.stdout


def test_cli_measures_bad_path_is_one_line():
    r = _cli("no/such/file.txt")
    assert r.returncode == 2 and "no/such/file.txt" in r.stderr and len(r.stderr.strip().splitlines()) == 1


# -- shapes of other genres (made-up texts in the form real documents take) ---------------------
def _plan(tmp_path, text):
    f = tmp_path / "plan.txt"
    f.write_text(text, encoding="utf-8")
    return policyqa.load(f)[0]


def test_a_page_that_lost_its_line_breaks_is_cut_at_its_paragraph_indents(tmp_path):
    plan = _plan(tmp_path, "某市推进某某服务实施方案\n二、主要任务\n（一）扩大服务供给　　1.有序扩大服务来源。各区要扩大来源。　　2.加强人才培养。开展培训。"
                           "　　3.支持社会力量参与。鼓励参与。\n")
    titles = [m.title for m in find_measures(plan)]
    assert titles == ["有序扩大服务来源", "加强人才培养", "支持社会力量参与"]


def test_a_policy_of_numbered_articles_gives_one_measure_per_article(tmp_path):
    plan = _plan(tmp_path, "某市支持某产业发展政策措施\n一、车型研发激励\n对新研发车型，按研发投入给予最高500万元奖励。\n"
                           "二、融资租赁激励\n对融资租赁企业，按租赁额的2%给予补贴。\n三、海外认证激励\n对海外认证检测费用给予50%补助。\n")
    ms = find_measures(plan)
    assert [m.title for m in ms] == ["车型研发激励", "融资租赁激励", "海外认证激励"]
    assert [t.original for t in ms[0].targets] == ["500万元"]


def test_a_news_posts_bullets_are_its_measures(tmp_path):
    plan = _plan(tmp_path, "浙江出台招商引资指导意见\n▷\n大力推进产业链招商，聚焦十大标志性产业链。\n▷\n深化以商引商，发挥在外浙商作用。\n▷\n强化要素保障，优先保障重大项目用地。\n")
    assert [m.title for m in find_measures(plan)] == ["大力推进产业链招商，聚焦十大标志性产业链", "深化以商引商，发挥在外浙商作用", "强化要素保障，优先保障重大项目用地"]


def test_roman_items_and_titles_without_their_time_or_purpose_clauses(tmp_path):
    f = tmp_path / "address.txt"
    f.write_text(
        "行政長官2023年施政報告\n"
        "鼓勵生育\n"
        "114. 為鼓勵生育，政府會推出以下措施：\n"
        "(i) \n推出「家有初生優先選樓計劃」，讓有初生嬰兒的家庭優先揀選資助出售單位；\n"
        "(ii) \n在2026 年底前，推出「家有初生優先配屋計劃」，縮短輪候公屋時間；\n"
        "(iii) 資助出售單位優先安排予有初生嬰兒的家庭。\n"
        "115. 為加強支援輔助生育，醫管局將逐步增加體外受精治療的服務名額。\n", encoding="utf-8")
    (plan,) = policyqa.load(f)
    assert plan.author == "行政長官"  # the office its title names
    titles = [m.title for m in find_measures(plan)]
    assert titles == ["推出「家有初生優先選樓計劃」，讓有初生嬰兒的家庭優先揀選資助出售單位", "推出「家有初生優先配屋計劃」，縮短輪候公屋時間",
                      "資助出售單位優先安排予有初生嬰兒的家庭", "醫管局將逐步增加體外受精治療的服務名額"]


def test_numbered_paragraphs_of_any_style_are_measures_and_those_heading_paragraphs_are_not(tmp_path):
    plan = _plan(tmp_path, "某市推进某产业发展实施意见\n四、重点任务\n（一）全面布局产业\n1.加强前瞻谋划部署。把握趋势，推进产业发展。\n"
                           "2.提升创新能力。实施重大项目，突破关键技术。\n五、保障措施\n（一）加强统筹协调。形成部际协同的工作格局。\n"
                           "（二）加大金融支持。推动基金加大投入。\n")
    ms = find_measures(plan)
    assert [m.title for m in ms] == ["加强前瞻谋划部署", "提升创新能力", "加强统筹协调", "加大金融支持"]
    assert ms[2].section[0] == "五、保障措施"
    report = _plan(tmp_path, "某区政府工作报告\n二、今年工作安排\n（一）在打好攻坚战上聚焦发力，助推全面建成小康社会。我们要拿出硬办法。\n"
                             "打好精准脱贫攻坚战。坚持把高质量脱贫放在首位。\n打好污染防治攻坚战。深入实施大气治理。\n"
                             "（二）在推动城市发展上聚焦发力，提高支撑力。坚持中心城区优先发展。\n坚持以新理念发展好城市。落实发展理念。\n"
                             "坚持以智慧化服务管理好城市。推进智慧城市建设。\n")
    assert [m.title for m in find_measures(report)] == ["打好精准脱贫攻坚战", "打好污染防治攻坚战", "坚持以新理念发展好城市", "坚持以智慧化服务管理好城市"]


def test_an_item_a_page_break_split_inside_a_word_is_one_measure(tmp_path):
    plan = _plan(tmp_path, "某省制造业发展实施方案\n二、重点任务\n1.加强研发、测\n\n试和验证平台建设。支持企业建设中试验证平台。（牵头部门：省科技厅）\n"
                           "2.推进关键核心技术攻关。组织实施重大专项。（牵头部门：省经济和信息化厅）\n")
    ms = find_measures(plan)
    assert [m.title for m in ms] == ["加强研发、测试和验证平台建设", "推进关键核心技术攻关"]
    assert ms[0].units == ["省科技厅"] and verify(ms[0].citations[0], plan)


def test_a_work_reports_review_gives_none_and_its_parts_of_work_give_their_own_shapes(tmp_path):
    report = _plan(tmp_path, "某省政府工作报告\n一、2025年工作回顾\n"
                   "（一）经济运行稳中有进。全年地区生产总值增长5%。\n（二）改革开放持续深化。完成国企改革任务。\n"
                   "二、2026年重点工作\n（一）着力扩大内需\n充分释放政策效能。用好更加积极的财政政策，抓好重大项目建设。\n"
                   "积极扩大有效投资。优化重大项目包保机制，力争完成投资2000亿元以上。\n"
                   "（二）着力发展特色产业\n稳步发展特色农牧业。严守耕地红线，稳定粮食播种面积。\n"
                   "大力发展清洁能源产业。有序推动水风光一体化基地建设。\n"
                   "三、全面加强政府自身建设\n（一）坚持依法行政，推进法治政府建设。严格规范公正文明执法。\n"
                   "（二）坚持干字当头，持续改进工作作风。力戒形式主义、官僚主义。\n")
    titles = [m.title for m in find_measures(report)]
    assert titles == ["充分释放政策效能", "积极扩大有效投资", "稳步发展特色农牧业", "大力发展清洁能源产业",
                      "坚持依法行政，推进法治政府建设", "坚持干字当头，持续改进工作作风"]


def test_enumerations_on_lines_of_their_own_and_lead_sentences_on_lines_of_their_own(tmp_path):
    report = _plan(tmp_path, "某区政府工作报告\n三、2026年重点工作\n（一）着力贯彻新发展理念，在推动经济提质增效上开新局。\n"
                   "一是坚定实施扩大内需战略，在推动消费投资增长上实现新突破。落实提振消费专项行动。\n"
                   "二是坚定实施产业兴区战略，在发展特色优势产业上实现新突破。培育壮大优势产业集群。\n"
                   "三是坚定实施创新驱动战略，在培育新质生产力上实现新突破。建设科技创新平台。\n")
    ms = find_measures(report)
    assert [m.title.split("，")[0] for m in ms] == ["坚定实施扩大内需战略", "坚定实施产业兴区战略", "坚定实施创新驱动战略"]
    assert ms[0].text.startswith("坚定实施扩大内需战略") and "二是" not in ms[0].text  # one line each, its label left out
    plan = _plan(tmp_path, "关于提升供电服务水平的意见\n二、持续改革创新，推进办电便捷化\n（一）巩固提升服务。拓展服务对象。\n"
                 "将低压办电零投资扩大至160千瓦及以下各类民营经济组织，鼓励有条件的地区提升接入容量。\n提高服务质效。\n"
                 "低压用户全过程办电时间，无外线工程的不超过5个工作日，有外线工程的不超过15个工作日。\n创新服务模式。\n"
                 "对于临时性、流动性用电需求，供电企业应配合地方政府做好便民接电点规划建设。\n")
    ms = find_measures(plan)
    assert [m.title for m in ms] == ["拓展服务对象", "提高服务质效", "创新服务模式"]
    assert ms[1].text.startswith("提高服务质效。") and "5个工作日" in ms[1].text  # the lead and the paragraph it leads


def test_a_statistics_communique_sets_no_measures(tmp_path):
    plan = _plan(tmp_path, "某县2022年国民经济和社会发展统计公报\n一、综合\n全年实现生产总值262.6亿元，同比增长5.3%。\n"
                 "注释：\n1.本公报中数据均为初步统计数。\n2.地区生产总值绝对数按现价计算。\n3.规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业。\n")
    assert find_measures(plan) == []


def test_running_text_that_commits_to_actions_when_nothing_else_is_listed(tmp_path):
    plan = _plan(tmp_path, "某市市長施政報告\n前言\n過去一年，市府團隊努力不懈，各項建設穩步推進。\n"
                 "施政規劃與執行\n本府將全力推動捷運路網建設，預計年底前完成綜合規劃報告。今年市府將加快建設社會住宅，照顧青年居住需求。"
                 "交通是城市發展的基礎。\n")
    titles = [m.title for m in find_measures(plan)]
    assert titles == ["全力推動捷運路網建設", "加快建設社會住宅"]


def test_goals_and_indicators_a_report_lists_are_not_measures(tmp_path):
    # a 十五五 纲要's indicators listed 一是…五是, this year's 主要预期目标 and a paragraph explaining a
    # target are goals, not work to do; the lines of work beside them are measures
    report = _plan(tmp_path, "2026年某省政府工作报告\n二、“十五五”时期目标任务和2026年工作安排\n"
                   "《纲要（草案）》明确了经济社会发展主要指标：一是围绕经济发展，提出6项指标，其中地区生产总值年均增长5%左右。"
                   "二是围绕民生福祉，提出8项指标，其中城镇调查失业率5.5%左右。三是围绕安全保障，提出2项指标。\n"
                   "全省经济社会发展的主要预期目标是：地区生产总值增长4.5%左右，城镇新增就业45万人以上。\n"
                   "确定4.5%左右的增长目标，兼顾了需要与可能。城镇新增就业45万人以上的目标，体现了就业优先的政策导向。\n"
                   "（一）统筹促消费和扩投资\n持续开展提振消费专项行动。社会消费品零售总额增长4%左右。\n"
                   "积极扩大有效投资。固定资产投资增长3%左右。\n")
    titles = [m.title for m in find_measures(report)]
    assert titles == ["持续开展提振消费专项行动", "积极扩大有效投资"]


@pytest.mark.parametrize("name", ["141_national_plan_2025.txt", "145_guangzhou_plan_2023.txt", "240_national_plan_2024.md"])
def test_a_plan_whose_numbers_a_page_put_on_lines_of_their_own_reads_as_the_original(name, tmp_path):
    # page extraction that breaks every figure onto a line of its own ("规模为\n30\n万千瓦"): the same
    # measures and figures as the original text (dev documents)
    from policyqa.engines.offline.targets import find_targets

    source = Path(__file__).parents[1] / "evals" / "corpus" / name
    raw = source.read_text(encoding="utf-8")
    wrapped = re.sub(r"(?<=[\u4e00-\u9fff，、（])(\d+(?:\.\d+)?)(?=[\u4e00-\u9fff%])", r"\n\1\n", raw)
    assert wrapped != raw
    (tmp_path / name).write_text(wrapped, encoding="utf-8")
    a, b = policyqa.load(source), policyqa.load(tmp_path / name)
    assert [m.title for p in b for m in find_measures(p)] == [m.title for p in a for m in find_measures(p)]
    assert sorted(t.original for p in b for t in find_targets(p)) == sorted(t.original for p in a for t in find_targets(p))


# what a page exported from a word processor reads as when its text is extracted span by span:
# each run of Western characters (digits, Latin, %, +, /, ×) and each curly quote on a line of its own
_SPAN = re.compile(r"[0-9A-Za-z.%+\-/×]+|[“”]")


def _span_lines(raw: str) -> str:
    return "\n".join("\n".join(p for p in re.split(f"({_SPAN.pattern})", line) if p) for line in raw.split("\n"))


@pytest.mark.parametrize("name", ["evals/plans/000_08dfb0cd4d043f74.txt", "evals/corpus/140_chongqing_plan_2025.txt",
                                  "evals/corpus/141_national_plan_2025.txt", "evals/corpus/152_shanghai_plan_2023.md",
                                  "evals/corpus/240_national_plan_2024.md"])
def test_a_plan_whose_inline_spans_a_page_put_on_lines_of_their_own_reads_as_the_original(name, tmp_path):
    # the same measures, figures, region, date, author and issuer as the original text (seed and dev documents)
    from policyqa.engines.offline.targets import find_targets

    source = Path(__file__).parents[1] / name
    raw = source.read_text(encoding="utf-8")
    split = _span_lines(raw)
    assert split.count("\n") > raw.count("\n") + 50
    (tmp_path / source.name).write_text(split, encoding="utf-8")
    a, b = policyqa.load(source), policyqa.load(tmp_path / source.name)
    assert [m.title for p in b for m in find_measures(p)] == [m.title for p in a for m in find_measures(p)]
    assert sorted(t.original for p in b for t in find_targets(p)) == sorted(t.original for p in a for t in find_targets(p))
    assert [(p.region, p.date, p.author, p.issuer) for p in b] == [(p.region, p.date, p.author, p.issuer) for p in a]


def test_lines_of_work_counted_with_yi_yao_er_yao_are_measures(tmp_path):
    # "一要…二要…" counts lines of work as "一是…二是…" does: inside a numbered item, each member is a
    # measure under the item; paragraphs that open with them, each one
    report = _plan(tmp_path, "2026年某自治区政府工作报告\n三、2026年重点工作\n"
                   "（一）始终坚持民生为大，不断加大保障和改善民生力度。一要实施城乡居民增收工程。保障工资及时足额发放。"
                   "二要实施稳岗扩容提质工程。开展职业技能培训40万人次。三要实施教育教学质量提升工程。增加5000个普通高中招生计划。\n"
                   "（二）立足壮大实体经济，建设现代化产业体系。\n"
                   "一要加快传统产业提质升级。实施工业设备更新和技术改造提质增效工程。\n"
                   "二要培育壮大新兴产业和未来产业。开展“人工智能+”行动。\n")
    measures = find_measures(report)
    assert [m.title for m in measures] == ["实施城乡居民增收工程", "实施稳岗扩容提质工程", "实施教育教学质量提升工程",
                                           "加快传统产业提质升级", "培育壮大新兴产业和未来产业"]
    assert "始终坚持民生为大" in measures[0].section[-1]
    assert "统一要求" not in " ".join(m.title for m in find_measures(_plan(tmp_path, "某县实施方案\n二、主要任务\n（一）加强统筹。执行统一要求，二要素齐全。\n（二）完善机制。建立台账。\n")))


NEWS = """500家企业入列某市新一轮“倍增计划”名单
某某财经见习记者李四 某市报道 5月24日，某市倍增计划工作领导小组办公室开展2022年某市“倍增计划”企业动态遴选调整工作，共计500家企业上榜。
自2017年以来，某市持续推进“倍增计划”，选取一批试点企业，配置针对性扶持政策，加大政策精准扶持力度，支持企业通过增资扩产、兼并重组等方式，实现规模和效益倍增。
截至2021年底，某市倍增企业数量从214家扩充至457家，累计推动建成新型研发机构33家。
业内人士表示，某市要坚持高质量发展，推动经济实现质的稳步提升。百年变局加速演进，外部环境更趋复杂。
"""


def test_a_news_account_gives_the_lines_of_work_it_reports_not_its_results_or_comment(tmp_path):
    f = tmp_path / "news.txt"
    f.write_text(NEWS.replace("某市", "东莞"), encoding="utf-8")
    plan = policyqa.load(f)[0]
    titles = [m.title for m in find_measures(plan)]
    assert titles[0].startswith("开展2022年东莞“倍增计划”企业动态遴选调整工作")
    assert any(t.startswith("持续推进“倍增计划”，选取一批试点企业") for t in titles)
    assert any(t.startswith("支持企业通过增资扩产") for t in titles)
    said = " ".join(titles)
    assert "新型研发机构" not in said and "高质量发展" not in said and "加速演进" not in said  # a result, a comment, what someone said


def test_a_measure_titled_by_the_words_that_report_a_plan_is_the_lines_of_work_it_gives(tmp_path):
    page = _plan(tmp_path, "小学招生5月7日起网上报名！某区义务教育阶段学校招生工作细则公布\n"
                 "4月28日，某区教育局公布2026年某区义务教育阶段学校招生工作细则。细则明确了2026年小学、初中招生的关键时间节点。\n"
                 "招生原则\n免试就近入学全覆盖\n细则明确提出，推进义务教育学校招生免试就近入学全覆盖。公办学校招生坚持免试就近入学原则；民办学校招生坚持免试入学原则。"
                 "坚持小学一年级“零起点”教学，严禁学校以考试或任何变相考试形式进行招生。\n"
                 "初中招生\n对口直升为主，电脑派位为补充\n细则明确，各公办初中采用单校划片小学对口直升为主的方式进行招生。\n"
                 "民办学校招生\n电脑派位录取，跨区招生严格限定\n细则明确，各民办小学原则上不得跨区招生，其招生计划由区教育局直接核定。\n")
    measures = find_measures(page)
    titles = [m.title for m in measures]
    assert "细则明确提出" not in titles and "细则明确" not in titles
    assert "推进义务教育学校招生免试就近入学全覆盖" in titles and "严禁学校以考试或任何变相考试形式进行招生" in titles
    assert any("民办学校招生坚持免试入学原则" in m.text for m in measures)  # its subject stays in its text
    assert all(policyqa.verify(m.citations[0], page) for m in measures)


def test_a_plan_written_in_articles_has_each_article_as_a_measure(tmp_path):
    # "第 2 条 对重点产业新上的工业类项目，…": an article that opens with its text is a measure named by
    # its first clause, beside the titled ones ("第 7 条 鼓励企业产品研发。…"); the closing articles
    # about the plan itself (how it applies beside other policies, from when) are none
    f = tmp_path / "opinion.txt"
    f.write_text("某县关于支持重点产业加快发展的实施意见\n一、政策支持\n"
                 "第 1 条 设立总规模不低于1亿元的重点产业发展引导资金，列入县财政预算。\n"
                 "二、支持范围\n(一)固定资产投资奖励\n"
                 "第 2 条 对重点产业新上的工业类项目(不含采矿)，固定资产投资1000万元及以上的，按固定资产投资的5%给予企业奖励。\n"
                 "(二)鼓励企业技术进步\n"
                 "第 7 条 鼓励企业产品研发。对取得国家专利的产品，给予企业30万元奖励。\n"
                 "第 1 1 条 鼓励企业挂牌上市。对在主板上市的企业，给予300万元奖励。\n"
                 "三、其他\n"
                 "第 2 4 条 以上有关各项奖励政策如与上级政策规定相抵触，按上级政策执行。\n"
                 "第 2 5 条 本意见自发布之日起施行。\n", encoding="utf-8")
    plan = policyqa.load(f)[0]
    titles = [m.title for m in find_measures(plan)]
    assert titles == ["设立总规模不低于1亿元的重点产业发展引导资金", "对重点产业新上的工业类项目", "鼓励企业产品研发", "鼓励企业挂牌上市"]
    assert all(verify(c, plan) for m in find_measures(plan) for c in m.citations)


def test_an_annex_that_is_a_form_to_fill_in_holds_no_measures(tmp_path):
    # "附件2 …申报大纲": the outline of an application lists the chapters to write, not what the plan does
    f = tmp_path / "plan.txt"
    f.write_text("某自治区绿电直连项目开发建设实施方案\n一、总体要求\n坚持统筹规划。\n二、主要任务\n"
                 "（一）强化源荷匹配。合理确定新能源规模。\n（二）创新建设模式。鼓励成立合资公司。\n"
                 "（三）强化运行管理。项目应具备分表计量条件。\n三、保障措施\n（一）加强组织领导。自治区能源局负责统筹推进。\n"
                 "（二）本方案自印发之日起实施。\n附件\n2\n某自治区\n绿电直连项目\n申报大纲\n一、申报书主要内容\n项目申报书分为三部分。\n"
                 "（一）申报企业概况。简述企业基本情况。\n（二）项目基本情况。简述项目建设内容。\n"
                 "（三）建设必要性分析。分析项目建设的必要性。\n（四）场址条件。说明场址的自然条件。\n（五）经济效益。测算项目的经济效益。\n", encoding="utf-8")
    titles = [m.title for m in find_measures(policyqa.load(f)[0])]
    assert "强化源荷匹配" in titles and "加强组织领导" in titles
    assert not {"申报企业概况", "项目基本情况", "建设必要性分析", "场址条件", "经济效益"} & set(titles)


def test_a_paragraph_led_by_a_connective_of_commentary_is_no_measure():
    # a dev news post's paragraphs under its section heads (红线, 升级, 竞争): "事实上，…", "一方面，…",
    # "实际上，…" argue, they set out no work of the plan it reports
    plan = policyqa.load(Path(__file__).parents[1] / "evals" / "corpus" / "280_zhejiang_news_2021.md")[0]
    titles = [m.title for m in find_measures(plan)]
    assert not any(t.startswith(("事实上", "一方面", "实际上")) for t in titles)


def test_arabic_numbered_headings_under_chapters_each_head_one_measure(tmp_path):
    # "一、旅游服务设施建设" / "3.酒店建设。" on a line of its own / its terms in the paragraph under it
    # (a county's tourism opinion, tried unseen): each numbered heading and its text is one measure
    f = tmp_path / "opinion.txt"
    f.write_text("为把我县旅游业培育成为新的支柱产业，结合我县实际，制定本意见。\n一、旅游景区、景点建设\n1.优先发展以下旅游项目。\n"
                 "文化旅游、乡村旅游、体育旅游等旅游项目；项目资金投入500万元—5000万元，奖励投资额度的5%—20%。\n"
                 "2.优化政策审批。\n在土地审批上，优先安排和保障旅游用地；相关手续办理上实行“一站式”服务。\n"
                 "二、旅游服务设施建设\n3.酒店建设。\n在柳河新建的三星级、四星级、五星级，三星级按60%奖励返还，五星级按100%奖励返还。\n"
                 "4.民宿建设。\n对一个行政村建设标准化民宿5家以上的每间奖励2000元。\n", encoding="utf-8")
    plan = policyqa.load(f)[0]
    measures = find_measures(plan)
    assert [m.title for m in measures] == ["优先发展以下旅游项目", "优化政策审批", "酒店建设", "民宿建设"]
    assert all(verify(c, plan) for m in measures for c in m.citations)


def test_items_that_say_how_the_plan_itself_applies_are_no_measures(tmp_path):
    # "六、申报及审核" holds the application procedure (a measure, as labels take it) beside what the opinion says of
    # itself: how it applies beside other policies ("本意见涉及…", "各项奖励政策如与国家…相抵触") — no measures
    plan = _plan(tmp_path, """某县关于加快旅游业发展的若干意见
一、旅游项目建设
1.酒店建设。对新建五星级酒店给予奖励。
2.景区建设。对新建A级景区给予奖励。
二、申报及审核
1.奖励政策实行申报制。由企业向县文旅局申报。
2.各项奖励政策如与国家相关政策规定相抵触，以国家政策为准。
3.本意见涉及同一内容的奖励与其他政策文件规定不一致的，按“就高不重复”的原则执行。
4.涉旅企业必须诚实守信、依规经营、依法纳税。
""")
    titles = [m.title for m in find_measures(plan)]
    assert "酒店建设" in titles and "奖励政策实行申报制" in titles
    assert not any(t.startswith(("本意见", "各项奖励政策")) for t in titles)


def test_numbered_headings_over_running_paragraphs_are_the_measures_not_each_paragraphs_first_clause(tmp_path):
    # "（一）推动科技创新资源开放" then paragraphs of running text, each opening with a clause
    # ("优化运营管理和开放共享考核制度，加大…"): the heading is the item (LABELING.md's nested-items rule),
    # and the fields of the page the text was saved from ("发布机构: …") are no measure at all
    plan = _plan(tmp_path, """# 某市关于加快科技服务业高质量发展的若干意见
**发布日期**: 2025-05-27
**发布机构**: 某市科学技术委员会
**检索关键词**: 测绘, 卫星
为加快科技服务业高质量发展，提出如下意见。
**一、提升科技服务供给质量**
**（一）推动科技创新资源开放**
优化运营管理和开放共享考核制度，加大重大科技基础设施向社会开放力度。（责任单位：市科委）
加强校企合作，创建联合创新中心等平台，推动高校院所实验室向合作企业开放。（责任单位：市教委）
**（二）创新概念验证建设运营模式**
聚焦前沿科技和未来产业，建立概念验证中心体系。（责任单位：市科委）
建立市场化运营和风险共担机制，打通概念验证、中试熟化和产业化链条。（责任单位：市科委）
**二、强化科技服务要素保障**
**（三）壮大人才支撑队伍**
加强高素质科技服务业人才引育，支持科技服务机构引进专业人才。（责任单位：市人才局）
完善职称评审制度，畅通科技服务人才职业发展通道。（责任单位：市人社局）
**（四）加强科技服务业品牌培育**
探索开展优质服务承诺活动，培育一批科技服务业品牌机构。（责任单位：市科委）
""")
    measures = find_measures(plan)
    assert [m.title for m in measures] == ["推动科技创新资源开放", "创新概念验证建设运营模式", "壮大人才支撑队伍", "加强科技服务业品牌培育"]
    assert measures[0].section == ["一、提升科技服务供给质量"]
    assert "加强校企合作" in measures[0].text
    assert all(verify(c, plan) for m in measures for c in m.citations)


def test_sections_on_why_the_work_matters_and_what_is_wrong_now_hold_no_measures(tmp_path):
    # a speech in three parts: "一、加强…日常管理的重要性和迫切性" (its （一）（二） say why), "二、…存在的主要问题"
    # (what is wrong), "三、…的主要措施" (what will be done): only the third lists measures, though the first
    # part's heading opens with a verb (加强)
    plan = _plan(tmp_path, """某部门负责同志在招标代理机构管理工作会议上的讲话
一、加强招标代理机构日常管理的重要性和迫切性
（一）是加强中央投资项目招标管理、提高建设质量和效益的重要手段。进行资格认定的目的，是加强招标活动的监管。
（二）是规范招标投标活动的重要内容。规范招标代理活动，是规范招标投标活动的重要组成部分。
二、当前日常管理中存在的主要问题
（一）一些机构遵守日常管理的意识淡薄。部分机构只重视获得资格，不重视日常管理。
（二）与机构联系沟通的渠道有待丰富。单纯靠打电话与机构联系，效率不高。
三、加强招标代理机构日常管理的主要措施
（一）加快资格的推广和使用。在法律、法规和政策性文件中进行明确和规定。
（二）加强与机构的沟通和联系。建立联系人制度，每个机构报送联系人。
""")
    titles = [m.title for m in find_measures(plan)]
    assert titles == ["加快资格的推广和使用", "加强与机构的沟通和联系"]


def test_an_enumerated_item_with_ordinal_items_inside_gives_the_inner_items(tmp_path):
    # "二是年检工作。…第一，年检工作的开始时间。…第二，各机构应于每年2月28日前…": the innermost items are the measures
    plan = _plan(tmp_path, """某部门关于加强代理机构日常管理的讲话
三、主要措施
（一）加强日常管理
一是招标业绩的报送。各代理机构应在中标通知书发出后15日之内及时报送业绩。
二是年检工作。这是规范代理活动的重要手段。第一，年检工作的开始时间。各机构自获得资格之日起均应参加年检。第二，各机构应于每年2月28日前报送初审材料。第三，年检结果将作为资格延续的重要依据。
三是召开工作会议。每年召开一次管理会议。
""")
    titles = [m.title for m in find_measures(plan)]
    assert titles == ["招标业绩的报送", "年检工作的开始时间", "各机构应于每年2月28日前报送初审材料", "年检结果将作为资格延续的重要依据", "召开工作会议"]
    assert all(verify(c, plan) for m in find_measures(plan) for c in m.citations)


def test_a_news_posts_numbered_paragraphs_whose_first_follows_the_words_announcing_them(tmp_path):
    # "具体措施包括：第一、鼓励…。" then "第二、…" (with the reporter's comment between): each member is a measure
    plan = _plan(tmp_path, """广州又出大招！积极出台新政支持创投上市
原标题：广州出台新政支持创投上市
7月8日，广州市政府审议通过《关于进一步促进科技金融与产业融合发展的实施意见》，明确了6个方面的重点任务。
具体措施包括：第一、鼓励和支持创业投资机构通过上市，发行企业债等固定收益产品，形成多元化的资金来源。
创投机构上市其实不是新鲜事，2014年我国私募基金率先在新三板挂牌，融资总额超过300亿元。
第二、对标“深创投”，整合市属国有风投创投资本。鼓励国有企业参与创业投资。
第三，拓宽风投创投退出渠道。探索设立私募股权转让平台。
海量资讯、精准解读，尽在新浪财经APP
""")
    titles = [m.title for m in find_measures(plan)]
    assert len(titles) == 3 and titles[0].startswith("鼓励和支持创业投资机构通过上市"), titles
    assert titles[1:] == ["对标“深创投”，整合市属国有风投创投资本", "拓宽风投创投退出渠道"]
    assert all(verify(c, plan) for m in find_measures(plan) for c in m.citations)


def test_a_news_account_of_a_plan_outline_gives_what_it_will_do_not_what_was_done(tmp_path):
    # "…规划纲要显示：…目前已达4307公里；“十二五”将实现…，形成…": the lines of work of the period, not the result,
    # nor the reporter's "这将带动…"
    plan = _plan(tmp_path, """河北拟建高密度环京交通圈
发布人：-
3月21日公布的河北省“十二五”规划纲要显示：全省高速公路通车里程目前已达4307公里，跃居全国第二；“十二五”将实现县县通高速公路，所有设区市通高速铁路，形成以石家庄为中心的“两小时交通圈”、环北京的“一小时交通圈”。
加之机场密集建成和港口升级，河北“海陆空通衢”将现。这将带动沿线城市加快发展。
""")
    titles = [m.title for m in find_measures(plan)]
    assert any(t.startswith("实现县县通高速公路") for t in titles) and any(t.startswith("形成以石家庄为中心") for t in titles), titles
    assert not any("4307" in t or "带动" in t for t in titles)
    assert all(verify(c, plan) for m in find_measures(plan) for c in m.citations)


def test_a_news_account_names_each_work_it_counts_and_each_campaign_it_names(tmp_path):
    # "建成“五大工程”，即：A工程、B工程…" gives one line of work per work counted (as many as counted);
    # "实施“甲”“乙”“丙”行动" one per campaign; "某区将高标准建设新城" acts (将 before 建设, a noun of action);
    # "在…方面，将…" is the frame of what follows, and a clause of purpose before an action goes on with the subject
    plan = _plan(tmp_path, """某区将投资百亿元建“五大工程”
本报记者 张三
昨日来自某区的消息，某区将高标准建设新城，投入50亿元建成“五大工程”，即：市政道路提升工程、城市综合体工程、科技文化中心工程、公交客运中心工程、体育公园工程。围绕建设国际旅游度假区的发展定位，推进某岛全面开发建设。
在构建现代综合交通体系方面，某区将全力配合省里加快建设跨江大桥，构建串联各组团的复合交通走廊。
某区还将实施“优品优选”“网购畅通”“民生守护”行动，全面推广“放心”智慧平台。
""".replace("某区", "马尾区"))
    titles = [m.title for m in find_measures(plan)]
    for t in ("市政道路提升工程", "城市综合体工程", "科技文化中心工程", "公交客运中心工程", "体育公园工程", "推进某岛全面开发建设"):
        assert t in titles, (t, titles)
    for t in ("实施“优品优选”行动", "实施“网购畅通”行动", "实施“民生守护”行动"):
        assert sum(x.startswith(t) for x in titles) == 1, (t, titles)
    assert any(t.startswith("建设新城") for t in titles), titles
    assert any(t.startswith("全力配合省里加快建设跨江大桥") for t in titles), titles
    assert not any(t.startswith("构建现代综合交通体系方面") or "即：" in t for t in titles), titles
    assert all(verify(c, plan) for m in find_measures(plan) for c in m.citations)
    # a list that names fewer works than it counts is not read as the works ("十大工程，即：" and three names)
    short = _plan(tmp_path, "马尾区将建“十大工程”\n本报记者 张三\n马尾区将建成“十大工程”，即：市政道路提升工程、城市综合体工程、体育公园工程。马尾区将加快建设新城。\n")
    assert "城市综合体工程" not in [m.title for m in find_measures(short)]


def test_a_news_account_of_works_projects_gives_each_project_it_says_will_be_built(tmp_path):
    # a post on a city's transport projects: each paragraph's project ("古乍线河姆渡段是…。…年底前将全部完工") is a line of
    # work, named as the post names it; a phase of the one before (二期…段) is not another, and a finished one (已完成) is none
    plan = _plan(tmp_path, """记者在位于阳明街道康山村的余梁公路北延工程隧道工地上看到，由中铁十五局负责施工的隧道工程洞口已经顺利开挖。工地负责人告诉记者，再过半个月，大型挖掘机械就可以进入。
记者随后从余姚市交通局了解到，今年余姚市各项交通重点工程目前均在顺利进行之中。市交通局今年共安排了2000万元以上的重点交通项目16项，今年需完成投资22亿元。
古乍线河姆渡段是余姚市加快姚东组团发展的一项重要交通工程。该项目总长8.8公里，总投资4.75亿元。目前全线路基工程已经基本完成，年底前将全部完工。
余梁公路北延工程按一级公路兼顾城市道路标准设计，总投资近10亿元，今年将完成投资4亿元。
此外，浒溪线拓宽改造工程一期车岗头至大岚段路基已完成，计划6月底完成；二期大岚至奉化段将随即跟上。329复线黄家埠至牟山段工程今年底也将完成。
""")
    titles = [m.title for m in find_measures(plan)]
    for t in ("古乍线河姆渡段", "余梁公路北延工程", "浒溪线拓宽改造工程", "329复线黄家埠至牟山段工程"):
        assert t in titles, (t, titles)
    assert not any(t.startswith("二期") for t in titles), titles
    assert all(verify(c, plan) for m in find_measures(plan) for c in m.citations)


def test_a_page_that_gives_its_account_twice_does_not_count_one_lead_as_two(tmp_path):
    # a scraped page holding its article twice: the one short sentence leading a paragraph twice is not a
    # list of lines of work; the account's sentences are
    body = ("4月15日，记者从湖南电力集团公司获悉，该公司出台贯彻落实意见，制定了30条重点措施。\n"
            "“十二五”期间，湖南电力集团公司将全面加快智能变电站建设与改造，新建智能变电站408座;建成客户用电信息采集系统;形成一体化智能电网调度体系。\n"
            "到“十二五”末，湖南电网将拥有2座特高压交流变电站，变电容量超过3亿千伏安。\n")
    plan = _plan(tmp_path, "湖南“十二五”电力规划投资1100亿元\n商圈资讯\n" + body + body)
    titles = [m.title for m in find_measures(plan)]
    assert "建成客户用电信息采集系统" in titles and "形成一体化智能电网调度体系" in titles, titles


def test_a_news_account_gives_the_lines_of_work_an_official_describes_and_those_that_go_on_from_its_subject(tmp_path):
    # "据…局长…介绍，…将继续开展…" is the plan's content told by its official, not a comment; "同时，建成…" and a
    # sentence after a semicolon that opens with its action go on with the same subject; "建成"/"力争" open lines of work
    plan = _plan(tmp_path, """某省计划5年投入32亿元养护高速公路
发布人：张三
4月18日，记者从汇报会上获悉，过去5年某省高速公路投入养护经费32亿元。
据省交通运输厅党组成员、省高管局局长李四介绍，“十二五”期间，某省高速系统将继续开展科学养护与管理。同时，建成省级养护中心1至3个，力争将中南地区高速公路养护应急保障中心建在某省。
“十二五”期间，某省电力集团公司将全面加快智能变电站建设与改造，新建智能变电站408座;力争用3年时间实现全省17个地市配电自动化覆盖率达100%;建成客户用电信息采集系统;形成一体化智能电网调度体系。
某省电网以两个特高压交流落点为重要支撑，三个直流落点深入负荷中心，供电能力全面提升。
""".replace("某省", "湖南"))
    titles = [m.title for m in find_measures(plan)]
    for t in ("继续开展科学养护与管理", "建成省级养护中心1至3个", "力争将中南地区高速公路养护应急保障中心建在湖南",
              "力争用3年时间实现全省17个地市配电自动化覆盖率达100%", "建成客户用电信息采集系统", "形成一体化智能电网调度体系"):
        assert t in titles, (t, titles)
    assert not any("负荷中心" in t or t == "全面提升" for t in titles), titles  # a description of the grid, not a line of work
    assert all(verify(c, plan) for m in find_measures(plan) for c in m.citations)


_REPORT_HEAD = "某市政府工作报告\n\n各位代表：\n\n二、今年重点工作\n\n"


def test_short_sentences_heading_the_parts_of_a_led_paragraph_are_its_measures(tmp_path):
    # LABELING.md's run-in items: "壮大农业。…。稳产量。…。建基地。…" — the short sentences that each head
    # their part are the innermost items, the paragraph's lead their section; the lead is not listed too
    plan = _plan(tmp_path, _REPORT_HEAD + (
        "努力壮大特色农业。立足山区资源禀赋，着力调整种植结构、提升产品品质。稳产量。抓好8个粮食生产功能区建设，"
        "全年粮食总产稳定在30万吨以上。建基地。围绕茶叶、中药材等特色产业，每个乡镇年内至少建成一个千亩以上基地。"
        "强品牌。培育区域公用品牌，推进农产品质量安全追溯体系建设，提高市场占有率。\n\n"
        "加快城市更新改造。统筹推进老旧小区、背街小巷和城中村改造，完善城市功能。拓展空间。以高铁新城为支点，"
        "加快向东向南拓展，启动三条骨干道路建设。完善功能。加快棚户区改造和回迁安置，建设一批社区服务中心和口袋公园。"
        "提升形象。实施亮化绿化和水系景观工程，完成火车站周边综合改造，打造城市靓丽风景。\n"))
    ms = find_measures(plan)
    titles = [m.title for m in ms]
    assert titles == ["稳产量", "建基地", "强品牌", "拓展空间", "完善功能", "提升形象"], titles
    assert all(verify(c, plan) for m in ms for c in m.citations)
    assert ms[1].text.startswith("建基地。围绕茶叶") and ms[1].text.endswith("千亩以上基地。"), ms[1].text


def test_a_short_sentence_in_the_running_text_of_a_led_paragraph_is_no_measure_of_its_own(tmp_path):
    # one short sentence far into a paragraph's text ("加强教师队伍建设。") is a sentence of it, not a heading of its part
    plan = _plan(tmp_path, _REPORT_HEAD + (
        "促进教育公平发展。教育是今天的事业、明天的希望。要坚持立德树人，培养德智体美劳全面发展的建设者。深化考试招生制度改革，"
        "推进义务教育优质均衡发展。改善薄弱学校和寄宿制学校基本办学条件，完善随迁子女入学政策。加强教师队伍建设。"
        "落实乡村教师生活补助政策，扩大公费师范生培养规模，让每个孩子都能享有公平而有质量的教育。\n\n"
        "健全基本医疗卫生制度。深化医药卫生体制改革，推进分级诊疗，加强基层医疗卫生服务能力建设，全面实施城乡居民大病保险，"
        "提高重大疾病保障水平，完善医疗纠纷预防调解机制。\n"))
    titles = [m.title for m in find_measures(plan)]
    assert titles == ["促进教育公平发展", "健全基本医疗卫生制度"], titles


def test_paragraphs_after_one_that_counts_its_items_inside_are_lines_of_work_of_their_own(tmp_path):
    # "…。一是…二是…" counted inside one paragraph does not make the led paragraphs after it that paragraph's text
    plan = _plan(tmp_path, _REPORT_HEAD + (
        "强力推进区域协同发展。把承接产业转移作为发展的引擎，突出抓好“一城、一基地”：一是科技新城。依托高校资源，"
        "规划建设科技创新平台，打造产学研一体化示范基地。二是现代产业基地。加快汽车、新能源等高端装备制造基地建设，做强产业支撑。\n\n"
        "强力抓好园区和项目建设。把园区建设作为发展的根本着力点，安排市级重点项目200项左右，加快在建项目进度，确保一批项目开工建设。\n\n"
        "强力打造产业升级版。实施技改升级和龙头带动工程，改造提升纺织服装、食品等传统产业，年内新增规模以上企业200家以上。\n"))
    titles = [m.title for m in find_measures(plan)]
    assert "强力抓好园区和项目建设" in titles and "强力打造产业升级版" in titles, titles
    assert "科技新城" in titles and "现代产业基地" in titles, titles


def test_a_plans_background_and_its_annexed_list_of_projects_give_no_measures(tmp_path):
    # "一、实施背景" / "（一）发展基础" / "（二）困难挑战" say what is, and "附件1 …重大政策清单" lists policies in rows:
    # the measures are the items of the tasks between them
    tasks = "".join(f"{i}.{t}。{t}的具体举措包括建设一批设施，完善服务体系，加强监督管理。\n"
                    for i, t in enumerate(("强化养老服务兜底保障", "加快补齐养老服务短板", "推动养老服务规范发展", "加大托育服务建设力度"), 1))
    annex = "".join(f"{i}.{t}，纳入年度计划，优先安排资金。\n" for i, t in enumerate(("设置社会福利用地", "简化登记备案程序", "落实税费优惠政策",
                                                                          "开通就医绿色通道", "加强人才培养", "推进医养结合"), 1))
    plan = _plan(tmp_path, "某区“一老一小”整体解决方案\n一、实施背景\n（一）发展基础\n近年来，全区建成养老机构15家，养老床位数2944张。\n"
                           "（二）困难挑战\n当前养老服务供给不足，专业人才短缺。\n二、重点任务\n" + tasks
                           + "附件1\n某区“一老一小”重大政策清单\n" + annex)
    titles = [m.title for m in find_measures(plan)]
    assert titles == ["强化养老服务兜底保障", "加快补齐养老服务短板", "推动养老服务规范发展", "加大托育服务建设力度"], titles


def test_a_page_that_holds_its_policy_twice_states_each_measure_once_in_its_plainer_form():
    # dev 344: an app's record of a policy, once as escaped JSON (\u201c, <\/p>) and once as HTML: each line of
    # work once, quoted from the copy written without escapes
    plan = policyqa.load(Path(__file__).parents[1] / "evals" / "corpus" / "344_lingang_plan_2016.java")[0]
    ms = policyqa.measures(plan)
    titles = [m.title for m in ms]
    assert len(ms) >= 12 and len(titles) == len(set(titles))
    assert not any("\\u201c" in m.text or "\\" in m.citations[0].quote for m in ms)
    assert all(policyqa.verify(m.citations[0], plan) for m in ms)


def test_a_news_post_gives_the_works_it_counts_after_listing_them_and_clauses_parted_alike_by_semicolons(tmp_path):
    # "…，依托港口发展，…，继续深化人文交流等六方面工作。": as many lines of work as the sentence counts, though
    # some open with no verb of the table; "以…构建…；以…打造…；以…搭建…。": each clause a line of work
    f = tmp_path / "post.md"
    f.write_text(
        "---\ntitle: 某省举行专场记者会\ndate: 2031-05-14\n---\n\n"
        "某省新闻网北京电（记者 杨某）高峰论坛新闻中心就某省参与建设情况举行记者会。\n\n"
        "目前，某省正以经济走廊、港口城市合作网络和信息港这“一廊两港”构建三大国际通道；以博览会、投资峰会这“两会”，"
        "打造多领域交流渠道；以跨境合作园区搭建国际产能合作平台。\n\n"
        "下一步，某省将进一步发挥区位优势，全面提升开放型经济发展水平。切实做好扩大“某某渠道”的影响力，依托港口发展，"
        "畅通陆路国际大通道，加快制度创新，切实推进一批重大项目落地，继续深化人文交流等六方面工作。\n", encoding="utf-8")
    plan = policyqa.load(f)[0]
    titles = [m.title for m in policyqa.measures(plan)]
    for t in ("依托港口发展", "畅通陆路国际大通道", "继续深化人文交流", "以跨境合作园区搭建国际产能合作平台"):
        assert t in titles, titles
    assert any(t.startswith("以经济走廊") and t.endswith("构建三大国际通道") for t in titles), titles
    assert not any("等六方面工作" in t for t in titles)
    assert all(verify(c, plan) for m in policyqa.measures(plan) for c in m.citations)
