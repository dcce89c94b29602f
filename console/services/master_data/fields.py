"""The fields of master data as users give them: names, help, and how text is read.

Kept apart from the model so that the command line can build its options without
loading the mapped classes (the window's first screen must not wait for them); the
readers that look records up import the model when they run.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from console.enums import ContactRole, ContractKind, CreditUnit, EInvoiceFormat, SkillLevel
from console.errors import ValidationError
from console.rules.review import Figure, read_figures
from console.rules.schedule import BASIS_10X5, COMFORT_24X7, validate_schedule
from console.wording.phrases import phrase

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class Lookup:
    """What a field's reader may need: the session and the record's client."""

    session: Session
    client_id: uuid.UUID | None = None


Reader = Callable[[Lookup, object, str], object]


def blank(value: object) -> bool:
    """Whether a value is missing: nothing, or only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def text(_: Lookup, value: object, field: str) -> object:
    """Text, trimmed; empty is nothing (the model refuses it where it is required)."""
    if blank(value):
        return None
    return value.strip() if isinstance(value, str) else value


def boolean(_: Lookup, value: object, field: str) -> bool:
    """yes/no, true/false, 1/0."""
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in ("yes", "y", "true", "1", "on"):
        return True
    if word in ("no", "n", "false", "0", "off", ""):
        return False
    raise ValidationError(field, phrase("{value} is not yes or no", value=repr(value)))


def whole(_: Lookup, value: object, field: str) -> int | None:
    """A whole number."""
    if blank(value):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValidationError(
            field, phrase("{value} is not a whole number", value=repr(value))
        ) from None


def number(_: Lookup, value: object, field: str) -> Decimal | None:
    """An exact decimal number (a comma as decimal mark is not guessed at)."""
    if blank(value):
        return None
    from console.money import exact_decimal  # babel: only when a number is read

    return exact_decimal(value.strip() if isinstance(value, str) else value, field)


def day(_: Lookup, value: object, field: str) -> date | None:
    """A day, YYYY-MM-DD."""
    if blank(value):
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            field, phrase("{value} is not a date YYYY-MM-DD", value=repr(value))
        ) from None


def words(_: Lookup, value: object, field: str) -> list[str]:
    """A list of words: a list, or text separated by commas or semicolons."""
    if blank(value):
        return []
    items = value if isinstance(value, list | tuple) else str(value).replace(";", ",").split(",")
    return sorted({str(w).strip() for w in items if str(w).strip()})


def picture(_: Lookup, value: object, field: str) -> bytes | None:
    """A photo (D7): its bytes, or the path of its file; empty takes it away."""
    from pathlib import Path

    from console.rules.photo import photo_kind

    if blank(value):
        return None
    if isinstance(value, bytes):
        data = value
    else:
        path = Path(str(value).strip()).expanduser()
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError(
                field, phrase("cannot read {path}: {reason}", path=str(path),
                              reason=exc.strerror or type(exc).__name__)
            ) from exc  # fmt: skip
    photo_kind(data)
    return data


def review_figures(lookup: Lookup, value: object, field: str) -> list[str]:
    """The review's key figures a client asks for (V2), in the pack's order."""
    return read_figures(words(lookup, value, field), field)


def languages(lookup: Lookup, value: object, field: str) -> list[str]:
    """Language codes, lower case (en, nl, ja)."""
    codes = sorted({w.lower() for w in words(lookup, value, field)})
    for code in codes:
        if not (code.replace("-", "").replace("_", "").isalpha() and 2 <= len(code) <= 8):
            raise ValidationError(
                field, phrase("{code} is not a language code such as en or nl", code=repr(code))
            )
    return codes


def language(lookup: Lookup, value: object, field: str) -> str | None:
    """One language code."""
    codes = languages(lookup, value, field)
    if len(codes) > 1:
        raise ValidationError(field, phrase("takes one language"))
    return codes[0] if codes else None


SCHEDULE_PRESETS = {"10x5": BASIS_10X5, "basis": BASIS_10X5, "24x7": COMFORT_24X7}


def schedule(_: Lookup, value: object, field: str) -> dict[str, Any] | None:
    """A weekly schedule: 10x5, 24x7, or JSON such as {"mon": [["08:00", "18:00"]]}."""
    if blank(value):
        return None
    if isinstance(value, str):
        preset = SCHEDULE_PRESETS.get(value.strip().lower())
        if preset is not None:
            return {d: [list(iv) for iv in ivs] for d, ivs in preset.items()}
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            raise ValidationError(
                field, phrase('10x5, 24x7 or JSON such as {{"mon": [["08:00", "18:00"]]}}'), "C2"
            ) from None
    return dict(validate_schedule(value, field))


def mapping(_: Lookup, value: object, field: str) -> dict[str, str]:
    """name=handle pairs separated by commas (messengers), or a mapping."""
    if blank(value):
        return {}
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items()}
    out = {}
    for pair in str(value).split(","):
        name, sep, handle = pair.partition("=")
        if not sep or not name.strip() or not handle.strip():
            raise ValidationError(
                field, phrase("{pair} is not name=handle", pair=repr(pair.strip()))
            )
        out[name.strip()] = handle.strip()
    return out


def choice_of(enum: type[E]) -> Reader:
    """One of an enum's values (spaces and dashes read as underscores)."""

    def read(_: Lookup, value: object, field: str) -> E | None:
        if blank(value):
            return None
        word = str(value).strip().lower().replace(" ", "_").replace("-", "_")
        try:
            return enum(word)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            raise ValidationError(
                field,
                phrase("{value} is not one of: {allowed}", value=repr(value), allowed=allowed),
            ) from None

    return read


E_INVOICE_FORMATS: dict[EInvoiceFormat, str] = {
    EInvoiceFormat.PDF: "Plain PDF",
    EInvoiceFormat.FACTUR_X: "PDF with embedded e-invoice (Factur-X)",
    EInvoiceFormat.UBL: "PDF and UBL file",
}
"""How a client may want its invoices, in the words a user reads."""


def e_invoice_format(_: Lookup, value: object, field: str) -> EInvoiceFormat:
    """pdf, factur_x or ubl (also facturx, or the words of `E_INVOICE_FORMATS`); empty is
    the default, a plain PDF."""
    if blank(value):
        return EInvoiceFormat.PDF
    word = str(value).strip().lower()
    for choice, words in E_INVOICE_FORMATS.items():
        if word == words.lower():
            return choice
    word = word.replace(" ", "_").replace("-", "_")
    try:
        return EInvoiceFormat("factur_x" if word == "facturx" else word)
    except ValueError:
        allowed = "; ".join(f"{c.value} ({words})" for c, words in E_INVOICE_FORMATS.items())
        raise ValidationError(
            field, phrase("{value} is not one of: {allowed}", value=repr(value), allowed=allowed)
        ) from None


def engineer_ref(lookup: Lookup, value: object, field: str) -> uuid.UUID | None:
    """An engineer named by name or id."""
    if blank(value):
        return None
    from console.model import Engineer

    from .common import find_one

    return find_one(lookup.session, Engineer, value, field).id


def user_ref(lookup: Lookup, value: object, field: str) -> uuid.UUID | None:
    """A console user named by username or id."""
    if blank(value):
        return None
    from sqlalchemy import select

    from console.model import User

    as_id = as_uuid(value)
    user = (
        lookup.session.get(User, as_id)
        if as_id
        else lookup.session.scalar(select(User).where(User.username == str(value).strip()))
    )
    if user is None:
        raise ValidationError(field, phrase("no user {value}", value=repr(value)))
    return user.id


def desk_user_ref(lookup: Lookup, value: object, field: str) -> uuid.UUID | None:
    """A console user with a desk role (dispatcher, service manager, admin), by username or id."""
    user_id = user_ref(lookup, value, field)
    if user_id is None:
        return None
    from console.model import User
    from console.rules.leaving import manager_may_manage

    user = lookup.session.get_one(User, user_id)
    if not manager_may_manage(str(user.role)) or not user.active:
        raise ValidationError(
            field, phrase("{username} is not an active desk user", username=user.username), "C11"
        )
    return user_id


def site_ref(lookup: Lookup, value: object, field: str) -> uuid.UUID | None:
    """One of the client's sites, named by name or id."""
    if blank(value):
        return None
    from console.model import Site

    from .common import find_one

    return find_one(lookup.session, Site, value, field, client_id=lookup.client_id).id


@dataclass(frozen=True)
class Field:
    """One field a user sets: how its value is read, and where it goes in the model."""

    name: str
    read: Reader = text
    required: bool = False
    help: str = ""
    attribute: str | None = None  # the model's attribute, when it is named otherwise

    @property
    def target(self) -> str:
        """The model attribute the value is set on."""
        return self.attribute or self.name


def fields_by_name(fields: Iterable[Field]) -> dict[str, Field]:
    """Fields keyed by the name users give them."""
    return {f.name: f for f in fields}


def plain(value: object) -> Any:
    """A value as JSON writes it: text for ids, days, decimals and enums."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, bytes):  # a photo: what it is, not its bytes
        from console.rules.photo import described

        return described(value)
    return value


def as_uuid(value: object) -> uuid.UUID | None:
    """An id given as text, or nothing when the text is not one."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        return None


# ------------------------------------------------------------------ the fields of each kind

CLIENT_FIELDS = fields_by_name(
    [
        Field("name", required=True, help="the company's name"),
        Field("short_name", help="a short name for lists"),
        Field("country", required=True, help="ISO country code, e.g. NL"),
        Field("subdivision", help="state or province code, for public holidays"),
        Field(
            "time_zone", required=True, help="IANA zone of the SLA calendar, e.g. Europe/Amsterdam"
        ),
        Field("locale", required=True, help="language and formats of documents, e.g. nl_NL"),
        Field("currency", required=True, help="ISO currency code, e.g. EUR"),
        Field("vat_id", help="VAT number"),
        Field("billing_address", help="the address invoices go to"),
        Field(
            "e_invoice_format",
            e_invoice_format,
            help="how the client gets its invoices: pdf (plain PDF, the default), factur_x "
            "(PDF with embedded e-invoice (Factur-X)) or ubl (PDF and UBL file)",
        ),
        Field("email_domain", help="mail from this domain becomes the client's tickets"),
        Field("nda_on_file", boolean, help="yes when an NDA is signed (needs nda_date)"),
        Field("nda_date", day, help="the day the NDA was signed, YYYY-MM-DD"),
        Field("workstations", whole, help="how many workstations the client has"),
        Field(
            "assigned_engineer",
            engineer_ref,
            help="the engineer who knows the client (name or id)",
            attribute="assigned_engineer_id",
        ),
        Field(
            "account_manager",
            user_ref,
            help="the service manager's username",
            attribute="account_manager_id",
        ),
        Field(
            "review_figures",
            review_figures,
            help="the key figures the service review shows, comma-separated: "
            + ", ".join(f.value for f in Figure)
            + " (empty: all; prepaid credit is always shown)",
        ),
    ]
)

SITE_FIELDS = fields_by_name(
    [
        Field("name", required=True, help="what the site is called, e.g. HQ"),
        Field("street", required=True, help="street and number"),
        Field("postal_code", help="postal code"),
        Field("city", required=True, help="city"),
        Field("country", help="ISO country code (default: the client's)"),
        Field("time_zone", help="IANA zone of the site (default: the client's)"),
        Field("floor", help="floor or room"),
        Field("map_url", help="a map link to the entrance"),
        Field("latitude", number, help="degrees north of the equator (south: negative)"),
        Field("longitude", number, help="degrees east of Greenwich (west: negative)"),
        Field("entry_instructions", help="how to get in"),
    ]
)

CONTACT_FIELDS = fields_by_name(
    [
        Field("name", required=True, help="the person's name"),
        Field(
            "role",
            choice_of(ContactRole),
            required=True,
            help="local_contact, ordering_engineer or requester",
        ),
        Field("phone", required=True, help="phone with country code, e.g. +31 20 123 4567"),
        Field("email", help="e-mail address"),
        Field("language", language, help="the language to speak with them, e.g. nl"),
        Field("site", site_ref, help="the site they are at (name or id)", attribute="site_id"),
        Field("messengers", mapping, help="messenger=handle pairs, e.g. whatsapp=+31612345678"),
    ]
)

CONTRACT_FIELDS = fields_by_name(
    [
        Field(
            "kind",
            choice_of(ContractKind),
            required=True,
            help=", ".join(k.value for k in ContractKind),
        ),
        Field("name", help="what the contract is called (default: its kind)"),
        Field("product_area", help="what it covers, e.g. workplace"),
        Field("valid_from", day, required=True, help="first day covered, YYYY-MM-DD"),
        Field("valid_until", day, help="last day covered, YYYY-MM-DD (empty: open-ended)"),
        Field("currency", help="ISO currency of the rates (default: the client's)"),
        Field(
            "service_window",
            schedule,
            help='10x5, 24x7 or JSON {"mon": [["08:00", "18:00"]], ...} in the client\'s zone',
        ),
        Field(
            "attainment_target_pct",
            number,
            help="share of SLA clocks to meet, in percent, 50 to 100 (default 95)",
        ),
        Field("premium", boolean, help="yes for premium service (needs a manager)"),
        Field(
            "manager",
            desk_user_ref,
            help="the dedicated manager's username, a desk user (required for premium)",
            attribute="manager_id",
        ),
        Field("standard_rate", number, help="hourly rate"),
        Field("express_rate", number, help="hourly rate of express help"),
        Field("on_demand_rate", number, help="hourly rate of on-demand work"),
        Field("after_hours_multiplier", number, help="after-hours factor, 1.5 to 2"),
        Field("rush_fee", number, help="fee of a rush visit"),
        Field("workstation_price", number, help="monthly price per workstation"),
        Field("onsite_surcharge_pct", number, help="on-site surcharge in percent"),
        Field("regular_onsite_visits", boolean, help="yes for regular on-site days"),
        Field(
            "rounding_minutes", whole, help="time is rounded up to 0, 1, 5, 6, 10, 15, 30 or 60 min"
        ),
        Field("guarantee_hours", number, help="hours an emergency guarantee covers, 1 to 8"),
        Field("credit_unit", choice_of(CreditUnit), help="prepaid credit in money or hours"),
        Field("monthly_top_up", number, help="prepaid credit added each month"),
        Field("low_credit_threshold", number, help="warn when the credit falls below"),
        Field("bundle_hours", number, help="hours per month of an FTE bundle"),
        Field("monthly_fee", number, help="fixed price per month"),
        Field("payment_terms_days", whole, help="days to pay an invoice"),
        Field("tax_rate_pct", number, help="VAT rate in percent"),
        Field("tax_exemption", help="why no VAT is charged, printed on invoices"),
    ]
)

SLA_HELP = (
    "SLA targets PRIORITY:KIND=DURATION[/24x7], comma-separated, e.g. "
    "urgent:response=15m,urgent:resolution=4h/24x7 (replaces all targets)"
)

ENGINEER_FIELDS = fields_by_name(
    [
        Field("name", required=True, help="the engineer's name"),
        Field("email", help="e-mail address"),
        Field("phone", help="phone with country code, e.g. +31 6 1234 5678"),
        Field(
            "skill_level",
            choice_of(SkillLevel),
            help="entry, senior or specialist (default: senior)",
        ),
        Field("skills", words, help="skills, comma-separated, e.g. network,windows"),
        Field(
            "languages",
            languages,
            help="languages spoken, comma-separated names or codes, e.g. Dutch, English or nl,en",
        ),
        Field("region", help="the base region they travel from"),
        Field("base_latitude", number, help="where their day starts: degrees north (south: -)"),
        Field("base_longitude", number, help="where their day starts: degrees east (west: -)"),
        Field(
            "home_time_zone", required=True, help="IANA zone they work in, e.g. Europe/Amsterdam"
        ),
        Field(
            "working_hours",
            schedule,
            help='10x5, 24x7 or JSON {"mon": [["08:00", "17:00"]], ...} (default: 10x5)',
        ),
        Field("cost_rate", number, help="what an hour of theirs costs (admin or service manager)"),
        Field("cost_currency", help="ISO currency of the cost rate (default: EUR)"),
        Field(
            "photo",
            picture,
            help="a passport-style photo file (JPEG or PNG, at most 512 KB) the client checks "
            "the engineer's ID against; empty takes it away",
        ),
    ]
)
