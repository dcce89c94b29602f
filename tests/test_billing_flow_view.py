"""A month's billing in the main window, from the run to a printed invoice (issue 19; C6, C7, E5).

The desk opens the Billing tab from the View menu, runs last month, reads the drafts and
their lines, issues them as one batch, then opens an issued invoice, saves it and prints
it. The system's dialogs are answered as a user would: Yes to issuing, a file name to
save under, and "print to a PDF file" in the print dialog.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from builders import MON, PROFILE, World
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.enums import ContractKind, Role
from console.model import User
from console.services.provider import save_profile

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def _store_with_billable_work(store: Engine) -> None:
    """November: on-demand work for one client, an FTE bundle run over for another, and
    an entry still waiting for the client's approval."""
    with Session(store) as session:
        tulp = World(session, ContractKind.ON_DEMAND)
        tulp.work(MON, 2)  # 250.00
        tulp.work(MON + timedelta(days=1), 1.5)  # 187.50
        tulp.work(MON + timedelta(days=2), 1, approved=False)  # E5: waits
        roos = World(
            session, ContractKind.FTE_BUNDLE, bundle_hours=Decimal(16),
            monthly_fee=Decimal("1800.00"),
        )  # fmt: skip
        roos.client.name = "Roos B.V."
        for day in range(5):
            roos.work(MON + timedelta(days=day), 4)  # 20 h: 16 in the bundle, 4 beyond
        session.add(User(username="mara", display_name="Mara", role=Role.SERVICE_MANAGER))
        save_profile(session, PROFILE)
        session.commit()


@pytest.fixture
def main_window(qtbot: Any, store: Engine, tmp_path: Path) -> Iterator[Any]:
    """The main window on that store, signed in as the service manager, the clock stopped."""
    from PySide6.QtCore import QSettings

    from console.views.context import DeskContext
    from console.views.main_window import MainWindow

    _store_with_billable_work(store)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    desk = DeskContext(store, clock=lambda: NOW)
    desk.sign_in("mara")
    win = MainWindow(store, settings, desk)
    qtbot.addWidget(win)
    win.show()
    win.reload()
    yield win


def _rows(table: Any) -> list[dict[str, str]]:
    """A table as the user reads it: each row's cells by their column's heading."""
    model = table.model()
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [
        {head: model.index(r, c).data() for c, head in enumerate(heads)}
        for r in range(model.rowCount())
    ]


def test_c6_c7_e5_run_the_month_issue_the_drafts_and_print_an_invoice(
    qtbot: Any, main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From the View menu to a printed invoice: the drafts the run makes (C6, the FTE
    overage apart, C7), what waits for an approval (E5), the batch issue and the print."""
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog, QMessageBox

    import console.views.document_view as document_view
    from console.views.billing_view import BillingView
    from console.views.document_view import DocumentViewer

    win = main_window
    (billing,) = [a for a in win.menus["&View"].actions() if a.text() == "&Billing"]
    assert billing.shortcut().toString() == "Ctrl+5"
    billing.trigger()
    assert win.tabs.currentIndex() == win.tab_index("billing")
    view = win.view_of("billing")
    assert isinstance(view, BillingView)
    qtbot.waitUntil(view.isVisible)  # built on first show
    assert view.month.date().toString("yyyy-MM") == "2026-11"  # last month
    assert view.list.model().rowCount() == 0  # nothing billed yet

    # -- run the month
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "billed" in view.summary.text(), timeout=20_000)
    assert view.summary.text() == (
        "November 2026 billed: 2 contracts gave 3 drafts (€3,312.38). "
        "1 time entries wait for an approval."
    )
    drafts = _rows(view.list)
    assert sorted((r["Client"], r["Kind"], r["Status"], r["Total"]) for r in drafts) == [
        ("Roos B.V.", "FTE overage", "Draft", "€605.00"),
        ("Roos B.V.", "Monthly", "Draft", "€2,178.00"),
        ("Tulp B.V.", "Monthly", "Draft", "€529.38"),
    ]
    assert {r["Number"] for r in drafts} == {"Draft"}
    assert {r["Period or ticket"] for r in drafts} == {"2026-11-01 – 2026-11-30"}

    # -- read a draft's lines: the bundle's hours at no charge beside the fee
    statement = next(
        n for n, r in enumerate(drafts) if r["Client"] == "Roos B.V." and r["Kind"] == "Monthly"
    )
    view.list.selectRow(statement)
    lines = _rows(view.lines)
    assert lines[0]["Amount"] == "1,800.00" and lines[0]["Paid from"] == "Fixed"
    assert {ln["Paid from"] for ln in lines[1:]} == {"FTE bundle"}
    assert {ln["Amount"] for ln in lines[1:]} == {"0.00"}
    assert view.totals.text() == "Subtotal €1,800.00 · tax €378.00 · total €2,178.00"
    assert view.void_button.isEnabled() and view.issue_button.isEnabled()
    assert not view.print_button.isEnabled()  # a draft is not printed for the client

    # -- issue the batch
    asked: list[str] = []

    def yes(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    view.list.selectAll()
    qtbot.mouseClick(view.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.summary.text().startswith("Issued"), timeout=20_000)
    assert asked == ["Issue 3 invoices? An issued invoice never changes."]
    numbers = ["HN-2026-000001", "HN-2026-000002", "HN-2026-000003"]
    assert sorted(view.summary.text().removeprefix("Issued: ").split(", ")) == numbers
    assert view.list.model().rowCount() == 0  # no drafts left
    view.status.setCurrentIndex(view.status.findData("issued"))
    issued = _rows(view.list)
    assert sorted(r["Number"] for r in issued) == numbers
    assert {(r["Status"], r["Due"]) for r in issued} == {("Issued", "2027-01-01")}
    assert all(r["Open"] == r["Total"] for r in issued)

    # -- open the on-demand client's invoice and print it
    row = next(n for n, r in enumerate(issued) if r["Client"] == "Tulp B.V.")
    number = issued[row]["Number"]
    view.list.selectRow(row)
    assert view.totals.text() == (
        "Subtotal €437.50 · tax €91.88 · total €529.38 · paid €0.00 · open €529.38"
    )
    assert view.print_button.isEnabled() and not view.void_button.isEnabled()
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    viewer = view.findChild(DocumentViewer)
    assert viewer is not None and viewer.isVisible()
    qtbot.waitUntil(lambda: viewer.print_button.isEnabled(), timeout=20_000)
    assert viewer.windowTitle() == f"invoice-{number}.pdf"

    saved_as = tmp_path / "saved.pdf"
    monkeypatch.setattr(
        document_view.QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved_as), "")
    )
    qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)
    text = PdfReader(io.BytesIO(saved_as.read_bytes())).pages[0].extract_text()
    assert number in text and "Tulp B.V." in text and "529,38" in text

    printed = tmp_path / "printed.pdf"

    class PrintToFile(QPrintDialog):
        """The user picks "print to file" and presses Print."""

        def exec(self) -> int:
            self.printer().setOutputFileName(str(printed))
            return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(document_view, "QPrintDialog", PrintToFile)
    qtbot.mouseClick(viewer.print_button, Qt.MouseButton.LeftButton)
    assert printed.exists() and printed.stat().st_size > 0
    pdf = PdfReader(printed)
    assert len(pdf.pages) == viewer.document.pageCount() >= 1
    assert pdf.metadata is not None and number in str(pdf.metadata.title)  # the job's name
    assert viewer.status.text() == f"Sent {len(pdf.pages)} page(s) to the printer."
