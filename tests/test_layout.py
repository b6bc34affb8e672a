"""The package's layout: stage subpackages whose imports point down only.

Each room has a rank in the order the pipeline runs; a module may import its own room
and lower ranks, never a higher one, and no two modules may import each other, however
indirectly (function-level imports count too)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "plugins" / "public_records"
NAME = "public_records"

# Lower first. The root's shared leaves and common/ are the floor; __init__ and __main__
# (Pelican's entry point and the command line) stand on everything.
RANKS = {
    "common": 0,
    "model": 0,
    "data": 0,
    "script": 0,
    "registry": 0,
    "clean": 1,
    "extract": 2,
    "ingest": 3,
    "search": 4,
    "site": 5,
    "synth": 6,
    "evaluate": 7,
    "__init__": 8,
    "__main__": 8,
}
MAX_ROOT_MODULES = 8


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {
        module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "__pycache__" not in p.parts
    }


def imports_of(name: str, source: str, is_package: bool, known: set[str]) -> set[str]:
    """The package modules `name` imports, anywhere in its body."""
    base = name.split(".") if is_package else name.split(".")[:-1]
    out: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                parent = base[: len(base) - node.level + 1]
                target = ".".join(parent + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                out.add(sub if sub in known else target)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return {m for m in out if m in known and m != name}


def graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {
        name: imports_of(name, path.read_text(encoding="utf-8"), path.name == "__init__.py", known)
        for name, path in mods.items()
    }


def room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_every_room_has_a_rank_and_a_docstring():
    for name, path in modules().items():
        assert room(name) in RANKS, f"{name}: its room has no rank in tests/test_layout.py"
        if path.name == "__init__.py" and name != NAME:
            doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
            assert doc and "import" in doc, f"{name}: say its job and what it may import"


def test_imports_point_down():
    upward = [
        f"{a} imports {b}"
        for a, targets in graph().items()
        for b in targets
        if RANKS[room(b)] > RANKS[room(a)]
    ]
    assert not upward, upward


def test_no_import_cycle():
    g = graph()
    # Tarjan's strongly connected components: any component of two or more is a cycle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in g[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in g:
        if v not in index:
            visit(v)
    assert not cycles, cycles


def test_the_root_holds_few_modules():
    root = [p.name for p in PACKAGE.glob("*.py")]
    assert len(root) <= MAX_ROOT_MODULES, root


def test_the_walker_sees_relative_absolute_and_nested_imports():
    """So that the checks above can fail: every form of import is seen."""
    known = {f"{NAME}.site.plugin", f"{NAME}.site.chart", f"{NAME}.model", f"{NAME}.site"}
    known |= {f"{NAME}.clean", f"{NAME}.clean.fold"}
    source = (
        "from ..model import Record\n"
        "from . import chart\n"
        "def f():\n"
        "    from public_records.clean import fold\n"
    )
    found = imports_of(f"{NAME}.site.plugin", source, False, known)
    assert found == {f"{NAME}.model", f"{NAME}.site.chart", f"{NAME}.clean.fold"}
