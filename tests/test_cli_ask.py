"""`policyqa ask "QUESTION" PATH... [--json]` on the seed plans, with no API key."""

import json
from pathlib import Path

import pytest

import policyqa
from policyqa.citations import verify
from policyqa.cli import main
from policyqa.models import ABSTAIN_EN, ABSTAIN_ZH

ROOT = Path(__file__).parents[1]
SEEDS = str(ROOT / "evals" / "plans")


@pytest.fixture(autouse=True)
def no_endpoint(monkeypatch):
    for v in ("POLICYQA_BASE_URL", "POLICYQA_MODEL", "POLICYQA_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(v, raising=False)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ask_json_has_the_documented_shape_and_citations_verify(capsys):
    code, out, _ = run(capsys, "ask", "金华快递业务量的目标是多少？", SEEDS, "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"question", "answer", "abstained", "citations", "engine"}
    assert data["question"] == "金华快递业务量的目标是多少？"
    assert "130亿件" in data["answer"] and data["abstained"] is False
    assert data["engine"] == "offline"
    plans = {p.id: p for p in policyqa.load(SEEDS)}
    cits = [policyqa.Citation(**c) for c in data["citations"]]
    assert cits and all(verify(c, plans[c.plan_id]) for c in cits)
    assert Path(cits[0].source).name.startswith("003")


def test_ask_prints_the_answer_then_numbered_citations(capsys):
    code, out, _ = run(capsys, "ask", "兰州新区积极布局哪些未来产业？", SEEDS)
    assert code == 0
    lines = out.splitlines()
    assert "航空航天" in lines[0]
    cited = [ln for ln in lines if ln.startswith("[1] ")]
    assert cited and "004_242c219d5e2dc360.txt" in cited[0]
    assert "–" in cited[0]  # start–end
    i = lines.index(cited[0])
    assert "未來產業" in lines[i + 1]  # the quote, in the source's script


def test_ask_abstains_when_the_plans_do_not_say(capsys):
    code, out, _ = run(capsys, "ask", "兰溪2027年的GDP目标是多少？", SEEDS, "--json")
    data = json.loads(out)
    assert code == 0 and data["abstained"] is True and data["answer"] == ABSTAIN_ZH and data["citations"] == []
    code, out, _ = run(capsys, "ask", "What is Lanxi's GDP target for 2027?", SEEDS)
    assert code == 0 and out.splitlines()[0] == ABSTAIN_EN


def test_ask_lang_en_abstains_in_english(capsys):
    code, out, _ = run(capsys, "ask", "兰溪2027年的GDP目标是多少？", SEEDS, "--lang", "en", "--json")
    assert code == 0 and json.loads(out)["answer"] == ABSTAIN_EN


def test_ask_over_several_plans_lists_each_with_a_citation(capsys):
    code, out, _ = run(capsys, "ask", "哪些地方提到中欧班列？", SEEDS, "--json")
    data = json.loads(out)
    assert code == 0 and not data["abstained"]
    files = {Path(c["source"]).name[:3] for c in data["citations"]}
    assert files == {"000", "002"}


def test_ask_bad_path_is_one_line_and_exit_2(capsys):
    code, out, err = run(capsys, "ask", "问题", str(ROOT / "evals" / "plans" / "missing.txt"))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "missing.txt" in err and "no such file" in err


def test_ask_needs_a_path(capsys):
    with pytest.raises(SystemExit) as e:
        main(["ask", "问题"])
    assert e.value.code == 2
