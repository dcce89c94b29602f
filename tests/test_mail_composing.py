"""The desk's outgoing mail written straight to bytes reads back, with the standard
library's own parser, as the same headers and text: non-ASCII names and subjects
(RFC 2047), long headers folded without changing them, quoted-printable UTF-8 bodies,
and no header added by a line break in the desk's text."""

from __future__ import annotations

import email
from email.message import EmailMessage
from email.policy import default

from console.services.mail.composing import address, plain_text_mail


def _read(data: bytes) -> EmailMessage:
    parsed = email.message_from_bytes(data, policy=default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _text(mail: EmailMessage) -> str:
    # the wire's CRLF line ends stay in a parsed body; a mail reader shows plain lines
    return str(mail.get_content()).replace("\r\n", "\n")


def test_ascii_mail_goes_as_it_is_in_7bit() -> None:
    data = plain_text_mail(
        [("From", address("Dispatch Desk", "desk@dispatch.test")), ("Subject", "Hello")],
        "Dear Eva,\n\nAll fine.\n\n-- \nautomatic\n",
    )
    assert b"Content-Transfer-Encoding: 7bit\r\n" in data
    assert all(line.endswith(b"\r") for line in data.split(b"\n")[:-1])
    mail = _read(data)
    assert mail["From"].addresses[0].display_name == "Dispatch Desk"
    assert _text(mail) == "Dear Eva,\n\nAll fine.\n\n-- \nautomatic\n"


def test_non_ascii_names_subjects_and_bodies_read_back_the_same() -> None:
    subject = "[TCK-2026-00042] Ontvangen: Принтер не печатает — プリンター 故障 " * 2
    body = "Beste Åsa Öberg,\n\nСпасибо — ありがとう.\n" + "x" * 1200 + "\n"
    data = plain_text_mail(
        [("To", address("Åsa Öberg, IT", "asa@acme.example")), ("Subject", subject.strip())],
        body,
    )
    assert data.isascii()
    assert max(len(line) for line in data.split(b"\r\n")) <= 78
    mail = _read(data)
    to = mail["To"].addresses[0]
    assert (to.display_name, to.addr_spec) == ("Åsa Öberg, IT", "asa@acme.example")
    assert mail["Subject"] == subject.strip()
    assert _text(mail) == body


def test_long_ascii_headers_are_folded_at_their_own_spaces() -> None:
    references = " ".join(f"<{i:04d}.abcdefghijklmnop@acme.example>" for i in range(8))
    data = plain_text_mail([("References", references)], "x\n")
    head = data.split(b"\r\n\r\n")[0]
    assert max(len(line) for line in head.split(b"\r\n")) <= 78
    assert _read(data)["References"] == references


def test_a_line_break_in_the_desks_text_adds_no_header() -> None:
    data = plain_text_mail(
        [("Subject", "Printer\r\nBcc: someone@evil.example"), ("To", address("A\nB", "a@b.c"))],
        "x\n",
    )
    mail = _read(data)
    assert mail["Bcc"] is None
    assert mail["Subject"] == "Printer Bcc: someone@evil.example"
