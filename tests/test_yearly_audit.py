"""The yearly IT audit (V3): its year and quarters, figures that reconcile with the year's
time entries and issued invoices both ways, the risks and recommendations of the year,
the infrastructure covered, the five languages, the command line and the window."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from console.cli import main
from console.enums import InvoiceStatus, Role
from console.model import Client, Contract, Invoice, Ticket, TimeEntry, User
from console.reports.audit import audit_pdf
from console.reports.request import DocumentRequest
from console.rules.rating import hours_between
from console.rules.review import previous_period, quarter_of, quarters_in, year_period
from console.services.review import invoices_of, key_figures
from console.services.review_notes import add_review_note, close_review_note
from console.services.yearly_audit import yearly_audit
from console.sync.session import store_session
from console.wording.audit_labels import audit_label_keys

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
YEAR = 2026


def _q(hours: Decimal) -> Decimal:
    """Hours to the ten-thousandth (sums of thirds differ in the 28th digit only)."""
    return hours.quantize(Decimal("0.0001"))


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def _largest(session: Session, locale: str | None = None) -> Client:
    stmt = select(Client).join(Ticket, Ticket.client_id == Client.id)
    if locale is not None:
        stmt = stmt.where(Client.locale == locale)
    stmt = stmt.group_by(Client.id).order_by(func.count(Ticket.id).desc(), Client.name)
    client = session.scalars(stmt.limit(1)).first()
    assert client is not None
    return client


def _admin(engine: Engine) -> uuid.UUID:
    with Session(engine) as session:
        found = session.scalar(select(User.id).where(User.role == Role.ADMIN).limit(1))
    assert found is not None
    return found


def test_v3_a_year_is_four_quarters_and_follows_the_year_before() -> None:
    start, end = year_period(YEAR)
    assert (start, end) == (date(2026, 1, 1), date(2027, 1, 1))
    assert previous_period(start, end) == (date(2025, 1, 1), date(2026, 1, 1))
    assert quarters_in(start, end) == [
        (date(2026, 1, 1), date(2026, 4, 1)),
        (date(2026, 4, 1), date(2026, 7, 1)),
        (date(2026, 7, 1), date(2026, 10, 1)),
        (date(2026, 10, 1), date(2027, 1, 1)),
    ]
    # the review's quarters are unchanged
    q3 = quarter_of(date(2026, 8, 15))
    assert quarters_in(*q3) == [q3] and previous_period(*q3) == (date(2026, 4, 1), q3[0])


def test_v3_the_audits_figures_reconcile_with_the_years_time_and_invoices(
    demo_engine: Engine,
) -> None:
    """Hours: the year's total, its quarters, phases, contracts and months all equal the sum
    of the year's time entries; invoiced: per currency equals the year's issued invoices,
    each counted once, and the quarters add up to the year."""
    with Session(demo_engine) as session:
        client = _largest(session)
        audit = yearly_audit(session, client.id, YEAR, NOW)
        k = audit.current
        zone = ZoneInfo(client.time_zone)
        lo, hi = datetime(YEAR, 1, 1, tzinfo=zone), datetime(YEAR + 1, 1, 1, tzinfo=zone)
        entries = session.scalars(
            select(TimeEntry).join(Ticket, Ticket.id == TimeEntry.ticket_id)
            .where(Ticket.client_id == client.id, TimeEntry.started_at >= lo,
                   TimeEntry.started_at < hi)
        ).all()  # fmt: skip
        worked = sum((hours_between(e.started_at, e.ended_at) for e in entries), Decimal(0))
        assert entries and worked > 0
        assert _q(k.hours) == _q(worked)
        for parts in (k.hours_by_phase, k.hours_by_contract, k.hours_by_month):
            assert _q(sum(parts.values(), Decimal(0))) == _q(worked)
        assert _q(sum((q.hours for q in audit.quarters), Decimal(0))) == _q(worked)
        issued = session.scalars(
            select(Invoice).where(
                Invoice.client_id == client.id,
                Invoice.status.in_((InvoiceStatus.ISSUED, InvoiceStatus.PAID)),
                Invoice.issue_date >= date(YEAR, 1, 1), Invoice.issue_date < date(YEAR + 1, 1, 1),
            )
        ).all()  # fmt: skip
        assert issued
        by_currency: dict[str, Decimal] = {}
        for invoice in issued:
            by_currency[invoice.currency] = (
                by_currency.get(invoice.currency, Decimal(0)) + invoice.subtotal
            )
        assert k.invoiced == by_currency and k.invoices == len(issued)
        counted = invoices_of(session, client.id, *year_period(YEAR))
        assert {i.id for i in counted} == {i.id for i in issued}
        for currency, net in by_currency.items():
            assert sum((q.invoiced.get(currency, Decimal(0)) for q in audit.quarters),
                       Decimal(0)) == net  # fmt: skip
        assert sum(q.invoices for q in audit.quarters) == len(issued)
        assert sum(q.tickets for q in audit.quarters) == k.tickets == sum(k.by_category.values())
        for kind, (met, missed) in k.sla.items():
            assert sum(q.sla.get(kind, (0, 0))[0] for q in audit.quarters) == met
            assert sum(q.sla.get(kind, (0, 0))[1] for q in audit.quarters) == missed
        # the previous year is that year's own figures; Q3 is the quarterly review's Q3
        before = key_figures(session, client.id, date(2025, 1, 1), date(2026, 1, 1), NOW)
        assert audit.previous.hours == before.hours and audit.previous.tickets == before.tickets
        q3 = key_figures(session, client.id, date(2026, 7, 1), date(2026, 10, 1), NOW)
        assert audit.quarters[2].hours == q3.hours and audit.quarters[2].invoiced == q3.invoiced
        # contracts in force: exactly those overlapping the year
        overlapping = {
            c.name
            for c in session.scalars(select(Contract).where(Contract.client_id == client.id))
            if c.valid_from < date(YEAR + 1, 1, 1)
            and (c.valid_until is None or c.valid_until >= date(YEAR, 1, 1))
        }
        assert {c.name for c in audit.contracts} == overlapping
        assert sum(s.tickets for s in audit.sites) <= k.tickets
        assert all(n >= 2 for _t, n, _h in audit.recurring)


def test_v3_the_audit_reads_as_a_clients_it_manager_reads_it(demo_engine: Engine) -> None:
    """A cover with the client, the year as a period and the provider; a summary against
    the previous year; the quarters; risks and advice of the year, open first, by kind;
    sites and contracts; recurring incidents; no rule ids."""
    user = _admin(demo_engine)
    sessions = partial(store_session, demo_engine)
    with Session(demo_engine) as session:
        client = _largest(session, "nl_NL")
        name, client_id = client.name, client.id
    add_review_note(sessions, user, name, "focus", "Back-ups op orde", today=date(2026, 2, 1))
    done = add_review_note(sessions, user, name, "risk", "Oude switch in de meterkast",
                           today=date(2026, 3, 2))  # fmt: skip
    close_review_note(sessions, user, done.id, today=date(2026, 6, 1))
    add_review_note(sessions, user, name, "risk", "Schijven server 7 bijna vol",
                    today=date(2026, 8, 3))  # fmt: skip
    add_review_note(sessions, user, name, "recommendation", "Firewall vervangen",
                    "in_progress", today=date(2026, 9, 1))  # fmt: skip
    gone = add_review_note(sessions, user, name, "risk", "Faxlijn zonder beheer",
                           today=date(2025, 2, 1))  # fmt: skip
    close_review_note(sessions, user, gone.id, today=date(2025, 11, 1))  # before the year
    with Session(demo_engine) as session:
        pdf = audit_pdf(session, client_id, YEAR, NOW)
        audit = yearly_audit(session, client_id, YEAR, NOW)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    text = " ".join(pages)
    assert "Jaarlijkse IT-audit" in pages[0] and name in pages[0]
    assert "1 jan – 31 dec 2026" in pages[0] and "Opgesteld door" in pages[0]
    assert "tot en met 22 nov 2026" in pages[0]  # the year is not over yet
    assert "Managementsamenvatting" in text and "2025" in text and "Verschil" in text
    assert "Verloop per kwartaal" in text and "K3 · 1 jul – 30 sep 2026" in text
    assert "K4 · 1 okt – 22 nov 2026 (tot nu toe)" in text  # the quarter under way
    assert [n.text for n in audit.notes] == [
        "Schijven server 7 bijna vol", "Firewall vervangen", "Oude switch in de meterkast",
    ]  # fmt: skip
    risks = text.index("Risico's Omschrijving")
    assert risks < text.index("Schijven server 7 bijna vol") < text.index("Oude switch")
    assert text.index("Oude switch") < text.index("Aanbevelingen") < text.index("Firewall")
    assert "Back-ups op orde" not in text and "Faxlijn" not in text
    assert "Open risico's: 1 · openstaande aanbevelingen: 1" in text
    assert "Infrastructuur in beheer" in text and "Contracten van kracht in dit jaar" in text
    assert all(site.name in text for site in audit.sites)
    assert all(c.name in text for c in audit.contracts)
    assert "Terugkerende incidenten van het jaar" in text
    assert all(title in text for title, _n, _h in audit.recurring)
    assert "V3" not in text and "V1" not in text


@pytest.mark.parametrize("locale", ["en_US", "es_ES", "ru_RU", "ja_JP"])
def test_v3_the_audit_prints_in_the_clients_language(demo_engine: Engine, locale: str) -> None:
    with Session(demo_engine) as session:
        client = _largest(session, locale)
        pdf = audit_pdf(session, client.id, YEAR, NOW)
    text = _text(pdf)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 4
    assert ("Executive summary" in text) == (locale == "en_US")


def test_v3_every_audit_label_reads_in_every_language() -> None:
    from console.wording.audit_labels import audit_label_for
    from console.wording.languages import LANGUAGES

    for language in LANGUAGES:
        label = audit_label_for(language)
        assert all(label(k).strip() for k in audit_label_keys()), language
    assert audit_label_for("nl")("highlights") != audit_label_for("en")("highlights")


def test_v3_the_audit_from_the_command_line(
    demo_engine: Engine, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = ["--db", str(demo_engine.url.database)]
    with Session(demo_engine) as session:
        client = _largest(session).name
    out = tmp_path / "audit.pdf"
    assert main(["report", "audit", client, *db, "--year", "2026", "-o", str(out)]) == 0
    assert client in _text(out.read_bytes())
    capsys.readouterr()
    for wrong in (["--year", "26"], ["--year", "2026x"], []):
        try:
            status = main(["report", "audit", client, *db, *wrong, "-o", str(out)])
        except SystemExit as refused:  # argparse refuses a value its type cannot read
            status = int(str(refused.code))
        assert status == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert "year" in err
    assert main(["report", "audit", "No Such Client", *db, "--year", "2026", "-o", str(out)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_v3_the_audit_from_the_windows_document_dialog(qtbot: Any, demo_engine: Engine) -> None:
    from console.reports.kinds import render_document
    from console.views.context import DeskContext
    from console.views.document_dialog import DocumentDialog

    desk = DeskContext(demo_engine, clock=lambda: NOW)
    desk.sign_in(None)
    dialog = DocumentDialog(desk, "audit")
    qtbot.addWidget(dialog)
    form = dialog.ui
    assert form.kind.currentData() == "audit"
    assert not form.fields.isRowVisible(form.quarter)  # the year is in the entry
    with Session(demo_engine) as session:
        client = _largest(session)
        name, client_id = client.name, client.id
    labels = [form.subject.itemText(i) for i in range(form.subject.count())]
    assert f"{name} · 2026" in labels and f"{name} · 2025" in labels
    form.subject.setCurrentIndex(labels.index(f"{name} · 2025"))
    dialog.preview()
    assert dialog.request == DocumentRequest("audit", client=str(client_id),
                                             start=date(2025, 1, 1))  # fmt: skip
    form.subject.setEditText(name)  # typed: the year of the dialog's start day
    dialog.request = None
    dialog.preview()
    typed = DocumentRequest("audit", client=name, start=date(2026, 1, 1))
    assert dialog.request == typed
    with Session(demo_engine) as session:
        pdf = render_document(session, typed, NOW)
    assert pdf.startswith(b"%PDF") and name in _text(pdf)
