"""Travel between places from their coordinates: distance, an estimated time, and whether
an engineer can be on site in a working day.

Plain arithmetic over WGS 84 degrees; no map service. The estimate is deliberately rough:
it ranks engineers and flags days that cannot work, it does not book trains.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from console.errors import ValidationError
from console.wording.phrases import Phrase, phrase

EARTH_RADIUS_KM = 6371.0088
"""The mean Earth radius (IUGG); the haversine on it is within 0.5 % of the ellipsoid."""

ROAD_FACTOR = 1.3
"""Roads wind: the driven distance between two addresses is typically 1.2-1.4 times the
great-circle distance in Europe and North America; 1.3 is the usual planning figure."""

TOWN_KM = 20.0
"""The first and last kilometres of a trip go through town: streets, lights, parking."""

TOWN_SPEED_KMH = 35.0
"""Average speed in town, door to door, parking included (a dispatcher's rule of thumb)."""

ROAD_SPEED_KMH = 90.0
"""Average speed on the open road beyond the town part: motorway with some slower roads."""

MINIMUM_TRIP = timedelta(minutes=5)
"""Even next door, leaving one site and getting into the next takes a few minutes."""

FLIGHT_FROM_KM = 400.0
"""From this great-circle distance a flight (or fast train) may beat the drive."""

FLIGHT_SPEED_KMH = 750.0
"""A jet's average block speed, taxiing and climbing included."""

FLIGHT_OVERHEAD = timedelta(hours=3)
"""Getting to the airport, check-in and security, and from the arrival airport to the site."""

WORKING_DAY = timedelta(hours=8)
"""Travel longer than a working day means an overnight trip: not a same-day dispatch."""

Point = tuple[Decimal | float, Decimal | float]
"""Latitude and longitude in degrees (north and east positive)."""


def distance_km(a: Point, b: Point) -> float:
    """Great-circle distance in kilometres between two points (haversine)."""
    lat1, lon1 = math.radians(float(a[0])), math.radians(float(a[1]))
    lat2, lon2 = math.radians(float(b[0])), math.radians(float(b[1]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def driving_hours(km: float) -> float:
    """Hours by road for a great-circle distance: the town part slow, the rest faster."""
    road = km * ROAD_FACTOR
    town = min(road, TOWN_KM)
    return town / TOWN_SPEED_KMH + (road - town) / ROAD_SPEED_KMH


def travel_time(a: Point, b: Point) -> timedelta:
    """Estimated door-to-door travel time, rounded up to whole minutes."""
    km = distance_km(a, b)
    hours = driving_hours(km)
    if km >= FLIGHT_FROM_KM:
        hours = min(hours, km / FLIGHT_SPEED_KMH + FLIGHT_OVERHEAD.total_seconds() / 3600)
    return max(MINIMUM_TRIP, timedelta(minutes=math.ceil(hours * 60)))


def point_of(latitude: Decimal | float | None, longitude: Decimal | float | None) -> Point | None:
    """A point from two stored degrees, or None when either is missing."""
    if latitude is None or longitude is None:
        return None
    return (latitude, longitude)


def read_point(text: str, field: str) -> tuple[str | None, str | None]:
    """Latitude and longitude as typed ("52.37, 4.90" or "52.37 4.90"); blank clears both.

    The degrees are checked by the record that stores them (range, a number); this only
    splits the two apart and refuses anything that is not two values.
    """
    text = text.strip()
    if not text:
        return None, None
    if ";" in text:
        parts = text.split(";")
    elif text.count(",") == 1:
        parts = text.split(",")
    else:
        parts = text.replace(",", " ").split()
    parts = [p.strip() for p in parts]
    if len(parts) != 2 or not all(parts):
        raise ValidationError(
            field,
            phrase(
                "{text} is not latitude, longitude: give two numbers, e.g. 52.37, 4.90",
                text=repr(text),
            ),
        )
    for part in parts:
        try:
            finite = math.isfinite(float(part))
        except ValueError:
            finite = False
        if not finite:
            raise ValidationError(
                field, phrase("{value} is not a number of degrees", value=repr(part))
            )
    return parts[0], parts[1]


def duration_words(span: timedelta) -> Phrase:
    """A travel time as a reader says it: "35 min", "2 h 10 min"."""
    minutes = max(0, round(span.total_seconds() / 60))
    if minutes < 60:
        return phrase("{minutes} min", minutes=minutes)
    if minutes % 60 == 0:
        return phrase("{hours} h", hours=minutes // 60)
    return phrase("{hours} h {minutes} min", hours=minutes // 60, minutes=minutes % 60)


@dataclass(frozen=True)
class Origin:
    """Where a trip starts: the engineer's base, or the site of their previous visit."""

    point: Point | None
    from_base: bool
    name: str
    """The base's region or city, or the previous visit's site."""


@dataclass(frozen=True)
class Trip:
    """A trip to a visit's site: its estimate (None when coordinates are missing) and why."""

    time: timedelta | None
    km: float | None
    reason: Phrase
    too_far: bool = False


def trip(origin: Origin | None, site: Point | None) -> Trip:
    """The trip from an origin to a site, with the reason in words."""
    if site is None:
        return Trip(None, None, phrase("no coordinates for the site: travel time unknown"))
    if origin is None or origin.point is None:
        if origin is not None and not origin.from_base:
            return Trip(
                None, None, phrase("no coordinates for the previous site: travel time unknown")
            )
        return Trip(None, None, phrase("no base coordinates: travel time unknown"))
    span, km = travel_time(origin.point, site), distance_km(origin.point, site)
    words = duration_words(span)
    far = span > WORKING_DAY
    if far:
        if origin.from_base:
            why = phrase(
                "too far: about {duration} of travel from the base in {place}, more than a "
                "working day",
                duration=words,
                place=origin.name,
            )
        else:
            why = phrase(
                "too far: about {duration} of travel from the previous visit at {place}, more "
                "than a working day",
                duration=words,
                place=origin.name,
            )
    elif origin.from_base:
        why = phrase("about {duration} from the base in {place}", duration=words, place=origin.name)
    else:
        why = phrase(
            "about {duration} from the previous visit at {place}", duration=words, place=origin.name
        )
    return Trip(span, km, why, far)


def trip_home(site: Point | None, base: Point | None, base_name: str) -> Trip:
    """The way back from the day's last site to the base."""
    if site is None or base is None:
        return Trip(None, None, phrase("way back to the base: travel time unknown"))
    span = travel_time(site, base)
    why = phrase(
        "about {duration} back to the base in {place}",
        duration=duration_words(span),
        place=base_name,
    )
    return Trip(span, distance_km(site, base), why, span > WORKING_DAY)


def gap_too_short(gap: timedelta, needed: timedelta | None) -> bool:
    """Whether the time between two visits is shorter than the travel between them."""
    return needed is not None and gap < needed
