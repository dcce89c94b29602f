"""Issued invoices and credit notes as e-invoices: UBL 2.1 to Peppol BIS Billing 3.0.

The figures are the store's, as on the PDF: line amounts as rated, tax per category and rate
rounded once, the totals the invoice was issued with. The seller is the company profile;
the buyer is the client with its billing address, VAT id and electronic address.

A credit note (an `Invoice` of the credit note kind that names the invoice it corrects) is
a UBL CreditNote with a BillingReference to that invoice; its lines, negative in the store,
are written positive, as a credit note states what is credited.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
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
from console.rules.tax import (
    EXEMPT,
    REVERSE_CHARGE,
    REVERSE_CHARGE_CODE,
    REVERSE_CHARGE_NOTE,
    category_of,
)
from console.services.pricing import client_language
from console.services.provider import CompanyProfile, load_profile
from console.wording.labels import label_for
from console.wording.vocabulary import LANGUAGES

CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"

NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
NS_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
ET.register_namespace("cac", CAC)
ET.register_namespace("cbc", CBC)

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
"""The Peppol electronic address scheme (EAS) that is a VAT id, per country (JP: the
registered invoice issuer number, T and 13 digits)."""
LEGAL_SCHEMES = {"NL": "0106"}
"""The scheme of a company registration number where Peppol asks for it (NL: the KVK)."""


def _text(value: Decimal) -> str:
    """A decimal in plain notation without trailing zeros (12.5, 0.3333, 21)."""
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "") else text


@dataclass(frozen=True)
class _Amounts:
    """Writes amounts in the document's currency, to its minor unit."""

    currency: str

    def text(self, value: Decimal) -> str:
        unit = minor_unit(self.currency)
        return f"{value.quantize(unit):f}"


class _Doc:
    """A small builder over ElementTree: cbc/cac children in the order they are added."""

    def __init__(self, amounts: _Amounts) -> None:
        self.amounts = amounts

    @staticmethod
    def cac(parent: ET.Element, name: str) -> ET.Element:
        return ET.SubElement(parent, f"{{{CAC}}}{name}")

    @staticmethod
    def cbc(parent: ET.Element, name: str, value: object, **attrs: str) -> ET.Element | None:
        text = "" if value is None else str(value).strip()
        if not text:  # BIS: no empty elements
            return None
        element = ET.SubElement(parent, f"{{{CBC}}}{name}", attrs)
        element.text = text
        return element

    def amount(self, parent: ET.Element, name: str, value: Decimal) -> None:
        self.cbc(parent, name, self.amounts.text(value), currencyID=self.amounts.currency)


def _vat_id(value: str | None, country: str) -> str | None:
    """A VAT id with its country prefix, as the standard wants it (None: none given)."""
    if not value or not value.strip():
        return None
    code = company.compact(value)
    if not (code[:2].isalpha()):
        code = company.EU_VAT_PREFIX.get(country, country) + code
    return code


def _endpoint(vat_id: str | None, country: str) -> tuple[str, str] | None:
    """The party's Peppol address (scheme, id): its VAT id where the country has a scheme
    for it (None: the party has none the network knows)."""
    scheme = VAT_SCHEMES.get(country)
    if not vat_id or scheme is None:
        return None
    if scheme == "0221":  # Japan: the number as registered, without a country prefix
        return scheme, vat_id[2:] if vat_id.startswith("JP") else vat_id
    return scheme, vat_id


def _address(doc: _Doc, party: ET.Element, address: PostalAddress) -> None:
    box = doc.cac(party, "PostalAddress")
    lines = list(address.lines)
    doc.cbc(box, "StreetName", lines[0] if lines else None)
    doc.cbc(box, "AdditionalStreetName", lines[1] if len(lines) > 1 else None)
    doc.cbc(box, "CityName", address.city)
    doc.cbc(box, "PostalZone", address.postcode)
    if len(lines) > 2:  # the standard has one more address line
        doc.cbc(doc.cac(box, "AddressLine"), "Line", ", ".join(lines[2:]))
    doc.cbc(doc.cac(box, "Country"), "IdentificationCode", address.country)


def _tax_scheme(doc: _Doc, parent: ET.Element) -> None:
    doc.cbc(doc.cac(parent, "TaxScheme"), "ID", "VAT")


def _seller(doc: _Doc, root: ET.Element, profile: CompanyProfile) -> None:
    party = doc.cac(doc.cac(root, "AccountingSupplierParty"), "Party")
    vat_id = _vat_id(profile.vat_id, profile.country)
    endpoint = _endpoint(vat_id, profile.country)
    if endpoint is None:
        raise UserError(
            f"the company profile's country {profile.country} has no Peppol address scheme "
            "for its VAT id, so no e-invoice can name the seller"
        )
    doc.cbc(party, "EndpointID", endpoint[1], schemeID=endpoint[0])
    doc.cbc(doc.cac(party, "PartyName"), "Name", profile.trading_name or profile.legal_name)
    address = PostalAddress(profile.address_lines, profile.postcode, profile.city, profile.country)
    _address(doc, party, address)
    if vat_id:
        tax = doc.cac(party, "PartyTaxScheme")
        doc.cbc(tax, "CompanyID", vat_id)
        _tax_scheme(doc, tax)
    legal = doc.cac(party, "PartyLegalEntity")
    doc.cbc(legal, "RegistrationName", profile.legal_name)
    if profile.registration_number:
        legal_scheme = LEGAL_SCHEMES.get(profile.country)
        attrs = {"schemeID": legal_scheme} if legal_scheme else {}
        doc.cbc(legal, "CompanyID", profile.registration_number, **attrs)
    contact = doc.cac(party, "Contact")
    doc.cbc(contact, "Telephone", profile.phone)
    doc.cbc(contact, "ElectronicMail", profile.email)


def _buyer(doc: _Doc, root: ET.Element, session: Session, client: Client) -> None:
    party = doc.cac(doc.cac(root, "AccountingCustomerParty"), "Party")
    vat_id = _vat_id(client.vat_id, client.country)
    endpoint = _endpoint(vat_id, client.country)
    if endpoint is None:
        raise UserError(
            f"client {client.name}: an e-invoice needs the client's VAT id (its Peppol "
            "address); give the client one first"
        )
    doc.cbc(party, "EndpointID", endpoint[1], schemeID=endpoint[0])
    doc.cbc(doc.cac(party, "PartyName"), "Name", client.name)
    _address(doc, party, billing_address(session, client))
    if vat_id:
        tax = doc.cac(party, "PartyTaxScheme")
        doc.cbc(tax, "CompanyID", vat_id)
        _tax_scheme(doc, tax)
    doc.cbc(doc.cac(party, "PartyLegalEntity"), "RegistrationName", client.name)


@dataclass(frozen=True)
class _Breakdown:
    """One tax subtotal: a category and rate, its base, its tax, its exemption reason."""

    category: str
    rate_pct: Decimal
    base: Decimal
    tax: Decimal
    exemption: str | None


def _reverse_charge_notes() -> set[str]:
    return {label_for(language)(REVERSE_CHARGE_NOTE) for language in LANGUAGES}


def _breakdown(
    lines: list[InvoiceLine], sign: int, currency: str, category: Callable[[InvoiceLine], str]
) -> list[_Breakdown]:
    """Tax per category and rate, rounded once each, as the invoice's own tax lines."""
    bases: dict[tuple[str, Decimal], Money] = {}
    reasons: dict[tuple[str, Decimal], str | None] = {}
    for ln in lines:
        key = (category(ln), ln.tax_rate_pct)
        bases[key] = bases.get(key, Money.zero(currency)) + Money(ln.amount * sign, currency)
        reasons.setdefault(key, ln.tax_exemption)
    return [
        _Breakdown(cat, rate, base.amount,
                   Money(base.amount * rate / 100, currency).rounded().amount,
                   reasons[(cat, rate)] if rate == 0 else None)
        for (cat, rate), base in sorted(bases.items())
    ]  # fmt: skip


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


def invoice_ubl(session: Session, invoice: Invoice, profile: CompanyProfile | None = None) -> bytes:
    """The e-invoice of an issued invoice or credit note, as UTF-8 XML (UBL 2.1, Peppol BIS
    Billing 3.0). Drafts, and a store without a company profile, are refused (UserError)."""
    if invoice.status == InvoiceStatus.DRAFT or invoice.number is None:
        raise UserError(
            "this invoice is still a draft: issue it first, then write its e-invoice (numbers "
            "are given on issue only)"
        )
    profile = profile or load_profile(session)
    if profile is None:
        raise UserError(NO_PROFILE)
    client = session.get_one(Client, invoice.client_id)
    label = label_for(client_language(client))
    credit = is_credit_note(invoice)
    sign = -1 if credit else 1
    doc = _Doc(_Amounts(invoice.currency))
    root = ET.Element(f"{{{NS_CREDIT_NOTE if credit else NS_INVOICE}}}"
                      f"{'CreditNote' if credit else 'Invoice'}")  # fmt: skip
    doc.cbc(root, "CustomizationID", CUSTOMIZATION_ID)
    doc.cbc(root, "ProfileID", PROFILE_ID)
    doc.cbc(root, "ID", invoice.number)
    doc.cbc(root, "IssueDate", _day(invoice.issue_date))
    if credit:
        doc.cbc(root, "CreditNoteTypeCode", CREDIT_NOTE_TYPE)
    else:
        doc.cbc(root, "DueDate", _day(invoice.due_date))
        doc.cbc(root, "InvoiceTypeCode", INVOICE_TYPE)
    notes = [invoice.notes.strip()] if invoice.notes and invoice.notes.strip() else []
    reason = getattr(invoice, "credit_reason", None)
    if credit and reason:
        notes.insert(0, reason.strip())
    doc.cbc(root, "Note", " — ".join(notes))  # BIS: one note at most
    doc.cbc(root, "DocumentCurrencyCode", invoice.currency)
    lines = sorted(invoice.lines, key=lambda ln: ln.position)
    tickets = line_tickets(session, invoice)
    ticket_refs = sorted({ref for ref in tickets.values() if ref})
    buyer_reference = (ticket_refs[0] if len(ticket_refs) == 1 and invoice.ticket_id
                       else invoice.number)  # fmt: skip
    doc.cbc(root, "BuyerReference", buyer_reference)
    if invoice.period_start and invoice.period_end:
        period = doc.cac(root, "InvoicePeriod")
        doc.cbc(period, "StartDate", _day(invoice.period_start))
        doc.cbc(period, "EndDate", _day(invoice.period_end))
    corrected = credited_invoice(session, invoice) if credit else None
    if corrected is not None and corrected.number:
        ref = doc.cac(doc.cac(root, "BillingReference"), "InvoiceDocumentReference")
        doc.cbc(ref, "ID", corrected.number)
        doc.cbc(ref, "IssueDate", _day(corrected.issue_date))
    contract = session.get(Contract, invoice.contract_id) if invoice.contract_id else None
    if contract is not None:
        doc.cbc(doc.cac(root, "ContractDocumentReference"), "ID", contract.name)
    _seller(doc, root, profile)
    _buyer(doc, root, session, client)
    means = doc.cac(root, "PaymentMeans")
    iban = company.compact(profile.iban)
    doc.cbc(means, "PaymentMeansCode", SEPA_TRANSFER if profile.bic else CREDIT_TRANSFER)
    if credit:
        doc.cbc(means, "PaymentDueDate", _day(invoice.due_date))
    doc.cbc(means, "PaymentID", invoice.number)
    account = doc.cac(means, "PayeeFinancialAccount")
    doc.cbc(account, "ID", iban)
    doc.cbc(account, "Name", profile.legal_name)
    if profile.bic:
        doc.cbc(doc.cac(account, "FinancialInstitutionBranch"), "ID", profile.bic)
    if invoice.payment_terms:
        doc.cbc(doc.cac(root, "PaymentTerms"), "Note", terms_text(invoice.payment_terms, label))
    notes_rc = _reverse_charge_notes()
    category = lambda ln: category_of(ln.tax_rate_pct, ln.tax_exemption, notes_rc)  # noqa: E731
    breakdown = _breakdown(lines, sign, invoice.currency, category)
    tax_total = sum((b.tax for b in breakdown), Decimal(0))
    taxes = doc.cac(root, "TaxTotal")
    doc.amount(taxes, "TaxAmount", tax_total)
    for b in breakdown:
        sub = doc.cac(taxes, "TaxSubtotal")
        doc.amount(sub, "TaxableAmount", b.base)
        doc.amount(sub, "TaxAmount", b.tax)
        _category(doc, sub, "TaxCategory", b.category, b.rate_pct, b.exemption)
    net = sum((ln.amount * sign for ln in lines), Decimal(0))
    totals = doc.cac(root, "LegalMonetaryTotal")
    doc.amount(totals, "LineExtensionAmount", net)
    doc.amount(totals, "TaxExclusiveAmount", net)
    doc.amount(totals, "TaxInclusiveAmount", net + tax_total)
    doc.amount(totals, "PayableAmount", net + tax_total)
    for number, ln in enumerate(lines, start=1):
        _line(doc, root, credit, number, ln, sign, tickets.get(ln.id), category(ln), label)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _category(
    doc: _Doc, parent: ET.Element, name: str, category: str, rate: Decimal, exemption: str | None
) -> None:
    box = doc.cac(parent, name)
    doc.cbc(box, "ID", category)
    doc.cbc(box, "Percent", _text(rate))
    if name == "TaxCategory" and category in (REVERSE_CHARGE, EXEMPT):
        if category == REVERSE_CHARGE:
            doc.cbc(box, "TaxExemptionReasonCode", REVERSE_CHARGE_CODE)
        doc.cbc(box, "TaxExemptionReason", exemption)
    _tax_scheme(doc, box)


def _line(
    doc: _Doc, root: ET.Element, credit: bool, number: int, ln: InvoiceLine, sign: int,
    ticket: str | None, category: str, label: Callable[[str], str],
) -> None:  # fmt: skip
    amount = ln.amount * sign
    line = doc.cac(root, "CreditNoteLine" if credit else "InvoiceLine")
    doc.cbc(line, "ID", number)
    if ticket:
        doc.cbc(line, "Note", f"{label('ticket')} {ticket}")
    quantity, unit, price, base = _quantity(ln, amount)
    doc.cbc(line, "CreditedQuantity" if credit else "InvoicedQuantity", _text(quantity),
            unitCode=unit)  # fmt: skip
    doc.amount(line, "LineExtensionAmount", amount)
    if ln.day is not None:
        period = doc.cac(line, "InvoicePeriod")
        doc.cbc(period, "StartDate", _day(ln.day))
        doc.cbc(period, "EndDate", _day(ln.day))
    item = doc.cac(line, "Item")
    text = line_text(ln.description, label)
    if len(text) > 100:  # the name is kept short; the whole text goes before it
        doc.cbc(item, "Description", text)
    doc.cbc(item, "Name", text if len(text) <= 100 else text[:99] + "…")
    _category(doc, item, "ClassifiedTaxCategory", category, ln.tax_rate_pct, None)
    box = doc.cac(line, "Price")
    doc.cbc(box, "PriceAmount", _text(price), currencyID=doc.amounts.currency)
    if base is not None:
        doc.cbc(box, "BaseQuantity", _text(base), unitCode=unit)


def find_invoice(session: Session, key: str) -> Invoice:
    """An invoice by its number or id (UserError when there is none)."""
    from console.reports.request import find_row

    found: Invoice = find_row(session, Invoice, Invoice.number, key, "invoice")
    return found


def ubl_of(session: Session, invoice_id: uuid.UUID) -> bytes:
    """The e-invoice of an issued invoice by id (for the window's "Save e-invoice")."""
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise UserError(f"invoice {invoice_id} does not exist")
    return invoice_ubl(session, invoice)
