"""Time entries record how the client approved them (E5): portal, e-mail, signed paper, phone.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

METHODS = ("portal", "email", "signed_paper", "phone")


def upgrade() -> None:
    # A plain ADD COLUMN, not a batch copy: SQLite would drop the table's guard triggers
    # (time entries are never deleted, locked ones never change) with the old table. SQLite
    # cannot add the column's CHECK that way, so two triggers hold it there instead.
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.add_column(
        "time_entries",
        sa.Column(
            "client_approval_method",
            sa.Enum(*METHODS, name="client_approval_method", native_enum=False,
                    create_constraint=not sqlite, length=32),
            nullable=True,
        ),
    )  # fmt: skip
    if sqlite:
        allowed = ", ".join(f"'{m}'" for m in METHODS)
        for event in ("INSERT", "UPDATE OF client_approval_method"):
            name = f"time_entries_approval_method_{event.split()[0].lower()}"
            op.execute(
                f"CREATE TRIGGER {name} BEFORE {event} ON time_entries "
                f"WHEN NEW.client_approval_method NOT IN ({allowed}) "
                "BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: "
                "ck_time_entries_client_approval_method'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS time_entries_approval_method_insert")
        op.execute("DROP TRIGGER IF EXISTS time_entries_approval_method_update")
        # SQLite 3.35+ drops a column in place, keeping the table's other triggers
        op.execute("ALTER TABLE time_entries DROP COLUMN client_approval_method")
        return
    op.drop_column("time_entries", "client_approval_method")
