"""The File menu reaches the desk's set-up dialogs: closing days and CSV import."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("action", "module", "name"),
    [
        ("act_closing_days", "console.views.closures_dialog", "ClosuresDialog"),
        ("act_import", "console.views.import_dialog", "ImportDialog"),
    ],
)
def test_file_menu_opens_the_dialog(
    window: Any, monkeypatch: pytest.MonkeyPatch, action: str, module: str, name: str
) -> None:
    import importlib

    dialog_class = getattr(importlib.import_module(module), name)
    opened: list[Any] = []

    def exec_(self: Any) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(dialog_class, "exec", exec_)
    act = getattr(window, action)
    file_menu = window.menus["&File"]
    assert act in file_menu.actions()
    act.trigger()
    assert len(opened) == 1 and opened[0].parent() is window
