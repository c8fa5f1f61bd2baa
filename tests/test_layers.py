"""The package layers hold, statically: no upward import and no cycle, lazy imports included.

`lint-imports` (in `make lint`) checks the layers too; this AST scan runs with the
tests, sees imports inside functions as well, and finds cycles between modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "reader"
# Lower number = lower layer; a module may import only from its own layer or lower.
# safe_io (bounded, typed file reads) sits between: the loader and the library share it.
LAYERS = {"model": 0, "errors": 0, "safe_io": 1, "analysis": 2, "library": 3, "app": 4, "cli": 5}
UI_PACKAGES = ("textual", "rich")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def imports_of(path: Path, known: set[str]) -> set[str]:
    """Every reader module `path` imports, at any depth of the code (functions too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        else:
            continue
        for name in names:
            # the longest known module that `name` is or is inside of
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name:
                found.add(name)
    return found


def external_imports_of(path: Path) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module.split(".")[0])
    return out


def layer(module: str) -> int | None:
    parts = module.split(".")
    return LAYERS.get(parts[1]) if len(parts) > 1 else None


def graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {name: imports_of(path, known) - {name} for name, path in mods.items()}


def test_no_module_imports_a_higher_layer() -> None:
    upward = [
        f"{src} -> {dst}"
        for src, targets in sorted(graph().items())
        for dst in sorted(targets)
        if (a := layer(src)) is not None and (b := layer(dst)) is not None and b > a
    ]
    assert upward == []


def test_no_import_cycle_between_modules() -> None:
    g = graph()
    # a package's __init__ importing its own modules is not a cycle of concern
    edges = {
        src: {d for d in dsts if not (src != "reader" and d.startswith(src + "."))}
        for src, dsts in g.items()
    }
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert cycles == []


def test_only_the_app_imports_textual_or_rich() -> None:
    offenders = [
        name
        for name, path in modules().items()
        if not name.startswith("reader.app") and external_imports_of(path).intersection(UI_PACKAGES)
    ]
    assert offenders == []


def test_the_scan_sees_lazy_imports(tmp_path: Path) -> None:
    """The checker itself: an import inside a function counts."""
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    from reader.app.app import ReaderApp\n", encoding="utf-8")
    assert imports_of(probe, {"reader.app.app", "reader.app"}) == {"reader.app.app"}
