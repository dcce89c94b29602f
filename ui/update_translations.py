"""Refresh the translation catalogues from the code and forms, then compile them.

Run after changing any user-visible text: `python ui/update_translations.py`. It runs
pyside6-lupdate over console/views and ui/*.ui into resources/translations/*.ts (keeping
what translators wrote, dropping texts that are gone), then pyside6-lrelease into the
.qm files the window loads. tests/test_translations.py fails when either is stale or a
text has no translation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    """A PySide6 tool next to this Python, else on PATH."""
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    """Files whose texts are translated: the views (not the generated forms) and the forms."""
    views = sorted((ROOT / "console" / "views").glob("*.py"))
    return [str(p) for p in views] + [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]


def update(ts: Path) -> None:
    """Bring one .ts up to date with the sources."""
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def release(ts: Path, qm: Path) -> None:
    """Compile one .ts into the .qm the window loads."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> None:
    """Update and compile every catalogue."""
    for ts in sorted(CATALOGUES.glob("*.ts")):
        update(ts)
        release(ts, ts.with_suffix(".qm"))
        print(f"updated {ts.name}")


if __name__ == "__main__":
    main()
