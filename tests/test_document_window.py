"""Documents in the window: choose, preview, save and print (issue 6, Access)."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console.enums import InvoiceStatus
from console.model import Invoice, Ticket, Visit
from console.reports.archive import issue_and_archive
from console.reports.request import DocumentRequest
from console.store.engine import create_store_engine, resolve_url
from console.views.context import DeskContext
from console.views.document_dialog import DocumentDialog, quarters
from console.views.document_view import DocumentViewer
from console.views.main_window import MainWindow

DEMO_NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


@pytest.fixture
def desk(small_demo_path: Path, tmp_path: Path) -> Iterator[DeskContext]:
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(small_demo_path.read_bytes())
    engine = create_store_engine(resolve_url(str(copy)))
    desk = DeskContext(engine, clock=lambda: DEMO_NOW)
    desk.sign_in(None)
    yield desk
    engine.dispose()


def _viewer(qtbot: QtBot, desk: DeskContext, request: DocumentRequest) -> DocumentViewer:
    viewer = DocumentViewer(desk, request)
    qtbot.addWidget(viewer)
    with qtbot.waitSignal(viewer.ready, timeout=20_000):
        viewer.start()
    return viewer


def _issued_invoice(engine: Engine) -> Invoice:
    with Session(engine) as session:
        stmt = select(Invoice).where(Invoice.status == InvoiceStatus.ISSUED.value)
        return session.scalars(stmt.order_by(Invoice.number).limit(1)).one()


def test_preview_saves_the_archived_bytes_and_prints_every_page(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path
) -> None:
    # Issuing archives the PDF (C8 reprints identical): the preview and the saved file are it
    with Session(desk.engine) as session:
        draft = session.scalars(select(Invoice).where(Invoice.status == "draft")).first()
        assert draft is not None
        invoice = issue_and_archive(session, draft.id, DEMO_NOW.date())
        number, archived = invoice.number, invoice.pdf_sha256
        session.commit()
    assert number is not None and archived is not None
    viewer = _viewer(qtbot, desk, DocumentRequest("invoice", invoice=number))
    assert viewer.document.pageCount() >= 1
    assert viewer.save_button.isEnabled() and viewer.print_button.isEnabled()
    saved = viewer.save_to(tmp_path / "invoice")
    assert saved == tmp_path / "invoice.pdf"
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == archived
    assert number in PdfReader(io.BytesIO(saved.read_bytes())).pages[0].extract_text()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert viewer.print_to(printer)
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == viewer.document.pageCount()


def test_an_invoice_issued_before_archiving_previews_without_writing(
    qtbot: QtBot, desk: DeskContext
) -> None:
    invoice = _issued_invoice(desk.engine)  # the demo's: issued before issuing archived
    assert invoice.pdf_sha256 is None
    viewer = _viewer(qtbot, desk, DocumentRequest("invoice", invoice=invoice.number))
    assert viewer.document.pageCount() >= 1 and viewer.data.startswith(b"%PDF")
    with Session(desk.engine) as session:
        assert session.get_one(Invoice, invoice.id).pdf_sha256 is None  # printing only reads


def test_an_unknown_key_is_said_in_words_and_nothing_is_saved(
    qtbot: QtBot, desk: DeskContext
) -> None:
    viewer = DocumentViewer(desk, DocumentRequest("invoice", invoice="INV-1999-999999"))
    qtbot.addWidget(viewer)
    with qtbot.waitSignal(viewer.failed, timeout=10_000) as failed:
        viewer.start()
    assert failed.args == ["no invoice 'INV-1999-999999'"]
    assert not viewer.save_button.isEnabled() and not viewer.print_button.isEnabled()


def test_dialog_asks_only_what_the_kind_needs_and_names_a_missing_field(
    qtbot: QtBot, desk: DeskContext
) -> None:
    with Session(desk.engine) as session:
        ticket = session.scalars(select(Ticket).where(Ticket.closed_at.is_not(None))).first()
        assert ticket is not None
    dialog = DocumentDialog(desk, "incident", ticket.id)
    qtbot.addWidget(dialog)
    form = dialog.ui
    assert form.subject.currentData() == ticket.reference  # the selected ticket comes first
    assert form.fields.isRowVisible(form.stage) and not form.fields.isRowVisible(form.day)
    dialog.preview()
    assert dialog.request == DocumentRequest("incident", ticket=ticket.reference, stage="final")
    assert ticket.status == "closed"

    form.kind.setCurrentIndex(form.kind.findData("statement"))
    fte = [i for i in range(form.subject.count()) if "fte bundle" in form.subject.itemText(i)]
    form.subject.setCurrentIndex(fte[0])
    assert form.fields.isRowVisible(form.month) and not form.fields.isRowVisible(form.start)

    form.kind.setCurrentIndex(form.kind.findData("review"))
    assert form.fields.isRowVisible(form.quarter)
    form.subject.setEditText("")
    dialog.request = None
    dialog.preview()
    assert dialog.request is None and "For: choose or type" in form.problems.text()


def test_quarters_run_back_from_the_current_one() -> None:
    found = quarters(DEMO_NOW.date(), 5)
    assert [label for label, _ in found] == ["2026 Q4", "2026 Q3", "2026 Q2", "2026 Q1", "2025 Q4"]
    assert found[0][1] == (datetime(2026, 10, 1).date(), datetime(2027, 1, 1).date())


def test_work_order_button_on_a_visit_opens_its_preview(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    with Session(desk.engine) as session:
        visit = session.scalars(select(Visit).order_by(Visit.reference)).first()
        assert visit is not None
        reference, ticket_id = visit.reference, visit.ticket_id
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(desk.engine, settings, desk)
    qtbot.addWidget(window)
    window.queue.pane.show_ticket(ticket_id)
    button = window.queue.pane.findChild(
        type(window.queue.pane.note_button), f"workOrder_{reference}"
    )
    assert button is not None
    with qtbot.waitSignal(window.queue.pane.workOrderRequested) as asked:
        button.click()
    assert asked.args == [reference]
    viewer = window.findChild(DocumentViewer)
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.document.pageCount() > 0, timeout=20_000)
    assert reference in viewer.windowTitle()


def test_closing_the_viewer_before_the_document_is_ready_drops_it(
    qtbot: QtBot, desk: DeskContext
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from shiboken6 import isValid

    invoice = _issued_invoice(desk.engine)
    viewer = DocumentViewer(desk, DocumentRequest("invoice", invoice=invoice.number))
    viewer.start()  # the rendering is queued behind this close
    viewer.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(viewer)
    qtbot.wait(50)  # the finished render finds no viewer and is dropped without an error
