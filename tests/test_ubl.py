"""E-invoices: issued invoices as UBL 2.1 to Peppol BIS Billing 3.0, checked by the real
validators, the official UBL 2.1 schemas (XSD) and the Peppol BIS Billing 3.0 schematron
(the CEN EN 16931 UBL rules and the Peppol rules), from tests/resources/peppol.

The schematron is compiled to XSLT by SchXslt and run by Saxon (saxonche); any failed
assertion flagged fatal fails the test, with its rule and text.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from builders import MON, World
from conftest import run_cli
from monthly_run import bill_month
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.enums import ContractKind, InvoiceKind, Phase
from console.errors import UserError
from console.model import Assessment, Invoice
from console.reports.archive import invoice_pdf, issue_and_archive
from console.reports.ubl import invoice_ubl
from console.services.emergency import bill_emergency
from console.services.provider import save_profile

lxml_etree = pytest.importorskip("lxml.etree", reason="lxml is a test dependency ('.[test]')")
saxonche = pytest.importorskip("saxonche", reason="saxonche is a test dependency ('.[test]')")

PEPPOL = Path(__file__).parent / "resources" / "peppol"
SVRL = {"svrl": "http://purl.oclc.org/dsdl/svrl"}
UBL = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cn": "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
ISSUED = date(2026, 12, 1)

PROFILE: dict[str, object] = {
    "legal_name": "Acme IT Services B.V.",
    "trading_name": "Acme IT",
    "address_lines": ("Keizersgracht 1", "2nd floor"),
    "postcode": "1015 BA",
    "city": "Amsterdam",
    "country": "NL",
    "vat_id": "NL 8888.88.888 B01",
    "registration_number": "87654321",
    "iban": "NL02 ABNA 0123 4567 89",
    "bic": "ABNANL2A",
    "email": "billing@acme.example",
    "phone": "+31 20 555 1234",
    "currency": "EUR",
    "tax_rate": "21",
    "invoice_prefix": "AC",
    "language": "nl",
    "time_zone": "Europe/Amsterdam",
    "holiday_country": "NL",
}


# -- the validators ------------------------------------------------------------------------
@cache
def _schema(root: str) -> Any:
    name = "UBL-CreditNote-2.1.xsd" if root == "CreditNote" else "UBL-Invoice-2.1.xsd"
    return lxml_etree.XMLSchema(lxml_etree.parse(str(PEPPOL / "xsd" / "maindoc" / name)))


@cache
def _processor() -> Any:
    return saxonche.PySaxonProcessor(license=False)


@cache
def _schematron(name: str, folder: str) -> Any:
    """The schematron compiled to XSLT (SchXslt), then compiled by Saxon."""
    xslt = _processor().new_xslt30_processor()
    compiler = xslt.compile_stylesheet(
        stylesheet_file=str(PEPPOL / "schxslt" / "pipeline-for-svrl.xsl")
    )
    target = Path(folder) / f"{name}.xsl"
    compiler.transform_to_file(source_file=str(PEPPOL / "sch" / f"{name}.sch"),
                               output_file=str(target))  # fmt: skip
    return xslt.compile_stylesheet(stylesheet_file=str(target))


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("schematron"))


def failures(xml: bytes, folder: str) -> list[str]:
    """Every XSD error and fatal schematron assertion, as 'RULE: text' (empty: valid)."""
    document = lxml_etree.fromstring(xml)
    root = lxml_etree.QName(document).localname
    schema = _schema(root)
    found: list[str] = []
    if not schema.validate(document):
        found += [f"XSD: {e.message} (line {e.line})" for e in schema.error_log]
    source = Path(folder) / "document.xml"
    source.write_bytes(xml)
    for name in ("CEN-EN16931-UBL", "PEPPOL-EN16931-UBL"):
        report = _schematron(name, folder).transform_to_string(source_file=str(source))
        svrl = lxml_etree.fromstring(report.encode())
        fired = svrl.findall(".//svrl:fired-rule", SVRL)
        assert fired, f"{name}: no rule fired; the schematron did not run"
        for failed in svrl.findall(".//svrl:failed-assert", SVRL):
            if failed.get("flag", "fatal") == "fatal":
                text = " ".join(failed.findtext("svrl:text", "", SVRL).split())
                found.append(f"{failed.get('id')}: {text} at {failed.get('location')}")
    return found


def test_the_validators_refuse_a_broken_invoice(store: Engine, compiled: str) -> None:
    """The validators are real: a total that does not add up and a missing element fail."""
    with Session(store) as session:
        invoice = _monthly(session)
        xml = invoice_ubl(session, invoice)
    assert failures(xml, compiled) == []
    wrong_total = re.sub(rb"(<cbc:PayableAmount[^>]*>)[^<]*", rb"\g<1>1.00", xml)
    assert "BR-CO-16" in " ".join(failures(wrong_total, compiled))  # due = with VAT - paid
    no_buyer_name = xml.replace(b"<cbc:RegistrationName>Tulp B.V.</cbc:RegistrationName>", b"")
    assert "BR-07" in " ".join(failures(no_buyer_name, compiled))
    misnamed = xml.replace(b"cbc:DueDate", b"cbc:Due")
    assert any(f.startswith("XSD") for f in failures(misnamed, compiled))


# -- the invoices --------------------------------------------------------------------------
def _world(session: Session, kind: ContractKind = ContractKind.ON_DEMAND, **contract: Any) -> World:
    save_profile(session, PROFILE)
    w = World(session, kind, **contract)
    w.client.vat_id = "NL123456789B01"
    w.client.billing_address = "Tulp B.V.\nPostbus 1234\n1000 AB Amsterdam"
    session.flush()
    return w


def _monthly(session: Session, w: World | None = None) -> Invoice:
    w = w or _world(session)
    w.work(MON, 2)
    w.work(MON + timedelta(days=1), 1 / 3)  # 20 min: 41.67, rounded once
    w.work(datetime(2026, 11, 17, 18, 0, tzinfo=UTC), 1.5)  # outside service hours
    run = bill_month(session, w.contract.id, 2026, 11)
    assert run.invoice is not None
    return issue_and_archive(session, run.invoice.id, ISSUED)


def _pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def _xpath(xml: bytes, path: str) -> list[str]:
    return [str(v) for v in lxml_etree.fromstring(xml).xpath(path, namespaces=UBL)]


def test_an_issued_monthly_invoice_is_a_valid_peppol_invoice(store: Engine, compiled: str) -> None:
    with Session(store) as session:
        w = _world(session)
        invoice = _monthly(session, w)
        xml = invoice_ubl(session, invoice)
        reference = w.ticket.reference
    assert failures(xml, compiled) == []
    assert _xpath(xml, "/inv:Invoice/cbc:ID/text()") == [invoice.number]
    assert _xpath(xml, "/inv:Invoice/cbc:DueDate/text()") == [f"{invoice.due_date}"]
    assert _xpath(xml, "//cac:LegalMonetaryTotal/cbc:PayableAmount/text()") == [f"{invoice.total}"]
    assert _xpath(xml, "//cac:TaxSubtotal/cac:TaxCategory/cbc:ID/text()") == ["S"]
    assert _xpath(xml, "//cac:InvoiceLine/cbc:InvoicedQuantity/@unitCode") == ["HUR"] * 3
    assert _xpath(xml, "//cac:PayeeFinancialAccount/cbc:ID/text()") == ["NL02ABNA0123456789"]
    assert _xpath(xml, "//cac:AccountingCustomerParty//cbc:PostalZone/text()") == ["1000 AB"]
    notes = _xpath(xml, "//cac:InvoiceLine/cbc:Note/text()")
    assert notes == [f"Ticket {reference}"] * 3  # the client reads Dutch: "Ticket"
    texts = _xpath(xml, "//cac:InvoiceLine/cac:Item/cbc:Name/text()")
    assert "werkzaamheden (buiten servicetijden)" in texts  # the line texts in Dutch
    assert _xpath(xml, "//cac:PaymentTerms/cbc:Note/text()") == ["30 dagen netto"]


def test_an_emergency_invoice_with_the_guarantee_taken_off_is_valid(
    store: Engine, compiled: str
) -> None:
    """E2, E4: the restoration invoice has a negative line for the guarantee already paid."""
    with Session(store) as session:
        w = _world(session, ContractKind.EXPRESS, express_rate=Decimal("180.00"),
                   on_demand_rate=Decimal("140.00"))  # fmt: skip
        session.add(Assessment(ticket_id=w.ticket.id, answered_at=MON,
                               guarantee_hours=Decimal(2)))  # fmt: skip
        w.work(MON, 3, phase=Phase.RESTORE)
        run = bill_emergency(session, w.ticket.id)
        restoration = next(i for i in run.invoices if i.kind == InvoiceKind.RESTORATION)
        issued = issue_and_archive(session, restoration.id, ISSUED)
        xml = invoice_ubl(session, issued)
        ticket = w.ticket.reference
    assert failures(xml, compiled) == []
    assert _xpath(xml, "//cac:InvoiceLine/cbc:LineExtensionAmount/text()") == ["540.00", "-360.00"]
    assert _xpath(xml, "//cac:InvoiceLine/cbc:InvoicedQuantity/text()")[1] == "-1"
    assert _xpath(xml, "//cac:InvoiceLine/cac:Price/cbc:PriceAmount/text()")[1] == "360"
    assert _xpath(xml, "/inv:Invoice/cbc:BuyerReference/text()") == [ticket]
    assert _xpath(xml, "//cbc:PayableAmount/text()") == ["217.80"]


def test_a_zero_rate_line_carries_its_exemption(store: Engine, compiled: str) -> None:
    with Session(store) as session:
        w = _world(session, tax_rate_pct=Decimal(0),
                   tax_exemption="Vrijgesteld van btw, art. 11 lid 1 Wet OB")  # fmt: skip
        invoice = _monthly(session, w)
        xml = invoice_ubl(session, invoice)
    assert failures(xml, compiled) == []
    assert _xpath(xml, "//cac:TaxSubtotal/cac:TaxCategory/cbc:ID/text()") == ["E"]
    assert _xpath(xml, "//cac:TaxSubtotal//cbc:TaxExemptionReason/text()") == [
        "Vrijgesteld van btw, art. 11 lid 1 Wet OB"
    ]
    assert _xpath(xml, "//cac:TaxTotal/cbc:TaxAmount/text()") == ["0.00"]


def test_a_business_in_another_member_state_gets_a_reverse_charge_invoice(
    store: Engine, compiled: str
) -> None:
    """The draft's lines get 0 % and the legal note in the client's language (German: falls
    back to English; Spanish here), the PDF prints it and the e-invoice says AE."""
    with Session(store) as session:
        w = _world(session)
        w.client.country, w.client.locale, w.client.vat_id = "ES", "es_ES", "ESB12345678"
        w.client.billing_address = "Calle Mayor 1\n28013 Madrid"
        session.flush()
        invoice = _monthly(session, w)
        xml = invoice_ubl(session, invoice)
        note = invoice.lines[0].tax_exemption
        total, subtotal = invoice.total, invoice.subtotal
        pdf = _pdf_text(invoice_pdf(session, invoice.id))
    assert "artículo 196 de la Directiva 2006/112/CE" in pdf and "IVA 0" in pdf
    assert "Ticket" in pdf and "30 días netos" in pdf and "28013" in pdf
    assert note == (
        "Inversión del sujeto pasivo – artículo 196 de la Directiva 2006/112/CE del Consejo"
    )
    assert total == subtotal  # no VAT charged
    assert failures(xml, compiled) == []
    assert _xpath(xml, "//cac:TaxSubtotal/cac:TaxCategory/cbc:ID/text()") == ["AE"]
    assert _xpath(xml, "//cac:TaxSubtotal//cbc:TaxExemptionReasonCode/text()") == ["VATEX-EU-AE"]
    assert set(_xpath(xml, "//cac:ClassifiedTaxCategory/cbc:ID/text()")) == {"AE"}
    assert _xpath(xml, "//cac:AccountingCustomerParty//cbc:EndpointID/@schemeID") == ["9920"]


def test_a_yen_invoice_has_no_decimals_and_adds_up(store: Engine, compiled: str) -> None:
    with Session(store) as session:
        w = _world(session, tax_rate_pct=Decimal(10), standard_rate=Decimal(12500),
                   on_demand_rate=Decimal(12500))  # fmt: skip
        w.contract.currency = "JPY"
        w.client.country, w.client.locale, w.client.currency = "JP", "ja_JP", "JPY"
        w.client.time_zone, w.client.vat_id = "Asia/Tokyo", "T1234567890123"
        w.client.billing_address = "東京都千代田区丸の内1-1\n100-0005 東京"
        session.flush()
        invoice = _monthly(session, w)
        xml = invoice_ubl(session, invoice)
    assert failures(xml, compiled) == []
    amounts = _xpath(xml, "//cbc:LineExtensionAmount/text()")
    assert amounts and all("." not in a for a in amounts)
    assert "4167" in amounts  # 20 min at 12,500 JPY/h, rounded once to the yen
    assert _xpath(xml, "//cac:AccountingCustomerParty//cbc:EndpointID/text()") == ["T1234567890123"]
    assert _xpath(xml, "//cac:AccountingCustomerParty//cbc:CompanyID/text()") == [
        "JPT1234567890123"
    ]


def test_a_draft_or_a_client_without_a_vat_id_has_no_e_invoice(store: Engine) -> None:
    with Session(store) as session:
        w = _world(session)
        w.work(MON, 1)
        run = bill_month(session, w.contract.id, 2026, 11)
        assert run.invoice is not None
        with pytest.raises(UserError, match="draft"):
            invoice_ubl(session, run.invoice)
        issued = issue_and_archive(session, run.invoice.id, ISSUED)
        w.client.vat_id = None
        with pytest.raises(UserError, match="VAT id"):
            invoice_ubl(session, issued)


def test_a_credit_note_is_a_ubl_credit_note_referring_to_its_invoice(
    store: Engine, compiled: str
) -> None:
    """A credit note (negative lines in the store) is a CreditNote with positive amounts and
    a BillingReference to the invoice it corrects; its PDF says which invoice."""
    from console.model import InvoiceLine
    from console.services.invoicing import issue_invoice

    with Session(store) as session:
        invoice = _monthly(session)
        note = Invoice(issuer=invoice.issuer, kind=InvoiceKind.CREDIT_NOTE,
                       client_id=invoice.client_id, contract_id=invoice.contract_id,
                       currency="EUR", credits_invoice_id=invoice.id,
                       credit_reason="Wrong rate")  # fmt: skip
        line = invoice.lines[0]
        assert line.hours is not None
        note.lines.append(InvoiceLine(position=0, description=line.description, day=line.day,
                                      hours=-line.hours, rate=line.rate, amount=-line.amount,
                                      tax_rate_pct=line.tax_rate_pct, drew_on=line.drew_on,
                                      credits_line_id=line.id))  # fmt: skip
        session.add(note)
        session.flush()
        issued = issue_invoice(session, note.id, ISSUED)
        xml = invoice_ubl(session, issued)
        pdf = _pdf_text(invoice_pdf(session, issued.id))
        number, amount = invoice.number, line.amount
    assert failures(xml, compiled) == []
    assert _xpath(xml, "/cn:CreditNote/cbc:CreditNoteTypeCode/text()") == ["381"]
    assert _xpath(xml, "/cn:CreditNote/cac:BillingReference//cbc:ID/text()") == [number]
    extension = _xpath(xml, "//cac:CreditNoteLine/cbc:LineExtensionAmount/text()")
    assert [Decimal(v) for v in extension] == [amount]
    assert _xpath(xml, "//cac:CreditNoteLine/cbc:CreditedQuantity/text()") == ["2"]
    assert "Creditnota" in pdf and f"Corrigeert factuur {number}" in pdf


# -- the command line ----------------------------------------------------------------------
def test_the_command_line_writes_the_e_invoice(
    store: Engine, sqlite_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Session(store) as session:
        number = str(_monthly(session).number)
        session.commit()
    db = str(sqlite_path)
    out = tmp_path / "e-invoice.xml"
    code, said, err = run_cli(capsys, "report", "invoice", number, "--format", "ubl",
                           "--db", db, "-o", str(out))  # fmt: skip
    assert code == 0, err
    assert str(out) in said
    assert _xpath(out.read_bytes(), "/inv:Invoice/cbc:ID/text()") == [number]
    pdf = tmp_path / "invoice.pdf"
    code, _, err = run_cli(capsys, "report", "invoice", number, "--db", db, "-o", str(pdf))
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")  # PDF stays the default
    code, _, err = run_cli(capsys, "report", "day-sheet", "--day", "2026-11-16", "--format", "ubl",
                        "--db", db, "-o", str(tmp_path / "x.xml"))  # fmt: skip
    assert code == 2 and "Traceback" not in err and "--format" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.xml").exists()


# -- the demo's invoices and the window ----------------------------------------------------
def test_every_issued_demo_invoice_is_a_valid_e_invoice(demo_engine: Engine, compiled: str) -> None:
    """Clients in five countries and currencies; one without a VAT id is refused in words."""
    from sqlalchemy import select

    from console.enums import InvoiceStatus
    from console.model import Client

    checked = refused = 0
    with Session(demo_engine) as session:
        rows = session.execute(
            select(Invoice, Client.vat_id).join(Client, Client.id == Invoice.client_id)
            .where(Invoice.status != InvoiceStatus.DRAFT.value).order_by(Invoice.number)
        ).all()  # fmt: skip
        for invoice, vat_id in rows:
            if not vat_id:
                with pytest.raises(UserError, match="VAT id"):
                    invoice_ubl(session, invoice)
                refused += 1
                continue
            assert failures(invoice_ubl(session, invoice), compiled) == [], invoice.number
            checked += 1
    assert checked >= 3


def test_the_document_viewer_saves_an_issued_invoice_as_its_e_invoice(
    qtbot: Any, demo_engine: Engine, tmp_path: Path, compiled: str
) -> None:
    from sqlalchemy import select

    from console.enums import InvoiceStatus
    from console.model import Client
    from console.reports.request import DocumentRequest
    from console.views.context import DeskContext
    from console.views.document_view import DocumentViewer

    with Session(demo_engine) as session:
        number = session.scalars(
            select(Invoice.number).join(Client, Client.id == Invoice.client_id)
            .where(Invoice.status != InvoiceStatus.DRAFT.value, Client.vat_id.is_not(None))
            .order_by(Invoice.number).limit(1)
        ).one()  # fmt: skip
    desk = DeskContext(demo_engine, clock=lambda: datetime(2026, 11, 22, 9, 0, tzinfo=UTC))
    desk.sign_in(None)
    viewer = DocumentViewer(desk, DocumentRequest("invoice", invoice=number))
    qtbot.addWidget(viewer)
    assert not viewer.ubl_button.isHidden() and not viewer.ubl_button.isEnabled()
    with qtbot.waitSignal(viewer.ready, timeout=20_000):
        viewer.start()
    assert viewer.ubl_button.isEnabled()
    saved = viewer.save_ubl_to(tmp_path / "e-invoice")
    assert saved == tmp_path / "e-invoice.xml"
    assert failures(saved.read_bytes(), compiled) == []
    assert _xpath(saved.read_bytes(), "/inv:Invoice/cbc:ID/text()") == [number]
    other = DocumentViewer(desk, DocumentRequest("day-sheet"))
    qtbot.addWidget(other)
    assert other.ubl_button.isHidden()  # only an invoice has an e-invoice


def test_line_texts_and_terms_are_worded_in_the_client_language() -> None:
    """The wording the rules write on lines is translated; what an engineer wrote stays."""
    from console.reports.invoice import line_text, terms_text
    from console.wording.labels import label_for

    nl, ru = label_for("nl"), label_for("ru")
    assert line_text("On-site visit V-1: 2 h reserved (outside service hours)", nl) == (
        "Bezoek op locatie V-1: 2 uur gereserveerd (buiten servicetijden)"
    )
    assert line_text("Printer jam fixed: own defect, not billed", ru) == (
        "Printer jam fixed: наша ошибка, не оплачивается"
    )
    assert line_text("Guarantee hours already paid", nl) == "Reeds betaalde garantie-uren"
    # every reason time is not billed, and no colon after a description's full stop (C8)
    es = label_for("es")
    assert line_text("Called the client.: goodwill", es) == (
        "Called the client: cortesía, no facturado"
    )
    assert line_text("Backup review: internal", nl) == (
        "Backup review: intern werk, niet gefactureerd"
    )
    assert line_text("Patch undone.: own defect, not billed", label_for("en")) == (
        "Patch undone: own defect, not billed"
    )
    assert terms_text("14 days net", ru) == "оплата в течение 14 дней"
    assert terms_text("on receipt", ru) == "on receipt"  # typed by hand: printed as typed


@pytest.mark.parametrize(
    ("text", "country", "lines", "postcode", "city"),
    [
        ("Tulp B.V.\nPostbus 1234\n1000 AB Amsterdam", "NL", ("Postbus 1234",), "1000 AB",
         "Amsterdam"),
        ("Calle Mayor 1\n28013 Madrid\nSpain", "ES", ("Calle Mayor 1",), "28013", "Madrid"),
        ("ул. Малышева 213\n620014 Екатеринбург", "RU", ("ул. Малышева 213",), "620014",
         "Екатеринбург"),
        ("丸の内1-1\n100-0005 東京", "JP", ("丸の内1-1",), "100-0005", "東京"),
        ("10 Downing Street\nLondon SW1A 2AA", "GB", ("10 Downing Street",), None,
         "London SW1A 2AA"),
        ("Hauptstr. 5\nBerlin", "DE", ("Hauptstr. 5",), None, "Berlin"),
    ],
)  # fmt: skip
def test_a_billing_address_is_split_into_street_postcode_and_city(
    text: str, country: str, lines: tuple[str, ...], postcode: str | None, city: str
) -> None:
    from console.model import Client
    from console.reports.invoice import billing_address

    client = Client(name="Tulp B.V.", country=country, billing_address=text)
    address = billing_address(None, client)  # type: ignore[arg-type]  # text: no store read
    assert (address.lines, address.postcode, address.city) == (lines, postcode, city)
