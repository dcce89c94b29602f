"""How much a demo database holds: small (to try the console), large and huge (to measure
it: a busy provider's year, and ten of them)."""

from __future__ import annotations

from dataclasses import dataclass

from console.errors import UserError


@dataclass(frozen=True)
class DemoSize:
    """How much a demo database holds."""

    name: str
    clients: int
    engineers: int
    tickets: int
    visits: int
    time_entries: int


SIZES = {
    "small": DemoSize(
        "small", clients=20, engineers=12, tickets=2_000, visits=800, time_entries=8_000
    ),
    "large": DemoSize(
        "large", clients=600, engineers=300, tickets=100_000, visits=40_000, time_entries=400_000
    ),
    "huge": DemoSize(
        "huge",
        clients=6_000,
        engineers=3_000,
        tickets=1_000_000,
        visits=400_000,
        time_entries=4_000_000,
    ),
}


def size_named(name: str) -> DemoSize:
    """The demo size for a --size value."""
    try:
        return SIZES[name]
    except KeyError:
        raise UserError(f"--size: {name!r} is not one of {', '.join(SIZES)}") from None
