"""T1, T5, T8: any ticket, closed ones too, is found by a few words, from the command line
and from the window (issue 21's search over closed tickets)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import DEMO_DAY, run_cli
from sqlalchemy import Engine, text
from sqlalchemy.orm import sessionmaker

from console.enums import TicketStatus
from console.queue.search import (
    SearchScope,
    match_expression,
    search_tickets,
    search_words,
    searchable,
)

NOW = datetime.combine(DEMO_DAY, datetime.min.time(), UTC) + timedelta(hours=9)


def test_words_are_folded_once_and_short_latin_ones_alone_do_not_search() -> None:
    """The search's plain rules: words folded and deduplicated, quoted for the index."""
    assert search_words("  Printer printer HQ ") == ["printer", "hq"]
    assert not searchable(search_words("pr"))
    assert not searchable(search_words("hq x"))
    assert searchable(search_words("障害"))  # a whole word in two characters
    assert searchable(search_words("vpn"))
    assert match_expression(["printer", "hq"]) == '"printer"'
    assert match_expression(['say "hi"']) == '"say ""hi"""'
    assert match_expression(["hq"]) is None


def _closed_one(engine: Engine) -> tuple[str, str]:
    with engine.connect() as connection:
        reference, title = connection.execute(
            text("SELECT reference, title FROM tickets WHERE status = 'closed' "
                 "ORDER BY opened_at LIMIT 1")
        ).one()  # fmt: skip
    return reference, title


def test_search_reaches_closed_tickets_newest_first_within_its_scope(demo_engine: Engine) -> None:
    reference, title = _closed_one(demo_engine)
    with demo_engine.connect() as connection:
        found = search_tickets(connection, reference)
        assert [f.reference for f in found] == [reference]
        assert found[0].status is TicketStatus.CLOSED and found[0].closed_at is not None
        words = search_tickets(connection, title.split()[0])
        assert len(words) > 1
        opened = [f.opened_at for f in words]
        assert opened == sorted(opened, reverse=True)  # newest first
        closed = search_tickets(connection, title.split()[0], SearchScope.CLOSED)
        assert closed and all(f.status is TicketStatus.CLOSED for f in closed)
        still_open = search_tickets(connection, title.split()[0], SearchScope.OPEN)
        assert all(f.status is not TicketStatus.CLOSED for f in still_open)
        # every word must be held, a short one too ("hq" narrows what "printer" found)
        client_word = words[0].client.split()[0]
        both = search_tickets(connection, f"{title.split()[0]} {client_word}")
        assert both and all(client_word.casefold() in f.client.casefold() for f in both)
        assert search_tickets(connection, "zzqqxx") == []
        assert search_tickets(connection, "pr") == []


def test_the_index_follows_new_tickets_and_renamed_clients(demo_engine: Engine) -> None:
    from console.services.master_data.clients import edit_client
    from console.services.ticket_entry import register_ticket

    sessions = sessionmaker(demo_engine)
    with demo_engine.connect() as connection:
        client = (
            connection.execute(text("SELECT name FROM clients ORDER BY name")).scalars().first()
        )
        desk = (
            connection.execute(
                text("SELECT id FROM users WHERE role = 'dispatcher' ORDER BY username")
            )
            .scalars()
            .first()
        )
    assert client is not None and desk is not None
    user = uuid.UUID(str(desk))
    _id, reference = register_ticket(
        sessions, user, NOW, client=client, title="Plotter jams on glossy paper"
    )
    with demo_engine.connect() as connection:
        assert [f.reference for f in search_tickets(connection, "glossy plotter")] == [reference]
    edit_client(sessions, user, client, name="Quokka Holdings")
    with demo_engine.connect() as connection:
        renamed = search_tickets(connection, "quokka glossy")
        assert [f.reference for f in renamed] == [reference]
        assert renamed[0].client == "Quokka Holdings"


def test_rows_written_again_unchanged_leave_the_index_alone(demo_engine: Engine) -> None:
    """A sync writes whole rows: a ticket, client or contact written with the values it
    already had does not rewrite index entries (it made up two thirds of a round trip),
    while a changed title is found by its new words."""
    raw = demo_engine.raw_connection()
    try:
        db: Any = raw.driver_connection
        count = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("tickets", "clients", "contacts")}  # fmt: skip
        before = db.total_changes  # counts the rows the triggers write as well
        db.execute("UPDATE tickets SET reference = reference, title = title, "
                   "description = description, client_id = client_id, site_id = site_id, "
                   "requester_id = requester_id")  # fmt: skip
        db.execute("UPDATE clients SET name = name")
        db.execute("UPDATE contacts SET name = name, email = email")
        assert db.total_changes - before == sum(count.values())
        reference = db.execute("SELECT reference FROM tickets ORDER BY opened_at").fetchone()[0]
        db.execute("UPDATE tickets SET title = 'Aquarium pump hums' WHERE reference = ?",
                   (reference,))  # fmt: skip
        db.commit()
    finally:
        raw.close()
    with demo_engine.connect() as connection:
        assert [f.reference for f in search_tickets(connection, "aquarium")] == [reference]


def test_postgresql_store_searches_the_same_words(pg_store: Engine) -> None:
    """A PostgreSQL store has no FTS5 index: the same search runs as ILIKE."""
    from console.services.master_data.clients import add_client
    from console.services.ticket_entry import register_ticket

    sessions = sessionmaker(pg_store)
    add_client(sessions, None, name="Wombat Logistics", country="NL",
               time_zone="Europe/Amsterdam", locale="nl_NL", currency="EUR")  # fmt: skip
    _id, reference = register_ticket(
        sessions, None, NOW, client="Wombat Logistics", title="Scanner 100% offline"
    )
    with pg_store.connect() as connection:
        assert [f.reference for f in search_tickets(connection, "wombat scanner")] == [reference]
        assert [f.reference for f in search_tickets(connection, "100%")] == [reference]
        assert search_tickets(connection, "wombat", SearchScope.CLOSED) == []


def test_command_line_finds_a_closed_ticket_and_refuses_two_letters(
    demo_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_engine.url.database)
    reference, _title = _closed_one(demo_engine)
    code, out, _ = run_cli(capsys, "tickets", "search", reference, "--db", db)
    assert code == 0 and reference in out and "closed" in out and "1 tickets found" in out
    code, out, _ = run_cli(capsys, "tickets", "search", reference, "--scope", "open", "--db", db)
    assert code == 0 and reference not in out
    code, out, err = run_cli(capsys, "tickets", "search", "pr", "--db", db)
    assert code == 2 and err.count("\n") == 1 and "three letters" in err and "Traceback" not in err


def test_window_finds_a_closed_ticket_and_shows_it_in_full(window: Any, qtbot: Any) -> None:
    from console.views.find_tickets import FindTicketsDialog

    reference, title = _closed_one(window.desk.engine)
    assert "Ctrl+Shift+F" in window.act_find_tickets.shortcut().toString()
    dialog = FindTicketsDialog(window.desk, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.words, "pr")
    dialog.run()
    assert dialog.table.rowCount() == 0 and "three letters" in dialog.summary.text()
    dialog.words.setText(reference)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=2000)
    assert dialog.table.item(0, 0).text() == reference
    assert dialog.table.item(0, 1).text() == "Closed"
    dialog.table.selectRow(0)
    assert dialog.pane.detail is not None and dialog.pane.detail.reference == reference
    assert title in dialog.pane.heading.text()
    dialog.scope.setCurrentIndex(dialog.scope.findData("open"))
    assert dialog.table.rowCount() == 0 and "No ticket" in dialog.summary.text()
    assert isinstance(dialog.current_ticket_id(), uuid.UUID | None)


def test_search_keeps_to_the_index_on_a_large_store(tmp_path: Path) -> None:
    """The trigram index is what answers a word (EXPLAIN), not a scan of every ticket."""
    from console.store.engine import create_store_engine, resolve_url
    from console.store.migrate import upgrade

    engine = create_store_engine(resolve_url(str(tmp_path / "s.sqlite3")))
    upgrade(engine)
    with engine.connect() as connection:
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT rowid FROM ticket_search WHERE ticket_search MATCH "
            "'\"printer\"' ORDER BY rowid DESC LIMIT 200"
        ).all()
    assert any("VIRTUAL TABLE INDEX" in row[3] for row in plan), plan
