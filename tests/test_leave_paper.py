"""The work order's "may leave" block: who at the client agreed that the engineer may
leave, when (in the site's zone) and their signature; empty lines to sign when not yet."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image as PILImage
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import VisitStatus
from console.model import Client, Site, Ticket, Visit
from console.reports.formatting import Formats
from console.reports.work_order import load_work_orders, render_work_orders
from console.store.engine import create_store_engine
from console.wording.labels import label_for, label_keys
from console.wording.languages import LANGUAGES


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def _png() -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (300, 80), "white").save(out, format="PNG")
    return out.getvalue()


def _visit_of_locale(session: Session, locale: str) -> Visit:
    visit = session.scalars(
        select(Visit).join(Ticket, Visit.ticket_id == Ticket.id).join(Client)
        .where(Client.locale == locale).order_by(Visit.reference)
    ).first()  # fmt: skip
    assert visit is not None
    return visit


def test_d7_the_work_order_prints_who_let_the_engineer_leave_and_when(
    small_demo_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(small_demo_path.read_bytes())
    engine = create_store_engine(f"sqlite:///{copy}")
    at = datetime(2026, 11, 20, 15, 42, tzinfo=UTC)
    with Session(engine) as session:
        visit = _visit_of_locale(session, "nl_NL")
        blank = _text(render_work_orders(load_work_orders(session, [visit.id])))
        nl = label_for("nl")
        assert nl("may_leave") in blank and nl("approved_by") in blank  # lines to sign
        visit.status = VisitStatus.COMPLETED
        visit.leave_approved_by_name = "Sanne de Vries"
        visit.leave_approved_at = at
        visit.leave_signature = _png()
        session.flush()
        (wo,) = load_work_orders(session, [visit.id])
        zone = session.get_one(Site, visit.site_id).time_zone
        pdf = render_work_orders([wo])
        signed = _text(pdf)
    assert wo.leave_signature is not None
    assert "Sanne de Vries" in signed and nl("may_leave") in signed
    assert " ".join(Formats(wo.locale, zone).instant(at).split()) in signed  # the site's zone
    assert zone in signed
    assert any("/Image" in str(page.get("/Resources", {}).get("/XObject", {}).values())
               or page.images for page in PdfReader(io.BytesIO(pdf)).pages)  # fmt: skip
    engine.dispose()


def test_d7_the_may_leave_labels_are_in_five_languages() -> None:
    for key in ("may_leave", "may_leave_note", "approved_by", "approved_at"):
        assert key in label_keys()
        words = [label_for(language)(key) for language in LANGUAGES]
        assert len(set(words)) == len(LANGUAGES) or key == "approved_by", words
