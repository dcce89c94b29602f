"""Dispatch checks for a visit request (C1, D1-D10, E7) and ranking of engineers.

A check returns findings: errors block saving, warnings flag, notes inform. Each names the
field and the rule. Only rules that allow it can be overridden, and only with a reason
(D5: a client who insists on a visit without a local contact).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo

from console.enums import SkillLevel
from console.errors import ValidationError
from console.rules import fields
from console.rules.calendar import calendar_for
from console.rules.languages import as_codes
from console.rules.schedule import Schedule
from console.rules.travel import Origin, Point, Trip, duration_words, gap_too_short, trip
from console.wording.phrases import Phrase, language_names, phrase

MINIMUM_CHARGED_HOURS = Decimal(2)  # D3
DEFAULT_RESERVED_HOURS = Decimal(2)  # D3: when none are given ...
DEFAULT_GRACE_MINUTES = 30  # ... plus 30 minutes of grace
RUSH_LEAD_TIME = timedelta(hours=24)  # D2
MAX_NEW_WORKSTATIONS_REGULAR = 3  # D10

SKILL_TOO_LOW = "skill {level} is below {wanted}"
ON_LEAVE = "on leave {day}: a colleague covers"
BLOCKER_RULES = {SKILL_TOO_LOW: "D4", ON_LEAVE: "D10"}
"""The rule behind a candidate's blocker, by its sentence; any other blocker is D1's."""
OVERRIDABLE = frozenset({"D5"})


class Severity(StrEnum):
    """How a finding affects saving the request."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@dataclass(frozen=True)
class Finding:
    """One result of the checks, for the dialog and the work order."""

    severity: Severity
    field: str
    rule: str
    text: Phrase | str
    """What the rule says, as a phrase the window words in its language."""

    @property
    def message(self) -> str:
        """The sentence in English."""
        return str(self.text)

    def __str__(self) -> str:
        return f"{self.severity.value} {self.rule} {self.field}: {self.message}"


@dataclass(frozen=True)
class Person:
    """A contact as the checks need it."""

    name: str
    phone: str


@dataclass
class VisitRequest:
    """The D1 fields of a visit request, as plain data from a dialog or the store."""

    requested_at: datetime
    planned_start: datetime | None
    reserved_hours: Decimal | None = None
    skill_level: SkillLevel | None = None
    engineers_needed: int = 1
    languages: Sequence[str] = ()
    urgency_class: int = 2
    local_contact: Person | None = None
    ordering_engineer: Person | None = None
    address: str = ""
    map_url: str | None = None
    floor: str | None = None
    entry_instructions: str | None = None
    items: Sequence[str] = ()
    paperwork: Sequence[str] = ()
    work_description: str = ""
    instructions_attached: bool = False
    onsite_assistance: bool = False
    regular: bool = False
    new_workstations: int = 0
    overrides: Mapping[str, str] = field(default_factory=dict)  # rule id -> reason


@dataclass(frozen=True)
class ClientTerms:
    """What the client's contracts and papers say, as the checks need it."""

    has_retainer: bool  # C1
    retainer_covers_rush: bool = False  # D2: a retainer with a suitable service level
    nda_on_file: bool = False  # E7


Period = tuple[date, date | None]
"""A contract's first and last day in force (None: open-ended)."""


def retainer_on(retainers: Sequence[Period], day: date) -> bool:
    """Whether one of the client's retainers is in force on ``day``, its last day included
    (C1, D2): a retainer that ended, or has not begun, promises nothing for that day."""
    return any(start <= day and (end is None or day <= end) for start, end in retainers)


def waiting_order(retainer: bool, start: datetime) -> tuple[bool, datetime]:
    """Where a visit waiting for an engineer comes in the dispatcher's list (C1): the work
    of clients with a retainer in force first, then the soonest start. A client without one
    still gets its visit, after the retainer work."""
    return (not retainer, start)


def effective_reserved_hours(request: VisitRequest) -> tuple[Decimal, int]:
    """Reserved hours and grace minutes after D3 defaults: none given -> 2 h + 30 min."""
    if request.reserved_hours is None:
        return DEFAULT_RESERVED_HOURS, DEFAULT_GRACE_MINUTES
    return request.reserved_hours, 0


def reserved_window(
    planned_start: datetime, reserved_hours: Decimal | None, grace_minutes: int
) -> tuple[Decimal, int, datetime]:
    """D3 for a stored visit: reserved hours (2 h when none given), grace, and the end."""
    hours = DEFAULT_RESERVED_HOURS if reserved_hours is None else reserved_hours
    end = planned_start + timedelta(minutes=int(hours * 60) + grace_minutes)
    return hours, grace_minutes, end


def charged_hours(request: VisitRequest) -> Decimal:
    """Hours charged for the reservation: at least 2 (D3), also when entry failed (D8)."""
    hours, _grace = effective_reserved_hours(request)
    return max(hours, MINIMUM_CHARGED_HOURS)


def is_rush(request: VisitRequest) -> bool:
    """D2: the planned start is less than 24 hours after the request."""
    return (
        request.planned_start is not None
        and request.planned_start - request.requested_at < RUSH_LEAD_TIME
    )


def check_visit(request: VisitRequest, terms: ClientTerms) -> list[Finding]:
    """Every dispatch check on a request; errors first."""
    out: list[Finding] = []

    def add(sev: Severity, fld: str, rule: str, msg: Phrase | str) -> None:
        out.append(Finding(sev, fld, rule, msg))

    # D1: what a request must hold.
    if request.planned_start is None:
        add(
            Severity.ERROR,
            "planned_start",
            "D1",
            phrase("give the planned date and time of the visit"),
        )
    elif request.planned_start < request.requested_at:
        add(
            Severity.ERROR,
            "planned_start",
            "D1",
            phrase("the planned start lies before the request"),
        )
    if not request.address.strip():
        add(Severity.ERROR, "address", "D1", phrase("give the site's physical address"))
    if not request.map_url:
        add(
            Severity.WARNING,
            "map_url",
            "D1",
            phrase("add a map link so the engineer finds the site"),
        )
    if not request.work_description.strip():
        add(Severity.ERROR, "work_description", "D1", phrase("describe the work to be done"))
    if request.ordering_engineer is None:
        add(
            Severity.WARNING,
            "ordering_engineer",
            "D1",
            phrase("name the ordering party's engineer"),
        )
    # D1's checklist: what to bring and the papers due before the visit. A warning, not a
    # refusal: the seed lists them as what a request holds ("if required" for the papers),
    # and a visit with nothing special to bring is real; but a missing one is what leaves
    # the engineer at the door, and then the whole reservation is charged (D8).
    if not any(i.strip() for i in request.items):
        add(
            Severity.WARNING,
            "items",
            "D1",
            phrase(
                "nothing to bring is listed: name what the engineer brings (photo ID, laptop, "
                "cables, spare parts); only standard equipment comes otherwise"
            ),
        )
    if not any(p.strip() for p in request.paperwork):
        add(
            Severity.WARNING,
            "paperwork",
            "D1",
            phrase(
                "no papers are listed: say which are due before the visit (ID scan, signature, "
                "NDA, serial numbers); without them the engineer may not get in and the whole "
                "reservation is charged"
            ),
        )
    if request.engineers_needed < 1:
        add(Severity.ERROR, "engineers_needed", "D1", phrase("at least one engineer"))
    for who, person in (
        ("local_contact", request.local_contact),
        ("ordering_engineer", request.ordering_engineer),
    ):
        if person is not None:
            try:
                fields.phone_e164(person.phone, f"{who}.phone")
            except ValidationError as exc:
                add(Severity.ERROR, exc.field, "D1", exc.message)

    # D5: no engineer without a local contact, unless the client insists (recorded).
    if request.local_contact is None:
        reason = request.overrides.get("D5", "").strip()
        if reason:
            add(
                Severity.WARNING,
                "local_contact",
                "D5",
                phrase("no local contact; overridden: {reason}", reason=reason),
            )
        else:
            add(
                Severity.ERROR,
                "local_contact",
                "D5",
                phrase(
                    "no engineer is sent without a local contact unless the client insists "
                    "(record the reason to override)"
                ),
            )

    # E7: confidentiality.
    if not terms.nda_on_file:
        add(
            Severity.WARNING,
            "nda",
            "E7",
            phrase("no NDA on file: the provider's default NDA is accepted with this request"),
        )

    # D2: short lead time.
    if is_rush(request):
        if terms.has_retainer and terms.retainer_covers_rush:
            add(
                Severity.WARNING,
                "planned_start",
                "D2",
                phrase(
                    "less than 24 h ahead: the retainer covers the rush; the ordering party "
                    "is responsible if the visit fails through its fault"
                ),
            )
        else:
            add(
                Severity.WARNING,
                "planned_start",
                "D2",
                phrase(
                    "less than 24 h ahead: a rush fee applies and the ordering party is "
                    "responsible if the visit fails through its fault"
                ),
            )

    # D3: reserved hours.
    if request.reserved_hours is None:
        add(
            Severity.NOTE,
            "reserved_hours",
            "D3",
            phrase("none given: 2 h plus 30 min grace are reserved"),
        )
    elif request.reserved_hours < 0:
        add(Severity.ERROR, "reserved_hours", "D3", phrase("reserved hours cannot be negative"))
    elif request.reserved_hours < MINIMUM_CHARGED_HOURS:
        add(
            Severity.WARNING,
            "reserved_hours",
            "D3",
            phrase(
                "{hours} h reserved, but at least 2 h are charged", hours=request.reserved_hours
            ),
        )
    else:
        add(
            Severity.NOTE,
            "reserved_hours",
            "D3",
            phrase(
                "time beyond the reservation is not guaranteed and may be billed at a higher rate"
            ),
        )

    # D4: skill level.
    level = request.skill_level or SkillLevel.SENIOR
    if request.skill_level is None:
        add(Severity.NOTE, "skill_level", "D4", phrase("not given: a senior engineer is sent"))
    if level is SkillLevel.ENTRY and not (
        request.instructions_attached or request.onsite_assistance
    ):
        add(
            Severity.WARNING,
            "skill_level",
            "D4",
            phrase(
                "an entry/junior engineer needs on-site assistance unless well-written "
                "instructions are attached"
            ),
        )
    elif not request.onsite_assistance:
        # D7: at work, the client assists unless the work is simple and the engineer senior
        # or better; a visit booked without assistance says which it relies on
        add(
            Severity.NOTE,
            "onsite_assistance",
            "D7",
            phrase("none arranged: for simple work only"),
        )

    # D6: class 4 urgency.
    if request.urgency_class == 4:
        add(
            Severity.WARNING,
            "urgency_class",
            "D6",
            phrase("class 4, visit immediately: ask the client to phone; prepare resources now"),
        )
    elif not 1 <= request.urgency_class <= 4:
        add(Severity.ERROR, "urgency_class", "D6", phrase("urgency class is 1 to 4"))

    # C1: without a retainer, other prices and a lower priority.
    if not terms.has_retainer:
        add(
            Severity.WARNING,
            "contract",
            "C1",
            phrase("no retainer: the visit gets a lower priority and non-retainer prices"),
        )

    # D10: a regular visit connects at most 3 new workstations.
    if request.regular and request.new_workstations > MAX_NEW_WORKSTATIONS_REGULAR:
        add(
            Severity.ERROR,
            "new_workstations",
            "D10",
            phrase(
                "a regular visit connects at most {most} new workstations ({asked} asked): "
                "plan a project visit",
                most=MAX_NEW_WORKSTATIONS_REGULAR,
                asked=request.new_workstations,
            ),
        )

    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}
    return sorted(out, key=lambda f: order[f.severity])


def blocking(findings: Sequence[Finding]) -> list[Finding]:
    """The findings that stop a request from being saved."""
    return [f for f in findings if f.severity is Severity.ERROR]


def override_allowed(rule: str) -> bool:
    """Whether a rule may be overridden with a recorded reason."""
    return rule in OVERRIDABLE


# -- engineer matching ------------------------------------------------------------------


@dataclass(frozen=True)
class EngineerProfile:
    """What matching needs to know about one engineer."""

    id: uuid.UUID
    name: str
    skill_level: SkillLevel
    languages: frozenset[str]
    home_time_zone: str
    working_hours: Schedule
    leave: Sequence[tuple[date, date]] = ()
    bookings: Sequence[tuple[datetime, datetime]] = ()  # other visits, UTC
    load_hours: Decimal = Decimal(0)  # booked hours this week
    skills: frozenset[str] = frozenset()
    base: Point | None = None  # where the day starts, for travel to the first site
    base_name: str = ""  # the base's region or city, as the reasons name it
    stops: Sequence[Stop] = ()  # other visits with their sites, for travel between them


@dataclass(frozen=True)
class Stop:
    """Another visit of the engineer's, as travel needs it: when, and where (UTC)."""

    start: datetime
    end: datetime
    point: Point | None
    name: str


def origin_for(engineer: EngineerProfile, start: datetime) -> tuple[Origin, datetime | None]:
    """Where the engineer sets out for a visit at ``start``: the site of their previous
    visit that day (in their own zone), else their base; and when that visit ends."""
    zone = ZoneInfo(engineer.home_time_zone)
    day = start.astimezone(zone).date()
    before = [s for s in engineer.stops if s.end <= start and s.end.astimezone(zone).date() == day]
    if before:
        last = max(before, key=lambda s: s.end)
        return Origin(last.point, False, last.name), last.end
    return Origin(engineer.base, True, engineer.base_name), None


@dataclass
class Candidate:
    """One engineer's fit for a visit, with the reasons for the rank."""

    engineer: EngineerProfile
    eligible: bool
    after_hours: bool
    assigned: bool
    reasons: list[Phrase] = field(default_factory=list)
    blockers: list[Phrase] = field(default_factory=list)  # the reasons that make it ineligible
    missing_languages: tuple[str, ...] = ()
    """Languages the request names that this engineer does not speak (codes)."""
    trip: Trip | None = None
    """The estimated travel to the site, when the site was given."""
    tight: Phrase | None = None
    """Why the gap after the previous visit is shorter than the travel from it, if it is."""

    @property
    def travel_minutes(self) -> float:
        """Estimated minutes of travel; unknown travel ranks after every known one."""
        if self.trip is None or self.trip.time is None:
            return float("inf")
        return self.trip.time.total_seconds() / 60

    @property
    def sort_key(self) -> tuple[int, int, int, int, float, Decimal, str]:
        """Eligible first, then who speaks every language asked, the client's own engineer
        (D10), in hours, nearest, least load.

        Language comes before the assigned engineer: an engineer who cannot talk to the
        people on site fails the visit whoever he is; the assigned one lacking a language
        is still offered, with what he lacks named.
        """
        return (
            0 if self.eligible else 1,
            len(self.missing_languages),
            0 if self.assigned else 1,
            1 if self.after_hours else 0,
            self.travel_minutes,
            self.engineer.load_hours,
            self.engineer.name,
        )


def _on_leave(engineer: EngineerProfile, start: datetime, end: datetime) -> date | None:
    zone = ZoneInfo(engineer.home_time_zone)
    first, last = start.astimezone(zone).date(), end.astimezone(zone).date()
    for a, b in engineer.leave:
        if a <= last and first <= b:
            return max(a, first)
    return None


def rank_engineers(
    engineers: Sequence[EngineerProfile],
    start: datetime,
    hours: Decimal,
    skill_level: SkillLevel = SkillLevel.SENIOR,
    languages: Sequence[str] = (),
    assigned_engineer: uuid.UUID | None = None,
    travel_buffer: timedelta = timedelta(minutes=60),
    required_skills: Sequence[str] = (),
    *,
    with_travel: bool = False,
    site: Point | None = None,
) -> list[Candidate]:
    """Rank engineers for a visit; every candidate carries the reasons for its place.

    With ``with_travel``, the travel from the engineer's base or previous visit that day
    to ``site`` is estimated: nearer ranks higher, and more than a working day of travel
    blocks the engineer, whatever their skills.
    """
    end = start + timedelta(hours=float(hours))
    wanted_langs = as_codes(languages)
    out = []
    for eng in engineers:
        reasons: list[Phrase] = []
        blockers: list[Phrase] = []
        if eng.skill_level.rank < skill_level.rank:
            blockers.append(
                # literal, so the catalogue script finds it; BLOCKER_RULES names it too
                phrase("skill {level} is below {wanted}", level=eng.skill_level, wanted=skill_level)
            )
        else:
            reasons.append(phrase("skill {level}", level=eng.skill_level))
        missing_langs: list[str] = []
        if wanted_langs:
            spoken = wanted_langs & as_codes(eng.languages)
            missing_langs = sorted(wanted_langs - spoken)
            if not spoken:
                blockers.append(
                    phrase("speaks none of {languages}", languages=language_names(wanted_langs))
                )
            elif missing_langs:  # P4: still offered, with what he lacks named
                reasons.append(
                    phrase(
                        "speaks {languages} but not {missing}",
                        languages=language_names(spoken),
                        missing=language_names(missing_langs),
                    )
                )
            else:
                reasons.append(phrase("speaks {languages}", languages=language_names(spoken)))
        missing = [s for s in required_skills if s not in eng.skills]
        if missing:
            blockers.append(phrase("lacks {skills}", skills=missing))
        leave_day = _on_leave(eng, start, end)
        if leave_day is not None:
            blockers.append(phrase("on leave {day}: a colleague covers", day=leave_day))
        clash = next(
            (
                (a, b)
                for a, b in eng.bookings
                if a < end + travel_buffer and start - travel_buffer < b
            ),
            None,
        )
        if clash is not None:
            blockers.append(
                phrase(
                    "double-booked: another visit from {start} to {end} lies within the "
                    "{minutes} min travel buffer",
                    start=clash[0],
                    end=clash[1],
                    minutes=int(travel_buffer.total_seconds() // 60),
                )
            )
        cal = calendar_for(eng.working_hours, eng.home_time_zone)
        inside = cal.business_seconds_between(int(start.timestamp()), int(end.timestamp()))
        after_hours = inside < int((end - start).total_seconds())
        if after_hours:
            reasons.append(phrase("outside working hours: after-hours work"))
        assigned = assigned_engineer is not None and eng.id == assigned_engineer
        if assigned:
            reasons.append(phrase("the client's assigned engineer"))
        journey: Trip | None = None
        tight: Phrase | None = None
        if with_travel:
            origin, previous_end = origin_for(eng, start)
            journey = trip(origin, site)
            (blockers if journey.too_far else reasons).append(journey.reason)
            if previous_end is not None and gap_too_short(start - previous_end, journey.time):
                tight = phrase(
                    "only {gap} after the previous visit ends: too little for the travel",
                    gap=duration_words(start - previous_end),
                )
                reasons.append(tight)
        reasons.append(phrase("{hours} h booked this week", hours=eng.load_hours))
        fit = Candidate(eng, not blockers, after_hours, assigned, blockers + reasons, blockers)
        fit.missing_languages = tuple(missing_langs)
        fit.trip, fit.tight = journey, tight
        out.append(fit)
    return sorted(out, key=lambda c: c.sort_key)
