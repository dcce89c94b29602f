"""On-site visits (work orders) with every D1 field and the D7 life cycle."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship, validates

from console.enums import ChecklistKind, ChecklistState, EngineerRole, SkillLevel, VisitStatus
from console.errors import ValidationError
from console.rules import fields
from console.wording.phrases import phrase

from .base import Base, Entity, enum_type, exact, utcnow

if TYPE_CHECKING:
    from .client import Contact, Site
    from .people import Engineer
    from .ticket import Ticket

DEFAULT_GRACE_MINUTES = 30  # D3: 2 h plus 30 min grace when no hours are given


class Visit(Entity, Base):
    """Sends engineers to a site for a ticket (D1)."""

    __tablename__ = "visits"
    __table_args__ = (
        UniqueConstraint("reference"),
        CheckConstraint("reserved_hours IS NULL OR reserved_hours >= 0", name="reserved_d3"),
        CheckConstraint("grace_minutes >= 0", name="grace_not_negative"),
        CheckConstraint("engineers_needed >= 1", name="engineers_needed"),
        CheckConstraint("urgency_class BETWEEN 1 AND 4", name="urgency_class_d6"),
        CheckConstraint("new_workstations >= 0", name="new_workstations"),
        # D7: the queue's clock batch asks each open ticket for its approved visits' times;
        # few visits are approved, and the index alone answers
        Index(
            "ix_visits_approved_by_ticket",
            "ticket_id",
            "approved_at",
            "arrived_at",
            sqlite_where=text("approved_at IS NOT NULL"),
            postgresql_where=text("approved_at IS NOT NULL"),
        ),
    )

    reference: Mapped[str] = mapped_column(String(24))
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"), index=True)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), index=True)
    status: Mapped[VisitStatus] = mapped_column(
        enum_type(VisitStatus, "status"), default=VisitStatus.REQUESTED, index=True
    )
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    planned_start: Mapped[datetime] = mapped_column(index=True)
    reserved_hours: Mapped[Decimal | None] = mapped_column(exact())  # None: D3 default
    grace_minutes: Mapped[int] = mapped_column(Integer, default=DEFAULT_GRACE_MINUTES)
    skill_level: Mapped[SkillLevel] = mapped_column(
        enum_type(SkillLevel, "skill_level"), default=SkillLevel.SENIOR
    )  # D4 default senior
    engineers_needed: Mapped[int] = mapped_column(Integer, default=1)
    languages: Mapped[list[str]] = mapped_column(default=list)
    urgency_class: Mapped[int] = mapped_column(Integer, default=2)  # D6: 4 = visit now
    local_contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    ordering_engineer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    work_description: Mapped[str] = mapped_column(Text, default="")
    target_hardware: Mapped[str] = mapped_column(Text, default="")
    work_sequence: Mapped[str] = mapped_column(Text, default="")
    confirm_before: Mapped[str] = mapped_column(Text, default="")
    confirm_after: Mapped[str] = mapped_column(Text, default="")
    documents_needed: Mapped[str] = mapped_column(Text, default="")
    instructions_attached: Mapped[bool] = mapped_column(default=False)  # D4
    onsite_assistance: Mapped[bool] = mapped_column(default=False)  # D4, D7
    travel_needed: Mapped[bool] = mapped_column(default=False)
    regular: Mapped[bool] = mapped_column(default=False)  # D10 regular visit
    new_workstations: Mapped[int] = mapped_column(Integer, default=0)  # D10 at most 3
    rush: Mapped[bool] = mapped_column(default=False)  # D2 flagged short lead time
    approved_at: Mapped[datetime | None] = mapped_column()  # D7: SLA arrival clock starts
    arrived_at: Mapped[datetime | None] = mapped_column()
    departed_at: Mapped[datetime | None] = mapped_column()
    # D7: who at the client agreed that the engineer may leave, when, and their signature
    leave_approved_by_name: Mapped[str | None] = mapped_column(String(200))
    leave_approved_at: Mapped[datetime | None] = mapped_column()
    leave_signature: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))  # PNG

    ticket: Mapped[Ticket] = relationship(back_populates="visits")
    site: Mapped[Site] = relationship()
    local_contact: Mapped[Contact | None] = relationship(foreign_keys=[local_contact_id])
    ordering_engineer: Mapped[Contact | None] = relationship(foreign_keys=[ordering_engineer_id])
    engineers: Mapped[list[VisitEngineer]] = relationship(
        back_populates="visit", cascade="all, delete-orphan"
    )
    history: Mapped[list[VisitStatusChange]] = relationship(
        back_populates="visit", order_by="VisitStatusChange.at", cascade="all"
    )
    overrides: Mapped[list[VisitOverride]] = relationship(back_populates="visit", cascade="all")
    checklist: Mapped[list[ChecklistItem]] = relationship(
        back_populates="visit", order_by="ChecklistItem.position", cascade="all, delete-orphan"
    )

    @validates("reserved_hours")
    def _reserved(self, key: str, value: object) -> Decimal | None:
        return None if value is None else fields.non_negative(value, key, rule="D3")

    @validates("grace_minutes")
    def _grace(self, key: str, value: object) -> int:
        return fields.int_between(value, key, 0, 24 * 60, rule="D3")

    @validates("engineers_needed")
    def _needed(self, key: str, value: object) -> int:
        return fields.int_between(value, key, 1, 50, rule="D1")

    @validates("urgency_class")
    def _urgency(self, key: str, value: object) -> int:
        return fields.int_between(value, key, 1, 4, rule="D6")

    @validates("new_workstations")
    def _workstations(self, key: str, value: object) -> int:
        return fields.int_between(value, key, 0, 10_000, rule="D10")

    @validates("skill_level")
    def _skill(self, key: str, value: object) -> SkillLevel:
        return fields.choice(SkillLevel, value, key)

    @validates("status")
    def _status(self, key: str, value: object) -> VisitStatus:
        return fields.choice(VisitStatus, value, key)

    @validates(
        "requested_at",
        "planned_start",
        "approved_at",
        "arrived_at",
        "departed_at",
        "leave_approved_at",
    )
    def _instant(self, key: str, value: object) -> datetime | None:
        return None if value is None else fields.utc_instant(value, key)


class VisitEngineer(Base):
    """An engineer assigned to a visit."""

    __tablename__ = "visit_engineers"

    visit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True
    )
    engineer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("engineers.id"), primary_key=True, index=True
    )
    role: Mapped[EngineerRole] = mapped_column(
        enum_type(EngineerRole, "role"), default=EngineerRole.LEAD
    )

    visit: Mapped[Visit] = relationship(back_populates="engineers")
    engineer: Mapped[Engineer] = relationship()


class VisitStatusChange(Base):
    """One D7 step of a visit; append-only."""

    __tablename__ = "visit_status_changes"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    visit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(index=True)  # the steps taken lately (D7 notices)
    from_status: Mapped[VisitStatus | None] = mapped_column(enum_type(VisitStatus, "from_status"))
    to_status: Mapped[VisitStatus] = mapped_column(enum_type(VisitStatus, "to_status"))
    by_user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(String(300))

    visit: Mapped[Visit] = relationship(back_populates="history")


class VisitOverride(Base):
    """A rule deliberately overridden for a visit, with who, when and why (D5)."""

    __tablename__ = "visit_overrides"
    __table_args__ = (CheckConstraint("length(reason) >= 3", name="reason_given"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    visit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), index=True
    )
    rule: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(String(500))
    by_user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)

    visit: Mapped[Visit] = relationship(back_populates="overrides")

    @validates("reason")
    def _reason(self, key: str, value: object) -> str:
        text = fields.required_text(value, key, 500)
        if len(text) < 3:
            raise ValidationError(key, phrase("say why the rule is overridden"), rule="D5")
        return text


class ChecklistItem(Entity, Base):
    """An item to bring or paperwork due before the visit (D1), with its state."""

    __tablename__ = "visit_checklist"

    visit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ChecklistKind] = mapped_column(enum_type(ChecklistKind, "kind"))
    label: Mapped[str] = mapped_column(String(200))
    state: Mapped[ChecklistState] = mapped_column(
        enum_type(ChecklistState, "state"), default=ChecklistState.PENDING
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    visit: Mapped[Visit] = relationship(back_populates="checklist")
