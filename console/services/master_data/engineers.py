"""Engineers: skills and level, languages, base region and zone, hours, cost (D1, D4, D10)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.enums import SkillLevel
from console.errors import ValidationError
from console.model import Engineer
from console.rules.languages import not_a_language, read_languages
from console.rules.master_data import MasterKind
from console.rules.schedule import BASIS_10X5
from console.wording.phrases import phrase

from .common import (
    Record,
    Sessions,
    apply,
    check_change,
    find_one,
    record,
    refuse_first,
    writing,
)
from .fields import ENGINEER_FIELDS, Lookup, words

ENGINEER_SHOWN = (*ENGINEER_FIELDS, "active")


def engineer_problems(session: Session, engineer: Engineer) -> list[ValidationError]:
    """A second engineer of the same name could not be told apart on the command line."""
    if not engineer.name:
        return []
    same = select(Engineer.id).where(func.lower(Engineer.name) == engineer.name.lower())
    if engineer.id is not None:
        same = same.where(Engineer.id != engineer.id)
    if session.scalar(same.limit(1)) is None:
        return []
    return [
        ValidationError(
            "name", phrase("an engineer named {name} exists already", name=repr(engineer.name))
        )
    ]


def languages_as_codes(
    lookup: Lookup, values: Mapping[str, object]
) -> tuple[dict[str, object], list[ValidationError]]:
    """The values with languages given by name ("English", "Nederlands") as their codes.

    Matching compares codes (P4), so a name kept as typed would never match a request.
    """
    out = dict(values)
    if "languages" not in out:
        return out, []
    codes, unknown = read_languages(words(lookup, out["languages"], "languages"))
    out["languages"] = codes
    if unknown:
        return out, [ValidationError("languages", not_a_language(unknown))]
    return out, []


def build_engineer(
    lookup: Lookup, values: Mapping[str, object]
) -> tuple[Engineer, list[ValidationError]]:
    """A new engineer from plain values, and everything wrong with them."""
    engineer = Engineer(
        active=True,
        skill_level=SkillLevel.SENIOR,
        skills=[],
        languages=[],
        working_hours={d: [list(iv) for iv in ivs] for d, ivs in BASIS_10X5.items()},
        cost_currency="EUR",
    )
    values = {k: v for k, v in values.items() if not (k in _DEFAULTED and v in (None, ""))}
    values, refused = languages_as_codes(lookup, values)
    problems = apply(lookup, engineer, ENGINEER_FIELDS, values, "engineer", adding=True)
    return engineer, refused + problems + engineer_problems(lookup.session, engineer)


_DEFAULTED = ("skill_level", "working_hours", "cost_currency", "cost_rate")


def add_engineer(sessions: Sessions, user_id: uuid.UUID | None, **values: object) -> uuid.UUID:
    """Enter a new engineer; returns their id."""
    with writing(sessions, user_id) as session:
        check_change(session, user_id, MasterKind.ENGINEER, values)
        engineer, problems = build_engineer(Lookup(session), values)
        refuse_first(problems)
        session.add(engineer)
        session.flush()
        return engineer.id


def list_engineers(
    sessions: Sessions, search: str | None = None, *, include_inactive: bool = False
) -> list[Record]:
    """Engineers whose name, region, zone, e-mail or skills hold the search text."""
    text = (search or "").strip().lower()
    with sessions() as session:
        stmt = select(Engineer).order_by(func.lower(Engineer.name))
        if not include_inactive:
            stmt = stmt.where(Engineer.active.is_(True))
        out = []
        for e in session.scalars(stmt):
            seen = [e.name, e.region or "", e.home_time_zone, e.email or "", *(e.skills or [])]
            if text and not any(text in s.lower() for s in seen):
                continue
            out.append(record(e, ("name", "skill_level", "skills", "languages", "region",
                                  "home_time_zone", "active")))  # fmt: skip
        return out


def show_engineer(sessions: Sessions, engineer: object) -> Record:
    """An engineer's record, with the clients they are assigned to."""
    with sessions() as session:
        e = find_one(session, Engineer, engineer, "engineer")
        out = record(e, ENGINEER_SHOWN)
        out["clients"] = sorted(c.name for c in e.assigned_clients)
        return out


def edit_engineer(
    sessions: Sessions, user_id: uuid.UUID | None, engineer: object, **values: object
) -> None:
    """Change only the given fields of an engineer (cost: admin or service manager only)."""
    with writing(sessions, user_id) as session:
        check_change(session, user_id, MasterKind.ENGINEER, values)
        row = find_one(session, Engineer, engineer, "engineer")
        values, refused = languages_as_codes(Lookup(session), values)
        problems = apply(Lookup(session), row, ENGINEER_FIELDS, values, "engineer", adding=False)
        refuse_first(refused + problems + engineer_problems(session, row))


def deactivate_engineer(sessions: Sessions, user_id: uuid.UUID | None, engineer: object) -> None:
    """Take an engineer off the roster and the suggestions; their visits and time stay."""
    with writing(sessions, user_id) as session:
        check_change(session, user_id, MasterKind.ENGINEER, ("active",))
        row = find_one(session, Engineer, engineer, "engineer")
        if not row.active:
            raise ValidationError("engineer", phrase("{name} is inactive already", name=row.name))
        row.active = False
