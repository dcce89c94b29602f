"""Demo step helper: where the demo's cities are, so sites and engineers' bases have
coordinates and travel between them can be estimated.

Fixed coordinates (city centres, WGS 84) and small offsets from a record's position, not
random draws: the same seed gives the same data as before these were added.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

CITIES: dict[str, tuple[str, str]] = {
    "Amsterdam": ("52.3676", "4.9041"),
    "Rotterdam": ("51.9244", "4.4777"),
    "Utrecht": ("52.0907", "5.1214"),
    "Eindhoven": ("51.4416", "5.4697"),
    "Den Haag": ("52.0705", "4.3007"),
    "Groningen": ("53.2194", "6.5665"),
    "Madrid": ("40.4168", "-3.7038"),
    "Alcalá de Henares": ("40.4820", "-3.3635"),
    "Barcelona": ("41.3874", "2.1686"),
    "Girona": ("41.9794", "2.8214"),
    "Москва": ("55.7558", "37.6173"),
    "Екатеринбург": ("56.8389", "60.6057"),
    "Новосибирск": ("55.0084", "82.9357"),
    "Санкт-Петербург": ("59.9311", "30.3609"),
    "東京都千代田区": ("35.6940", "139.7536"),
    "東京都港区": ("35.6581", "139.7514"),
    "大阪市北区": ("34.7055", "135.4983"),
    "横浜市西区": ("35.4660", "139.6223"),
    "New York": ("40.7128", "-74.0060"),
    "Brooklyn": ("40.6782", "-73.9442"),
    "San Francisco": ("37.7749", "-122.4194"),
    "Los Angeles": ("34.0522", "-118.2437"),
    "Chicago": ("41.8781", "-87.6298"),
}
"""City centres in degrees north and east."""

ZONE_HOME = {
    "America/New_York": "New York",
    "America/Los_Angeles": "Los Angeles",
    "America/Chicago": "Chicago",
    "Asia/Yekaterinburg": "Екатеринбург",
    "Asia/Novosibirsk": "Новосибирск",
}
"""The home city of an engineer working in a zone, where the country has several."""

SPREAD = Decimal("0.004")
"""A step of the offset from the centre: about 400 m, up to 5 steps either way."""


def home_city(country: dict[str, Any], zone: str, subdivision: str | None) -> str:
    """The city an engineer working in this zone (and province) lives in."""
    if zone in ZONE_HOME:
        return ZONE_HOME[zone]
    for name, _postal, sub in country["cities"]:
        if subdivision is not None and sub == subdivision:
            return str(name)
    return str(country["cities"][0][0])


def near(city: str, n: int) -> tuple[Decimal | None, Decimal | None]:
    """A point a few hundred metres from a city's centre, chosen by a record's number."""
    if city not in CITIES:
        return None, None
    lat, lon = (Decimal(x) for x in CITIES[city])
    return lat + SPREAD * (n % 11 - 5), lon + SPREAD * (n * 7 % 11 - 5)
