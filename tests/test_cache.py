"""The LLM cache: stable keys, no credentials stored, atomic writes from threads and processes, stats/clear, CLI."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
import threading
from pathlib import Path

import pytest

from policyqa.engines.llm.cache import Cache, default_cache_dir
from policyqa.cli import main

ROOT = Path(__file__).parents[1]
SEED = ROOT / "evals" / "plans" / "000_08dfb0cd4d043f74.txt"
API_KEY = "sk-test-4f1d9c2b7e6a5d3c8b0a"


def _parts(**change):
    text = SEED.read_text("utf-8")[:400]
    parts = {
        "endpoint": "https://api.deepseek.com/v1",
        "model": "deepseek-chat",
        "prompt": "summarize",
        "prompt_version": "1",
        "messages": [{"role": "system", "content": "你是政策分析助手。"}, {"role": "user", "content": text}],
        "schema": {"type": "object", "properties": {"overview": {"type": "string"}}, "required": ["overview"]},
        "params": {"temperature": 0, "max_tokens": 800},
    }
    parts.update(change)
    return parts


def test_same_inputs_same_key_whatever_the_order():
    a = Cache.key(**_parts())
    shuffled = dict(reversed(list(_parts().items())))
    shuffled["params"] = {"max_tokens": 800, "temperature": 0}
    assert Cache.key(**shuffled) == a
    assert len(a) == 64 and int(a, 16) >= 0


@pytest.mark.parametrize(
    "change",
    [
        {"endpoint": "https://dashscope.aliyuncs.com/compatible-mode/v1"},
        {"model": "deepseek-reasoner"},
        {"prompt": "measures"},
        {"prompt_version": "2"},
        {"messages": [{"role": "user", "content": "兰溪市"}]},
        {"schema": {"type": "object"}},
        {"params": {"temperature": 0.2, "max_tokens": 800}},
        {"params": {"temperature": 0, "max_tokens": 801}},
    ],
)
def test_any_part_changed_gives_a_new_key(change):
    assert Cache.key(**_parts(**change)) != Cache.key(**_parts())


def test_credentials_are_not_key_material():
    base = Cache.key(**_parts())
    with_key = Cache.key(**_parts(api_key=API_KEY, headers={"Authorization": f"Bearer {API_KEY}"}))
    assert with_key == Cache.key(**_parts(headers={}))
    other_key = Cache.key(**_parts(api_key="sk-someone-else-000000000000", headers={"Authorization": "Bearer sk-someone-else-000000000000"}))
    assert with_key == other_key  # a recorded run replays with any key, or none
    assert Cache.key(**_parts(endpoint=f"https://user:{API_KEY}@api.deepseek.com/v1/?api_key={API_KEY}")) == base
    assert Cache.key(**_parts(endpoint="https://API.deepseek.com/v1/")) == base


def test_put_get_and_no_key_in_the_file(tmp_path):
    cache = Cache(tmp_path / "llm.sqlite")
    k = cache.key(**_parts(api_key=API_KEY))
    assert cache.get(k) is None
    value = {"choices": [{"message": {"content": '{"overview": "兰溪市加快发展新质生产力"}'}}], "usage": {"prompt_tokens": 321, "completion_tokens": 20}}
    cache.put(k, {**value, "api_key": API_KEY, "request_headers": {"Authorization": f"Bearer {API_KEY}"}})
    got = cache.get(k)
    assert got["choices"] == value["choices"] and got["usage"] == value["usage"]
    assert "api_key" not in got and got["request_headers"] == {}
    cache.close()
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert API_KEY.encode() not in data
    assert "兰溪市加快发展新质生产力".encode() in data  # the value really is in the file


def test_default_location(monkeypatch, tmp_path):
    monkeypatch.setenv("POLICYQA_CACHE_DIR", str(tmp_path / "pc"))
    assert Cache().path == tmp_path / "pc" / "llm.sqlite"
    monkeypatch.delenv("POLICYQA_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "policyqa"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "policyqa"
    assert Cache(tmp_path).path == tmp_path / "llm.sqlite"  # a directory gets the default file name


def test_threads_write_and_read_atomically(tmp_path):
    cache = Cache(tmp_path / "llm.sqlite")
    errors: list[BaseException] = []

    def work(t: int) -> None:
        try:
            for i in range(40):
                k = cache.key(thread=t, i=i)
                cache.put(k, {"t": t, "i": i, "text": "创新" * 200})
                got = cache.get(k)
                if got != {"t": t, "i": i, "text": "创新" * 200}:
                    errors.append(AssertionError(f"{t}/{i}: {got!r}"))
                cache.put(cache.key(shared=i), {"writer": t, "i": i})
        except BaseException as e:  # noqa: BLE001  (collected and reported by the test)
            errors.append(e)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    assert len(cache) == 8 * 40 + 40
    for i in range(40):  # the last writer wins, whole: never a mixture
        v = cache.get(cache.key(shared=i))
        assert v["i"] == i and 0 <= v["writer"] < 8
    con = sqlite3.connect(cache.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _writer(path: str, n: int, proc: int) -> None:
    c = Cache(path)
    for i in range(n):
        c.put(c.key(proc=proc, i=i), {"proc": proc, "i": i})
        c.get(c.key(proc=(proc + 1) % 3, i=i))


def test_several_processes_share_one_file(tmp_path):
    path = str(tmp_path / "llm.sqlite")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, 30, p)) for p in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    cache = Cache(path)
    assert len(cache) == 90
    assert all(cache.get(cache.key(proc=p, i=i)) == {"proc": p, "i": i} for p in range(3) for i in range(30))


def test_stats_and_clear(tmp_path):
    cache = Cache(tmp_path / "llm.sqlite")
    assert cache.stats()["entries"] == 0
    for i in range(5):
        cache.put(cache.key(i=i), {"i": i})
    cache.get(cache.key(i=0))
    cache.get(cache.key(i=1))
    cache.get(cache.key(i=99))
    s = cache.stats()
    assert (s["entries"], s["hits"], s["misses"]) == (5, 2, 1)
    assert s["bytes"] > 0 and s["path"] == str(tmp_path / "llm.sqlite")
    assert Cache(tmp_path / "llm.sqlite").stats()["hits"] == 2  # counted in the file, seen by another instance
    assert cache.clear() == 5
    assert cache.stats()["entries"] == 0 and cache.get(cache.key(i=0)) is None


def test_unwritable_location_is_a_config_error(tmp_path):
    from policyqa.errors import ConfigError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ConfigError, match="cannot open the LLM cache"):
        Cache(blocker / "sub" / "llm.sqlite").stats()


def test_cli_cache_stats_and_clear(tmp_path, capsys):
    path = tmp_path / "c.sqlite"
    cache = Cache(path)
    for i in range(3):
        cache.put(cache.key(i=i), {"i": i})
    cache.close()
    assert main(["cache", "stats", "--cache", str(path), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["entries"] == 3 and stats["path"] == str(path)
    assert main(["cache", "stats", "--cache", str(path)]) == 0
    out = capsys.readouterr().out
    assert "3" in out and str(path) in out
    assert main(["cache", "clear", "--cache", str(path)]) == 0
    assert "3" in capsys.readouterr().out
    assert Cache(path).stats()["entries"] == 0


def test_cli_cache_uses_the_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("POLICYQA_CACHE_DIR", str(tmp_path))
    Cache().put("k", {"v": 1})
    assert main(["cache", "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["entries"] == 1


# -- with the LLM engine against the fake server ----------------------------------------------
def test_a_run_against_the_fake_server_stores_no_key_and_replays_offline(tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from fakebatch import grounded_reply
    from fakeserver import FakeServer

    from policyqa.engines.llm.engine import LLMEngine
    from policyqa.structure.plan import load

    plans = load(ROOT / "evals" / "plans")[:4]
    path = tmp_path / "llm.sqlite"
    with FakeServer(default=grounded_reply, api_key=API_KEY) as fake:
        url = fake.base_url
        rec = LLMEngine(base_url=url, model="fake", api_key=API_KEY, cache=Cache(path))
        recorded = [rec.summarize(p) for p in plans] + [rec.ask("义乌中欧班列开行了多少列？", plans)]
        sent = len(fake.chat_requests)
    assert sent >= len(plans) + 1
    assert all({k.lower(): v for k, v in r.headers.items()}.get("authorization") == f"Bearer {API_KEY}" for r in fake.chat_requests)  # the key was sent...
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert API_KEY.encode() not in data and b"Bearer" not in data  # ...and never written down
    # the server is gone: a replay with another key (or none) answers from the cache alone
    replay = LLMEngine(base_url=url, model="fake", api_key="sk-another-key-000000", cache=Cache(path))
    replayed = [replay.summarize(p) for p in plans] + [replay.ask("义乌中欧班列开行了多少列？", plans)]
    assert replayed == recorded
    assert replay.usage.calls == 0 and replay.usage.cached_calls == len(plans) + 1
    del replay  # hit counts reach the file with the next write, stats(), close(), or when the cache is dropped
    import gc

    gc.collect()
    assert Cache(path).stats()["hits"] >= len(plans) + 1  


def test_an_empty_cache_is_still_a_cache(tmp_path):
    cache = Cache(tmp_path / "llm.sqlite")
    assert len(cache) == 0 and bool(cache) is True  # `cache or default` keeps it


# -- leases: a request under way is waited for, not sent twice -----------------------------------
def test_a_lease_is_held_once_released_and_taken_over_when_expired_or_its_owner_died(tmp_path):
    import os
    import subprocess
    import sys as _sys

    path = tmp_path / "llm.sqlite"
    a, b = Cache(path), Cache(path)
    assert a.acquire("k", 30) is True
    assert b.acquire("k", 30) is False and a.acquire("k", 30) is False  # held: everyone else waits
    assert b.holder("k") == a.owner
    b.release("k")  # not b's to release
    assert b.acquire("k", 30) is False
    a.release("k")
    assert b.acquire("k", 0.0) is True  # free again; b's lease expires at once
    assert a.acquire("k", 30) is True  # an expired lease is taken over
    a.release("k")
    dead = subprocess.run([_sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout.strip()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO leases(key, owner, host, pid, expires) VALUES('d', 'gone', ?, ?, 1e12)", (__import__("socket").gethostname(), int(dead)))
    conn.close()
    assert a.acquire("d", 30) is True  # its owner's process is gone
    assert os.getpid() != int(dead)


def test_entries_carry_their_time_and_lookups_count_once(tmp_path):
    cache = Cache(tmp_path / "llm.sqlite")
    cache.put("k", {"content": "x", "valid": False})
    value, created = cache.entry("k")
    assert value["valid"] is False and created > 0
    assert cache.entry("missing") is None and cache.hits == cache.misses == 0  # entry() counts nothing


# -- keys made once per prompt, writes made together -------------------------------------------
@pytest.mark.parametrize("vary", ["messages", "aaa", "zzz", "api_key", "format"])
def test_a_key_made_from_its_fixed_parts_once_is_the_key_cache_key_makes(vary):
    from policyqa.engines.llm.cache import keyer

    fixed = _parts(endpoint="https://user:pw@api.deepseek.com/v1/?token=x", api_key=API_KEY, served="gemma")
    value = fixed.pop("messages") + [{"role": "user", "content": "Bearer abcdefghijklmnop", "authorization": "x"}]
    fixed.pop(vary, None)
    make = keyer(vary, **fixed)
    assert make(value) == Cache.key(**fixed, **{vary: value})
    assert make(value[:1]) == Cache.key(**fixed, **{vary: value[:1]}) and (make(value) != make(value[:1])) == (vary != "api_key")


def test_a_cache_written_before_still_answers(tmp_path):
    """The engine's keys are those ``Cache.key`` makes of a request's parts (the format of every
    cache written before): a reply stored under such a key is replayed without a request."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from fakebatch import grounded_reply
    from fakeserver import FakeServer

    from policyqa.engines.llm.client import cache_endpoint
    from policyqa.engines.llm.engine import LLMEngine
    from policyqa.engines.llm.prompts import load_prompt
    from policyqa.structure.plan import load

    plan = load(ROOT / "evals" / "plans")[0]
    prompt = load_prompt("summarize")
    with FakeServer(default=grounded_reply) as fake:
        sender = LLMEngine(base_url=fake.base_url, model="fake", api_key=API_KEY, cache=None)
        sender.summarize(plan)  # no cache: what is sent
        body = fake.chat_requests[-1].body
        reply = grounded_reply(fake.chat_requests[-1])
        served = sender.client.served_model()  # a server on this machine: the model it serves is part of the key
        old = Cache.key(endpoint=cache_endpoint(fake.base_url), model="fake", prompt=prompt.name, prompt_version=prompt.version,
                        messages=body["messages"], schema=body.get("response_format"),
                        params={k: v for k, v in body.items() if k not in ("model", "messages", "response_format")},
                        **({"served": served} if served is not None else {}))
        cache = Cache(tmp_path / "llm.sqlite")
        cache.put(old, {"content": json.dumps(reply.content, ensure_ascii=False), "prompt_tokens": 1, "completion_tokens": 1,
                        "mode": "json_schema", "finish_reason": "stop", "valid": True})
        n = len(fake.chat_requests)
        e = LLMEngine(base_url=fake.base_url, model="fake", api_key=API_KEY, cache=cache)
        e.summarize(plan)
        assert len(fake.chat_requests) == n and e.usage.cached_calls == 1


def test_writes_from_many_threads_at_once_each_get_their_own_outcome(tmp_path):
    """Writes waiting together go in one transaction; a lease is still held by one thread only, and
    a write that fails fails alone."""
    cache = Cache(tmp_path / "llm.sqlite")
    won: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(24)

    def broken(value, created):
        raise RuntimeError("a check that breaks")

    def work(t: int) -> None:
        start.wait()
        try:
            if cache.acquire("shared", 30):
                won.append(t)
            assert cache.acquire(f"own-{t}", 30) is True
            cache.put(f"entry-{t}", {"t": t}, release=True)
            if t % 6 == 0:
                cache.acquire(f"entry-{t}", 30, answered=broken)
        except BaseException as e:  # noqa: BLE001  (collected and checked by the test)
            errors.append(e)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(24)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(won) == 1 and cache.holder("shared") == cache.owner
    assert sorted(str(e) for e in errors) == ["a check that breaks"] * 4  # only the four broken checks failed
    assert all(cache.get(f"entry-{t}") == {"t": t} for t in range(24)) and all(cache.holder(f"own-{t}") == cache.owner for t in range(24))
