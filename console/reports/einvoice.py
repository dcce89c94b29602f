"""What an e-invoice states about an issued invoice or credit note, whichever syntax writes it.

The facts are gathered once from the store and the company profile, then written as UBL
(`console.reports.ubl`, Peppol BIS Billing 3.0) or as UN/CEFACT CII (`console.reports.cii`,
Factur-X EN 16931). The figures are the store's, as on the PDF: line amounts as rated, tax
per category and rate rounded once, the totals the invoice was issued with. The seller is
the company profile; the buyer is the client with its billing address and VAT id.

A credit note (an `Invoice` of the credit note kind that names the invoice it corrects) has
negative lines in the store; an e-invoice states them positive, as a credit note states
what is credited, and names the corrected invoice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from console.enums import InvoiceStatus
from console.errors import UserError
from console.model import Client, Contract, Invoice, InvoiceLine
from console.money import Money, minor_unit
from console.reports.invoice import (
    PostalAddress,
    billing_address,
    credited_invoice,
    is_credit_note,
    line_text,
    line_tickets,
    terms_text,
)
from console.reports.issuer import NO_PROFILE
from console.rules import company
from console.rules.tax import REVERSE_CHARGE_NOTE, category_of
from console.services.pricing import client_language
from console.services.provider import CompanyProfile, load_profile
from console.wording.labels import label_for
from console.wording.languages import LANGUAGES
from console.wording.phrases import phrase

INVOICE_TYPE = "380"  # commercial invoice (UNTDID 1001)
CREDIT_NOTE_TYPE = "381"  # credit note
SEPA_TRANSFER = "58"  # payment means (UNTDID 4461): SEPA credit transfer
CREDIT_TRANSFER = "30"  # any other credit transfer
HOURS = "HUR"  # unit codes (UN/ECE Recommendation 20)
PIECES = "C62"  # "one": a fixed-price line

VAT_SCHEMES: dict[str, str] = {
    "AT": "9914", "BE": "9925", "BG": "9926", "CH": "9927", "CY": "9928", "CZ": "9929",
    "DE": "9930", "EE": "9931", "ES": "9920", "FR": "9957", "GB": "9932", "GR": "9933",
    "HR": "9934", "HU": "9910", "IE": "9935", "IT": "0211", "LI": "9936", "LT": "9937",
    "LU": "9938", "LV": "9939", "MT": "9943", "NL": "9944", "PL": "9945", "PT": "9946",
    "RO": "9947", "SI": "9949", "SK": "9950", "TR": "9952", "FI": "0213", "DK": "0198",
    "JP": "0221",
}  # fmt: skip
"""The electronic address scheme (EAS) that is a VAT id, per country (JP: the registered
invoice issuer number, T and 13 digits)."""
LEGAL_SCHEMES = {"NL": "0106"}
"""The scheme (ISO 6523 ICD) of a company registration number where one is known (NL: KVK)."""


def plain_number(value: Decimal) -> str:
    """A decimal in plain notation without trailing zeros (12.5, 0.3333, 21)."""
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "") else text


def amount_text(value: Decimal, currency: str) -> str:
    """An amount in its currency's minor unit (12.50 EUR, 4167 JPY)."""
    return f"{value.quantize(minor_unit(currency)):f}"


def vat_id_of(value: str | None, country: str) -> str | None:
    """A VAT id with its country prefix, as the standard wants it (None: none given)."""
    if not value or not value.strip():
        return None
    code = company.compact(value)
    if not (code[:2].isalpha()):
        code = company.EU_VAT_PREFIX.get(country, country) + code
    return code


def endpoint_of(vat_id: str | None, country: str) -> tuple[str, str] | None:
    """The party's electronic address (scheme, id): its VAT id where the country has a
    scheme for it (None: the party has none the networks know)."""
    scheme = VAT_SCHEMES.get(country)
    if not vat_id or scheme is None:
        return None
    if scheme == "0221":  # Japan: the number as registered, without a country prefix
        return scheme, vat_id[2:] if vat_id.startswith("JP") else vat_id
    return scheme, vat_id


@dataclass(frozen=True)
class Party:
    """The seller or the buyer as an e-invoice names it."""

    name: str
    """The registered (legal) name."""
    trading_name: str | None
    vat_id: str | None
    endpoint: tuple[str, str] | None
    """Electronic address (scheme, id), where the party has one."""
    address: PostalAddress
    registration: tuple[str, str | None] | None
    """Company registration number and its scheme (None where unknown)."""
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class Breakdown:
    """One tax subtotal: a category and rate, its base, its tax, its exemption reason."""

    category: str
    rate_pct: Decimal
    base: Decimal
    tax: Decimal
    exemption: str | None


@dataclass(frozen=True)
class Line:
    """One invoice line as stated: quantity x price (per base quantity) is its amount."""

    number: int
    note: str | None
    quantity: Decimal
    unit: str
    price: Decimal
    base_quantity: Decimal | None
    amount: Decimal
    day: date | None
    name: str
    description: str | None
    """The whole text where the name had to be shortened."""
    category: str
    rate_pct: Decimal


@dataclass(frozen=True)
class EInvoice:
    """Everything an e-invoice of one issued invoice or credit note says."""

    number: str
    issue_date: date
    due_date: date | None
    credit: bool
    currency: str
    note: str | None
    buyer_reference: str
    period: tuple[date, date] | None
    corrected: tuple[str, date | None] | None
    """The invoice a credit note corrects: its number and issue day."""
    contract: str | None
    seller: Party
    buyer: Party
    payment_means: str
    iban: str
    bic: str | None
    account_name: str
    terms: str | None
    breakdown: tuple[Breakdown, ...]
    lines: tuple[Line, ...]

    @property
    def type_code(self) -> str:
        """380 for an invoice, 381 for a credit note."""
        return CREDIT_NOTE_TYPE if self.credit else INVOICE_TYPE

    @property
    def net(self) -> Decimal:
        """The sum of the line amounts (no allowances or charges on the document)."""
        return sum((ln.amount for ln in self.lines), Decimal(0))

    @property
    def tax_total(self) -> Decimal:
        """The tax of every subtotal."""
        return sum((b.tax for b in self.breakdown), Decimal(0))

    @property
    def total(self) -> Decimal:
        """Net plus tax: the amount due."""
        return self.net + self.tax_total

    def amount(self, value: Decimal) -> str:
        """An amount of this document, to its currency's minor unit."""
        return amount_text(value, self.currency)


def _reverse_charge_notes() -> set[str]:
    return {label_for(language)(REVERSE_CHARGE_NOTE) for language in LANGUAGES}


def _breakdown(
    lines: list[InvoiceLine], sign: int, currency: str, category: Callable[[InvoiceLine], str]
) -> tuple[Breakdown, ...]:
    """Tax per category and rate, rounded once each, as the invoice's own tax lines."""
    bases: dict[tuple[str, Decimal], Money] = {}
    reasons: dict[tuple[str, Decimal], str | None] = {}
    for ln in lines:
        key = (category(ln), ln.tax_rate_pct)
        bases[key] = bases.get(key, Money.zero(currency)) + Money(ln.amount * sign, currency)
        reasons.setdefault(key, ln.tax_exemption)
    return tuple(
        Breakdown(cat, rate, base.amount,
                  Money(base.amount * rate / 100, currency).rounded().amount,
                  reasons[(cat, rate)] if rate == 0 else None)
        for (cat, rate), base in sorted(bases.items())
    )  # fmt: skip


def _quantity(ln: InvoiceLine, amount: Decimal) -> tuple[Decimal, str, Decimal, Decimal | None]:
    """Quantity, unit, net price and price base quantity of a line, so that quantity x price
    is the line's amount (hours at the rate, else one piece at the amount).

    The price is never negative: a negative line (a guarantee paid) has a negative quantity.
    Where the rounded amount and hours x rate part by more than a cent, the price is the
    amount per the hours as a base quantity, which states the amount exactly.
    """
    if ln.hours is not None and ln.rate is not None and ln.hours != 0:
        quantity, unit = abs(ln.hours), HOURS
        price = abs(ln.rate * ln.multiplier) if amount != 0 else Decimal(0)
    else:
        quantity, unit, price = Decimal(1), PIECES, abs(amount)
    if amount < 0:  # the quantity carries the sign (a credit note's hours are negative)
        quantity = -quantity
    if abs(quantity * price - amount) <= Decimal("0.01"):
        return quantity, unit, price, None
    return quantity, unit, abs(amount), abs(quantity)


def _seller(profile: CompanyProfile) -> Party:
    vat_id = vat_id_of(profile.vat_id, profile.country)
    registration = None
    if profile.registration_number:
        registration = (profile.registration_number, LEGAL_SCHEMES.get(profile.country))
    return Party(
        name=profile.legal_name,
        trading_name=profile.trading_name or None,
        vat_id=vat_id,
        endpoint=endpoint_of(vat_id, profile.country),
        address=PostalAddress(
            tuple(profile.address_lines), profile.postcode, profile.city, profile.country
        ),
        registration=registration,
        phone=profile.phone or None,
        email=profile.email or None,
    )


def _buyer(session: Session, client: Client) -> Party:
    vat_id = vat_id_of(client.vat_id, client.country)
    return Party(
        name=client.name,
        trading_name=None,
        vat_id=vat_id,
        endpoint=endpoint_of(vat_id, client.country),
        address=billing_address(session, client),
        registration=None,
    )


def _line(
    number: int, ln: InvoiceLine, sign: int, ticket: str | None, category: str,
    label: Callable[[str], str],
) -> Line:  # fmt: skip
    amount = ln.amount * sign
    quantity, unit, price, base = _quantity(ln, amount)
    text = line_text(ln.description, label)
    short = text if len(text) <= 100 else text[:99] + "…"  # the whole text as description
    return Line(
        number=number,
        note=f"{label('ticket')} {ticket}" if ticket else None,
        quantity=quantity,
        unit=unit,
        price=price,
        base_quantity=base,
        amount=amount,
        day=ln.day,
        name=short,
        description=text if short != text else None,
        category=category,
        rate_pct=ln.tax_rate_pct,
    )


def gather(session: Session, invoice: Invoice, profile: CompanyProfile | None = None) -> EInvoice:
    """The facts of an issued invoice or credit note's e-invoice. Drafts, and a store
    without a company profile, are refused (UserError)."""
    if invoice.status == InvoiceStatus.DRAFT or invoice.number is None:
        raise UserError(
            phrase(
                "this invoice is still a draft: issue it first, then write its e-invoice (numbers "
                "are given on issue only)"
            )
        )
    if invoice.issue_date is None:
        raise UserError(phrase("invoice {number} has no issue date", number=invoice.number))
    profile = profile or load_profile(session)
    if profile is None:
        raise UserError(NO_PROFILE)
    client = session.get_one(Client, invoice.client_id)
    label = label_for(client_language(client))
    credit = is_credit_note(invoice)
    sign = -1 if credit else 1
    notes = [invoice.notes.strip()] if invoice.notes and invoice.notes.strip() else []
    reason = getattr(invoice, "credit_reason", None)
    if credit and reason and reason.strip():
        notes.insert(0, reason.strip())
    lines = sorted(invoice.lines, key=lambda ln: ln.position)
    tickets = line_tickets(session, invoice)
    ticket_refs = sorted({ref for ref in tickets.values() if ref})
    buyer_reference = (ticket_refs[0] if len(ticket_refs) == 1 and invoice.ticket_id
                       else invoice.number)  # fmt: skip
    period = None
    if invoice.period_start and invoice.period_end:
        period = (invoice.period_start, invoice.period_end)
    corrected = credited_invoice(session, invoice) if credit else None
    contract = session.get(Contract, invoice.contract_id) if invoice.contract_id else None
    notes_rc = _reverse_charge_notes()
    category = lambda ln: category_of(ln.tax_rate_pct, ln.tax_exemption, notes_rc)  # noqa: E731
    return EInvoice(
        number=invoice.number,
        issue_date=invoice.issue_date,
        due_date=invoice.due_date,
        credit=credit,
        currency=invoice.currency,
        note=" — ".join(notes) or None,
        buyer_reference=buyer_reference,
        period=period,
        corrected=(corrected.number, corrected.issue_date)
        if corrected is not None and corrected.number
        else None,
        contract=contract.name if contract is not None else None,
        seller=_seller(profile),
        buyer=_buyer(session, client),
        payment_means=SEPA_TRANSFER if profile.bic else CREDIT_TRANSFER,
        iban=company.compact(profile.iban),
        bic=profile.bic or None,
        account_name=profile.legal_name,
        terms=terms_text(invoice.payment_terms, label) if invoice.payment_terms else None,
        breakdown=_breakdown(lines, sign, invoice.currency, category),
        lines=tuple(
            _line(number, ln, sign, tickets.get(ln.id), category(ln), label)
            for number, ln in enumerate(lines, start=1)
        ),
    )
