"""Clients, their sites and their contacts, entered and kept by the desk (D1, D10, C2)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.selectable import ScalarSelect

from console.enums import EInvoiceFormat
from console.errors import ValidationError
from console.model import Client, Contact, Invoice, Site
from console.model.mail import MailOptOut
from console.rules.master_data import MasterKind
from console.wording.phrases import phrase

from .common import (
    Record,
    Sessions,
    apply,
    check_change,
    find_one,
    record,
    refuse_first,
    search_filter,
    writing,
)
from .fields import CLIENT_FIELDS, CONTACT_FIELDS, SITE_FIELDS, Lookup, as_uuid

CLIENT_SHOWN = ("name", "short_name", "country", "subdivision", "time_zone", "locale",
                "currency", "vat_id", "billing_address", "e_invoice_format", "email_domain",
                "nda_on_file", "nda_date", "workstations", "review_figures", "active")  # fmt: skip
SITE_SHOWN = ("name", "street", "postal_code", "city", "country", "time_zone", "floor",
              "map_url", "latitude", "longitude", "entry_instructions", "active")  # fmt: skip
CONTACT_SHOWN = ("name", "role", "phone", "email", "language", "messengers", "active")


# ------------------------------------------------------------------ checks


def client_problems(session: Session, client: Client) -> list[ValidationError]:
    """What the database would refuse about a client, named by field, before it does."""
    problems = []
    if client.nda_on_file and client.nda_date is None:
        problems.append(
            ValidationError("nda_date", phrase("an NDA on file needs the day it was signed"))
        )
    if client.name:
        same = select(Client.id).where(func.lower(Client.name) == client.name.lower())
        if client.id is not None:
            same = same.where(Client.id != client.id)
        if session.scalar(same.limit(1)) is not None:
            problems.append(
                ValidationError(
                    "name", phrase("a client named {name} exists already", name=repr(client.name))
                )
            )
    return problems


def build_client(
    lookup: Lookup, values: Mapping[str, object]
) -> tuple[Client, list[ValidationError]]:
    """A new client from plain values, and everything wrong with them."""
    client = Client(  # its id comes on insert
        active=True, nda_on_file=False, workstations=0, e_invoice_format=EInvoiceFormat.PDF
    )
    values = dict(values)
    if "nda_date" in values and "nda_on_file" not in values and values["nda_date"]:
        values["nda_on_file"] = True  # a signing day means the NDA is on file
    problems = apply(lookup, client, CLIENT_FIELDS, values, "client", adding=True)
    problems += client_problems(lookup.session, client)
    return client, problems


def build_site(
    lookup: Lookup, client: Client, values: Mapping[str, object]
) -> tuple[Site, list[ValidationError]]:
    """A new site of a client from plain values, and everything wrong with them."""
    site = Site(client_id=client.id)
    values = dict(values)
    for inherited in ("country", "time_zone"):
        if values.get(inherited) in (None, ""):
            values[inherited] = getattr(client, inherited)
    problems = apply(lookup, site, SITE_FIELDS, values, "site", adding=True)
    if site.name and client.id is not None:
        same = select(Site.id).where(
            Site.client_id == client.id, func.lower(Site.name) == site.name.lower()
        )
        if lookup.session.scalar(same.limit(1)) is not None:
            problems.append(
                ValidationError(
                    "name",
                    phrase(
                        "{name} has a site named {site} already",
                        name=client.name,
                        site=repr(site.name),
                    ),
                )
            )
    return site, problems


def build_contact(
    lookup: Lookup, client: Client, values: Mapping[str, object]
) -> tuple[Contact, list[ValidationError]]:
    """A new contact of a client from plain values, and everything wrong with them."""
    contact = Contact(client_id=client.id, messengers={})
    return contact, apply(lookup, contact, CONTACT_FIELDS, values, "contact", adding=True)


# ------------------------------------------------------------------ clients


def add_client(sessions: Sessions, user_id: uuid.UUID | None, **values: object) -> uuid.UUID:
    """Enter a new client; returns its id."""
    with writing(sessions, user_id) as session:
        check_change(session, user_id, MasterKind.CLIENT, values)
        client, problems = build_client(Lookup(session), values)
        refuse_first(problems)
        session.add(client)
        session.flush()
        return client.id


def list_clients(
    sessions: Sessions, search: str | None = None, *, include_inactive: bool = False
) -> list[Record]:
    """Clients whose name, short name, country or e-mail domain holds the search text."""
    with sessions() as session:
        # the sites and contacts are counted in the same statement: loading each
        # client's lists took two reads per client, half a second at 2,000 clients
        sites = _count_of(Site.client_id)
        contacts = _count_of(Contact.client_id)
        stmt = select(Client, sites, contacts).order_by(func.lower(Client.name))
        where = search_filter(Client, ("name", "short_name", "country", "email_domain"), search)
        if where is not None:
            stmt = stmt.where(where)
        if not include_inactive:
            stmt = stmt.where(Client.active.is_(True))
        out = []
        for c, site_count, contact_count in session.execute(stmt):
            row = record(c, ("name", "country", "time_zone", "currency", "active"))
            row["sites"] = site_count
            row["contacts"] = contact_count
            out.append(row)
        return out


def _count_of(client_id: InstrumentedAttribute[uuid.UUID]) -> ScalarSelect[int]:
    """How many rows of the column's table belong to the listed client."""
    return select(func.count()).where(client_id == Client.id).correlate(Client).scalar_subquery()


def show_client(sessions: Sessions, client: object) -> Record:
    """A client with its sites, contacts and contracts."""
    with sessions() as session:
        c = find_one(session, Client, client, "client")
        out = record(c, CLIENT_SHOWN)
        out["assigned_engineer"] = c.assigned_engineer.name if c.assigned_engineer else None
        out["account_manager"] = c.account_manager.username if c.account_manager else None
        sites = {s.id: s.name for s in c.sites}
        out["sites"] = [record(s, SITE_SHOWN) for s in c.sites]
        out["contacts"] = []
        silent = set(
            session.scalars(
                select(MailOptOut.contact_id).where(
                    MailOptOut.contact_id.in_([p.id for p in c.contacts]),
                    MailOptOut.opted_out.is_(True),
                )
            )
        )
        for p in c.contacts:
            row = record(p, CONTACT_SHOWN)
            row["site"] = sites.get(p.site_id) if p.site_id else None
            row["gets_mail"] = p.id not in silent  # asked for no mail from the desk, or not
            out["contacts"].append(row)
        out["contracts"] = [
            record(k, ("name", "kind", "valid_from", "valid_until"))
            for k in sorted(c.contracts, key=lambda k: (k.valid_from, k.name))
        ]
        return out


def edit_client(
    sessions: Sessions, user_id: uuid.UUID | None, client: object, **values: object
) -> None:
    """Change only the given fields of a client."""
    with writing(sessions, user_id) as session:
        check_change(session, user_id, MasterKind.CLIENT, values)
        row = find_one(session, Client, client, "client")
        problems = apply(
            Lookup(session, row.id), row, CLIENT_FIELDS, values, "client", adding=False
        )
        refuse_first(problems + client_problems(session, row))


def deactivate_client(sessions: Sessions, user_id: uuid.UUID | None, client: object) -> None:
    """Take a client out of the lists; its tickets, contracts and invoices stay."""
    with writing(sessions, user_id) as session:
        check_change(session, user_id, MasterKind.CLIENT, ("active",))
        row = find_one(session, Client, client, "client")
        if not row.active:
            raise ValidationError("client", phrase("{name} is inactive already", name=row.name))
        row.active = False


# ------------------------------------------------------------------ sites and contacts


def add_site(
    sessions: Sessions, user_id: uuid.UUID | None, client: object, **values: object
) -> uuid.UUID:
    """Add a site to a client; its country and zone default to the client's."""
    with writing(sessions, user_id) as session:
        check_change(session, user_id, MasterKind.SITE, values)
        owner = find_one(session, Client, client, "client")
        site, problems = build_site(Lookup(session, owner.id), owner, values)
        refuse_first(problems)
        session.add(site)
        session.flush()
        return site.id


def edit_site(
    sessions: Sessions, user_id: uuid.UUID | None, client: object, site: object, **values: object
) -> None:
    """Change only the given fields of a client's site."""
    with writing(sessions, user_id) as session:
        check_change(session, user_id, MasterKind.SITE, values)
        owner = find_one(session, Client, client, "client")
        row = find_one(session, Site, site, "site", client_id=owner.id)
        refuse_first(
            apply(Lookup(session, owner.id), row, SITE_FIELDS, values, "site", adding=False)
        )


def add_contact(
    sessions: Sessions, user_id: uuid.UUID | None, client: object, **values: object
) -> uuid.UUID:
    """Add a contact person to a client."""
    with writing(sessions, user_id) as session:
        owner = find_one(session, Client, client, "client")
        check_change(session, user_id, MasterKind.CONTACT, values, client_id=owner.id)
        contact, problems = build_contact(Lookup(session, owner.id), owner, values)
        refuse_first(problems)
        session.add(contact)
        session.flush()
        return contact.id


def edit_contact(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    client: object,
    contact: object,
    **values: object,
) -> None:
    """Change only the given fields of a client's contact."""
    with writing(sessions, user_id) as session:
        owner = find_one(session, Client, client, "client")
        check_change(session, user_id, MasterKind.CONTACT, values, client_id=owner.id)
        row = find_one(session, Contact, contact, "contact", client_id=owner.id)
        lookup = Lookup(session, owner.id)
        refuse_first(apply(lookup, row, CONTACT_FIELDS, values, "contact", adding=False))


def deactivate_site(
    sessions: Sessions, user_id: uuid.UUID | None, client: object, site: object
) -> None:
    """Take a site out of the lists; the tickets and visits that point to it keep it."""
    with writing(sessions, user_id) as session:
        owner = find_one(session, Client, client, "client")
        check_change(session, user_id, MasterKind.SITE, ("active",), client_id=owner.id)
        row = find_one(session, Site, site, "site", client_id=owner.id)
        if not row.active:
            raise ValidationError("site", phrase("{name} is inactive already", name=row.name))
        row.active = False


def deactivate_contact(
    sessions: Sessions, user_id: uuid.UUID | None, client: object, contact: object
) -> None:
    """Take a contact out of the lists; the tickets that point to them keep them."""
    with writing(sessions, user_id) as session:
        owner = find_one(session, Client, client, "client")
        check_change(session, user_id, MasterKind.CONTACT, ("active",), client_id=owner.id)
        row = find_one(session, Contact, contact, "contact", client_id=owner.id)
        if not row.active:
            raise ValidationError("contact", phrase("{name} is inactive already", name=row.name))
        row.active = False


# ------------------------------------------------------------------ invoices


def invoice_format(sessions: Sessions, invoice: str) -> EInvoiceFormat:
    """How the client of an invoice (its number or id) wants its invoices delivered; a plain
    PDF for a key that names no invoice."""
    with sessions() as session:
        return invoice_format_in(session, invoice)


def invoice_format_in(session: Session, invoice: str) -> EInvoiceFormat:
    """`invoice_format` in a session the caller holds."""
    key = as_uuid(invoice)
    found = session.get(Invoice, key) if key is not None else None
    if found is None:
        found = session.scalars(select(Invoice).where(Invoice.number == invoice)).first()
    if found is None:
        return EInvoiceFormat.PDF
    client = session.get(Client, found.client_id)
    wanted = client.e_invoice_format if client is not None else None
    return EInvoiceFormat(wanted) if wanted else EInvoiceFormat.PDF
