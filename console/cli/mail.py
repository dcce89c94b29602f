"""`dispatch-console mail …`: the desk's mailboxes, fetching, and what waits for the desk.

mail mailboxes add|list|edit|remove|password   where mail comes from (passwords: keyring)
mail settings [--reopen-days N] [--attachment-limit-mb N]
mail fetch [--once] [--mailbox NAME]      take in what waits (--once: one pass, then stop)
mail run                                  the service: watch every mailbox, holding its lease,
                                          and send the outbox
mail smtp [--host H --port N --security S --user U --from A --password-stdin]
                                          the outgoing server (password: keyring)
mail send [--once]                        send what the outbox holds (--once: one pass)
mail outbox [list [--all]|retry ID]       mails waiting or failed, with why; send one again
mail opt-out ADDRESS [--undo]             a contact who wants no mail from the desk
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
from console.wording.phrases import Phrase


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
    edit = b_sub.add_parser(
        "edit", parents=[common], help="change a mailbox: its place, client, on or off"
    )
    edit.add_argument("name")
    edit.add_argument("--host", default=None, help="the IMAP server")
    edit.add_argument("--user", default=None, help="the user name to sign in with")
    edit.add_argument("--port", type=whole_number, default=None)
    edit.add_argument("--tls", choices=["tls", "none"], default=None)
    edit.add_argument("--folder", default=None, help="the folder to take mail from")
    edit.add_argument("--quarantine-folder", default=None, help="where unreadable mail is moved")
    serves = edit.add_mutually_exclusive_group()
    serves.add_argument("--client", default=None, help="the client this address serves")
    serves.add_argument("--shared", action="store_true", help="it serves every client")
    state = edit.add_mutually_exclusive_group()
    state.add_argument("--enable", dest="enabled", action="store_const", const=True,
                       default=None, help="take mail from it again")  # fmt: skip
    state.add_argument("--disable", dest="enabled", action="store_const", const=False,
                       help="leave it alone (what it took in stays)")  # fmt: skip
    add_as_option(edit)
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

    smtp = m_sub.add_parser("smtp", parents=[common], help="show or change the outgoing server")
    smtp.add_argument("--host", default=None, help="the SMTP server ('' to stop sending)")
    smtp.add_argument("--port", type=whole_number, default=None,
                      help="default: 587 (starttls), 465 (tls), 25 (none)")  # fmt: skip
    smtp.add_argument(
        "--security",
        choices=["starttls", "tls", "none"],
        default=None,
        help="starttls (default), tls (implicit), none (a server on this machine only)",
    )
    smtp.add_argument("--user", default=None, help="the user name to sign in with ('' for none)")
    smtp.add_argument("--from", dest="from_address", default=None, help="the address sent from")
    smtp.add_argument("--from-name", default=None, help="the name shown with it")
    smtp.add_argument(
        "--dispatcher", default=None,
        help="where deadline notices go (default: every dispatcher with an address)",
    )  # fmt: skip
    smtp.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add_as_option(smtp)
    send = m_sub.add_parser("send", parents=[common], help="send what the outbox holds")
    send.add_argument("--once", action="store_true", help="one pass, then stop")
    send.add_argument(
        "--poll-seconds", type=whole_number, default=15, help="how often to look (default 15)"
    )
    outbox = m_sub.add_parser("outbox", parents=[common], help="mails waiting or failed")
    outbox.add_argument("--all", action="store_true", help="sent and skipped ones too")
    o_sub = outbox.add_subparsers(dest="outbox_command", parser_class=Parser, metavar="ACTION")
    o_list = o_sub.add_parser("list", parents=[common], help="list them (the default)")
    o_list.add_argument("--all", action="store_true", help="sent and skipped ones too")
    add_as_option(o_list)
    retry = o_sub.add_parser("retry", parents=[common], help="send a failed mail again")
    retry.add_argument("id", help="the mail's id (see `mail outbox`)")
    add_as_option(retry)
    outbox.set_defaults(outbox_command="list")
    add_as_option(outbox)
    opt = m_sub.add_parser("opt-out", parents=[common], help="a contact wants no mail from us")
    opt.add_argument("address", help="the contact's e-mail address")
    opt.add_argument("--undo", action="store_true", help="they want mail again")
    opt.add_argument("--reason", default="", help="why, in a few words")
    add_as_option(opt)

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
        "smtp": _smtp,
        "send": _send,
        "outbox": _outbox,
        "opt-out": _opt_out,
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
    if args.mailboxes_command == "edit":
        box = service.edit_mailbox(
            sessions, user, secrets, args.name, host=args.host, port=args.port, tls=args.tls,
            username=args.user, folder=args.folder, quarantine_folder=args.quarantine_folder,
            client=args.client, shared=args.shared, enabled=args.enabled,
        )  # fmt: skip
        state = "enabled" if box.enabled else "disabled"
        serves = f" for {box.client}" if box.client else " (shared desk address)"
        print(f"{box.name}: {box.username} at {box.host}:{box.port} ({box.tls}), "
              f"folder {box.folder}{serves}; {state}")  # fmt: skip
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


def _print(line: Phrase | str) -> None:
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
    return _service(engine, sessions, poll_seconds=args.poll_seconds, only=None, sending=True)


def _smtp(args: argparse.Namespace, engine: Any, sessions: Any) -> int:
    from console.cli.records import acting_user
    from console.services.mail.outgoing import save_smtp_settings, smtp_settings
    from console.services.mail.secrets import secret_store

    secrets = secret_store()
    changes = (args.host, args.port, args.security, args.user, args.from_address,
               args.from_name, args.dispatcher)  # fmt: skip
    if any(v is not None for v in changes) or args.password_stdin:
        password = _password(args, "the outgoing server") if args.password_stdin else None
        shown = save_smtp_settings(
            sessions, acting_user(args, sessions), secrets, host=args.host, port=args.port,
            security=args.security, username=args.user, password=password,
            from_address=args.from_address, from_name=args.from_name,
            dispatcher_address=args.dispatcher,
        )  # fmt: skip
    else:
        shown = smtp_settings(sessions, secrets)
    if not shown.host:
        print("no outgoing server: nothing is queued or sent (set one with --host)")
        return 0
    who = f" as {shown.username}" if shown.username else ""
    key = "" if shown.has_password or not shown.username else ", NO PASSWORD KEPT"
    print(f"outgoing server: {shown.host}:{shown.port} ({shown.security}){who}{key}")
    sender = f"{shown.from_name} <{shown.from_address}>" if shown.from_name else shown.from_address
    print(f"sent from: {sender or shown.username}")
    print(f"deadline notices to: {shown.dispatcher_address or 'every dispatcher with an address'}")
    return 0


def _send(args: argparse.Namespace, engine: Any, sessions: Any) -> int:
    from console.model import utcnow
    from console.services.mail.outgoing import notify_desk
    from console.services.mail.secrets import secret_store
    from console.services.mail.sender import holder_name, send_due, smtp_account

    if not args.once:
        _refuse_replica(engine)
        from console.services.mail.lease import holder_name as service_holder
        from console.services.mail.sender import run_sender

        holder = service_holder()

        async def main() -> None:
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGINT, signal.SIGTERM):
                with contextlib.suppress(NotImplementedError):
                    loop.add_signal_handler(sig, stop.set)
            await run_sender(sessions, secret_store(), utcnow, _print, stop, holder,
                             args.poll_seconds, lambda now: notify_desk(sessions, now))  # fmt: skip

        asyncio.run(main())
        return 0
    _refuse_replica(engine)
    account = smtp_account(sessions, secret_store())
    notify_desk(sessions, utcnow())
    done = asyncio.run(send_due(sessions, account, utcnow, _print, holder_name()))
    settled = f", {done.settled} interrupted sends marked failed" if done.settled else ""
    print(f"sent {done.sent}, to try again later {done.retried}, failed {done.failed}{settled}")
    return 0


def _outbox(args: argparse.Namespace, engine: Any, sessions: Any) -> int:
    from console.cli.records import acting_user
    from console.services.mail.outgoing import outbox_list, retry_mail

    user = acting_user(args, sessions)
    if args.outbox_command == "retry":
        row = retry_mail(sessions, user, _id(args.id))
        print(f"{row.id}: to {row.recipient} queued again")
        return 0
    states = ("queued", "sending", "failed", "sent", "skipped") if args.all else (
        "queued", "sending", "failed")  # fmt: skip
    rows = outbox_list(sessions, user, states)
    for r in rows:
        about = f" [{r.ticket}]" if r.ticket and r.ticket not in r.subject else ""
        when = f", next try {r.next_attempt_at:%Y-%m-%d %H:%M}" if r.next_attempt_at else ""
        why = f": {r.last_error}" if r.last_error else ""
        print(f"{r.id}  {r.queued_at:%Y-%m-%d %H:%M}  {r.state}  {r.kind}  to {r.recipient}"
              f"{about}: {r.subject!r} ({r.attempts} attempts{when}){why}")  # fmt: skip
    print(f"{len(rows)} mails")
    return 0


def _opt_out(args: argparse.Namespace, engine: Any, sessions: Any) -> int:
    from console.cli.records import acting_user
    from console.services.mail.outgoing import contact_by_address, set_opt_out

    found = contact_by_address(sessions, args.address)
    if not found:
        raise UserError(f"no contact has the address {args.address}")
    user = acting_user(args, sessions)
    for contact_id, name, client in found:
        set_opt_out(sessions, user, contact_id, not args.undo, args.reason)
        state = "gets mail from the desk again" if args.undo else "gets no mail from the desk"
        print(f"{name} ({client}): {state}")
    return 0


def _service(
    engine: Any, sessions: Any, *, poll_seconds: int, only: str | None, sending: bool = False
) -> int:
    """Watch the mailboxes (and, for `mail run`, send the outbox) until SIGINT or SIGTERM;
    the leases are given up on the way out."""
    from console.model import utcnow
    from console.services.mail.fetcher import mailbox_places, run_service, watch_mailbox
    from console.services.mail.lease import holder_name
    from console.services.mail.outgoing import notify_desk
    from console.services.mail.secrets import secret_store
    from console.services.mail.sender import run_sender

    _refuse_replica(engine)
    holder = holder_name()
    has_mailboxes = bool(mailbox_places(sessions)) if not only else True

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):  # Windows: Ctrl+C still works
                loop.add_signal_handler(sig, stop.set)
        _print(f"mail service {holder}: started")
        work = []
        if only:
            (place,) = mailbox_places(sessions, only)
            work.append(watch_mailbox(sessions, secret_store(), place, utcnow, _print, stop,
                                      holder, poll_seconds))  # fmt: skip
        elif has_mailboxes or not sending:
            work.append(run_service(sessions, secret_store(), utcnow, _print, stop, holder,
                                    poll_seconds))  # fmt: skip
        if sending:
            work.append(run_sender(sessions, secret_store(), utcnow, _print, stop, holder,
                                   notices=lambda now: notify_desk(sessions, now)))  # fmt: skip
        await asyncio.gather(*work)
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
