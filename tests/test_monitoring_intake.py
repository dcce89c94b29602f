"""Tickets from monitoring (T1) on a real SQLite store: one ticket per problem, repeats and
recoveries as notes, a closed ticket's problem firing again as new work, an outage as an
emergency (T10), the same payload twice changing nothing, an alert of an unknown client
waiting instead of being dropped; the `intake alertmanager` command; alert mails through
the mail intake, and one end to end through the test Dovecot.
"""

from __future__ import annotations

import asyncio
import io
import json
import sys
import uuid
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from mailserver import support
from sqlalchemy import Engine, func, select
from test_alert_rules import (
    ALERTMANAGER_FIRING,
    NAGIOS_HOST_DOWN,
    NAGIOS_HOST_RECOVERY,
    ZABBIX_PROBLEM,
    ZABBIX_RESOLVED,
)

from console.cli.main import main
from console.enums import Channel, Priority, Role, TicketStatus
from console.errors import ValidationError
from console.model import Note, Ticket, User
from console.model.mail import Mailbox, MailOutcome, TriageItem
from console.model.monitoring import MonitoringAlert
from console.rules.alerts import Alert, AlertAction, AlertSource, AlertState
from console.rules.workflow import Actor
from console.services import monitoring
from console.services.mail.intake import IntakeSettings, take_in
from console.services.master_data import clients
from console.services.tickets import change_status
from console.sync.session import store_session

ACME = {"country": "NL", "time_zone": "Europe/Amsterdam", "locale": "nl_NL", "currency": "EUR"}
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def desk(store: Engine) -> dict[str, Any]:
    sessions = partial(store_session, store)
    acme = clients.add_client(sessions, None, name="Acme", email_domain="acme.example", **ACME)
    clients.add_client(sessions, None, name="Beta", email_domain="beta.example", **ACME)
    # the desk keeps the client's monitoring address as one of its contacts
    clients.add_contact(sessions, None, acme, name="Zabbix", role="requester",
                        phone="+31201234567", email="zabbix@acme.example")  # fmt: skip
    with sessions() as session, session.begin():
        users = {
            "dispatcher": User(username="desk", display_name="Desk", role=Role.DISPATCHER),
            "engineer": User(username="jan", display_name="Jan", role=Role.ENGINEER),
            "admin": User(username="root", display_name="Admin", role=Role.ADMIN),
        }
        session.add_all(users.values())
        session.flush()
        ids = {k: u.id for k, u in users.items()}
    return {"sessions": sessions, "acme": acme, "users": ids, "store": store}


def payload(**changes: Any) -> dict[str, Any]:
    """The fixture notification, its first alert changed as asked."""
    copy: dict[str, Any] = json.loads(json.dumps(ALERTMANAGER_FIRING))
    copy["alerts"][0].update(changes)
    return copy


def take(desk: dict[str, Any], body: object, at: datetime = NOW, **kw: Any) -> list[str]:
    done = monitoring.take_alertmanager(
        desk["sessions"], desk["users"]["dispatcher"], body, now=at, **kw
    )
    return [str(d.line()) for d in done]


def tickets(desk: dict[str, Any]) -> list[Ticket]:
    with desk["sessions"]() as session:
        found = list(session.scalars(select(Ticket).order_by(Ticket.reference)))
        session.expunge_all()
        return found


def notes(desk: dict[str, Any], ticket_id: uuid.UUID) -> list[str]:
    with desk["sessions"]() as session:
        return list(
            session.scalars(select(Note.body).where(Note.ticket_id == ticket_id).order_by(Note.at))
        )


def close(desk: dict[str, Any], ticket_id: uuid.UUID) -> None:
    with desk["sessions"]() as session, session.begin():
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        change_status(session, ticket, TicketStatus.CLOSED, Actor.DISPATCHER, NOW)


def test_t1_each_alert_opens_a_monitoring_ticket_and_t10_an_outage_is_an_emergency(
    desk: dict[str, Any],
) -> None:
    lines = take(desk, ALERTMANAGER_FIRING)
    assert lines == [
        "new ticket T-2026-000001 (emergency): BlackBox Probe Failure: https://erp.acme.example",
        "new ticket T-2026-000002: Disk /srv on fs01 is 91% full",
    ]
    probe, disk = tickets(desk)
    assert probe.channel is Channel.MONITORING and probe.client_id == desk["acme"]
    assert (probe.emergency, probe.priority) == (True, Priority.URGENT)
    assert (disk.emergency, disk.priority) == (False, Priority.NORMAL)
    assert probe.requester_id is None  # a monitoring system is told nothing
    assert "has been down for over 5m" in probe.description


def test_t1_the_same_payload_twice_changes_nothing(desk: dict[str, Any]) -> None:
    take(desk, ALERTMANAGER_FIRING)
    again = take(desk, ALERTMANAGER_FIRING, NOW + timedelta(minutes=5))
    assert again == [
        "taken in before (T-2026-000001): BlackBox Probe Failure: https://erp.acme.example",
        "taken in before (T-2026-000002): Disk /srv on fs01 is 91% full",
    ]
    assert len(tickets(desk)) == 2
    with desk["sessions"]() as session:
        assert session.scalar(select(func.count()).select_from(Note)) == 0
        assert session.scalar(select(func.count()).select_from(MonitoringAlert)) == 2


def test_t1_a_resolved_alert_notes_its_ticket_and_leaves_it_open(desk: dict[str, Any]) -> None:
    take(desk, ALERTMANAGER_FIRING)
    resolved = payload(status="resolved", endsAt="2026-11-23T08:10:00Z")
    lines = take(desk, {**resolved, "alerts": resolved["alerts"][:1]})
    assert lines == [
        "resolved note on T-2026-000001 (emergency): BlackBox Probe Failure: "
        "https://erp.acme.example"
    ]
    probe = tickets(desk)[0]
    assert probe.status is TicketStatus.OPEN  # the desk decides when it is done
    (note,) = notes(desk, probe.id)
    assert note.startswith("Monitoring (alertmanager), resolved:")
    assert "Ended: 2026-11-23 08:10:00 UTC" in note
    assert take(desk, {**resolved, "alerts": resolved["alerts"][:1]})[0].startswith("taken in")
    assert len(notes(desk, probe.id)) == 1


def test_t1_an_alert_firing_again_is_a_note_on_the_open_ticket(desk: dict[str, Any]) -> None:
    take(desk, ALERTMANAGER_FIRING)
    later = payload(startsAt="2026-11-23T09:30:00Z")
    lines = take(desk, {**later, "alerts": later["alerts"][:1]})
    assert lines[0].startswith("note on T-2026-000001 (emergency):")
    assert len(tickets(desk)) == 2
    assert "Since: 2026-11-23 09:30:00 UTC" in notes(desk, tickets(desk)[0].id)[0]


def test_t1_an_alert_whose_ticket_is_closed_opens_a_new_ticket(desk: dict[str, Any]) -> None:
    take(desk, ALERTMANAGER_FIRING)
    close(desk, tickets(desk)[0].id)
    later = payload(startsAt="2026-11-24T07:00:00Z")
    lines = take(desk, {**later, "alerts": later["alerts"][:1]})
    assert lines[0].startswith("new ticket T-2026-000003 (emergency):")
    # its recovery notes the new ticket, not the closed one
    resolved = payload(status="resolved", startsAt="2026-11-24T07:00:00Z")
    lines = take(desk, {**resolved, "alerts": resolved["alerts"][:1]})
    assert lines[0].startswith("resolved note on T-2026-000003")
    first = tickets(desk)[0]
    assert first.status is TicketStatus.CLOSED and notes(desk, first.id) == []


def test_t10_a_problem_that_grows_into_an_outage_makes_its_ticket_an_emergency(
    desk: dict[str, Any],
) -> None:
    def alert(occurrence: str, **labels: str) -> Alert:
        return Alert(
            AlertSource.NAGIOS, "nagios@acme.example#erp/", AlertState.FIRING, "warning",
            "ERP answers slowly", occurrence=occurrence, labels={"host": "erp", **labels},
        )  # fmt: skip

    with desk["sessions"]() as session, session.begin():
        first = monitoring.take_alert(session, alert("10:00"), desk["acme"], NOW)
        assert first.action is AlertAction.NEW_TICKET and not first.emergency
        worse = monitoring.take_alert(session, alert("10:05", emergency="true"), desk["acme"], NOW)
        assert worse.action is AlertAction.NOTE and worse.emergency
    (ticket,) = tickets(desk)
    assert (ticket.emergency, ticket.priority) == (True, Priority.URGENT)
    assert "the ticket is now an emergency" in notes(desk, ticket.id)[0]


def test_t1_an_alert_of_an_unknown_client_waits_and_is_never_dropped(
    desk: dict[str, Any],
) -> None:
    stranger = payload(labels={"alertname": "Down", "client": "Gamma", "severity": "warning"})
    stranger["commonLabels"] = {}
    lines = take(desk, {**stranger, "alerts": stranger["alerts"][:1]})
    assert lines == ["waiting for a client: BlackBox Probe Failure: https://erp.acme.example "
                     "(no client is called 'Gamma')"]  # fmt: skip
    assert tickets(desk) == []
    (waiting,) = monitoring.waiting_alerts(desk["sessions"])
    assert str(waiting.reason) == "no client is called 'Gamma'"
    # taken in again with the desk's default client, it goes on from where it waited
    lines = take(desk, {**stranger, "alerts": stranger["alerts"][:1]}, client="Beta")
    assert lines[0].startswith("new ticket T-2026-000001:")
    assert monitoring.waiting_alerts(desk["sessions"]) == []
    with desk["sessions"]() as session:
        assert session.scalar(select(func.count()).select_from(MonitoringAlert)) == 1


def test_t1_the_desk_names_the_client_of_a_waiting_alert(desk: dict[str, Any]) -> None:
    bare = payload()
    bare["commonLabels"] = {}
    del bare["alerts"][0]["labels"]["client"]
    lines = take(desk, {**bare, "alerts": bare["alerts"][:1]})
    assert lines[0].endswith("(the alert names no client (label 'client'))")
    (waiting,) = monitoring.waiting_alerts(desk["sessions"])
    done = monitoring.assign_waiting(
        desk["sessions"], desk["users"]["dispatcher"], waiting.id, "acme"
    )
    assert str(done.line()).startswith("new ticket T-2026-000001 (emergency):")
    with pytest.raises(ValidationError, match="no alert"):
        monitoring.assign_waiting(desk["sessions"], desk["users"]["dispatcher"], waiting.id, "Acme")


def test_t1_only_the_desk_takes_alerts_in(desk: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match="only the service desk"):
        monitoring.take_alertmanager(desk["sessions"], desk["users"]["engineer"],
                                     ALERTMANAGER_FIRING, now=NOW)  # fmt: skip
    assert tickets(desk) == []


# -- the command line -----------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out = capsys.readouterr()
    return status, out.out, out.err


def test_t1_intake_alertmanager_command(
    desk: dict[str, Any], sqlite_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    db = ("--db", str(sqlite_path))
    file = tmp_path / "alert.json"
    file.write_text(json.dumps(ALERTMANAGER_FIRING), encoding="utf-8")
    status, out, _ = run(capsys, "intake", "alertmanager", str(file), *db, "--as", "desk")
    assert status == 0
    assert out.splitlines() == [
        "new ticket T-2026-000001 (emergency): BlackBox Probe Failure: https://erp.acme.example",
        "new ticket T-2026-000002: Disk /srv on fs01 is 91% full",
    ]
    resolved = payload(status="resolved")
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(resolved)))
    status, out, _ = run(capsys, "intake", "alertmanager", "-", *db)
    assert status == 0 and out.splitlines()[0].startswith("resolved note on T-2026-000001")
    assert out.splitlines()[1].startswith("taken in before (T-2026-000002)")
    status, out, _ = run(capsys, "tickets", "list", *db, "--format", "json")
    listed = json.loads(out)
    assert {t["channel"] for t in listed} == {"monitoring"}  # in the queue like any other
    assert [t["emergency"] for t in listed if t["reference"] == "T-2026-000001"] == [True]


@pytest.mark.parametrize(
    ("content", "extra", "says"),
    [
        ("{not json", (), "FILE: not JSON"),
        ('{"version": "4"}', (), "alerts: is missing"),
        (json.dumps(ALERTMANAGER_FIRING), ("--client", "Nobody"), "--client: no single active"),
        (json.dumps(ALERTMANAGER_FIRING), ("--as", "jan"), "only the service desk"),
    ],
)
def test_intake_refusals_are_one_line_and_status_2(
    desk: dict[str, Any], sqlite_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], content: str, extra: tuple[str, ...], says: str,
) -> None:  # fmt: skip
    file = tmp_path / "alert.json"
    file.write_text(content, encoding="utf-8")
    status, out, err = run(
        capsys, "intake", "alertmanager", str(file), "--db", str(sqlite_path), *extra
    )
    assert status == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert says in err and "Traceback" not in err
    assert tickets(desk) == []
    status, _, err = run(capsys, "intake", "alertmanager", str(tmp_path / "missing.json"),
                         "--db", str(sqlite_path))  # fmt: skip
    assert status == 2 and "FILE: cannot read" in err


def test_intake_waiting_and_assign_commands(
    desk: dict[str, Any], sqlite_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", str(sqlite_path))
    bare = payload()
    bare["commonLabels"] = {}
    del bare["alerts"][0]["labels"]["client"]
    file = tmp_path / "alert.json"
    file.write_text(json.dumps({**bare, "alerts": bare["alerts"][:1]}), encoding="utf-8")
    status, out, _ = run(capsys, "intake", "alertmanager", str(file), *db)
    assert status == 0 and out.startswith("waiting for a client:")
    status, out, _ = run(capsys, "intake", "waiting", *db)
    assert "1 alerts wait for a client" in out
    alert_id = out.split()[0]
    status, out, _ = run(capsys, "intake", "assign", alert_id, "--client", "Acme", *db)
    assert status == 0 and out.startswith("new ticket T-2026-000001")
    status, _, err = run(capsys, "intake", "assign", "nonsense", "--client", "Acme", *db)
    assert status == 2 and "is not an alert's id" in err


# -- by mail -------------------------------------------------------------------------------


def alert_mail(subject: str, body: str, sender: str, **headers: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "desk@dispatch.test"
    mail["Subject"] = subject
    mail["Message-ID"] = f"<{uuid.uuid4().hex}@monitoring.example>"
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    mail.set_content(body)
    return mail.as_bytes(policy=SMTP)


def mailbox(desk: dict[str, Any], client: uuid.UUID | None = None) -> uuid.UUID:
    with desk["sessions"]() as session, session.begin():
        box = Mailbox(name=f"box{uuid.uuid4().hex[:6]}", host="127.0.0.1", port=10143,
                      tls="none", username="desk", client_id=client)  # fmt: skip
        session.add(box)
        session.flush()
        return box.id


def mail_in(desk: dict[str, Any], box: uuid.UUID, uid: int, raw: bytes) -> Any:
    with desk["sessions"]() as session, session.begin():
        found = session.get(Mailbox, box)
        assert found is not None
        return take_in(session, found, 1, uid, raw, NOW, IntakeSettings())


def test_t1_zabbix_mails_gather_on_one_ticket_through_the_mail_intake(
    desk: dict[str, Any],
) -> None:
    box = mailbox(desk)
    sender = "Zabbix <zabbix@acme.example>"
    problem = mail_in(desk, box, 1, alert_mail(*ZABBIX_PROBLEM, sender=sender))
    assert problem.outcome is MailOutcome.TICKET and problem.reference == "T-2026-000001"
    assert str(problem.reason).startswith("monitoring: new ticket T-2026-000001")
    resolved = mail_in(desk, box, 2, alert_mail(*ZABBIX_RESOLVED, sender=sender))
    assert resolved.outcome is MailOutcome.NOTE and resolved.reference == "T-2026-000001"
    # Zabbix sent the problem again (another mail, the very same notice): nothing new
    again = mail_in(desk, box, 3, alert_mail(*ZABBIX_PROBLEM, sender=sender))
    assert again.outcome is MailOutcome.DUPLICATE
    (ticket,) = tickets(desk)
    assert ticket.channel is Channel.MONITORING and ticket.status is TicketStatus.OPEN
    assert len(notes(desk, ticket.id)) == 1


def test_t10_a_nagios_host_down_mail_is_an_emergency_even_marked_automatic(
    desk: dict[str, Any],
) -> None:
    box = mailbox(desk, desk["acme"])  # the client's own mailbox; the sender is no contact
    sender = "nagios@monitor.hoster.example"
    down = mail_in(desk, box, 1, alert_mail(*NAGIOS_HOST_DOWN, sender=sender,
                                             Auto_Submitted="auto-generated"))  # fmt: skip
    assert down.outcome is MailOutcome.TICKET
    up = mail_in(desk, box, 2, alert_mail(*NAGIOS_HOST_RECOVERY, sender=sender))
    assert up.outcome is MailOutcome.NOTE
    (ticket,) = tickets(desk)
    assert ticket.client_id == desk["acme"] and ticket.emergency
    assert ticket.title == "host fw01 is DOWN: PING CRITICAL - Packet loss = 100%"


def test_t1_an_alert_mail_from_an_unknown_sender_waits_in_the_triage_list(
    desk: dict[str, Any],
) -> None:
    box = mailbox(desk)  # the shared desk address: no client of its own
    result = mail_in(desk, box, 1, alert_mail(*ZABBIX_PROBLEM, sender="zabbix@nowhere.example"))
    assert result.outcome is MailOutcome.TRIAGE and "monitoring alert" in str(result.reason)
    with desk["sessions"]() as session:
        assert session.scalar(select(func.count()).select_from(TriageItem)) == 1
    assert tickets(desk) == []


def test_t1_an_alert_mail_end_to_end_through_the_test_dovecot(desk: dict[str, Any]) -> None:
    from console.services.mail.fetcher import fetch_once
    from console.services.mail.mailboxes import add_mailbox
    from console.services.mail.secrets import FolderSecrets

    support.require_server()
    folder = support.new_folder()
    try:
        secrets = FolderSecrets(Path(desk["store"].url.database).parent / "secrets")
        add_mailbox(
            desk["sessions"], desk["users"]["admin"], secrets, name="desk",
            host=support.HOST, port=support.PORT, tls="none", username=support.USER,
            password=support.PASSWORD, folder=folder, quarantine_folder=f"{folder}/Quarantine",
        )  # fmt: skip
        sender = "Zabbix <zabbix@acme.example>"
        support.append(folder, alert_mail(*ZABBIX_PROBLEM, sender=sender))
        support.append(folder, alert_mail(*ZABBIX_RESOLVED, sender=sender))
        taken = asyncio.run(
            fetch_once(desk["sessions"], secrets, lambda: NOW, lambda _line: None, None, "t")
        )
        assert [t.result.outcome for t in taken] == [MailOutcome.TICKET, MailOutcome.NOTE]
        (ticket,) = tickets(desk)
        assert ticket.channel is Channel.MONITORING and len(notes(desk, ticket.id)) == 1
    finally:
        support.drop_folder(folder)


def test_the_system_writes_its_ticket_text_in_the_language_the_desk_works_in(
    desk: dict[str, Any],
) -> None:
    from builders import PROFILE

    from console.services.provider import save_profile

    with desk["sessions"]() as session, session.begin():
        save_profile(session, PROFILE)  # a Dutch provider
    take(desk, ALERTMANAGER_FIRING)
    description = tickets(desk)[0].description or ""
    first = description.splitlines()[0]
    assert first.startswith("Monitoring (alertmanager), actief: "), first
    assert "Ernst: critical" in description and "Severity: " not in description
    # what the monitoring itself said stays as it said it
    assert ALERTMANAGER_FIRING["alerts"][0]["annotations"]["description"] in description
