"""A running timer on the engineer's laptop: started on a ticket, stopped into a time entry.

The timer is kept in a small file in the user's data folder, one per user, so it survives
closing the console or the laptop's battery running out, and it needs no connection: it
is written to the local store only when it stops, through the same service as any other
entry (the overlap check included). A refused stop keeps the timer, so nothing is lost.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from console.enums import Phase, TicketStatus
from console.errors import UserError, ValidationError
from console.model import Engineer, Ticket
from console.paths import data_dir
from console.services.acting import Acting, Sessions, reading
from console.services.timekeeping import engineer_of, log_time
from console.wording.phrases import phrase


@dataclass(frozen=True)
class RunningTimer:
    """A timer that runs: on which ticket, for which engineer, since when (UTC)."""

    ticket_id: uuid.UUID
    ticket_reference: str
    engineer_id: uuid.UUID
    engineer: str
    phase: Phase
    started_at: datetime

    def elapsed_seconds(self, now: datetime) -> int:
        """Whole seconds since the timer started (never negative)."""
        return max(0, int((now - self.started_at).total_seconds()))


def timer_file(acting: Acting) -> Path:
    """The file that keeps this user's timer."""
    who = acting.user_id.hex if acting.user_id else "store-owner"
    return data_dir() / "timers" / f"{who}.json"


def running_timer(acting: Acting) -> RunningTimer | None:
    """The user's running timer, if any (a damaged file counts as none)."""
    path = timer_file(acting)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return RunningTimer(
            uuid.UUID(data["ticket_id"]), data["ticket_reference"],
            uuid.UUID(data["engineer_id"]), data["engineer"], Phase(data["phase"]),
            datetime.fromisoformat(data["started_at"]),
        )  # fmt: skip
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        return None


def _save(acting: Acting, timer: RunningTimer) -> None:
    path = timer_file(acting)
    path.parent.mkdir(parents=True, exist_ok=True)  # made when first needed, not when read
    data = {
        "ticket_id": str(timer.ticket_id),
        "ticket_reference": timer.ticket_reference,
        "engineer_id": str(timer.engineer_id),
        "engineer": timer.engineer,
        "phase": timer.phase.value,
        "started_at": timer.started_at.isoformat(),
    }
    spare = path.with_suffix(".tmp")
    spare.write_text(json.dumps(data, indent=1), encoding="utf-8")
    os.replace(spare, path)  # whole or not at all, should the laptop die while writing


def start_timer(
    sessions: Sessions,
    acting: Acting,
    ticket: str | uuid.UUID,
    now: datetime,
    *,
    phase: Phase = Phase.NONE,
    engineer_id: uuid.UUID | None = None,
) -> RunningTimer:
    """Start the user's timer on a ticket (by reference or id); refused while one runs."""
    running = running_timer(acting)
    if running is not None:
        raise ValidationError(
            "timer",
            phrase("runs already on {ticket}: stop it first", ticket=running.ticket_reference),
        )
    with reading(sessions) as session:
        if isinstance(ticket, uuid.UUID):
            found = session.get(Ticket, ticket)
        else:
            found = session.scalar(
                select(Ticket).where(func.upper(Ticket.reference) == ticket.strip().upper())
            )
        if found is None:
            raise ValidationError("ticket", phrase("no ticket {ticket}", ticket=str(ticket)))
        who = engineer_id or engineer_of(session, acting)
        if who is None:
            raise ValidationError(
                "engineer", phrase("the signed-in user is no engineer: name the engineer")
            )
        engineer = session.get(Engineer, who)
        if engineer is None:
            raise ValidationError("engineer", phrase("no engineer {name}", name=str(who)))
        timer = RunningTimer(
            found.id, found.reference, engineer.id, engineer.name, phase, now.replace(microsecond=0)
        )
    _save(acting, timer)
    return timer


def stop_timer(
    sessions: Sessions, acting: Acting, now: datetime, *, description: str = ""
) -> tuple[uuid.UUID, RunningTimer]:
    """Stop the user's timer into a time entry; the entry's id and the timer it was.

    Refused (the timer keeps running) when the time overlaps recorded work.
    """
    timer = running_timer(acting)
    if timer is None:
        raise UserError(phrase("no timer is running"))
    end = now.replace(microsecond=0)
    if end <= timer.started_at:
        raise ValidationError("timer", phrase("has run for less than a second"))
    entry_id = log_time(
        sessions, acting, ticket_id=timer.ticket_id, engineer_id=timer.engineer_id,
        started_at=timer.started_at, ended_at=end, now=now, phase=timer.phase,
        description=description,
    )  # fmt: skip
    timer_file(acting).unlink(missing_ok=True)
    return entry_id, timer


def discard_timer(acting: Acting) -> RunningTimer | None:
    """Throw the user's timer away without recording it; the timer it was, if any."""
    timer = running_timer(acting)
    timer_file(acting).unlink(missing_ok=True)
    return timer


def timer_tickets(sessions: Sessions, limit: int = 5000) -> list[str]:
    """Open tickets as "reference — title", newest first, to pick a timer's ticket by
    typing part of either (an engineer's replica holds only their own slice)."""
    with reading(sessions) as session:
        rows = session.execute(
            select(Ticket.reference, Ticket.title)
            .where(Ticket.status != TicketStatus.CLOSED)
            .order_by(Ticket.opened_at.desc())
            .limit(limit)
        ).all()
    return [f"{ref} — {title}" for ref, title in rows]


def ticket_of_choice(text: str) -> str:
    """The reference in a picked "reference — title", or the text as typed."""
    return text.split(" — ", 1)[0].strip()
