"""The project's promises about itself: README commands, CI, packaged resources."""

from __future__ import annotations

import re
from pathlib import Path

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


def _listed_packages() -> set[str]:
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(data["tool"]["setuptools"]["packages"])


def test_every_package_folder_is_listed_for_the_wheel() -> None:
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "console").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    found |= {
        "console.resources"
        + "".join("." + part for part in p.parent.relative_to(ROOT / "resources").parts)
        for p in (ROOT / "resources").rglob("__init__.py")
    }
    assert found == _listed_packages()


def test_wheel_carries_resources_and_migrations(tmp_path: Path) -> None:
    import subprocess
    import sys
    import zipfile

    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("dispatch_console-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "console/resources/demo/countries.json" in names
    assert "console/resources/demo/work.json" in names
    assert "console/store/migrations/env.py" in names
    assert "console/store/migrations/versions/0001_initial_schema.py" in names
    assert "console/store/migrations/script.py.mako" in names
