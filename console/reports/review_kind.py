"""The quarterly service review (V1, V2) as a document kind (rendered by `review`)."""

from __future__ import annotations

import argparse
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from console.errors import UserError
from console.reports import arguments
from console.reports.document_kind import Choice, DialogForm, DocumentKind, FormValues
from console.reports.request import DocumentRequest, find_row, needed
from console.wording.catalogue import N_
from console.wording.phrases import phrase

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("client", help="client name or id")
    p.add_argument("--quarter", type=arguments.quarter, help="a quarter like 2026Q3")
    p.add_argument(
        "--from", dest="start", type=arguments.day, help="first day (instead of --quarter)"
    )
    p.add_argument("--to", dest="end", type=arguments.day, help="day after the last")


def _render(session: Session, request: DocumentRequest, now: datetime) -> bytes:
    from console.model import Client
    from console.reports.review import review_pdf

    key = needed(request.client, "client", request.kind)
    client = find_row(session, Client, Client.name, key, "client")
    if request.quarter:
        start, end = request.quarter
    elif request.start and request.end:
        start, end = request.start, request.end
    else:
        raise UserError(phrase("a review needs --quarter YYYYQn, or --from and --to"))
    return review_pdf(session, client.id, start, end, now)


def _clients(session: Session, now: datetime, ticket_id: uuid.UUID | None) -> list[Choice]:
    from console.services.dialog_options import clients

    return [Choice(name, str(cid)) for name, cid in clients(session)]


def _request(kind: str, v: FormValues) -> DocumentRequest:
    return DocumentRequest(kind, client=v.subject, quarter=v.quarter)


REVIEW = DocumentKind(
    name="review",
    label=N_("document kind", "Quarterly service review"),
    help="a client's service review",
    keys=("client", "quarter", "start", "end"),
    arguments=_arguments,
    render=_render,
    form=DialogForm(rows=("subject", "quarter"), request=_request, choices=_clients),
)
