"""The board's reads that do not depend on its range (engineers, clients' names, sites,
retainers) are kept between weeks; a board read after any of them changed shows the change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console.model import Client, Engineer, Site, Visit
from console.services.board import Board, load_board
from console.services.board_standing import standing


def _week(engine: Engine) -> tuple[datetime, datetime]:
    """A week of the demo with visits planned."""
    with Session(engine) as session:
        first = session.scalar(select(Visit.planned_start).order_by(Visit.planned_start))
    assert first is not None
    monday = datetime.combine(first.date() - timedelta(days=first.weekday()), datetime.min.time())
    start = monday.replace(tzinfo=UTC)
    return start, start + timedelta(days=7)


def _read(engine: Engine, week: tuple[datetime, datetime]) -> Board:
    with Session(engine) as session:
        return load_board(session, *week)


def test_an_unchanged_store_gives_each_week_the_same_engineers_names_and_sites(
    demo_engine: Engine,
) -> None:
    week = _week(demo_engine)
    with demo_engine.connect() as conn:
        kept = standing(conn)
        roster, sites = kept.roster.get(conn), kept.sites.get(conn)
    other = (week[0] + timedelta(days=7), week[1] + timedelta(days=7))
    first, second = _read(demo_engine, week), _read(demo_engine, other)
    assert [e.id for e in first.engineers] == [e.id for e in second.engineers] != []
    assert first.planned.context == second.planned.context
    with demo_engine.connect() as conn:
        assert kept.roster.get(conn) is roster and kept.sites.get(conn) is sites


def test_a_board_read_after_renames_shows_the_new_names(demo_engine: Engine) -> None:
    week = _week(demo_engine)
    before = _read(demo_engine, week)
    visit = before.visits[0]
    engineer = before.engineer(visit.engineer_id)  # type: ignore[arg-type]
    assert engineer is not None
    with Session(demo_engine) as session, session.begin():
        session.get_one(Engineer, engineer.id).name = "Renamed Engineer"
        shown = session.get_one(Visit, visit.id)
        session.get_one(Site, shown.site_id).name = "Renamed Site"
        session.get_one(Client, shown.ticket.client_id).name = "Renamed Client"
    after = _read(demo_engine, week)
    assert after.engineer(engineer.id).name == "Renamed Engineer"  # type: ignore[union-attr]
    again = after.visit(visit.id)
    assert again is not None
    assert (again.client, again.site) == ("Renamed Client", "Renamed Site")


def test_an_engineer_made_inactive_leaves_the_next_board(demo_engine: Engine) -> None:
    week = _week(demo_engine)
    gone = _read(demo_engine, week).engineers[0].id
    with Session(demo_engine) as session, session.begin():
        session.get_one(Engineer, gone).active = False
    assert _read(demo_engine, week).engineer(gone) is None
