"""Sync rule 4: merge one pushed change into the server's row, field by field.

Plain data in, a decision out: values are in their JSON shape, so the rule is tested
without a database. Edits to different fields both survive; the same field changed on
both sides becomes a conflict record holding both values, and the table's documented
default decides what stays until the user settles it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from console.errors import UserError, said
from console.sync.tables import KEEP_MINE, STAMP_COLUMNS
from console.wording.phrases import Phrase, phrase

APPLIED = "applied"
MERGED = "merged"
CONFLICT = "conflict"
REJECTED = "rejected"

StatusCheck = Callable[[str, str], None]
"""Raises a UserError when a status may not go from the first value to the second."""


class Op(StrEnum):
    """What a mutation does to its row."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


@dataclass(frozen=True)
class Clash:
    """One field both sides changed: what each wanted and which one stays for now."""

    field: str
    mine: Any
    theirs: Any
    kept: str


@dataclass
class Decision:
    """The server's answer to one mutation and what to write because of it."""

    answer: str
    values: dict[str, Any] = field(default_factory=dict)
    delete: bool = False
    clashes: list[Clash] = field(default_factory=list)
    message: Phrase | None = None


@dataclass(frozen=True)
class Mutation:
    """One outbox entry as the server sees it (values in their JSON shape)."""

    op: Op
    base_version: int | None
    base: dict[str, Any]
    data: dict[str, Any]


def decide(
    mutation: Mutation,
    server: dict[str, Any] | None,
    *,
    columns: frozenset[str],
    append_only: bool,
    keep: str,
    status_check: StatusCheck | None = None,
) -> Decision:
    """How the server takes one mutation, given its current row (None: no such row)."""
    unknown = sorted(set(mutation.data) - columns)
    if unknown:
        return Decision(
            REJECTED,
            message=phrase(
                "written by another version of the console: no field {field} here",
                field=repr(unknown[0]),
            ),
        )
    if mutation.op is Op.INSERT:
        return _insert(mutation, server, keep)
    if append_only:
        return Decision(
            REJECTED, message=phrase("these records are append-only: add a new entry instead")
        )
    if server is None:
        if mutation.op is Op.DELETE:
            return Decision(APPLIED)
        return Decision(
            REJECTED, message=phrase("the record was deleted on the server or is not yours")
        )
    if mutation.op is Op.DELETE:
        if mutation.base_version in (None, server.get("row_version")):
            return Decision(APPLIED, delete=True)
        return Decision(
            CONFLICT,
            clashes=[Clash("*", None, "changed", "server")],
            message=phrase("someone changed the record after you deleted it; it was kept"),
        )
    return _update(mutation, server, keep, status_check)


def _insert(mutation: Mutation, server: dict[str, Any] | None, keep: str) -> Decision:
    if server is None:
        return Decision(APPLIED, values=dict(mutation.data))
    differs = [
        name
        for name, value in mutation.data.items()
        if name not in STAMP_COLUMNS and server.get(name) != value
    ]
    if not differs:
        return Decision(APPLIED)
    clashes = [Clash(n, mutation.data[n], server.get(n), keep) for n in differs]
    values = {c.field: c.mine for c in clashes} if keep == KEEP_MINE else {}
    return Decision(
        CONFLICT, values=values, clashes=clashes, message=phrase("the record already exists")
    )


def _update(
    mutation: Mutation, server: dict[str, Any], keep: str, status_check: StatusCheck | None
) -> Decision:
    values: dict[str, Any] = {}
    clashes: list[Clash] = []
    for name, mine in mutation.data.items():
        theirs = server.get(name)
        if theirs == mine:
            continue
        if theirs == mutation.base.get(name):
            values[name] = mine
            continue
        clashes.append(Clash(name, mine, theirs, keep))
        if keep == KEEP_MINE:
            values[name] = mine
    if "status" in values and status_check is not None:
        try:
            status_check(str(server.get("status")), str(values["status"]))
        except UserError as exc:
            refused = said(exc)
            if not isinstance(refused, Phrase):
                refused = phrase("{reason}", reason=refused)
            return Decision(REJECTED, message=refused)
    if clashes:
        names = [c.field.replace("_", " ") for c in clashes]
        return Decision(
            CONFLICT,
            values=values,
            clashes=clashes,
            message=phrase("someone else changed {fields} too", fields=names),
        )
    same_base = mutation.base_version is None or mutation.base_version == server.get("row_version")
    return Decision(APPLIED if same_base else MERGED, values=values)
