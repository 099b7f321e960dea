"""The `plans` and `clean` commands as a user runs them: output, --json shape, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "evals" / "plans"
CORPUS = Path(__file__).parents[2] / "shared" / "corpus"
KEYS = {"id", "source", "start", "end", "title", "region", "level", "author", "date", "issuer", "quality"}


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policyqa", *args], capture_output=True, text=True, cwd=ROOT, timeout=120, env={**os.environ, **env})


def test_plans_json_lists_every_plan_with_its_fields():
    r = run("plans", str(SEEDS), "--json")
    assert r.returncode == 0, r.stderr
    plans = json.loads(r.stdout)
    assert len(plans) == 12  # 000, 001, 003, 004 one each; 002 holds eight speeches
    for p in plans:
        assert set(p) == KEYS
        assert isinstance(p["start"], int) and isinstance(p["end"], int) and p["start"] < p["end"]
        assert isinstance(p["quality"], dict)
    by_source = {}
    for p in plans:
        by_source.setdefault(Path(p["source"]).name[:3], []).append(p)
    assert len(by_source["002"]) == 8
    assert by_source["001"][0]["region"] == "马鞍山市"
    assert by_source["001"][0]["quality"]["pinyin"] >= 455
    assert by_source["003"][0]["quality"]["junk"] == 7
    # ids are stable across runs
    assert [p["id"] for p in json.loads(run("plans", str(SEEDS), "--json").stdout)] == [p["id"] for p in plans]


def test_plans_table_for_people():
    r = run("plans", str(SEEDS / "004_242c219d5e2dc360.txt"), COLUMNS="200")
    assert r.returncode == 0 and "兰州新区" in r.stdout and r.stderr == ""


def test_clean_prints_clean_text_and_reports_what_was_repaired():
    r = run("clean", str(SEEDS / "001_b7ec731a890b3eaa.txt"), "--report")
    assert r.returncode == 0, r.stderr
    assert "創新" in r.stdout and "(chuàng)" not in r.stdout
    assert "001_b7ec731a890b3eaa.txt: " in r.stderr and "pinyin 46" in r.stderr
    r = run("clean", str(SEEDS / "003_26c80170ebd69532.txt"))
    assert "SUCAI198" not in r.stdout and "微信扫码" not in r.stdout and r.stdout.startswith("促进港产联动")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")
def test_the_corpus_reads_without_a_traceback():
    r = run("plans", str(CORPUS), "--json")
    assert r.returncode == 0, r.stderr
    sources = {Path(p["source"]).name[:2] for p in json.loads(r.stdout)}
    assert sources == {"01", "02", "03", "04", "05", "06", "07"}


def _bad(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    loop = tmp_path / "loop"
    loop.mkdir()
    (loop / "again").symlink_to(loop, target_is_directory=True)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xa1\xff\x80\xfe" * 40)
    return {
        "missing": (tmp_path / "missing.txt", "no such file or directory"),
        "loop": (loop, "directory loop"),
        "empty": (empty, "empty file"),
        "binary": (binary, "binary file"),
        "undecodable": (bad, "undecodable"),
    }


@pytest.mark.parametrize(
    "command, case",
    [("plans", "missing"), ("plans", "loop"), ("plans", "empty"), ("plans", "binary"), ("plans", "undecodable"), ("clean", "missing"), ("clean", "binary")],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, case, command):
    path, reason = _bad(tmp_path)[case]
    r = run(command, str(path))
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().split("\n")
    assert len(lines) == 1 and "Traceback" not in r.stderr
    assert lines[0].startswith("policyqa: error: ") and reason in lines[0]
    assert str(path) in lines[0]


def test_a_bad_file_among_good_ones_still_fails_naming_it(tmp_path):
    missing = tmp_path / "gone.txt"
    r = run("plans", str(SEEDS / "000_08dfb0cd4d043f74.txt"), str(missing), "--json")
    assert r.returncode == 2 and str(missing) in r.stderr and "Traceback" not in r.stderr


def test_usage_errors_exit_2():
    r = run("plans")
    assert r.returncode == 2 and "PATH" in r.stderr
    assert run("plans", str(SEEDS), "--nope").returncode == 2


# -- folders that hold bad files ---------------------------------------------------------------
def _mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_bytes((SEEDS / "000_08dfb0cd4d043f74.txt").read_bytes())
    (folder / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "sub" / "c.txt").write_bytes((SEEDS / "004_242c219d5e2dc360.txt").read_bytes())
    (folder / "sub" / "d.html").write_bytes(b"\xa1\xff\x80\xfe" * 40)
    (folder / "photo.png").write_bytes(b"\x89PNG")  # not a plan file: not read, not reported
    return folder


def test_a_folder_run_reads_what_it_can_names_what_it_skipped_and_exits_2(tmp_path):
    folder = _mixed_folder(tmp_path)
    r = run("plans", str(folder), "--json")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert [Path(p["source"]).name for p in json.loads(r.stdout)] == ["a.txt", "c.txt"]
    lines = r.stderr.strip().splitlines()
    assert lines[0] == f"policyqa: skipped {folder / 'b.txt'}: binary file (a PNG image), not text: save it as text, HTML or PDF"
    assert lines[1].startswith(f"policyqa: skipped {folder / 'sub' / 'd.html'}: undecodable")
    assert lines[2].startswith("policyqa: 2 files skipped") and len(lines) == 3


def test_strict_stops_at_the_first_bad_file(tmp_path):
    folder = _mixed_folder(tmp_path)
    r = run("plans", str(folder), "--json", "--strict")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip() == f"policyqa: error: {folder / 'b.txt'}: binary file (a PNG image), not text: save it as text, HTML or PDF"


def test_an_empty_folder_is_bad_input(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.docx").write_bytes(b"PK\x03\x04")
    r = run("plans", str(tmp_path / "empty"))
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip().startswith(f"policyqa: error: {tmp_path / 'empty'}: empty folder: no files to read in it (")
    assert "it holds 1 .docx" in r.stderr


def test_summarise_is_summarize_and_paths_have_help():
    assert run("summarise", str(SEEDS / "000_08dfb0cd4d043f74.txt")).stdout == run("summarize", str(SEEDS / "000_08dfb0cd4d043f74.txt")).stdout
    r = run("summarize", "--help")
    assert "PATH" in r.stdout and "a folder of them" in r.stdout and "--strict" in r.stdout
