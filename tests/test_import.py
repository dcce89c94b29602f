"""CSV import of clients, sites, contacts and engineers: all rows or none (issue 18)."""

from __future__ import annotations

import io
from functools import partial
from pathlib import Path

import pytest
from conftest import table_count
from sqlalchemy import Engine

from console.cli import main
from console.enums import Role
from console.model import User
from console.services.importing import RowProblem, import_rows, read_csv
from console.sync.session import store_session

CLIENTS = (
    "\ufeffName,Country,Time zone,Locale,Currency,Workstations\n"
    "Acme BV,NL,Europe/Amsterdam,nl_NL,EUR,40\n"
    "\n"
    '"Müller, GmbH",DE,Europe/Berlin,de_DE,EUR,12\n'
    "山田商事,JP,Asia/Tokyo,ja_JP,JPY,\n"
)
BAD_CLIENTS = (
    "name,country,time_zone,locale,currency,workstations\n"
    "Acme BV,NLD,Europe/Amsterdam,nl_NL,EUR,many\n"
    "Good BV,NL,Europe/Amsterdam,nl_NL,EUR,3\n"
    ",DE,Europe/Berlin,de_DE,EUR,1\n"
    "Good BV,NL,Europe/Amsterdam,nl_NL,EUR,3\n"
    "Short,NL\n"
)
SITES = (
    "client,name,street,postal_code,city,floor,map_url\n"
    'Acme BV,HQ,"Damrak 1",1012 LG,Amsterdam,3rd,https://maps.example/acme\n'
    "Müller GmbH,Lager,Hafenstraße 3,20457,Hamburg,,\n"
)
CONTACTS = (
    "client,name,role,phone,email,language,site\n"
    "Acme BV,Piet,local_contact,+31 20 123 4567,piet@acme.example,nl,HQ\n"
    "Acme BV,Kees,requester,+31 20 765 4321,,nl,\n"
)
ENGINEERS = (
    "name,home_time_zone,skill_level,skills,languages,region,cost_rate\n"
    'Ann,Europe/Amsterdam,specialist,"network,windows","nl,en",Randstad,45.50\n'
    "Bob,Europe/Berlin,entry,printers,de,Hamburg,30\n"
)


def import_csv(
    sessions: object, user_id: object, kind: str, stream: io.StringIO, dry_run: bool = False
) -> object:
    """A file read and imported, as the command line and the window do it."""
    header, rows = read_csv(stream)
    return import_rows(sessions, user_id, kind, header, rows, dry_run=dry_run)  # type: ignore[arg-type]


def _import(engine: Engine, kind: str, text: str, dry_run: bool = False) -> object:
    return import_csv(
        partial(store_session, engine), None, kind, io.StringIO(text), dry_run=dry_run
    )


def _good_files_go_in(engine: Engine) -> None:
    for kind, text, count in [
        ("clients", CLIENTS.replace('"Müller, GmbH"', "Müller GmbH"), 3),
        ("sites", SITES, 2),
        ("contacts", CONTACTS, 2),
        ("engineers", ENGINEERS, 2),
    ]:
        result = _import(engine, kind, text)
        assert result.problems == [] and result.added == count, result  # type: ignore[attr-defined]
        assert table_count(engine, kind) == count


def _bad_rows_are_reported_and_nothing_written(engine: Engine) -> None:
    result = _import(engine, "clients", BAD_CLIENTS)
    assert result.problems == [  # type: ignore[attr-defined]
        RowProblem(2, "country", "'NLD' is not a two-letter ISO country code"),
        RowProblem(2, "workstations", "'many' is not a whole number"),
        RowProblem(4, "name", "is required"),
        RowProblem(5, "name", "is in this file twice"),
        RowProblem(6, "row", "has 2 cells; the header has 6"),
    ]
    assert result.added == 0 and table_count(engine, "clients") == 0  # type: ignore[attr-defined]


def test_good_files_go_in_whole(store: Engine) -> None:
    _good_files_go_in(store)


def test_a_file_with_bad_rows_writes_nothing(store: Engine) -> None:
    _bad_rows_are_reported_and_nothing_written(store)


@pytest.mark.postgres
def test_good_files_go_in_whole_on_postgresql(pg_store: Engine) -> None:
    _good_files_go_in(pg_store)


@pytest.mark.postgres
def test_a_file_with_bad_rows_writes_nothing_on_postgresql(pg_store: Engine) -> None:
    _bad_rows_are_reported_and_nothing_written(pg_store)
    # a value PostgreSQL itself would refuse (too long) is reported before it gets there
    result = _import(
        pg_store,
        "clients",
        "name,country,time_zone,locale,currency,vat_id\n"
        f"Acme,NL,Europe/Amsterdam,nl_NL,EUR,{'1' * 40}\n",
    )
    assert [p.column for p in result.problems] == ["vat_id"]  # type: ignore[attr-defined]
    assert table_count(pg_store, "clients") == 0


@pytest.mark.postgres
def test_a_dry_run_on_postgresql_writes_nothing(pg_store: Engine) -> None:
    result = _import(pg_store, "engineers", ENGINEERS, dry_run=True)
    assert result.added == 2 and result.problems == []  # type: ignore[attr-defined]
    assert table_count(pg_store, "engineers") == 0


def test_sites_and_contacts_name_their_client_and_site(store: Engine) -> None:
    _import(store, "clients", CLIENTS)
    result = _import(store, "sites", "client,name,street,city\nNobody,HQ,x,y\nAcme BV,,x,y\n")
    assert [(p.row, p.column) for p in result.problems] == [(2, "client"), (3, "name")]  # type: ignore[attr-defined]
    _import(store, "sites", SITES.replace("Müller GmbH", "Müller, GmbH"))
    result = _import(
        store,
        "contacts",
        "client,name,role,phone,site\nAcme BV,Piet,local_contact,+31201234567,Warehouse\n",
    )
    assert [(p.row, p.column) for p in result.problems] == [(2, "site")]  # type: ignore[attr-defined]
    assert table_count(store, "contacts") == 0


def test_a_header_is_checked_first(store: Engine) -> None:
    result = _import(store, "contacts", "client,name,colour\nAcme BV,Piet,red\n")
    assert [(p.row, p.column) for p in result.problems] == [  # type: ignore[attr-defined]
        (1, "colour"),
        (1, "role"),
        (1, "phone"),
    ]
    assert _import(store, "engineers", "").problems[0].row == 1  # type: ignore[attr-defined]


def test_an_engineer_user_may_not_import(store: Engine) -> None:
    from console.errors import ValidationError

    with store_session(store) as session, session.begin():
        user = User(username="eng", display_name="Eng", role=Role.ENGINEER)
        session.add(user)
        session.flush()
        user_id = user.id
    with pytest.raises(ValidationError) as caught:
        import_csv(partial(store_session, store), user_id, "clients", io.StringIO(CLIENTS))
    assert caught.value.field == "client"
    assert table_count(store, "clients") == 0


# ------------------------------------------------------------------ the command


def _file(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def test_the_command_imports_a_good_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(tmp_path / "store.sqlite3")]
    clients = _file(tmp_path, "clients.csv", CLIENTS)  # with a BOM
    assert main(["import", "clients", clients, *db, "--dry-run"]) == 0
    assert "3 clients would be added" in capsys.readouterr().out
    assert main(["import", "clients", clients, *db]) == 0
    assert capsys.readouterr().out == f"{clients}: 3 clients added\n"
    engineers = _file(tmp_path, "engineers.csv", ENGINEERS)
    assert main(["import", "engineers", engineers, *db]) == 0
    assert main(["engineers", "list", *db, "--format", "csv"]) == 0
    assert "Ann,specialist" in capsys.readouterr().out


def test_the_command_reports_each_bad_row_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store.sqlite3"
    bad = _file(tmp_path, "bad.csv", BAD_CLIENTS)
    for dry in ([], ["--dry-run"]):
        assert main(["import", "clients", bad, "--db", str(store), *dry]) == 2
        captured = capsys.readouterr()
        lines = captured.err.splitlines()
        assert captured.out == ""
        assert lines[0] == (
            f"dispatch-console: error: {bad}: row 2, country: 'NLD' is not a two-letter ISO "
            "country code"
        )
        assert len(lines) == 6 and lines[-1] == f"{bad}: 4 of 5 rows refused; nothing was written"
    assert main(["clients", "list", "--db", str(store)]) == 0
    assert capsys.readouterr().out.endswith("0 clients\n")


def test_the_command_refuses_a_file_it_cannot_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(tmp_path / "store.sqlite3")]
    latin = _file(tmp_path, "latin.csv", SITES, "latin-1")
    assert main(["import", "clients", latin, *db]) == 2
    assert "not UTF-8 text" in capsys.readouterr().err
    assert main(["import", "clients", str(tmp_path / "missing.csv"), *db]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "no such file" in err[0]
