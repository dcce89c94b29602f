"""The window opens on the store and lists its open tickets."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from console.store.engine import create_store_engine, resolve_url
from console.views.main_window import MainWindow


def test_main_window_lists_open_tickets(qtbot: QtBot, small_demo_path: Path) -> None:
    engine = create_store_engine(resolve_url(str(small_demo_path)))
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.reload()
    window.show()
    model = window.table.model()
    assert model.rowCount() > 0
    statuses = {model.index(r, 6).data() for r in range(model.rowCount())}
    assert "Closed" not in statuses
    assert model.index(0, 0).data().startswith("T-")
    assert str(model.rowCount()) in window.count_label.text()
    assert "sqlite" in window.db_label.text()
