"""Documents: invoice against a bare platypus page and WeasyPrint, big invoice, a desk's day,
a quarterly review pack and a yearly IT audit."""

from __future__ import annotations

import html
import io
import re
import shutil
import statistics
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from .figures import note, report, timed

LINES_ONE_PAGE = 8
"""Lines of the one-page invoice: the demo's descriptions wrap, and ten take two pages."""
LINES_BIG = 500
LINES_HUGE = 5000
DAY_ORDERS = 200
DEMO_DAY = date(2026, 11, 22)


def _bare_page(rows: list[list[str]]) -> bytes:
    """A platypus page with the same fonts and the invoice's lines in a plain table, nothing
    else: what the invoice's floor was until the invoice printed more than its lines.

    The same fonts are the two an invoice embeds: DejaVu Sans, and its bold for the title
    and the table's header row.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from console.reports.fonts import SANS, SANS_BOLD, register_fonts

    register_fonts()
    style = ParagraphStyle("b", fontName=SANS_BOLD, fontSize=9)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1)
    fonts = [("FONTNAME", (0, 0), (-1, -1), SANS), ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD)]
    table = Table(rows, style=TableStyle(fonts))
    doc.build([Paragraph("Invoice", style), table])
    return buffer.getvalue()


@dataclass(frozen=True)
class InvoicePage:
    """The text of an invoice's page, read and worded before the floor is timed."""

    title: str
    subtitle: str
    issuer: list[str]  # the "from" block, its heading first
    client: list[str]  # the "to" block
    fields: list[tuple[str, str]]  # number, dates, period
    lines: list[list[str]]  # the header, then one row per line
    totals: list[tuple[str, str]]
    payment: list[tuple[str, str]]
    running: tuple[str, str, str]  # the running header, the number, the footer


def _figure(value: Decimal | None) -> str:
    """A figure as the page shows it: two places, or nothing."""
    return "" if value is None else f"{value:,.2f}"


def _invoice_page(session: Any, invoice: Any) -> InvoicePage:
    """What the invoice prints, as plain text: its parties, dates, lines (with their
    tickets and engineers), totals and payment details."""
    from sqlalchemy import select

    from console.model import Client, Engineer
    from console.reports.invoice import billing_address, line_tickets
    from console.reports.issuer import issuer_of

    issuer = issuer_of(session)
    client = session.get_one(Client, invoice.client_id)
    tickets = line_tickets(session, invoice)
    engineers = dict(session.execute(select(Engineer.id, Engineer.name)).all())
    header = ["Date", "Ticket\nEngineer", "Description", "Hours", "Rate", "×", "Amount",
              "Drew on"]  # fmt: skip
    lines = [header]
    for ln in sorted(invoice.lines, key=lambda ln: ln.position):
        who = "\n".join(p for p in (tickets.get(ln.id, ""), engineers.get(ln.engineer_id, "")) if p)
        rate = f"€ {_figure(ln.rate)}" if ln.rate is not None else ""
        amount = f"€ {_figure(ln.amount)}"
        lines.append([str(ln.day or ""), who, ln.description, _figure(ln.hours), rate,
                      _figure(ln.multiplier), amount, ln.drew_on.value])  # fmt: skip
    return InvoicePage(
        title=f"Invoice {invoice.number}",
        subtitle=str(invoice.kind),
        issuer=[
            "From",
            issuer.name,
            *issuer.address.splitlines(),
            f"VAT: {issuer.vat_id}",
            issuer.email,
        ],
        client=[
            "To",
            client.name,
            *billing_address(session, client).printed().splitlines(),
            f"VAT: {client.vat_id}",
        ],
        fields=[
            ("Number", str(invoice.number)),
            ("Issue date", str(invoice.issue_date)),
            ("Due date", str(invoice.due_date)),
            ("Period", f"{invoice.period_start} – {invoice.period_end}"),
        ],
        lines=lines,
        totals=[
            ("Subtotal", f"€ {_figure(invoice.subtotal)}"),
            (
                f"VAT (€ {_figure(invoice.subtotal)})",
                f"€ {_figure(invoice.total - invoice.subtotal)}",
            ),
            ("Total", f"€ {_figure(invoice.total)}"),
        ],
        payment=[
            ("Payment terms", str(invoice.payment_terms)),
            ("Bank account", f"IBAN {issuer.iban} · BIC {issuer.bic}"),
            ("", f"Please pay by the due date quoting {invoice.number}."),
        ],
        running=(f"{issuer.name}  ·  Invoice", str(invoice.number), "Page 1"),
    )


def _bare_invoice(page: InvoicePage) -> bytes:
    """The floor: the invoice's page drawn with bare platypus.

    The same text in the same fonts, sizes and margins: the title, the two parties side
    by side, the ruled tables of dates, lines (descriptions wrapping, the header shaded,
    the rows striped), totals and payment, the running header and footer. None of the
    console's own work: no read, no wording, no fitted column widths, no font per script.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from console.reports.fonts import SANS, SANS_BOLD, register_fonts

    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=12.5)
    title = ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=17, leading=21)
    muted = ParagraphStyle("muted", parent=body, fontSize=8, leading=10, textColor=colors.grey)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=19 * mm, bottomMargin=16 * mm, invariant=1)  # fmt: skip
    width = doc.width
    ruled = [("FONTNAME", (0, 0), (-1, -1), SANS), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]  # fmt: skip

    def pairs(rows: list[tuple[str, str]]) -> Table:
        return Table(
            [list(r) for r in rows],
            colWidths=[38 * mm, width - 38 * mm],
            style=TableStyle([*ruled, ("TEXTCOLOR", (0, 0), (0, -1), colors.grey)]),
        )

    def block(lines: list[str]) -> list[Paragraph]:
        return [Paragraph(lines[0], muted), *(Paragraph(x, body) for x in lines[1:])]

    parties = Table([[block(page.issuer), block(page.client)]], colWidths=[width / 2] * 2,
                    style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    rows = [page.lines[0]] + [
        [*line[:2], Paragraph(line[2], cell), *line[3:]] for line in page.lines[1:]
    ]
    shares = (0.11, 0.15, 0.33, 0.07, 0.1, 0.06, 0.1, 0.08)
    lines = Table(rows, colWidths=[width * s for s in shares], repeatRows=1, style=TableStyle([
        *ruled, ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD),
        ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.whitesmoke]),
        ("ALIGN", (3, 0), (6, -1), "RIGHT"),
    ]))  # fmt: skip
    totals = Table([list(r) for r in page.totals], colWidths=[width * 0.3, width * 0.2],
                   style=TableStyle([*ruled, ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                     ("FONTNAME", (0, -1), (-1, -1), SANS_BOLD)]))  # fmt: skip
    totals.hAlign = "RIGHT"
    running, number, footer = page.running

    def decorate(canvas: Any, template: Any) -> None:
        top = A4[1] - 12.5 * mm
        canvas.setFont(SANS, 7.5)
        canvas.drawString(template.leftMargin, top, running)
        canvas.drawRightString(A4[0] - template.rightMargin, top, number)
        canvas.drawRightString(A4[0] - template.rightMargin, 9 * mm, footer)

    story = [Paragraph(page.title, title), Paragraph(page.subtitle, muted), Spacer(1, 8),
             parties, Spacer(1, 8), pairs(page.fields), Spacer(1, 8), lines, Spacer(1, 6),
             totals, Spacer(1, 10), pairs(page.payment)]  # fmt: skip
    doc.build(story, onFirstPage=decorate)
    return buffer.getvalue()


def _weasy_html(rows: list[list[str]], font: Path) -> str:
    cells = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return (
        f"<html><head><style>@font-face {{font-family: DV; src: url('{font.as_uri()}');}}"
        "body {font-family: DV; font-size: 9pt} @page {size: A4; margin: 16mm}"
        "td {border-bottom: 0.25pt solid #ccc; padding: 2pt}</style></head><body>"
        f"<h1>Invoice</h1><table>{cells}</table></body></html>"
    )


def run() -> None:
    """Render times with their floors, measured in this run, on a demo store made for it
    in a temporary folder (removed afterwards, whatever happens)."""
    folder = Path(tempfile.mkdtemp(prefix="bench-documents-"))
    try:
        _run(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(folder: Path) -> None:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from console.demo import SIZES, build_demo
    from console.enums import DrewOn, InvoiceStatus
    from console.ids import new_id
    from console.model import Invoice, InvoiceLine, Visit
    from console.reports.invoice import invoice_pdf_bytes
    from console.reports.work_order import load_work_orders, render_work_orders
    from console.resources_path import resource_root
    from console.services.invoicing import issue_invoice
    from console.store.engine import create_store_engine, resolve_url
    from console.store.migrate import upgrade

    engine = create_store_engine(resolve_url(str(folder / "demo.sqlite3")))
    upgrade(engine)
    note("building the small demo database for the documents...")
    build_demo(engine, SIZES["small"], seed=1, today=DEMO_DAY)
    with Session(engine) as session:
        _review_pack(session)
        _yearly_audit(session)
        # a draft: an issued invoice is frozen, and the figure adds lines up to its size
        invoice = session.scalars(
            select(Invoice)
            .where(
                Invoice.status == InvoiceStatus.DRAFT,
                Invoice.lines.any(),
                ~Invoice.lines.any(InvoiceLine.tax_rate_pct == 0),
            )
            .order_by(Invoice.id)
        ).first()
        assert invoice is not None
        template = invoice.lines[0]

        def fill(count: int) -> None:
            for i in range(len(invoice.lines), count):
                invoice.lines.append(InvoiceLine(
                    id=new_id(), position=i, day=template.day, engineer_id=template.engineer_id,
                    description=f"{template.description} ({i + 1})", hours=Decimal("1.25"),
                    rate=template.rate, multiplier=Decimal(1), amount=Decimal("155.00"),
                    tax_rate_pct=template.tax_rate_pct, drew_on=DrewOn.ON_DEMAND,
                ))  # fmt: skip
            session.flush()

        fill(LINES_ONE_PAGE)
        issued = session.begin_nested()  # undone before the lines grow to the big invoice
        issue_invoice(session, invoice.id, DEMO_DAY)
        invoice_pdf_bytes(session, invoice)  # fonts registered, caches warm
        pdf = invoice_pdf_bytes(session, invoice)
        rows = [["Date", "Description", "Hours", "Rate", "×", "Amount", "Drew on"]]
        rows += [[str(ln.day), ln.description, str(ln.hours), str(ln.rate), "1.00",
                  str(ln.amount), ln.drew_on.value] for ln in invoice.lines]  # fmt: skip
        page = _invoice_page(session, invoice)
        floor_pdf = _bare_invoice(page)
        # alternated, so that a slow spell of this shared machine falls on both alike
        times: dict[str, list[float]] = {"ours": [], "floor": [], "lines": []}
        for _ in range(15):
            times["ours"].append(timed(lambda: invoice_pdf_bytes(session, invoice))[0])
            times["floor"].append(timed(lambda: _bare_invoice(page))[0])
            times["lines"].append(timed(lambda: _bare_page(rows))[0])
        ours, floor, lines_only = (statistics.median(times[k]) for k in ("ours", "floor", "lines"))
        for name, document in (("invoice", pdf), ("floor", floor_pdf)):
            pages = len(re.findall(rb"/Type /Page\b(?!s)", document))
            assert pages == 1, f"the one-page {name} has {pages} pages"  # as the other has
        note(f"one-page invoice: {len(pdf):,} bytes; its page in bare platypus "
             f"{len(floor_pdf):,} bytes; the lines alone in a bare table: {lines_only:.4f} s "
             f"({ours / lines_only:.2f}x)")  # fmt: skip
        report("invoice_one_page_vs_bare_platypus", ours, "s", 2.0, floor, target_on_ratio=True)
        try:
            from weasyprint import HTML  # bench extra only: the path web-based tools take
        except ImportError:
            note("WeasyPrint is not installed (pip install '.[bench]'); its figure is skipped")
        else:
            with tempfile.TemporaryDirectory() as tmp:
                font = Path(tmp) / "DejaVuSans.ttf"
                font.write_bytes(resource_root().joinpath("fonts", "DejaVuSans.ttf").read_bytes())
                html_page = _weasy_html(rows, font)
                HTML(string=html_page).write_pdf()
                weasy, _ = timed(lambda: HTML(string=html_page).write_pdf(), 5)
            report("invoice_one_page_vs_weasyprint", ours, "s", 0.1, weasy, target_on_ratio=True)
        issued.rollback()
        fill(LINES_BIG)
        issued = session.begin_nested()
        issue_invoice(session, invoice.id, DEMO_DAY)
        big, pdf = timed(lambda: invoice_pdf_bytes(session, invoice), 5)
        note(f"{LINES_BIG}-line invoice: {len(pdf):,} bytes")
        report("invoice_500_lines", big, "s", 0.3)
        issued.rollback()
        fill(LINES_HUGE)  # issue 24: ten times the lines, at most ten times the time
        session.begin_nested()
        issue_invoice(session, invoice.id, DEMO_DAY)
        huge, pdf = timed(lambda: invoice_pdf_bytes(session, invoice), 3)
        note(f"{LINES_HUGE:,}-line invoice: {len(pdf):,} bytes")
        report("invoice_5000_lines_vs_500", huge, "s", 10.0, big, target_on_ratio=True)
        session.rollback()
        ids = list(
            session.scalars(select(Visit.id).order_by(Visit.planned_start).limit(DAY_ORDERS))
        )
        day, pdf = timed(lambda: render_work_orders(load_work_orders(session, ids)), 3)
        note(f"{len(ids)} work orders: {len(pdf):,} bytes")
        report("day_of_200_work_orders", day, "s", 2.0)
    engine.dispose()


def _review_pack(session: Any) -> None:
    """The last full quarter's review pack of the client with the most tickets, against the
    same figures gathered without a page drawn (what laying out the pages adds)."""
    from sqlalchemy import func, select

    from console.model import Client, Ticket
    from console.reports.review import review_pdf
    from console.rules.review import previous_period, quarter_of
    from console.services.review import service_review

    client = session.scalars(
        select(Client).join(Ticket, Ticket.client_id == Client.id).group_by(Client.id)
        .order_by(func.count(Ticket.id).desc(), Client.name).limit(1)
    ).one()  # fmt: skip
    start, end = previous_period(*quarter_of(DEMO_DAY))
    now = datetime.combine(DEMO_DAY, time(9), UTC)
    review_pdf(session, client.id, start, end, now)  # fonts registered, caches warm
    pack, pdf = timed(lambda: review_pdf(session, client.id, start, end, now), 5)
    figures, _ = timed(lambda: service_review(session, client.id, start, end, now), 5)
    note(f"review pack of {client.name} for {start}..{end}: {len(pdf):,} bytes")
    report("review_pack_largest_client", pack, "s", 1.0, figures)


def _yearly_audit(session: Any) -> None:
    """The demo year's IT audit of the client with the most tickets, against the same
    figures gathered without a page drawn (what laying out the pages adds)."""
    from sqlalchemy import func, select

    from console.model import Client, Ticket
    from console.reports.audit import audit_pdf
    from console.services.yearly_audit import yearly_audit

    client = session.scalars(
        select(Client).join(Ticket, Ticket.client_id == Client.id).group_by(Client.id)
        .order_by(func.count(Ticket.id).desc(), Client.name).limit(1)
    ).one()  # fmt: skip
    year = DEMO_DAY.year
    now = datetime.combine(DEMO_DAY, time(9), UTC)
    audit_pdf(session, client.id, year, now)  # fonts registered, caches warm
    audit, pdf = timed(lambda: audit_pdf(session, client.id, year, now), 5)
    figures, _ = timed(lambda: yearly_audit(session, client.id, year, now), 5)
    note(f"yearly IT audit of {client.name} for {year}: {len(pdf):,} bytes")
    report("audit_largest_client", audit, "s", 2.0, figures)
