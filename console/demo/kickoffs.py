"""Demo step: the kick-off that started each client's support (V1).

Runs after every other step and draws no random numbers, so the rest of the demo is the
same with or without it. Each client's kick-off was held in its first week, with its own
engineer as consultant and, where there is one, a second engineer of the same zone.
"""

from __future__ import annotations

from datetime import timedelta

from console.enums import Role

from .context import STAMP, DemoContext

KICKOFF_COLUMNS = (*STAMP, "client_id", "held_on", "consultants", "summary", "recorded_by")


def add_kickoffs(ctx: DemoContext) -> None:
    """Write one kick-off per client, early in the demo's year."""
    manager = (ctx.users.get(Role.SERVICE_MANAGER) or ctx.users[Role.DISPATCHER])[0]
    rows = []
    for n, client in enumerate(ctx.clients):
        held = ctx.start + timedelta(days=3 + n % 5)
        own = client.engineer
        same_zone = [i for i, zone in enumerate(ctx.engineer_zone)
                     if zone == ctx.engineer_zone[own] and i != own]  # fmt: skip
        chosen = [own, *same_zone[:1]]
        consultants = [str(ctx.engineers[i]) for i in chosen]
        rows.append(ctx.stamp(held) + (client.id, held.date(), consultants, None, manager))
    ctx.insert("kickoffs", KICKOFF_COLUMNS, rows)
