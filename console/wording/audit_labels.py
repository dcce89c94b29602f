"""The yearly IT audit's own labels (V3); their translations are in the catalogues.

Kept apart from the review's and the shared document labels so the audit can grow its
words without touching their tables; a key not found here is looked up in the review's
labels, then the shared ones.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from console.wording.catalogue import N_, Text
from console.wording.review_labels import review_label_for

_ROWS: dict[str, Text] = {
    "audit": N_("audit", "Yearly IT audit"),
    "client": N_("audit", "Client"),
    "year": N_("audit", "Year"),
    "prepared_by": N_("audit", "Prepared by"),
    "issued_on": N_("audit", "Date"),
    "contents": N_("audit", "Contents"),
    "executive_summary": N_("audit", "Executive summary"),
    "year_figures": N_("audit", "The year in figures, against the previous year"),
    "highlights": N_("audit", "Highlights"),
    "sla_overall": N_(
        "audit",
        "SLA attainment over all targets: {share} (target {target}; previous year {before})",
    ),
    "open_notes": N_("audit", "Open risks: {risks} · open recommendations: {advice}"),
    "recurring_count": N_("audit", "Incidents that recurred: {n}"),
    "quarterly_trend": N_("audit", "Quarterly trend"),
    "quarter": N_("audit", "Quarter"),
    "quarter_n": N_("audit", "Q{n}"),
    "sla_per_quarter": N_("audit", "SLA attainment per quarter, all targets"),
    "risks_recommendations": N_("audit", "Risks and recommendations"),
    "notes_intro": N_(
        "audit", "Raised or open during the year, open ones first, with where each stands today."
    ),
    "audit_risks": N_("audit", "Risks"),
    "audit_recommendations": N_("audit", "Recommendations"),
    "raised": N_("audit", "Raised"),
    "closed_on": N_("audit", "Closed"),
    "none_this_year": N_("audit", "None recorded for this year."),
    "infrastructure": N_("audit", "Infrastructure covered"),
    "sites": N_("audit", "Sites"),
    "site": N_("audit", "Site"),
    "address": N_("audit", "Address"),
    "inactive": N_("audit", "inactive"),
    "tickets_in_year": N_("audit", "Tickets this year"),
    "contracts_in_force": N_("audit", "Contracts in force during the year"),
    "kind": N_("audit", "Kind"),
    "valid_from": N_("audit", "From"),
    "valid_until": N_("audit", "Until"),
    "open_ended": N_("audit", "open-ended"),
    "no_sites": N_("audit", "No sites recorded."),
    "no_contracts": N_("audit", "No contract in force this year."),
    "recurring_year": N_("audit", "Recurring incidents of the year"),
    "no_recurring": N_("audit", "No incident came back this year."),
    "to_date": N_("audit", "(to date)"),
    "year_to_date": N_("audit", "The year is not over: figures up to and including {day}."),
    "knowledge_base": N_("audit", "Knowledge base at the end of the year"),
    "article": N_("audit", "Article"),
    "topic": N_("audit", "Topic"),
    "last_changed": N_("audit", "Last changed"),
    "revisions": N_("audit", "Versions"),
    "whole_client": N_("audit", "All sites"),
    "no_articles": N_("audit", "Nothing was written in the knowledge base by the end of the year."),
    "topic_network": N_("audit", "Network"),
    "topic_servers": N_("audit", "Servers"),
    "topic_workstations": N_("audit", "Workstations"),
    "topic_printers": N_("audit", "Printers"),
    "topic_software": N_("audit", "Software"),
    "topic_backup": N_("audit", "Backup"),
    "topic_security": N_("audit", "Security"),
    "topic_access": N_("audit", "Access and keys"),
    "topic_contacts": N_("audit", "Suppliers and contacts"),
    "topic_procedures": N_("audit", "Procedures"),
    "topic_other": N_("audit", "Other"),
    "times": N_("audit", "Occurrences"),
}


def audit_label_for(language: str) -> Callable[[str], str]:
    """The audit's labels in one language, falling back to the review's and shared labels."""
    labels = _labels_in(language)
    review = review_label_for(language)

    def label(key: str) -> str:
        found = labels.get(key)
        return found if found is not None else review(key)

    return label


@cache
def _labels_in(language: str) -> dict[str, str]:
    return {key: text.to(language) for key, text in _ROWS.items()}


def audit_label_keys() -> list[str]:
    """Every audit label key (for the completeness test)."""
    return list(_ROWS)
