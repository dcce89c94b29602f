"""A full-text index over every ticket, closed ones too, on the local SQLite store.

The queue holds open tickets only; a dispatcher looking for last month's printer ticket
searched nothing. SQLite's FTS5 with the trigram tokenizer finds any part of a word
(three characters or more) in the reference, title, text, client, site and requester,
in any script. Triggers keep it current with every write, pulled ones included.

FTS5 rows are keyed by an integer, and a ticket's own rowid may change on VACUUM (its
key is a UUID), so ``ticket_search_rows`` gives each ticket a stable document number.
Both are the local store's own index: not in the model, never synced; PostgreSQL stores
search with ILIKE and get nothing here.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "reference, title, description, parties"


def _parties(t: str) -> str:
    """The client, site and requester of ticket row ``t`` as one text."""
    return (
        f"coalesce((SELECT name FROM clients WHERE id = {t}.client_id), '') || ' ' || "
        f"coalesce((SELECT name FROM sites WHERE id = {t}.site_id), '') || ' ' || "
        f"coalesce((SELECT name || ' ' || coalesce(email, '') FROM contacts "
        f"WHERE id = {t}.requester_id), '')"
    )


def _index(t: str, where: str) -> str:
    """Insert the index rows of the tickets ``t`` chosen by ``where``."""
    return (
        f"INSERT INTO ticket_search(rowid, {COLUMNS}) "
        f"SELECT r.doc, {t}.reference, {t}.title, {t}.description, {_parties(t)} "
        f"FROM ticket_search_rows r JOIN tickets {t} ON {t}.id = r.ticket_id WHERE {where};"
    )


def _drop(where: str) -> str:
    """Delete the index rows of the tickets chosen by ``where`` (over tickets t)."""
    return (
        "DELETE FROM ticket_search WHERE rowid IN (SELECT r.doc FROM ticket_search_rows r "
        f"JOIN tickets t ON t.id = r.ticket_id WHERE {where});"
    )


def upgrade() -> None:
    """Create the index, fill it in opening order and keep it current by triggers."""
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TABLE ticket_search_rows "
        "(doc INTEGER PRIMARY KEY, ticket_id CHAR(32) NOT NULL UNIQUE)"
    )
    op.execute(f"CREATE VIRTUAL TABLE ticket_search USING fts5({COLUMNS}, tokenize='trigram')")
    # document numbers in opening order, so "newest first" is the index's own order
    op.execute(
        "INSERT INTO ticket_search_rows(ticket_id) SELECT id FROM tickets ORDER BY opened_at, id"
    )
    op.execute(_index("n", "1"))
    op.execute(
        "CREATE TRIGGER ticket_search_insert AFTER INSERT ON tickets BEGIN "
        "INSERT INTO ticket_search_rows(ticket_id) VALUES (new.id); "
        + _index("n", "n.id = new.id")
        + " END"
    )
    op.execute(
        "CREATE TRIGGER ticket_search_update AFTER UPDATE OF reference, title, description, "
        "client_id, site_id, requester_id ON tickets BEGIN "
        + _drop("t.id = new.id")
        + _index("n", "n.id = new.id")
        + " END"
    )
    op.execute(
        "CREATE TRIGGER ticket_search_delete AFTER DELETE ON tickets BEGIN "
        "DELETE FROM ticket_search WHERE rowid = "
        "(SELECT doc FROM ticket_search_rows WHERE ticket_id = old.id); "
        "DELETE FROM ticket_search_rows WHERE ticket_id = old.id; END"
    )
    # a renamed client, site or contact is found by its new name on all its tickets
    for table, column, fields in (
        ("clients", "client_id", "name"),
        ("sites", "site_id", "name"),
        ("contacts", "requester_id", "name, email"),
    ):
        op.execute(
            f"CREATE TRIGGER ticket_search_{table} AFTER UPDATE OF {fields} ON {table} BEGIN "
            + _drop(f"t.{column} = new.id")
            + _index("n", f"n.{column} = new.id")
            + " END"
        )


def downgrade() -> None:
    """Drop the index and its triggers."""
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in ("insert", "update", "delete", "clients", "sites", "contacts"):
        op.execute(f"DROP TRIGGER IF EXISTS ticket_search_{name}")
    op.execute("DROP TABLE IF EXISTS ticket_search")
    op.execute("DROP TABLE IF EXISTS ticket_search_rows")
