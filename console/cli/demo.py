"""`dispatch-console demo`: a store full of demo data."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from console.cli.options import iso_day, open_engine, whole_number


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`demo --size S [--seed N] [--today D]`."""
    demo = sub.add_parser("demo", parents=[common], help="fill a new database with demo data")
    demo.add_argument(
        "--size",
        choices=["small", "large", "huge"],
        default="small",
        help="small: 2,000 tickets (default); large: 100,000; huge: 1,000,000 (about 40 min)",
    )
    demo.add_argument(
        "--seed", type=whole_number, default=1, help="same seed, same data (default 1)"
    )
    demo.add_argument(
        "--today", type=_demo_day, default=None, help="anchor day of the demo year (default today)"
    )


def _demo_day(text: str) -> date:
    """The demo's anchor day: its ids count milliseconds from 1970, and it plans ahead."""
    from console.demo import FIRST_TODAY, LAST_TODAY

    day = iso_day(text)
    if not FIRST_TODAY <= day <= LAST_TODAY:
        raise argparse.ArgumentTypeError(f"{text} is out of range ({FIRST_TODAY} to {LAST_TODAY})")
    return day


def run(args: argparse.Namespace) -> int:
    """Write the demo data into the store named by --db."""
    from console.demo import build_demo, size_named

    engine = open_engine(args.db)
    counts = build_demo(
        engine,
        size_named(args.size),
        seed=args.seed,
        today=args.today,
        progress=lambda step: print(f"  {step}...", file=sys.stderr),
    )
    where = engine.url.render_as_string(hide_password=True)
    print(
        f"{args.size} demo data written to {where}: "
        + ", ".join(
            f"{counts[t]:,} {t.replace('_', ' ')}"
            for t in ("clients", "tickets", "visits", "time_entries")
        )
    )
    return 0
