"""The compare and track eval tasks: series/*.yaml labels, their scorers and metrics.

Run on test label files (tests/fixtures/series_labels/) over the invented work-report excerpts and
seed plan 002, never on the eval corpus's own labels (those are written blind by others)."""

import shutil

import pytest
import yaml

from policyqa import evals
from policyqa.errors import InputError
from policyqa.evals.cases import load_cases
from policyqa.evals.gate import load_thresholds
from seriesfake import H2023, H2024, LABELS, SEED_002, ScriptedEngine


@pytest.fixture
def corpus(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    for f in (H2023, H2024, SEED_002):
        shutil.copy(f, plans / f.name)
    (tmp_path / "cases" / "series").mkdir(parents=True)
    for f in LABELS.glob("*.yaml"):
        shutil.copy(f, tmp_path / "cases" / "series" / f.name)
    return tmp_path


def cases_of(corpus):
    return load_cases(corpus / "cases", plans_dir=corpus / "plans")


def test_series_files_load_as_compare_and_track_cases(corpus):
    cases = cases_of(corpus)
    assert sorted((c.kind, c.id) for c in cases) == [
        ("compare", "t-huzhou-gdp-level"), ("compare", "t-huzhou-gdp-targets"), ("compare", "t-seed-002-gdp-results"),
        ("track", "t-huzhou-budget"), ("track", "t-huzhou-cpi"), ("track", "t-huzhou-gdp"), ("track", "t-huzhou-rd")]
    c = next(c for c in cases if c.id == "t-huzhou-gdp")
    assert c.data["files"] == ["huzhou_gwr_2023.txt", "huzhou_gwr_2024.txt"] and c.split == "dev" and c.plan == "series 湖州市 gdp"
    assert [c.id for c in evals.select(cases, "track")] == [c.id for c in cases if c.kind == "track"]


def test_every_labelled_row_and_pair_right_scores_1(corpus):
    run = evals.run(ScriptedEngine(), cases_of(corpus))
    failing = [(r.id, r.error, r.scores) for r in run.results if not r.passed]
    assert failing == []
    m = run.metrics["dev"]
    assert m["compare.accuracy"] == m["compare.precision"] == m["track.accuracy"] == m["track.precision"] == 1.0
    assert {"compare.accuracy", "track.accuracy"} <= set(evals.metric_names())


def test_a_result_taken_for_a_target_and_a_wrong_verdict_are_counted_wrong(corpus):
    from seriesfake import SCRIPT

    script = {k: list(v) for k, v in SCRIPT.items()}
    # the 2024 report's 2023 GDP growth said to be a target of 2023; its CPI result made 3.1%
    script["huzhou_gwr_2024.txt"] = [r if r[1] != "6.1%" else (*r[:6], 2024, "target") for r in script["huzhou_gwr_2024.txt"]]
    script["huzhou_gwr_2024.txt"] = [r if r[1] != "0.4%" else (*r[:3], 3.1, *r[4:]) for r in script["huzhou_gwr_2024.txt"]]
    run = evals.run(ScriptedEngine(script), cases_of(corpus), only="t-huzhou-gdp-targets,t-huzhou-gdp,t-huzhou-cpi")
    by_id = {r.id: r for r in run.results}
    cmp_ = by_id["t-huzhou-gdp-targets"].scores["compare"]
    assert not by_id["t-huzhou-gdp-targets"].passed and cmp_["details"]["right"] == 2 and cmp_["details"]["extra"]  # an extra row: a result as a target
    assert by_id["t-huzhou-gdp"].scores["track"]["details"]["right"] == 0  # no 2023 result left to pair with
    cpi = by_id["t-huzhou-cpi"].scores["track"]["details"]
    assert cpi["right"] == 0 and cpi["diffs"][0]["fields"] == ["result_value"]  # 3.1% is still 3%左右 met, but the value is wrong
    assert run.metrics["dev"]["track.accuracy"] == 0.0 and run.metrics["dev"]["compare.precision"] < 1.0


def test_an_engine_that_fails_keeps_the_denominators(corpus):
    class Broken:
        name = "broken"

        def targets(self, plan):
            raise RuntimeError("down")

    run = evals.run(Broken(), cases_of(corpus), only="t-huzhou-gdp,t-huzhou-gdp-targets")
    assert all(r.error and not r.passed for r in run.results)
    assert run.metrics["dev"]["compare.accuracy"] == 0.0 and run.metrics["dev"]["track.accuracy"] == 0.0


def test_a_saved_run_rescores_and_reports(corpus, tmp_path):
    cases = cases_of(corpus)
    run = evals.run(ScriptedEngine(), cases)
    out = evals.write_report(run, tmp_path / "report")
    again = evals.rescore(out, cases)
    assert again.metrics["dev"]["compare.accuracy"] == 1.0 and again.metrics["dev"]["track.accuracy"] == 1.0
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "compare.accuracy" in html and "track.accuracy" in html


def test_thresholds_may_gate_on_them(tmp_path):
    t = tmp_path / "thresholds.yaml"
    t.write_text("offline:\n  test: {compare.accuracy: 0.9, track.accuracy: 0.9}\n", encoding="utf-8")
    assert load_thresholds(t)["offline"]["test"] == {"compare.accuracy": 0.9, "track.accuracy": 0.9}


@pytest.mark.parametrize("bad,needle", [
    ({"compare": [{"id": "x", "indicator": "gdp", "rows": [{"file": "huzhou_gwr_2023.txt", "value": 5, "colour": "red"}]}]}, "unknown keys ['colour']"),
    ({"compare": [{"id": "x", "indicator": "gdp", "rows": [{"file": "huzhou_gwr_2023.txt", "value": "about five"}]}]}, "a value that is a number"),
    ({"compare": [{"id": "x", "indicator": "gdp", "rows": [{"file": "nowhere.txt", "value": 5}]}]}, "nowhere.txt is not in"),
    ({"track": [{"id": "x", "indicator": "gdp", "pairs": [{"target_file": "huzhou_gwr_2023.txt", "year": 2023, "target_value": 5, "result_file": "huzhou_gwr_2024.txt", "result_value": 6, "verdict": "achieved"}]}]}, "verdict is one of met, not_met, unclear"),
    ({"track": [{"id": "x", "indicator": "gdp", "pairs": [{"target_file": "huzhou_gwr_2023.txt", "year": 2023, "target_value": 5, "result_file": "huzhou_gwr_2024.txt", "verdict": "met"}]}]}, "both result_file and result_value"),
    ({"track": [{"id": "x", "indicator": "gdp", "pairs": [{"target_file": "huzhou_gwr_2023.txt", "year": 2023, "target_value": 5, "result_file": None, "result_value": None, "verdict": "met"}]}]}, "with no result the verdict is unclear"),
    ({"tracks": []}, "compare: and/or track:"),
])
def test_a_malformed_series_file_names_the_file_and_the_reason(corpus, bad, needle):
    f = corpus / "cases" / "series" / "bad.yaml"
    f.write_text(yaml.safe_dump(bad, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError) as e:
        cases_of(corpus)
    assert "bad.yaml" in str(e.value) and needle in str(e.value)


def test_compare_match_checks_each_field_of_a_row():
    from policyqa.comparison import compare
    from policyqa.evals.scorers import compare_match
    from policyqa.plan import load

    plans = load([str(H2023), str(H2024)])
    rows = compare(plans, indicator="gdp", kind="target", engine=ScriptedEngine())
    good = [{"file": "huzhou_gwr_2023.txt", "region": "湖州市", "year": 2023, "value": "5.5-6", "unit": "%", "comparator": "range"},
            {"file": "huzhou_gwr_2024.txt", "region": "湖州", "year": 2024, "value": 5.5, "unit": "%", "comparator": "左右"}]
    assert compare_match(good, rows, plans).passed
    wrong = [dict(good[0], value=6, comparator=None), dict(good[1], region="金华市", year=2023)]
    s = compare_match(wrong, rows, plans)
    assert s.details["right"] == 0 and [d["fields"] for d in s.details["diffs"]] == [["comparator"], ["year", "region"]]
    moved = [r.model_copy(update={"citation": r.citation.model_copy(update={"start": r.citation.start + 1})}) for r in rows]
    assert [d["fields"] for d in compare_match(good, moved, plans).details["diffs"]] == [["cited"], ["cited"]]
