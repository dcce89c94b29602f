"""Invoices (guarantee, restoration, cause removal, monthly, FTE overage) and statements.

Every figure comes from the store as the rules left it: line amounts from rating, totals
frozen at issue, tax per rate from the invoicing service. Nothing is re-computed here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from reportlab.platypus import Flowable, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import CreditUnit, InvoiceKind, InvoiceStatus
from console.errors import UserError
from console.model import Client, Contract, Engineer, Invoice
from console.reports.document import (
    Page,
    Styles,
    bold,
    build_pdf,
    fields_table,
    gap,
    grid,
    para,
    setting_for,
)
from console.reports.formatting import formats_for
from console.reports.issuer import Issuer, issuer_of
from console.services.invoicing import tax_lines
from console.services.statements import CreditStatement, FteMonth, credit_statement, fte_month
from console.wording.labels import label_for

KIND_TITLES = {
    InvoiceKind.GUARANTEE: "kind_guarantee",
    InvoiceKind.RESTORATION: "kind_restoration",
    InvoiceKind.CAUSE_REMOVAL: "kind_cause_removal",
    InvoiceKind.MONTHLY: "kind_monthly",
    InvoiceKind.FTE_OVERAGE: "kind_fte_overage",
    InvoiceKind.CREDIT_TOP_UP: "kind_credit_top_up",
}


def _parties(
    client: Client, issuer: Issuer, label: Callable[[str], str], s: Styles, width: float
) -> Table:
    left = [
        bold(label("from"), s.muted),
        bold(issuer.name, s.body),
        para(issuer.address, s.body),
        para(f"{label('vat_id')}: {issuer.vat_id}", s.body),
        para(issuer.email, s.muted),
    ]
    right = [bold(label("to"), s.muted), bold(client.name, s.body),
             para(client.billing_address or "", s.body),
             para(f"{label('vat_id')}: {client.vat_id or '—'}", s.body)]  # fmt: skip
    table = Table([[left, right]], colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return table


def invoice_pdf_bytes(session: Session, invoice: Invoice, issuer: Issuer | None = None) -> bytes:
    """Render an issued invoice; drafts have no number and are refused."""
    if invoice.status == InvoiceStatus.DRAFT or invoice.number is None:
        raise UserError(
            "this invoice is still a draft: issue it first, then print it (numbers are "
            "given on issue only)"
        )
    issuer = issuer or issuer_of(session)
    client = session.get_one(Client, invoice.client_id)
    doc = setting_for(client.locale, client.time_zone, client.country)
    f, t, s, pagesize, width = doc.f, doc.t, doc.s, doc.pagesize, doc.width
    word = doc.word
    money = lambda value: f.money(value, invoice.currency)  # noqa: E731 - local shorthand
    kind = InvoiceKind(invoice.kind)
    story: list[Flowable] = [
        bold(f"{t('invoice')} {invoice.number}", s.title),
        para(t(KIND_TITLES[kind]), s.muted),
        gap(3),
        _parties(client, issuer, t, s, width),
        gap(3),
    ]
    period = "—"
    if invoice.period_start and invoice.period_end:
        period = f"{f.day(invoice.period_start)} – {f.day(invoice.period_end)}"
    story.append(
        fields_table(
            [(t("number"), invoice.number), (t("issue_date"), f.day(invoice.issue_date)),
             (t("due_date"), f.day(invoice.due_date)), (t("period"), period)],
            s, width,
        )
    )  # fmt: skip
    engineers = dict(
        session.execute(
            select(Engineer.id, Engineer.name).where(
                Engineer.id.in_({ln.engineer_id for ln in invoice.lines if ln.engineer_id})
            )
        ).all()
    )
    header = [t("date"), t("engineer"), t("description"), t("hours"), t("rate"),
              t("multiplier"), t("amount"), t("drew_on")]  # fmt: skip
    rows: list[list[Flowable | str]] = [list(header)]
    for ln in sorted(invoice.lines, key=lambda ln: ln.position):
        rows.append([
            f.day(ln.day) if ln.day else "",
            engineers.get(ln.engineer_id, "") if ln.engineer_id else "",
            ln.description + (f" ({ln.tax_exemption})" if ln.tax_exemption else ""),
            f.number(ln.hours) if ln.hours is not None else "",
            money(ln.rate) if ln.rate is not None else "",
            f.number(ln.multiplier),
            money(ln.amount),
            word(ln.drew_on),
        ])  # fmt: skip
    widths = [0.12, 0.14, 0.26, 0.07, 0.1, 0.05, 0.12, 0.14]
    story += [gap(3), grid(rows, [w * width for w in widths], align_right=(3, 4, 5, 6))]
    totals: list[list[Flowable | str]] = [[t("subtotal"), money(invoice.subtotal)]]
    for tax in tax_lines(invoice):
        places = 0 if tax.rate_pct == tax.rate_pct.to_integral() else 2
        text = f"{t('tax')} {f.number(tax.rate_pct, places)} % ({money(tax.base.amount)})"
        if tax.exemption:
            text += f" — {tax.exemption}"
        totals.append([text, money(tax.tax.amount)])
    totals.append([t("total"), money(invoice.total)])
    table = grid(totals, [width * 0.35, width * 0.15], header=False, zebra=False,
                 align_right=(1,), bold_last=True)  # fmt: skip
    table.hAlign = "RIGHT"
    story += [gap(2), table, gap(4)]
    story.append(
        fields_table(
            [(t("terms"), invoice.payment_terms), ("IBAN", issuer.iban)]
            + ([("", invoice.notes)] if invoice.notes else []),
            s, width,
        )
    )  # fmt: skip
    page = Page(t("invoice"), invoice.number, issuer.name, t("page"))
    return build_pdf(story, page, pagesize, subject=f"invoice {kind.value}")


def _statement_page(
    session: Session, client: Client, title: str, reference: str, issuer: Issuer | None
) -> Page:
    issuer = issuer or issuer_of(session)
    t = label_for(formats_for(client.locale, client.time_zone).language)
    return Page(title, reference, issuer.name, t("page"))


def credit_statement_pdf(
    session: Session, contract_id: uuid.UUID, start: date, end: date,
    issuer: Issuer | None = None,
) -> bytes:  # fmt: skip
    """The prepaid credit statement (C5, V2): opening, movements, closing, overdrafts."""
    st: CreditStatement = credit_statement(session, contract_id, start, end)
    client = session.get_one(Client, st.client_id)
    doc = setting_for(client.locale, client.time_zone, client.country)
    f, t, s, pagesize, width = doc.f, doc.t, doc.s, doc.pagesize, doc.width
    word = doc.word

    def value(amount: Decimal) -> str:
        if st.unit is CreditUnit.HOURS:
            return f"{f.number(amount)} h"
        return f.money(amount, st.currency)

    story: list[Flowable] = [
        bold(t("credit_statement"), s.title),
        para(f"{client.name} · {st.contract}", s.body),
        para(f"{t('period')}: {f.day(st.start)} – {f.day(st.end)}", s.muted),
        gap(3),
    ]
    rows: list[list[Flowable | str]] = [
        [t("date"), t("description"), t("movement"), t("balance")],
        [f.day(st.start), bold(t("opening"), s.cell), "",
         value(st.opening)],
    ]  # fmt: skip
    for m in st.movements:
        note = m.note or word(m.kind)
        if m.overdraft:
            note += f" — {t('overdraft')}"
        rows.append([f.day(m.at), note,
                     value(m.amount),
                     value(m.balance_after)])  # fmt: skip
    rows.append([f.day(st.end), bold(t("closing"), s.cell), "",
                 bold(value(st.closing), s.cell_right)])  # fmt: skip
    story.append(grid(rows, [w * width for w in (0.14, 0.5, 0.18, 0.18)], align_right=(2, 3)))
    if st.alert is not None:
        story += [gap(2), bold(f"C5: {word(st.alert)}", s.body)]
    reference = f"{st.start.isoformat()}–{st.end.isoformat()}"
    page = _statement_page(session, client, t("statement"), reference, issuer)
    return build_pdf(story, page, pagesize, subject="prepaid credit statement")


def fte_statement_pdf(
    session: Session, contract_id: uuid.UUID, year: int, month: int,
    issuer: Issuer | None = None,
) -> bytes:  # fmt: skip
    """The FTE monthly statement (C7): the bundle, hours used, hours beyond it."""
    fm: FteMonth = fte_month(session, contract_id, year, month)
    client = session.get_one(Client, fm.client_id)
    contract = session.get_one(Contract, contract_id)
    doc = setting_for(client.locale, client.time_zone, client.country)
    f, t, s, pagesize, width = doc.f, doc.t, doc.s, doc.pagesize, doc.width
    word = doc.word
    invoices = f" ({', '.join(fm.overage_invoices)})" if fm.overage_invoices else ""
    story: list[Flowable] = [
        bold(t("fte_statement"), s.title),
        para(f"{client.name} · {contract.name} · {fm.first_day:%Y-%m}", s.body),
        gap(3),
        fields_table(
            [(t("bundle"), f"{f.number(fm.bundle_hours)} h"),
             (t("used"), f"{f.number(fm.used_hours)} h"),
             (t("balance"), f"{f.number(fm.remaining_hours)} h"),
             (t("overage"), f"{f.number(fm.overage_hours)} h{invoices}")],
            s, width,
        ),
        gap(3),
    ]  # fmt: skip
    rows: list[list[Flowable | str]] = [[t("date"), t("description"), t("hours"), t("drew_on")]]
    for ln in fm.lines:
        rows.append([f.day(ln.day) if ln.day else "", ln.description,
                     f.number(ln.hours),
                     word(ln.drew_on)])  # fmt: skip
    story.append(grid(rows, [w * width for w in (0.14, 0.56, 0.12, 0.18)], align_right=(2,)))
    page = _statement_page(session, client, t("statement"), f"{fm.first_day:%Y-%m}", issuer)
    return build_pdf(story, page, pagesize, subject="FTE monthly statement")
