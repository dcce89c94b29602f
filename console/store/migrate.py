"""Creating and upgrading a database with alembic; a newer database is left untouched."""

from __future__ import annotations

from functools import lru_cache

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import OperationalError

from console.errors import DatabaseTooNewError, UserError
from console.wording.phrases import phrase

SCRIPT_LOCATION = "console.store:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An in-memory alembic configuration that points at the packaged migrations."""
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    """The packaged migrations, read from disk once per process."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest revision this version of the console knows."""
    head = _scripts().get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision a database is at, or None for an empty one."""
    return MigrationContext.configure(connection).get_current_revision()


def _check_known(connection: Connection, where: str) -> None:
    revision = current_revision(connection)
    if revision is None:
        names = set(inspect(connection).get_table_names()) - {"alembic_version"}
        if names:
            raise UserError(
                phrase(
                    "{where} holds tables ({tables}...) but is not a Dispatch Console database; "
                    "it was left untouched",
                    where=where,
                    tables=sorted(names)[:3],
                )
            )
        return
    if not is_known_revision(revision):
        raise DatabaseTooNewError(
            phrase(
                "{where} was written by a newer version of Dispatch Console (schema {revision}); "
                "update the console to open it. The database was left untouched.",
                where=where,
                revision=revision,
            )
        )


def is_known_revision(revision: str) -> bool:
    """Whether this version of the console has the revision (so it is not newer)."""
    try:
        return _scripts().get_revision(revision) is not None
    except Exception:  # alembic raises several kinds of error for an unknown id
        return False


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring a database to ``revision`` (create it if empty); refuse a newer one."""
    where = engine.url.render_as_string(hide_password=True)
    try:
        with engine.begin() as connection:
            _check_known(connection, where)
            command.upgrade(alembic_config(connection), revision)
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0]
        raise UserError(
            phrase("cannot open database {where}: {reason}", where=where, reason=reason)
        ) from None


def downgrade(engine: Engine, revision: str) -> None:
    """Take a database back to an older revision ("base" empties it)."""
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)
