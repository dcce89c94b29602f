"""Documents read back with pypdf: required fields, amounts to the cent, scripts intact.

Rules: D1, D3, D4, D7, D10, E7 (work order), E1, E6 (incident report), C5, C7 and the
invoice's legal fields (invoices and statements), V1, V2 (service review).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from builders import MON, World
from monthly_run import bill_month
from pypdf import PdfReader
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from console.enums import ContractKind, InvoiceStatus, TicketStatus
from console.errors import UserError
from console.model import Assessment, Attachment, Client, Contract, Invoice, Ticket, Visit
from console.reports.archive import (
    archive_invoice,
    archive_unarchived,
    invoice_pdf,
    issue_and_archive,
)
from console.reports.formatting import LANGUAGES, Formats
from console.reports.incident import Stage, incident_report_pdf
from console.reports.invoice import credit_statement_pdf, fte_statement_pdf, invoice_pdf_bytes
from console.reports.review import review_pdf
from console.reports.work_order import load_work_orders, render_day_sheet, render_work_orders
from console.services.invoicing import invoice_totals, issue_invoice, tax_lines
from console.services.review import service_review
from console.services.statements import credit_statement
from console.store.engine import create_store_engine, resolve_url
from console.wording.labels import label_for, label_keys
from console.wording.vocabulary import words_for

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def text_of(pdf: bytes) -> str:
    """All text of a PDF, pages joined."""
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def squash(text: str) -> str:
    """Text without line breaks and with single spaces, for phrases a table may wrap."""
    return " ".join(text.split())


@pytest.fixture
def demo(small_demo_path: Path, tmp_path: Path) -> Iterator[Engine]:
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(small_demo_path.read_bytes())
    engine = create_store_engine(resolve_url(str(copy)))
    yield engine
    engine.dispose()


def _client_of_locale(session: Session, locale: str) -> Client:
    client = session.scalars(select(Client).where(Client.locale == locale)).first()
    assert client is not None, f"the demo has a {locale} client"
    return client


def _visit_of(session: Session, client: Client) -> Visit:
    visit = session.scalars(
        select(Visit).join(Ticket, Ticket.id == Visit.ticket_id)
        .where(Ticket.client_id == client.id).order_by(Visit.reference)
    ).first()  # fmt: skip
    assert visit is not None
    return visit


def test_every_label_exists_in_every_language() -> None:
    for key in label_keys():
        for language in LANGUAGES:
            assert label_for(language)(key).strip(), (key, language)
    assert label_for("de")("invoice") == "Invoice"  # not offered: English


def test_every_enum_value_has_words_in_every_language() -> None:
    # documents print them in the client's language, the window shows them in the user's
    import enum

    from console import enums
    from console.rules.credit import CreditAlert
    from console.rules.sla import ClockState
    from console.wording.vocabulary import known_values

    shown = [
        kind
        for kind in vars(enums).values()
        if isinstance(kind, type)
        and issubclass(kind, enum.Enum)
        and kind.__module__ == enums.__name__
    ]
    assert enums.TicketStatus in shown and enums.Channel in shown
    values = [m.value for kind in [*shown, CreditAlert, ClockState] for m in kind]
    values += ["client", "evidence", "medium"]
    missing = [value for value in values if value not in known_values()]
    assert missing == []
    for language in LANGUAGES:
        word = words_for(language)
        assert all(word(value).strip() for value in known_values()), language
    assert words_for("nl")(enums.DrewOn.ON_DEMAND) == "op afroep"
    assert words_for("ja")(enums.VisitStatus.EN_ROUTE) == "移動中"
    assert words_for("nl")(enums.Channel.PHONE) == "telefoon"
    assert words_for("de")(TicketStatus.ON_HOLD) == "on hold"  # not offered: English


def test_d1_d3_d4_e7_work_order_holds_every_field_and_japanese_intact(demo: Engine) -> None:
    with Session(demo) as session:
        client = _client_of_locale(session, "ja_JP")
        visit = _visit_of(session, client)
        (wo,) = load_work_orders(session, [visit.id])
        text = text_of(render_work_orders([wo]))
    flat = squash(text)
    assert wo.reference in text and wo.ticket_reference in text
    assert client.name in text  # Japanese extracted intact
    assert "作業指示書" in text and "顧客署名" in text and "エンジニア署名" in text
    for value in (wo.site_name, wo.floor, wo.entry, wo.map_url):
        assert value and squash(value) in flat
    for person in wo.contacts + wo.engineers:
        assert person.name in text and person.phone in text
    assert f"+ {wo.grace_minutes} 分" in flat  # D3 reserved hours and the grace, in Japanese
    f = Formats(wo.locale, wo.site_zone)
    assert squash(f.instant(wo.start)) in flat  # planned window in the site's local time
    for check in wo.checklist:
        assert squash(check.label) in flat
    assert ("NDA締結済み" if wo.nda_on_file else "当社標準NDA") in flat  # E7
    for key in ("arrival", "departure", "work_done", "materials", "client_name", "assistance"):
        assert squash(label_for("ja")(key)) in flat


def test_work_order_paper_follows_the_clients_country(demo: Engine) -> None:
    with Session(demo) as session:
        us = _visit_of(session, _client_of_locale(session, "en_US"))
        nl = _visit_of(session, _client_of_locale(session, "nl_NL"))
        letter = PdfReader(io.BytesIO(render_work_orders(load_work_orders(session, [us.id]))))
        a4 = PdfReader(io.BytesIO(render_work_orders(load_work_orders(session, [nl.id]))))
    assert round(float(letter.pages[0].mediabox.width)) == 612  # US Letter
    assert round(float(a4.pages[0].mediabox.width)) == 595  # ISO A4


def test_day_sheet_puts_the_desks_day_in_one_pdf(demo: Engine) -> None:
    with Session(demo) as session:
        day = session.scalars(select(Visit.planned_start).order_by(Visit.planned_start)).all()
        busiest = max({d.date() for d in day}, key=lambda x: sum(v.date() == x for v in day))
        refs = session.scalars(
            select(Visit.reference).where(
                Visit.planned_start >= datetime.combine(busiest, datetime.min.time(), UTC),
                Visit.planned_start
                < datetime.combine(busiest, datetime.min.time(), UTC) + timedelta(days=1),
                Visit.status != "cancelled",
            )
        ).all()
        pdf = render_day_sheet(session, busiest, "UTC")
        with pytest.raises(UserError, match="no visits planned"):
            render_day_sheet(session, date(2001, 1, 1), "UTC")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(refs) >= 2 and len(reader.pages) >= len(refs) + 1
    text = text_of(pdf)
    assert all(ref in text for ref in refs)


def test_e2_e7_the_incident_report_names_the_guarantee_and_the_default_nda(
    demo: Engine,
) -> None:
    """E2: the guarantee hours an Express emergency pays up front (or their waiver); E7:
    that the provider's standard NDA was accepted with the request."""
    with Session(demo) as session:
        ticket, assessment = session.execute(
            select(Ticket, Assessment).join(Assessment, Assessment.ticket_id == Ticket.id)
            .join(Contract, Contract.id == Ticket.contract_id)
            .where(Ticket.status == TicketStatus.CLOSED, Contract.kind == ContractKind.EXPRESS)
        ).first()  # fmt: skip
        language = session.get_one(Client, ticket.client_id).locale[:2]
        assessment.guarantee_hours, assessment.guarantee_waived = Decimal(3), False
        assessment.nda_accepted_default = True
        session.flush()
        hours = text_of(incident_report_pdf(session, ticket.id, Stage.FINAL, NOW))
        assessment.guarantee_waived, assessment.nda_accepted_default = True, False
        session.flush()
        waived = text_of(incident_report_pdf(session, ticket.id, Stage.FINAL, NOW))
        session.rollback()
    t = label_for(language)
    assert t("guarantee") in hours and t("nda_default") in hours
    assert t("guarantee_waived") in waived and t("nda_default") not in waived
    with Session(demo) as session:  # another contract's emergency pays no guarantee
        other = session.scalars(
            select(Ticket).join(Assessment, Assessment.ticket_id == Ticket.id)
            .join(Contract, Contract.id == Ticket.contract_id)
            .where(Ticket.status == TicketStatus.CLOSED, Contract.kind != ContractKind.EXPRESS)
        ).first()  # fmt: skip
        assert other is not None
        plain = text_of(incident_report_pdf(session, other.id, Stage.FINAL, NOW))
        language = session.get_one(Client, other.client_id).locale[:2]
    assert label_for(language)("guarantee") not in plain


def test_e1_e6_incident_report_from_the_tickets_facts_with_cyrillic_intact(demo: Engine) -> None:
    with Session(demo) as session:
        ticket = session.scalars(
            select(Ticket).join(Client, Client.id == Ticket.client_id)
            .join(Assessment, Assessment.ticket_id == Ticket.id)
            .where(Client.locale == "ru_RU", Ticket.status == TicketStatus.CLOSED)
        ).first()  # fmt: skip
        assert ticket is not None
        pdf = incident_report_pdf(session, ticket.id, Stage.FINAL, NOW)
        from console.services.clocks import ticket_clocks

        clocks = ticket_clocks(session, ticket, NOW)
        client_name = session.get_one(Client, ticket.client_id).name
        open_ticket = session.scalars(
            select(Ticket).where(Ticket.status == TicketStatus.OPEN, Ticket.restored_at.is_(None))
        ).first()
        assert open_ticket is not None
        with pytest.raises(UserError, match="not closed"):
            incident_report_pdf(session, open_ticket.id, Stage.FINAL, NOW)
        with pytest.raises(UserError, match="not restored"):
            incident_report_pdf(session, open_ticket.id, Stage.PARTIAL, NOW)
    text = text_of(pdf)
    assert "Технический отчёт об инциденте" in text and client_name in text
    assert "Оценка" in text and "Хронология" in text and "Подпись клиента" in text
    assert "(E1)" not in text  # rule IDs are for the tests, never for the client
    russian = words_for("ru")
    for kind, clock in clocks.items():  # SLA results are the clock service's answers, in Russian
        assert russian(kind) in text
        assert russian(clock.state) in text


def _issued_invoice(session: Session, locale: str) -> Invoice:
    invoice = session.scalars(
        select(Invoice).join(Client, Client.id == Invoice.client_id)
        .where(Client.locale == locale, Invoice.status != InvoiceStatus.DRAFT)
        .order_by(Invoice.number)
    ).first()  # fmt: skip
    assert invoice is not None
    return invoice


@pytest.mark.parametrize("locale", ["nl_NL", "es_ES", "en_US", "ru_RU", "ja_JP"])
def test_invoice_legal_fields_and_amounts_to_the_cent(demo: Engine, locale: str) -> None:
    with Session(demo) as session:
        invoice = _issued_invoice(session, locale)
        client = session.get_one(Client, invoice.client_id)
        text = squash(text_of(invoice_pdf_bytes(session, invoice)))
        f = Formats(client.locale, client.time_zone)
        t = label_for(f.language)
        subtotal, tax, total = invoice_totals(invoice)  # the rules engine's totals
        assert (invoice.subtotal, invoice.tax_total, invoice.total) == (subtotal, tax, total)
        for figure in (subtotal, total):
            assert squash(f.money(figure, invoice.currency)) in text
        for tax_line in tax_lines(invoice):
            assert squash(f.money(tax_line.tax.amount, invoice.currency)) in text
        for line in invoice.lines:
            assert squash(f.money(line.amount, invoice.currency)) in text
        assert invoice.number is not None and invoice.number in text
        for key in ("issue_date", "due_date", "period", "vat_id", "subtotal", "total", "terms"):
            assert squash(t(key)) in text, key
        assert client.name in text and (client.vat_id or "") in text
        assert squash(f.day(invoice.issue_date)) in text and squash(f.day(invoice.due_date)) in text


def test_draft_invoice_is_refused_and_issued_one_prints_the_same_bytes(demo: Engine) -> None:
    with Session(demo) as session:
        draft = session.scalars(
            select(Invoice).where(Invoice.status == InvoiceStatus.DRAFT)
        ).first()
        assert draft is not None
        with pytest.raises(UserError, match="still a draft"):
            invoice_pdf(session, draft.id)
        assert draft.pdf_sha256 is None and _attachments(session, draft) == 0
        invoice = issue_and_archive(session, draft.id, date(2026, 11, 23))
        session.commit()
        # C8: issuing archived the PDF and its hash, in the issue's own transaction
        assert invoice.pdf_sha256 is not None and _attachments(session, invoice) == 1
        first = invoice_pdf(session, invoice.id)
        assert hashlib.sha256(first).hexdigest() == invoice.pdf_sha256
        assert invoice.number is not None and invoice.number in text_of(first)
        session.get_one(Client, invoice.client_id).name = "Renamed after issue B.V."
        session.commit()
        assert invoice_pdf_bytes(session, invoice) != first  # a render now would differ
        assert invoice_pdf(session, invoice.id) == first  # the archived file, not a re-render
        assert _attachments(session, invoice) == 1  # printing only reads


def test_an_issue_that_rolls_back_archives_nothing(demo: Engine) -> None:
    with Session(demo) as session:
        draft = session.scalars(
            select(Invoice).where(Invoice.status == InvoiceStatus.DRAFT)
        ).first()
        assert draft is not None
        issue_and_archive(session, draft.id, date(2026, 11, 23))
        session.rollback()
        draft = session.get_one(Invoice, draft.id)
        assert draft.status == InvoiceStatus.DRAFT and draft.pdf_sha256 is None
        assert _attachments(session, draft) == 0


def test_the_service_archives_what_the_renderer_it_is_given_renders(demo: Engine) -> None:
    with Session(demo) as session:
        first, second = session.scalars(
            select(Invoice).where(Invoice.status == InvoiceStatus.DRAFT).limit(2)
        ).all()
        with_pdf = issue_invoice(session, first.id, date(2026, 11, 23), lambda s, i: b"%PDF-x")
        assert with_pdf.pdf_sha256 == hashlib.sha256(b"%PDF-x").hexdigest()
        assert invoice_pdf(session, with_pdf.id) == b"%PDF-x"
        alone = issue_invoice(session, second.id, date(2026, 11, 23))  # no renderer: no archive
        assert alone.pdf_sha256 is None and _attachments(session, alone) == 0


def test_an_invoice_issued_before_archiving_prints_without_writing(demo: Engine) -> None:
    """The demo, like a store from before, holds issued invoices without an archived PDF."""
    with Session(demo) as session:
        invoice = _issued_invoice(session, "nl_NL")
        assert invoice.pdf_sha256 is None and _attachments(session, invoice) == 0
        printed = invoice_pdf(session, invoice.id)
        assert printed == invoice_pdf_bytes(session, invoice)  # rendered from the store
        assert not session.new and not session.dirty
        assert invoice.pdf_sha256 is None and _attachments(session, invoice) == 0
        # archived later (db upgrade, the demo build), it reprints identically from then on
        unarchived = session.scalars(
            select(Invoice).where(
                Invoice.status != InvoiceStatus.DRAFT, Invoice.pdf_sha256.is_(None)
            )
        ).all()
        assert archive_unarchived(session) == len(unarchived) > 0
        session.commit()
        assert invoice.pdf_sha256 == hashlib.sha256(printed).hexdigest()
        session.get_one(Client, invoice.client_id).name = "Renamed after archiving B.V."
        session.commit()
        assert invoice_pdf(session, invoice.id) == printed
        assert archive_unarchived(session) == 0


def test_an_archived_pdf_that_no_longer_matches_its_hash_is_not_reprinted(demo: Engine) -> None:
    with Session(demo) as session:
        invoice = _issued_invoice(session, "es_ES")
        archive_invoice(session, invoice)
        session.commit()
        stored = session.scalars(
            select(Attachment).where(Attachment.invoice_id == invoice.id)
        ).one()
        stored.data = stored.data + b"tampered"
        session.commit()
        with pytest.raises(UserError, match="cannot be reprinted"):
            invoice_pdf(session, invoice.id)


def _attachments(session: Session, invoice: Invoice) -> int:
    stmt = select(func.count()).select_from(Attachment).where(Attachment.invoice_id == invoice.id)
    return int(session.scalar(stmt) or 0)


def test_c5_credit_statement_reconciles_with_the_ledger(demo: Engine) -> None:
    with Session(demo) as session:
        contract = session.scalars(
            select(Contract).where(Contract.kind == ContractKind.PREPAID_CREDIT)
        ).first()
        assert contract is not None
        start, end = date(2026, 8, 1), date(2026, 11, 1)
        statement = credit_statement(session, contract.id, start, end)
        assert statement.opening + sum(m.amount for m in statement.movements) == statement.closing
        client = session.get_one(Client, contract.client_id)
        text = squash(text_of(credit_statement_pdf(session, contract.id, start, end)))
        f = Formats(client.locale, client.time_zone)
        for value in (statement.opening, statement.closing):
            shown = f.money(value, contract.currency) if statement.unit.value == "money" else (
                f"{f.number(value)} h")  # fmt: skip
            assert squash(shown) in text
        assert squash(label_for(f.language)("credit_statement")) in text


def test_c7_fte_statement_shows_bundle_use_and_overage(store: Engine) -> None:
    with Session(store) as session:
        w = World(session, ContractKind.FTE_BUNDLE, bundle_hours=Decimal(16),
                  monthly_fee=Decimal("1800.00"))  # fmt: skip
        for day in range(5):
            w.work(MON + timedelta(days=day), 4)
        run = bill_month(session, w.contract.id, 2026, 11)
        assert run.fte_hours_used == Decimal(16)
        text = squash(text_of(fte_statement_pdf(session, w.contract.id, 2026, 11)))
    assert "Overzicht FTE-bundel" in text and "(C7)" not in text
    assert "Verbruikt 16,00 u" in text and "Boven de bundel 4,00 u" in text


def test_v1_v2_review_shows_the_periods_figures(demo: Engine) -> None:
    with Session(demo) as session:
        client = _client_of_locale(session, "nl_NL")
        start, end = date(2026, 7, 1), date(2026, 10, 1)
        review = service_review(session, client.id, start, end, NOW)
        pdf = review_pdf(session, client.id, start, end, NOW)
    text = squash(text_of(pdf))
    assert "Servicereview" in text and client.name in text
    assert "SLA-naleving per norm" in text and "Notities voor het overleg" in text
    for target, (met, missed) in review.sla.items():
        share = f"{100 * met / (met + missed):.1f}%".replace(".", ",") if met + missed else "—"
        dutch = words_for("nl")(target)  # the target in the client's language
        assert f"{dutch} {met} {missed} {share}" in text
    for ref, _title, _hours in review.top_incidents:
        assert ref in text
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 2
