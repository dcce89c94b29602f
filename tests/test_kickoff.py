"""The kick-off of a client's on-site support (V1): the day, the consultants agreed and
what was agreed, kept by the desk, named by the review pack above its focus areas, and
recorded from the window and the command line."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, date, datetime
from functools import partial
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from console.enums import Role
from console.errors import ValidationError
from console.model import Client, Engineer, Kickoff, User
from console.reports.review import review_pdf
from console.services.kickoffs import kickoff_in_force, list_kickoffs, record_kickoff
from console.sync.session import store_session
from tests.conftest import run_cli

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
Q3 = (date(2026, 7, 1), date(2026, 10, 1))


def _user(engine: Engine, role: Role) -> uuid.UUID:
    with Session(engine) as session:
        found = session.scalar(select(User.id).where(User.role == role).limit(1))
    assert found is not None
    return found


def _dutch_client_and_two_engineers(engine: Engine) -> tuple[uuid.UUID, str, list[str]]:
    """A Dutch client, its demo kick-off taken away, and the first two engineers by name."""
    with Session(engine) as session, session.begin():
        client = session.scalars(
            select(Client).where(Client.locale == "nl_NL").order_by(Client.name)
        ).first()
        assert client is not None
        names = list(session.scalars(select(Engineer.name).order_by(Engineer.name).limit(2)))
        session.execute(delete(Kickoff).where(Kickoff.client_id == client.id))
        return client.id, client.name, names


def test_v1_the_latest_kickoff_before_the_period_is_in_force(demo_engine: Engine) -> None:
    sessions = partial(store_session, demo_engine)
    admin = _user(demo_engine, Role.ADMIN)
    client_id, _name, (first, second) = _dutch_client_and_two_engineers(demo_engine)
    record_kickoff(sessions, admin, client_id, "2026-02-03", [first])
    later = record_kickoff(sessions, admin, client_id, date(2026, 8, 10), [second, first, second],
                           "  Back-ups first  ")  # fmt: skip
    assert later.consultants == (second, first)  # each once, in the order named
    assert later.summary == "Back-ups first"
    with Session(demo_engine) as session:
        assert kickoff_in_force(session, client_id, date(2026, 2, 3)) is None
        in_q2 = kickoff_in_force(session, client_id, date(2026, 7, 1))
        in_q3 = kickoff_in_force(session, client_id, date(2026, 10, 1))
    assert in_q2 is not None and in_q2.consultants == (first,)
    assert in_q3 is not None and in_q3.held_on == date(2026, 8, 10)
    listed = list_kickoffs(sessions, admin, client_id)
    assert [k.held_on for k in listed] == [date(2026, 8, 10), date(2026, 2, 3)]


@pytest.mark.parametrize(
    ("held_on", "consultants", "field"),
    [(None, ["x"], "held_on"), ("2026-02-30", ["x"], "held_on"), ("2026-02-03", [], "consultants"),
     ("2026-02-03", ["Nobody at all"], "consultants")],
)  # fmt: skip
def test_v1_a_kickoff_without_its_day_or_consultants_is_refused(
    demo_engine: Engine, held_on: object, consultants: list[str], field: str
) -> None:
    sessions = partial(store_session, demo_engine)
    client_id, _name, names = _dutch_client_and_two_engineers(demo_engine)
    given = [names[0] if c == "x" else c for c in consultants]
    with pytest.raises(ValidationError) as refused:
        record_kickoff(sessions, _user(demo_engine, Role.ADMIN), client_id, held_on, given)
    assert refused.value.field == field
    assert list_kickoffs(sessions, _user(demo_engine, Role.ADMIN), client_id) == []


def test_v1_an_engineer_neither_records_nor_reads_kickoffs(demo_engine: Engine) -> None:
    sessions = partial(store_session, demo_engine)
    engineer = _user(demo_engine, Role.ENGINEER)
    client_id, _name, names = _dutch_client_and_two_engineers(demo_engine)
    with pytest.raises(ValidationError):
        record_kickoff(sessions, engineer, client_id, "2026-02-03", names)
    with pytest.raises(ValidationError):
        list_kickoffs(sessions, engineer, client_id)


def test_v1_the_pack_names_the_kickoff_above_its_focus_areas(demo_engine: Engine) -> None:
    sessions = partial(store_session, demo_engine)
    client_id, _name, names = _dutch_client_and_two_engineers(demo_engine)
    record_kickoff(sessions, _user(demo_engine, Role.ADMIN), client_id, "2026-02-03", names,
                   "Eerst de back-ups, dan het wifi-netwerk")  # fmt: skip
    with Session(demo_engine) as session:
        pdf = review_pdf(session, client_id, *Q3, NOW)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    held = f"Kick-off gehouden op 3 feb 2026; vaste consultants: {', '.join(names)}."
    assert held in text
    assert text.index("Aandachtsgebieden afgesproken bij de kick-off") < text.index(held)
    assert "Eerst de back-ups, dan het wifi-netwerk" in text


def test_v1_kickoffs_from_the_command_line(
    demo_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(demo_engine.url.database)]
    _id, client, (first, second) = _dutch_client_and_two_engineers(demo_engine)
    code, out, err = run_cli(capsys, "review", "kickoff", client, *db, "--as", "admin",
                             "--on", "2026-02-03", "--consultant", first, "--consultant", second,
                             "--summary", "Back-ups first")  # fmt: skip
    assert code == 0, err
    assert first in out and "2026-02-03" in out
    code, out, err = run_cli(capsys, "review", "kickoffs", client, *db, "--as", "admin",
                             "--format", "json")  # fmt: skip
    assert code == 0
    import json

    (row,) = json.loads(out)
    assert row["consultants"] == f"{first}, {second}" and row["summary"] == "Back-ups first"
    code, out, err = run_cli(capsys, "review", "kickoff", client, *db, "--as", "admin",
                             "--on", "2026-02-03", "--consultant", "Nobody at all")  # fmt: skip
    assert code == 2 and err.count("\n") == 1 and "consultants" in err and "Traceback" not in err
    code, out, err = run_cli(capsys, "review", "kickoffs", client, *db, "--as", "eng001")
    assert code == 2 and "Traceback" not in err


def test_v1_the_desk_records_a_kickoff_in_the_window(
    qtbot: Any, demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.views import kickoff_dialog
    from console.views.context import DeskContext
    from console.views.kickoff_dialog import KickoffDialog
    from console.views.review_notes_dialog import ReviewNotesDialog

    desk = DeskContext(demo_engine, clock=lambda: NOW)
    desk.sign_in(None)
    client_id, name, _names = _dutch_client_and_two_engineers(demo_engine)
    notes = ReviewNotesDialog(desk, client_id=client_id)
    qtbot.addWidget(notes)
    assert notes.kickoff.text() == "No kick-off recorded yet."
    assert notes.record_kickoff.isEnabled()
    dialog = KickoffDialog(desk, client_id, name, notes)
    qtbot.addWidget(dialog)
    assert dialog.held_on.date() == QDate(2026, 11, 22)  # today, by the desk's clock
    shown: list[str] = []
    monkeypatch.setattr(kickoff_dialog, "show_error", lambda _p, exc: shown.append(str(exc)))
    dialog.accept()  # nobody ticked: refused, said, the dialog stays open
    assert dialog.kept is None and len(shown) == 1 and "consultant" in shown[0]
    dialog.held_on.setDate(QDate(2026, 2, 3))
    for row in (0, 1):
        dialog.consultants.item(row).setCheckState(Qt.CheckState.Checked)
    ticked = [dialog.consultants.item(r).text() for r in (0, 1)]
    dialog.summary.setPlainText("Back-ups first")
    dialog.accept()
    assert dialog.kept is not None and dialog.kept.consultants == tuple(ticked)
    notes.reload()
    assert "3 Feb 2026" in notes.kickoff.text() and ticked[0] in notes.kickoff.text()


def test_v1_every_demo_client_starts_with_a_kickoff(demo_engine: Engine) -> None:
    """The demo's kick-offs name the client's own engineer, held in the year's first week."""
    with Session(demo_engine) as session:
        clients = list(session.scalars(select(Client)))
        for client in clients:
            held = kickoff_in_force(session, client.id, date(2026, 12, 31))
            assert held is not None and 1 <= len(held.consultants) <= 2, client.name
