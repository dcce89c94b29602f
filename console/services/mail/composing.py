"""A plain-text mail as the wire carries it: headers and a UTF-8 body, written straight
to bytes.

The standard library's EmailMessage parses every header it is given into a tree and
writes it back, about 2.7 ms a mail: more than the SMTP exchange itself for the desk's
short notices. Here a header that is plain ASCII and short is written as it is; only a
long or non-ASCII one goes through email.header (RFC 2047 encoded words, folded at 78).
The body is 7bit when it is ASCII with short lines, else quoted-printable UTF-8.
Line breaks in a header value are taken out, so no text of the desk's can add a header.
A mail with files (an engineer's photo, D7) is multipart/mixed: the same text, then each
file in base64.
"""

from __future__ import annotations

import base64
import re
import uuid
from dataclasses import dataclass
from email import quoprimime
from email.header import Header
from email.utils import formataddr
from urllib.parse import quote

_BREAKS = re.compile(r"[\r\n]+\s*")
_FOLD_AT = 78
_LONGEST_LINE = 998
_ADDRESSES = ("From", "To", "Cc", "Reply-To")


def address(name: str | None, mailbox: str) -> str:
    """A name and an address as a header names them; a non-ASCII name is encoded."""
    return formataddr((_flat(name or ""), _flat(mailbox)), charset="utf-8")


def _flat(value: str) -> str:
    return _BREAKS.sub(" ", value)


def _fold(name: str, value: str) -> str:
    """An ASCII value folded before spaces it already has (the value stays the same)."""
    lines: list[str] = []
    line = f"{name}:"
    for word in value.split(" "):
        if word and len(line) + 1 + len(word) > _FOLD_AT and not line.endswith(":"):
            lines.append(line)
            line = ""
        line += " " + word
    lines.append(line)
    return "\r\n".join(lines) + "\r\n"


def _header(name: str, value: str) -> str:
    value = _flat(value)
    if value.isascii():
        if len(name) + 2 + len(value) <= _FOLD_AT:
            return f"{name}: {value}\r\n"
        return _fold(name, value)
    if name in _ADDRESSES:
        # an address is never inside an encoded word: its name was encoded by `address`;
        # an address itself outside ASCII goes as UTF-8 (the server must take SMTPUTF8)
        return f"{name}: {value}\r\n"
    encoded = Header(value, "utf-8", header_name=name).encode(linesep="\r\n", maxlinelen=_FOLD_AT)
    return f"{name}: {encoded}\r\n"


def _body(text: str) -> tuple[str, str]:
    """The body's transfer encoding and its lines, ending in CRLF."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    if not lines.endswith("\n"):
        lines += "\n"
    if lines.isascii() and all(len(line) <= _LONGEST_LINE for line in lines.split("\n")):
        return "7bit", lines.replace("\n", "\r\n")
    # the UTF-8 bytes, one character per byte, as quoprimime expects them
    octets = lines.encode("utf-8").decode("latin-1")
    return "quoted-printable", quoprimime.body_encode(octets, eol="\r\n")


def plain_text_mail(headers: list[tuple[str, str]], body: str) -> bytes:
    """The whole mail: these headers in this order (values already decided), then the MIME
    headers of a UTF-8 text/plain body, then the body."""
    encoding, lines = _body(body)
    parts = [_header(name, value) for name, value in headers]
    parts += [
        "MIME-Version: 1.0\r\n",
        'Content-Type: text/plain; charset="utf-8"\r\n',
        f"Content-Transfer-Encoding: {encoding}\r\n",
        "\r\n",
        lines,
    ]
    return "".join(parts).encode("utf-8")


@dataclass(frozen=True)
class Attached:
    """A file a mail carries: its name, media type and bytes."""

    filename: str
    media_type: str
    data: bytes


def mail_with_files(headers: list[tuple[str, str]], body: str, files: list[Attached]) -> bytes:
    """`plain_text_mail`, with files after the text (multipart/mixed); without files it
    is the plain text mail itself."""
    if not files:
        return plain_text_mail(headers, body)
    boundary = f"=_dispatch_{uuid.uuid4().hex}"  # a text never holds it by chance
    encoding, lines = _body(body)
    parts = [_header(name, value) for name, value in headers]
    parts += [
        "MIME-Version: 1.0\r\n",
        f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n',
        "\r\n",
        f"--{boundary}\r\n",
        'Content-Type: text/plain; charset="utf-8"\r\n',
        f"Content-Transfer-Encoding: {encoding}\r\n",
        "\r\n",
        lines,
        "\r\n",  # the line break before a boundary is the boundary's: the text keeps its own
    ]
    for file in files:
        name = _disposition_name(file.filename)
        wrapped = base64.encodebytes(file.data).decode("ascii").replace("\n", "\r\n")
        parts += [
            f"--{boundary}\r\n",
            f"Content-Type: {file.media_type}\r\n",
            "Content-Transfer-Encoding: base64\r\n",
            f"Content-Disposition: attachment; {name}\r\n",
            "\r\n",
            wrapped,
        ]
    parts.append(f"--{boundary}--\r\n")
    return "".join(parts).encode("utf-8")


def _disposition_name(filename: str) -> str:
    """The file's name as a Content-Disposition parameter: quoted where it is ASCII, else
    RFC 2231's UTF-8 form (a Japanese engineer's name), which mail readers all take."""
    flat = _flat(filename).replace('"', "'").replace("\\", "_")
    if flat.isascii():
        return f'filename="{flat}"'
    return f"filename*=utf-8''{quote(flat, safe='')}"
