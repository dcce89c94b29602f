"""`dispatch-console db upgrade`: create or migrate a store."""

from __future__ import annotations

import argparse
from typing import Any

from console.cli.options import Parser, open_engine


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`db upgrade`."""
    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", parser_class=Parser, metavar="ACTION")
    db_sub.required = True
    db_sub.add_parser("upgrade", parents=[common], help="create or migrate the database")


def run(args: argparse.Namespace) -> int:
    """Create or migrate the store and say which schema it is at."""
    from console.store.migrate import current_revision

    engine = open_engine(args.db)
    with engine.connect() as connection:
        revision = current_revision(connection)
    print(f"{engine.url.render_as_string(hide_password=True)} is at schema {revision}")
    return 0
