"""Errors a user can cause, with the field and rule they concern."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from console.wording.phrases import Phrase


class UserError(Exception):
    """A problem the user can fix (bad option, unknown database); shown as one line."""


class ValidationError(UserError, ValueError):
    """A value refused by a domain rule; names the field and, where there is one, the rule."""

    def __init__(self, field: str, message: Phrase | str, rule: str | None = None) -> None:
        self.field = field
        self.rule = rule
        self.text = message
        """What is wrong, as a phrase the window words in its language (or plain text)."""
        self.message = str(message)
        super().__init__(f"{field}: {self.message}")  # the rule is for tests, not readers


class DatabaseTooNewError(UserError):
    """The database was written by a newer version of the console."""


def said(exc: BaseException) -> Phrase | str:
    """What an error says, as a phrase where it was raised with one (to word it for the
    reader), else as its text."""
    text = exc.args[0] if len(exc.args) == 1 else None
    from console.wording.phrases import Phrase

    if isinstance(text, Phrase):
        return text
    found = getattr(exc, "text", None)
    return found if isinstance(found, Phrase | str) and found else str(exc)
