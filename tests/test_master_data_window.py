"""Master data in the window (issue 18): from an empty store a provider enters and keeps
its clients with their sites and contacts, contracts with SLA targets (T6, C2) and
engineers (D4), through one dialog made from each kind's fields; refused input names
the field by its label and writes nothing; the roles of the rules decide who may."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from conftest import table_count
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from console.enums import Priority, Role, SlaTargetKind
from console.model import User
from console.services.history import record_history
from console.services.master_data import clients, contracts, engineers
from console.sync.session import store_session
from console.views.context import DeskContext
from console.views.import_dialog import ImportDialog
from console.views.master_data.clients_view import ClientsView
from console.views.master_data.contracts_view import ContractsView
from console.views.master_data.end_contract_dialog import EndContractDialog
from console.views.master_data.engineers_view import EngineersView
from console.views.master_data.record_dialog import RecordDialog

ACME = dict(
    name="Acme BV", country="NL", time_zone="Europe/Amsterdam", locale="nl_NL", currency="EUR"
)


def _user(engine: Engine, role: Role, name: str) -> uuid.UUID:
    with store_session(engine) as session, session.begin():
        user = User(username=name, display_name=name.title(), role=role)
        session.add(user)
        session.flush()
        return user.id


def _desk(engine: Engine, username: str) -> DeskContext:
    desk = DeskContext(engine)
    desk.sign_in(username)
    assert desk.user_id is not None
    return desk


@pytest.fixture
def desk(store: Engine) -> DeskContext:
    """An administrator's desk on a fresh, empty store."""
    _user(store, Role.ADMIN, "anna")
    return _desk(store, "anna")


def _view(qtbot: QtBot, cls: type[Any], desk: DeskContext) -> Any:
    view = cls(desk)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.reload()
    return view


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


def _click(qtbot: QtBot, button: QPushButton, dialog_type: type[QDialog], act: Any) -> None:
    """Click a button that opens a modal dialog, and act on the dialog."""
    failures = _answer(dialog_type, act)
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if failures:
        raise failures[0]


def _ok(dialog: RecordDialog) -> None:
    dialog.ok_button().click()
    assert not dialog.isVisible(), dialog.ui.problems.text()


def _type_client(qtbot: QtBot, dialog: RecordDialog, **values: str) -> None:
    for name, value in values.items():
        qtbot.keyClicks(dialog.editors[name].widget, value)


# ------------------------------------------------------------------ tabs


def test_three_master_data_tabs_with_their_own_keys(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path
) -> None:
    from console.views.main_window import MainWindow
    from console.views.tabs import TABS

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(desk.engine, settings, desk)
    qtbot.addWidget(window)
    mine = {t.name: t for t in TABS if t.name in ("clients", "contracts", "engineers")}
    assert [(t.title, t.shortcut) for t in mine.values()] == [
        ("C&lients", "Ctrl+6"), ("C&ontracts", "Ctrl+7"), ("&Engineers", "Ctrl+8"),
    ]  # fmt: skip
    keys = [t.title[t.title.index("&") + 1].lower() for t in TABS]
    assert len(keys) == len(set(keys)), "two tabs share a mnemonic"
    assert isinstance(window.view_of("clients"), ClientsView)
    assert isinstance(window.view_of("contracts"), ContractsView)
    assert isinstance(window.view_of("engineers"), EngineersView)


# ------------------------------------------------------------------ clients, sites, contacts


def test_add_a_client_then_a_site_and_a_contact_through_the_dialogs(
    qtbot: QtBot, desk: DeskContext
) -> None:
    engineers.add_engineer(desk.session, desk.user_id, name="Sanne de Boer",
                           home_time_zone="Europe/Amsterdam")  # fmt: skip
    view = _view(qtbot, ClientsView, desk)
    assert view.model.rowCount() == 0 and not view.edit_button.isEnabled()

    def new_client(dialog: RecordDialog) -> None:
        row = dialog.editors["time_zone"].widget.parentWidget()
        assert row is not None
        caption = dialog.ui.fields.labelForField(row)
        assert isinstance(caption, QLabel) and caption.text() == "Time zone:"
        _type_client(qtbot, dialog, **ACME)
        dialog.set_values(assigned_engineer="Sanne de Boer", nda_on_file=True,
                          nda_date="2026-03-01", workstations="25")  # fmt: skip
        _ok(dialog)

    _click(qtbot, view.add_button, RecordDialog, new_client)
    assert view.model.rowCount() == 1 and view.record is not None
    assert view.record["name"] == "Acme BV" and view.record["assigned_engineer"] == "Sanne de Boer"
    assert str(view.record["nda_date"]) == "2026-03-01" and view.record["workstations"] == 25
    assert "Assigned engineer" in view.summary.toPlainText()

    def new_site(dialog: RecordDialog) -> None:
        dialog.set_values(name="HQ", street="Dam 1", city="Amsterdam", postal_code="1012 JS")
        _ok(dialog)

    _click(qtbot, view.add_site_button, RecordDialog, new_site)
    assert [s["name"] for s in view.sites.rows] == ["HQ"]
    assert view.sites.rows[0]["time_zone"] == "Europe/Amsterdam"  # the client's, by default

    def new_contact(dialog: RecordDialog) -> None:
        dialog.set_values(name="Jan Visser", role="local_contact", phone="+31 20 123 4567",
                          site="HQ", messengers="whatsapp=+31612345678")  # fmt: skip
        _ok(dialog)

    _click(qtbot, view.add_contact_button, RecordDialog, new_contact)
    contact = view.contacts.rows[0]
    assert (contact["name"], contact["site"], contact["phone"]) == (
        "Jan Visser", "HQ", "+31201234567",
    )  # fmt: skip
    assert contact["messengers"] == {"whatsapp": "+31612345678"}
    assert view.model.rows[0]["sites"] == 1 and view.model.rows[0]["contacts"] == 1

    def new_contract(dialog: RecordDialog) -> None:
        assert dialog.editors["client"].value() == view.record["id"]
        dialog.set_values(kind="on_demand", valid_from="2026-01-01", on_demand_rate="110")
        _ok(dialog)

    _click(qtbot, view.add_contract_button, RecordDialog, new_contract)
    assert [(k["kind"], k["valid_until"]) for k in view.contracts.rows] == [("on_demand", None)]


def test_edit_sends_only_the_changed_fields_and_history_shows_them(
    qtbot: QtBot, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = clients.add_client(desk.session, desk.user_id, **ACME)
    view = _view(qtbot, ClientsView, desk)
    assert view.select(client)
    sent: list[dict[str, object]] = []
    real = clients.edit_client

    def spy(sessions: Any, user: Any, ref: Any, **values: object) -> None:
        sent.append(values)
        real(sessions, user, ref, **values)

    monkeypatch.setattr(clients, "edit_client", spy)

    def change_vat(dialog: RecordDialog) -> None:
        dialog.set_values(vat_id="NL001234567B01")
        _ok(dialog)

    _click(qtbot, view.edit_button, RecordDialog, change_vat)
    assert sent == [{"vat_id": "NL001234567B01"}]
    assert view.record is not None and view.record["vat_id"] == "NL001234567B01"
    view.detail.setCurrentWidget(view.history)
    shown = view.history.toPlainText()
    assert "VAT number" in shown and "NL001234567B01" in shown and "vat_id" not in shown
    trail = record_history(desk.session, "client", client)
    assert [row.action for row in trail] == ["create", "change"]
    assert set(trail[1].changes) == {"vat_id"}

    def change_nothing(dialog: RecordDialog) -> None:
        _ok(dialog)

    _click(qtbot, view.edit_button, RecordDialog, change_nothing)
    assert len(sent) == 1  # nothing changed, nothing sent


def test_a_refused_field_shows_its_label_and_reason_and_nothing_is_written(
    qtbot: QtBot, desk: DeskContext
) -> None:
    view = _view(qtbot, ClientsView, desk)
    dialog = view.add_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_values(**{**ACME, "time_zone": "Mars/Base"})
    dialog.ok_button().click()
    assert dialog.isVisible() and dialog.result() == 0
    error = dialog.errors["time_zone"]
    assert error.isVisibleTo(dialog) and "Mars/Base" in error.text() and "time zone" in error.text()
    problems = dialog.ui.problems.text()
    assert "Time zone:" in problems and "time_zone" not in problems
    assert table_count(desk.engine, "clients") == 0
    # a required field left empty is named by its label too
    dialog.set_values(time_zone="Europe/Amsterdam", name="")
    dialog.ok_button().click()
    assert "Name:" in dialog.ui.problems.text() and dialog.errors["name"].text() == "is required"
    assert not dialog.errors["time_zone"].isVisibleTo(dialog)  # the old refusal is gone
    assert table_count(desk.engine, "clients") == 0
    dialog.set_values(name="Acme BV")
    _ok(dialog)
    assert table_count(desk.engine, "clients") == 1


def test_search_deactivate_and_include_inactive(
    qtbot: QtBot, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, country in (("Acme BV", "NL"), ("Tulp Logistiek", "NL"), ("Berliner GmbH", "DE")):
        clients.add_client(desk.session, desk.user_id, **{**ACME, "name": name,
                                                          "country": country})  # fmt: skip
    view = _view(qtbot, ClientsView, desk)
    assert view.model.rowCount() == 3
    qtbot.keyClicks(view.search, "tulp")
    assert [r["name"] for r in view.model.rows] == ["Tulp Logistiek"]
    view.search.clear()
    assert view.select(view.model.rows[0]["id"]) and view.record is not None
    asked: list[str] = []

    def confirm(question: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(view, "confirm", confirm)
    qtbot.mouseClick(view.deactivate_button, Qt.MouseButton.LeftButton)
    assert asked and "Acme BV" in asked[0]
    assert [r["name"] for r in view.model.rows] == ["Berliner GmbH", "Tulp Logistiek"]
    view.include_inactive.setChecked(True)
    assert view.model.rowCount() == 3
    assert view.select(view.model.rows[0]["id"]) and not view.deactivate_button.isEnabled()
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed


def test_a_site_is_deactivated_never_deleted_and_twice_is_refused_in_words(
    qtbot: QtBot, desk: DeskContext
) -> None:
    client = clients.add_client(desk.session, desk.user_id, **ACME)
    clients.add_site(desk.session, desk.user_id, client, name="HQ", street="Dam 1",
                     city="Amsterdam")  # fmt: skip
    view = _view(qtbot, ClientsView, desk)
    view.select(client)
    view.sites_table.selectRow(0)
    assert view.deactivate_site_button.isEnabled()
    qtbot.mouseClick(view.deactivate_site_button, Qt.MouseButton.LeftButton)
    (site,) = clients.show_client(desk.session, client)["sites"]
    assert site["active"] is False  # kept for the tickets and visits that point to it
    view.select(client)
    view.sites_table.selectRow(0)
    qtbot.mouseClick(view.deactivate_site_button, Qt.MouseButton.LeftButton)
    assert view.messages and view.messages[-1] == "Site: HQ is inactive already"


# ------------------------------------------------------------------ contracts


def test_add_a_contract_with_sla_targets_then_end_it(qtbot: QtBot, desk: DeskContext) -> None:
    client = clients.add_client(desk.session, desk.user_id, **ACME)
    view = _view(qtbot, ContractsView, desk)
    assert view.add_button.isEnabled()

    def new_contract(dialog: RecordDialog) -> None:
        assert dialog.editors["client"].value() == client  # the only client, chosen
        dialog.set_values(kind="service_desk_basis", valid_from="2026-01-01",
                          standard_rate="95", service_window="24x7")  # fmt: skip
        dialog.sla.add_target(Priority.URGENT, SlaTargetKind.RESPONSE, 15)
        dialog.sla.add_target(Priority.URGENT, SlaTargetKind.RESOLUTION, 240, use_24x7=True)
        dialog.sla.add_target(Priority.NORMAL, SlaTargetKind.RESPONSE, 240)
        _ok(dialog)

    _click(qtbot, view.add_button, RecordDialog, new_contract)
    assert view.record is not None
    contract = view.record["id"]
    assert view.record["sla"] == (
        "urgent:response=15m,urgent:resolution=240m/24x7,normal:response=240m"
    )
    assert view.record["service_window"]["sat"] == [["00:00", "24:00"]]
    shown = view.summary.toPlainText()
    assert "SLA targets" in shown and "15 min" in shown and "4 h (24x7)" in shown
    assert "Standard hourly rate" in shown and "95.00" in shown

    def change_targets(dialog: RecordDialog) -> None:
        assert dialog.sla.table.rowCount() == 3
        dialog.sla.table.setCurrentCell(2, 0)
        dialog.sla.remove_selected()
        _ok(dialog)

    _click(qtbot, view.edit_button, RecordDialog, change_targets)
    assert contracts.show_contract(desk.session, contract)["sla"] == (
        "urgent:response=15m,urgent:resolution=240m/24x7"
    )

    def end_it(dialog: EndContractDialog) -> None:
        dialog.ui.last_day.setDate(dialog.ui.last_day.date().addDays(-1))
        dialog.ui.buttons.accepted.emit()
        assert not dialog.isVisible(), dialog.ui.problems.text()

    assert view.deactivate_button.text() == "End contract…"
    _click(qtbot, view.deactivate_button, EndContractDialog, end_it)
    assert view.model.rowCount() == 0  # ended yesterday: no longer listed
    view.include_inactive.setChecked(True)
    assert view.model.rowCount() == 1 and view.model.rows[0]["valid_until"] is not None


def test_a_refused_sla_or_kind_field_keeps_the_contract_dialog_open(
    qtbot: QtBot, desk: DeskContext
) -> None:
    clients.add_client(desk.session, desk.user_id, **ACME)
    view = _view(qtbot, ContractsView, desk)
    dialog = view.add_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_values(kind="fte_bundle", valid_from="2026-01-01")
    dialog.ok_button().click()
    assert dialog.isVisible() and "Bundle hours per month:" in dialog.ui.problems.text()
    assert dialog.errors["bundle_hours"].isVisibleTo(dialog)
    dialog.set_values(bundle_hours="40")
    dialog.sla.add_target(Priority.URGENT, SlaTargetKind.RESPONSE, 15)
    dialog.sla.add_target(Priority.URGENT, SlaTargetKind.RESPONSE, 30)
    dialog.ok_button().click()
    assert dialog.isVisible() and dialog.ui.problems.text().startswith(
        "<span style='color:#c62828'>SLA targets:"
    )
    assert "given twice" in dialog.errors["sla"].text()
    assert table_count(desk.engine, "contracts") == 0


# ------------------------------------------------------------------ engineers


def test_add_edit_and_deactivate_an_engineer(
    qtbot: QtBot, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, EngineersView, desk)

    def new_engineer(dialog: RecordDialog) -> None:
        dialog.set_values(name="Sanne de Boer", home_time_zone="Europe/Amsterdam",
                          skills="network, windows", languages="nl, en", skill_level="specialist",
                          working_hours='{"mon": [["07:00", "15:00"]]}',
                          cost_rate="55")  # fmt: skip
        _ok(dialog)

    _click(qtbot, view.add_button, RecordDialog, new_engineer)
    record = view.record
    assert record is not None and record["name"] == "Sanne de Boer"
    assert record["skills"] == ["network", "windows"] and record["languages"] == ["en", "nl"]
    assert record["working_hours"]["mon"] == [["07:00", "15:00"]]
    assert record["working_hours"]["tue"] == [] and str(record["skill_level"]) == "specialist"
    shown = view.summary.toPlainText()
    assert "Working hours" in shown and "07:00–15:00" in shown

    def move_region(dialog: RecordDialog) -> None:
        assert dialog.editors["working_hours"].value() == '{"mon": [["07:00", "15:00"]], ' + (
            '"tue": [], "wed": [], "thu": [], "fri": [], "sat": [], "sun": []}'
        )
        dialog.set_values(region="Groningen")
        _ok(dialog)

    _click(qtbot, view.edit_button, RecordDialog, move_region)
    trail = record_history(desk.session, "engineer", record["id"])
    assert [r.action for r in trail] == ["create", "change"] and set(trail[1].changes) == {"region"}
    monkeypatch.setattr(view, "confirm", lambda _question: True)
    qtbot.mouseClick(view.deactivate_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 0
    view.include_inactive.setChecked(True)
    assert view.model.rows[0]["active"] is False


# ------------------------------------------------------------------ who may


def test_an_engineer_desk_cannot_add_a_contract_button_and_service_both_refuse(
    qtbot: QtBot, store: Engine
) -> None:
    _user(store, Role.ADMIN, "anna")
    _user(store, Role.ENGINEER, "erik")
    admin = _desk(store, "anna")
    clients.add_client(admin.session, admin.user_id, **ACME)
    desk = _desk(store, "erik")
    view = _view(qtbot, ContractsView, desk)
    assert not view.add_button.isEnabled()
    assert "may not change contracts" in view.add_button.toolTip()
    clients_view = _view(qtbot, ClientsView, desk)
    assert not clients_view.add_button.isEnabled()
    # the service is the real gate: the dialog sent anyway is refused, nothing written
    dialog = view.add_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_values(kind="on_demand", valid_from="2026-01-01")
    dialog.ok_button().click()
    assert dialog.isVisible()
    assert "Contract: an engineer may not change contracts" in dialog.ui.problems.text()
    assert table_count(store, "contracts") == 0


def test_a_dispatcher_keeps_clients_and_engineers_but_not_contracts_or_costs(
    qtbot: QtBot, store: Engine
) -> None:
    _user(store, Role.DISPATCHER, "dirk")
    desk = _desk(store, "dirk")
    assert _view(qtbot, ClientsView, desk).add_button.isEnabled()
    assert not _view(qtbot, ContractsView, desk).add_button.isEnabled()
    view = _view(qtbot, EngineersView, desk)
    dialog = view.add_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.editors["cost_rate"].widget.isEnabled()
    assert "may not set" in dialog.editors["cost_rate"].widget.toolTip()
    dialog.set_values(name="Piet", home_time_zone="Europe/Amsterdam")
    _ok_hidden = dialog.ok_button()
    dialog.show()
    _ok_hidden.click()
    assert not dialog.isVisible() and table_count(store, "engineers") == 1


def test_a_store_without_users_is_set_up_by_its_owner(qtbot: QtBot, store: Engine) -> None:
    desk = DeskContext(store)
    desk.sign_in(None)
    assert desk.user_id is None  # no users yet: the services let the owner act as admin
    view = _view(qtbot, ContractsView, desk)
    assert view.add_button.isEnabled()
    clients.add_client(desk.session, None, **ACME)
    dialog = view.add_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_values(kind="on_demand", valid_from="2026-01-01")
    _ok(dialog)
    assert table_count(store, "contracts") == 1


# ------------------------------------------------------------------ import


def _csv(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def import_dialog(qtbot: QtBot, desk: DeskContext) -> Iterator[ImportDialog]:
    dialog = ImportDialog(desk, None)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog


def test_import_a_good_csv_check_first_then_import(
    import_dialog: ImportDialog, desk: DeskContext, tmp_path: Path
) -> None:
    good = _csv(tmp_path, "clients.csv",
                "name,country,time_zone,locale,currency\n"
                "Acme BV,NL,Europe/Amsterdam,nl_NL,EUR\n"
                "Tulp Logistiek,NL,Europe/Amsterdam,nl_NL,EUR\n")  # fmt: skip
    dialog = import_dialog
    assert not dialog.ui.run.isEnabled()  # no file yet
    dialog.ui.path.setText(good)
    assert "time_zone" in dialog.ui.columns.text()
    dialog.ui.check.click()
    assert "All 2 rows are good" in dialog.ui.summary.text()
    assert table_count(desk.engine, "clients") == 0
    imported: list[str] = []
    dialog.imported.connect(imported.append)
    dialog.ui.run.click()
    assert "2 rows added" in dialog.ui.summary.text() and imported == ["clients"]
    assert table_count(desk.engine, "clients") == 2


def test_import_a_bad_csv_lists_row_column_reason_and_writes_nothing(
    import_dialog: ImportDialog, desk: DeskContext, tmp_path: Path
) -> None:
    clients.add_client(desk.session, desk.user_id, **ACME)
    bad = _csv(tmp_path, "sites.csv",
               "client,name,street,city,time_zone\n"
               "Acme BV,HQ,Dam 1,Amsterdam,\n"
               "Acme BV,Depot,Kade 2,Rotterdam,Mars/Base\n"
               "Nobody BV,Shop,Straat 3,Utrecht,\n")  # fmt: skip
    dialog = import_dialog
    dialog.ui.kind.setCurrentIndex(1)
    assert dialog.kind() == "sites"
    dialog.ui.path.setText(bad)
    dialog.ui.run.click()
    report = dialog.ui.report
    rows = [
        tuple(report.item(r, c).text() for c in range(3))  # type: ignore[union-attr]
        for r in range(report.rowCount())
    ]
    assert [(r[0], r[1]) for r in rows] == [("3", "time_zone"), ("4", "client")]
    assert "Mars/Base" in rows[0][2] and "Nobody BV" in rows[1][2]
    assert "2 of 3 rows refused; nothing was written" in dialog.ui.summary.text()
    assert table_count(desk.engine, "sites") == 0


def test_an_engineer_may_not_import(qtbot: QtBot, store: Engine, tmp_path: Path) -> None:
    _user(store, Role.ENGINEER, "erik")
    dialog = ImportDialog(_desk(store, "erik"), None)
    qtbot.addWidget(dialog)
    dialog.ui.path.setText(_csv(tmp_path, "e.csv", "name,home_time_zone\nX,Europe/Amsterdam\n"))
    assert not dialog.ui.run.isEnabled() and "may not change" in dialog.ui.summary.text()


def test_the_history_of_a_client_holds_its_sites_and_contracts(desk: DeskContext) -> None:
    client = clients.add_client(desk.session, desk.user_id, **ACME)
    clients.add_site(desk.session, desk.user_id, client, name="HQ", street="Dam 1",
                     city="Amsterdam")  # fmt: skip
    contracts.add_contract(desk.session, desk.user_id, client, kind="on_demand",
                           valid_from="2026-01-01")  # fmt: skip
    rows = record_history(partial(store_session, desk.engine), "client", client)
    assert [r.entity for r in rows] == ["client", "site", "contract"]
    assert rows[0].user == "Anna" and rows[0].changes["name"] == (None, "Acme BV")


def test_a_contact_who_wants_no_mail_is_marked_from_the_clients_tab(
    qtbot: QtBot, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Per-contact opt-out (the e-mail channel): the desk stops and resumes a contact's
    mail from the contact list, with why, and the list says who gets mail."""
    from PySide6.QtWidgets import QInputDialog

    from console.services.mail.outbox import opted_out

    client = clients.add_client(desk.session, desk.user_id, **ACME)
    eva = clients.add_contact(desk.session, desk.user_id, client, name="Eva Smit",
                              role="requester", phone="+31201234567",
                              email="eva@acme.example")  # fmt: skip
    view = _view(qtbot, ClientsView, desk)
    view.select(client)
    view.contacts_table.selectRow(0)
    assert view.mail_button.isEnabled() and view.mail_button.text() == "No mail to them…"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("asked by phone", True))
    qtbot.mouseClick(view.mail_button, Qt.MouseButton.LeftButton)
    (shown,) = clients.show_client(desk.session, client)["contacts"]
    assert shown["gets_mail"] is False
    with desk.session() as session:
        assert opted_out(session, eva)
    assert view.contacts.rows[0]["gets_mail"] is False
    assert view.mail_button.text() == "Mail them again"
    qtbot.mouseClick(view.mail_button, Qt.MouseButton.LeftButton)
    assert clients.show_client(desk.session, client)["contacts"][0]["gets_mail"] is True
    with desk.session() as session:
        assert not opted_out(session, eva)
