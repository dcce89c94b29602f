"""Demo step: notes on tickets and knowledge notes on clients."""

from __future__ import annotations

from datetime import timedelta

from console.enums import NoteKind, Role

from .context import STAMP, DemoContext

NOTE_COLUMNS = (
    *STAMP,
    "ticket_id",
    "visit_id",
    "client_id",
    "kind",
    "author_id",
    "at",
    "body",
)


def add_notes(ctx: DemoContext) -> None:
    """Write up to two desk notes per ticket and a knowledge note on the first clients."""
    out = ctx.batches(notes=NOTE_COLUMNS)
    rows = out["notes"]
    texts = ctx.work["notes"]
    authors = ctx.users[Role.DISPATCHER]
    for t in ctx.tickets:
        for k in range(ctx.rng.choice([0, 1, 1, 2])):
            at = t.opened + timedelta(minutes=15 + 90 * k)
            rows.append(
                ctx.stamp(at)
                + (
                    t.id,
                    None,
                    None,
                    NoteKind.EVIDENCE.value if t.emergency else NoteKind.INTERNAL.value,
                    ctx.rng.choice(authors),
                    at,
                    ctx.rng.choice(texts),
                )
            )
        out.tick()
    for client in ctx.clients[: max(5, len(ctx.clients) // 10)]:
        rows.append(
            ctx.stamp(ctx.start)
            + (
                None,
                None,
                client.id,
                NoteKind.KNOWLEDGE.value,
                authors[0],
                ctx.start,
                "Core switch in the basement rack; UPS covers 20 minutes; "
                "admin accounts in the vault.",
            )
        )
    out.close()
