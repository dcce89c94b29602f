"""Tracked work on a ticket (E3, E5, C8); append-only, corrected by reversing entries."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from console.enums import ApprovalMethod, NonBillableReason, Phase
from console.errors import ValidationError
from console.rules import fields
from console.wording.phrases import phrase

from .base import Base, Entity, enum_type

if TYPE_CHECKING:
    from .people import Engineer
    from .ticket import Ticket


WAITING = "rejected_at IS NULL AND (provider_approved_at IS NULL OR client_approved_at IS NULL)"
"""An entry neither rejected nor approved by both the provider and the client, as SQL
(`console.services.timekeeping` asks it in these very words, so the index serves)."""


class TimeEntry(Entity, Base):
    """A span of work by one engineer on one ticket, maybe during a visit."""

    __tablename__ = "time_entries"
    __table_args__ = (
        CheckConstraint("ended_at > started_at", name="ends_after_start"),
        CheckConstraint(
            "billable = true OR non_billable_reason IS NOT NULL", name="non_billable_has_reason"
        ),
        CheckConstraint(
            "non_billable_reason <> 'own_defect' OR billable = false", name="own_defect_c8"
        ),
        # "is this entry reversed?" is asked of every entry a run bills; only reversals
        # carry the column, so the index holds them alone
        Index(
            "ix_time_entries_reverses_id",
            "reverses_id",
            sqlite_where=text("reverses_id IS NOT NULL"),
            postgresql_where=text("reverses_id IS NOT NULL"),
        ),
        # which entries a line billed; holding the billed ones alone keeps the planner from
        # reading every unbilled entry when a run asks for one contract's month
        Index(
            "ix_time_entries_invoice_line_id",
            "invoice_line_id",
            sqlite_where=text("invoice_line_id IS NOT NULL"),
            postgresql_where=text("invoice_line_id IS NOT NULL"),
        ),
        # the entries still waiting for a review, which the time list opens on: a few
        # thousand among millions, found by walking every entry in time order before
        Index(
            "ix_time_entries_waiting",
            "started_at",
            sqlite_where=text(WAITING),
            postgresql_where=text(WAITING),
        ),
        # and the few sent back to their engineers, the list's other everyday filter
        Index(
            "ix_time_entries_sent_back",
            "started_at",
            sqlite_where=text("rejected_at IS NOT NULL"),
            postgresql_where=text("rejected_at IS NOT NULL"),
        ),
    )

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"), index=True)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visits.id"), index=True)
    engineer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("engineers.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime] = mapped_column()
    phase: Mapped[Phase] = mapped_column(enum_type(Phase, "phase"), default=Phase.NONE)
    description: Mapped[str] = mapped_column(Text, default="")
    billable: Mapped[bool] = mapped_column(default=True)
    non_billable_reason: Mapped[NonBillableReason | None] = mapped_column(
        enum_type(NonBillableReason, "non_billable_reason")
    )
    # E5: both parties approve; after the daily cut-off the entry is locked.
    provider_approved_at: Mapped[datetime | None] = mapped_column()
    provider_approved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    client_approved_at: Mapped[datetime | None] = mapped_column()
    client_approved_by: Mapped[str | None] = mapped_column(String(120))
    client_approval_method: Mapped[ApprovalMethod | None] = mapped_column(
        enum_type(ApprovalMethod, "client_approval_method")
    )
    locked: Mapped[bool] = mapped_column(default=False)
    late: Mapped[bool] = mapped_column(default=False)  # entered after the cut-off
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("time_entries.id"))
    # The desk may send an entry back to its engineer with a reason instead of approving it.
    rejected_at: Mapped[datetime | None] = mapped_column()
    rejected_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    invoice_line_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("invoice_lines.id"))

    ticket: Mapped[Ticket] = relationship()
    engineer: Mapped[Engineer] = relationship()

    @validates("started_at", "ended_at")
    def _instant(self, key: str, value: object) -> datetime:
        instant = fields.utc_instant(value, key)
        if key == "ended_at" and self.started_at is not None and instant <= self.started_at:
            raise ValidationError(key, phrase("must be after the start"), rule="E5")
        return instant

    @validates("phase")
    def _phase(self, key: str, value: object) -> Phase:
        return fields.choice(Phase, value, key)

    @validates("non_billable_reason")
    def _reason(self, key: str, value: object) -> NonBillableReason | None:
        return None if value is None else fields.choice(NonBillableReason, value, key)
