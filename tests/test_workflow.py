"""Ticket and visit workflows (T2, T5, T8, D7), references and replies."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.enums import TicketStatus, VisitStatus
from console.rules.references import format_reference, is_provisional, provisional_reference
from console.rules.workflow import (
    Actor,
    ReplyAction,
    WorkflowError,
    allowed_ticket_statuses,
    allowed_visit_statuses,
    check_ticket_transition,
    check_visit_transition,
    classify_reply,
    reference_in_subject,
    subject_with_reference,
)

T, V = TicketStatus, VisitStatus
NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def test_t5_every_status_is_reachable_and_closed_only_reopens() -> None:
    reachable = {T.OPEN}
    frontier = [T.OPEN]
    while frontier:
        current = frontier.pop()
        for nxt in allowed_ticket_statuses(current, Actor.ADMIN):
            if nxt not in reachable:
                reachable.add(nxt)
                frontier.append(nxt)
    assert reachable == set(TicketStatus)
    assert allowed_ticket_statuses(T.CLOSED, Actor.DISPATCHER) == [T.OPEN]


def test_t5_illegal_transition_is_refused_with_a_message() -> None:
    with pytest.raises(WorkflowError, match="cannot go from on hold to acceptance"):
        check_ticket_transition(T.ON_HOLD, T.ACCEPTANCE, Actor.DISPATCHER)
    with pytest.raises(WorkflowError, match="already closed"):
        check_ticket_transition(T.CLOSED, T.CLOSED, Actor.DISPATCHER)


def test_t8_provider_closes_and_client_may_reopen() -> None:
    check_ticket_transition(T.IN_PROGRESS, T.CLOSED, Actor.ENGINEER)
    with pytest.raises(
        WorkflowError, match="the client cannot move a ticket from in progress to closed"
    ):
        check_ticket_transition(T.IN_PROGRESS, T.CLOSED, Actor.CLIENT)
    check_ticket_transition(T.ACCEPTANCE, T.CLOSED, Actor.CLIENT)  # closed together with the client
    check_ticket_transition(T.CLOSED, T.OPEN, Actor.CLIENT)
    with pytest.raises(WorkflowError):
        check_ticket_transition(
            T.CLOSED, T.OPEN, Actor.ENGINEER
        )  # reopening is the desk's or client's


def test_d7_visit_life_cycle_in_order() -> None:
    path = [
        V.REQUESTED,
        V.AVAILABILITY_CHECKED,
        V.ENGINEER_PROPOSED,
        V.APPROVED,
        V.TRAVEL_BOOKED,
        V.EN_ROUTE,
        V.ON_SITE,
        V.WORKING,
        V.COMPLETED,
    ]
    actors = [
        Actor.DISPATCHER,
        Actor.DISPATCHER,
        Actor.CLIENT,
        Actor.DISPATCHER,
        Actor.ENGINEER,
        Actor.ENGINEER,
        Actor.ENGINEER,
        Actor.ENGINEER,
    ]
    for (a, b), who in zip(itertools.pairwise(path), actors, strict=True):
        check_visit_transition(a, b, who)


def test_d7_no_engineer_leaves_without_approval() -> None:
    with pytest.raises(WorkflowError, match="no engineer leaves before the client approved"):
        check_visit_transition(V.ENGINEER_PROPOSED, V.EN_ROUTE, Actor.ENGINEER)
    assert V.EN_ROUTE in allowed_visit_statuses(V.APPROVED, Actor.ENGINEER)


def test_d7_client_approves_or_rejects_the_proposed_engineer() -> None:
    assert set(allowed_visit_statuses(V.ENGINEER_PROPOSED, Actor.CLIENT)) == {
        V.APPROVED,
        V.AVAILABILITY_CHECKED,
        V.CANCELLED,
    }
    with pytest.raises(WorkflowError, match="an engineer cannot"):
        check_visit_transition(V.ENGINEER_PROPOSED, V.APPROVED, Actor.ENGINEER)


def test_d8_no_access_ends_the_visit() -> None:
    check_visit_transition(V.ON_SITE, V.NO_ACCESS, Actor.ENGINEER)
    assert allowed_visit_statuses(V.NO_ACCESS, Actor.ADMIN) == []
    with pytest.raises(WorkflowError):
        check_visit_transition(V.WORKING, V.CANCELLED, Actor.DISPATCHER)


# -- references ---------------------------------------------------------------------------


def test_t2_reference_format_and_subject_round_trip() -> None:
    ref = format_reference(2026, 123)
    assert ref == "T-2026-000123"
    assert reference_in_subject("Re: [T-2026-000123] printer") == ref
    assert reference_in_subject("RE: AW: T-2026-000123 still broken") == ref
    assert reference_in_subject("order XT-2026-000123-B") is None
    assert subject_with_reference(ref, "printer") == "[T-2026-000123] printer"
    assert (
        subject_with_reference(ref, "Re: [T-2026-000123] printer") == "Re: [T-2026-000123] printer"
    )


@given(st.integers(2000, 2099), st.integers(1, 999_999), st.text(max_size=30))
def test_t2_reference_is_found_in_any_subject(year: int, number: int, words: str) -> None:
    ref = format_reference(year, number)
    assert reference_in_subject(subject_with_reference(ref, words.replace("T-", ""))) == ref


def test_provisional_references_for_offline_tickets() -> None:
    ref = provisional_reference(2026, "a1b2c3d4e5")
    assert ref == "T-2026-PA1B2C3D4" and is_provisional(ref)
    assert not is_provisional("T-2026-000001")
    assert reference_in_subject(f"Re: [{ref}] laptop") == ref


# -- replies -----------------------------------------------------------------------------


def closed_reply(
    body: str, days: float = 1, subject: str = "Re: [T-2026-000001] printer", **kw: object
):
    return classify_reply(T.CLOSED, NOW, NOW + timedelta(days=days), subject, body, **kw)  # type: ignore[arg-type]


def test_t2_reply_to_a_closed_ticket_reopens_it() -> None:
    assert closed_reply("The printer jams again on tray 2.").action is ReplyAction.REOPEN


def test_t2_bare_thanks_and_auto_replies_do_not_reopen() -> None:
    for body in (
        "Thanks!",
        "thank you very much",
        "Bedankt!",
        "Спасибо",
        "ありがとうございます",
        "Thanks!\n\nOn Mon, 16 Nov 2026 Desk wrote:\n> Closed.",
    ):
        assert closed_reply(body).action is ReplyAction.NOTE, body
    assert closed_reply("I am away", auto_submitted=True).action is ReplyAction.NOTE
    assert (
        closed_reply("I am away", subject="Automatic reply: [T-2026-000001]").action
        is ReplyAction.NOTE
    )


def test_t8_reply_after_the_reopen_window_becomes_a_linked_ticket() -> None:
    decision = closed_reply("It broke again.", days=20)
    assert decision.action is ReplyAction.NEW_TICKET and "linked" in str(decision.reason)


def test_t9_reply_to_an_open_ticket_is_a_comment_or_resumes_it() -> None:
    assert (
        classify_reply(T.IN_PROGRESS, None, NOW, "Re: x", "more info").action is ReplyAction.COMMENT
    )
    assert (
        classify_reply(T.AWAITING_REPLY, None, NOW, "Re: x", "here it is").action
        is ReplyAction.RESUME
    )
    check_ticket_transition(T.AWAITING_REPLY, T.IN_PROGRESS, Actor.SYSTEM)
