"""Indexes for finding a mail's sender by address, without case.

The mail intake looks every message's sender up among the contacts, and counts the
automatic mails sent to that address in the last hour (at most so many per sender). Both
compare lower-cased addresses, which the plain indexes cannot serve: each message read
every contact and every mail the outbox ever held, so a day's intake grew with the square
of the mail.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the two expression indexes."""
    op.create_index("ix_contacts_email_lower", "contacts", [sa.text("lower(email)")])
    op.create_index(
        "ix_mail_outbox_recipient_lower", "mail_outbox", [sa.text("lower(recipient)"), "queued_at"]
    )


def downgrade() -> None:
    """Drop them."""
    op.drop_index("ix_mail_outbox_recipient_lower", table_name="mail_outbox")
    op.drop_index("ix_contacts_email_lower", table_name="contacts")
