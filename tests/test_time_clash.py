"""One engineer, one piece of work at a time (issue 21: overlapping entries of one engineer
refused with the clash named); a reversed entry no longer blocks its hours (E5)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from functools import partial

import pytest
from builders import World
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.enums import ContractKind
from console.errors import ValidationError
from console.rules.time_clash import Booked, first_clash
from console.services.acting import Acting
from console.services.timekeeping import log_time
from console.sync.session import store_session

NINE = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
H = timedelta(hours=1)


def test_entries_that_touch_do_not_clash_and_the_earliest_overlap_is_named() -> None:
    a = Booked(uuid.uuid4(), NINE, NINE + 2 * H, "T-1")
    b = Booked(uuid.uuid4(), NINE + 2 * H, NINE + 3 * H, "T-2")
    assert first_clash(NINE + 3 * H, NINE + 4 * H, [a, b]) is None  # end to start: fine
    assert first_clash(NINE + H, NINE + 5 * H, [b, a]) == a
    assert first_clash(NINE, NINE + H, [a], itself=a.id) is None  # its own old times


def test_e5_a_second_entry_over_the_same_hours_is_refused_with_the_clash_named(
    store: Engine,
) -> None:
    with Session(store) as session:
        world = World(session, ContractKind.ON_DEMAND)
        session.commit()
        ticket_id, engineer_id = world.ticket.id, world.engineer.id
        reference = world.ticket.reference
    sessions = partial(store_session, store)
    acting = Acting(None)
    common = dict(ticket_id=ticket_id, engineer_id=engineer_id, now=NINE + 3 * H)
    log_time(sessions, acting, started_at=NINE, ended_at=NINE + 2 * H, **common)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as refused:
        log_time(sessions, acting, started_at=NINE + H, ended_at=NINE + 3 * H, **common)  # type: ignore[arg-type]
    assert refused.value.field == "started_at"
    assert reference in refused.value.message and "09:00" in refused.value.message
    # right after it is fine
    log_time(sessions, acting, started_at=NINE + 2 * H, ended_at=NINE + 3 * H, **common)  # type: ignore[arg-type]
