"""Alerts from monitoring taken in as tickets and notes (T1, T10).

Every notice about one problem (see `console.rules.alerts`) gathers on one ticket: the
first opens it, a repeat or a recovery is a note on it, and a problem that fires again
after the desk closed its ticket opens a new one (`alert_action`). An outage
(`is_outage`) makes the ticket an emergency with the urgent priority. Each notice is
kept with its event key in the same transaction as the ticket or note it made, so the
same payload taken in twice makes nothing twice. A notice whose client is not known
waits, without a ticket, until it is taken in again with its client named: nothing is
dropped. Tickets from monitoring have no requester: a monitoring system is told nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.enums import Channel, NoteKind, Priority, TicketCategory, TicketStatus
from console.errors import ValidationError
from console.ids import new_id
from console.model import Client, Ticket, utcnow
from console.model.monitoring import MonitoringAlert
from console.rules.alerts import (
    Alert,
    AlertAction,
    alert_action,
    alert_from_record,
    alert_record,
    alert_words,
    alertmanager_alerts,
    client_named,
    is_outage,
    is_serious,
)
from console.rules.roles import DESK
from console.services.master_data.common import Sessions, acting_role, writing
from console.services.provider import desk_language
from console.services.tickets import add_note, create_ticket
from console.wording.phrases import Phrase, in_language, phrase
from console.wording.stored_phrases import restored, stored

TEXT_LIMIT = 100_000
"""A note's body and a ticket's description are at most this long."""


@dataclass(frozen=True)
class AlertTaken:
    """What became of one alert, as plain values."""

    action: AlertAction | None
    """None: nothing new (taken in before), or waiting for its client."""
    summary: str
    reason: Phrase | str = ""
    ticket_id: uuid.UUID | None = None
    reference: str | None = None
    note_id: uuid.UUID | None = None
    emergency: bool = False
    already: bool = False
    waiting: bool = False

    @property
    def opened(self) -> bool:
        """Whether the alert opened a new ticket."""
        return self.action is AlertAction.NEW_TICKET

    def line(self) -> Phrase:
        """One sentence saying what the alert did."""
        if self.waiting:
            return phrase(
                "waiting for a client: {summary} ({reason})",
                summary=self.summary,
                reason=self.reason,
            )
        if self.already and self.reference:
            return phrase(
                "taken in before ({reference}): {summary}",
                reference=self.reference,
                summary=self.summary,
            )
        if self.already:
            return phrase("taken in before: {summary}", summary=self.summary)
        assert self.action is not None
        values = {"reference": self.reference, "summary": self.summary}
        if self.opened:
            if self.emergency:
                return phrase("new ticket {reference} (emergency): {summary}", **values)
            return phrase("new ticket {reference}: {summary}", **values)
        if self.action is AlertAction.RESOLVED_NOTE:
            if self.emergency:
                return phrase("resolved note on {reference} (emergency): {summary}", **values)
            return phrase("resolved note on {reference}: {summary}", **values)
        if self.emergency:
            return phrase("note on {reference} (emergency): {summary}", **values)
        return phrase("note on {reference}: {summary}", **values)


def _cap(text: str) -> str:
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "…"


def _priority(alert: Alert, outage: bool) -> Priority:
    if outage:
        return Priority.URGENT  # T10: an emergency is the most urgent work
    return Priority.HIGH if is_serious(alert) else Priority.NORMAL


def _tickets_of(
    session: Session, alert: Alert, client_id: uuid.UUID
) -> tuple[Ticket | None, Ticket | None]:
    """The problem's newest open ticket, and its newest ticket (open or closed)."""
    query = (
        select(Ticket)
        .join(MonitoringAlert, MonitoringAlert.ticket_id == Ticket.id)
        .where(
            MonitoringAlert.source == alert.source.value,
            MonitoringAlert.alert_key == alert.key,
            MonitoringAlert.client_id == client_id,
        )
        .order_by(Ticket.opened_at.desc(), Ticket.reference.desc())
        .limit(1)
    )
    newest = session.scalar(query)
    if newest is None or newest.status != TicketStatus.CLOSED:
        return newest, newest
    open_one = session.scalar(query.where(Ticket.status != TicketStatus.CLOSED.value))
    return open_one, newest


def take_alert(
    session: Session,
    alert: Alert,
    client_id: uuid.UUID | None,
    now: datetime,
    by_user: uuid.UUID | None = None,
    waiting_reason: Phrase | None = None,
) -> AlertTaken:
    """Take one alert in, inside the caller's transaction; see the module's words.

    Without a client the alert waits (``waiting_reason`` says why); the same alert taken
    in again with its client goes on from there.
    """
    kept = session.scalar(
        select(MonitoringAlert).where(MonitoringAlert.event_key == alert.event_key)
    )
    if kept is not None and (kept.ticket_id is not None or client_id is None):
        reference = session.scalar(select(Ticket.reference).where(Ticket.id == kept.ticket_id))
        return AlertTaken(
            None, alert.summary, restored(kept.reason), kept.ticket_id, reference,
            already=kept.ticket_id is not None, waiting=kept.ticket_id is None,
        )  # fmt: skip
    if kept is None:
        kept = MonitoringAlert(
            id=new_id(), source=alert.source.value, alert_key=alert.key,
            event_key=alert.event_key, state=alert.state.value, severity=alert.severity[:40],
            summary=alert.summary, host=alert.host[:255], starts_at=alert.starts_at,
            received_at=now, detail=alert_record(alert),
        )  # fmt: skip
        session.add(kept)
    if client_id is None:
        why = waiting_reason or phrase("no client is named")
        kept.reason = stored(why)
        session.flush()
        return AlertTaken(None, alert.summary, why, waiting=True)

    outage = is_outage(alert)
    open_ticket, newest = _tickets_of(session, alert, client_id)
    action = alert_action(alert.state, open_ticket is not None, newest is not None)
    language = desk_language(session)  # the system writes its notes as the desk works
    words = alert_words(alert, language)
    note_id: uuid.UUID | None = None
    if action is AlertAction.NEW_TICKET:
        ticket = create_ticket(
            session, client_id=client_id, title=alert.summary or f"{alert.source.value} alert",
            category=TicketCategory.INCIDENT, priority=_priority(alert, outage),
            channel=Channel.MONITORING, now=now, by_user=by_user, description=_cap(words),
            emergency=outage,
        )  # fmt: skip
        session.flush()  # the alert's row names it next
    else:
        found = open_ticket or newest
        assert found is not None
        ticket = found
        raised = outage and not ticket.emergency and ticket.status != TicketStatus.CLOSED
        if raised:  # T10: the problem grew into an outage
            ticket.emergency, ticket.priority = True, Priority.URGENT
            outage_words = phrase("This alert reports an outage: the ticket is now an emergency.")
            words += "\n\n" + in_language(outage_words, language)
        note = add_note(session, ticket, _cap(words), NoteKind.INTERNAL, now, by_user)
        note_id = note.id
        session.flush()
    kept.client_id, kept.ticket_id, kept.note_id = client_id, ticket.id, note_id
    kept.emergency, kept.reason = bool(ticket.emergency), ""
    session.flush()
    return AlertTaken(
        action, alert.summary, "", ticket.id, ticket.reference, note_id, bool(ticket.emergency)
    )


def _client_by_name(session: Session, name: str) -> uuid.UUID | None:
    """The active client of that name (letter case aside), if there is exactly one."""
    found = session.scalars(
        select(Client.id).where(func.lower(Client.name) == name.strip().lower(), Client.active)
    ).all()
    return found[0] if len(found) == 1 else None


def take_alertmanager(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    payload: object,
    *,
    client: str | None = None,
    client_label: str = "client",
    now: datetime | None = None,
) -> list[AlertTaken]:
    """Take in one Alertmanager webhook notification, in one transaction.

    Each alert's client is the one its ``client_label`` label names; where that names no
    known client, ``client`` (the desk's default for this webhook); else the alert
    waits. Only the service desk takes alerts in.
    """
    alerts = alertmanager_alerts(payload)  # a refused payload writes nothing
    now = now or utcnow()
    with writing(sessions, user_id) as session:
        if acting_role(session, user_id) not in DESK:
            raise ValidationError(
                "user", phrase("only the service desk may take monitoring alerts in")
            )
        default_id = None
        if client:
            default_id = _client_by_name(session, client)
            if default_id is None:
                raise ValidationError(
                    "--client",
                    phrase("no single active client is called {client}", client=repr(client)),
                )
        taken = []
        for alert in alerts:
            named = client_named(alert, client_label)
            client_id = _client_by_name(session, named) if named else None
            reason = (
                phrase("no client is called {name}", name=repr(named))
                if named
                else phrase("the alert names no client (label {label})", label=repr(client_label))
            )
            taken.append(take_alert(session, alert, client_id or default_id, now, user_id, reason))
        return taken


@dataclass(frozen=True)
class WaitingAlert:
    """An alert that waits for the desk to name its client."""

    id: uuid.UUID
    received_at: datetime
    source: str
    summary: str
    reason: Phrase | str


def waiting_alerts(sessions: Sessions) -> list[WaitingAlert]:
    """The alerts that wait for a client, oldest first."""
    with sessions() as session:
        rows = session.scalars(
            select(MonitoringAlert)
            .where(MonitoringAlert.ticket_id.is_(None))
            .order_by(MonitoringAlert.received_at, MonitoringAlert.id)
        )
        return [
            WaitingAlert(r.id, r.received_at, r.source, r.summary, restored(r.reason)) for r in rows
        ]


def assign_waiting(
    sessions: Sessions, user_id: uuid.UUID | None, alert_id: uuid.UUID, client: str
) -> AlertTaken:
    """Take a waiting alert in for the client the desk names."""
    with writing(sessions, user_id) as session:
        if acting_role(session, user_id) not in DESK:
            raise ValidationError(
                "user", phrase("only the service desk may take monitoring alerts in")
            )
        row = session.get(MonitoringAlert, alert_id)
        if row is None or row.ticket_id is not None:
            raise ValidationError(
                "alert", phrase("no alert {alert_id} waits for a client", alert_id=alert_id)
            )
        client_id = _client_by_name(session, client)
        if client_id is None:
            raise ValidationError(
                "--client",
                phrase("no single active client is called {client}", client=repr(client)),
            )
        alert = alert_from_record(row.detail)
        return take_alert(session, alert, client_id, utcnow(), user_id)
