"""The command line: one module per command group, `main` the entry point."""

from console.cli.main import main

__all__ = ["main"]
