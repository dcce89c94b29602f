"""Pruning the change log: old entries go, and replicas that still needed them download again.

Every write on the server adds to ``sync_changes``; without pruning the log grows for as
long as the server lives. `server prune` deletes entries older than a retention period
and raises a floor in ``sync_meta``: the change log is complete only from the floor up.
A replica whose cursor lies below the floor (a laptop that has been away longer than the
retention) cannot be brought up to date from the log, so its next pull is a full
download, as after a restore, and it keeps its unsent changes (sync rule 3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from console.errors import UserError
from console.wording.phrases import phrase


@dataclass(frozen=True)
class PruneReport:
    """What one prune removed, and the floor the change log now starts at."""

    deleted: int
    floor: str
    """Change-log entries below this transaction id are gone."""


def prune_changes(url: str, older_than: timedelta) -> PruneReport:
    """Delete change-log entries older than ``older_than`` and raise the floor past them."""
    from console.sync.connection import connect, plain_url

    if older_than < timedelta(0):
        raise UserError(phrase("--older-than-days: a retention cannot be negative"))
    with connect(plain_url(url), autocommit=True) as conn, conn.transaction():
        # Entries below the oldest one kept go; never at or above the horizon, where a
        # transaction still open may yet add entries with an earlier id.
        gone = conn.execute(
            "WITH gone AS (DELETE FROM sync_changes WHERE xid < least("
            "dc_pull_horizon(), "
            "(SELECT min(xid) FROM sync_changes WHERE at >= now() - %s)) RETURNING xid) "
            "SELECT count(*), max(xid)::text FROM gone",
            (older_than,),
        ).fetchone()
        assert gone is not None
        deleted, last = int(gone[0]), gone[1]
        # A cursor above the last entry deleted missed nothing; the floor only ever rises.
        raised = conn.execute(
            "UPDATE sync_meta SET floor = greatest(coalesce(floor, '0'::xid8), %s::xid8) "
            "RETURNING floor::text",
            (str(int(last) + 1) if last is not None else "0",),
        ).fetchone()
        if raised is None:
            raise UserError(
                phrase("the shared database has no sync layer: run `server init` on it")
            )
    return PruneReport(deleted=deleted, floor=str(raised[0]))


def below_floor(cursor: str | None, floor: str | None) -> bool:
    """Whether a replica's cursor lies below the change log's floor (it must download)."""
    return cursor is not None and floor is not None and int(cursor) < int(floor)
