"""The confirmation of a ticket a client raised in the portal on their own replica (T2).

A client admin's replica holds no mail settings, so the ticket reaches the shared
database by sync with no confirmation queued. The desk's mail loop confirms such
tickets, each once, as it tells the visit steps (`visit_notices`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, select

from console.enums import Channel
from console.model import Ticket
from console.model.mail import MailKind, OutgoingMail
from console.services.acting import Sessions
from console.services.mail.outbox import TOLD_WITHIN, queue_confirmation, sending


def confirm_portal_tickets(sessions: Sessions, now: datetime) -> int:
    """Queue the confirmation of every portal ticket opened lately that has none; how
    many were queued. Nothing while sending is not set up."""
    with sessions() as session, session.begin():
        if sending(session) is None:
            return 0
        confirmed = exists().where(
            OutgoingMail.ticket_id == Ticket.id, OutgoingMail.kind == MailKind.CONFIRMATION
        )
        waiting = session.scalars(
            select(Ticket)
            .where(
                Ticket.channel == Channel.PORTAL,
                Ticket.opened_at > now - TOLD_WITHIN,
                Ticket.opened_at <= now,
                ~confirmed,
            )
            .order_by(Ticket.opened_at)
        ).all()
        return sum(queue_confirmation(session, t, None, now) is not None for t in waiting)
