"""A desk from an empty store, end to end in the window (issue 18).

A new provider starts the console on an empty store and does, through the real window
and its dialogs, what their first month asks of them: the company profile (and with it
the desk's own administrator), a client with a site, a contact and a contract with an SLA
target (T6, C2), an engineer (D4); a ticket with its SLA clock (T1, T2), a visit with that
engineer (D1), time on the ticket, approved by the desk and by the client (E5); the month
billed and the draft issued in the profile's invoice series (C6); and the ticket's audit
trail holds what was done. With DISPATCH_E2E_SHOTS=/tmp/e2e_shots each step's screen is
saved there, the main window at 1366x768.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

SHOTS_VAR = "DISPATCH_E2E_SHOTS"
RULE_ID = re.compile(r"\b[CDETV]\d{1,2}\b")  # a domain rule's ID, never shown to a user
SCREEN = (1366, 768)
TICKET_DAY = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)  # a Tuesday, 10:00 in Amsterdam
BILLING_DAY = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)  # November is over: bill it


class Clock:
    """The desk's clock, stopped; a step moves it on as days pass."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _clock(window: Any) -> Clock:
    """The window's desk clock, to move on."""
    clock = window.desk.clock
    assert isinstance(clock, Clock)
    return clock


# ------------------------------------------------------------------ answering dialogs


def _answer(dialog_type: type[QDialog], act: Callable[[Any], None]) -> list[BaseException]:
    """Act on the next dialog of this type once it is shown (it runs modal); a failure
    rejects the dialog and is handed back, so a test never hangs on it."""
    failures: list[BaseException] = []

    def attempt() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, dialog_type) and widget.isVisible():
                try:
                    act(widget)
                except BaseException as exc:  # handed to the test
                    failures.append(exc)
                    widget.reject()
                return
        QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)
    return failures


def _through(dialog_type: type[QDialog], open_it: Callable[[], object], act: Any) -> None:
    """Open a modal dialog the way the user does (a click, a menu entry) and act on it."""
    failures = _answer(dialog_type, act)
    open_it()
    if failures:
        raise failures[0]


def _click(qtbot: QtBot, button: QPushButton, dialog_type: type[QDialog], act: Any) -> None:
    """Click a button that opens a modal dialog, and act on the dialog."""
    assert button.isEnabled(), f"{button.text()!r} is disabled: {button.toolTip()}"
    _through(dialog_type, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton), act)


def _menu_action(window: Any, menu: str, text: str) -> QAction:
    """The entry of a menu of the window, as the user reads it."""
    for action in window.menus[menu].actions():
        if action.text().replace("&", "") == text:
            assert action.isEnabled(), text
            return action
    raise AssertionError(f"no {text!r} in the {menu} menu")


def _shot(widget: QWidget, name: str) -> None:
    """Save what the user sees, for a look afterwards (only when DISPATCH_E2E_SHOTS names a
    folder, e.g. /tmp/e2e_shots: the run stays quick and writes nothing otherwise)."""
    folder = os.environ.get(SHOTS_VAR)
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the loop would
    widget.grab().save(str(Path(folder) / f"{name}.png"))


def _button(parent: QWidget, text: str) -> QPushButton:
    """A push button of a view by its text."""
    found = [b for b in parent.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, f"{len(found)} buttons {text!r}"
    return found[0]


def _ok(dialog: Any) -> None:
    """Press the record dialog's OK; it must close (else its problems say why)."""
    dialog.ok_button().click()
    assert not dialog.isVisible(), dialog.ui.problems.text()


# ------------------------------------------------------------------ the story


@pytest.fixture
def start(qtbot: QtBot, store: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The window as `console.views.app.open_window` starts it on an empty store: the desk
    signs in from the store, the first start asks for the company, then the window opens."""
    from console.views.context import DeskContext
    from console.views.main_window import MainWindow
    from console.views.setup_dialog import SetupDialog, first_start

    monkeypatch.setenv("LOGNAME", "sanne")  # the system login the first user is named after
    monkeypatch.setenv("USER", "sanne")
    clock = Clock(TICKET_DAY)
    desk = DeskContext(store, clock=clock)
    desk.sign_in_from_store()
    assert desk.user_id is None  # an empty store has no users yet

    def company(dialog: SetupDialog) -> None:
        assert dialog.windowTitle() == "Set up your company"
        assert dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).isEnabled()
        typed = {
            "legal_name": "Helpdesk Noord B.V.", "postcode": "9726 AE", "city": "Groningen",
            "country": "NL", "vat_id": "NL123456789B01", "iban": "NL91 ABNA 0417 1643 00",
            "email": "desk@helpdesk-noord.example", "phone": "+31 50 123 4567",
            "currency": "EUR", "tax_rate": "21", "invoice_prefix": "HN",
            "time_zone": "Europe/Amsterdam", "holiday_country": "NL",
        }  # fmt: skip
        for name, text in typed.items():
            qtbot.keyClicks(getattr(dialog.ui, name), text)
        dialog.ui.address_lines.setPlainText("Stationsplein 1")
        language = dialog.ui.language
        language.setCurrentIndex(language.findText("Nederlands"))
        _shot(dialog, "01-setup-dialog")
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).click()
        assert not dialog.isVisible(), dialog.ui.problems.text()

    failures = _answer(SetupDialog, company)
    assert first_start(desk) is True
    if failures:
        raise failures[0]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings, desk)
    qtbot.addWidget(window)
    window.show()
    window.resize(*SCREEN)  # a laptop's screen: what must fit, fits here
    window.reload()
    return window


def test_a_new_provider_runs_a_month_from_an_empty_store(
    start: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """First start, master data, a ticket with a visit and time, approvals, billing, audit
    (T1, T2, T6, C2, D1, D4, E5, C6)."""
    window = start
    _first_start_made_an_admin_and_the_profile(window)
    client = _clients_tab(window, qtbot)
    _contract_and_engineer(window, qtbot, client)
    ticket = _ticket_visit_and_time(window, qtbot)
    _approvals(window, qtbot)
    _billing(window, qtbot, monkeypatch)
    _audit(window, qtbot, ticket)


def _first_start_made_an_admin_and_the_profile(window: Any) -> None:
    from console.enums import Role
    from console.rules.roles import MONEY
    from console.services.provider import load_profile

    desk = window.desk
    assert desk.user_id is not None and desk.user_name == "sanne"
    assert desk.role is Role.ADMIN and desk.role in MONEY  # may bill and issue (C6)
    assert window.user_label.text() == "sanne (administrator)"
    assert "No clients yet" in window.count_label.text()  # where a new desk starts
    with desk.session() as session:
        profile = load_profile(session)
    assert profile is not None
    assert (profile.legal_name, profile.invoice_prefix, profile.language) == (
        "Helpdesk Noord B.V.", "HN", "nl",
    )  # fmt: skip
    assert (profile.time_zone, profile.holiday_country, profile.tax_rate) == (
        "Europe/Amsterdam", "NL", Decimal(21),
    )  # fmt: skip
    assert profile.iban == "NL91ABNA0417164300" and profile.address_lines == ("Stationsplein 1",)
    assert window.queue.model.rowCount() == 0
    _shot(window, "02-empty-queue")


def _switch(window: Any, qtbot: QtBot, key: Qt.Key, name: str) -> Any:
    """Ctrl+digit: the tab named so comes to the front."""
    window.activateWindow()  # back from a dialog: the window has the keys again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == window.tab_index(name), name
    return window.view_of(name)


def _clients_tab(window: Any, qtbot: QtBot) -> Any:
    from console.views.master_data.record_dialog import RecordDialog

    view = _switch(window, qtbot, Qt.Key.Key_6, "clients")
    assert view.model.rowCount() == 0
    _shot(window, "03-clients-empty")

    def new_client(dialog: RecordDialog) -> None:
        # a new client starts in the provider's own country, zone, language and currency
        assert dialog.values()["country"] == "NL" and dialog.values()["currency"] == "EUR"
        assert dialog.values()["time_zone"] == "Europe/Amsterdam"
        assert dialog.values()["locale"] == "nl_NL"
        for name, text in (("name", "Tulp Logistiek"), ("email_domain", "tulp.example")):
            qtbot.keyClicks(dialog.editors[name].widget, text)
        _shot(dialog, "04-new-client")
        _ok(dialog)

    _click(qtbot, view.add_button, RecordDialog, new_client)
    assert view.model.rowCount() == 1 and view.record is not None
    assert view.record["name"] == "Tulp Logistiek"

    def new_site(dialog: RecordDialog) -> None:
        dialog.set_values(name="HQ", street="Dam 1", postal_code="1012 JS", city="Amsterdam")
        _shot(dialog, "05-new-site")
        _ok(dialog)

    view.detail.setCurrentIndex(view.detail.indexOf(view.sites_table.parentWidget()))
    _click(qtbot, view.add_site_button, RecordDialog, new_site)
    assert [s["name"] for s in view.sites.rows] == ["HQ"]

    def new_contact(dialog: RecordDialog) -> None:
        dialog.set_values(name="Jan Visser", role="local_contact", phone="+31 20 123 4567",
                          email="jan@tulp.example", language="nl", site="HQ")  # fmt: skip
        _shot(dialog, "06-new-contact")
        _ok(dialog)

    view.detail.setCurrentIndex(view.detail.indexOf(view.contacts_table.parentWidget()))
    _click(qtbot, view.add_contact_button, RecordDialog, new_contact)
    assert [(c["name"], c["site"]) for c in view.contacts.rows] == [("Jan Visser", "HQ")]
    _shot(window, "07-client-with-site-and-contact")
    return view.record["id"]


def _contract_and_engineer(window: Any, qtbot: QtBot, client: Any) -> None:
    from console.views.master_data.record_dialog import RecordDialog

    view = _switch(window, qtbot, Qt.Key.Key_7, "contracts")
    assert view.model.rowCount() == 0

    def new_contract(dialog: RecordDialog) -> None:
        dialog.set_values(client=client, kind="service_desk_basis", valid_from="2026-11-01",
                          service_window="10x5", standard_rate="95")  # fmt: skip
        qtbot.mouseClick(dialog.sla.add_button, Qt.MouseButton.LeftButton)
        assert dialog.sla.value() == [
            {"priority": "normal", "kind": "response", "minutes": 240, "use_24x7": False}
        ]  # a new target starts as a normal ticket's response within 4 hours
        _shot(dialog, "08-new-contract")
        _ok(dialog)

    _click(qtbot, view.add_button, RecordDialog, new_contract)
    assert view.model.rowCount() == 1 and view.record is not None
    assert view.record["client"] == "Tulp Logistiek" and view.record["kind"] == "service_desk_basis"
    assert "4 h" in view.summary.toPlainText()
    _shot(window, "09-contract")

    view = _switch(window, qtbot, Qt.Key.Key_8, "engineers")

    def new_engineer(dialog: RecordDialog) -> None:
        dialog.set_values(name="Pieter Bakker", skill_level="senior", skills="network,windows",
                          languages="nl,en", region="Amsterdam",
                          home_time_zone="Europe/Amsterdam")  # fmt: skip
        _shot(dialog, "10-new-engineer")
        _ok(dialog)

    _click(qtbot, view.add_button, RecordDialog, new_engineer)
    assert view.record is not None and view.record["name"] == "Pieter Bakker"
    assert view.record["languages"] == ["en", "nl"]
    _shot(window, "11-engineer")


def _ticket_visit_and_time(window: Any, qtbot: QtBot) -> Any:
    from console.views.ticket_dialog import ContactDialog, TicketDialog
    from console.views.time_dialog import TimeDialog
    from console.views.visit_dialog import VisitDialog

    def new_requester(form: ContactDialog) -> None:
        qtbot.keyClicks(form.ui.name, "Eva de Wit")
        qtbot.keyClicks(form.ui.phone, "+31 20 123 4599")
        qtbot.keyClicks(form.ui.email, "eva@tulp.example")
        _shot(form, "12-new-requester")
        form.ui.buttons.button(form.ui.buttons.StandardButton.Save).click()
        assert not form.isVisible(), form.ui.problems.text()

    def new_ticket(dialog: TicketDialog) -> None:
        ui = dialog.ui
        assert ui.client.currentText() == "Tulp Logistiek"
        # the client's one contract, picked, and its kind said once
        assert ui.contract.currentText() == "Service desk Basis (10x5)"
        assert ui.site.currentText() == "(no site)"
        ui.site.setCurrentIndex(ui.site.findText("HQ, Amsterdam"))
        # the caller is new to the desk: registered on the spot as the client's requester (T1)
        _click(qtbot, ui.newRequester, ContactDialog, new_requester)
        assert ui.requester.currentText() == "Eva de Wit +31201234599"
        qtbot.keyClicks(ui.title, "Printer on the 2nd floor does not print")
        ui.description.setPlainText("Paper jam error after the toner was changed.")
        _shot(dialog, "13-new-ticket")
        ui.buttons.button(ui.buttons.StandardButton.Save).click()
        assert not dialog.isVisible(), ui.problems.text()

    _through(TicketDialog, _menu_action(window, "&Ticket", "New ticket…").trigger, new_ticket)
    queue = window.queue
    assert window.tabs.currentWidget() is queue and queue.model.rowCount() == 1
    ticket = queue.current_ticket_id()
    assert ticket is not None
    qtbot.waitUntil(lambda: queue.model.clock(0) is not None)
    from console.views.queue_model import SLA_COLUMN

    shown = queue.model.index(0, SLA_COLUMN).data()
    assert shown == "response: 4h 00m left"  # 10:00 in Amsterdam, within office hours
    _shot(window, "14-queue-with-ticket")
    # who called, and how to call them back (T1)
    assert "Requester\nEva de Wit · +31201234599\n" in queue.pane.summary.toPlainText()

    def new_visit(dialog: VisitDialog) -> None:
        ui = dialog.ui
        assert ui.site.currentText() == "HQ, Amsterdam"  # the ticket's site
        assert ui.local_contact.currentText() == "(none)"
        ui.local_contact.setCurrentIndex(
            next(i for i in range(ui.local_contact.count())
                 if "Jan Visser" in ui.local_contact.itemText(i))
        )  # fmt: skip
        ui.reserved_hours.setText("2")
        dialog.recheck()
        for i in range(ui.suggestions.count()):
            item = ui.suggestions.item(i)
            if "Pieter Bakker" in item.text():
                item.setCheckState(Qt.CheckState.Checked)
        dialog.recheck()
        _shot(dialog, "15-new-visit")
        # what the dispatcher reads names no rule IDs (D1..D10, E7, C1: the tests' words)
        shown = [ui.findings.item(i).text() for i in range(ui.findings.count())]
        shown += [w.text() for w in dialog.findChildren(QCheckBox)]
        shown += [w.text() for w in dialog.findChildren(QLabel)]
        shown += [ui.skill_level.itemText(i) for i in range(ui.skill_level.count())]
        shown += [ui.reserved_hours.placeholderText()]
        assert shown and not [t for t in shown if RULE_ID.search(t)], shown
        assert dialog.save_button.isEnabled(), [
            ui.findings.item(i).text() for i in range(ui.findings.count())
        ]
        dialog.save_button.click()
        assert not dialog.isVisible(), ui.problems.text()

    _through(VisitDialog, _menu_action(window, "&Ticket", "New visit…").trigger, new_visit)
    assert "requested" in window.statusBar().currentMessage()
    pane = queue.pane
    pane.tabs.setCurrentWidget(pane.visits)
    _shot(window, "16-ticket-visits")
    line = pane.visits.findChild(QLabel, "visit_V-2026-000001")
    assert line is not None and line.isVisible()
    assert line.text().endswith("12 Nov 10:00 · requested · Pieter Bakker")  # Amsterdam time
    # the whole line is readable, and the queue keeps its SLA column in view
    assert line.width() >= min(line.sizeHint().width(), pane.visits.width() - 20)
    sla_left = queue.table.columnViewportPosition(SLA_COLUMN)
    assert 0 <= sla_left < queue.table.viewport().width(), "the SLA column is out of view"

    def log(dialog: TimeDialog) -> None:
        ui = dialog.ui
        assert ui.engineer.currentText() == "Pieter Bakker"
        ui.description.setPlainText("Cleared the jam, replaced the fuser.")
        _shot(dialog, "17-log-time")
        ui.buttons.button(ui.buttons.StandardButton.Save).click()
        assert not dialog.isVisible(), ui.problems.text()

    _clock(window).now = TICKET_DAY.replace(hour=11)
    _through(TimeDialog, _menu_action(window, "&Ticket", "Log time…").trigger, log)
    # two hours on (12:00 in Amsterdam): F5, and the clock has run two hours of office time
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: queue.model.index(0, SLA_COLUMN).data() == "response: 2h 00m left")
    assert queue.current_ticket_id() == ticket
    _shot(window, "18-ticket-pane-after-time")
    return ticket


def _approvals(window: Any, qtbot: QtBot) -> None:
    from console.views.client_approval_dialog import ClientApprovalDialog

    view = _switch(window, qtbot, Qt.Key.Key_4, "time")
    table, entries = view.approvals, view.approvals.model()
    assert entries.rowCount() == 1
    assert entries.index(0, 7).data() == "desk and client"
    _shot(window, "19-time-awaiting")
    table.selectRow(0)
    qtbot.mouseClick(_button(view, "Approve selected"), Qt.MouseButton.LeftButton)
    assert entries.rowCount() == 1 and entries.index(0, 7).data() == "the client"
    table.selectRow(0)

    def client_says_yes(dialog: ClientApprovalDialog) -> None:
        qtbot.keyClicks(dialog.ui.person, "Jan Visser")
        method = dialog.ui.method
        method.setCurrentIndex(method.findText("Email"))
        _shot(dialog, "20-client-approval")
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).click()
        assert not dialog.isVisible(), dialog.ui.problems.text()

    _click(qtbot, view.findChild(QPushButton, "clientApproval"), ClientApprovalDialog,
           client_says_yes)  # fmt: skip
    assert entries.rowCount() == 0, "approved twice, the entry no longer waits"
    _shot(window, "21-time-approved")


def _billing(window: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> str:
    _clock(window).now = BILLING_DAY
    view = _switch(window, qtbot, Qt.Key.Key_5, "billing")
    assert view.month.date().toString("yyyy-MM") == "2026-11"
    assert view.run_button.isEnabled() and view.preview_button.isEnabled()
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Preview" in view.summary.text())
    assert view.list.model().rowCount() == 1 and "wait for an approval" not in view.summary.text()
    _shot(window, "22-billing-preview")
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "billed" in view.summary.text())
    assert view.list.model().rowCount() == 1
    view.list.selectRow(0)
    assert view.lines.rowCount() == 1 and "95" in view.lines.item(0, 3).text()
    _shot(window, "23-billing-draft")
    asked: list[str] = []

    def yes(*args: Any, **_kw: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    qtbot.mouseClick(view.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Issued" in view.summary.text())
    assert asked and "never changes" in asked[0]
    number = view.summary.text().split(": ", 1)[1]
    assert number == "HN-2026-000001", view.summary.text()
    view.status.setCurrentIndex(1)  # issued
    assert view.list.model().rowCount() == 1 and view.list.model().index(0, 0).data() == number
    view.list.selectRow(0)
    _shot(window, "24-billing-issued")
    return number


def _audit(window: Any, qtbot: QtBot, ticket: Any) -> None:
    from console.services.audit import trail

    with window.desk.session() as session:
        rows = trail(session, "ticket", str(ticket))
    done = {(r.entity, r.action) for r in rows}
    assert {("ticket", "create"), ("visit", "create"), ("time entry", "create")} <= done, done
    assert {r.user for r in rows} == {"sanne"}
    # and the ticket pane's History tab shows the same to the dispatcher
    queue = _switch(window, qtbot, Qt.Key.Key_1, "queue")
    assert queue.select_ticket(ticket)
    pane = queue.pane
    pane.tabs.setCurrentWidget(pane.history)
    shown = pane.history.toPlainText()
    for what in ("ticket, created", "visit, created", "time entry, created"):
        assert what in shown, shown
    # in words the dispatcher reads: records by name, times in the client's zone
    said = ("engineer: — → Pieter Bakker", "local contact: — → Jan Visser", "site: — → HQ",
            "planned start: — → 2026-11-12 10:00", "instructions attached: — → no",
            "provider approved by: — → sanne", "client approved by: — → Jan Visser",
            "invoice line: — → HN-2026-000001")  # fmt: skip
    for words in said:
        assert words in shown, shown
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", shown), "an id shown to the dispatcher"
    assert "ticket id" not in shown and "False" not in shown and "+00:00" not in shown
    _shot(window, "25-ticket-history")
