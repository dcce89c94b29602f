"""Dispatch checks (C1, D1-D10, E7) and engineer ranking, without a database."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from console.enums import SkillLevel
from console.rules.dispatch import (
    ClientTerms,
    EngineerProfile,
    Person,
    Severity,
    VisitRequest,
    blocking,
    charged_hours,
    check_visit,
    effective_reserved_hours,
    is_rush,
    override_allowed,
    rank_engineers,
)
from console.rules.schedule import BASIS_10X5

NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
RETAINER = ClientTerms(has_retainer=True, retainer_covers_rush=True, nda_on_file=True)


def good_request(**changes: object) -> VisitRequest:
    request = VisitRequest(
        requested_at=NOW,
        planned_start=NOW + timedelta(days=3),
        reserved_hours=Decimal(3),
        skill_level=SkillLevel.SENIOR,
        languages=["en"],
        local_contact=Person("Sanne de Boer", "+31201234567"),
        ordering_engineer=Person("Joost Visser", "+31612345678"),
        address="Keizersgracht 1, Amsterdam",
        map_url="https://maps.app.goo.gl/abc",
        work_description="Replace the core switch",
        items=["photo ID", "console cable"],
        paperwork=["ID scan"],
    )
    return replace(request, **changes)  # type: ignore[arg-type]


def rules_of(findings: list, severity: Severity | None = None) -> set[str]:
    return {f.rule for f in findings if severity is None or f.severity is severity}


def test_complete_request_with_retainer_has_no_errors_or_warnings() -> None:
    findings = check_visit(good_request(), RETAINER)
    assert blocking(findings) == []
    assert [f for f in findings if f.severity is Severity.WARNING] == []


def test_d1_required_fields_block_naming_each_field() -> None:
    findings = check_visit(
        good_request(planned_start=None, address="", work_description=""), RETAINER
    )
    assert {f.field for f in blocking(findings)} == {"planned_start", "address", "work_description"}
    assert rules_of(blocking(findings)) == {"D1"}


def test_d1_contact_phone_needs_a_country_code() -> None:
    findings = check_visit(good_request(local_contact=Person("Sanne", "020 123 4567")), RETAINER)
    (error,) = blocking(findings)
    assert error.field == "local_contact.phone" and error.rule == "D1"


def test_d5_missing_local_contact_blocks_until_overridden_with_a_reason() -> None:
    assert override_allowed("D5") and not override_allowed("D2")
    findings = check_visit(good_request(local_contact=None), RETAINER)
    assert [(f.field, f.rule) for f in blocking(findings)] == [("local_contact", "D5")]
    overridden = check_visit(
        good_request(
            local_contact=None, overrides={"D5": "client insists, reception will let us in"}
        ),
        RETAINER,
    )
    assert blocking(overridden) == []
    assert any(f.rule == "D5" and "client insists" in f.message for f in overridden)
    blank = check_visit(good_request(local_contact=None, overrides={"D5": "  "}), RETAINER)
    assert rules_of(blocking(blank)) == {"D5"}


def test_e7_without_nda_on_file_the_default_nda_is_flagged() -> None:
    findings = check_visit(good_request(), replace(RETAINER, nda_on_file=False))
    (warning,) = [f for f in findings if f.rule == "E7"]
    assert warning.severity is Severity.WARNING and "default NDA" in warning.message


def test_d2_short_lead_time_is_flagged_with_rush_fee_unless_retainer_covers() -> None:
    rushed = good_request(planned_start=NOW + timedelta(hours=20))
    assert is_rush(rushed)
    no_retainer = check_visit(rushed, ClientTerms(has_retainer=False, nda_on_file=True))
    (d2,) = [f for f in no_retainer if f.rule == "D2"]
    assert d2.severity is Severity.WARNING and "rush fee" in d2.message
    covered = check_visit(rushed, RETAINER)
    (d2,) = [f for f in covered if f.rule == "D2"]
    assert "retainer covers" in d2.message and "responsible" in d2.message
    assert not is_rush(good_request(planned_start=NOW + timedelta(hours=24)))


def test_d3_default_reservation_is_two_hours_plus_grace() -> None:
    request = good_request(reserved_hours=None)
    assert effective_reserved_hours(request) == (Decimal(2), 30)
    assert charged_hours(request) == Decimal(2)
    (note,) = [f for f in check_visit(request, RETAINER) if f.rule == "D3"]
    assert note.severity is Severity.NOTE and "30 min grace" in note.message


def test_d3_stored_visit_window_ends_after_reserved_hours_and_grace() -> None:
    from console.rules.dispatch import reserved_window

    start = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    assert reserved_window(start, None, 30) == (
        Decimal(2),
        30,
        datetime(2026, 11, 23, 11, 30, tzinfo=UTC),
    )
    assert reserved_window(start, Decimal("3.5"), 0)[2] == datetime(
        2026, 11, 23, 12, 30, tzinfo=UTC
    )


def test_d3_at_least_two_hours_are_charged() -> None:
    request = good_request(reserved_hours=Decimal("1.5"))
    assert charged_hours(request) == Decimal(2)
    (warning,) = [f for f in check_visit(request, RETAINER) if f.rule == "D3"]
    assert warning.severity is Severity.WARNING
    negative = check_visit(good_request(reserved_hours=Decimal(-1)), RETAINER)
    assert [(f.field, f.rule) for f in blocking(negative)] == [("reserved_hours", "D3")]


def test_d4_default_skill_is_senior_and_entry_needs_assistance() -> None:
    default = check_visit(good_request(skill_level=None), RETAINER)
    assert any(f.rule == "D4" and "senior" in f.message for f in default)
    entry = check_visit(good_request(skill_level=SkillLevel.ENTRY), RETAINER)
    assert any(f.rule == "D4" and f.severity is Severity.WARNING for f in entry)
    with_docs = check_visit(
        good_request(skill_level=SkillLevel.ENTRY, instructions_attached=True), RETAINER
    )
    assert not any(f.rule == "D4" for f in with_docs)


def test_d4_d7_assistance_on_site_stands_for_the_instructions_and_is_named_when_missing() -> None:
    # D4: an entry/junior engineer with the client's assistance on site needs no papers
    assisted = good_request(skill_level=SkillLevel.ENTRY, onsite_assistance=True)
    assert not any(f.rule in ("D4", "D7") for f in check_visit(assisted, RETAINER))
    # D7: at work the client assists unless the work is simple and the engineer senior or
    # better; a senior booked alone gets a note saying so, and the entry engineer the D4
    # warning only
    alone = [f for f in check_visit(good_request(), RETAINER) if f.rule == "D7"]
    assert [(f.severity, f.field) for f in alone] == [(Severity.NOTE, "onsite_assistance")]
    assert "simple work" in alone[0].message
    entry = check_visit(good_request(skill_level=SkillLevel.ENTRY), RETAINER)
    assert rules_of(entry) >= {"D4"} and "D7" not in rules_of(entry)
    helped = check_visit(good_request(onsite_assistance=True), RETAINER)
    assert "D7" not in rules_of(helped)


def test_d6_class_four_means_visit_immediately() -> None:
    findings = check_visit(good_request(urgency_class=4), RETAINER)
    (d6,) = [f for f in findings if f.rule == "D6"]
    assert "phone" in d6.message and d6.severity is Severity.WARNING
    assert rules_of(blocking(check_visit(good_request(urgency_class=7), RETAINER))) == {"D6"}


def test_c1_no_retainer_means_lower_priority_and_other_prices() -> None:
    findings = check_visit(good_request(), ClientTerms(has_retainer=False, nda_on_file=True))
    (c1,) = [f for f in findings if f.rule == "C1"]
    assert "lower priority" in c1.message


def test_d10_regular_visit_connects_at_most_three_new_workstations() -> None:
    assert blocking(check_visit(good_request(regular=True, new_workstations=3), RETAINER)) == []
    findings = check_visit(good_request(regular=True, new_workstations=4), RETAINER)
    assert [(f.field, f.rule) for f in blocking(findings)] == [("new_workstations", "D10")]


# -- matching -----------------------------------------------------------------------


def engineer(name: str, level: SkillLevel = SkillLevel.SENIOR, **kw: object) -> EngineerProfile:
    base = EngineerProfile(
        id=uuid.uuid5(uuid.NAMESPACE_DNS, name),
        name=name,
        skill_level=level,
        languages=frozenset({"en", "nl"}),
        home_time_zone="Europe/Amsterdam",
        working_hours=BASIS_10X5,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


VISIT_START = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)  # Wednesday 10:00 in Amsterdam


def test_d10_assigned_engineer_ranks_first_then_load() -> None:
    own = engineer("Own", load_hours=Decimal(30))
    light = engineer("Light", load_hours=Decimal(2))
    heavy = engineer("Heavy", load_hours=Decimal(20))
    ranked = rank_engineers([heavy, light, own], VISIT_START, Decimal(3), assigned_engineer=own.id)
    assert [c.engineer.name for c in ranked] == ["Own", "Light", "Heavy"]
    assert "assigned engineer" in " ".join(map(str, ranked[0].reasons))  # D10


def test_reasons_are_phrases_with_values_read_as_people_write_them() -> None:
    summed = engineer("Summed", load_hours=Decimal("2.0000"))  # as a SUM of numerics comes back
    half = engineer("Half", load_hours=Decimal("2.50"))
    ranked = rank_engineers([summed, half], VISIT_START, Decimal(2))
    loads = {c.engineer.name: str(c.reasons[-1]) for c in ranked}
    assert loads == {"Summed": "2 h booked this week", "Half": "2.5 h booked this week"}
    assert ranked[0].reasons[-1].template == "{hours} h booked this week"  # the catalogue's key


def test_d10_assigned_engineer_on_leave_is_covered_by_a_colleague() -> None:
    own = engineer("Own", leave=[(date(2026, 11, 16), date(2026, 11, 20))])
    colleague = engineer("Colleague")
    ranked = rank_engineers([own, colleague], VISIT_START, Decimal(2), assigned_engineer=own.id)
    assert ranked[0].engineer.name == "Colleague" and ranked[0].eligible
    assert not ranked[1].eligible
    assert any("on leave 2026-11-18" in str(r) for r in ranked[1].reasons)


def test_d4_skill_level_must_be_at_least_the_one_asked() -> None:
    junior = engineer("Junior", SkillLevel.ENTRY)
    specialist = engineer("Specialist", SkillLevel.SPECIALIST)
    ranked = rank_engineers([junior, specialist], VISIT_START, Decimal(2), SkillLevel.SENIOR)
    assert [c.eligible for c in ranked] == [True, False]
    assert "below senior" in " ".join(map(str, ranked[1].reasons))


def test_d1_engineer_must_speak_a_required_language() -> None:
    nl = engineer("Dutch only", languages=frozenset({"nl"}))
    ja = engineer("Japanese", languages=frozenset({"ja", "en"}))
    ranked = rank_engineers([nl, ja], VISIT_START, Decimal(2), languages=["ja"])
    assert ranked[0].engineer.name == "Japanese" and not ranked[1].eligible


def test_double_booking_counts_the_travel_buffer() -> None:
    busy = engineer(
        "Busy",
        bookings=[(VISIT_START + timedelta(hours=2, minutes=30), VISIT_START + timedelta(hours=4))],
    )
    free = engineer(
        "Free", bookings=[(VISIT_START + timedelta(hours=4), VISIT_START + timedelta(hours=5))]
    )
    ranked = rank_engineers([busy, free], VISIT_START, Decimal(2))
    assert [c.engineer.name for c in ranked] == ["Free", "Busy"]
    assert "travel buffer" in " ".join(map(str, ranked[1].reasons))


def test_c10_visit_outside_working_hours_is_flagged_after_hours() -> None:
    evening = datetime(2026, 11, 18, 17, 0, tzinfo=UTC)  # 18:00 in Amsterdam
    ranked = rank_engineers([engineer("A")], evening, Decimal(2))
    assert ranked[0].eligible and ranked[0].after_hours
    assert "after-hours" in " ".join(map(str, ranked[0].reasons))


def test_each_blocker_sentence_names_its_rule() -> None:
    """D4, D10: the rule of a blocker is known by its sentence, not read out of its words."""
    from console.rules.dispatch import BLOCKER_RULES, ON_LEAVE, SKILL_TOO_LOW

    assert BLOCKER_RULES == {SKILL_TOO_LOW: "D4", ON_LEAVE: "D10"}
