"""The core runs without Qt: CLI, tests and benchmarks import it alone."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import console

ROOT = Path(console.__file__).resolve().parent


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(ROOT)], prefix="console."):
        if info.name.startswith("console.views") or ".migrations" in info.name:
            continue
        if info.name == "console.__main__":
            continue
        names.append(info.name)
    return sorted(names)


def test_core_modules_are_found() -> None:
    names = core_modules()
    assert "console.model" in names and "console.cli" in names and "console.store.engine" in names


def test_core_imports_without_pyside6_in_a_fresh_interpreter() -> None:
    script = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"core pulled in Qt: {result.stdout}"


def test_no_core_source_mentions_pyside6_imports() -> None:
    offenders = []
    for path in ROOT.rglob("*.py"):
        if "views" in path.relative_to(ROOT).parts:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("import PySide6", "from PySide6")):
                offenders.append(str(path))
    assert offenders == []


# ------------------------------------------------------------------ the import graph

LAYERS: dict[str, set[str]] = {
    # Each part of the package, and the parts it may import (besides itself). Imports
    # inside functions count too: a lazy import is still a dependency.
    # enums, errors, ids, money, paths, resources, the phrase type, the catalogues' lookup
    "foundation": set(),
    "rules": {"foundation"},
    "store": {"foundation"},
    "model": {"foundation", "rules", "store"},
    "wording": {"foundation", "rules"},
    "services": {"foundation", "rules", "store", "model", "wording"},
    "queue": {"foundation", "rules", "store", "model", "services"},
    "sync": {"foundation", "rules", "store", "model", "services"},
    "reports": {"foundation", "rules", "store", "model", "wording", "services"},
    "demo": {"foundation", "rules", "store", "model", "services"},
    "cli": {
        "foundation",
        "rules",
        "store",
        "model",
        "wording",
        "services",
        "queue",
        "sync",
        "reports",
        "demo",
        "views",
    },
    "views": {
        "foundation",
        "rules",
        "store",
        "model",
        "wording",
        "services",
        "queue",
        "sync",
        "reports",
    },
}

EXCEPTIONS: set[tuple[str, str]] = set()
"""Imports against the layers that are allowed all the same, each with its reason."""

FOUNDATION = {"console", "console.enums", "console.errors", "console.ids",
              "console.money", "console.paths", "console.resources_path", "console.gc_pause",
              "console.wording.phrases", "console.wording.vocabulary",
              "console.wording.catalogue", "console.wording.languages",
              "console.wording.stored_phrases"}  # fmt: skip


def _layer(module: str) -> str:
    if module in FOUNDATION or module.startswith("console.resources"):
        return "foundation"
    part = module.split(".")[1]
    if part == "__main__":
        return "cli"
    return part


def _modules() -> dict[str, Path]:
    found = {}
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        if "forms" in parts or "migrations" in parts:
            continue
        name = ".".join(parts).removesuffix(".__init__")
        found[name] = path
    return found


def _imports(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Every console module each module imports, at import time or inside a function."""
    import ast

    def resolve(name: str) -> str:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name

    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in _walk_without_type_checking(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(resolve(a.name) for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    found.add(resolve(full) if full in modules else resolve(node.module))
        graph[name] = {m for m in found if m and m != name and m.startswith("console")}
    return graph


def _walk_without_type_checking(tree: Any) -> Iterator[Any]:
    import ast

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def test_no_import_ring_among_console_modules() -> None:
    graph = _imports(_modules())
    state: dict[str, int] = {}
    rings: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                rings.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert rings == [], "import rings: " + "; ".join(" -> ".join(r) for r in rings)


def test_each_layer_imports_only_the_layers_below_it() -> None:
    graph = _imports(_modules())
    wrong = sorted(
        f"{a} -> {b}"
        for a, targets in graph.items()
        for b in targets
        if _layer(a) != _layer(b)
        and _layer(b) not in LAYERS[_layer(a)]
        and (a, b) not in EXCEPTIONS
    )
    assert wrong == []


def test_views_reach_the_store_only_through_services_and_the_queue() -> None:
    graph = _imports(_modules())
    direct = sorted(
        f"{a} -> {b}"
        for a, targets in graph.items()
        if a.startswith("console.views")
        for b in targets
        if _layer(b) in {"store", "model"}
    )
    # Issue 18: window actions call services that take ids and the acting user, own the
    # transaction and return plain data; no view reads the model or the store itself.
    assert direct == [], "\n".join(direct)


VIEW_IMPORTS: dict[str, str] = {
    # What a view may import from the core, and why. A prefix ending in "." admits the
    # modules under it. Anything else - the model, the store, a driver detail - fails.
    "console": "the version in About",
    "console.enums": "the foundation",
    "console.errors": "the foundation",
    "console.ids": "the foundation",
    "console.money": "the foundation",
    "console.paths": "the foundation",
    "console.resources_path": "the foundation",
    "console.gc_pause": "the foundation: the settled window's heap, left out of collections",
    "console.resources.": "the shipped fonts and catalogues",
    "console.rules.": "pure rules, no store",
    "console.wording.": "phrases the window translates",
    "console.services.": "calls that take ids and the acting user and return plain data",
    "console.queue.filters": "the queue's public API: saved filters, search, sort",
    "console.queue.rows": "the queue's public API: its rows as column arrays",
    "console.queue.clocks": "the queue's public API: its SLA clocks",
    "console.queue.alerts": "the queue's public API: clocks newly at risk or missed",
    "console.queue.changes": "the queue's public API: what changed since it was loaded",
    "console.queue.search": "the queue's public API: any ticket found by words, closed ones too",
    "console.reports.kinds": "the documents' registry",
    "console.reports.document_kind": "the documents' registry: each kind's form",
    "console.reports.request": "what a document is asked for with",
    "console.reports.output": "writing a rendered document",
    "console.reports.archive": "the renderer the billing service archives an issued invoice with",
    "console.sync.session": "the desk's session factory, which writes the outbox and audit",
    "console.sync.replica": "a sync round and its status, for the status bar",
    "console.sync.link": "the status bar's kept connection for its sync rounds",
    "console.sync.inbox": "the conflict inbox's list and settlement",
    "console.sync.joining": "File ▸ Join a shared database…: a desk alone becomes a replica",
    "console.sync.connection": "the refusal of a password, which the status bar asks for again",
}


def _view_may_import(module: str) -> bool:
    return any(
        module.startswith(allowed) if allowed.endswith(".") else module == allowed
        for allowed in VIEW_IMPORTS
    )


def test_views_import_only_what_the_window_is_allowed_from_the_core() -> None:
    graph = _imports(_modules())
    wrong = sorted(
        f"{a} -> {b}"
        for a, targets in graph.items()
        if a.startswith("console.views")
        for b in targets
        if not b.startswith("console.views") and not _view_may_import(b)
    )
    assert wrong == [], "\n".join(wrong)


def test_the_view_allow_list_refuses_the_model_and_the_store() -> None:
    for module in ("console.model", "console.model.ticket", "console.store.driver",
                   "console.store.lean_tables", "console.store.replica", "console.sync.push",
                   "console.demo", "console.cli"):  # fmt: skip
        assert not _view_may_import(module), module
    assert _view_may_import("console.services.visits") and _view_may_import("console.rules.sla")


VIEWS_STILL_IMPORTING_SQLALCHEMY: dict[str, str] = {
    # Known and only shrinking, each with its reason.
    "console.views.errors": "words for the database's own failures (DBAPIError; StaleDataError "
    "looked up only once the ORM is loaded)",
}


def _runtime_imports_of(path: Path) -> set[str]:
    """Top-level packages a module imports when it runs (TYPE_CHECKING blocks aside)."""
    import ast

    found: set[str] = set()
    for node in _walk_without_type_checking(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


def test_views_do_not_import_sqlalchemy() -> None:
    # A view hands the desk's engine and session factory to services; it never builds a
    # query, opens a transaction or names a SQLAlchemy type at run time.
    users = sorted(
        name
        for name, path in _modules().items()
        if name.startswith("console.views") and "sqlalchemy" in _runtime_imports_of(path)
    )
    assert set(users) <= set(VIEWS_STILL_IMPORTING_SQLALCHEMY), users


def test_relative_imports_in_views_stay_inside_the_views() -> None:
    # the graph above reads absolute imports; a relative one must not slip past it
    import ast

    outside = []
    for name, path in _modules().items():
        if not name.startswith("console.views"):
            continue
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package[: len(package) - node.level + 1]
                if base[:2] != ["console", "views"]:
                    outside.append(f"{name}: from {'.' * node.level}{node.module or ''}")
    assert outside == []
