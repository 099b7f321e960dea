"""The paper cuts a new user meets in the first hour: each one is gone and stays gone."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from policyqa.repl import Session, run_lines

ROOT = Path(__file__).parents[1]
PLAN = ROOT / "evals" / "plans" / "000_08dfb0cd4d043f74.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("API_KEY") and not k.endswith("BASE_URL")}
    return subprocess.run([sys.executable, "-m", "policyqa", *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)


@pytest.mark.parametrize("command", ["summarize", "measures", "batch"])
def test_no_jieba_banner_on_stderr(command):
    args = ["batch", "measures", str(PLAN), "--engine", "offline"] if command == "batch" else [command, str(PLAN)]
    r = run(*args)
    assert r.returncode == 0, r.stderr
    assert "Prefix dict" not in r.stderr and "Loading model" not in r.stderr


def test_scripted_repl_mistakes_exit_2_and_the_session_goes_on(tmp_path):
    for line in ("/load " + str(tmp_path / "missing.txt"), "/nonsense", "/use 99"):
        out = io.StringIO()
        status = run_lines(Session([]), [line, "/help"], out)
        assert status == 2, line
        assert "/quit" in out.getvalue()  # /help still answered after the mistake


def test_repl_help_lists_the_slash_commands():
    r = run("repl", "--help")
    assert r.returncode == 0 and "/load" in r.stdout and "/sources" in r.stdout and "/quit" in r.stdout


def test_an_unwritable_report_folder_is_bad_input(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    r = run("eval", "--engine", "offline", "--only", "q001", "--no-gate", "--report", str(blocker / "report"))
    assert r.returncode == 2 and r.stderr.strip() == f"policyqa: error: {blocker / 'report'}: cannot write to this folder (Not a directory)"


def test_batch_without_json_prints_the_results():
    r = run("batch", "targets", str(PLAN), "--engine", "offline")
    assert r.returncode == 0
    assert r.stdout.startswith("# 兰溪市 · 000_08dfb0cd4d043f74.txt ·") and "figures (offline engine)" in r.stdout
    assert "ok      兰溪市" in r.stderr and "1 of 1 plans done" in r.stderr


def test_texts_that_are_not_plans_get_a_warning(tmp_path):
    import policyqa

    english = tmp_path / "minutes.txt"
    english.write_text("The committee met on Tuesday to discuss the budget. Members agreed.\n" * 20)
    novel = tmp_path / "chapter.txt"
    novel.write_text("那天晚上，月亮很圆。他推开门，看见母亲坐在灯下缝衣服，一句话也没有说。“你回来了？”她头也不抬地问。\n" * 20)
    line = tmp_path / "line.txt"
    line.write_text(PLAN.read_text(encoding="utf-8").replace("\n", "") * 10)
    (e,), (n,), (one,), (plan,) = (policyqa.load(f) for f in (english, novel, line, PLAN))
    assert e.warnings[0].startswith("hardly any Chinese (0% of its letters)")
    assert n.warnings == ["does not read like a plan: few of the words plans are written in (发展, 推进, 建设, 目标 …)"]
    assert any("on 1 line: its line breaks were lost" in w for w in one.warnings)
    assert plan.warnings == []
    s = policyqa.get_engine("offline").summarize(e)
    assert s.warnings[-1].startswith("nothing to summarize")
    r = run("summarize", str(english))
    assert r.returncode == 0 and f"policyqa: warning: {english}: hardly any Chinese" in r.stderr
    assert f"policyqa: warning: {english}: nothing to summarize" in r.stderr
