"""The words of the mails the desk sends, keyed by their part of a mail.

The English text is marked here, with ``{name}`` fields filled by the outbox; each
language's is in its catalogue (context "mail"), and a test checks every catalogue has
them all with the same fields. Plain text only: the mails are text/plain.
"""

from __future__ import annotations

import string
from collections.abc import Callable

from console.wording.catalogue import N_, Text
from console.wording.languages import LANGUAGES, supported

_ROWS: dict[str, Text] = {
    "greeting": N_("mail", "Dear {name},"),
    "greeting_anonymous": N_("mail", "Hello,"),
    "sign_off": N_("mail", "Kind regards,\n{desk}"),
    "automatic": N_("mail", "This message was sent automatically."),
    "keep_reference": N_(
        "mail",
        "Please keep {reference} in the subject when you write to us about this matter; a "
        "reply to this message is added to the ticket.",
    ),
    "confirmation_subject": N_("mail", "Received: {title}"),
    "confirmation_body": N_(
        "mail",
        'We have received your message "{title}" and registered it as ticket {reference}. '
        "The service desk will get back to you.",
    ),
    # T2: a ticket the desk registered while the client phoned, or the client in the portal
    "confirmation_request_body": N_(
        "mail",
        'We have registered your request "{title}" as ticket {reference}. The service desk '
        "will get back to you.",
    ),
    # P1: a reply that came after the reopen window opened a ticket of its own
    "confirmation_follows": N_(
        "mail",
        'It follows on from your ticket {closed} "{closed_title}", which is closed: a '
        "message that comes that long after a ticket was closed gets a ticket of its own, "
        "linked to the earlier one.",
    ),
    # D7: who comes, and that they are there
    "visit_proposed_subject": N_("mail", "Visit {visit} on {start}"),
    "visit_proposed_body": N_(
        "mail",
        "For ticket {reference} we propose a visit to {site} on {start}. Coming: {engineers}.",
    ),
    "visit_photo_id": N_(
        "mail",
        "Each engineer carries photo ID: please check it against the name above when they arrive.",
    ),
    "visit_photos_attached": N_(
        "mail", "Their photos are attached, for you to recognise them at the door."
    ),
    "visit_reach_desk": N_("mail", "through the service desk"),
    "visit_arrived_subject": N_("mail", "Visit {visit}: on site"),
    "visit_arrived_body": N_("mail", "{names} arrived at {site} on {at} for ticket {reference}."),
    "status_subject": N_("mail", "{title}: {status}"),
    "status_body": N_(
        "mail", 'The status of your ticket {reference} "{title}" changed from {old} to {new}.'
    ),
    "status_closed": N_(
        "mail",
        "If the matter is not solved, reply to this message within {days} days and the "
        "ticket is reopened.",
    ),
    "reply_subject": N_("mail", "Re: {title}"),
    "reply_intro": N_("mail", "A message from the service desk about your ticket {reference}:"),
    # the desk's own notices: to the dispatcher and the account manager
    "sla_at_risk_subject": N_("mail", "Deadline at risk: {title}"),
    "sla_at_risk_body": N_(
        "mail",
        'The {target} deadline of ticket {reference} "{title}" for {client} is at risk: it '
        "is due at {due}.",
    ),
    "sla_breached_subject": N_("mail", "Deadline missed: {title}"),
    "sla_breached_body": N_(
        "mail",
        'The {target} deadline of ticket {reference} "{title}" for {client} was missed: it '
        "was due at {due}.",
    ),
    "credit_low_subject": N_("mail", "Prepaid credit nearly used up: {client}"),
    "credit_low_body": N_(
        "mail",
        "The prepaid credit of {client} under the contract {contract} is nearly used up: "
        "{balance} remains. Please talk to the client about topping it up.",
    ),
    "credit_exhausted_subject": N_("mail", "Prepaid credit used up: {client}"),
    "credit_exhausted_body": N_(
        "mail",
        "The prepaid credit of {client} under the contract {contract} is used up: the "
        "balance is {balance}. Please talk to the client about topping it up.",
    ),
    "hours": N_("mail", "{amount} h"),
    "service_desk": N_("mail", "The service desk"),
}


def language_of(code: str | None) -> str:
    """One of our languages from a language or locale code ("nl_NL" is "nl")."""
    return supported(code)


def mail_text_for(language: str) -> Callable[..., str]:
    """A lookup of mail texts in one language, filled with the fields given."""

    def text(key: str, **values: object) -> str:
        return _ROWS[key].to(language).format(**values)

    return text


def mail_text_keys() -> list[str]:
    """Every text key (for the completeness test)."""
    return list(_ROWS)


def mail_text_fields(key: str) -> list[set[str]]:
    """The fields each language's text of a key uses (for the completeness test)."""
    return [
        {name for _lit, name, _spec, _conv in string.Formatter().parse(_ROWS[key].to(code)) if name}
        for code in LANGUAGES
    ]
