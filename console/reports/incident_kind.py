"""The technical incident report (E6) as a document kind (rendered by `incident`)."""

from __future__ import annotations

import argparse
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from console.reports.document_kind import Choice, DialogForm, DocumentKind, FormValues
from console.reports.request import DocumentRequest, find_row, needed
from console.wording.catalogue import N_

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("ticket", help="ticket reference (T-YYYY-NNNNNN) or id")
    p.add_argument("--stage", choices=["partial", "final"], default="final")


def _render(session: Session, request: DocumentRequest, now: datetime) -> bytes:
    from console.model import Ticket
    from console.reports.incident import Stage, incident_report_pdf

    key = needed(request.ticket, "ticket", request.kind)
    ticket = find_row(session, Ticket, Ticket.reference, key, "ticket")
    return incident_report_pdf(session, ticket.id, Stage(request.stage), now)


def _tickets(session: Session, now: datetime, ticket_id: uuid.UUID | None) -> list[Choice]:
    from console.services.printables import tickets

    # E6: a final report only once closed; before that the partial one
    return [
        Choice(label, key, preset=(("stage", "final" if closed else "partial"),))
        for label, key, closed in tickets(session, now, ticket_id)
    ]


def _request(kind: str, v: FormValues) -> DocumentRequest:
    return DocumentRequest(kind, ticket=v.subject, stage=v.stage)


INCIDENT = DocumentKind(
    name="incident",
    label=N_("document kind", "Technical incident report"),
    help="technical incident report",
    keys=("ticket", "stage"),
    arguments=_arguments,
    render=_render,
    form=DialogForm(
        rows=("subject", "stage"),
        request=_request,
        choices=_tickets,
        preset=(("stage", "partial"),),
    ),
)
