"""What the master-data commands share: options from fields, the acting user, output."""

from __future__ import annotations

import argparse
import csv
import json
import sys
import uuid
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING

from console.cli.columns import fit, width
from console.cli.options import open_engine
from console.services.master_data.fields import Field, plain

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from console.services.master_data.common import Record, Sessions

FORMATS = ("table", "json", "csv")


def add_as_option(parser: argparse.ArgumentParser) -> None:
    """`--as USERNAME`: who the change is made by."""
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="USERNAME",
        default=None,
        help="the user who makes the change (default: the first active admin, else "
        "dispatcher; a store without users: its owner)",
    )


def add_field_options(
    parser: argparse.ArgumentParser, fields: Mapping[str, Field], *, adding: bool
) -> None:
    """One `--field-name VALUE` option per field; only the options given are passed on."""
    for f in fields.values():
        note = " (required)" if adding and f.required else ""
        parser.add_argument(
            "--" + f.name.replace("_", "-"),
            dest=f.name,
            metavar="VALUE",
            default=argparse.SUPPRESS,
            help=f.help + note,
        )


def given(args: argparse.Namespace, fields: Iterable[str]) -> dict[str, object]:
    """The field values given on the command line, and no others."""
    return {name: getattr(args, name) for name in fields if hasattr(args, name)}


def store(args: argparse.Namespace) -> tuple[Engine, Sessions]:
    """The store named by --db, and sessions on it that write a replica's outbox."""
    from console.sync.session import store_session

    engine = open_engine(args.db)
    return engine, partial(store_session, engine)


def acting_user(args: argparse.Namespace, sessions: Sessions) -> uuid.UUID | None:
    """The id of the user named by --as, or the store's first active admin or dispatcher."""
    from console.services.master_data.common import find_acting_user

    user_id, _who = find_acting_user(sessions, args.as_user)
    return user_id


# ------------------------------------------------------------------ output


def _cell(value: object) -> str:
    value = plain(value)
    if value is None or value == {} or value == []:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ",".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def print_records(rows: Sequence[Record], columns: Sequence[str], fmt: str, noun: str) -> None:
    """Rows as a table (with a count), JSON or CSV on stdout."""
    out = sys.stdout
    if fmt == "json":
        json.dump([plain(r) for r in rows], out, ensure_ascii=False, indent=1)
        out.write("\n")
        return
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(["id", *columns])
        for r in rows:
            writer.writerow([_cell(r.get(c)) for c in ["id", *columns]])
        return
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    titles = [c.replace("_", " ").upper() for c in columns]
    widths = [
        min(40, max([width(t)] + [width(row[k]) for row in cells])) for k, t in enumerate(titles)
    ]
    for line in [titles, *cells]:
        out.write("  ".join(fit(c, w) for c, w in zip(line, widths, strict=True)).rstrip() + "\n")
    out.write(f"{len(rows)} {noun}\n")


def print_record(row: Record, fmt: str) -> None:
    """One record as `field: value` lines (its lists of records indented), or JSON."""
    out = sys.stdout
    if fmt == "json":
        json.dump(plain(row), out, ensure_ascii=False, indent=1)
        out.write("\n")
        return
    nested = {k: v for k, v in row.items() if isinstance(v, list) and v and isinstance(v[0], dict)}
    key_width = max(len(k) for k in row)
    for key, value in row.items():
        if key in nested or (isinstance(value, list) and key in ("sites", "contacts", "contracts")):
            continue
        out.write(f"{key:<{key_width}}  {_cell(value)}\n")
    for key, items in nested.items():
        out.write(f"{key}:\n")
        for item in items:
            parts = [f"{k}={_cell(v)}" for k, v in item.items() if k != "id" and _cell(v)]
            out.write(f"  - {'; '.join(parts)} (id {item['id']})\n")
