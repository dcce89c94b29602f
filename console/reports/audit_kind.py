"""The yearly IT audit (V3) as a document kind (rendered by `audit`)."""

from __future__ import annotations

import argparse
import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING

from console.errors import UserError
from console.reports.document_kind import Choice, DialogForm, DocumentKind, FormValues
from console.reports.request import DocumentRequest, find_row, needed
from console.wording.catalogue import N_
from console.wording.phrases import phrase

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

YEARS_LISTED = 2
"""Years the dialog offers per client: this one and the last (January audits the last)."""


def year(text: str) -> date:
    """A calendar year like 2026, as its first day."""
    if not text.isdigit() or len(text) != 4 or not 1 <= int(text) <= 9998:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year like 2026")
    return date(int(text), 1, 1)


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("client", help="client name or id")
    p.add_argument("--year", dest="start", type=year, help="the calendar year, like 2026")


def _render(session: Session, request: DocumentRequest, now: datetime) -> bytes:
    from console.model import Client
    from console.reports.audit import audit_pdf

    key = needed(request.client, "client", request.kind)
    client = find_row(session, Client, Client.name, key, "client")
    if request.start is None:
        raise UserError(phrase("a yearly audit needs --year YYYY"))
    return audit_pdf(session, client.id, request.start.year, now)


def _clients(session: Session, now: datetime, ticket_id: uuid.UUID | None) -> list[Choice]:
    from console.services.dialog_options import clients

    years = [now.year - i for i in range(YEARS_LISTED)]
    return [Choice(f"{name} · {y}", f"{cid}@{y}") for name, cid in clients(session) for y in years]


def _request(kind: str, v: FormValues) -> DocumentRequest:
    """A listed entry names its client and year; a typed client gets the year of the
    dialog's start day (this year unless changed)."""
    subject, _at, listed = (v.subject or "").rpartition("@")
    if subject and listed.isdigit():
        return DocumentRequest(kind, client=subject, start=date(int(listed), 1, 1))
    start = date(v.start.year, 1, 1) if v.start else None
    return DocumentRequest(kind, client=v.subject, start=start)


AUDIT = DocumentKind(
    name="audit",
    label=N_("document kind", "Yearly IT audit"),
    help="a client's yearly IT audit",
    keys=("client", "start"),
    arguments=_arguments,
    render=_render,
    form=DialogForm(rows=("subject",), request=_request, choices=_clients),
)
