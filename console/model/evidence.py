"""Notes and attachments: evidence for every action (E5, E6) and the knowledge base (V4)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column, validates

from console.enums import NoteKind
from console.rules import fields

from .base import Base, Entity, enum_type, utcnow


class Note(Entity, Base):
    """Text about a ticket, a visit or a client (knowledge base)."""

    __tablename__ = "notes"
    __table_args__ = (
        CheckConstraint(
            "ticket_id IS NOT NULL OR visit_id IS NOT NULL OR client_id IS NOT NULL",
            name="has_subject",
        ),
    )

    ticket_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), index=True
    )
    visit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[NoteKind] = mapped_column(enum_type(NoteKind, "kind"), default=NoteKind.INTERNAL)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    body: Mapped[str] = mapped_column(Text)

    @validates("body")
    def _body(self, key: str, value: object) -> str:
        return fields.required_text(value, key, 100_000)


class Attachment(Entity, Base):
    """A file kept in the store (photos, logs, signed forms), hashed for the reports."""

    __tablename__ = "attachments"
    __table_args__ = (CheckConstraint("size_bytes >= 0", name="size_not_negative"),)

    note_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("notes.id", ondelete="CASCADE"), index=True
    )
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), index=True
    )
    invoice_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("invoices.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))
