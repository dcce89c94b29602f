"""The provider's own company profile: read as a plain value, saved whole or not at all.

Every printed document names the company (`console.reports.issuer` builds its issuer from
this profile) and invoices are numbered in its series (`invoice_prefix`). A store from
before the profile existed has none until `dispatch-console setup` or the window's first
start writes one; until then `PLACEHOLDER_PREFIX` keeps the series invoices had.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields
from decimal import Decimal
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.errors import UserError, ValidationError
from console.model import ProviderProfile
from console.rules import company
from console.wording.phrases import phrase

PLACEHOLDER_PREFIX = "DC"
"""The invoice series of a store without a profile: the one invoices had before profiles."""


@dataclass(frozen=True)
class CompanyProfile:
    """The provider's company as documents, the command line and the window read it."""

    legal_name: str
    address_lines: tuple[str, ...]
    city: str
    country: str
    vat_id: str
    iban: str
    email: str
    phone: str
    currency: str
    tax_rate: Decimal
    invoice_prefix: str
    language: str
    time_zone: str
    holiday_country: str
    postcode: str | None = None
    trading_name: str | None = None
    registration_number: str | None = None
    bic: str | None = None
    reduced_tax_rate: Decimal | None = None
    holiday_subdivision: str | None = None

    @property
    def postal_address(self) -> str:
        """The address as printed: street lines, postcode and city, the country's name."""
        town = " ".join(part for part in (self.postcode, self.city) if part)
        return "\n".join([*self.address_lines, town, country_name(self.country)])

    @property
    def printed_iban(self) -> str:
        """The IBAN in groups of four, as it is printed."""
        return company.grouped_iban(self.iban)


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(CompanyProfile))
"""Every field of the profile, in the order the dataclass declares them."""

REQUIRED: frozenset[str] = frozenset(
    f.name for f in fields(CompanyProfile) if f.default is not None
)
"""The fields a profile cannot do without."""


class ProfileRefusedError(UserError):
    """A profile that was not saved, and every field refused, each with its reason."""

    def __init__(self, refusals: list[ValidationError]) -> None:
        self.refusals = tuple(refusals)
        super().__init__("; ".join(str(r) for r in refusals))


@cache
def country_name(code: str) -> str:
    """A country's English name (NL: Netherlands): addresses go abroad in English."""
    from babel import Locale

    return str(Locale("en").territories.get(code, code))


def _row(session: Session) -> ProviderProfile | None:
    return session.scalars(select(ProviderProfile).limit(1)).first()


def _value(row: ProviderProfile) -> CompanyProfile:
    values = {name: getattr(row, name) for name in FIELDS}
    values["address_lines"] = tuple(row.address_lines)
    return CompanyProfile(**values)


def load_profile(session: Session) -> CompanyProfile | None:
    """The company profile, or None while the store has none."""
    row = _row(session)
    return None if row is None else _value(row)


def desk_language(session: Session) -> str:
    """The language the provider works in (its profile's), in which the system writes its
    own notes on tickets; English while there is no profile."""
    row = _row(session)
    return "en" if row is None else _value(row).language


def has_profile(session: Session) -> bool:
    """Whether the company profile has been set up."""
    return _row(session) is not None


def stored_prefix(session: Session) -> str | None:
    """The company profile's invoice series code, or None while the store has no profile."""
    return session.scalar(select(ProviderProfile.invoice_prefix).limit(1))


def invoice_prefix(session: Session) -> str:
    """The series code new invoices are numbered in (DC-2026-000042)."""
    return stored_prefix(session) or PLACEHOLDER_PREFIX


def profile_values(profile: CompanyProfile | None) -> dict[str, object]:
    """A profile as the plain field values `save_profile` takes (empty: no profile)."""
    return {} if profile is None else asdict(profile)


def save_profile(session: Session, values: Mapping[str, object]) -> CompanyProfile:
    """Check every field and write the profile, in the caller's transaction.

    Whole or nothing: one refused field and nothing changes; `ProfileRefusedError` names every
    refused field with its reason. Fields not given keep the stored profile's values.
    """
    unknown = sorted(set(values) - set(FIELDS))
    if unknown:
        raise UserError(phrase("{field}: not a field of the company profile", field=unknown[0]))
    row = _row(session)
    merged = {**profile_values(None if row is None else _value(row)), **values}
    scratch = ProviderProfile()  # never added: checks the values without touching the store
    refusals: list[ValidationError] = []
    for name in FIELDS:
        value = merged.get(name)
        if name in REQUIRED and (value is None or value == "" or value == ()):
            refusals.append(ValidationError(name, phrase("must not be empty")))
            continue
        if name == "address_lines" and isinstance(value, tuple):
            value = list(value)
        if name == "holiday_subdivision":
            continue  # checked below, against the holiday country
        try:
            setattr(scratch, name, value)
        except ValidationError as exc:
            refusals.append(exc)
    refused = {r.field for r in refusals}
    refusals += _across(scratch, merged, refused)
    if refusals:
        refusals.sort(key=lambda r: FIELDS.index(r.field) if r.field in FIELDS else len(FIELDS))
        raise ProfileRefusedError(refusals)
    if row is None:
        row = ProviderProfile(slot=1)
        session.add(row)
    for name in FIELDS:
        setattr(row, name, getattr(scratch, name, None))
    session.flush()
    return _value(row)


def _across(
    scratch: ProviderProfile, values: Mapping[str, object], refused: set[str]
) -> list[ValidationError]:
    """The checks that read two fields: VAT prefix and country, subdivision, the two rates."""
    out: list[ValidationError] = []
    if not {"vat_id", "country"} & refused:
        try:
            company.vat_id(scratch.vat_id, "vat_id", scratch.country)
        except ValidationError as exc:
            out.append(exc)
    if "holiday_country" not in refused:
        try:
            scratch.holiday_subdivision = company.holiday_subdivision(
                values.get("holiday_subdivision"), scratch.holiday_country
            )
        except ValidationError as exc:
            out.append(exc)
    reduced, standard = scratch.reduced_tax_rate, scratch.tax_rate
    rates_given = not {"tax_rate", "reduced_tax_rate"} & refused and reduced is not None
    if rates_given and reduced is not None and reduced > standard:
        out.append(
            ValidationError(
                "reduced_tax_rate",
                phrase(
                    "{reduced} % is above the standard rate of {standard} %",
                    reduced=reduced,
                    standard=standard,
                ),
            )
        )
    return out


def client_defaults(sessions: Callable[[], Session]) -> dict[str, str]:
    """What a new client starts with: the provider's country, zone, currency and language
    (most clients are local; every value can be changed before it is saved)."""
    with sessions() as session:
        profile = load_profile(session)
    if profile is None:
        return {}
    return {
        "country": profile.country,
        "time_zone": profile.time_zone,
        "currency": profile.currency,
        "locale": f"{profile.language}_{profile.country}",
    }
