"""The registries where kinds grow: printed documents and the main window's tabs.

A new document is its module with its `DocumentKind` and one entry in
`console.reports.kinds.KINDS`; the command line, the document dialog and the renderer read
that list. A new tab is its view's module and one `Tab` in `console.views.tabs.TABS`; the
window's tab bar, View menu, shortcuts and lazy loading read that. Toy entries show both.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from console.cli.main import build_parser, main
from console.reports import kinds
from console.reports.document_kind import ROWS, DialogForm, DocumentKind, FormValues
from console.reports.request import DocumentRequest
from console.store.engine import create_store_engine, resolve_url
from console.views.context import DeskContext
from console.wording.catalogue import N_

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def _toy_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--day", type=date.fromisoformat, required=True)


def _toy_render(session: Session, request: DocumentRequest, now: datetime) -> bytes:
    return f"%PDF-toy {request.day}".encode()


TOY = DocumentKind(
    name="toy",
    label=N_("document kind", "Toy document"),
    help="a document made up by a test",
    keys=("day",),
    arguments=_toy_arguments,
    render=_toy_render,
    form=DialogForm(rows=("day",), request=lambda kind, v: DocumentRequest(kind, day=v.day)),
)


@pytest.fixture
def with_toy(monkeypatch: pytest.MonkeyPatch) -> Iterator[DocumentKind]:
    monkeypatch.setattr(kinds, "KINDS", (*kinds.KINDS, TOY))
    yield TOY


@pytest.fixture
def desk(small_demo_path: Path, tmp_path: Path) -> Iterator[DeskContext]:
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(small_demo_path.read_bytes())
    engine = create_store_engine(resolve_url(str(copy)))
    desk = DeskContext(engine, clock=lambda: NOW)
    desk.sign_in(None)
    yield desk
    engine.dispose()


def _report_parsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    report = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[
        "report"
    ]
    chooser = next(a for a in report._actions if isinstance(a, argparse._SubParsersAction))
    return dict(chooser.choices)


def test_every_kind_is_named_once_and_asks_only_for_its_keys() -> None:
    names = [kind.name for kind in kinds.KINDS]
    assert names == [
        "work-order",
        "day-sheet",
        "incident",
        "invoice",
        "statement",
        "review",
        "audit",
    ]
    parsers = _report_parsers()
    assert list(parsers) == names  # the command line offers them in the registry's order
    request_fields = set(DocumentRequest.__dataclass_fields__) - {"kind"}
    for kind in kinds.KINDS:
        assert set(kind.keys) <= request_fields, kind.name
        options = {"help", "db", "output", "file_format", "log_level"}
        dests = {a.dest for a in parsers[kind.name]._actions} - options
        assert dests == set(kind.keys), kind.name
        assert set(kind.form.rows) <= set(ROWS), kind.name
        assert {row for row, _ in kind.form.preset} <= set(kind.form.rows), kind.name
        built = kind.from_form(FormValues(subject="K-1", day=NOW.date(), month=(2026, 11)))
        assert built.kind == kind.name
        set_keys = {f for f in request_fields if getattr(built, f) not in (None, (), "final")}
        assert set_keys <= set(kind.keys), kind.name


def test_each_kind_lists_its_choices_with_rows_the_dialog_has(desk: DeskContext) -> None:
    with desk.session() as session:
        for kind in kinds.KINDS:
            if kind.form.choices is None:
                assert not kind.form.about_a_subject, kind.name
                continue
            listed = kind.form.choices(session, NOW, None)
            assert listed, f"the demo has something to print as {kind.name}"
            for choice in listed:
                assert set(choice.rows or kind.form.rows) <= set(ROWS), kind.name
                assert {row for row, _ in choice.preset} <= set(ROWS), kind.name


def test_every_kind_label_is_collected_for_the_catalogue() -> None:
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "ui" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", script)
    assert spec and spec.loader
    tools = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tools)
    template = tools.core_template()
    for kind in kinds.KINDS:
        assert template.get(kind.label.source, kind.label.context) is not None, kind.name


def test_unknown_kind_is_named_in_words() -> None:
    from console.errors import UserError

    with pytest.raises(UserError, match="'payslip' is not a document this console prints"):
        kinds.render_document(None, DocumentRequest("payslip"), NOW)  # type: ignore[arg-type]


def test_a_new_kind_is_one_registry_entry_for_cli_dialog_and_renderer(
    with_toy: DocumentKind,
    desk: DeskContext,
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    small_demo_path: Path,
) -> None:
    from console.views.document_dialog import DocumentDialog

    out = tmp_path / "toy.pdf"
    argv = ["report", "toy", "--day", "2026-11-22", "-o", str(out), "--db", str(small_demo_path)]
    assert main(argv) == 0
    assert out.read_bytes() == b"%PDF-toy 2026-11-22"
    assert "toy.pdf" in capsys.readouterr().out

    dialog = DocumentDialog(desk, "toy", day=date(2026, 11, 20))
    qtbot.addWidget(dialog)
    form = dialog.ui
    assert form.kind.findData("toy") == len(kinds.KINDS) - 1
    assert form.kind.currentText() == "Toy document"
    assert form.fields.isRowVisible(form.day) and not form.fields.isRowVisible(form.subject)
    dialog.preview()
    assert dialog.request == DocumentRequest("toy", day=date(2026, 11, 20))
    assert kinds.render_document(None, dialog.request, NOW) == b"%PDF-toy 2026-11-20"  # type: ignore[arg-type]


# -- the main window's tabs ----------------------------------------------------------------
class _ToyView(QLabel):
    built = 0

    def __init__(self, desk: DeskContext) -> None:
        super().__init__("toy")
        type(self).built += 1
        self.reloads = 0

    def reload(self) -> None:
        self.reloads += 1


def test_the_window_shows_the_registered_tabs(window: Any) -> None:
    from console.views.lazy_tab import LazyTab
    from console.views.tabs import TABS

    assert [t.name for t in TABS] == [
        "queue", "calendar", "roster", "time", "billing", "clients", "contracts", "engineers",
        "mail", "my_day", "knowledge",
    ]  # fmt: skip
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [t.title for t in TABS]
    assert window.tabs.widget(0) is window.queue and window.view_of("queue") is window.queue
    for i, tab in enumerate(TABS):
        assert isinstance(window.tabs.widget(i), LazyTab) == tab.lazy, tab.name
    shortcuts = {a.shortcut().toString(): a.text() for a in window.findChildren(QAction)}
    assert [shortcuts[t.shortcut] for t in TABS if t.shortcut] == [t.title for t in TABS]
    # issue 24: each takes a sync in off the window's thread (a tab without `refresh` is
    # read again on it, which froze the window at a large desk)
    assert [
        t.name for t in TABS if not callable(getattr(window.view_of(t.name), "refresh", None))
    ] == []


def test_a_new_tab_is_one_registry_entry(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, demo_engine: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from console.views import main_window
    from console.views.lazy_tab import LazyTab
    from console.views.tabs import TABS, Tab

    toy = Tab("toy", "T&oy", _ToyView, "Ctrl+Shift+0")
    monkeypatch.setattr(main_window, "TABS", (*TABS, toy))
    _ToyView.built = 0
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    desk = DeskContext(demo_engine, clock=lambda: NOW)
    desk.sign_in(None)
    window = main_window.MainWindow(demo_engine, settings, desk)
    qtbot.addWidget(window)
    index = window.tabs.count() - 1
    assert window.tabs.tabText(index) == "T&oy" and isinstance(window.tabs.widget(index), LazyTab)
    assert _ToyView.built == 0  # lazy: nothing built before it is shown
    action = next(
        a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+Shift+0"
    )
    assert action.text() == "T&oy"
    action.trigger()
    assert window.tabs.currentIndex() == index and _ToyView.built == 1
    view = window.view_of("toy")
    assert isinstance(view, _ToyView) and view.reloads == 1  # shown, then reloaded once
    window.reload()
    assert view.reloads == 2 and _ToyView.built == 1
