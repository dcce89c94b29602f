"""The committed form modules are what pyside6-uic makes of ui/*.ui today."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "ui" / "compile_forms.py")
assert spec and spec.loader
compile_forms = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compile_forms)

FORMS = sorted((ROOT / "ui").glob("*.ui"))


def test_every_form_has_a_module() -> None:
    modules = {p.stem for p in (ROOT / "console" / "views" / "forms").glob("ui_*.py")}
    assert {f"ui_{f.stem}" for f in FORMS} == modules


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_committed_module_is_current(form: Path) -> None:
    committed = (ROOT / "console" / "views" / "forms" / f"ui_{form.stem}.py").read_text("utf-8")
    fresh = compile_forms.compiled(form)
    assert compile_forms.comparable(committed) == compile_forms.comparable(fresh), (
        f"{form.name} changed: run python ui/compile_forms.py"
    )
