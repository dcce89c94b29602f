"""Demo step: clients, their sites, and their contacts."""

from __future__ import annotations

from decimal import Decimal
from zoneinfo import ZoneInfo

from console.enums import ContactRole, Role

from .context import COUNTRY_WEIGHTS, STAMP, DemoClient, DemoContext
from .places import near


def _company(ctx: DemoContext, country: str) -> str:
    c = ctx.countries[country]
    word, kind, form = (
        ctx.rng.choice(c["company_words"]),
        ctx.rng.choice(c["company_kinds"]),
        ctx.rng.choice(c["company_forms"]),
    )
    if country == "JP":
        return f"{form}{word}{kind}"
    if country == "RU":
        return f"{form} «{word}-{kind}»"
    return f"{word} {kind} {form}"


def add_clients(ctx: DemoContext) -> None:
    """Write the clients with their sites and contacts, and fill ``ctx.clients``."""
    countries = list(COUNTRY_WEIGHTS)
    weights = list(COUNTRY_WEIGHTS.values())
    client_rows: list[tuple[object, ...]] = []
    site_rows: list[tuple[object, ...]] = []
    contact_rows: list[tuple[object, ...]] = []
    managers = ctx.users[Role.SERVICE_MANAGER]
    by_country: dict[str, list[int]] = {}
    for i, country in enumerate(ctx.engineer_country):
        by_country.setdefault(country, []).append(i)
    used_names: set[str] = set()
    for n in range(ctx.size.clients):
        # the first clients cover every country, so each country's formats appear
        country = countries[n] if n < len(countries) else ctx.rng.choices(countries, weights)[0]
        c = ctx.countries[country]
        # a provider takes clients where its engineers live: a zone with one, if any
        staffed = {str(ctx.engineer_zone[i]) for i in by_country.get(country, ())}
        zone_name, subdiv = ctx.rng.choice([z for z in c["zones"] if z[0] in staffed] or c["zones"])
        name = _company(ctx, country)
        while name in used_names:
            name = _company(ctx, country) + f" {len(used_names) % 97 + 2}"
        used_names.add(name)
        engineer = ctx.rng.choice(by_country.get(country) or list(range(len(ctx.engineers))))
        nda = ctx.rng.random() < 0.8
        vat = (
            (c["vat_prefix"] + str(ctx.rng.randint(10**8, 10**9 - 1))) if c["vat_prefix"] else None
        )
        row = ctx.stamp(ctx.start) + (
            name,
            None,
            country,
            subdiv,
            zone_name,
            c["locale"],
            c["currency"],
            vat,
            None,
            f"client{n + 1}.example",
            nda,
            (ctx.start.date() if nda else None),
            ctx.rng.randint(8, 400),
            ctx.engineers[engineer],
            ctx.rng.choice(managers),
            True,
        )
        client_rows.append(row)
        client = DemoClient(
            id=row[0],
            country=country,
            zone=ZoneInfo(zone_name),
            currency=c["currency"],
            locale=c["locale"],
            tax_rate=Decimal(c["tax_rate"]),
            tax_exemption=c.get("tax_exemption"),
            engineer=engineer,
            languages=(c["language"],),
        )
        cities = [city for city in c["cities"] if city[2] == subdiv] or c["cities"]
        for s in range(ctx.rng.choices([1, 2, 3], [60, 30, 10])[0]):
            city, postal, _ = ctx.rng.choice(cities)
            site = ctx.stamp(ctx.start) + (
                row[0],
                ["HQ", "Branch", "Warehouse"][s],
                ctx.rng.choice(c["streets"])
                + ("" if country == "JP" else f" {ctx.rng.randint(1, 220)}"),
                postal,
                city,
                country,
                f"https://maps.app.goo.gl/{ctx.rng.getrandbits(40):010x}",
                f"{ctx.rng.randint(1, 12)} {c['floor']}",
                ctx.rng.choice(c["entry"]),
                zone_name,
                *near(city, len(site_rows)),
            )
            site_rows.append(site)
            client.sites.append(site[0])
            contact = ctx.stamp(ctx.start) + (
                row[0],
                site[0],
                ctx.person(country),
                ContactRole.LOCAL_CONTACT.value,
                ctx.phone(country),
                None,
                {},
                c["language"],
            )
            contact_rows.append(contact)
            client.local_contacts[site[0]] = contact[0]
            ctx.contact_names[contact[0]] = contact[len(STAMP) + 2]
        ordering = ctx.stamp(ctx.start) + (
            row[0],
            None,
            ctx.person(country),
            ContactRole.ORDERING_ENGINEER.value,
            ctx.phone(country),
            f"it{n + 1}@client{n + 1}.example",
            {"whatsapp": ctx.phone(country)} if country != "JP" else {"line": f"it-{n + 1}"},
            c["language"],
        )
        contact_rows.append(ordering)
        client.ordering = ordering[0]
        for r in range(ctx.rng.randint(1, 3)):
            req = ctx.stamp(ctx.start) + (
                row[0],
                None,
                ctx.person(country),
                ContactRole.REQUESTER.value,
                ctx.phone(country),
                f"user{r + 1}@client{n + 1}.example",
                {},
                c["language"],
            )
            contact_rows.append(req)
            client.requesters.append(req[0])
        ctx.clients.append(client)
    ctx.insert(
        "clients",
        (
            *STAMP,
            "name",
            "short_name",
            "country",
            "subdivision",
            "time_zone",
            "locale",
            "currency",
            "vat_id",
            "billing_address",
            "email_domain",
            "nda_on_file",
            "nda_date",
            "workstations",
            "assigned_engineer_id",
            "account_manager_id",
            "active",
        ),
        client_rows,
    )
    ctx.insert(
        "sites",
        (
            *STAMP,
            "client_id",
            "name",
            "street",
            "postal_code",
            "city",
            "country",
            "map_url",
            "floor",
            "entry_instructions",
            "time_zone",
            "latitude",
            "longitude",
        ),
        site_rows,
    )
    ctx.insert(
        "contacts",
        (
            *STAMP,
            "client_id",
            "site_id",
            "name",
            "role",
            "phone",
            "email",
            "messengers",
            "language",
        ),
        contact_rows,
    )
