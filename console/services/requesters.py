"""Who asks: the requester of a ticket that arrives by e-mail, found or registered.

The first contact registers the requester. An address a contact of a client already
has is that contact; an unknown address at a client's e-mail domain (or a subdomain
of it) becomes a new requester of that client, with no phone until someone asks for
one; any other address is an unknown sender, and nothing is written.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from email.utils import parseaddr
from enum import StrEnum

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from console.enums import ContactRole
from console.errors import ValidationError
from console.ids import new_id
from console.model import Client, Contact
from console.rules import fields
from console.rules.master_data import MasterKind, check_master_change
from console.services.master_data.common import Sessions, acting_role, writing
from console.services.tickets import scope_of
from console.wording.phrases import Phrase, phrase


class Outcome(StrEnum):
    """What became of an address."""

    KNOWN = "known"  # a contact has it
    CREATED = "created"  # a new requester of the client whose domain it is
    UNKNOWN_SENDER = "unknown_sender"  # no client's; nothing written


@dataclass(frozen=True)
class Requester:
    """The requester an address resolved to, as plain values."""

    outcome: Outcome
    address: str
    client_id: uuid.UUID | None = None
    client_name: str | None = None
    contact_id: uuid.UUID | None = None
    contact_name: str | None = None
    reason: Phrase | None = None
    """Why a sender is unknown."""


def split_address(raw: str, display_name: str | None = None) -> tuple[str, str | None]:
    """The bare address and the display name of ``"Name <a@b>"`` or ``a@b``; refused if
    it is not an e-mail address."""
    if not raw.strip():
        raise ValidationError("address", phrase("give the sender's e-mail address"))
    name, address = parseaddr(raw.strip())
    try:
        checked = fields.optional_email(address, "address")
    except ValidationError:
        checked = None
    if checked is None:
        raise ValidationError(
            "address", phrase("{address} is not an e-mail address", address=repr(raw.strip()))
        )
    local, _at, domain = checked.rpartition("@")
    return f"{local}@{domain.lower()}", (display_name or name or "").strip() or None


def domains_of(address: str) -> list[str]:
    """The address's domain and each parent domain, most specific first (never a bare
    top-level domain): ``a@mail.acme.nl`` gives ``mail.acme.nl`` and ``acme.nl``."""
    labels = address.rsplit("@", 1)[-1].lower().strip(".").split(".")
    return [".".join(labels[i:]) for i in range(len(labels) - 1)]


def _domain(value: str | None) -> str:
    """A client's e-mail domain as entered, compared without case or a leading @."""
    return (value or "").strip().lower().lstrip("@").strip(".")


def _by_address(address: str) -> Select[Contact, Client]:
    """The contact an address belongs to, with its client: compared without case (through
    the index of lower-cased addresses); of several, an active client's, then the oldest."""
    return (
        select(Contact, Client)
        .join(Client, Client.id == Contact.client_id)
        .where(func.lower(Contact.email) == address.lower())
        .order_by(Client.active.desc(), Contact.created_at, Contact.id)
        .limit(1)
    )


def _known(session: Session, address: str) -> tuple[Contact, Client] | None:
    row = session.execute(_by_address(address)).first()
    return None if row is None else (row[0], row[1])


def _client_by_domain(session: Session, address: str) -> Client | Phrase:
    """The one active client whose e-mail domain the address is at, or why there is none."""
    by_domain: dict[str, list[Client]] = {}
    for client in session.scalars(
        select(Client).where(Client.active.is_(True), Client.email_domain.is_not(None))
    ):
        by_domain.setdefault(_domain(client.email_domain), []).append(client)
    for domain in domains_of(address):
        found = by_domain.get(domain, [])
        if len(found) == 1:
            return found[0]
        if found:
            names = sorted(c.name for c in found)
            return phrase(
                "several clients use the e-mail domain {domain} ({names})",
                domain=domain,
                names=names,
            )
    return phrase("no client uses the sender's e-mail domain")


def requester_for_address(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    address: str,
    display_name: str | None = None,
) -> Requester:
    """The contact an e-mail address belongs to, registered as a new requester of the
    client whose domain it is when nobody has it yet; an unknown sender otherwise."""
    bare, name = split_address(address, display_name)
    with writing(sessions, user_id) as session:
        return requester_rows(session, user_id, bare, name)[0]


def requester_rows(
    session: Session,
    user_id: uuid.UUID | None,
    address: str,
    display_name: str | None = None,
    *,
    by_intake: bool = False,
) -> tuple[Requester, Client | None, Contact | None]:
    """`requester_for_address` inside the caller's transaction (the mail intake writes the
    contact with its ticket), with the client and contact rows it found or made: a caller
    that writes with them need not read them again (the session holds rows weakly). The
    address is a bare, checked one (see split_address).

    ``by_intake``: the mail intake registers the sender itself, acting for no user: the
    first contact registers the requester, whoever's desk happens to fetch the mail.
    """
    known = _known(session, address)
    if known is not None:
        contact, client = known
        found = Requester(Outcome.KNOWN, address, client.id, client.name, contact.id, contact.name)
        return found, client, contact
    client_or_reason = _client_by_domain(session, address)
    if isinstance(client_or_reason, Phrase):
        return Requester(Outcome.UNKNOWN_SENDER, address, reason=client_or_reason), None, None
    client = client_or_reason
    if not by_intake:
        _check_may_register(session, user_id, client.id)
    # the name they sign with, else the address's own words before the @
    contact = Contact(
        id=new_id(),
        client_id=client.id,
        name=(display_name or address.rsplit("@", 1)[0])[:120],
        role=ContactRole.REQUESTER,
        phone=None,
        email=address,
        messengers={},
    )
    session.add(contact)
    session.flush()
    made = Requester(Outcome.CREATED, address, client.id, client.name, contact.id, contact.name)
    return made, client, contact


def requester_choices(sessions: Sessions, client_id: uuid.UUID) -> list[tuple[str, uuid.UUID]]:
    """Who may call for a client, for a pick list: every active contact, requesters first;
    the name with the phone, else the e-mail (the local contact calls too)."""
    with sessions() as session:
        rows = session.execute(
            select(Contact.name, Contact.phone, Contact.email, Contact.id)
            .where(Contact.client_id == client_id, Contact.active.is_(True))
            .order_by(Contact.role != ContactRole.REQUESTER.value, func.lower(Contact.name))
        )
        return [
            (" ".join(p for p in (name, phone or email) if p), cid)
            for name, phone, email, cid in rows
        ]


def _check_may_register(session: Session, user_id: uuid.UUID | None, client_id: uuid.UUID) -> None:
    """A user registers a requester only where they may add a client's contacts."""
    scope = scope_of(session, user_id)
    check_master_change(
        acting_role(session, user_id),
        MasterKind.CONTACT,
        ("name", "role", "email"),
        client_id=client_id,
        own_client_id=scope.client_id if scope else None,
    )
