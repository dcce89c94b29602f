"""The few tables read on the way to the first screen, as lightweight `table()` constructs.

Building the model's mapped classes takes about 0.2 s, a third of the window's start.
The queue, the signed-in user and the replica flag are read through these instead, so
the model is first imported by a background job after the queue shows. Only names live
here; the model stays the one definition of the schema, and a test checks every table
and column below against it.
"""

from __future__ import annotations

from sqlalchemy import Uuid, column, table

tickets = table(
    "tickets",
    *(
        column(name)
        for name in (
            "id",
            "reference",
            "title",
            "category",
            "priority",
            "status",
            "channel",
            "emergency",
            "opened_at",
            "first_response_at",
            "contract_id",
            "client_id",
            "site_id",
            "assignee_id",
            "description",
            "closed_at",
        )
    ),
)
clients = table("clients", column("id"), column("name"))
sites = table("sites", column("id"), column("name"))
# The id is typed: the signed-in user's id is used as a UUID, not as the driver's text.
users = table(
    "users",
    column("id", Uuid()),
    column("username"),
    column("display_name"),
    column("role"),
    column("active"),
)
visits = table("visits", column("id"), column("ticket_id"), column("status"))
visit_engineers = table("visit_engineers", column("visit_id"))
sync_state = table("sync_state", column("id"), column("login"))

ALL = (tickets, clients, sites, users, visits, visit_engineers, sync_state)
"""Every lightweight table, for the test that holds them to the model."""
