"""Public holidays and closing days: what a user sees of the days the SLA clocks skip.

A client's clocks skip the public holidays of the client's country (and subdivision), the
provider's own closing days and the client's closing days (C2). This service lists them
as plain rows, for one client or for the provider (the holidays of its home country), and
enters or removes closing days in the acting user's name. Each write is one transaction
through `writing`: on a replica it reaches the outbox like any other change.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.enums import SlaCause
from console.errors import ValidationError
from console.model import Client, Closure
from console.rules import closing_days, company
from console.rules.calendar import Cause, holiday_name
from console.services.master_data.common import Sessions, acting_role, find_one, writing
from console.services.master_data.fields import as_uuid
from console.services.provider import load_profile
from console.wording.phrases import Phrase, phrase

PUBLIC_HOLIDAY = "public holiday"
PROVIDER_CLOSED = "provider closed"
CLIENT_CLOSED = "client closed"
SOURCES = (PUBLIC_HOLIDAY, PROVIDER_CLOSED, CLIENT_CLOSED)
"""Where a day of the calendar comes from, in the order a day lists them."""


@dataclass(frozen=True)
class Holiday:
    """One public holiday, named in the reader's language where the package has it."""

    day: date
    name: str


@dataclass(frozen=True)
class ClosingDay:
    """One closing day as stored: the provider's (no client) or one client's."""

    id: uuid.UUID
    day: date
    start: str | None
    end: str | None
    reason: str
    client: str | None
    client_id: uuid.UUID | None = None

    @property
    def whole_day(self) -> bool:
        """Whether the clocks stop for the whole day."""
        return self.start is None


@dataclass(frozen=True)
class CalendarDay:
    """One day (or part of one) the clocks skip, with where that comes from.

    ``closure_id`` is set only for a closing day: only those can be removed.
    """

    day: date
    what: str
    source: str
    start: str | None = None
    end: str | None = None
    client: str | None = None
    closure_id: uuid.UUID | None = None


@dataclass(frozen=True)
class CalendarOwner:
    """Whose calendar: the provider (no id) or an active client, with its holiday place."""

    id: uuid.UUID | None
    name: str
    country: str | None
    subdivision: str | None


# ------------------------------------------------------------------ public holidays


def holidays_of(
    country: str, subdivision: str | None = None, year: int | str | None = None,
    language: str = "en",
) -> list[Holiday]:  # fmt: skip
    """A country's public holidays in one year (this year when none is given), by date."""
    code = country.strip().upper() if isinstance(country, str) else country
    code = company.holiday_country(code, "country")
    place = company.holiday_subdivision(subdivision, code, "subdivision")
    wanted = date.today().year if year is None else closing_days.year(year)
    import holidays as holidays_lib  # loads every country's module: only when asked

    found = holidays_lib.country_holidays(code, subdiv=place, years=wanted)
    out = []
    for day, name in sorted(found.items()):
        # named as the window names a holiday that stopped a clock, in the same language
        cause = Cause(SlaCause.PUBLIC_HOLIDAY, str(name), day, code, place)
        out.append(Holiday(day, holiday_name(cause, language)))
    return out


# ------------------------------------------------------------------ reading closing days


def _client(session: Session, client: object) -> Client:
    return find_one(session, Client, client, "client")


def _row(closure: Closure, names: dict[uuid.UUID, str]) -> ClosingDay:
    client = names.get(closure.client_id) if closure.client_id else None
    return ClosingDay(
        closure.id, closure.day, closure.start_time, closure.end_time, closure.reason,
        client, closure.client_id,
    )  # fmt: skip


def _closures(
    session: Session, year: int | None, client_id: uuid.UUID | None, *, every: bool
) -> list[ClosingDay]:
    stmt = select(Closure)
    if year is not None:
        stmt = stmt.where(Closure.day >= date(year, 1, 1), Closure.day <= date(year, 12, 31))
    if not every:
        # the provider's closing days hold for every client; a client's only for itself
        mine = Closure.client_id.is_(None)
        stmt = stmt.where(mine | (Closure.client_id == client_id) if client_id else mine)
    rows = list(session.scalars(stmt))
    ids = {c.client_id for c in rows if c.client_id}
    names: dict[uuid.UUID, str] = {}
    if ids:
        found = session.execute(select(Client.id, Client.name).where(Client.id.in_(ids)))
        names = {client_id: name for client_id, name in found}
    out = [_row(c, names) for c in rows]
    out.sort(key=lambda c: (c.day, c.client is not None, c.client or "", c.start or "", c.reason))
    return out


def list_closures(
    sessions: Sessions, year: int | str | None = None, client: object | None = None
) -> list[ClosingDay]:
    """Closing days by date: every one, or those holding for one client (its own and the
    provider's); ``year`` keeps one year's."""
    wanted = None if year is None else closing_days.year(year)
    with sessions() as session:
        if client is None or (isinstance(client, str) and not client.strip()):
            return _closures(session, wanted, None, every=True)
        return _closures(session, wanted, _client(session, client).id, every=False)


def calendar_owners(sessions: Sessions) -> list[CalendarOwner]:
    """The provider first, then every active client by name: whose calendar one may see."""
    with sessions() as session:
        profile = load_profile(session)
        provider = CalendarOwner(
            None,
            (profile.trading_name or profile.legal_name) if profile else "",
            profile.holiday_country if profile else None,
            profile.holiday_subdivision if profile else None,
        )
        rows = session.execute(
            select(Client.id, Client.name, Client.country, Client.subdivision)
            .where(Client.active.is_(True))
            .order_by(func.lower(Client.name))
        )
        return [provider, *(CalendarOwner(i, n, c, s) for i, n, c, s in rows)]


def holiday_place(
    sessions: Sessions, client: object | None = None
) -> tuple[str | None, str | None]:
    """Whose public holidays count: the client's country and subdivision, or without a
    client the provider's home country (nothing while the company is not set up)."""
    with sessions() as session:
        return _place(session, None if client is None else _client(session, client))


def _place(session: Session, client: Client | None) -> tuple[str | None, str | None]:
    if client is not None:
        return client.country, client.subdivision
    profile = load_profile(session)
    if profile is None:
        return None, None
    return profile.holiday_country, profile.holiday_subdivision


def calendar_of(
    sessions: Sessions, year: int | str | None = None, client: object | None = None,
    language: str = "en",
) -> list[CalendarDay]:  # fmt: skip
    """Every day of a year a client's clocks skip (or, without a client, the provider's):
    public holidays, the provider's closing days and the client's, by date."""
    wanted = date.today().year if year is None else closing_days.year(year)
    with sessions() as session:
        found = None if client is None else _client(session, client)
        country, subdivision = _place(session, found)
        closures = _closures(session, wanted, found.id if found else None, every=False)
    out: list[CalendarDay] = []
    if country:
        out += [
            CalendarDay(h.day, h.name, PUBLIC_HOLIDAY)
            for h in holidays_of(country, subdivision, wanted, language)
        ]
    for c in closures:
        source = CLIENT_CLOSED if c.client_id else PROVIDER_CLOSED
        out.append(CalendarDay(c.day, c.reason, source, c.start, c.end, c.client, c.id))
    out.sort(key=lambda d: (d.day, SOURCES.index(d.source), d.start or ""))
    return out


# ------------------------------------------------------------------ writing


def add_closure(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    day: date | str | None,
    reason: str | None,
    client: object | None = None,
    start: str | None = None,
    end: str | None = None,
) -> uuid.UUID:
    """Enter a closing day, the provider's (no client) or one client's; its new id."""
    with writing(sessions, user_id) as session:
        closing_days.check_may_close(acting_role(session, user_id))
        the_day = closing_days.closing_day(day)
        why = closing_days.reason(reason)
        first, last = closing_days.part_of_day(start, end)
        owner = None
        if client is not None and not (isinstance(client, str) and not client.strip()):
            owner = _client(session, client)
            if not owner.active:
                raise ValidationError(
                    "client", phrase("{name} is no longer an active client", name=owner.name)
                )
        owner_id = owner.id if owner else None
        same = session.scalar(
            select(Closure.id).where(
                Closure.day == the_day,
                Closure.client_id.is_(None) if owner_id is None else Closure.client_id == owner_id,
                Closure.start_time.is_(None) if first is None else Closure.start_time == first,
                Closure.end_time.is_(None) if last is None else Closure.end_time == last,
            )
        )
        if same is not None:
            raise ValidationError("day", _already_closed(the_day, owner, first, last))
        closure = Closure(
            client_id=owner_id, day=the_day, start_time=first, end_time=last, reason=why
        )
        session.add(closure)
        session.flush()
        return closure.id


def _already_closed(day: date, owner: Client | None, start: str | None, end: str | None) -> Phrase:
    """Why an exact repeat of a closing day is refused."""
    if owner is None and start is None:
        return phrase("{day} is already closed for everyone", day=day)
    if owner is None:
        return phrase(
            "{day} is already closed for everyone from {start} to {end}",
            day=day, start=start, end=end,
        )  # fmt: skip
    if start is None:
        return phrase("{day} is already closed for {client}", day=day, client=owner.name)
    return phrase(
        "{day} is already closed for {client} from {start} to {end}",
        day=day, client=owner.name, start=start, end=end,
    )  # fmt: skip


def remove_closure(
    sessions: Sessions, user_id: uuid.UUID | None, closure_id: uuid.UUID | str
) -> ClosingDay:
    """Remove a closing day (the clocks run again that day); what was removed."""
    with writing(sessions, user_id) as session:
        closing_days.check_may_close(acting_role(session, user_id))
        wanted = as_uuid(closure_id)
        closure = session.get(Closure, wanted) if wanted else None
        if closure is None:
            raise ValidationError(
                "closing day", phrase("no closing day with id {id}", id=str(closure_id).strip())
            )
        names = {}
        if closure.client_id:
            owner = session.get(Client, closure.client_id)
            names = {closure.client_id: owner.name} if owner else {}
        removed = _row(closure, names)
        session.delete(closure)
        session.flush()
        return removed
