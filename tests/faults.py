"""A fault campaign: many tiny plans through the LLM engine against a fake server that answers a share
of requests with a fault, mixed (transport faults, unreadable bodies, quota, hangs, and replies that
are broken, cut off, misshaped, empty without saying so, ungrounded, or with invented claims).

    figures = campaign(tmp_path, plans=120, task="measures", rate=0.3, seed=13)

What it measures (and what the test asserts):
- ``silent_empties``: plans "done" with no items although every plan has some and the fake never
  says "none": must be 0;
- ``lost``: plans with neither an output nor an error: must be 0;
- ``untyped``: failed plans whose error is not one of policyqa's types: must be 0;
- ``calls`` against ``requests``: every HTTP attempt counted, as the server counts them;
- ``invented``: claims in the outputs that their quotes do not hold: must be 0;
- a rerun on the same cache against a fault-free server: ``rerun_requests`` sent, each for a
  request whose reply did not pass the first time (``rerun_repeats`` requests that had passed: 0).

The fault a request gets is a function of the request and how many times it was seen (a seeded
hash), so a run's faults do not depend on thread timing. Used by tests/test_faults.py and
bench/faults.py.
"""

from __future__ import annotations

import collections
import hashlib
import json
import threading
from pathlib import Path
from typing import Any

from fakebatch import grounded_reply
from fakeserver import FakeServer, Reply, error, reset

TRANSPORT = ["429", "quota", "500", "503", "reset", "html", "not_json", "no_choices", "retry_after_nan", "hang"]
CONTENT = ["truncated", "cut_off", "wrong_key", "empty_without_none", "ungrounded", "scaled", "unit", "comparator", "year", "invented"]
KINDS = TRANSPORT + CONTENT
TYPED = {"LLMError", "QuotaExceeded", "DeadlineExceeded", "ValidationFailed", "BudgetExceeded"}
HTML = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"
HONEST = "这句话不在规划里，是模型编造的。"


def write_plans(folder: Path, n: int) -> None:
    """``n`` distinct short plans, each with two measures and three figures."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"plan{i:03d}.txt").write_text(
            f"兰溪市第{i + 1}号产业行动方案\n\n一、主要目标\n力争到2027年，新增国家高新技术企业{100 + i}家、省科技型中小企业{300 + 2 * i}家以上。\n\n"
            f"二、重点任务\n（一）培育产业集群。实施产业链链长制，建设省级智能工厂{10 + i}家。\n"
            f"（二）优化营商环境。深化“最多跑一次”改革，涉企审批事项办理时间压缩{20 + i % 30}%以上。\n", encoding="utf-8")


class FaultyModel:
    """The fake model: a careful one (tests/fakebatch.py's grounded_reply), except that a share
    ``rate`` of the requests get a fault of a kind drawn from ``KINDS``."""

    def __init__(self, rate: float, seed: int, *, kinds: list[str] | None = None, hang: float = 0.5):
        self.rate = rate
        self.seed = seed
        self.kinds = kinds or KINDS
        self.hang = hang
        self.seen: collections.Counter = collections.Counter()
        self.injected: collections.Counter = collections.Counter()
        self.passed: set[str] = set()  # bodies that got a good reply
        self.lock = threading.Lock()

    @staticmethod
    def body_of(req: Any) -> str:
        return json.dumps(req.body, sort_keys=True, ensure_ascii=False)

    def __call__(self, req: Any) -> Reply:
        body = self.body_of(req)
        with self.lock:
            n = self.seen[body]
            self.seen[body] += 1
        h = int.from_bytes(hashlib.sha256(f"{self.seed}|{n}|{body}".encode()).digest()[:8], "big")
        if (h % 10_000) / 10_000 >= self.rate:
            with self.lock:
                self.passed.add(body)
            return grounded_reply(req)
        kind = self.kinds[(h // 10_000) % len(self.kinds)]
        with self.lock:
            self.injected[kind] += 1
        return self.fault(kind, req)

    def fault(self, kind: str, req: Any) -> Reply:
        if kind == "429":
            return error(429, "Rate limit reached", retry_after=0)
        if kind == "quota":
            return error(429, "You exceeded your current quota", retry_after=3600)
        if kind in ("500", "503"):
            return error(int(kind))
        if kind == "reset":
            return reset()
        if kind == "html":
            return Reply(raw=HTML, headers={"Content-Type": "text/html"})
        if kind == "not_json":
            return Reply(raw=b'{"choices": [{"message": {"content": "')
        if kind == "no_choices":
            return Reply(raw=b'{"usage": {"prompt_tokens": 321, "completion_tokens": 9}, "choices": null}')
        if kind == "retry_after_nan":
            return Reply(status=429, message="slow down", headers={"Retry-After": "nan"})
        good = grounded_reply(req).content
        if kind == "hang":
            return Reply(content=good, latency=self.hang)
        listed = next(k for k in ("measures", "targets", "overview") if k in good)
        if kind == "truncated":
            text = json.dumps(good, ensure_ascii=False)
            return Reply(content=text[: len(text) * 2 // 3])
        if kind == "cut_off":
            return Reply(content=good, finish_reason="length")
        if kind == "wrong_key":
            return Reply(content={"items": good[listed]})
        if kind == "empty_without_none":
            return Reply(content={listed: []})

        def each(fn) -> None:
            def walk(node):
                if isinstance(node, dict):
                    fn(node)
                    for v in node.values():
                        walk(v)
                elif isinstance(node, list):
                    for v in node:
                        walk(v)
            walk(good)

        if kind == "ungrounded":
            each(lambda d: d.update(quote=HONEST) if "quote" in d else d.update(quotes=[HONEST]) if "quotes" in d else None)
        elif kind == "scaled":
            each(lambda d: d.update(value=d["value"] * 1000) if isinstance(d.get("value"), (int, float)) else None)
        elif kind == "unit":
            each(lambda d: d.update(unit="吨") if "unit" in d else None)
        elif kind == "comparator":
            each(lambda d: d.update(comparator="以内") if "comparator" in d else None)
        elif kind == "year":
            each(lambda d: d.update(year=2099) if "year" in d else None)
        elif kind == "invented":
            each(lambda d: d.update(title="关闭全部工厂", text="关闭全部工厂") if "title" in d and "text" in d else
                 d.update(metric="核弹头数量") if "metric" in d else None)
        return Reply(content=good)


def _invented(task: str, output: Any, plan: Any) -> int:
    """Claims in one plan's output that their quotes do not hold."""
    from policyqa.citations import verify
    from policyqa.engines.llm.grounding import figure_problem

    bad = 0
    items = output if isinstance(output, list) else []
    targets = items if task == "targets" else [t for m in items for t in m.targets]
    for t in targets:
        bad += (not verify(t.citation, plan)) or figure_problem(plan, t.citation, value=t.value, unit=t.unit, comparator=t.comparator,
                                                                year=t.year, original=t.original) is not None
        bad += t.unit == "吨" or t.comparator == "以内" or t.year == 2099 or "核弹头" in t.metric
    if task == "measures":
        for m in items:
            bad += "关闭全部工厂" in m.title or "关闭全部工厂" in m.text or any(not verify(c, plan) for c in m.citations)
    return bad


def campaign(tmp: Path, *, plans: int = 120, task: str = "measures", rate: float = 0.3, seed: int = 13, concurrency: int = 8,
             timeout: float = 0.3, hang: float = 0.5) -> dict:
    """Run ``task`` over ``plans`` tiny plans with faults, then again on the same cache without faults."""
    from policyqa import batch
    from policyqa.engines.llm.cache import Cache
    from policyqa.engines.llm.engine import LLMEngine
    from policyqa.structure.plan import load

    write_plans(tmp / "plans", plans)
    loaded = load(tmp / "plans")
    cache_path = tmp / "llm.sqlite"
    model = FaultyModel(rate, seed, hang=hang)
    settings = dict(retries=4, reasks=2, timeout=timeout, deadline=30.0)
    with FakeServer(default=model) as fake:
        engine = LLMEngine(base_url=fake.base_url, model="fake", api_key="sk-test", cache=Cache(cache_path), sleep=lambda _: None, backoff=0.0, **settings)
        result = batch.run(engine, loaded, task, concurrency=concurrency, progress=False)
        requests = len(fake.chat_requests)
    by_id = {p.id: p for p in loaded}
    figures: dict[str, Any] = {
        "plans": len(loaded), "task": task, "rate": rate, "requests": requests, "calls": engine.usage.calls,
        "failed_calls": engine.usage.failed_calls, "faults": sum(model.injected.values()), "faults_by_kind": dict(sorted(model.injected.items())),
        "done": len(result.done), "failed": len(result.failed),
        "failures_by_type": dict(collections.Counter(i.error_type for i in result.failed)),
        "failures": [f"{i.plan.id}: {i.error}" for i in result.failed],
        "silent_empties": sum(1 for i in result.done if not i.output),
        "lost": (len(loaded) - len(result)) + sum(1 for i in result if not i.ok and not i.error),
        "untyped": sum(1 for i in result.failed if i.error_type not in TYPED or not i.error),
        "invented": sum(_invented(task, i.output, by_id[i.plan.id]) for i in result.done),
        "dropped_claims": engine.usage.dropped_claims,
        "plan_usage_calls": sum((i.usage or {}).get("calls", 0) for i in result),
        "summary": f"{result} · {result.usage_line()}",
    }
    passed = set(model.passed)
    clean = FaultyModel(0.0, seed)
    with FakeServer(default=clean) as fake:
        again = LLMEngine(base_url=fake.base_url, model="fake", api_key="sk-test", cache=Cache(cache_path), sleep=lambda _: None, backoff=0.0, **settings)
        second = batch.run(again, loaded, task, concurrency=concurrency, progress=False)
        bodies = [FaultyModel.body_of(r) for r in fake.chat_requests]
    figures.update(
        rerun_requests=len(bodies), rerun_repeats=sum(1 for b in bodies if b in passed), rerun_calls=again.usage.calls,
        rerun_done=len(second.done), rerun_silent_empties=sum(1 for i in second.done if not i.output),
        rerun_failed_plans_asked=len({i.plan.id for i in second if (i.usage or {}).get("calls")}),
    )
    return figures
