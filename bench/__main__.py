"""`python -m bench NAME|all [--size large|huge]`: benchmarks, one JSON line per figure."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

BENCHMARKS = {
    "demo_build": "bench.demo_build",
    "documents": "bench.documents",
    "queue_load": "bench.queue_load",
    "sla": "bench.sla",
    "sync": "bench.sync",
    "billing": "bench.billing",
    "window": "bench.window",
    "day_view": "bench.day_view",
    "mail": "bench.mail",
    "search": "bench.search",
    "bundle": "bench.bundle",
}


def main(argv: list[str] | None = None) -> int:
    """Run the named benchmark, or all of them."""
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("name", choices=[*BENCHMARKS, "all"])
    parser.add_argument(
        "--size",
        choices=["large", "huge"],
        default=None,
        help="the demo database measured on (default large; huge: 1,000,000 tickets)",
    )
    args = parser.parse_args(argv)
    if args.size:
        from bench.demo_db import SIZE_VARIABLE

        os.environ[SIZE_VARIABLE] = args.size  # child processes measure on it too
    names = list(BENCHMARKS) if args.name == "all" else [args.name]
    for name in names:
        importlib.import_module(BENCHMARKS[name]).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
