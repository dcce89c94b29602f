"""`dispatch-console setup [--show]`: the provider's own company, printed on every document.

Options set fields; a field not given keeps the stored value. On a terminal, the fields
still missing are asked for one by one (Enter keeps what is shown in brackets). A refused
value is one line naming its option, exit status 2, and nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from console.cli.options import open_engine
from console.errors import UserError, ValidationError

LIST_FIELDS = {"address_lines": "--address-line"}
"""Fields given by a repeatable option, one value per line."""

HELP = {
    "legal_name": "the company's registered name, as invoices must print it",
    "trading_name": "the name the company trades under, if another",
    "address_lines": "a street line of the postal address (repeat for more lines)",
    "postcode": "postal code",
    "city": "city",
    "country": "country, ISO 3166 code (NL)",
    "vat_id": "VAT id (NL001234567B01)",
    "registration_number": "company registration number (chamber of commerce)",
    "iban": "bank account, IBAN",
    "bic": "the bank's BIC",
    "email": "e-mail address printed on documents",
    "phone": "phone with country code (+31 20 123 4567)",
    "currency": "default currency, ISO 4217 (EUR)",
    "tax_rate": "standard tax rate in percent (21)",
    "reduced_tax_rate": "reduced tax rate in percent (9)",
    "invoice_prefix": "the invoice series code in front of invoice numbers (DC)",
    "language": "default language of documents: en, nl, es, ru or ja",
    "time_zone": "IANA time zone (Europe/Amsterdam)",
    "holiday_country": "country whose public holidays count, ISO 3166 code",
    "holiday_subdivision": "province or state for its public holidays, if any",
}
"""Each field's option help and the question asked for it on a terminal, in the order
they are asked (every field of `console.services.provider.CompanyProfile`; listed here so
building the parser does not load the model)."""


def option(field: str) -> str:
    """The option that sets a field (`vat_id`: --vat-id)."""
    return LIST_FIELDS.get(field, "--" + field.replace("_", "-"))


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`setup [--show] [--legal-name ...] ...`."""
    setup = sub.add_parser(
        "setup",
        parents=[common],
        help="set up the provider's own company (printed on every document)",
        description="Set the company profile from options, or ask for what is missing "
        "when run on a terminal.",
    )
    setup.add_argument("--show", action="store_true", help="print the company profile")
    for field in HELP:
        name = option(field)
        if field in LIST_FIELDS:
            setup.add_argument(name, dest=field, action="append", metavar="LINE", help=HELP[field])
        else:
            setup.add_argument(name, dest=field, metavar="TEXT", help=HELP[field])


def run(args: argparse.Namespace) -> int:
    """Show the profile, or check and write it whole."""
    from console.services.provider import load_profile

    engine = open_engine(args.db)
    from console.sync.session import store_session

    with store_session(engine) as session:
        stored = load_profile(session)
    if args.show:
        if stored is None:
            raise UserError("the store has no company profile yet: run `dispatch-console setup`")
        for line in shown(stored):
            print(line)
        return 0
    given = {f: getattr(args, f) for f in HELP if getattr(args, f, None) is not None}
    ask = _asker() if sys.stdin.isatty() else None
    saved = _save(engine, given, stored, ask)
    print(f"company profile saved: {saved.legal_name}, invoices numbered {saved.invoice_prefix}-…")
    return 0


def _save(engine: Any, given: dict[str, object], stored: Any, ask: Asker | None) -> Any:
    from console.services.local_identity import ensure_first_user, login_name
    from console.services.provider import REQUIRED, ProfileRefusedError, save_profile
    from console.sync.session import store_session

    values = dict(given)
    if ask is not None:  # a terminal: ask for every field the options left out
        current = _plain(stored)
        for field in HELP:
            if field not in values:
                values[field] = ask(field, current.get(field), field in REQUIRED)
    while True:
        try:
            with store_session(engine) as session, session.begin():
                # a desk alone: its first user, the administrator, is made here
                made = ensure_first_user(session)
                profile = save_profile(session, values)
            if made is not None:
                print(f"you are this store's administrator: user {login_name()}")
            return profile
        except ProfileRefusedError as exc:
            if ask is None:
                raise UserError(refusal_line(exc.refusals)) from None
            for refusal in exc.refusals:
                print(f"{option(refusal.field)}: {refusal.message}", file=sys.stderr)
                values[refusal.field] = ask(refusal.field, None, refusal.field in REQUIRED)


def refusal_line(refusals: tuple[ValidationError, ...]) -> str:
    """Every refused field on one line, each named by its option."""
    return "; ".join(f"{option(r.field)}: {r.message}" for r in refusals)


Asker = Callable[[str, object, bool], object]
"""Asks for one field on the terminal: the field, the value to keep, whether it is required."""


def _asker() -> Asker:
    def ask(field: str, current: object, required: bool) -> object:
        question = HELP[field][:1].upper() + HELP[field][1:]
        if field in LIST_FIELDS:
            lines = list(current) if isinstance(current, list | tuple) else []
            hint = " / ".join(lines)
            answer = input(f"{question}, lines separated by '/' [{hint}]: ").strip()
            return [part.strip() for part in answer.split("/")] if answer else lines
        hint = "" if current is None else _text(current)
        extra = "" if required else " (optional, '-' for none)"
        answer = input(f"{question}{extra} [{hint}]: ").strip()
        if answer == "-" and not required:
            return None
        return answer or current

    return ask


def _plain(profile: Any) -> Mapping[str, object]:
    from console.services.provider import profile_values

    return profile_values(profile)


def _text(value: object) -> str:
    from console.wording.phrases import number

    if isinstance(value, Decimal):
        return number(value)
    return str(value)


def shown(profile: Any) -> list[str]:
    """The profile as `field: value` lines, the way `setup --show` prints it."""
    values = _plain(profile)
    width = max(len(option(f)) for f in HELP) - 2
    out = []
    for field in HELP:
        value = values[field]
        if field in LIST_FIELDS:
            text = " / ".join(str(v) for v in value)  # type: ignore[attr-defined]
        else:
            text = "—" if value is None else _text(value)
        out.append(f"{option(field)[2:]:<{width}}  {text}")
    return out
