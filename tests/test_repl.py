"""The REPL: the Session API, scripted use through stdin, and a real pseudo-terminal (pexpect)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import policyqa
from policyqa.citations import verify
from policyqa.models import ABSTAIN_ZH
from policyqa.repl import Session, run_lines

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "evals" / "plans"


@pytest.fixture(scope="module")
def plans():
    return policyqa.load(SEEDS)


@pytest.fixture()
def session(plans):
    return Session(list(plans), engine=policyqa.get_engine("offline"))


def test_a_question_is_answered_with_citations_that_verify(session, plans):
    reply = session.execute("中欧班列开行了多少列？")
    ans = reply.answer
    assert ans is not None and not ans.abstained
    assert "1601" in ans.answer
    by_id = {p.id: p for p in plans}
    assert ans.citations and all(verify(c, by_id[c.plan_id]) for c in ans.citations)
    # numbered marks after the answer, then each quote with its region and where it is
    assert "[1]" in reply.text.splitlines()[0]
    assert "义乌市 · 002_8aae07e36f419ad9.txt:27 [1410–1429]" in reply.text  # region · file:line [start–end]


def test_use_narrows_the_scope_to_one_plan(session):
    assert session.execute("/use 兰州新区").text.startswith("scope: 兰州新区")
    ans = session.execute("发展新质生产力的提出带来了什么？").answer
    assert ans.citations and {c.region for c in ans.citations} == {"兰州新区"}
    assert session.execute("/use all").text == "scope: all 12 plans"
    assert "no plan 99" in session.execute("/use 99").text
    assert session.execute("/use 安徽省").text.startswith("no plan for '安徽省'; regions: 义乌市")
    assert "4 plans for '区'" not in session.execute("/use 区").text  # several matches: asks to choose
    assert "choose one with /use N" in session.execute("/use 区").text


def test_an_unanswerable_question_abstains(session):
    ans = session.execute("马鞍山市2030年的人口目标是多少？").answer
    assert ans.abstained and ans.answer == ABSTAIN_ZH and not ans.citations


def test_plan_commands_need_one_plan_then_work(session):
    assert "choose it with /use" in session.execute("/measures").text
    session.execute("/use 1")  # seed 000, Lanxi: fifteen measures
    text = session.execute("/measures").text
    assert text.startswith("15 measures in 兰溪市")
    assert "figures in 兰溪市" in session.execute("/targets").text
    assert session.execute("/summary").text.strip()


def test_sources_show_the_passage_behind_the_last_answer(session):
    assert "ask a question first" in session.execute("/sources").text
    session.execute("义乌中欧班列发运了多少标箱？")
    text = session.execute("/sources").text
    assert text.startswith("[1] 义乌市")
    assert "13万标箱" in text


def test_save_writes_the_transcript_as_markdown(session, tmp_path):
    session.execute("中欧班列开行了多少列？")
    session.execute("火星基地建设目标是什么？")
    out = tmp_path / "t.md"
    assert "saved 2 answers" in session.execute(f"/save {out}").text
    md = out.read_text(encoding="utf-8")
    assert "## 中欧班列开行了多少列？" in md and "## 火星基地建设目标是什么？" in md
    assert "1601" in md and ABSTAIN_ZH in md
    assert "002_8aae07e36f419ad9.txt:27 [1410–1429]" in md


def test_unknown_commands_and_bad_engines_are_one_line(session):
    assert session.execute("/frobnicate").text == "unknown command /frobnicate; /help lists them"
    with pytest.raises(policyqa.ConfigError):
        session.execute("/engine nonsense")
    assert session.execute("/cost").text == "offline engine: no tokens, no cost"
    assert session.execute("/lang en").text == "language: en"
    ans = session.execute("Which regions mention the China-Europe Railway Express?").answer
    assert ans.citations


def test_scripted_lines_keep_going_after_an_error(session, tmp_path):
    import io

    out = io.StringIO()
    status = run_lines(session, ["/engine nonsense", "中欧班列开行了多少列？", "/quit", "never read"], out, json_lines=True)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert status == 2  # a user's mistake happened, was reported, and the session went on
    assert "error" in rows[0] and "nonsense" in rows[0]["error"]
    assert "1601" in rows[1]["answer"] and rows[1]["engine"] == "offline"
    assert len(rows) == 2


def _cli(*args: str, stdin: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "POLICYQA_HISTORY": str(home / "hist")}
    env.pop("OPENAI_API_KEY", None)
    return subprocess.run([sys.executable, "-m", "policyqa", "repl", *args], input=stdin, capture_output=True, text=True, env=env, timeout=120)


def test_cli_reads_questions_from_stdin(tmp_path):
    r = _cli(str(SEEDS), stdin="中欧班列开行了多少列？\n/use 兰溪市\n/measures\n", home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "1601" in r.stdout and "[1] 义乌市" in r.stdout
    assert "scope: 兰溪市" in r.stdout and "15 measures in 兰溪市" in r.stdout


def test_cli_json_lines(tmp_path):
    r = _cli(str(SEEDS), "--json", stdin="中欧班列开行了多少列？\n哪些地方提到中欧班列？\n", home=tmp_path)
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [set(row) >= {"question", "answer", "abstained", "citations", "engine"} for row in rows] == [True, True]


def test_cli_bad_path_is_one_line(tmp_path):
    r = _cli(str(tmp_path / "missing"), stdin="", home=tmp_path)
    assert r.returncode == 2 and "missing" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


# -- a real terminal ---------------------------------------------------------------------------
SLOW = textwrap.dedent(
    """
    import sys, time
    import policyqa
    from policyqa.repl import Session, run

    class Slow:
        '''The offline engine, but questions with 慢 in them take a minute (to be cancelled).'''
        def __init__(self):
            self.inner = policyqa.get_engine("offline")
            self.name = "slow-offline"
        def ask(self, question, plans):
            if "慢" in question:
                time.sleep(60)
            return self.inner.ask(question, plans)
        def __getattr__(self, name):
            return getattr(self.inner, name)

    sys.exit(run(Session(policyqa.load(sys.argv[1]), engine=Slow())))
    """
)


def _spawn(args: list[str], home: Path):
    pexpect = pytest.importorskip("pexpect")
    env = {**os.environ, "HOME": str(home), "POLICYQA_HISTORY": str(home / "hist"), "PROMPT_TOOLKIT_NO_CPR": "1", "TERM": "xterm", "COLUMNS": "120", "LINES": "40"}
    env.pop("OPENAI_API_KEY", None)
    child = pexpect.spawn(sys.executable, args, env=env, encoding="utf-8", timeout=60, dimensions=(40, 120))
    child.delaybeforesend = 1.0  # let prompt_toolkit take the terminal before typing, as a person would
    child.logfile_read = open(home / "terminal.log", "w", encoding="utf-8")  # noqa: SIM115 (read when a test fails)
    return child


def test_terminal_session_ask_cancel_and_leave(tmp_path):
    script = tmp_path / "slow_repl.py"
    script.write_text(SLOW, encoding="utf-8")
    child = _spawn([str(script), str(SEEDS)], tmp_path)
    child.expect("12 plans loaded · engine: slow-offline")
    child.expect(r"policyqa\[all\]>")
    child.sendline("中欧班列开行了多少列？")
    child.expect("1601")
    child.expect(r"\[1\] 义乌市")
    child.expect(r"policyqa\[all\]>")
    child.sendline("这个问题很慢")  # a long answer: Ctrl-C cancels it and the prompt comes back
    import time

    time.sleep(1.0)
    child.sendintr()
    child.expect(r"\(cancelled\)")
    child.expect(r"policyqa\[all\]>")
    child.sendline("/use 兰州新区")
    child.expect("scope: 兰州新区")
    child.expect(r"policyqa\[兰州新区\]>")
    child.sendline("/nonsense")
    child.expect("unknown command /nonsense")
    child.expect(r"policyqa\[兰州新区\]>")
    child.sendline("/quit")
    child.expect("bye")
    child.expect(pytest.importorskip("pexpect").EOF)
    child.close()
    assert child.exitstatus == 0
    assert "中欧班列开行了多少列？" in (tmp_path / "hist").read_text(encoding="utf-8")  # history persists


def test_terminal_cli_repl_answers_in_chinese(tmp_path):
    child = _spawn(["-m", "policyqa", "repl", str(SEEDS)], tmp_path)
    child.expect("12 plans loaded · engine: offline")
    child.sendline("/help")
    child.expect("/sources")
    child.sendline("哪些地方提到中欧班列？")
    child.expect(r"\[1\]")
    child.expect(r"policyqa\[all\]>")
    child.sendeof()  # Ctrl-D leaves
    child.expect("bye")
    child.expect(pytest.importorskip("pexpect").EOF)


def test_switching_engine_keeps_the_sessions_options(tmp_path, monkeypatch):
    """/engine NAME builds the new engine from the session's options: its cache, endpoint and budget stay."""
    import policyqa.engines as engines
    from policyqa.engines import EngineOptions

    built = []
    real = engines.build_engine

    def spy(options):
        built.append(options)
        return real(options.with_(name="offline"))  # no endpoint here: an offline engine stands in

    monkeypatch.setattr(engines, "build_engine", spy)
    opts = EngineOptions(name="offline", base_url="http://127.0.0.1:9/v1", model="m", cache="CACHE", budget="BUDGET")
    import io

    s = Session(plans=policyqa.load(Path(__file__).parents[1] / "evals" / "plans")[:1], options=opts)
    out = io.StringIO()
    run_lines(s, ["/engine llm"], out)
    last = built[-1]
    assert (last.name, last.base_url, last.model, last.cache, last.budget) == ("llm", "http://127.0.0.1:9/v1", "m", "CACHE", "BUDGET")
