"""Sentences for people, kept as an English template and the values that fill it.

The rules explain themselves in sentences ("double-booked: another visit {start}-{end}
within the {minutes} min travel buffer"). Kept as a template with its values, the same
sentence prints in English on the command line and reads in the window's language: the
window looks the template up in the core's gettext catalogue (`ui/update_translations.py`
extracts every ``phrase("…")`` call into it; `console.wording.catalogue`) and shows each
value its own way: an enum as its word, an instant in the reader's zone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum


@dataclass(frozen=True)
class Phrase:
    """A template (English, with ``{name}`` fields) and the values for its fields."""

    template: str
    values: tuple[tuple[str, object], ...] = ()

    def render(
        self, show: Callable[[object], str], translate: Callable[[str], str] | None = None
    ) -> str:
        """The sentence, each value shown by ``show`` and the template by ``translate``."""
        template = translate(self.template) if translate else self.template
        return template.format(**{name: show(value) for name, value in self.values})

    def __str__(self) -> str:
        return self.render(english)


class Language(str):
    """An ISO 639-1 code that a sentence shows as the language's name in the reader's
    language ("ja": Japanese, Japans, японский)."""

    def named_in(self, language: str) -> str:
        """The language's name in another language (by its code), else the code itself."""
        from babel import Locale, UnknownLocaleError

        try:
            return str(Locale.parse(language.replace("-", "_")).languages.get(self, self))
        except (UnknownLocaleError, ValueError):
            return str(self)


class Word(str):
    """A stored enum value that a sentence shows as its word ("in_progress": "in progress"),
    as it comes back from the store, where the enum itself is not kept."""


def language_names(codes: object) -> list[Language]:
    """Codes as languages a sentence names ("en", "ja" -> English, Japanese)."""
    return [Language(c) for c in sorted(codes)]  # type: ignore[call-overload]


def phrase(template: str, /, **values: object) -> Phrase:
    """A sentence to show; call it with a literal template so the catalogue can find it."""
    return Phrase(template, tuple(values.items()))


def number(value: Decimal | int | float) -> str:
    """A quantity without trailing zeros ("2", "2.5")."""
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"  # 2.0000 -> 2, and 1E+2 stays 100
    return f"{value:g}" if isinstance(value, float) else str(value)


def english(value: object) -> str:
    """A value as the command line shows it: instants in UTC, enums as English words."""
    from console.wording.vocabulary import words_for

    if isinstance(value, Phrase):
        return str(value)
    if isinstance(value, Language):
        return value.named_in("en")
    if isinstance(value, Enum | Word):
        return words_for("en")(value)
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M} UTC"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
        return number(value)
    if isinstance(value, list | tuple | frozenset | set):
        return ", ".join(english(v) for v in value)
    return str(value)


def in_language(text: Phrase | str, language: str) -> str:
    """A sentence as a document or mail in that language prints it: the template from the
    core's catalogue, enums as the language's words, other values as on the command line."""
    if not isinstance(text, Phrase):
        return text
    from console.wording.catalogue import sentence
    from console.wording.vocabulary import words_for

    word = words_for(language)

    def show(value: object) -> str:
        if isinstance(value, Phrase):
            return in_language(value, language)
        if isinstance(value, Language):
            return value.named_in(language)
        if isinstance(value, Enum | Word):
            return word(value)
        if isinstance(value, list | tuple | frozenset | set):
            return ", ".join(show(v) for v in value)
        return english(value)

    return text.render(show, lambda template: sentence(language, template))
