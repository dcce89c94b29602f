"""Run a job off the window's thread when the qasync loop is running, else after the paint."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer

T = TypeVar("T")


def run_in_background(
    work: Callable[[], T],
    done: Callable[[T], None],
    failed: Callable[[BaseException], None],
) -> None:
    """Run ``work`` in the loop's executor and hand its result to ``done`` on the loop.

    Without a running loop (tests, scripts) the job runs right after pending events, in
    this thread, so callers see the same order of events either way.
    """
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        QTimer.singleShot(0, lambda: _finish(work, done, failed))
        return

    def settle(future: asyncio.Future[T]) -> None:
        error = future.exception()
        if error is not None:
            failed(error)
        else:
            done(future.result())

    loop.run_in_executor(None, work).add_done_callback(settle)


def _finish(
    work: Callable[[], T], done: Callable[[T], None], failed: Callable[[BaseException], None]
) -> None:
    try:
        result = work()
    except Exception as error:  # reported to the user, never swallowed
        failed(error)
        return
    done(result)
