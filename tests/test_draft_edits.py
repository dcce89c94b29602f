"""Editing a draft before issue: rewording, a line of the desk's own, a line taken out."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from test_credit_notes import ISSUED_ON, _desk

from console.errors import ValidationError
from console.model import TimeEntry
from console.services.billing.draft_edits import add_own_line, remove_line, reword_line
from console.services.billing.drafts import issue_invoices
from console.services.billing.run import run_month
from console.sync.session import store_session


def _draft(engine: Engine) -> tuple[Any, dict[str, Any]]:
    """November's draft of three days of on-demand work (1, 2 and 3 h at 125.00)."""
    users = _desk(engine)
    (draft,) = run_month(partial(store_session, engine), users["mara"], 2026, 11, lines=True).drafts
    return draft, users


def _unbilled(engine: Engine) -> int:
    with Session(engine) as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(TimeEntry)
                .where(TimeEntry.invoice_line_id.is_(None))
            )
            or 0
        )


def test_c6_a_draft_is_reworded_extended_and_trimmed_before_issue(store: Engine) -> None:
    draft, users = _draft(store)
    sessions, mara = partial(store_session, store), users["mara"]
    assert [ln.amount for ln in draft.lines] == [Decimal("125.00"), Decimal("250.00"),
                                                 Decimal("375.00")]  # fmt: skip
    reworded = reword_line(sessions, mara, draft.id, 2, "  Firewall rules   reviewed ")
    assert reworded.lines[1].description == "Firewall rules reviewed"
    assert reworded.lines[1].amount == Decimal("250.00")  # the rules' amount stays
    discounted = add_own_line(sessions, mara, draft.id, "Loyalty discount", "-50")
    assert discounted.lines[-1].description == "Loyalty discount"
    assert discounted.subtotal == Decimal("700.00") and discounted.tax == Decimal("147.00")
    trimmed = remove_line(sessions, mara, draft.id, 1)
    assert [ln.position for ln in trimmed.lines] == [0, 1, 2]
    assert trimmed.subtotal == Decimal("575.00")
    assert _unbilled(store) == 1  # the removed line's hour waits for the next run
    (again,) = run_month(sessions, mara, 2026, 11, lines=True).drafts
    assert again.subtotal == Decimal("125.00")  # billed once more, and only once
    (issued,) = issue_invoices(sessions, mara, [draft.id], ISSUED_ON)
    with pytest.raises(ValidationError, match="credit note"):
        reword_line(sessions, mara, issued.number, 1, "after the fact")


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (lambda s, u, d: reword_line(s, u, d, 9, "x"), "line"),
        (lambda s, u, d: reword_line(s, u, d, 1, "   "), "text"),
        (lambda s, u, d: add_own_line(s, u, d, "Fee", "abc"), "amount"),
        (lambda s, u, d: add_own_line(s, u, d, "Fee", "0"), "amount"),
        (lambda s, u, d: add_own_line(s, u, d, "Fee", "1.005"), "amount"),
        (lambda s, u, d: add_own_line(s, u, d, "Too much", "-1000"), "amount"),
        (lambda s, u, d: add_own_line(s, u, d, "", "10"), "text"),
    ],
)
def test_what_a_draft_edit_refuses(store: Engine, edit: Any, field: str) -> None:
    draft, users = _draft(store)
    with pytest.raises(ValidationError) as refused:
        edit(partial(store_session, store), users["mara"], draft.id)
    assert refused.value.field == field


def test_a_dispatcher_does_not_edit_drafts(store: Engine) -> None:
    draft, users = _draft(store)
    with pytest.raises(ValidationError, match="dispatcher may not"):
        reword_line(partial(store_session, store), users["desk"], draft.id, 1, "mine")


def test_editing_a_draft_from_the_command_line(
    store: Engine, sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from console.cli import main

    draft, _users = _draft(store)
    edit = ["billing", "edit", str(draft.id), "--as", "mara", "--db", str(sqlite_path)]
    assert main([*edit, "--line", "1", "--text", "Patch night"]) == 0
    assert "Patch night" in capsys.readouterr().out
    assert main([*edit, "--add", "-25.00", "--text", "Goodwill"]) == 0
    assert "Goodwill" in capsys.readouterr().out
    for refused in (["--line", "1"], ["--add", "5"], ["--line", "1", "--remove", "--text", "x"]):
        assert main([*edit, *refused]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err
    assert main([*edit, "--line", "2", "--remove"]) == 0
    assert "Goodwill" in capsys.readouterr().out


def test_editing_a_draft_from_the_billing_tab(qtbot: Any, store: Engine) -> None:
    from datetime import UTC, datetime

    from console.views.billing_view import BillingView
    from console.views.context import DeskContext

    _draft(store)
    desk = DeskContext(store, clock=lambda: datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    desk.sign_in("mara")
    view = BillingView(desk)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    view.list.selectRow(0)
    assert view.add_line_button.isEnabled() and not view.reword_button.isEnabled()
    view.lines.selectRow(0)
    assert view.reword_button.isEnabled() and view.remove_line_button.isEnabled()
    view.reword_line("Server room tidied")
    assert view.lines.item(0, 1).text() == "Server room tidied"
    view.add_own_line("Travel, flat", "40")
    assert view.lines.rowCount() == 4 and "changed" in view.summary.text()
    view.lines.selectRow(3)
    view.remove_line()
    assert view.lines.rowCount() == 3
