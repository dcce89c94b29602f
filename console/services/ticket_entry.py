"""Tickets and their time named the way a person types them: by reference, client, site,
contract and engineer name, the requester's name or address, times on the client's clock
(the command line, scripts).

The window picks records from lists and calls `console.services.tickets` with ids; here
the names are looked up first, each refusal naming the option it came from, and the
same rules then apply.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from console.enums import Channel, NonBillableReason, Phase, Priority, TicketCategory
from console.errors import ValidationError
from console.model import Client, Contact, Contract, Engineer, Site, Ticket, Visit
from console.rules.fields import choice
from console.services import dialog_options
from console.services.acting import Acting
from console.services.master_data.common import find_one
from console.wording.phrases import phrase

Sessions = Callable[[], Session]


def ticket_by_reference(sessions: Sessions, reference: str) -> uuid.UUID:
    """The id of the ticket with this reference (T-YYYY-NNNNNN), case aside."""
    with sessions() as session:
        found = session.scalar(
            select(Ticket.id).where(func.upper(Ticket.reference) == reference.strip().upper())
        )
    if found is None:
        raise ValidationError(
            "ticket", phrase("there is no ticket {reference}", reference=repr(reference.strip()))
        )
    return found


def _requester(session: Session, client_id: uuid.UUID, who: str) -> uuid.UUID:
    """A contact of the client, by name or e-mail address."""
    text = who.strip().lower()
    rows = session.scalars(
        select(Contact.id).where(
            Contact.client_id == client_id,
            or_(func.lower(Contact.name) == text, func.lower(Contact.email) == text),
        )
    ).all()
    if len(rows) != 1:
        why = (
            phrase("is no contact of this client")
            if not rows
            else phrase("names more than one contact")
        )
        raise ValidationError("--requester", why)
    return rows[0]


def register_ticket(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    now: datetime,
    *,
    client: str,
    title: str,
    category: str = "incident",
    priority: str = "normal",
    channel: str = "phone",
    site: str | None = None,
    contract: str | None = None,
    requester: str | None = None,
    description: str = "",
    emergency: bool = False,
) -> tuple[uuid.UUID, str]:
    """Register a ticket (T1) from names; its id and reference. One transaction."""
    from console.services.tickets import create_ticket

    if not title.strip():
        raise ValidationError("--title", phrase("say in a few words what is wrong"))
    with sessions() as session, session.begin():
        found = find_one(session, Client, client, "--client")
        fields: dict[str, object] = {"description": description, "emergency": emergency}
        if site:
            fields["site_id"] = find_one(session, Site, site, "--site", client_id=found.id).id
        if contract:
            fields["contract_id"] = find_one(
                session, Contract, contract, "--contract", client_id=found.id
            ).id
        else:  # as the window does: the first of the client's contracts in force today
            in_force = dialog_options.contracts(session, found.id, on=now.date())
            fields["contract_id"] = in_force[0][1] if in_force else None
        if requester:
            fields["requester_id"] = _requester(session, found.id, requester)
        ticket = create_ticket(
            session, client_id=found.id, title=title.strip(),
            category=choice(TicketCategory, category, "--category"),
            priority=choice(Priority, priority, "--priority"),
            channel=choice(Channel, channel, "--channel"), now=now, by_user=user_id, **fields,
        )  # fmt: skip
        session.flush()
        return ticket.id, ticket.reference


def _local(text: str, zone: str, field: str) -> datetime:
    """'YYYY-MM-DD HH:MM' on the client's clock, as an aware instant."""
    try:
        naive = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise ValidationError(field, phrase("give the day and time as YYYY-MM-DD HH:MM")) from None
    return naive.replace(tzinfo=ZoneInfo(zone))


def log_time_by_names(
    sessions: Sessions,
    acting: Acting,
    now: datetime,
    *,
    ticket: str,
    engineer: str,
    start: str,
    end: str,
    phase: str = "none",
    description: str = "",
    not_billable: str | None = None,
    visit: str | None = None,
) -> tuple[uuid.UUID, str]:
    """Record an engineer's work on a ticket, times on the client's clock (E5); the entry's
    id and the zone the times were read in."""
    from console.services.timekeeping import log_time

    ticket_id = ticket_by_reference(sessions, ticket)
    with sessions() as session:
        zone = session.scalar(
            select(Client.time_zone)
            .join(Ticket, Ticket.client_id == Client.id)
            .where(Ticket.id == ticket_id)
        )
        engineer_id = find_one(session, Engineer, engineer, "--engineer").id
        visit_id = None
        if visit:
            visit_id = session.scalar(
                select(Visit.id).where(
                    func.upper(Visit.reference) == visit.strip().upper(),
                    Visit.ticket_id == ticket_id,
                )
            )
            if visit_id is None:
                raise ValidationError("--visit", phrase("is no visit of this ticket"))
    assert zone is not None
    started, ended = _local(start, zone, "--from"), _local(end, zone, "--to")
    if ended <= started:
        raise ValidationError("--to", phrase("must be after the start"))
    reason = choice(NonBillableReason, not_billable, "--not-billable") if not_billable else None
    try:
        entry_id = log_time(
            sessions, acting, ticket_id=ticket_id, engineer_id=engineer_id, started_at=started,
            ended_at=ended, now=now, phase=choice(Phase, phase, "--phase"),
            description=description, billable=reason is None, non_billable_reason=reason,
            visit_id=visit_id,
        )  # fmt: skip
    except ValidationError as exc:  # the times were given as --from and --to
        field = {"started_at": "--from", "ended_at": "--to"}.get(exc.field)
        if field is None:
            raise
        raise ValidationError(field, exc.text) from None
    return entry_id, zone
