"""A long invoice's lines are laid out a page at a time and print as one big table did."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from console.reports.document import Page, build_pdf, grid
from console.reports.invoice import LineTable

WIDTHS = [22 * mm, 24 * mm, 26 * mm, 56 * mm, 14 * mm, 16 * mm, 10 * mm, 18 * mm]
RIGHT = (4, 5, 6, 7)
PAGE = Page("Invoice", "INV-1", "Provider B.V.", "Page")


def _rows(count: int) -> list[list[Flowable | str]]:
    header = ["Date", "Ticket", "Engineer", "Description", "Hours", "Rate", "×", "Amount"]
    rows: list[list[Flowable | str]] = [list(header)]
    for i in range(count):
        text = f"Line {i + 1}: on-site work" + " with a longer note that wraps" * (1 + i % 3)
        rows.append(["2026-11-02", f"T-{i:05d}", "A. Engineer", text, "1.25", "124.00", "1",
                     "155.00"])  # fmt: skip
    return rows


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_lines_print_as_one_table_did() -> None:
    """Same pages, same lines on each, the header repeated, as the single table printed."""
    rows = _rows(230)
    one = build_pdf([grid(rows, WIDTHS, align_right=RIGHT)], PAGE, A4)
    paged = build_pdf([LineTable(rows, WIDTHS, RIGHT)], PAGE, A4)
    before, after = _pages(one), _pages(paged)
    assert len(after) == len(before) > 3
    assert after == before
    assert all("Description" in page for page in after)  # the header on every page
    text = "\n".join(after)
    assert all(f"T-{i:05d}" in text for i in range(230))


def test_short_and_exactly_one_page() -> None:
    """A few lines fit in one table; a last page with one line keeps its look."""
    for count in (1, 2, 3, 40, 41, 42):
        rows = _rows(count)
        one = build_pdf([grid(rows, WIDTHS, align_right=RIGHT)], PAGE, A4)
        paged = build_pdf([LineTable(rows, WIDTHS, RIGHT)], PAGE, A4)
        assert _pages(paged) == _pages(one), count


def test_each_line_measured_a_few_times_not_once_per_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """Linear: the rows measured stay a small multiple of the lines, where one big table
    measured every remaining line again at each page break (quadratic)."""
    from reportlab.platypus import tables

    measured = [0]
    calc = tables.Table._calc_height

    def counting(self: tables.Table, *args: object, **kwargs: object) -> object:
        measured[0] += len(self._cellvalues)
        return calc(self, *args, **kwargs)

    monkeypatch.setattr(tables.Table, "_calc_height", counting)
    rows = _rows(600)
    build_pdf([grid(rows, WIDTHS, align_right=RIGHT)], PAGE, A4)
    one_table, measured[0] = measured[0], 0
    build_pdf([LineTable(rows, WIDTHS, RIGHT)], PAGE, A4)
    assert measured[0] <= 5 * 600 < one_table / 10
