"""Master data from CSV files: clients, sites, contacts, engineers (issue 18).

A file's header row names the fields (as `dispatch-console clients add` names them, with
a `client` column for sites and contacts). Every row is checked; any refusal is reported
by row and column and nothing is written: a file goes in whole or not at all.
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TextIO

from sqlalchemy.orm import Session

from console.errors import ValidationError
from console.model import Client
from console.rules.master_data import MasterKind
from console.services.audit import ACTING_USER
from console.services.master_data.clients import build_client, build_contact, build_site
from console.services.master_data.common import Sessions, check_change, find_one
from console.services.master_data.engineers import build_engineer
from console.services.master_data.fields import (
    CLIENT_FIELDS,
    CONTACT_FIELDS,
    ENGINEER_FIELDS,
    SITE_FIELDS,
    Field,
    Lookup,
)
from console.wording.phrases import phrase

KINDS: dict[str, tuple[MasterKind, Mapping[str, Field]]] = {
    "clients": (MasterKind.CLIENT, CLIENT_FIELDS),
    "sites": (MasterKind.SITE, SITE_FIELDS),
    "contacts": (MasterKind.CONTACT, CONTACT_FIELDS),
    "engineers": (MasterKind.ENGINEER, ENGINEER_FIELDS),
}
"""What a file can hold, and the fields of its columns."""

OWNED = frozenset({"sites", "contacts"})
"""Kinds whose rows name their client in a `client` column (by name or id)."""


@dataclass(frozen=True)
class RowProblem:
    """Why one row (line of the file; the header is row 1) cannot go in."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.column}: {self.reason}"


@dataclass
class ImportResult:
    """How an import went: rows read, rows added (0 on a dry run or a refusal), problems."""

    kind: str
    rows: int = 0
    added: int = 0
    dry_run: bool = False
    problems: list[RowProblem] = field(default_factory=list)


def columns_of(kind: str) -> list[str]:
    """The columns a file of this kind may have, required ones first."""
    _, fields = KINDS[kind]
    names = ["client"] if kind in OWNED else []
    names += [f.name for f in fields.values() if f.required]
    return names + [f.name for f in fields.values() if not f.required]


def read_csv(stream: TextIO) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """A CSV file's header and its non-empty rows, each with the line it starts on."""
    reader = csv.reader(stream)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    line = 0
    for cells in reader:
        start, line = line + 1, reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header = cells
        else:
            rows.append((start, cells))
    if header is not None and header and header[0].startswith("\ufeff"):
        header[0] = header[0].removeprefix("\ufeff")  # a BOM the caller did not strip
    return header or [], rows


def column_key(name: str) -> str:
    """A header cell as the field it names: trimmed, lower case, spaces and dashes as _."""
    return name.strip().lower().replace(" ", "_").replace("-", "_")


def _check_header(kind: str, header: list[str]) -> list[RowProblem]:
    """Unknown, doubled and missing columns, reported on row 1."""
    if not header:
        return [RowProblem(1, "header", "the file is empty: it needs a header row")]
    allowed = columns_of(kind)
    _, fields = KINDS[kind]
    problems = []
    seen: set[str] = set()
    for raw in header:
        name = column_key(raw)
        if name not in allowed:
            problems.append(RowProblem(1, raw.strip() or "(empty)", f"is not a column of {kind} "
                                       f"(columns: {', '.join(allowed)})"))  # fmt: skip
        elif name in seen:
            problems.append(RowProblem(1, name, "is given twice"))
        seen.add(name)
    required = [f.name for f in fields.values() if f.required]
    required += ["client"] if kind in OWNED else []
    for name in required:
        if name not in seen:
            problems.append(RowProblem(1, name, "is required: add this column"))
    return problems


def import_rows(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    kind: str,
    header: list[str],
    rows: Iterable[tuple[int, list[str]]],
    *,
    dry_run: bool = False,
) -> ImportResult:
    """Check every row and, when all are good and this is no dry run, add them all."""
    if kind not in KINDS:
        raise ValidationError(
            "kind", phrase("{kind} is not one of: {kinds}", kind=repr(kind), kinds=list(KINDS))
        )
    master, _ = KINDS[kind]
    result = ImportResult(kind, dry_run=dry_run, problems=_check_header(kind, header))
    names = [column_key(h) for h in header]
    with sessions() as session:  # closing it without a commit writes nothing
        session.info[ACTING_USER] = user_id  # the audit trail names who imported
        session.autoflush = False  # each good row is flushed on its own
        check_change(session, user_id, master, names)
        if result.problems:
            return result
        seen: set[tuple[str, ...]] = set()
        for number, cells in rows:
            result.rows += 1
            if len(cells) != len(names):
                result.problems.append(RowProblem(number, "row",
                    f"has {len(cells)} cells; the header has {len(names)}"))  # fmt: skip
                continue
            values = {n: c.strip() for n, c in zip(names, cells, strict=True)}
            key = tuple(values.get(k, "").lower() for k in ("client", "name", "phone"))
            if key in seen and values.get("name"):
                result.problems.append(RowProblem(number, "name", "is in this file twice"))
                continue
            seen.add(key)
            row, problems = _build(session, kind, values)
            result.problems += [RowProblem(number, p.field, p.message) for p in problems]
            if not problems:
                session.add(row)
                session.flush()
                result.added += 1
        if result.problems:
            result.added = 0
        elif not dry_run:
            session.commit()
    return result


def _build(
    session: Session, kind: str, values: dict[str, str]
) -> tuple[Any, list[ValidationError]]:
    """One row's new object and what is wrong with it."""
    if kind == "clients":
        client, problems = build_client(Lookup(session), values)
        return client, problems
    if kind == "engineers":
        engineer, problems = build_engineer(Lookup(session), values)
        return engineer, problems
    values = dict(values)
    ref = values.pop("client")
    try:
        owner = find_one(session, Client, ref, "client") if ref else None
    except ValidationError as exc:
        return None, [exc]
    if owner is None:
        return None, [ValidationError("client", phrase("is required"))]
    lookup = Lookup(session, owner.id)
    if kind == "sites":
        site, problems = build_site(lookup, owner, values)
        return site, problems
    contact, problems = build_contact(lookup, owner, values)
    return contact, problems
