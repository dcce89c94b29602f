"""One golden page per document kind, compared as an image after pdftoppm.

The documents are rendered in reportlab's invariant mode from the fixed small demo, so a
page only changes when the layout or the demo changes. To accept a deliberate change,
run with DISPATCH_UPDATE_GOLDEN=1 and look at the new PNGs in tests/golden/ before
committing them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console.enums import ContractKind, InvoiceStatus, TicketStatus
from console.model import Assessment, Client, Contract, Invoice, Ticket, Visit
from console.reports.incident import Stage, incident_report_pdf
from console.reports.invoice import credit_statement_pdf, invoice_pdf_bytes
from console.reports.review import review_pdf
from console.reports.work_order import load_work_orders, render_work_orders
from console.store.engine import create_store_engine, resolve_url

GOLDEN = Path(__file__).parent / "golden"
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
TOLERANCE = 0.002  # share of pixels that may differ (anti-aliasing across poppler builds)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None and not os.environ.get("DISPATCH_REQUIRE_PDFTOPPM"),
    reason="pdftoppm (poppler-utils) is not installed; .ci/run installs it",
)


def _work_order(session: Session) -> bytes:
    visit = session.scalars(
        select(Visit).join(Ticket, Ticket.id == Visit.ticket_id)
        .join(Client, Client.id == Ticket.client_id)
        .where(Client.locale == "ja_JP").order_by(Visit.reference)
    ).first()  # fmt: skip
    assert visit is not None
    return render_work_orders(load_work_orders(session, [visit.id]))


def _incident(session: Session) -> bytes:
    ticket = session.scalars(
        select(Ticket).join(Client, Client.id == Ticket.client_id)
        .join(Assessment, Assessment.ticket_id == Ticket.id)
        .where(Client.locale == "ru_RU", Ticket.status == TicketStatus.CLOSED)
        .order_by(Ticket.reference)
    ).first()  # fmt: skip
    assert ticket is not None
    return incident_report_pdf(session, ticket.id, Stage.FINAL, NOW)


def _invoice(session: Session) -> bytes:
    invoice = session.scalars(
        select(Invoice).join(Client, Client.id == Invoice.client_id)
        .where(Client.locale == "es_ES", Invoice.status != InvoiceStatus.DRAFT)
        .order_by(Invoice.number)
    ).first()  # fmt: skip
    assert invoice is not None
    return invoice_pdf_bytes(session, invoice)


def _statement(session: Session) -> bytes:
    contract = session.scalars(
        select(Contract).where(Contract.kind == ContractKind.PREPAID_CREDIT).order_by(Contract.name)
    ).first()
    assert contract is not None
    return credit_statement_pdf(session, contract.id, date(2026, 9, 1), date(2026, 11, 1))


def _review(session: Session) -> bytes:
    client = session.scalars(
        select(Client).where(Client.locale == "nl_NL").order_by(Client.name)
    ).first()
    assert client is not None
    return review_pdf(session, client.id, date(2026, 7, 1), date(2026, 10, 1), NOW)


KINDS: dict[str, Callable[[Session], bytes]] = {
    "work-order": _work_order,
    "incident": _incident,
    "invoice": _invoice,
    "statement": _statement,
    "review": _review,
}


def _first_page_png(pdf: bytes, folder: Path) -> Path:
    source = folder / "page.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", "-singlefile", str(source),
         str(folder / "page")],
        check=True,
    )  # fmt: skip
    return folder / "page.png"


@pytest.mark.parametrize("kind", list(KINDS))
def test_golden_first_page(kind: str, small_demo_path: Path, tmp_path: Path) -> None:
    engine: Engine = create_store_engine(resolve_url(str(small_demo_path)))
    try:
        with Session(engine) as session:
            pdf = KINDS[kind](session)
    finally:
        engine.dispose()
    page = _first_page_png(pdf, tmp_path)
    golden = GOLDEN / f"{kind}.png"
    if os.environ.get("DISPATCH_UPDATE_GOLDEN"):
        shutil.copyfile(page, golden)
    assert golden.exists(), f"no golden page for {kind}: run with DISPATCH_UPDATE_GOLDEN=1"
    new, old = Image.open(page).convert("L"), Image.open(golden).convert("L")
    assert new.size == old.size, f"{kind}: page size changed {old.size} -> {new.size}"
    diff = ImageChops.difference(new, old).point(lambda v: 255 if v > 48 else 0)
    pixels = new.size[0] * new.size[1]
    changed = (pixels - diff.histogram()[0]) / pixels
    assert changed <= TOLERANCE, f"{kind}: {changed:.2%} of the page differs from {golden.name}"
