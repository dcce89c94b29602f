"""The values of the model's enums as words a person reads, in five languages.

Documents print them in the client's language and the window shows them in the user's,
so both say "in behandeling" for the same stored ``in_progress``. Each value's English
word is marked here; its translations are in the catalogues (context "word"). A value
means the same thing in every enum it appears in (``cancelled``, ``monthly_plan``), so one
word serves them all.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from console.wording.catalogue import N_, Text

_WORDS: dict[str, Text] = {
    # ticket status (T5)
    "open": N_("word", "open"),
    "in_progress": N_("word", "in progress"),
    "awaiting_reply": N_("word", "awaiting reply"),
    "on_hold": N_("word", "on hold"),
    "planned": N_("word", "planned"),
    "acceptance": N_("word", "acceptance"),
    "waiting_for_deploy": N_("word", "waiting for deployment"),
    "closed": N_("word", "closed"),
    # ticket category and priority
    "incident": N_("word", "incident"),
    "service_request": N_("word", "service request"),
    "change": N_("word", "change"),
    "server_management": N_("word", "server management"),
    "maintenance": N_("word", "maintenance"),
    "low": N_("word", "low"),
    "medium": N_("word", "medium"),
    "normal": N_("word", "normal"),
    "high": N_("word", "high"),
    "urgent": N_("word", "urgent"),
    # visit status (D7)
    "requested": N_("word", "requested"),
    "availability_checked": N_("word", "availability checked"),
    "engineer_proposed": N_("word", "engineer proposed"),
    "approved": N_("word", "approved"),
    "travel_booked": N_("word", "travel booked"),
    "en_route": N_("word", "en route"),
    "on_site": N_("word", "on site"),
    "working": N_("word", "working"),
    "completed": N_("word", "completed"),
    "cancelled": N_("word", "cancelled"),
    "no_access": N_("word", "no access"),
    # engineers
    "entry": N_("word", "entry"),
    "senior": N_("word", "senior"),
    "specialist": N_("word", "specialist"),
    "local_contact": N_("word", "local contact"),
    "ordering_engineer": N_("word", "ordering engineer"),
    "requester": N_("word", "requester"),
    "lead": N_("word", "lead"),
    "assist": N_("word", "assist"),
    # SLA targets and clocks
    "response": N_("word", "response"),
    "arrival": N_("word", "arrival"),
    "resolution": N_("word", "resolution"),
    "assessment": N_("word", "assessment"),
    "not_started": N_("word", "not started"),
    "running": N_("word", "running"),
    "at_risk": N_("word", "at risk"),
    "paused": N_("word", "paused"),
    "breached": N_("word", "breached"),
    "counted": N_("word", "counted"),
    "skipped": N_("word", "skipped"),
    "met": N_("word", "met"),
    # why clock time was counted, skipped or paused (C2)
    "inside_window": N_("word", "inside the service window"),
    "outside_hours": N_("word", "outside service hours"),
    "weekend": N_("word", "weekend"),
    "no_service_day": N_("word", "no service that day"),
    "public_holiday": N_("word", "public holiday"),
    "closure": N_("word (closing day)", "closed"),
    "ticket_status": N_("word", "ticket"),
    # time phases (E3)
    "none": N_("word", "no phase"),
    "restore": N_("word", "restoration"),
    "cause": N_("word", "cause removal"),
    # what a line drew on, and contract kinds (C1-C7)
    "fte_bundle": N_("word", "FTE bundle"),
    "prepaid_credit": N_("word", "prepaid credit"),
    "guarantee": N_("word", "guarantee hours"),
    "monthly_plan": N_("word", "monthly plan"),
    "express": N_("word", "Express"),
    "on_demand": N_("word", "on demand"),
    "fixed": N_("word", "fixed"),
    # credit movements (C5) and alerts
    "top_up": N_("word", "top-up"),
    "debit": N_("word", "debit"),
    "adjustment": N_("word", "adjustment"),
    "reversal": N_("word", "reversal"),
    "exhausted": N_("word", "exhausted"),
    # notes shown to the client (E6)
    "client": N_("word", "message to the client"),
    "evidence": N_("word", "evidence"),
    # ticket channel
    "email": N_("word", "email"),
    "portal": N_("word", "portal"),
    "phone": N_("word", "phone"),
    "signed_paper": N_("word", "signed paper"),
    "monitoring": N_("word", "monitoring"),
    # how a client takes its invoices
    "pdf": N_("word", "plain PDF"),
    "factur_x": N_("word", "PDF with embedded e-invoice (Factur-X)"),
    "ubl": N_("word", "PDF and UBL e-invoice file"),
    # notes, leave, non-billable reasons
    "internal": N_("word", "internal"),
    "knowledge": N_("word", "knowledge"),
    "vacation": N_("word", "vacation"),
    "sick": N_("word", "sick"),
    "training": N_("word", "training"),
    "other": N_("word", "other"),
    "own_defect": N_("word", "own defect"),
    "goodwill": N_("word", "goodwill"),
    # users' roles
    "dispatcher": N_("word", "dispatcher"),
    "engineer": N_("word", "engineer"),
    "service_manager": N_("word", "service manager"),
    "admin": N_("word", "administrator"),
    "client_admin": N_("word", "client admin"),
    # contracts, credit and invoices
    "retainer": N_("word", "retainer"),
    "service_desk_basis": N_("word", "service desk Basis (10x5)"),
    "service_desk_comfort": N_("word", "service desk Comfort (24x7)"),
    "money": N_("word", "money"),
    "hours": N_("word", "hours"),
    "draft": N_("word", "draft"),
    "issued": N_("word", "issued"),
    "paid": N_("word", "paid"),
    "restoration": N_("word", "restoration"),
    "monthly": N_("word", "monthly"),
    "cause_removal": N_("word", "cause removal"),
    "fte_overage": N_("word", "FTE overage"),
    "credit_top_up": N_("word", "credit top-up"),
    "credit_note": N_("word", "credit note"),
    # checklist kinds (D4, D10)
    "item": N_("word", "item"),
    "paperwork": N_("word", "paperwork"),
    # checklist (D4, D10)
    "pending": N_("word", "pending"),
    "done": N_("word", "done"),
    "not_needed": N_("word", "not needed"),
    # what a received mail became (T1, T2)
    "ticket": N_("word", "ticket"),
    "note": N_("word", "note"),
    "reopened": N_("word", "reopened"),
    "follow_up": N_("word", "follow-up ticket"),
    "triage": N_("word", "unknown sender"),
    "quarantine": N_("word", "unreadable"),
    "ignored_auto": N_("word", "automatic mail, ignored"),
    "duplicate": N_("word", "duplicate"),
    # a monitoring alert's state (T1)
    "firing": N_("word", "firing"),
    "resolved": N_("word", "resolved"),
    "notice": N_("word", "notice"),
}


def words_for(language: str) -> Callable[[object], str]:
    """A lookup of enum values as words in one language (the value itself where unknown)."""
    words = _words_in(language)

    def word(value: object) -> str:
        key = str(getattr(value, "value", value))
        found = words.get(key)
        return found if found is not None else key.replace("_", " ")

    return word


@cache
def _words_in(language: str) -> dict[str, str]:
    return {key: text.to(language) for key, text in _WORDS.items()}


def known_values() -> list[str]:
    """Every value with words (for the completeness test)."""
    return list(_WORDS)
