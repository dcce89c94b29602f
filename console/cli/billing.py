"""`dispatch-console billing`: the month's run, drafts, issuing and voiding, credit notes,
payments, the overdue list and the prepaid credit left."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from console.cli.options import Parser, iso_day
from console.cli.records import acting_user, add_as_option, print_records, store

if TYPE_CHECKING:
    from decimal import Decimal

    from console.services.acting import Sessions
    from console.services.billing.run import RunReport
    from console.services.billing.summary import InvoiceSummary

FORMATS = ("table", "json")
T = TypeVar("T")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`billing run|invoices|show|issue|void|credit-note|pay|payments|overdue|credit ...`."""
    billing = sub.add_parser("billing", help="the month's billing run, drafts and invoices")
    b_sub = billing.add_subparsers(dest="billing_command", parser_class=Parser, metavar="ACTION")
    b_sub.required = True
    run = b_sub.add_parser(
        "run", parents=[common], help="bill a month: drafts per client, credit drawn, FTE hours"
    )
    run.add_argument("--month", required=True, metavar="YYYY-MM", help="the month to bill")
    run.add_argument("--client", help="only this client (name or id)")
    run.add_argument(
        "--dry-run", action="store_true", help="show what it would bill; write nothing"
    )
    run.add_argument("--format", choices=FORMATS, default="table")
    add_as_option(run)
    emergency = b_sub.add_parser(
        "emergency",
        parents=[common],
        help="bill an Express ticket at its close: guarantee, restoration, cause removal",
    )
    emergency.add_argument("ticket", help="the ticket's reference, e.g. T-2026-000054")
    add_as_option(emergency)
    edit = b_sub.add_parser(
        "edit",
        parents=[common],
        help="word a draft's line for the client, add a line of your own, or take one out",
    )
    edit.add_argument("draft", help="the draft's id")
    edit.add_argument(
        "--line", type=int, metavar="N", help="the line to reword or remove (1 = first)"
    )
    edit.add_argument("--text", help="the line's new text, or the text of an added line")
    edit.add_argument(
        "--add", metavar="AMOUNT", help="add a line of this amount (below 0: a discount)"
    )
    edit.add_argument(
        "--remove", action="store_true", help="take --line out; its work waits for the next run"
    )
    add_as_option(edit)
    sell = b_sub.add_parser(
        "sell-credit",
        parents=[common],
        help="draft the invoice for a block of prepaid credit; the credit arrives on issue",
    )
    sell.add_argument("contract", help="the prepaid credit contract (name or id)")
    sell.add_argument("amount", help="money, or hours for a card that holds hours")
    sell.add_argument(
        "--date", type=iso_day, default=None, metavar="YYYY-MM-DD", help="sale date (today)"
    )
    sell.add_argument("--issue", action="store_true", help="issue it at once")
    add_as_option(sell)
    invoices = b_sub.add_parser("invoices", parents=[common], help="list drafts and invoices")
    invoices.add_argument("--status", help="draft, issued, paid or cancelled")
    invoices.add_argument("--client", help="only this client (name or id)")
    invoices.add_argument("--format", choices=("table", "json", "csv"), default="table")
    add_as_option(invoices)
    show = b_sub.add_parser("show", parents=[common], help="one invoice or draft with its lines")
    show.add_argument("invoice", help="its number, or a draft's id")
    show.add_argument("--format", choices=FORMATS, default="table")
    add_as_option(show)
    issue = b_sub.add_parser(
        "issue", parents=[common], help="number drafts and archive their PDFs, all or none"
    )
    issue.add_argument("drafts", nargs="*", help="draft ids (or --month for all of a month)")
    issue.add_argument("--month", metavar="YYYY-MM", help="every draft of this month")
    issue.add_argument(
        "--date", type=iso_day, default=None, metavar="YYYY-MM-DD", help="issue date (today)"
    )
    add_as_option(issue)
    void = b_sub.add_parser(
        "void", parents=[common], help="throw a draft away; its work waits for the next run"
    )
    void.add_argument("draft", help="the draft's id")
    add_as_option(void)
    credit = b_sub.add_parser(
        "credit-note",
        parents=[common],
        help="correct an issued invoice: a credit note for all of it or some of its lines",
    )
    credit.add_argument("invoice", help="the invoice's number")
    credit.add_argument(
        "--line", type=_line_number, action="append", metavar="N",
        help="a line to take back (1 = the first; repeat it; default: every line left)",
    )  # fmt: skip
    credit.add_argument("--reason", required=True, help="why the invoice is corrected")
    credit.add_argument(
        "--rebill", action="store_true",
        help="bill the invoice's work again in the next run (the whole invoice only)",
    )  # fmt: skip
    credit.add_argument("--issue", action="store_true", help="issue the credit note at once")
    credit.add_argument(
        "--date", type=iso_day, default=None, metavar="YYYY-MM-DD", help="issue date (today)"
    )
    add_as_option(credit)
    pay = b_sub.add_parser(
        "pay", parents=[common], help="record a payment received for an issued invoice"
    )
    pay.add_argument("invoice", help="the invoice's number")
    pay.add_argument("--amount", help="the amount received, in the invoice's currency")
    pay.add_argument(
        "--date", required=True, type=iso_day, metavar="YYYY-MM-DD", help="the day it was paid"
    )
    pay.add_argument("--reference", help="the bank's or the client's payment reference")
    pay.add_argument("--method", default="bank transfer", help="how it was paid")
    pay.add_argument(
        "--reverses", metavar="PAYMENT",
        help="take back a payment recorded by mistake (its id, from `billing payments`)",
    )  # fmt: skip
    add_as_option(pay)
    bank = b_sub.add_parser(
        "bank-statement",
        parents=[common],
        help="book a bank statement's payments from a CSV file (all or none)",
        description="The header row names the columns: invoice (its number), amount, paid_on "
        "(YYYY-MM-DD), and optionally reference and method. A file with any refused payment "
        "books nothing.",
    )
    bank.add_argument("file", help="a CSV file, UTF-8 (with or without BOM)")
    add_as_option(bank)
    payments = b_sub.add_parser(
        "payments", parents=[common], help="an invoice's payments and reversals"
    )
    payments.add_argument("invoice", help="the invoice's number")
    payments.add_argument("--format", choices=("table", "json", "csv"), default="table")
    add_as_option(payments)
    overdue = b_sub.add_parser(
        "overdue", parents=[common], help="issued invoices past their due date, still owing"
    )
    overdue.add_argument(
        "--date", type=iso_day, default=None, metavar="YYYY-MM-DD", help="as of this day (today)"
    )
    overdue.add_argument("--client", help="only this client (name or id)")
    overdue.add_argument("--format", choices=("table", "json", "csv"), default="table")
    add_as_option(overdue)
    credit = b_sub.add_parser(
        "credit", parents=[common], help="prepaid credit left per contract, used up and low first"
    )
    credit.add_argument("--client", help="only this client (name or id)")
    credit.add_argument("--format", choices=("table", "json", "csv"), default="table")


def _credit_amount(amount: Decimal, unit: str, currency: str) -> str:
    """Credit in its unit: hours, or money in the contract's currency."""
    return f"{round(amount, 2)} h" if unit == "hours" else _money(amount, currency)


def _money(amount: Any, currency: str) -> str:
    """An amount to its currency's smallest coin, with the currency: 907.50 EUR."""
    from console.money import minor_unit

    return f"{amount.quantize(minor_unit(currency))} {currency}"


def _line_number(text: str) -> int:
    """A line's number as the invoice shows it, from 1."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a line number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a line number (the first is 1)")
    return number


@contextmanager
def _options(names: dict[str, str]) -> Iterator[None]:
    """A refused value named by its option, as the user typed it, rather than the field."""
    from console.errors import ValidationError

    try:
        yield
    except ValidationError as refused:
        option = names.get(refused.field)
        if option is None:
            raise
        raise ValidationError(option, refused.text, refused.rule) from None


def _with_options(names: dict[str, str], call: Callable[[], T]) -> T:
    with _options(names):
        return call()


def run(args: argparse.Namespace) -> int:
    """Run one `billing` action as the acting user."""
    from console.errors import ValidationError
    from console.services.billing import drafts
    from console.services.billing.run import month_of, run_month

    _engine, sessions = store(args)
    command = args.billing_command
    if command == "credit":
        _credit(args, sessions)
        return 0
    user = acting_user(args, sessions)
    if command == "run":
        year, month = month_of(args.month, "--month")
        report = run_month(sessions, user, year, month, client=args.client, dry_run=args.dry_run)
        _print_run(report, args.format)
    elif command == "emergency":
        from console.services.billing.run import bill_emergency_ticket

        billed = bill_emergency_ticket(sessions, user, args.ticket)
        for d in billed.drafts:
            print(f"  draft {d.id}  {d.kind.replace('_', ' '):<14} {d.total} {d.currency}")
        waiting = f"; {billed.awaiting_approval} entries await approval"
        print(f"{billed.ticket}: {len(billed.drafts)} drafts{waiting}")
    elif command == "invoices":
        found = drafts.list_invoices(sessions, user, status=args.status, client=args.client)
        rows = [_row(i) for i in found]
        columns = ["number", "status", "kind", "client", "period", "issue_date", "total"]
        print_records(rows, columns, args.format, "invoices")
    elif command == "show":
        invoice = drafts.show_invoice(sessions, user, args.invoice)
        if args.format == "json":
            _json(dataclasses.asdict(invoice))
        else:
            _print_invoice(invoice)
    elif command == "issue":
        refs: list[object] = list(args.drafts)
        if args.month:
            of_month = drafts.drafts_of_month(sessions, user, *month_of(args.month, "--month"))
            if not of_month and not refs:
                raise ValidationError("--month", f"no drafts of {args.month} to issue")
            refs += of_month
        from console.reports.archive import render_as_issued

        issued = drafts.issue_invoices(
            sessions, user, refs, args.date or date.today(), render_as_issued
        )
        for invoice in issued:
            print(f"{invoice.number}  {invoice.client}  {_money(invoice.total, invoice.currency)}")
        print(f"{len(issued)} invoices issued")
    elif command == "void":
        drafts.void_draft(sessions, user, args.draft)
        print(f"draft {args.draft} voided; its work waits for the next run")
    elif command == "credit-note":
        _credit_note(args, sessions, user)
    elif command == "edit":
        _edit(args, sessions, user)
    elif command == "sell-credit":
        _sell_credit(args, sessions, user)
    elif command == "bank-statement":
        _bank_statement(args, sessions, user)
    elif command in ("pay", "payments", "overdue"):
        _payments(args, sessions, user)
    return 0


def _credit(args: argparse.Namespace, sessions: Sessions) -> None:
    """Each prepaid contract's credit left, its low mark and its alert (C5)."""
    from console.services.credit_balances import client_balances

    rows = []
    for b in client_balances(sessions, args.client):
        low = b.low_threshold
        rows.append({
            "id": str(b.contract_id), "client": b.client, "contract": b.contract,
            "left": _credit_amount(b.balance, b.unit.value, b.currency),
            "low_mark": "" if low is None else _credit_amount(low, b.unit.value, b.currency),
            "alert": b.alert.value if b.alert else "", "overdrafts": b.overdrafts or "",
        })  # fmt: skip
    columns = ["client", "contract", "left", "low_mark", "alert", "overdrafts"]
    print_records(rows, columns, args.format, "prepaid contracts")


def _credit_note(args: argparse.Namespace, sessions: Any, user: Any) -> None:
    from console.services.billing.credit_notes import draft_credit_note

    names = {"line": "--line", "reason": "--reason", "rebill": "--rebill"}
    note = _with_options(
        names,
        lambda: draft_credit_note(
            sessions, user, args.invoice, reason=args.reason, lines=args.line,
            rebill=args.rebill,
        ),
    )  # fmt: skip
    again = " (its work is billed again once issued)" if note.rebill else ""
    print(
        f"credit note {note.id} drafted for {note.credits}: {len(note.lines)} lines, "
        f"{_money(note.total, note.currency)}{again}"
    )
    if args.issue:
        issued = _issue_one(sessions, user, note.id, args.date)
        print(f"{issued.number}  {issued.client}  {_money(issued.total, issued.currency)}  issued")
    else:
        print(f"issue it with: billing issue {note.id}")


def _issue_one(sessions: Any, user: Any, draft: Any, day: date | None) -> InvoiceSummary:
    """Issue one draft at once, its PDF archived as issued."""
    from console.reports.archive import render_as_issued
    from console.services.billing import drafts

    (issued,) = drafts.issue_invoices(
        sessions, user, [draft], day or date.today(), render_as_issued
    )
    return issued


def _edit(args: argparse.Namespace, sessions: Any, user: Any) -> None:
    from console.errors import ValidationError
    from console.services.billing import draft_edits

    if args.add is not None:
        if args.line is not None or args.remove:
            raise ValidationError("--add", "adds a line of its own: no --line or --remove with it")
        draft = draft_edits.add_own_line(sessions, user, args.draft, args.text, args.add)
    elif args.line is None:
        raise ValidationError("--line", "say which line: --line N (or --add AMOUNT --text TEXT)")
    elif args.remove:
        if args.text is not None:
            raise ValidationError("--remove", "takes a line out: no --text with it")
        draft = draft_edits.remove_line(sessions, user, args.draft, args.line)
    elif args.text is not None:
        draft = draft_edits.reword_line(sessions, user, args.draft, args.line, args.text)
    else:
        raise ValidationError("--text", "give the line's new text, or --remove")
    _print_invoice(draft)


def _sell_credit(args: argparse.Namespace, sessions: Any, user: Any) -> None:
    from console.services.billing.credit_sales import sell_credit

    draft = sell_credit(sessions, user, args.contract, args.amount, args.date or date.today())
    print(f"draft {draft.id}  {draft.client}  {_money(draft.total, draft.currency)}")
    if args.issue:
        issued = _issue_one(sessions, user, draft.id, args.date)
        print(f"{issued.number}  issued: the credit is on the contract")
    else:
        print(f"the credit arrives when it is issued: billing issue {draft.id}")


def _bank_statement(args: argparse.Namespace, sessions: Any, user: Any) -> None:
    from console.services.billing.bank_statement import book_statement, read_statement_file

    booked = book_statement(sessions, user, read_statement_file(args.file))
    print(
        f"{args.file}: {booked.payments} payments booked; "
        f"{booked.paid_invoices} invoices owe nothing more"
    )


def _payments(args: argparse.Namespace, sessions: Any, user: Any) -> None:
    from console.services.billing import payments

    command = args.billing_command
    if command == "pay":
        names = {"amount": "--amount", "date": "--date", "reference": "--reference",
                 "method": "--method", "reverses": "--reverses"}  # fmt: skip
        if args.amount is None and args.reverses is None:
            from console.errors import ValidationError

            raise ValidationError("--amount", "say how much was paid")
        invoice = _with_options(
            names,
            lambda: payments.record_payment(
                sessions, user, args.invoice, args.amount, args.date, method=args.method,
                reference=args.reference, reverses=args.reverses,
            ),
        )  # fmt: skip
        print(
            f"{invoice.number}  {invoice.status}  paid {_money(invoice.paid, invoice.currency)}, "
            f"open {_money(invoice.open, invoice.currency)}"
        )
    elif command == "payments":
        found = payments.payments_of(sessions, user, args.invoice)
        rows = [
            {"id": p.id, "paid_on": p.paid_on, "amount": _money(p.amount, p.currency),
             "method": p.method, "reference": p.reference or "",
             "reverses": p.reverses or "", "recorded_by": p.recorded_by or ""}
            for p in found
        ]  # fmt: skip
        columns = ["paid_on", "amount", "method", "reference", "recorded_by", "reverses"]
        if args.format == "table":
            columns = ["id", *columns]
        print_records(rows, columns, args.format, "payments")
    else:
        late = payments.overdue(sessions, user, args.date or date.today(), client=args.client)
        overdue_rows: list[dict[str, object]] = [
            {"id": o.invoice.id, "number": o.invoice.number, "client": o.invoice.client,
             "due_date": o.invoice.due_date, "days_overdue": o.days_overdue,
             "total": _money(o.invoice.total, o.invoice.currency),
             "open": _money(o.open_amount, o.invoice.currency)}
            for o in late
        ]  # fmt: skip
        columns = ["number", "client", "due_date", "days_overdue", "total", "open"]
        print_records(overdue_rows, columns, args.format, "overdue invoices")


def _row(invoice: InvoiceSummary) -> dict[str, object]:
    period = (
        f"{invoice.period_start} – {invoice.period_end}"
        if invoice.period_start and invoice.period_end
        else (invoice.ticket or "")
    )
    return {
        "id": invoice.id, "number": invoice.number or "draft", "status": invoice.status,
        "kind": invoice.kind.replace("_", " "), "client": invoice.client, "period": period,
        "issue_date": invoice.issue_date, "total": _money(invoice.total, invoice.currency),
    }  # fmt: skip


def _print_invoice(invoice: InvoiceSummary) -> None:
    out = sys.stdout
    title = invoice.number or f"draft {invoice.id}"
    out.write(f"{title}  {invoice.kind.replace('_', ' ')}  {invoice.client}\n")
    if invoice.credits:
        out.write(f"credits   {invoice.credits}: {invoice.reason}\n")
    if invoice.contract:
        out.write(f"contract  {invoice.contract}\n")
    if invoice.period_start:
        out.write(f"period    {invoice.period_start} – {invoice.period_end}\n")
    for number, line in enumerate(invoice.lines, start=1):
        day = line.day.isoformat() if line.day else " " * 10
        hours = f"{line.hours.normalize():f} h" if line.hours is not None else ""
        taken = "  (credited)" if line.credited else ""
        out.write(
            f"{number:>3}  {day}  {line.description[:60]:<60} {hours:>8} {line.amount:>10}{taken}\n"
        )
    out.write(f"subtotal  {_money(invoice.subtotal, invoice.currency)}\n")
    out.write(f"tax       {_money(invoice.tax, invoice.currency)}\n")
    out.write(f"total     {_money(invoice.total, invoice.currency)}\n")
    if invoice.number and not invoice.is_credit_note:
        if invoice.credited:
            out.write(f"credited  {_money(invoice.credited, invoice.currency)}\n")
        out.write(f"paid      {_money(invoice.paid, invoice.currency)}\n")
        out.write(f"open      {_money(invoice.open, invoice.currency)}  ({invoice.status})\n")


def _print_run(report: RunReport, fmt: str) -> None:
    if fmt == "json":
        _json(dataclasses.asdict(report))
        return
    out = sys.stdout
    for c in report.contracts:
        drawn = []
        if c.credit_drawn:
            drawn.append(f"credit drawn {c.credit_drawn} {c.credit_unit}")
        if c.fte_hours_used:
            drawn.append(f"bundle hours used {c.fte_hours_used.normalize():f}")
        if c.awaiting_approval:
            drawn.append(f"{c.awaiting_approval} entries await approval")
        head = f"{c.client} · {c.contract}"
        out.write(f"{head}{'  (' + '; '.join(drawn) + ')' if drawn else ''}\n")
        for d in c.drafts:
            out.write(
                f"  draft {d.id}  {d.kind.replace('_', ' '):<14} {d.line_count:>3} lines  "
                f"{_money(d.total, d.currency)}\n"
            )
    for n in report.credit_notices:
        state = "used up" if n.exhausted else "running low"
        left = _money(n.balance, n.currency) if n.currency else f"{n.balance.normalize():f} h"
        tell = n.account_manager_email or n.account_manager or "no account manager on file"
        out.write(f"prepaid credit {state}: {n.client} · {n.contract}, {left} left; tell {tell}\n")
    verb = "would make" if report.dry_run else "made"
    out.write(
        f"{report.year}-{report.month:02d}: {len(report.contracts)} contracts, {verb} "
        f"{len(report.drafts)} drafts; {report.awaiting_approval} entries await approval"
        f"{' (dry run: nothing written)' if report.dry_run else ''}\n"
    )


def _json(value: object) -> None:
    from console.services.master_data.fields import plain

    json.dump(plain(value), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
