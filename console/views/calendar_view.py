"""The calendar: day and week boards, a tray of unassigned visits, checked moves, .ics export.

The painted board has a list of the same visits one key away (Ctrl+L) for screen readers
and keyboard users, kept in step with it; the Day mode adds the chosen engineer's day plan
with the travel between sites.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QSignalBlocker, Qt, QTimeZone
from PySide6.QtGui import QBrush, QDrag, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.services.board import Board, BoardChange, board_change, board_for
from console.services.schedule_export import schedule_ics
from console.services.visits import VisitRefusedError, move_visit_to, resize_visit_to
from console.views.background import LatestRead
from console.views.calendar_widget import KEYS_HELP, MARKER, CalendarWidget, visit_mime
from console.views.context import DeskContext
from console.views.day_view import DayPlanView
from console.views.errors import findings_text, user_message
from console.views.i18n import clock, say, when, word, zone_place
from console.views.table_fill import refilling
from console.views.theme import signal_colour


class UnassignedTray(QListWidget):
    """Visits without an engineer; drag one onto an engineer's row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setObjectName("unassignedTray")
        # each visit takes two to four lines: alternate shades and a gap tell one from the next
        self.setAlternatingRowColors(True)
        self.setSpacing(2)

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt API
        """The dragged visit's id, in the form the calendar accepts."""
        return visit_mime(items[0].data(Qt.ItemDataRole.UserRole))

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802 - Qt API
        """Drag the selected visit."""
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.exec(Qt.DropAction.MoveAction)


class VisitList(QTableWidget):
    """The board's visits as rows, for screen readers and the keyboard."""

    COLUMNS = ("When", "Engineer", "Reference", "Client", "Site", "Status", "Travel")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self.setObjectName("calendarList")
        self.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Engineer"),
                self.tr("Reference"),
                self.tr("Client"),
                self.tr("Site"),
                self.tr("Status"),
                self.tr("Travel"),
            ]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(60)  # widths from the first rows: a week is long
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(self.tr("Planned visits"))
        self.ids: list[uuid.UUID] = []

    def fill(self, board: Board) -> None:
        """One row per planned visit, in time order, then by engineer."""
        names = {e.id: e.name for e in board.engineers}
        shown = sorted(
            (v for v in board.visits if v.engineer_id in names),
            key=lambda v: (v.start, names[v.engineer_id]),  # type: ignore[index]
        )
        days: dict[date, str] = {}
        self.ids = []
        # emptied and filled again, the list loses its selection: that is not the
        # dispatcher choosing no visit, so the board is not told (`select` restores it)
        with QSignalBlocker(self), refilling(self, len(shown)):
            for row, v in enumerate(shown):
                note = board.travel.get(v.id)
                travel = say(note.trip.reason) if note is not None else ""
                late = note is not None and (note.short is not None or note.trip.too_far)
                if note is not None and note.short is not None:
                    travel = f"⚠ {say(note.short)}; {travel}"
                elif late:
                    travel = f"⚠ {travel}"
                start, end = v.start.astimezone(), v.end.astimezone()
                if start.date() not in days:  # the day's name once a day: the locale is slow
                    days[start.date()] = when(start, "ddd dd MMM")
                cells = (
                    f"{days[start.date()]} {clock(start)}–{clock(end)}",
                    names[v.engineer_id],  # type: ignore[index]
                    v.reference,
                    v.client,
                    v.site,
                    word(v.status),
                    travel,
                )
                for col, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, v.id)
                    if col == 6 and late:
                        item.setForeground(QBrush(MARKER))
                    self.setItem(row, col, item)
                self.ids.append(v.id)

    def select(self, visit_id: uuid.UUID | None) -> None:
        """Select a visit's row without telling anyone (the board told us)."""
        self.blockSignals(True)
        if visit_id in self.ids:
            row = self.ids.index(visit_id)
            self.setCurrentCell(row, 0)
            self.selectRow(row)
        else:
            self.clearSelection()
        self.blockSignals(False)

    def current_visit(self) -> uuid.UUID | None:
        """The visit of the current row."""
        row = self.currentRow()
        return self.ids[row] if 0 <= row < len(self.ids) else None


class CalendarView(QWidget):
    """Plans visits on engineers' time."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.days = 7
        self.first_day = self._monday(desk.now())
        self.board: Board | None = None
        # a refresh outrun by a reload is dropped
        self._boards: LatestRead[tuple[Board, BoardChange | None]] = LatestRead()
        self._list_stale = True  # the list is filled when shown: a week of 300 engineers
        self.widget = CalendarWidget()
        self.widget.moveRequested.connect(self.request_move)
        self.widget.resizeRequested.connect(self.request_resize)
        self.widget.engineerClicked.connect(self._engineer_clicked)
        self.widget.visitSelected.connect(self._board_selected)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.widget)
        scroll.setAccessibleName(self.tr("Planning board, scrollable"))
        self.scroller = scroll
        self.visit_list = VisitList()
        self.visit_list.itemSelectionChanged.connect(self._list_selected)
        self.visit_list.installEventFilter(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.visit_list)
        self.day_plan = DayPlanView(desk)
        self.day_plan.engineerChosen.connect(self._day_engineer_chosen)
        self.day_plan.setVisible(False)

        self.day_button = QPushButton(self.tr("Day"))
        self.week_button = QPushButton(self.tr("Week"))
        self.day_button.setToolTip(self.tr("One day, with the chosen engineer's day plan"))
        self.week_button.setToolTip(self.tr("Monday to Sunday for every engineer"))
        for b in (self.day_button, self.week_button):
            b.setCheckable(True)
        self.week_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.day_button)
        group.addButton(self.week_button)
        self.day_button.clicked.connect(lambda: self.set_days(1))
        self.week_button.clicked.connect(lambda: self.set_days(7))
        prev_b, today_b, next_b = (QPushButton(t) for t in ("◀", self.tr("Today"), "▶"))
        prev_b.setAccessibleName(self.tr("Previous"))
        prev_b.setToolTip(self.tr("The previous day or week"))
        next_b.setAccessibleName(self.tr("Next"))
        next_b.setToolTip(self.tr("The next day or week"))
        today_b.setToolTip(self.tr("Back to today"))
        prev_b.clicked.connect(lambda: self.shift(-1))
        next_b.clicked.connect(lambda: self.shift(1))
        today_b.clicked.connect(self.today)
        self.range_label = QLabel()
        self.range_label.setAccessibleName(self.tr("Shown days"))
        self.list_button = QPushButton(self.tr("List"))
        self.list_button.setObjectName("calendarListToggle")
        self.list_button.setCheckable(True)
        self.list_button.setToolTip(
            self.tr("Show the visits as a list, or as the painted board (Ctrl+L)")
        )
        self.list_button.setWhatsThis(KEYS_HELP())
        self.list_button.toggled.connect(self.show_list)
        QShortcut(QKeySequence("Ctrl+L"), self, self.list_button.toggle)
        self.keys_label = QLabel(self.tr("Keys…"))
        self.keys_label.setToolTip(KEYS_HELP())
        self.keys_label.setWhatsThis(KEYS_HELP())
        self.keys_label.setAccessibleName(self.tr("Keyboard use"))
        self.keys_label.setAccessibleDescription(KEYS_HELP())
        self.export_button = QPushButton(self.tr("Export schedule (.ics)…"))
        self.export_button.setToolTip(
            self.tr("The selected engineer's shown visits as a calendar file")
        )
        self.export_button.clicked.connect(self._export_clicked)
        self.message = QLabel()
        self.message.setObjectName("calendarMessage")
        self.message.setAccessibleName(self.tr("Calendar message"))
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        bar = QHBoxLayout()
        for w in (self.day_button, self.week_button, prev_b, today_b, next_b, self.range_label):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.keys_label)
        bar.addWidget(self.list_button)
        bar.addWidget(self.export_button)

        self.tray = UnassignedTray()
        self.tray.setAccessibleName(self.tr("Unassigned visits"))
        tray_box = QWidget()
        tray_layout = QVBoxLayout(tray_box)
        tray_layout.setContentsMargins(0, 0, 0, 0)
        tray_label = QLabel(self.tr("Unassigned visits"))
        tray_label.setBuddy(self.tray)
        tray_layout.addWidget(tray_label)
        tray_layout.addWidget(self.tray)
        split = QSplitter()
        split.addWidget(tray_box)
        split.addWidget(self.stack)
        split.addWidget(self.day_plan)
        split.setStretchFactor(1, 5)
        split.setSizes([190, 900, 300])
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(split)
        self._update_buttons()

    @staticmethod
    def _monday(now: datetime) -> datetime:
        local = now.astimezone()
        day = local.date() - timedelta(days=local.weekday())
        return datetime.combine(day, time(0)).astimezone()

    # -- navigation -----------------------------------------------------------------------
    def set_days(self, days: int) -> None:
        """Day (1) or week (7) view."""
        self.days = days
        if days == 1:
            local = self.desk.now().astimezone()
            if not self.first_day <= local < self.first_day + timedelta(days=7):
                local = self.first_day
            self.first_day = datetime.combine(local.date(), time(0)).astimezone()
        else:
            self.first_day = self._monday(self.first_day)
        self.day_button.setChecked(days == 1)
        self.week_button.setChecked(days == 7)
        self.day_plan.setVisible(days == 1)
        self.reload()

    def shift(self, steps: int) -> None:
        """Go back or forward one day or week."""
        self.first_day = (self.first_day + timedelta(days=steps * self.days)).astimezone()
        self.reload()

    def today(self) -> None:
        """Back to the current day or week."""
        local = self.desk.now().astimezone()
        self.first_day = (
            datetime.combine(local.date(), time(0)).astimezone()
            if self.days == 1
            else self._monday(local)
        )
        self.reload()

    def reload(self) -> None:
        """Load the board for the shown range, now (the dispatcher asked for it)."""
        start, end = self._shown_range()
        sessions = self.desk.session
        self._boards.now(lambda: (board_for(sessions, start, end), None),
                         lambda read: self._show_board(read[0], start, end))  # fmt: skip

    def refresh(self) -> None:
        """Read the shown range again off the window's thread, as after a sync that
        brought changes: the board shown stays, and stays usable, until the new one is
        read. A board loaded meanwhile (the dispatcher went to another week, or moved a
        visit) wins, and this one is dropped."""
        start, end = self._shown_range()
        sessions, shown = self.desk.session, self.board

        def read() -> tuple[Board, BoardChange | None]:
            # what differs from the board shown is worked out there too: the window then
            # places and paints again only the rows that changed
            board = board_for(sessions, start, end)
            return board, None if shown is None else board_change(shown, board)

        def show(got: tuple[Board, BoardChange | None]) -> None:
            board, change = got
            self._show_board(board, start, end, change if self.board is shown else None)

        self._boards.later(read, show, self._refresh_failed)

    def _refresh_failed(self, error: BaseException) -> None:
        self.message.setText(user_message(error))

    def _shown_range(self) -> tuple[datetime, datetime]:
        """The instants the board shows: the first day's midnight, then one or seven days."""
        start = self.first_day
        return start, (start + timedelta(days=self.days)).astimezone()

    def _show_board(
        self, board: Board, start: datetime, end: datetime, change: BoardChange | None = None
    ) -> None:
        """Show a board read for [start, end): the painted rows, the list, the day plan and
        the tray of unassigned visits; with ``change`` (the board shown read again), only
        what it names is done again."""
        self.board = board
        self.widget.set_board(self.board, self.desk.now(), change)
        if change is None or change.rows:
            self._list_stale = True
            if self.stack.currentWidget() is self.visit_list:  # else filled when it is shown
                self._fill_list()
        if self.days == 1:
            engineers = [(e.id, e.name) for e in self.board.engineers]
            busy = next((v.engineer_id for v in self.board.visits if v.start >= start), None)
            self.day_plan.set_engineers(engineers, self.widget.selected_engineer or busy)
            self.day_plan.load(start.date())
        if change is not None and not change.unassigned:
            return  # the same range and the same visits waiting: the labels and tray stay
        last = end - timedelta(days=1)
        shown = (
            when(start, "ddd dd MMM yyyy")
            if self.days == 1
            else f"{when(start, 'dd MMM')} – {when(last, 'dd MMM yyyy')}"
        )
        # the board and the tray are in this desk's zone; the day plan says the engineer's
        zone = zone_place(bytes(QTimeZone.systemTimeZoneId().data()).decode())
        self.range_label.setText(
            self.tr("%1 · times in %2").replace("%1", shown).replace("%2", zone)
        )
        self.tray.clear()
        days: dict[date, str] = {}  # a week's few days named once: hundreds of visits wait
        no_retainer = self.tr("no retainer")
        after_retainers = self.tr("No retainer in force: served after the retainer work")
        for v in self.board.unassigned:
            local = v.start.astimezone()
            named = days.get(local.date())
            if named is None:
                named = days[local.date()] = when(local, "ddd dd")
            text = f"{v.reference} · {named} {clock(local)}\n{v.client}"
            tip = f"{v.ticket_reference} · {v.site} · {word(v.skill_level)}"
            if not v.retainer:  # listed after the retainer work (the board's order)
                text += "\n" + no_retainer  # a line of its own: the tray is narrow
                tip += "\n" + after_retainers
            if v.former_engineer is not None:
                left = self.tr("Needs a new engineer: %1 is no longer active").replace(
                    "%1", v.former_engineer
                )
                text, tip = f"{text}\n⚠ {left}", f"{tip}\n{left}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            item.setToolTip(tip)
            if v.former_engineer is not None:
                # the queue's at-risk colour: a visit whose engineer has left needs action soon
                item.setForeground(QBrush(signal_colour("at_risk", self.palette())))
            self.tray.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(self.widget.selected_engineer is not None)

    # -- the list and the selection ---------------------------------------------------------
    def _fill_list(self) -> None:
        if self.board is not None and self._list_stale:
            self.visit_list.fill(self.board)
            self._list_stale = False
        self.visit_list.select(self.widget.selected_visit)

    def show_list(self, on: bool) -> None:
        """Show the visits as a list (on) or as the painted board."""
        if on:
            self._fill_list()
        self.list_button.setChecked(on)
        self.stack.setCurrentWidget(self.visit_list if on else self.scroller)
        (self.visit_list if on else self.widget).setFocus()

    def _board_selected(self, visit_id: uuid.UUID | None) -> None:
        if not self._list_stale:
            self.visit_list.select(visit_id)
        chosen = self.widget.visit(visit_id)
        if chosen is not None and chosen.engineer_id is not None:
            rect = self.widget.block_rect(chosen)
            self.scroller.ensureVisible(rect.center().x(), rect.center().y(), 60, 40)
            if self.days == 1:
                self.day_plan.choose(chosen.engineer_id)
        self._update_buttons()

    def _list_selected(self) -> None:
        self.widget.select_visit(self.visit_list.current_visit())

    def _engineer_clicked(self, engineer_id: uuid.UUID) -> None:
        if self.days == 1:
            self.day_plan.choose(engineer_id)
        self._update_buttons()

    def _day_engineer_chosen(self, engineer_id: uuid.UUID | None) -> None:
        if engineer_id is not None and self.widget.selected_engineer != engineer_id:
            self.widget.selected_engineer = engineer_id
            self.widget.update()
            self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """In the list, Alt+keys move the selected visit as on the board."""
        if (
            watched is self.visit_list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            return self.widget.key_action(Qt.Key(event.key()), event.modifiers())
        return super().eventFilter(watched, event)

    # -- moves ----------------------------------------------------------------------------
    def request_move(self, visit_id: uuid.UUID, engineer_id: uuid.UUID, start: datetime) -> bool:
        """Check a move with the rules; apply it, or snap back and say why."""
        try:
            moved = move_visit_to(self.desk.session, self.desk.acting, visit_id, engineer_id, start)
        except VisitRefusedError as refused:
            self.message.setText(
                self.tr("Move refused: %1").replace("%1", findings_text(refused.findings))
            )
            self.reload()  # the block snaps back
            return False
        except Exception as exc:  # shown to the user in words
            self.message.setText(user_message(exc))
            self.reload()
            return False
        note = findings_text(moved.warnings)
        self.message.setText(
            self.tr("Moved %1 to %2.")
            .replace("%1", moved.reference)
            .replace("%2", when(start.astimezone(), "ddd dd MMM HH:mm"))
            + (f" {note}" if note else "")
        )
        shown_end = self.first_day + timedelta(days=self.days)
        if visit_id == self.widget.selected_visit and not self.first_day <= start < shown_end:
            # moved by key past the shown days: the view follows it, it stays selected
            local = start.astimezone()
            self.first_day = (
                datetime.combine(local.date(), time(0)).astimezone()
                if self.days == 1
                else self._monday(local)
            )
        self.reload()
        return True

    def request_resize(self, visit_id: uuid.UUID, change: timedelta) -> bool:
        """Lengthen or shorten a visit, checked as a move is; say why when refused."""
        try:
            resized = resize_visit_to(self.desk.session, self.desk.acting, visit_id, change)
        except VisitRefusedError as refused:
            self.message.setText(
                self.tr("Change refused: %1").replace("%1", findings_text(refused.findings))
            )
            self.reload()
            return False
        except Exception as exc:  # shown to the user in words
            self.message.setText(user_message(exc))
            self.reload()
            return False
        note = findings_text(resized.warnings)
        minutes = int(change.total_seconds() // 60)
        self.message.setText(
            (
                self.tr("%1 is now %2 minutes longer.")
                if minutes > 0
                else self.tr("%1 is now %2 minutes shorter.")
            )
            .replace("%1", resized.reference)
            .replace("%2", str(abs(minutes)))
            + (f" {note}" if note else "")
        )
        self.reload()
        return True

    # -- export ---------------------------------------------------------------------------
    def _export_clicked(self) -> None:
        engineer_id = self.widget.selected_engineer
        if engineer_id is None or self.board is None:
            return
        name = next(e.name for e in self.board.engineers if e.id == engineer_id)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export schedule"), f"{name}.ics", self.tr("iCalendar (*.ics)")
        )
        if path:
            self.export_ics(engineer_id, Path(path))

    def export_ics(self, engineer_id: uuid.UUID, path: Path) -> int:
        """Write an engineer's shown visits to an .ics file; returns how many."""
        assert self.board is not None
        name = next(e.name for e in self.board.engineers if e.id == engineer_id)
        visits = self.board.visits_of(engineer_id)
        path.write_bytes(schedule_ics(name, visits, self.desk.now()))
        self.message.setText(
            self.tr("Visits exported to %1: %n.", "", len(visits)).replace("%1", str(path))
        )
        return len(visits)
