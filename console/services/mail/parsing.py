"""One raw message (RFC 5322 / MIME) read into plain values, or refused with the reason.

Text is decoded with the charset each part declares; the names mail programs use for a
wider set than they declare are read as that set (Latin-1 as Windows-1252, Shift_JIS as
Microsoft's code page 932, ISO-2022-JP with its extensions), as browsers do. A plain-text
body that is not valid in its declared charset is read as Windows-1252 and says so. An
HTML-only body is reduced to safe text. A message whose sender or body structure cannot
be read raises `Unreadable`: it goes to the quarantine, never silently away.
"""

from __future__ import annotations

import codecs
import mimetypes
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import errors as mime_errors
from email import message_from_bytes
from email.header import decode_header
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime

from console.errors import ValidationError
from console.services.mail.html_text import html_to_text
from console.services.mail.reading_policy import READING
from console.services.requesters import split_address
from console.wording.phrases import Phrase, phrase

_WIDER = {
    # what is sent under these names is, in practice, the wider set
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "iso-2022-jp": "iso2022_jp_ext",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
}

_BODY_LOST: dict[type[mime_errors.MessageDefect], Phrase] = {
    mime_errors.NoBoundaryInMultipartDefect: phrase(
        "it says it has several parts but names no boundary between them"
    ),
    mime_errors.StartBoundaryNotFoundDefect: phrase(
        "the boundary before its first part is missing"
    ),
    mime_errors.MultipartInvariantViolationDefect: phrase(
        "it says it has several parts but has none"
    ),
}
"""Defects that lose the body, each worded for the desk (the library's words are English)."""
_MSGID = re.compile(r"<[^<>\s]+>")


class Unreadable(Exception):  # noqa: N818 - a verdict on the message, not a fault of ours
    """A message that cannot be read; ``reason`` says why, in words for the desk."""

    def __init__(self, reason: Phrase) -> None:
        super().__init__(str(reason))
        self.reason = reason


@dataclass(frozen=True)
class MailFile:
    """A file that came with a message."""

    filename: str
    media_type: str
    data: bytes


@dataclass(frozen=True)
class ParsedMail:
    """What the intake needs of a message, as plain values."""

    message_id: str | None
    subject: str
    sender: str
    sender_name: str | None
    sent_at: datetime | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    headers: dict[str, str]
    """Every header once, by lower-case name (the first of repeated ones)."""
    content_type: str
    report_type: str | None
    text: str
    from_html: bool
    files: tuple[MailFile, ...]
    remarks: tuple[str, ...] = field(default=())
    """What was read leniently (a charset that did not fit), for the desk to know."""


def codec_for(charset: str | None) -> str | None:
    """The Python codec that reads ``charset`` as mail programs mean it; None if unknown."""
    if not charset:
        return None
    name = charset.strip().strip('"').lower()
    name = _WIDER.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decode(data: bytes, charset: str | None, where: str, remarks: list[str]) -> str:
    """Text of a part in its declared charset; undeclared 8-bit text as UTF-8 first."""
    if charset is None:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace")
    codec = codec_for(charset)
    if codec is None:
        raise Unreadable(
            phrase("the text is in an unknown character set {charset}", charset=charset)
        )
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        remarks.append(f"the {where} was not valid {charset}; it was read as Windows-1252")
        return data.decode("cp1252", errors="replace")


def _header_text(raw: str | None, fallback_charset: str | None) -> str:
    """A header's text: RFC 2047 words in their (widened) charsets; raw 8-bit bytes in it
    (against the rules, but common) in the body's charset, else UTF-8 or Windows-1252."""
    if not raw:
        return ""
    unfolded = re.sub(r"\r?\n[ \t]", " ", raw)
    try:
        chunks = decode_header(unfolded)
    except (mime_errors.HeaderParseError, ValueError):
        chunks = [(unfolded, None)]
    out = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            chunk = chunk.encode("utf-8", errors="surrogateescape")
        out.append(_header_bytes(chunk, charset, fallback_charset))
    return "".join(out)


def _header_bytes(data: bytes, charset: str | None, fallback: str | None) -> str:
    for codec in (codec_for(charset), codec_for(fallback), "utf-8", "cp1252"):
        if codec is None:
            continue
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _ids(value: str) -> tuple[str, ...]:
    return tuple(_MSGID.findall(value or ""))


def _filename(part: Message, number: int, media_type: str) -> str:
    name = part.get_filename() or ""
    name = re.sub(r"[\x00-\x1f/\\]", "_", name).strip().lstrip(".")
    if not name:
        name = f"attachment-{number}{mimetypes.guess_extension(media_type) or '.bin'}"
    return name[-255:]


def _leaves(part: Message) -> Iterator[Message]:
    """Every leaf part, not entering attached messages (they are files of their own)."""
    if part.is_multipart() and part.get_content_type() != "message/rfc822":
        for sub in part.get_payload():
            if isinstance(sub, Message):
                yield from _leaves(sub)
    else:
        yield part


def _payload(part: Message) -> bytes:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else inner
        return inner.as_bytes() if isinstance(inner, Message) else b""
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _check_structure(message: Message) -> None:
    for part in message.walk():
        for defect in part.defects:
            lost = next((why for kind, why in _BODY_LOST.items() if isinstance(defect, kind)), None)
            if lost is not None:
                raise Unreadable(
                    phrase("the message's MIME structure is broken: {defect}", defect=lost)
                )


def _sent_at(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _report_type(message: Message) -> str | None:
    if message.get_content_type() != "multipart/report":
        return None
    value = message.get_param("report-type")
    return str(value).lower() if isinstance(value, str) else "report"


def parse_message(raw: bytes) -> ParsedMail:
    """Read one message; `Unreadable` with the reason if its sender or body is lost."""
    try:
        message = message_from_bytes(raw, policy=READING)
    except Exception as exc:  # the parser gave up: keep the message, say why
        raise Unreadable(phrase("the message cannot be parsed: {error}", error=str(exc))) from exc
    assert isinstance(message, EmailMessage)
    _check_structure(message)
    remarks: list[str] = []
    try:
        headers = {k.lower(): _header_text(v, None) for k, v in reversed(list(message.raw_items()))}
    except Exception as exc:  # a header the policy cannot even fold into text
        raise Unreadable(phrase("a header cannot be read: {error}", error=str(exc))) from exc
    body_charset = None
    for part in _leaves(message):
        if part.get_content_maintype() == "text":
            body_charset = part.get_content_charset()
            break
    raw_headers = {k.lower(): v for k, v in reversed(list(message.raw_items()))}
    raw_from = _header_text(raw_headers.get("from"), body_charset)
    if not raw_from.strip():
        raise Unreadable(phrase("the message has no sender (no From header)"))
    try:
        sender, sender_name = split_address(raw_from)
    except ValidationError as exc:
        raise Unreadable(
            phrase("the sender's address cannot be read: {address}", address=raw_from[:200])
        ) from exc
    subject = " ".join(_header_text(raw_headers.get("subject"), body_charset).split())

    body_part = None
    try:
        body_part = message.get_body(preferencelist=("plain", "html"))
    except Exception as exc:
        raise Unreadable(
            phrase("the message's body cannot be found: {error}", error=str(exc))
        ) from exc
    text, from_html = "", False
    if body_part is not None:
        data = _payload(body_part)
        text = _decode(data, body_part.get_content_charset(), "text", remarks)
        if body_part.get_content_subtype() == "html":
            text, from_html = html_to_text(text), True
        text = text.replace("\r\n", "\n").strip()

    files: list[MailFile] = []
    for number, part in enumerate(_leaves(message), start=1):
        if part is body_part or part.is_multipart():
            continue
        media_type = part.get_content_type()
        disposition = part.get_content_disposition()
        if (
            media_type in ("text/plain", "text/html")
            and disposition != "attachment"
            and not part.get_filename()
        ):
            continue  # the other half of an alternative, or a text fragment
        files.append(MailFile(_filename(part, number, media_type), media_type, _payload(part)))

    message_id = _ids(headers.get("message-id", ""))
    return ParsedMail(
        message_id=message_id[0] if message_id else None,
        subject=subject,
        sender=sender,
        sender_name=sender_name,
        sent_at=_sent_at(headers.get("date")),
        in_reply_to=_ids(headers.get("in-reply-to", "")),
        references=_ids(headers.get("references", "")),
        headers=headers,
        content_type=message.get_content_type(),
        report_type=_report_type(message),
        text=text,
        from_html=from_html,
        files=tuple(files),
        remarks=tuple(remarks),
    )
