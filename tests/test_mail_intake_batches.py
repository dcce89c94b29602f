"""The intake takes messages in a batch per transaction against the real test Dovecot:
with duplicates among them and a kill -9 amid a batch's transaction, and another between
a batch's commit and telling the server, every message is recorded exactly once and
every distinct message is one ticket (never twice, never lost)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from functools import partial
from pathlib import Path

import pytest
from mailserver import support
from sqlalchemy import Engine, delete, select

from console.model import Ticket
from console.model.mail import FetchLease, MailOutcome, ReceivedMessage
from console.services.mail.fetcher import BATCH, KILL_VARIABLE, fetch_once
from console.services.mail.imap import TAKEN
from console.services.mail.mailboxes import add_mailbox
from console.services.mail.secrets import SECRETS_FOLDER, FolderSecrets
from console.services.master_data import clients
from console.sync.session import store_session

ACME = {"country": "NL", "time_zone": "Europe/Amsterdam", "locale": "nl_NL", "currency": "EUR"}
UNIQUE = 2 * BATCH + 20
"""Distinct messages: two whole batches and part of a third."""


@pytest.fixture
def folder() -> Iterator[str]:
    support.require_server()
    name = support.new_folder()
    yield name
    support.drop_folder(name)


def _message(message_id: str, number: int) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Eva Smit <eva@acme.example>"
    mail["To"] = support.USER
    mail["Subject"] = f"Printer {number} broken"
    mail["Message-ID"] = message_id
    mail.set_content(f"Printer {number} prints nothing.")
    return mail.as_bytes(policy=SMTP)


def _fill(folder: str) -> list[str]:
    """The messages in the folder, in order, with duplicates: one next to its first copy
    (the same batch) and others a batch or more later. Each message's Message-ID."""
    ids = [f"<{uuid.uuid4().hex}@acme.example>" for _ in range(UNIQUE)]
    order = list(range(UNIQUE))
    order.insert(3, 2)  # the same batch
    order.insert(BATCH + 5, 0)  # the next batch
    order += [BATCH + 1, 2 * BATCH + 3]  # the last batch
    with support.imap() as connection:
        for number in order:
            status, data = connection.append(folder, None, None, _message(ids[number], number))
            assert status == "OK", data
    return [ids[number] for number in order]


def _crash(sqlite_path: Path, secrets_dir: Path, point: str) -> None:
    env = {**os.environ, KILL_VARIABLE: point, SECRETS_FOLDER: str(secrets_dir)}
    crashed = subprocess.run(
        [sys.executable, "-m", "console", "--db", str(sqlite_path), "mail", "fetch", "--once"],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert crashed.returncode == -9, crashed.stdout + crashed.stderr


def _recorded(store: Engine) -> list[tuple[int, str | None, MailOutcome]]:
    with store_session(store) as session:
        rows = session.execute(
            select(ReceivedMessage.uid, ReceivedMessage.message_id, ReceivedMessage.outcome)
        ).all()
        return [(uid, message_id, outcome) for uid, message_id, outcome in rows]


def _expire_leases(store: Engine) -> None:
    """The dead fetcher's lease, run out (as it does by itself after LEASE_TIME)."""
    with store_session(store) as session, session.begin():
        session.execute(delete(FetchLease))


def _taken(folder: str) -> set[int]:
    return {uid for uid, flags in support.flags(folder).items() if TAKEN in flags}


def test_batches_with_duplicates_and_two_kills_take_every_message_in_exactly_once(
    store: Engine, folder: str, sqlite_path: Path, tmp_path: Path
) -> None:
    sessions = partial(store_session, store)
    acme = clients.add_client(sessions, None, name="Acme", email_domain="acme.example", **ACME)
    clients.add_contact(sessions, None, acme, name="Eva Smit", role="requester",
                        phone="+31201234567", email="eva@acme.example")  # fmt: skip
    secrets = FolderSecrets(tmp_path / "secrets")
    add_mailbox(
        sessions, None, secrets, name="desk", host=support.HOST, port=support.PORT,
        tls="none", username=support.USER, password=support.PASSWORD, folder=folder,
        quarantine_folder=f"{folder}/Quarantine",
    )  # fmt: skip
    message_ids = _fill(folder)
    uids = sorted(support.flags(folder))
    assert len(uids) == len(message_ids)

    # killed amid the second batch's transaction: the first batch is in and marked, none
    # of the second is in the store or marked
    _crash(sqlite_path, tmp_path / "secrets", "in_batch:2")
    assert sorted(uid for uid, _m, _o in _recorded(store)) == uids[:BATCH]
    assert _taken(folder) == set(uids[:BATCH])

    # killed after the next batch committed, before the server was told
    _expire_leases(store)
    _crash(sqlite_path, tmp_path / "secrets", "after_commit:1")
    assert sorted(uid for uid, _m, _o in _recorded(store)) == uids[: 2 * BATCH]
    assert _taken(folder) == set(uids[:BATCH])

    _expire_leases(store)
    now = datetime.now(UTC)
    taken = asyncio.run(fetch_once(sessions, secrets, lambda: now, print, None, "test"))
    assert [t.result.already for t in taken] == [True] * BATCH + [False] * (len(uids) - 2 * BATCH)

    recorded = _recorded(store)
    assert sorted(uid for uid, _m, _o in recorded) == uids  # each message once, none lost
    assert _taken(folder) == set(uids)
    outcomes = Counter(outcome for _u, _m, outcome in recorded)
    assert outcomes == {MailOutcome.TICKET: UNIQUE, MailOutcome.DUPLICATE: len(uids) - UNIQUE}
    with store_session(store) as session:
        assert len(session.scalars(select(Ticket.id)).all()) == UNIQUE
    firsts = [m or "" for _u, m, o in recorded if o is MailOutcome.TICKET]
    assert sorted(firsts) == sorted(set(message_ids))
