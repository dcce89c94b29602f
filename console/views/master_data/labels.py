"""How the window names each master-data field, and the hint it gives for it.

The services name fields as the command line does (``time_zone``); a dispatcher reads
"Time zone". Labels and hints are translated in the context "RecordLabels"; a refusal
of the services names its field by this label.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.views.i18n import QT_TRANSLATE_NOOP

# (label, hint) of each field of each kind; an empty hint says nothing more than the label
LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "client": {
        "name": (
            QT_TRANSLATE_NOOP("RecordLabels", "Name"),
            QT_TRANSLATE_NOOP("RecordLabels", "the company's name"),
        ),
        "short_name": (
            QT_TRANSLATE_NOOP("RecordLabels", "Short name"),
            QT_TRANSLATE_NOOP("RecordLabels", "a short name for lists"),
        ),
        "country": (
            QT_TRANSLATE_NOOP("RecordLabels", "Country"),
            QT_TRANSLATE_NOOP("RecordLabels", "two-letter code, e.g. NL"),
        ),
        "subdivision": (
            QT_TRANSLATE_NOOP("RecordLabels", "State or province"),
            QT_TRANSLATE_NOOP("RecordLabels", "code of the region whose holidays count"),
        ),
        "time_zone": (
            QT_TRANSLATE_NOOP("RecordLabels", "Time zone"),
            QT_TRANSLATE_NOOP(
                "RecordLabels", "the zone of the SLA calendar, e.g. Europe/Amsterdam"
            ),
        ),
        "locale": (
            QT_TRANSLATE_NOOP("RecordLabels", "Document locale"),
            QT_TRANSLATE_NOOP("RecordLabels", "language and formats of documents, e.g. nl_NL"),
        ),
        "currency": (
            QT_TRANSLATE_NOOP("RecordLabels", "Currency"),
            QT_TRANSLATE_NOOP("RecordLabels", "three-letter code, e.g. EUR"),
        ),
        "vat_id": (
            QT_TRANSLATE_NOOP("RecordLabels", "VAT number"),
            QT_TRANSLATE_NOOP("RecordLabels", "e.g. NL001234567B01"),
        ),
        "billing_address": (
            QT_TRANSLATE_NOOP("RecordLabels", "Billing address"),
            QT_TRANSLATE_NOOP("RecordLabels", "the address invoices go to"),
        ),
        "email_domain": (
            QT_TRANSLATE_NOOP("RecordLabels", "E-mail domain"),
            QT_TRANSLATE_NOOP(
                "RecordLabels",
                "mail from this domain becomes the client's tickets, e.g. acme.example",
            ),
        ),
        "nda_on_file": (
            QT_TRANSLATE_NOOP("RecordLabels", "NDA on file"),
            QT_TRANSLATE_NOOP("RecordLabels", "a non-disclosure agreement is signed"),
        ),
        "nda_date": (
            QT_TRANSLATE_NOOP("RecordLabels", "NDA signed on"),
            QT_TRANSLATE_NOOP("RecordLabels", "the day the NDA was signed"),
        ),
        "workstations": (
            QT_TRANSLATE_NOOP("RecordLabels", "Workstations"),
            QT_TRANSLATE_NOOP("RecordLabels", "how many workstations the client has"),
        ),
        "e_invoice_format": (
            QT_TRANSLATE_NOOP("RecordLabels", "Invoices sent as"),
            QT_TRANSLATE_NOOP("RecordLabels", "how the client wants its invoices"),
        ),
        "assigned_engineer": (
            QT_TRANSLATE_NOOP("RecordLabels", "Assigned engineer"),
            QT_TRANSLATE_NOOP("RecordLabels", "the engineer who knows the client"),
        ),
        "account_manager": (
            QT_TRANSLATE_NOOP("RecordLabels", "Account manager"),
            QT_TRANSLATE_NOOP("RecordLabels", "the service manager of the client"),
        ),
        "review_figures": (
            QT_TRANSLATE_NOOP("RecordLabels", "Review figures"),
            QT_TRANSLATE_NOOP(
                "RecordLabels",
                "the key figures the client asks for in its service review, such as "
                "tickets, sla, reaction, hours (empty: all)",
            ),
        ),
        "active": (QT_TRANSLATE_NOOP("RecordLabels", "Active"), ""),
        "sites": (QT_TRANSLATE_NOOP("RecordLabels", "Sites"), ""),
        "contacts": (QT_TRANSLATE_NOOP("RecordLabels", "Contacts"), ""),
    },
    "site": {
        "name": (
            QT_TRANSLATE_NOOP("RecordLabels", "Name"),
            QT_TRANSLATE_NOOP("RecordLabels", "what the site is called, e.g. HQ"),
        ),
        "street": (QT_TRANSLATE_NOOP("RecordLabels", "Street and number"), ""),
        "postal_code": (QT_TRANSLATE_NOOP("RecordLabels", "Postal code"), ""),
        "city": (QT_TRANSLATE_NOOP("RecordLabels", "City"), ""),
        "country": (
            QT_TRANSLATE_NOOP("RecordLabels", "Country"),
            QT_TRANSLATE_NOOP("RecordLabels", "two-letter code; empty: the client's"),
        ),
        "time_zone": (
            QT_TRANSLATE_NOOP("RecordLabels", "Time zone"),
            QT_TRANSLATE_NOOP("RecordLabels", "e.g. Europe/Amsterdam; empty: the client's"),
        ),
        "floor": (QT_TRANSLATE_NOOP("RecordLabels", "Floor or room"), ""),
        "map_url": (
            QT_TRANSLATE_NOOP("RecordLabels", "Map link"),
            QT_TRANSLATE_NOOP("RecordLabels", "a link to the entrance on a map"),
        ),
        "entry_instructions": (
            QT_TRANSLATE_NOOP("RecordLabels", "How to get in"),
            QT_TRANSLATE_NOOP("RecordLabels", "reception, badge, parking"),
        ),
    },
    "contact": {
        "name": (
            QT_TRANSLATE_NOOP("RecordLabels", "Name"),
            QT_TRANSLATE_NOOP("RecordLabels", "the person's name"),
        ),
        "role": (
            QT_TRANSLATE_NOOP("RecordLabels", "Role"),
            QT_TRANSLATE_NOOP("RecordLabels", "what the person does for the client's tickets"),
        ),
        "phone": (
            QT_TRANSLATE_NOOP("RecordLabels", "Phone"),
            QT_TRANSLATE_NOOP("RecordLabels", "with country code, e.g. +31 20 123 4567"),
        ),
        "email": (QT_TRANSLATE_NOOP("RecordLabels", "E-mail"), ""),
        "language": (
            QT_TRANSLATE_NOOP("RecordLabels", "Language"),
            QT_TRANSLATE_NOOP("RecordLabels", "the language to speak with them, e.g. nl"),
        ),
        "gets_mail": (
            QT_TRANSLATE_NOOP("RecordLabels", "Gets mail"),
            QT_TRANSLATE_NOOP("RecordLabels", "no: they asked for no mail from the desk"),
        ),
        "site": (
            QT_TRANSLATE_NOOP("RecordLabels", "Site"),
            QT_TRANSLATE_NOOP("RecordLabels", "the site they work at"),
        ),
        "messengers": (
            QT_TRANSLATE_NOOP("RecordLabels", "Messengers"),
            QT_TRANSLATE_NOOP("RecordLabels", "messenger=handle pairs, e.g. whatsapp=+31612345678"),
        ),
    },
    "contract": {
        "client": (
            QT_TRANSLATE_NOOP("RecordLabels", "Client"),
            QT_TRANSLATE_NOOP("RecordLabels", "whose contract it is"),
        ),
        "kind": (
            QT_TRANSLATE_NOOP("RecordLabels", "Kind"),
            QT_TRANSLATE_NOOP("RecordLabels", "what the client bought"),
        ),
        "name": (
            QT_TRANSLATE_NOOP("RecordLabels", "Name"),
            QT_TRANSLATE_NOOP("RecordLabels", "empty: named after its kind"),
        ),
        "product_area": (
            QT_TRANSLATE_NOOP("RecordLabels", "Product area"),
            QT_TRANSLATE_NOOP("RecordLabels", "what it covers, e.g. workplace"),
        ),
        "valid_from": (
            QT_TRANSLATE_NOOP("RecordLabels", "First day"),
            QT_TRANSLATE_NOOP("RecordLabels", "the first day the contract covers"),
        ),
        "valid_until": (
            QT_TRANSLATE_NOOP("RecordLabels", "Last day"),
            QT_TRANSLATE_NOOP("RecordLabels", "the last day it covers; none: open-ended"),
        ),
        "currency": (
            QT_TRANSLATE_NOOP("RecordLabels", "Currency"),
            QT_TRANSLATE_NOOP("RecordLabels", "three-letter code; empty: the client's"),
        ),
        "service_window": (
            QT_TRANSLATE_NOOP("RecordLabels", "Service window"),
            QT_TRANSLATE_NOOP(
                "RecordLabels",
                "when SLA clocks run; default 24x7 for Comfort and Express, else 10x5",
            ),
        ),
        "attainment_target_pct": (
            QT_TRANSLATE_NOOP("RecordLabels", "SLA attainment target (%)"),
            QT_TRANSLATE_NOOP(
                "RecordLabels", "share of SLA clocks to meet, 50 to 100; the review measures it"
            ),
        ),
        "premium": (QT_TRANSLATE_NOOP("RecordLabels", "Premium service"), ""),
        "manager": (
            QT_TRANSLATE_NOOP("RecordLabels", "Dedicated manager"),
            QT_TRANSLATE_NOOP(
                "RecordLabels", "the desk user who looks after the contract; premium needs one"
            ),
        ),
        "standard_rate": (
            QT_TRANSLATE_NOOP("RecordLabels", "Standard hourly rate"),
            QT_TRANSLATE_NOOP("RecordLabels", "e.g. 95.00"),
        ),
        "express_rate": (
            QT_TRANSLATE_NOOP("RecordLabels", "Express hourly rate"),
            QT_TRANSLATE_NOOP("RecordLabels", "the hourly rate of emergency help"),
        ),
        "on_demand_rate": (QT_TRANSLATE_NOOP("RecordLabels", "On-demand hourly rate"), ""),
        "after_hours_multiplier": (
            QT_TRANSLATE_NOOP("RecordLabels", "After-hours factor"),
            QT_TRANSLATE_NOOP("RecordLabels", "1.5 to 2"),
        ),
        "rush_fee": (QT_TRANSLATE_NOOP("RecordLabels", "Rush visit fee"), ""),
        "workstation_price": (
            QT_TRANSLATE_NOOP("RecordLabels", "Price per workstation"),
            QT_TRANSLATE_NOOP("RecordLabels", "per month"),
        ),
        "onsite_surcharge_pct": (QT_TRANSLATE_NOOP("RecordLabels", "On-site surcharge (%)"), ""),
        "regular_onsite_visits": (QT_TRANSLATE_NOOP("RecordLabels", "Regular on-site days"), ""),
        "rounding_minutes": (
            QT_TRANSLATE_NOOP("RecordLabels", "Round time up to (minutes)"),
            QT_TRANSLATE_NOOP("RecordLabels", "0, 1, 5, 6, 10, 15, 30 or 60"),
        ),
        "guarantee_hours": (
            QT_TRANSLATE_NOOP("RecordLabels", "Emergency guarantee (hours)"),
            QT_TRANSLATE_NOOP("RecordLabels", "1 to 8"),
        ),
        "credit_unit": (
            QT_TRANSLATE_NOOP("RecordLabels", "Prepaid credit in"),
            QT_TRANSLATE_NOOP("RecordLabels", "prepaid credit only: money or hours"),
        ),
        "monthly_top_up": (
            QT_TRANSLATE_NOOP("RecordLabels", "Monthly top-up"),
            QT_TRANSLATE_NOOP("RecordLabels", "prepaid credit added each month"),
        ),
        "low_credit_threshold": (QT_TRANSLATE_NOOP("RecordLabels", "Low-credit warning below"), ""),
        "bundle_hours": (
            QT_TRANSLATE_NOOP("RecordLabels", "Bundle hours per month"),
            QT_TRANSLATE_NOOP("RecordLabels", "FTE bundle only"),
        ),
        "monthly_fee": (
            QT_TRANSLATE_NOOP("RecordLabels", "Monthly fee"),
            QT_TRANSLATE_NOOP("RecordLabels", "monthly plan or FTE bundle"),
        ),
        "payment_terms_days": (
            QT_TRANSLATE_NOOP("RecordLabels", "Payment terms (days)"),
            QT_TRANSLATE_NOOP("RecordLabels", "days to pay an invoice"),
        ),
        "tax_rate_pct": (
            QT_TRANSLATE_NOOP("RecordLabels", "VAT rate (%)"),
            QT_TRANSLATE_NOOP("RecordLabels", "empty: the company's rate"),
        ),
        "tax_exemption": (
            QT_TRANSLATE_NOOP("RecordLabels", "VAT exemption"),
            QT_TRANSLATE_NOOP("RecordLabels", "why no VAT is charged; printed on invoices"),
        ),
        "sla": (
            QT_TRANSLATE_NOOP("RecordLabels", "SLA targets"),
            QT_TRANSLATE_NOOP("RecordLabels", "the clock each priority promises"),
        ),
        "sla_targets": (QT_TRANSLATE_NOOP("RecordLabels", "SLA targets"), ""),
    },
    "engineer": {
        "name": (
            QT_TRANSLATE_NOOP("RecordLabels", "Name"),
            QT_TRANSLATE_NOOP("RecordLabels", "the engineer's name"),
        ),
        "email": (QT_TRANSLATE_NOOP("RecordLabels", "E-mail"), ""),
        "phone": (
            QT_TRANSLATE_NOOP("RecordLabels", "Phone"),
            QT_TRANSLATE_NOOP("RecordLabels", "with country code, e.g. +31 6 1234 5678"),
        ),
        "skill_level": (QT_TRANSLATE_NOOP("RecordLabels", "Skill level"), ""),
        "skills": (
            QT_TRANSLATE_NOOP("RecordLabels", "Skills"),
            QT_TRANSLATE_NOOP("RecordLabels", "comma separated, e.g. network, windows"),
        ),
        "languages": (
            QT_TRANSLATE_NOOP("RecordLabels", "Languages"),
            QT_TRANSLATE_NOOP("RecordLabels", "comma separated codes, e.g. nl, en"),
        ),
        "region": (
            QT_TRANSLATE_NOOP("RecordLabels", "Base region"),
            QT_TRANSLATE_NOOP("RecordLabels", "where they travel from"),
        ),
        "base_latitude": (
            QT_TRANSLATE_NOOP("RecordLabels", "Base latitude"),
            QT_TRANSLATE_NOOP(
                "RecordLabels", "where their day starts, degrees north (south: negative)"
            ),
        ),
        "base_longitude": (
            QT_TRANSLATE_NOOP("RecordLabels", "Base longitude"),
            QT_TRANSLATE_NOOP("RecordLabels", "degrees east (west: negative), e.g. 4.90"),
        ),
        "home_time_zone": (
            QT_TRANSLATE_NOOP("RecordLabels", "Time zone"),
            QT_TRANSLATE_NOOP("RecordLabels", "the zone they work in, e.g. Europe/Amsterdam"),
        ),
        "working_hours": (
            QT_TRANSLATE_NOOP("RecordLabels", "Working hours"),
            QT_TRANSLATE_NOOP(
                "RecordLabels", "their week, in their own time zone; by default Mon–Fri 08:00–18:00"
            ),
        ),
        "cost_rate": (
            QT_TRANSLATE_NOOP("RecordLabels", "Cost per hour"),
            QT_TRANSLATE_NOOP("RecordLabels", "what an hour of theirs costs"),
        ),
        "cost_currency": (
            QT_TRANSLATE_NOOP("RecordLabels", "Cost currency"),
            QT_TRANSLATE_NOOP("RecordLabels", "three-letter code; empty: EUR"),
        ),
        "photo": (
            QT_TRANSLATE_NOOP("RecordLabels", "Photo"),
            QT_TRANSLATE_NOOP(
                "RecordLabels",
                "a passport-style picture, JPEG or PNG: sent when they are proposed for a "
                "visit, for the client to check their ID against",
            ),
        ),
        "active": (QT_TRANSLATE_NOOP("RecordLabels", "Active"), ""),
        "clients": (QT_TRANSLATE_NOOP("RecordLabels", "Assigned clients"), ""),
    },
}
"""Every field of every kind the window shows or edits."""

WHO = {
    # the fields a refusal names that are a whole record or the acting user
    "client": QT_TRANSLATE_NOOP("RecordLabels", "Client"),
    "site": QT_TRANSLATE_NOOP("RecordLabels", "Site"),
    "contact": QT_TRANSLATE_NOOP("RecordLabels", "Contact"),
    "contract": QT_TRANSLATE_NOOP("RecordLabels", "Contract"),
    "engineer": QT_TRANSLATE_NOOP("RecordLabels", "Engineer"),
    "user": QT_TRANSLATE_NOOP("RecordLabels", "Signed-in user"),
}


def label(kind: str, field: str) -> str:
    """The field's label in the window's language ("Time zone")."""
    found = LABELS.get(kind, {}).get(field)
    if found is not None:
        return QCoreApplication.translate("RecordLabels", found[0])
    if field in WHO:
        return QCoreApplication.translate("RecordLabels", WHO[field])
    words = field.replace("_", " ")  # a field the table lacks still reads as words
    return words[:1].upper() + words[1:]


def hint(kind: str, field: str) -> str:
    """What to enter in the field, in the window's language (empty when the label says it)."""
    found = LABELS.get(kind, {}).get(field)
    if found is None or not found[1]:
        return ""
    return QCoreApplication.translate("RecordLabels", found[1])
