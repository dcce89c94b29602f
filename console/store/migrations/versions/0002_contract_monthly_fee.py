"""Contracts get the fixed monthly fee of a monthly plan (C4) or FTE bundle (C7).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import console.store.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("monthly_fee", console.store.types.ExactDecimal(), nullable=True)
        )
        batch_op.create_check_constraint(
            op.f("ck_contracts_monthly_fee_not_negative"), "monthly_fee IS NULL OR monthly_fee >= 0"
        )


def downgrade() -> None:
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_contracts_monthly_fee_not_negative"), type_="check")
        batch_op.drop_column("monthly_fee")
