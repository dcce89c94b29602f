"""Alembic environment: runs on the connection the console hands it."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from console.model import Base

config = context.config
target_metadata = Base.metadata


def _in_model(name: str | None, kind: str, _parent: object) -> bool:
    """Autogenerate leaves the local full-text index (migration 0018) alone."""
    return not (kind == "table" and (name or "").startswith("ticket_search"))


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        # Only for `alembic revision --autogenerate` by developers.
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with engine.begin() as conn:
            _run_with(conn)
        return
    _run_with(connection)


def _run_with(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
        include_name=_in_model,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
