"""The per-client knowledge base (V4): articles per client or site, found by words,
every text kept, readable only by those who serve the client; command line and window."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from console.enums import Role
from console.errors import ValidationError
from console.model import Client, Site, Ticket, User, Visit, VisitEngineer
from console.rules import knowledge as rules
from console.services.knowledge import (
    add_article,
    article_history,
    edit_article,
    list_articles,
    read_article,
    served_clients,
)
from console.sync.session import store_session

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


# ------------------------------------------------------------------ rules


def test_v4_words_are_found_in_any_case_width_and_script() -> None:
    texts = ("Core switch", "VLAN 10 office; ＶＬＡＮ 30 guests", "Сервер резервного копирования")
    assert rules.matches(rules.words_of("vlan GUESTS"), texts)
    assert rules.matches(rules.words_of("сервер"), texts)
    assert not rules.matches(rules.words_of("vlan printer"), texts)


def test_v4_a_password_is_never_kept_in_the_base() -> None:
    assert rules.secret_line("Router at 10.0.0.1\nadmin password: hunter2") == 2
    assert rules.secret_line("Wachtwoord = geheim") == 1
    assert rules.secret_line("パスワード：abc") == 1
    # naming where the password lives is what the base is for
    assert rules.secret_line("Password: see the vault entry 'Router'") == 1
    assert rules.secret_line("Password in the vault, entry 'Router'") is None
    with pytest.raises(ValidationError) as refused:
        rules.body("root password: x")
    assert refused.value.field == "body"


def test_v4_changes_name_the_lines_removed_and_added() -> None:
    assert rules.changes("a\nb", "a\nc") == ["- b", "+ c"]


# ------------------------------------------------------------------ service


def _people(engine: Engine) -> dict[str, Any]:
    """The demo's admin, an engineer with a visit and the client they serve, and another."""
    with Session(engine) as session:
        admin = session.scalars(select(User.id).where(User.role == Role.ADMIN)).first()
        user = session.scalars(
            select(User).where(User.role == Role.ENGINEER, User.engineer_id.is_not(None))
        ).first()
        assert admin is not None and user is not None
        served = session.scalars(
            select(Ticket.client_id)
            .join(Visit, Visit.ticket_id == Ticket.id)
            .join(VisitEngineer, VisitEngineer.visit_id == Visit.id)
            .where(VisitEngineer.engineer_id == user.engineer_id)
        ).first()
        assigned = select(Ticket.client_id).where(Ticket.assignee_id == user.id)
        sent = (
            select(Ticket.client_id)
            .join(Visit, Visit.ticket_id == Ticket.id)
            .join(VisitEngineer, VisitEngineer.visit_id == Visit.id)
            .where(VisitEngineer.engineer_id == user.engineer_id)
        )
        other = session.scalars(
            select(Client.id).where(Client.id.not_in(assigned.union(sent))).limit(1)
        ).first()
        if other is None:  # the small demo's engineers have worked for every client
            stranger = Client(name="Tulp B.V.", country="NL", time_zone="Europe/Amsterdam",
                              locale="nl_NL", currency="EUR")  # fmt: skip
            session.add(stranger)
            session.commit()
            other = stranger.id
        assert served is not None
        site = session.scalars(select(Site.id).where(Site.client_id == served)).first()
        return {"admin": admin, "engineer": user.id, "served": served, "other": other, "site": site}


def _sessions(engine: Engine) -> Any:
    return lambda: store_session(engine)


def test_v4_an_article_keeps_every_text_it_had(demo_engine: Engine) -> None:
    p = _people(demo_engine)
    sessions = _sessions(demo_engine)
    article = add_article(
        sessions, p["admin"], p["served"], "Backups", "Nightly to the NAS at 22:00.",
        topic="backup", site=p["site"], now=NOW,
    )  # fmt: skip
    assert (article.revision, article.site_id, article.topic) == (1, p["site"], "backup")
    edit_article(sessions, p["admin"], article.id,
                 body="Nightly to the NAS at 23:00.\nWeekly off-site.", seen_revision=1,
                 now=NOW)  # fmt: skip
    history = article_history(sessions, p["admin"], article.id)
    assert [r.number for r in history] == [2, 1]
    assert history[0].changes == [
        "- Nightly to the NAS at 22:00.", "+ Nightly to the NAS at 23:00.", "+ Weekly off-site.",
    ]  # fmt: skip
    assert history[1].body == "Nightly to the NAS at 22:00."
    # someone still editing revision 1 is told, not allowed to overwrite revision 2
    with pytest.raises(ValidationError, match="revision 2"):
        edit_article(sessions, p["admin"], article.id, title="Backup", seen_revision=1)
    with pytest.raises(ValidationError, match="nothing changed"):
        edit_article(sessions, p["admin"], article.id, title="Backups")
    # archived: out of the list, still readable with its history
    edit_article(sessions, p["admin"], article.id, archived=True)
    assert article.id not in {a.id for a in list_articles(sessions, p["admin"], p["served"])}
    archived = list_articles(sessions, p["admin"], p["served"], archived=True)
    assert article.id in {a.id for a in archived}
    assert len(article_history(sessions, p["admin"], article.id)) == 3


def test_v4_a_past_text_cannot_be_rewritten_in_the_store(demo_engine: Engine) -> None:
    p = _people(demo_engine)
    article = add_article(
        _sessions(demo_engine), p["admin"], p["served"], "Printers", "HP M404 on floor 2."
    )
    with demo_engine.begin() as conn, pytest.raises(DatabaseError, match="kept as it was written"):
        conn.execute(
            text("UPDATE knowledge_revisions SET body = 'tampered' WHERE article_id = :a"),
            {"a": article.id.hex},
        )
    assert (
        read_article(_sessions(demo_engine), p["admin"], article.id).body == "HP M404 on floor 2."
    )


def test_v4_only_those_who_serve_the_client_read_its_base(demo_engine: Engine) -> None:
    p = _people(demo_engine)
    sessions = _sessions(demo_engine)
    mine = add_article(
        sessions, p["admin"], p["served"], "Network", "VLAN 10 office.", topic="network"
    )
    theirs = add_article(
        sessions, p["admin"], p["other"], "Network", "VLAN 20 office.", topic="network"
    )
    seen = {a.id for a in list_articles(sessions, p["engineer"], None)}
    assert mine.id in seen and theirs.id not in seen
    assert p["other"] not in {c for _, c in served_clients(sessions, p["engineer"])}
    with pytest.raises(ValidationError) as refused:
        read_article(sessions, p["engineer"], theirs.id)
    assert refused.value.field == "article"
    with pytest.raises(ValidationError, match="do not serve"):
        add_article(sessions, p["engineer"], p["other"], "Note", "Text")
    # an engineer writes down what they learn on site for a client they serve
    written = add_article(
        sessions, p["engineer"], p["served"], "Server room", "Key at reception.", topic="access"
    )
    assert written.edited_by is not None
    found = list_articles(sessions, p["admin"], p["served"], search="reception KEY server")
    assert [a.id for a in found] == [written.id]


def test_v4_knowledge_from_the_command_line(
    demo_engine: Engine, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(demo_engine.url.database)
    p = _people(demo_engine)
    with Session(demo_engine) as session:
        client = session.get_one(Client, p["served"]).name
    body = tmp_path / "net.txt"
    body.write_text("Core switch in room 0.12.\nVLAN 10 office.", encoding="utf-8")
    code, out, err = run_cli(capsys, "knowledge", "add", client, "--title", "Core network",
                             "--body-file", str(body), "--topic", "network",
                             "--db", db)  # fmt: skip
    assert code == 0, err
    article_id = out.strip().rsplit("id ", 1)[1].rstrip(")")
    uuid.UUID(article_id)
    code, out, _ = run_cli(capsys, "knowledge", "list", "--search", "vlan", "--db", db)
    assert code == 0 and "Core network" in out and "1 articles" in out
    code, out, err = run_cli(capsys, "knowledge", "edit", article_id, "--body", "VLAN 30 guests.",
                             "--revision", "1", "--db", db)  # fmt: skip
    assert code == 0 and "revision 2" in out, err
    code, out, _ = run_cli(capsys, "knowledge", "history", article_id, "--db", db)
    assert "revision 2" in out and "+ VLAN 30 guests." in out and "- VLAN 10 office." in out
    code, out, err = run_cli(capsys, "knowledge", "edit", article_id, "--body", "pwd",
                             "--revision", "1", "--db", db)  # fmt: skip
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "revision 2" in err
    code, _, err = run_cli(capsys, "knowledge", "add", client, "--title", "Router",
                           "--body", "admin password: x", "--db", db)  # fmt: skip
    assert code == 2 and "body" in err and "password manager" in err
    code, out, _ = run_cli(capsys, "knowledge", "show", article_id, "--db", db)
    assert "VLAN 30 guests." in out and "revision 2" in out


# ------------------------------------------------------------------ window


def test_v4_the_knowledge_tab_finds_writes_and_shows_history(
    qtbot: Any, demo_engine: Engine
) -> None:
    from PySide6.QtWidgets import QDialog

    from console.views import knowledge_view
    from console.views.context import DeskContext
    from console.views.dialog_support import set_chosen

    p = _people(demo_engine)
    sessions = _sessions(demo_engine)
    add_article(
        sessions, p["admin"], p["served"], "Printers", "HP M404 on floor 2.", topic="printers"
    )
    desk = DeskContext(demo_engine, clock=lambda: NOW)
    desk.sign_in(None)
    view = knowledge_view.KnowledgeView(desk)
    qtbot.addWidget(view)
    set_chosen(view.client, p["served"])
    demo = [a.title for a in view.rows if a.title != "Printers"]  # the demo's own articles
    assert "Printers" in [a.title for a in view.rows]
    assert not view.empty.isVisible()

    def write(dialog: knowledge_view.ArticleDialog) -> None:
        dialog.title.setText("Wi-Fi")
        dialog.body.setPlainText("SSID Office, guests on SSID Guest.")
        set_chosen(dialog.topic, "network")
        dialog.save()

    opened: list[knowledge_view.ArticleDialog] = []

    def run_dialog(self: knowledge_view.ArticleDialog) -> int:
        opened.append(self)
        write(self)
        return int(QDialog.DialogCode.Accepted if self.saved else QDialog.DialogCode.Rejected)

    original = knowledge_view.ArticleDialog.exec
    knowledge_view.ArticleDialog.exec = run_dialog  # type: ignore[method-assign]
    try:
        view.new_article()
    finally:
        knowledge_view.ArticleDialog.exec = original  # type: ignore[method-assign]
    assert opened and opened[0].saved is not None
    assert sorted(a.title for a in view.rows) == sorted(["Printers", "Wi-Fi", *demo])
    assert view.selected() is not None and view.selected().title == "Wi-Fi"  # type: ignore[union-attr]
    assert "SSID Office" in view.reader.toPlainText()
    view.search.setText("guest ssid")
    view.show_articles()
    assert [a.title for a in view.rows] == ["Wi-Fi"]
    view.search.setText("nothing like this")
    view.show_articles()
    assert view.rows == [] and "No article matches" in view.empty.text()
    # a refusal is said in the form, which stays open with the text typed
    form = knowledge_view.ArticleDialog(desk, view, client_id=p["served"])
    qtbot.addWidget(form)
    form.title.setText("Router")
    form.body.setPlainText("admin password: secret")
    form.save()
    assert form.saved is None and "password manager" in form.problem.text()


def test_v3_v4_the_yearly_audit_lists_the_knowledge_base_as_the_year_left_it(
    demo_engine: Engine,
) -> None:
    from console.services.yearly_audit import yearly_audit

    p = _people(demo_engine)
    sessions = _sessions(demo_engine)
    within = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)
    after = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)
    article = add_article(sessions, p["admin"], p["served"], "NAS backups", "Nightly to the NAS.",
                          topic="backup", now=within)  # fmt: skip
    edit_article(sessions, p["admin"], article.id, title="NAS backups (new NAS)", now=after)
    add_article(sessions, p["admin"], p["served"], "Wi-Fi", "SSID Office.", now=after)
    with Session(demo_engine) as session:
        audit = yearly_audit(session, p["served"], 2025, NOW)
    listed = [(k.title, k.topic, k.revisions) for k in audit.knowledge]
    assert ("NAS backups", "backup", 1) in listed
    assert not {"NAS backups (new NAS)", "Wi-Fi"} & {title for title, _t, _r in listed}


def test_v1_recurring_incidents_carry_the_cause_last_written_down(store: Engine) -> None:
    from datetime import date

    from builders import World

    from console.enums import ContractKind, NoteKind, Priority, TicketCategory, TicketStatus
    from console.model import Note
    from console.services.review import service_review

    with Session(store) as session, session.begin():
        world = World(session, ContractKind.RETAINER)
        tickets = []
        for n, title in enumerate(
            ("VPN drops", "vpn  DROPS", "Printer offline", "Printer offline")
        ):
            ticket = Ticket(
                reference=f"T-2026-{900 + n}", title=title, category=TicketCategory.INCIDENT,
                priority=Priority.NORMAL, channel="email", client_id=world.client.id,
                site=world.site, contract_id=world.contract.id,
                opened_at=datetime(2026, 7, 6 + n, 9, 0, tzinfo=UTC),
                status=TicketStatus.IN_PROGRESS,
            )  # fmt: skip
            session.add(ticket)
            tickets.append(ticket)
        session.flush()
        causes = ((tickets[0], 7, "Firewall idle timeout"),
                  (tickets[1], 9, "Firewall idle timeout, raised to 1 h"))  # fmt: skip
        for ticket, day, body in causes:
            session.add(Note(ticket_id=ticket.id, kind=NoteKind.KNOWLEDGE, body=body,
                             at=datetime(2026, 7, day, 12, 0, tzinfo=UTC)))  # fmt: skip
        client_id = world.client.id
    with Session(store) as session:
        review = service_review(session, client_id, date(2026, 7, 1), date(2026, 10, 1), NOW)
    assert sorted(t for t, _n, _h in review.recurring) == ["Printer offline", "VPN drops"]
    assert review.causes == {"VPN drops": "Firewall idle timeout, raised to 1 h"}


def test_a_long_list_of_articles_shows_the_first_and_says_how_many_match(
    qtbot: Any, demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 24: at a million tickets a desk holds 18,000 articles; the tab lists the
    first ones, in the list's order, and says how many match and how to narrow them."""
    from console.services.knowledge import article_page, list_articles
    from console.views import knowledge_view
    from console.views.context import DeskContext

    sessions = _sessions(demo_engine)
    desk = DeskContext(demo_engine, clock=lambda: NOW)
    desk.sign_in(None)
    every = list_articles(sessions, desk.user_id)
    assert len(every) > 3
    page = article_page(sessions, desk.user_id, at_most=3)
    assert page.rows == every[:3] and page.found == len(every)
    # read without the texts when no word is typed: the same articles in the same order
    client = every[-1].client_id
    for narrowed in ({}, {"client": client}, {"topic": every[0].topic}):
        whole = list_articles(sessions, desk.user_id, **narrowed)
        for at_most in (1, 5, 1000):
            page = article_page(sessions, desk.user_id, at_most=at_most, **narrowed)
            assert (page.rows, page.found) == (whole[:at_most], len(whole))
    monkeypatch.setattr(knowledge_view, "SHOWN_AT_MOST", 3)
    view = knowledge_view.KnowledgeView(desk)
    qtbot.addWidget(view)
    view.show()
    assert [a.id for a in view.rows] == [a.id for a in every[:3]]
    assert view.model.rowCount() == 3
    assert view.empty.isVisible()
    assert f"The first 3 of {len(every)} articles shown" in view.empty.text()
    view.search.setText(f"{every[0].title} {every[0].client}")
    view.show_articles()
    assert view.rows and view.found == len(view.rows) <= 3
    assert not view.empty.isVisible()
