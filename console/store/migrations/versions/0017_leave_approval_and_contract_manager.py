"""The client's approval that the engineer may leave a site (who, when, a signature), and
the dedicated manager a contract names.

Four nullable columns only: three on visits, one on contracts.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import console.store.types

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the leave approval to visits and the manager to contracts."""
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.add_column(sa.Column("leave_approved_by_name", sa.String(200), nullable=True))
        batch_op.add_column(
            sa.Column("leave_approved_at", console.store.types.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(sa.Column("leave_signature", sa.LargeBinary(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        # In place: a batch copy of contracts would drop a table that tickets and
        # invoices reference, which SQLite refuses on any store that holds data.
        op.execute(
            "ALTER TABLE contracts ADD COLUMN manager_id CHAR(32) "
            "CONSTRAINT fk_contracts_manager_id_users REFERENCES users (id)"
        )
    else:
        op.add_column("contracts", sa.Column("manager_id", sa.Uuid(), nullable=True))
        op.create_foreign_key(
            op.f("fk_contracts_manager_id_users"), "contracts", "users", ["manager_id"], ["id"]
        )


def downgrade() -> None:
    """Drop the contract's manager and the visit's leave approval."""
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f("fk_contracts_manager_id_users"), "contracts")
    op.drop_column("contracts", "manager_id")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_column("leave_signature")
        batch_op.drop_column("leave_approved_at")
        batch_op.drop_column("leave_approved_by_name")
