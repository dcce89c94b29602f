"""Travel rules (distance, estimated time, too far) and ranking engineers by travel, no database."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from console.enums import SkillLevel
from console.rules.dispatch import EngineerProfile, Stop, rank_engineers
from console.rules.schedule import COMFORT_24X7
from console.rules.travel import (
    MINIMUM_TRIP,
    ROAD_FACTOR,
    ROAD_SPEED_KMH,
    TOWN_KM,
    TOWN_SPEED_KMH,
    WORKING_DAY,
    Origin,
    distance_km,
    duration_words,
    gap_too_short,
    travel_time,
    trip,
)

AMSTERDAM = (Decimal("52.3676"), Decimal("4.9041"))
UTRECHT = (Decimal("52.0907"), Decimal("5.1214"))
NEW_YORK = (Decimal("40.7128"), Decimal("-74.0060"))
BROOKLYN = (Decimal("40.6782"), Decimal("-73.9442"))
MOSCOW = (Decimal("55.7558"), Decimal("37.6173"))
START = datetime(2026, 12, 8, 15, 0, tzinfo=UTC)  # 10:00 in New York


def test_amsterdam_new_york_great_circle_within_one_percent() -> None:
    assert abs(distance_km(AMSTERDAM, NEW_YORK) - 5860) / 5860 < 0.01


def test_distance_is_symmetric_and_zero_at_the_same_point() -> None:
    assert distance_km(AMSTERDAM, AMSTERDAM) == 0
    assert abs(distance_km(AMSTERDAM, MOSCOW) - distance_km(MOSCOW, AMSTERDAM)) < 1e-6


def test_short_trip_uses_road_factor_and_speeds() -> None:
    road = distance_km(AMSTERDAM, UTRECHT) * ROAD_FACTOR
    expected = (TOWN_KM / TOWN_SPEED_KMH + (road - TOWN_KM) / ROAD_SPEED_KMH) * 60
    minutes = travel_time(AMSTERDAM, UTRECHT).total_seconds() / 60
    assert expected <= minutes < expected + 1
    assert 35 < minutes < 60  # Amsterdam to Utrecht is under an hour's drive


def test_even_next_door_takes_a_few_minutes() -> None:
    assert travel_time(AMSTERDAM, AMSTERDAM) == MINIMUM_TRIP


def test_across_the_ocean_is_more_than_a_working_day() -> None:
    assert travel_time(AMSTERDAM, NEW_YORK) > WORKING_DAY
    assert travel_time(MOSCOW, NEW_YORK) > WORKING_DAY


def test_trip_reasons_in_words() -> None:
    near = trip(Origin(UTRECHT, True, "Utrecht"), AMSTERDAM)
    assert not near.too_far
    assert str(near.reason).startswith("about ")
    assert "from the base in Utrecht" in str(near.reason)
    far = trip(Origin(AMSTERDAM, True, "Amsterdam"), NEW_YORK)
    assert far.too_far and "more than a working day" in str(far.reason)
    assert str(trip(Origin(AMSTERDAM, True, "A"), None).reason).startswith(
        "no coordinates for the site"
    )
    assert trip(Origin(None, True, "A"), NEW_YORK).time is None
    assert "no base coordinates" in str(trip(Origin(None, True, "A"), NEW_YORK).reason)


def test_duration_words() -> None:
    assert str(duration_words(timedelta(minutes=35))) == "35 min"
    assert str(duration_words(timedelta(minutes=130))) == "2 h 10 min"
    assert str(duration_words(timedelta(hours=3))) == "3 h"


def test_gap_too_short() -> None:
    assert gap_too_short(timedelta(minutes=20), timedelta(minutes=35))
    assert not gap_too_short(timedelta(minutes=40), timedelta(minutes=35))
    assert not gap_too_short(timedelta(minutes=0), None)


def engineer(
    name: str, base: tuple[Decimal, Decimal] | None, place: str, **kw: object
) -> EngineerProfile:
    """A senior English-speaking engineer available round the clock."""
    return EngineerProfile(
        uuid.uuid4(), name, SkillLevel.SENIOR, frozenset({"en"}), "America/New_York",
        COMFORT_24X7, base=base, base_name=place, **kw,  # type: ignore[arg-type]
    )  # fmt: skip


def test_p5_far_engineers_are_not_suitable_for_a_new_york_visit() -> None:
    """Skills match for all three; only the Brooklyn one can be there the same day (D1)."""
    team = [
        engineer("Anke (Amsterdam)", AMSTERDAM, "Amsterdam"),
        engineer("Boris (Moscow)", MOSCOW, "Moscow"),
        engineer("Carl (Brooklyn)", BROOKLYN, "Brooklyn"),
    ]
    ranked = rank_engineers(team, START, Decimal(2), with_travel=True, site=NEW_YORK)
    assert ranked[0].engineer.name == "Carl (Brooklyn)"
    assert ranked[0].eligible
    assert "from the base in Brooklyn" in " ".join(str(r) for r in ranked[0].reasons)
    for far in ranked[1:]:
        assert not far.eligible
        assert any("more than a working day" in str(b) for b in far.blockers)


def test_p5_nearer_engineer_ranks_first_among_the_eligible() -> None:
    team = [
        engineer("Zed (Amsterdam)", AMSTERDAM, "Amsterdam"),
        engineer("Yan (Utrecht)", UTRECHT, "Utrecht"),
    ]
    ranked = rank_engineers(team, START, Decimal(2), with_travel=True, site=UTRECHT)
    assert [c.engineer.name for c in ranked] == ["Yan (Utrecht)", "Zed (Amsterdam)"]
    assert all(c.eligible for c in ranked)


def test_unknown_coordinates_rank_after_known_and_say_so() -> None:
    team = [engineer("Aart", None, "Haarlem"), engineer("Bea", UTRECHT, "Utrecht")]
    ranked = rank_engineers(team, START, Decimal(2), with_travel=True, site=AMSTERDAM)
    assert [c.engineer.name for c in ranked] == ["Bea", "Aart"]
    assert ranked[1].eligible
    assert any("no base coordinates" in str(r) for r in ranked[1].reasons)
    unknown_site = rank_engineers(team, START, Decimal(2), with_travel=True, site=None)
    assert all(
        any("no coordinates for the site" in str(r) for r in c.reasons) for c in unknown_site
    )


def test_p5_travel_from_the_previous_visit_that_day_and_a_tight_gap() -> None:
    """From the previous site, not the base; 15 minutes is too little for Utrecht-Amsterdam."""
    before = Stop(START - timedelta(hours=2), START - timedelta(minutes=15), UTRECHT, "Utrecht HQ")
    eng = engineer("Dirk", AMSTERDAM, "Amsterdam", stops=[before])
    (fit,) = rank_engineers([eng], START, Decimal(2), with_travel=True, site=AMSTERDAM)
    words = " ".join(str(r) for r in fit.reasons)
    assert "from the previous visit at Utrecht HQ" in words
    assert fit.tight is not None and "only 15 min after the previous visit" in str(fit.tight)


def test_without_travel_ranking_is_unchanged() -> None:
    (fit,) = rank_engineers([engineer("Eva", AMSTERDAM, "Amsterdam")], START, Decimal(2))
    assert fit.trip is None and fit.eligible
