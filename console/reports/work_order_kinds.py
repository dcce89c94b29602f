"""Work orders (D1) and the day sheet as document kinds (rendered by `work_order`)."""

from __future__ import annotations

import argparse
import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING

from console.errors import ValidationError
from console.reports import arguments
from console.reports.document_kind import Choice, DialogForm, DocumentKind, FormValues
from console.reports.request import DocumentRequest, find_row, needed
from console.wording.catalogue import N_
from console.wording.phrases import phrase

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

FIRST_DAY, LAST_DAY = date(1, 1, 2), date(9999, 12, 30)
"""Days a day sheet can cover: its midnights, in any zone, must be instants in UTC."""


# -- work orders of visits (D1) ------------------------------------------------------------
def _work_order_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("visits", nargs="+", help="visit references (V-YYYY-NNNNNN) or ids")


def _render_work_orders(session: Session, request: DocumentRequest, now: datetime) -> bytes:
    from console.model import Visit
    from console.reports.work_order import load_work_orders, render_work_orders

    keys = needed(request.visits, "visits", request.kind)
    ids = [find_row(session, Visit, Visit.reference, key, "visit").id for key in keys]
    return render_work_orders(load_work_orders(session, ids))


def _visits(session: Session, now: datetime, ticket_id: uuid.UUID | None) -> list[Choice]:
    from console.services.printables import visits

    return [Choice(label, key) for label, key in visits(session, now, ticket_id)]


def _work_order_request(kind: str, v: FormValues) -> DocumentRequest:
    return DocumentRequest(kind, visits=(v.subject,) if v.subject else ())


WORK_ORDER = DocumentKind(
    name="work-order",
    label=N_("document kind", "Work order"),
    help="work orders of visits",
    keys=("visits",),
    arguments=_work_order_arguments,
    render=_render_work_orders,
    form=DialogForm(rows=("subject",), request=_work_order_request, choices=_visits),
)


# -- one engineer's or the desk's day ------------------------------------------------------
def _day_sheet_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--day", type=arguments.day, required=True, help="the day, YYYY-MM-DD")
    p.add_argument("--engineer", help="engineer name or id (default: the whole desk)")
    p.add_argument(
        "--zone",
        type=arguments.zone,
        help="time zone of the day (default: the engineer's, else UTC)",
    )


def _check_day(args: argparse.Namespace) -> None:
    if not FIRST_DAY <= args.day <= LAST_DAY:
        raise ValidationError(
            "--day",
            phrase(
                "{day} is out of range ({first} to {last})",
                day=args.day,
                first=FIRST_DAY,
                last=LAST_DAY,
            ),
        )


def _render_day_sheet(session: Session, request: DocumentRequest, now: datetime) -> bytes:
    from console.model import Engineer
    from console.reports.work_order import render_day_sheet

    engineer = None
    if request.engineer:
        engineer = find_row(session, Engineer, Engineer.name, request.engineer, "engineer")
    zone = request.zone or (engineer.home_time_zone if engineer else "UTC")
    day = needed(request.day, "day", request.kind)
    return render_day_sheet(session, day, zone, engineer.id if engineer else None)


def _day_sheet_request(kind: str, v: FormValues) -> DocumentRequest:
    return DocumentRequest(kind, day=v.day, engineer=v.engineer)


DAY_SHEET = DocumentKind(
    name="day-sheet",
    label=N_("document kind", "Day sheet: work orders of a day"),
    help="one engineer's or the desk's day",
    keys=("day", "engineer", "zone"),
    arguments=_day_sheet_arguments,
    render=_render_day_sheet,
    form=DialogForm(rows=("day", "engineer"), request=_day_sheet_request),
    check=_check_day,
)
