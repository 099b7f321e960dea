"""The compare and track eval tasks: series/*.yaml labels (format: evals/LABELING.md, "Series"),
their scorers and metrics.

Run on test label files (tests/fixtures/series_labels/) over the invented work-report excerpts and
seed plan 002, never on the eval corpus's own labels (those are written blind by others)."""

import shutil

import pytest
import yaml

from policyqa import evals
from policyqa.errors import InputError
from policyqa.evals.cases import load_cases
from policyqa.evals.gate import load_thresholds
from policyqa.evals.scorers import compare_match, series_keys, written_figure
from seriesfake import H2023, H2024, LABELS, SCRIPT, SEED_002, ScriptedEngine


def _corpus(root, splits=None):
    """root/plans with the documents, root/cases/series with the test labels; with ``splits``
    ({file: split}) a manifest gives each document its split, else every document is dev."""
    plans = root / "plans"
    plans.mkdir()
    for f in (H2023, H2024, SEED_002):
        shutil.copy(f, plans / f.name)
    (root / "cases" / "series").mkdir(parents=True)
    for f in LABELS.glob("*.yaml"):
        shutil.copy(f, root / "cases" / "series" / f.name)
    if splits:
        entries = [{"file": f.name, "split": splits.get(f.name, "dev"), "genre": "work_report"} for f in (H2023, H2024, SEED_002)]
        (root / "manifest.yaml").write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
        return load_cases(root / "cases")
    return load_cases(root / "cases", plans_dir=plans)


@pytest.fixture
def cases(tmp_path):
    return _corpus(tmp_path)


def test_a_series_file_gives_one_case_per_task_and_indicator(cases):
    assert sorted(c.id for c in cases) == [
        "huzhou.compare.cpi", "huzhou.compare.gdp", "huzhou.compare.gdp_level", "huzhou.track.cpi", "huzhou.track.fiscal_revenue",
        "huzhou.track.gdp", "huzhou.track.rd_intensity", "huzhou.track.unemployment", "seed002.compare.gdp"]
    c = next(c for c in cases if c.id == "huzhou.track.gdp")
    assert c.kind == "track" and c.data["files"] == ["huzhou_gwr_2023.txt", "huzhou_gwr_2024.txt"] and c.split == "dev" and c.plan == "series huzhou"
    assert [c.id for c in evals.select(cases, "track")] == [c.id for c in cases if c.kind == "track"]


def test_a_series_over_two_splits_keeps_each_documents_rows_in_its_split(tmp_path):
    cases = _corpus(tmp_path, {"huzhou_gwr_2024.txt": "test"})
    by_id = {c.id: c for c in cases}
    assert [e["year"] for e in by_id["huzhou.compare.gdp.dev"].data["expected"]] == [2023, 2022]
    assert by_id["huzhou.compare.gdp.test"].data["files"] == ["huzhou_gwr_2024.txt"]
    assert by_id["huzhou.track.gdp.test"].split == "test"  # a pair touching a held-out report is held out
    assert "huzhou.track.gdp.dev" not in by_id


def test_every_labelled_row_and_pair_right_scores_1(cases):
    run = evals.run(ScriptedEngine(), cases)
    assert [(r.id, r.error, r.scores) for r in run.results if not r.passed] == []
    m = run.metrics["dev"]
    assert m["compare.accuracy"] == m["compare.precision"] == m["track.accuracy"] == m["track.precision"] == 1.0
    assert {"compare.accuracy", "track.accuracy"} <= set(evals.metric_names())


def test_a_result_taken_for_a_target_and_a_wrong_result_are_counted_wrong(cases):
    script = {k: list(v) for k, v in SCRIPT.items()}
    # the 2024 report's 2023 GDP growth said to be a 2024 target; its CPI result read as 0.6%
    script["huzhou_gwr_2024.txt"] = [r if r[1] != "6.1%" else (*r[:6], 2024, "target") for r in script["huzhou_gwr_2024.txt"]]
    script["huzhou_gwr_2024.txt"] = [r if r[1] != "0.4%" else (*r[:3], 0.6, *r[4:]) for r in script["huzhou_gwr_2024.txt"]]
    run = evals.run(ScriptedEngine(script), cases, only="huzhou.compare.gdp,huzhou.track.gdp,huzhou.track.cpi")
    by_id = {r.id: r for r in run.results}
    gdp = by_id["huzhou.compare.gdp"].scores["compare"]["details"]
    assert gdp["right"] == 3 and [d["fields"] for d in gdp["diffs"]] == [["year", "kind"]]  # the 2023 result, found as a 2024 target
    assert by_id["huzhou.track.gdp"].scores["track"]["details"]["diffs"][0]["fields"] == ["verdict", "result_file", "result"]  # no 2023 result left
    cpi = by_id["huzhou.track.cpi"].scores["track"]["details"]
    assert cpi["right"] == 0 and cpi["diffs"][0]["fields"] == ["result"]  # 0.6% is still beyond 3%左右 (the verdict agrees), but the figure is wrong
    assert run.metrics["dev"]["track.accuracy"] == 0.0 and run.metrics["dev"]["compare.precision"] < 1.0


def test_an_unclear_pair_needs_only_the_verdict(cases):
    run = evals.run(ScriptedEngine(), cases, only="huzhou.track.rd_intensity")
    (r,) = run.results
    assert r.passed and r.output[0]["verdict"] == "unclear" and r.output[0]["result_source"] is None


def test_an_engine_that_fails_keeps_the_denominators(cases):
    class Broken:
        name = "broken"

        def targets(self, plan):
            raise RuntimeError("down")

    run = evals.run(Broken(), cases, only="huzhou.track.gdp,huzhou.compare.gdp")
    assert all(r.error and not r.passed for r in run.results)
    assert run.metrics["dev"]["compare.accuracy"] == 0.0 and run.metrics["dev"]["track.accuracy"] == 0.0


def test_a_saved_run_rescores_and_reports(cases, tmp_path):
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


def test_label_indicators_and_figures_read_as_compare_rows_do():
    assert series_keys("gdp", "%") == ("gdp",) and series_keys("gdp_level", "亿元") == series_keys("gdp", "亿元") == ("gdp.level",)
    assert series_keys("unemployment", "%") == ("unemployment", "registered_unemployment")
    assert series_keys("fiscal_revenue", "%") == ("fiscal_revenue",) and series_keys("nonsense") is None
    assert written_figure("8%左右") == ("8", "%") and written_figure("5%—5.5%") == ("5-5.5", "%")
    assert written_figure("282亿元") == ("282", "亿元") and written_figure("稳中有升") is None


def test_compare_match_checks_each_field_of_a_row():
    from policyqa.analysis.comparison import compare
    from policyqa.structure.plan import load

    plans = load([str(H2023), str(H2024)])
    rows = compare(plans, indicator="gdp", kind="target", engine=ScriptedEngine())
    good = [{"file": "huzhou_gwr_2023.txt", "region": "湖州市", "indicator": "gdp", "kind": "target", "year": 2023, "value": "5.5-6", "unit": "%", "comparator": "range"},
            {"file": "huzhou_gwr_2024.txt", "region": "湖州", "indicator": "gdp", "kind": "target", "year": 2024, "value": "5.5", "unit": "%", "comparator": "左右"}]
    assert compare_match(good, rows, plans).passed
    wrong = [dict(good[0], value="6", comparator=None), dict(good[1], region="金华市", year=2023)]
    s = compare_match(wrong, rows, plans)
    assert s.details["right"] == 0 and [d["fields"] for d in s.details["diffs"]] == [["comparator"], ["year", "region"]]
    moved = [r.model_copy(update={"citation": r.citation.model_copy(update={"start": r.citation.start + 1})}) for r in rows]
    assert [d["fields"] for d in compare_match(good, moved, plans).details["diffs"]] == [["cited"], ["cited"]]


@pytest.mark.parametrize("bad,needle", [
    ({"name": "x", "compare": [{"file": "huzhou_gwr_2023.txt", "indicator": "gdp", "value": "5", "colour": "red"}]}, "unknown keys ['colour']"),
    ({"name": "x", "compare": [{"file": "huzhou_gwr_2023.txt", "indicator": "gdp", "value": None}]}, "needs a value as written"),
    ({"name": "x", "compare": [{"file": "huzhou_gwr_2023.txt", "indicator": "happiness", "value": "5"}]}, "indicator of gdp, gdp_level"),
    ({"name": "x", "compare": [{"file": "nowhere.txt", "indicator": "gdp", "value": "5"}]}, "nowhere.txt is not in"),
    ({"name": "x", "track": [{"indicator": "gdp", "year": 2023, "target_file": "huzhou_gwr_2023.txt", "target": "5%", "result_file": "huzhou_gwr_2024.txt", "result": "6%", "verdict": "achieved"}]},
     "verdict is one of met, not_met, unclear"),
    ({"name": "x", "track": [{"indicator": "gdp", "year": 2023, "target_file": "huzhou_gwr_2023.txt", "target": "5%", "result_file": "huzhou_gwr_2024.txt", "result": "", "verdict": "met"}]},
     "a met pair needs a result_file and a result as written"),
    ({"name": "x", "tracks": []}, "unknown keys ['tracks']"),
])
def test_a_malformed_series_file_names_the_file_and_the_reason(tmp_path, bad, needle):
    _corpus(tmp_path)
    f = tmp_path / "cases" / "series" / "bad.yaml"
    f.write_text(yaml.safe_dump(bad, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_cases(tmp_path / "cases", plans_dir=tmp_path / "plans")
    assert "bad.yaml" in str(e.value) and needle in str(e.value)


def test_a_figure_labelled_in_words_is_right_when_no_number_stands_in_its_place():
    from policyqa.analysis.comparison import compare
    from policyqa.structure.plan import load

    plans = load([str(H2023), str(H2024)])
    rows = compare(plans, indicator="gdp", engine=ScriptedEngine())
    words = [{"file": "huzhou_gwr_2024.txt", "region": "湖州市", "indicator": "gdp", "kind": "target", "year": 2025, "value": "稳中有升", "unit": None, "comparator": None}]
    assert compare_match(words, [], plans).passed
    taken = dict(words[0], year=2024)  # the 2024 report does give a number for 2024: 5.5%左右
    s = compare_match([taken], rows, plans)
    assert s.details["right"] == 0 and s.details["diffs"][0]["fields"] == ["value"]


def test_compare_is_scored_on_the_figures_the_labels_cover():
    from policyqa.analysis.comparison import compare
    from policyqa.evals.scorers import compare_scope
    from policyqa.structure.plan import load

    plans = load([str(H2023), str(H2024)])
    rows = compare(plans, indicator="gdp*", engine=ScriptedEngine())
    later = rows[0].model_copy(update={"year": 2030, "kind": "target"})  # a 2030 goal: labels list only this year's targets
    labels = [{"file": "huzhou_gwr_2023.txt", "indicator": "gdp", "kind": "target", "year": 2023, "value": "5.5-6", "unit": "%"}]
    years = {"huzhou_gwr_2023.txt": 2023, "huzhou_gwr_2024.txt": 2024}
    scoped = compare_scope(labels, rows + [later], years)
    assert later not in scoped and all(r.indicator == "gdp" for r in scoped)  # the GDP level (亿元) only where a label gives one
    assert {(r.original, r.year) for r in scoped} == {("4.2%", 2022), ("5.5%—6%", 2023), ("6.1%", 2023), ("5.5%左右", 2024)}
    level = [dict(labels[0], indicator="gdp_level", kind="result", year=2022, value="3850", unit="亿元")]
    assert {r.original for r in compare_scope(labels + level, rows, years)} >= {"3850亿元"}


def test_a_report_only_a_track_pair_names_is_not_in_the_compare_case(tmp_path):
    # a series that labels compare rows for one report and pairs its target with a later report
    # labelled in another series: that report's figures are not this series' to score
    root = tmp_path
    (root / "cases" / "series").mkdir(parents=True)
    plans = root / "plans"
    plans.mkdir()
    for f in (H2023, H2024):
        shutil.copy(f, plans / f.name)
    (root / "cases" / "series" / "one.yaml").write_text(
        "name: one\ncompare:\n"
        "  - {file: huzhou_gwr_2023.txt, region: 湖州市, indicator: gdp, kind: target, year: 2023, value: '5.5-6', unit: '%', comparator: range}\n"
        "track:\n"
        "  - {indicator: gdp, year: 2023, target_file: huzhou_gwr_2023.txt, target: '5.5%—6%', result_file: huzhou_gwr_2024.txt, result: '6.1%', verdict: not_met}\n",
        encoding="utf-8")
    by_id = {c.id: c for c in load_cases(root / "cases", plans_dir=plans)}
    assert by_id["one.compare.gdp"].data["files"] == ["huzhou_gwr_2023.txt"]
    assert by_id["one.track.gdp"].data["files"] == ["huzhou_gwr_2023.txt", "huzhou_gwr_2024.txt"]
