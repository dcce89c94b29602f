"""Find any ticket, closed ones too, by a few words of its reference, title, text, client,
site or requester.

The queue holds open tickets; this reaches the whole history. On the local SQLite store
it reads the full-text index that migration 0018 keeps (FTS5, trigram: any part of a word
of three characters or more, in any script), newest first. Shorter words narrow what the
index found by a plain substring test; on a PostgreSQL store the same search is ILIKE.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, and_, func, literal, or_, select, text

from console.enums import TicketStatus
from console.store.driver import parse_stored_time
from console.store.lean_tables import clients, sites, tickets

INDEXED = 3
"""Words at least this long are looked up in the trigram index."""
LIMIT = 200
"""At most this many tickets per search: more is a search to narrow, not to read."""
WIDE = 0x2E80
"""From here on, scripts (CJK) where one or two characters make a word."""
SHORT_SCAN = 2000
"""With only short words typed, the newest this many tickets holding the first are tried."""


class SearchScope(StrEnum):
    """Which tickets a search reaches."""

    OPEN = "open"
    CLOSED = "closed"
    ALL = "all"


@dataclass(frozen=True)
class FoundTicket:
    """One ticket a search found, as a list shows it."""

    id: uuid.UUID
    reference: str
    status: TicketStatus
    title: str
    client: str
    site: str
    opened_at: datetime
    closed_at: datetime | None


def search_words(typed: str) -> list[str]:
    """The words of what was typed, folded, each once, longest first."""
    words = dict.fromkeys(w for w in typed.casefold().split() if w)
    return sorted(words, key=len, reverse=True)


def searchable(words: Sequence[str]) -> bool:
    """Whether the words are enough to search the whole history.

    One or two letters of a Latin, Greek or Cyrillic word match half of all tickets and
    no index helps; a two-character word in Chinese or Japanese is a whole word (障害),
    so it is searched, by a bounded scan.
    """
    return any(len(w) >= INDEXED or any(ord(ch) >= WIDE for ch in w) for w in words)


def match_expression(words: Sequence[str]) -> str | None:
    """The FTS5 query for the indexed words (each a quoted phrase, all required)."""
    long = [w for w in words if len(w) >= INDEXED]
    if not long:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in long)


def search_tickets(
    connection: Connection,
    typed: str,
    scope: SearchScope = SearchScope.ALL,
    limit: int = LIMIT,
) -> list[FoundTicket]:
    """Tickets holding every word typed, newest first; nothing typed finds nothing."""
    words = search_words(typed)
    if not searchable(words):
        return []
    if connection.dialect.name == "sqlite":
        rows = _sqlite(connection, words, scope, limit)
    else:
        rows = _anywhere(connection, words, scope, limit)
    return [_found(row) for row in rows]


def _scoped(scope: SearchScope) -> Any:
    t = tickets.c
    if scope is SearchScope.OPEN:
        return t.status != TicketStatus.CLOSED.value
    if scope is SearchScope.CLOSED:
        return t.status == TicketStatus.CLOSED.value
    return literal(True)


def _columns() -> list[Any]:
    t = tickets.c
    return [
        t.id, t.reference, t.status, t.title, clients.c.name, func.coalesce(sites.c.name, ""),
        t.opened_at, t.closed_at,
    ]  # fmt: skip


def _sqlite(
    connection: Connection, words: list[str], scope: SearchScope, limit: int
) -> Sequence[Any]:
    # The index's document numbers follow the opening order, so its own rowid order is
    # newest first without sorting every match.
    expression = match_expression(words)
    short = [w for w in words if len(w) < INDEXED]
    hay = "(s.reference || ' ' || s.title || ' ' || s.description || ' ' || s.parties)"
    where = [str(_scoped(scope).compile(connection, compile_kwargs={"literal_binds": True}))]
    params: dict[str, Any] = {"limit": limit}
    if expression is not None:
        where.append("ticket_search MATCH :expression")
        params["expression"] = expression
    else:
        # Only short words (a first letter or two, a two-kanji word): no index helps, so
        # the newest few thousand holding the first of them are read without the joins.
        where.append(
            "s.rowid IN (SELECT rowid FROM ticket_search WHERE instr(lower(reference || ' ' "
            "|| title || ' ' || parties), :w0) > 0 ORDER BY rowid DESC LIMIT :scan)"
        )
        params["scan"] = SHORT_SCAN
    for n, word in enumerate(short):
        where.append(f"instr(lower({hay}), :w{n}) > 0")
        params[f"w{n}"] = word
    sql = (
        "SELECT tickets.id, tickets.reference, tickets.status, tickets.title, clients.name, "
        "coalesce(sites.name, ''), tickets.opened_at, tickets.closed_at "
        "FROM ticket_search s JOIN ticket_search_rows r ON r.doc = s.rowid "
        "JOIN tickets ON tickets.id = r.ticket_id JOIN clients ON clients.id = tickets.client_id "
        "LEFT JOIN sites ON sites.id = tickets.site_id "
        f"WHERE {' AND '.join(where)} ORDER BY s.rowid DESC LIMIT :limit"
    )
    return connection.execute(text(sql), params).all()


def _anywhere(
    connection: Connection, words: list[str], scope: SearchScope, limit: int
) -> Sequence[Any]:
    t = tickets.c
    fields = [t.reference, t.title, t.description, clients.c.name, sites.c.name]
    each = [or_(*(f.ilike(f"%{_escaped(w)}%", escape="\\") for f in fields)) for w in words]
    stmt = (
        select(*_columns())
        .select_from(tickets)
        .join(clients, clients.c.id == t.client_id)
        .outerjoin(sites, sites.c.id == t.site_id)
        .where(and_(_scoped(scope), *each))
        .order_by(t.opened_at.desc())
        .limit(limit)
    )
    return connection.execute(stmt).all()


def _escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _found(row: Any) -> FoundTicket:
    raw_id, reference, status, title, client, site, opened, closed = row
    opened_at = parse_stored_time(opened)
    assert opened_at is not None
    return FoundTicket(
        raw_id if isinstance(raw_id, uuid.UUID) else uuid.UUID(str(raw_id)),
        reference, TicketStatus(status), title, client, site, opened_at,
        parse_stored_time(closed),
    )  # fmt: skip
