"""Compact passages are the passages they replaced.

A Passage holds no dict and no copy of its text (it reads its text from its document), and
segment reads a plan's lines from the lines its document found once. Neither may change a
passage: every passage of every eval document must be what the passages held as a dict with a
copied text gave (commit 7f4a387), field for field, and must behave as a passage made with its
text as a string does.

The reference is a digest of every field of every passage, per plan, in
``tests/fixtures/passages_reference.json``. When segment is changed on purpose, write it again
with ``python tests/test_passages_reference.py --write`` (and say so in the commit).
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import pickle
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from policyqa.reading.document import read  # noqa: E402
from policyqa.structure import passages as passages_module  # noqa: E402
from policyqa.structure.passages import Passage, lines_of, segment  # noqa: E402
from policyqa.structure.plan import split, windows  # noqa: E402

FOLDERS = (ROOT / "evals" / "plans", ROOT / "evals" / "corpus")
REFERENCE = ROOT / "tests" / "fixtures" / "passages_reference.json"
FIELDS = ("plan_id", "kind", "index", "start", "end", "clean_start", "clean_end", "text", "section", "parent", "label")


def eval_documents():
    return [doc for folder in FOLDERS for doc in read(folder)]


def digest(passages) -> str:
    h = hashlib.sha1()
    for p in passages:
        h.update(repr(tuple(getattr(p, f) for f in FIELDS)).encode("utf-8"))
    return h.hexdigest()


def reference_of(documents) -> dict[str, list[list]]:
    """For each file (by name), each plan's id, number of passages and digest."""
    return {Path(doc.path).name: [[plan.id, len(plan.passages), digest(plan.passages)] for plan in split(doc)] for doc in documents}


@pytest.fixture(scope="module")
def documents():
    return eval_documents()


def test_every_eval_document_has_the_reference_passages(documents):
    expected = json.loads(REFERENCE.read_text(encoding="utf-8"))
    actual = reference_of(documents)
    assert sorted(actual) == sorted(expected)
    for name, plans in expected.items():
        assert actual[name] == plans, f"{name}: passages differ from the reference (plan id, count, digest)"


def test_a_passage_is_the_passage_made_with_its_text(documents):
    for doc in documents[:: max(1, len(documents) // 12)]:
        for plan in split(doc):
            for p in plan.passages:
                held = Passage(**{f: getattr(p, f) for f in FIELDS})  # its text as a string
                assert isinstance(p.text, str) and p.text == doc.text[p.clean_start : p.clean_end]
                assert p == held and hash(p) == hash(held) and repr(p) == repr(held)
                assert dataclasses.asdict(p) == dataclasses.asdict(held)
                assert pickle.loads(pickle.dumps(p)) == p and copy.deepcopy(p) == p
                assert dataclasses.replace(p, label="x") == dataclasses.replace(held, label="x")
            p = plan.passages[0]
            assert not hasattr(p, "__dict__")  # slots: no dict, no copied text
            with pytest.raises(dataclasses.FrozenInstanceError):
                p.text = "changed"  # type: ignore[misc]
            with pytest.raises(dataclasses.FrozenInstanceError):
                p.start = 0  # type: ignore[misc]


def test_windows_read_the_same_lines_as_their_own_text(documents, monkeypatch):
    """A window (or plan) whose ends fall inside a line, and one whose ends are line ends: the
    passages from the document's lines are those from the window's own text."""
    plans = [plan for doc in documents[:20] for plan in split(doc)]
    shared = {}
    for plan in plans:
        for size in (3_000, 1_200):
            for w in windows(plan, size):
                shared[(plan.id, size, w.start)] = [tuple(getattr(p, f) for f in FIELDS) for p in segment(w)]

    def own_lines(plan):
        return [(plan.clean_start + a, s) for a, s in lines_of(plan.text)]

    monkeypatch.setattr(passages_module, "_plan_lines", own_lines)
    cut_inside = 0
    for plan in plans:
        for size in (3_000, 1_200):
            for w in windows(plan, size):
                assert [tuple(getattr(p, f) for f in FIELDS) for p in segment(w)] == shared[(plan.id, size, w.start)], (plan.source, size, w.start)
                cut_inside += w.document.text[w.clean_start - 1 : w.clean_start] not in ("", "\n")
    assert cut_inside  # some windows begin inside a line (after a sentence), not only at line starts


if __name__ == "__main__" and "--write" in sys.argv:
    ref = reference_of(eval_documents())
    REFERENCE.write_text("{\n" + ",\n".join(f"{json.dumps(k)}: {json.dumps(ref[k])}" for k in sorted(ref)) + "\n}\n", encoding="utf-8")
    print(f"wrote {REFERENCE}")
