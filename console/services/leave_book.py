"""An engineer's leave on its own, as the command line keeps it: list, record, cancel.

The window's engineer dialog records and cancels leave with the rest of the engineer's
record (`roster.save_engineer`). Here the engineer is named (or given by id) and a leave
is named by its first day; the same role check and the same rules (D10) hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from console.enums import LeaveKind
from console.errors import ValidationError
from console.model import Engineer
from console.rules.master_data import MasterKind, check_master_change
from console.services.acting import Acting, Sessions, acting_role, reading, writing
from console.services.master_data.common import find_one
from console.services.roster import (
    NewLeave,
    PlannedLeave,
    add_leave,
    planned_leave,
    remove_leave,
)
from console.wording.phrases import phrase


@dataclass(frozen=True)
class EngineerLeave:
    """An engineer's current and coming leave, soonest first."""

    engineer: str
    leave: list[PlannedLeave]


def _engineer(session: Session, named: str) -> Engineer:
    """An active engineer by name or id."""
    return find_one(session, Engineer, named, "engineer", active=True)


def _today(engineer: Engineer, now: datetime) -> date:
    """The engineer's own day at ``now``: leave days are the engineer's days."""
    return now.astimezone(ZoneInfo(engineer.home_time_zone)).date()


def leave_of(sessions: Sessions, engineer: str, now: datetime) -> EngineerLeave:
    """The named engineer's leave that has not ended by their today."""
    with reading(sessions) as session:
        found = _engineer(session, engineer)
        return EngineerLeave(found.name, planned_leave(session, found.id, _today(found, now)))


def record_leave(
    sessions: Sessions, acting: Acting, engineer: str, leave: NewLeave
) -> PlannedLeave:
    """Record leave for the named engineer, if the acting user may keep the engineers'
    records; a refusal writes nothing."""
    with writing(sessions) as session:
        check_master_change(acting_role(session, acting), MasterKind.ENGINEER)
        found = _engineer(session, engineer)
        note = (leave.note or "").strip() or None
        saved = add_leave(session, found.id, leave.start, leave.end, leave.kind, note)
        return PlannedLeave(saved.id, saved.start_date, saved.end_date, leave.kind, note)


def cancel_leave(
    sessions: Sessions,
    acting: Acting,
    engineer: str,
    first_day: date,
    now: datetime,
    kind: LeaveKind | None = None,
) -> PlannedLeave:
    """Cancel the named engineer's leave that starts on ``first_day`` (of ``kind``, when
    two start that day) and has not ended."""
    with writing(sessions) as session:
        check_master_change(acting_role(session, acting), MasterKind.ENGINEER)
        found = _engineer(session, engineer)
        starting = [p for p in planned_leave(session, found.id, _today(found, now))
                    if p.start == first_day and kind in (None, p.kind)]  # fmt: skip
        if not starting:
            raise ValidationError(
                "--from",
                phrase("{engineer} has no leave to come starting on {day}", engineer=found.name,
                       day=first_day),
            )  # fmt: skip
        if len({p.kind for p in starting}) > 1:
            raise ValidationError(
                "--kind",
                phrase("more than one leave starts on {day}: give its kind", day=first_day),
            )
        gone = starting[0]  # the same days and kind twice: one goes, the other stays
        remove_leave(session, found.id, gone.id)
        return gone
