"""The e-mail channel's sending half: the outbox of mails the desk sends, per-contact
opt-outs, and the outgoing server in the desk's mail settings.

New tables, and new nullable columns on mail_settings (in place on SQLite: nothing is
copied).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import console.store.types

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STAMPS = (
    ("id", sa.Uuid(), False),
    ("row_version", sa.Integer(), False),
    ("created_at", console.store.types.UTCDateTime(), False),
    ("updated_at", console.store.types.UTCDateTime(), False),
)


def _stamps() -> list[sa.Column]:
    return [sa.Column(name, kind, nullable=nullable) for name, kind, nullable in _STAMPS]


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    """Create the outbox and the opt-outs; add the outgoing server's settings."""
    op.create_table(
        "mail_outbox",
        sa.Column(
            "kind",
            _enum(
                "kind",
                "confirmation",
                "status",
                "reply",
                "sla_at_risk",
                "sla_breached",
                "credit_low",
                "credit_exhausted",
            ),
            nullable=False,
        ),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("recipient_name", sa.String(length=200), nullable=True),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("message_id", sa.String(length=998), nullable=False),
        sa.Column("in_reply_to", sa.String(length=998), nullable=True),
        sa.Column("thread_references", sa.Text(), nullable=True),
        sa.Column("auto_submitted", sa.String(length=40), nullable=True),
        sa.Column("dedupe_key", sa.String(length=300), nullable=True),
        sa.Column(
            "state",
            _enum("state", "queued", "sending", "sent", "failed", "skipped"),
            nullable=False,
        ),
        sa.Column("queued_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("claim", sa.String(length=200), nullable=True),
        sa.Column("claimed_at", console.store.types.UTCDateTime(), nullable=True),
        sa.Column("sent_at", console.store.types.UTCDateTime(), nullable=True),
        *_stamps(),
        sa.CheckConstraint(
            "(state = 'sent') = (sent_at IS NOT NULL)", name=op.f("ck_mail_outbox_sent_has_time")
        ),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_mail_outbox_attempts_not_negative")),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_mail_outbox_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_mail_outbox_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_outbox")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_mail_outbox_dedupe_key")),
        sa.UniqueConstraint("message_id", name=op.f("uq_mail_outbox_message_id")),
    )
    for column in ("next_attempt_at", "recipient", "state", "ticket_id"):
        op.create_index(op.f(f"ix_mail_outbox_{column}"), "mail_outbox", [column])
    op.create_table(
        "mail_opt_outs",
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("opted_out", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.Uuid(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["changed_by"], ["users.id"], name=op.f("fk_mail_opt_outs_changed_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_mail_opt_outs_contact_id_contacts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_opt_outs")),
        sa.UniqueConstraint("contact_id", name=op.f("uq_mail_opt_outs_contact_id")),
    )
    op.add_column("mail_settings", sa.Column("smtp_host", sa.String(length=255), nullable=True))
    op.add_column("mail_settings", sa.Column("smtp_port", sa.Integer(), nullable=True))
    op.add_column("mail_settings", sa.Column("smtp_security", sa.String(length=16), nullable=True))
    op.add_column("mail_settings", sa.Column("smtp_username", sa.String(length=255), nullable=True))
    op.add_column("mail_settings", sa.Column("from_address", sa.String(length=320), nullable=True))
    op.add_column("mail_settings", sa.Column("from_name", sa.String(length=200), nullable=True))
    op.add_column(
        "mail_settings", sa.Column("dispatcher_address", sa.String(length=320), nullable=True)
    )


def downgrade() -> None:
    """Drop the outgoing server's settings, the opt-outs and the outbox."""
    with op.batch_alter_table("mail_settings") as batch_op:
        for column in ("dispatcher_address", "from_name", "from_address", "smtp_username",
                       "smtp_security", "smtp_port", "smtp_host"):  # fmt: skip
            batch_op.drop_column(column)
    op.drop_table("mail_opt_outs")
    for column in ("ticket_id", "state", "recipient", "next_attempt_at"):
        op.drop_index(op.f(f"ix_mail_outbox_{column}"), "mail_outbox")
    op.drop_table("mail_outbox")
