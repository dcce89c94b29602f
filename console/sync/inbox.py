"""The conflict inbox: what the server did not take as sent, until the user settles it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select, update

from console.errors import UserError
from console.model import Base, conflicts, utcnow
from console.sync.session import store_session
from console.sync.tables import sync_table
from console.wording.phrases import Phrase, phrase
from console.wording.stored_phrases import restored

KEEP_THEIRS = "theirs"
USE_MINE = "mine"


@dataclass(frozen=True)
class Conflict:
    """One open item of the inbox."""

    id: int
    kind: str
    table_name: str
    row_key: str
    field: str | None
    mine: Any
    theirs: Any
    message: Phrase | str
    """What the server said, worded where it is shown."""
    at: datetime

    @property
    def can_use_mine(self) -> bool:
        """Whether sending my value again makes sense (a clash on one field)."""
        return self.kind == "conflict" and self.field not in (None, "*")


def open_conflicts(engine: Engine) -> list[Conflict]:
    """Open items, oldest first."""
    c = conflicts.c
    stmt = (
        select(c.id, c.kind, c.table_name, c.row_key, c.field, c.mine, c.theirs, c.message, c.at)
        .where(c.resolved_at.is_(None))
        .order_by(c.id)
    )
    with engine.connect() as connection:
        return [
            Conflict(*row[:7], restored(row.message), row.at) for row in connection.execute(stmt)
        ]


def _mapped(table_name: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table_name:
            return mapper.class_
    raise UserError(
        phrase("no record kind {table_name} in this version", table_name=repr(table_name))
    )


def settle(engine: Engine, conflict_id: int, choice: str) -> None:
    """Keep the server's value, or send mine again as a new change (rule 4)."""
    found = {c.id: c for c in open_conflicts(engine)}.get(conflict_id)
    if found is None:
        raise UserError(
            phrase(
                "conflict {conflict_id} is already settled or does not exist",
                conflict_id=conflict_id,
            )
        )
    with store_session(engine) as session, session.begin():
        if choice == USE_MINE:
            if not found.can_use_mine or found.field is None:
                raise UserError(phrase("only a clash on one field can be sent again"))
            spec = sync_table(found.table_name)
            record = session.get(_mapped(found.table_name), tuple(spec.key_values(found.row_key)))
            if record is None:
                raise UserError(
                    phrase("the record is no longer in your replica; it cannot be changed")
                )
            prop = record.__mapper__.get_property_by_column(spec.table.c[found.field])
            # through the ORM, so the outbox records it like any other edit
            setattr(record, prop.key, spec.field(found.field).from_json(found.mine))
        elif choice != KEEP_THEIRS:
            raise UserError(
                phrase(
                    "choice: use {theirs} or {mine}",
                    theirs=repr(KEEP_THEIRS),
                    mine=repr(USE_MINE),
                )
            )
        session.execute(
            update(conflicts)
            .where(conflicts.c.id == conflict_id)
            .values(resolved_at=utcnow(), kept="mine" if choice == USE_MINE else "server")
        )
