"""The per-client knowledge base: articles, and every text they had, kept unchanged.

Two new tables, and a guard on the revisions on SQLite and PostgreSQL: a revision's text
is history, refused if anyone writes a different one over it (a sync that brings the same
row again passes).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import console.store.types

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEPT = ("article_id", "number", "site_id", "topic", "title", "body", "archived", "edited_by",
        "edited_at")  # fmt: skip
MESSAGE = "knowledge_revisions: the past text of an article is kept as it was written"
TOPICS = (
    "network", "servers", "workstations", "printers", "software", "backup", "security",
    "access", "contacts", "procedures", "other",
)  # fmt: skip


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", console.store.types.UTCDateTime(), nullable=False),
    ]


def upgrade() -> None:
    """Create the articles, their revisions and the guard."""
    topic_check = "topic IN (" + ", ".join(f"'{t}'" for t in TOPICS) + ")"
    op.create_table(
        "knowledge_articles",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("topic", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("edited_by", sa.Uuid(), nullable=True),
        sa.Column("edited_at", console.store.types.UTCDateTime(), nullable=False),
        *_stamps(),
        sa.CheckConstraint(topic_check, name=op.f("ck_knowledge_articles_topic")),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_knowledge_articles_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_knowledge_articles_site_id_sites")
        ),
        sa.ForeignKeyConstraint(
            ["edited_by"], ["users.id"], name=op.f("fk_knowledge_articles_edited_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_articles")),
    )  # fmt: skip
    op.create_index(op.f("ix_knowledge_articles_client_id"), "knowledge_articles", ["client_id"])
    op.create_index(op.f("ix_knowledge_articles_site_id"), "knowledge_articles", ["site_id"])
    op.create_table(
        "knowledge_revisions",
        sa.Column("article_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("topic", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("edited_by", sa.Uuid(), nullable=True),
        sa.Column("edited_at", console.store.types.UTCDateTime(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["article_id"], ["knowledge_articles.id"],
            name=op.f("fk_knowledge_revisions_article_id_knowledge_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_knowledge_revisions_site_id_sites")
        ),
        sa.ForeignKeyConstraint(
            ["edited_by"], ["users.id"], name=op.f("fk_knowledge_revisions_edited_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_revisions")),
        sa.UniqueConstraint(
            "article_id", "number", name=op.f("uq_knowledge_revisions_article_id_number")
        ),
    )  # fmt: skip
    op.create_index(
        op.f("ix_knowledge_revisions_article_id"), "knowledge_revisions", ["article_id"]
    )
    if op.get_bind().dialect.name == "postgresql":
        changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in KEPT)
        op.execute(
            "CREATE FUNCTION dc_knowledge_revision_kept() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN "
            f"IF {changed} THEN RAISE EXCEPTION '{MESSAGE}' "
            "USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$"
        )
        op.execute(
            "CREATE TRIGGER knowledge_revisions_kept BEFORE UPDATE ON knowledge_revisions "
            "FOR EACH ROW EXECUTE FUNCTION dc_knowledge_revision_kept()"
        )
    else:
        changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in KEPT)
        op.execute(
            "CREATE TRIGGER knowledge_revisions_kept BEFORE UPDATE ON knowledge_revisions "
            f"WHEN {changed} BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        )


def downgrade() -> None:
    """Drop the guard and both tables."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS knowledge_revisions_kept ON knowledge_revisions")
        op.execute("DROP FUNCTION IF EXISTS dc_knowledge_revision_kept()")
    else:
        op.execute("DROP TRIGGER IF EXISTS knowledge_revisions_kept")
    op.drop_index(op.f("ix_knowledge_revisions_article_id"), "knowledge_revisions")
    op.drop_table("knowledge_revisions")
    op.drop_index(op.f("ix_knowledge_articles_site_id"), "knowledge_articles")
    op.drop_index(op.f("ix_knowledge_articles_client_id"), "knowledge_articles")
    op.drop_table("knowledge_articles")
