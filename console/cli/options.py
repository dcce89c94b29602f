"""What every command shares: the program's name, its parser, option types, the store."""

from __future__ import annotations

import argparse
from datetime import date
from typing import NoReturn

from sqlalchemy import Engine

from console.errors import UserError

PROG = "dispatch-console"


class Parser(argparse.ArgumentParser):
    """argparse that reports a bad option as one line, exit status 2."""

    def error(self, message: str) -> NoReturn:
        """Print one line naming the problem and exit with status 2."""
        # "argument --today: ..." becomes "--today: ...", like every other error line.
        message = message.removeprefix("argument ")
        self.exit(2, f"{PROG}: error: {' '.join(message.split())}\n")


def iso_day(text: str) -> date:
    """An option's value as a day, YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def whole_number(text: str) -> int:
    """An option's value as a whole number, zero or more (seeds, limits, days)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be zero or more")
    return value


def open_engine(db: str | None) -> Engine:
    """Open (and create or migrate) the store named by --db."""
    from console.store.engine import create_store_engine, resolve_url
    from console.store.migrate import upgrade

    engine = create_store_engine(resolve_url(db))
    try:
        upgrade(engine)
    except UserError as exc:
        raise UserError(f"--db: {exc}") from None
    return engine


def store_name(db: str | None) -> str:
    """The store a --db value names, as the user would recognise it."""
    if db:
        return db
    from console.paths import default_database

    return str(default_database())
