"""The SLA attainment a contract promises is what the review and the audit measure (V2)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console.errors import ValidationError
from console.model import Client, Contract
from console.reports.review import review_pdf
from console.rules.review import ATTAINMENT_TARGET, attainment_target
from console.services.review import service_review
from console.services.yearly_audit import yearly_audit
from tests.conftest import run_cli

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
Q3 = (date(2026, 7, 1), date(2026, 10, 1))


def test_v2_the_highest_promise_in_force_is_the_target() -> None:
    assert attainment_target([]) == ATTAINMENT_TARGET == Decimal("0.95")
    assert attainment_target([Decimal(90), Decimal("98.5")]) == Decimal("0.985")


@pytest.mark.parametrize("value", [Decimal(40), Decimal("100.5")])
def test_v2_a_promise_outside_half_to_all_is_refused(value: Decimal) -> None:
    with pytest.raises(ValidationError) as refused:
        Contract(attainment_target_pct=value)
    assert refused.value.field == "attainment_target_pct"


def _english_client_with_slas(session: Session) -> Client:
    for client in session.scalars(select(Client).where(Client.locale == "en_US")):
        if any(c.sla_targets for c in client.contracts):
            return client
    raise AssertionError("the demo has an English client with SLA targets")


def test_v2_the_review_and_audit_measure_against_the_contracts_promise(
    demo_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    """Set from the command line, shown by `contracts show`, drawn in the pack."""
    db = ["--db", str(demo_engine.url.database)]
    with Session(demo_engine) as session:
        client = _english_client_with_slas(session)
        name, client_id = client.name, client.id
        contracts = [c.name for c in client.contracts if c.sla_targets]
        assert service_review(session, client_id, *Q3, NOW).current.attainment_target == Decimal(
            "0.95"
        )
    for contract in contracts:
        code, out, err = run_cli(capsys, "contracts", "edit", contract, "--client", name, *db,
                                 "--attainment-target-pct", "98")  # fmt: skip
        assert code == 0, err
    code, out, err = run_cli(capsys, "contracts", "show", contracts[0], "--client", name, *db)
    assert code == 0 and "98" in out
    with Session(demo_engine) as session:
        assert service_review(session, client_id, *Q3, NOW).current.attainment_target == Decimal(
            "0.98"
        )
        audit = yearly_audit(session, client_id, 2026, NOW)
        assert audit.current.attainment_target == Decimal("0.98")
        pdf = review_pdf(session, client_id, *Q3, NOW)
    first = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "98.0%" in first and "95.0%" not in first

    code, out, err = run_cli(capsys, "contracts", "edit", contracts[0], "--client", name, *db,
                             "--attainment-target-pct", "30")  # fmt: skip
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "attainment" in err and "50" in err
