"""The per-client knowledge base of its infrastructure: articles and their history (V4).

An article describes part of a client's IT (a site's network, its servers, how backups
run, who to call at the ISP) so any engineer sent there finds it. Every change keeps the
text it replaced as a revision, which nobody alters afterwards. Only those who serve the
client read it: the desk, and engineers with work for that client (row security on the
server gives an engineer's replica no other client's articles).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from console.rules.knowledge import TOPICS

from .base import Base, Entity, utcnow

_TOPIC_CHECK = "topic IN (" + ", ".join(f"'{t}'" for t in TOPICS) + ")"


class KnowledgeArticle(Entity, Base):
    """One article about a client's infrastructure, for the whole client or one site."""

    __tablename__ = "knowledge_articles"
    __table_args__ = (CheckConstraint(_TOPIC_CHECK, name="topic"),)

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"), index=True)
    topic: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    revision: Mapped[int] = mapped_column(default=1)  # the number of the text shown now
    archived: Mapped[bool] = mapped_column(default=False)  # kept for history, not listed
    edited_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    edited_at: Mapped[datetime] = mapped_column(default=utcnow)


class KnowledgeRevision(Entity, Base):
    """The text of an article as one edit left it; never changed once written."""

    __tablename__ = "knowledge_revisions"
    __table_args__ = (UniqueConstraint("article_id", "number"),)
    # knowledge_revisions_kept (migration 0020) refuses a different text over a revision

    article_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("knowledge_articles.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column()
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    topic: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(default=False)
    edited_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    edited_at: Mapped[datetime] = mapped_column(default=utcnow)
