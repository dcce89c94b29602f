"""The labels documents print, keyed by what they label.

The English text is marked here; each language's is in its catalogue (context
"document"), and a test checks every catalogue has them all.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from console.wording.catalogue import N_, Text

_ROWS: dict[str, Text] = {
    # work order (D1, D3, D4, D7, D10, E7)
    "work_order": N_("document", "Work order"),
    "ticket": N_("document", "Ticket"),
    "client": N_("document", "Client"),
    "site": N_("document", "Site"),
    "address": N_("document", "Address"),
    "floor": N_("document", "Floor"),
    "entry": N_("document", "Entry instructions"),
    "map": N_("document", "Map"),
    "contacts": N_("document", "Local contacts"),
    "planned": N_("document", "Planned window (site time)"),
    "reserved": N_("document", "Reserved hours"),
    "grace": N_("document", "grace"),
    "reserved_note": N_(
        "document", "At least 2 h are charged; time beyond the reservation is not guaranteed."
    ),
    "engineers": N_("document", "Engineers"),
    "skill": N_("document", "Skill level"),
    "languages": N_("document", "Languages"),
    "assistance": N_("document", "On-site assistance required"),
    "yes": N_("document", "yes"),
    "no": N_("document", "no"),
    "work": N_("document", "Work description"),
    "hardware": N_("document", "Target hardware"),
    "sequence": N_("document", "Sequence"),
    "confirm_before": N_("document", "Confirm before"),
    "confirm_after": N_("document", "Confirm after"),
    "documents": N_("document", "Documents needed"),
    "bring": N_("document", "Items to bring"),
    "paperwork": N_("document", "Paperwork"),
    "nda": N_("document", "Confidentiality"),
    "nda_on_file": N_("document", "NDA on file"),
    "nda_default": N_("document", "Provider's default NDA accepted with the request"),
    "nda_missing": N_("document", "No NDA: confirm before work starts"),
    "arrival": N_("document", "Arrival time"),
    "departure": N_("document", "Departure time"),
    "work_done": N_("document", "Work done"),
    "materials": N_("document", "Materials used"),
    "client_name": N_("document", "Client's name"),
    "client_signature": N_("document", "Client's signature"),
    "engineer_signature": N_("document", "Engineer's signature"),
    # D7: the client agrees that the engineer may leave the site
    "may_leave": N_("document", "The engineer may leave"),
    "may_leave_note": N_(
        "document", "The client confirms the work is done and the engineer may leave the site."
    ),
    "approved_by": N_("document", "Approved by"),
    "approved_at": N_("document", "Time"),
    "status": N_("document", "Status"),
    "day_sheet": N_("document", "Day sheet"),
    "page": N_("document", "Page"),
    # incident report (E1, E6)
    "incident_report": N_("document", "Technical incident report"),
    "summary": N_("document", "Summary"),
    "assessment": N_("document", "Assessment"),
    "can_fix": N_("document", "Can we fix it"),
    "risk": N_("document", "Risk"),
    "assessed_at": N_("document", "Assessment given"),
    "urgency": N_("document", "Urgency"),
    "urgency_of": N_("document", "{n} of 4"),
    "uncertainty": N_("document", "Uncertainty"),
    "restore_estimate": N_("document", "Estimated time to restore"),
    "fix_estimate": N_("document", "Estimated time to remove the cause"),
    # E2, E7: what the assessment set for the client
    "guarantee": N_("document", "Guarantee hours"),
    "guarantee_waived": N_("document", "waived by the expert"),
    "timeline": N_("document", "Timeline"),
    "sla_results": N_("document", "SLA results"),
    "target": N_("document", "Target"),
    "due": N_("document", "Due"),
    "result": N_("document", "Result"),
    "explained": N_("document", "How the deadline was counted"),
    "actions": N_("document", "Actions and evidence"),
    "time_by_phase": N_("document", "Time spent per phase"),
    "phase": N_("document", "Phase"),
    "hours": N_("document", "Hours"),
    "cause": N_("document", "Cause and recommendations"),
    "sign_off": N_("document", "Sign-off"),
    "partial": N_("document", "partial close"),
    "final": N_("document", "final close"),
    "issued_for": N_("document", "Issued at"),
    # invoices and statements (C3-C8, D2, D3, D8, E2-E4)
    "invoice": N_("document", "Invoice"),
    "number": N_("document", "Number"),
    "issue_date": N_("document", "Issue date"),
    "due_date": N_("document", "Due date"),
    "period": N_("document", "Period"),
    "vat_id": N_("document", "VAT id"),
    "date": N_("document", "Date"),
    "engineer": N_("document", "Engineer"),
    "description": N_("document", "Description"),
    "rate": N_("document", "Rate"),
    "multiplier": N_("document", "×"),
    "amount": N_("document", "Amount"),
    "drew_on": N_("document", "Drawn on"),
    "subtotal": N_("document", "Subtotal"),
    "tax": N_("document", "Tax"),
    "total": N_("document", "Total"),
    "terms": N_("document", "Payment terms"),
    "from": N_("document", "From"),
    "to": N_("document", "To"),
    # the invoice a client reads: tax notes, terms and line texts in its language
    "reverse_charge_note": N_(
        "document", "VAT reverse charge – Article 196 Council Directive 2006/112/EC"
    ),
    "terms_net": N_("document", "{days} days net"),
    "pay_quoting": N_("document", "Please pay by the due date, quoting {number}."),
    "credit_note": N_("document", "Credit note"),
    "corrects": N_("document", "Corrects invoice"),
    "credit_reason": N_("document", "Reason"),
    "bank_account": N_("document", "Bank account"),
    "line_work": N_("document", "work"),
    "line_outside_hours": N_("document", "outside service hours"),
    "line_beyond_reservation": N_("document", "time beyond the reservation"),
    "line_own_defect": N_("document", "own defect, not billed"),
    "line_goodwill": N_("document", "goodwill, not billed"),
    "line_internal": N_("document", "internal work, not billed"),
    "line_rush_fee": N_("document", "Rush fee, less than 24 h notice"),
    "line_guarantee": N_(
        "document", "Guarantee: {hours} Express hour(s), paid up front, non-refundable"
    ),
    "line_guarantee_paid": N_("document", "Guarantee hours already paid"),
    "line_visit_reserved": N_("document", "On-site visit {ref}: {hours} h reserved"),
    "line_visit_no_access": N_(
        "document", "On-site visit {ref}: no access, full reservation charged"
    ),
    "line_workstations": N_(
        "document", "{name}: {count} workstations at {price} {currency}, {month}"
    ),
    "line_onsite_surcharge": N_(
        "document", "{name}: regular on-site visits, {pct} % on the workstation price"
    ),
    "line_prepaid_credit": N_("document", "{name}: prepaid credit {what}, {month}"),
    "line_monthly_fee": N_("document", "monthly fee"),
    "statement": N_("document", "Statement"),
    "credit_statement": N_("document", "Prepaid credit statement"),
    "fte_statement": N_("document", "FTE bundle statement"),
    "opening": N_("document", "Opening balance"),
    "closing": N_("document", "Closing balance"),
    "movement": N_("document", "Movement"),
    "balance": N_("document", "Balance"),
    "bundle": N_("document", "Bundle"),
    "used": N_("document", "Used"),
    "overage": N_("document", "Beyond the bundle"),
    "overdraft": N_("document", "overdraft"),
    # quarterly review (V1, V2)
    "review": N_("document", "Service review"),
    "tickets_by": N_("document", "Tickets by category and priority"),
    "category": N_("document", "Category"),
    "priority": N_("document", "Priority"),
    "compliance": N_("document", "SLA compliance per target"),
    "met": N_("document", "met"),
    "missed": N_("document", "missed"),
    "distribution": N_("document", "Response and resolution times"),
    "response": N_("document", "Response"),
    "resolution": N_("document", "Resolution"),
    "hours_by": N_("document", "Hours by phase, contract and engineer"),
    "contract": N_("document", "Contract"),
    "credit_over_time": N_("document", "Prepaid credit balance over time"),
    "fte_use": N_("document", "FTE use against the bundle"),
    "visits": N_("document", "Visits"),
    "top_incidents": N_("document", "Top incidents"),
    "meeting_notes": N_("document", "Notes for the meeting"),
    # invoice kinds under the title (E2-E4, C5-C7)
    "kind_guarantee": N_("document", "guarantee hours"),
    "kind_restoration": N_("document", "service restoration"),
    "kind_cause_removal": N_("document", "cause removal"),
    "kind_monthly": N_("document", "monthly"),
    "kind_fte_overage": N_("document", "hours beyond the FTE bundle"),
    "kind_credit_top_up": N_("document", "prepaid credit"),
    "count": N_("document", "Count"),
    "none": N_("document", "none"),
}


def label_for(language: str) -> Callable[[str], str]:
    """A lookup of labels in one language (English where the language is not offered)."""
    labels = _labels_in(language)

    def label(key: str) -> str:
        return labels[key]

    return label


@cache
def _labels_in(language: str) -> dict[str, str]:
    return {key: text.to(language) for key, text in _ROWS.items()}


def label_keys() -> list[str]:
    """Every label key (for the completeness test)."""
    return list(_ROWS)
