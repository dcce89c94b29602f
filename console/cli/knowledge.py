"""`dispatch-console knowledge ...`: the knowledge base of each client's infrastructure.

Articles per client or site (network, servers, backups, how to get in), found by words,
edited with every past text kept: `knowledge list|show|add|edit|archive|history`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from console.cli.options import Parser
from console.cli.records import FORMATS, acting_user, add_as_option, print_records, store
from console.errors import ValidationError
from console.rules.knowledge import TOPICS

COLUMNS = ("id", "client", "site", "topic", "title", "revision", "edited")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`knowledge list|show|add|edit|archive|history`."""
    knowledge = sub.add_parser("knowledge", help="the knowledge base of clients' infrastructure")
    k_sub = knowledge.add_subparsers(
        dest="knowledge_command", parser_class=Parser, metavar="ACTION"
    )
    k_sub.required = True

    def action(name: str, help: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = k_sub.add_parser(name, parents=[common], help=help)
        add_as_option(parser)
        return parser

    listing = action("list", "articles of a client (or of every client you serve)")
    listing.add_argument("client", nargs="?", default=None, help="the client's name or id")
    listing.add_argument("--site", default=None, help="this site's articles and the client's")
    listing.add_argument("--topic", choices=TOPICS, default=None)
    listing.add_argument("--search", default="", help="words that must all occur")
    listing.add_argument("--archived", action="store_true", help="list archived ones too")
    listing.add_argument("--format", choices=FORMATS, default="table")
    show = action("show", "print one article")
    show.add_argument("article", metavar="ID", help="the article's id (see `knowledge list`)")
    add = action("add", "write a new article for a client or one of its sites")
    add.add_argument("client", help="the client's name or id")
    add.add_argument("--title", required=True, help="what the article is about")
    _text_options(add, required=True)
    add.add_argument("--topic", choices=TOPICS, default="other", help="default: other")
    add.add_argument("--site", default=None, help="the site it is about (default: the client)")
    edit = action("edit", "change an article; its old text stays in the history")
    edit.add_argument("article", metavar="ID", help="the article's id")
    edit.add_argument("--title", default=None)
    _text_options(edit, required=False)
    edit.add_argument("--topic", choices=TOPICS, default=None)
    edit.add_argument("--site", default=None, help="a site of the client, or '' for the client")
    edit.add_argument(
        "--revision", type=int, default=None, help="refuse if it is no longer this revision"
    )
    archive = action("archive", "take an article out of the lists (its history stays)")
    archive.add_argument("article", metavar="ID", help="the article's id")
    archive.add_argument("--restore", action="store_true", help="list it again")
    history = action("history", "every text an article had, newest first")
    history.add_argument("article", metavar="ID", help="the article's id")


def _text_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    group = parser.add_mutually_exclusive_group(required=required)
    group.add_argument("--body", default=None, help="the article's text")
    group.add_argument("--body-file", default=None, help="read the text from a file ('-': stdin)")


def _body(args: argparse.Namespace) -> str | None:
    if args.body_file is None:
        return str(args.body) if args.body is not None else None
    if args.body_file == "-":
        return sys.stdin.read()
    try:
        return Path(args.body_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError("body-file", f"cannot read {args.body_file}: {exc}") from None


def run(args: argparse.Namespace) -> int:
    """Run one `knowledge` action."""
    from console.services import knowledge as service

    _engine, sessions = store(args)
    user = acting_user(args, sessions)
    command = args.knowledge_command
    if command == "list":
        found = service.list_articles(
            sessions, user, args.client, site=args.site, topic=args.topic, search=args.search,
            archived=args.archived,
        )  # fmt: skip
        rows = [
            {"id": a.id, "client": a.client, "site": a.site or "", "topic": a.topic,
             "title": a.title + (" (archived)" if a.archived else ""), "revision": a.revision,
             "edited": f"{a.edited_at:%Y-%m-%d %H:%M} {a.edited_by or ''}".strip()}
            for a in found
        ]  # fmt: skip
        print_records(rows, COLUMNS[1:], args.format, "articles")
        return 0
    if command == "show":
        a = service.read_article(sessions, user, args.article)
        where = f"{a.client}, {a.site}" if a.site else a.client
        print(f"{a.title}\n{where} · {a.topic} · revision {a.revision}"
              f" · {a.edited_at:%Y-%m-%d %H:%M} UTC {a.edited_by or ''}".rstrip())  # fmt: skip
        print()
        print(a.body)
        return 0
    if command == "history":
        for r in service.article_history(sessions, user, args.article):
            who = f" by {r.edited_by}" if r.edited_by else ""
            state = " (archived)" if r.archived else ""
            print(f"revision {r.number}: {r.edited_at:%Y-%m-%d %H:%M} UTC{who}{state} · {r.title}")
            for line in r.changes:
                print(f"  {line}")
        return 0
    if command == "add":
        a = service.add_article(
            sessions, user, args.client, args.title, _body(args), topic=args.topic, site=args.site
        )
        print(f"article kept for {a.site or a.client} (id {a.id})")
    elif command == "edit":
        changes: dict[str, Any] = {"title": args.title, "body": _body(args), "topic": args.topic}
        if args.site is not None:
            changes["site"] = args.site
        a = service.edit_article(
            sessions, user, args.article, seen_revision=args.revision, **changes
        )
        print(f"{a.title}: revision {a.revision} kept (id {a.id})")
    else:
        a = service.edit_article(sessions, user, args.article, archived=not args.restore)
        print(f"{a.title}: {'archived' if a.archived else 'listed again'} (revision {a.revision})")
    return 0
