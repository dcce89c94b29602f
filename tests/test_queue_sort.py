"""Sorting the queue by a column: caseless, empty values last, stable (issue 24's first
click on a column, with no key made yet, is as fast as it is right)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from console.queue.rows import QueueRows


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([None, "a", "A", "b", "Ä", "é", "", "z", 5, "B"]), max_size=40),
    st.booleans(),
    st.randoms(use_true_random=False),
)
def test_a_column_sorts_caseless_with_empty_values_last_and_stable(
    values: list[object], descending: bool, rng: Any
) -> None:
    """The queue's sort on a plain column: caseless by its text, empty values after the
    others (before them when descending), ties in the order they came."""
    from console.queue.filters import sort_order

    # a client is a value many rows share (folded once per value), a title one of its own
    rows = QueueRows({"id": list(range(len(values))), "client": values, "title": values})
    indices = rng.sample(range(len(values)), rng.randrange(len(values) + 1))

    def key(i: int) -> tuple[int, str]:
        value = values[i]
        return (1, "") if value is None else (0, str(value).casefold())

    for column in ("client", "title"):
        assert sort_order(rows, column, indices, descending) == sorted(
            indices, key=key, reverse=descending
        )
        assert sort_order(rows, column, indices, descending) == sorted(  # again, cached
            indices, key=key, reverse=descending
        )
