"""The queue's order by urgency: premium contracts first among equals (C11, T6, T4, T10)."""

from __future__ import annotations

from console.rules.queue_order import urgency_rank


def test_c11_t6_premium_tickets_come_first_among_equal_urgency() -> None:
    """C11, T6 ("premium at once"): of two normal tickets, the premium contract's first."""
    tickets = [("plain", "normal", False, False), ("premium", "normal", False, True)]
    ordered = sorted(tickets, key=lambda t: urgency_rank(t[1], t[2], t[3]))
    assert [t[0] for t in ordered] == ["premium", "plain"]


def test_c11_t4_premium_never_jumps_a_more_urgent_ticket() -> None:
    tickets = [
        ("premium low", "low", False, True),
        ("premium normal", "normal", False, True),
        ("urgent", "urgent", False, False),
        ("high emergency", "high", True, False),
        ("high premium", "high", False, True),
        ("odd", "whatever", False, True),
    ]
    ordered = sorted(tickets, key=lambda t: urgency_rank(t[1], t[2], t[3]))
    assert [t[0] for t in ordered] == [
        "urgent", "high emergency", "high premium", "premium normal", "premium low", "odd",
    ]  # fmt: skip
