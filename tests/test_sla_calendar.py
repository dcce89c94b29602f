"""Business calendars: the hard cases, and agreement with a minute-by-minute oracle (C2)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.enums import SlaCause
from console.rules.calendar import Closure, calendar_for
from console.rules.schedule import BASIS_10X5, COMFORT_24X7, WEEKDAYS, Schedule, minutes
from console.wording.causes import causes_in, english_reason

AMS = ZoneInfo("Europe/Amsterdam")
NL_BASIS = calendar_for(BASIS_10X5, "Europe/Amsterdam", "NL")


def local(zone: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=zone)  # type: ignore[misc]


def test_c2_basis_friday_evening_runs_on_monday() -> None:
    start = local(AMS, 2026, 11, 20, 17, 0)  # Friday 17:00
    due = NL_BASIS.due_at(start, timedelta(hours=2))
    assert due == local(AMS, 2026, 11, 23, 9, 0)  # Monday 09:00


def test_c2_ticket_started_on_a_public_holiday_starts_next_working_day() -> None:
    kings_day = local(AMS, 2026, 4, 27, 10, 0)  # Koningsdag, a Monday
    assert not NL_BASIS.is_open(kings_day)
    assert NL_BASIS.due_at(kings_day, timedelta(hours=1)) == local(AMS, 2026, 4, 28, 9, 0)


def test_c2_ticket_started_after_hours_counts_from_next_opening() -> None:
    start = local(AMS, 2026, 11, 17, 20, 30)  # Tuesday evening
    assert NL_BASIS.due_at(start, timedelta(minutes=30)) == local(AMS, 2026, 11, 18, 8, 30)
    assert NL_BASIS.business_time_between(start, local(AMS, 2026, 11, 18, 8, 0)) == timedelta(0)


def test_c2_target_pending_over_a_weekend_and_christmas() -> None:
    start = local(AMS, 2026, 12, 24, 17, 0)  # Thursday; 25 and 26 are holidays, then Sunday
    assert NL_BASIS.due_at(start, timedelta(hours=2)) == local(AMS, 2026, 12, 28, 9, 0)
    reasons = " ".join(
        english_reason(g.causes) for g in NL_BASIS.gaps(start, local(AMS, 2026, 12, 28, 9, 0))
    )
    assert "Christmas" in reasons and "weekend" in reasons


def test_c2_why_time_is_skipped_is_data_that_each_language_words() -> None:
    start = local(AMS, 2026, 12, 24, 17, 0)
    gaps = NL_BASIS.gaps(start, local(AMS, 2026, 12, 28, 9, 0))
    causes = [c for g in gaps for c in g.causes]
    christmas = next(c for c in causes if c.day == date(2026, 12, 25))
    assert (christmas.kind, christmas.country) == (SlaCause.PUBLIC_HOLIDAY, "NL")
    dutch = "; ".join(causes_in("nl")(g.causes) for g in gaps)
    assert dutch == "feestdag: Eerste kerstdag; feestdag: Tweede kerstdag; weekend"
    (night,) = NL_BASIS.gaps(local(AMS, 2026, 11, 17, 18, 0), local(AMS, 2026, 11, 18, 8, 0))
    assert causes_in("ja")(night.causes) == "サービス時間外"
    assert english_reason(night.causes) == "outside service hours"
    # a language the holidays package has no names in keeps the name it has
    russian = causes_in("ru")([christmas])
    assert russian.startswith("праздничный день: ") and russian.endswith(christmas.detail or "?")


def test_c2_holidays_follow_the_subdivision() -> None:
    madrid = calendar_for(BASIS_10X5, "Europe/Madrid", "ES", "MD")
    barcelona = calendar_for(BASIS_10X5, "Europe/Madrid", "ES", "CT")
    madrid_day = datetime(2025, 5, 2, 10, 0, tzinfo=ZoneInfo("Europe/Madrid"))  # a Friday
    assert not madrid.is_open(madrid_day)
    assert barcelona.is_open(madrid_day)


def test_c2_partial_day_closure() -> None:
    cal = calendar_for(
        BASIS_10X5,
        "Europe/Amsterdam",
        "NL",
        closures=[Closure(date(2026, 12, 31), "New Year's Eve afternoon", "13:00", "18:00")],
    )
    start = local(AMS, 2026, 12, 31, 12, 0)
    assert cal.due_at(start, timedelta(hours=2)) == local(AMS, 2027, 1, 4, 9, 0)
    (gap,) = cal.gaps(local(AMS, 2026, 12, 31, 12, 0), local(AMS, 2026, 12, 31, 18, 0))
    assert english_reason(gap.causes) == "closed: New Year's Eve afternoon"
    assert causes_in("nl")(gap.causes) == "gesloten: New Year's Eve afternoon"  # as entered


def test_c2_full_day_custom_closure() -> None:
    cal = calendar_for(
        BASIS_10X5, "Europe/Amsterdam", closures=[Closure(date(2026, 11, 23), "office move")]
    )
    start = local(AMS, 2026, 11, 20, 17, 0)
    assert cal.due_at(start, timedelta(hours=2)) == local(AMS, 2026, 11, 24, 9, 0)


def test_c2_24x7_across_the_dst_night_counts_real_hours() -> None:
    comfort = calendar_for(COMFORT_24X7, "Europe/Amsterdam")
    fall_back = comfort.business_time_between(
        local(AMS, 2026, 10, 25, 0, 0), local(AMS, 2026, 10, 25, 6, 0)
    )
    spring = comfort.business_time_between(
        local(AMS, 2026, 3, 29, 0, 0), local(AMS, 2026, 3, 29, 6, 0)
    )
    assert fall_back == timedelta(hours=7) and spring == timedelta(hours=5)


def test_c2_comfort_24x7_still_skips_public_holidays() -> None:
    comfort = calendar_for(COMFORT_24X7, "Europe/Amsterdam", "NL")
    xmas = local(AMS, 2026, 12, 25, 12, 0)
    assert not comfort.is_open(xmas)
    assert comfort.due_at(local(AMS, 2026, 12, 24, 23, 0), timedelta(hours=2)) == local(
        AMS, 2026, 12, 27, 1, 0
    )


def test_c2_window_crossing_midnight_and_split_shift() -> None:
    night: Schedule = {d: [["22:00", "06:00"]] for d in WEEKDAYS}
    cal = calendar_for(night, "Europe/Amsterdam")
    assert cal.due_at(local(AMS, 2026, 11, 17, 12, 0), timedelta(hours=9)) == local(
        AMS, 2026, 11, 18, 23, 0
    )
    split: Schedule = {"mon": [["07:00", "12:00"], ["13:00", "19:00"]]}
    cal = calendar_for(split, "Europe/Amsterdam")
    assert cal.due_at(local(AMS, 2026, 11, 16, 11, 0), timedelta(hours=2)) == local(
        AMS, 2026, 11, 16, 14, 0
    )


def test_c2_window_edge_inside_the_spring_forward_gap_opens_at_the_jump() -> None:
    cal = calendar_for({"sun": [["02:30", "05:00"]]}, "Europe/Amsterdam")
    jump = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 02:00 CET becomes 03:00 CEST
    assert cal.open_intervals(jump - timedelta(hours=2), jump + timedelta(hours=5))[0][0] == jump


def test_due_time_is_end_of_window_when_it_fits_exactly() -> None:
    start = local(AMS, 2026, 11, 16, 8, 0)
    assert NL_BASIS.due_at(start, timedelta(hours=10)) == local(AMS, 2026, 11, 16, 18, 0)
    assert NL_BASIS.due_at(start, timedelta(0)) == start


def test_batch_path_matches_single_calls() -> None:
    base = int(local(AMS, 2026, 1, 1, 0, 0).timestamp())
    starts = [base + k * 3_607 for k in range(2_000)]
    assert NL_BASIS.due_many(starts, 8 * 3600) == [NL_BASIS.due_epoch(s, 8 * 3600) for s in starts]


def test_due_far_in_the_future_compiles_further_years() -> None:
    start = local(AMS, 2026, 1, 5, 8, 0)
    due = NL_BASIS.due_at(start, timedelta(hours=10 * 5 * 52 * 6))  # about six working years
    assert due.year in (2031, 2032)


# -- properties against a minute-by-minute oracle ------------------------------------

ZONES = [
    "Europe/Amsterdam",
    "America/New_York",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Tokyo",
]
# Boundaries avoid 00:01-03:59 so that no window edge falls in a DST jump in these zones.
BOUNDARIES = [
    "00:00",
    *[f"{h:02d}:{m:02d}" for h in range(4, 24) for m in (0, 15, 30, 45)],
    "24:00",
]


@st.composite
def schedules(draw: st.DrawFn) -> Schedule:
    schedule: Schedule = {}
    for day in WEEKDAYS:
        intervals = []
        for _ in range(draw(st.integers(0, 2))):
            a = draw(st.sampled_from(BOUNDARIES[:-1]))
            b = draw(st.sampled_from(BOUNDARIES))
            if a != b:
                intervals.append([a, b])
        schedule[day] = intervals
    if not any(schedule.values()):
        schedule["wed"] = [["09:00", "17:00"]]
    return schedule


@st.composite
def calendars(draw: st.DrawFn) -> tuple[Schedule, str, str | None, list[Closure]]:
    schedule = draw(schedules())
    zone = draw(st.sampled_from(ZONES))
    country = draw(st.sampled_from([None, "NL", "US", "AU"]))
    closures = []
    for _ in range(draw(st.integers(0, 2))):
        day = date(2026, 3, 20) + timedelta(days=draw(st.integers(0, 40)))
        if draw(st.booleans()):
            closures.append(Closure(day, "closed"))
        else:
            a, b = sorted(
                draw(
                    st.lists(st.sampled_from(BOUNDARIES[1:-1]), min_size=2, max_size=2, unique=True)
                )
            )
            closures.append(Closure(day, "partly closed", a, b))
    return schedule, zone, country, closures


def oracle_open(
    schedule: Schedule,
    zone: ZoneInfo,
    hols: holidays.HolidayBase | dict,
    closures: list[Closure],
    t: datetime,
) -> bool:
    wall = t.astimezone(zone)
    day = wall.date()
    m = wall.hour * 60 + wall.minute
    if day in hols:
        return False
    for c in closures:
        if c.day == day and (c.start is None or minutes(c.start) <= m < minutes(c.end or "24:00")):
            return False
    for a, b in schedule.get(WEEKDAYS[day.weekday()], []):
        s, e = minutes(a), minutes(b)
        if (e > s and s <= m < e) or (e <= s and m >= s):
            return True
    yesterday = day - timedelta(days=1)
    for a, b in schedule.get(WEEKDAYS[yesterday.weekday()], []):
        s, e = minutes(a), minutes(b)
        if e <= s and m < e:
            return True
    return False


STARTS = st.integers(0, 60 * 24 * 60).map(
    lambda k: datetime(2026, 3, 1, tzinfo=UTC) + timedelta(minutes=k)
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calendars(), STARTS, st.integers(1, 3 * 24 * 60))
def test_due_at_agrees_with_a_minute_by_minute_oracle(
    cal_spec, start: datetime, duration: int
) -> None:
    schedule, zone_name, country, closures = cal_spec
    cal = calendar_for(schedule, zone_name, country, closures=closures)
    zone = ZoneInfo(zone_name)
    hols = holidays.country_holidays(country, years=range(2025, 2028)) if country else {}
    t, counted = start, 0
    while True:
        if oracle_open(schedule, zone, hols, closures, t):
            counted += 1
            if counted == duration:
                expected = t + timedelta(minutes=1)
                break
        t += timedelta(minutes=1)
    assert cal.due_at(start, timedelta(minutes=duration)) == expected
    assert cal.business_time_between(start, expected) == timedelta(minutes=duration)


@settings(max_examples=60, deadline=None)
@given(calendars(), STARTS, st.integers(0, 4 * 24 * 60))
def test_business_time_between_agrees_with_the_oracle(cal_spec, start: datetime, span: int) -> None:
    schedule, zone_name, country, closures = cal_spec
    cal = calendar_for(schedule, zone_name, country, closures=closures)
    zone = ZoneInfo(zone_name)
    hols = holidays.country_holidays(country, years=range(2025, 2028)) if country else {}
    open_minutes = sum(
        oracle_open(schedule, zone, hols, closures, start + timedelta(minutes=k))
        for k in range(span)
    )
    assert cal.business_time_between(start, start + timedelta(minutes=span)) == timedelta(
        minutes=open_minutes
    )


@settings(max_examples=150, deadline=None)
@given(calendars(), STARTS, STARTS, st.integers(1, 5000), st.integers(1, 5000))
def test_core_operations_are_inverse_and_monotone(
    cal_spec, s1: datetime, s2: datetime, d1: int, d2: int
) -> None:
    schedule, zone_name, country, closures = cal_spec
    cal = calendar_for(schedule, zone_name, country, closures=closures)
    (a, da), (b, db) = sorted([(s1, d1), (s2, d2)])
    due_a = cal.due_at(a, timedelta(minutes=da))
    assert cal.business_time_between(a, due_a) == timedelta(minutes=da)
    assert cal.due_at(a, timedelta(minutes=da)) <= cal.due_at(
        b, timedelta(minutes=da)
    )  # later start
    lo, hi = sorted([da, db])
    assert cal.due_at(a, timedelta(minutes=lo)) <= cal.due_at(
        a, timedelta(minutes=hi)
    )  # longer target
    assert cal.business_time_between(a, b) >= timedelta(0)


def test_datetime_batch_path_matches_single_calls_across_dst() -> None:
    base = datetime(2026, 3, 1, tzinfo=UTC)
    starts = [base + timedelta(minutes=97 * k) for k in range(3_000)]  # spans the March change
    for hours in (8, 40):
        single = [NL_BASIS.due_at(s, timedelta(hours=hours)) for s in starts]
        assert NL_BASIS.due_at_many(starts, timedelta(hours=hours)) == single


def test_equal_inputs_share_one_calendar_and_a_bad_window_is_still_refused() -> None:
    """C2: the calendar is looked up by its inputs, and validation still guards every miss."""
    from console.errors import ValidationError

    window = {day: [list(span) for span in spans] for day, spans in BASIS_10X5.items()}
    first = calendar_for(window, "Europe/Amsterdam", "NL")
    assert calendar_for(dict(window), "Europe/Amsterdam", "NL") is first
    assert calendar_for(window, "Europe/Amsterdam", "BE") is not first
    with pytest.raises(ValidationError):
        calendar_for({"mon": [["09:00"]]}, "Europe/Amsterdam", "NL")
    with pytest.raises(ValidationError):
        calendar_for({"mon": "09:00-17:00"}, "Europe/Amsterdam", "NL")  # type: ignore[dict-item]
