"""D1's checklist: what to bring and the papers due before a visit are asked for."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

from builders import MON, World
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.enums import ContactRole, ContractKind
from console.model import Contact
from console.rules.dispatch import (
    ClientTerms,
    Person,
    Severity,
    VisitRequest,
    blocking,
    check_visit,
)
from console.services.visits import VisitForm, request_visit

RETAINER = ClientTerms(has_retainer=True, retainer_covers_rush=True, nda_on_file=True)


def _request(**changes: object) -> VisitRequest:
    values: dict[str, object] = {
        "requested_at": MON - timedelta(days=3), "planned_start": MON,
        "reserved_hours": Decimal(3), "languages": ["en"],
        "local_contact": Person("Sanne de Boer", "+31201234567"),
        "ordering_engineer": Person("Joost Visser", "+31612345678"),
        "address": "Dam 1, Amsterdam", "map_url": "https://maps.app.goo.gl/abc",
        "work_description": "Replace the core switch",
        "items": ["photo ID", "console cable"], "paperwork": ["ID scan"],
    }  # fmt: skip
    values.update(changes)
    return VisitRequest(**values)  # type: ignore[arg-type]


def _warned(request: VisitRequest) -> dict[str, str]:
    return {
        f.field: str(f.text)
        for f in check_visit(request, RETAINER)
        if f.severity is Severity.WARNING and f.rule == "D1"
    }


def test_d1_a_request_with_its_checklist_is_not_warned() -> None:
    assert _warned(_request()) == {}


def test_d1_nothing_to_bring_and_no_papers_are_warned_not_refused() -> None:
    """D1 (seed 000): items to bring and papers due beforehand are part of the request; the
    seed asks for them but does not refuse a request without ("if required"), so each
    missing list is a warning naming its field, and saving stays possible."""
    request = _request(items=[], paperwork=[" "])
    assert blocking(check_visit(request, RETAINER)) == []
    warned = _warned(request)
    assert set(warned) == {"items", "paperwork"}
    assert "photo ID" in warned["items"] and "ID scan" in warned["paperwork"]
    assert not any("D1" in text or "D8" in text for text in warned.values())
    assert set(_warned(_request(paperwork=[]))) == {"paperwork"}


def _world(store: Engine) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    with Session(store) as session, session.begin():
        w = World(session, ContractKind.RETAINER)
        contact = Contact(client_id=w.client.id, name="Sanne", role=ContactRole.LOCAL_CONTACT,
                          phone="+31612345678")  # fmt: skip
        session.add(contact)
        w.site.map_url = "https://maps.example/dam1"
        session.flush()
        return w.ticket.id, w.site.id, contact.id


def test_d1_a_request_without_its_checklist_is_saved_with_the_warning(store: Engine) -> None:
    ticket_id, site_id, contact_id = _world(store)
    with Session(store) as session:
        form = VisitForm(ticket_id=ticket_id, site_id=site_id, planned_start=MON,
                         local_contact_id=contact_id, reserved_hours=Decimal(3),
                         work_description="Replace the switch")  # fmt: skip
        visit = request_visit(session, form, MON - timedelta(days=3))
        assert visit.checklist == []


def test_d1_the_visit_dialog_shows_the_checklist_warnings(qtbot: QtBot, store: Engine) -> None:
    from console.views.context import DeskContext
    from console.views.visit_dialog import VisitDialog

    ticket_id, _site, _contact = _world(store)
    desk = DeskContext(store, clock=lambda: MON - timedelta(days=3))
    dialog = VisitDialog(desk, ticket_id)
    qtbot.addWidget(dialog)
    shown = [dialog.ui.findings.item(i).text() for i in range(dialog.ui.findings.count())]
    assert any("nothing to bring" in line for line in shown), shown
    assert any("no papers are listed" in line for line in shown), shown
    dialog.ui.items.setText("photo ID, laptop")
    dialog.ui.paperwork.setText("ID scan")
    qtbot.waitUntil(
        lambda: not any(f.field in ("items", "paperwork") for f in dialog.findings), timeout=2000
    )
