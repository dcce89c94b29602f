"""Languages of a visit request and of engineers (D1, P4): codes, names, ranking."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from builders import MON, World
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from console.enums import ContactRole, ContractKind, SkillLevel
from console.errors import ValidationError
from console.model import Contact, Engineer
from console.rules.dispatch import EngineerProfile, Severity, rank_engineers
from console.rules.languages import as_codes, language_code, language_codes, read_languages
from console.rules.schedule import BASIS_10X5
from console.services.master_data.engineers import add_engineer, edit_engineer
from console.services.visits import VisitForm, check_form, request_visit, suggest_engineers

VISIT_START = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)  # a Wednesday, 10:00 in Amsterdam


def engineer(name: str, languages: set[str], **kw: object) -> EngineerProfile:
    base = EngineerProfile(
        id=uuid.uuid5(uuid.NAMESPACE_DNS, name),
        name=name,
        skill_level=SkillLevel.SENIOR,
        languages=frozenset(languages),
        home_time_zone="Europe/Amsterdam",
        working_hours=BASIS_10X5,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


# -- codes and names -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "code"),
    [
        ("en", "en"),
        ("EN", "en"),
        ("en-GB", "en"),
        ("English", "en"),
        ("english", "en"),
        ("Japanese", "ja"),
        ("Nederlands", "nl"),
        ("Japans", "ja"),
        ("日本語", "ja"),
        ("Deutsch", "de"),
        ("  Dutch ", "nl"),
    ],
)
def test_p4_d1_languages_are_iso_codes_and_accepted_by_name(given: str, code: str) -> None:
    """P4: a language given by code or by its name in several languages is its ISO 639-1 code."""
    assert language_code(given) == code


def test_p4_a_word_that_names_no_language_is_refused_with_the_field() -> None:
    assert read_languages(["English", "Klingonish", ""]) == (["en"], ["Klingonish"])
    with pytest.raises(ValidationError) as refused:
        language_codes(["English", "Klingonish"], "languages")
    assert refused.value.field == "languages"
    assert "Klingonish" in refused.value.message and "D1" not in str(refused.value)
    assert as_codes(["English", "ja", "Klingonish"]) == {"en", "ja", "klingonish"}


# -- ranking -----------------------------------------------------------------------


def test_p4_engineers_who_speak_every_language_asked_rank_first() -> None:
    """P4 (seed 000, "English and/or Japanese"): the less busy English-only engineer ranks
    below the one who speaks both, is still offered, and his missing language is named."""
    english = engineer("English only", {"en"}, load_hours=Decimal(0))
    both = engineer("Both", {"en", "ja"}, load_hours=Decimal(30))
    ranked = rank_engineers(
        [english, both], VISIT_START, Decimal(2), languages=["English", "Japanese"]
    )
    assert [c.engineer.name for c in ranked] == ["Both", "English only"]
    assert all(c.eligible for c in ranked)
    assert ranked[0].missing_languages == ()
    assert ranked[1].missing_languages == ("ja",)
    assert "speaks English but not Japanese" in [str(r) for r in ranked[1].reasons]
    assert all("P4" not in str(r) and "D1" not in str(r) for r in ranked[1].reasons)


def test_p4_full_language_fit_ranks_before_the_assigned_engineer() -> None:
    own = engineer("Own", {"en"})
    both = engineer("Both", {"en", "ja"}, load_hours=Decimal(20))
    ranked = rank_engineers(
        [own, both], VISIT_START, Decimal(2), languages=["en", "ja"], assigned_engineer=own.id
    )
    assert [c.engineer.name for c in ranked] == ["Both", "Own"] and ranked[1].eligible


def test_p4_d1_a_name_in_the_request_matches_an_engineer_stored_with_a_code() -> None:
    """P4: "English" no longer blocks an engineer stored as `en` (nor a stored name a code)."""
    coded = engineer("Coded", {"en"})
    named = engineer("Named", {"English"})
    ranked = rank_engineers([coded, named], VISIT_START, Decimal(2), languages=["English"])
    assert all(c.eligible and c.missing_languages == () for c in ranked)
    ranked = rank_engineers([named], VISIT_START, Decimal(2), languages=["en"])
    assert ranked[0].eligible


def test_d1_an_engineer_who_speaks_none_of_the_languages_is_blocked() -> None:
    dutch = engineer("Dutch", {"nl"})
    (only,) = rank_engineers([dutch], VISIT_START, Decimal(2), languages=["English", "ja"])
    assert not only.eligible and "speaks none of English, Japanese" in str(only.blockers[0])


# -- services ------------------------------------------------------------------------


def _world(session: Session) -> tuple[World, Contact]:
    w = World(session, ContractKind.RETAINER)
    contact = Contact(client_id=w.client.id, name="Sanne", role=ContactRole.LOCAL_CONTACT,
                      phone="+31612345678")  # fmt: skip
    session.add(contact)
    w.site.map_url = "https://maps.example/dam1"
    session.flush()
    return w, contact


def _form(w: World, contact: Contact, **kw: object) -> VisitForm:
    values: dict[str, object] = {
        "ticket_id": w.ticket.id, "site_id": w.site.id, "planned_start": MON,
        "local_contact_id": contact.id, "work_description": "Replace the switch",
        "reserved_hours": Decimal(3), "items": ["laptop"], "paperwork": ["ID scan"],
    }  # fmt: skip
    values.update(kw)
    return VisitForm(**values)  # type: ignore[arg-type]


def test_p4_visit_request_stores_codes_and_ranks_by_language(store: Engine) -> None:
    with Session(store) as session:
        w, contact = _world(session)
        w.engineer.languages = ["en"]
        both = Engineer(name="Yuki", home_time_zone="Europe/Amsterdam", languages=["en", "ja"])
        session.add(both)
        session.flush()
        form = _form(w, contact, languages=["English", "Japanese"])
        ranked = suggest_engineers(session, form, MON - timedelta(days=3))
        assert [c.engineer.name for c in ranked[:2]] == ["Yuki", "Jan"]
        assert ranked[1].eligible and ranked[1].missing_languages == ("ja",)
        form.engineer_ids = [w.engineer.id]
        findings = check_form(session, form, MON - timedelta(days=3))
        lacking = [f for f in findings if f.field == "engineers"]
        assert [(f.severity, str(f.text)) for f in lacking] == [
            (Severity.WARNING, "Jan does not speak Japanese")
        ]
        visit = request_visit(session, form, MON - timedelta(days=3))
        assert visit.languages == ["en", "ja"]


def test_p4_a_request_naming_no_language_is_refused_on_the_languages_field(store: Engine) -> None:
    with Session(store) as session:
        w, contact = _world(session)
        findings = check_form(session, _form(w, contact, languages=["Elvish"]), MON)
        (error,) = [f for f in findings if f.severity is Severity.ERROR]
        assert error.field == "languages" and "Elvish" in str(error.text)


def test_p4_engineers_languages_are_kept_as_codes_when_given_by_name(store: Engine) -> None:
    sessions = sessionmaker(store)
    engineer_id = add_engineer(
        sessions, None, name="Kenji", home_time_zone="Asia/Tokyo", languages="English, 日本語"
    )
    with sessions() as session:
        assert session.get_one(Engineer, engineer_id).languages == ["en", "ja"]
    edit_engineer(sessions, None, engineer_id, languages="Nederlands;en")
    with sessions() as session:
        assert session.get_one(Engineer, engineer_id).languages == ["en", "nl"]
    with pytest.raises(ValidationError) as refused:
        edit_engineer(sessions, None, engineer_id, languages="Quenya")
    assert refused.value.field == "languages"


def test_p4_the_missing_languages_are_named_in_the_readers_language() -> None:
    """The dispatcher reads language names, in the window's language, not ISO codes."""
    from console.wording.phrases import language_names, phrase

    said = phrase("speaks {languages} but not {missing}", languages=language_names(["en"]),
                  missing=language_names(["ja"]))  # fmt: skip
    assert str(said) == "speaks English but not Japanese"
    (japanese,) = language_names(["ja"])
    assert japanese.named_in("nl") == "Japans" and japanese.named_in("ru") == "японский"
