"""Recording an emergency's free technical assessment (E1) and its guarantee hours (E2).

The window's assessment dialog and `tickets assess` call these; the rules are in
`console.rules.assessment`. Recording the answer meets the assessment's SLA clock (the
60 minutes run from the call to `answered_at`), and a later close bills the guarantee
hours it set, unless waived.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import ContractKind
from console.errors import UserError
from console.model import Assessment, Client, Contract, Ticket, User
from console.rules.assessment import AssessmentAnswer, check_assessment
from console.rules.roles import Scope, Task, check
from console.services.acting import Acting, Sessions, acting_role, reading, writing
from console.services.emergency import guarantee_billed
from console.wording.phrases import phrase

ANSWER_WITHIN = timedelta(minutes=60)
"""The expert answers within an hour of the call (E1)."""


@dataclass(frozen=True)
class EmergencyAssessment:
    """An emergency ticket and its assessment, if given: what the dialog opens with."""

    ticket_id: uuid.UUID
    reference: str
    title: str
    client: str
    zone: str
    """The client's time zone, in which the times read."""
    opened_at: datetime
    express: bool
    """Whether the ticket is an Express emergency, which alone is assessed."""
    answer: AssessmentAnswer | None
    answered_at: datetime | None
    expert: str | None
    guarantee_billed: bool
    nda_on_file: bool = True
    """Whether the client signed an NDA; without one the provider's default NDA is
    accepted with the assessment (E7)."""

    @property
    def due_at(self) -> datetime:
        """When the answer is due: an hour after the call."""
        return self.opened_at + ANSWER_WITHIN


def _read(session: Session, ticket: Ticket) -> EmergencyAssessment:
    client = session.get_one(Client, ticket.client_id)
    contract = session.get(Contract, ticket.contract_id) if ticket.contract_id else None
    found = session.scalar(select(Assessment).where(Assessment.ticket_id == ticket.id))
    answer = expert = None
    if found is not None:
        answer = AssessmentAnswer(
            found.can_fix, found.uncertainty, found.risk, found.restore_estimate_minutes,
            found.fix_estimate_minutes, found.guarantee_hours, found.guarantee_waived,
        )  # fmt: skip
        user = session.get(User, found.expert_id) if found.expert_id else None
        expert = user.display_name if user else None
    return EmergencyAssessment(
        ticket.id, ticket.reference, ticket.title, client.name, client.time_zone,
        ticket.opened_at, contract is not None and contract.kind == ContractKind.EXPRESS,
        answer, found.answered_at if found else None, expert,
        guarantee_billed(session, ticket.id), client.nda_on_file,
    )  # fmt: skip


def _ticket(session: Session, ticket_id: uuid.UUID) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise UserError(phrase("ticket {id} does not exist", id=str(ticket_id)))
    return ticket


def assessment_of(sessions: Sessions, ticket_id: uuid.UUID) -> EmergencyAssessment:
    """An emergency ticket with its assessment as recorded so far."""
    with reading(sessions) as session:
        return _read(session, _ticket(session, ticket_id))


def record_assessment(
    sessions: Sessions,
    acting: Acting,
    ticket_id: uuid.UUID,
    answer: AssessmentAnswer,
    answered_at: datetime,
    now: datetime,
) -> EmergencyAssessment:
    """Record (or correct) the expert's answer and guarantee in one transaction, the acting
    user as the expert; a refusal writes nothing."""
    with writing(sessions) as session:
        ticket = _ticket(session, ticket_id)
        role = acting_role(session, acting)
        check(Task.ASSESS_EMERGENCY, Scope(role), ticket.client_id, field="user")
        before = _read(session, ticket)
        paid = None
        if before.guarantee_billed:  # the hours assessed, or the default hour billed unassessed
            paid = before.answer or AssessmentAnswer(True, "", "medium", None, None)
        kept = check_assessment(
            answer, express=before.express, opened_at=ticket.opened_at, answered_at=answered_at,
            now=now, billed=paid,
        )  # fmt: skip
        found = session.scalar(select(Assessment).where(Assessment.ticket_id == ticket.id))
        if found is None:
            found = Assessment(ticket_id=ticket.id)
            session.add(found)
        found.expert_id = acting.user_id
        found.answered_at = answered_at
        found.can_fix = kept.can_fix
        found.uncertainty = kept.uncertainty
        found.risk = kept.risk
        found.restore_estimate_minutes = kept.restore_minutes
        found.fix_estimate_minutes = kept.fix_minutes
        found.guarantee_hours = kept.guarantee_hours
        found.guarantee_waived = kept.guarantee_waived
        # E7: no NDA on file, the provider's default one is accepted with the request
        found.nda_accepted_default = not before.nda_on_file
        session.flush()
        return _read(session, ticket)
