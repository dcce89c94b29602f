"""The core runs without Qt: CLI, tests and benchmarks import it alone."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

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
