"""Deterministic demo data: a year of a service provider's work, in five countries.

The same seed and the same anchor day give the same database. Rows are produced as
tuples and written with the bulk writer: the large size (100,000 tickets) would take
minutes through ORM objects. The money is the exception: the last step bills the year
through the console's billing services, on the same connection and in the same
transaction, so invoices follow the billing rules. Each step lives in its own module and
works on a shared DemoContext; they run in foreign-key order, and their order is part of
the data: every step draws from the same random streams.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from sqlalchemy import Connection

from console.store.bulk import BulkWriter

from .billing import add_billing, add_time
from .clients import add_clients
from .context import MID_MORNING, DemoContext
from .contracts import add_contracts
from .kickoffs import add_kickoffs
from .knowledge import add_knowledge
from .notes import add_notes
from .people import add_people
from .provider import add_provider
from .sizes import DemoSize
from .tickets import add_tickets
from .visits import add_visits

STEPS: list[tuple[str, Callable[[DemoContext], None]]] = [
    ("the provider's company", add_provider),
    ("engineers and users", add_people),
    ("clients, sites and contacts", add_clients),
    ("contracts and SLA targets", add_contracts),
    ("tickets", add_tickets),
    ("visits", add_visits),
    ("time entries", add_time),
    ("notes", add_notes),
    ("billing: the year's runs, invoices and payments", add_billing),
    ("the knowledge base and the causes of incidents", add_knowledge),
    ("kick-offs", add_kickoffs),
]
"""The steps with their progress labels, in the order they run."""


class DemoBuilder:
    """Builds one demo database; ``build`` writes every table in foreign-key order."""

    def __init__(
        self,
        size: DemoSize,
        seed: int,
        today: date,
        keep_rows: bool = False,
        at: time = MID_MORNING,
    ):
        self.size = size
        self.keep_rows = keep_rows
        self.context = DemoContext(size, seed, today, at)

    def build(
        self, connection: Connection, progress: Callable[[str], None] | None = None
    ) -> BulkWriter:
        """Write the whole demo database on an open connection (one transaction)."""
        writer = BulkWriter(connection, keep=self.keep_rows)
        self.context.writer = writer
        self.context.progress = progress
        with writer:
            for label, step in STEPS:
                if progress:
                    progress(label)
                step(self.context)
        return writer
