"""The e-mail channel: mailboxes, received messages, attachments kept once by hash, the
triage list for unknown senders, the quarantine, the fetch lease and the desk's mail
settings (the reopen window among them).

Only new tables: nothing existing is altered, so SQLite copies no table.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import console.store.types

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the mail tables."""
    op.create_table(
        "mail_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", console.store.types.UTCDateTime(), nullable=False),
        sa.CheckConstraint("size_bytes >= 0", name=op.f("ck_mail_blobs_size_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_blobs")),
        sa.UniqueConstraint("sha256", name=op.f("uq_mail_blobs_sha256")),
    )
    op.create_table(
        "mail_settings",
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("reopen_days", sa.Integer(), nullable=False),
        sa.Column("attachment_limit_bytes", sa.BigInteger(), nullable=False),
        sa.Column("auto_mails_per_hour", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", console.store.types.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "attachment_limit_bytes > 0", name=op.f("ck_mail_settings_attachment_limit_positive")
        ),
        sa.CheckConstraint(
            "auto_mails_per_hour >= 0", name=op.f("ck_mail_settings_auto_mails_not_negative")
        ),
        sa.CheckConstraint(
            "reopen_days BETWEEN 0 AND 365", name=op.f("ck_mail_settings_reopen_days_range")
        ),
        sa.CheckConstraint("slot = 1", name=op.f("ck_mail_settings_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_settings")),
        sa.UniqueConstraint("slot", name=op.f("uq_mail_settings_slot")),
    )
    op.create_table(
        "mail_mailboxes",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column(
            "tls",
            sa.Enum(
                "tls", "none", name="tls", native_enum=False, create_constraint=True, length=32
            ),
            nullable=False,
        ),
        sa.Column("username", sa.String(length=255), nullable=False),
        sa.Column("folder", sa.String(length=255), nullable=False),
        sa.Column("quarantine_folder", sa.String(length=255), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", console.store.types.UTCDateTime(), nullable=False),
        sa.CheckConstraint("port BETWEEN 1 AND 65535", name=op.f("ck_mail_mailboxes_port_range")),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_mail_mailboxes_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_mailboxes")),
        sa.UniqueConstraint("name", name=op.f("uq_mail_mailboxes_name")),
    )
    op.create_table(
        "mail_fetch_leases",
        sa.Column("mailbox_id", sa.Uuid(), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("acquired_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("expires_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", console.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mailbox_id"],
            ["mail_mailboxes.id"],
            name=op.f("fk_mail_fetch_leases_mailbox_id_mail_mailboxes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_fetch_leases")),
        sa.UniqueConstraint("mailbox_id", name=op.f("uq_mail_fetch_leases_mailbox_id")),
    )
    op.create_table(
        "mail_messages",
        sa.Column("mailbox_id", sa.Uuid(), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("uid", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.String(length=998), nullable=True),
        sa.Column("sender", sa.String(length=320), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("received_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "ticket",
                "note",
                "reopened",
                "follow_up",
                "triage",
                "quarantine",
                "ignored_auto",
                "duplicate",
                name="outcome",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("note_id", sa.Uuid(), nullable=True),
        sa.Column("raw_blob_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", console.store.types.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "uid > 0 AND uidvalidity > 0", name=op.f("ck_mail_messages_uid_positive")
        ),
        sa.ForeignKeyConstraint(
            ["mailbox_id"],
            ["mail_mailboxes.id"],
            name=op.f("fk_mail_messages_mailbox_id_mail_mailboxes"),
        ),
        sa.ForeignKeyConstraint(
            ["note_id"], ["notes.id"], name=op.f("fk_mail_messages_note_id_notes")
        ),
        sa.ForeignKeyConstraint(
            ["raw_blob_id"], ["mail_blobs.id"], name=op.f("fk_mail_messages_raw_blob_id_mail_blobs")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_mail_messages_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_messages")),
        sa.UniqueConstraint(
            "mailbox_id",
            "uidvalidity",
            "uid",
            name=op.f("uq_mail_messages_mailbox_id_uidvalidity_uid"),
        ),
    )
    with op.batch_alter_table("mail_messages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mail_messages_mailbox_id"), ["mailbox_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mail_messages_message_id"), ["message_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_mail_messages_ticket_id"), ["ticket_id"], unique=False)

    op.create_table(
        "mail_attachments",
        sa.Column("mail_message_id", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("note_id", sa.Uuid(), nullable=True),
        sa.Column("blob_id", sa.Uuid(), nullable=True),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("skipped_reason", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", console.store.types.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "(blob_id IS NULL) = (skipped_reason IS NOT NULL)",
            name=op.f("ck_mail_attachments_kept_or_why"),
        ),
        sa.CheckConstraint("size_bytes >= 0", name=op.f("ck_mail_attachments_size_not_negative")),
        sa.ForeignKeyConstraint(
            ["blob_id"], ["mail_blobs.id"], name=op.f("fk_mail_attachments_blob_id_mail_blobs")
        ),
        sa.ForeignKeyConstraint(
            ["mail_message_id"],
            ["mail_messages.id"],
            name=op.f("fk_mail_attachments_mail_message_id_mail_messages"),
        ),
        sa.ForeignKeyConstraint(
            ["note_id"], ["notes.id"], name=op.f("fk_mail_attachments_note_id_notes")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_mail_attachments_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_attachments")),
    )
    with op.batch_alter_table("mail_attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mail_attachments_blob_id"), ["blob_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_mail_attachments_mail_message_id"), ["mail_message_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mail_attachments_ticket_id"), ["ticket_id"], unique=False
        )

    op.create_table(
        "mail_quarantine",
        sa.Column("mail_message_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("folder", sa.String(length=255), nullable=False),
        sa.Column("dismissed_at", console.store.types.UTCDateTime(), nullable=True),
        sa.Column("dismissed_by", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", console.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dismissed_by"], ["users.id"], name=op.f("fk_mail_quarantine_dismissed_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["mail_message_id"],
            ["mail_messages.id"],
            name=op.f("fk_mail_quarantine_mail_message_id_mail_messages"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_quarantine")),
        sa.UniqueConstraint("mail_message_id", name=op.f("uq_mail_quarantine_mail_message_id")),
    )
    op.create_table(
        "mail_triage",
        sa.Column("mail_message_id", sa.Uuid(), nullable=False),
        sa.Column("sender", sa.String(length=320), nullable=False),
        sa.Column("sender_name", sa.String(length=200), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("suggested_client_id", sa.Uuid(), nullable=True),
        sa.Column(
            "resolution",
            sa.Enum(
                "ticket",
                "dismissed",
                name="resolution",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("resolved_at", console.store.types.UTCDateTime(), nullable=True),
        sa.Column("resolved_by", sa.Uuid(), nullable=True),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", console.store.types.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "(resolution IS NULL) = (resolved_at IS NULL)",
            name=op.f("ck_mail_triage_resolved_has_time"),
        ),
        sa.ForeignKeyConstraint(
            ["mail_message_id"],
            ["mail_messages.id"],
            name=op.f("fk_mail_triage_mail_message_id_mail_messages"),
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by"], ["users.id"], name=op.f("fk_mail_triage_resolved_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["suggested_client_id"],
            ["clients.id"],
            name=op.f("fk_mail_triage_suggested_client_id_clients"),
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_mail_triage_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_triage")),
        sa.UniqueConstraint("mail_message_id", name=op.f("uq_mail_triage_mail_message_id")),
    )


def downgrade() -> None:
    """Drop the mail tables, children first."""
    op.drop_table("mail_triage")
    op.drop_table("mail_quarantine")
    with op.batch_alter_table("mail_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mail_attachments_ticket_id"))
        batch_op.drop_index(batch_op.f("ix_mail_attachments_mail_message_id"))
        batch_op.drop_index(batch_op.f("ix_mail_attachments_blob_id"))

    op.drop_table("mail_attachments")
    with op.batch_alter_table("mail_messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mail_messages_ticket_id"))
        batch_op.drop_index(batch_op.f("ix_mail_messages_message_id"))
        batch_op.drop_index(batch_op.f("ix_mail_messages_mailbox_id"))

    op.drop_table("mail_messages")
    op.drop_table("mail_fetch_leases")
    op.drop_table("mail_mailboxes")
    op.drop_table("mail_settings")
    op.drop_table("mail_blobs")
