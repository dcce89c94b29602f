"""Invoices (guarantee, restoration, cause removal, monthly, FTE overage) and statements.

Every figure comes from the store as the rules left it: line amounts from rating, totals
frozen at issue, tax per rate from the invoicing service. Nothing is re-computed here.
What a client reads is in its language: labels, line texts, the tax note and the terms;
amounts and dates never break across lines.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import CreditUnit, InvoiceKind, InvoiceStatus
from console.errors import UserError
from console.model import (
    Client,
    Contract,
    Engineer,
    Invoice,
    InvoiceLine,
    Site,
    Ticket,
    TimeEntry,
    Visit,
)
from console.reports.document import (
    CELL_PAD,
    CELL_SIZE,
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
from console.reports.fonts import (
    JAPANESE,
    JAPANESE_BOLD,
    SANS,
    SANS_BOLD,
    has_japanese,
    register_japanese,
)
from console.reports.formatting import formats_for
from console.reports.issuer import Issuer, issuer_of
from console.services.invoicing import tax_lines
from console.services.provider import country_name
from console.services.statements import CreditStatement, FteMonth, credit_statement, fte_month
from console.wording.addresses import postal_lines
from console.wording.labels import label_for
from console.wording.phrases import phrase

KIND_TITLES = {
    InvoiceKind.GUARANTEE: "kind_guarantee",
    InvoiceKind.RESTORATION: "kind_restoration",
    InvoiceKind.CAUSE_REMOVAL: "kind_cause_removal",
    InvoiceKind.MONTHLY: "kind_monthly",
    InvoiceKind.FTE_OVERAGE: "kind_fte_overage",
    InvoiceKind.CREDIT_TOP_UP: "kind_credit_top_up",
}

CREDIT_NOTE_KIND = "credit_note"
"""The kind of a credit note (it corrects an issued invoice and is printed as one)."""

NBSP = "\u00a0"
ZEBRA = [colors.white, colors.HexColor("#f8fafc")]
"""The lines' alternating backgrounds, as `grid` paints them."""


def is_credit_note(invoice: Invoice) -> bool:
    """Whether this row is a credit note rather than an invoice."""
    return str(invoice.kind) == CREDIT_NOTE_KIND


def credited_invoice(session: Session, invoice: Invoice) -> Invoice | None:
    """The invoice a credit note corrects (None for an invoice, or a store without the link)."""
    key = getattr(invoice, "credits_invoice_id", None)
    return session.get(Invoice, key) if key is not None else None


def unbroken(text: str) -> str:
    """Text whose spaces do not break: an amount stays with its currency, a date whole."""
    return text.replace(" ", NBSP).replace("\u202f", NBSP)


@dataclass(frozen=True)
class PostalAddress:
    """A postal address split as an e-invoice wants it; ``lines`` are street lines."""

    lines: tuple[str, ...]
    postcode: str | None
    city: str
    country: str

    def printed(self) -> str:
        """The address as a letter prints it: in its country's order, the country in English
        (what any post office reads)."""
        lines = postal_lines(self.lines, self.postcode, self.city, self.country)
        return "\n".join([*lines, country_name(self.country)])


# a postcode before the city: 1015 BA, 10115, 28001, 101-0047, 75008, SW1A 1AA
_TOWN = re.compile(
    r"^(?P<code>\d{3,6}(?:[- ]?\d{3,4})?(?: ?[A-Z]{2})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})"
    r"\s+(?P<city>.+)$"
)
_TOWN_AFTER = re.compile(r"^(?P<city>.+?)\s+(?P<code>\d{3,6}(?:-\d{3,4})?)$")


def billing_address(session: Session, client: Client) -> PostalAddress:
    """Where the client's invoices go: its billing address, else its first active site's."""
    text = [ln.strip(" ,") for ln in (client.billing_address or "").splitlines() if ln.strip(" ,")]
    if text and text[0].casefold() == client.name.strip().casefold():
        text = text[1:]  # the name is printed (and sent) on its own
    if text:
        known = {country_name(client.country).lower(), client.country.lower()}
        if len(text) > 1 and text[-1].lower() in known:
            text = text[:-1]  # the country's name: printed from the code
        town = text[-1] if len(text) > 1 else ""
        found = _TOWN.match(town) or _TOWN_AFTER.match(town)
        if found:
            return PostalAddress(tuple(text[:-1]), found["code"], found["city"], client.country)
        if len(text) > 1:
            return PostalAddress(tuple(text[:-1]), None, text[-1], client.country)
        return PostalAddress((), None, text[0], client.country)
    site = session.scalars(
        select(Site).where(Site.client_id == client.id)
        .order_by(Site.active.desc(), Site.name).limit(1)
    ).first()  # fmt: skip
    if site is None:
        return PostalAddress((), None, "", client.country)
    return PostalAddress((site.street,), site.postal_code, site.city, site.country)


def line_tickets(session: Session, invoice: Invoice) -> dict[uuid.UUID, str]:
    """The ticket reference of each line that belongs to a ticket (by its time entries, its
    visit, the emergency the invoice is for, or the line a credit note takes back)."""
    ids = [ln.id for ln in invoice.lines]
    found: dict[uuid.UUID, set[str]] = {}
    if invoice.ticket_id is not None:
        reference = session.scalar(select(Ticket.reference).where(Ticket.id == invoice.ticket_id))
        if reference:
            for key in ids:
                found.setdefault(key, set()).add(reference)
    by_credited = {
        credited: ln.id for ln in invoice.lines
        if (credited := getattr(ln, "credits_line_id", None)) is not None
    }  # fmt: skip
    source_ids = ids + list(by_credited)
    entries = select(TimeEntry.invoice_line_id, Ticket.reference).join(
        Ticket, Ticket.id == TimeEntry.ticket_id
    )
    visits = (
        select(InvoiceLine.id, Ticket.reference)
        .join(Visit, Visit.id == InvoiceLine.visit_id)
        .join(Ticket, Ticket.id == Visit.ticket_id)
    )
    for chunk in range(0, len(source_ids), 500):
        part = source_ids[chunk : chunk + 500]
        rows = [
            *session.execute(entries.where(TimeEntry.invoice_line_id.in_(part))),
            *session.execute(visits.where(InvoiceLine.id.in_(part))),
        ]
        for line_id, reference in rows:
            if line_id is not None and reference:
                found.setdefault(by_credited.get(line_id, line_id), set()).add(reference)
    return {key: ", ".join(sorted(refs)) for key, refs in found.items()}


_NET_TERMS = re.compile(r"^\s*(\d{1,3})\s+days?\s+net\s*$", re.IGNORECASE)


def terms_text(terms: str, label: Callable[[str], str]) -> str:
    """Payment terms in the client's language ("30 days net" as the run writes them)."""
    found = _NET_TERMS.match(terms or "")
    if found:
        return label("terms_net").format(days=int(found[1]))
    return terms


# The texts rating and billing write on lines, English in the store, as the client reads them
Wording = Callable[[re.Match[str], Callable[[str], str]], str]
_LINE_TEXTS: tuple[tuple[re.Pattern[str], Wording], ...] = (
    (re.compile(r"^(?P<x>.*) \(outside service hours\)$"),
     lambda m, t: f"{line_text(m['x'], t)} ({t('line_outside_hours')})"),
    (re.compile(r"^(?P<x>.*): time beyond the reservation$"),
     lambda m, t: f"{line_text(m['x'], t)}: {t('line_beyond_reservation')}"),
    # why time is not billed (rating writes the other reasons as their own value); a
    # description that ends in a full stop is not followed by a colon as well
    (re.compile(r"^(?P<x>.*?)\.?: own defect, not billed$"),
     lambda m, t: f"{line_text(m['x'], t)}: {t('line_own_defect')}"),
    (re.compile(r"^(?P<x>.*?)\.?: goodwill$"),
     lambda m, t: f"{line_text(m['x'], t)}: {t('line_goodwill')}"),
    (re.compile(r"^(?P<x>.*?)\.?: internal$"),
     lambda m, t: f"{line_text(m['x'], t)}: {t('line_internal')}"),
    (re.compile(r"^Rush fee, less than 24 h notice ?(?P<x>.*)$"),
     lambda m, t: f"{t('line_rush_fee')} {m['x']}".strip()),
    (re.compile(r"^Guarantee: (?P<x>[\d.]+) Express hour\(s\), paid up front, non-refundable$"),
     lambda m, t: t("line_guarantee").format(hours=m["x"])),
    (re.compile(r"^Guarantee hours already paid$"), lambda m, t: t("line_guarantee_paid")),
    (re.compile(r"^(?P<x>.*): monthly fee (?P<m>.*)$"),
     lambda m, t: f"{m['x']}: {t('line_monthly_fee')} {m['m']}"),
    (re.compile(r"^On-site visit ?(?P<r>\S*): (?P<h>[\d.]+) h reserved$"),
     lambda m, t: t("line_visit_reserved").format(ref=m["r"], hours=m["h"])),
    (re.compile(r"^On-site visit ?(?P<r>\S*): no access, full reservation charged$"),
     lambda m, t: t("line_visit_no_access").format(ref=m["r"])),
    (re.compile(r"^(?P<n>.*): (?P<c>\d+) workstations at (?P<p>\S+) (?P<cur>[A-Z]{3}), (?P<m>.*)$"),
     lambda m, t: t("line_workstations").format(name=m["n"], count=m["c"], price=m["p"],
                                                currency=m["cur"], month=m["m"])),
    (re.compile(r"^(?P<n>.*): regular on-site visits, (?P<p>[\d.]+) % on the workstation price$"),
     lambda m, t: t("line_onsite_surcharge").format(name=m["n"], pct=m["p"])),
    (re.compile(r"^(?P<n>.*): prepaid credit (?P<w>.*?)(?: hours)?, (?P<m>[^,]*)$"),
     lambda m, t: t("line_prepaid_credit").format(
         name=m["n"], what=m["w"] + (" h" if m[0].endswith(f"{m['w']} hours, {m['m']}") else ""),
         month=m["m"])),
    (re.compile(r"^work$"), lambda m, t: t("line_work")),
)  # fmt: skip


def line_text(description: str, label: Callable[[str], str]) -> str:
    """A line's text in the client's language: the wording the rules add is translated, what
    an engineer wrote stays as written."""
    for pattern, word in _LINE_TEXTS:
        found = pattern.match(description)
        if found:
            return word(found, label)
    return description


def _text_width(text: str, strong: bool = False) -> float:
    if has_japanese(text):
        register_japanese()
        return float(stringWidth(text, JAPANESE_BOLD if strong else JAPANESE, CELL_SIZE))
    return float(stringWidth(text, SANS_BOLD if strong else SANS, CELL_SIZE))


def _fitted(rows: list[list[Flowable | str]], column: int, most: float) -> float:
    """The width a column needs to keep every cell on one line (at most ``most``)."""
    widest = max((_text_width(r[column]) for r in rows if isinstance(r[column], str)), default=0)
    return min(most, widest + 2 * CELL_PAD + 1)


def _parties(
    client: Client, address: PostalAddress, issuer: Issuer, label: Callable[[str], str],
    s: Styles, width: float, language: str,
) -> Table:  # fmt: skip
    left = [
        bold(label("from"), s.muted),
        bold(issuer.name, s.body),
        para(issuer.address_for(language, client.country), s.body),
        para(f"{label('vat_id')}: {issuer.vat_id}", s.body),
        para(issuer.email, s.muted),
    ]
    right = [bold(label("to"), s.muted), bold(client.name, s.body),
             para(address.printed(), s.body),
             para(f"{label('vat_id')}: {client.vat_id or '—'}", s.body)]  # fmt: skip
    table = Table([[left, right]], colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return table


def invoice_pdf_bytes(session: Session, invoice: Invoice, issuer: Issuer | None = None) -> bytes:
    """Render an issued invoice (or credit note); drafts have no number and are refused."""
    if invoice.status == InvoiceStatus.DRAFT or invoice.number is None:
        raise UserError(
            phrase(
                "this invoice is still a draft: issue it first, then print it (numbers are "
                "given on issue only)"
            )
        )
    issuer = issuer or issuer_of(session)
    client = session.get_one(Client, invoice.client_id)
    doc = setting_for(client.locale, client.time_zone, client.country)
    f, t, s, pagesize, width = doc.f, doc.t, doc.s, doc.pagesize, doc.width
    word = doc.word
    money = lambda value: unbroken(f.money(value, invoice.currency))  # noqa: E731 - shorthand
    day = lambda value: unbroken(f.day(value))  # noqa: E731 - local shorthand
    credit = is_credit_note(invoice)
    title = t("credit_note") if credit else t("invoice")
    kind_title = t(KIND_TITLES[InvoiceKind(invoice.kind)]) if not credit else ""
    corrected = credited_invoice(session, invoice) if credit else None
    if corrected is not None and corrected.number:
        kind_title = f"{t('corrects')} {corrected.number} ({day(corrected.issue_date)})"
    story: list[Flowable] = [bold(f"{title} {invoice.number}", s.title)]
    if kind_title:
        story.append(para(kind_title, s.muted))
    story += [gap(3), _parties(client, billing_address(session, client), issuer, t, s, width,
                               f.language), gap(3)]  # fmt: skip
    period = "—"
    if invoice.period_start and invoice.period_end:
        period = f"{day(invoice.period_start)} – {day(invoice.period_end)}"
    story.append(
        fields_table(
            [(t("number"), invoice.number), (t("issue_date"), day(invoice.issue_date)),
             (t("due_date"), day(invoice.due_date)), (t("period"), period)],
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
    tickets = line_tickets(session, invoice)
    # the ticket and who worked share a column (the name under the ticket): a column of
    # its own left the description a fifth of the page, three lines to a sentence
    header = [t("date"), f"{t('ticket')}\n{t('engineer')}", t("description"), t("hours"),
              t("rate"), t("multiplier"), t("amount"), t("drew_on")]  # fmt: skip
    rows: list[list[Flowable | str]] = [list(header)]
    # a legal note every line shares is stated once, with the tax it explains; a line
    # carries its own only where the invoice mixes rates
    shared_note = len({(ln.tax_rate_pct, ln.tax_exemption) for ln in invoice.lines}) == 1
    for ln in sorted(invoice.lines, key=lambda ln: ln.position):
        text = line_text(ln.description, t)
        if ln.tax_exemption and not shared_note:
            text += f" ({ln.tax_exemption})"
        who = engineers.get(ln.engineer_id, "") if ln.engineer_id else ""
        rows.append([
            day(ln.day) if ln.day else "",
            "\n".join(part for part in (unbroken(tickets.get(ln.id, "")), who) if part),
            text,
            unbroken(f.number(ln.hours)) if ln.hours is not None else "",
            money(ln.rate) if ln.rate is not None else "",
            unbroken(f.number(ln.multiplier)),
            money(ln.amount),
            word(ln.drew_on),
        ])  # fmt: skip
    widths = _line_widths(rows, width)
    story += [gap(3), LineTable(rows, widths, align_right=(3, 4, 5, 6))]
    totals: list[list[Flowable | str]] = [[t("subtotal"), money(invoice.subtotal)]]
    for tax in tax_lines(invoice):
        places = 0 if tax.rate_pct == tax.rate_pct.to_integral() else 2
        text = f"{t('tax')} {f.number(tax.rate_pct, places)}{NBSP}% ({money(tax.base.amount)})"
        if tax.exemption:
            text += f" — {tax.exemption}"
        totals.append([text, money(tax.tax.amount)])
    totals.append([t("total"), money(invoice.total)])
    figures = max(_fitted(totals, 1, width * 0.3), width * 0.15)
    table = grid(totals, [width * 0.5 - figures, figures], header=False, zebra=False,
                 align_right=(1,), bold_last=True)  # fmt: skip
    table.hAlign = "RIGHT"
    story += [gap(2), table, gap(4)]
    bank = f"IBAN{NBSP}{unbroken(issuer.iban)}"
    if issuer.bic:
        bank += f" · BIC{NBSP}{issuer.bic}"
    pairs: list[tuple[str, object]] = []
    reason = getattr(invoice, "credit_reason", None)
    if credit and reason:
        pairs.append((t("credit_reason"), reason))
    if invoice.payment_terms:
        pairs.append((t("terms"), terms_text(invoice.payment_terms, t)))
    pairs.append((t("bank_account"), bank))
    if not credit:
        pairs.append(("", t("pay_quoting").format(number=invoice.number)))
    if invoice.notes:
        pairs.append(("", invoice.notes))
    story.append(fields_table(pairs, s, width))
    page = Page(title, invoice.number, issuer.name, t("page"))
    subject = "credit note" if credit else f"invoice {invoice.kind}"
    return build_pdf(story, page, pagesize, subject=subject)


class LineTable(Flowable):
    """An invoice's lines laid out one page at a time, as `grid` draws them.

    One table of thousands of lines made reportlab measure every remaining line again at
    each page break (5,000 lines took 18 times as long as 500); here each page measures
    only the lines it may hold, and the rest wait as another LineTable.
    """

    FIRST_GUESS = 60  # lines tried before a row's height is known; more than a page holds

    def __init__(
        self, rows: list[list[Flowable | str]], widths: list[float], align_right: tuple[int, ...]
    ) -> None:
        super().__init__()
        self._header, self._lines = rows[0], rows[1:]
        self._widths, self._right = widths, align_right
        self._zebra = len(rows) > 3  # as grid decides for the whole table
        self._mean: float | None = None  # a line's mean height so far: lines per page
        self._table: Table | None = None
        self._for: tuple[float, float] = (-1.0, -1.0)
        self.hAlign = "LEFT"

    def _chunk(self, width: float, height: float) -> Table:
        """A table of the header and more lines than fit in ``height`` (all when they fit).

        The lines tried are a quarter more than the mean height so far says fit, so each
        line is measured about twice: once too many, once on its page.
        """
        lines = self._lines
        k = self.FIRST_GUESS if self._mean is None else int(1.25 * height / self._mean) + 2
        while True:
            chunk = lines[:k]
            table = grid([self._header, *chunk], self._widths, align_right=self._right)
            if self._zebra and len(chunk) <= 2:  # grid leaves a short table plain: a page end
                table.setStyle(TableStyle([("ROWBACKGROUNDS", (0, 1), (-1, -1), ZEBRA)]))
            _w, tall = table.wrap(width, height)
            heights = table._rowHeights[1:]  # measured lines
            if heights:
                self._mean = sum(heights) / len(heights)
            if tall > height or k >= len(lines):
                return table
            k *= 2

    def _table_for(self, width: float, height: float) -> Table:
        if self._table is None or self._for != (width, height):
            self._table, self._for = self._chunk(width, height), (width, height)
        return self._table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """The size of this page's part (taller than ``availHeight`` when lines remain)."""
        table = self._table_for(availWidth, availHeight)  # measured once: not again here
        self.width, self.height = table._width, table._height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """What fits on this page, and the remaining lines as another LineTable."""
        table = self._table_for(availWidth, availHeight)
        # measured for this very space in wrap: Table.split would measure every line again
        table._calc = lambda _w, _h: None
        parts = table.split(availWidth, availHeight)
        if not parts:
            return []
        placed = len(parts[0]._cellvalues) - 1  # lines on this page
        if placed >= len(self._lines):
            return [parts[0]]
        rest = LineTable([self._header, *self._lines[placed:]], self._widths, self._right)
        rest._zebra, rest._mean = self._zebra, self._mean
        return [parts[0], rest]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """Draw the table measured last (all the remaining lines fit), as it draws itself."""
        assert self._table is not None
        self._table.drawOn(canvas, x, y, _sW)


def _line_widths(rows: list[list[Flowable | str]], width: float) -> list[float]:
    """Column widths: dates and figures as wide as their widest cell (they never wrap); the
    ticket with its engineer below, and what a line drew on, as wide as they need up to a
    share, never narrower than a ticket's reference or their longest word; the
    description takes the rest."""
    pad = 2 * CELL_PAD + 2

    def lines(c: int) -> list[tuple[str, bool]]:
        """Each line of a column's text cells, with whether it is set bold (the header)."""
        return [(part, r is rows[0]) for r in rows if isinstance(r[c], str)
                for part in str(r[c]).split("\n")]  # fmt: skip

    def need(c: int) -> float:
        return max((_text_width(x, strong) for x, strong in lines(c)), default=0.0) + pad

    def word(c: int) -> float:
        found = [w for x, _ in lines(c) for w in x.split()]
        return max((_text_width(w, strong=True) for w in found), default=0.0) + pad

    # the longest word of the columns that may wrap, measured once (an invoice may have
    # thousands of lines)
    longest = {c: word(c) for c in (1, 2, 7)}
    widths = {c: need(c) for c in (0, 3, 4, 5, 6)}
    shares = {1: width * 0.16, 7: width * 0.13}
    for c, share in shares.items():
        widths[c] = min(need(c), share)
    # a reference is one unbroken word: the ticket column is never narrower than one
    widths[1] = max(widths[1], longest[1])
    floor = max(width * 0.3, longest[2])
    rest = width - sum(widths.values())
    for c in (7, 1):  # a short description: the side columns give way, down to a word
        if rest < floor:
            give = min(floor - rest, widths[c] - longest[c])
            if give > 0:
                widths[c] -= give
                rest += give
    widths[2] = max(rest, longest[2])
    return [widths[c] for c in range(8)]


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
            return f.hours(amount)
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
        story += [gap(2), bold(word(st.alert), s.body)]
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
            [(t("bundle"), f.hours(fm.bundle_hours)),
             (t("used"), f.hours(fm.used_hours)),
             (t("balance"), f.hours(fm.remaining_hours)),
             (t("overage"), f"{f.hours(fm.overage_hours)}{invoices}")],
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
