"""No English text reaches the window or a document except through a catalogue.

A pseudo-language catalogue wraps every translation in ⟦…⟧, both the window's (Qt) and
the core's (gettext). The window and documents are then built in that language: every
piece of chrome (a label, a button, a menu entry, a tab, a column title, a placeholder, a
tooltip) and every label on a printed page must carry the marks. A text written in the
code as bare English, never looked up, shows without them and fails here, whichever
catalogue it should have gone through. Data (names, references, figures) is told apart by
having no run of three Latin letters outside the marks, or by being the demo's own data.
"""

from __future__ import annotations

import gettext
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from sqlalchemy import Engine

from console.wording import catalogue

OPEN, CLOSE = "⟦", "⟧"
ROOT = Path(__file__).resolve().parent.parent
WORDS = re.compile(r"[A-Za-z]{3,}")


class _Pseudo(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return OPEN + message + CLOSE

    def pgettext(self, context: str, message: str) -> str:
        return OPEN + message + CLOSE


def _unmarked(text: str) -> list[str]:
    """English words of a text outside every ⟦…⟧ (marks may nest: a phrase's value)."""
    depth, outside = 0, []
    for ch in text:
        if ch == OPEN:
            depth += 1
        elif ch == CLOSE:
            depth = max(depth - 1, 0)
        elif depth == 0:
            outside.append(ch)
    return WORDS.findall("".join(outside))


@pytest.fixture
def pseudo(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import importlib.util

    from console.views import i18n
    from console.wording.causes import causes_in
    from console.wording.vocabulary import words_for

    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "ui" / "update_translations.py"
    )
    assert spec and spec.loader
    tools = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tools)
    tree = ET.parse(tools.catalogue("nl"))
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = list(translation.iter("numerusform"))
        for form in forms or [translation]:
            form.text = OPEN + source + CLOSE
    ts, qm = tmp_path / "pseudo.ts", tmp_path / "pseudo.qm"
    tree.write(ts, encoding="utf-8")
    tools.release(ts, qm)

    # the core speaks the pseudo-language in place of English (the window's language), so
    # dates and numbers keep English forms while every catalogue lookup shows its marks
    monkeypatch.setattr(catalogue, "translations", lambda code: _Pseudo())
    _clear_word_caches()
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    saved = (i18n._Speech.word, i18n._Speech.causes)
    i18n._Speech.word = staticmethod(words_for("en"))  # type: ignore[assignment]
    i18n._Speech.causes = staticmethod(causes_in("en"))  # type: ignore[assignment]
    yield
    qapp.removeTranslator(translator)
    monkeypatch.undo()
    _clear_word_caches()
    i18n._Speech.word, i18n._Speech.causes = saved  # type: ignore[assignment]


def _clear_word_caches() -> None:
    from console.wording import audit_labels, labels, review_labels, vocabulary

    for cached in (vocabulary._words_in, labels._labels_in, review_labels._labels_in,
                   audit_labels._labels_in):  # fmt: skip
        cached.cache_clear()


def _chrome(root: QWidget) -> Iterator[tuple[str, str]]:
    """Every text of the window's own making: where it is, and the text."""
    for widget in [root, *root.findChildren(QWidget)]:
        name = widget.objectName() or type(widget).__name__
        if widget.toolTip():
            yield f"{name} tooltip", widget.toolTip()
        if isinstance(widget, QLabel):
            yield name, _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name} tab {i}", widget.tabText(i)
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            header_view = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            for column in range(header_view.count()):
                if header_view.isSectionHidden(column):
                    continue
                header = model.headerData(column, Qt.Orientation.Horizontal)
                yield f"{name} column {column}", str(header or "")
        for action in widget.actions():
            yield f"{name} action", action.text()
            if action.menu() is not None:
                yield f"{name} menu", action.menu().title()


def _plain(text: str) -> str:
    """A label's text as the reader sees it (rich text without its markup)."""
    if "<" not in text:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


PLACES = re.compile(r"\S+://\S+|(?<!\w)/[\w./-]+")
"""A URL or a file path: where something is, not words."""


def _locale_words() -> set[str]:
    """What the locale data writes, not our texts: month and day names, country names."""
    from babel import Locale

    from console.wording.languages import LANGUAGES

    words: set[str] = set()
    for code in LANGUAGES:
        locale = Locale.parse(code)
        for names in (locale.months, locale.days):
            for width in ("wide", "abbreviated"):
                for context in ("format", "stand-alone"):
                    for form in names[context][width].values():
                        words.update(WORDS.findall(form))
        for name in locale.territories.values():
            words.update(WORDS.findall(name))
    return words


def _offenders(texts: Iterator[tuple[str, str]], data: set[str]) -> list[str]:
    found = []
    data = data | _locale_words()
    for where, text in texts:
        words = [w for w in _unmarked(PLACES.sub(" ", text)) if w not in data]
        if words:
            found.append(f"{where}: {sorted(set(words))} in {text[:160]!r}")
    return sorted(set(found))


def test_every_text_of_the_window_comes_from_a_catalogue(
    pseudo: None, window: Any, qtbot: Any, demo_engine: Engine
) -> None:
    # ``pseudo`` comes first, so the window is built speaking the pseudo-language
    from console.views.document_dialog import DocumentDialog
    from console.views.settings_dialog import SettingsDialog
    from console.views.ticket_dialog import TicketDialog
    from console.views.visit_dialog import VisitDialog

    desk, settings = window.desk, window.settings
    for index in range(window.tabs.count()):  # every tab built, as a user opening each
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
    window.tabs.setCurrentIndex(0)
    window.queue.table.selectRow(0)  # the ticket pane, filled
    ticket = window.queue.pane.detail
    assert ticket is not None
    dialogs = [
        TicketDialog(desk, window),
        VisitDialog(desk, ticket.id, window),
        DocumentDialog(desk, "invoice", parent=window),
        SettingsDialog(desk, settings, window),
    ]
    texts = [*_chrome(window), *(text for dialog in dialogs for text in _chrome(dialog))]
    data = _data_words(demo_engine) | {"Dispatch", "Console"} | _qt_button_words()
    offenders = _offenders(iter(texts), data)
    assert offenders == [], "\n".join(offenders)


def _data_words(engine: Engine) -> set[str]:
    """Words of every text the demo's people and records hold, which documents print as
    they are: names, addresses, titles, descriptions, notes, line texts of issued
    invoices (kept as issued, in the client's language)."""
    from sqlalchemy import inspect, text

    words: set[str] = set()
    columns = inspect(engine)
    with engine.connect() as conn:
        for table in columns.get_table_names():
            if table.startswith(("sync_", "alembic", "ticket_search")):
                continue
            for column in columns.get_columns(table):
                kind = str(column["type"]).upper()
                if not any(name in kind for name in ("CHAR", "TEXT", "JSON")):
                    continue
                if column["name"] in ("status", "kind", "unit", "state", "category", "priority"):
                    continue  # enums: worded, never printed as stored
                query = text(f'SELECT DISTINCT "{column["name"]}" FROM "{table}" LIMIT 5000')
                for (value,) in conn.execute(query):
                    if value is not None:
                        words.update(WORDS.findall(str(value)))
    return words


def test_every_label_of_every_document_comes_from_a_catalogue(
    pseudo: None, small_demo_path: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader
    from sqlalchemy.orm import Session
    from test_report_pages import KINDS

    from console.store.engine import create_store_engine, resolve_url

    engine = create_store_engine(resolve_url(str(small_demo_path)))
    try:
        data = _data_words(engine) | {"Dispatch", "Console", "FTE", "SLA", "IBAN", "BIC", "VAT"}
        found = []
        with Session(engine) as session:
            for kind, render in {**KINDS, "audit": _audit}.items():
                pdf = render(session)
                pages = PdfReader(io.BytesIO(pdf)).pages
                for number, page in enumerate(pages, 1):
                    # a page as one text: a marked label may wrap onto the next line
                    text = page.extract_text()
                    assert OPEN in text, kind  # the pseudo-language shows
                    found.append((f"{kind} page {number}", text))
    finally:
        engine.dispose()
    offenders = _offenders(iter(found), data)
    assert offenders == [], "\n".join(offenders)


def _audit(session: Any) -> bytes:
    from datetime import UTC, datetime

    from sqlalchemy import select

    from console.model import Client
    from console.reports.audit import audit_pdf

    client = session.scalars(select(Client).where(Client.locale == "ja_JP")).first()
    assert client is not None
    return audit_pdf(session, client.id, 2026, datetime(2026, 11, 22, 9, 0, tzinfo=UTC))


def _qt_button_words() -> set[str]:
    """The standard buttons' words: Qt's own, translated by its qtbase catalogue."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox()
    words: set[str] = set()
    for button in QDialogButtonBox.StandardButton:
        if button not in (QDialogButtonBox.StandardButton.NoButton,):
            made = box.addButton(button)
            if made is not None:
                words.update(WORDS.findall(made.text()))
    box.deleteLater()
    return words
