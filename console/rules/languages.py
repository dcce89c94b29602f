"""Languages as ISO 639-1 codes, given by code or by name in several languages (D1, P4).

A dispatcher types "English, Japanese", an import file says "Nederlands", a record holds
``en``: all of them mean one code, and matching compares codes only. Names come from
babel's locale data (CLDR), not a hand table, so every language has its names in many
languages.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from console.errors import ValidationError
from console.wording.phrases import Phrase, phrase

NAMED_IN = ("en", "nl", "de", "fr", "es", "it", "pt", "ru", "ja", "zh")
"""Locales whose names for languages are read first (cheap); others only when these fail."""


def _base(code: str) -> str | None:
    """The ISO 639-1 part of a CLDR language key (``en_GB`` -> ``en``), if it has one."""
    base = code.replace("-", "_").split("_")[0].lower()
    return base if len(base) == 2 and base.isalpha() else None


@cache
def iso_codes() -> frozenset[str]:
    """Every two-letter code CLDR names."""
    from babel import Locale  # babel's data only when a language is read

    return frozenset(b for k in Locale("en").languages if (b := _base(str(k))) is not None)


def _names_in(locales: Iterable[str]) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    out: dict[str, str] = {}
    for name in locales:
        try:
            known = Locale(name).languages
        except (UnknownLocaleError, ValueError):
            continue
        for key, label in known.items():
            base = _base(str(key))
            if base is not None:
                out.setdefault(label.casefold(), base)  # the first locale's reading wins
    return out


@cache
def _common_names() -> dict[str, str]:
    return _names_in(NAMED_IN)


@cache
def _all_names() -> dict[str, str]:
    # each language's own name for itself and the rest: slower, read once on a miss
    return _names_in(sorted(iso_codes()))


def language_code(text: str) -> str | None:
    """The ISO 639-1 code of a code or name ("EN", "en-GB", "English", "Japans"), or None."""
    word = " ".join(text.split()).casefold()
    if not word:
        return None
    base = _base(word)
    if base is not None and base in iso_codes():
        return base
    return _common_names().get(word) or _all_names().get(word)


def read_languages(values: Iterable[str]) -> tuple[list[str], list[str]]:
    """The codes of the given languages (sorted, once each) and the words not understood."""
    codes: set[str] = set()
    unknown: list[str] = []
    for value in values:
        if not value.strip():
            continue
        code = language_code(value)
        if code is None:
            unknown.append(value.strip())
        else:
            codes.add(code)
    return sorted(codes), unknown


def language_codes(values: Iterable[str], field: str) -> list[str]:
    """The codes of the given languages, or one clear refusal naming what is not one."""
    codes, unknown = read_languages(values)
    if unknown:
        raise ValidationError(field, not_a_language(unknown))
    return codes


def not_a_language(words: list[str]) -> Phrase:
    """The refusal for words that name no language."""
    return phrase("{words}: not a language; give its name or a code such as en or nl", words=words)


def as_codes(values: Iterable[str]) -> frozenset[str]:
    """Stored languages as codes for matching; a word not understood is kept as written."""
    out = set()
    for value in values:
        if value.strip():
            out.add(language_code(value) or value.strip().casefold())
    return frozenset(out)
