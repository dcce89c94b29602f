"""The window's translations: every text is in the catalogue, translated, compiled, and shown."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from conftest import DEMO_NOW
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from console.sync.replica import ReplicaStatus
from console.views.context import DeskContext
from console.views.i18n import install_translations, when
from console.views.main_window import MainWindow
from console.views.queue_model import KEYS
from console.views.roster_view import COLUMNS, RosterModel
from console.views.sync_status import status_text

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "ui" / "update_translations.py"
)
assert spec and spec.loader
tools = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tools)

CATALOGUES = sorted(tools.CATALOGUES.glob("*.ts"))
PLACEHOLDER = re.compile(r"%(?:\d|n)|\{\w+\}")  # Qt's %1 and the core's phrase fields


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    out = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def test_every_language_of_the_window_has_a_catalogue() -> None:
    from console.views.i18n import LANGUAGES

    translated = sorted(code for code in LANGUAGES if code != "en")
    assert [p.name for p in CATALOGUES] == [f"dispatch_console_{c}.ts" for c in translated]
    assert sorted(tools.TRANSLATED) == translated


@pytest.mark.parametrize("ts", CATALOGUES, ids=[p.stem for p in CATALOGUES])
def test_the_catalogue_holds_exactly_the_texts_of_the_window(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    tools.update(fresh)
    assert set(_messages(fresh)) == set(_messages(ts)), (
        "texts changed: run python ui/update_translations.py and translate the new ones"
    )


@pytest.mark.parametrize("ts", CATALOGUES, ids=[p.stem for p in CATALOGUES])
def test_every_text_is_translated_with_its_placeholders(ts: Path) -> None:
    for (context, source), message in _messages(ts).items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                context,
                source,
                text,
            )
            # a menu or button text keeps its keyboard accelerator
            has_key = "&" in source.replace("&&", "")
            assert ("&" in text.replace("&&", "")) == has_key, (context, source, text)


@pytest.mark.parametrize("ts", CATALOGUES, ids=[p.stem for p in CATALOGUES])
def test_the_compiled_catalogue_is_current(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / f"{ts.stem}.qm"
    tools.release(ts, fresh)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        "run python ui/update_translations.py"
    )


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[str]:
    yield install_translations(qapp, "nl")
    install_translations(qapp, "en")


def test_the_window_speaks_dutch_when_asked(
    dutch: str, qtbot: QtBot, demo_engine: Engine, tmp_path: Path
) -> None:
    assert dutch == "nl"
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    desk = DeskContext(demo_engine)
    desk.sign_in(None)
    window = MainWindow(demo_engine, settings, desk)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Bestand", "Be&werken", "&Ticket", "Beel&d", "&Help"]
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == [
        "&Wachtrij", "&Agenda", "&Rooster", "&Tijd && tegoed", "&Facturatie", "&Klanten",
        "&Contracten", "&Engineers", "&Mail", "Mi&jn dag", "Ke&nnisbank",
    ]  # fmt: skip
    assert window.act_new_ticket.text() == "&Nieuw ticket…"
    header = window.queue.model.headerData(KEYS.index("reference"), Qt.Orientation.Horizontal)
    assert header == "Referentie"


def test_the_dutch_window_shows_its_data_in_dutch_too(dutch: str, window: MainWindow) -> None:
    # statuses, countdowns, dates and the ticket pane, not only menus and titles
    # (``dutch`` comes first, so the window is built speaking Dutch)
    model = window.queue.model

    def column(key: str) -> list[str]:
        return [str(model.index(r, KEYS.index(key)).data()) for r in range(model.rowCount())]

    assert "In behandeling" in column("status") and "In progress" not in column("status")
    assert "Hoog" in column("priority") and "Incident" in column("category")
    countdowns = [c for c in column("sla") if c]
    assert any("te laat" in c for c in countdowns) and any(": nog " in c for c in countdowns)
    assert not any(" left" in c or " late" in c for c in countdowns)

    # a ticket whose clock counted office time and was paused (the demo's live outage began
    # on the weekend, so its window skipped every minute so far)
    pane = window.queue.pane
    for row in range(len(column("status"))):
        window.queue.table.selectRow(row)
        shown = pane.sla.toPlainText()
        if "binnen het servicevenster" in shown and "gepauzeerd door" in shown:
            break
    assert pane.detail is not None
    assert "prioriteit" in pane.heading.text() and "Categorie" in pane.summary.toPlainText()
    sla = pane.sla.toPlainText()
    assert "Uiterlijk" in sla and "kantoortijd verbruikt" in sla and "Due" not in sla
    # why time counted or was skipped comes from the core as data, worded in Dutch here
    assert "binnen het servicevenster" in sla and "inside the service window" not in sla
    assert "gepauzeerd door" in sla and "paused by" not in sla  # the targets, from phrases
    assert "Werktijden" in [
        RosterModel().headerData(i, Qt.Orientation.Horizontal) for i in range(len(COLUMNS))
    ]
    assert when(datetime(2026, 12, 2, 14, 5), "ddd dd MMM HH:mm") == "wo 02 dec 14:05"
    assert (
        status_text(_status(pending=3, conflicts=2))
        == "Gesynchroniseerd 10:15 · 3 in wachtrij · 2 conflicten"
    )


def _status(**kw: int) -> ReplicaStatus:
    synced = datetime(2026, 12, 2, 10, 15).astimezone()
    return ReplicaStatus(server="db", login="anna", last_sync_at=synced, last_error=None,
                         lag_seconds=None, **kw)  # fmt: skip


def test_the_dispatch_checks_read_in_dutch_with_values_worded_too(
    dutch: str, demo_engine: Engine, qtbot: QtBot
) -> None:
    from console.enums import SkillLevel
    from console.model import Ticket
    from console.views.i18n import say
    from console.views.visit_dialog import VisitDialog
    from console.wording.phrases import phrase

    # the core's sentence, its template from the catalogue and its values in Dutch
    too_low = phrase(
        "skill {level} is below {wanted}", level=SkillLevel.ENTRY, wanted=SkillLevel.SENIOR
    )  # fmt: skip  (D4)
    assert str(too_low) == "skill entry is below senior"
    assert say(too_low) == "niveau starter is lager dan senior"
    with demo_engine.connect() as conn:
        ticket = conn.execute(select(Ticket.id).limit(1)).scalar_one()
    dialog = VisitDialog(DeskContext(demo_engine, clock=lambda: DEMO_NOW), ticket)
    qtbot.addWidget(dialog)
    checks = [dialog.ui.findings.item(i).text() for i in range(dialog.ui.findings.count())]
    d5 = next(c for c in checks if c.startswith("contactpersoon ter plaatse"))  # D5
    assert d5.startswith("contactpersoon ter plaatse: zonder contactpersoon"), d5
    assert not any(c[:1] in "CDET" and c[1:2].isdigit() for c in checks)  # no rule IDs
    assert not any("no engineer is sent" in c for c in checks)
    suggestions = [dialog.ui.suggestions.item(i).text() for i in range(3)]
    # the level is worded for everyone; a blocker (e.g. too far to travel) is named before it
    assert all("niveau " in s for s in suggestions), suggestions
    assert any("0 u geboekt deze week" in s for s in suggestions), suggestions


def test_dutch_numbers_and_money_in_the_time_and_credit_view(
    dutch: str, demo_engine: Engine, qtbot: QtBot
) -> None:
    from console.views.time_view import TimeView

    view = TimeView(DeskContext(demo_engine, clock=lambda: DEMO_NOW))
    qtbot.addWidget(view)
    view.reload()
    hours = view.approvals.model().index(0, 3).data()
    assert re.fullmatch(r"\d+,\d\d", hours), hours  # a decimal comma
    credit = view.credit.model()
    balances = [credit.index(r, 2).data() for r in range(credit.rowCount())]
    money = [b for b in balances if "€" in b or "US$" in b]
    assert money and all(re.search(r"\d,\d\d$", b) for b in money), balances


def test_a_refused_field_is_named_by_its_dutch_label_with_a_dutch_reason(
    dutch: str, demo_engine: Engine, qtbot: QtBot
) -> None:
    from console.views.ticket_dialog import TicketDialog

    dialog = TicketDialog(DeskContext(demo_engine, clock=lambda: DEMO_NOW))
    qtbot.addWidget(dialog)
    dialog.ui.description.setPlainText("Printer offline")  # kept while the title is refused
    dialog.save()
    problem = dialog.ui.problems.text()
    assert "titel: mag niet leeg zijn" in problem, problem
    assert dialog.ui.description.toPlainText() == "Printer offline"


def test_an_unknown_language_falls_back_to_english(qapp: QApplication) -> None:
    assert install_translations(qapp, "xx") == "en"
    assert QApplication.translate("MainWindow", "&File") == "&File"


@pytest.mark.parametrize("language", ["en", *(p.stem.split("_")[-1] for p in CATALOGUES)])
def test_each_menu_gives_each_entry_its_own_shortcut_letter(
    language: str, qapp: QApplication, qtbot: QtBot, demo_engine: Engine, tmp_path: Path
) -> None:
    """Alt+letter in an open menu picks one entry: no two entries of a menu share one, in
    any language (Japanese marks it as "(&X)" after the words)."""
    install_translations(qapp, language)
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        desk = DeskContext(demo_engine)
        desk.sign_in(None)
        window = MainWindow(demo_engine, settings, desk)
        qtbot.addWidget(window)
        for title, menu in window.menus.items():
            letters = [
                m.group(1).casefold()
                for action in menu.actions()
                if not action.isSeparator()
                and (m := re.search(r"&([^&])", action.text().replace("&&", "")))
            ]
            assert len(letters) == len([a for a in menu.actions() if not a.isSeparator()])
            clashes = {letter for letter in letters if letters.count(letter) > 1}
            assert not clashes, (language, title, clashes)
    finally:
        install_translations(qapp, "en")


def test_a_label_is_named_without_its_shortcut_mark_in_any_language() -> None:
    """A refused field is named by its label's words: "&Name" and the Japanese "名前(&N)"
    both lose the mark, a doubled && stays one &."""
    from console.views.dialog_support import plain_text

    assert plain_text("共有データベース(&D):") == "共有データベース:"
    assert plain_text("Shared &database:") == "Shared database:"
    assert plain_text("&Time && credit") == "Time & credit"


def test_a_target_nothing_pauses_says_so(demo_engine: Engine) -> None:
    """It read "paused by nothing"."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from console.model import Ticket
    from console.rules.workflow import Actor
    from console.services.ticket_detail import ticket_detail
    from console.wording.phrases import english, in_language

    with Session(demo_engine) as session:
        ticket = session.scalars(select(Ticket).where(Ticket.contract_id.is_not(None))).first()
        assert ticket is not None and ticket.contract is not None
        for target in ticket.contract.sla_targets:
            target.pause_statuses = []
        session.flush()
        detail = ticket_detail(session, ticket.id, DEMO_NOW, Actor.DISPATCHER)
        said = [english(t) for t in detail.targets]
        dutch = [in_language(t, "nl") for t in detail.targets]
    assert said and all(t.endswith("; never paused)") for t in said), said
    assert all(t.endswith("; pauzeert nooit)") for t in dutch), dutch


@pytest.mark.parametrize("language", ["en", *(p.stem.split("_")[-1] for p in CATALOGUES)])
def test_the_tool_bar_fits_a_laptop_screen_in_any_language(
    language: str, qapp: QApplication, qtbot: QtBot, demo_engine: Engine, tmp_path: Path
) -> None:
    """At 1366 pixels no tool hides behind the bar's overflow arrow (the views, named
    again on the bar beside their tabs, ran off it in Spanish, Russian and Japanese)."""
    from PySide6.QtWidgets import QToolBar

    install_translations(qapp, language)
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        desk = DeskContext(demo_engine)
        desk.sign_in(None)
        window = MainWindow(demo_engine, settings, desk)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        bar = window.findChild(QToolBar, "mainToolBar")
        assert bar is not None
        shown = [bar.widgetForAction(a) for a in bar.actions() if not a.isSeparator()]
        assert shown and all(w is not None and w.isVisible() for w in shown), language
        assert bar.sizeHint().width() <= 1366, (language, bar.sizeHint().width())
    finally:
        install_translations(qapp, "en")


@pytest.mark.parametrize("language", ["en", *(p.stem.split("_")[-1] for p in CATALOGUES)])
def test_no_roster_column_cuts_its_title_in_any_language(
    language: str, qapp: QApplication, demo_engine: Engine
) -> None:
    """The roster's columns open at set widths; the Dutch "Vandaag (u)" lost a letter."""
    from console.views.roster_view import RosterView

    install_translations(qapp, language)
    try:
        desk = DeskContext(demo_engine)
        desk.sign_in(None)
        view = RosterView(desk)
        header = view.table.horizontalHeader()
        cut = [
            view.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(view.model.columnCount() - 1)  # the last stretches to the edge
            if header.sectionSize(c) < header.sectionSizeHint(c)
        ]
        assert not cut, (language, cut)
        view.deleteLater()
    finally:
        install_translations(qapp, "en")


def test_a_time_is_written_as_given_even_in_an_hour_this_computer_skips(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An engineer in Tokyo works 02:30 on the night Amsterdam, where the desk's computer
    is, moves its clocks from 02:00 to 03:00: the list still says 02:30, not 03:30."""
    import time

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        assert when(datetime(2026, 3, 29, 2, 30), "yyyy-MM-dd HH:mm") == "2026-03-29 02:30"
    finally:
        monkeypatch.undo()
        time.tzset()
