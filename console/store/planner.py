"""Telling SQLite's query planner which index not to take.

SQLite picks an index by its own estimates; where a condition looks selective but walks
far more rows than another index would, the documented way to take that index out of
the running is to write the column as ``+column`` (a no-op on any value). Other
databases get the column as it is: their planners weigh it with statistics.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class Unindexed(FunctionElement[Any]):
    """A column the planner must not look rows up by (SQLite: ``+column``)."""

    inherit_cache = True
    name = "unindexed"

    def __init__(self, column: Any):
        super().__init__(column)
        self.type = column.type


@compiles(Unindexed)
def _as_is(element: Unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(Unindexed, "sqlite")
def _plus(element: Unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))
