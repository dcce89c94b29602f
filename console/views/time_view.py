"""Time and credit: time by engineer, day or week and review state with its totals, the
desk's approval or sending back (E5), the engineer's running timer and week timesheet,
and credit balances (C5)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QStringListModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.enums import Phase
from console.rules.credit import CreditAlert
from console.rules.time_review import ReviewState
from console.rules.timesheet import monday_of
from console.services.credit_balances import CreditBalance, balances_of
from console.services.timekeeping import (
    DESK,
    TimeLine,
    TimeList,
    approve_entries,
    engineer_choices,
    my_engineer,
    reject_entries,
    time_list,
)
from console.services.timekeeping import run_cutoff as lock_closed_days
from console.services.timer import (
    discard_timer,
    running_timer,
    start_timer,
    stop_timer,
    ticket_of_choice,
    timer_tickets,
)
from console.views.background import Greyed, LatestRead
from console.views.client_approval_dialog import ClientApprovalDialog
from console.views.context import DeskContext
from console.views.dialog_support import chosen, fill, fill_enum, set_chosen
from console.views.errors import show_error
from console.views.i18n import QT_TRANSLATE_NOOP, amount, credit_amount, when, word
from console.views.theme import signal_colour
from console.views.time_dialog import ChangeTimeDialog, WeekDialog
from console.views.worded_rows import FOREGROUND, TOOLTIP, WordedRowsModel, changed_rows

SHOWN_AT_MOST = 1000
"""Entries the list shows at most; the totals below it count every entry the filter finds."""
ALERT_SIGNALS = {CreditAlert.EXHAUSTED: "late", CreditAlert.LOW: "at_risk"}
"""The colour (`theme.SIGNALS`) of a credit used up, or running low."""
HOURS_COLUMN = 3
WAITING_COLUMN = 7
PERIODS = ("all", "day", "week")
AMOUNT_COLUMNS = frozenset({2, 3})
"""Figures stand right-aligned, so their decimals line up."""


def _list_view(model: QAbstractTableModel) -> QTableView:
    """A read-only list of rows over a thin item model."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    # sized to the contents once per list shown, where the view shows it, on the rows
    # showing and a few more, not on every one of a thousand
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(40)
    header.setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


@dataclass(frozen=True)
class EntryWords:
    """The words a list of entries is shown with, in the window's language."""

    yes: str
    no: str
    late: str
    approved: str
    sent_back_to: str  # "the engineer (sent back: %1)"
    sent_back: str  # "Sent back: %1"
    waiting: dict[tuple[bool, bool], str]  # by (waits for the desk, waits for the client)


@dataclass(frozen=True)
class ShownEntries:
    """Entries as the list shows them: the first SHOWN_AT_MOST with their cells' words,
    how many the filter found, and the hours of every one found."""

    lines: list[TimeLine]
    cells: list[tuple[str, ...]]
    tips: list[str]  # a sent-back entry's reason, for each of its cells; else ""
    found: int
    hours: str
    billable_hours: str


def shown_entries(found: TimeList, words: EntryWords) -> ShownEntries:
    """Word a list of entries for the window; off the window's thread (a million-ticket
    desk has tens of thousands waiting, and their totals and words took 200 ms)."""
    lines = found.lines
    cells: list[tuple[str, ...]] = []
    tips: list[str] = []
    zones: dict[str, ZoneInfo] = {}
    for e in lines:
        zone = zones.get(e.zone) or zones.setdefault(e.zone, ZoneInfo(e.zone))
        span = (when(e.started_at.astimezone(zone), "ddd yyyy-MM-dd HH:mm") + "–"
                + when(e.ended_at.astimezone(zone), "HH:mm"))  # the engineer's day  # fmt: skip
        tip = ""
        if e.state is ReviewState.REJECTED:
            wait = words.sent_back_to.replace("%1", e.rejection_reason)
            tip = words.sent_back.replace("%1", e.rejection_reason)
        elif e.state is ReviewState.APPROVED:
            wait = words.approved
        else:
            wait = words.waiting.get((e.waits_for_provider, e.waits_for_client), "")
        cells.append((span, e.ticket_reference, e.engineer, amount(e.hours), word(e.phase),
                      words.yes if e.billable else words.no, words.late if e.late else "",
                      wait, " ".join(e.description.split())))  # fmt: skip
        tips.append(tip)
    return ShownEntries(lines, cells, tips, found.found, amount(found.hours),
                        amount(found.billable_hours))  # fmt: skip


ShownBalance = tuple[tuple[str, ...], CreditAlert | None]
"""A prepaid credit's row as the table shows it, and its alert."""


def shown_balances(balances: list[CreditBalance]) -> list[ShownBalance]:
    """Word the credit balances for the window; off the window's thread (a desk with
    hundreds of prepaid contracts spent 100 ms formatting their money)."""
    rows: list[ShownBalance] = []
    for b in balances:
        low = (
            credit_amount(b.low_threshold, b.unit, b.currency)  # in the balance's unit
            if b.low_threshold is not None
            else ""
        )
        line = (b.client, b.contract, credit_amount(b.balance, b.unit, b.currency), low,
                word(b.alert) if b.alert else "", str(b.overdrafts or ""))  # fmt: skip
        rows.append((line, b.alert))
    return rows


@dataclass(frozen=True)
class TimeRead:
    """The time tab as read: the entries, the balances when read, and which rows of each
    differ from those shown when the read began (None: not the same rows, or not asked)."""

    entries: ShownEntries
    balances: list[ShownBalance] | None = None
    entries_changed: list[int] | None = None
    balances_changed: list[int] | None = None


def entries_changed(before: ShownEntries, after: ShownEntries) -> list[int] | None:
    """Which rows of ``after`` differ from ``before`` (`changed_rows`), in the read off the
    window's thread; None unless they are the same entries in the same order."""
    if not before.lines:
        return None
    return changed_rows(_entry_rows(before), _entry_rows(after), _entry_id)


def _entry_rows(shown: ShownEntries) -> list[tuple[TimeLine, tuple[str, ...], str]]:
    """Each entry with its cells and tooltip: what a row shows."""
    return list(zip(shown.lines, shown.cells, shown.tips, strict=True))


def _entry_id(row: tuple[TimeLine, tuple[str, ...], str]) -> object:
    return row[0].id


def _balance_key(row: ShownBalance) -> object:
    """A balance's contract as listed: its client and name."""
    return row[0][:2]


class EntryListModel(WordedRowsModel):
    """The time list: a thin adapter over entries worded off the window's thread; a new
    list is one reset, not thousands of cells made (a thousand rows took 200 ms)."""

    styled_roles = frozenset({TOOLTIP, FOREGROUND})

    def __init__(self, headers: list[str]) -> None:
        super().__init__(headers, frozenset({HOURS_COLUMN}))
        self._shown = ShownEntries([], [], [], 0, "", "")
        self._sent_back = QBrush()

    @property
    def shown(self) -> ShownEntries:
        """The entries shown."""
        return self._shown

    def show(self, shown: ShownEntries, changed: list[int] | None = None) -> None:
        """Replace the list; ``changed``: the same entries in the same order as shown, of
        which only these rows differ (`entries_changed`), so only they repaint."""
        self._sent_back = QBrush(signal_colour("late", QGuiApplication.palette()))
        self._shown = shown
        self.show_cells(shown.cells, changed)

    def styled(self, row: int, column: int, role: int) -> Any:
        """A sent-back entry's reason as every cell's tooltip, in the late colour; the
        engineer's zone on the day; the long texts in full."""
        tip = self._shown.tips[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            if tip:  # sent back: the reason on every cell
                return tip
            if column == 0:
                return self._shown.lines[row].zone
            text = self._shown.cells[row][column]
            return text if column in (WAITING_COLUMN, WAITING_COLUMN + 1) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._sent_back if tip else None
        return None


class BalanceListModel(WordedRowsModel):
    """The prepaid credit balances: a thin adapter over rows worded off the window's
    thread; a new list is one reset (a million-ticket desk has 750 prepaid contracts,
    and making their cells took 30 ms of the window's thread after each sync)."""

    styled_roles = frozenset({FOREGROUND})

    def __init__(self, headers: list[str]) -> None:
        super().__init__(headers, AMOUNT_COLUMNS)
        self._alerts: list[CreditAlert | None] = []
        self._brushes: dict[CreditAlert, QBrush] = {}
        self.rows: list[ShownBalance] = []

    def show(self, rows: list[ShownBalance], changed: list[int] | None = None) -> None:
        """Replace the list; ``changed`` as `EntryListModel.show` takes it."""
        palette = QGuiApplication.palette()
        self._brushes = {alert: QBrush(signal_colour(name, palette))
                         for alert, name in ALERT_SIGNALS.items()}  # fmt: skip
        self.rows = rows
        self._alerts = [alert for _cells, alert in rows]
        self.show_cells([cells for cells, _alert in rows], changed)

    def styled(self, row: int, column: int, role: int) -> Any:
        """A balance used up or running low, in its alert's colour."""
        alert = self._alerts[row]
        if role == Qt.ItemDataRole.ForegroundRole and alert is not None:
            return self._brushes.get(alert)
        return None


class TimeView(QWidget):
    """Time by engineer, period and state with totals; approve, send back, the cut-off;
    the running timer and the week; prepaid credit."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.entries: list[uuid.UUID] = []
        self.lines: list[TimeLine] = []
        self._reads: LatestRead[TimeRead] = LatestRead()
        self.me = my_engineer(desk.session, desk.acting)
        heads = (
            QT_TRANSLATE_NOOP("TimeView", "Day"),
            QT_TRANSLATE_NOOP("TimeView", "Ticket"),
            QT_TRANSLATE_NOOP("TimeView", "Engineer"),
            QT_TRANSLATE_NOOP("TimeView", "Hours"),
            QT_TRANSLATE_NOOP("TimeView", "Phase"),
            QT_TRANSLATE_NOOP("TimeView", "Billable"),
            QT_TRANSLATE_NOOP("TimeView", "Late"),
            QT_TRANSLATE_NOOP("TimeView", "Waiting for"),
            QT_TRANSLATE_NOOP("TimeView", "Work done"),
        )
        self.list_model = EntryListModel([self.tr(h) for h in heads])
        self.approvals = _list_view(self.list_model)
        self.approvals.setObjectName("approvalList")
        self.approvals.setAccessibleName(self.tr("Time entries"))
        self.approvals.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.balance_model = BalanceListModel(
            [
                self.tr(h)
                for h in (
                    QT_TRANSLATE_NOOP("TimeView", "Client"),
                    QT_TRANSLATE_NOOP("TimeView", "Contract"),
                    QT_TRANSLATE_NOOP("TimeView", "Balance"),
                    QT_TRANSLATE_NOOP("TimeView", "Low at"),
                    QT_TRANSLATE_NOOP("TimeView", "Alert"),
                    QT_TRANSLATE_NOOP("TimeView", "Overdrafts"),
                )
            ]
        )
        self.credit = _list_view(self.balance_model)
        self.credit.setObjectName("creditBalances")
        self.credit.setAccessibleName(self.tr("Prepaid credit"))
        self._build_filters()
        approve_button = QPushButton(self.tr("Approve selected"))
        approve_button.clicked.connect(self.approve_selected)
        client_button = QPushButton(self.tr("Client's approval…"))
        client_button.setObjectName("clientApproval")
        client_button.clicked.connect(lambda _=False: self.record_client_approval())
        reject_button = QPushButton(self.tr("Reject…"))
        reject_button.setObjectName("rejectTime")
        reject_button.setToolTip(
            self.tr("Send the selected entries back to their engineer, with the reason why")
        )
        reject_button.clicked.connect(lambda _=False: self.reject_selected())
        lock_button = QPushButton(self.tr("Run the daily cut-off"))
        lock_button.clicked.connect(self.run_cutoff)
        # the desk's acts (E5); the services refuse them to anyone else as well
        for button in (approve_button, client_button, reject_button, lock_button):
            button.setEnabled(self.desk.role in DESK)
            button.setVisible(self.desk.role in DESK)  # an engineer's laptop shows its own
        change_button = QPushButton(self.tr("Change…"))
        change_button.setObjectName("changeTime")
        change_button.setToolTip(
            self.tr("Change the selected entry; one sent back then waits for the desk again")
        )
        change_button.clicked.connect(lambda _=False: self.change_selected())
        week_button = QPushButton(self.tr("Week…"))
        week_button.setObjectName("weekSheet")
        week_button.setToolTip(self.tr("The engineer's week as a timesheet: tickets by day"))
        week_button.clicked.connect(lambda _=False: self.show_week())
        self.status = QLabel()
        self.status.setObjectName("timeTotals")
        # while a changed filter is read
        self._greyed = Greyed(self.approvals, self.status, self.tr("Reading the entries…"))
        bar = QHBoxLayout()
        for button in (approve_button, client_button, reject_button, lock_button):
            bar.addWidget(button)
        if self.desk.role in DESK:
            bar.addSpacing(12)
        bar.addWidget(change_button)
        bar.addWidget(week_button)
        bar.addStretch(1)
        totals = QHBoxLayout()
        totals.addWidget(self.status, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(self._build_timer())
        top_layout.addLayout(self.filters)
        # an engineer's time sent back from an earlier week is not in this week's list
        self.sent_back = QLabel()
        self.sent_back.setObjectName("sentBackNotice")
        self.sent_back.setVisible(False)
        self.sent_back.linkActivated.connect(lambda _link: self.show_sent_back())
        top_layout.addWidget(self.sent_back)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.approvals)
        top_layout.addLayout(totals)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr("<b>Prepaid credit</b>")))
        bottom_layout.addWidget(self.credit)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.show_timer)
        self.ticker.start()
        self.show_timer()

    # ------------------------------------------------------------------ filters

    def _build_filters(self) -> None:
        self.engineer = QComboBox()
        self.engineer.setObjectName("engineerFilter")
        self.engineer.setAccessibleName(self.tr("Engineer"))
        fill(self.engineer, engineer_choices(self.desk.session), self.tr("All engineers"))
        if self.me is not None:  # an engineer's laptop shows their own time first
            set_chosen(self.engineer, self.me)
        self.period = QComboBox()
        self.period.setObjectName("periodFilter")
        self.period.setAccessibleName(self.tr("Period"))
        fill(
            self.period,
            zip((self.tr("Any day"), self.tr("Day"), self.tr("Week")), PERIODS, strict=True),
        )
        self.day = QDateEdit()
        self.day.setObjectName("dayFilter")
        self.day.setAccessibleName(self.tr("Day or week"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")  # as the list writes its days
        today = self.desk.now().astimezone().date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        self.state.setAccessibleName(self.tr("State"))
        fill(
            self.state,
            zip(
                (self.tr("Waiting"), self.tr("Sent back"), self.tr("Approved"), self.tr("All")),
                ("waiting", "rejected", "approved", "all"),
                strict=True,
            ),
        )
        if self.me is not None:  # the engineer's week, sent back or not
            set_chosen(self.period, "week")
            set_chosen(self.state, "all")
        self.day.setEnabled(chosen(self.period) != "all")
        self.filters = QHBoxLayout()
        for text, widget in (
            (self.tr("Engineer:"), self.engineer),
            (self.tr("Period:"), self.period),
            (None, self.day),
            (self.tr("State:"), self.state),
        ):
            if text:
                label = QLabel(text)
                label.setBuddy(widget)
                self.filters.addWidget(label)
            self.filters.addWidget(widget)
        self.filters.addStretch(1)
        self.engineer.currentIndexChanged.connect(lambda _=0: self.read_entries())
        self.period.currentIndexChanged.connect(lambda _=0: self._period_changed())
        self.day.dateChanged.connect(lambda _=None: self.read_entries())
        self.state.currentIndexChanged.connect(lambda _=0: self.read_entries())

    def _period_changed(self) -> None:
        self.day.setEnabled(chosen(self.period) != "all")
        self.read_entries()

    def _span(self) -> tuple[date | None, int]:
        picked = self.day.date().toPython()
        assert isinstance(picked, date)
        period = chosen(self.period)
        if period == "day":
            return picked, 1
        if period == "week":
            return monday_of(picked), 7
        return None, 1

    # ------------------------------------------------------------------ the timer

    def _build_timer(self) -> QHBoxLayout:
        self.timer_ticket = QLineEdit()
        self.timer_ticket.setObjectName("timerTicket")
        self.timer_ticket.setPlaceholderText(self.tr("Ticket, e.g. T-2026-000123"))
        self.timer_ticket.setAccessibleName(self.tr("Ticket for the timer"))
        self.timer_ticket.setMinimumWidth(
            self.timer_ticket.fontMetrics().horizontalAdvance(self.timer_ticket.placeholderText())
            + 24
        )
        self.timer_ticket.returnPressed.connect(lambda: self.start_timer())
        # open tickets by reference or words of the title; loaded when the field is used
        self.ticket_choices = QStringListModel(self)
        completer = QCompleter(self.ticket_choices, self.timer_ticket)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timer_ticket.setCompleter(completer)
        self.timer_ticket.textEdited.connect(lambda _text: self._load_ticket_choices())
        self.timer_phase = QComboBox()
        self.timer_phase.setAccessibleName(self.tr("Phase for the timer"))
        fill_enum(self.timer_phase, Phase)
        self.start_button = QPushButton(self.tr("Start timer"))
        self.start_button.setObjectName("startTimer")
        self.start_button.clicked.connect(lambda _=False: self.start_timer())
        self.stop_button = QPushButton(self.tr("Stop timer…"))
        self.stop_button.setObjectName("stopTimer")
        self.stop_button.setToolTip(self.tr("Stop the timer and record the time as an entry"))
        self.stop_button.clicked.connect(lambda _=False: self.stop_timer())
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setToolTip(self.tr("Throw the timer away without recording it"))
        self.discard_button.clicked.connect(lambda _=False: self.discard_timer())
        self.timer_label = QLabel()
        self.timer_label.setObjectName("timerLabel")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("<b>Timer</b>")))
        for widget in (self.timer_ticket, self.timer_phase, self.start_button,
                       self.timer_label, self.stop_button, self.discard_button):  # fmt: skip
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _load_ticket_choices(self) -> None:
        if not self.ticket_choices.rowCount():
            self.ticket_choices.setStringList(timer_tickets(self.desk.session))

    def show_timer(self) -> None:
        """Show the running timer and its elapsed time, or the controls to start one."""
        timer = running_timer(self.desk.acting)
        running = timer is not None
        for widget in (self.timer_ticket, self.timer_phase, self.start_button):
            widget.setVisible(not running)
        for widget in (self.stop_button, self.discard_button):
            widget.setVisible(running)
        if timer is None:
            self.timer_label.setText(self.tr("not running"))
            return
        seconds = timer.elapsed_seconds(self.desk.now())
        clock = f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        self.timer_label.setText(
            self.tr("<b>%1</b> on %2 for %3")
            .replace("%1", clock)
            .replace("%2", timer.ticket_reference)
            .replace("%3", timer.engineer)
        )

    def start_timer(self, ticket: str | uuid.UUID | None = None) -> bool:
        """Start the user's timer on the typed ticket (or one given); says why not."""
        target = ticket or ticket_of_choice(self.timer_ticket.text())
        try:
            start_timer(
                self.desk.session, self.desk.acting, target, self.desk.now(),
                phase=Phase(chosen(self.timer_phase)),
                engineer_id=self.me or chosen(self.engineer),
            )  # fmt: skip
        except Exception as exc:  # shown to the user in words; no timer started
            show_error(self, exc)
            return False
        self.timer_ticket.clear()
        self.show_timer()
        return True

    def stop_timer(self, description: str | None = None) -> uuid.UUID | None:
        """Stop the timer into an entry, asking what was done; the entry's id."""
        if description is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Stop timer"), self.tr("Work done:"), QLineEdit.EchoMode.Normal
            )
            if not ok:
                return None
            description = text
        try:
            entry_id, _timer = stop_timer(
                self.desk.session, self.desk.acting, self.desk.now(), description=description
            )
        except Exception as exc:  # shown in words; the timer keeps running
            show_error(self, exc)
            return None
        self.show_timer()
        self.reload_entries()
        return entry_id

    def discard_timer(self) -> None:
        """Throw the running timer away."""
        discard_timer(self.desk.acting)
        self.show_timer()

    # ------------------------------------------------------------------ the list

    def reload(self) -> None:
        """Load the time list and the credit balances, now."""
        entries, sessions = self._entries_asked(), self.desk.session
        self._reads.now(
            lambda: TimeRead(entries(), shown_balances(balances_of(sessions))), self._show_read
        )

    def refresh(self) -> None:
        """Read the list and the balances again off the window's thread, as after a sync
        that brought changes (at a million tickets the waiting entries take a second and
        more to read); what is shown stays until then. A list asked for meanwhile (a
        filter changed) wins, and this read is dropped. The columns keep their widths: a
        list that changed under the dispatcher's eyes does not also move its columns.

        A sync seldom changes the entries on screen: the read tells which rows differ
        from those shown, and only those repaint (`entries_changed`)."""
        entries, sessions = self._entries_asked(), self.desk.session
        shown, balances_shown = self.list_model.shown, self.balance_model.rows

        def read() -> TimeRead:
            found, balances = entries(), shown_balances(balances_of(sessions))
            return TimeRead(found, balances, entries_changed(shown, found),
                            changed_rows(balances_shown, balances, _balance_key))  # fmt: skip

        self._reads.later(read, partial(self._show_read, fit=False), self._read_failed)

    def _show_read(self, read: TimeRead, fit: bool = True) -> None:
        self._show_entries(read.entries, fit, read.entries_changed)
        if read.balances is not None:
            self.balance_model.show(read.balances, read.balances_changed)
            if fit:
                self.credit.resizeColumnsToContents()

    def reload_entries(self) -> None:
        """Load the entries the filters ask for, and their totals, now."""
        entries = self._entries_asked()
        self._reads.now(lambda: TimeRead(entries()), self._show_read)

    def read_entries(self) -> None:
        """Read the entries a changed filter asks for off the window's thread (a month of
        a large desk's time is tens of thousands of entries to total); the list is greyed
        and says so until they arrive. A filter changed again meanwhile wins."""
        entries = self._entries_asked()
        self._reads.later(
            lambda: TimeRead(entries()), self._show_read, self._read_failed, self._greyed
        )

    def _read_failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _entries_asked(self) -> Callable[[], ShownEntries]:
        """The read of the entries the filters ask for (the filters read now, on the
        window's thread; the read may run off it)."""
        first, days = self._span()
        state, engineer, sessions = chosen(self.state), chosen(self.engineer), self.desk.session
        review = None if state == "all" else ReviewState(state)
        words = self._words()
        # the oldest first, as a review works through them; a long list is for narrowing,
        # not for reading row by row (tens of thousands took seconds to fill)
        return lambda: shown_entries(
            time_list(sessions, engineer_id=engineer, first_day=first, days=days, state=review,
                      at_most=SHOWN_AT_MOST),
            words,
        )  # fmt: skip

    def _words(self) -> EntryWords:
        """The list's words in the window's language, looked up on the window's thread."""
        return EntryWords(
            self.tr("yes"), self.tr("no"), self.tr("late"), self.tr("(approved)"),
            self.tr("the engineer (sent back: %1)"), self.tr("Sent back: %1"),
            # E5: which of the two approvals an entry still waits for
            {(True, True): self.tr("desk and client"), (True, False): self.tr("the desk"),
             (False, True): self.tr("the client")},
        )  # fmt: skip

    def _show_entries(
        self, shown: ShownEntries, fit: bool = True, changed: list[int] | None = None
    ) -> None:
        """Show entries worded off the window's thread (`shown_entries`), their columns
        fitted to them when ``fit``; ``changed`` as `EntryListModel.show` takes it."""
        self.lines = shown.lines
        self.entries = [line.id for line in self.lines]
        self.list_model.show(shown, changed)
        if fit:
            self.approvals.resizeColumnsToContents()
            # a long reason reads in its tooltip; the work done keeps the spare width
            header = self.approvals.horizontalHeader()
            header.resizeSection(WAITING_COLUMN, min(header.sectionSize(WAITING_COLUMN), 240))
        self._notice_sent_back()
        count = (
            self.tr("%n entries shown", "", shown.found)
            if shown.found <= SHOWN_AT_MOST
            else self.tr("The first %1 of %n entries shown: choose an engineer or a day",
                         "", shown.found).replace("%1", amount(SHOWN_AT_MOST, 0))
        )  # fmt: skip
        self.status.setText(
            count
            + " · "
            + self.tr("%1 h, of which %2 h billable")
            .replace("%1", shown.hours)
            .replace("%2", shown.billable_hours)
        )

    def _notice_sent_back(self) -> None:
        if self.me is None:
            return
        count = time_list(
            self.desk.session, engineer_id=self.me, state=ReviewState.REJECTED, at_most=0
        ).found
        self.sent_back.setVisible(count > 0)
        if count:
            said = self.tr("The desk sent %n of your entries back: <a href='#'>show them</a>",
                           "", count)  # fmt: skip
            self.sent_back.setText(said)

    def show_sent_back(self) -> None:
        """List the signed-in engineer's entries sent back, whatever their day."""
        set_chosen(self.engineer, self.me)
        set_chosen(self.period, "all")
        set_chosen(self.state, "rejected")
        self.reload_entries()

    def _selected(self) -> list[int]:
        return sorted({i.row() for i in self.approvals.selectionModel().selectedRows()})

    def approve_selected(self) -> int:
        """Approve the selected entries for the provider; returns how many."""
        rows = self._selected()
        if not rows:
            return 0
        try:
            # the provider's approval only: the client's is its own act, by a named person
            approve_entries(
                self.desk.session,
                self.desk.acting,
                [self.entries[r] for r in rows],
                self.desk.now(),
            )
        except Exception as exc:  # shown to the user in words
            show_error(self, exc)
            return 0
        self.reload_entries()
        return len(rows)

    def reject_selected(self, reason: str | None = None) -> int:
        """Send the selected entries back to their engineers, asking why; returns how many."""
        rows = self._selected()
        if not rows:
            return 0
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Send time back"),
                self.tr("Why does this time go back to the engineer? They read this:"),
            )
            if not ok:
                return 0
        try:
            reject_entries(self.desk.session, self.desk.acting,
                           [self.entries[r] for r in rows], reason, self.desk.now())  # fmt: skip
        except Exception as exc:  # shown to the user in words; nothing was sent back
            show_error(self, exc)
            return 0
        self.reload_entries()
        return len(rows)

    def change_selected(self, dialog: ChangeTimeDialog | None = None) -> bool:
        """Change the selected entry's work (an engineer answering the desk)."""
        rows = self._selected()
        if len(rows) != 1:
            return False
        dialog = dialog or ChangeTimeDialog(self.desk, self.lines[rows[0]], self)
        if dialog.exec() != ChangeTimeDialog.DialogCode.Accepted:
            return False
        self.reload_entries()
        return True

    def show_week(self, dialog: WeekDialog | None = None) -> WeekDialog:
        """The chosen engineer's (or the signed-in engineer's) week as a timesheet."""
        picked = self.day.date().toPython()
        assert isinstance(picked, date)
        dialog = dialog or WeekDialog(self.desk, chosen(self.engineer) or self.me, picked, self)
        dialog.open()
        return dialog

    def record_client_approval(self, dialog: ClientApprovalDialog | None = None) -> bool:
        """Ask who at the client approved the selected entries, and how (E5)."""
        rows = self._selected()
        if not rows:
            return False
        dialog = dialog or ClientApprovalDialog(self.desk, [self.entries[r] for r in rows], self)
        if dialog.exec() != ClientApprovalDialog.DialogCode.Accepted:
            return False
        self.reload_entries()
        return True

    def run_cutoff(self) -> int:
        """Lock every closed day's entries (E5)."""
        try:
            count = lock_closed_days(self.desk.session, self.desk.acting, self.desk.now())
        except Exception as exc:  # shown to the user in words; nothing was locked
            show_error(self, exc)
            return 0
        self.status.setText(self.tr("Entries locked by the cut-off: %n", "", count))
        return count
