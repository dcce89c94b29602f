"""The project's promises about itself: README commands, CI, packaged resources."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from console.resources_path import resource_root

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_shows_exactly_two_commands() -> None:
    commands = readme_commands()
    assert len(commands) == 2
    assert commands[0].endswith("dispatch-console --demo")
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()
    assert "DISPATCH_REQUIRE_PG=1" in ci


def test_demo_resources_are_found() -> None:
    root = resource_root()
    assert root.joinpath("demo", "countries.json").is_file()
    assert root.joinpath("demo", "work.json").is_file()


def test_packaging_files_exist() -> None:
    for name in (
        "dispatch-console.desktop",
        "io.dispatchconsole.DispatchConsole.metainfo.xml",
        "dispatch-console.spec",
    ):
        assert (ROOT / "packaging" / name).is_file()


def _source_files() -> set[str]:
    """Every file of the console package folder, as the wheel names it (no bytecode)."""
    return {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "console").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The file names in a wheel built from this checkout, as pip builds it."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("dispatch_console-*.whl")
    return set(zipfile.ZipFile(wheel).namelist())


def test_resources_live_inside_the_package() -> None:
    assert not (ROOT / "resources").exists(), "resources belong in console/resources"
    assert Path(str(resource_root())) == ROOT / "console" / "resources"


def test_wheel_carries_every_package_and_file(wheel_names: set[str]) -> None:
    """Packages are found, not listed: a new console/ folder ships without a pyproject edit,
    and so do its modules and the resources' data files.
    """
    missing = _source_files() - wheel_names
    assert not missing, f"not in the wheel: {sorted(missing)}"


def test_wheel_carries_resources_and_migrations(wheel_names: set[str]) -> None:
    for name in (
        "console/resources/demo/countries.json",
        "console/resources/demo/work.json",
        "console/resources/fonts/DejaVuSans.ttf",
        "console/resources/fonts/ipaexg.ttf",
        "console/resources/translations/dispatch_console_nl.qm",
        "console/store/migrations/env.py",
        "console/store/migrations/script.py.mako",
        "console/store/migrations/versions/0001_initial_schema.py",
    ):
        assert name in wheel_names
    assert not [n for n in wheel_names if n.endswith(".pyc") or "__pycache__" in n]
