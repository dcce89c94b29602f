"""A refresh places only the fresh rows in the default order: the same order as sorting all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from console.enums import SlaTargetKind
from console.queue.filters import patched_order, urgency_order
from console.queue.rows import QueueRows
from console.rules.calendar import around_the_clock
from console.rules.sla import Clock, ClockState, Target

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TARGET = Target(SlaTargetKind.RESOLUTION, 240, around_the_clock())

# a ticket's row as the order reads it: few values each, so that ties are common
tickets = st.fixed_dictionaries(
    {
        "priority": st.sampled_from(["urgent", "high", "normal", "low"]),
        "emergency": st.booleans(),
        "premium": st.booleans(),
        "opened_at": st.sampled_from(["2026-11-01", "2026-11-02", None]),
        "clock": st.one_of(
            st.none(),
            st.tuples(st.just("due"), st.integers(-120, 120)),  # minutes from T0
            st.tuples(st.just("left"), st.integers(0, 120)),
        ),
    }
)


def _clock(spec: Any) -> Clock | None:
    if spec is None:
        return None
    kind, minutes = spec
    if kind == "due":
        return Clock(TARGET, ClockState.RUNNING, T0, T0 + timedelta(minutes=minutes),
                     timedelta(0), timedelta(0))  # fmt: skip
    return Clock(TARGET, ClockState.PAUSED, T0, None, timedelta(0), timedelta(minutes=minutes))


def _queue(ids: list[str], found: dict[str, dict[str, Any]]) -> tuple[QueueRows, list[Any]]:
    columns = {"id": ids}
    for name in ("priority", "emergency", "premium", "opened_at"):
        columns[name] = [found[i][name] for i in ids]
    return QueueRows(columns), [_clock(found[i]["clock"]) for i in ids]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(tickets, min_size=1, max_size=25),
    st.data(),
)
def test_a_patched_order_is_the_order_of_all_rows_sorted_again(
    first: list[dict[str, Any]], data: st.DataObject
) -> None:
    ids = [f"t{i}" for i in range(len(first))]
    before = dict(zip(ids, first, strict=True))
    rows, clocks = _queue(ids, before)
    now = T0 - timedelta(hours=3)  # before every due: the order holds until the refresh
    old = urgency_order(rows, clocks, now)
    # a refresh: some tickets changed, some left, some are new
    changed = data.draw(st.lists(st.sampled_from(ids), unique=True))
    left = set(data.draw(st.lists(st.sampled_from(ids), unique=True))) - set(changed)
    new = [f"n{i}" for i in range(data.draw(st.integers(0, 5)))]
    after = {i: v for i, v in before.items() if i not in left}
    for i in [*changed, *new]:
        after[i] = data.draw(tickets)
    plan, kept, fresh_ids = [], [], []
    for k, i in enumerate(ids):
        if i in left:
            continue
        if i in changed:
            fresh_ids.append(i)
            plan.append(-len(fresh_ids))
        else:
            plan.append(k)
        kept.append(i)
    for i in new:
        fresh_ids.append(i)
        plan.append(-len(fresh_ids))
        kept.append(i)
    new_rows, new_clocks = _queue(kept, after)
    later = now + timedelta(minutes=data.draw(st.integers(0, 300)))  # clocks may pass due
    got = patched_order(old, (rows, clocks), new_rows, new_clocks, plan, later)
    whole = urgency_order(new_rows, new_clocks, later)
    assert got.ranks == whole.ranks
    assert got.dues == whole.dues and got.missed == whole.missed
    assert got.sequence == whole.sequence


def test_an_order_of_other_rows_is_not_patched_but_made_again() -> None:
    spec = {"priority": "high", "emergency": False, "premium": False, "opened_at": "2026-11-01",
            "clock": ("due", 30)}  # fmt: skip
    rows, clocks = _queue(["a", "b"], {"a": spec, "b": {**spec, "clock": ("due", 10)}})
    stranger = urgency_order(*_queue(["a"], {"a": spec}), T0)
    got = patched_order(stranger, (rows, clocks), rows, clocks, [0, 1], T0)
    assert got.ranks == [1, 0]  # b is due first; nothing of the stranger's order was kept
    assert got.basis is not None and got.basis[0] is rows
