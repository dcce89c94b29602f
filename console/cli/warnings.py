"""Warnings a command shows the user, each as one line on stderr."""

from __future__ import annotations

import sys
from typing import Any


def warnings_as_lines() -> None:
    """Show a connection's security warning as one line on stderr, once per command."""
    import warnings

    from console.sync.connection import InsecureConnectionWarning

    shown = warnings.showwarning

    def show(message: Any, category: Any, *rest: Any, **named: Any) -> None:
        if issubclass(category, InsecureConnectionWarning):
            print(f"dispatch-console: warning: {message}", file=sys.stderr)
        else:
            shown(message, category, *rest, **named)

    warnings.showwarning = show
