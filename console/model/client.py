"""Clients, their sites and their contacts (D1, D10, E7)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from console.enums import ContactRole, EInvoiceFormat
from console.errors import ValidationError
from console.money import check_currency
from console.rules import fields
from console.wording.phrases import phrase

from .base import Base, Entity, enum_type, exact, phone_check

if TYPE_CHECKING:
    from .contract import Contract
    from .people import Engineer, User


class Client(Entity, Base):
    """A company that buys service; its country and zone drive SLA calendars (C2)."""

    __tablename__ = "clients"
    __table_args__ = (
        CheckConstraint("length(country) = 2", name="country_iso2"),
        CheckConstraint("length(currency) = 3", name="currency_iso"),
        CheckConstraint("nda_on_file = false OR nda_date IS NOT NULL", name="nda_dated"),
        CheckConstraint("workstations >= 0", name="workstations_not_negative"),
    )

    name: Mapped[str] = mapped_column(String(200), index=True)
    short_name: Mapped[str | None] = mapped_column(String(60))
    country: Mapped[str] = mapped_column(String(2))
    subdivision: Mapped[str | None] = mapped_column(String(10))
    time_zone: Mapped[str] = mapped_column(String(64))
    locale: Mapped[str] = mapped_column(String(16))
    currency: Mapped[str] = mapped_column(String(3))
    vat_id: Mapped[str | None] = mapped_column(String(32))
    billing_address: Mapped[str | None] = mapped_column(Text)
    email_domain: Mapped[str | None] = mapped_column(String(120))
    nda_on_file: Mapped[bool] = mapped_column(default=False)
    nda_date: Mapped[date | None] = mapped_column(Date)
    workstations: Mapped[int] = mapped_column(default=0)
    assigned_engineer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("engineers.id", ondelete="SET NULL"), index=True
    )
    account_manager_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    e_invoice_format: Mapped[EInvoiceFormat] = mapped_column(
        enum_type(EInvoiceFormat, "e_invoice_format"),
        default=EInvoiceFormat.PDF,
        server_default="pdf",
    )
    review_figures: Mapped[list[str]] = mapped_column(default=list)
    """V2: the key figures the client asks to see in its review pack (none named: all)."""
    active: Mapped[bool] = mapped_column(default=True)

    sites: Mapped[list[Site]] = relationship(back_populates="client", order_by="Site.name")
    contacts: Mapped[list[Contact]] = relationship(back_populates="client", order_by="Contact.name")
    contracts: Mapped[list[Contract]] = relationship(back_populates="client")
    assigned_engineer: Mapped[Engineer | None] = relationship(back_populates="assigned_clients")
    account_manager: Mapped[User | None] = relationship(foreign_keys=[account_manager_id])

    @validates("name")
    def _name(self, key: str, value: object) -> str:
        return fields.required_text(value, key, 200)

    @validates("country")
    def _country(self, key: str, value: object) -> str:
        return fields.country_code(value, key)

    @validates("time_zone")
    def _tz(self, key: str, value: object) -> str:
        return fields.time_zone(value, key)

    @validates("locale")
    def _locale(self, key: str, value: object) -> str:
        return fields.locale_code(value, key)

    @validates("currency")
    def _currency(self, key: str, value: object) -> str:
        return check_currency(value, key)

    @validates("workstations")
    def _ws(self, key: str, value: object) -> int:
        return fields.int_between(value, key, 0, 1_000_000, rule="C9")


class Site(Entity, Base):
    """A physical location of a client, where engineers go (D1)."""

    __tablename__ = "sites"

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(2))
    map_url: Mapped[str | None] = mapped_column(String(500))
    floor: Mapped[str | None] = mapped_column(String(40))
    entry_instructions: Mapped[str | None] = mapped_column(Text)
    time_zone: Mapped[str] = mapped_column(String(64))
    latitude: Mapped[Decimal | None] = mapped_column(exact())  # WGS 84 degrees, north +
    longitude: Mapped[Decimal | None] = mapped_column(exact())  # WGS 84 degrees, east +
    active: Mapped[bool] = mapped_column(default=True)  # never deleted: visits point to it

    client: Mapped[Client] = relationship(back_populates="sites")

    @validates("latitude", "longitude")
    def _degrees(self, key: str, value: object) -> Decimal | None:
        return fields.coordinate(value, key, 90 if key == "latitude" else 180)

    @validates("name", "street", "city")
    def _text(self, key: str, value: object) -> str:
        return fields.required_text(value, key, 200)

    @validates("country")
    def _country(self, key: str, value: object) -> str:
        return fields.country_code(value, key)

    @validates("time_zone")
    def _tz(self, key: str, value: object) -> str:
        return fields.time_zone(value, key)

    @validates("map_url")
    def _map(self, key: str, value: object) -> str | None:
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not value.startswith(("https://", "http://")):
            raise ValidationError(
                key, phrase("{value} is not a web link", value=repr(value)), rule="D1"
            )
        return value


REQUESTER_WITHOUT_PHONE = f"phone IS NULL AND role = '{ContactRole.REQUESTER.value}'"
"""A requester who first wrote by e-mail may have no phone yet; everyone else needs one."""


class Contact(Entity, Base):
    """A person at a client: local contact, ordering engineer or requester (D1, T1)."""

    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint(
            f"{REQUESTER_WITHOUT_PHONE} OR phone IS NOT NULL AND ({phone_check()})",
            name="phone_e164",
        ),
        # The mail intake finds each sender among the contacts by address, without case.
        Index("ix_contacts_email_lower", text("lower(email)")),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    site_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sites.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[ContactRole] = mapped_column(enum_type(ContactRole, "role"))
    phone: Mapped[str | None] = mapped_column(String(16))
    email: Mapped[str | None] = mapped_column(String(200))
    messengers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    language: Mapped[str | None] = mapped_column(String(8))
    active: Mapped[bool] = mapped_column(default=True)  # never deleted: tickets point to it

    client: Mapped[Client] = relationship(back_populates="contacts")
    site: Mapped[Site | None] = relationship()

    @validates("name")
    def _name(self, key: str, value: object) -> str:
        return fields.required_text(value, key, 120)

    @validates("phone")
    def _phone(self, key: str, value: object) -> str | None:
        if value in (None, ""):
            if self.role not in (None, ContactRole.REQUESTER):
                self._phone_required()
            return None
        return fields.phone_e164(value, key)

    @validates("email")
    def _email(self, key: str, value: object) -> str | None:
        return fields.optional_email(value, key)

    @validates("role")
    def _role(self, key: str, value: object) -> ContactRole:
        role = fields.choice(ContactRole, value, key)
        # only a phone set to nothing counts; one not set yet may still come
        if role is not ContactRole.REQUESTER and "phone" in self.__dict__ and self.phone is None:
            self._phone_required()
        return role

    @staticmethod
    def _phone_required() -> None:
        raise ValidationError(
            "phone", phrase("a local contact or ordering engineer needs a phone with country code")
        )

    @validates("messengers")
    def _messengers(self, key: str, value: object) -> dict[str, Any]:
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise ValidationError(key, phrase("must map a messenger name to a handle"), rule="D1")
        return dict(value)
