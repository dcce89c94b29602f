"""Loading the 100,000 tickets of the queue against a raw sqlite3 fetch of the same columns."""

from __future__ import annotations

import sqlite3

from console.enums import TicketStatus
from console.queue.rows import load_queue, queue_select
from console.store.engine import create_store_engine, resolve_url

from .figures import report, timed
from .large_db import large_database

TARGET_RATIO = 3.0
REPEAT = 5


def run() -> None:
    """Median of five loads each way, on a warm page cache."""
    path = large_database()
    engine = create_store_engine(resolve_url(str(path)))
    statuses = list(TicketStatus)  # every ticket: the queue's worst case
    with engine.connect() as conn:
        compiled = queue_select(statuses).compile(
            dialect=conn.dialect, compile_kwargs={"render_postcompile": True}
        )
        sql = str(compiled)
        params = tuple(compiled.construct_params()[name] for name in compiled.positiontup or ())

        def ours() -> int:
            return len(load_queue(conn, statuses))

        ours()  # warm the page cache for both
        ours_s, count = timed(ours, REPEAT)
    engine.dispose()
    raw_conn = sqlite3.connect(path)

    def raw() -> int:
        return len(raw_conn.execute(sql, params).fetchall())

    raw_s, raw_count = timed(raw, REPEAT)
    raw_conn.close()
    assert count == raw_count == 100_000, (count, raw_count)
    report("queue_load_100k", ours_s, "s", TARGET_RATIO, baseline=raw_s, target_on_ratio=True)
