"""Demo step: time entries with what they cost: invoices, the credit ledger, number series."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from console.enums import (
    ContractKind,
    CreditEntryKind,
    CreditUnit,
    DrewOn,
    InvoiceKind,
    InvoiceStatus,
)
from console.rules.references import invoice_number, invoice_series

from .context import RATE_SCALE, STAMP, DemoClient, DemoContext, money
from .provider import DEMO_PROFILE
from .time_entries import (
    BILLABLE,
    CLIENT,
    ENDED,
    ENGINEER,
    ID,
    INVOICE_LINE,
    MINUTES,
    STARTED,
    TICKET,
    TIME_ENTRY_COLUMNS,
    time_entries,
)

ISSUER = DEMO_PROFILE.invoice_prefix
"""The demo company's series for invoice numbers."""

INVOICE_COLUMNS = (
    *STAMP,
    "issuer",
    "number",
    "kind",
    "status",
    "client_id",
    "contract_id",
    "ticket_id",
    "currency",
    "issue_date",
    "due_date",
    "period_start",
    "period_end",
    "subtotal",
    "tax_total",
    "total",
    "payment_terms",
    "pdf_sha256",
    "notes",
)
INVOICE_LINE_COLUMNS = (
    *STAMP,
    "invoice_id",
    "position",
    "day",
    "engineer_id",
    "visit_id",
    "description",
    "hours",
    "rate",
    "multiplier",
    "amount",
    "tax_rate_pct",
    "tax_exemption",
    "drew_on",
)
CREDIT_COLUMNS = (
    "id",
    "contract_id",
    "at",
    "kind",
    "unit",
    "amount",
    "currency",
    "time_entry_id",
    "reverses_id",
    "overdraft",
    "note",
    "by_user_id",
)
ISSUING = ("status", "number", "issue_date")
ISSUING_AT = tuple(INVOICE_COLUMNS.index(c) for c in ISSUING)
NUMBER, STATUS, ISSUE_DATE = ISSUING_AT[1], ISSUING_AT[0], ISSUING_AT[2]


def _as_draft(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """An invoice row as it stands before it is issued: no number, status or issue date."""
    values = list(row)
    values[STATUS], values[NUMBER], values[ISSUE_DATE] = InvoiceStatus.DRAFT.value, None, None
    return tuple(values)


# Contracts whose work is invoiced by the month; the others are paid by credit or a fee.
BILLED_KINDS = {
    ContractKind.ON_DEMAND,
    ContractKind.RETAINER,
    ContractKind.SERVICE_DESK_BASIS,
    ContractKind.SERVICE_DESK_COMFORT,
}


def add_time_and_money(ctx: DemoContext) -> None:
    """Write invoices, their lines, the time entries, the credit ledger and number_sequences."""
    entries = list(time_entries(ctx))
    lines, invoices = _invoices(ctx, entries)
    credit = _credit(ctx, entries)
    # Foreign-key order: a time entry names its invoice line, a credit debit its entry.
    # An issued invoice's lines never change, so it is written as a draft, given its
    # lines, and then issued (the database refuses lines added to an issued invoice).
    ctx.insert("invoices", INVOICE_COLUMNS, [_as_draft(i) for i in invoices])
    ctx.insert("invoice_lines", INVOICE_LINE_COLUMNS, lines)
    ctx.update(
        "invoices", ISSUING, [(*(i[c] for c in ISSUING_AT), i[0]) for i in invoices if i[NUMBER]]
    )
    ctx.insert("time_entries", TIME_ENTRY_COLUMNS, (e[:CLIENT] for e in entries))
    ctx.insert("credit_entries", CREDIT_COLUMNS, credit)
    # Last: every numbered series (tickets, visits, invoices) is complete by now.
    seq_rows = [(series, year, n) for (series, year), n in sorted(ctx.sequences.items())]
    ctx.insert("number_sequences", ("series", "year", "next_value"), seq_rows)


def _invoices(ctx: DemoContext, entries: list[list[Any]]) -> tuple[list[Any], list[Any]]:
    # Monthly invoices (C6) of on-demand work, one line per ticket and month; the entries
    # billed get their invoice line.
    groups: dict[tuple[int, int, int], dict[uuid.UUID, list[list[Any]]]] = {}
    ticket_index = {t.id: t for t in ctx.tickets}
    for e in entries:
        client = ctx.clients[e[CLIENT]]
        if not e[BILLABLE] or client.contract_kind not in BILLED_KINDS:
            continue
        start: datetime = e[STARTED]
        groups.setdefault((e[CLIENT], start.year, start.month), {}).setdefault(
            e[TICKET], []
        ).append(e)
    invoices, lines = [], []
    numbers: dict[int, int] = {}
    this_month = (ctx.today.year, ctx.today.month)
    # numbers count up by month, as the invoices were issued
    for (ci, year, month), per_ticket in sorted(
        groups.items(), key=lambda g: (g[0][1], g[0][2], g[0][0])
    ):
        client = ctx.clients[ci]
        period_start = date(year, month, 1)
        period_end = (period_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        # the current month is not over: its invoice is a draft, without a number
        draft = (year, month) == this_month
        issue = None if draft else period_end + timedelta(days=1)
        number = None
        if issue is not None:
            numbers[issue.year] = numbers.get(issue.year, 0) + 1
            number = invoice_number(ISSUER, issue.year, numbers[issue.year])
        invoice_id = ctx.new_id()
        subtotal = Decimal(0)
        for pos, (ticket_id, items) in enumerate(
            sorted(per_ticket.items(), key=lambda kv: kv[1][0][STARTED])
        ):
            minutes = sum(item[MINUTES] for item in items)
            hours = (Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            amount = money(hours * client.rate, client.currency)
            subtotal += amount
            line_id = ctx.new_id()
            for item in items:
                item[INVOICE_LINE] = line_id
            t = ticket_index[ticket_id]
            lines.append(
                (line_id, 1, ctx.now, ctx.now)
                + (
                    invoice_id,
                    pos,
                    items[0][STARTED].date(),
                    items[0][ENGINEER],
                    None,
                    f"{t.category.value.replace('_', ' ').title()} work",
                    hours,
                    client.rate,
                    Decimal(1),
                    amount,
                    client.tax_rate,
                    client.tax_exemption if client.tax_rate == 0 else None,
                    DrewOn.ON_DEMAND.value,
                )
            )
        tax = money(subtotal * client.tax_rate / 100, client.currency)
        invoices.append(
            (invoice_id, 1, ctx.now, ctx.now)
            + (
                ISSUER,
                number,
                InvoiceKind.MONTHLY.value,
                (
                    InvoiceStatus.DRAFT
                    if draft
                    else InvoiceStatus.PAID
                    if period_end < ctx.today - timedelta(days=45)
                    else InvoiceStatus.ISSUED
                ).value,
                client.id,
                client.contract,
                None,
                client.currency,
                issue,
                issue + timedelta(days=30) if issue else None,
                period_start,
                period_end,
                subtotal,
                tax,
                subtotal + tax,
                "30 days net",
                None,
                "",
            )
        )
    for year, n in numbers.items():
        ctx.sequences[(invoice_series(ISSUER), year)] = n + 1
    return lines, invoices


def _package(client: DemoClient, unit: CreditUnit) -> Decimal:
    # A prepaid client's credit package: the monthly top-up the contract names.
    return (
        money(Decimal(5000) * RATE_SCALE[client.currency], client.currency)
        if unit is CreditUnit.MONEY
        else Decimal(40)
    )


def _credit(ctx: DemoContext, entries: list[list[Any]]) -> list[Any]:
    # C5 ledger: monthly top-ups and a debit per billable entry of prepaid clients.
    rows: list[Any] = []
    balances: dict[int, Decimal] = {}
    month_done: set[tuple[int, int, int]] = set()
    contract_of = {}
    for i, client in enumerate(ctx.clients):
        if client.contract_kind is ContractKind.PREPAID_CREDIT:
            contract_of[i] = client
    for e in sorted(entries, key=lambda x: x[STARTED]):
        ci = e[CLIENT]
        found = contract_of.get(ci)
        if found is None or not e[BILLABLE]:
            continue
        client = found
        at: datetime = e[STARTED]
        unit = client.credit_unit or CreditUnit.MONEY
        key = (ci, at.year, at.month)
        if key not in month_done:
            month_done.add(key)
            amount = _package(client, unit)
            first_of_month = at.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
            rows.append(
                (
                    ctx.new_id(),
                    client.contract,
                    first_of_month,
                    CreditEntryKind.TOP_UP.value,
                    unit.value,
                    amount,
                    client.currency if unit is CreditUnit.MONEY else None,
                    None,
                    None,
                    False,
                    "Monthly top-up",
                    None,
                )
            )
            balances[ci] = balances.get(ci, Decimal(0)) + amount
        hours = (Decimal(e[MINUTES]) / 60).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
        debit = money(hours * client.rate, client.currency) if unit is CreditUnit.MONEY else hours
        if debit <= 0:
            continue
        if balances.get(ci, Decimal(0)) - debit < 0 and ctx.rng.random() > 0.03:
            # C5: the client buys the next credit package when the last one runs out;
            # now and then one runs into overdraft first, which the desk must see.
            package = _package(client, unit)
            rows.append(
                (
                    ctx.new_id(), client.contract, e[ENDED] - timedelta(seconds=1),
                    CreditEntryKind.TOP_UP.value, unit.value, package,
                    client.currency if unit is CreditUnit.MONEY else None, None, None,
                    False, "Credit package purchased", None,
                )
            )  # fmt: skip
            balances[ci] = balances.get(ci, Decimal(0)) + package
        balances[ci] = balances.get(ci, Decimal(0)) - debit
        rows.append(
            (
                ctx.new_id(),
                client.contract,
                e[ENDED],
                CreditEntryKind.DEBIT.value,
                unit.value,
                -debit,
                client.currency if unit is CreditUnit.MONEY else None,
                e[ID],
                None,
                balances[ci] < 0,
                None,
                None,
            )
        )
    return rows
