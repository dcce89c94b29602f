"""A visit request typed by name, as the command line takes it.

The dialog picks the site, the contacts and the engineers from lists of the ticket's
client; a request typed on the command line names them, and gives the start as a local
time in the site's zone. This turns such a request into the dialog's `VisitForm`, so
`visits.check_visit_form` and `visits.request_visit_for` check and save it the same way.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.enums import ContactRole
from console.errors import ValidationError
from console.model import Client, Contact, Engineer, Site, Ticket
from console.services.acting import Sessions, reading
from console.services.master_data.common import find_one
from console.services.visits import VisitForm
from console.wording.phrases import phrase


@dataclass(frozen=True)
class VisitNames:
    """What a typed request names rather than picks (each a name or an id)."""

    ticket: str
    """The ticket's reference, T-YYYY-NNNNNN."""
    start: str
    """The planned start, 'YYYY-MM-DD HH:MM' in the site's zone."""
    site: str | None = None
    """None: the ticket's own site, or the client's only one."""
    local_contact: str | None = None
    ordering_engineer: str | None = None
    engineers: tuple[str, ...] = ()
    """The engineers sent, the lead first."""


@dataclass(frozen=True)
class NamedVisit:
    """A typed request as the form the checks take, with what the reply names."""

    form: VisitForm
    ticket_reference: str
    site: str
    zone: str
    """The site's time zone, in which the start was read."""


def visit_form_named(sessions: Sessions, names: VisitNames, **details: Any) -> NamedVisit:
    """The form for a request typed by name; ``details`` are the form's other fields.

    With no work description given, the ticket's own description is the work, as the
    dialog proposes it.
    """
    with reading(sessions) as session:
        ticket = session.scalar(
            select(Ticket).where(func.upper(Ticket.reference) == names.ticket.strip().upper())
        )
        if ticket is None:
            raise ValidationError(
                "ticket", phrase("there is no ticket {reference}", reference=repr(names.ticket))
            )
        client = session.get_one(Client, ticket.client_id)
        site = _site(session, ticket, names.site)
        zone = site.time_zone or client.time_zone
        local = _contact(session, client.id, names.local_contact, ContactRole.LOCAL_CONTACT)
        ordering = _contact(
            session, client.id, names.ordering_engineer, ContactRole.ORDERING_ENGINEER
        )
        engineers = [
            find_one(session, Engineer, name, "--engineer", active=True).id
            for name in names.engineers
        ]
        if len(set(engineers)) != len(engineers):
            raise ValidationError("--engineer", phrase("an engineer is named twice"))
        details.setdefault("work_description", ticket.description)
        form = VisitForm(
            ticket_id=ticket.id, site_id=site.id, planned_start=_start(names.start, zone),
            local_contact_id=local, ordering_engineer_id=ordering, engineer_ids=engineers,
            **details,
        )  # fmt: skip
        return NamedVisit(form, ticket.reference, f"{site.name}, {site.city}", zone)


def _site(session: Session, ticket: Ticket, named: str | None) -> Site:
    """The site named, else the ticket's, else the client's only active one."""
    if named is not None:
        return find_one(session, Site, named, "--site", client_id=ticket.client_id, active=True)
    if ticket.site_id is not None:
        return session.get_one(Site, ticket.site_id)
    sites = list(
        session.scalars(
            select(Site).where(Site.client_id == ticket.client_id, Site.active.is_(True)).limit(2)
        )
    )
    if not sites:
        raise ValidationError("--site", phrase("the client has no site yet"))
    if len(sites) > 1:
        raise ValidationError("--site", phrase("the client has several sites: name one"))
    return sites[0]


def _contact(
    session: Session, client_id: uuid.UUID, named: str | None, role: ContactRole
) -> uuid.UUID | None:
    """A contact of the client in this role, by name or id; None when none is named."""
    if named is None:
        return None
    option = "--" + role.value.replace("_", "-")
    found: Contact = find_one(
        session, Contact, named, option, client_id=client_id, role=role.value, active=True
    )
    return found.id


def _start(text: str, zone: str) -> datetime:
    """A start typed as 'YYYY-MM-DD HH:MM' in the site's zone, in UTC."""
    try:
        typed = datetime.fromisoformat(text.strip().replace("T", " "))
    except ValueError:
        raise ValidationError(
            "--start", phrase("{text} is not a time as YYYY-MM-DD HH:MM", text=repr(text))
        ) from None
    if typed.tzinfo is None:
        typed = typed.replace(tzinfo=ZoneInfo(zone))
    return typed.astimezone(UTC)
