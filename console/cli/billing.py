"""`dispatch-console billing`: the month's run, drafts, issuing and voiding."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from console.cli.options import Parser, iso_day
from console.cli.records import acting_user, add_as_option, print_records, store

if TYPE_CHECKING:
    from console.services.billing.run import RunReport
    from console.services.billing.summary import InvoiceSummary

FORMATS = ("table", "json")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`billing run|invoices|show|issue|void ...`."""
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


def run(args: argparse.Namespace) -> int:
    """Run one `billing` action as the acting user."""
    from console.errors import ValidationError
    from console.services.billing import drafts
    from console.services.billing.run import month_of, run_month

    _engine, sessions = store(args)
    user = acting_user(args, sessions)
    command = args.billing_command
    if command == "run":
        year, month = month_of(args.month, "--month")
        report = run_month(sessions, user, year, month, client=args.client, dry_run=args.dry_run)
        _print_run(report, args.format)
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
            print(f"{invoice.number}  {invoice.client}  {invoice.total} {invoice.currency}")
        print(f"{len(issued)} invoices issued")
    else:
        drafts.void_draft(sessions, user, args.draft)
        print(f"draft {args.draft} voided; its work waits for the next run")
    return 0


def _row(invoice: InvoiceSummary) -> dict[str, object]:
    period = (
        f"{invoice.period_start} – {invoice.period_end}"
        if invoice.period_start and invoice.period_end
        else (invoice.ticket or "")
    )
    return {
        "id": invoice.id, "number": invoice.number or "draft", "status": invoice.status,
        "kind": invoice.kind.replace("_", " "), "client": invoice.client, "period": period,
        "issue_date": invoice.issue_date, "total": f"{invoice.total} {invoice.currency}",
    }  # fmt: skip


def _print_invoice(invoice: InvoiceSummary) -> None:
    out = sys.stdout
    title = invoice.number or f"draft {invoice.id}"
    out.write(f"{title}  {invoice.kind.replace('_', ' ')}  {invoice.client}\n")
    if invoice.contract:
        out.write(f"contract  {invoice.contract}\n")
    if invoice.period_start:
        out.write(f"period    {invoice.period_start} – {invoice.period_end}\n")
    for line in invoice.lines:
        day = line.day.isoformat() if line.day else " " * 10
        hours = f"{line.hours.normalize():f} h" if line.hours is not None else ""
        out.write(f"  {day}  {line.description[:60]:<60} {hours:>8} {line.amount:>10}\n")
    out.write(f"subtotal  {invoice.subtotal} {invoice.currency}\n")
    out.write(f"tax       {invoice.tax} {invoice.currency}\n")
    out.write(f"total     {invoice.total} {invoice.currency}\n")


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
                f"  draft {d.id}  {d.kind.replace('_', ' '):<14} {len(d.lines):>3} lines  "
                f"{d.total} {d.currency}\n"
            )
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
