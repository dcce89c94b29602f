"""`dispatch-console mail …`: the desk's mailboxes, fetching, and what waits for the desk.

mail mailboxes add|list|remove|password   where mail comes from (passwords: keyring)
mail settings [--reopen-days N] [--attachment-limit-mb N]
mail fetch [--once] [--mailbox NAME]      take in what waits (--once: one pass, then stop)
mail run                                  the service: watch every mailbox, holding its lease
mail triage [list|accept|dismiss]         messages from unknown senders
mail quarantine [list|show|dismiss]       messages that could not be read, with why
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
import uuid
from typing import Any

from console.cli.options import Parser, whole_number
from console.cli.records import add_as_option
from console.errors import UserError


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """The `mail` command group."""
    mail = sub.add_parser("mail", help="take tickets in by e-mail: mailboxes, fetching, triage")
    m_sub = mail.add_subparsers(dest="mail_command", parser_class=Parser, metavar="ACTION")
    m_sub.required = True

    boxes = m_sub.add_parser("mailboxes", help="the mailboxes the desk takes mail from")
    b_sub = boxes.add_subparsers(dest="mailboxes_command", parser_class=Parser, metavar="ACTION")
    b_sub.required = True
    add = b_sub.add_parser("add", parents=[common], help="set up a mailbox (IMAP)")
    add.add_argument("name", help="a short name: letters, digits, '-', '_' or '.'")
    add.add_argument("--host", required=True, help="the IMAP server")
    add.add_argument("--user", required=True, help="the user name to sign in with")
    add.add_argument("--port", type=whole_number, default=None, help="default: 993 (143 plain)")
    add.add_argument(
        "--tls",
        choices=["tls", "none"],
        default="tls",
        help="tls: implicit TLS, certificate checked (default); none: a server on this machine",
    )
    add.add_argument("--folder", default="INBOX", help="the folder to take mail from")
    add.add_argument(
        "--quarantine-folder", default="Quarantine", help="where unreadable mail is moved"
    )
    add.add_argument("--client", default=None, help="the client this address serves, if one")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add_as_option(add)
    b_sub.add_parser("list", parents=[common], help="list the mailboxes")
    remove = b_sub.add_parser(
        "remove", parents=[common], help="remove a mailbox (disabled if it took mail in)"
    )
    remove.add_argument("name")
    add_as_option(remove)
    password = b_sub.add_parser("password", parents=[common], help="keep a new password")
    password.add_argument("name")
    password.add_argument("--password-stdin", action="store_true")
    add_as_option(password)

    settings = m_sub.add_parser("settings", parents=[common], help="show or change settings")
    settings.add_argument(
        "--reopen-days",
        type=whole_number,
        default=None,
        help="a reply this many days after closing reopens the ticket; later ones open a "
        "linked follow-up",
    )
    settings.add_argument("--attachment-limit-mb", type=whole_number, default=None)
    settings.add_argument("--auto-mails-per-hour", type=whole_number, default=None)
    add_as_option(settings)

    fetch = m_sub.add_parser("fetch", parents=[common], help="take in the mail that waits")
    fetch.add_argument("--once", action="store_true", help="one pass over the mailboxes, then stop")
    fetch.add_argument("--mailbox", default=None, help="only this mailbox")
    run = m_sub.add_parser(
        "run", parents=[common], help="the mail service: watch every mailbox until stopped"
    )
    run.add_argument(
        "--poll-seconds",
        type=whole_number,
        default=60,
        help="how often a server without IDLE is asked (default 60)",
    )

    triage = m_sub.add_parser("triage", parents=[common], help="messages from unknown senders")
    triage.add_argument("--all", action="store_true", help="the settled ones too")
    t_sub = triage.add_subparsers(dest="triage_command", parser_class=Parser, metavar="ACTION")
    t_list = t_sub.add_parser("list", parents=[common], help="list them (the default)")
    t_list.add_argument("--all", action="store_true", help="the settled ones too")
    accept = t_sub.add_parser(
        "accept", parents=[common], help="make the ticket for a client; the sender joins it"
    )
    accept.add_argument("id", help="the message's id (see `mail triage`)")
    accept.add_argument("--client", required=True, help="the client's name")
    add_as_option(accept)
    t_dismiss = t_sub.add_parser("dismiss", parents=[common], help="settle it without a ticket")
    t_dismiss.add_argument("id")
    add_as_option(t_dismiss)
    triage.set_defaults(triage_command="list")

    quarantine = m_sub.add_parser(
        "quarantine", parents=[common], help="messages that could not be read"
    )
    quarantine.add_argument("--all", action="store_true", help="the dismissed ones too")
    q_sub = quarantine.add_subparsers(dest="quarantine_command", parser_class=Parser)
    q_list = q_sub.add_parser("list", parents=[common], help="list them (the default)")
    q_list.add_argument("--all", action="store_true", help="the dismissed ones too")
    show = q_sub.add_parser("show", parents=[common], help="write the message as it came")
    show.add_argument("id")
    show.add_argument("-o", "--output", default="-", help="a file (default: standard output)")
    q_dismiss = q_sub.add_parser("dismiss", parents=[common], help="off the list, kept")
    q_dismiss.add_argument("id")
    add_as_option(q_dismiss)
    quarantine.set_defaults(quarantine_command="list")


def _id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError as exc:
        raise UserError(f"{text!r} is not an id (see the list)") from exc


def _password(args: argparse.Namespace, what: str) -> str:
    if args.password_stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
        if not secret:
            raise UserError("--password-stdin: no password was given on stdin")
        return secret
    import getpass

    return getpass.getpass(f"Password for {what}: ")


def _refuse_replica(engine: Any) -> None:
    from console.store.replica import is_replica

    with engine.connect() as connection:
        if is_replica(connection):
            raise UserError(
                "this store is a replica: run the mail service against the shared database "
                "(--db postgresql://…) so that one process takes each message in"
            )


def run(args: argparse.Namespace) -> int:
    """Dispatch to the `mail` action."""
    from console.cli.records import store

    engine, sessions = store(args)
    action = {
        "mailboxes": _mailboxes,
        "settings": _settings,
        "fetch": _fetch,
        "run": _run,
        "triage": _triage,
        "quarantine": _quarantine,
    }[args.mail_command]
    return action(args, engine, sessions)


def _mailboxes(args: argparse.Namespace, engine: Any, sessions: Any) -> int:
    from console.cli.records import acting_user
    from console.services.mail import mailboxes as service
    from console.services.mail.secrets import secret_store

    secrets = secret_store()
    if args.mailboxes_command == "list":
        boxes = service.list_mailboxes(sessions, secrets)
        for m in boxes:
            state = "enabled" if m.enabled else "disabled"
            key = "" if m.has_password else ", NO PASSWORD KEPT"
            serves = f" for {m.client}" if m.client else " (shared desk address)"
            print(
                f"{m.name}: {m.username} at {m.host}:{m.port} ({m.tls}), folder {m.folder}"
                f"{serves}; {state}, {m.messages} messages taken in{key}"
            )
        if not boxes:
            print("no mailboxes; add one with `dispatch-console mail mailboxes add`")
        return 0
    user = acting_user(args, sessions)
    if args.mailboxes_command == "remove":
        print(f"{args.name}: {service.remove_mailbox(sessions, user, secrets, args.name)}")
        return 0
    if args.mailboxes_command == "password":
        secret = _password(args, f"the mailbox {args.name}")
        service.set_mailbox_password(sessions, user, secrets, args.name, secret)
        print(f"{args.name}: password kept")
        return 0
    secret = _password(args, f"{args.user} at {args.host}")
    box = service.add_mailbox(
        sessions, user, secrets, name=args.name, host=args.host, username=args.user,
        password=secret, tls=args.tls, port=args.port, folder=args.folder,
        quarantine_folder=args.quarantine_folder, client=args.client,
    )  # fmt: skip
    print(f"{box.name}: {box.username} at {box.host}:{box.port} ({box.tls}) added")
    return 0


def _settings(args: argparse.Namespace, engine: Any, sessions: Any) -> int:
    from console.cli.records import acting_user
    from console.services.mail.mailboxes import mail_settings, save_mail_settings

    changes = (args.reopen_days, args.attachment_limit_mb, args.auto_mails_per_hour)
    if any(v is not None for v in changes):
        shown = save_mail_settings(
            sessions, acting_user(args, sessions), reopen_days=args.reopen_days,
            attachment_limit_mb=args.attachment_limit_mb,
            auto_mails_per_hour=args.auto_mails_per_hour,
        )  # fmt: skip
    else:
        shown = mail_settings(sessions)
    print(f"reopen window: {shown.reopen_days} days")
    print(f"attachment limit: {shown.attachment_limit_mb} MB")
    print(f"automatic mails per sender and hour: {shown.auto_mails_per_hour}")
    return 0


def _print(line: str) -> None:
    print(line, flush=True)


def _fetch(args: argparse.Namespace, engine: Any, sessions: Any) -> int:
    if not args.once:
        return _service(engine, sessions, poll_seconds=60, only=args.mailbox)
    from console.model import utcnow
    from console.services.mail.fetcher import fetch_once
    from console.services.mail.lease import holder_name
    from console.services.mail.secrets import secret_store

    _refuse_replica(engine)
    taken = asyncio.run(
        fetch_once(sessions, secret_store(), utcnow, _print, args.mailbox, holder_name())
    )
    print(f"{len(taken)} messages taken in")
    return 0


def _run(args: argparse.Namespace, engine: Any, sessions: Any) -> int:
    return _service(engine, sessions, poll_seconds=args.poll_seconds, only=None)


def _service(engine: Any, sessions: Any, *, poll_seconds: int, only: str | None) -> int:
    """Watch the mailboxes until SIGINT or SIGTERM; the leases are given up on the way out."""
    from console.model import utcnow
    from console.services.mail.fetcher import mailbox_places, run_service, watch_mailbox
    from console.services.mail.lease import holder_name
    from console.services.mail.secrets import secret_store

    _refuse_replica(engine)
    holder = holder_name()

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):  # Windows: Ctrl+C still works
                loop.add_signal_handler(sig, stop.set)
        _print(f"mail service {holder}: started")
        if only:
            (place,) = mailbox_places(sessions, only)
            await watch_mailbox(sessions, secret_store(), place, utcnow, _print, stop, holder,
                                poll_seconds)  # fmt: skip
        else:
            await run_service(sessions, secret_store(), utcnow, _print, stop, holder,
                              poll_seconds)  # fmt: skip
        _print(f"mail service {holder}: stopped")

    asyncio.run(main())
    return 0


def _triage(args: argparse.Namespace, engine: Any, sessions: Any) -> int:
    from console.cli.records import acting_user
    from console.services.mail import listings

    if args.triage_command == "accept":
        client_id = _client_named(sessions, args.client)
        reference = listings.accept_triage(
            sessions, acting_user(args, sessions), _id(args.id), client_id
        )
        print(f"{args.id}: ticket {reference} for {args.client}")
        return 0
    if args.triage_command == "dismiss":
        listings.dismiss_triage(sessions, acting_user(args, sessions), _id(args.id))
        print(f"{args.id}: dismissed")
        return 0
    rows = listings.triage_list(sessions, open_only=not args.all)
    for r in rows:
        who = f"{r.sender_name} <{r.sender}>" if r.sender_name else r.sender
        hint = f"; this address serves {r.suggested_client}" if r.suggested_client else ""
        done = f" [{r.resolution}{' ' + r.ticket if r.ticket else ''}]" if r.resolution else ""
        print(f"{r.id}  {r.received_at:%Y-%m-%d %H:%M}  {r.mailbox}  {who}: {r.subject!r}"
              f"  ({r.reason}{hint}){done}")  # fmt: skip
    print(f"{len(rows)} messages from unknown senders")
    return 0


def _client_named(sessions: Any, name: str) -> uuid.UUID:
    from sqlalchemy import func, select

    from console.model import Client

    with sessions() as session:
        found = session.scalars(select(Client.id).where(func.lower(Client.name) == name.lower()))
        ids = list(found)
    if len(ids) != 1:
        raise UserError(f"no single client is called {name!r}")
    return ids[0]


def _quarantine(args: argparse.Namespace, engine: Any, sessions: Any) -> int:
    from console.cli.records import acting_user
    from console.services.mail import listings

    if args.quarantine_command == "show":
        data = listings.quarantined_message(sessions, _id(args.id))
        if args.output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            with open(args.output, "wb") as file:
                file.write(data)
        return 0
    if args.quarantine_command == "dismiss":
        listings.dismiss_quarantine(sessions, acting_user(args, sessions), _id(args.id))
        print(f"{args.id}: dismissed")
        return 0
    rows = listings.quarantine_list(sessions, open_only=not args.all)
    for r in rows:
        print(f"{r.id}  {r.received_at:%Y-%m-%d %H:%M}  {r.mailbox} UID {r.uid}  "
              f"{r.size_bytes} bytes, moved to {r.folder}: {r.reason}")  # fmt: skip
    print(f"{len(rows)} messages in quarantine")
    return 0
