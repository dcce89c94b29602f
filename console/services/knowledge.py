"""The per-client knowledge base (V4): articles about a client's infrastructure, found by
words, edited with their history kept.

Who reads and writes it: the desk for every client; an engineer for the clients they
serve (a ticket assigned to them or a visit they are sent on). On the server row
security gives an engineer's replica those clients' articles only; this module holds the
same rule on any store, so a desk store opened by an engineer shows no more. Each write
is one transaction in the acting user's name, and keeps the new text as a revision.
"""

from __future__ import annotations

import heapq
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from console.enums import Role
from console.errors import ValidationError
from console.model import (
    Client,
    KnowledgeArticle,
    KnowledgeRevision,
    Site,
    Ticket,
    User,
    Visit,
    VisitEngineer,
)
from console.model.base import utcnow
from console.rules import knowledge as rules
from console.rules.roles import DESK
from console.services.master_data.common import Sessions, acting_role, find_one, writing
from console.services.master_data.fields import as_uuid
from console.wording.phrases import phrase


@dataclass(frozen=True)
class ArticleRow:
    """One article as plain data: what a list shows and an editor starts from."""

    id: uuid.UUID
    client_id: uuid.UUID
    client: str
    site_id: uuid.UUID | None
    site: str | None  # None: about the whole client
    topic: str
    title: str
    body: str
    revision: int
    archived: bool
    edited_by: str | None
    edited_at: datetime


@dataclass(frozen=True)
class RevisionRow:
    """One past or current text of an article, with what changed from the one before."""

    number: int
    topic: str
    title: str
    body: str
    site: str | None
    archived: bool
    edited_by: str | None
    edited_at: datetime
    changes: list[str] = field(default_factory=list)


def _served_clients(session: Session, user_id: uuid.UUID | None) -> set[uuid.UUID] | None:
    """The clients the acting user may read the base of; None: every client (the desk)."""
    role = acting_role(session, user_id)
    if role in DESK:
        return None
    if role is not Role.ENGINEER or user_id is None:
        raise ValidationError("user", phrase("the knowledge base is kept by the provider's staff"))
    user = session.get_one(User, user_id)
    assigned = select(Ticket.client_id).where(Ticket.assignee_id == user_id)
    sent = (
        select(Ticket.client_id)
        .join(Visit, Visit.ticket_id == Ticket.id)
        .join(VisitEngineer, VisitEngineer.visit_id == Visit.id)
        .where(VisitEngineer.engineer_id == user.engineer_id)
    )
    return set(session.scalars(assigned.union(sent)))


def _client(session: Session, user_id: uuid.UUID | None, ref: object) -> Client:
    client = find_one(session, Client, ref, "client")
    served = _served_clients(session, user_id)
    if served is not None and client.id not in served:
        raise ValidationError("client", phrase("you do not serve {name}", name=client.name))
    return client


def _site(session: Session, client: Client, ref: object | None) -> Site | None:
    if ref is None or str(ref).strip() == "":
        return None
    return find_one(session, Site, ref, "site", client_id=client.id)


def _article(session: Session, user_id: uuid.UUID | None, ref: object) -> KnowledgeArticle:
    article_id = as_uuid(ref)
    article = session.get(KnowledgeArticle, article_id) if article_id is not None else None
    if article is None:
        raise ValidationError("article", phrase("no knowledge base article with id {ref}", ref=ref))
    served = _served_clients(session, user_id)
    if served is not None and article.client_id not in served:
        raise ValidationError("article", phrase("no knowledge base article with id {ref}", ref=ref))
    return article


def _names(session: Session, ids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    found = session.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
    return {user_id: name for user_id, name in found}


def _names_of(
    session: Session, model: type[Client] | type[Site], ids: set[uuid.UUID]
) -> dict[uuid.UUID, str]:
    """The names of these clients or sites; of every one when they are many. Thousands of
    ids bound to one statement left thousands of objects in reference cycles for the
    collector to walk, and a desk has far fewer clients and sites than articles."""
    stmt = select(model.id, model.name)
    if len(ids) <= 500:
        stmt = stmt.where(model.id.in_(ids))
    return {row_id: name for row_id, name in session.execute(stmt)}


def _rows(session: Session, articles: list[KnowledgeArticle]) -> list[ArticleRow]:
    clients = _names_of(session, Client, {a.client_id for a in articles})
    sites = _names_of(session, Site, {a.site_id for a in articles if a.site_id is not None})
    users = _names(session, {a.edited_by for a in articles})
    return [
        ArticleRow(
            a.id, a.client_id, clients[a.client_id], a.site_id,
            sites.get(a.site_id) if a.site_id else None, a.topic, a.title, a.body, a.revision,
            a.archived, users.get(a.edited_by) if a.edited_by else None, a.edited_at,
        )
        for a in articles
    ]  # fmt: skip


def _keep(session: Session, article: KnowledgeArticle) -> None:
    """Write the article's text as it now stands as its revision of that number."""
    session.add(
        KnowledgeRevision(
            article_id=article.id, number=article.revision, site_id=article.site_id,
            topic=article.topic, title=article.title, body=article.body,
            archived=article.archived, edited_by=article.edited_by, edited_at=article.edited_at,
        )
    )  # fmt: skip


@dataclass(frozen=True)
class ArticlePage:
    """The first articles of a list, in its order, and how many the whole list holds."""

    rows: list[ArticleRow]
    found: int


def article_page(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    client: object | None = None,
    *,
    site: object | None = None,
    topic: object | None = None,
    search: str = "",
    at_most: int,
) -> ArticlePage:
    """The first ``at_most`` articles `list_articles` gives, and how many it gives: a
    window lists a desk's thousands of articles for narrowing, not for reading."""
    if rules.words_of(search):  # the words are looked for in every article's text
        rows = list_articles(sessions, user_id, client, site=site, topic=topic, search=search)
        return ArticlePage(rows[:at_most], len(rows))
    # without words, the order needs titles and names only: every article's text and
    # record were read to list a thousand (18,000 at a million tickets, 0.7 s)
    with sessions() as session:
        light = select(
            KnowledgeArticle.id, KnowledgeArticle.client_id, KnowledgeArticle.site_id,
            KnowledgeArticle.title,
        )  # fmt: skip
        found = list(session.execute(_narrowed(session, light, user_id, client, site, topic)))
        clients = _names_of(session, Client, {r.client_id for r in found})
        sites = _names_of(session, Site, {r.site_id for r in found if r.site_id is not None})
        # the first few of a heap, not the whole list sorted: a sort is one call into C
        # that holds the interpreter throughout (18,000 articles: 15 ms the window waited
        # while this read ran beside it), where the heap's loop lets it in between
        first = heapq.nsmallest(
            at_most,
            found,
            key=lambda r: _order(
                clients[r.client_id], sites.get(r.site_id) if r.site_id else None, r.title, r.id
            ),
        )
        wanted = [r.id for r in first]
        held = session.scalars(select(KnowledgeArticle).where(KnowledgeArticle.id.in_(wanted)))
        by_id = {row.id: row for row in _rows(session, list(held))}
        return ArticlePage([by_id[i] for i in wanted], len(found))


def _order(
    client: str, site: str | None, title: str, article_id: uuid.UUID
) -> tuple[str, str, str, uuid.UUID]:
    """An article's place in a list: by client, site and title (the id parts equals)."""
    return (client.casefold(), (site or "").casefold(), title.casefold(), article_id)


Chosen = TypeVar("Chosen", bound="Select[*tuple[Any, ...]]")
"""A statement over the articles, whatever it reads of them."""


def _narrowed(
    session: Session,
    stmt: Chosen,
    user_id: uuid.UUID | None,
    client: object | None,
    site: object | None,
    topic: object | None,
    archived: bool = False,
) -> Chosen:
    """The articles' statement narrowed to what the user may read and chose."""
    if client is not None and str(client).strip():
        found = _client(session, user_id, client)
        stmt = stmt.where(KnowledgeArticle.client_id == found.id)
        the_site = _site(session, found, site)
        if the_site is not None:
            # the whole client's articles hold for each of its sites too
            stmt = stmt.where(
                (KnowledgeArticle.site_id == the_site.id) | KnowledgeArticle.site_id.is_(None)
            )
    else:
        served = _served_clients(session, user_id)
        if served is not None:
            stmt = stmt.where(KnowledgeArticle.client_id.in_(served))
    if topic is not None and str(topic).strip():
        stmt = stmt.where(KnowledgeArticle.topic == rules.topic(topic))
    if not archived:
        stmt = stmt.where(KnowledgeArticle.archived.is_(False))
    return stmt


def list_articles(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    client: object | None = None,
    *,
    site: object | None = None,
    topic: object | None = None,
    search: str = "",
    archived: bool = False,
) -> list[ArticleRow]:
    """Articles the user may read, of one client (and site) or all, that hold every word
    searched for in their title, text, topic or site; by client, site and title."""
    with sessions() as session:
        stmt = _narrowed(session, select(KnowledgeArticle), user_id, client, site, topic, archived)
        rows = _rows(session, list(session.scalars(stmt)))
    words = rules.words_of(search)
    if words:
        rows = [
            r
            for r in rows
            if rules.matches(words, (r.title, r.body, r.topic, r.site or "", r.client))
        ]
    return sorted(rows, key=lambda r: _order(r.client, r.site, r.title, r.id))


def read_article(sessions: Sessions, user_id: uuid.UUID | None, article: object) -> ArticleRow:
    """One article as it stands now."""
    with sessions() as session:
        return _rows(session, [_article(session, user_id, article)])[0]


def add_article(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    client: object,
    title: object,
    body: object,
    *,
    topic: object = "other",
    site: object | None = None,
    now: datetime | None = None,
) -> ArticleRow:
    """Write a new article for a client or one of its sites; its first revision with it."""
    with writing(sessions, user_id) as session:
        found = _client(session, user_id, client)
        the_site = _site(session, found, site)
        article = KnowledgeArticle(
            client_id=found.id, site_id=the_site.id if the_site else None,
            topic=rules.topic(topic), title=rules.title(title), body=rules.body(body),
            revision=1, archived=False, edited_by=user_id, edited_at=now or utcnow(),
        )  # fmt: skip
        session.add(article)
        session.flush()
        _keep(session, article)
        session.flush()
        return _rows(session, [article])[0]


_WHOLE_CLIENT = object()


def edit_article(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    article: object,
    *,
    title: object | None = None,
    body: object | None = None,
    topic: object | None = None,
    site: object | None = _WHOLE_CLIENT,
    archived: bool | None = None,
    seen_revision: int | None = None,
    now: datetime | None = None,
) -> ArticleRow:
    """Change an article; the new text becomes its next revision.

    ``seen_revision`` is the revision the editor started from: when someone saved another
    since, the change is refused rather than silently overwriting theirs. ``site`` given
    as "" moves the article to the whole client; left out, the site stays.
    """
    with writing(sessions, user_id) as session:
        found = _article(session, user_id, article)
        if seen_revision is not None and seen_revision != found.revision:
            who = (
                _names(session, {found.edited_by}).get(found.edited_by) if found.edited_by else None
            )
            raise ValidationError(
                "article",
                phrase(
                    "{who} saved revision {revision} since you opened revision {seen_revision}: "
                    "open it again and redo your change",
                    who=who or phrase("someone"),
                    revision=found.revision,
                    seen_revision=seen_revision,
                ),
            )
        before = (found.site_id, found.topic, found.title, found.body, found.archived)
        if title is not None:
            found.title = rules.title(title)
        if body is not None:
            found.body = rules.body(body)
        if topic is not None:
            found.topic = rules.topic(topic)
        if site is not _WHOLE_CLIENT:
            client = session.get_one(Client, found.client_id)
            the_site = _site(session, client, site)
            found.site_id = the_site.id if the_site else None
        if archived is not None:
            found.archived = archived
        if (found.site_id, found.topic, found.title, found.body, found.archived) == before:
            raise ValidationError("article", phrase("nothing changed"))
        found.revision += 1
        found.edited_by = user_id
        found.edited_at = now or utcnow()
        session.flush()
        _keep(session, found)
        session.flush()
        return _rows(session, [found])[0]


def article_history(
    sessions: Sessions, user_id: uuid.UUID | None, article: object
) -> list[RevisionRow]:
    """Every text the article had, newest first, each with the lines it changed."""
    with sessions() as session:
        found = _article(session, user_id, article)
        revisions = list(
            session.scalars(
                select(KnowledgeRevision)
                .where(KnowledgeRevision.article_id == found.id)
                .order_by(KnowledgeRevision.number)
            )
        )
        users = _names(session, {r.edited_by for r in revisions})
        site_ids = {r.site_id for r in revisions if r.site_id is not None}
        sites = {s.id: s.name for s in session.scalars(select(Site).where(Site.id.in_(site_ids)))}
    out: list[RevisionRow] = []
    previous = ""
    for r in revisions:
        out.append(
            RevisionRow(
                r.number, r.topic, r.title, r.body, sites.get(r.site_id) if r.site_id else None,
                r.archived, users.get(r.edited_by) if r.edited_by else None, r.edited_at,
                rules.changes(previous, r.body),
            )
        )  # fmt: skip
        previous = r.body
    return list(reversed(out))


def served_clients(sessions: Sessions, user_id: uuid.UUID | None) -> list[tuple[str, uuid.UUID]]:
    """The clients whose knowledge base the user may open, by name."""
    with sessions() as session:
        served = _served_clients(session, user_id)
        stmt = select(Client.name, Client.id).order_by(Client.name)
        if served is not None:
            stmt = stmt.where(Client.id.in_(served))
        return [(name, client_id) for name, client_id in session.execute(stmt)]


def client_sites(
    sessions: Sessions, user_id: uuid.UUID | None, client: object
) -> list[tuple[str, uuid.UUID]]:
    """The sites of a client the user serves, by name, for choosing what an article is about."""
    with sessions() as session:
        found = _client(session, user_id, client)
        stmt = select(Site.name, Site.id).where(Site.client_id == found.id).order_by(Site.name)
        return [(name, site_id) for name, site_id in session.execute(stmt)]
