"""Which ticket a message is about: the reference in its subject (T2), else the messages
it answers (In-Reply-To, References): the desk's own, which carry the reference, or
earlier messages from the client that made or noted a ticket."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.model import Ticket
from console.model.mail import ReceivedMessage
from console.rules.mail_intake import reference_in_message_ids, thread_keys
from console.services.mail.parsing import ParsedMail


def ticket_of(session: Session, mail: ParsedMail) -> Ticket | None:
    """The ticket a message belongs to, or None for a new matter."""
    keys = thread_keys(mail.subject, mail.in_reply_to, mail.references)
    for reference in (keys.subject_reference, reference_in_message_ids(keys.message_ids)):
        if reference is None:
            continue
        ticket = session.scalar(select(Ticket).where(Ticket.reference == reference))
        if ticket is not None:
            return ticket
    if not keys.message_ids:
        return None
    rows = session.execute(
        select(ReceivedMessage.message_id, ReceivedMessage.ticket_id).where(
            ReceivedMessage.message_id.in_(keys.message_ids),
            ReceivedMessage.ticket_id.is_not(None),
        )
    ).all()
    found = {message_id: ticket_id for message_id, ticket_id in rows}
    for message_id in keys.message_ids:  # the message it answers directly first
        if message_id in found:
            return session.get(Ticket, found[message_id])
    return None
