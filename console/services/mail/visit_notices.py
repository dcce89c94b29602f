"""The client told of a visit as it goes (D7): who comes, with how to reach them, their
photos and a word to check their photo ID at the door, once the engineers are proposed;
and that the engineer is on site, once they arrive.

The steps are taken where the work is: an engineer marks the arrival on a laptop that
holds no mail settings, and it reaches the desk by sync. So the desk's mail loop looks
at the steps taken lately, wherever they were taken, and queues each notice once (its
dedupe key), as it does the deadline notices.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton, format_time
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import VisitStatus
from console.model import Engineer, Visit, VisitStatusChange
from console.model.mail import OutgoingMail
from console.services.acting import Sessions
from console.services.mail.outbox import TOLD_WITHIN, Sending, queue_visit_notice, sending
from console.wording.mail_texts import mail_text_for

TOLD = (VisitStatus.ENGINEER_PROPOSED, VisitStatus.ON_SITE)
"""The steps the client hears of."""


def notify_visits(sessions: Sessions, now: datetime) -> int:
    """Queue the client's notice of every visit step of `TOLD` taken lately (each once);
    how many were queued. Nothing while sending is not set up."""
    with sessions() as session, session.begin():
        settings = sending(session)
        if settings is None:
            return 0
        steps = session.scalars(
            select(VisitStatusChange)
            .where(
                VisitStatusChange.to_status.in_([s.value for s in TOLD]),
                VisitStatusChange.at > now - TOLD_WITHIN,
                VisitStatusChange.at <= now,
            )
            .order_by(VisitStatusChange.at)
        ).all()
        queued = 0
        for step in steps:
            key = f"visit:{VisitStatus(step.to_status).value}:{step.id.hex}"
            if session.scalar(select(OutgoingMail.id).where(OutgoingMail.dedupe_key == key)):
                continue
            if _queue(session, settings, step, key, now):
                queued += 1
        return queued


def _queue(
    session: Session, settings: Sending, step: VisitStatusChange, key: str, now: datetime
) -> bool:
    """One step's notice to the ticket's requester; False when there is nobody to tell."""
    visit: Visit = step.visit
    engineers = [ve.engineer for ve in visit.engineers]
    if not engineers:  # proposed with nobody named yet: nothing to tell
        return False
    zone = ZoneInfo(visit.site.time_zone or visit.ticket.client.time_zone)

    def said(language: str) -> dict[str, object]:
        text = mail_text_for(language)
        reach = text("visit_reach_desk")
        people = "; ".join(
            f"{e.name} ({', '.join(p for p in (e.phone, e.email) if p) or reach})"
            for e in engineers
        )
        return {
            "visit": visit.reference,
            "reference": visit.ticket.reference,
            "site": visit.site.name,
            "start": _when(visit.planned_start, zone, language),
            "at": _when(step.at, zone, language),
            "engineers": people,
            "names": ", ".join(e.name for e in engineers),
        }

    step_of = VisitStatus(step.to_status)
    photos: list[str] = []
    if step_of is VisitStatus.ENGINEER_PROPOSED:  # their photos, for the ID at the door
        with_photo = session.scalars(
            select(Engineer.id).where(
                Engineer.id.in_([e.id for e in engineers]), Engineer.photo.is_not(None)
            )
        )
        photos = [engineer_id.hex for engineer_id in with_photo]
    mail = queue_visit_notice(session, settings, visit, step_of, said, key, now, photos)
    return mail is not None


def _when(instant: datetime, zone: ZoneInfo, language: str) -> str:
    """An instant as the client's language writes a day and time, in the site's zone
    ("Tue, November 24 2:00 PM", "di 24 november 14:00", "11月24日火曜日 14:00")."""
    local = instant.astimezone(zone)
    day = format_skeleton("MMMMEEEEd", local, locale=language)
    return f"{day} {format_time(local, 'short', locale=language)}"
