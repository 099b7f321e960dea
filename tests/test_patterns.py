"""Module-level regular expressions compile when first used (policyqa.patterns), which keeps the
CLI's start fast: a pattern compiled at import costs every call whether it is used or not."""

from __future__ import annotations

import ast
import copy
import pickle
import re
import subprocess
import sys
from pathlib import Path

from policyqa import patterns

PACKAGE = Path(__file__).resolve().parents[1] / "policyqa"


def test_a_pattern_matches_as_re_does_once_compiled():
    p = patterns.compile(r"(?P<n>\d+)万", re.I)
    q = re.compile(r"(?P<n>\d+)万", re.I)
    text = "新增12万人，累计300万"
    assert p.pattern == q.pattern
    assert [m.span() for m in p.finditer(text)] == [m.span() for m in q.finditer(text)]
    assert p.sub("N", text) == q.sub("N", text)
    assert p.search(text).group("n") == "12"
    assert (p.flags, p.groups, dict(p.groupindex)) == (q.flags, q.groups, dict(q.groupindex))
    assert p.split(text) == q.split(text) and p.findall(text) == q.findall(text)


def test_a_pattern_survives_pickle_and_copy():
    p = patterns.compile(r"[一-鿿]+")
    for other in (pickle.loads(pickle.dumps(p)), copy.copy(p), copy.deepcopy(p)):
        assert other.search("ab中文").group() == "中文"
    assert "[一-鿿]+" in repr(p)


def test_importing_the_cli_and_the_offline_engine_compiles_no_chinese_class():
    """The modules a `policyqa ask` imports compile no pattern with a CJK range until one is used."""
    code = (
        "import re, sys\n"
        "seen = []\n"
        "orig = re._compile\n"
        "def spy(p, f):\n"
        "    seen.append(str(p)) if isinstance(p, str) and '\\u4e00' <= max(p, default='a') else None\n"
        "    return orig(p, f)\n"
        "re._compile = spy\n"
        "import policyqa.cli, policyqa.engines.offline, policyqa.retrieval.store, policyqa.structure.metadata\n"
        "print(len(seen))\n"
        "print(seen[:3])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, first = out.stdout.splitlines()
    assert count == "0", f"compiled at import: {first}"


def test_no_module_level_re_compile_in_the_package():
    """A new module-level pattern goes through patterns.compile (a re.compile inside a function is fine)."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "patterns.py":
            continue

        def visit(node: ast.AST, in_function: bool) -> None:
            for child in ast.iter_child_nodes(node):
                inner = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
                if (not in_function and isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute)
                        and child.func.attr == "compile" and isinstance(child.func.value, ast.Name) and child.func.value.id == "re"):
                    found.append(f"{path.relative_to(PACKAGE)}:{child.lineno}")
                visit(child, inner)

        visit(ast.parse(path.read_text(encoding="utf-8")), False)
    assert found == []
