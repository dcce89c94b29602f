"""The queue's type-ahead search: whatever is typed, corrected or erased, it finds what a
scan of every row finds (issue 24: a correction scanned every row again)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from console.queue.filters import QuickSearch
from console.queue.rows import QueueRows

TITLES = ["Printer jams", "VPN down", "Laptop slow", "Printer offline", "Mail bounced",
          "VPN certificate", "Backup failed", "Slow network", "Teams audio"]  # fmt: skip
CLIENTS = ["Bakker B.V.", "Jansen & Zn", "Tulp", "Acme"]


def _rows() -> QueueRows:
    n = 60
    return QueueRows(
        {
            "id": [f"t{i}" for i in range(n)],
            "reference": [f"T-2026-{i:04d}" for i in range(n)],
            "client": [CLIENTS[i % len(CLIENTS)] for i in range(n)],
            "site": ["HQ" if i % 3 else None for i in range(n)],
            "title": [TITLES[i % len(TITLES)] for i in range(n)],
            "description": [f"reported by desk {i % 5}" for i in range(n)],
        }
    )


def _scan(rows: QueueRows, text: str, base: list[int]) -> list[int]:
    """Every row of ``base`` tested afresh."""
    cols = rows.columns
    words = text.casefold().split()
    found = []
    for i in base:
        parts = (cols[k][i] for k in ("reference", "client", "site", "title", "description"))
        hay = " ".join(str(v or "") for v in parts).casefold()
        if all(w in hay for w in words):
            found.append(i)
    return found


KEYS = st.sampled_from(list("printevslowbak 0123") + ["\b", "\b\b", "#"])


@settings(max_examples=150, deadline=None)
@given(st.lists(KEYS, max_size=25), st.booleans())
def test_typing_correcting_and_erasing_finds_what_a_full_scan_finds(
    keys: list[str], reversed_base: bool
) -> None:
    rows = _rows()
    base = list(range(len(rows)))[:: -1 if reversed_base else 1]
    search = QuickSearch(rows)
    text = ""
    for key in keys:
        if key.startswith("\b"):
            text = text[: -len(key)]
        elif key == "#":
            text = text[:-1] + "n"  # the last letter changed
        else:
            text += key
        assert search.match(text, base) == _scan(rows, text, base), repr(text)


def test_a_correction_scans_what_the_text_before_it_matched() -> None:
    """Typed "vpn c", then "vpn d": the second looks only at the rows "vpn " matched."""
    rows = _rows()
    base = list(range(len(rows)))
    search = QuickSearch(rows)
    for n in range(1, 6):
        search.match("vpn c"[:n], base)
    looked: list[int] = []
    hay = search._hay

    class Spy(list[str]):
        def __getitem__(self, i: int) -> str:  # type: ignore[override]
            looked.append(i)
            return hay[i]

    search._hay = Spy(hay)
    assert search.match("vpn d", base) == _scan(rows, "vpn d", base)
    assert set(looked) <= set(_scan(rows, "vpn ", base))
    assert len(looked) < len(base) // 2


def test_the_window_keeps_the_text_in_the_search_only() -> None:
    """The rows the window keeps hold no ticket text (the queue shows none); the search
    still finds a ticket by a word of its text, and by its other columns."""
    from console.queue.filters import with_search

    rows = _rows()
    kept, search = with_search(rows)
    assert "description" not in kept.columns and len(kept) == len(rows)
    assert set(kept.columns) == set(rows.columns) - {"description"}
    base = list(range(len(kept)))
    for text in ("desk 3", "reported printer", "tulp hq", "T-2026-0007"):
        assert search.match(text, base) == _scan(rows, text, base), text
    assert search.match("desk 3", base)


def test_a_load_that_folds_the_text_as_it_reads_matches_one_that_folds_it_after(
    demo_engine: Any, monkeypatch: Any
) -> None:
    """Issue 24: the window's load folds each chunk's text into the search as the rows
    are read and keeps none of it; its rows and its search are those of a load that held
    every text and folded it after."""
    from console.queue.filters import load_with_search, with_search
    from console.queue.rows import load_queue
    from console.store import driver

    monkeypatch.setattr(driver, "SHARED_CHUNK", 7)  # several chunks even on a small store
    with demo_engine.connect() as conn:
        full = load_queue(conn)
        rows, search = load_with_search(conn)
    kept, after = with_search(full)
    assert len(rows) == len(full) > 7 * 3
    assert rows.columns == kept.columns and "description" not in rows.columns
    base = list(range(len(rows)))
    words = {w for text in full.columns["description"] for w in str(text).split()[:2]}
    for text in sorted(words)[:30] + ["printer", "zz-none"]:
        assert search.match(text, base) == after.match(text, base), text
