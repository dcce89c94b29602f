"""What makes a printed document a kind: its name, keys, options, dialog form and renderer.

A `DocumentKind` is one record per document. It says how the command line asks for the
document (`arguments`, `from_args`), how the window's document dialog offers and reads it
(`form`), and how it is rendered (`render`). Each kind's record lives next to its renderer
and is registered in `console.reports.kinds`; the command line, the dialog and
`render_document` read that registry. The records import their renderers only when they
render, so listing the kinds (every start of the command line) stays cheap.
"""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from console.reports.request import DocumentRequest
from console.wording.catalogue import Text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ROWS = ("subject", "day", "engineer", "stage", "start", "end", "month", "quarter")
"""The rows a dialog form can ask for: the fields of the window's document dialog."""

Preset = tuple[tuple[str, str], ...]
"""List rows set to a value (row, value), e.g. the incident stage of a closed ticket."""


@dataclass(frozen=True)
class Choice:
    """One entry the dialog lists for a kind: what it is about, and what that changes."""

    label: str
    key: str
    rows: tuple[str, ...] | None = None
    """The rows asked for when this entry is chosen; None: the form's own rows."""
    preset: Preset = ()
    """List rows set when this entry is chosen (instead of the form's preset)."""


@dataclass(frozen=True)
class FormValues:
    """What the dialog's fields hold, in plain values; `subject` is the chosen or typed key."""

    subject: str | None = None
    day: date | None = None
    engineer: str | None = None
    stage: str = "final"
    start: date | None = None
    end: date | None = None
    month: tuple[int, int] | None = None
    quarter: tuple[date, date] | None = None


Lister = Callable[["Session", datetime, uuid.UUID | None], list[Choice]]
"""The entries a kind offers: a session, now, and the ticket on screen (or None)."""
Renderer = Callable[["Session", DocumentRequest, datetime], bytes]
"""The PDF of a request (raises UserError for anything a user got wrong)."""


@dataclass(frozen=True)
class DialogForm:
    """How the document dialog asks for a kind."""

    rows: tuple[str, ...]
    """The rows asked for (those of `ROWS`); "subject" when the document is about a key."""
    request: Callable[[str, FormValues], DocumentRequest]
    """The request the fields describe, given the kind's name (an empty key is left for
    the renderer to name)."""
    choices: Lister | None = None
    """The entries listed under "subject"; a key that is not listed can still be typed."""
    preset: Preset = ()
    """List rows set when the subject is not one of the listed entries."""

    @property
    def about_a_subject(self) -> bool:
        """Whether the document needs a chosen or typed key."""
        return "subject" in self.rows


@dataclass(frozen=True)
class DocumentKind:
    """One printed document, as the command line, the dialog and the renderer see it."""

    name: str
    """Its name on the command line (`report NAME`) and in a `DocumentRequest`."""
    label: Text
    """The dialog's entry (context "document kind" in the catalogues)."""
    help: str
    """The command line's one-line help."""
    keys: tuple[str, ...]
    """The `DocumentRequest` fields it reads (besides its kind)."""
    arguments: Callable[[argparse.ArgumentParser], None]
    """Adds its positional arguments and options to `report NAME`."""
    render: Renderer
    form: DialogForm
    check: Callable[[argparse.Namespace], None] | None = None
    """Refuses command-line values the options' types cannot (raises UserError)."""

    def from_args(self, args: argparse.Namespace) -> DocumentRequest:
        """The request behind `dispatch-console report NAME ...`."""
        if self.check is not None:
            self.check(args)
        return DocumentRequest.from_args(args)

    def from_form(self, values: FormValues) -> DocumentRequest:
        """The request the dialog's fields describe."""
        return self.form.request(self.name, values)
