"""One engineer's day beside the calendar: visits in order with the travel legs between.

From the base to the first site, site to site, and back to the base, each leg with its
estimated time; a leg that does not fit the gap before the next visit is marked and says why.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.services.day_plan import DayPlan, Leg, day_plan_for
from console.views.context import DeskContext
from console.views.errors import user_message
from console.views.i18n import say, when, word, zone_place
from console.views.theme import signal_colour

"""The calendar's red marker: a leg longer than the time there is for it."""


class DayPlanView(QWidget):
    """An engineer's visits of one day and the travel between them, as a list."""

    engineerChosen = Signal(object)  # noqa: N815 - engineer id

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.plan: DayPlan | None = None
        self.day: date | None = None
        self.engineer = QComboBox()
        self.engineer.setObjectName("dayEngineer")
        self.engineer.setAccessibleName(self.tr("Engineer of the day plan"))
        self.engineer.setToolTip(self.tr("Whose day is shown, with the travel between sites"))
        self.engineer.currentIndexChanged.connect(self._chosen)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.steps = QListWidget()
        self.steps.setObjectName("dayPlan")
        self.steps.setAccessibleName(self.tr("Visits and travel of the day"))
        self.steps.setWordWrap(True)
        self.steps.setAlternatingRowColors(False)
        self.total = QLabel()
        self.total.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Day plan")))
        layout.addWidget(self.engineer)
        layout.addWidget(self.title)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.total)

    def set_engineers(
        self, engineers: list[tuple[uuid.UUID, str]], chosen: uuid.UUID | None
    ) -> None:
        """The engineers to choose from, keeping the chosen one."""
        keep = chosen if chosen is not None else self.engineer_id()
        self.engineer.blockSignals(True)
        self.engineer.clear()
        for eid, name in engineers:
            self.engineer.addItem(name, str(eid))  # a string: a UUID does not compare in Qt
        index = self.engineer.findData(str(keep)) if keep is not None else -1
        self.engineer.setCurrentIndex(max(0, index))
        self.engineer.blockSignals(False)

    def engineer_id(self) -> uuid.UUID | None:
        """The engineer whose day is shown."""
        data = self.engineer.currentData()
        return uuid.UUID(data) if isinstance(data, str) else None

    def choose(self, engineer_id: uuid.UUID) -> None:
        """Show another engineer's day."""
        index = self.engineer.findData(str(engineer_id))
        if index >= 0 and index != self.engineer.currentIndex():
            self.engineer.setCurrentIndex(index)

    def _chosen(self, _index: int) -> None:
        if self.day is not None:
            self.load(self.day)
        self.engineerChosen.emit(self.engineer_id())

    def load(self, day: date) -> None:
        """Build and show the chosen engineer's plan for a day (the day in their zone)."""
        self.day = day
        engineer_id = self.engineer_id()
        self.steps.clear()
        if engineer_id is None:
            self.plan = None
            self.title.setText(self.tr("No engineer to show."))
            self.total.clear()
            return
        try:
            self.plan = day_plan_for(self.desk.session, engineer_id, day)
        except Exception as exc:  # shown in words; the list stays empty
            self.plan = None
            self.title.setText(user_message(exc))
            self.total.clear()
            return
        self.show_plan(self.plan)

    def show_plan(self, plan: DayPlan) -> None:
        """Fill the list: a travel line, then the visit it leads to, and the way back."""
        self.steps.clear()
        zone = ZoneInfo(plan.zone)
        self.title.setText(
            self.tr("%1 · %2 · times in %3 · from the base in %4")
            .replace("%1", plan.engineer)
            .replace("%2", when(_midday(plan.day, zone), "dddd dd MMM"))
            .replace("%3", zone_place(plan.zone))
            .replace("%4", plan.base_name)
        )
        if not plan.stops:
            self.steps.addItem(self.tr("No visits planned this day."))
        for stop in plan.stops:
            self._add_leg(stop.leg)
            v = stop.visit
            a, b = v.start.astimezone(zone), v.end.astimezone(zone)
            item = QListWidgetItem(
                f"{when(a, 'HH:mm')}–{when(b, 'HH:mm')}  {v.reference}\n{v.client} · {v.site}"
                + (f"\n{v.address}" if v.address else "")
                + f"\n{word(v.status)}"
            )
            bold = QFont(item.font())
            bold.setBold(True)
            item.setFont(bold)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            self.steps.addItem(item)
        if plan.home is not None:
            self._add_leg(plan.home)
        minutes = round(plan.travel.total_seconds() / 60)
        self.total.setText(
            self.tr("Estimated travel this day: %1 h %2 min")
            .replace("%1", str(minutes // 60))
            .replace("%2", f"{minutes % 60:02d}")
        )

    def _add_leg(self, leg: Leg) -> None:
        text = "  ↓ " + say(leg.trip.reason)
        if leg.trip.km is not None:
            text += f" ({leg.trip.km:.0f} km)"
        item = QListWidgetItem(text)
        italic = QFont(item.font())
        italic.setItalic(True)
        item.setFont(italic)
        if leg.short is not None or leg.trip.too_far:
            item.setText("⚠" + text[1:] + (f"\n    {say(leg.short)}" if leg.short else ""))
            item.setForeground(QBrush(signal_colour("late", self.palette())))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.steps.addItem(item)


def _midday(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(12), tzinfo=zone)
