"""Demo step: engineers' time entries on tickets and visits (written by the billing step)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from typing import Any

from console.enums import NonBillableReason, Phase, Role, TicketStatus

from .context import STAMP, DemoContext

TIME_ENTRY_COLUMNS = (
    *STAMP,
    "ticket_id",
    "visit_id",
    "engineer_id",
    "started_at",
    "ended_at",
    "phase",
    "description",
    "billable",
    "non_billable_reason",
    "provider_approved_at",
    "provider_approved_by",
    "client_approved_at",
    "client_approved_by",
    "locked",
    "late",
    "reverses_id",
    "invoice_line_id",
)
# Positions in an entry; the billing step reads them and sets the invoice line.
ID = 0
TICKET = TIME_ENTRY_COLUMNS.index("ticket_id")
ENGINEER = TIME_ENTRY_COLUMNS.index("engineer_id")
STARTED = TIME_ENTRY_COLUMNS.index("started_at")
ENDED = TIME_ENTRY_COLUMNS.index("ended_at")
BILLABLE = TIME_ENTRY_COLUMNS.index("billable")
INVOICE_LINE = TIME_ENTRY_COLUMNS.index("invoice_line_id")
# Past its columns an entry carries the client's index and its length in minutes, which
# invoices and credit need and the table does not hold.
CLIENT = len(TIME_ENTRY_COLUMNS)
MINUTES = CLIENT + 1


def time_entries(ctx: DemoContext) -> Iterator[list[Any]]:
    """Entries as lists: the TIME_ENTRY_COLUMNS, then the client's index and the minutes."""
    rng = ctx.rng
    worked = [
        i
        for i, t in enumerate(ctx.tickets)
        if t.status is not TicketStatus.OPEN or i in ctx.visit_info
    ]
    # a ticket with a visit gathers more time than one worked on remotely
    weights = [4 if i in ctx.visit_info else 1 for i in worked]
    picks = rng.choices(worked, weights, k=ctx.size.time_entries)
    approver = ctx.users[Role.DISPATCHER][0]
    today_start = datetime.combine(ctx.today, time(0), tzinfo=UTC)
    descriptions = ctx.work["notes"]
    for ti in picks:
        t = ctx.tickets[ti]
        client = ctx.clients[t.client]
        visits = ctx.visit_info.get(ti)
        if visits and rng.random() < 0.6:
            visit_id, eng, v_start, v_end = rng.choice(visits)
            start = v_start + timedelta(minutes=rng.randint(0, 30))
            minutes = max(15, int((v_end - v_start).total_seconds() // 60) - rng.randint(0, 30))
        else:
            visit_id, eng = (
                None,
                client.engineer if rng.random() < 0.6 else rng.randrange(len(ctx.engineers)),
            )
            window = max(60.0, (t.end - t.opened).total_seconds())
            start = t.opened + timedelta(seconds=rng.random() * window)
            minutes = rng.choice([15, 15, 30, 30, 45, 60, 60, 90, 120, 180, 240])
        start = start.replace(second=0, microsecond=0)
        if start > ctx.now - timedelta(minutes=minutes):
            start = ctx.now - timedelta(minutes=minutes + rng.randint(0, 600))
        end = start + timedelta(minutes=minutes)
        phase = Phase.NONE
        if t.emergency:
            phase = Phase.RESTORE if start - t.opened < timedelta(hours=5) else Phase.CAUSE
        own_defect = rng.random() < 0.03
        billable = not own_defect and rng.random() < 0.97
        reason = (
            NonBillableReason.OWN_DEFECT.value
            if own_defect
            else None
            if billable
            else NonBillableReason.GOODWILL.value
        )
        # entries before today are approved on both sides and locked
        past = end < today_start
        yield [
            ctx.new_id(),
            1,
            end,
            end,
            t.id,
            visit_id,
            ctx.engineers[eng],
            start,
            end,
            phase.value,
            rng.choice(descriptions),
            billable,
            reason,
            end + timedelta(hours=2) if past else None,
            approver if past else None,
            end + timedelta(hours=20) if past else None,
            "client portal" if past else None,
            past,
            False,
            None,
            None,
            t.client,
            minutes,
        ]
