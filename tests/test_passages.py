"""Passages: sections, paragraphs, sentences and enumerated items of the seed plans and the corpus.

Facts read in the texts by hand: seed 000's five lead sentences and their 一是/二是/三是, seed
001's headlines over their lead sentences, seed 003's "(三)" headings, the numbered measures of
corpus 07 under "（一）大力发展货物贸易", and the rules that hold for every plan (offsets,
parents, section paths).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import policyqa
from policyqa.citations import cite, verify
from policyqa.structure.passages import KINDS, segment

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "evals" / "plans"
CORPUS = Path(__file__).parents[2] / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")


def plan_of(name: str, region: str | None = None) -> policyqa.Plan:
    folder = SEEDS if name[:3].isdigit() and len(name) == 3 else CORPUS
    plans = policyqa.load(next(folder.glob(name + "*.txt")))
    return next(p for p in plans if region is None or p.region == region)


def kind(passages, k):
    return [p for p in passages if p.kind == k]


def all_plans() -> list[policyqa.Plan]:
    plans = policyqa.load(SEEDS)
    if CORPUS.is_dir():
        plans += policyqa.load(CORPUS)
    return plans


# -- seed 000: lead sentences head the 一是/二是/三是 after them ------------------------------------
def test_seed_000_five_lead_sentences_and_fifteen_items():
    ps = segment(plan_of("000"))
    sections = kind(ps, "section")
    assert [s.text for s in sections] == [
        "以现代化产业体系夯实向新求质基底",
        "以教科人一体改革释放向新求质活力",
        "以时代性人工智能激活向新求质变量",
        "以产城人融合发展提升向新求质能级",
        "以融入型开放姿态塑造向新求质优势",
    ]
    items = kind(ps, "item")
    assert [i.label for i in items] == ["一是", "二是", "三是"] * 5
    first = items[0]
    assert first.text.startswith("一是培育优势产业链群。") and first.text.endswith("争创国家级中小企业特色产业集群。")
    assert "二是" not in first.text
    assert first.section == ("以现代化产业体系夯实向新求质基底",)
    assert ps[first.parent].kind == "section" and ps[first.parent].text == "以现代化产业体系夯实向新求质基底"
    ninth = items[9]
    assert ninth.text.startswith("一是实施片区开发,推动以城聚人。") and ninth.section == ("以产城人融合发展提升向新求质能级",)
    # the opening paragraphs (byline, preamble) head nothing
    assert not any(s.text.startswith(("兰溪市委", "兰溪深入", "围绕")) for s in sections)


def test_sentences_split_on_chinese_marks_and_keep_their_paragraph():
    ps = segment(plan_of("000"))
    sents = kind(ps, "sentence")
    assert "以现代化产业体系夯实向新求质基底。" in [s.text for s in sents]
    assert "一是培育优势产业链群。" in [s.text for s in sents]
    for s in sents:
        par = ps[s.parent]
        assert par.kind == "paragraph" and par.clean_start <= s.clean_start < s.clean_end <= par.clean_end
        assert s.text[-1] in "。！？；!?;”’」』）)" or s.clean_end == par.clean_end


# -- seed 001: headlines, and the lead sentence of each paragraph under them ----------------------
def test_seed_001_headlines_over_lead_sentences_in_traditional_script():
    ps = segment(plan_of("001"))
    heads = [s for s in kind(ps, "section") if not s.section]
    assert [h.text for h in heads][:2] == ["聚焦加快科技創新和產業轉型升級 推進數字賦能制造業高質量發展", "聚焦擴大內需 提振投資消費“雙引擎”"]
    assert len(heads) == 7
    leads = [s for s in kind(ps, "section") if s.section]
    assert len(leads) == 28
    assert leads[0].text == "建設高水平創新型城市" and leads[0].section == (heads[0].text,)
    assert ps[leads[0].parent] is heads[0] or ps[leads[0].parent].text == heads[0].text
    # a sentence in the third paragraph under the second headline carries both headings
    sent = next(p for p in kind(ps, "sentence") if p.text.startswith("加快構建“2+9+X”基金叢林"))
    assert sent.section == ("聚焦擴大內需 提振投資消費“雙引擎”", "發揮政府投資基金引導作用")
    # the article's opening and closing are no sections
    assert not any(s.text.startswith(("答好", "《意見》", "全省季度")) for s in kind(ps, "section"))


# -- seed 003: "(三)" headings and a lead paragraph before the first of them -----------------------
def test_seed_003_numbered_headings_keep_their_label():
    ps = segment(plan_of("003"))
    numbered = [s for s in kind(ps, "section") if s.label]
    assert [(s.label, s.text) for s in numbered] == [
        ("（三）", "(三)聚焦科教人才强市,着力增强创新驱动发展战略支撑"),
        ("（四）", "(四)聚焦产业基础再造,着力推进先进制造业崛起"),
        ("（五）", "(五)聚焦改革深化攻坚,着力打造最优营商环境"),
    ]
    lead = next(s for s in kind(ps, "section") if s.text == '建好"一廊六城"强磁极')
    assert lead.section == ("(三)聚焦科教人才强市,着力增强创新驱动发展战略支撑",)
    assert kind(ps, "section")[0].text == "促进港产联动提升枢纽融合度" and kind(ps, "section")[0].section == ()


def test_seed_004_headings_split_by_a_lost_space():
    ps = segment(plan_of("004"))
    heads = [s.text for s in kind(ps, "section") if not s.section]
    assert heads == ["以“新”為指引?為發展“添動力”", "以“質”為關鍵?為發展“提效力”", "以“人”為根本?為發展“聚合力”"]
    # "科技創新是…核心要素。" states, it heads nothing
    assert not any("要素" in s.text for s in kind(ps, "section"))


def test_seed_002_speaker_and_headline_lines_are_not_sections():
    plan = plan_of("002", "义乌市")
    ps = segment(plan)
    assert not any(s.text == plan.title or "叶帮锐" in s.text for s in kind(ps, "section"))
    assert kind(ps, "paragraph")[0].text == plan.title  # still a paragraph: search sees it


# -- corpus: numbered documents --------------------------------------------------------------------
@needs_corpus
def test_numbered_measures_are_items_under_their_heading():
    ps = segment(plan_of("07_"))
    items = kind(ps, "item")
    assert [i.label for i in items] == [f"{n}." for n in range(1, 25)]
    first, last = items[0], items[-1]
    assert first.text.startswith("1.扩大优势产品出口。") and first.text.endswith("（省商务厅、合肥海关按职责分工负责）") or "（合肥海关负责）" in first.text
    assert first.section == ("二、重点任务", "（一）大力发展货物贸易")
    assert ps[first.parent].kind == "section" and ps[first.parent].label == "（一）"
    assert last.section == ("三、保障措施",) and last.text.startswith("24.加强风险应对。")
    # each numbered measure heads its own sentences
    sent = next(p for p in kind(ps, "sentence") if p.text.startswith("建立RCEP国别商品税率对比清单"))
    assert sent.section == ("二、重点任务", "（一）大力发展货物贸易", "1.扩大优势产品出口")


@needs_corpus
def test_nested_numbering_columns_and_dashes():
    plan = next(p for p in policyqa.load(CORPUS / "02_anhui_industrial_internet_action_plan_2021.txt") if "行动计划" in (p.title or ""))
    ps = segment(plan)
    heads = {s.text: s for s in kind(ps, "section")}
    assert heads["（一）网络体系强基行动"].section == ("二、行动步骤",)
    assert heads["13﹒开展工业互联网新模式推广"].section == ("二、行动步骤", "（五）融合应用创新行动")
    assert heads["智能化制造"].section[-1] == "13﹒开展工业互联网新模式推广"  # its five lead paragraphs
    dashes = [i for i in kind(ps, "item") if i.label == "——"]
    assert len(dashes) == 6 and dashes[0].section == ("一、总体要求", "（二）发展目标")
    assert "附件" in heads and heads["附件"].section == ()
    assert not any(t.endswith(("厅长", "总经理")) for t in heads)  # the annex's list of names


@needs_corpus
def test_lone_labels_take_the_lines_after_them():
    ps = segment(plan_of("05_"))
    items = [i for i in kind(ps, "item") if i.section and i.section[-1].startswith("16. ")]
    assert [i.label for i in items][:9] == [f"（{n}）" for n in range(1, 10)]
    assert items[0].text.startswith("(1)") and "大幅增加過渡性房屋項目" in items[0].text
    assert "(2)" not in items[0].text


@needs_corpus
def test_government_work_report_enumeration_and_nesting():
    ps = segment(plan_of("01_"))
    enum = [i for i in kind(ps, "item") if i.label and i.label.endswith("是")]
    assert [i.label for i in enum] == ["一是", "二是", "三是", "四是"]
    assert enum[0].text.startswith("一是经济运行稳步恢复。") and enum[0].section == ("一、2023年工作回顾",)
    lead = next(s for s in kind(ps, "section") if s.text == "加快建设国际经济中心")
    assert lead.section == ("二、2024年主要任务", "（一）进一步加快建设“五个中心”，提升城市能级和核心竞争力")
    assert not any("上接" in s.text for s in kind(ps, "section"))


# -- every plan -----------------------------------------------------------------------------------
def test_offsets_text_parents_and_citations_hold_on_every_plan():
    for plan in all_plans():
        ps = segment(plan)
        assert ps, plan.source
        doc = plan.document
        for i, p in enumerate(ps):
            assert p.index == i and p.kind in KINDS and p.plan_id == plan.id
            assert plan.clean_start <= p.clean_start < p.clean_end <= plan.clean_end, (plan.source, p)
            assert p.text == doc.text[p.clean_start : p.clean_end] and p.text == p.text.strip()
            assert (p.start, p.end) == doc.raw_span(p.clean_start, p.clean_end)
            assert verify(cite(plan, p.clean_start, p.clean_end), plan)
            if p.parent is not None:
                par = ps[p.parent]
                assert p.parent < i
                if p.kind == "sentence":
                    assert par.kind == "paragraph" and par.clean_start <= p.clean_start and p.clean_end <= par.clean_end
                else:
                    assert par.kind == "section"
                    assert par.section + (par.text,) == p.section[: len(par.section) + 1]
            if p.kind == "item":
                assert p.label, p
        # every non-empty line is a paragraph, in order, with no overlap
        pars = kind(ps, "paragraph")
        assert [p.text for p in pars] == [line.strip() for line in plan.text.split("\n") if line.strip()]


def test_passages_are_the_plan_property_and_stable():
    plan = plan_of("000")
    assert plan.passages == segment(plan)
    again = policyqa.load(next(SEEDS.glob("000_*.txt")))[0]
    assert [(p.kind, p.start, p.end, p.section, p.label) for p in again.passages] == [(p.kind, p.start, p.end, p.section, p.label) for p in plan.passages]


# -- one heading test, and hard-wrapped text --------------------------------------------------------
WRAPPED = """二〇二五年施政報告
一、改善民生
56. 為改善康復服務及加強支援殘疾人士，把康復服務名額由2023-24 年
度約36 000 個增至2026-27 年度約39 900 個，並增加職業康復延展
計劃的服務名額。（勞工及福利局）
57. 為加強支援輔助生育，由2024-25 年度起計五年內，醫管局將逐步
增加體外受精治療的輔助生育服務名額，由每年1 100 個增加至每
年1 800 個。（醫務衞生局）
改善大廈管理
59. 在2025 年內推行「聯廈聯管」試驗計劃，並於2026 年完成檢討其
成效。（民政及青年事務局）
60. 在2026 年上半年向立法會提交修訂法例，落實長者友善樓宇的強制
設計要求。（發展局）
61. 為加強樓宇安全，在2026 年上半年向立法會提交《建築物條例》的
修訂草案。（發展局）
"""


def _plan(text: str) -> policyqa.Plan:
    return policyqa.split(policyqa.Document.from_text(text, "wrapped.txt"))[0]


def test_a_hard_wrapped_item_is_one_paragraph_and_its_sentence_is_whole():
    from policyqa.structure.passages import paragraphs

    plan = _plan(WRAPPED)
    texts = [p.text for p in paragraphs(plan)]
    assert "61. 為加強樓宇安全，在2026 年上半年向立法會提交《建築物條例》的\n修訂草案。（發展局）" in texts
    assert "改善大廈管理" in texts  # a short heading is not joined to the item below it
    sentences = [p.text for p in plan.passages if p.kind == "sentence"]
    assert "60. 在2026 年上半年向立法會提交修訂法例，落實長者友善樓宇的強制\n設計要求。" in sentences
    for p in plan.passages:  # and every passage still cites its exact source
        assert plan.document.raw[p.start : p.end].replace("\r", "") == p.text


def test_headings_are_the_lines_that_open_a_section_not_numbered_paragraphs():
    from policyqa.structure.passages import paragraphs

    paras = {p.text: p for p in paragraphs(_plan(WRAPPED))}
    assert paras["一、改善民生"].heading and paras["一、改善民生"].label == "一、"
    assert paras["改善大廈管理"].heading
    assert not any(p.heading for t, p in paras.items() if t[:2].rstrip(".").isdigit())
    assert paras["改善大廈管理"].section[-1] == "改善大廈管理"


def test_a_place_and_its_headline_head_a_section():
    from policyqa.structure.passages import paragraphs

    text = "中部省会竞逐数字经济新赛道\n长沙：未来五年数字经济占比要超45%\n此次党代会提出了目标。\n副组长：何树山 副省长\n"
    paras = {p.text: p.heading for p in paragraphs(_plan(text))}
    assert paras["长沙：未来五年数字经济占比要超45%"]
    assert not paras["副组长：何树山 副省长"]  # a name list is no heading


def _one_line_plan() -> str:
    """An implementation plan as a crawler saved it: headings and items on one line, no break anywhere."""
    filler = "加强统筹协调，完善工作机制，落实责任分工，按季度调度推进情况，确保各项任务如期完成。" * 8
    return ("某某市优化营商环境实施方案 为推进改革，制定本方案。一、总体目标到2027年，营商环境便利度提升3.5个百分点。二、主要任务"
            f"（一）推进行政管理体制改革1.优化权力运行流程。{filler}2.实行“一口受理”服务模式。{filler}"
            f"（二）推进投资管理体制改革1.改革外商投资管理模式。{filler}2.实施境外投资备案制度。第一、二批项目先行。{filler}"
            f"三、保障措施（一）加强组织领导。{filler}（二）强化考核评估。{filler}\n")


def test_a_page_that_lost_every_break_is_cut_before_its_numbered_labels():
    from policyqa.structure.passages import paragraphs

    plan = _plan(_one_line_plan())
    texts = [p.text for p in paragraphs(plan)]
    assert "二、主要任务" in texts and "（一）推进行政管理体制改革" in texts and "三、保障措施" in texts
    items = [t for t in texts if t.startswith(("1.", "2."))]
    assert [t.split("。")[0] for t in items] == ["1.优化权力运行流程", "2.实行“一口受理”服务模式", "1.改革外商投资管理模式", "2.实施境外投资备案制度"]
    assert not any(t.startswith(("5个百分点", "二批项目")) for t in texts)  # a figure's decimal and "第一、二批" are no labels
    assert any(t.startswith("一、总体目标到2027年，营商环境便利度提升3.5个百分点。") for t in texts)
    measures = policyqa.measures(plan)
    titles = [m.title for m in measures]
    assert "优化权力运行流程" in titles and "实施境外投资备案制度" in titles, titles
    for p in plan.passages:  # every passage still cites its exact source
        assert plan.document.raw[p.start : p.end] == p.text


def test_a_long_paragraph_with_an_inline_list_is_not_cut():
    from policyqa.structure.passages import paragraphs

    text = "主要做法包括：（一）简化审批；（二）压缩时限。" + "持续深化改革，推动高质量发展。" * 40 + "\n"  # a long paragraph, not a page on one line
    assert len([p for p in paragraphs(_plan(text))]) == 1


def test_a_page_that_ran_its_numbered_paragraphs_together_is_cut_where_each_goes_on_with_its_count(tmp_path):
    # a page that lost most breaks (under 2,000 characters a line; eight labels or more run into text): a label written straight after text
    # (…区社会事业局2.深化…, …保障要素（四）建立…) that goes on with the count of the lines above opens a
    # paragraph, and so does a paragraph label after a full stop (…15家。（二）发展趋势); an enumeration in a
    # sentence (：（一）…；（二）…), 第（一）项 and 统一、 cut nothing (一、 opens no count: 统一、, 合一、)
    from policyqa.structure.passages import lines_of

    text = ("一、实施背景（一）发展基础近年来出台了一系列政策，建成养老机构15家。（二）发展趋势老龄化程度日益加深。\n"
            "二、重点任务（三）培育壮大产业1.壮大养老服务产业。鼓励各类主体参与。责任单位：区社会事业局2.深化岚台合作。加强两岸交流。\n"
            "责任单位：区社会事业局三、保障要素（四）建立工作机制。成立工作领导小组。（五）加强用地保障。优先安排用地。\n"
            "责任单位：区资源局（六）加大资金投入。统筹安排资金。责任单位：区财政局（七）加强人才培养。开展技能培训。"
            "责任单位：区人社局（八）营造友好环境。推进适老化改造。\n"
            "按照本办法第（一）项规定，坚持统一、规范的标准，重点做好：（一）摸清底数；（二）建立台账。\n")
    pieces = [s for _, s in lines_of(text)]
    for head in ("（一）发展基础", "（二）发展趋势", "（三）培育壮大产业", "1.壮大养老服务产业", "2.深化岚台合作",
                 "（四）建立工作机制", "（五）加强用地保障", "（六）加大资金投入", "（八）营造友好环境"):
        assert any(p.startswith(head) for p in pieces), (head, pieces)
    assert pieces[-1].startswith("按照本办法第（一）项规定") and pieces[-1].endswith("（二）建立台账。"), pieces
