"""My day: the signed-in engineer's visits of one day, in order, with all that is needed on
the road (where, how to get in, whom to call, what to bring) and the next steps.

It reads only the local store, so it works on a laptop without a connection. A desk user
chooses whose day to look at. Completing a visit asks who agreed that the engineer may
leave, with the client's signature on screen (console.views.leave_dialog).
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING
from urllib.parse import quote
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.enums import ChecklistKind, ChecklistState, VisitStatus
from console.views.background import LatestRead
from console.views.context import DeskContext
from console.views.errors import show_error, user_message
from console.views.i18n import date_time_format, title_word, when, word, zone_place

if TYPE_CHECKING:
    from console.services.my_day import DayChoice, DayPlan, PlannedVisit
    from console.views.leave_dialog import LeaveAnswer

ENDING = (VisitStatus.CANCELLED, VisitStatus.NO_ACCESS)
"""Steps that end a visit without its work: asked once more, as they cannot be undone."""

CHECK_MARKS = {
    # a word as well as a mark: the state is never told by a sign alone
    ChecklistState.DONE: "✔",
    ChecklistState.NOT_NEEDED: "–",
    ChecklistState.PENDING: "○",
}


def link_colour() -> str:
    """The palette's link colour, or a light blue where it would not read on the window's
    colour (a dark palette that leaves links at their default dark blue)."""
    # the application's: a view built into a lazy tab still has its first palette
    palette = QGuiApplication.palette()
    link = palette.color(QPalette.ColorRole.Link)
    ground = palette.color(QPalette.ColorRole.Window)
    if abs(link.lightness() - ground.lightness()) < 110:
        return "#8ab4f8" if ground.lightness() < 128 else "#0b57d0"
    return str(link.name())


def _link(url: str, text: str, colour: str) -> str:
    return (
        f'<a href="{html.escape(url, quote=True)}" style="color:{colour}">{html.escape(text)}</a>'
    )


class VisitCard(QFrame):
    """One visit of the day: when, what, where, whom, what to bring, and its steps."""

    def __init__(self, view: MyDayView, visit: PlannedVisit, engineer_zone: str) -> None:
        super().__init__()
        self.visit = visit
        self.setObjectName(f"card_{visit.reference}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        e = html.escape
        v = visit
        colour = link_colour()
        start, end = v.local(v.start), v.local(v.end)
        span = f"{when(start, 'HH:mm')}–{when(end, 'HH:mm')}"
        if end.date() != start.date():
            span = f"{when(start, 'HH:mm')}–{when(end, 'ddd HH:mm')}"
        if v.zone != engineer_zone:
            # the site's own time, and the engineer's beside it
            mine_start, mine_end = v.start.astimezone(view.zone), v.end.astimezone(view.zone)
            span += (
                f" <span>({e(zone_place(v.zone))}; "
                f"{when(mine_start, 'HH:mm')}–{when(mine_end, 'HH:mm')} "
                f"{e(zone_place(engineer_zone))})</span>"
            )
        status = e(title_word(v.status))
        # what a screen reader says of the card: the time, the visit, what and where
        self.setAccessibleName(
            f"{when(start, 'HH:mm')}–{when(end, 'HH:mm')} {v.reference}, {title_word(v.status)}: "
            f"{v.title}, {v.client}, {v.site}"
        )
        heading = QLabel(
            f"<span style='font-size:large'><b>{span}</b></span> &nbsp; "
            f"<b>{e(v.reference)}</b> · {status}"
        )
        heading.setObjectName(f"when_{v.reference}")
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading.setWordWrap(True)
        what = QLabel(f"<b>{e(v.title)}</b> — {e(v.client)} <span>({e(v.ticket_reference)})</span>")
        what.setWordWrap(True)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        where_title, floor, entry = self.tr("Where"), self.tr("Floor"), self.tr("Entry")
        where = [f"<b>{e(where_title)}</b><br>{e(v.site)}<br>{e(v.address)}"]
        if v.floor:
            where.append(f"{e(floor)}: {e(v.floor)}")
        if v.entry:
            where.append(f"{e(entry)}: {e(v.entry)}")
        if v.map_url:
            where.append(_link(v.map_url, self.tr("Open the map"), colour))
        people = ["<b>" + e(self.tr("Contact on site")) + "</b>"]
        if not v.contacts:
            people.append("<i>" + e(self.tr("none named: ask the desk")) + "</i>")
        for c in v.contacts:
            reach = []
            if c.phone:
                reach.append(_link("tel:" + c.phone.replace(" ", ""), c.phone, colour))
            if c.email:
                reach.append(_link("mailto:" + quote(c.email, safe="@"), c.email, colour))
            people.append(
                f"{e(c.name)} <i>({e(word(c.role))})</i><br>"
                + (" · ".join(reach) or "<i>" + e(self.tr("no phone or e-mail")) + "</i>")
            )
        if v.colleagues:
            people.append(e(self.tr("With %1").replace("%1", ", ".join(v.colleagues))))
        left = self._block("where", "<br>".join(where) + "<br><br>" + "<br>".join(people))

        bring = []
        for kind, title in (
            (ChecklistKind.ITEM, self.tr("What to bring")),
            (ChecklistKind.PAPERWORK, self.tr("Papers")),
        ):
            lines = [
                f"{CHECK_MARKS[i.state]} {e(i.label)}"
                + ("" if i.state is ChecklistState.PENDING else f" <i>({e(word(i.state))})</i>")
                for i in v.checklist
                if i.kind is kind
            ]
            body = "<br>".join(lines) if lines else "<i>" + e(self.tr("nothing listed")) + "</i>"
            bring.append(f"<b>{e(title)}</b><br>{body}")
        if v.work:
            bring.append("<b>" + e(self.tr("Work")) + f"</b><br>{e(v.work)}")
        if v.signed_by:
            signed = self.tr("May leave, agreed by %1").replace("%1", v.signed_by)
            if v.signed:
                signed += " " + self.tr("(signed)")
            bring.append(f"<b>{e(signed)}</b>")
        right = self._block("bring", "<br><br>".join(bring))

        columns = QGridLayout()
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        columns.setHorizontalSpacing(24)
        columns.addWidget(left, 0, 0, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(right, 0, 1, Qt.AlignmentFlag.AlignTop)

        # the steps beside the time, where the eye starts: a card is a screen's third
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        for step in v.next_steps:
            # completing asks who agreed that the engineer may leave; ending asks to be sure
            asks = step is VisitStatus.COMPLETED or step in ENDING
            button = QPushButton(title_word(step) + ("…" if asks else ""))
            button.setObjectName(f"step_{v.reference}_{step.value}")
            button.clicked.connect(lambda _=False, s=step: view.advance(self.visit, s))
            top.addWidget(button)
        if not v.next_steps:
            top.addWidget(QLabel("<i>" + e(self.tr("No step to take")) + "</i>"))
        top.addSpacing(12)
        order = QPushButton(self.tr("Work order"))
        order.setObjectName(f"workOrder_{v.reference}")
        order.setToolTip(self.tr("Preview and print the work order to hand out"))
        order.clicked.connect(lambda _=False: view.print_work_order(v.reference))
        top.addWidget(order)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(what)
        layout.addLayout(columns)

    def _block(self, name: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(f"{name}_{self.visit.reference}")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setOpenExternalLinks(True)  # tel:, mailto: and the map open on the laptop
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label


@dataclass(frozen=True)
class DayRead:
    """Whom the user may look at, and the day read for the engineer chosen."""

    choice: DayChoice
    engineer_id: uuid.UUID | None  # None: no engineer to show
    day: date | None  # None: today in the engineer's zone
    plan: DayPlan | None
    refused: str | None  # why the day could not be read, in words


class MyDayView(QWidget):
    """The day of the signed-in engineer (or, at the desk, of the engineer chosen)."""

    changed = Signal()

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myDay")
        self.desk = desk
        self.choice: DayChoice | None = None
        self.plan: DayPlan | None = None
        self.day: date | None = None  # None: today in the engineer's zone
        self.who = QLabel(self.tr("Engineer"))
        self.engineer = QComboBox()
        self.engineer.setObjectName("dayEngineer")
        self.engineer.setAccessibleName(self.tr("Engineer"))
        self.engineer.setMinimumContentsLength(18)
        self.engineer.currentIndexChanged.connect(lambda _i: self._engineer_chosen())
        self.who.setBuddy(self.engineer)
        self.earlier = QToolButton()
        self.earlier.setText("◀")
        self.earlier.setObjectName("dayEarlier")
        self.earlier.setAccessibleName(self.tr("The day before"))
        self.earlier.setToolTip(self.tr("The day before"))
        self.earlier.clicked.connect(lambda _=False: self._step_day(-1))
        self.date = QDateEdit()
        self.date.setObjectName("dayDate")
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Day"))
        # the reader's way of writing a date (the heading below names the weekday)
        self.date.setDisplayFormat(date_time_format().split(" ")[0])
        self.date.dateChanged.connect(lambda _d: self._date_chosen())
        self.later = QToolButton()
        self.later.setText("▶")
        self.later.setObjectName("dayLater")
        self.later.setAccessibleName(self.tr("The day after"))
        self.later.setToolTip(self.tr("The day after"))
        self.later.clicked.connect(lambda _=False: self._step_day(1))
        self.today = QPushButton(self.tr("Today"))
        self.today.setObjectName("dayToday")
        self.today.clicked.connect(lambda _=False: self.show_day(None))
        self.heading = QLabel()
        self.heading.setObjectName("dayHeading")
        self.heading.setWordWrap(True)
        bar = QHBoxLayout()
        # the desk's chooser, as one piece that an engineer's laptop hides
        self.chooser = QWidget()
        chooser = QHBoxLayout(self.chooser)
        chooser.setContentsMargins(0, 0, 16, 0)
        chooser.addWidget(self.who)
        chooser.addWidget(self.engineer)
        bar.addWidget(self.chooser)
        bar.addWidget(self.earlier)
        bar.addWidget(self.date)
        bar.addWidget(self.later)
        bar.addWidget(self.today)
        bar.addStretch(1)
        self.cards = QWidget()
        self.cards.setObjectName("dayCards")
        self.cards_layout = QVBoxLayout(self.cards)
        self.cards_layout.setSpacing(10)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.cards)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroller, 1)
        self._quiet = False  # set while the controls are filled, so they load nothing
        self._reads: LatestRead[DayRead] = LatestRead()

    @property
    def zone(self) -> ZoneInfo:
        """The engineer's zone of the day shown (UTC before any is shown)."""
        return ZoneInfo(self.plan.zone if self.plan else "UTC")

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read whom the user may look at, then the day shown (today unless one was chosen)."""
        self._reads.now(self._reader(self.day, None), self._show_read)

    def refresh(self) -> None:
        """Read whom the user may look at and the day shown again off the window's thread,
        as after a sync that brought changes; the day shown stays until then. A day or an
        engineer chosen meanwhile wins."""
        self._reads.later(self._reader(self.day, None), self._show_read, self._read_failed)

    def _read_failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _reader(self, day: date | None, choice: DayChoice | None) -> Callable[[], DayRead]:
        """The read of the day asked for, and of whom the user may look at unless
        ``choice`` is already known (what is chosen is read now, on the window's thread)."""
        sessions, acting, now = self.desk.session, self.desk.acting, self.desk.now()
        wanted = self.engineer_id()

        def read() -> DayRead:
            from console.services.my_day import day_choice, day_plan

            got = choice if choice is not None else day_choice(sessions, acting)
            ids = [engineer_id for _, engineer_id in got.engineers]
            # the engineer chosen stays; else the user's own; else the first listed
            target = wanted if wanted is not None else got.own_engineer_id
            engineer = target if target in ids else ids[0] if ids else None
            if engineer is None:
                return DayRead(got, None, day, None, None)
            try:
                plan = day_plan(sessions, acting, now, engineer, day)
            except Exception as exc:  # said in words, in place of the day
                return DayRead(got, engineer, day, None, user_message(exc))
            return DayRead(got, engineer, day, plan, None)

        return read

    def _show_read(self, read: DayRead) -> None:
        if self.choice is None or read.choice.engineers != self.choice.engineers:
            # filled again only when they changed: a desk lists thousands of engineers
            self._quiet = True
            self.engineer.clear()
            for name, engineer_id in read.choice.engineers:
                self.engineer.addItem(name, engineer_id)
            self._quiet = False
        self.choice = read.choice
        self.chooser.setVisible(read.choice.may_choose)
        if read.engineer_id is not None and read.engineer_id != self.engineer_id():
            self._quiet = True
            self.engineer.setCurrentIndex(self.engineer.findData(read.engineer_id))
            self._quiet = False
        self.day = read.day
        self._clear()
        if read.engineer_id is None:
            self.plan = None
            self._set_controls(False)
            text = (
                self.tr("No engineers yet: add them in the Engineers tab.")
                if read.choice.may_choose
                else self.tr(
                    "Your user is not linked to an engineer, so there is no day to show. "
                    "Ask the desk to link your user to your engineer."
                )
            )
            self.heading.setText(html.escape(text))
            return
        self._set_controls(True)
        self.plan = read.plan
        if read.plan is None:
            self.heading.setText(html.escape(read.refused or ""))
            return
        self._render(read.plan)

    def engineer_id(self) -> uuid.UUID | None:
        """The engineer whose day is shown."""
        found = self.engineer.currentData()
        return found if isinstance(found, uuid.UUID) else None

    def choose_engineer(self, engineer_id: uuid.UUID) -> None:
        """Show this engineer's day (the desk's chooser)."""
        index = self.engineer.findData(engineer_id)
        if index >= 0:
            self.engineer.setCurrentIndex(index)

    def show_day(self, day: date | None) -> None:
        """Show a day of the engineer's zone (None: today)."""
        if self.choice is not None:
            self._reads.now(self._reader(day, self.choice), self._show_read)

    def _set_controls(self, enabled: bool) -> None:
        for widget in (self.earlier, self.date, self.later, self.today):
            widget.setEnabled(enabled)

    def _clear(self) -> None:
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone at once: a new card takes its name
                widget.deleteLater()

    def _render(self, plan: DayPlan) -> None:
        e = html.escape
        self._quiet = True
        self.date.setDate(QDate(plan.day.year, plan.day.month, plan.day.day))
        self._quiet = False
        today = self.desk.now().astimezone(self.zone).date()
        noon = datetime.combine(plan.day, time(12))
        day_text = when(noon, "dddd d MMMM yyyy")
        if plan.day == today:
            day_text = self.tr("Today, %1").replace("%1", day_text)
        count = self.tr("Visits: %1").replace("%1", str(len(plan.visits)))
        self.heading.setText(
            f"<span style='font-size:x-large'><b>{e(plan.engineer)}</b> — {e(day_text)}</span>"
            f"<br>{e(count)} · "
            + e(
                self.tr("times in the site's zone; the engineer's zone: %1").replace(
                    "%1", zone_place(plan.zone)
                )
            )
        )
        self.today.setEnabled(plan.day != today)
        if not plan.visits:
            empty = QLabel(e(self.tr("No visits planned for this day. Pick another day above.")))
            empty.setObjectName("dayEmpty")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.cards_layout.addWidget(empty)
        for visit in plan.visits:
            self.cards_layout.addWidget(VisitCard(self, visit, plan.zone))
        self.cards_layout.addStretch(1)

    def _engineer_chosen(self) -> None:
        if not self._quiet and self.choice is not None:
            self.show_day(self.day)

    def _date_chosen(self) -> None:
        if self._quiet:
            return
        chosen = self.date.date()
        self.show_day(date(chosen.year(), chosen.month(), chosen.day()))

    def _step_day(self, days: int) -> None:
        self.date.setDate(self.date.date().addDays(days))

    def card(self, reference: str) -> VisitCard | None:
        """The card of a visit shown."""
        return self.cards.findChild(VisitCard, f"card_{reference}")

    # -- intents ---------------------------------------------------------------------------
    def ask_leave_approval(self, visit: PlannedVisit) -> LeaveAnswer | None:
        """Who agreed that the engineer may leave, when, their signature (None: cancelled)."""
        from console.views.leave_dialog import LeaveDialog

        dialog = LeaveDialog(visit.reference, self.desk.now(), visit.zone, self)
        return dialog.answer() if dialog.exec() else None

    def confirm_end(self, visit: PlannedVisit, status: VisitStatus) -> bool:
        """Whether the user means to end the visit so (it cannot be undone)."""
        answer = QMessageBox.question(
            self,
            title_word(status),
            self.tr("Mark %1 as %2? This ends the visit and cannot be undone.")
            .replace("%1", visit.reference)
            .replace("%2", word(status)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def advance(self, visit: PlannedVisit, status: VisitStatus) -> bool:
        """Take one step on a visit; completing it asks who let the engineer leave."""
        from console.services.visits import advance_visit_to

        leave = None
        if status is VisitStatus.COMPLETED:
            leave = self.ask_leave_approval(visit)
            if leave is None:
                return False  # not agreed yet: the visit stays as it is
        elif status in ENDING and not self.confirm_end(visit, status):
            return False
        try:
            advance_visit_to(
                self.desk.session, self.desk.acting, visit.id, status, self.desk.now(),
                approved_by=leave.name if leave else None, approved_at=leave.at if leave else None,
                signature=leave.signature if leave else None,
            )  # fmt: skip
        except Exception as exc:  # shown to the user in words
            show_error(self, exc)
            return False
        self.show_day(self.day)
        self.changed.emit()
        return True

    def print_work_order(self, reference: str) -> QWidget:
        """Preview the visit's work order, to print and hand out (the viewer shown)."""
        from console.reports.request import DocumentRequest
        from console.views.document_view import open_document

        return open_document(self.desk, DocumentRequest("work-order", visits=(reference,)), self)
