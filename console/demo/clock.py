"""The demo's clock and id stream, lent to the services a demo step runs.

The billing step bills through the console's own services, which stamp their rows with
the wall clock (`console.model.base.utcnow`) and make random ids (`console.ids.new_id`).
A demo is the same database for the same seed and anchor day, so while those services
run, "now" is the moment the demo says the desk did the work, and the randomness of new
ids comes from the demo's id stream. Both are swapped at the one place each is read and
put back when the block ends; the demo is built before any window or thread starts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, tzinfo
from types import SimpleNamespace

import console.ids
import console.model.base

from .context import DemoContext


class DemoClock:
    """The moment the services see as now; ``at`` moves it."""

    def __init__(self, now: datetime):
        self.now = now
        self._ms = 0

    def at(self, moment: datetime) -> None:
        """Let the services act at ``moment`` (aware)."""
        self.now = moment.astimezone(UTC)
        self._ms = 0

    def time_ns(self) -> int:
        """Now in nanoseconds, a millisecond later on each call, so ids keep their order."""
        self._ms += 1
        return int(self.now.timestamp() * 1000 + self._ms) * 1_000_000


@contextmanager
def demo_clock(ctx: DemoContext) -> Iterator[DemoClock]:
    """Run services on the demo's clock and id stream inside the block."""
    clock = DemoClock(ctx.now)

    class _Now(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
            return clock.now.astimezone(tz) if tz else clock.now.replace(tzinfo=None)

    saved: list[tuple[object, str, object]] = [
        (console.ids, "time", console.ids.time),
        (console.ids, "os", console.ids.os),
        (console.model.base, "datetime", console.model.base.datetime),
    ]
    random_bytes: Callable[[int], bytes] = ctx.random_bytes
    try:
        console.ids.time = SimpleNamespace(time_ns=clock.time_ns)  # type: ignore[assignment]
        console.ids.os = SimpleNamespace(urandom=random_bytes)  # type: ignore[assignment]
        console.model.base.datetime = _Now  # type: ignore[misc]
        yield clock
    finally:
        for module, name, value in saved:
            setattr(module, name, value)
