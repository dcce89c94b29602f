"""Pausing Python's cyclic garbage collector for one bounded burst of work.

A sync round or a bulk load allocates tens of thousands of short-lived tuples and dicts
that form no reference cycles; reference counting frees them. Their sheer number still
triggers full collections, each of which walks every live object of the process (the
model's classes, the window's widgets): measured here, two thirds of a 1,000-row sync
round was spent in the collector. Pausing it for the burst, and collecting the young
generation once afterwards, keeps the work and drops the walks.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0
"""Bursts under way, on any thread: the collector is switched off by the first and on
again by the last (a view's read in the background can overlap a sync round's)."""
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with automatic collection off; restore it (and tidy up) afterwards.

    Enter it before a session and leave it after: the tidy-up pass walks every object
    still alive, and with the session open that is every row it read (100 ms for 500
    invoices and their lines, against 10 ms once the session let them go). Bursts may
    overlap on several threads: the collector comes back when the last one ends.
    """
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            resume = _paused == 0 and _was_enabled
            if resume:
                gc.enable()
        if resume:
            # cycles made during the burst are young: a cheap pass frees them now
            gc.collect(0)


def leave_imports_out() -> None:
    """Leave every object alive now out of the collector's walks: at an app's start, the
    modules, classes and functions its imports made, which live as long as the process.

    The window's start imports Qt, SQLAlchemy and the console; the one full collection
    those imports set off, while the window was being built, walked all of them (30-57 ms
    of a one-second start on this machine), and freed nothing. `settle_heap` lets them
    back in once the window has settled, and collects once.
    """
    gc.freeze()


def settle_heap() -> None:
    """Collect once, then leave every object alive now out of later collections.

    A desk's window holds a large heap for as long as it runs (the queue, the model's
    classes, the widgets). Every full collection walked all of it, 100 ms at a million
    tickets, on whichever thread allocated at that moment: the window's own, or a view
    reading beside it. Called once the window has settled. What was left out before is
    let back in first, so a window closed since (a change of language) is collected now.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
