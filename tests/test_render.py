"""One citation format everywhere a person reads one: region · file:line [start–end]."""

import re
from pathlib import Path

import policyqa
from policyqa.cli import main
from policyqa.render import citation_line, render_summary
from policyqa.repl import Session, render_answer

PLANS = Path(__file__).parents[1] / "evals" / "plans"
FORMAT = re.compile(r"(?:[^\s·]+) · 002_8aae07e36f419ad9\.txt:\d+ \[\d+–\d+\]")


def test_the_cli_the_repl_and_a_summary_write_a_citation_the_same_way(capsys):
    plans = policyqa.load(PLANS)
    a = policyqa.ask("中欧班列开行了多少列？", policyqa.Corpus(plans), engine=policyqa.get_engine("offline"))
    c = a.citations[0]
    line = citation_line(c, plans)
    assert FORMAT.fullmatch(line), line
    assert main(["ask", "中欧班列开行了多少列？", str(PLANS)]) == 0
    assert line in capsys.readouterr().out
    Session(plans=list(plans))  # a session knows its plans' lines
    assert line in render_answer(a)
    plan = next(p for p in plans if p.id == c.plan_id)
    s = policyqa.summarize(plan, engine=policyqa.get_engine("offline"))
    text = render_summary(s, plan=plan)
    assert all(FORMAT.fullmatch(citation_line(x, plan)) and citation_line(x, plan) in text for x in s.citations())


def test_without_its_plan_a_citation_has_no_line_but_the_same_shape():
    c = {"region": "兰溪市", "source": "/x/000_08dfb0cd4d043f74.txt", "start": 12, "end": 179}
    assert citation_line(c) == "兰溪市 · 000_08dfb0cd4d043f74.txt [12–179]"
