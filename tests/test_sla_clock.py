"""SLA clocks over a ticket's status history (C2, T6, D7, D9, E1)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from console.enums import SlaTargetKind, TicketStatus
from console.rules.calendar import around_the_clock, calendar_for
from console.rules.schedule import BASIS_10X5
from console.rules.sla import ClockState, StatusChange, Target, evaluate, resolution_met_at
from console.wording.causes import causes_in, english_reason, explain_clock

AMS = ZoneInfo("Europe/Amsterdam")
BASIS = calendar_for(BASIS_10X5, "Europe/Amsterdam", "NL")
PAUSES = frozenset({TicketStatus.AWAITING_REPLY, TicketStatus.ON_HOLD})
S = TicketStatus


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=AMS)


def resolution(hours: int, pauses: frozenset[TicketStatus] = PAUSES) -> Target:
    return Target(SlaTargetKind.RESOLUTION, hours * 60, BASIS, pauses)


def history(*steps: tuple[datetime, TicketStatus]) -> list[StatusChange]:
    return [StatusChange(t, s) for t, s in steps]


def test_c2_running_clock_due_and_remaining() -> None:
    opened = at(16, 9)  # Monday
    clock = evaluate(resolution(8), opened, history((opened, S.OPEN)), now=at(16, 13))
    assert clock.state is ClockState.RUNNING
    assert clock.used == timedelta(hours=4) and clock.remaining == timedelta(hours=4)
    assert clock.due_at == at(16, 17)


def test_c2_clock_at_risk_at_the_configured_share() -> None:
    opened = at(16, 9)
    clock = evaluate(resolution(8), opened, history((opened, S.OPEN)), now=at(16, 16, 30))
    assert clock.state is ClockState.AT_RISK  # 7.5 of 8 hours used, above 80 %


def test_c2_breached_after_due() -> None:
    opened = at(16, 9)
    clock = evaluate(resolution(8), opened, history((opened, S.OPEN)), now=at(16, 17, 1))
    assert clock.state is ClockState.BREACHED and clock.due_at == at(16, 17)


def test_c2_pause_statuses_stop_the_clock_and_resume() -> None:
    opened = at(16, 9)
    steps = history((opened, S.OPEN), (at(16, 11), S.AWAITING_REPLY), (at(17, 10), S.IN_PROGRESS))
    paused = evaluate(resolution(8), opened, steps[:2], now=at(16, 15))
    assert paused.state is ClockState.PAUSED and paused.due_at is None
    assert paused.used == timedelta(hours=2)
    running = evaluate(resolution(8), opened, steps, now=at(17, 11))
    assert running.used == timedelta(hours=3)
    assert running.due_at == at(17, 16)  # 6 hours left from 10:00


def test_c2_response_is_not_paused_by_resolution_pauses() -> None:
    opened = at(16, 9)
    response = Target(SlaTargetKind.RESPONSE, 60, BASIS)  # no pause statuses
    steps = history((opened, S.OPEN), (at(16, 9, 10), S.AWAITING_REPLY))
    clock = evaluate(response, opened, steps, now=at(16, 9, 30))
    assert clock.state is ClockState.RUNNING and clock.due_at == at(16, 10)


def test_c2_first_response_while_paused_is_met_at_that_instant() -> None:
    opened = at(16, 9)
    response = Target(SlaTargetKind.RESPONSE, 60, BASIS, PAUSES)
    steps = history((opened, S.OPEN), (at(16, 9, 20), S.ON_HOLD))
    clock = evaluate(response, opened, steps, now=at(16, 15), met_at=at(16, 11))
    assert clock.state is ClockState.MET and clock.met_at == at(16, 11)
    assert clock.used == timedelta(minutes=20)  # only running time before the pause counts


def test_c2_contract_changed_mid_pause_is_recomputed_from_the_history() -> None:
    opened = at(16, 9)
    steps = history((opened, S.OPEN), (at(16, 12), S.ON_HOLD), (at(18, 9), S.IN_PROGRESS))
    before = evaluate(resolution(16), opened, steps[:2], now=at(17, 12))
    after_change = evaluate(resolution(4), opened, steps, now=at(18, 9, 30))
    assert before.state is ClockState.PAUSED and before.remaining == timedelta(hours=13)
    # The new contract's 4 h target: 3 h used before the pause, 1 h left from Wednesday 09:00.
    assert after_change.due_at == at(18, 10) and after_change.state is ClockState.AT_RISK
    breached = evaluate(resolution(2), opened, steps, now=at(18, 9, 30))
    assert breached.state is ClockState.BREACHED and breached.due_at == at(16, 11)


def test_t8_reopen_after_close_resumes_with_the_remaining_time() -> None:
    opened = at(16, 9)
    steps = history(
        (opened, S.OPEN), (at(16, 10), S.IN_PROGRESS), (at(16, 12), S.CLOSED), (at(17, 9), S.OPEN)
    )
    assert resolution_met_at(steps[:3]) == at(16, 12)
    assert resolution_met_at(steps) is None
    closed = evaluate(resolution(8), opened, steps[:3], now=at(16, 15), met_at=at(16, 12))
    assert closed.state is ClockState.MET
    reopened = evaluate(resolution(8), opened, steps, now=at(17, 10))
    assert reopened.used == timedelta(hours=4) and reopened.due_at == at(17, 14)


def test_c2_ticket_opened_on_a_holiday_counts_from_the_next_working_day() -> None:
    opened = at(27, 10, month=4)  # King's Day, Monday
    clock = evaluate(resolution(2), opened, history((opened, S.OPEN)), now=at(27, 18, month=4))
    assert clock.used == timedelta(0) and clock.due_at == at(28, 10, month=4)


def test_c2_explanation_lists_counted_paused_and_skipped_time() -> None:
    opened = at(20, 16)  # Friday 16:00
    steps = history((opened, S.OPEN), (at(23, 9), S.AWAITING_REPLY), (at(23, 10), S.IN_PROGRESS))
    clock = evaluate(resolution(8), opened, steps, now=at(23, 12), explain=True)
    kinds = [s.kind for s in clock.segments]
    assert kinds == ["counted", "skipped", "counted", "paused", "counted"]
    assert "weekend" in english_reason(clock.segments[1].causes)
    assert english_reason(clock.segments[3].causes) == "ticket awaiting reply"
    assert causes_in("nl")(clock.segments[3].causes) == "ticket: wacht op antwoord"
    assert causes_in("es")(clock.segments[0].causes) == "dentro de la ventana de servicio"
    assert clock.used == timedelta(hours=5)
    assert any("paused" in line for line in explain_clock(clock))


def test_d7_arrival_clock_starts_at_the_clients_approval() -> None:
    arrival = Target(SlaTargetKind.ARRIVAL, 240, BASIS)
    waiting = evaluate(arrival, None, [], now=at(16, 12))
    assert waiting.state is ClockState.NOT_STARTED and waiting.due_at is None
    approved = at(16, 10)
    clock = evaluate(arrival, approved, [], now=at(16, 12), met_at=at(16, 13))
    assert clock.state is ClockState.MET and clock.used == timedelta(hours=3)


def test_e1_express_assessment_answers_within_60_minutes_around_the_clock() -> None:
    express = Target(SlaTargetKind.ASSESSMENT, 60, around_the_clock("Europe/Amsterdam"))
    christmas_night = datetime(2026, 12, 25, 2, 0, tzinfo=AMS)
    clock = evaluate(express, christmas_night, [], now=christmas_night + timedelta(minutes=10))
    assert clock.due_at == christmas_night + timedelta(hours=1)


def test_d9_engineer_on_site_within_two_hours_of_failed_remote_repair() -> None:
    on_site = Target(SlaTargetKind.ARRIVAL, 120, around_the_clock("Europe/Amsterdam"))
    decided = datetime(2026, 11, 21, 23, 30, tzinfo=AMS)  # Saturday night
    late = evaluate(
        on_site,
        decided,
        [],
        now=decided + timedelta(hours=3),
        met_at=decided + timedelta(hours=2, minutes=5),
    )
    assert late.state is ClockState.BREACHED


def test_c2_a_tickets_latest_event_is_the_last_instant_its_clocks_read() -> None:
    """The queue remembers a clock only for instants from this one on (console.queue)."""
    from console.rules.sla import TicketFacts, latest_event

    opened = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)
    facts = TicketFacts(
        opened_at=opened,
        first_response_at=opened + timedelta(minutes=20),
        history=[StatusChange(opened + timedelta(hours=3), TicketStatus.ON_HOLD)],
        approved_at=opened + timedelta(hours=2),
        arrived_at=opened + timedelta(hours=5),  # D7: the engineer's arrival, last of all
    )
    assert latest_event(facts) == opened + timedelta(hours=5)
    assert latest_event(TicketFacts(opened_at=None, first_response_at=None, history=[])) == (
        datetime(1970, 1, 1, tzinfo=UTC)
    )
