"""The index on disk (`policyqa index`, policyqa.index, Corpus.save/load): the same plans, passages,
scores and answers as reading the files, kept up to date with them, and accepted by every command."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

import policyqa
from policyqa.cli import main
from policyqa.engines.offline.answers import answer
from policyqa.errors import InputError
from policyqa.reading.document import read_file
from policyqa.retrieval import segments, store
from policyqa.retrieval.corpus import Corpus, bigrams, fold, passage_simplified

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "evals" / "plans"
CORPUS = ROOT / "evals" / "corpus"  # text, markdown, HTML, CSV and JSON files
QUESTIONS = ["兰溪力争到哪一年基本建成智能织造示范地？", "哪些地方提到中欧班列？", "金华快递业务量的目标是多少？",
             "海拉尔区2017年地区生产总值增长多少？", "Which cities mention the China-Europe Railway Express?"]
QUERIES = ["兰州新区未来产业", "快递业务量130亿件", "发展", "GDP增长6%左右", "海拉尔区 地区生产总值", "AI 政务助手"]
LANXI = "000_08dfb0cd4d043f74.txt"


@pytest.fixture(autouse=True)
def no_endpoint_and_a_private_cache(monkeypatch, tmp_path):
    for v in ("POLICYQA_BASE_URL", "POLICYQA_MODEL", "POLICYQA_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_KEY", "POLICYQA_INDEX_CACHE"):
        monkeypatch.delenv(v, raising=False)
    monkeypatch.setenv("POLICYQA_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def folder(tmp_path):
    """A copy of the seed plans and some of the eval corpus (every format), to change."""
    d = tmp_path / "plans"
    shutil.copytree(SEEDS, d)
    for f in sorted(CORPUS.iterdir())[:14]:
        shutil.copy(f, d / f.name)
    return d


def n_files(folder) -> int:
    """The files a folder's plans are read from (README* and hidden files left out)."""
    from policyqa.reading.document import iter_files

    return sum(len(files) for _, files in iter_files([folder]))


def hits(corpus, q, k=20):
    return [(h.plan.id, h.passage.index, h.score) for h in corpus.search(q, k)]


def same_results(a: Corpus, b: Corpus) -> None:
    assert [p.id for p in a.plans] == [p.id for p in b.plans]
    assert len(a) == len(b)
    for q in QUERIES:
        assert hits(a, q) == hits(b, q), q
    for q in QUESTIONS:
        assert answer(q, a).model_dump() == answer(q, b).model_dump(), q


def reads(monkeypatch) -> list[str]:
    """The files the index reads from here on."""
    seen: list[str] = []

    def counting(path, **options):
        seen.append(str(path))
        return read_file(path, **options)

    monkeypatch.setattr(segments, "read_file", counting)
    monkeypatch.setattr(segments, "PARALLEL_FILES", 10**9)  # read here, where they are counted
    return seen


# -- the build -------------------------------------------------------------------------------------
def old_build(corpus: Corpus):
    """The build this module replaced (np.unique with return_inverse, then a second sort for the matrix):
    bm25s's score matrix, one row of weights per token, for the same passages and tokens."""
    by_id = {p.id: p for p in corpus.plans}
    docs = [bigrams(fold(passage_simplified(by_id[p.plan_id], p))) for p in corpus.passages]
    vocab = {t: i for i, t in enumerate(sorted({t for d in docs for t in d}))}
    terms = np.asarray([vocab[t] for d in docs for t in d], dtype=np.int64)
    pdocs = np.asarray([i for i, d in enumerate(docs) for _ in d], dtype=np.int64)
    n = len(docs)
    dl = np.bincount(pdocs, minlength=n).astype(np.float64)
    avgdl = dl.mean()
    pairs, tf = np.unique(terms * n + pdocs, return_counts=True)
    pterm, pdoc = pairs // n, pairs % n
    df = np.bincount(pterm, minlength=len(vocab))
    idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
    tfc = tf / (tf + 1.5 * ((1 - 0.75) + 0.75 * dl[pdoc] / max(avgdl, 1e-9)))
    data = (idf[pterm] * tfc).astype(np.float32)
    indptr = np.concatenate(([0], np.cumsum(df)))
    return vocab, data, pdoc, indptr


def test_the_one_sort_build_gives_the_old_builds_scores_and_top_k():
    corpus = Corpus(policyqa.load([SEEDS, CORPUS]))
    vocab, data, pdoc, indptr = old_build(corpus)
    for q in QUERIES:
        ids = sorted({vocab[t] for t in corpus.tokens(q, query=True) if t in vocab})
        old = np.zeros(len(corpus))
        for i in ids:
            np.add.at(old, pdoc[indptr[i] : indptr[i + 1]], data[indptr[i] : indptr[i + 1]].astype(np.float64))
        new = corpus.score_ids(corpus.token_ids(corpus.tokens(q, query=True)))
        assert np.array_equal(old.astype(np.float32), new), q
        top = [j for j in np.argsort(-old, kind="stable")[:10] if old[j] > 0]
        assert [corpus.passages.index(h.passage) for h in corpus.search(q, k=10)] == top, q


# -- saved and loaded --------------------------------------------------------------------------------
def test_a_saved_corpus_loads_with_the_same_plans_passages_scores_and_answers(tmp_path):
    plans = policyqa.load([SEEDS, CORPUS])
    corpus = Corpus(plans)
    corpus.save(tmp_path / "idx")
    loaded = Corpus.load(tmp_path / "idx")
    assert not any("passages" in p.__dict__ for p in loaded.plans)  # nothing of a plan is read before it is used
    same_results(loaded, corpus)
    for p, q in zip(loaded.plans, plans):
        assert (p.id, p.source, p.start, p.end, p.title, p.region, p.level, p.author, p.date, p.issuer) == \
               (q.id, q.source, q.start, q.end, q.title, q.region, q.level, q.author, q.date, q.issuer)
        assert (p.text, p.document.raw, p.simplified, p.quality, p.warnings) == (q.text, q.document.raw, q.simplified, q.quality, q.warnings)
        assert [_fields(x) for x in p.passages] == [_fields(x) for x in q.passages]
        assert all(x.text == p.document.text[x.clean_start : x.clean_end] for x in p.passages)
    for q in QUESTIONS:
        for c in answer(q, loaded).citations:
            assert policyqa.verify(c, loaded.plan(c.plan_id))
            assert read_file(c.source).clean_between(c.start, c.end) == c.quote  # against the file itself


def test_an_index_keeps_what_its_plans_parts_speak_of(tmp_path, monkeypatch):
    from policyqa.structure import sections

    plans = policyqa.load([SEEDS, CORPUS])
    policyqa.index([SEEDS, CORPUS], tmp_path / "idx")
    fresh = {p.id: (sections.contexts(p).year, sections.contexts(p).rows()) for p in plans}
    assert any(rows for _, rows in fresh.values()) and any(year for year, _ in fresh.values())

    def not_again(self, plan):
        raise AssertionError(f"the contexts of {plan.id} were read again")

    monkeypatch.setattr(sections.Contexts, "__init__", not_again)  # a plan opened from the index brings them: the question that touches it first reads nothing
    loaded = Corpus.load(tmp_path / "idx")
    assert {p.id: (sections.contexts(p).year, sections.contexts(p).rows()) for p in loaded.plans} == fresh


def test_an_index_made_by_another_version_is_read_again(folder, tmp_path, monkeypatch):
    policyqa.index([folder], tmp_path / "idx")
    monkeypatch.setattr(store, "rules", lambda: "another version's rules")  # reading or structure code changed since
    read = []
    real = segments.read_files
    monkeypatch.setattr(store, "read_files", lambda paths, *a, **k: (read.extend(paths), real(paths, *a, **k))[1])
    corpus = Corpus.load(tmp_path / "idx")
    assert len(read) == n_files(folder)  # every file, not the stored plans of the rules before
    same_results(corpus, Corpus(policyqa.load(folder)))
    assert json.loads((tmp_path / "idx" / store.MANIFEST).read_text(encoding="utf-8"))["rules"] == "another version's rules"
    read.clear()
    Corpus.load(tmp_path / "idx")
    assert read == []  # then it is up to date again


def test_the_jieba_tokenizer_is_kept(tmp_path):
    fresh = policyqa.index(SEEDS, tmp_path / "idx", tokenizer="jieba")
    mem = Corpus(policyqa.load(SEEDS), tokenizer="jieba")
    loaded = Corpus.load(tmp_path / "idx")
    assert loaded.tokenizer == fresh.tokenizer == "jieba"
    for q in QUERIES:
        assert hits(loaded, q) == hits(mem, q)
    with pytest.raises(InputError, match="jieba tokenizer"):
        policyqa.index(SEEDS, tmp_path / "idx")


# -- up to date with the files -----------------------------------------------------------------------
def test_a_changed_file_gives_fresh_citations(folder, tmp_path, monkeypatch):
    idx = tmp_path / "idx"
    policyqa.index(folder, idx)
    q = QUESTIONS[0]
    before = answer(q, Corpus.load(idx)).citations[0]
    assert "2027" in before.quote
    f = folder / LANXI
    f.write_text("（修订稿）\n" + f.read_text(encoding="utf-8").replace("力争到2027年,教育科技人才", "力争到2029年,教育科技人才"), encoding="utf-8")
    seen = reads(monkeypatch)
    corpus = Corpus.load(idx)
    assert [Path(s).resolve() for s in seen] == [f.resolve()]  # that file alone is read again
    after = answer(q, corpus).citations[0]
    assert "2029" in after.quote and "2027" not in after.quote
    assert after.start > before.start  # offsets into the file as it is now
    assert read_file(f).clean_between(after.start, after.end) == after.quote
    assert policyqa.verify(after, corpus.plan(after.plan_id))
    same_results(corpus, Corpus(policyqa.load(idx)))  # and the index now reads as a fresh one would
    f.unlink()
    corpus = Corpus.load(idx)
    assert not [p for p in corpus.plans if p.source.endswith(LANXI)]
    assert all(not c.source.endswith(LANXI) for c in answer(q, corpus).citations)


def test_updates_score_as_a_fresh_build_of_the_folder(folder, tmp_path, monkeypatch):
    idx = tmp_path / "idx"
    built = policyqa.index(folder, idx)
    assert built.stored["read"] == n_files(folder)
    spare = sorted(CORPUS.iterdir())[14:30]

    def check() -> Corpus:
        corpus = Corpus.load(idx)
        same_results(corpus, Corpus(policyqa.load([folder])))
        return corpus

    shutil.copy(spare[0], folder / ("zz_" + spare[0].name))  # after every other file
    seen = reads(monkeypatch)
    corpus = check()
    assert len(seen) == 1 and corpus.stored["read"] == 1 and corpus.stored["kept"] == n_files(folder) - 1
    shutil.copy(spare[1], folder / ("000_" + spare[1].name))  # before them: the corpus keeps the folder's order
    check()
    os.unlink(folder / "003_26c80170ebd69532.txt")
    assert check().stored["dropped"] == 1
    for i, f in enumerate(spare[2:2 + store.MAX_SEGMENTS + 1]):  # enough updates to merge segments
        shutil.copy(f, folder / f"m{i}_{f.name}")
        check()
    assert len(json.loads((idx / store.MANIFEST).read_text(encoding="utf-8"))["segments"]) <= store.MAX_SEGMENTS


def test_an_unchanged_folder_is_not_read_again(folder, tmp_path, monkeypatch):
    idx = tmp_path / "idx"
    policyqa.index(folder, idx)
    seen = reads(monkeypatch)
    os.utime(folder / LANXI, (1, 1))  # touched (its time changed), not changed: hashed, not read
    corpus = policyqa.index(folder, idx)
    assert seen == [] and corpus.stored["read"] == 0
    assert Corpus.load(idx).stored["read"] == 0
    assert policyqa.load(idx)[0].id == policyqa.load(folder)[0].id


# -- the command line --------------------------------------------------------------------------------
def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_policyqa_index_and_every_command_takes_the_index_in_place_of_paths(folder, tmp_path, capsys):
    idx = tmp_path / "idx"
    code, out, err = run(capsys, "index", folder, "--out", idx)
    assert code == 0 and f"{n_files(folder)} files" in out and str(idx) in out
    code, out, _ = run(capsys, "index", folder, "--out", idx)
    assert code == 0 and "0 files read" in out
    path = folder.resolve()  # an index names its files by their absolute paths
    for argv in (["plans", "--json"], ["ask", QUESTIONS[1], "--json"], ["ask", QUESTIONS[0]], ["summarize", "--json"], ["measures", "--csv"],
                 ["targets", "--json"], ["compare", "--indicator", "gdp", "--json"], ["track", "--json"], ["batch", "targets", "--json"]):
        at = 2 if argv[0] in ("ask", "batch") else 1
        by_files = run(capsys, *argv[:at], path, *argv[at:], "--no-index-cache")
        by_index = run(capsys, *argv[:at], idx, *argv[at:])
        assert by_index[0] == by_files[0] == 0, argv
        assert by_index[1] == by_files[1], argv
    code, out, _ = run(capsys, "ask", QUESTIONS[2], idx, "--json")
    for c in json.loads(out)["citations"]:
        assert read_file(c["source"]).clean_between(c["start"], c["end"]) == c["quote"]


def test_the_repl_opens_an_index(folder, tmp_path, capsys, monkeypatch):
    import io

    idx = tmp_path / "idx"
    policyqa.index(folder, idx)
    monkeypatch.setattr("sys.stdin", io.StringIO(QUESTIONS[2] + "\n"))
    code, out, _ = run(capsys, "repl", idx, "--json")
    assert code == 0
    got = json.loads(out.strip().splitlines()[-1])
    assert "130亿件" in got["answer"]


def test_folders_asked_about_go_through_the_index_cache(folder, tmp_path, capsys, monkeypatch):
    cache = tmp_path / "cache" / "index"
    code, first, _ = run(capsys, "ask", QUESTIONS[1], folder, "--json")
    assert code == 0 and len([d for d in cache.iterdir() if store.is_index(d)]) == 1
    seen = reads(monkeypatch)
    code, again, _ = run(capsys, "ask", QUESTIONS[1], folder, "--json")
    assert code == 0 and again == first and seen == []  # an unchanged folder is never read again
    code, direct, _ = run(capsys, "ask", QUESTIONS[1], folder, "--json", "--no-index-cache")
    assert direct == first  # the same answer as reading the files
    shutil.rmtree(cache)
    monkeypatch.setenv("POLICYQA_INDEX_CACHE", "0")
    code, off, _ = run(capsys, "ask", QUESTIONS[1], folder, "--json")
    assert off == first and not cache.exists()


def test_only_the_commands_that_search_build_the_cache_and_every_command_uses_it(folder, tmp_path, capsys, monkeypatch):
    cache = tmp_path / "cache" / "index"
    code, by_files, _ = run(capsys, "targets", folder, "--json")
    assert code == 0 and (not cache.exists() or not any(cache.iterdir()))
    run(capsys, "ask", QUESTIONS[1], folder)
    seen = reads(monkeypatch)
    code, by_cache, _ = run(capsys, "targets", folder, "--json")
    assert code == 0 and by_cache == by_files and seen == []


def test_small_folders_are_indexed_in_the_cache_too(tmp_path, capsys, monkeypatch):
    """Five small plans asked about once are answered from the cache the next time, unread."""
    cache = tmp_path / "cache" / "index"
    code, first, _ = run(capsys, "ask", QUESTIONS[1], SEEDS, "--json")
    assert code == 0 and len([d for d in cache.iterdir() if store.is_index(d)]) == 1
    seen = reads(monkeypatch)
    code, again, _ = run(capsys, "ask", QUESTIONS[1], SEEDS, "--json")
    assert code == 0 and seen == [] and again == first and json.loads(again)["citations"]


def test_small_indexes_never_push_a_large_one_out_of_the_cache(folder, tmp_path, capsys, monkeypatch):
    """Questions over many small folders evict the least recently used small indexes, never the large one."""
    cache = tmp_path / "cache" / "index"
    monkeypatch.setattr(store, "AUTO_BYTES", max(f.stat().st_size for f in SEEDS.iterdir()) + 1)  # one seed plan is small, the folder large
    monkeypatch.setattr(store, "CACHE_KEEP_SMALL", 2)
    run(capsys, "ask", QUESTIONS[1], folder)
    large = store.cache_location([str(folder)])
    assert store.is_index(large)
    for name in sorted(os.listdir(SEEDS))[:4]:
        one = tmp_path / f"one-{name}"
        one.mkdir()
        shutil.copy(SEEDS / name, one / name)
        code, _, _ = run(capsys, "ask", QUESTIONS[1], one)
        assert code == 0
    kept = [d for d in cache.iterdir() if store.is_index(d)]
    assert large in kept and len(kept) == 3  # the large one and the two small ones used last
    assert store.cache_location([str(tmp_path / f"one-{sorted(os.listdir(SEEDS))[3]}")]) in kept


def test_an_index_kept_inside_its_folder_is_not_read_as_plans(folder, capsys):
    code, _, _ = run(capsys, "index", folder, "--out", folder / "idx")
    assert code == 0
    assert len(policyqa.load(folder)) == len(policyqa.load(folder / "idx"))


def test_bad_input_is_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "index", tmp_path / "missing", "--out", tmp_path / "idx")
    assert code == 2 and err.count("\n") == 1 and "missing" in err and "Traceback" not in err
    (tmp_path / "notidx").mkdir()
    with pytest.raises(InputError, match="not a policyqa index"):
        Corpus.load(tmp_path / "notidx")
    policyqa.index(SEEDS, tmp_path / "idx")
    code, _, err = run(capsys, "index", tmp_path / "idx", "--out", tmp_path / "idx2")
    assert code == 2 and "is an index" in err
    (tmp_path / "idx" / store.MANIFEST).write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "ask", QUESTIONS[0], tmp_path / "idx")
    assert code == 2 and err.count("\n") == 1 and "index" in err


def test_a_moved_folder_is_left_out_and_comes_back_without_being_read(folder, tmp_path, monkeypatch):
    idx = tmp_path / "idx"
    n = len(policyqa.index(folder, idx).plans)
    away = folder.rename(tmp_path / "away")
    skipped: list[InputError] = []
    corpus = Corpus.load(idx, on_skip=skipped.append)
    assert corpus.plans == [] and len(skipped) == 1 and str(folder) in str(skipped[0])
    with pytest.raises(InputError, match="no such file"):
        policyqa.load(idx)
    away.rename(folder)
    seen = reads(monkeypatch)
    assert len(Corpus.load(idx).plans) == n and seen == []


def test_an_index_is_never_written_over_other_files(tmp_path, capsys):
    other = tmp_path / "notes"
    other.mkdir()
    (other / "keep.txt").write_text("mine", encoding="utf-8")
    code, _, err = run(capsys, "index", SEEDS, "--out", other)
    assert code == 2 and "is not an index" in err and err.count("\n") == 1
    assert [f.name for f in other.iterdir()] == ["keep.txt"]


def test_files_read_by_several_processes_make_the_same_index(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(segments, "PARALLEL_FILES", 2)
    one = policyqa.index(folder, tmp_path / "one", workers=1)
    two = policyqa.index(folder, tmp_path / "two", workers=2)
    same_results(one, two)
    for name in ("text.bin", "raw.bin", "passages.npy", "post.docs.npy", "post.weights.npy"):
        assert (tmp_path / "one" / "seg-000001" / name).read_bytes() == (tmp_path / "two" / "seg-000001" / name).read_bytes()


def test_merge_makes_one_segment_with_the_same_results(folder, tmp_path):
    idx = tmp_path / "idx"
    policyqa.index(folder, idx)
    for f in sorted(CORPUS.iterdir())[14:17]:
        shutil.copy(f, folder / ("zz_" + f.name))
        policyqa.index(folder, idx)
    os.unlink(folder / LANXI)
    grown = policyqa.index(folder, idx)
    assert grown.stored["segments"] > 1 and not grown._index.stored
    merged = policyqa.index(folder, idx, merge=True)
    assert merged.stored["segments"] == 1 and merged._index.stored  # the weights are stored again
    same_results(merged, grown)
    same_results(merged, Corpus(policyqa.load([folder])))


def test_the_repl_loads_an_index_with_its_search_index(folder, tmp_path):
    idx = tmp_path / "idx"
    policyqa.index(folder, idx)
    session = policyqa.Session([])
    reply = session.execute(f"/load {idx}")
    assert not reply.mistake and len(session.plans) == len(policyqa.load(folder))
    assert session.corpus.stored is not None  # the index's own, not one built again in memory
    reply = session.execute(QUESTIONS[2])
    assert reply.answer is not None and "130亿件" in reply.answer.answer


def test_a_read_only_index_still_opens_and_says_when_it_is_out_of_date(folder, tmp_path, monkeypatch):
    idx = tmp_path / "idx"
    n = len(policyqa.index(folder, idx).plans)

    def read_only(self):
        raise InputError(str(self.folder), "cannot write the index (Permission denied)")

    monkeypatch.setattr(store.Store, "locked", read_only)
    os.utime(folder / LANXI, (1, 1))  # touched, not changed: nothing to write
    assert len(Corpus.load(idx).plans) == n
    (folder / LANXI).write_text("改过了：本区将建设量子计算创新中心，力争2030年建成。\n" * 3, encoding="utf-8")
    with pytest.raises(InputError, match=r"out of date \(1 changed file\).*Permission denied"):
        Corpus.load(idx)  # never cited stale


def _fields(passage):
    import dataclasses

    return tuple(getattr(passage, f.name) for f in dataclasses.fields(passage))
