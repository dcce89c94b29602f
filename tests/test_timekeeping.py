"""E5 in the store: daily cut-off, late entries and their approval."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from builders import World
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.enums import ContractKind
from console.services.timekeeping import approve, lock_past_days, record_time

MON = datetime(2026, 11, 16, 13, 0, tzinfo=UTC)  # 14:00 in Amsterdam


def test_e5_entries_lock_after_their_day_and_cannot_change(store: Engine) -> None:
    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        entry = record_time(
            session,
            ticket_id=w.ticket.id,
            engineer_id=w.engineer.id,
            started_at=MON,
            ended_at=MON + timedelta(hours=2),
            now=MON + timedelta(hours=3),
        )
        assert not entry.late
        assert lock_past_days(session, MON + timedelta(hours=5)) == 0  # still Monday in Amsterdam
        assert lock_past_days(session, datetime(2026, 11, 16, 23, 0, tzinfo=UTC)) == 1  # midnight
        session.commit()
        entry_id = entry.id.hex
    with store.begin() as conn, pytest.raises(IntegrityError, match="E5"):
        conn.execute(text("UPDATE time_entries SET billable = 0 WHERE id = :id"), {"id": entry_id})


def test_e5_late_entry_needs_approval_before_it_locks(store: Engine) -> None:
    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        late = record_time(
            session,
            ticket_id=w.ticket.id,
            engineer_id=w.engineer.id,
            started_at=MON,
            ended_at=MON + timedelta(hours=1),
            now=MON + timedelta(days=2),
        )
        assert late.late
        now = MON + timedelta(days=2, hours=1)
        assert lock_past_days(session, now) == 0
        approve(session, late, now, None, "Sanne de Boer")
        assert lock_past_days(session, now) == 1 and late.locked
