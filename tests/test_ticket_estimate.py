"""A ticket's estimate of the effort (T7): set by the desk from the pane and the command
line, one ticket or several, taken back with Edit ▸ Undo, and shown against the time
logged on the ticket."""

from __future__ import annotations

import uuid
from decimal import Decimal
from functools import partial
from typing import Any

import pytest
from conftest import DEMO_NOW, run_cli
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console.enums import TicketStatus
from console.errors import ValidationError
from console.model import AuditEntry, Ticket, TimeEntry, User
from console.rules.effort import check_estimate, estimate_use, read_minutes
from console.services.acting import Acting
from console.services.bulk_tickets import BulkRefusedError, Field, change_tickets, take_back
from console.services.ticket_detail import detail_of
from console.sync.session import store_session
from console.views.main_window import MainWindow
from console.views.queue_model import KEYS


def _user(engine: Engine, username: str) -> uuid.UUID:
    with Session(engine) as session:
        return session.scalars(select(User.id).where(User.username == username)).one()


def _open(engine: Engine, n: int) -> list[tuple[uuid.UUID, str]]:
    with Session(engine) as session:
        rows = session.execute(
            select(Ticket.id, Ticket.reference)
            .where(Ticket.status == TicketStatus.OPEN.value)
            .order_by(Ticket.reference)
            .limit(n)
        ).all()
    return [(i, r) for i, r in rows]


def _estimates(engine: Engine, ids: list[uuid.UUID]) -> dict[uuid.UUID, int | None]:
    with Session(engine) as session:
        found = session.execute(
            select(Ticket.id, Ticket.estimate_minutes).where(Ticket.id.in_(ids))
        )
        return {i: m for i, m in found}


# ------------------------------------------------------------------ the rule
def test_t7_an_estimate_is_typed_in_hours_and_minutes_and_kept_within_bounds() -> None:
    typed = ("4h", "1h30m", "90m", "90", "1h 30 min", "  ")
    assert [read_minutes(t, "estimate", "T7") for t in typed] == [240, 90, 90, 90, 90, None]
    with pytest.raises(ValidationError) as refused:
        read_minutes("two days", "--estimate", "T7")
    assert refused.value.field == "--estimate" and refused.value.rule == "T7"
    assert check_estimate(None) is None and check_estimate(60_000) == 60_000
    for wrong in (0, -5, 60_001):
        with pytest.raises(ValidationError, match="from 1 minute to 1,000 hours"):
            check_estimate(wrong)


def test_t7_the_time_logged_is_measured_against_the_estimate() -> None:
    assert estimate_use(None, Decimal("3")) is None
    within = estimate_use(120, Decimal("1.5"))
    assert within is not None and within.share == Decimal("0.75") and within.over_minutes == 0
    over = estimate_use(60, Decimal("1.75"))
    assert over is not None and over.logged_minutes == 105 and over.over_minutes == 45


# ------------------------------------------------------------------ the service
def test_t7_the_desk_estimates_two_tickets_at_once_audited_and_taken_back(
    demo_engine: Engine,
) -> None:
    sessions = partial(store_session, demo_engine)
    anna = Acting(_user(demo_engine, "desk.anna"))
    ids = [i for i, _ in _open(demo_engine, 2)]
    before = _estimates(demo_engine, ids)
    done = change_tickets(sessions, anna, ids, Field.ESTIMATE, "150", DEMO_NOW)
    assert _estimates(demo_engine, ids) == dict.fromkeys(ids, 150)
    assert {c.after_label for c in done.changes} == {"2h 30m"}
    with Session(demo_engine) as session:
        trail = session.scalars(
            select(AuditEntry.changes).where(AuditEntry.entity_id == ids[0]).order_by(AuditEntry.at)
        ).all()
    assert {"estimate_minutes": [before[ids[0]], 150]} in trail
    take_back(sessions, anna, done, DEMO_NOW)
    assert _estimates(demo_engine, ids) == before
    change_tickets(sessions, anna, ids[:1], Field.ESTIMATE, None, DEMO_NOW)  # no estimate
    assert _estimates(demo_engine, ids[:1]) == {ids[0]: None}


def test_t7_an_engineer_may_not_estimate_and_a_bad_value_changes_nothing(
    demo_engine: Engine,
) -> None:
    sessions = partial(store_session, demo_engine)
    ids = [i for i, _ in _open(demo_engine, 2)]
    before = _estimates(demo_engine, ids)
    engineer = Acting(_user(demo_engine, "eng001"))
    with pytest.raises(BulkRefusedError, match="may not estimate a ticket's effort"):
        change_tickets(sessions, engineer, ids, Field.ESTIMATE, "60", DEMO_NOW)
    anna = Acting(_user(demo_engine, "desk.anna"))
    for wrong in ("0", "1h", "70000"):
        with pytest.raises(ValidationError) as refused:
            change_tickets(sessions, anna, ids, Field.ESTIMATE, wrong, DEMO_NOW)
        assert refused.value.field == "estimate"
    assert _estimates(demo_engine, ids) == before


def test_t7_the_pane_reads_the_estimate_against_the_hours_logged(demo_engine: Engine) -> None:
    with Session(demo_engine) as session:
        ticket_id = session.scalars(select(TimeEntry.ticket_id).limit(1)).one()
    sessions = partial(store_session, demo_engine)
    anna = Acting(_user(demo_engine, "desk.anna"))
    change_tickets(sessions, anna, [ticket_id], Field.ESTIMATE, "1", DEMO_NOW)
    detail = detail_of(sessions, anna, ticket_id, DEMO_NOW)
    assert detail.estimate_minutes == 1 and detail.hours_logged > 0
    use = detail.estimate
    assert use is not None and use.over_minutes == use.logged_minutes - 1 > 0


# ------------------------------------------------------------------ the command line
def test_t7_tickets_bulk_sets_the_estimate_and_tickets_show_prints_it(
    demo_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", str(demo_engine.url.database))
    refs = [r for _, r in _open(demo_engine, 2)]
    code, out, err = run_cli(capsys, "tickets", "bulk", *refs, *db, "--estimate", "1h30m")
    assert code == 0, err
    assert f"{refs[0]}: estimate " in out and "-> 1h 30m" in out
    code, out, err = run_cli(capsys, "tickets", "show", refs[0], *db)
    assert code == 0 and "estimate: 1h 30m; " in out and " logged (" in out, err
    from console.cli.tickets import _estimate_line
    from console.rules.effort import EstimateUse

    assert _estimate_line(EstimateUse(90, 0)) == "estimate: 1h 30m; nothing logged yet"
    for wrong, said in (("2 days", "is not a time such as 4h"), ("0", "from 1 minute")):
        code, out, err = run_cli(capsys, "tickets", "bulk", refs[0], *db, "--estimate", wrong)
        assert code == 2 and err.count("\n") == 1 and "--estimate" in err and said in err
    code, out, err = run_cli(capsys, "tickets", "bulk", refs[0], *db, "--no-estimate")
    assert code == 0 and "-> none" in out, err
    code, out, err = run_cli(capsys, "tickets", "show", refs[0], *db)
    assert "estimate:" not in out


# ------------------------------------------------------------------ the window
def _select_one(window: MainWindow, status: str) -> None:
    model, table = window.queue.model, window.queue.table
    column = KEYS.index("status")
    row = next(r for r in range(model.rowCount()) if model.index(r, column).data() == status)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().select(model.index(row, 0), flags)


def _estimate_button(pane: Any) -> QPushButton:
    """The shown ticket's estimate button (those of tickets shown before wait to be deleted)."""
    QApplication.processEvents()  # a button added to a shown pane shows on the next events
    shown = [b for b in pane.findChildren(QPushButton, "action_estimate") if b.isVisibleTo(pane)]
    assert len(shown) == 1
    return shown[0]


def test_t7_the_pane_estimates_a_ticket_from_its_menu_and_undo_takes_it_back(
    window: MainWindow,
) -> None:
    pane = window.queue.pane
    _select_one(window, "Open")
    assert pane.detail is not None
    ticket, before = pane.detail.id, pane.detail.estimate_minutes
    assert not pane.findChild(QPushButton, "changeEstimate").isVisibleTo(pane)  # for several
    button = _estimate_button(pane)
    menu = button.menu()
    menu.aboutToShow.emit()
    two_hours = next(a for a in menu.actions() if a.text() == "2h")
    two_hours.trigger()
    assert _estimates(window.desk.engine, [ticket]) == {ticket: 120}
    assert _estimate_button(pane).text() == "Estimate 2h"
    assert "2h · " in pane.summary.toPlainText() and "logged (" in pane.summary.toPlainText()
    assert window.act_undo.text() == f"&Undo estimate of {pane.detail.reference}"
    window.act_undo.trigger()
    assert _estimates(window.desk.engine, [ticket]) == {ticket: before}


def test_t7_another_estimate_is_typed_and_a_wrong_one_is_told_not_saved(
    window: MainWindow, monkeypatch: Any
) -> None:
    pane = window.queue.pane
    _select_one(window, "Open")
    assert pane.detail is not None
    ticket = pane.detail.id
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("1h45m", True))
    assert pane.ask_estimate()
    assert _estimates(window.desk.engine, [ticket]) == {ticket: 105}
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("two days", True))
    assert not pane.ask_estimate()
    assert told and "not a time such as 4h" in told[0]
    assert _estimates(window.desk.engine, [ticket]) == {ticket: 105}
