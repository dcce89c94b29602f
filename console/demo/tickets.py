"""Demo step: tickets with their status history, and the assessments of emergencies."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from console.enums import ContractKind, Priority, Role, TicketCategory, TicketStatus
from console.rules.references import Series, final_reference

from .context import STAMP, DemoClient, DemoContext
from .ticket_book import DemoTicket

TICKET_COLUMNS = (
    *STAMP,
    "reference",
    "title",
    "description",
    "category",
    "priority",
    "proposed_priority",
    "status",
    "channel",
    "client_id",
    "site_id",
    "contract_id",
    "requester_id",
    "assignee_id",
    "estimate_minutes",
    "emergency",
    "opened_at",
    "first_response_at",
    "restored_at",
    "resolved_at",
    "closed_at",
    "reopen_count",
    "related_ticket_id",
)
HISTORY_COLUMNS = ("id", "ticket_id", "at", "from_status", "to_status", "by_user_id", "reason")
ASSESSMENT_COLUMNS = (
    *STAMP,
    "ticket_id",
    "expert_id",
    "answered_at",
    "can_fix",
    "uncertainty",
    "risk",
    "restore_estimate_minutes",
    "fix_estimate_minutes",
    "guarantee_hours",
    "guarantee_waived",
    "nda_accepted_default",
)


def _local_business_time(ctx: DemoContext, client: DemoClient, day: date) -> datetime:
    # Clients report during their own working day, in their own time zone.
    hour = ctx.rng.choices(range(7, 20), [2, 8, 10, 10, 9, 6, 8, 9, 9, 8, 6, 3, 2])[0]
    local = datetime.combine(day, time(hour, ctx.rng.randint(0, 59)), tzinfo=client.zone)
    return local.astimezone(UTC)


def add_tickets(ctx: DemoContext) -> None:
    """Write a year of tickets with their status changes and assessments; fills ``ctx.tickets``."""
    rng = ctx.rng
    titles = ctx.work["ticket_titles"]
    categories = list(TicketCategory)
    cat_weights = [45, 25, 12, 10, 8]
    span = (ctx.now - ctx.start).days
    days = sorted(
        ctx.today - timedelta(days=int(span * (1 - rng.random() ** 1.15)))
        for _ in range(ctx.size.tickets)
    )
    client_weights = [1 + (i % 7) for i in range(len(ctx.clients))]
    client_picks = rng.choices(range(len(ctx.clients)), client_weights, k=ctx.size.tickets)
    opened = []
    for day, ci in zip(days, client_picks, strict=True):
        at = _local_business_time(ctx, ctx.clients[ci], day)
        opened.append((min(at, ctx.now - timedelta(minutes=rng.randint(5, 600))), ci))
    # references count up in the order tickets were opened
    opened.sort(key=lambda item: item[0])
    dispatchers = ctx.users[Role.DISPATCHER] + ctx.users[Role.ENGINEER][:6]
    out = ctx.batches(tickets=TICKET_COLUMNS, ticket_status_changes=HISTORY_COLUMNS)
    rows, history = out["tickets"], out["ticket_status_changes"]
    counters: dict[int, int] = {}
    # An outage is rare (a few a month), so the day the demo shows might have none: the
    # third newest ticket is one, still being worked on, as a desk on a busy day would see.
    live_outage = len(opened) - 3
    # and the newest but one is a premium client's, so the queue shows how those stand out
    premium_shown = len(opened) - 2
    premium_clients = [i for i, c in enumerate(ctx.clients) if c.premium]
    for n, (at, ci) in enumerate(opened):
        if n == premium_shown and premium_clients and not ctx.clients[ci].premium:
            ci = premium_clients[0]
        client = ctx.clients[ci]
        category = rng.choices(categories, cat_weights)[0]
        priority = rng.choices(list(Priority), [20, 50, 22, 8])[0]
        emergency = (
            category is TicketCategory.INCIDENT
            and priority is Priority.URGENT
            and rng.random() < 0.5
        )
        if n == live_outage:
            category, priority, emergency = TicketCategory.INCIDENT, Priority.URGENT, True
        age = (ctx.now - at).total_seconds() / 86400
        # A real desk closes most work within days: what is still open is recent, and
        # late by hours or days, not by a year (an old ticket on hold read as a year late).
        if n == live_outage:
            status = TicketStatus.IN_PROGRESS
        elif age > 1 and rng.random() > math.exp(-(age - 1) / 5):
            status = TicketStatus.CLOSED
        else:
            status = rng.choices(
                list(TicketStatus),
                [18, 24, 14, 6, 10, 6, 4, 18],
            )[0]
        year = at.year
        counters[year] = counters.get(year, 0) + 1
        reference = final_reference(Series.TICKET, year, counters[year])
        responded = at + timedelta(minutes=rng.choice([3, 8, 12, 20, 45, 90, 200]))
        if n == live_outage:  # the desk answers an outage at once
            responded = at + timedelta(minutes=4)
        first_response = responded if responded <= ctx.now else None
        steps = _ticket_path(ctx, status)
        step_times = [at]
        for _ in steps[1:]:
            step_times.append(step_times[-1] + timedelta(minutes=rng.randint(10, 60 * 30)))
        if step_times[-1] > ctx.now:
            # squeeze the history into the time since opening: nothing happens after now
            scale = (ctx.now - at) / (step_times[-1] - at + timedelta(minutes=1))
            step_times = [at + (t - at) * scale for t in step_times]
        closed_at = step_times[-1] if status is TicketStatus.CLOSED else None
        resolved_at = closed_at - timedelta(minutes=rng.randint(5, 600)) if closed_at else None
        if resolved_at is not None and resolved_at < at:
            resolved_at = closed_at
        restored_at = (at + timedelta(minutes=rng.randint(40, 300))) if emergency else None
        if restored_at is not None and restored_at > ctx.now:
            restored_at = None
        template = rng.choice(titles[category.value])
        title = template.format(n=rng.randint(1, 9), name=ctx.person(client.country))
        if n == live_outage:
            title = "Mail server down: nobody can send or receive"
        site = rng.choice(client.sites)
        contract = client.express if emergency and client.express else client.contract
        assignee = (
            None if status is TicketStatus.OPEN and rng.random() < 0.6 else rng.choice(dispatchers)
        )
        row = ctx.stamp(at) + (
            reference,
            title,
            f"{title}.\n\nReported by phone; see notes for details.",
            category.value,
            priority.value,
            rng.choice([None, None, None, Priority.HIGH.value]),
            status.value,
            rng.choices(["email", "portal", "phone", "monitoring"], [40, 30, 20, 10])[0],
            client.id,
            site,
            contract,
            rng.choice(client.requesters),
            assignee,
            rng.choice([None, 30, 60, 120, 240, 480]),
            emergency,
            at,
            first_response,
            restored_at,
            resolved_at,
            closed_at,
            0,
            None,
        )
        rows.append(row)
        ctx.tickets.append(
            DemoTicket(
                row[0],
                ci,
                at,
                closed_at or ctx.now,
                status,
                emergency,
                category,
                reference,
                template,
            )
        )
        previous: str | None = None
        for step, when in zip(steps, step_times, strict=True):
            history.append((ctx.new_id(), row[0], when, previous, step.value, assignee, None))
            previous = step.value
        out.tick()
        ctx.counted("tickets", n + 1, len(opened))
    out.close()
    ctx.sequences.update({(Series.TICKET.value, y): n + 1 for y, n in counters.items()})
    _add_assessments(ctx)


def _ticket_path(ctx: DemoContext, status: TicketStatus) -> list[TicketStatus]:
    # The statuses a ticket passed through to reach ``status``, as the workflow allows.
    path = [TicketStatus.OPEN]
    if status is TicketStatus.OPEN:
        return path
    path.append(TicketStatus.IN_PROGRESS)
    if ctx.rng.random() < 0.3:
        path += [TicketStatus.AWAITING_REPLY, TicketStatus.IN_PROGRESS]
    if status is TicketStatus.CLOSED:
        if ctx.rng.random() < 0.2:
            path.append(TicketStatus.ACCEPTANCE)
        path.append(TicketStatus.CLOSED)
    elif status is not TicketStatus.IN_PROGRESS:
        path.append(status)
    return path


def _add_assessments(ctx: DemoContext) -> None:
    # Every emergency gets an expert's assessment: can we fix it, how risky, how long.
    rows = []
    experts = ctx.users[Role.ENGINEER]
    for t in ctx.tickets:
        if not t.emergency:
            continue
        client = ctx.clients[t.client]
        monthly = client.contract_kind is ContractKind.MONTHLY_PLAN
        rows.append(
            ctx.stamp(t.opened)
            + (
                t.id,
                ctx.rng.choice(experts),
                # answered by the moment the desk stops at the latest
                min(t.opened + timedelta(minutes=ctx.rng.randint(10, 55)), ctx.now),
                ctx.rng.random() < 0.92,
                "Depends on the state of the backup.",
                ctx.rng.choice(["low", "medium", "high"]),
                ctx.rng.choice([60, 120, 240]),
                ctx.rng.choice([240, 480, 960]),
                Decimal(ctx.rng.choice([1, 1, 1, 2, 4])),
                monthly,
                False,
            )
        )
    ctx.insert("assessments", ASSESSMENT_COLUMNS, rows)
