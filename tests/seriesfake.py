"""A scripted engine for compare/track tests: figures written by hand, cited at their real offsets.

The tests of compare and track must not depend on what today's offline extractor gets right or
wrong (its kind and year are being improved elsewhere), so they read figures a person wrote down
for the fixture reports in tests/fixtures/series/ (invented texts, see the README there).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from policyqa.citations import cite, verify
from policyqa.models import Target
from policyqa.structure.numbers import normalise

FIXTURES = Path(__file__).parent / "fixtures" / "series"
H2023 = FIXTURES / "huzhou_gwr_2023.txt"
H2024 = FIXTURES / "huzhou_gwr_2024.txt"
LABELS = Path(__file__).parent / "fixtures" / "series_labels"
SEED_002 = Path(__file__).parents[1] / "evals" / "plans" / "002_8aae07e36f419ad9.txt"


def figure(plan: Any, sentence: str, original: str, metric: str, value: float, unit: str | None, comparator: str | None = None,
           year: int | None = None, kind: str = "target") -> Target:
    """A Target whose citation is ``sentence`` as it stands in the plan (which must hold ``original``)."""
    i = plan.text.index(sentence)
    assert original in sentence, (original, sentence)
    c = cite(plan, plan.clean_start + i, plan.clean_start + i + len(sentence))
    assert verify(c, plan)
    v, u = normalise(value, unit)
    return Target(metric=metric, value=v, unit=u, comparator=comparator, year=year, kind=kind, original=original, citation=c)  # type: ignore[arg-type]


# (sentence, original, metric, value, unit, comparator, year, kind) per fixture file: what a careful reader finds
SCRIPT: dict[str, list[tuple[Any, ...]]] = {
    "huzhou_gwr_2023.txt": [
        ("过去一年，全市地区生产总值达到3850亿元，同比增长4.2%。", "3850亿元", "地区生产总值", 3850, "亿元", "达到", 2022, "result"),
        ("过去一年，全市地区生产总值达到3850亿元，同比增长4.2%。", "4.2%", "地区生产总值增长", 4.2, "%", None, 2022, "result"),
        ("一般公共预算收入增长6.1%。", "6.1%", "一般公共预算收入增长", 6.1, "%", None, 2022, "result"),
        ("今年经济社会发展的主要预期目标是：地区生产总值增长5.5%—6%；", "5.5%—6%", "地区生产总值增长", 6, "%", "range", None, "target"),
        ("一般公共预算收入增长6%以上；", "6%以上", "一般公共预算收入增长", 6, "%", "以上", None, "target"),
        ("规模以上工业增加值增长7%左右；", "7%左右", "规模以上工业增加值增长", 7, "%", "左右", None, "target"),
        ("社会消费品零售总额增长6%；", "6%", "社会消费品零售总额增长", 6, "%", None, None, "target"),
        ("城镇调查失业率控制在5%以内；", "5%以内", "城镇调查失业率", 5, "%", "以内", None, "target"),
        ("居民消费价格涨幅3%左右；", "3%左右", "居民消费价格涨幅", 3, "%", "左右", None, "target"),
        ("研发经费投入强度提高0.1个百分点；", "0.1个百分点", "研发经费投入强度提高", 0.1, "个百分点", None, None, "target"),
        ("单位地区生产总值能耗下降3%；", "3%", "单位地区生产总值能耗下降", 3, "%", None, None, "target"),
        ("新增国家高新技术企业300家以上。", "300家以上", "新增国家高新技术企业", 300, "家", "以上", None, "target"),
    ],
    "huzhou_gwr_2024.txt": [
        ("过去一年，全市生产总值4015亿元，增长6.1%。", "4015亿元", "全市生产总值", 4015, "亿元", None, None, "result"),
        ("过去一年，全市生产总值4015亿元，增长6.1%。", "6.1%", "全市生产总值增长", 6.1, "%", None, None, "result"),
        ("一般公共预算收入增长5.2%。", "5.2%", "一般公共预算收入增长", 5.2, "%", None, None, "result"),
        ("规上工业增加值增长6.8%。", "6.8%", "规上工业增加值增长", 6.8, "%", None, None, "result"),
        ("社会消费品零售总额增长5.1%。", "5.1%", "社会消费品零售总额增长", 5.1, "%", None, None, "result"),
        ("城镇调查失业率4.6%。", "4.6%", "城镇调查失业率", 4.6, "%", None, None, "result"),
        ("居民消费价格上涨0.4%。", "0.4%", "居民消费价格上涨", 0.4, "%", None, None, "result"),
        ("单位地区生产总值能耗下降3.4%。", "3.4%", "单位地区生产总值能耗下降", 3.4, "%", None, None, "result"),
        ("新增国家高新技术企业342家。", "342家", "新增国家高新技术企业", 342, "家", None, None, "result"),
        ("今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；", "5.5%左右", "地区生产总值增长", 5.5, "%", "左右", 2024, "target"),
        ("一般公共预算收入增长5%；", "5%", "一般公共预算收入增长", 5, "%", None, 2024, "target"),
    ],
    # seed plan 002, a page of eight speeches: each speaker's first-half GDP growth (results)
    "002_8aae07e36f419ad9.txt": [
        ("预计GDP总量继续保持全省第一,增速7.0%以上", "7.0%以上", "GDP增速", 7.0, "%", "以上", None, "result"),
        ("预计GDP增长7.5%以上", "7.5%以上", "GDP增长", 7.5, "%", "以上", None, "result"),
        ("GDP预计增长7.4%", "7.4%", "GDP预计增长", 7.4, "%", None, None, "result"),
        ("预计上半年GDP增长7%", "7%", "GDP增长", 7, "%", None, None, "result"),
        ("上半年预计GDP增长6%左右", "6%左右", "GDP增长", 6, "%", "左右", None, "result"),
    ],
}


class ScriptedEngine:
    """An engine whose ``targets(plan)`` are the figures of :data:`SCRIPT` (or of ``script``)."""

    name = "scripted"

    def __init__(self, script: dict[str, list[tuple[Any, ...]]] | None = None):
        self.script = SCRIPT if script is None else script
        self.calls: list[str] = []

    def targets(self, plan: Any) -> list[Target]:
        self.calls.append(os.path.basename(plan.source))
        rows = self.script.get(os.path.basename(plan.source), [])
        return [figure(plan, *row) for row in rows if row[0] in plan.text]  # a page of several plans: each its own
