"""Demo steps: the engineers' time, then a year of billing done the way a desk does it.

The time entries are written in bulk like the rest of the work. The money is not: each
finished month is billed by the console's billing run, its drafts are issued by the
billing service, each closed Express emergency is billed at its close, a prepaid client
whose credit runs low is sold a block of it, and each day's payments are booked from that
day's bank statement. So the demo's invoices, credit ledger (monthly top-ups and debits)
and invoice numbers follow every rule a real store's do (rating, approvals, tax and the
EU reverse charge, prepaid credit, hour bundles, guarantees).

What the desk has done by the demo day: every month before the last finished one is
issued, a couple of working days after its run; the last finished month has been run
and its drafts wait for review, which is what a desk does in the days after a month
ends, and what a user of the demo should find in the Billing tab. An emergency closed in
a month is issued with that month's batch, so the latest ones are drafts too. Entries a
client has not approved yet wait for a later run (E5). The current month is not run.
"""

from __future__ import annotations

import heapq
import itertools
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import partial
from typing import Any

from sqlalchemy.orm import Session

from console.enums import Role, TicketStatus
from console.services.billing.credit_sales import sell_credit
from console.services.billing.drafts import issue_invoices
from console.services.billing.payments import Received, record_payments
from console.services.billing.run import bill_emergency_ticket, run_month
from console.services.credit_balances import balances_of

from .clock import DemoClock, demo_clock
from .context import DemoContext
from .desk import DESK_ZONE, Month, issue_moment, months, run_moment
from .time_entries import TIME_ENTRY_COLUMNS, time_entries


def add_time(ctx: DemoContext) -> None:
    """Write the time entries, then number_sequences of tickets and visits."""
    ctx.insert("time_entries", TIME_ENTRY_COLUMNS, _counted(ctx, time_entries(ctx)))
    # Last of the bulk rows: the ticket and visit series are complete by now; invoice
    # numbers are taken by issuing, in the billing step.
    seq_rows = [(series, year, n) for (series, year), n in sorted(ctx.sequences.items())]
    ctx.insert("number_sequences", ("series", "year", "next_value"), seq_rows)


def _counted(ctx: DemoContext, entries: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    """The entries, saying every 500,000 how many are made."""
    for n, entry in enumerate(entries, 1):
        yield entry
        ctx.counted("time entries", n, ctx.size.time_entries, every=500_000)


def add_billing(ctx: DemoContext) -> None:
    """Bill the demo's year through the billing services, in the order a desk would."""
    assert ctx.writer is not None
    connection = ctx.writer.connection

    # Each service call opens its own transaction; on the builder's connection it is a
    # savepoint, so the whole demo is still one transaction.
    def sessions() -> Session:
        return Session(bind=connection, join_transaction_mode="create_savepoint")

    with demo_clock(ctx) as clock:
        _Desk(ctx, clock, sessions).work_through_the_year()


class _Desk:
    """The desk's billing acts of the year, done in the order they happened."""

    def __init__(self, ctx: DemoContext, clock: DemoClock, sessions: Callable[[], Session]):
        self.ctx = ctx
        self.clock = clock
        self.sessions = sessions
        self.manager = ctx.users[Role.SERVICE_MANAGER][0]
        self.months = months(ctx.start.date(), ctx.today)
        # the drafts each month's batch issues: its run's, then its emergencies'
        self.runs: dict[Month, list[uuid.UUID]] = {m: [] for m in self.months}
        self.closes: dict[Month, list[uuid.UUID]] = {m: [] for m in self.months}
        self.acts: list[tuple[datetime, int, Callable[[], None]]] = []
        self.order = itertools.count()  # acts planned for the same moment keep their order
        self.statements: dict[datetime, list[Received]] = {}  # payments by the day paid

    def at(self, moment: datetime, act: Callable[[], None]) -> None:
        """Plan an act; acts happen in time order, and none after the demo's now."""
        if moment < self.ctx.now:
            heapq.heappush(self.acts, (moment, next(self.order), act))

    def work_through_the_year(self) -> None:
        """Plan the year's closes, runs and issues, then do them in time order."""
        ctx = self.ctx
        for t in ctx.tickets:
            if t.emergency and ctx.clients[t.client].express and t.status is TicketStatus.CLOSED:
                # E4: an Express emergency is billed at its close
                self.at(t.end + timedelta(minutes=30), partial(self._bill_emergency, t.reference))
        for k, month in enumerate(self.months):
            run = run_moment(month, ctx.now)
            self.at(run, partial(self._run, month))
            if k < len(self.months) - 1:  # the last finished month's drafts wait for review
                self.at(issue_moment(run), partial(self._issue, month))
        while self.acts:
            moment, _, act = heapq.heappop(self.acts)
            self.clock.at(moment)
            act()

    def _today(self) -> date:
        return self.clock.now.astimezone(DESK_ZONE).date()

    def _bill_emergency(self, reference: str) -> None:
        billed = bill_emergency_ticket(self.sessions, self.manager, reference)
        today = self._today()
        batch = self.closes.get((today.year, today.month))
        if batch is not None:
            batch.extend(d.id for d in billed.drafts if d.id not in batch)

    def _run(self, month: Month) -> None:
        if self.ctx.progress is not None:
            self.ctx.progress(f"billing {month[0]}-{month[1]:02d}")
        report = run_month(self.sessions, self.manager, *month)
        self.runs[month] = [d.id for d in report.drafts]
        # C5: told that a client's credit is low or used up, the account manager sells it
        # a block, invoiced with the month (the credit arrives when that is issued)
        blocks = {c.contract: c.credit_block for c in self.ctx.clients if c.credit_block}
        for card in balances_of(self.sessions):
            block = blocks.get(card.contract_id)
            if card.alert is not None and block is not None:
                sale = sell_credit(
                    self.sessions, self.manager, card.contract_id, block, self._today()
                )
                self.runs[month].append(sale.id)

    def _issue(self, month: Month) -> None:
        batch = self.runs[month] + self.closes[month]
        if not batch:
            return
        day = self._today()
        for invoice in issue_invoices(self.sessions, self.manager, batch, day):
            self._plan_payment(invoice.id, invoice.total, invoice.due_date or day, day)

    def _plan_payment(self, invoice: uuid.UUID, total: Decimal, due: date, issued: date) -> None:
        # Most clients pay within their terms, some late, a few not yet: the overdue
        # list has something to show.
        rng = self.ctx.rng
        roll = rng.random()
        if roll < 0.04 or total <= 0:  # nothing owed on an invoice all drawn from balances
            return
        if roll < 0.86:
            paid = issued + timedelta(days=rng.randint(5, max(5, (due - issued).days - 1)))
        else:
            paid = due + timedelta(days=rng.randint(3, 45))
        moment = datetime.combine(paid, time(11, 0), tzinfo=DESK_ZONE).astimezone(UTC)
        if moment >= self.ctx.now:
            return
        day = self.statements.get(moment)
        if day is None:  # the day's bank statement, booked at once when it comes in
            day = self.statements[moment] = []
            self.at(moment, partial(self._pay, moment))
        day.append(Received(invoice, total, paid, reference=f"bank {paid:%Y%m%d}"))

    def _pay(self, moment: datetime) -> None:
        record_payments(self.sessions, self.manager, self.statements.pop(moment))
