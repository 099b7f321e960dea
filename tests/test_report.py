"""Eval reports: the terminal table, report.md and a self-contained report.html with its charts
and each failing case's expected and actual output side by side."""

import re
from pathlib import Path

import pytest
from rich.console import Console

from policyqa import evals
from policyqa.evals import report
from policyqa.models import ABSTAIN_ZH, Answer

ROOT = Path(__file__).parents[1]


class Answers:
    """Answers every question with the same text, citing nothing: right only by accident."""

    name = "fixed"

    def ask(self, question, plans):
        if "金华" in question:
            return Answer(question=question, answer="快递业务量突破130亿件", engine=self.name)
        return Answer(question=question, answer=ABSTAIN_ZH, abstained=True, engine=self.name)

    def targets(self, plan):
        return []


@pytest.fixture(scope="module")
def run():
    cases = evals.load_cases(ROOT / "evals" / "cases")
    return evals.run(Answers(), cases, only="u001,u002,q070,q071,q020,003.1.targets,004.1.metadata")


def test_html_is_self_contained_with_charts_and_failing_cases(tmp_path, run):
    d = report.write(run, tmp_path, gate=["targets.recall: 0.0000 < 1.0"])
    page = (d / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img)\b", page) and not re.search(r"(src|href)=", page)
    assert page.count("<svg") == 2 and "Pass rate by plan" in page and "Pass rate by category" in page
    assert '<rect class="bar"' in page and "003 金华市" in page and "unanswerable" in page
    # q071 fails (a 400家 question answered with 130亿件, no citation): expected and actual side by side
    block = page[page.index('id="q071"'):]
    block = block[: block.index("</div></div></div>")]
    assert "must include: 400家" in block and "快递业务量突破130亿件" in block
    assert "Gate FAILED" in page and "targets.recall" in page
    assert 'id="u001"' not in page  # abstaining on an unanswerable question passes
    assert "&lt;" in report.to_html(run, gate=["a < b"])  # text is escaped


def test_markdown_lists_scores_groups_and_failures(tmp_path, run):
    md = (report.write(run, tmp_path) / "report.md").read_text(encoding="utf-8")
    assert md.startswith("# policyqa eval: fixed")
    assert "| abstention.unanswerable | 1.000 |" in md
    assert "## By category" in md and "## By plan" in md
    assert "### q071 (seed, single, 003 金华市)" in md and "### 003.1.targets (seed, targets, 003 金华市)" in md
    assert "| expected | actual |" in md


def test_terminal_table_has_scores_tokens_cost_and_time(run):
    console = Console(record=True, width=120)
    console.print(report.table([run]))
    text = console.export_text()
    for row in ("questions.correct", "cases passed", "tokens", "cost", "time (s)"):
        assert row in text
    assert f"{run.passed}/{len(run.results)}" in text


def test_comparison_section(tmp_path, run):
    base = evals.to_baseline(run)
    base["cases"]["q071"]["passed"] = True  # pretend it passed before
    base["cases"]["q071"]["output"] = dict(run.results[[r.id for r in run.results].index("q071")].output, answer="新增国家高新技术企业400家")
    comp = evals.compare(run, base)
    assert comp.regressed == ["q071"]
    md = report.markdown(run, comparison=comp)
    assert "Regressed: **q071**" in md and "answer: 新增国家高新技术企业400家 → 快递业务量突破130亿件" in md
