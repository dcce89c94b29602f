"""D7: the photo the client checks an engineer's ID against when they are proposed.

A passport-style picture, kept with the engineer and sent with the proposal. Only the two
formats every mail reader shows inline are taken, and a size that a mail carries easily.
"""

from __future__ import annotations

from console.errors import ValidationError
from console.wording.phrases import phrase

MOST_BYTES = 512 * 1024
"""A photo's largest size: a passport picture is some tens of kilobytes."""

KINDS = {b"\xff\xd8\xff": ("image/jpeg", "jpg"), b"\x89PNG\r\n\x1a\n": ("image/png", "png")}
"""The formats taken, by how their files begin: their media type and file extension."""


def kilobytes(size: int) -> int:
    """A size in whole kilobytes, rounded up: a photo just over the limit never reads as
    the limit itself, and the refusal, the listing and the window give the same figure."""
    return -(-size // 1024)


def photo_kind(data: bytes) -> tuple[str, str]:
    """The photo's media type and extension; refused unless a JPEG or PNG of at most
    `MOST_BYTES`."""
    if len(data) > MOST_BYTES:
        raise ValidationError(
            "photo",
            phrase("a photo is at most {most} KB (this one: {size} KB)",
                   most=kilobytes(MOST_BYTES), size=kilobytes(len(data))),
            "D7",
        )  # fmt: skip
    for start, kind in KINDS.items():
        if data.startswith(start):
            return kind
    raise ValidationError("photo", phrase("a photo is a JPEG or PNG picture"), "D7")


def described(data: bytes) -> str:
    """A stored file as a listing names it: "JPEG picture, 34 KB"."""
    size = kilobytes(len(data))
    for start, (_media, extension) in KINDS.items():
        if data.startswith(start):
            return f"{extension.upper().replace('JPG', 'JPEG')} picture, {size} KB"
    return f"{size} KB"
