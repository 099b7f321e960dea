"""Every file is written whole or not at all (a full disk, a failing writer, an interrupted write leave
the previous file intact); usage mistakes on the command line are one line and exit 2; a batch ends
with what its calls used; what the cache could not store is said."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from policyqa.engines.llm.cache import Cache
from policyqa.cli import main
from policyqa.files import write_atomic

sys.path.insert(0, str(Path(__file__).parent))
from fakebatch import grounded_reply  # noqa: E402
from fakeserver import FakeServer, error  # noqa: E402

ROOT = Path(__file__).parents[1]
PLAN = ROOT / "evals" / "plans" / "003_26c80170ebd69532.txt"
SPEECHES = ROOT / "evals" / "plans" / "002_8aae07e36f419ad9.txt"


@pytest.fixture()
def llm_env(monkeypatch, tmp_path):
    monkeypatch.setenv("POLICYQA_CACHE_DIR", str(tmp_path / "cache"))
    for var in ("POLICYQA_API_KEY", "OPENAI_API_KEY", "POLICYQA_BASE_URL", "OPENAI_BASE_URL", "POLICYQA_MODEL"):
        monkeypatch.delenv(var, raising=False)


# -- whole or not at all ----------------------------------------------------------------------------
def test_a_failing_writer_leaves_the_previous_file_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "report.md"
    target.write_text("the previous report\n", encoding="utf-8")

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError):
        write_atomic(target, "a new report " * 1000)
    assert target.read_text(encoding="utf-8") == "the previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_an_interrupted_write_leaves_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "results.json"
    target.write_text("[]\n", encoding="utf-8")
    real_write = os.fdopen

    class Interrupted:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, text):
            self.f.write(text[: len(text) // 2])
            raise KeyboardInterrupt  # Ctrl-C halfway through

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **kw: Interrupted(real_write(fd, *a, **kw)))
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, json.dumps(list(range(10_000))))
    assert target.read_text(encoding="utf-8") == "[]\n" and [p.name for p in tmp_path.iterdir()] == ["results.json"]


def _write_big(path: str, limit: int) -> None:
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        write_atomic(path, "新的内容" * 10_000)
    except OSError as e:
        Path(path + ".error").write_bytes(str(e.errno).encode())  # a few bytes: under the limit


def test_a_write_past_a_file_size_limit_leaves_the_previous_file(tmp_path):
    target = tmp_path / "baseline.json"
    target.write_text('{"cases": {}}\n', encoding="utf-8")
    ctx = multiprocessing.get_context("spawn")
    p = ctx.Process(target=_write_big, args=(str(target), 4096))
    p.start()
    p.join(60)
    assert p.exitcode == 0 and (tmp_path / "baseline.json.error").read_text() == str(errno.EFBIG)
    assert target.read_text(encoding="utf-8") == '{"cases": {}}\n'
    assert sorted(x.name for x in tmp_path.iterdir()) == ["baseline.json", "baseline.json.error"]


def test_a_full_tmpfs_leaves_the_previous_file(tmp_path):
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root")
    mnt = tmp_path / "small"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)], capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        target = mnt / "transcript.md"
        write_atomic(target, "# the previous transcript\n")
        with pytest.raises(OSError) as ei:
            write_atomic(target, "长" * 100_000)  # 300 kB into 64 kB
        assert ei.value.errno == errno.ENOSPC
        assert target.read_text(encoding="utf-8") == "# the previous transcript\n" and [p.name for p in mnt.iterdir()] == ["transcript.md"]
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)


def test_repl_save_that_fails_keeps_the_previous_transcript(tmp_path, monkeypatch):
    import policyqa
    from policyqa.repl import Session

    session = Session(policyqa.load(SPEECHES), engine=policyqa.get_engine("offline"))
    session.execute("中欧班列开行了多少列？")
    out = tmp_path / "t.md"
    assert "saved 1 answers" in session.execute(f"/save {out}").text
    before = out.read_text(encoding="utf-8")
    session.execute("义乌的快递业务量是多少？")
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device")))
    from policyqa.errors import InputError

    with pytest.raises(InputError, match="No space left"):
        session.execute(f"/save {out}")
    assert out.read_text(encoding="utf-8") == before and [p.name for p in tmp_path.iterdir()] == ["t.md"]


def test_batch_output_is_written_whole_or_not_at_all(tmp_path, monkeypatch, capsys):
    out = tmp_path / "targets.json"
    assert main(["batch", "targets", str(SPEECHES), "--engine", "offline", "--json", "--output", str(out)]) == 0
    got = json.loads(out.read_text(encoding="utf-8"))
    assert len(got) == 8 and all(o["error"] is None for o in got) and capsys.readouterr().out == ""
    before = out.read_text(encoding="utf-8")
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device")))
    assert main(["batch", "summarize", str(SPEECHES), "--engine", "offline", "--json", "--output", str(out)]) == 2
    err = capsys.readouterr().err
    assert "No space left" in err and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == before and [p.name for p in tmp_path.iterdir()] == ["targets.json"]


# -- usage mistakes: one line, exit 2 -------------------------------------------------------------
@pytest.mark.parametrize("option", [
    ["--max-cost", "nan"], ["--max-cost", "inf"], ["--max-cost", "-1"], ["--per-second", "0"], ["--per-second", "-2"],
    ["--per-second", "nan"], ["--per-second", "inf"], ["--timeout", "nan"], ["--timeout", "0"], ["--deadline", "inf"], ["--deadline", "-5"],
    ["--concurrency", "0"], ["--max-tokens", "-1"],
])
def test_non_finite_budgets_rates_and_times_are_usage_errors(option, capsys, llm_env):
    with FakeServer(default=grounded_reply) as fake:
        code = main(["batch", "targets", str(PLAN), "--engine", "llm", "--base-url", fake.base_url, "--model", "fake", *option])
        sent = len(fake.chat_requests)
    err = capsys.readouterr().err
    assert code == 2 and sent == 0, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and option[0] in err


# -- what a batch used, and what the cache could not store -----------------------------------------
def test_batch_ends_with_calls_failed_calls_tokens_and_cost(capsys, llm_env, monkeypatch):
    monkeypatch.setenv("POLICYQA_API_KEY", "sk-test-000000000000")
    replies = [error(503, retry_after=0), error(503, retry_after=0)]
    with FakeServer(replies, default=grounded_reply) as fake:
        code = main(["batch", "targets", str(SPEECHES), "--base-url", fake.base_url, "--model", "fake", "--concurrency", "2"])
        sent = len(fake.chat_requests)
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert code == 0 and "8 of 8 plans done, 0 failed" in err
    assert f"{sent} calls, 2 failed, 0 cached" in err and "tokens" in err and "cost unknown" in err


def test_a_failed_plan_keeps_its_usage_and_is_listed_with_its_type(capsys, llm_env, monkeypatch):
    monkeypatch.setenv("POLICYQA_API_KEY", "sk-test-000000000000")

    def reply(req):
        return error(500, "upstream overloaded", retry_after=0) if "中欧班列开行1601列" in req.user else grounded_reply(req)  # retried at once

    with FakeServer(default=reply) as fake:
        code = main(["batch", "targets", str(SPEECHES), "--base-url", fake.base_url, "--model", "fake", "--json", "--no-cache"])
        sent = len(fake.chat_requests)
    out = json.loads(capsys.readouterr().out)
    failed = [o for o in out if o["error"]]
    assert code == 1 and len(failed) == 1 and failed[0]["error_type"] == "LLMError"
    assert failed[0]["usage"]["calls"] == 5 == failed[0]["usage"]["failed_calls"]  # five attempts, all kept
    assert sum(o["usage"]["calls"] for o in out) == sent


def test_the_cli_says_what_the_cache_could_not_store(capsys, llm_env, monkeypatch):
    monkeypatch.setenv("POLICYQA_API_KEY", "sk-test-000000000000")
    monkeypatch.setattr(Cache, "put", lambda self, key, value, **kw: (_ for _ in ()).throw(sqlite3.OperationalError("database or disk is full")))
    with FakeServer(default=grounded_reply) as fake:
        code = main(["targets", str(PLAN), "--base-url", fake.base_url, "--model", "fake", "--json"])
    captured = capsys.readouterr()
    assert code == 0 and json.loads(captured.out)[0]["targets"]
    assert "warning: 1 reply could not be written to the LLM cache" in captured.err and "disk is full" in captured.err
