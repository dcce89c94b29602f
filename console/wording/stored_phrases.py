"""Sentences kept in the store as their template and values, worded when they are shown.

A reason the store keeps for later (why a message waits in triage or quarantine, why a
mail was not sent, why the server did not take a change) is read by whoever looks at it
then, in their language. So it is kept as JSON of the sentence's English template and its
values, not as English text: the command line prints it in English, the window in its
own language with the values worded (an enum as its word, an instant in the reader's
zone). Text that is not such JSON (older rows, a person's own words) reads as written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from console.wording.phrases import Language, Phrase, Word

_KEY = "phrase"


def stored(text: Phrase | str) -> str:
    """A sentence as the store keeps it (plain text stays as it is)."""
    if isinstance(text, Phrase):
        return json.dumps(_encode(text), ensure_ascii=False, separators=(",", ":"))
    return text


def restored(text: str) -> Phrase | str:
    """A kept sentence back as a `Phrase` to word, or the text as written."""
    if text.startswith('{"' + _KEY + '":'):
        try:
            found = _decode(json.loads(text))
        except (ValueError, TypeError, KeyError):
            return text
        if isinstance(found, Phrase):
            return found
    return text


def restored_or_none(text: str | None) -> Phrase | str | None:
    """`restored`, passing an empty column through."""
    return None if text is None else restored(text)


def _encode(value: object) -> object:
    if isinstance(value, Phrase):
        return {_KEY: value.template, "values": {k: _encode(v) for k, v in value.values}}
    if isinstance(value, Language):
        return {"language": str(value)}
    if isinstance(value, Word | Enum):
        return {"word": str(getattr(value, "value", value))}
    if isinstance(value, datetime):
        return {"at": value.isoformat()}
    if isinstance(value, date):
        return {"day": value.isoformat()}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    if isinstance(value, list | tuple | set | frozenset):
        return [_encode(v) for v in value]
    return str(value)


def _decode(value: object) -> object:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if _KEY in value:
        values = tuple((str(k), _decode(v)) for k, v in value["values"].items())
        return Phrase(str(value[_KEY]), values)
    (kind, raw), *_ = value.items()
    return _KINDS[kind](str(raw))


_KINDS: dict[str, Callable[[str], object]] = {
    "language": Language,
    "word": Word,
    "at": datetime.fromisoformat,
    "day": date.fromisoformat,
    "decimal": Decimal,
}
"""How each kind of kept value comes back."""
