"""Engineers, their leave, and the console's users."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship, validates

from console.enums import LeaveKind, Role, SkillLevel
from console.errors import ValidationError
from console.money import check_currency
from console.rules import fields
from console.rules.photo import photo_kind
from console.rules.schedule import BASIS_10X5, validate_schedule
from console.wording.phrases import phrase

from .base import Base, Entity, enum_type, exact, phone_check

if TYPE_CHECKING:
    from .client import Client


class Engineer(Entity, Base):
    """A field engineer who can be sent on site (D1, D4, D10)."""

    __tablename__ = "engineers"
    __table_args__ = (
        CheckConstraint("cost_rate >= 0", name="cost_rate_not_negative"),
        CheckConstraint(phone_check(nullable=True), name="phone_e164"),
    )

    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(16))
    skill_level: Mapped[SkillLevel] = mapped_column(
        enum_type(SkillLevel, "skill_level"), default=SkillLevel.SENIOR
    )
    skills: Mapped[list[str]] = mapped_column(default=list)
    languages: Mapped[list[str]] = mapped_column(default=list)
    region: Mapped[str | None] = mapped_column(String(80))
    home_time_zone: Mapped[str] = mapped_column(String(64))
    # Where the engineer's day starts, for travel to the first site (WGS 84 degrees).
    base_latitude: Mapped[Decimal | None] = mapped_column(exact())
    base_longitude: Mapped[Decimal | None] = mapped_column(exact())
    working_hours: Mapped[dict[str, Any]] = mapped_column(default=lambda: dict(BASIS_10X5))
    cost_rate: Mapped[Decimal] = mapped_column(exact(), default=Decimal(0))
    cost_currency: Mapped[str] = mapped_column(String(3), default="EUR")
    active: Mapped[bool] = mapped_column(default=True)
    # D7: sent with a proposal for the client to check the ID against; read when sent only
    photo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))

    leave: Mapped[list[Leave]] = relationship(
        back_populates="engineer", cascade="all, delete-orphan", order_by="Leave.start_date"
    )
    assigned_clients: Mapped[list[Client]] = relationship(back_populates="assigned_engineer")

    @validates("name")
    def _name(self, key: str, value: object) -> str:
        return fields.required_text(value, key, 120)

    @validates("phone")
    def _phone(self, key: str, value: object) -> str | None:
        return None if value in (None, "") else fields.phone_e164(value, key)

    @validates("email")
    def _email(self, key: str, value: object) -> str | None:
        return fields.optional_email(value, key)

    @validates("skill_level")
    def _skill(self, key: str, value: object) -> SkillLevel:
        return fields.choice(SkillLevel, value, key)

    @validates("base_latitude", "base_longitude")
    def _base(self, key: str, value: object) -> Decimal | None:
        return fields.coordinate(value, key, 90 if key == "base_latitude" else 180)

    @validates("home_time_zone")
    def _tz(self, key: str, value: object) -> str:
        return fields.time_zone(value, key)

    @validates("working_hours")
    def _hours(self, key: str, value: object) -> dict[str, Any]:
        return dict(validate_schedule(value, key))

    @validates("cost_rate")
    def _cost(self, key: str, value: object) -> Decimal:
        return fields.non_negative(value, key)

    @validates("cost_currency")
    def _cur(self, key: str, value: object) -> str:
        return check_currency(value, key)

    @validates("photo")
    def _photo(self, key: str, value: bytes | None) -> bytes | None:
        if value is not None:
            photo_kind(value)
        return value


class Leave(Entity, Base):
    """Days an engineer is away; the client's assigned engineer is then covered (D10)."""

    __tablename__ = "leave"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="end_after_start"),)

    engineer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("engineers.id", ondelete="CASCADE"), index=True
    )
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[LeaveKind] = mapped_column(
        enum_type(LeaveKind, "kind"), default=LeaveKind.VACATION
    )
    note: Mapped[str | None] = mapped_column(String(200))

    engineer: Mapped[Engineer] = relationship(back_populates="leave")

    @validates("end_date")
    def _end(self, key: str, value: date) -> date:
        if self.start_date is not None and value < self.start_date:
            fields.interval_order(self.start_date, value, "end_date")
        return value


CLIENT_OF_CLIENT_ADMIN = f"(role = '{Role.CLIENT_ADMIN.value}') = (client_id IS NOT NULL)"
"""A client admin belongs to exactly one client; no other user belongs to any (C12)."""


class User(Entity, Base):
    """Someone who signs in to the console (and, with sync, a PostgreSQL role)."""

    __tablename__ = "users"
    __table_args__ = (
        UniqueConstraint("username"),
        CheckConstraint(CLIENT_OF_CLIENT_ADMIN, name="client_admin_client"),
    )

    username: Mapped[str] = mapped_column(String(63))
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(enum_type(Role, "role"))
    email: Mapped[str | None] = mapped_column(String(200))
    engineer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("engineers.id"))
    # a client's own admin account (C12); clients name their account manager among the
    # users, so this side of the pair is added after both tables exist
    client_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("clients.id", use_alter=True, name="fk_users_client_id_clients"), index=True
    )
    active: Mapped[bool] = mapped_column(default=True)

    engineer: Mapped[Engineer | None] = relationship()
    client: Mapped[Client | None] = relationship(foreign_keys=[client_id])

    @validates("username")
    def _username(self, key: str, value: object) -> str:
        text = fields.required_text(value, key, 63)
        if not text.replace("_", "").replace(".", "").isalnum() or not text.islower():
            raise ValidationError(
                key,
                phrase("use lower-case letters, digits, '.' and '_' (it becomes a database role)"),
            )
        return text

    @validates("role")
    def _role(self, key: str, value: object) -> Role:
        role = fields.choice(Role, value, key)
        if "client_id" in self.__dict__:  # a client set first is checked against the role
            self._check_client(role, self.client_id)
        return role

    @validates("client_id")
    def _client(self, key: str, value: uuid.UUID | None) -> uuid.UUID | None:
        if self.role is not None:
            self._check_client(Role(self.role), value)
        return value

    @staticmethod
    def _check_client(role: Role, client_id: uuid.UUID | None) -> None:
        if role is Role.CLIENT_ADMIN and client_id is None:
            raise ValidationError("client", phrase("a client admin belongs to one client; name it"))
        if role is not Role.CLIENT_ADMIN and client_id is not None:
            raise ValidationError("client", phrase("only a client admin belongs to a client"))
