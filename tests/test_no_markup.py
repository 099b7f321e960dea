"""No markup reaches a user: over every document of the eval corpus and the shared corpus, no
summary, measure or figure the offline engine gives holds an HTML tag, an entity, CSS, an image
or a markdown link (news pages put HTML bodies inside markdown; sites leave &nbsp; in text)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import policyqa

ROOT = Path(__file__).parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
FILES = [f for f in sorted([*(ROOT / "evals" / "corpus").iterdir(), *(ROOT / "evals" / "plans").glob("*.txt"), *(SHARED.glob("*.txt") if SHARED.is_dir() else [])])
         if f.name != "SOURCES.md"]
MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|&(?:nbsp|amp|lt|gt|quot|#\d+);|!?\[[^\]]*\]\((?:https?://|www\.|/)[^)]*\)|\{[^{}]*:[^{}]*;[^{}]*\}|cms-style")


@pytest.mark.parametrize("path", FILES, ids=[f.name for f in FILES])
def test_no_markup_in_what_the_offline_engine_says(path):
    for plan in policyqa.load(path):
        s = policyqa.summarize(plan)
        said = [c.text for c in [*s.overview, *s.goals]] + [x.title for x in s.sections] + [m.text for x in s.sections for m in x.measures]
        said += [m.title for m in policyqa.measures(plan)] + [f"{t.metric} {t.original or ''}" for t in policyqa.targets(plan)]
        leaked = [t for t in said if MARKUP.search(t or "")]
        assert not leaked, f"{path.name}: {leaked[:3]}"


def test_tags_and_entities_left_in_a_markdown_post_are_not_text(tmp_path):
    post = tmp_path / "post.md"
    post.write_text('# 行动方案\n<img src="https://example.org/a.jpg" alt="">\n<p cms-style="font-L">到2025年，新增企业100家&nbsp;以上。</p>\n', encoding="utf-8")
    (plan,) = policyqa.load(post)
    assert "<" not in plan.text and "&nbsp;" not in plan.text
    assert re.search(r"到2025年，新增企业100家\s以上。", plan.text)


def test_a_markdown_links_words_are_text_and_its_address_is_not(tmp_path):
    note = tmp_path / "note.md"
    note.write_text("[![](https://example.gov/logo.png)](https://example.gov/)无障碍阅读\n# 某市2050计划追踪\n\n- 西区门户地区可行性评估及招商作业专业服务委托案，[招标公告](http://web.example.gov/tender?id=51659478&x=1)\n"
                    "- 图示：![](https://example.org/a.png)西区门户计划范围\n", encoding="utf-8")
    (plan,) = policyqa.load(note)
    assert "专业服务委托案，招标公告" in plan.text and "http" not in plan.text and "](" not in plan.text, plan.text
    assert "图示：西区门户计划范围" in plan.text
    assert plan.text.lstrip().startswith("# 某市2050计划追踪"), plan.text[:40]  # (无障碍阅读: the site's accessibility link)
