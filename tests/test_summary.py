"""Extractive summaries on the real plans: cited, covering, with the plan's target year."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import policyqa
from policyqa.citations import verify
from policyqa.engines.offline.summary import summarize
from policyqa.render import render_summary as render

ROOT = Path(__file__).parents[1]
PLANS = ROOT / "evals" / "plans"
CORPUS = Path(__file__).parents[2] / "shared" / "corpus"


@pytest.fixture(scope="module")
def seeds():
    plans = policyqa.load(str(PLANS))
    return [(p, summarize(p)) for p in plans]


def by_file(seeds, name):
    return [(p, s) for p, s in seeds if Path(p.source).name.startswith(name)]


def test_every_citation_verifies_and_overview_is_never_empty(seeds):
    for plan, s in seeds:
        assert s.overview, plan
        assert s.plan_id == plan.id and s.engine == "offline"
        for c in s.citations():
            assert verify(c, plan), c
        for sent in s.overview + s.goals:
            assert sent.text == sent.citations[0].quote  # extractive: the sentence is the quote


def test_target_year_is_the_one_the_plan_states(seeds):
    ((_, s000),) = by_file(seeds, "000")
    assert s000.target_year == 2027  # 力争到2027年
    ((_, s003),) = by_file(seeds, "003")
    assert s003.target_year is None  # the excerpt never names its year
    assert any("2027" in g.text for g in s000.goals)


def test_key_targets_and_goals(seeds):
    ((_, s003),) = by_file(seeds, "003")
    assert s003.key_targets and all(t.kind == "target" for t in s003.key_targets)
    assert any("力争" in g.text for g in s003.goals)
    # a speech that only reports results gets its results, marked as such
    yuhang = next(s for p, s in seeds if p.region == "余杭区")
    assert yuhang.key_targets and all(t.kind == "result" for t in yuhang.key_targets)
    assert not any("上半年" in g.text for g in yuhang.goals)


def test_overview_is_diverse(seeds):
    for _, s in seeds:
        texts = [x.text for x in s.overview]
        assert len(texts) == len(set(texts))
        starts = [x.citations[0].start for x in s.overview]
        assert starts == sorted(starts)  # in document order


def test_measures_of_seed_000_grouped_by_section(seeds):
    ((_, s),) = by_file(seeds, "000")
    grouped = [sec for sec in s.sections if sec.title.startswith("以")]
    assert len(grouped) == 5 and [len(sec.measures) for sec in grouped] == [3, 3, 3, 3, 3]  # 一是/二是/三是 in each
    assert grouped[0].title == "以现代化产业体系夯实向新求质基底"
    assert grouped[0].measures[0].text.startswith("培育优势产业链群。")


def test_render_has_numbered_citations(seeds):
    ((plan, s),) = by_file(seeds, "003")
    text = render(s, plan=plan)
    assert "[1]" in text and "金华市" in text and "主要指标" in text
    n = max(int(x) for x in re.findall(r"\[(\d+)\]", text))
    assert n == len({(c.start, c.end) for c in s.citations()})
    for line in text.splitlines():
        if line.startswith("[1] "):
            assert "003_26c80170ebd69532.txt" in line
    md = render(s.model_copy(update={"language": "en"}), "markdown", plan=plan)
    assert "## Overview" in md and "## Citations" in md and "- [1]" in md
    with pytest.raises(ValueError):
        render(s, "html")


def test_english_summary_keeps_chinese_quotes():
    (plan,) = policyqa.load(str(next(PLANS.glob("000_*.txt"))))
    zh, en = summarize(plan), summarize(plan, lang="en")
    assert en.language == "en"
    assert [x.text for x in en.overview] == [x.text for x in zh.overview]
    assert "Overview" in render(en) and "概述" in render(zh)


def test_corpus_summaries_verify():
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not present")
    for plan in policyqa.load(str(CORPUS)):
        s = summarize(plan)
        assert s.overview
        assert all(verify(c, plan) for c in s.citations())


def run(*args):
    return subprocess.run([sys.executable, "-m", "policyqa", *args], capture_output=True, text=True, cwd=ROOT)


def test_cli_summarize_json_text_markdown():
    r = run("summarize", "evals/plans/000_08dfb0cd4d043f74.txt", "--json")
    assert r.returncode == 0, r.stderr
    (item,) = json.loads(r.stdout)
    assert item["plan"]["region"] == "兰溪市" and item["engine"] == "offline"
    assert item["summary"]["target_year"] == 2027 and item["summary"]["overview"]
    r = run("summarize", "evals/plans/000_08dfb0cd4d043f74.txt")
    assert r.returncode == 0 and "[1]" in r.stdout and "offline" in r.stdout
    r = run("summarize", "evals/plans/000_08dfb0cd4d043f74.txt", "--markdown", "--lang", "en")
    assert r.returncode == 0 and "## Overview" in r.stdout
    assert "quotes stay in the source's language" in r.stdout and "does not translate" in r.stderr
    r = run("summarize", "no/such/plan.txt")
    assert r.returncode == 2 and "no/such/plan.txt" in r.stderr and "Traceback" not in r.stderr


def test_a_reports_summary_skips_its_ceremony_and_leads_with_its_headline_targets(tmp_path):
    import policyqa

    f = tmp_path / "report.txt"
    f.write_text("2031年某市政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议，并请各位政协委员提出意见。\n"
                 "一、2030年工作回顾\n过去一年，全市生产总值增长6.1%，新增高新技术企业120家，城市更新全面推进。\n但也存在不少问题，科技创新能力不足，营商环境仍有短板。\n"
                 "二、2031年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率5%以内。\n"
                 "（一）做强创新主体。新增国家高新技术企业150家以上，力争研发投入强度达到3%。\n", encoding="utf-8")
    s = policyqa.summarize(policyqa.load(f)[0], engine=policyqa.get_engine("offline"))
    said = [x.text for x in s.overview + s.goals]
    assert not any("报告工作" in t or "请予审议" in t for t in said)
    assert not any("问题" in t for t in (x.text for x in s.goals))
    assert [t.original for t in s.key_targets[:2]] == ["5.5%左右", "5%以内"]


def test_a_question_the_text_asks_is_no_goal():
    from policyqa.reading.document import Document

    text = ("深圳市政府工作报告指出，2022年深圳地区生产总值预期增长目标6%左右。\n这个目标高于全国的增长目标，深圳的底气何在，如何实现？\n"
            "2022年，力争战略性新兴产业增加值达1.3万亿元。\n")
    s = policyqa.summarize(policyqa.split(Document.from_text(text, "news.md"))[0])
    goals = [g.text for g in s.goals]
    assert "2022年，力争战略性新兴产业增加值达1.3万亿元。" in goals and not any(g.endswith("？") for g in goals)


def test_a_sections_few_measures_cover_its_groups_not_its_first_ones(tmp_path):
    # a section whose first group has many lines of work: the summary's measures of it still reach
    # the later groups, and stay in the plan's order
    items = "".join(f"{'一二三四五六七八九十'[k]}要推进第{k + 1}项产业工程建设。开展相关工作。" for k in range(10))
    text = ("2026年某市政府工作报告\n二、2026年工作安排\n"
            f"（一）加快产业转型升级。{items}\n"
            "（二）大力推进新型城镇化，加快建设区域中心城市。一要完善城市功能。建设管网。二要推进旧城改造。改造棚户区。\n"
            "三、加强政府自身建设\n（一）坚持依法行政。严格规范公正文明执法。\n（二）坚持廉洁从政。严格落实各项规定。\n")
    f = tmp_path / "report.txt"
    f.write_text(text, encoding="utf-8")
    plan = policyqa.load(f)[0]
    s = summarize(plan)
    shown = [m.text for sec in s.sections for m in sec.measures]
    assert any("完善城市功能" in t for t in shown) and any("推进旧城改造" in t for t in shown)
    starts = [m.citations[0].start for sec in s.sections for m in sec.measures]
    assert starts == sorted(starts) and all(verify(m.citations[0], plan) for sec in s.sections for m in sec.measures)


def test_a_news_posts_overview_says_which_plan_it_reports():
    """A news post opens with its comment; the sentence that says which plan was issued
    ("…印发《…行动方案》") is the one a reader needs, and the overview gives it."""
    from policyqa.reading.document import Document

    text = ("“举全市之力打好这场硬仗”，某市再度开启工业经济的跃迁之路。\n"
            "眼下，多个省份都已经谈到制造业高质量发展，明确要稳定提升制造业比重，实现从制造大省到制造强省。\n"
            "其中，某省明确要加快建设先进制造业基地，到2025年全省制造业比重提高至33%左右。\n"
            "11月2日，某市进一步印发《新一轮制造业攻坚行动方案（2021—2023年）》，公布了最严工业用地保护制度。\n"
            "业内人士认为，这对制造业发展有重要意义，也是不小的挑战。\n"
            "从创新机制上来说，某市的创新飞地也成效显著，设立创新飞地接近40家。\n"
            "与某市一致，实现制造业的转型升级也是邻省当下最为紧迫的任务。\n"
            "（记者 王明）\n")
    s = policyqa.summarize(policyqa.split(Document.from_text(text, "news.md"))[0])
    assert any("印发《新一轮制造业攻坚行动方案" in x.text for x in s.overview)
