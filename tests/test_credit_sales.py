"""Selling a block of prepaid credit (C5): an invoice that adds the credit when issued."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from builders import World
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from test_credit_notes import PROFILE

from console.enums import ContractKind, CreditUnit, InvoiceKind, Role
from console.errors import ValidationError
from console.model import CreditEntry, User
from console.services.billing.credit_notes import draft_credit_note
from console.services.billing.credit_sales import sell_credit
from console.services.billing.drafts import issue_invoices, void_draft
from console.services.provider import save_profile
from console.sync.session import store_session

SOLD_ON = date(2026, 12, 1)


def _cards(engine: Engine) -> dict[str, Any]:
    """A client with a money card and an hours card (95.00 an hour), and its biller."""
    with Session(engine) as session:
        world = World(session, ContractKind.PREPAID_CREDIT, credit_unit=CreditUnit.MONEY)
        hours = world.add_contract(
            ContractKind.PREPAID_CREDIT, credit_unit=CreditUnit.HOURS,
            standard_rate=Decimal("95.00"),
        )  # fmt: skip
        hours.name = "Hours card"
        other = world.add_contract(ContractKind.ON_DEMAND, standard_rate=Decimal("95.00"))
        mara = User(username="mara", display_name="Mara", role=Role.SERVICE_MANAGER)
        desk = User(username="desk", display_name="Desk", role=Role.DISPATCHER)
        session.add_all([mara, desk])
        save_profile(session, PROFILE)
        session.commit()
        return {
            "money": world.contract.id, "hours": hours.id, "other": other.id,
            "mara": mara.id, "desk": desk.id,
        }  # fmt: skip


def _balance(engine: Engine, contract: object) -> Decimal:
    with Session(engine) as session:
        total = session.scalar(
            select(func.coalesce(func.sum(CreditEntry.amount), 0)).where(
                CreditEntry.contract_id == contract
            )
        )
        return Decimal(total or 0)


def test_c5_credit_bought_arrives_when_its_invoice_is_issued_and_leaves_with_its_credit_note(
    store: Engine,
) -> None:
    ids = _cards(store)
    sessions = partial(store_session, store)
    draft = sell_credit(sessions, ids["mara"], ids["money"], "1000", SOLD_ON)
    assert draft.kind == InvoiceKind.CREDIT_TOP_UP and draft.number is None
    assert draft.subtotal == Decimal("1000.00") and draft.total == Decimal("1210.00")
    assert _balance(store, ids["money"]) == 0  # a draft adds nothing
    void_draft(sessions, ids["mara"], draft.id)
    assert _balance(store, ids["money"]) == 0  # nor does a voided one
    again = sell_credit(sessions, ids["mara"], ids["money"], "1000", SOLD_ON)
    (issued,) = issue_invoices(sessions, ids["mara"], [again.id], SOLD_ON)
    assert _balance(store, ids["money"]) == Decimal("1000.00")
    note = draft_credit_note(sessions, ids["mara"], issued.number, reason="sold twice")
    issue_invoices(sessions, ids["mara"], [note.id], SOLD_ON)
    assert _balance(store, ids["money"]) == 0  # the credit note takes the credit back


def test_c5_hours_are_sold_at_the_cards_hour_price(store: Engine) -> None:
    ids = _cards(store)
    sessions = partial(store_session, store)
    draft = sell_credit(sessions, ids["mara"], ids["hours"], "10", SOLD_ON)
    (line,) = draft.lines
    assert line.hours == Decimal(10) and line.rate == Decimal("95.00")
    assert draft.subtotal == Decimal("950.00")
    issue_invoices(sessions, ids["mara"], [draft.id], SOLD_ON)
    assert _balance(store, ids["hours"]) == Decimal(10)


@pytest.mark.parametrize(
    ("which", "amount", "field"),
    [("other", "100", "contract"), ("money", "0", "amount"), ("money", "-5", "amount"),
     ("money", "ten", "amount"), ("money", "10.001", "amount")],
)  # fmt: skip
def test_what_a_sale_refuses(store: Engine, which: str, amount: str, field: str) -> None:
    ids = _cards(store)
    with pytest.raises(ValidationError) as refused:
        sell_credit(partial(store_session, store), ids["mara"], ids[which], amount, SOLD_ON)
    assert refused.value.field == field


def test_selling_credit_from_the_command_line(
    store: Engine, sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from console.cli import main

    ids = _cards(store)
    db = ["--db", str(sqlite_path)]
    sell = ["billing", "sell-credit", "Hours card", "--date", "2026-12-01", *db]
    assert main([*sell, "ten", "--as", "mara"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "amount" in err and "Traceback" not in err
    assert main([*sell, "5", "--as", "desk"]) == 2  # a dispatcher does not sell
    capsys.readouterr()
    assert main([*sell, "5", "--issue", "--as", "mara"]) == 0
    out = capsys.readouterr().out
    assert "HN-2026-000001" in out and "574.75 EUR" in out  # 5 h at 95.00 and 21 %
    assert _balance(store, ids["hours"]) == Decimal(5)


def test_selling_credit_from_the_billing_tab(
    qtbot: Any, store: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime

    from PySide6.QtWidgets import QInputDialog

    from console.views.billing_view import BillingView
    from console.views.context import DeskContext

    ids = _cards(store)
    desk = DeskContext(store, clock=lambda: datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    desk.sign_in("mara")
    view = BillingView(desk)
    qtbot.addWidget(view)
    assert view.sell_button.isEnabled()
    answers = iter([("Tulp B.V. · Hours card (hours)", True), ("8", True)])
    pick = lambda *_args, **_kw: next(answers)  # noqa: E731 - the two questions, in order
    monkeypatch.setattr(QInputDialog, "getItem", pick)
    monkeypatch.setattr(QInputDialog, "getText", pick)
    view.sell_credit()
    assert "credit arrives when it is issued" in view.summary.text()
    assert "919.60" in view.summary.text()  # 8 h at 95.00 and 21 %
    assert _balance(store, ids["hours"]) == 0
