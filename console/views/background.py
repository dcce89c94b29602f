"""Run a job off the window's thread when the qasync loop is running, else after the paint."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

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


class Greyed:
    """A list greyed while the read it waits for runs, and perhaps a line beside it
    saying so; what the line said before comes back when the read is over."""

    def __init__(self, widget: QWidget, line: QLabel | None = None, saying: str = "") -> None:
        self.widget, self.line, self.saying = widget, line, saying
        self._said: str | None = None  # the line's text before "Reading…"

    def begin(self) -> None:
        """Grey the list (and say why)."""
        self.widget.setEnabled(False)
        if self.line is not None:
            if self._said is None:
                self._said = self.line.text()
            self.line.setText(self.saying)

    def end(self) -> None:
        """The list is usable again, and the line says what it said before."""
        if self._said is not None and self.line is not None:
            self.line.setText(self._said)
        self._said = None
        self.widget.setEnabled(True)


class LatestRead(Generic[T]):
    """A view's data, read now or off the window's thread; only the latest read asked
    for is shown, so a slow read outrun by a newer one (the dispatcher went to another
    week meanwhile) is dropped. A read may grey its list until it is over: the list
    stays greyed until the latest read asked for shows or fails, whichever read that is."""

    def __init__(self) -> None:
        self._asked = 0
        self._greyed: Greyed | None = None

    def now(self, read: Callable[[], T], show: Callable[[T], None]) -> None:
        """Read on this thread and show (what the user asked for shows at once)."""
        self._asked += 1
        try:
            value = read()
        finally:
            self._ungrey()
        show(value)

    def later(
        self,
        read: Callable[[], T],
        show: Callable[[T], None],
        failed: Callable[[BaseException], None],
        greyed: Greyed | None = None,
    ) -> None:
        """Read in the loop's executor and show what was read, unless another read was
        asked for meanwhile; what is shown stays until then, greyed by ``greyed`` when
        given. Without a running loop (tests, scripts) it reads at once, as `now` does."""
        self._asked += 1
        asked = self._asked
        if greyed is not None:
            if self._greyed is not None and self._greyed is not greyed:
                self._greyed.end()
            self._greyed = greyed
            greyed.begin()

        def done(value: T) -> None:
            if asked == self._asked:
                self._ungrey()
                show(value)

        def refused(error: BaseException) -> None:
            if asked == self._asked:  # an outrun read's failure is as stale as its rows
                self._ungrey()
                failed(error)

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            try:
                value = read()
            finally:
                self._ungrey()
            done(value)
            return
        run_in_background(read, done, refused, owner=_owner_of(failed, show))

    def _ungrey(self) -> None:
        if self._greyed is not None:
            self._greyed.end()
            self._greyed = None
