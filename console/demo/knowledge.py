"""Demo step: the knowledge base of each client, and the causes found for incidents.

Runs last and draws no random numbers, so every other table is the same with or without
it. Each closed incident whose kind has a known cause gets that cause as a knowledge note
(what the incident report and the review's recurring incidents print); each client gets
articles on its network, backups and how to get in, some changed once since.
"""

from __future__ import annotations

from datetime import timedelta

from console.enums import NoteKind, Role, TicketCategory, TicketStatus

from .context import STAMP, DemoContext
from .notes import NOTE_COLUMNS

ARTICLE_COLUMNS = (*STAMP, "client_id", "site_id", "topic", "title", "body", "revision",
                   "archived", "edited_by", "edited_at")  # fmt: skip
REVISION_COLUMNS = (*STAMP, "article_id", "number", "site_id", "topic", "title", "body",
                    "archived", "edited_by", "edited_at")  # fmt: skip

ARTICLES = (
    ("network", "Core network", (
        "Core switch in the server room, rack A; the ISP's router beside it.\n"
        "VLAN 10 office, VLAN 20 voice, VLAN 30 guests (internet only).",
        "Core switch in the server room, rack A; the ISP's router beside it.\n"
        "VLAN 10 office, VLAN 20 voice, VLAN 30 guests (internet only).\n"
        "Fibre uplink since the spring; the old DSL line is the fallback.",
    )),
    ("backup", "Backups", (
        "Nightly backup to the NAS at 22:00; a weekly copy goes off-site on Friday.\n"
        "A restore is tested every quarter and logged on a ticket.",
    )),
    ("access", "Getting in", (
        "Reception opens at 08:00. Out of hours the key is at the security desk: show ID and "
        "the work order. The alarm code is in the password manager, entry 'Alarm'.",
    )),
)  # fmt: skip


def add_knowledge(ctx: DemoContext) -> None:
    """Write cause notes on closed incidents and a few articles per client."""
    causes: dict[str, str] = ctx.work.get("causes", {})
    author = ctx.users[Role.DISPATCHER][0]
    notes = (
        ctx.stamp(t.end)
        + (
            t.id,
            None,
            None,
            NoteKind.KNOWLEDGE.value,
            author,
            t.end,
            causes[t.template],
        )
        for t in ctx.tickets
        if t.category is TicketCategory.INCIDENT
        and t.status is TicketStatus.CLOSED
        and t.template in causes
    )
    ctx.insert("notes", NOTE_COLUMNS, notes)
    articles, revisions = [], []
    for n, client in enumerate(ctx.clients):
        site = client.sites[0] if client.sites else None
        for k, (topic, title, texts) in enumerate(ARTICLES):
            first = ctx.start + timedelta(days=7 + n + k)
            stamp = ctx.stamp(first)
            article_id = stamp[0]
            where = site if topic == "access" else None
            for number, body in enumerate(texts, start=1):
                at = first + timedelta(days=150 * (number - 1))
                revisions.append(ctx.stamp(at) + (article_id, number, where, topic, title, body,
                                                  False, author, at))  # fmt: skip
            last = first + timedelta(days=150 * (len(texts) - 1))
            articles.append((article_id, len(texts), first, last, client.id, where, topic, title,
                             texts[-1], len(texts), False, author, last))  # fmt: skip
    ctx.insert("knowledge_articles", ARTICLE_COLUMNS, articles)
    ctx.insert("knowledge_revisions", REVISION_COLUMNS, revisions)
