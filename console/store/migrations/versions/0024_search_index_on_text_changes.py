"""The ticket search index is rewritten only when a ticket's searched text changes.

The triggers of 0018 fired whenever an UPDATE named a searched column, changed or not.
A sync writes whole rows: storing the server's version of 1,000 tickets the desk had
just edited rewrote their index entries again (two thirds of the round trip), and a
pulled client, site or contact re-indexed every one of its tickets even when its name
was the same. The same triggers now run only when a value they index differs.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PARTIES = (
    "coalesce((SELECT name FROM clients WHERE id = n.client_id), '') || ' ' || "
    "coalesce((SELECT name FROM sites WHERE id = n.site_id), '') || ' ' || "
    "coalesce((SELECT name || ' ' || coalesce(email, '') FROM contacts "
    "WHERE id = n.requester_id), '')"
)
"""A ticket's client, site and requester as one text, as 0018 indexes them."""

TRIGGERS = (
    (
        "ticket_search_update",
        "tickets",
        ("reference", "title", "description", "client_id", "site_id", "requester_id"),
        "t.id = new.id",
        "n.id = new.id",
    ),
    ("ticket_search_clients", "clients", ("name",), "t.client_id = new.id", "n.client_id = new.id"),
    ("ticket_search_sites", "sites", ("name",), "t.site_id = new.id", "n.site_id = new.id"),
    (
        "ticket_search_contacts",
        "contacts",
        ("name", "email"),
        "t.requester_id = new.id",
        "n.requester_id = new.id",
    ),
)
"""Each update trigger: its name, table, the columns it indexes, and which tickets."""


def _create(only_on_change: bool) -> None:
    for name, table, columns, dropped, indexed in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        when = ""
        if only_on_change:
            when = "WHEN " + " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns) + " "
        op.execute(
            f"CREATE TRIGGER {name} AFTER UPDATE OF {', '.join(columns)} ON {table} {when}"
            "BEGIN DELETE FROM ticket_search WHERE rowid IN (SELECT r.doc FROM "
            f"ticket_search_rows r JOIN tickets t ON t.id = r.ticket_id WHERE {dropped}); "
            "INSERT INTO ticket_search(rowid, reference, title, description, parties) "
            f"SELECT r.doc, n.reference, n.title, n.description, {PARTIES} "
            f"FROM ticket_search_rows r JOIN tickets n ON n.id = r.ticket_id WHERE {indexed}; END"
        )


def upgrade() -> None:
    """Re-create the update triggers with a WHEN clause on the indexed values."""
    if op.get_bind().dialect.name == "sqlite":
        _create(only_on_change=True)


def downgrade() -> None:
    """The triggers as 0018 made them."""
    if op.get_bind().dialect.name == "sqlite":
        _create(only_on_change=False)
