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


def _issue_inputs(tmp_path: Path) -> dict[str, Path]:
    """Each input issue 14 measured on main (exit 1, a hang, mojibake or a runaway), made small."""
    seed = PLAN.read_text(encoding="utf-8")
    trad = (ROOT / "evals" / "plans" / "004_242c219d5e2dc360.txt").read_text(encoding="utf-8")
    files = {
        "html": ("t.html", "<!doctype html><html><head><title>t</title></head><body><p>一、总体要求。</p><p>二、主要任务。</p></body></html>".encode()),
        "markdown post": ("post.md", '<p cms-style="font-L">一、总体要求。</p>\n<p cms-style="font-L">二、主要任务。</p>\n<p>三、保障措施。</p>'.encode()),
        "cp950": ("tw.txt", (trad[:2000] + "碁銹裏墻恒粧嫺。").encode("cp950", "ignore")),
        "big5hkscs": ("hk.txt", ("香港特區政府推動啓德發展，㗎嘢。" + trad[:2000]).encode("big5hkscs", "ignore")),
        "nul after 。": ("nul.txt", seed.replace("。", "。\x00").encode()),
        "english": ("en.txt", b"The committee met on Tuesday to discuss the budget.\n" * 50),
        "one long line": ("line.txt", seed.replace("\n", "").encode() * 8),
    }
    out = {}
    for case, (name, data) in files.items():
        (tmp_path / name).write_bytes(data)
        out[case] = tmp_path / name
    os.mkfifo(tmp_path / "fifo.txt")
    out["fifo"] = tmp_path / "fifo.txt"
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    out["self symlink"] = tmp_path / "self.txt"
    (tmp_path / "empty").mkdir()
    out["empty folder"] = tmp_path / "empty"
    out["device"] = Path("/dev/zero")
    return out


@pytest.mark.parametrize("case", ["html", "markdown post", "cp950", "big5hkscs", "nul after 。", "english", "one long line", "fifo", "self symlink", "empty folder", "device"])
def test_every_input_of_the_issue_gives_a_document_or_one_line_and_exit_2(tmp_path, case):
    path = _issue_inputs(tmp_path)[case]
    if not path.exists() and not path.is_symlink() and case == "device":
        pytest.skip("no /dev/zero here")
    r = run("summarize", str(path))
    assert r.returncode in (0, 2), r.stderr
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
    if r.returncode == 2:
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"policyqa: error: {path}: "), r.stderr
    else:
        assert r.stdout.strip()
