"""T6: the desk's usual reaction in working hours is 15 minutes on average; the review
pack and the yearly audit measure it, counted in the desk's hours for the client."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, date, datetime, timedelta

from builders import World
from pypdf import PdfReader
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.enums import ContractKind, Priority, TicketCategory, TicketStatus
from console.model import Ticket
from console.reports.review import review_pdf
from console.services.review import service_review

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
NOVEMBER = (date(2026, 11, 1), date(2026, 12, 1))


def _ticket(w: World, opened: datetime, answered: datetime | None) -> None:
    w.session.add(
        Ticket(reference=f"T-2026-{uuid.uuid4().int % 999999:06d}", title="Printer",
               category=TicketCategory.INCIDENT, priority=Priority.NORMAL, channel="phone",
               client_id=w.client.id, contract_id=w.contract.id, opened_at=opened,
               first_response_at=answered, status=TicketStatus.IN_PROGRESS)
    )  # fmt: skip


def test_t6_the_reaction_in_working_hours_is_averaged_and_set_against_15_minutes(
    store: Engine,
) -> None:
    with Session(store) as session:
        w = World(session, ContractKind.SERVICE_DESK_BASIS)
        # Amsterdam is UTC+1 in November: 10:00 local is 09:00 UTC
        monday = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
        _ticket(w, monday, monday + timedelta(minutes=12))  # 12 min
        friday = datetime(2026, 11, 20, 16, 50, tzinfo=UTC)  # 17:50, ten minutes to close
        _ticket(w, friday, friday + timedelta(days=2, hours=14, minutes=30))  # Mon 08:20: 30
        saturday = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)  # opened while the desk is shut
        _ticket(w, saturday, saturday + timedelta(hours=1))
        _ticket(w, monday + timedelta(hours=1), None)  # not answered yet
        session.flush()
        figures = service_review(session, w.client.id, *NOVEMBER, NOW).current
        assert figures.reaction_working_mean == 21  # (12 + 30) / 2
        pdf = review_pdf(session, w.client.id, *NOVEMBER, NOW)
    first = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "Gemiddelde reactie binnen werktijd 21 m — — 15 m" in first  # Tulp is nl
