"""What a knowledge base article is and how it is found (V4): plain functions, no store."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Sequence

from console.errors import ValidationError
from console.wording.phrases import phrase

TOPICS = (
    "network",
    "servers",
    "workstations",
    "printers",
    "software",
    "backup",
    "security",
    "access",
    "contacts",
    "procedures",
    "other",
)
"""What an article is about, so an engineer finds the network page before the printers."""

TITLE_LENGTH = 200
BODY_LENGTH = 100_000

_SECRET_WORDS = ("password", "passwort", "wachtwoord", "contraseña", "пароль", "パスワード")


def topic(value: object) -> str:
    """The topic named, or a refusal that lists the topics."""
    text = str(value or "").strip().lower()
    if text not in TOPICS:
        raise ValidationError(
            "topic",
            phrase("{value}: say one of {topics}", value=repr(value), topics=list(TOPICS)),
        )
    return text


def title(value: object) -> str:
    """A title that says what the article is about, on one line."""
    text = " ".join(str(value or "").split())
    if not text:
        raise ValidationError("title", phrase("say what the article is about"))
    if len(text) > TITLE_LENGTH:
        raise ValidationError("title", phrase("at most {limit} characters", limit=TITLE_LENGTH))
    return text


def body(value: object) -> str:
    """The article's text, trimmed; refused when empty or when it holds a password."""
    text = str(value or "").strip()
    if not text:
        raise ValidationError("body", phrase("write what an engineer needs to know"))
    if len(text) > BODY_LENGTH:
        raise ValidationError("body", phrase("at most {limit} characters", limit=BODY_LENGTH))
    line = secret_line(text)
    if line is not None:
        raise ValidationError(
            "body",
            phrase(
                "line {line} seems to hold a password: keep passwords in the password manager and "
                "name the entry here",
                line=line,
            ),
        )
    return text


def secret_line(text: str) -> int | None:
    """The first line (from 1) that gives a password's value ("password: x"), if any.

    A knowledge base is read on many laptops; a password written in it is exposed on all
    of them, so the base refers to the password manager instead.
    """
    for number, line in enumerate(text.splitlines(), start=1):
        folded = _fold(line)
        for word in _SECRET_WORDS:
            at = folded.find(_fold(word))
            if at < 0:
                continue
            rest = folded[at + len(_fold(word)) :].lstrip()
            if rest[:1] in (":", "=", "：") and rest[1:].strip():
                return number
    return None


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def words_of(query: str) -> list[str]:
    """The words a search asks for, folded for case and width."""
    return [w for w in _fold(query).split() if w]


def matches(words: Sequence[str], texts: Iterable[str]) -> bool:
    """Whether every word occurs in one of the texts (any order, any case, any script)."""
    folded = " ".join(_fold(t) for t in texts)
    return all(w in folded for w in words)


def changes(before: str, after: str) -> list[str]:
    """The lines removed (``- ``) and added (``+ ``) from one revision to the next."""
    out: list[str] = []
    for line in difflib.ndiff(before.splitlines(), after.splitlines()):
        if line.startswith(("- ", "+ ")):
            out.append(line)
    return out
