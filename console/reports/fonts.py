"""The fonts documents embed: DejaVu Sans for Latin and Cyrillic, IPAexGothic for Japanese,
BIZ UDPGothic Bold for Japanese in bold.

reportlab draws a string in one font and has no per-glyph fallback, so text is split into
runs and each Japanese run is set in IPAexGothic, or in BIZ UDPGothic Bold where the text
around it is bold (IPAex has no bold face: headings and totals lost their weight in
Japanese). The Japanese fonts (4 MB each) are loaded only when a document contains
Japanese.
"""

from __future__ import annotations

import io
import re
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from console.resources_path import resource_root

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
JAPANESE = "IPAexGothic"
JAPANESE_BOLD = "BIZUDPGothic-Bold"

# Kana, CJK symbols and punctuation, CJK ideographs (with extension A), full-width forms
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+")


def _load(name: str, filename: str) -> None:
    data = resource_root().joinpath("fonts", filename).read_bytes()
    pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold) and its family once per process."""
    _load(SANS, "DejaVuSans.ttf")
    _load(SANS_BOLD, "DejaVuSans-Bold.ttf")
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
    )


@cache
def register_japanese() -> None:
    """Register IPAexGothic and its bold (only when some text needs them)."""
    _load(JAPANESE, "ipaexg.ttf")
    _load(JAPANESE_BOLD, "BIZUDPGothic-Bold.ttf")
    pdfmetrics.registerFontFamily(
        JAPANESE, normal=JAPANESE, bold=JAPANESE_BOLD, italic=JAPANESE, boldItalic=JAPANESE_BOLD
    )


def has_japanese(text: str) -> bool:
    """Whether a text holds characters DejaVu Sans cannot draw."""
    return _CJK.search(text) is not None


def markup(text: object, bold: bool = False) -> str:
    """Escape text for a Paragraph and set its Japanese runs in the Japanese font (its bold
    face when the paragraph is bold: a font tag names one face, not a family's weight)."""
    plain = "" if text is None else str(text)
    if not has_japanese(plain):
        return escape(plain).replace("\n", "<br/>")
    register_japanese()
    parts: list[str] = []
    last = 0
    for run in _CJK.finditer(plain):
        parts.append(escape(plain[last : run.start()]))
        face = JAPANESE_BOLD if bold else JAPANESE
        parts.append(f'<font name="{face}">{escape(run.group())}</font>')
        last = run.end()
    parts.append(escape(plain[last:]))
    return "".join(parts).replace("\n", "<br/>")


def font_for(text: str, bold: bool = False) -> str:
    """One font for a canvas string: Japanese if it needs it, else DejaVu."""
    if has_japanese(text):
        register_japanese()
        return JAPANESE_BOLD if bold else JAPANESE
    return SANS_BOLD if bold else SANS
