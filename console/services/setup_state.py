"""Whether a store still needs its company set up, asked without building the model.

The window asks before its first screen, which must not pay for the model's mapped
classes (see `console.store.lean_tables`): this reads one lightweight table.
"""

from __future__ import annotations

from sqlalchemy import Engine, column, select, table

from console.store.replica import is_replica

_profile = table("provider_profile", column("id"))


def needs_company_setup(engine: Engine) -> bool:
    """Whether the store has no company profile yet and should ask for one.

    A replica does not ask: its profile comes from the shared database (and an engineer
    may not write it there).
    """
    with engine.connect() as connection:
        if is_replica(connection):
            return False
        return connection.execute(select(_profile.c.id).limit(1)).first() is None
