"""Compile every form in ui/ into console/views/forms/ui_<name>.py with pyside6-uic.

Run after editing a form in Qt Designer: `python ui/compile_forms.py`. The generated
modules are committed; tests/test_forms.py fails when one is out of date.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

UI = Path(__file__).resolve().parent
TARGET = UI.parent / "console" / "views" / "forms"


def uic() -> str:
    """The pyside6-uic next to this Python, else on PATH."""
    local = Path(sys.executable).with_name("pyside6-uic")
    return str(local) if local.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def compiled(form: Path) -> str:
    """The Python module pyside6-uic makes of one form."""
    done = subprocess.run([uic(), str(form)], check=True, capture_output=True, text=True)
    return done.stdout


def comparable(source: str) -> str:
    """Generated code without the line naming the compiler's version."""
    return "\n".join(
        line for line in source.splitlines() if "Created by: Qt User Interface" not in line
    )


def main() -> int:
    """Write every module."""
    for form in sorted(UI.glob("*.ui")):
        (TARGET / f"ui_{form.stem}.py").write_text(compiled(form), encoding="utf-8")
        print(f"compiled {form.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
