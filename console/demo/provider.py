"""Demo step: the provider's own company, written through the service like a real set-up."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from console.services.provider import CompanyProfile, profile_values, save_profile

from .context import DemoContext

DEMO_PROFILE = CompanyProfile(
    legal_name="Dispatch Console Services B.V.",
    address_lines=("Keizersgracht 100",),
    postcode="1015 AA",
    city="Amsterdam",
    country="NL",
    vat_id="NL001234567B01",
    registration_number="12345678",
    iban="NL91ABNA0417164300",
    bic="ABNANL2A",
    email="desk@dispatch-console.example",
    phone="+31201234567",
    currency="EUR",
    tax_rate=Decimal(21),
    reduced_tax_rate=Decimal(9),
    invoice_prefix="DC",
    language="en",
    time_zone="Europe/Amsterdam",
    holiday_country="NL",
)
"""The demo's company, as documents printed it before profiles existed."""


def add_provider(ctx: DemoContext) -> None:
    """Write the demo company's profile on the demo's connection (its one transaction)."""
    assert ctx.writer is not None
    # joins the connection's transaction: the session flushes, the demo build commits
    with Session(bind=ctx.writer.connection) as session:
        save_profile(session, profile_values(DEMO_PROFILE))
    ctx.writer.counts["provider_profile"] = 1
