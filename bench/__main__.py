"""`python -m bench NAME|all`: run benchmarks, one JSON line per figure on stdout."""

from __future__ import annotations

import argparse
import importlib
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
}


def main(argv: list[str] | None = None) -> int:
    """Run the named benchmark, or all of them."""
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("name", choices=[*BENCHMARKS, "all"])
    args = parser.parse_args(argv)
    names = list(BENCHMARKS) if args.name == "all" else [args.name]
    for name in names:
        importlib.import_module(BENCHMARKS[name]).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
