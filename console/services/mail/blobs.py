"""Files kept once: a content stored under its SHA-256, however many messages carry it."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.ids import new_id
from console.model.mail import MailBlob


def keep_blob(session: Session, data: bytes) -> MailBlob:
    """The stored blob with these bytes, added if no blob has them yet."""
    digest = hashlib.sha256(data).hexdigest()
    found = session.scalar(select(MailBlob).where(MailBlob.sha256 == digest))
    if found is not None:
        return found
    blob = MailBlob(id=new_id(), sha256=digest, size_bytes=len(data), data=data)
    session.add(blob)
    session.flush()  # before the rows that point at it (no relationship orders them)
    return blob


def blob_bytes(session: Session, sha256: str) -> bytes | None:
    """The bytes stored under a SHA-256, if any."""
    return session.scalar(select(MailBlob.data).where(MailBlob.sha256 == sha256))
