"""The desktop bundle: it builds and works from the bundle alone, and it installs like a
desktop application (icon, menu entry, AppStream metadata).

The build takes minutes, so it runs only with DISPATCH_TEST_BUNDLE=1 (CI sets it) and the
bundle extra installed; the desktop files are checked always, with the freedesktop tools
where they are installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from console.resources_path import resource_root

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUNDLE_VAR = "DISPATCH_TEST_BUNDLE"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


@pytest.mark.skipif(
    os.environ.get(BUNDLE_VAR) != "1",
    reason=f"builds the PyInstaller bundle (about 3 minutes): set {BUNDLE_VAR}=1",
)
def test_the_bundle_builds_and_every_step_works_from_the_bundle_alone() -> None:
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "check_bundle.py")],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    print(done.stdout)  # build time, size and start-time ratio, shown with -s or on failure
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]


def test_the_application_icon_is_shipped_at_every_size() -> None:
    from PySide6.QtGui import QImage

    icons = resource_root().joinpath("icons")
    assert icons.joinpath("dispatch-console.svg").is_file()
    for size in ICON_SIZES:
        image = QImage(str(icons.joinpath(f"dispatch-console-{size}.png")))
        assert (image.width(), image.height()) == (size, size)


def _entry(key: str) -> str:
    text = (PACKAGING / "dispatch-console.desktop").read_text(encoding="utf-8")
    values = [line.split("=", 1)[1] for line in text.splitlines() if line.startswith(f"{key}=")]
    assert len(values) == 1, key
    return values[0]


def test_the_menu_entry_names_the_shipped_icon_and_passes_no_files() -> None:
    assert resource_root().joinpath("icons", f"{_entry('Icon')}.svg").is_file()
    assert "%" not in _entry("Exec")  # the console opens no files


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("DISPATCH_REQUIRE_DESKTOP_TOOLS"):
            pytest.fail(f"{name} is not installed (CI requires it)")
        pytest.skip(f"{name} is not installed")
    return found


def test_the_menu_entry_is_valid() -> None:
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(PACKAGING / "dispatch-console.desktop")],
        capture_output=True,
        text=True,
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_the_appstream_metadata_is_valid() -> None:
    done = subprocess.run(
        [
            _tool("appstreamcli"),
            "validate",
            "--no-net",
            str(PACKAGING / "io.dispatchconsole.DispatchConsole.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
