"""Options for the dialogs' lists: clients, their sites, contracts and contacts, engineers."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import ContactRole, ContractKind
from console.model import Client, Contact, Contract, Engineer, Site, User
from console.services.acting import Sessions, reading
from console.wording.vocabulary import words_for

Choice = tuple[str, uuid.UUID]


def clients(session: Session) -> list[Choice]:
    """Active clients by name."""
    stmt = select(Client.name, Client.id).where(Client.active.is_(True)).order_by(Client.name)
    return [(name, cid) for name, cid in session.execute(stmt)]


def sites(session: Session, client_id: uuid.UUID) -> list[Choice]:
    """A client's sites with their city."""
    stmt = select(Site.name, Site.city, Site.id).where(
        Site.client_id == client_id, Site.active.is_(True)
    )
    return [
        (f"{name}, {city}", sid) for name, city, sid in session.execute(stmt.order_by(Site.name))
    ]


def contracts(
    session: Session,
    client_id: uuid.UUID,
    word: Callable[[object], str] | None = None,
    on: date | None = None,
) -> list[Choice]:
    """A client's contracts (those in force ``on`` a day, if given), each with its kind
    worded by ``word`` (the reader's language)."""
    word = word or words_for("en")
    stmt = select(Contract.name, Contract.kind, Contract.id).where(Contract.client_id == client_id)
    if on is not None:
        stmt = stmt.where(
            Contract.valid_from <= on,
            (Contract.valid_until.is_(None)) | (Contract.valid_until >= on),
        )
    return [
        (_contract_label(name, word(ContractKind(kind))), cid)
        for name, kind, cid in session.execute(stmt.order_by(Contract.name))
    ]


def _contract_label(name: str | None, kind: str) -> str:
    """A contract as the list shows it: its name with its kind, the kind once when the
    name is the kind's (a contract is named after its kind unless given a name)."""
    if not name or kind.lower().startswith(name.lower()):
        return kind[:1].upper() + kind[1:]
    return f"{name} ({kind})"


def contacts(
    session: Session, client_id: uuid.UUID, role: ContactRole | None = None
) -> list[Choice]:
    """A client's contacts, optionally of one role, with their phone (D1)."""
    stmt = select(Contact.name, Contact.phone, Contact.id).where(
        Contact.client_id == client_id, Contact.active.is_(True)
    )
    if role is not None:
        stmt = stmt.where(Contact.role == role.value)
    return [
        (f"{name} {phone}" if phone else name, cid)
        for name, phone, cid in session.execute(stmt.order_by(Contact.name))
    ]


def engineers(session: Session) -> list[Choice]:
    """Active engineers by name."""
    stmt = (
        select(Engineer.name, Engineer.id).where(Engineer.active.is_(True)).order_by(Engineer.name)
    )
    return [(name, eid) for name, eid in session.execute(stmt)]


def users(session: Session) -> list[tuple[str, str]]:
    """Active users as (display name, username)."""
    stmt = (
        select(User.display_name, User.username)
        .where(User.active.is_(True))
        .order_by(User.display_name)
    )
    return [(name, username) for name, username in session.execute(stmt)]


def user_choices(sessions: Sessions) -> list[tuple[str, str]]:
    """`users`, read in a session of its own (the settings dialog's call)."""
    with reading(sessions) as session:
        return users(session)
