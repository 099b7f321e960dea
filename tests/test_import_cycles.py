"""No import cycles between policyqa's modules (a package importing its own submodules aside)."""

import ast
from pathlib import Path

ROOT = Path(__file__).parents[1] / "policyqa"


def _edges() -> dict[str, set[str]]:
    mods = {".".join(p.relative_to(ROOT.parent).with_suffix("").parts).removesuffix(".__init__"): p for p in ROOT.rglob("*.py")}
    edges: dict[str, set[str]] = {m: set() for m in mods}
    for mod, path in mods.items():
        pkg = mod if path.name == "__init__.py" else mod.rsplit(".", 1)[0]
        for node in ast.parse(path.read_text(encoding="utf-8")).body:  # what a module imports when it loads
            if isinstance(node, ast.ImportFrom) and node.level:
                base = pkg.split(".")[: len(pkg.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
                for name in [target] + [f"{target}.{a.name}" for a in node.names]:
                    # importing a parent package only to reach a sibling is no cycle
                    if name in mods and not mod.startswith(name + ".") and name != mod:
                        edges[mod].add(name)
    return edges


def test_no_module_imports_itself_back():
    edges = _edges()
    cycles = []

    def walk(start: str, node: str, path: list[str]) -> None:
        for nxt in edges[node]:
            if nxt == start:
                cycles.append(path + [nxt])
            elif nxt not in path and len(path) < 8:
                walk(start, nxt, path + [nxt])

    for m in edges:
        walk(m, m, [m])
    assert cycles == []
