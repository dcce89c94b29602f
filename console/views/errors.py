"""Error dialogs in words a dispatcher understands, never a traceback."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import DBAPIError

from console.errors import UserError, ValidationError, said
from console.services.logs import log_file
from console.views.i18n import say

if TYPE_CHECKING:  # the rules load the model's enums; the first screen needs neither
    from console.rules.dispatch import Finding

log = logging.getLogger(__name__)


def user_message(exc: BaseException, label: Callable[[str], str] | None = None) -> str:
    """The sentence shown for an error; unexpected ones are logged in full instead.

    ``label`` names a refused field as the dialog's form does, in the window's language.
    """
    words = known_words(exc, label)
    if words is not None:
        return words
    log.exception("unexpected error", exc_info=exc)
    return QCoreApplication.translate(
        "errors", "Something went wrong and nothing was saved. The details are in the log: %1"
    ).replace("%1", str(log_file()))


def known_words(exc: BaseException, label: Callable[[str], str] | None = None) -> str | None:
    """The sentence for an error the console expects (refused input, a stale record, the
    database saying no), or None for one it does not."""
    if isinstance(exc, ValidationError):
        name = label(exc.field) if label else exc.field.replace("_", " ")
        return f"{name}: {say(exc.text)}"  # the rule's ID is for tests, not for the reader
    findings = getattr(exc, "findings", None)  # a refused request or move (D1-D10)
    if isinstance(exc, UserError) and findings:
        return findings_text(findings)
    if isinstance(exc, UserError):  # a service's refusal may be a phrase, worded here
        return say(said(exc))
    if _stale(exc):
        return QCoreApplication.translate(
            "errors",
            "Someone else changed this record meanwhile. It was reloaded; please try again.",
        )
    if isinstance(exc, DBAPIError):
        first = str(exc.orig).splitlines()[0] if exc.orig else "unknown"
        return QCoreApplication.translate(
            "errors", "The database refused the change: %1. Nothing was saved."
        ).replace("%1", first)
    return None


def findings_text(findings: Iterable[Finding]) -> str:
    """The dispatch rules' findings as one line in the window's language, each with its rule."""
    return "; ".join(say(f.text) for f in findings)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """Tell the user what went wrong, in one dialog."""
    heading = title or QCoreApplication.translate("errors", "Could not do that")
    QMessageBox.warning(parent, heading, user_message(exc))


def _stale(exc: BaseException) -> bool:
    """Whether the ORM found a record changed meanwhile (only once the ORM is loaded: the
    window's first screen is shown without it)."""
    orm_errors = sys.modules.get("sqlalchemy.orm.exc")
    return orm_errors is not None and isinstance(exc, orm_errors.StaleDataError)
