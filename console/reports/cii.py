"""Issued invoices and credit notes as UN/CEFACT Cross Industry Invoice (CII D16B), at the
Factur-X / ZUGFeRD EN 16931 profile: the XML a Factur-X PDF carries (`console.reports.facturx`).

What it says is gathered by `console.reports.einvoice`, as for the UBL e-invoice: the same
parties, lines, tax breakdown and totals. A credit note is TypeCode 381 with positive
amounts and the invoice it corrects; a reverse-charge line is category AE with the legal
note and its exemption code. Unlike Peppol, EN 16931 needs no electronic address, so a
client without a VAT id gets a CII too (except under the reverse charge, which needs it).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from sqlalchemy.orm import Session

from console.errors import UserError
from console.model import Invoice
from console.reports.einvoice import EInvoice, Line, Party, gather, plain_number
from console.rules.tax import EXEMPT, REVERSE_CHARGE, REVERSE_CHARGE_CODE
from console.services.provider import CompanyProfile
from console.wording.phrases import phrase

GUIDELINE = "urn:cen.eu:en16931:2017"
"""The Factur-X EN 16931 (ZUGFeRD 2 "COMFORT") profile: the core invoice model, nothing more."""

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
for _prefix, _uri in (("rsm", RSM), ("ram", RAM), ("udt", UDT), ("qdt", QDT)):
    ET.register_namespace(_prefix, _uri)

VAT = "VAT"
VAT_NUMBER = "VA"  # the scheme of a VAT id in a tax registration
DATE_FORMAT = "102"  # YYYYMMDD


def _el(
    parent: ET.Element, name: str, value: object = None, ns: str = RAM, **attrs: str
) -> ET.Element:
    """A child element; with a value, its text."""
    element = ET.SubElement(parent, f"{{{ns}}}{name}", attrs)
    if value is not None:
        element.text = str(value).strip()
    return element


def _text(parent: ET.Element, name: str, value: object, **attrs: str) -> None:
    """A child with text, left out when the value is empty (no empty elements)."""
    if value is not None and str(value).strip():
        _el(parent, name, value, **attrs)


def _day(parent: ET.Element, name: str, day: date, ns: str = UDT) -> None:
    box = _el(parent, name)
    _el(box, "DateTimeString", day.strftime("%Y%m%d"), ns=ns, format=DATE_FORMAT)


def _period(parent: ET.Element, start: date, end: date) -> None:
    box = _el(parent, "BillingSpecifiedPeriod")
    _day(box, "StartDateTime", start)
    _day(box, "EndDateTime", end)


def _party(parent: ET.Element, role: str, party: Party) -> None:
    box = _el(parent, role)
    _el(box, "Name", party.name)
    if party.registration is not None or party.trading_name:
        legal = _el(box, "SpecifiedLegalOrganization")
        if party.registration is not None:
            number, scheme = party.registration
            _text(legal, "ID", number, **({"schemeID": scheme} if scheme else {}))
        _text(legal, "TradingBusinessName", party.trading_name)
    if party.phone or party.email:
        contact = _el(box, "DefinedTradeContact")
        if party.phone:
            _el(_el(contact, "TelephoneUniversalCommunication"), "CompleteNumber", party.phone)
        if party.email:
            _el(_el(contact, "EmailURIUniversalCommunication"), "URIID", party.email)
    address = _el(box, "PostalTradeAddress")
    lines = list(party.address.lines)
    _text(address, "PostcodeCode", party.address.postcode)
    _text(address, "LineOne", lines[0] if lines else None)
    _text(address, "LineTwo", lines[1] if len(lines) > 1 else None)
    _text(address, "LineThree", ", ".join(lines[2:]))
    _text(address, "CityName", party.address.city)
    _el(address, "CountryID", party.address.country)
    if party.endpoint is not None:
        scheme, identifier = party.endpoint
        _el(_el(box, "URIUniversalCommunication"), "URIID", identifier, schemeID=scheme)
    if party.vat_id:
        _el(_el(box, "SpecifiedTaxRegistration"), "ID", party.vat_id, schemeID=VAT_NUMBER)


def _line(parent: ET.Element, facts: EInvoice, ln: Line) -> None:
    item = _el(parent, "IncludedSupplyChainTradeLineItem")
    document = _el(item, "AssociatedDocumentLineDocument")
    _el(document, "LineID", ln.number)
    if ln.note:
        _el(_el(document, "IncludedNote"), "Content", ln.note)
    product = _el(item, "SpecifiedTradeProduct")
    _el(product, "Name", ln.name)
    _text(product, "Description", ln.description)  # the whole text, where the name is cut
    price = _el(_el(item, "SpecifiedLineTradeAgreement"), "NetPriceProductTradePrice")
    _el(price, "ChargeAmount", plain_number(ln.price))
    if ln.base_quantity is not None:
        _el(price, "BasisQuantity", plain_number(ln.base_quantity), unitCode=ln.unit)
    delivery = _el(item, "SpecifiedLineTradeDelivery")
    _el(delivery, "BilledQuantity", plain_number(ln.quantity), unitCode=ln.unit)
    settlement = _el(item, "SpecifiedLineTradeSettlement")
    tax = _el(settlement, "ApplicableTradeTax")
    _el(tax, "TypeCode", VAT)
    _el(tax, "CategoryCode", ln.category)
    _el(tax, "RateApplicablePercent", plain_number(ln.rate_pct))
    if ln.day is not None:
        _period(settlement, ln.day, ln.day)
    total = _el(settlement, "SpecifiedTradeSettlementLineMonetarySummation")
    _el(total, "LineTotalAmount", facts.amount(ln.amount))


def _tax(parent: ET.Element, facts: EInvoice) -> None:
    for b in facts.breakdown:
        tax = _el(parent, "ApplicableTradeTax")
        _el(tax, "CalculatedAmount", facts.amount(b.tax))
        _el(tax, "TypeCode", VAT)
        exempt = b.category in (REVERSE_CHARGE, EXEMPT)
        if exempt:
            _text(tax, "ExemptionReason", b.exemption)
        _el(tax, "BasisAmount", facts.amount(b.base))
        _el(tax, "CategoryCode", b.category)
        if b.category == REVERSE_CHARGE:
            _el(tax, "ExemptionReasonCode", REVERSE_CHARGE_CODE)
        _el(tax, "RateApplicablePercent", plain_number(b.rate_pct))


def cii_xml(facts: EInvoice) -> bytes:
    """The gathered facts of an e-invoice written as CII D16B at the EN 16931 profile."""
    if REVERSE_CHARGE in {b.category for b in facts.breakdown} and not facts.buyer.vat_id:
        raise UserError(
            phrase(
                "client {client}: a reverse-charge invoice names the client's VAT id; "
                "give the client one first",
                client=facts.buyer.name,
            )
        )
    root = ET.Element(f"{{{RSM}}}CrossIndustryInvoice")
    context = _el(root, "ExchangedDocumentContext", ns=RSM)
    _el(_el(context, "GuidelineSpecifiedDocumentContextParameter"), "ID", GUIDELINE)
    header = _el(root, "ExchangedDocument", ns=RSM)
    _el(header, "ID", facts.number)
    _el(header, "TypeCode", facts.type_code)
    _day(header, "IssueDateTime", facts.issue_date)
    if facts.note:
        _el(_el(header, "IncludedNote"), "Content", facts.note)
    trade = _el(root, "SupplyChainTradeTransaction", ns=RSM)
    for ln in facts.lines:
        _line(trade, facts, ln)
    agreement = _el(trade, "ApplicableHeaderTradeAgreement")
    _text(agreement, "BuyerReference", facts.buyer_reference)
    _party(agreement, "SellerTradeParty", facts.seller)
    _party(agreement, "BuyerTradeParty", facts.buyer)
    if facts.contract:
        _el(_el(agreement, "ContractReferencedDocument"), "IssuerAssignedID", facts.contract)
    _el(trade, "ApplicableHeaderTradeDelivery")
    settlement = _el(trade, "ApplicableHeaderTradeSettlement")
    _el(settlement, "PaymentReference", facts.number)
    _el(settlement, "InvoiceCurrencyCode", facts.currency)
    means = _el(settlement, "SpecifiedTradeSettlementPaymentMeans")
    _el(means, "TypeCode", facts.payment_means)
    account = _el(means, "PayeePartyCreditorFinancialAccount")
    _el(account, "IBANID", facts.iban)
    _el(account, "AccountName", facts.account_name)
    if facts.bic:
        _el(_el(means, "PayeeSpecifiedCreditorFinancialInstitution"), "BICID", facts.bic)
    _tax(settlement, facts)
    if facts.period is not None:
        _period(settlement, *facts.period)
    if facts.terms or facts.due_date is not None:
        terms = _el(settlement, "SpecifiedTradePaymentTerms")
        _text(terms, "Description", facts.terms)
        if facts.due_date is not None:
            _day(terms, "DueDateDateTime", facts.due_date)
    totals = _el(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation")
    _el(totals, "LineTotalAmount", facts.amount(facts.net))
    _el(totals, "TaxBasisTotalAmount", facts.amount(facts.net))
    _el(totals, "TaxTotalAmount", facts.amount(facts.tax_total), currencyID=facts.currency)
    _el(totals, "GrandTotalAmount", facts.amount(facts.total))
    _el(totals, "DuePayableAmount", facts.amount(facts.total))
    if facts.corrected is not None:
        reference = _el(settlement, "InvoiceReferencedDocument")
        _el(reference, "IssuerAssignedID", facts.corrected[0])
        if facts.corrected[1] is not None:
            _day(reference, "FormattedIssueDateTime", facts.corrected[1], ns=QDT)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def invoice_cii(session: Session, invoice: Invoice, profile: CompanyProfile | None = None) -> bytes:
    """The CII (Factur-X EN 16931) of an issued invoice or credit note, as UTF-8 XML. Drafts,
    and a store without a company profile, are refused (UserError)."""
    return cii_xml(gather(session, invoice, profile))
