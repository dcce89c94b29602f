"""Why SLA clock time counted, paused or was skipped, worded (the rules give it as data).

The rules describe each stretch of a clock with `Cause` values; the command line reads
them in English, the window and documents in the reader's language, holidays by their
own name in that language where the `holidays` package has it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from console.enums import SlaCause
from console.rules.calendar import Cause, holiday_name
from console.rules.sla import Clock
from console.wording.vocabulary import words_for


def english(cause: Cause) -> str:
    """One cause in the words of the command line and the logs."""
    word = words_for("en")
    if cause.kind is SlaCause.TICKET_STATUS:
        return f"ticket {word(cause.detail)}"
    if cause.kind in (SlaCause.PUBLIC_HOLIDAY, SlaCause.CLOSURE):
        return f"{word(cause.kind)}: {cause.detail}"
    return word(cause.kind)


def english_reason(causes: Iterable[Cause]) -> str:
    """Causes joined as one English line."""
    return "; ".join(english(c) for c in causes)


def explain_clock(clock: Clock) -> list[str]:
    """A clock's stretches as lines a dispatcher can read (times in UTC)."""
    return [
        f"{seg.start:%Y-%m-%d %H:%M}-{seg.end:%H:%M} {seg.kind}: {english_reason(seg.causes)}"
        for seg in clock.segments
    ]


def causes_in(language: str) -> Callable[[Iterable[Cause]], str]:
    """A wording of SLA clock causes (holidays by their name) in one language."""
    word = words_for(language)

    def describe(causes: Iterable[Cause]) -> str:
        parts = []
        for cause in causes:
            if cause.kind is SlaCause.PUBLIC_HOLIDAY:
                parts.append(f"{word(cause.kind)}: {holiday_name(cause, language)}")
            elif cause.kind is SlaCause.CLOSURE:
                parts.append(f"{word(cause.kind)}: {cause.detail}")
            elif cause.kind is SlaCause.TICKET_STATUS:
                parts.append(f"{word(cause.kind)}: {word(cause.detail)}")
            else:
                parts.append(word(cause.kind))
        return "; ".join(parts)

    return describe
