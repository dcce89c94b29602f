"""Prepaid credit left, per contract, from the command line, as the Time & credit tab
shows it (C5): used up and low first, each in its unit."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from builders import World
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from test_cli import run

from console.enums import ContractKind, CreditEntryKind, CreditUnit
from console.ids import new_id
from console.model import Client, CreditEntry


@pytest.fixture
def cards(store: Engine) -> None:
    """Tulp's card of 10 h with 7.5 h drawn (low at 3 h); Acme's 5,000 EUR with 900 drawn."""
    with Session(store) as session:
        tulp = World(session, ContractKind.RETAINER)
        hours = tulp.add_contract(ContractKind.PREPAID_CREDIT, credit_unit=CreditUnit.HOURS,
                                  low_credit_threshold=Decimal(3))  # fmt: skip
        acme = Client(name="Acme BV", country="NL", time_zone="Europe/Amsterdam",
                      locale="nl_NL", currency="EUR")  # fmt: skip
        session.add(acme)
        session.flush()
        tulp.client = acme  # the next contract is Acme's
        money = tulp.add_contract(ContractKind.PREPAID_CREDIT, credit_unit=CreditUnit.MONEY,
                                  low_credit_threshold=Decimal(500))  # fmt: skip
        for contract, unit, movements in (
            (hours, CreditUnit.HOURS, (Decimal(10), Decimal("-7.5"))),
            (money, CreditUnit.MONEY, (Decimal(5000), Decimal(-900))),
        ):
            for amount in movements:
                kind = CreditEntryKind.TOP_UP if amount > 0 else CreditEntryKind.DEBIT
                session.add(CreditEntry(id=new_id(), contract_id=contract.id, kind=kind, unit=unit,
                                        amount=amount, currency="EUR"))  # fmt: skip
        session.commit()


def test_c5_the_credit_left_is_listed_low_first_in_its_unit(
    cards: None, sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "billing", "credit", "--db", str(sqlite_path), "--format", "json")
    assert code == 0, err
    rows = [(r["client"], r["left"], r["low_mark"], r["alert"]) for r in json.loads(out)]
    assert rows == [
        ("Tulp B.V.", "2.50 h", "3.00 h", "low"),
        ("Acme BV", "4100.00 EUR", "500.00 EUR", ""),
    ]
    code, out, _ = run(capsys, "billing", "credit", "--client", "acme bv", "--db", str(sqlite_path))
    assert code == 0 and out.splitlines()[-1] == "1 prepaid contracts" and "4100.00 EUR" in out
    code, out, err = run(
        capsys, "billing", "credit", "--client", "Nobody", "--db", str(sqlite_path)
    )
    assert code == 2 and not out and err.strip().endswith("--client: no client named 'Nobody'")
