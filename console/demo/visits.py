"""Demo step: on-site visits with their engineers, status history and checklists."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from console.enums import (
    ChecklistKind,
    ChecklistState,
    EngineerRole,
    SkillLevel,
    TicketCategory,
    VisitStatus,
)
from console.rules.references import Series, final_reference

from .context import STAMP, DemoClient, DemoContext

# The D7 life cycle of a visit, from the request to the completed work.
D7 = [
    VisitStatus.REQUESTED,
    VisitStatus.AVAILABILITY_CHECKED,
    VisitStatus.ENGINEER_PROPOSED,
    VisitStatus.APPROVED,
    VisitStatus.EN_ROUTE,
    VisitStatus.ON_SITE,
    VisitStatus.WORKING,
    VisitStatus.COMPLETED,
]
VISIT_COLUMNS = (
    *STAMP,
    "reference",
    "ticket_id",
    "site_id",
    "status",
    "requested_at",
    "planned_start",
    "reserved_hours",
    "grace_minutes",
    "skill_level",
    "engineers_needed",
    "languages",
    "urgency_class",
    "local_contact_id",
    "ordering_engineer_id",
    "work_description",
    "target_hardware",
    "work_sequence",
    "confirm_before",
    "confirm_after",
    "documents_needed",
    "instructions_attached",
    "onsite_assistance",
    "travel_needed",
    "regular",
    "new_workstations",
    "rush",
    "approved_at",
    "arrived_at",
    "departed_at",
    "leave_approved_by_name",
    "leave_approved_at",
)
_NEEDED = VISIT_COLUMNS.index("engineers_needed")
CHECKLIST_COLUMNS = (
    *STAMP,
    "visit_id",
    "kind",
    "label",
    "state",
    "position",
)


TRAVEL_GAP = timedelta(hours=1)
"""What the demo leaves free between one engineer's visits: the way to the next site."""


class _Crews:
    """Engineers for visits as a desk would send them: in the client's zone (else its
    country), speaking its language, free at the time; the client's own engineer first,
    then the least busy, then the first listed.

    Each engineer's visits are kept sorted by start, so whether one is free is a
    bisection, and each pool of engineers keeps them by how many visits they have, so the
    least busy are found without sorting the pool for every visit: at a million tickets
    sorting and scanning every engineer's visits for each visit took hours.
    """

    def __init__(self, ctx: DemoContext) -> None:
        self._ctx = ctx
        self._starts: dict[int, list[datetime]] = {}
        self._ends: dict[int, list[datetime]] = {}
        self._longest: dict[int, timedelta] = {}
        self._load: dict[int, int] = {}
        # per pool (zone, country, language): engineers by load, each list ascending
        self._pools: dict[tuple[object, ...], tuple[frozenset[int], dict[int, list[int]]]] = {}
        self._member_of: dict[int, list[dict[int, list[int]]]] = {}

    def _pool(self, client: DemoClient) -> tuple[frozenset[int], dict[int, list[int]]]:
        ctx = self._ctx
        language = client.languages[0] if client.languages else None
        key = (client.zone, client.country, language)
        found = self._pools.get(key)
        if found is None:
            everyone = range(len(ctx.engineers))
            near = [i for i in everyone if ctx.engineer_zone[i] == client.zone] or [
                i for i in everyone if ctx.engineer_country[i] == client.country
            ]
            speaking = [i for i in near if language is None or language in ctx.engineer_langs[i]]
            pool = speaking or near or list(everyone)
            by_load: dict[int, list[int]] = {}
            for i in pool:  # ascending, as everyone is
                by_load.setdefault(self._load.get(i, 0), []).append(i)
                self._member_of.setdefault(i, []).append(by_load)
            found = self._pools[key] = (frozenset(pool), by_load)
        return found

    def _free(self, i: int, start: datetime, end: datetime) -> bool:
        """No visit of the engineer within the travel gap of [start, end)."""
        starts = self._starts.get(i)
        if not starts:
            return True
        ends = self._ends[i]
        # a visit that could reach into the window starts after start - gap - longest
        first = bisect_right(starts, start - TRAVEL_GAP - self._longest[i])
        last = bisect_left(starts, end + TRAVEL_GAP)
        return all(ends[k] + TRAVEL_GAP <= start for k in range(first, last))

    def _book(self, i: int, start: datetime, end: datetime) -> None:
        starts = self._starts.setdefault(i, [])
        at = bisect_right(starts, start)
        starts.insert(at, start)
        self._ends.setdefault(i, []).insert(at, end)
        self._longest[i] = max(self._longest.get(i, timedelta(0)), end - start)
        load = self._load.get(i, 0)
        self._load[i] = load + 1
        for by_load in self._member_of.get(i, ()):
            by_load[load].remove(i)
            if not by_load[load]:
                del by_load[load]
            insort(by_load.setdefault(load + 1, []), i)

    def crew(self, client: DemoClient, start: datetime, end: datetime, needed: int) -> list[int]:
        """Book ``needed`` engineers for a visit from start to end (one, busy or not, when
        nobody is free)."""
        members, by_load = self._pool(client)
        own = client.engineer if client.engineer in members else None

        def in_order() -> Iterator[int]:
            if own is not None:
                yield own
            for load in sorted(by_load):
                for i in by_load[load]:
                    if i != own:
                        yield i

        crew: list[int] = []
        first = None
        for i in in_order():
            if first is None:
                first = i
            if self._free(i, start, end):
                crew.append(i)
                if len(crew) == needed:
                    break
        if not crew and first is not None:
            crew = [first]
        for i in crew:
            self._book(i, start, end)
        return crew


def add_visits(ctx: DemoContext) -> None:
    """Write visits for tickets other than service requests; fills ``ctx.visit_info``."""
    rng = ctx.rng
    candidates = [
        i for i, t in enumerate(ctx.tickets) if t.category is not TicketCategory.SERVICE_REQUEST
    ]
    chosen = sorted(rng.sample(candidates, min(ctx.size.visits, len(candidates))))
    out = ctx.batches(
        visits=VISIT_COLUMNS,
        visit_engineers=("visit_id", "engineer_id", "role"),
        visit_status_changes=(
            "id", "visit_id", "at", "from_status", "to_status", "by_user_id", "note"
        ),
        visit_checklist=CHECKLIST_COLUMNS,
    )  # fmt: skip
    rows, engineers = out["visits"], out["visit_engineers"]
    history, checklist = out["visit_status_changes"], out["visit_checklist"]
    counters: dict[int, int] = {}
    crews = _Crews(ctx)
    for ti in chosen:
        t = ctx.tickets[ti]
        client = ctx.clients[t.client]
        # nobody asks for a visit, or approves one, after the demo's now
        requested = min(t.opened + timedelta(minutes=rng.randint(5, 240)), ctx.now)
        lead_hours = rng.choice([2, 6, 20, 26, 30, 48, 72, 96, 120, 168]) if not t.emergency else 1
        # planned within the client's working day, unless it is an emergency
        local = (requested + timedelta(hours=lead_hours)).astimezone(client.zone)
        if not t.emergency and local.hour < 8:
            local = local.replace(hour=9, minute=0)
        elif not t.emergency and local.hour >= 17:
            local = (local + timedelta(days=1)).replace(hour=9, minute=0)
        planned = local.astimezone(UTC)
        reserved = rng.choice(
            [None, Decimal(2), Decimal(2), Decimal(3), Decimal(4), Decimal("6.5")]
        )
        hours = reserved if reserved is not None else Decimal("2.5")
        if planned + timedelta(hours=float(hours)) < ctx.now:
            roll = rng.random()
            status = (
                VisitStatus.COMPLETED
                if roll < 0.92
                else VisitStatus.NO_ACCESS
                if roll < 0.95
                else VisitStatus.CANCELLED
            )
        else:
            status = rng.choice(D7[:4])
        year = requested.year
        counters[year] = counters.get(year, 0) + 1
        level = rng.choices(list(SkillLevel), [15, 65, 20])[0]
        site = rng.choice(client.sites)
        local_contact = client.local_contacts.get(site) if rng.random() < 0.95 else None
        approved = planned - timedelta(hours=min(lead_hours / 2, 12))
        if approved < requested:
            approved = requested + (planned - requested) / 2
        if approved > ctx.now:  # a visit ahead, approved since it was asked for
            approved = requested + (ctx.now - requested) / 2
        # how far along D7 the visit got: a no-access visit reached the site
        reached = (
            D7.index(status)
            if status in D7
            else (D7.index(VisitStatus.ON_SITE) if status is VisitStatus.NO_ACCESS else 2)
        )
        arrived = planned + timedelta(minutes=rng.randint(-10, 25)) if reached >= 5 else None
        departed = (
            arrived + timedelta(hours=float(hours)) + timedelta(minutes=rng.randint(-30, 45))
            if arrived and status is VisitStatus.COMPLETED
            else None
        )
        row = ctx.stamp(requested) + (
            final_reference(Series.VISIT, year, counters[year]),
            t.id,
            site,
            status.value,
            requested,
            planned,
            reserved,
            30,
            level.value,
            2 if rng.random() < 0.08 else 1,
            [client.languages[0]] + (["en"] if rng.random() < 0.3 else []),
            4 if t.emergency else rng.choice([1, 2, 2, 3]),
            local_contact,
            client.ordering,
            "Replace the faulty unit, confirm services are back, label the cabling.",
            rng.choice(
                [
                    "HPE ProLiant DL380",
                    "Cisco Catalyst 9300",
                    "Synology RS1221+",
                    "HP LaserJet M607",
                ]
            ),
            "1. Announce arrival at reception\n2. Confirm backup before work\n"
            "3. Perform work\n4. Test with the local contact",
            "Confirm a recent backup exists.",
            "Client confirms the service works.",
            "Rack diagram, admin credentials via the password vault.",
            rng.random() < 0.6,
            level is SkillLevel.ENTRY,
            rng.random() < 0.05,
            rng.random() < 0.2,
            rng.choice([0, 0, 0, 1, 2, 3]),
            lead_hours < 24,
            approved if reached >= 3 else None,
            arrived,
            departed,
            # D7: a completed visit ended with the local contact letting the engineer go
            (ctx.contact_names.get(local_contact) if local_contact else None) or "Reception"
            if departed
            else None,
            departed,
        )
        rows.append(row)
        end = departed or planned + timedelta(hours=float(hours))
        assigned = crews.crew(client, planned, end, row[_NEEDED])
        lead = assigned[0]
        # engineers are named from ENGINEER_PROPOSED on
        if reached >= 2:
            for k, e in enumerate(assigned):
                role = EngineerRole.LEAD if k == 0 else EngineerRole.ASSIST
                engineers.append((row[0], ctx.engineers[e], role.value))
        if status in (VisitStatus.COMPLETED, VisitStatus.NO_ACCESS):
            ctx.visit_info.add(ti, (row[0], lead, planned, end))
        when = requested
        previous: str | None = None
        path = D7[: reached + 1] + ([status] if status not in D7 else [])
        for step in path:
            history.append((ctx.new_id(), row[0], when, previous, step.value, None, None))
            previous = step.value
            when = min(when + timedelta(minutes=rng.randint(10, 240)), max(when, ctx.now))
        for pos, label in enumerate(rng.sample(ctx.work["items"], rng.randint(1, 3))):
            checklist.append(
                ctx.stamp(requested)
                + (
                    row[0],
                    ChecklistKind.ITEM.value,
                    label,
                    ChecklistState.DONE.value if reached >= 4 else ChecklistState.PENDING.value,
                    pos,
                )
            )
        if rng.random() < 0.6:
            label = rng.choice(ctx.work["paperwork"])
            checklist.append(
                ctx.stamp(requested)
                + (
                    row[0],
                    ChecklistKind.PAPERWORK.value,
                    label,
                    ChecklistState.DONE.value if reached >= 3 else ChecklistState.PENDING.value,
                    9,
                )
            )
        out.tick()
    out.close()
    for year, n in counters.items():
        ctx.sequences[(Series.VISIT.value, year)] = n + 1
