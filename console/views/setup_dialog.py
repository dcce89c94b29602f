"""The company profile: asked for on the first start of an empty store, later from File.

The provider's own company is printed on every work order, report and invoice. The
dialog saves the whole profile or nothing; refused fields are named as the form labels
them, each with its reason. Only an administrator changes a profile once it exists (the
first set-up of a store is anyone's, since a new store may have no users yet).
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPlainTextEdit, QWidget

from console.enums import Role
from console.services.setup_state import needs_company_setup
from console.views.context import DeskContext
from console.views.dialog_support import (
    chosen,
    field_label,
    fill,
    set_chosen,
    show_problems,
    show_refusal,
)
from console.views.errors import user_message
from console.views.forms.ui_setup_dialog import Ui_SetupDialog
from console.wording.languages import LANGUAGES, own_name


class SetupDialog(QDialog):
    """Edit the provider's company profile."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from console.services.provider import FIELDS, load_profile, profile_values

        self.desk = desk
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        fill(self.ui.language, ((own_name(code), code) for code in LANGUAGES))  # in itself
        with desk.session() as session:
            profile = load_profile(session)
        values = profile_values(profile)
        for field in FIELDS:
            self._show(field, values.get(field))
        self.first_start = profile is None
        self.may_edit = self.first_start or desk.role == Role.ADMIN
        if not self.may_edit:
            for field in FIELDS:
                widget = getattr(self.ui, field)
                if isinstance(widget, QLineEdit | QPlainTextEdit):
                    widget.setReadOnly(True)
                else:
                    widget.setEnabled(False)
            self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            show_problems(
                self.ui.problems,
                [("note", self.tr("Only an administrator changes the company profile."))],
            )
        if self.first_start:
            self.setWindowTitle(self.tr("Set up your company"))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def _show(self, field: str, value: object) -> None:
        widget = getattr(self.ui, field)
        if field == "address_lines":
            widget.setPlainText("\n".join(value or ()))  # type: ignore[arg-type]
        elif field == "language":
            set_chosen(widget, value or "en")
        elif isinstance(value, Decimal):
            widget.setText(f"{value.normalize():f}")
        else:
            widget.setText("" if value is None else str(value))

    def values(self) -> dict[str, object]:
        """What the fields hold, as the service takes them (empty text: nothing)."""
        from console.services.provider import FIELDS

        out: dict[str, object] = {}
        for field in FIELDS:
            widget = getattr(self.ui, field)
            if field == "address_lines":
                out[field] = [
                    line.strip() for line in widget.toPlainText().splitlines() if line.strip()
                ]
            elif field == "language":
                out[field] = chosen(widget)
            else:
                text = widget.text().strip()
                out[field] = text or None
        return out

    def save(self) -> None:
        """Store the whole profile in one transaction, or name every refused field."""
        from console.services.local_identity import ensure_first_user
        from console.services.provider import ProfileRefusedError, save_profile

        try:
            with self.desk.session() as session, session.begin():
                made = ensure_first_user(session)  # a desk alone: its administrator
                save_profile(session, self.values())
            if made is not None:
                self.desk.sign_in(None)
        except ProfileRefusedError as exc:  # nothing was saved: each field with its reason
            label = partial(field_label, self.ui)
            show_problems(
                self.ui.problems, [("error", user_message(r, label)) for r in exc.refusals]
            )
            return
        except Exception as exc:  # shown in the dialog in words; nothing was saved
            show_refusal(self.ui, exc)
            return
        self.accept()


def first_start(desk: DeskContext, parent: QWidget | None = None) -> bool:
    """On a store without a company profile, ask for it before the window opens.

    Returns whether a profile was saved; cancelling is allowed (documents then print a
    placeholder until File > Company profile… is filled in).
    """
    if not needs_company_setup(desk.engine):  # without the model: before the first screen
        return False
    return bool(SetupDialog(desk, parent).exec())
