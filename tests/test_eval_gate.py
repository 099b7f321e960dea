"""The honest gate: splits from a manifest, thresholds per split that must name real metrics, a
missing thresholds file or an all-failing run failing with one clear line, test failures held
back, and a run recording what produced it."""

import json
import shutil
from pathlib import Path

import pytest

from policyqa import evals
from policyqa.cli import main
from policyqa.models import Answer

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "evals" / "plans"


def corpus(tmp_path, manifest: str | None = None, questions: str | None = None, thresholds: str | None = None) -> Path:
    """A small eval tree: two seed documents as 'plans', copies of them as dev and test documents."""
    root = tmp_path / "ev"
    (root / "plans").mkdir(parents=True)
    (root / "corpus").mkdir()
    (root / "cases" / "questions").mkdir(parents=True)
    shutil.copy(SEEDS / "000_08dfb0cd4d043f74.txt", root / "plans")
    shutil.copy(SEEDS / "003_26c80170ebd69532.txt", root / "corpus" / "101_jinhua.txt")
    shutil.copy(SEEDS / "000_08dfb0cd4d043f74.txt", root / "corpus" / "102_lanxi.txt")
    (root / "manifest.yaml").write_text(manifest or (
        "- {file: 000_08dfb0cd4d043f74.txt, split: seed, genre: implementation_plan}\n"
        "- {file: 101_jinhua.txt, split: dev, genre: work_report}\n"
        "- {file: 102_lanxi.txt, split: test, genre: implementation_plan}\n"), encoding="utf-8")
    (root / "cases" / "questions" / "b1.yaml").write_text(questions or (
        "- {id: s1, question: 兰溪力争到哪一年基本建成智能织造示范地？, scope: [000_08dfb0cd4d043f74.txt], must_include: [['2027']], tags: [single]}\n"
        "- {id: d1, question: 金华快递业务量要突破多少？, scope: [101_jinhua.txt], must_include: [['130亿件']], tags: [single]}\n"
        "- {id: d2, question: 金华2023年的粮食产量是多少？, scope: [101_jinhua.txt], abstain: true, tags: [single]}\n"
        "- {id: t1, question: 兰溪“一网通办”率要达到多少？, scope: [102_lanxi.txt], must_include: [['98%']], tags: [single]}\n"
        "- {id: t2, question: 兰溪要把哪种作物的亩产提高到多少？, scope: [102_lanxi.txt], must_include: [['水稻亩产999斤']], tags: [single]}\n"), encoding="utf-8")
    (root / "thresholds.yaml").write_text(thresholds or "offline:\n  seed: {questions.correct: 1.0}\n  dev: {questions.correct: 1.0}\n  test: {questions.correct: 0.5}\n", encoding="utf-8")
    return root


def test_cases_take_their_split_and_genre_from_the_manifest(tmp_path):
    cases = evals.load_cases(corpus(tmp_path) / "cases")
    by_id = {c.id: c for c in cases}
    assert (by_id["s1"].split, by_id["d1"].split, by_id["t1"].split) == ("seed", "dev", "test")
    assert by_id["d1"].genre == "work_report"
    assert [c.id for c in evals.of_split(cases, "test")] == ["t1", "t2"]
    assert {c.id for c in evals.select(cases, "work_report")} == {"d1", "d2"}


@pytest.mark.parametrize("manifest, reason", [
    ("- {file: 000_08dfb0cd4d043f74.txt, split: seed, genre: implementation_plan}\n", "documents not listed"),
    ("- {file: 000_08dfb0cd4d043f74.txt, split: train, genre: news}\n", "split must be one of"),
    ("- {file: 000_08dfb0cd4d043f74.txt, split: seed, genre: novel}\n", "genre must be one of"),
    ("- {file: 999_missing.txt, split: dev, genre: news}\n", "is listed but is not in"),
])
def test_a_manifest_that_drifts_from_the_corpus_is_an_error(tmp_path, manifest, reason):
    root = corpus(tmp_path, manifest=manifest)
    with pytest.raises(Exception) as e:
        evals.load_cases(root / "cases")
    assert "manifest.yaml" in str(e.value) and reason in str(e.value)


def test_a_question_that_touches_a_held_out_document_is_held_out(tmp_path):
    root = corpus(tmp_path, questions="- {id: x, question: 哪里？, scope: [101_jinhua.txt, 102_lanxi.txt], abstain: true}\n"
                                       "- {id: y, question: 哪里？, scope: [000_08dfb0cd4d043f74.txt, 101_jinhua.txt], abstain: true}\n")
    by_id = {c.id: c for c in evals.load_cases(root / "cases")}
    assert by_id["x"].split == "test" and by_id["y"].split == "dev"


def test_thresholds_name_real_metrics_and_splits(tmp_path):
    p = tmp_path / "t.yaml"
    p.write_text("offline:\n  dev: {questions.corect: 0.5}\n", encoding="utf-8")
    with pytest.raises(Exception, match="questions.corect: unknown metric"):
        evals.load_thresholds(p)
    p.write_text("offline:\n  train: {questions.correct: 0.5}\n", encoding="utf-8")
    with pytest.raises(Exception, match="unknown split"):
        evals.load_thresholds(p)
    p.write_text("offline:\n  dev: {questions.correct: 1.5}\n", encoding="utf-8")
    with pytest.raises(Exception, match="between 0 and 1"):
        evals.load_thresholds(p)
    with pytest.raises(Exception, match="no thresholds file"):
        evals.load_thresholds(tmp_path / "missing.yaml")


def test_the_gate_is_per_split(tmp_path):
    root = corpus(tmp_path)
    from policyqa.engines import get_engine

    run = evals.run(get_engine("offline"), evals.load_cases(root / "cases"))
    assert set(run.metrics) == {"seed", "dev", "test", "all"}
    assert run.metrics["test"]["questions.correct"] == 0.5  # t2 asks for a figure the plan does not give
    assert evals.check_gate(run, evals.load_thresholds(root / "thresholds.yaml")) == []
    strict = {"offline": {"test": {"questions.correct": 0.9}}}
    assert evals.check_gate(run, strict) == ["test questions.correct: 0.5000 < 0.9"]


def test_cli_missing_or_misspelt_thresholds_exit_2_with_one_line(tmp_path, capsys):
    root = corpus(tmp_path)
    (root / "thresholds.yaml").unlink()
    assert main(["eval", "--cases", str(root / "cases"), "--report", str(tmp_path / "r")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "thresholds.yaml" in err[0] and "--no-gate" in err[0]
    assert main(["eval", "--cases", str(root / "cases"), "--report", str(tmp_path / "r"), "--no-gate", "--split", "seed"]) == 0
    (root / "thresholds.yaml").write_text("offline:\n  dev: {questions.corect: 0.5}\n", encoding="utf-8")
    assert main(["eval", "--cases", str(root / "cases"), "--report", str(tmp_path / "r")]) == 2
    assert "unknown metric" in capsys.readouterr().err


def test_cli_an_all_failing_run_fails_the_gate(tmp_path, monkeypatch, capsys):
    import policyqa.engines as engines

    class Dead:
        name = "llm:dead"

        def ask(self, question, plans):
            raise ConnectionError("endpoint refused the connection")

    monkeypatch.setattr(engines, "get_engine", lambda name=None, **kw: Dead())
    root = corpus(tmp_path, thresholds="offline:\n  dev: {questions.correct: 0.1}\n")  # no thresholds for llm at all
    assert main(["eval", "--cases", str(root / "cases"), "--report", str(tmp_path / "r"), "--split", "dev"]) == 1
    err = capsys.readouterr().err
    assert "every case failed (2 of 2); first error: ConnectionError: endpoint refused the connection" in err
    assert main(["eval", "--cases", str(root / "cases"), "--report", str(tmp_path / "r2"), "--split", "dev", "--no-gate"]) == 1


def test_cli_test_split_prints_scores_and_holds_failures_back(tmp_path, capsys):
    root = corpus(tmp_path)
    assert main(["eval", "--cases", str(root / "cases"), "--report", str(tmp_path / "r"), "--split", "test"]) == 0
    out = capsys.readouterr()
    assert "questions.correct" in out.out and "0.500" in out.out
    assert "1 failing test cases held back" in out.err
    md = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    html = (tmp_path / "r" / "report.html").read_text(encoding="utf-8")
    assert "### t2" not in md and 'id="t2"' not in html and "水稻亩产999斤" not in md + html
    assert main(["eval", "--cases", str(root / "cases"), "--report", str(tmp_path / "r2"), "--split", "test", "--reveal-test"]) == 0
    assert "### t2" in (tmp_path / "r2" / "report.md").read_text(encoding="utf-8")


def test_the_report_shows_splits_and_genres_side_by_side(tmp_path):
    root = corpus(tmp_path)
    assert main(["eval", "--cases", str(root / "cases"), "--report", str(tmp_path / "r")]) == 0
    md = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    assert "| metric | seed | dev | test | all |" in md
    assert "## By genre" in md and "| dev | work_report | 2 |" in md and "| test | implementation_plan | 2 |" in md


def test_a_run_records_what_produced_it(tmp_path):
    root = corpus(tmp_path)
    assert main(["eval", "--cases", str(root / "cases"), "--report", str(tmp_path / "r"), "--split", "seed", "--no-gate"]) == 0
    header = json.loads((tmp_path / "r" / "results.jsonl").read_text(encoding="utf-8").splitlines()[0])
    prov = header["provenance"]
    assert prov["policyqa"] and prov["engine"]["name"] == "offline"
    assert prov["prompts"]["ask"]  # every prompt's version
    assert "git" in prov


def test_engine_settings_leave_secrets_out():
    from policyqa.evals.runner import engine_settings

    class Settings:
        model = "m"
        base_url = "http://user:sk-SECRET@host:8080/v1?api_key=sk-SECRET2&x=1"
        api_key = "sk-SECRET3"

    class E:
        name = "llm:m"
        settings = Settings()

    s = json.dumps(engine_settings(E()))
    assert "SECRET" not in s and "host:8080/v1" in s and "api_key=***" in s


def test_rescore_skips_a_cut_off_last_line(tmp_path, capsys):
    root = corpus(tmp_path)
    cases = evals.load_cases(root / "cases")

    class Abstains:
        name = "offline"

        def ask(self, question, plans):
            return Answer(question=question, answer="文中未提及", abstained=True, engine=self.name)

    path = tmp_path / "results.jsonl"
    evals.run(Abstains(), cases, only="d*", on_result=evals.ResultsWriter(path, "offline"))
    with path.open("a", encoding="utf-8") as f:
        f.write('{"id": "t1", "kind": "quest')  # a run killed mid-line
    again = evals.rescore(path, cases, only="d*")
    assert [(r.id, r.passed) for r in again.results] == [("d1", False), ("d2", True)]
    assert "cut off" in capsys.readouterr().err
