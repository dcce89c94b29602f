"""The service review's own labels (V1, V2); their translations are in the catalogues.

Kept apart from the shared document labels so the review pack can grow its words without
touching every document's table; a key not found here is looked up there.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from console.wording.catalogue import N_, Text
from console.wording.labels import label_for

_ROWS: dict[str, Text] = {
    "key_figures": N_("review", "Key figures"),
    "this_period": N_("review", "This period"),
    "previous_period": N_("review", "Previous period"),
    "change": N_("review", "Change"),
    "points": N_("review", "pp"),
    "figure": N_("review", "Figure"),
    "tickets": N_("review", "Tickets"),
    "attainment": N_("review", "SLA attainment"),
    "attainment_of": N_("review", "SLA {kind}"),
    "target_line": N_("review", "Target {share}"),
    "reaction_median": N_("review", "Median reaction time"),
    "reaction_working": N_("review", "Average reaction in working hours"),
    "resolution_median": N_("review", "Median resolution time"),
    "arrivals": N_("review", "On-site arrivals"),
    "hours_worked": N_("review", "Hours worked"),
    "hours": N_("review", "Hours"),
    "by_phase": N_("review", "by phase"),
    "by_contract": N_("review", "by contract"),
    "fte_used": N_("review", "FTE hours used of the bundle"),
    "credit_used": N_("review", "Prepaid credit used"),
    "credit_left": N_("review", "Prepaid credit left at the end"),
    "invoiced": N_("review", "Invoiced, net"),
    "monthly_trend": N_("review", "Tickets and hours per month"),
    "recurring": N_("review", "Recurring incidents"),
    "found_cause": N_("review", "Cause found"),
    "month": N_("review", "Month"),
    "hours_per_month": N_("review", "Hours"),
    "no_contract": N_("review", "no contract"),
    "sla_chart": N_("review", "SLA attainment per target, this period and the previous one"),
    "kickoff_held": N_("review", "Kick-off held on {day}; assigned consultants: {consultants}."),
    "focus_areas": N_("review", "Focus areas agreed at the kick-off"),
    "risks": N_("review", "Open risks"),
    "recommendations": N_("review", "Recommendations"),
    "since": N_("review", "Since"),
    "no_focus_yet": N_("review", "No focus areas recorded yet."),
    # the Japanese font has no "≤": Japanese writes "within" and "over" as words anyway
    "bucket_within": N_("review", "≤ {h}"),
    "bucket_over": N_("review", "> {h}"),
    "nothing_recorded": N_("review", "Nothing recorded."),
    "agenda": N_("review", "Agenda for the review meeting"),
    "agenda_opening": N_("review", "Opening and goals of the meeting"),
    "agenda_figures": N_(
        "review", "Key figures of the period against the targets and the previous period"
    ),
    "agenda_incidents": N_("review", "Service levels and the main incidents"),
    "agenda_focus": N_("review", "Focus areas: where each stands"),
    "agenda_risks": N_("review", "Open risks and recommendations"),
    "agenda_use": N_("review", "Use of hours, credit and budget; invoices"),
    "agenda_next": N_("review", "Agreements, adjustments and next steps"),
    "agenda_any": N_("review", "Any other business"),
    "topic": N_("review", "Topic"),
    "agenda_time": N_("review", "Time"),
    "minutes": N_("review", "{n} min"),
    "decisions": N_("review", "Decisions and actions"),
    "participants": N_("review", "Participants"),
    "status_open": N_("review", "open"),
    "status_in_progress": N_("review", "in progress"),
    "status_done": N_("review", "done"),
    "status_closed": N_("review", "closed"),
}


def review_label_for(language: str) -> Callable[[str], str]:
    """The review's labels in one language, falling back to the shared document labels."""
    labels = _labels_in(language)
    shared = label_for(language)

    def label(key: str) -> str:
        found = labels.get(key)
        return found if found is not None else shared(key)

    return label


@cache
def _labels_in(language: str) -> dict[str, str]:
    return {key: text.to(language) for key, text in _ROWS.items()}


def review_label_keys() -> list[str]:
    """Every review label key (for the completeness test)."""
    return list(_ROWS)
