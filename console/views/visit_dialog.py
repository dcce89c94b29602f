"""Visit request (D1-D10, C1, E7): every D1 field, checks live as you type, ranked engineers.

The dialog only collects the form and shows the core's findings and candidates; saving
creates the visit in the Requested state, or shows why it cannot and keeps the input.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from console.enums import SkillLevel
from console.errors import ValidationError
from console.rules.dispatch import Finding, Severity
from console.services.visits import (
    VisitForm,
    check_visit_form,
    request_visit_for,
    visit_form_start,
)
from console.views.context import DeskContext
from console.views.dialog_support import (
    chosen,
    field_label,
    fill,
    fill_enum,
    instant,
    set_chosen,
    set_instant,
    show_refusal,
    words,
)
from console.views.forms.ui_visit_dialog import Ui_VisitDialog
from console.views.i18n import QT_TRANSLATE_NOOP, say
from console.views.theme import signal_colour

SEVERITY_SIGNALS = {Severity.ERROR: "late", Severity.WARNING: "at_risk", Severity.NOTE: "paused"}
"""The colour (`theme.SIGNALS`) of a dispatch check's finding, by how much it matters."""
FIELD_NAMES = {
    # what a finding names that has no label of its own on the form
    "address": QT_TRANSLATE_NOOP("VisitDialog", "site address"),
    "map_url": QT_TRANSLATE_NOOP("VisitDialog", "map link"),
    "nda": QT_TRANSLATE_NOOP("VisitDialog", "NDA"),
    "contract": QT_TRANSLATE_NOOP("VisitDialog", "contract"),
    "engineers": QT_TRANSLATE_NOOP("VisitDialog", "engineers"),
    "engineer": QT_TRANSLATE_NOOP("VisitDialog", "engineer"),
    "status": QT_TRANSLATE_NOOP("VisitDialog", "status"),
}


class VisitDialog(QDialog):
    """Request a visit for one ticket."""

    def __init__(
        self, desk: DeskContext, ticket_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ticket_id = ticket_id
        self.ui = Ui_VisitDialog()
        self.ui.setupUi(self)
        self.created: uuid.UUID | None = None
        self.created_reference = ""
        self.findings: list[Finding] = []
        start = visit_form_start(desk.session, ticket_id)
        self.setWindowTitle(self.tr("Request a visit for %1").replace("%1", start.ticket_reference))
        fill(self.ui.site, start.sites, self.tr("(choose a site)"))
        set_chosen(self.ui.site, start.site_id)
        fill(self.ui.local_contact, start.local_contacts, self.tr("(none)"))
        fill(self.ui.ordering_engineer, start.ordering_engineers, self.tr("(none)"))
        self.ui.work_description.setPlainText(start.description)
        fill_enum(self.ui.skill_level, SkillLevel, self.tr("(not given: senior)"))
        # a sensible first proposal: two days ahead (no rush fee, D2), on a weekday, 09:00
        local = (desk.now() + timedelta(days=2)).astimezone()
        while local.weekday() >= 5:
            local += timedelta(days=1)
        set_instant(self.ui.planned_start, local.replace(hour=9, minute=0, second=0, microsecond=0))
        for listing in (self.ui.findings, self.ui.suggestions):
            listing.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.recheck)
        for child in self.findChildren(QWidget):
            self._watch(child)
        self.ui.suggestions.itemChanged.connect(lambda _item: self.timer.start())
        self.save_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Request visit"))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.recheck()

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _t: self.timer.start())
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.timer.start)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i: self.timer.start())
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _b: self.timer.start())
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda _v: self.timer.start())
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(lambda _d: self.timer.start())

    # -- the form -------------------------------------------------------------------------
    def form(self) -> VisitForm:
        """What the user typed, as the service takes it (raises on unreadable input)."""
        text = self.ui.reserved_hours.text().strip().replace(",", ".")
        try:
            reserved = Decimal(text) if text else None
        except InvalidOperation:
            raise ValidationError(
                "reserved_hours", self.tr("'%1' is not a number of hours").replace("%1", text), "D3"
            ) from None
        skill = chosen(self.ui.skill_level)
        override = self.ui.override_d5.text().strip()
        return VisitForm(
            ticket_id=self.ticket_id, site_id=chosen(self.ui.site),
            planned_start=instant(self.ui.planned_start), reserved_hours=reserved,
            skill_level=SkillLevel(skill) if skill else None,
            engineers_needed=self.ui.engineers_needed.value(),
            languages=[w.lower() for w in words(self.ui.languages.text())],
            urgency_class=self.ui.urgency_class.value(),
            local_contact_id=chosen(self.ui.local_contact),
            ordering_engineer_id=chosen(self.ui.ordering_engineer),
            work_description=self.ui.work_description.toPlainText(),
            target_hardware=self.ui.target_hardware.text(),
            work_sequence=self.ui.work_sequence.toPlainText(),
            confirm_before=self.ui.confirm_before.text(),
            confirm_after=self.ui.confirm_after.text(),
            documents_needed=self.ui.documents_needed.text(),
            items=words(self.ui.items.text()), paperwork=words(self.ui.paperwork.text()),
            instructions_attached=self.ui.instructions_attached.isChecked(),
            onsite_assistance=self.ui.onsite_assistance.isChecked(),
            travel_needed=self.ui.travel_needed.isChecked(), regular=self.ui.regular.isChecked(),
            new_workstations=self.ui.new_workstations.value(),
            engineer_ids=self._checked_engineers(), overrides={"D5": override} if override else {},
        )  # fmt: skip

    def _checked_engineers(self) -> list[uuid.UUID]:
        out = []
        for i in range(self.ui.suggestions.count()):
            item = self.ui.suggestions.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    # -- live checks ----------------------------------------------------------------------
    def recheck(self) -> None:
        """Run the dispatch checks and the engineer ranking on the current input."""
        try:
            form = self.form()
        except ValidationError as exc:
            self._show([Finding(Severity.ERROR, exc.field, exc.rule or "D1", exc.text)])
            return
        check = check_visit_form(self.desk.session, form, self.desk.now())
        findings, candidates = check.findings, check.candidates
        self._show(findings)
        checked = set(form.engineer_ids)
        self.ui.suggestions.blockSignals(True)
        self.ui.suggestions.clear()
        for c in candidates[:25]:
            reasons = [say(r) for r in c.reasons]
            # a tick mark beside the tick box read as already chosen: the words say it
            line = self.tr("%1 — %2") if c.eligible else self.tr("%1 — not suited: %2")
            item = QListWidgetItem(
                line.replace("%1", c.engineer.name).replace("%2", "; ".join(reasons[:3]))
            )
            item.setToolTip("\n".join(reasons))
            item.setData(Qt.ItemDataRole.UserRole, c.engineer.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if c.engineer.id in checked else Qt.CheckState.Unchecked
            )
            if not c.eligible:
                item.setForeground(QBrush(signal_colour("paused", self.palette())))
            self.ui.suggestions.addItem(item)
        self.ui.suggestions.blockSignals(False)

    def _field_name(self, field: str) -> str:
        """A finding's field as the form's own label calls it, in the window's language."""
        if field in FIELD_NAMES:
            return self.tr(FIELD_NAMES[field])
        return field_label(self.ui, field)

    def _show(self, findings: list[Finding]) -> None:
        self.findings = findings
        self.ui.findings.clear()
        for f in findings:
            item = QListWidgetItem(f"{self._field_name(f.field)}: {say(f.text)}")
            item.setForeground(QBrush(signal_colour(SEVERITY_SIGNALS[f.severity], self.palette())))
            item.setData(Qt.ItemDataRole.UserRole, f.rule)
            self.ui.findings.addItem(item)
        errors = [f for f in findings if f.severity is Severity.ERROR]
        self.save_button.setEnabled(not errors)
        self.save_button.setToolTip(
            self.tr("Fix the errors first") if errors else self.tr("Save in the Requested state")
        )

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        """Create the visit, or show why not and keep the input."""
        try:
            form = self.form()
            visit = request_visit_for(self.desk.session, self.desk.acting, form, self.desk.now())
            self.created, self.created_reference = visit.id, visit.reference
        except Exception as exc:  # shown in the dialog in words; nothing was saved
            show_refusal(self.ui, exc, self._field_name)
            return
        self.accept()
