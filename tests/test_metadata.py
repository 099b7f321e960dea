"""Plans found in the seed and corpus files, and what the text says of each: facts read by hand."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import policyqa
from policyqa.reading.document import Document

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "evals" / "plans"
CORPUS = Path(__file__).parents[2] / "shared" / "corpus"


def plans_of(name: str) -> list[policyqa.Plan]:
    return policyqa.load(next(SEEDS.glob(name + "_*.txt")))


def test_seed_002_is_eight_speeches_with_their_speakers_and_regions():
    plans = plans_of("002")
    got = [(p.region, p.author) for p in plans]
    assert got == [
        ("余杭区", "刘颖"),
        ("义乌市", "叶帮锐"),
        ("柯桥区", "袁建"),
        ("钱塘区", "金承涛"),
        ("定海区", "孙丹燕"),
        ("景宁畲族自治县", "翁志鸿"),
        ("柯城区", "胡益峰"),
        ("北仑区", None),  # the last speech has no speaker line (nor a headline)
    ]
    assert plans[0].title == "坚持创新驱动 深化数实融合 加快以新质生产力推动高质量发展"
    assert plans[5].title == "发挥畲乡优势 增强内生动力 奋力推动民族地区高质量发展和共同富裕"
    assert plans[7].title is None
    assert [p.level for p in plans] == ["district", "county", "district", "district", "district", "county", "district", "district"]


def test_seed_002_speeches_cover_their_own_text_only():
    plans = plans_of("002")
    assert plans[0].text.startswith("坚持创新驱动")
    assert "杭州市委常委、余杭区委书记" in plans[0].text
    assert "编者按" not in "".join(p.text for p in plans)  # the page's preamble belongs to no speech
    assert "本报记者" not in plans[-1].text  # nor its closing byline
    assert plans[-1].text.startswith("北仑区聚焦省委")
    assert plans[6].text.endswith("上半年新入库5000万元以上投资制造业项目11个。")
    for a, b in zip(plans, plans[1:]):
        assert a.end <= b.start


def test_single_plan_seeds():
    (p000,) = plans_of("000")
    assert (p000.region, p000.level, p000.author, p000.title) == ("兰溪市", "county", "兰溪市委理论学习中心组", None)
    (p001,) = plans_of("001")
    assert (p001.region, p001.level) == ("马鞍山市", "city")
    assert p001.title == "關于以創新推動高質量發展加快打造長三角“白菜心”的意見"  # the source's own script
    assert p001.author == "柴勝松、吳衡"
    (p003,) = plans_of("003")
    assert (p003.region, p003.level) == ("金华市", "city")
    (p004,) = plans_of("004")
    assert (p004.region, p004.level, p004.author, p004.date) == ("兰州新区", "new area", "史曉峰", "2024-05-07")


def test_nothing_invented_where_the_text_is_silent():
    # 002's preamble dates the meeting "7月17日" without a year: no date
    assert all(p.date is None for p in plans_of("002"))
    (p003,) = plans_of("003")  # an excerpt with no headline, issuer or date
    assert (p003.title, p003.author, p003.date, p003.issuer) == (None, None, None, None)


def test_ids_are_stable_across_runs_and_distinct():
    a = [p.id for p in plans_of("002")]
    b = [p.id for p in plans_of("002")]
    assert a == b and len(set(a)) == 8


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")
def test_corpus_metadata():
    by_file = {}
    for p in policyqa.load(CORPUS):
        by_file.setdefault(Path(p.source).name[:2], []).append(p)
    assert len(by_file) == 7
    assert [p.region for p in by_file["01"]] == ["上海市"] and by_file["01"][0].issuer == "上海市人民政府"
    # a notice issuing two documents: two plans, both dated and issued by the notice
    two = by_file["02"]
    assert [p.title for p in two] == ["支持工业互联网发展若干政策", "安徽省工业互联网创新发展行动计划（2021-2023年）"]
    assert {(p.region, p.date, p.issuer) for p in two} == {("安徽省", "2021-09-02", "安徽省人民政府办公厅")}
    (bt,) = by_file["03"]
    assert (bt.region, bt.title, bt.date, bt.issuer) == ("包头市", "包头市2022年数字政府建设考评办法", "2022-04-14", "包头市人民政府办公室")
    (bj,) = by_file["04"]
    assert (bj.region, bj.level, bj.date, bj.issuer) == ("北京市", "province", "2022-11-21", "北京市经济和信息化局")
    (hk,) = by_file["05"]
    assert hk.region == "香港特别行政区" and hk.title == "行政長官2019年施政報告"
    (yc,) = by_file["06"]
    assert (yc.region, yc.title, yc.issuer, yc.date) == ("宜春市", "宜春市2022年国民经济和社会发展统计公报", "宜春市统计局", "2023-04-18")
    (ah,) = by_file["07"]
    assert ah.region == "安徽省" and ah.date == "2022-03-23" and ah.title.endswith("扎实推进高水平开放实施意见")


def test_ordinary_words_are_not_places():
    # 合作 (合作市), 资源 (资源县), 新兴 (新兴县), 城区: words, not the regions of a plan
    doc = Document.from_text("加强区域合作，整合资源，培育新兴产业，推进城区更新。合作市场不断扩大。")
    (plan,) = policyqa.structure.plan.split(doc)
    assert plan.region is None and plan.level is None


def test_traditional_script_region_is_written_simplified():
    doc = Document.from_text("日前，馬鞍山市出臺意見。馬鞍山將建設高水平創新型城市。")
    (plan,) = policyqa.structure.plan.split(doc)
    assert plan.region == "马鞍山市"


def test_a_page_that_carries_its_report_twice_is_one_plan():
    # dev 342: a portal's crawl gives the report, the portal's footer and menu, then the page again with the
    # report in it; the second delivery line and speaker open no second speech (its lines are the first's)
    plans = policyqa.load(ROOT / "evals" / "corpus" / "342_hebei_gwr_2024.txt")
    assert len(plans) == 1
    p = plans[0]
    assert (p.title, p.author, p.issuer, p.date, p.region) == ("2024年河北省政府工作报告", "王正谱", "河北省人民政府", "2024-01-21", "河北省")
    assert len(policyqa.measures(p)) >= 30  # (measures stated once though the text is there twice)
    said = [(t.metric, t.value, t.citation.quote) for t in policyqa.targets(p)]
    assert len(said) >= 80 and len(said) == len(set(said))  # and each figure once
    titles = [m.title for m in policyqa.measures(p)]
    assert not any(t.startswith("坚持以科技创新引领") for t in titles)  # 一是坚持…二是坚持…: principles, no measures


def test_cli_plans_json_has_the_eight_speeches():
    out = subprocess.run(
        [sys.executable, "-m", "policyqa", "plans", str(next(SEEDS.glob("002_*.txt"))), "--json"],
        capture_output=True, text=True, check=True,
    ).stdout
    rows = json.loads(out)
    assert len(rows) == 8
    assert set(rows[0]) == {"id", "source", "start", "end", "title", "region", "level", "author", "date", "issuer", "quality"}
    assert rows[3]["region"] == "钱塘区" and rows[3]["author"] == "金承涛"


# -- the shapes of the genre (made-up texts in the form real reports and notices take) -----------
def _load(tmp_path, text, name="plan.txt"):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return policyqa.load(f)[0]


def test_a_work_reports_speaker_line_delivery_date_and_own_government(tmp_path):
    plan = _load(tmp_path, "政 府 工 作 报 告\n\n——2031年2月19日在某某区第十四届人民代表大会第五次会议上\n\n"
                           "呼伦贝尔市海拉尔区人民政府区长　　王某某\n\n各位代表：\n\n现在，我代表区人民政府向大会作工作报告。\n\n一、2030年工作回顾\n过去一年，全区生产总值增长5%。\n")
    assert plan.title == "政府工作报告"
    assert plan.date == "2031-02-19" and plan.author == "王某某"
    assert plan.region == "海拉尔区" and plan.issuer == "海拉尔区人民政府"


def test_a_signed_date_at_the_end_comes_before_a_sites_publication_date(tmp_path):
    plan = _load(tmp_path, "发布日期：2031-11-07\n某市卫生健康委员会关于印发某某实施方案的通知\n各区：\n现将方案印发给你们。\n一、总体要求\n到2033年，覆盖率达到80%。\n某市卫生健康委员会\n2031年10月19日\n")
    assert plan.date == "2031-10-19"


def test_a_plan_issued_by_central_organs_is_national(tmp_path):
    plan = _load(tmp_path, "国家发展改革委 国家能源局关于提升某某服务水平的意见\n发改能源规〔2031〕1号\n各省、自治区、直辖市发展改革委：\n一、总体要求\n到2035年，基本建成现代化体系。\n")
    assert (plan.region, plan.level) == ("中国", "national")


# -- documents signed by organs, reports delivered by a governor, documents adopted by a body ------------
def _one(text: str) -> policyqa.Plan:
    return policyqa.split(Document.from_text(text, "doc.txt"))[0]


def test_the_organs_that_sign_a_notice_are_its_issuer_and_author_and_the_date_under_them_its_date():
    plan = _one(
        "市政府门户网站\n发布日期：2023-11-07\n"
        "广州市卫生健康委员会 &nbsp;&nbsp;广州市财政局\n广州市医疗保障局　　2023年10月19日\n"
        "关于推进广州市家庭医生签约服务高质量发展实施方案\n一、总体要求\n到2025年，全市家庭医生签约服务覆盖率达到45%以上。\n"
    )
    assert plan.issuer == plan.author == "广州市卫生健康委员会、广州市财政局、广州市医疗保障局"
    assert plan.date == "2023-10-19"  # the date it was signed, not the day a site posted it
    assert plan.region == "广州市"


def test_a_notice_title_broken_over_two_lines_is_read_whole():
    plan = _one(
        "重庆市经济和信息化委员会\n重庆市财政局\n关于印发《重庆市支持智能网联新能源商用车\n产业发展政策措施（2025—2027年）》的通知\n"
        "各有关单位：\n现将政策措施印发给你们，请认真贯彻执行。\n重庆市经济和信息化委员会\n重庆市财政局\n2025年12月30日\n"
        "一、车型研发激励\n对年销量5000辆以上的车型，给予1000万元激励。\n"
    )
    assert plan.title == "重庆市支持智能网联新能源商用车产业发展政策措施（2025—2027年）"
    assert plan.issuer == "重庆市经济和信息化委员会、重庆市财政局" and plan.date == "2025-12-30"


def test_national_organs_make_a_national_plan_whatever_places_it_addresses():
    plan = _one(
        "国家发展改革委 国家能源局关于深化提升“获得电力”服务水平的意见\n"
        "各省、自治区、直辖市发展改革委，北京市城市管理委，天津、上海、重庆市经信委：\n"
        "推进用电营商环境建设，提出如下意见。\n一、总体要求\n到2029年，办电更加便捷。\n"
    )
    assert (plan.region, plan.level) == ("中国", "national")
    assert plan.issuer == "国家发展改革委、国家能源局"


def test_a_report_delivered_by_a_governor_names_him_and_the_provinces_government():
    plan = _one(
        "2026年吉林省政府工作报告\n——2026年1月27日在吉林省第十四届人民代表大会第五次会议上\n省长 胡玉亭\n各位代表：\n"
        "现在，我代表省政府，向大会报告工作，请予审议。\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
    )
    assert plan.author == "胡玉亭" and plan.issuer == "吉林省人民政府" and plan.date == "2026-01-27"


def test_a_document_adopted_by_a_plenary_session_names_the_session_and_the_organ_in_its_title():
    plan = _one(
        "中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议\n"
        "（2020年10月29日中国共产党第十九届中央委员会第五次全体会议通过）\n“十四五”时期是我国开启新征程的第一个五年。\n"
    )
    assert plan.author == "中国共产党第十九届中央委员会第五次全体会议" and plan.issuer == "中共中央"
    assert plan.date == "2020-10-29" and plan.region == "中国"


def test_a_roundup_of_places_plans_is_one_plan_per_place_each_with_its_region_and_title(tmp_path):
    text = ("中部省会竞逐数字经济新赛道\n原标题：中部省会竞逐数字经济新赛道\n记者 李鹏\n"
            "长沙：未来五年数字经济占GDP比重要超45%\n此次长沙党代会提出了数字经济占GDP比重超过45%的目标。\n"
            "武汉：建成全国数字经济一线城市\n武汉出台《武汉市突破性发展数字经济实施方案》，提出建成全国数字经济一线城市。\n"
            "郑州：2022年数字经济达5000亿元以上\n《郑州市加快数字经济发展实施方案（2020—2022年）》提出，数字经济规模达到5000亿元以上。\n")
    plans = policyqa.split(Document.from_text(text, "roundup.md"))
    assert [p.region for p in plans] == ["长沙市", "武汉市", "郑州市"]
    assert plans[1].title == "武汉市突破性发展数字经济实施方案"
    assert plans[2].title == "郑州市加快数字经济发展实施方案（2020—2022年）"
    assert "武汉出台" in plans[1].text and "武汉" not in plans[2].text
    assert [p.author for p in plans] == ["李鹏"] * 3  # the roundup's byline wrote every place's entry (LABELING.md)
    # a byline run into the lead by the writer's post, then the day ("…研究院研究员 李鹏 9月22日上午，…")
    run_in = text.replace("记者 李鹏\n", "").replace("长沙：未来五年数字经济占GDP比重要超45%\n", "长沙：未来五年数字经济占GDP比重要超45%\n21世纪经济研究院研究员 李鹏 9月22日上午，长沙市党代会开幕。\n")
    assert [p.author for p in policyqa.split(Document.from_text(run_in, "roundup.md"))] == ["李鹏"] * 3


def test_two_places_named_in_headlines_do_not_split_a_plan():
    text = "上海：全力推进国际金融中心建设\n上海将推进国际金融中心建设。\n浙江：推进共同富裕示范区建设\n浙江将推进共同富裕。\n"
    assert len(policyqa.split(Document.from_text(text, "two.md"))) == 1


def test_a_report_is_of_the_place_whose_congress_it_was_delivered_to_though_it_names_its_province_more():
    plan = _one(
        "(浙江?。?025年嘉興市人民政府政府工作報告\n2025年2月11日在嘉興市第九屆人民代表大會第五次會議上\n市長 李 軍\n各位代表:\n"
        "現在,我代表市人民政府向大會報告工作。\n過去一年,認真落實習近平總書記考察浙江重要講話精神,忠實踐行“八八戰略”,推進浙江高質量發展。\n"
    )
    assert plan.region == "嘉兴市" and plan.issuer == "嘉兴市人民政府" and plan.date == "2025-02-11"


def test_a_report_copied_flat_takes_title_date_and_speaker_from_its_delivery_line(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("3月5日，总理作报告。新华社北京3月14日电政府工作报告——2014年3月5日在第十二届全国人民代表大会第二次会议上"
                 "国务院总理李克强各位代表：现在，我代表国务院，向大会作政府工作报告。\n\n一、2013年工作回顾\n\n过去一年，经济运行稳中向好。\n",
                 encoding="utf-8")
    plan = policyqa.load(f)[0]
    assert (plan.title, plan.date, plan.author) == ("政府工作报告", "2014-03-05", "李克强")


def test_a_news_posts_writer_from_a_run_in_byline_or_a_paper_and_name_line(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: '某市企业入列新一轮名单'\nauthor: 新浪财经\n---\n\n"
                 "南方财经全媒体见习记者程浩 东莞报道 5月24日，东莞市开展遴选工作，共计1021家企业上榜。\n", encoding="utf-8")
    assert policyqa.load(f)[0].author == "程浩"
    g = tmp_path / "b.md"
    g.write_text("---\ntitle: 'GDP增长目标为何设为5.5%左右'\nauthor: 新浪财经\n---\n\n经济日报\n王 晋\n每年两会，GDP增速是最受关注的经济指标之一。\n",
                 encoding="utf-8")
    assert policyqa.load(g)[0].author == "王晋"


# -- communiqués, reports copied in other shapes, ministries, SAR districts -------------------------------
def test_a_communiques_compilers_under_its_title_are_its_author_and_their_month_its_date(tmp_path):
    f = tmp_path / "c.txt"
    f.write_text("某某省2030年国民经济和社会发展统计公报\n某某省统计局　国家统计局某某调查总队\n（2031年3月）\n"
                 "2030年，全省经济稳中向好。\n一、综合\n初步核算，全年地区生产总值3.2万亿元，比上年增长4.7%。\n".replace("某某", "江西"),
                 encoding="utf-8")
    plan = policyqa.load(f)[0]
    assert plan.region == "江西省" and plan.title == "江西省2030年国民经济和社会发展统计公报"
    assert plan.author == "江西省统计局、国家统计局江西调查总队" and plan.date == "2031-03"


def test_a_communique_that_credits_its_compiler_in_brackets_at_its_end_names_it_author_and_issuer(tmp_path):
    f = tmp_path / "c.txt"
    f.write_text("江西县2030年国民经济和社会发展统计公报\n发布日期：2031-05-15\n2030年，全县经济稳中向好。\n一、综合\n"
                 "全年地区生产总值110亿元，比上年增长9.3％。\n\u3000\u3000（江西县统计局）\n附件：\n上一篇：江西县2029年统计公报\n"
                 "主办：江西县人民政府\n".replace("江西县", "万载县"), encoding="utf-8")
    plan = policyqa.load(f)[0]
    assert (plan.author, plan.issuer) == ("万载县统计局", "万载县统计局")
    g = tmp_path / "item.txt"  # an item's bureau after its sentence is no compiler of the text
    g.write_text("行政長官2030年施政報告\n一、改善民生\n61. 在2030 年上半年向立法會提交修訂草案。（發展局）\n", encoding="utf-8")
    assert policyqa.load(g)[0].issuer is None


def test_a_crawled_notice_of_a_zone_reads_title_issuer_region_and_signed_date_from_its_one_line_body(tmp_path):
    # the crawler's 标题 field lacks the issuer; the body, on one line, writes the title whole and signs at its end
    f = tmp_path / "z.txt"
    f.write_text("标题: 关于进一步扩大有效投资的实施意见\n发布时间: 2031-07-02 09:40\n发布机构: 中国海湾\n"
                 "==================== 正文 ====================\n"
                 "当前位置： 首页政务公开 关于进一步扩大有效投资的实施意见 时间：2031-07-02 09:40 "
                 "海综管综〔2031〕141号海湾综合实验区管委会关于进一步扩大有效投资的实施意见区直各单位：为充分发挥投资作用，提出如下意见。"
                 "一、目标任务全年完成投资92亿元。二、保障措施各部门要密切配合。附件：2031年扩大投资项目一览表"
                 "海湾综合实验区管委会2031年6月29日 来源：中国海湾 附件下载\n", encoding="utf-8")
    plan = policyqa.load(f)[0]
    assert plan.title == "海湾综合实验区管委会关于进一步扩大有效投资的实施意见"
    assert (plan.issuer, plan.author, plan.region) == ("海湾综合实验区管委会", "海湾综合实验区管委会", "海湾综合实验区")
    assert plan.date == "2031-06-29"  # its signature's day, not the site's


def test_a_delivery_line_in_chinese_numerals_or_broken_over_two_lines_gives_the_day(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("2031年甘肃省政府工作报告\n——二〇三一年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n时间：2031-02-10\n"
                 "甘肃省省长 王某某\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n", encoding="utf-8")
    assert (policyqa.load(f)[0].date, policyqa.load(f)[0].author) == ("2031-01-27", "王某某")
    g = tmp_path / "b.txt"
    g.write_text("政府工作报告\n——2031年1月26日在广东省第十四届\n人民代表大会第五次会议上\n广东省省长 李某某\n各位代表：\n"
                 "现在，我代表省人民政府，向大会报告工作。\n", encoding="utf-8")
    assert policyqa.load(g)[0].date == "2031-01-26"


def test_a_speaker_whose_name_is_transcribed_in_parts_is_named_whole(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("2031年新疆维吾尔自治区政府工作报告\n——2031年1月27日在新疆维吾尔自治区第十四届人民代表大会第四次会议上\n"
                 "自治区主席 艾尔肯·吐尼亚孜\n各位代表：\n现在，我代表自治区人民政府，向大会报告工作。\n", encoding="utf-8")
    assert policyqa.load(f)[0].author == "艾尔肯·吐尼亚孜"


def test_ministries_named_in_a_title_are_the_issuer_of_a_national_plan(tmp_path):
    f = tmp_path / "m.md"
    f.write_text("# 工业和信息化部等七部门关于推动某某产业创新发展的实施意见\n\n**发布机构**: 工信部\n\n---\n\n"
                 "各省、自治区、直辖市工业和信息化主管部门：\n一、总体要求\n到2035年，某某产业发展取得突破。\n", encoding="utf-8")
    plan = policyqa.load(f)[0]
    assert plan.title == "工业和信息化部等七部门关于推动某某产业创新发展的实施意见"
    assert plan.issuer == "工业和信息化部等七部门" and plan.region == "中国"


def test_a_hong_kong_district_named_makes_a_plan_hong_kongs():
    from policyqa.structure import regions

    assert regions.best_region("首批位于元朗的简约公屋将落成").name == "香港特别行政区"
    assert regions.best_region("大埔县推进乡村振兴") is None or regions.best_region("大埔县推进乡村振兴").name == "大埔县"


def test_a_news_post_about_a_report_takes_the_reports_day_and_organ_from_its_lead_and_keeps_its_headline(tmp_path):
    # LABELING.md: a news post's title is its headline, not the title of the plan it reports; its author is
    # its byline's writer (none here), not the report's speaker nor the feed it was filed under (新浪财经)
    from policyqa.structure.metadata import told_speaker

    f = tmp_path / "n.md"
    f.write_text("---\ntitle: '某市如何实现GDP增长6%'\nauthor: 新浪财经\ndate: Tue, 12 Apr 2033 02:27:27 GMT\n---\n\n"
                 "4月11日，深圳市七届人大二次会议开幕，深圳市市长王某某代表市政府向大会作政府工作报告，回顾去年工作。\n"
                 "王某某强调，深圳要坚持制造业立市之本。\n", encoding="utf-8")
    plan = policyqa.load(f)[0]
    assert (plan.author, plan.date, plan.issuer, plan.region) == (None, "2033-04-11", "深圳市政府", "深圳市")
    assert plan.title == "某市如何实现GDP增长6%" and told_speaker(plan) == "王某某"
    a = policyqa.ask("这份政府工作报告是谁作的？", [plan])  # who delivered the report: the speaker its lead names
    assert not a.abstained and "王某某" in a.answer, a.answer
    g = tmp_path / "b.md"  # a byline (记者|…, at the end as a repost keeps it) names who wrote the post
    g.write_text(f.read_text(encoding="utf-8") + "记者|李某某\n", encoding="utf-8")
    assert policyqa.load(g)[0].author == "李某某"


def test_a_news_posts_author_is_a_writer_its_page_credits_and_its_issuer_the_organ_its_lead_says_issued_the_plan(tmp_path):
    # LABELING.md, news posts: the front matter's author when it names a person, not an outlet; a page's
    # "信息来源：" field among the lines cleaning took out; the organ the lead says issued the plan is the
    # issuer (not the author, and not where the post is about); a roundup's byline wrote every entry
    f = tmp_path / "col.md"
    f.write_text("---\ntitle: '某地的新规划'\nauthor: 羅某某\ndate: Tue, 12 Oct 2021 02:27:27 GMT\n---\n\n"
                 "7月8日，广州市政府审议通过《关于进一步促进科技金融与产业融合发展的实施意见》。\n"
                 "《实施意见》明确了6个方面的重点任务。\n", encoding="utf-8")
    plan = policyqa.load(f)[0]
    assert (plan.author, plan.issuer, plan.region) == ("羅某某", "广州市政府", "广州市")
    g = tmp_path / "feed.md"
    g.write_text(f.read_text(encoding="utf-8").replace("author: 羅某某", "author: 财联社"), encoding="utf-8")
    assert policyqa.load(g)[0].author is None
    h = tmp_path / "page.html"
    h.write_text("<html><head><title>某区招生细则公布</title></head><body><div class='nav'><a href='/'>首页</a></div>"
                 "<h1>某区招生细则公布</h1><div class='info'>\n<span>信息来源：<b>南方+</b></span>\n<span>浏览量：</span>\n</div>"
                 "<p>4月28日，广州市天河区教育局公布2026年天河区义务教育阶段学校招生工作细则。</p>"
                 "<p>细则明确提出，推进义务教育学校招生免试就近入学全覆盖。公办学校招生坚持免试就近入学原则。</p></body></html>",
                 encoding="utf-8")
    page = policyqa.load(h)[0]
    assert (page.author, page.issuer) == ("南方+", "广州市天河区教育局"), (page.author, page.issuer)


def test_an_issuer_whose_first_characters_were_lost_is_named_whole_from_the_signature(tmp_path):
    """A scraped notice line that lost its first character ("海市人民政府办公厅关于印发…") gives the
    issuer as the signature writes it whole."""
    f = tmp_path / "通知.txt"
    f.write_text(
        "海市人民政府办公厅关于印发《上海市促进智能制造发展行动计划（2024—2026年）》的通知\n"
        "沪府办发〔2024〕3号\n各区人民政府，市政府各委、办、局：\n"
        "经市政府同意，现将《上海市促进智能制造发展行动计划（2024—2026年）》印发给你们，请认真按照执行。\n"
        "上海市人民政府办公厅\n2024年2月1日\n"
        "上海市促进智能制造发展行动计划（2024—2026年）\n一、到2026年，建设智能工厂200家。\n",
        encoding="utf-8",
    )
    plan = policyqa.load(f)[0]
    assert plan.issuer == "上海市人民政府办公厅"
    assert plan.region == "上海市"


def test_a_speech_saved_as_a_server_page_names_its_speaker_organ_and_date(tmp_path):
    # a JSP page: its directives are code, not text; the headline "<organ><name><rank>的讲话" gives the
    # speaker and the organ (a national one: the region is 中国); the header's date lost its 日
    page = ('<%@ page pageEncoding="UTF-8"%><%@ include file="/view/common/taglibs.jsp"%>\n<html><head><title>国家发展改革委投资司王某某处长的讲话- 某某商圈新闻</title></head>'
            "<body><h1>国家发展改革委投资司王某某处长的讲话</h1><div>2011年09月26来源：</div>"
            "<p>各位代表，同志们：</p><p>大家上午好。下面，就如何加强日常管理，将有关情况向大家做一个介绍。</p>"
            "<p>一、加强日常管理的重要性</p><p>（一）是加强项目招标管理的重要手段。经过四次认定，目前已经有542家机构获得了资格。</p></body></html>")
    plan = _load(tmp_path, page, name="speech.jsp")
    assert "<%" not in plan.document.text and "page pageEncoding" not in plan.document.text
    assert (plan.title, plan.author, plan.issuer, plan.region, plan.date) == (
        "国家发展改革委投资司王某某处长的讲话", "王某某", "国家发展改革委投资司", "中国", "2011-09-26")


def test_a_roundup_of_provinces_named_as_often_has_no_single_region(tmp_path):
    from policyqa.structure import regions

    roundup = ("各省份2022年GDP增速目标出炉\n29个省份公布了2022年GDP增速目标。湖北省2021年GDP完成度比目标值高出2.9个百分点，"
               "河南省低了0.5个百分点，西藏自治区低了2个百分点。湖北省、河南省、西藏自治区均下调了2022年目标。\n")
    f = tmp_path / "roundup.txt"
    f.write_text(roundup, encoding="utf-8")
    assert policyqa.load(f)[0].region is None
    assert regions.best_region("湖北省2022年GDP增速目标为7%左右，湖北省将稳步推进。河南省为7%。").name == "湖北省"  # named more often: its own


def test_a_site_tools_words_are_no_paper_and_writer(tmp_path):
    # a page's tool bar ("语音播报" / "指读") read as a paper's name and its writer's on the next line
    plan = _load(tmp_path, "通知公告_ 某自治区能源局\n返回首页\n页面放大\n语音播报\n指读\n大鼠标\n通知公告\n"
                 "某自治区能源局关于印发《某自治区绿电直连项目开发建设实施方案（试行）》的通知\n"
                 "各盟市能源局：\n现将《某自治区绿电直连项目开发建设实施方案（试行）》印发给你们，请认真贯彻执行。\n"
                 "某自治区能源局\n2026年1月13日\n", "notice.txt")
    assert plan.author != "指读" and plan.author == "某自治区能源局"


def test_organs_on_a_line_above_the_title_issue_the_plan_and_are_its_authors(tmp_path):
    # "中共某县委 某县人民政府" / "关于支持…的实施意见": the organs issue it; a plan its organs issue
    # names no person, so they are its author too (LABELING.md) — not so for a report a person delivers
    plan = _load(tmp_path, "中共某县委 某县人民政府\n关于支持重点产业加快发展的实施意见\n(2023年2月8日)\n"
                 "为抢抓机遇，制定如下实施意见。\n一、政策支持\n第1条 设立总规模不低于1亿元的重点产业发展引导资金。\n", "opinion.txt")
    assert plan.issuer == "中共某县委、某县人民政府" and plan.author == plan.issuer
    report = _load(tmp_path, "某市人民政府\n关于2024年政府工作的报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n"
                   "一、2023年工作回顾\n过去一年，全市地区生产总值增长5%。\n", "report.txt")
    assert report.author is None


def test_a_web_pages_title_repeated_as_its_headline_below_the_menus_is_its_title(tmp_path):
    # the page's <title> names no document's kind ("…细则公布"): the page repeating it as its article's
    # headline says it is the title; a site's name after it ("…- 某某网") is not part of it
    page = ("<html><head><title>小学招生5月7日起网上报名！某区招生工作细则公布</title></head><body>"
            "<ul><li>首页</li><li>某区动态</li><li>政务公开</li></ul>"
            "<h1>小学招生5月7日起网上报名！某区招生工作细则公布</h1><p>发表时间：2026-04-29</p>"
            "<p>4月28日，某区教育局公布招生工作细则，坚持免试就近入学原则。</p></body></html>")
    assert _load(tmp_path, page, "page.html").title == "小学招生5月7日起网上报名！某区招生工作细则公布"
    page2 = page.replace("<title>小学招生5月7日起网上报名！某区招生工作细则公布</title>", "<title>小学招生5月7日起网上报名！某区招生工作细则公布- 某某网</title>")
    assert _load(tmp_path, page2, "page2.html").title == "小学招生5月7日起网上报名！某区招生工作细则公布"
    # a first line the page does not repeat is no title by this rule
    assert _load(tmp_path, page.replace("<h1>小学招生5月7日起网上报名！某区招生工作细则公布</h1>", ""), "page3.html").title is None


def test_a_commentary_on_the_nation_that_names_no_place_is_national_and_a_roundup_stays_without_one(tmp_path):
    # a newspaper's commentary on the year's growth target: "我国" is its subject, no province or city is named
    commentary = ("GDP增长目标为何设为5.5%左右\n每年两会，GDP增速是最受关注的经济指标之一。今年的政府工作报告，把这一目标确定在增长5.5%左右。\n"
                  "我国是世界上最大的发展中国家，发展仍是解决一切问题的基础和关键。当前，我国经济面临需求收缩、供给冲击、预期转弱三重压力。\n")
    assert _load(tmp_path, commentary, "commentary.txt").region == "中国"
    # a page about provinces that says "全国" but not "我国" as its subject is still nobody's in particular
    roundup = "各省份2022年GDP增速目标出炉\n29个省份公布了2022年GDP增速目标，多数高于全国目标。湖北省、河南省、西藏自治区均下调了目标。\n"
    assert _load(tmp_path, roundup, "roundup.txt").region is None


def test_a_page_without_a_title_tag_is_titled_by_the_headline_above_its_posting_fields(tmp_path):
    # a portal's article fragment: menus, then the headline, then 发布时间/发布人, then the text; the headline
    # is the title, and stays a passage of the post (a news headline gives the figure it is about)
    f = tmp_path / "frag.jsp"
    f.write_text("<div id='nav'><a href='/'>首页</a> <a href='/zx'>商圈资讯</a></div>\n<div class='frameNews'>\n"
                 "<h1>某省十二五电力规划投资1100亿元</h1>\n<div class='source'><span>发布时间：2011-04-18</span>\n"
                 "<span>发布人：</span></div>\n<p>记者从某省电力公司获悉，日前，该公司专门出台了贯彻落实意见，"
                 "“十二五”期间将新建变电站120座。</p>\n</div>\n", encoding="utf-8")
    plan = policyqa.load(f)[0]
    assert plan.title == "某省十二五电力规划投资1100亿元"
    assert any("1100亿元" in p.text for p in plan.passages)


def test_a_post_filed_under_a_news_feed_is_news_whoever_wrote_it(tmp_path):
    # the feed its front matter names (新浪财经) says the post is news (figures then read as a post's are),
    # though its author is the byline's writer and its first lines carry no news cue of their own
    from policyqa.structure.sections import is_news

    f = tmp_path / "post.md"
    f.write_text("---\ntitle: '这个省开始了重要一步'\nauthor: 新浪财经\ndate: Fri, 05 Nov 2021 06:39:06 GMT\n---\n\n"
                 "<p>“举全省之力打好这场硬仗”，某省再度开启工业经济的跃迁之路。</p>\n"
                 "<p>量化目标驱动下，升级路径也逐步明晰，到2023年淘汰落后产能企业5000家。</p>\n"
                 + "".join(f"<p>第{i}个方面，制造业是强省之基，亦是实现共同富裕之本，打造全球先进制造业基地是长期的任务。</p>\n" for i in range(8))
                 + "<p>记者|张某某</p>\n", encoding="utf-8")
    plan = policyqa.load(f)[0]
    assert plan.author == "张某某" and is_news(plan)


def test_a_pages_poster_field_naming_persons_is_the_posts_byline(tmp_path):
    # "发布人：钟巧花 阮彬彬中国招标信息网": the persons are the post's writers, the site run on after them is not;
    # a field that names no one ("发布人：-") gives no author; "发布人是谁" is answered with the names, cited
    text = ("陶朱公商圈\n商圈资讯\n福州马尾“十二五”规划：将投资百亿元建“十大工程”\n发布人：钟巧花 阮彬彬中国招标信息网\n"
            "昨日来自福州马尾区的消息，近期发布的福州市马尾区“十二五”规划建议指出，未来5年，马尾将投入100亿元建成“十大工程”。\n")
    plan = _load(tmp_path, text)
    assert plan.author == "钟巧花 阮彬彬"
    a = policyqa.ask("这篇马尾“十二五”规划报道署名的发布人是谁？", [plan])
    assert a.answer == "钟巧花 阮彬彬" and all(policyqa.verify(c, plan) for c in a.citations)
    other = _load(tmp_path, text.replace("钟巧花 阮彬彬中国招标信息网", "-"), name="other.txt")
    assert other.author is None


def test_the_organ_a_crawled_title_field_names_issues_the_plan_before_the_sites_publishing_bureau(tmp_path):
    # the site's 发布机构 is the bureau that posted the page; the title the crawler kept names the organ that issued it
    f = tmp_path / "t.txt"
    f.write_text("标题: 海湾综合实验区管委会关于印发海湾综合实验区养老服务方案的通知\n文号: \n发布机构: 海湾综合实验区社会事业局\n"
                 "==================== 正文 ====================\n"
                 "各片区管理局：《海湾综合实验区养老服务方案》已经研究同意，现印发给你们。海湾综合实验区养老服务方案 "
                 "到2035年，养老床位达到3000张。\n", encoding="utf-8")
    plan = policyqa.load(f)[0]
    assert (plan.issuer, plan.region) == ("海湾综合实验区管委会", "海湾综合实验区")


def test_a_district_a_title_names_by_its_short_name_is_the_region_where_the_text_names_it_in_full(tmp_path):
    # 盐都 alone is no region (a district's short name may be any word); 盐都区 in the text says which one the title means
    f = tmp_path / "d.md"
    f.write_text("推动设备更新盐都行动方案\n\n为落实江苏省和盐城市的部署，制定本方案。江苏省要求、江苏省提出、盐城市部署。\n\n"
                 "到2027年，盐都区更新老旧设备5218台。\n", encoding="utf-8")
    assert policyqa.load(f)[0].region == "盐都区"
    g = tmp_path / "n.txt"  # a title that names the city and a district of it: the district
    g.write_text("福州马尾“十二五”规划：将建“十大工程”\n发布人：张三\n昨日来自福州马尾区的消息，福州市马尾区“十二五”规划建议指出，"
                 "未来5年投入100亿元建成“十大工程”。\n", encoding="utf-8")
    assert policyqa.load(g)[0].region == "马尾区"
    h = tmp_path / "p.md"  # without the full name anywhere, the short name is not read as a district
    h.write_text("推动设备更新盐都行动方案\n\n为落实江苏省和盐城市的部署，制定本方案。江苏省要求、江苏省提出、盐城市部署。\n", encoding="utf-8")
    assert policyqa.load(h)[0].region != "盐都区"


def test_the_printing_line_that_closes_a_document_in_a_markdown_table_signs_it_where_nothing_else_does(tmp_path):
    # the 版记 "印发机关 日期印发", kept as a table row by the page's converter
    f = tmp_path / "b.md"
    f.write_text("推动设备更新行动方案\n\n到2027年，盐都区更新老旧设备5218台。\n\n* * *\n\n"
                 "| 抄送：区委办公室，区人大常委会办公室。 |  |\n| --- | --- |\n| 盐城市盐都区人民政府办公室 | 2024年5月28日印发 |\n",
                 encoding="utf-8")
    plan = policyqa.load(f)[0]
    assert (plan.issuer, plan.date, plan.region) == ("盐城市盐都区人民政府办公室", "2024-05-28", "盐都区")
    g = tmp_path / "s.txt"  # a signature above it is the document's: the printing office does not displace it
    g.write_text("推动设备更新行动方案\n到2027年，更新老旧设备5218台。\n盐城市盐都区人民政府\n2024年5月27日\n"
                 "盐城市盐都区人民政府办公室 2024年5月28日印发\n", encoding="utf-8")
    plan = policyqa.load(g)[0]
    assert (plan.issuer, plan.date) == ("盐城市盐都区人民政府", "2024-05-27")


def test_a_delivery_line_is_no_title_the_reports_name_above_it_is(tmp_path):
    # a site's page that runs the report's name into its delivery line, then gives both again: the plan starts at the
    # second delivery line, its name on the line above
    f = tmp_path / "r.txt"
    f.write_text("政府工作报告——2031年1月13日在河北省第十五届人民代表大会第三次会议上\n2031年01月23日\n政府工作报告\n"
                 "——2031年1月13日在河北省第十五届人民代表大会第三次会议上\n河北省人民政府省长 张三\n各位代表：\n"
                 "现在，我代表省人民政府向大会报告工作。\n一、2030年工作回顾\n全省生产总值增长5.4%。\n"
                 "二、2031年目标任务\n今年经济社会发展的主要预期目标是：地区生产总值增长5%以上。\n", encoding="utf-8")
    f.write_text(f.read_text(encoding="utf-8") * 2, encoding="utf-8")  # (the page gives the report twice)
    plans = policyqa.load(f)
    assert all(p.title == "政府工作报告" and p.date == "2031-01-13" and p.author == "张三" for p in plans), plans


def test_a_notices_signature_run_into_a_page_without_line_breaks_signs_it(tmp_path):
    # a crawled page whose text is one line: "…请认真遵照执行。ORGAN YYYY年M月D日" closes the notice inside it; the
    # organ (the office of a zone's committee) issues and wrote it, the day is its date, the zone is its region;
    # the site's 发布机构 (a bare place name) and 发布时间 are the page's, not the notice's
    body = "为推动我区公共服务发展，现提出如下意见。一、项目范围。基础设施和公用事业项目。" * 10
    f = tmp_path / "t.txt"
    f.write_text("标题: 印发关于推广运用某某模式的实施意见的通知\n发布时间: 2031-09-25 10:59\n发布机构: 中国海湾\n"
                 "==================== 正文 ====================\n"
                 "当前位置： 首页政务公开最新文件 时间：2031-09-25 10:59 微信 微博 海综管办〔2031〕193号海湾综合实验区管委会办公室印发关于推广运用某某模式的实施意见的通知"
                 "区直各单位，各乡镇人民政府：《关于推广运用某某模式的实施意见》已经区管委会研究同意，现印发给你们，请认真遵照执行。"
                 "海湾综合实验区管委会办公室2031年9月23日关于推广运用某某模式的实施意见" + body + "\n", encoding="utf-8")
    plan = policyqa.load(f)[0]
    assert (plan.issuer, plan.author, plan.date) == ("海湾综合实验区管委会办公室", "海湾综合实验区管委会办公室", "2031-09-23")
    assert plan.region == "海湾综合实验区"


def test_a_delivery_line_drawn_with_a_horizontal_bar_dates_the_report(tmp_path):
    # "――" (U+2015) as a page writes the dash of "——2031年1月30日在…会议上": the day the report was delivered
    plan = _load(tmp_path, "标题：2031年某市政府工作报告\n发文时间：未知\n\n正文：\n\n――2031年1月30日在保定市第十六届人民代表大会第四次会议上\n"
                           "保定市人民政府市长 王某某\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、过去一年工作回顾\n全市生产总值增长5%。\n")
    assert plan.date == "2031-01-30"


def test_a_news_page_titled_with_its_sites_name_and_signed_by_reporters_in_brackets(tmp_path):
    # a markdown page: "# …实施方案- 宁夏" (the site's name after the headline), its address dated by the site's
    # publishing system (t20310326), its reporters in brackets closing the last paragraph
    text = ("---\ntype: 政策评论\nurl: https://www.nx.gov.cn/zwxx_11337/zwdt/203103/t20310326_5202714.html\ndate: \n---\n\n"
            "# 宁夏出台2031年度充电基础设施建设实施方案- 宁夏\n\n"
            "3月25日，记者从自治区发展改革委获悉，我区日前印发《宁夏回族自治区2031年度充电基础设施建设实施方案》，明确将持续加密充电基础设施布局。\n\n"
            "《方案》提出，要强化安全监测预警能力，实现应接尽接、全覆盖管理。（记者 姜某 马某某）\n")
    plan = _load(tmp_path, text, name="post.md")
    assert plan.title == "宁夏出台2031年度充电基础设施建设实施方案"
    assert plan.author == "姜某、马某某"
    assert plan.date == "2031-03-26"
    from policyqa.structure.sections import is_news
    assert is_news(plan)  # a headline telling that a place issued a plan ("宁夏出台…实施方案") is news of it, not the plan


def test_a_headline_whose_quotation_marks_a_scraper_wrote_as_underscores_keeps_its_last_word(tmp_path):
    # "…新一轮_倍增计划_名单": the underscores stand for “”, so the last one closes a quotation, not a site's
    # name after the headline ("…的通知_某某网"); cut there, the headline would end with 计划 and read as a plan's
    # own name, and the post as the plan rather than news of it (whose lines of work are found in its sentences)
    text = ("---\ntitle: '1021家企业入列东莞市新一轮_倍增计划_名单'\nauthor: 新浪财经\ndate: Thu, 26 May 2031 07:54:49 GMT\n---\n\n"
            "<p>某某全媒体记者程某 东莞市报道 5月24日，东莞市倍增计划工作领导小组办公室开展2031年东莞市“倍增计划”企业动态遴选调整工作，今年共计1021家企业上榜。</p>\n"
            "<p>自2027年以来，东莞市持续推进“倍增计划”，选取一批试点企业，配置针对性扶持政策，加大政策精准扶持力度，支持企业通过增资扩产、兼并重组等方式，实现规模和效益倍增。</p>\n")
    plan = _load(tmp_path, text, name="post.md")
    assert plan.title == "1021家企业入列东莞市新一轮_倍增计划_名单"
    from policyqa.structure.sections import is_news
    assert is_news(plan)
    titles = [m.title for m in policyqa.measures(plan)]
    assert any(t.startswith("开展2031年东莞市“倍增计划”企业动态遴选调整工作") for t in titles)
    assert any(t.startswith("支持企业通过增资扩产") for t in titles)


def test_a_posts_source_in_a_row_of_fields_run_together_is_its_author(tmp_path):
    # a government site's page: menus, then one row of fields ("发布日期：…  来源：市发改委浏览次数：506  字号：…");
    # with no byline, the source it credits is the post's author (LABELING.md), cut where the next field begins
    menu = "".join(f"- 栏目{n}\n" for n in range(12))
    text = ("# 《某市“十五五”新能源产业发展规划》政策解读\n\n" + menu +
            "| 发布日期：2031-08-26  来源：市发改委浏览次数：506  字号：〖默认大超大〗 |\n\n"
            "为系统谋划“十五五”期间我市新能源产业发展路径，市发展改革委牵头编制了《某市“十五五”新能源产业发展规划》，现将有关政策解读如下。\n\n"
            "一、编制背景\n\n“十五五”时期是能源结构转型的关键期。\n")
    plan = _load(tmp_path, text, name="page.md")
    assert plan.author == "市发改委"


def test_a_markdown_pages_headline_and_its_field_row_give_title_and_author(tmp_path):
    # a city site's page saved as markdown: menus, its one top heading (a headline naming no document kind),
    # then "来源：某某日报时间：…" (two fields run together, taken out as page furniture) and the body.
    # The heading is the title and stays a line of its own (not joined to the body's first paragraph);
    # the credited paper is the author (LABELING.md), cut where the next field begins
    body = "聚焦“品质可信”目标，某市将实施“优选”行动，拉升品质“高线”，让优质商品和服务成为市场主流。\n\n" * 12
    text = ("当前位置： [首页](https://www.example.gov.cn/) > [专题](https://www.example.gov.cn/zt/) >\n\n"
            "# 某市发布十项行动优化消费环境   培育超3000家放心消费基础单元和超100家放心消费直播间\n\n"
            "来源：某某日报时间：2031-03-16 09:10\n\n阅读次数：895\n\n"
            "培育精品，制修订消费品及服务业标准拉升品质“高线”；在全市培育放心消费基础单元3000家以上。\n\n" + body)
    plan = _load(tmp_path, text, name="page.md")
    assert plan.title.replace(" ", "") == "某市发布十项行动优化消费环境培育超3000家放心消费基础单元和超100家放心消费直播间"
    assert plan.author == "某某日报"
    assert "直播间\n" in plan.document.text  # the headline is not run into the paragraph under it
    from policyqa.structure.metadata import page_fields
    assert page_fields("来源：某某日报时间：2031-03-16 09:10") == [("来源", "某某日报"), ("时间", "2031-03-16 09:10")]
    assert page_fields("我们的来源：很多。") == []


def test_a_saved_news_page_gives_its_headline_above_a_dated_field_row_its_datelines_reporter_and_a_title_broken_in_two(tmp_path):
    # a server page saved whole: its <title> is the template's file name; the headline stands above a row that opens
    # with the date and time ("2031年05月14日 08:19  来源：…"); the reporter is named in the dateline ("…北京电（记者 杨某）")
    # and in a bracketed row of fields at the end ("【 编辑：李某某  作者：杨某】")
    page = tmp_path / "detail.jsp"
    page.write_text(
        '<html><head><title>news_detail.html</title></head><body><div class="ndContent">'
        '<h4 class="ndTitle">"一带一路"国际合作高峰论坛举行某省专场记者会</h4>'
        '<div class="ndInfo"><span>2031年05月14日 08:19 </span> <span>来源：某某新闻网-某某日报</span></div>'
        '<p>某某新闻网-某某日报北京电（记者 杨某）备受关注的高峰论坛于5月14日至15日在北京举行。</p>'
        '<p>下一步，某省将进一步发挥好区位优势，加快建设国际通道。</p>'
        '<span>【 编辑：李某某  作者：杨某】</span></body></html>', encoding="utf-8")
    plan = policyqa.load(page)[0]
    assert (plan.title, plan.author, plan.date) == ('"一带一路"国际合作高峰论坛举行某省专场记者会', "杨某", "2031-05-14"), (plan.title, plan.author, plan.date)
    # a notice's title a page broke over two lines ("…机械化和" / "…的指导意见") is one title
    notice = _load(tmp_path, "国务院关于加快推进农业机械化和\n农机装备产业转型升级的指导意见\n国发〔2031〕42号\n"
                             "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n农业机械化是转变农业发展方式的重要基础。\n"
                             "一、总体要求\n（一）发展目标。到2035年，农机总动力超过10亿千瓦。\n")
    assert notice.title == "国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见", notice.title


def test_the_organ_a_pages_headline_says_issued_the_plan_comes_before_the_sites_publishing_bureau(tmp_path):
    # "# 上海市人民政府办公厅印发《…若干意见》" names who issued it; the 发布机构 field is the bureau whose site posted it;
    # and "如根据某局发布的《…》" in a lead names the bureau, not "如根据某局"
    text = ("# 上海市人民政府办公厅印发《关于加快某某服务业高质量发展的若干意见》\n\n**发布日期**: 2031-05-27\n**发布机构**: 上海市科学技术委员会\n\n---\n\n"
            "沪府办发〔2031〕11号\n\n各区人民政府，市政府各委、办、局：\n\n为加快某某服务业高质量发展，经市政府同意，现提出如下意见。\n\n"
            "一、提升服务供给质量\n\n（一）推动创新资源开放。加大开放力度。\n")
    plan = _load(tmp_path, text, name="page.md")
    assert plan.issuer == "上海市人民政府办公厅"
    from policyqa.structure.metadata import _ISSUED_BY
    m = _ISSUED_BY.search("为支持企业发展，东莞不断强化政策扶持，如根据东莞市工业和信息化局发布的《资助目录》")
    assert m and m.group("organ") == "东莞市工业和信息化局"
    # a frame between the organ and what it did: "市房管局结合遂宁市实际，制定的《…》" (制定 before the plan's name)
    m = _ISSUED_BY.search("为引导和规范物业管理招标投标活动，市房管局结合遂宁市实际，制定的《遂宁市物业管理招标投标实施意见（试行）》已于８月出台")
    assert m and m.group("organ") == "市房管局"


def test_a_crawlers_title_and_speaker_fields_of_a_work_report(tmp_path):
    # "标题：政府工作报告——二0一九年一月十四日在…会议上" (a year written with a digit zero among Chinese numerals):
    # the report's name is the title, the line after its dash dates it; "报告人：河北省人民政府省长 许某" names its speaker
    plan = _load(tmp_path, "标题：政府工作报告——二0三一年一月十四日在河北省第十三届人民代表大会第二次会议上\n发文单位：河北省人民政府\n"
                           "发文时间：未知\n报告人：河北省人民政府省长 许某\n来源URL：http://www.example.gov.cn/x.html\n\n正文：\n\n各位代表：\n\n"
                           "现在，我代表河北省人民政府向大会作政府工作报告。\n\n一、2030年工作回顾\n\n全省生产总值增长6.6%左右。\n")
    assert (plan.title, plan.author, plan.date, plan.region) == ("政府工作报告", "许某", "2031-01-14", "河北省")


def test_an_autonomous_prefectures_own_organs_write_its_short_name_with_its_suffix(tmp_path):
    # "阿坝州人民政府办公室" is 阿坝藏族羌族自治州's (its peoples, 藏族羌族, are not part of its short name, 阿坝); so is
    # "延边州"; an autonomous county's "长阳县" is 长阳土家族自治县
    from policyqa.structure import regions

    assert regions.region_of_office("阿坝州人民政府办公室").name == "阿坝藏族羌族自治州"
    assert regions.region_of_office("延边州人民政府").name == "延边朝鲜族自治州"
    assert "长阳县" in regions._forms("长阳土家族自治县", "420528")
    plan = _load(tmp_path, "阿坝州人民政府办公室关于印发《阿坝州政务数据资源管理暂行办法》的通知\n阿府办发〔2031〕17号\n各县（市）人民政府：\n"
                           "现将《阿坝州政务数据资源管理暂行办法》印发给你们，请认真贯彻执行。\n阿坝州人民政府办公室\n2031年10月11日\n"
                           "第一条 为加强政务数据资源管理，制定本办法。\n")
    assert plan.region == "阿坝藏族羌族自治州" and plan.issuer == "阿坝州人民政府办公室"


def test_a_place_a_street_or_car_park_is_named_after_is_no_region_and_a_city_cut_from_ordinary_words_is(tmp_path):
    # a Taipei note names 台北 throughout (a short form that also lies across 平台北斗, so it counts only where the
    # text cuts it out as a word) and a car park on 洛陽街 (洛陽停車場), which is no mention of Luoyang
    plan = _load(tmp_path, "# 開放都市-台北2050計畫追蹤\n\n柯市府提出台北2050計畫，台北的八個子計畫如下。\n\n"
                           "- 洛陽停車場改建（洛陽轉進站）\n- 洛陽停車場周邊綠化\n- 北門廣場重現\n\n平台北斗導航的資料也一併整理。\n", name="note.md")
    assert plan.region == "台北市", plan.region
    # a city's post whose short name (黄石) the old list stopped everywhere, as if it were an ordinary word
    post = _load(tmp_path, "黄石产业投资推介会在武汉举行\n6月6日，黄石产业投资推介会在武汉举行。黄石市委副书记、市长出席会议并讲话。"
                           "黄石将全力当好“店小二”，提供最优政策。黄石与武汉合作的前景从未如此广阔。全市共签约33个项目。\n")
    assert post.region == "黄石市", post.region


def test_a_crawled_report_cut_at_its_delivery_line_takes_its_title_from_the_crawler_field_above(tmp_path):
    # "标题：…" then a page that holds the report twice, each copy from "——…在…会议上": the first plan begins at
    # its delivery line, below the crawler's fields; its title is the title field's value
    body = ("——2024年1月21日在河北省第十四届人民代表大会第二次会议上\n河北省人民政府省长 王某某\n各位代表：\n"
            "现在，我代表省人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n过去的一年，全省生产总值增长5.5%。\n"
            "二、2024年工作安排\n今年经济社会发展的主要预期目标是：生产总值增长5.5%左右。\n")
    f = tmp_path / "report.txt"
    f.write_text("标题：2024年河北省政府工作报告\n发文单位：河北省人民政府\n发文时间：未知\n\n正文：\n\n" + body
                 + "版权所有：河北省人民政府\n当前位置：\n首页\n政府工作报告\n" + body, encoding="utf-8")
    plans = policyqa.load(f)
    assert len(plans) == 2 and plans[0].title == "2024年河北省政府工作报告" and plans[0].date == "2024-01-21", [(p.title, p.date) for p in plans]


def test_a_news_headline_that_cries_out_is_its_title_and_the_place_it_is_about_is_not_where_it_was_held(tmp_path):
    # "…推介会在武汉举行！" over "发稿时间：2021/6/9": the headline is the title (a ! ends a headline, 发稿时间 is a
    # posting field); of the two cities it names side by side, the post is about the one its text names most
    body = "".join(f"黄石市第{i}批项目签约，黄石将全力服务客商。" for i in range(1, 9))
    post = _load(tmp_path, "某湖北武黄同城暨黄石产业投资推介会在武汉举行！\n发稿时间：2021/6/9\n【 字体：大 中 小 】\n"
                           "6月6日，黄石产业投资推介会在武汉举行，武汉市领导出席会议。" + body + "\n", name="post.html")
    assert post.title == "某湖北武黄同城暨黄石产业投资推介会在武汉举行！", post.title
    assert post.region == "黄石市" and post.date == "2021-06-09", (post.region, post.date)
