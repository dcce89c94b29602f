"""The issuing company printed on every document (C3-C8: the invoice's legal fields).

It is the provider's company profile (`console.services.provider`). A store without one
(from before profiles existed, or set up but never saved) prints `PLACEHOLDER`, which says
on the page that the profile is missing; `dispatch-console report` refuses instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from console.errors import UserError
from console.services.provider import PLACEHOLDER_PREFIX, CompanyProfile, load_profile
from console.wording.addresses import postal_lines

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Issuer:
    """Who issues work orders, reports and invoices, as the documents print it."""

    code: str
    name: str
    address: str
    vat_id: str
    iban: str
    email: str
    phone: str
    # the address's parts, so a document prints it in its reader's language
    address_lines: tuple[str, ...] = ()
    postcode: str = ""
    city: str = ""
    country: str = ""
    bic: str = ""  # printed beside the IBAN where the profile gives one

    def address_for(self, language: str, reader_country: str | None = None) -> str:
        """The address as a reader in ``language`` reads it: in the country's order, the
        country named in that language, and left out for a reader in the same country."""
        if not self.country:
            return self.address  # the placeholder: no company to address
        lines = postal_lines(self.address_lines, self.postcode, self.city, self.country,
                             None if reader_country == self.country else language)  # fmt: skip
        return "\n".join(lines)

    @classmethod
    def of(cls, profile: CompanyProfile) -> Issuer:
        """The issuer a company profile describes."""
        return cls(
            code=profile.invoice_prefix,
            name=profile.legal_name,
            address=profile.postal_address,
            vat_id=profile.vat_id,
            iban=profile.printed_iban,
            email=profile.email,
            phone=profile.phone,
            address_lines=tuple(profile.address_lines),
            postcode=profile.postcode or "",
            city=profile.city,
            country=profile.country,
            bic=profile.bic or "",
        )


PLACEHOLDER = Issuer(
    code=PLACEHOLDER_PREFIX,
    name="[Company profile not set up]",
    address="Set it up with `dispatch-console setup`\nor File > Company profile…",
    vat_id="[not set up]",
    iban="[not set up]",
    email="",
    phone="",
)
"""What a document prints while the store has no company profile: plainly not a company."""

NO_PROFILE = (
    "the store has no company profile yet, so documents cannot name their issuer: "
    "run `dispatch-console setup` first"
)


def issuer_of(session: Session) -> Issuer:
    """The issuer from the store's company profile, or `PLACEHOLDER` while it has none."""
    profile = load_profile(session)
    return PLACEHOLDER if profile is None else Issuer.of(profile)


def required_issuer(session: Session) -> Issuer:
    """The issuer from the company profile; a store without one is refused (UserError).

    For what leaves the building for good: an invoice's PDF is archived as issued.
    """
    profile = load_profile(session)
    if profile is None:
        raise UserError(NO_PROFILE)
    return Issuer.of(profile)
