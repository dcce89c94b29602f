"""Run a job off the window's thread when the qasync loop is running, else after the paint."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer

from console.gc_pause import collector_paused

T = TypeVar("T")


def _owner_of(*callbacks: Callable[..., object]) -> QObject | None:
    """The widget whose methods the callbacks are, if any."""
    for callback in callbacks:
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, QObject):
            return owner
    return None


def run_in_background(
    work: Callable[[], T],
    done: Callable[[T], None],
    failed: Callable[[BaseException], None],
    owner: QObject | None = None,
) -> None:
    """Run ``work`` in the loop's executor and hand its result to ``done`` on the loop.

    Without a running loop (tests, scripts) the job runs right after pending events, in
    this thread, so callers see the same order of events either way. When the ``owner``
    (by default the object whose method ``done`` or ``failed`` is) was deleted meanwhile,
    as a window closed while its queue still loaded, the result is dropped.
    """
    owner = owner if owner is not None else _owner_of(done, failed)
    if owner is not None:
        done, failed = _while_alive(owner, done), _while_alive(owner, failed)
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

    loop.run_in_executor(None, _without_collections, work).add_done_callback(settle)


def _without_collections(work: Callable[[], T]) -> T:
    """Do the work with the collector paused. A read for a view allocates tens of
    thousands of objects; the full collections they set off walked the window's whole
    heap on this thread, holding the interpreter, and so the window, for 50 to 250 ms
    at a million tickets."""
    with collector_paused():
        return work()


def _finish(
    work: Callable[[], T], done: Callable[[T], None], failed: Callable[[BaseException], None]
) -> None:
    try:
        result = work()
    except Exception as error:  # reported to the user, never swallowed
        failed(error)
        return
    done(result)


def _while_alive(owner: QObject, callback: Callable[[T], None]) -> Callable[[T], None]:
    """The callback, skipped once Qt has deleted its owner."""

    def call(value: T) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return call


class LatestRead(Generic[T]):
    """A view's data, read now or off the window's thread; only the latest read asked
    for is shown, so a slow read outrun by a newer one (the dispatcher went to another
    week meanwhile) is dropped."""

    def __init__(self) -> None:
        self._asked = 0

    def now(self, read: Callable[[], T], show: Callable[[T], None]) -> None:
        """Read on this thread and show (what the user asked for shows at once)."""
        self._asked += 1
        show(read())

    def later(
        self,
        read: Callable[[], T],
        show: Callable[[T], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Read in the loop's executor and show what was read, unless another read was
        asked for meanwhile; what is shown stays until then. Without a running loop
        (tests, scripts) it reads at once, as `now` does."""
        self._asked += 1
        asked = self._asked

        def done(value: T) -> None:
            if asked == self._asked:
                show(value)

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            done(read())
            return
        run_in_background(read, done, failed)
