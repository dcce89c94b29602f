"""Running a test's steps on a qasync loop, as the window's own loop runs them, so reads
meant for the executor run off the window's thread."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any


def on_the_loop(body: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run a coroutine on a fresh qasync loop, then close it."""
    import qasync

    loop = qasync.QEventLoop(already_running=False)
    try:
        loop.run_until_complete(body())
    finally:
        loop.close()
        asyncio.set_event_loop(None)


async def until(done: Callable[[], bool], what: str = "the read") -> None:
    """Wait, letting the loop run, until ``done`` holds (at most five seconds)."""
    for _ in range(500):
        if done():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"{what} never came")
