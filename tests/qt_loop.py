"""Running a test's steps on a qasync loop, as the window's own loop runs them, so reads
meant for the executor run off the window's thread; and seeing on which thread each read
ran."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from typing import Any

import pytest


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


def threads_reading(
    monkeypatch: pytest.MonkeyPatch,
    owner: Any,
    name: str,
    also: Callable[[], None] | None = None,
) -> list[threading.Thread]:
    """The threads a view reads through ``owner.name`` (a module's function or the view's
    own method) on, in order; ``also`` is called with each read, on its thread."""
    threads: list[threading.Thread] = []
    read = getattr(owner, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        if also is not None:
            also()
        return read(*args, **kwargs)

    monkeypatch.setattr(owner, name, spy)
    return threads
