"""Holidays and closing days: the days SLA clocks skip, for the provider or one client.

A year's public holidays of the client's country (the provider's home country for the
provider) with the closing days the desk entered: for everyone, or for that client. The
desk adds and removes closing days here; the public holidays come from the calendar of
the country and cannot be removed.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem, QWidget

from console.rules.closing_days import may_close
from console.services.closures import (
    CLIENT_CLOSED,
    PROVIDER_CLOSED,
    PUBLIC_HOLIDAY,
    CalendarDay,
    CalendarOwner,
    add_closure,
    calendar_of,
    calendar_owners,
    remove_closure,
)
from console.views import i18n
from console.views.context import DeskContext
from console.views.dialog_support import (
    chosen,
    field_label,
    fill,
    plain_text,
    set_chosen,
    show_refusal,
)
from console.views.errors import show_error
from console.views.forms.ui_closures_dialog import Ui_ClosuresDialog
from console.views.table_fill import refilling

DATE, WHAT, HOURS, SOURCE = range(4)


def _language() -> str:
    """The window's language, for the holidays' own names."""
    # i18n keeps the chosen locale for itself; holiday names follow the same language
    return i18n._Speech.locale_name.split("_")[0]


class ClosuresDialog(QDialog):
    """A year of public holidays and closing days; the desk adds and removes closing days."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_ClosuresDialog()
        self.ui.setupUi(self)
        self.rows: list[CalendarDay] = []
        self.owners: dict[uuid.UUID | None, CalendarOwner] = {}
        self.may_change = may_close(desk.role)
        today = desk.now().date()
        self.ui.year.setValue(today.year)
        self.ui.newDay.hide()
        self.ui.add.setEnabled(self.may_change)
        if not self.may_change:
            refused = self.tr(
                "Only an admin, a dispatcher or a service manager may enter or remove closing days."
            )
            self.ui.add.setToolTip(refused)
            self.ui.remove.setToolTip(refused)
        header = self.ui.days.horizontalHeader()
        for column, width in ((DATE, 150), (WHAT, 300), (HOURS, 110)):
            header.resizeSection(column, width)
        self._fill_owners()
        self.ui.owner.currentIndexChanged.connect(self.reload)
        self.ui.year.valueChanged.connect(self.reload)
        self.ui.days.itemSelectionChanged.connect(self._selection_changed)
        self.ui.add.clicked.connect(self.open_new_day)
        self.ui.remove.clicked.connect(self.remove_selected)
        self.ui.whole_day.toggled.connect(self._whole_day_toggled)
        self.ui.newButtons.accepted.connect(self.save_new_day)
        self.ui.newButtons.rejected.connect(self.close_new_day)
        self.ui.buttons.rejected.connect(self.reject)
        self.reload()

    # ---------------------------------------------------------------- reading

    def _fill_owners(self) -> None:
        owners = calendar_owners(self.desk.session)
        self.owners = {o.id: o for o in owners}
        choices = []
        for owner in owners:
            if owner.id is None:
                text = (
                    self.tr("%1 (your company)").replace("%1", owner.name)
                    if owner.name
                    else self.tr("Your company")
                )
            else:
                text = f"{owner.name} ({owner.country})"
            choices.append((text, owner.id))
        fill(self.ui.owner, choices)

    def owner_id(self) -> uuid.UUID | None:
        """The client whose calendar is shown; None for the provider's own."""
        value = chosen(self.ui.owner)
        return value if isinstance(value, uuid.UUID) else None

    def choose_owner(self, client_id: uuid.UUID | None) -> None:
        """Show one client's calendar (None: the provider's)."""
        set_chosen(self.ui.owner, client_id)

    def reload(self) -> None:
        """Read the chosen year's calendar again and show it."""
        try:
            self.rows = calendar_of(
                self.desk.session, self.ui.year.value(), self.owner_id(), _language()
            )
        except Exception as exc:  # said in words; the table stays empty
            self.rows = []
            show_error(self, exc)
        self._show_place()
        table = self.ui.days
        with refilling(table, len(self.rows)):
            for row, day in enumerate(self.rows):
                cells = (
                    i18n.when(datetime.combine(day.day, time()), "ddd d MMM yyyy"),
                    day.what,
                    self._hours(day),
                    self._source(day),
                )
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column == DATE:
                        item.setData(Qt.ItemDataRole.UserRole, day.closure_id)
                    if day.closure_id is None:
                        item.setToolTip(self.tr("A public holiday: it cannot be removed here."))
                    else:  # the desk's own entries stand out among the holidays
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                    table.setItem(row, column, item)
        holidays = sum(1 for d in self.rows if d.source == PUBLIC_HOLIDAY)
        self.ui.summary.setText(
            self.tr("%1 public holidays, %2 closing days")
            .replace("%1", str(holidays))
            .replace("%2", str(len(self.rows) - holidays))
        )
        self._selection_changed()

    def _show_place(self) -> None:
        owner = self.owners.get(self.owner_id())
        if owner is None or not owner.country:
            self.ui.place.setText(
                self.tr("No public holidays: your company's country is not set up yet.")
            )
            return
        from babel import Locale

        country = Locale(_language()).territories.get(owner.country, owner.country)
        where = f"{country} ({owner.subdivision})" if owner.subdivision else country
        if owner.id is None:
            text = self.tr("Public holidays of %1, and the closing days that hold for everyone.")
        else:
            text = self.tr(
                "Public holidays of %1, the closing days for everyone and this client's own. "
                "Times are the client's local time."
            )
        self.ui.place.setText(text.replace("%1", where))

    def _hours(self, day: CalendarDay) -> str:
        if day.start and day.end:
            return f"{day.start}–{day.end}"
        return self.tr("Whole day")

    def _source(self, day: CalendarDay) -> str:
        if day.source == CLIENT_CLOSED:
            return self.tr("Closed for this client")
        if day.source == PROVIDER_CLOSED:
            return self.tr("Closed for everyone")
        return self.tr("Public holiday")

    def selected(self) -> CalendarDay | None:
        """The day selected in the table, if any."""
        rows = self.ui.days.selectionModel().selectedRows()
        if not rows:
            return None
        return self.rows[rows[0].row()]

    def _selection_changed(self) -> None:
        day = self.selected()
        self.ui.remove.setEnabled(
            self.may_change and day is not None and day.closure_id is not None
        )

    # ---------------------------------------------------------------- adding

    def open_new_day(self) -> None:
        """Show the small form for a new closing day, for whoever is chosen above."""
        today = self.desk.now().date()
        year = self.ui.year.value()
        start = today if today.year == year else date(year, 1, 1)
        self.ui.day.setDate(QDate(start.year, start.month, start.day))
        owner = self.owners.get(self.owner_id())
        if owner is None or owner.id is None:
            self.ui.newDay.setTitle(self.tr("New closing day for everyone"))
        else:
            self.ui.newDay.setTitle(self.tr("New closing day for %1").replace("%1", owner.name))
        self.ui.problems.clear()
        self.ui.newDay.show()
        self.ui.add.setEnabled(False)
        self.ui.reason.setFocus()

    def close_new_day(self) -> None:
        """Put the form away without saving."""
        self.ui.newDay.hide()
        self.ui.reason.clear()
        self.ui.problems.clear()
        self.ui.add.setEnabled(self.may_change)

    def _whole_day_toggled(self, whole: bool) -> None:
        for widget in (self.ui.start, self.ui.end, self.ui.startLabel, self.ui.endLabel):
            widget.setEnabled(not whole)

    def save_new_day(self) -> None:
        """Enter the closing day and show it, or say why not and keep the form."""
        edited = self.ui.day.date()
        day = date(edited.year(), edited.month(), edited.day())
        whole = self.ui.whole_day.isChecked()
        try:
            new = add_closure(
                self.desk.session,
                self.desk.user_id,
                day,
                self.ui.reason.text(),
                client=self.owner_id(),
                start=None if whole else self.ui.start.time().toString("HH:mm"),
                end=None if whole else self.ui.end.time().toString("HH:mm"),
            )
        except Exception as exc:  # said in words in the form; nothing was saved
            show_refusal(self.ui, exc, self._label)
            return
        self.close_new_day()
        if day.year != self.ui.year.value():
            self.ui.year.setValue(day.year)  # reloads
        else:
            self.reload()
        self._select(new)

    def _select(self, closure_id: uuid.UUID) -> None:
        for row, day in enumerate(self.rows):
            if day.closure_id == closure_id:
                self.ui.days.selectRow(row)
                self.ui.days.scrollTo(self.ui.days.model().index(row, DATE))
                return

    def _label(self, field: str) -> str:
        names = {"from": self.ui.startLabel, "to": self.ui.endLabel, "for": self.ui.ownerLabel}
        if field in names:
            return plain_text(names[field].text()).rstrip(":")
        if field == "client":
            return plain_text(self.ui.ownerLabel.text()).rstrip(":").lower()
        return field_label(self.ui, field)

    # ---------------------------------------------------------------- removing

    def remove_selected(self) -> None:
        """Remove the selected closing day after asking; public holidays stay."""
        day = self.selected()
        if day is None or day.closure_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove closing day"),
            self.tr("Remove the closing day of %1 (%2)? The clocks run again then.")
            .replace("%1", i18n.when(datetime.combine(day.day, time()), "ddd d MMM yyyy"))
            .replace("%2", day.what),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_closure(self.desk.session, self.desk.user_id, day.closure_id)
        except Exception as exc:  # said in words; nothing was removed
            show_error(self, exc, self.tr("Could not remove the closing day"))
            return
        self.reload()
