"""The key figures a client asks for in its service review (V2): chosen per client in the
client editor and on the command line, and the only ones on the pack's first page."""

from __future__ import annotations

import io
from typing import Any

import pytest
from conftest import run_cli
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from test_master_data_window import _click, _ok, _view
from test_review import NOW, Q3, _largest

from console.errors import ValidationError
from console.model import Client
from console.reports.review import review_pdf
from console.rules.review import Figure, chosen_figures, read_figures
from console.views.context import DeskContext
from console.views.master_data.clients_view import ClientsView
from console.views.master_data.record_dialog import RecordDialog


def test_v2_a_client_names_its_figures_or_gets_them_all() -> None:
    assert chosen_figures([]) == frozenset(Figure)
    assert chosen_figures(["hours", "sla"]) == {Figure.SLA, Figure.HOURS}
    assert read_figures(["Hours", " sla", ""], "review_figures") == ["sla", "hours"]
    with pytest.raises(ValidationError) as refused:
        read_figures(["sla", "money"], "review_figures")
    assert refused.value.field == "review_figures" and refused.value.rule == "V2"
    assert "'money' is not a figure of the review" in str(refused.value)


def _first_page(engine: Engine, client_id: Any) -> str:
    with Session(engine) as session:
        pdf = review_pdf(session, client_id, *Q3, NOW)
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def test_v2_the_pack_shows_only_the_figures_the_client_asked_for(
    demo_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    with Session(demo_engine) as session:
        client = _largest(session)
        name, client_id, language = client.name, client.id, client.locale[:2]
    assert language == "en", "the demo's busiest client reads English"
    whole = _first_page(demo_engine, client_id)
    assert "Tickets" in whole and "Invoiced" in whole and "Median resolution time" in whole
    db = ("--db", str(demo_engine.url.database))
    code, _out, err = run_cli(capsys, "clients", "edit", name, *db,
                             "--review-figures", "sla, hours")  # fmt: skip
    assert code == 0, err
    chosen = _first_page(demo_engine, client_id).split("SLA attainment per target")[0]
    assert "SLA response" in chosen and "Hours worked" in chosen  # the key figures' table
    for left_out in ("Tickets", "Invoiced", "Median resolution time", "On-site arrivals"):
        assert left_out not in chosen, left_out
    code, _out, err = run_cli(capsys, "clients", "edit", name, *db, "--review-figures", "money")
    assert code == 2 and err.count("\n") == 1 and "not a figure of the review" in err
    with Session(demo_engine) as session:
        stored = session.scalar(select(Client.review_figures).where(Client.id == client_id))
    assert stored == ["sla", "hours"]  # the refusal changed nothing


def test_v2_the_client_editor_chooses_the_figures(qtbot: QtBot, demo_engine: Engine) -> None:
    desk = DeskContext(demo_engine)
    desk.sign_in(None)
    view = _view(qtbot, ClientsView, desk)
    with Session(demo_engine) as session:
        client_id = _largest(session).id
    assert view.select(client_id)

    def choose(dialog: RecordDialog) -> None:
        assert dialog.editors["review_figures"].widget.isVisibleTo(dialog)
        dialog.set_values(review_figures="money")
        dialog.ok_button().click()
        assert dialog.isVisible() and "not a figure of the review" in dialog.ui.problems.text()
        dialog.set_values(review_figures="tickets, reaction")
        _ok(dialog)

    _click(qtbot, view.edit_button, RecordDialog, choose)
    with Session(demo_engine) as session:
        stored = session.scalar(select(Client.review_figures).where(Client.id == client_id))
    assert stored == ["tickets", "reaction"]
