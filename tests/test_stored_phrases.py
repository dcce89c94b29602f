"""Reasons the store keeps are sentences with values, worded in the reader's language.

Why a message waits in triage or quarantine, why a mail was not sent, why the server did
not take a change: kept as a template and values, so the command line prints English and
a Dutch window reads Dutch, with enums as words and instants in the reader's zone.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from console.enums import TicketStatus
from console.model.mail import MailOutcome
from console.rules.workflow import classify_reply
from console.services.mail.loops import automatic_reason
from console.services.mail.parsing import Unreadable, parse_message
from console.sync.merge import Decision
from console.wording.phrases import Language, Phrase, Word, in_language, phrase
from console.wording.stored_phrases import restored, restored_or_none, stored


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[str]:
    from console.views.i18n import install_translations

    yield install_translations(qapp, "nl")
    install_translations(qapp, "en")


def test_a_kept_sentence_comes_back_with_its_values() -> None:
    said = phrase(
        "{mailbox}: UID {uid}: {outcome}: {why}",
        mailbox="support",
        uid=7,
        outcome=MailOutcome.TRIAGE,
        why=phrase("no client uses the sender's e-mail domain"),
    )
    kept = stored(said)
    assert kept.startswith('{"phrase":') and "no client uses" in kept
    back = restored(kept)
    assert isinstance(back, Phrase)
    assert (
        str(back)
        == str(said)
        == ("support: UID 7: unknown sender: no client uses the sender's e-mail domain")
    )


def test_plain_text_and_broken_json_read_as_written() -> None:
    assert restored("the server said no") == "the server said no"
    assert restored('{"phrase": oops') == '{"phrase": oops'
    assert restored_or_none(None) is None
    assert stored("typed by a person") == "typed by a person"


_values = st.one_of(
    st.text(max_size=20),
    st.integers(),
    st.decimals(allow_nan=False, allow_infinity=False, places=2),
    st.sampled_from(list(TicketStatus)),
    st.dates(),
    st.datetimes(timezones=st.just(UTC)),
    st.sampled_from([Language("ja"), Language("nl")]),
)


@given(st.dictionaries(st.from_regex(r"[a-z]{1,8}", fullmatch=True), _values, max_size=4))
def test_any_values_survive_the_store(values: dict[str, object]) -> None:
    template = " ".join(f"{{{name}}}" for name in values) or "nothing"
    said = phrase(template, **values)
    back = restored(stored(said))
    assert isinstance(back, Phrase)
    assert str(back) == str(said)


def test_values_keep_their_kind() -> None:
    said = phrase(
        "{status} {at} {day} {amount} {language}",
        status=TicketStatus.ON_HOLD,
        at=datetime(2026, 12, 4, 9, 30, tzinfo=UTC),
        day=date(2026, 12, 4),
        amount=Decimal("12.50"),
        language=Language("ja"),
    )
    back = restored(stored(said))
    assert isinstance(back, Phrase)
    kinds = {name: type(value) for name, value in back.values}
    assert kinds == {
        "status": Word, "at": datetime, "day": date, "amount": Decimal, "language": Language,
    }  # fmt: skip
    assert in_language(back, "nl").startswith("in de wacht 2026-12-04 09:30 UTC")


def test_reasons_of_the_core_are_sentences_not_english_text() -> None:
    closed = datetime(2026, 11, 1, tzinfo=UTC)
    late = classify_reply(
        TicketStatus.CLOSED, closed, datetime(2026, 12, 1, tzinfo=UTC), "Re: printer", "It broke"
    )
    assert isinstance(late.reason, Phrase)  # T2, T8
    assert in_language(late.reason, "nl") == (
        "meer dan 14 dagen geleden gesloten: een nieuw ticket, gekoppeld aan dit ticket"
    )
    with pytest.raises(Unreadable) as caught:
        parse_message(b"Subject: no sender\r\n\r\nhello\r\n")
    assert in_language(caught.value.reason, "ja") == (
        "メッセージに送信者がありません（From ヘッダーなし）"
    )
    auto = automatic_reason(
        parse_message(b"From: a@b.example\r\nAuto-Submitted: auto-replied\r\n\r\nhi\r\n")
    )
    assert auto is not None and in_language(auto, "es") == (
        "correo automático (Auto-Submitted: auto-replied)"
    )
    assert isinstance(Decision("rejected").message, type(None))


def test_the_window_words_a_kept_reason_in_its_language(dutch: str) -> None:
    from console.views.i18n import say

    kept = stored(
        phrase(
            "{reason}, and the message names ticket {reference}",
            reason=phrase("no client uses the sender's e-mail domain"),
            reference="T-2026-00042",
        )
    )
    assert say(restored(kept)) == (
        "geen klant gebruikt het e-maildomein van de afzender, en het bericht noemt ticket "
        "T-2026-00042"
    )
    status = restored(stored(phrase("the ticket is {status}", status=TicketStatus.ON_HOLD)))
    assert "in de wacht" in say(status)
