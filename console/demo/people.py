"""Demo step: engineers, their leave, and the desk's users."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from console.enums import Role, SkillLevel
from console.rules.schedule import BASIS_10X5

from .context import COUNTRY_WEIGHTS, RATE_SCALE, SPLIT_SHIFT, STAMP, DemoContext
from .places import home_city, near

STAFF = [
    ("admin", "Administrator", Role.ADMIN),
    ("desk.anna", "Anna Dekker", Role.DISPATCHER),
    ("desk.marco", "Marco Ruiz", Role.DISPATCHER),
    ("desk.yuki", "Yuki Tanaka", Role.DISPATCHER),
    ("mgr.lisa", "Lisa van Leeuwen", Role.SERVICE_MANAGER),
    ("mgr.oleg", "Oleg Petrov", Role.SERVICE_MANAGER),
]
"""The office: users who are not engineers."""

ENGINEER_COLUMNS = (
    *STAMP,
    "name",
    "email",
    "phone",
    "skill_level",
    "skills",
    "languages",
    "region",
    "home_time_zone",
    "base_latitude",
    "base_longitude",
    "working_hours",
    "cost_rate",
    "cost_currency",
    "active",
)


def add_people(ctx: DemoContext) -> None:
    """Write the engineers with their leave, then a user for the office and each engineer."""
    countries = list(COUNTRY_WEIGHTS)
    weights = list(COUNTRY_WEIGHTS.values())
    rows = []
    leave_rows = []
    skills = ctx.work["skills"]
    for n in range(ctx.size.engineers):
        # the first engineers cover every country, so every client has a local one
        country = (
            countries[n % len(countries)]
            if n < len(countries)
            else ctx.rng.choices(countries, weights)[0]
        )
        c = ctx.countries[country]
        zone, sub = ctx.rng.choice(c["zones"])
        langs = [c["language"]]
        if c["language"] != "en" and ctx.rng.random() < 0.85:
            langs.append("en")
        if country != "JP" and ctx.rng.random() < 0.08:
            langs.append("ja")
        # the draw stays, so the same seed still gives the same data after it
        if country == "JP" and ctx.rng.random() < 0.6 and "en" not in langs:
            langs.append("en")
        level = ctx.rng.choices(list(SkillLevel), [20, 55, 25])[0]
        hours = SPLIT_SHIFT if n % 9 == 4 else BASIS_10X5
        name = ctx.person(country)
        home = home_city(c, zone, sub)  # the city of their zone: no New Yorker in Los Angeles
        row = ctx.stamp(ctx.start) + (
            name,
            f"engineer{n + 1:03d}@dispatch.example",
            ctx.phone(country),
            level.value,
            sorted(ctx.rng.sample(skills, ctx.rng.randint(3, 6))),
            langs,
            home,
            zone,
            *near(home, n),
            hours,
            Decimal(ctx.rng.randint(35, 70)) * RATE_SCALE.get(c["currency"], Decimal(1)),
            c["currency"] if c["currency"] in RATE_SCALE else "EUR",
            True,
        )
        rows.append(row)
        ctx.engineers.append(row[0])
        ctx.engineer_country.append(country)
        ctx.engineer_langs.append(langs)
        ctx.engineer_zone.append(ZoneInfo(zone))
        for _ in range(ctx.rng.randint(1, 3)):
            first = ctx.today - timedelta(days=ctx.rng.randint(-40, 330))
            days = ctx.rng.randint(0, 9)
            ctx.leave.update((n, first + timedelta(days=k)) for k in range(days + 1))
            leave_rows.append(
                ctx.stamp(ctx.start)
                + (
                    row[0],
                    first,
                    first + timedelta(days=days),
                    "vacation",
                    None,
                )
            )
    ctx.insert("engineers", ENGINEER_COLUMNS, rows)
    ctx.insert(
        "leave",
        (
            *STAMP,
            "engineer_id",
            "start_date",
            "end_date",
            "kind",
            "note",
        ),
        leave_rows,
    )
    user_rows = []
    for username, display, role in STAFF:
        row = ctx.stamp(ctx.start) + (username, display, role.value, None, None, True)
        user_rows.append(row)
        ctx.users.setdefault(role, []).append(row[0])
    for n, eng in enumerate(ctx.engineers):
        # an engineer's user carries the engineer's name and e-mail address
        row = ctx.stamp(ctx.start) + (
            f"eng{n + 1:03d}",
            rows[n][4],
            Role.ENGINEER.value,
            rows[n][5],
            eng,
            True,
        )
        user_rows.append(row)
        ctx.users.setdefault(Role.ENGINEER, []).append(row[0])
    ctx.insert(
        "users",
        (
            *STAMP,
            "username",
            "display_name",
            "role",
            "email",
            "engineer_id",
            "active",
        ),
        user_rows,
    )
