"""The demo builder's packed state: tickets, diaries and rows written a chunk at a time.

The huge demo (a million tickets) has to build in bounded memory, so what the builder
keeps is packed into machine values; these tests check that nothing is lost on the way.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from console.demo import SIZES
from console.demo.context import RowBatches
from console.demo.ticket_book import DemoTicket, TicketBook
from console.demo.time_entries import DAY_LIMIT, Diary
from console.demo.visit_book import VisitBook
from console.enums import TicketCategory, TicketStatus

instants = st.datetimes(
    min_value=datetime(1971, 1, 1), max_value=datetime(9998, 1, 1), timezones=st.just(UTC)
)
tickets = st.builds(
    DemoTicket,
    st.uuids(),
    st.integers(0, 2**31 - 1),
    instants,
    instants,
    st.sampled_from(TicketStatus),
    st.booleans(),
    st.sampled_from(TicketCategory),
    st.from_regex(r"T-[0-9]{4}-[0-9]{1,7}", fullmatch=True),
    st.sampled_from(["Printer {n} jams", "VPN drops for {name}", ""]),
)


@given(st.lists(tickets, max_size=30))
def test_a_ticket_book_gives_back_every_ticket_as_it_was_added(added: list[DemoTicket]) -> None:
    book = TicketBook()
    for ticket in added:
        book.append(ticket)
    assert len(book) == len(added)
    assert list(book) == added
    assert [book[i] for i in range(len(added))] == added
    if added:
        assert book[-1] == added[-1] and book[-1].opened.tzinfo is UTC
        assert book[1:] == added[1:]


visits = st.lists(
    st.tuples(
        st.integers(0, 200),
        st.tuples(st.uuids(), st.integers(0, 2**31 - 1), instants, instants),
    ),
    max_size=40,
)


@given(visits)
def test_a_visit_book_gives_back_each_tickets_visits_in_ticket_order(added: list[tuple]) -> None:
    """The time step reads the finished visits ticket by ticket, each ticket's in the order
    they were added, and asks of any ticket whether it had one."""
    book = VisitBook()
    for ticket, run in added:
        book.add(ticket, run)
    expected: dict[int, list[tuple]] = {}
    for ticket, run in added:
        expected.setdefault(ticket, []).append(run)
    assert list(book.by_ticket()) == sorted(expected.items())
    assert len(book) == len(added)
    assert all((t in book) == (t in expected) for t in range(-1, 202))
    assert all(run[2].tzinfo is UTC for _, runs in book.by_ticket() for run in runs)


def test_a_ticket_book_refuses_an_index_past_its_end() -> None:
    book = TicketBook()
    book.append(
        DemoTicket(
            uuid.uuid4(),
            0,
            datetime(2026, 1, 1, tzinfo=UTC),
            datetime(2026, 1, 2, tzinfo=UTC),
            TicketStatus.OPEN,
            False,
            TicketCategory.INCIDENT,
        )
    )
    try:
        book[1]
    except IndexError:
        pass
    else:
        raise AssertionError("book[1] of a book of one ticket")


bookings = st.lists(
    st.tuples(
        st.integers(0, 2),  # engineer
        st.integers(0, 6 * 24 * 4),  # start, in quarters of an hour from the first day
        st.sampled_from([15, 30, 45, 60, 90, 120, 180, 240]),
        st.booleans(),  # on call
    ),
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(bookings)
def test_a_diary_never_double_books_nor_overfills_a_day(asked: list[tuple]) -> None:
    zones = [ZoneInfo("Europe/Amsterdam"), ZoneInfo("Asia/Tokyo"), ZoneInfo("America/New_York")]
    leave = {(1, date(2026, 3, 3))}
    diary = Diary(zones, leave)
    first = datetime(2026, 3, 2, tzinfo=UTC)
    booked: list[tuple[int, datetime, datetime]] = []
    for engineer, quarter, minutes, on_call in asked:
        start = first + timedelta(minutes=15 * quarter)
        latest = start + timedelta(days=3)
        at = diary.book(engineer, start, minutes, latest, on_call=on_call)
        if at is None:
            continue
        end = at + timedelta(minutes=minutes)
        assert at >= start and end <= latest and at.tzinfo is UTC
        local = at.astimezone(zones[engineer])
        if not on_call:
            assert local.weekday() < 5 and (engineer, local.date()) not in leave
            assert local.hour >= 7 and end.astimezone(zones[engineer]).hour <= 19
        booked.append((engineer, at, end))
    for k, (engineer, at, end) in enumerate(booked):
        for other, at2, end2 in booked[k + 1 :]:
            assert engineer != other or end <= at2 or end2 <= at, "two stretches overlap"
    per_day: dict[tuple[int, date], int] = {}
    for engineer, at, end in booked:
        day = at.astimezone(zones[engineer]).date()
        minutes = int((end - at).total_seconds() // 60)
        per_day[engineer, day] = per_day.get((engineer, day), 0) + minutes
    assert all(m <= DAY_LIMIT for m in per_day.values())


def test_a_diary_books_the_first_free_stretch() -> None:
    diary = Diary([ZoneInfo("UTC")], set())
    nine = datetime(2026, 3, 2, 9, tzinfo=UTC)  # a Monday
    late = nine + timedelta(hours=8)
    assert diary.book(0, nine, 60, late, on_call=False) == nine
    assert diary.book(0, nine + timedelta(hours=2), 60, late, on_call=False) == nine.replace(
        hour=11
    )
    # an hour fits between them; two do not, so they follow the second stretch
    assert diary.book(0, nine, 60, late, on_call=False) == nine.replace(hour=10)
    assert diary.book(0, nine, 120, late, on_call=False) == nine.replace(hour=12)
    assert diary.book(0, nine, 600, late, on_call=False) is None  # the day is too full


class _Recorder:
    """Stands in for the demo context: what RowBatches writes, in the order it writes it."""

    def __init__(self) -> None:
        self.written: list[tuple[str, int]] = []

    def insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        assert all(len(row) == len(columns) for row in rows)
        self.written.append((table, len(rows)))


def test_row_batches_write_parents_first_a_chunk_at_a_time() -> None:
    ctx = _Recorder()
    out = RowBatches(ctx, {"visits": ("id",), "visit_engineers": ("visit_id", "engineer_id"),
                           "visit_checklist": ("id",)})  # type: ignore[arg-type]  # fmt: skip
    for n in range(2 * RowBatches.CHUNK + 5):
        out["visits"].append((n,))
        out["visit_engineers"].append((n, 1))
        out["visit_engineers"].append((n, 2))
        out.tick()
        if n == RowBatches.CHUNK // 2 - 2:
            assert ctx.written == []  # nothing before a table holds a chunk
    out.close()
    half = RowBatches.CHUNK // 2
    # the crews fill a chunk first; their visits are written before them, every time
    assert ctx.written[:3] == [("visits", half), ("visit_engineers", 2 * half),
                               ("visit_checklist", 0)]  # fmt: skip
    pairs = [t for t, _ in ctx.written if t != "visit_checklist"]
    assert pairs == ["visits", "visit_engineers"] * (len(pairs) // 2)
    totals = {t: sum(n for name, n in ctx.written if name == t) for t, _ in ctx.written}
    made = 2 * RowBatches.CHUNK + 5
    assert totals == {"visits": made, "visit_engineers": 2 * made, "visit_checklist": 0}
    assert ("visit_checklist", 0) in ctx.written  # a table with no rows is still counted, once
    assert sum(1 for t, _ in ctx.written if t == "visit_checklist") == 1


def test_the_huge_demo_is_ten_large_ones() -> None:
    large, huge = SIZES["large"], SIZES["huge"]
    assert huge.tickets == 1_000_000
    for name in ("clients", "engineers", "tickets", "visits", "time_entries"):
        assert getattr(huge, name) == 10 * getattr(large, name)
