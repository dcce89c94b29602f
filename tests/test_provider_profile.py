"""The provider's own company profile: checked field by field, set up from the command line or
the window's first start, and printed by the documents (C3-C8: the invoice's legal fields)."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from console.cli import main
from console.enums import InvoiceStatus, Role
from console.errors import UserError
from console.model import Invoice, ProviderProfile, Visit
from console.reports.archive import issue_and_archive
from console.reports.invoice import invoice_pdf_bytes
from console.reports.issuer import PLACEHOLDER, issuer_of
from console.reports.work_order import load_work_orders, render_work_orders
from console.services.provider import (
    FIELDS,
    ProfileRefusedError,
    load_profile,
    save_profile,
)
from console.services.setup_state import needs_company_setup
from console.store.engine import create_store_engine, resolve_url

GOOD: dict[str, object] = {
    "legal_name": "Acme IT Diensten B.V.",
    "trading_name": "Acme IT",
    "address_lines": ["Herengracht 1", "3rd floor"],
    "postcode": "1015 BA",
    "city": "Amsterdam",
    "country": "NL",
    "vat_id": "NL 8888.88.888 B01",
    "registration_number": "87654321",
    "iban": "NL02 ABNA 0123 4567 89",
    "bic": "ABNANL2A",
    "email": "billing@acme.example",
    "phone": "+31 20 555 1234",
    "currency": "EUR",
    "tax_rate": "21",
    "reduced_tax_rate": "9",
    "invoice_prefix": "AC",
    "language": "nl",
    "time_zone": "Europe/Amsterdam",
    "holiday_country": "NL",
    "holiday_subdivision": None,
}

OPTIONS = {
    "legal_name": "--legal-name", "trading_name": "--trading-name", "postcode": "--postcode",
    "city": "--city", "country": "--country", "vat_id": "--vat-id",
    "registration_number": "--registration-number", "iban": "--iban", "bic": "--bic",
    "email": "--email", "phone": "--phone", "currency": "--currency", "tax_rate": "--tax-rate",
    "reduced_tax_rate": "--reduced-tax-rate", "invoice_prefix": "--invoice-prefix",
    "language": "--language", "time_zone": "--time-zone", "holiday_country": "--holiday-country",
}  # fmt: skip


def text_of(pdf: bytes) -> str:
    """A PDF's text with single spaces (a table may wrap a line)."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def profiles(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(ProviderProfile)).scalar_one()


# ------------------------------------------------------------------ the service


def test_a_good_profile_is_saved_compact_and_read_back_as_a_plain_value(store: Engine) -> None:
    with Session(store) as session, session.begin():
        assert load_profile(session) is None and needs_company_setup(store)
        saved = save_profile(session, GOOD)
    assert saved.vat_id == "NL888888888B01" and saved.iban == "NL02ABNA0123456789"
    assert saved.phone == "+31205551234" and saved.tax_rate == Decimal(21)
    assert saved.address_lines == ("Herengracht 1", "3rd floor")
    assert saved.postal_address == "Herengracht 1\n3rd floor\n1015 BA Amsterdam\nNetherlands"
    with Session(store) as session:
        assert load_profile(session) == saved and not needs_company_setup(store)
        # a second save changes the one row; fields not given keep their values
        save_profile(session, {"legal_name": "Acme IT Services B.V."})
        session.commit()
        profile = load_profile(session)
        assert profile is not None and profile.legal_name == "Acme IT Services B.V."
        assert profile.city == "Amsterdam"
    assert profiles(store) == 1


BAD = [
    ("legal_name", "  ", "must not be empty"),
    ("address_lines", [], "needs 1 to 4 lines"),
    ("address_lines", ["a", "b", "c", "d", "e"], "needs 1 to 4 lines"),
    ("city", "", "must not be empty"),
    ("country", "Netherlands", "two-letter ISO country code"),
    ("vat_id", "x", "is not a VAT id"),
    ("vat_id", "DE123456789", "must start with NL"),
    ("iban", "NL00ABNA0123456789", "wrong check number"),
    ("iban", "12345", "is not an IBAN"),
    ("bic", "ABN", "is not a BIC"),
    ("email", "billing at acme", "is not an email address"),
    ("phone", "020 555 1234", "needs a country code"),
    ("currency", "EURO", "ISO 4217"),
    ("tax_rate", "121", "must be between 0 and 100"),
    ("tax_rate", "twenty", "is not a number"),
    ("tax_rate", "21.125", "more than two decimals"),
    ("reduced_tax_rate", "25", "above the standard rate"),
    ("invoice_prefix", "dc-1", "is not an invoice prefix"),
    ("language", "de", "is not one of the languages en, nl, es, ru, ja"),
    ("time_zone", "Amsterdam", "IANA time zone"),
    ("holiday_country", "XX", "known public holidays"),
    ("holiday_subdivision", "Atlantis", "is not a subdivision of NL"),
]


@pytest.mark.parametrize(("field", "value", "reason"), BAD, ids=[f"{f}-{v!r}" for f, v, _ in BAD])
def test_each_field_is_refused_by_name_and_nothing_is_written(
    store: Engine, field: str, value: object, reason: str
) -> None:
    with Session(store) as session, pytest.raises(ProfileRefusedError) as refused:
        save_profile(session, {**GOOD, field: value})
    assert [r.field for r in refused.value.refusals] == [field]
    assert reason in str(refused.value) and str(refused.value).startswith(f"{field}")
    assert profiles(store) == 0


def test_every_refusal_is_named_at_once_and_a_stored_profile_stays(store: Engine) -> None:
    with Session(store) as session, session.begin():
        save_profile(session, GOOD)
    with Session(store) as session:
        with pytest.raises(ProfileRefusedError) as refused:
            save_profile(session, {"legal_name": "New name B.V.", "iban": "NL00", "email": "x"})
        assert [r.field for r in refused.value.refusals] == ["iban", "email"]
        session.commit()
        profile = load_profile(session)
        assert profile is not None and profile.legal_name == "Acme IT Diensten B.V."


def test_an_empty_profile_names_every_required_field(store: Engine) -> None:
    with Session(store) as session, pytest.raises(ProfileRefusedError) as refused:
        save_profile(session, {})
    named = {r.field for r in refused.value.refusals}
    assert "legal_name" in named and "iban" in named and "vat_id" in named
    assert not named & {"trading_name", "bic", "postcode", "holiday_subdivision"}
    assert set(FIELDS) >= named


# ------------------------------------------------------------------ the command line


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _good_args() -> list[str]:
    args = ["--address-line", "Herengracht 1", "--address-line", "3rd floor"]
    for field, opt in OPTIONS.items():
        if GOOD[field] is not None:
            args += [opt, str(GOOD[field])]
    return args


def test_setup_from_options_then_show(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "new.sqlite3")
    code, out, err = run(capsys, "setup", "--db", db, *_good_args())
    assert code == 0 and "Acme IT Diensten B.V." in out and err == ""
    code, out, _ = run(capsys, "setup", "--db", db, "--show")
    assert code == 0
    assert "NL888888888B01" in out and "NL02ABNA0123456789" in out
    assert "Herengracht 1 / 3rd floor" in out and "tax-rate" in out and " 21\n" in out
    # one field changed, the others kept
    code, _, _ = run(capsys, "setup", "--db", db, "--invoice-prefix", "ACME")
    code, out, _ = run(capsys, "setup", "--db", db, "--show")
    assert code == 0 and "ACME" in out and "Acme IT Diensten B.V." in out


def test_setup_with_a_bad_value_is_one_line_exit_2_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "new.sqlite3")
    args = [a if a != "NL 8888.88.888 B01" else "x" for a in _good_args()]
    code, out, err = run(capsys, "setup", "--db", db, *args)
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2 and out == "" and len(lines) == 1
    assert lines[0].startswith("dispatch-console: error: --vat-id: ")
    engine = create_store_engine(resolve_url(db))
    assert profiles(engine) == 0
    engine.dispose()
    code, _, err = run(capsys, "setup", "--db", db, "--show")
    assert code == 2 and "dispatch-console setup" in err


def test_setup_without_a_terminal_names_the_missing_options(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "setup", "--db", str(tmp_path / "s.sqlite3"), "--legal-name", "X")
    assert code == 2 and "--iban: must not be empty" in err and "--address-line:" in err
    assert len(err.strip().splitlines()) == 1


def test_report_on_a_store_without_a_profile_says_setup_is_needed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "empty.sqlite3")
    out = tmp_path / "day.pdf"
    code, _, err = run(capsys, "report", "day-sheet", "--day", "2026-11-22", "-o", str(out),
                       "--db", db)  # fmt: skip
    assert code == 2 and "dispatch-console setup" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


# ------------------------------------------------------------------ documents


def test_documents_print_the_profile(demo_engine: Engine) -> None:
    with Session(demo_engine) as session, session.begin():
        save_profile(session, GOOD)
    with Session(demo_engine) as session:
        visit = session.scalars(select(Visit.id).order_by(Visit.reference)).first()
        assert visit is not None
        work_order = text_of(render_work_orders(load_work_orders(session, [visit])))
        assert "Acme IT Diensten B.V." in work_order
        draft = session.scalars(
            select(Invoice).where(Invoice.status == InvoiceStatus.DRAFT)
        ).first()
        assert draft is not None
        invoice = issue_and_archive(session, draft.id, date(2026, 11, 23))
        session.commit()
        # numbered in the profile's series as it stands at issue
        assert invoice.number is not None and invoice.number.startswith("AC-2026-")
        printed = text_of(invoice_pdf_bytes(session, invoice))
    for text in ("Acme IT Diensten B.V.", "NL888888888B01", "NL02 ABNA 0123 4567 89",
                 "BIC ABNANL2A", "Herengracht 1", "1015 BA Amsterdam",
                 "billing@acme.example"):  # fmt: skip
        assert text in printed, text


def test_a_store_without_a_profile_previews_a_placeholder_but_archives_nothing(
    store: Engine,
) -> None:
    with Session(store) as session:
        assert issuer_of(session) == PLACEHOLDER
        assert "not set up" in PLACEHOLDER.name
        with pytest.raises(UserError, match="dispatch-console setup"):
            issue_and_archive(session, uuid.uuid4(), date(2026, 11, 23))


# ------------------------------------------------------------------ the window


@pytest.fixture
def empty_desk(store: Engine) -> Iterator[Any]:
    from console.views.context import DeskContext

    yield DeskContext(store)


def test_the_setup_dialog_on_an_empty_store_names_refusals_then_saves(
    qtbot: Any, empty_desk: Any, store: Engine
) -> None:
    from console.views.setup_dialog import SetupDialog

    dialog = SetupDialog(empty_desk)
    qtbot.addWidget(dialog)
    assert dialog.first_start and dialog.may_edit
    ui = dialog.ui
    for field, value in GOOD.items():
        if field == "address_lines":
            ui.address_lines.setPlainText("\n".join(value))  # type: ignore[arg-type]
        elif field == "language":
            ui.language.setCurrentIndex(ui.language.findData(value))
        elif value is not None:
            getattr(ui, field).setText(str(value))
    ui.iban.setText("NL00 ABNA 0123 4567 89")
    ui.email.setText("nobody")
    dialog.save()
    problems = ui.problems.text()
    assert "iban: " in problems.lower() and "wrong check number" in problems
    assert "e-mail: " in problems.lower() and not dialog.result()
    assert profiles(store) == 0  # nothing was saved

    ui.iban.setText(str(GOOD["iban"]))
    ui.email.setText(str(GOOD["email"]))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with Session(store) as session:
        profile = load_profile(session)
    assert profile is not None and profile.legal_name == "Acme IT Diensten B.V."
    assert profile.language == "nl" and profile.address_lines == ("Herengracht 1", "3rd floor")

    # a desk alone: whoever set it up is its administrator, and the window acts as them
    assert empty_desk.role is Role.ADMIN and empty_desk.user_id is not None
    from console.views.context import DeskContext

    dispatcher = DeskContext(store, role=Role.DISPATCHER)
    again = SetupDialog(dispatcher)  # File > Company profile…: the saved values, not editable
    qtbot.addWidget(again)  # by a dispatcher once the profile exists
    assert not again.first_start and again.ui.vat_id.text() == "NL888888888B01"
    assert again.ui.tax_rate.text() == "21" and not again.may_edit


def test_the_window_offers_the_company_profile_in_the_file_menu(window: Any) -> None:
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Company profile…" in texts


def test_only_a_store_without_a_profile_asks_at_the_first_start(
    store: Engine, demo_engine: Engine
) -> None:
    from console.services.setup_state import needs_company_setup

    assert needs_company_setup(store) and not needs_company_setup(demo_engine)
    with Session(store) as session, session.begin():
        save_profile(session, GOOD)
    assert not needs_company_setup(store)
