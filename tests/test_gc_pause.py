"""The collector paused for a burst of reading, and kept off the window's settled heap
(issue 24: each full collection walked the whole window, 100 ms at a million tickets)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from console.gc_pause import collector_paused, settle_heap


class Node:
    """Something that can hold a reference cycle."""

    other: object = None


def a_cycle() -> weakref.ref[Node]:
    """A node that refers to itself, dropped at once: only the collector frees it."""
    a = Node()
    a.other = a
    return weakref.ref(a)


def walked_by_the_collector(objects: list[Node]) -> bool:
    """Whether a full collection would walk any of these objects."""
    walked = {id(o) for o in gc.get_objects()}
    return any(id(n) in walked for n in objects)


@pytest.fixture
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()


def test_a_paused_burst_collects_its_young_cycles_once_over() -> None:
    with collector_paused():
        assert not gc.isenabled()
        a, b = Node(), Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
    assert gc.isenabled() and gone() is None


def test_the_settled_heap_is_left_out_of_later_collections(unfrozen: None) -> None:
    kept = [Node() for _ in range(1000)]
    settle_heap()
    assert gc.get_freeze_count() >= len(kept)
    assert not walked_by_the_collector(kept)
    # made afterwards: collected as ever
    gone = a_cycle()
    gc.collect()
    assert gone() is None


def test_garbage_at_settling_is_collected_not_kept_for_ever(unfrozen: None) -> None:
    gone = a_cycle()
    settle_heap()
    assert gone() is None
    # what was left out before is let back in: a window closed since is collected
    b = Node()
    settle_heap()
    b.other = b
    left = weakref.ref(b)
    del b
    settle_heap()
    assert left() is None


def test_bursts_overlapping_on_two_threads_keep_the_collector_off_until_the_last_ends() -> None:
    """A view's read in the background overlaps a sync round: the first burst to end
    turned the collector on under the other, whose allocations then set off full walks."""
    import threading

    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def second() -> None:
        first_in.wait()
        with collector_paused():
            second_in.set()
            first_out.wait()
            seen.append(gc.isenabled())  # the first burst has ended meanwhile

    worker = threading.Thread(target=second)
    worker.start()
    with collector_paused():
        first_in.set()
        second_in.wait()
    first_out.set()
    worker.join()
    assert seen == [False]
    assert gc.isenabled()


def test_a_job_the_window_runs_off_its_thread_runs_with_the_collector_paused() -> None:
    """Measured at a million tickets: full collections set off by a view's read walked
    the window's heap for 50 to 250 ms on the reading thread, holding the window."""
    import asyncio

    from console.views.background import run_in_background

    seen: list[object] = []

    async def body() -> None:
        run_in_background(gc.isenabled, seen.append, seen.append)
        while not seen:
            await asyncio.sleep(0.01)

    asyncio.run(body())
    assert seen == [False]
    assert gc.isenabled()


def test_what_the_imports_made_is_left_out_until_the_window_settles(unfrozen: None) -> None:
    """An app's start: the objects alive then (its imports') are not walked by the full
    collection the window's building sets off; settling lets them back in and collects."""
    from console.gc_pause import leave_imports_out

    imported = [Node() for _ in range(1000)]
    leave_imports_out()
    assert not walked_by_the_collector(imported)
    gone = a_cycle()
    settle_heap()
    assert gone() is None
    assert gc.get_freeze_count() >= len(imported)


def test_run_app_starts_with_the_imports_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    import console.gc_pause
    import console.views.app as app

    calls: list[str] = []
    monkeypatch.setattr(console.gc_pause, "leave_imports_out", lambda: calls.append("out"))
    monkeypatch.setattr(app, "make_application", lambda argv: calls.append("app") or "made")
    assert app.start_application([]) == "made"
    assert calls == ["out", "app"]
