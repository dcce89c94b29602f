"""Error dialogs in words a dispatcher understands, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from console.errors import UserError, ValidationError

log = logging.getLogger(__name__)


def user_message(exc: BaseException) -> str:
    """The sentence shown for an error; unexpected ones are logged in full instead."""
    if isinstance(exc, ValidationError):
        rule = f" ({exc.rule})" if exc.rule else ""
        return f"{exc.field.replace('_', ' ')}: {exc.message}{rule}"
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, StaleDataError):
        return "Someone else changed this record meanwhile. It was reloaded; please try again."
    if isinstance(exc, DBAPIError):
        first = str(exc.orig).splitlines()[0] if exc.orig else "unknown"
        return f"The database refused the change: {first}. Nothing was saved."
    log.exception("unexpected error", exc_info=exc)
    return "Something went wrong and nothing was saved. The details are in the log."


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """Tell the user what went wrong, in one dialog."""
    heading = title or (parent.tr("Could not do that") if parent is not None else "Error")
    QMessageBox.warning(parent, heading, user_message(exc))
