"""Named points of a sync round, where crash tests stop the process."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

Fault = Callable[[str], None]
"""Called at "before_push", "mid_push", "after_server_commit" and "mid_pull"."""

KILL_VARIABLE = "DISPATCH_SYNC_KILL_AT"
"""Crash tests name a point of the round here; the process then kills itself (kill -9)."""


def no_fault(_point: str) -> None:
    """The hook of a normal round: nothing happens."""
    return None


def crash_test_hook() -> Fault:
    """Kill this process at the point named in DISPATCH_SYNC_KILL_AT, if any."""
    point = os.environ.get(KILL_VARIABLE)
    if not point:
        return no_fault

    def kill(at: str) -> None:
        if at == point:
            os.kill(os.getpid(), signal.SIGKILL)

    return kill
