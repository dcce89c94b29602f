"""Reporting a figure: one JSON line with its baseline, ratio, target and verdict."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any


def timed(fn: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Median wall time of ``repeat`` calls, and the last result."""
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def report(
    figure: str,
    value: float,
    unit: str,
    target: float,
    baseline: float | None = None,
    higher_is_better: bool = False,
    target_on_ratio: bool = False,
    demo_size: str | None = None,
) -> dict[str, Any]:
    """Print one figure as a JSON line; the target applies to the ratio when asked.

    ``demo_size``: the demo the figure was measured on, when not the run's (the bundle's
    start is timed on the small demo the bundle builds itself)."""
    ratio = None if not baseline else value / baseline
    measured = ratio if target_on_ratio else value
    assert measured is not None
    met = measured >= target if higher_is_better else measured <= target
    line = {
        "figure": figure,
        "value": round(value, 4),
        "unit": unit,
        "baseline": None if baseline is None else round(baseline, 4),
        "ratio": None if ratio is None else round(ratio, 3),
        "target": target,
        "met": bool(met),
        # the demo database the figure was measured on (python -m bench --size)
        "demo_size": demo_size or os.environ.get("DISPATCH_BENCH_SIZE", "large"),
    }
    print(json.dumps(line), flush=True)
    return line


def note(message: str) -> None:
    """Progress for the person watching, on stderr so stdout stays JSON lines."""
    print(message, file=sys.stderr, flush=True)


MB_OF_PROCESS = """
def mb(field):
    # the kernel's own count of this whole process (Qt, the driver, Python), in 10^6 bytes
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024 / 1e6
    raise RuntimeError(field)

"""
"""A child script's reading of its own memory (VmRSS now, VmHWM at its peak)."""
