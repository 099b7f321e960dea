"""The offline engine: the library's three calls with no model, each output naming the engine."""

from __future__ import annotations

from pathlib import Path

import pytest

import policyqa
from policyqa.citations import verify, verify_all
from policyqa.retrieval.corpus import Corpus
from policyqa.engines import get_engine
from policyqa.engines.offline import OfflineEngine
from policyqa.models import ABSTAIN_EN, ABSTAIN_ZH

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "evals" / "plans"
CORPUS = Path(__file__).parents[2] / "shared" / "corpus"


@pytest.fixture(scope="module")
def seeds() -> list[policyqa.Plan]:
    return policyqa.load(SEEDS)


def by_region(plans, region):
    return next(p for p in plans if p.region == region)


def test_get_engine_offline_and_the_default_without_an_endpoint(monkeypatch):
    for var in ("POLICYQA_BASE_URL", "POLICYQA_MODEL", "POLICYQA_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    e = get_engine("offline")
    assert isinstance(e, OfflineEngine) and e.name == "offline" and e.lang == "zh"
    assert isinstance(get_engine(), OfflineEngine)
    assert isinstance(e, policyqa.Engine) and policyqa.OfflineEngine is OfflineEngine
    assert get_engine("offline", lang="en", cache=None).lang == "en"  # options of other engines are ignored


def test_summarize_names_the_engine_and_cites_the_plan(seeds):
    plan = by_region(seeds, "兰溪市")
    s = OfflineEngine().summarize(plan)
    assert s.engine == "offline" and s.plan_id == plan.id
    assert s.target_year == 2027
    cites = s.citations()
    assert cites and verify_all(cites, [plan]) == []


def test_measures_of_seed_000_are_its_fifteen(seeds):
    plan = by_region(seeds, "兰溪市")
    ms = OfflineEngine().measures(plan)
    assert len(ms) == 15
    assert ms[0].title == "培育优势产业链群"
    assert ms[0].section[0] == "以现代化产业体系夯实向新求质基底"
    assert all(m.citations and all(verify(c, plan) for c in m.citations) for m in ms)
    assert policyqa.measures(plan, engine=OfflineEngine()) == ms  # the top-level call, same engine


def test_targets_are_the_plans_figures(seeds):
    plan = by_region(seeds, "兰溪市")
    ts = OfflineEngine().targets(plan)
    assert {t.original for t in ts} >= {"98%以上", "100%", "95%以上"}
    assert all(verify(t.citation, plan) for t in ts)


def test_ask_over_plans_or_a_corpus_names_the_engine(seeds):
    e = OfflineEngine()
    a = e.ask("兰溪力争到哪一年基本建成智能织造示范地？", seeds)
    assert a.engine == "offline" and not a.abstained and "2027" in a.answer
    assert a.citations and verify_all(a.citations, seeds) == []
    b = e.ask("兰溪力争到哪一年基本建成智能织造示范地？", Corpus(seeds))
    assert b.answer == a.answer and b.engine == "offline"


def test_ask_abstains_in_the_engine_language(seeds):
    zh = OfflineEngine().ask("兰溪市的地铁三号线何时通车？", seeds)
    assert zh.abstained and zh.answer == ABSTAIN_ZH and zh.citations == [] and zh.engine == "offline"
    en = OfflineEngine(lang="en").ask("When does Lanxi open its third metro line?", seeds)
    assert en.abstained and en.answer == ABSTAIN_EN and en.engine == "offline"


def test_every_output_on_every_seed_and_corpus_plan_verifies():
    plans = policyqa.load(SEEDS)
    if CORPUS.is_dir():
        plans += policyqa.load(CORPUS)
    e = OfflineEngine()
    for plan in plans:
        cites = [c for m in e.measures(plan) for c in m.citations]
        cites += [t.citation for t in e.targets(plan)]
        cites += e.summarize(plan).citations()
        assert verify_all(cites, [plan]) == [], plan.source


def test_cli_measures_json_on_seeds_and_corpus_cites_only_what_the_files_say():
    import json
    import subprocess
    import sys

    from policyqa.models import Citation

    paths = [str(SEEDS)] + ([str(CORPUS)] if CORPUS.is_dir() else [])
    r = subprocess.run([sys.executable, "-m", "policyqa", "measures", *paths, "--json", "--engine", "offline"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    plans = {p.id: p for p in policyqa.load(paths)}
    assert [row["plan"]["id"] for row in rows] == list(plans)
    n = 0
    for row in rows:
        plan = plans[row["plan"]["id"]]
        assert row["engine"] == "offline"
        for m in row["measures"]:
            assert set(m) == {"title", "text", "section", "targets", "units", "year", "citations"}
            for c in m["citations"] + [t["citation"] for t in m["targets"]]:
                assert verify(Citation(**c), plan), (plan.source, m["title"])
                n += 1
    assert n > 100
    by_region = {row["plan"]["region"]: row["measures"] for row in rows}
    assert len(by_region["兰溪市"]) == 15 and len(by_region["马鞍山市"]) == 28
