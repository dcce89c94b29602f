"""What every document shares: page, styles, header and footer, tables and write-in boxes."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from console.reports.fonts import (
    JAPANESE,
    JAPANESE_BOLD,
    SANS,
    SANS_BOLD,
    font_for,
    has_japanese,
    markup,
    register_fonts,
    register_japanese,
)
from console.reports.formatting import Formats, formats_for, paper_for
from console.rules.calendar import Cause
from console.wording.causes import causes_in
from console.wording.labels import label_for
from console.wording.vocabulary import words_for

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6673")
RULE = colors.HexColor("#c9d1da")
SHADE = colors.HexColor("#eef2f6")
ACCENT = colors.HexColor("#1f5fa8")


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of all documents."""

    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    muted: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """Styles in DejaVu Sans (Japanese runs switch font inside the paragraph)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=12.5, textColor=INK)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=SANS_BOLD, fontSize=17, leading=21, spaceAfter=4
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=9,
            spaceAfter=3,
            textColor=ACCENT,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=SANS_BOLD, fontSize=8.5, leading=10.5
        ),
        cell_right=ParagraphStyle(
            "cell_right", parent=body, fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        ),
        muted=ParagraphStyle("muted", parent=body, fontSize=8, leading=10, textColor=MUTED),
    )


class Line(Flowable):
    """Plain text that fits on one line, drawn straight onto the canvas.

    Most of a document's text is short (labels, names, dates), and a Paragraph parses
    markup and breaks lines for each one; this draws it as the Paragraph would place it
    (baseline one font size below the top) and becomes a Paragraph only when the text
    needs wrapping or a second font.
    """

    def __init__(self, text: str, style: ParagraphStyle, strong: bool) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.strong = strong
        self.font = SANS_BOLD if strong and style.fontName == SANS else style.fontName
        self.paragraph: Paragraph | None = None
        self.width = 0.0

    def _as_paragraph(self) -> Paragraph:
        if self.paragraph is None:
            body = markup(self.text, bold=self.strong or self.font == SANS_BOLD)
            self.paragraph = Paragraph(f"<b>{body}</b>" if self.strong else body, self.style)
        return self.paragraph

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """One line of the style's leading, or what the paragraph needs."""
        if not self.text:
            self.paragraph = None
            self.width = available_width
            return available_width, 0.0  # as an empty Paragraph: no line at all
        simple = "\n" not in self.text and not has_japanese(self.text)
        if simple and stringWidth(self.text, self.font, self.style.fontSize) <= available_width:
            self.paragraph = None
            self.width = available_width
            return available_width, self.style.leading
        return self._as_paragraph().wrap(available_width, available_height)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """A line does not split; a wrapped paragraph splits as paragraphs do."""
        if self.paragraph is None:
            return []
        return self.paragraph.split(available_width, available_height)

    def draw(self) -> None:
        """The text, aligned as the style says."""
        if not self.text:
            return
        if self.paragraph is not None:
            self.paragraph.drawOn(self.canv, 0, 0)
            return
        canvas, style = self.canv, self.style
        canvas.setFillColor(style.textColor)
        canvas.setFont(self.font, style.fontSize)
        y = style.leading - style.fontSize
        if style.alignment == TA_RIGHT:
            canvas.drawRightString(self.width, y, self.text)
        elif style.alignment == TA_CENTER:
            canvas.drawCentredString(self.width / 2, y, self.text)
        else:
            canvas.drawString(0, y, self.text)


def para(text: object, style: ParagraphStyle) -> Flowable:
    """Plain text (escaped; Japanese runs in the Japanese font), wrapped when it must be."""
    return Line("" if text is None else str(text), style, strong=False)


def bold(text: object, style: ParagraphStyle) -> Flowable:
    """Plain text in bold."""
    return Line("" if text is None else str(text), style, strong=True)


CELL_SIZE = 8.5
CELL_PAD = 3


def _cell(
    text: str, width: float, bold_cell: bool, right: bool, s: Styles, muted_cell: bool
) -> tuple[Flowable | str, str | None]:
    """A plain string when it fits on one line (fast), else a wrapping paragraph.

    Returns the cell and the font a plain Japanese string needs.
    """
    japanese = has_japanese(text)
    if japanese:
        register_japanese()
        font = JAPANESE_BOLD if bold_cell else JAPANESE
    else:
        font = SANS_BOLD if bold_cell else SANS
    if "\n" not in text and stringWidth(text, font, CELL_SIZE) <= width - 2 * CELL_PAD:
        return text, font if japanese else None
    style = s.cell_right if right else (s.muted if muted_cell else s.cell)
    body = markup(text, bold=bold_cell)
    return Paragraph(f"<b>{body}</b>" if bold_cell else body, style), None


def grid(
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    header: bool = True,
    zebra: bool = True,
    align_right: Sequence[int] = (),
    muted_first: bool = False,
    bold_last: bool = False,
) -> Table:
    """A ruled table; the first row is a repeated header when ``header``.

    Text cells may be plain strings: they stay strings (much faster to lay out than
    paragraphs) when they fit, and wrap as paragraphs when they do not.
    """
    s = styles()
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_SIZE + 2),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ]
    last = len(rows) - 1
    cells: list[list[Flowable | str]] = []
    for r, row in enumerate(rows):
        out: list[Flowable | str] = []
        for c, value in enumerate(row):
            if isinstance(value, str) and value:
                strong = (header and r == 0) or (bold_last and r == last)
                value, font = _cell(value, widths[c], strong, c in align_right, s,
                                    muted_first and c == 0)  # fmt: skip
                if font is not None:
                    commands.append(("FONTNAME", (c, r), (c, r), font))
            out.append(value)
        cells.append(out)
    table = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0)
    table.hAlign = "LEFT"
    if muted_first:
        commands += [("TEXTCOLOR", (0, 0), (0, -1), MUTED), ("FONTSIZE", (0, 0), (0, -1), 8)]
    if header:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ]
    if bold_last:
        commands.append(("FONTNAME", (0, last), (-1, last), SANS_BOLD))
    if zebra and len(rows) > 3:
        start = 1 if header else 0
        commands.append(
            ("ROWBACKGROUNDS", (0, start), (-1, -1), [colors.white, colors.HexColor("#f8fafc")])
        )
    for column in align_right:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    # per-cell fonts (Japanese) come after the row-wide ones so they win
    commands.sort(key=lambda cmd: cmd[0] == "FONTNAME" and cmd[1] == cmd[2])
    table.setStyle(TableStyle(commands))
    return table


def fields_table(
    pairs: Sequence[tuple[str, object]], s: Styles, width: float, key_width: float = 38 * mm
) -> Table:
    """Label / value pairs, one per line."""
    rows: list[list[Flowable | str]] = [[k, "" if v is None else str(v)] for k, v in pairs]
    return grid(rows, [key_width, width - key_width], header=False, zebra=False, muted_first=True)


class Box(Flowable):
    """An empty box with a caption, to be filled in by hand on site."""

    def __init__(self, caption: str, width: float, height: float) -> None:
        super().__init__()
        self.caption, self.width, self.height = caption, width, height

    def draw(self) -> None:
        """Caption at the top left, a thin frame around the writing space."""
        c = self.canv
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.6)
        c.rect(0, 0, self.width, self.height)
        c.setFillColor(MUTED)
        c.setFont(font_for(self.caption), 7)
        c.drawString(3, self.height - 9, self.caption)


class CheckLine(Flowable):
    """A check box, ticked when already done, then its label."""

    def __init__(
        self, text: str, done: bool, note: str, style: ParagraphStyle, width: float
    ) -> None:
        super().__init__()
        self.paragraph = Paragraph(
            markup(text) + (f" <font color='#5b6673'>({markup(note)})</font>" if note else ""),
            style,
        )
        self.done, self.width = done, width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Room for the box and the wrapped label."""
        _w, h = self.paragraph.wrap(self.width - 16, available_height)
        self.height = max(h, 10)
        return self.width, self.height

    def draw(self) -> None:
        """The box (with a tick when done), then the label."""
        c = self.canv
        top = self.height - 9
        c.setStrokeColor(INK)
        c.setLineWidth(0.7)
        c.rect(1, top, 8, 8)
        if self.done:
            c.setLineWidth(1.2)
            c.lines([(2.5, top + 4, 4.5, top + 1.5), (4.5, top + 1.5, 8, top + 7)])
        self.paragraph.drawOn(c, 16, 0)


@lru_cache(maxsize=1024)
def qr_modules(value: str) -> tuple[tuple[bool, ...], ...]:
    """The dark modules of a QR code (cached: a day sheet repeats its sites' map links)."""
    from reportlab.graphics.barcode import qrencoder

    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.make()
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


class QrCode(Flowable):
    """A QR code drawn as one filled path: reportlab's widget builds a shape per module
    run and encodes twice, which made a day of work orders several times slower."""

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        self.value = value
        self.modules = qr_modules(value)
        self.width = self.height = size

    def draw(self) -> None:
        """Drawn once per document as a form: a day's work orders repeat their sites' maps."""
        key = f"{self.width:.3f}:{self.value}".encode()
        digest = hashlib.sha1(key, usedforsecurity=False)
        name = f"qr{digest.hexdigest()[:16]}"
        canvas = self.canv
        if not canvas.hasForm(name):
            canvas.beginForm(name, 0, 0, self.width, self.height)
            self._draw_modules()
            canvas.endForm()
        canvas.doForm(name)

    def _draw_modules(self) -> None:
        """Dark runs of each row as rectangles of one path, with a quiet zone of 2 modules."""
        count = len(self.modules)
        box = self.width / (count + 4)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            y = self.height - (r + 3) * box
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    path.rect((start + 2) * box, y, (c - start) * box, box)
                else:
                    c += 1
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


@dataclass(frozen=True)
class Setting:
    """One client's document setting: formats, labels, styles, paper, text width, words."""

    f: Formats
    t: Callable[[str], str]
    s: Styles
    pagesize: tuple[float, float]
    width: float
    word: Callable[[object], str]
    causes: Callable[[Iterable[Cause]], str]
    """SLA clock causes (why time counted, paused or skipped) in the client's language."""


def setting_for(locale: str, zone: str, country: str) -> Setting:
    """The setting of a document for a client in this locale, zone and country."""
    f = formats_for(locale, zone)
    pagesize = paper_for(country)
    language = f.language
    return Setting(
        f,
        label_for(language),
        styles(),
        pagesize,
        pagesize[0] - 32 * mm,
        words_for(language),
        causes_in(language),
    )


@dataclass(frozen=True)
class Page:
    """The running header and footer of one document."""

    title: str
    reference: str
    issuer: str
    page_word: str


def _decorate(page: Page):  # type: ignore[no-untyped-def]
    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(doc.leftMargin, height - 14 * mm, width - doc.rightMargin, height - 14 * mm)
        canvas.setFillColor(MUTED)
        header = f"{page.issuer}  ·  {page.title}"
        canvas.setFont(font_for(header), 7.5)
        canvas.drawString(doc.leftMargin, height - 12.5 * mm, header)
        canvas.setFont(font_for(page.reference), 7.5)
        canvas.drawRightString(width - doc.rightMargin, height - 12.5 * mm, page.reference)
        footer = f"{page.page_word} {canvas.getPageNumber()}"
        canvas.setFont(font_for(footer), 7.5)
        canvas.drawRightString(width - doc.rightMargin, 9 * mm, footer)
        canvas.restoreState()

    return draw


def build_pdf(
    story: list[Flowable],
    page: Page,
    pagesize: tuple[float, float],
    subject: str = "",
) -> bytes:
    """Lay out a story on pages and return the PDF.

    Invariant mode fixes the creation date and document id, so the same data always gives
    the same bytes: an issued invoice can be archived by its hash and reprinted identically.
    """
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=19 * mm,
        bottomMargin=16 * mm,
        title=f"{page.title} {page.reference}",
        author=page.issuer,
        subject=subject,
        creator="Dispatch Console",
        invariant=1,
    )
    decorate = _decorate(page)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def keep(*flowables: Flowable) -> KeepTogether:
    """Keep a heading with what follows it."""
    return KeepTogether(list(flowables))


def gap(height_mm: float = 3) -> Spacer:
    """Vertical space."""
    return Spacer(1, height_mm * mm)
