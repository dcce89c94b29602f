"""The provider's own company profile: one row, synced, read by every printed document.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import console.store.types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "provider_profile",
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("legal_name", sa.String(length=200), nullable=False),
        sa.Column("trading_name", sa.String(length=200), nullable=True),
        sa.Column("address_lines", sa.JSON(), nullable=False),
        sa.Column("postcode", sa.String(length=20), nullable=True),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("vat_id", sa.String(length=32), nullable=False),
        sa.Column("registration_number", sa.String(length=40), nullable=True),
        sa.Column("iban", sa.String(length=34), nullable=False),
        sa.Column("bic", sa.String(length=11), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=16), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("tax_rate", console.store.types.ExactDecimal(), nullable=False),
        sa.Column("reduced_tax_rate", console.store.types.ExactDecimal(), nullable=True),
        sa.Column("invoice_prefix", sa.String(length=10), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("holiday_country", sa.String(length=2), nullable=False),
        sa.Column("holiday_subdivision", sa.String(length=10), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", console.store.types.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "phone LIKE '+%' AND substr(phone, 2, 1) <> '0' AND length(phone) BETWEEN 8 AND 16 AND ltrim(substr(phone, 2), '0123456789') = ''",
            name=op.f("ck_provider_profile_phone_e164"),
        ),
        sa.CheckConstraint("length(country) = 2", name=op.f("ck_provider_profile_country_iso2")),
        sa.CheckConstraint("length(currency) = 3", name=op.f("ck_provider_profile_currency_iso")),
        sa.CheckConstraint(
            "reduced_tax_rate IS NULL OR reduced_tax_rate BETWEEN 0 AND 1000000",
            name=op.f("ck_provider_profile_reduced_tax_rate_percent"),
        ),
        sa.CheckConstraint("slot = 1", name=op.f("ck_provider_profile_one_row")),
        # exact decimals are stored scaled by 10,000: 100 % is 1,000,000
        sa.CheckConstraint(
            "tax_rate BETWEEN 0 AND 1000000", name=op.f("ck_provider_profile_tax_rate_percent")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provider_profile")),
        sa.UniqueConstraint("slot", name=op.f("uq_provider_profile_slot")),
    )


def downgrade() -> None:
    op.drop_table("provider_profile")
