"""The quarterly service review pack (V1, V2): its figures, their reconciliation with the
time and invoices of the same period, the manager's notes, and the command line."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from console.cli import main
from console.enums import ContractKind, InvoiceStatus, Role
from console.errors import ValidationError
from console.model import Client, Contract, Invoice, Ticket, TimeEntry, User
from console.reports.review import review_pdf
from console.rules.rating import hours_between
from console.services.review import invoices_of, service_review
from console.services.review_notes import (
    add_review_note,
    close_review_note,
    edit_review_note,
    list_review_notes,
)
from console.sync.session import store_session
from console.wording.review_labels import review_label_keys

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
Q3 = (date(2026, 7, 1), date(2026, 10, 1))


def _q(hours: Decimal) -> Decimal:
    """Hours to the ten-thousandth: sums of thirds of a second-exact division differ in the
    28th digit only (hours are whole seconds over 3600, never on a rounding boundary)."""
    return hours.quantize(Decimal("0.0001"))


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def _largest(session: Session, kind: ContractKind | None = None) -> Client:
    stmt = select(Client).join(Ticket, Ticket.client_id == Client.id)
    if kind is not None:
        stmt = stmt.where(Client.id.in_(select(Contract.client_id).where(Contract.kind == kind)))
    stmt = stmt.group_by(Client.id).order_by(func.count(Ticket.id).desc(), Client.name)
    client = session.scalars(stmt.limit(1)).first()
    assert client is not None
    return client


def _admin(engine: Engine) -> uuid.UUID:
    with Session(engine) as session:
        found = session.scalar(select(User.id).where(User.role == Role.ADMIN).limit(1))
    assert found is not None
    return found


def _bounds(client: Client, start: date, end: date) -> tuple[datetime, datetime]:
    zone = ZoneInfo(client.time_zone)
    return datetime(start.year, start.month, start.day, tzinfo=zone), datetime(
        end.year, end.month, end.day, tzinfo=zone
    )


@pytest.mark.parametrize("kind", [ContractKind.FTE_BUNDLE, ContractKind.PREPAID_CREDIT, None])
def test_v2_the_packs_hours_and_invoiced_amounts_reconcile_both_ways(
    demo_engine: Engine, kind: ContractKind | None
) -> None:
    """Hours: the pack's total, per phase, per contract and per month all equal the sum of
    the period's time entries; invoiced: per currency equals the period's issued invoices,
    and every such invoice is counted once."""
    with Session(demo_engine) as session:
        client = _largest(session, kind)
        for start, end in (Q3, (date(2026, 4, 1), date(2026, 7, 1))):
            review = service_review(session, client.id, start, end, NOW)
            k = review.current
            lo, hi = _bounds(client, start, end)
            entries = session.scalars(
                select(TimeEntry).join(Ticket, Ticket.id == TimeEntry.ticket_id)
                .where(Ticket.client_id == client.id, TimeEntry.started_at >= lo,
                       TimeEntry.started_at < hi)
            ).all()  # fmt: skip
            worked = sum((hours_between(e.started_at, e.ended_at) for e in entries), Decimal(0))
            assert entries and worked > 0
            assert _q(k.hours) == _q(worked)
            assert _q(sum(k.hours_by_phase.values(), Decimal(0))) == _q(worked)
            assert _q(sum(k.hours_by_contract.values(), Decimal(0))) == _q(worked)
            assert _q(sum(k.hours_by_month.values(), Decimal(0))) == _q(worked)
            assert _q(sum(review.hours_by_engineer.values(), Decimal(0))) == _q(worked)
            issued = session.scalars(
                select(Invoice).where(
                    Invoice.client_id == client.id,
                    Invoice.status.in_((InvoiceStatus.ISSUED, InvoiceStatus.PAID)),
                    Invoice.issue_date >= start, Invoice.issue_date < end,
                )
            ).all()  # fmt: skip
            by_currency: dict[str, Decimal] = {}
            for invoice in issued:
                by_currency[invoice.currency] = (
                    by_currency.get(invoice.currency, Decimal(0)) + invoice.subtotal
                )
            assert k.invoiced == by_currency and k.invoices == len(issued)
            # the other way: each invoice the pack counts is one of the period's issued ones
            counted = invoices_of(session, client.id, start, end)
            assert {i.id for i in counted} == {i.id for i in issued}
            assert sum(k.tickets_by_month.values()) == k.tickets == sum(k.by_category.values())
        # the previous period of Q3 is Q2: the same figures as Q2's own review
        q2 = service_review(session, client.id, date(2026, 4, 1), date(2026, 7, 1), NOW).current
        review = service_review(session, client.id, *Q3, NOW)
        assert review.previous.hours == q2.hours and review.previous.invoiced == q2.invoiced


def test_v2_fte_use_comes_from_the_time_worked_on_the_bundle(demo_engine: Engine) -> None:
    with Session(demo_engine) as session:
        client = _largest(session, ContractKind.FTE_BUNDLE)
        review = service_review(session, client.id, *Q3, NOW)
        fte = review.current.fte
        assert [u.month for u in fte] == [date(2026, 7, 1), date(2026, 8, 1), date(2026, 9, 1)]
        assert all(u.used > 0 for u in fte)  # issue 25: the chart showed 0 every month
        contract = session.scalars(
            select(Contract).where(Contract.client_id == client.id,
                                   Contract.kind == ContractKind.FTE_BUNDLE)
        ).one()  # fmt: skip
        lo, hi = _bounds(client, *Q3)
        billable = session.scalars(
            select(TimeEntry).join(Ticket, Ticket.id == TimeEntry.ticket_id)
            .where(Ticket.contract_id == contract.id, TimeEntry.billable.is_(True),
                   TimeEntry.started_at >= lo, TimeEntry.started_at < hi)
        ).all()  # fmt: skip
        used = sum((hours_between(e.started_at, e.ended_at) for e in billable), Decimal(0))
        assert _q(review.current.fte_used) == _q(used)
        assert review.current.fte_bundle == 3 * (contract.bundle_hours or 0)


def test_v2_the_credit_chart_covers_the_quarter_only(demo_engine: Engine) -> None:
    with Session(demo_engine) as session:
        client = _largest(session, ContractKind.PREPAID_CREDIT)
        review = service_review(session, client.id, *Q3, NOW)
    (use,) = review.current.credit
    lo, hi = _bounds(client, *Q3)
    assert all(lo <= at <= hi for at, _b in use.points)
    assert use.points[0] == (lo, use.opening) and use.points[-1] == (hi, use.closing)
    assert use.opening + use.topped_up - use.used == use.closing
    assert use.currency == client.currency


def test_v1_v2_the_pack_reads_as_a_manager_presents_it(demo_engine: Engine) -> None:
    """First page of key figures with the previous period, localized shares, the period
    with its last day, the notes kept for the client and an agenda; no rule ids."""
    user = _admin(demo_engine)
    sessions = partial(store_session, demo_engine)
    with Session(demo_engine) as session:
        client = session.scalars(
            select(Client).where(Client.locale == "nl_NL").order_by(Client.name)
        ).first()
        assert client is not None
        name = client.name
        client_id = client.id
    add_review_note(sessions, user, name, "focus", "Back-ups op orde", "in_progress",
                    today=date(2026, 3, 2))  # fmt: skip
    add_review_note(sessions, user, name, "risk", "Schijven server 7 bijna vol",
                    today=date(2026, 8, 3))  # fmt: skip
    old = add_review_note(sessions, user, name, "recommendation", "Switch vervangen",
                          today=date(2026, 2, 1))  # fmt: skip
    close_review_note(sessions, user, old.id, today=date(2026, 5, 1))  # closed before Q3
    with Session(demo_engine) as session:
        pdf = review_pdf(session, client_id, *Q3, NOW)
        review = service_review(session, client_id, *Q3, NOW)
    text = _text(pdf)
    first = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "Kerncijfers" in first and "Vorige periode" in first and "Verschil" in first
    assert "1 jul – 30 sep 2026" in first and "1 apr – 30 jun 2026" in first
    assert "Oct" not in text and "1 okt" not in first
    for kind, (met, missed) in review.sla.items():
        if met + missed:  # a clock still running has no result yet
            share = f"{100 * met / (met + missed):.1f}%".replace(".", ",")
            assert share in first, kind
    assert "95,0%" in first  # the target
    assert "Aandachtsgebieden afgesproken bij de kick-off" in text
    assert "Back-ups op orde" in text and "loopt" in text
    assert "Schijven server 7 bijna vol" in text
    assert "Switch vervangen" not in text  # closed before the quarter began
    assert "Agenda voor het reviewoverleg" in text and "Rondvraag" in text
    assert "V1" not in text and "V2" not in text
    assert "Tickets en uren per maand" in text


@pytest.mark.parametrize("locale", ["en_US", "es_ES", "ru_RU", "ja_JP"])
def test_v2_the_pack_prints_in_the_clients_language(demo_engine: Engine, locale: str) -> None:
    with Session(demo_engine) as session:
        client = session.scalars(select(Client).where(Client.locale == locale)).first()
        assert client is not None
        pdf = review_pdf(session, client.id, *Q3, NOW)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 4
    assert "Key figures" not in _text(pdf) or locale == "en_US"


def test_v2_every_review_label_reads_in_every_language() -> None:
    from console.wording.languages import LANGUAGES
    from console.wording.review_labels import review_label_for

    for language in LANGUAGES:
        label = review_label_for(language)
        assert all(label(k).strip() for k in review_label_keys()), language
    assert review_label_for("ja")("key_figures") != review_label_for("en")("key_figures")


def test_v1_notes_are_kept_by_the_desk_and_refused_to_engineers(demo_engine: Engine) -> None:
    user = _admin(demo_engine)
    sessions = partial(store_session, demo_engine)
    with Session(demo_engine) as session:
        client = _largest(session)
        engineer = session.scalar(select(User.id).where(User.role == Role.ENGINEER).limit(1))
    note = add_review_note(sessions, user, client.name, "risk", "No spare disks")
    assert note.status == "open" and note.carried
    changed = edit_review_note(sessions, user, note.id, text="No spare disks at HQ",
                               status="in_progress")  # fmt: skip
    assert changed.text == "No spare disks at HQ" and changed.closed_on is None
    closed = close_review_note(sessions, user, note.id, today=date(2026, 12, 1))
    assert closed.status == "closed" and closed.closed_on == date(2026, 12, 1)
    assert list_review_notes(sessions, user, client.name, open_only=True) == []
    assert [n.id for n in list_review_notes(sessions, user, client.name)] == [note.id]
    with pytest.raises(ValidationError):
        add_review_note(sessions, user, client.name, "wish", "x")
    with pytest.raises(ValidationError):
        add_review_note(sessions, user, client.name, "risk", "  ")
    with pytest.raises(ValidationError):
        list_review_notes(sessions, engineer, client.name)
    with pytest.raises(ValidationError):
        add_review_note(sessions, engineer, client.name, "risk", "seen on site")


def test_v1_review_notes_from_the_command_line(
    demo_engine: Engine, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = ["--db", str(demo_engine.url.database)]
    with Session(demo_engine) as session:
        client = _largest(session).name
    assert main(["review", "add", client, *db, "--kind", "focus",
                 "--text", "Stable back-ups", "--status", "in_progress"]) == 0  # fmt: skip
    assert main(["review", "add", client, *db, "--kind", "risk", "--text", "Old switch"]) == 0
    capsys.readouterr()
    assert main(["review", "notes", client, *db, "--format", "json"]) == 0
    import json

    notes = json.loads(capsys.readouterr().out)
    assert [(n["kind"], n["status"]) for n in notes] == [("focus", "in_progress"), ("risk", "open")]
    risk = notes[1]["id"]
    assert main(["review", "close", risk, *db]) == 0
    assert "closed" in capsys.readouterr().out
    assert main(["review", "notes", client, *db, "--open"]) == 0
    assert "Old switch" not in capsys.readouterr().out
    assert main(["review", "close", "not-an-id", *db]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert main(["review", "notes", client, *db, "--as", "eng001"]) == 2
    out = tmp_path / "review.pdf"
    assert main(["report", "review", client, *db, "--quarter", "2026Q4", "-o", str(out)]) == 0
    assert "Stable back-ups" in _text(out.read_bytes())
