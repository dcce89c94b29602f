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
