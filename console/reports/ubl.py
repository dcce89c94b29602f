"""Issued invoices and credit notes as e-invoices: UBL 2.1 to Peppol BIS Billing 3.0.

What the e-invoice says is gathered by `console.reports.einvoice` (shared with the CII of a
Factur-X PDF); this module writes it in UBL. The seller is the company profile; the buyer
is the client with its billing address, VAT id and electronic address (Peppol needs both
parties' electronic addresses, so a client without a VAT id has no UBL e-invoice).

A credit note is a UBL CreditNote with a BillingReference to the invoice it corrects; its
lines, negative in the store, are written positive, as a credit note states what is credited.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from console.errors import UserError
from console.model import Invoice
from console.reports.einvoice import EInvoice, Line, Party, amount_text, gather, plain_number
from console.reports.invoice import PostalAddress
from console.rules.tax import EXEMPT, REVERSE_CHARGE, REVERSE_CHARGE_CODE
from console.services.provider import CompanyProfile
from console.wording.phrases import phrase

CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"

NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
NS_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
ET.register_namespace("cac", CAC)
ET.register_namespace("cbc", CBC)


@dataclass(frozen=True)
class _Doc:
    """A small builder over ElementTree: cbc/cac children in the order they are added."""

    currency: str

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
        self.cbc(parent, name, amount_text(value, self.currency), currencyID=self.currency)


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


def _party(doc: _Doc, root: ET.Element, role: str, party: Party, refusal: str) -> None:
    """A party with its Peppol address, name, address, VAT id and registration."""
    box = doc.cac(doc.cac(root, role), "Party")
    if party.endpoint is None:
        raise UserError(refusal)
    doc.cbc(box, "EndpointID", party.endpoint[1], schemeID=party.endpoint[0])
    doc.cbc(doc.cac(box, "PartyName"), "Name", party.trading_name or party.name)
    _address(doc, box, party.address)
    if party.vat_id:
        tax = doc.cac(box, "PartyTaxScheme")
        doc.cbc(tax, "CompanyID", party.vat_id)
        _tax_scheme(doc, tax)
    legal = doc.cac(box, "PartyLegalEntity")
    doc.cbc(legal, "RegistrationName", party.name)
    if party.registration is not None:
        number, scheme = party.registration
        doc.cbc(legal, "CompanyID", number, **({"schemeID": scheme} if scheme else {}))
    if party.phone or party.email:
        contact = doc.cac(box, "Contact")
        doc.cbc(contact, "Telephone", party.phone)
        doc.cbc(contact, "ElectronicMail", party.email)


def invoice_ubl(session: Session, invoice: Invoice, profile: CompanyProfile | None = None) -> bytes:
    """The e-invoice of an issued invoice or credit note, as UTF-8 XML (UBL 2.1, Peppol BIS
    Billing 3.0). Drafts, and a store without a company profile, are refused (UserError)."""
    return ubl_xml(gather(session, invoice, profile))


def ubl_xml(facts: EInvoice) -> bytes:
    """The gathered facts of an e-invoice written as UBL 2.1 (Peppol BIS Billing 3.0)."""
    credit = facts.credit
    doc = _Doc(facts.currency)
    root = ET.Element(f"{{{NS_CREDIT_NOTE if credit else NS_INVOICE}}}"
                      f"{'CreditNote' if credit else 'Invoice'}")  # fmt: skip
    doc.cbc(root, "CustomizationID", CUSTOMIZATION_ID)
    doc.cbc(root, "ProfileID", PROFILE_ID)
    doc.cbc(root, "ID", facts.number)
    doc.cbc(root, "IssueDate", _day(facts.issue_date))
    if credit:
        doc.cbc(root, "CreditNoteTypeCode", facts.type_code)
    else:
        doc.cbc(root, "DueDate", _day(facts.due_date))
        doc.cbc(root, "InvoiceTypeCode", facts.type_code)
    doc.cbc(root, "Note", facts.note)  # BIS: one note at most
    doc.cbc(root, "DocumentCurrencyCode", facts.currency)
    doc.cbc(root, "BuyerReference", facts.buyer_reference)
    if facts.period is not None:
        period = doc.cac(root, "InvoicePeriod")
        doc.cbc(period, "StartDate", _day(facts.period[0]))
        doc.cbc(period, "EndDate", _day(facts.period[1]))
    if facts.corrected is not None:
        ref = doc.cac(doc.cac(root, "BillingReference"), "InvoiceDocumentReference")
        doc.cbc(ref, "ID", facts.corrected[0])
        doc.cbc(ref, "IssueDate", _day(facts.corrected[1]))
    if facts.contract is not None:
        doc.cbc(doc.cac(root, "ContractDocumentReference"), "ID", facts.contract)
    seller_country = facts.seller.address.country
    _party(doc, root, "AccountingSupplierParty", facts.seller,
           f"the company profile's country {seller_country} has no Peppol address scheme "
           "for its VAT id, so no e-invoice can name the seller")  # fmt: skip
    _party(doc, root, "AccountingCustomerParty", facts.buyer,
           f"client {facts.buyer.name}: an e-invoice needs the client's VAT id (its Peppol "
           "address); give the client one first")  # fmt: skip
    means = doc.cac(root, "PaymentMeans")
    doc.cbc(means, "PaymentMeansCode", facts.payment_means)
    if credit:
        doc.cbc(means, "PaymentDueDate", _day(facts.due_date))
    doc.cbc(means, "PaymentID", facts.number)
    account = doc.cac(means, "PayeeFinancialAccount")
    doc.cbc(account, "ID", facts.iban)
    doc.cbc(account, "Name", facts.account_name)
    if facts.bic:
        doc.cbc(doc.cac(account, "FinancialInstitutionBranch"), "ID", facts.bic)
    if facts.terms:
        doc.cbc(doc.cac(root, "PaymentTerms"), "Note", facts.terms)
    taxes = doc.cac(root, "TaxTotal")
    doc.amount(taxes, "TaxAmount", facts.tax_total)
    for b in facts.breakdown:
        sub = doc.cac(taxes, "TaxSubtotal")
        doc.amount(sub, "TaxableAmount", b.base)
        doc.amount(sub, "TaxAmount", b.tax)
        _category(doc, sub, "TaxCategory", b.category, b.rate_pct, b.exemption)
    totals = doc.cac(root, "LegalMonetaryTotal")
    doc.amount(totals, "LineExtensionAmount", facts.net)
    doc.amount(totals, "TaxExclusiveAmount", facts.net)
    doc.amount(totals, "TaxInclusiveAmount", facts.total)
    doc.amount(totals, "PayableAmount", facts.total)
    for ln in facts.lines:
        _line(doc, root, credit, ln)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _category(
    doc: _Doc, parent: ET.Element, name: str, category: str, rate: Decimal, exemption: str | None
) -> None:
    box = doc.cac(parent, name)
    doc.cbc(box, "ID", category)
    doc.cbc(box, "Percent", plain_number(rate))
    if name == "TaxCategory" and category in (REVERSE_CHARGE, EXEMPT):
        if category == REVERSE_CHARGE:
            doc.cbc(box, "TaxExemptionReasonCode", REVERSE_CHARGE_CODE)
        doc.cbc(box, "TaxExemptionReason", exemption)
    _tax_scheme(doc, box)


def _line(doc: _Doc, root: ET.Element, credit: bool, ln: Line) -> None:
    line = doc.cac(root, "CreditNoteLine" if credit else "InvoiceLine")
    doc.cbc(line, "ID", ln.number)
    doc.cbc(line, "Note", ln.note)
    doc.cbc(line, "CreditedQuantity" if credit else "InvoicedQuantity",
            plain_number(ln.quantity), unitCode=ln.unit)  # fmt: skip
    doc.amount(line, "LineExtensionAmount", ln.amount)
    if ln.day is not None:
        period = doc.cac(line, "InvoicePeriod")
        doc.cbc(period, "StartDate", _day(ln.day))
        doc.cbc(period, "EndDate", _day(ln.day))
    item = doc.cac(line, "Item")
    doc.cbc(item, "Description", ln.description)  # the whole text, where the name is cut
    doc.cbc(item, "Name", ln.name)
    _category(doc, item, "ClassifiedTaxCategory", ln.category, ln.rate_pct, None)
    box = doc.cac(line, "Price")
    doc.cbc(box, "PriceAmount", plain_number(ln.price), currencyID=doc.currency)
    if ln.base_quantity is not None:
        doc.cbc(box, "BaseQuantity", plain_number(ln.base_quantity), unitCode=ln.unit)


def find_invoice(session: Session, key: str) -> Invoice:
    """An invoice by its number or id (UserError when there is none)."""
    from console.reports.request import find_row

    found: Invoice = find_row(session, Invoice, Invoice.number, key, "invoice")
    return found


def ubl_of(session: Session, invoice_id: uuid.UUID) -> bytes:
    """The e-invoice of an issued invoice by id (for the window's "Save e-invoice")."""
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise UserError(phrase("invoice {id} does not exist", id=str(invoice_id)))
    return invoice_ubl(session, invoice)
