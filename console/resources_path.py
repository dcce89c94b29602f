"""Finding run-time resources: inside the wheel, or in a source checkout."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def resource_root() -> Traversable:
    """The resources folder: console.resources when installed, ../resources in a checkout."""
    try:
        packaged = files("console.resources")
        if packaged.joinpath("demo").is_dir():
            return packaged
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "resources"
