"""Only one fetcher per mailbox: a lease in the shared store, renewed while it works.

A lease names its holder and runs out by itself, so a fetcher that dies (kill -9, a
laptop closed) stops holding it within one lease time. Taking and renewing are one short
transaction each; the row version makes two takers of an expired lease find out, and
the unique mailbox makes two first takers find out.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from console.ids import new_id
from console.model.mail import FetchLease
from console.services.master_data.common import Sessions

LEASE_TIME = timedelta(seconds=90)
"""How long a lease lasts without renewal."""


def holder_name() -> str:
    """Who this process is, in words the desk recognises: host, process and a token."""
    return f"{socket.gethostname()}:{os.getpid()}:{new_id().hex[:8]}"[:200]


def take_lease(
    sessions: Sessions,
    mailbox_id: uuid.UUID,
    holder: str,
    now: datetime,
    lease_time: timedelta = LEASE_TIME,
) -> bool:
    """Take or renew the mailbox's lease; False while another holder's is running."""
    try:
        with sessions() as session, session.begin():
            lease = session.scalar(
                select(FetchLease).where(FetchLease.mailbox_id == mailbox_id).with_for_update()
            )
            if lease is None:
                session.add(FetchLease(id=new_id(), mailbox_id=mailbox_id, holder=holder,
                                       acquired_at=now, expires_at=now + lease_time))  # fmt: skip
                return True
            if lease.holder != holder and lease.expires_at > now:
                return False
            if lease.holder != holder:
                lease.holder, lease.acquired_at = holder, now
            lease.expires_at = now + lease_time
            return True
    except (IntegrityError, StaleDataError):
        return False  # another process took it in the same instant


def lease_holder(sessions: Sessions, mailbox_id: uuid.UUID, now: datetime) -> str | None:
    """Who holds the mailbox's running lease, if anyone."""
    with sessions() as session:
        lease = session.scalar(select(FetchLease).where(FetchLease.mailbox_id == mailbox_id))
        return lease.holder if lease is not None and lease.expires_at > now else None


def release_lease(sessions: Sessions, mailbox_id: uuid.UUID, holder: str) -> None:
    """Give the lease up at once (a clean stop), if this holder has it."""
    with sessions() as session, session.begin():
        session.execute(
            delete(FetchLease).where(
                FetchLease.mailbox_id == mailbox_id, FetchLease.holder == holder
            )
        )
