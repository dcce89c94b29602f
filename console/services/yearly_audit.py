"""The figures of a client's yearly IT audit (V3), as plain data.

The year's key figures and the previous year's are the service review's (`key_figures`), so
the audit and the quarterly reviews of the same year say the same; the quarterly trend is
the review's figures for each quarter. Risks and recommendations are the review notes open
during the year; the infrastructure covered is the client's sites and the contracts in force.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.enums import TicketCategory
from console.errors import UserError
from console.model import (
    Client,
    Contract,
    KnowledgeArticle,
    KnowledgeRevision,
    Site,
    Ticket,
    TimeEntry,
)
from console.rules.rating import hours_between
from console.rules.review import (
    NOTE_STATUSES,
    previous_period,
    quarters_in,
    recurring_incidents,
    year_period,
)
from console.services.review import KeyFigures, causes_of, key_figures
from console.services.review_notes import ReviewNoteRow, notes_in_period
from console.wording.addresses import postal_lines
from console.wording.phrases import phrase

AUDIT_NOTE_KINDS = ("risk", "recommendation")
"""The review notes an audit reports: risks seen and recommendations made."""


@dataclass(frozen=True)
class SiteRow:
    """One of the client's sites, with the tickets raised for it in the year."""

    name: str
    address: str
    active: bool
    tickets: int


@dataclass(frozen=True)
class ContractRow:
    """One contract in force during the year."""

    name: str
    kind: str
    valid_from: date
    valid_until: date | None


@dataclass(frozen=True)
class KnowledgeRow:
    """An article of the client's knowledge base as it stood at the end of the year."""

    title: str
    site: str | None  # None: the whole client
    topic: str
    changed: datetime
    revisions: int  # how many texts it had by then


@dataclass
class Audit:
    """A client's year: its key figures against the year before, quarter by quarter, the
    risks and recommendations, the infrastructure covered and the incidents that recurred."""

    client_id: uuid.UUID
    client: str
    year: int
    current: KeyFigures
    previous: KeyFigures
    quarters: list[KeyFigures] = field(default_factory=list)
    notes: list[ReviewNoteRow] = field(default_factory=list)  # risks, advice: open first
    sites: list[SiteRow] = field(default_factory=list)
    contracts: list[ContractRow] = field(default_factory=list)
    recurring: list[tuple[str, int, Decimal]] = field(default_factory=list)  # title, n, hours
    causes: dict[str, str] = field(default_factory=dict)  # recurring title -> cause found
    knowledge: list[KnowledgeRow] = field(default_factory=list)  # by site, then title
    country: str = ""  # the client's, so the provider's address leaves out a shared one

    @property
    def start(self) -> date:
        """The first day of the year."""
        return self.current.start

    @property
    def end(self) -> date:
        """The day after the last day of the year."""
        return self.current.end


def _notes(session: Session, client_id: uuid.UUID, start: date, end: date) -> list[ReviewNoteRow]:
    """Risks and recommendations raised or open during the year, open ones first."""
    notes = [n for n in notes_in_period(session, client_id, start, end)
             if n.kind in AUDIT_NOTE_KINDS]  # fmt: skip
    return sorted(notes, key=lambda n: (NOTE_STATUSES.index(n.status), n.raised_on, n.text))


def _sites(session: Session, client: Client, lo: datetime, hi: datetime) -> list[SiteRow]:
    counts = dict(
        session.execute(
            select(Ticket.site_id, func.count(Ticket.id))
            .where(Ticket.client_id == client.id, Ticket.opened_at >= lo, Ticket.opened_at < hi)
            .group_by(Ticket.site_id)
        ).all()
    )
    sites = session.scalars(
        select(Site).where(Site.client_id == client.id).order_by(Site.name, Site.id)
    )
    out = []
    for site in sites:
        address = ", ".join(postal_lines(site.street, site.postal_code, site.city, site.country))
        out.append(SiteRow(site.name, address, site.active, int(counts.get(site.id, 0))))
    return out


def _knowledge(session: Session, client: Client, hi: datetime) -> list[KnowledgeRow]:
    """The knowledge base as the year left it: each article's last text before its end."""
    latest = (
        select(KnowledgeRevision.article_id, func.max(KnowledgeRevision.number).label("n"))
        .join(KnowledgeArticle, KnowledgeArticle.id == KnowledgeRevision.article_id)
        .where(KnowledgeArticle.client_id == client.id, KnowledgeRevision.edited_at < hi)
        .group_by(KnowledgeRevision.article_id)
        .subquery()
    )
    found = session.execute(
        select(KnowledgeRevision, Site.name)
        .join(latest, (latest.c.article_id == KnowledgeRevision.article_id)
              & (latest.c.n == KnowledgeRevision.number))
        .outerjoin(Site, Site.id == KnowledgeRevision.site_id)
    ).all()  # fmt: skip
    rows = [
        KnowledgeRow(r.title, site, r.topic, r.edited_at, r.number)
        for r, site in found
        if not r.archived
    ]
    return sorted(rows, key=lambda k: ((k.site or "").casefold(), k.title.casefold()))


def _contracts(session: Session, client: Client, start: date, end: date) -> list[ContractRow]:
    """Contracts in force on at least one day of the year."""
    rows = session.scalars(
        select(Contract)
        .where(Contract.client_id == client.id, Contract.valid_from < end,
               (Contract.valid_until.is_(None)) | (Contract.valid_until >= start))
        .order_by(Contract.valid_from, Contract.name)
    )  # fmt: skip
    return [ContractRow(c.name, c.kind.value, c.valid_from, c.valid_until) for c in rows]


def _recurring(
    session: Session, client: Client, lo: datetime, hi: datetime
) -> tuple[list[tuple[str, int, Decimal]], dict[str, str]]:
    """Incidents opened in the year that came back, with the hours worked on them then, and
    the cause found for each."""
    incidents = session.execute(
        select(Ticket.id, Ticket.title).where(
            Ticket.client_id == client.id, Ticket.category == TicketCategory.INCIDENT,
            Ticket.opened_at >= lo, Ticket.opened_at < hi)
    ).all()  # fmt: skip
    hours: dict[uuid.UUID, Decimal] = {}
    for ticket_id, started, ended in session.execute(
        select(TimeEntry.ticket_id, TimeEntry.started_at, TimeEntry.ended_at)
        .join(Ticket, Ticket.id == TimeEntry.ticket_id)
        .where(Ticket.client_id == client.id, Ticket.category == TicketCategory.INCIDENT,
               TimeEntry.started_at >= lo, TimeEntry.started_at < hi)
    ):  # fmt: skip
        hours[ticket_id] = hours.get(ticket_id, Decimal(0)) + hours_between(started, ended)
    found = recurring_incidents(
        [(title, hours.get(tid, Decimal(0))) for tid, title in incidents], most=10
    )
    return found, causes_of(session, [(tid, title) for tid, title in incidents], found)


def yearly_audit(session: Session, client_id: uuid.UUID, year: int, now: datetime) -> Audit:
    """A client's calendar year ``year`` for its IT audit (raises UserError for a client
    that does not exist or a year out of range)."""
    if not 1 <= year <= 9998:
        raise UserError(phrase("year: {year} is out of range (0001 to 9998)", year=year))
    client = session.get(Client, client_id)
    if client is None:
        raise UserError(phrase("client {client_id} does not exist", client_id=client_id))
    start, end = year_period(year)
    zone = ZoneInfo(client.time_zone)
    lo, hi = datetime.combine(start, time(0), zone), datetime.combine(end, time(0), zone)
    current = key_figures(session, client.id, start, end, now)
    before = previous_period(start, end) if year > 1 else (start, start)
    previous = (
        key_figures(session, client.id, *before, now) if year > 1 else KeyFigures(start, start)
    )
    recurring, causes = _recurring(session, client, lo, hi)
    return Audit(
        client.id,
        client.name,
        year,
        current,
        previous,
        quarters=[key_figures(session, client.id, a, b, now) for a, b in quarters_in(start, end)],
        notes=_notes(session, client.id, start, end),
        sites=_sites(session, client, lo, hi),
        contracts=_contracts(session, client, start, end),
        recurring=recurring,
        causes=causes,
        knowledge=_knowledge(session, client, hi),
        country=client.country,
    )
