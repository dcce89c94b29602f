"""Alerts from monitoring (T1, T10): one row per notice, keyed by its event, pointing at
the ticket it opened or noted (or waiting, without a ticket, for its client).

A new table only.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import console.store.types

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the table of monitoring alerts."""
    op.create_table(
        "monitoring_alerts",
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("alert_key", sa.String(length=300), nullable=False),
        sa.Column("event_key", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("severity", sa.String(length=40), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("starts_at", console.store.types.UTCDateTime(), nullable=True),
        sa.Column("received_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("emergency", sa.Boolean(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("note_id", sa.Uuid(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", console.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_monitoring_alerts_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["note_id"], ["notes.id"], name=op.f("fk_monitoring_alerts_note_id_notes")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_monitoring_alerts_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitoring_alerts")),
        sa.UniqueConstraint("event_key", name=op.f("uq_monitoring_alerts_event_key")),
    )
    with op.batch_alter_table("monitoring_alerts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_monitoring_alerts_alert_key"), ["alert_key"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_monitoring_alerts_client_id"), ["client_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_monitoring_alerts_ticket_id"), ["ticket_id"], unique=False
        )


def downgrade() -> None:
    """Drop the table of monitoring alerts."""
    with op.batch_alter_table("monitoring_alerts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_monitoring_alerts_ticket_id"))
        batch_op.drop_index(batch_op.f("ix_monitoring_alerts_client_id"))
        batch_op.drop_index(batch_op.f("ix_monitoring_alerts_alert_key"))

    op.drop_table("monitoring_alerts")
