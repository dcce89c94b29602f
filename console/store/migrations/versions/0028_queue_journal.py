"""The queue's change journal, written by triggers of the local store.

A refresh of the window's queue (after a sync, an edit, each minute) had to stamp the
whole open queue to find what changed: every open ticket's versions, those of its
assessments and visits, and six shared tables summed whole. At a million tickets that
read was most of a refresh. Now each write that can change a queue row or its clock
moves one journal row to the next sequence number, in the writer's transaction, and a
refresh reads the rows past the number it last took in.

Only SQLite gets the triggers: it has one writer at a time, so sequence numbers are
handed out in commit order and a reader that saw number N has seen everything before it.
PostgreSQL hands out numbers before commit, so there the queue keeps its stamp.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLOSED = "'closed'"
SHARED = ("clients", "sites", "users", "contracts", "sla_targets", "closures")
"""Tables many queue rows show or every clock reads: a change there reloads the queue."""

TICKET_CHILDREN = ("assessments", "visits", "ticket_status_changes")
"""Tables whose rows a ticket's clock reads, by their ticket_id."""

VERSIONED = "old.row_version IS NOT new.row_version OR old.updated_at IS NOT new.updated_at"
"""A row written again: a sync stores the server's rows whole, and a row it writes back as
it was (same version, same time) changes nothing the queue shows."""

WRITTEN = {
    "ticket_status_changes": "old.ticket_id IS NOT new.ticket_id OR old.at IS NOT new.at "
    "OR old.to_status IS NOT new.to_status",
    "visit_engineers": "old.visit_id IS NOT new.visit_id OR old.engineer_id IS NOT "
    "new.engineer_id OR old.role IS NOT new.role",
}
"""The same for the tables without a row version: the columns the queue reads."""


def _note(subject: str, source: str) -> str:
    """Move ``subject`` (found by ``source``: FROM ... WHERE ...) to the next number."""
    return (
        f"INSERT INTO queue_journal (subject, seq) SELECT {subject}, "
        "coalesce((SELECT max(seq) FROM queue_journal), 0) + 1 "
        f"{source} ON CONFLICT (subject) DO UPDATE SET seq = excluded.seq;"
    )


def _open_ticket(ticket_id: str) -> str:
    return _note("t.id", f"FROM tickets t WHERE t.id = {ticket_id} AND t.status != {CLOSED}")


def _open_visit(visit_id: str) -> str:
    return _note(
        "t.id",
        "FROM visits v JOIN tickets t ON t.id = v.ticket_id "
        f"WHERE v.id = {visit_id} AND t.status != {CLOSED}",
    )


def _triggers() -> list[tuple[str, str, str, str, list[str]]]:
    """Each trigger: name, event, table, WHEN clause (or ""), statements."""
    out: list[tuple[str, str, str, str, list[str]]] = [
        ("insert", "INSERT", "tickets", f"new.status != {CLOSED}",
         [_note("new.id", "WHERE true")]),
        ("update", "UPDATE", "tickets",
         f"(old.status != {CLOSED} OR new.status != {CLOSED}) AND ({VERSIONED})",
         [_note("new.id", "WHERE true")]),
        ("delete", "DELETE", "tickets", f"old.status != {CLOSED}",
         [_note("old.id", "WHERE true")]),
    ]  # fmt: skip
    for table in TICKET_CHILDREN:
        out += [
            ("insert", "INSERT", table, "", [_open_ticket("new.ticket_id")]),
            ("update", "UPDATE", table, WRITTEN.get(table, VERSIONED),
             [_open_ticket("new.ticket_id"), _open_ticket("old.ticket_id")]),
            ("delete", "DELETE", table, "", [_open_ticket("old.ticket_id")]),
        ]  # fmt: skip
    out += [
        ("insert", "INSERT", "visit_engineers", "", [_open_visit("new.visit_id")]),
        ("update", "UPDATE", "visit_engineers", WRITTEN["visit_engineers"],
         [_open_visit("new.visit_id"), _open_visit("old.visit_id")]),
        ("delete", "DELETE", "visit_engineers", "", [_open_visit("old.visit_id")]),
    ]  # fmt: skip
    for table in SHARED:
        for name, event in (("insert", "INSERT"), ("update", "UPDATE"), ("delete", "DELETE")):
            when = VERSIONED if event == "UPDATE" else ""
            out.append((name, event, table, when, [_note("'*'", "WHERE true")]))
    return out


def _name(event: str, table: str) -> str:
    return f"queue_journal_{table}_{event}"


def upgrade() -> None:
    """Create the journal; on SQLite, the triggers that write it."""
    op.create_table(
        "queue_journal",
        sa.Column("subject", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("subject", name=op.f("pk_queue_journal")),
    )
    op.create_index("ix_queue_journal_seq", "queue_journal", ["seq"], unique=True)
    if op.get_bind().dialect.name != "sqlite":
        return
    for event, keyword, table, when, statements in _triggers():
        condition = f"WHEN {when} " if when else ""
        op.execute(
            f"CREATE TRIGGER {_name(event, table)} AFTER {keyword} ON {table} {condition}"
            f"BEGIN {' '.join(statements)} END"
        )


def downgrade() -> None:
    """Drop the triggers and the journal."""
    if op.get_bind().dialect.name == "sqlite":
        for event, _keyword, table, _when, _statements in _triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {_name(event, table)}")
    op.drop_index("ix_queue_journal_seq", table_name="queue_journal")
    op.drop_table("queue_journal")
