"""The layout holds: every module imports, imports point inward to the pure core, and no module imports
itself back through others."""

import ast
import importlib
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"

# What each room may not import: the pure core knows nothing of the database, the jobs, the web or the
# command line; the archive nothing of the jobs, the web or the command line; the jobs nothing of the web
# or the command line.
FORBIDDEN = {
    "app.text": ("app.archive", "app.jobs", "app.web", "app.cli"),
    "app.parsing": ("app.archive", "app.jobs", "app.web", "app.cli"),
    "app.places": ("app.archive", "app.jobs", "app.web", "app.cli"),
    "app.sources": ("app.archive", "app.jobs", "app.web", "app.cli"),
    "app.search": ("app.archive", "app.jobs", "app.web", "app.cli"),
    "app.archive": ("app.jobs", "app.web", "app.cli"),
    "app.jobs": ("app.web", "app.cli"),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(APP.rglob("*.py"))}


def imports_of(name: str) -> set[str]:
    """The app modules `name` imports, at any depth of its code (a function's import counts too)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            # `from pkg import name` imports the module pkg.name when there is one, else pkg itself.
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]
        else:
            continue
        found.update(t for t in targets if t in MODULES and t != name)
    return found


GRAPH = {name: imports_of(name) for name in MODULES}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_module_imports(name: str) -> None:
    importlib.import_module(name)


def test_imports_point_inward() -> None:
    wrong = [(name, target) for name, targets in GRAPH.items() for target in sorted(targets)
             for room, forbidden in FORBIDDEN.items() if name == room or name.startswith(room + ".")
             if target.startswith(forbidden)]
    assert wrong == []


def test_no_import_cycle() -> None:
    cycles: list[list[str]] = []
    state: dict[str, str] = {}

    def visit(name: str, trail: list[str]) -> None:
        state[name] = "open"
        for target in sorted(GRAPH[name]):
            # A module imports its own package's __init__ while that runs; that edge is no cycle.
            if name.startswith(target + "."):
                continue
            if state.get(target) == "open":
                cycles.append(trail[trail.index(target):] + [target])
            elif target not in state:
                visit(target, trail + [target])
        state[name] = "done"

    for name in sorted(GRAPH):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_no_module_is_over_400_lines() -> None:
    lines = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()}
    long = {name: n for name, n in lines.items() if n > 400}
    assert long == {}
