"""The knowledge base on the shared database (V4): an engineer's login and replica hold
the articles of the clients they serve only, what they write there reaches the desk, and
nobody rewrites an article's past text on the server."""

from __future__ import annotations

import uuid
from functools import partial

import psycopg
import pytest
from psycopg import errors
from sync_support import Server, local_scalar

from console.enums import Role
from console.services.knowledge import add_article, edit_article
from console.sync.replica import sync_once
from console.sync.session import store_session

pytestmark = pytest.mark.postgres


def test_v4_an_engineer_holds_only_the_base_of_the_clients_they_serve(server: Server) -> None:
    desk = partial(store_session, server.engine)
    mine = add_article(desk, None, server.ids["client_a"], "Network", "VLAN 10 office.")
    theirs = add_article(desk, None, server.ids["client_b"], "Network", "VLAN 20 office.")
    engineer = server.login("eng_a", Role.ENGINEER, server.ids["engineer_a"])
    with psycopg.connect(engineer, autocommit=True) as conn:
        seen = conn.execute("SELECT id FROM knowledge_articles").fetchall()
        assert [row[0] for row in seen] == [mine.id]
        assert conn.execute("SELECT count(*) FROM knowledge_revisions").fetchone() == (1,)
        # no article for a client they do not serve, and no past text rewritten
        with pytest.raises((errors.InsufficientPrivilege, errors.CheckViolation)):
            conn.execute(
                "INSERT INTO knowledge_articles (id, client_id, topic, title, body, revision,"
                " archived, edited_at, row_version, created_at, updated_at) VALUES"
                " (gen_random_uuid(), %s, 'other', 't', 'b', 1, false, now(), 1, now(), now())",
                (server.ids["client_b"],),
            )
        with pytest.raises((errors.InsufficientPrivilege, errors.CheckViolation)):
            conn.execute("UPDATE knowledge_revisions SET body = 'tampered'")
    laptop = server.replica(engineer)
    sync_once(laptop)
    assert local_scalar(laptop, "SELECT count(*) FROM knowledge_articles") == 1
    assert local_scalar(laptop, "SELECT body FROM knowledge_revisions") == "VLAN 10 office."

    # what the engineer learns on site, written offline, reaches the desk with its history
    user = local_scalar(
        laptop, "SELECT id FROM users WHERE engineer_id = :e", e=server.ids["engineer_a"].hex
    )
    field = partial(store_session, laptop)
    edit_article(field, uuid.UUID(user), mine.id, body="VLAN 10 office, 30 guests.",
                 seen_revision=1)  # fmt: skip
    add_article(field, uuid.UUID(user), server.ids["client_a"], "Server room",
                "Key at reception.", topic="access")  # fmt: skip
    sync_once(laptop)
    assert server.scalar("SELECT body FROM knowledge_articles WHERE id = :0", mine.id) == (
        "VLAN 10 office, 30 guests."
    )
    assert server.scalar("SELECT count(*) FROM knowledge_revisions") == 4
    assert server.scalar("SELECT count(*) FROM knowledge_articles WHERE id <> :0", theirs.id) == 2
    # the owner too is refused a different past text
    with psycopg.connect(server.url, autocommit=True) as conn, pytest.raises(errors.CheckViolation):
        conn.execute("UPDATE knowledge_revisions SET body = 'tampered'")
