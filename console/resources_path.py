"""Finding run-time resources: the console.resources package, in a checkout or a wheel."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource_root() -> Traversable:
    """The resources folder: the console.resources package, installed or in a checkout."""
    return files("console.resources")
