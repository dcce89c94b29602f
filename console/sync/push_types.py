"""What a push carries between the replica's half and the server's half."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Entry:
    """One outbox entry as read from the local store."""

    seq: int
    mutation_id: uuid.UUID
    table_name: str
    row_key: str
    op: str
    base_version: int | None
    base: dict[str, Any]
    data: dict[str, Any]


@dataclass
class Answer:
    """The server's answer to one entry, as registered (and replayed) on the server."""

    answer: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class OwnWrites:
    """Rows a push transaction updated, as the server returned them, and that transaction's id.

    The acknowledgement stores these rows in the replica, so the pull that follows need
    not fetch back what the push has just written (see `console.sync.pull`).
    """

    xid: str | None = None
    rows: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    """(table, row key, {column: value in SQLite's stored form})."""


class DeviceReusedError(Exception):
    """The server knows this device's sequence numbers from other changes: a restored or
    copied store, which must push under a new device id."""
