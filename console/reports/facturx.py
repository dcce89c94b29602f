"""Issued invoices and credit notes as Factur-X / ZUGFeRD: a PDF/A-3 that carries its
structured invoice (UN/CEFACT CII at the EN 16931 profile, `console.reports.cii`) as
factur-x.xml, for clients who ask for it (`Client.e_invoice_format`).

The pages are the invoice's own PDF, the one archived on issue, so the Factur-X PDF looks
exactly like the invoice the desk prints. The factur-x library (Akretion) embeds the XML
(with its AFRelationship, MIME type and checksum), writes the XMP metadata that declares
PDF/A-3 level B and the Factur-X profile, and checks the XML against the official schema.
What the library leaves to the PDF it is given is done here:

- an sRGB output intent (the pages paint in DeviceRGB, which PDF/A allows only under an
  output intent); the ICC profile is LittleCMS's built-in sRGB, through Pillow;
- reportlab opens every page with an empty text object that selects Helvetica, a font it
  never embeds (no glyph is drawn with it, but PDF/A refuses a font that is not embedded),
  so that selection is pointed at a font the page embeds;
- the document information dictionary is made to say what the XMP says (PDF/A wants them
  equal), and both are dated by the invoice's issue day, so the same invoice always gives
  the same file.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache, partial
from io import BytesIO
from typing import TYPE_CHECKING

from console.errors import UserError
from console.wording.phrases import phrase

if TYPE_CHECKING:
    from pypdf import PdfWriter
    from sqlalchemy.orm import Session

    from console.model import Invoice

FILE_NAME = "factur-x.xml"
LEVEL = "en16931"
RELATIONSHIP = "alternative"
"""The XML is the same invoice as the pages (a full EN 16931 invoice): Factur-X names that
relationship Alternative; only the MINIMUM and BASIC WL profiles, which are not whole
invoices, must say Data."""

# reportlab's page preamble: an empty text object selecting its base font (never embedded)
_EMPTY_TEXT = re.compile(rb"BT (/[A-Za-z0-9+]+) ([\d.]+) Tf ([\d.]+) TL ET")
_XMP_DATE = "%Y-%m-%dT%H:%M:%S+00:00"
_PDF_DATE = "D:%Y%m%d%H%M%S+00'00'"
_NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
CREATOR = "Dispatch Console"
PRODUCER = "Dispatch Console (reportlab, factur-x, pypdf)"
PDF_VERSION = b"%PDF-1.7"
"""PDF/A-3 is PDF 1.7 (ISO 32000-1) with embedded files of any kind."""


@cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile (a monitor profile, RGB, version 4), made by LittleCMS."""
    from PIL import ImageCms

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def _embedded(font: object) -> bool:
    descriptor = getattr(font, "get", lambda _key: None)("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def _swap_font(bare: set[str], embedded: list[str], found: re.Match[bytes]) -> bytes:
    """An empty text object selecting an unembedded font selects an embedded one instead
    (or, on a page that embeds none, is dropped: it draws nothing)."""
    if found[1].decode() not in bare:
        return found[0]
    if not embedded:
        return b""
    return b"BT %s %s Tf %s TL ET" % (embedded[0].encode(), found[2], found[3])


def _point_preamble_at_embedded_fonts(writer: PdfWriter) -> None:
    """Each page's empty text objects select an embedded font instead of Helvetica; the
    unembedded font leaves the resources once no page that shares them selects it."""
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    shared: dict[int, tuple[DictionaryObject, set[str], list[bytes]]] = {}
    for page in writer.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        if fonts is None:
            continue
        fonts = fonts.get_object()
        bare = {str(name) for name, ref in fonts.items() if not _embedded(ref.get_object())}
        kept = [str(name) for name, ref in fonts.items() if _embedded(ref.get_object())]
        contents = page.get_contents()
        if not bare or contents is None:
            continue
        data = contents.get_data()
        changed = _EMPTY_TEXT.sub(partial(_swap_font, bare, kept[:1]), data)
        if changed != data:
            stream = DecodedStreamObject()
            stream.set_data(changed)
            page.replace_contents(stream.flate_encode())
        # pages may share one font dictionary: a font goes only when none of them selects it
        shared.setdefault(id(fonts), (fonts, bare, []))[2].append(changed)
    for fonts, bare, pages in shared.values():
        for name in bare:
            selected = re.compile(re.escape(name.encode()) + rb"\s")
            if not any(selected.search(content) for content in pages):
                del fonts[NameObject(name)]


def _add_output_intent(writer: PdfWriter) -> None:
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    profile = DecodedStreamObject()
    profile.set_data(srgb_profile())
    profile[NameObject("/N")] = NumberObject(3)
    intent = DictionaryObject({
        NameObject("/Type"): NameObject("/OutputIntent"),
        NameObject("/S"): NameObject("/GTS_PDFA1"),
        NameObject("/OutputConditionIdentifier"): TextStringObject("sRGB"),
        NameObject("/Info"): TextStringObject("sRGB IEC61966-2.1"),
        NameObject("/DestOutputProfile"): writer._add_object(profile.flate_encode()),
    })  # fmt: skip
    writer._root_object[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])


def pdfa_ready(pdf: bytes) -> bytes:
    """The PDF with what PDF/A asks of its pages and catalogue that reportlab leaves out."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=BytesIO(pdf))
    _point_preamble_at_embedded_fonts(writer)
    _add_output_intent(writer)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _settle_metadata(pdf: bytes, when: datetime, keywords: str) -> bytes:
    """Date the XMP and the embedded XML by ``when`` and make the information dictionary
    say what the XMP says (title, author, subject, keywords, tools, dates)."""
    from lxml import etree  # type: ignore[import-untyped]
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        NameObject,
        StreamObject,
        TextStringObject,
    )

    writer = PdfWriter(clone_from=BytesIO(pdf))
    metadata = writer._root_object["/Metadata"].get_object()
    assert isinstance(metadata, StreamObject)
    packet = metadata.get_data()
    head, _, rest = packet.partition(b"?>")
    body, _, tail = rest.rpartition(b"<?xpacket")
    root = etree.fromstring(body.strip())
    xmp_date = when.strftime(_XMP_DATE)
    for name in ("CreateDate", "ModifyDate"):
        for element in root.iter(f"{{{_NS['xmp']}}}{name}"):
            element.text = xmp_date
    for element in root.iter(f"{{{_NS['xmp']}}}CreatorTool"):
        element.text = CREATOR
    for element in root.iter(f"{{{_NS['pdf']}}}Producer"):
        element.text = PRODUCER
        parent = element.getparent()
        assert parent is not None
        etree.SubElement(parent, f"{{{_NS['pdf']}}}Keywords").text = keywords
    for element in root.iter(f"{{{_NS['rdf']}}}Description"):
        element.set(f"{{{_NS['rdf']}}}about", "")  # XMP wants it, if only empty
    etree.indent(root)
    title = root.findtext(f".//{{{_NS['dc']}}}title/{{{_NS['rdf']}}}Alt/{{{_NS['rdf']}}}li") or ""
    author = root.findtext(f".//{{{_NS['dc']}}}creator/{{{_NS['rdf']}}}Seq/{{{_NS['rdf']}}}li")
    subject = root.findtext(f".//{{{_NS['dc']}}}description/{{{_NS['rdf']}}}Alt/{{{_NS['rdf']}}}li")
    stream = DecodedStreamObject()
    stream.set_data(head + b"?>\n" + etree.tostring(root) + b"\n<?xpacket" + tail)
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    writer._replace_object(writer._root_object.raw_get("/Metadata"), stream)
    pdf_date = when.strftime(_PDF_DATE)
    info = {
        "/Title": title, "/Author": author or "", "/Subject": subject or "",
        "/Keywords": keywords, "/Creator": CREATOR, "/Producer": PRODUCER,
        "/CreationDate": pdf_date, "/ModDate": pdf_date,
    }  # fmt: skip
    writer._info = None  # a new dictionary: reportlab's /Trapped has no XMP twin here
    writer.add_metadata(info)
    files = writer._root_object["/AF"].get_object()
    assert isinstance(files, ArrayObject)
    for spec in files:
        params = spec.get_object()["/EF"]["/F"].get_object()["/Params"]
        params[NameObject("/ModDate")] = TextStringObject(pdf_date)
    writer.pdf_header = PDF_VERSION
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def facturx_of(pdf: bytes, cii: bytes, *, title: str, author: str, subject: str,
               keywords: str, language: str, when: datetime) -> bytes:  # fmt: skip
    """A PDF's pages with the CII embedded as Factur-X (EN 16931), as PDF/A-3 level B."""
    from facturx import generate_from_binary

    try:
        made = generate_from_binary(
            pdfa_ready(pdf), cii, flavor="factur-x", level=LEVEL, check_xsd=True,
            pdf_metadata={"title": title, "author": author, "subject": subject,
                          "keywords": keywords},
            lang=language, afrelationship=RELATIONSHIP, xmp_compression=False,
        )  # fmt: skip
    except Exception as exc:  # the library says what is wrong with the XML in its words
        raise UserError(
            phrase("the Factur-X PDF could not be made: {error}", error=str(exc))
        ) from exc
    return _settle_metadata(bytes(made), when, keywords)


def invoice_facturx(session: Session, invoice: Invoice) -> bytes:
    """The Factur-X PDF of an issued invoice or credit note: its archived pages with its CII.
    Drafts, and a store without a company profile, are refused (UserError)."""
    from console.model import Client
    from console.reports.archive import invoice_pdf
    from console.reports.cii import invoice_cii
    from console.reports.invoice import is_credit_note

    cii = invoice_cii(session, invoice)  # refuses drafts before any rendering
    pdf = invoice_pdf(session, invoice.id)
    client = session.get_one(Client, invoice.client_id)
    assert invoice.issue_date is not None and invoice.number is not None
    meta = _document_info(pdf)
    credit = is_credit_note(invoice)
    return facturx_of(
        pdf, cii,
        title=meta.get("/Title") or str(invoice.number),
        author=meta.get("/Author") or "",
        subject=f"{'Credit note' if credit else 'Invoice'} {invoice.number}",
        keywords=f"Factur-X, {'Credit note' if credit else 'Invoice'}, {invoice.number}",
        language=client.locale.replace("_", "-"),
        when=datetime(invoice.issue_date.year, invoice.issue_date.month,
                      invoice.issue_date.day, tzinfo=UTC),
    )  # fmt: skip


def _document_info(pdf: bytes) -> dict[str, str]:
    from pypdf import PdfReader

    info = PdfReader(BytesIO(pdf)).metadata
    if info is None:
        return {}
    return {str(key): str(value) for key, value in info.items()}
