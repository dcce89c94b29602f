"""The pane beside the queue: one ticket's details, allowed moves, history, time and SLA."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.enums import NoteKind, Priority, TicketStatus, VisitStatus
from console.errors import ValidationError
from console.views.context import DeskContext
from console.views.errors import show_error
from console.views.i18n import (
    QT_TRANSLATE_NOOP,
    amount,
    causes,
    credit_amount,
    due_when,
    effort,
    percent,
    say,
    title_word,
    when,
    word,
    zone_place,
)
from console.views.icons import icon

if TYPE_CHECKING:
    from console.services.ticket_detail import TicketDetail
    from console.views.leave_dialog import LeaveAnswer

# The pane shows empty at start-up; the model and the services it reads and writes through
# are imported when a ticket is first shown, so they stay off the path to the first
# screen (console.store.lean_tables).

STAMP = "yyyy-MM-dd HH:mm"
"""How the pane writes an instant (Qt's pattern, in the reader's zone)."""


AUDIT_WORDS = {
    # the records and acts of the audit trail (console.services.audit), as the pane says them
    "ticket": QT_TRANSLATE_NOOP("TicketPane", "ticket"),
    "visit": QT_TRANSLATE_NOOP("TicketPane", "visit"),
    "time entry": QT_TRANSLATE_NOOP("TicketPane", "time entry"),
    "create": QT_TRANSLATE_NOOP("TicketPane", "created"),
    "change": QT_TRANSLATE_NOOP("TicketPane", "changed"),
    "delete": QT_TRANSLATE_NOOP("TicketPane", "deleted"),
    "status": QT_TRANSLATE_NOOP("TicketPane", "status moved"),
    "note": QT_TRANSLATE_NOOP("TicketPane", "note added"),
}


def _shown(value: object) -> str:
    """A field's value in the audit trail, cut where it would flood the pane."""
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= 80 else text[:77] + "…"


def _blank(value: object) -> bool:
    """Nothing to show: no value, empty text or an empty list."""
    return value is None or value == "" or value == [] or value == {}


ChangeRequest = Callable[[str, str | None, str | None], bool]
"""Set a field ("priority", "status", "assignee") to a value on the tickets selected, with
a resolution when closing; True when it was done (the queue view does it, undoably)."""
MANY_LISTED = 6  # references named under "N tickets selected"; the rest are counted

TITLE_CUT = 48  # a selected ticket's title in the list of several, cut beyond this
NAME_CUT = 24  # the assignee's name on the assign button, cut beyond this


def _cut(text: str, most: int) -> str:
    """The text, or its start and an ellipsis when longer than ``most`` characters."""
    return text if len(text) <= most else text[: most - 1] + "…"


MOVES_PER_ROW = 3
ESTIMATES = (15, 30, 60, 120, 240, 480)
"""The efforts the estimate menu offers, in minutes; any other is typed (T7)."""
"""Status moves shown side by side before the next row starts."""


def _empty(layout: QLayout) -> None:
    """Remove and delete everything in a layout, nested layouts included."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            # hidden at once: out of the layout it stayed drawn where it was, over the
            # new ticket's buttons, until the event loop deleted it
            widget.hide()
            widget.deleteLater()
        elif inner is not None:
            _empty(inner)


class TicketPane(QWidget):
    """Shows the core's answer for one ticket and sends the user's moves back."""

    changed = Signal()
    newVisitRequested = Signal(object)  # noqa: N815 - Qt signal: ticket id
    logTimeRequested = Signal(object)  # noqa: N815 - Qt signal: ticket id
    timerRequested = Signal(object)  # noqa: N815 - Qt signal: ticket id
    printRequested = Signal(object)  # noqa: N815 - Qt signal: ticket id
    workOrderRequested = Signal(str)  # noqa: N815 - Qt signal: visit reference

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.detail: TicketDetail | None = None
        self.heading = QLabel()
        self.heading.setObjectName("ticketHeading")
        self.heading.setWordWrap(True)
        # what makes a ticket come first, as an icon and a word (never a colour alone)
        self.marks_row = QHBoxLayout()
        self.emergency_mark = self._mark("emergency", self.tr("Emergency"))
        self.premium_mark = self._mark(
            "premium",
            self.tr("Premium contract"),
            self.tr("Under a premium plan: handled at once, first among tickets as urgent."),
        )
        # the premium contract's dedicated manager, beside its badge
        self.manager_label = QLabel()
        self.manager_label.setObjectName("premiumManager")
        self.manager_label.setVisible(False)
        self.marks_row.addWidget(self.manager_label)
        self.marks_row.addStretch(1)
        # status moves and actions on rows of their own: in Dutch one row would cut them
        self.moves_row = QVBoxLayout()
        self.actions_row = QVBoxLayout()  # rows of buttons, as the moves
        self.change_requested: ChangeRequest | None = None  # set by the queue
        self._build_change_bar()
        self.tabs = QTabWidget()
        self.summary = QTextBrowser()
        self.timeline = QTextBrowser()
        self.work = QTextBrowser()
        self.note_text = QPlainTextEdit()
        self.note_text.setObjectName("noteText")
        self.note_text.setPlaceholderText(self.tr("Write a note…"))
        self.note_text.setMaximumHeight(90)
        self.note_kind = QComboBox()
        self.note_kind.setObjectName("noteKind")
        for kind, title in (
            (NoteKind.INTERNAL, QT_TRANSLATE_NOOP("TicketPane", "Internal note")),
            (NoteKind.CLIENT, QT_TRANSLATE_NOOP("TicketPane", "Reply to the client")),
            (NoteKind.EVIDENCE, QT_TRANSLATE_NOOP("TicketPane", "Evidence")),
            (NoteKind.KNOWLEDGE, QT_TRANSLATE_NOOP("TicketPane", "Knowledge base")),
        ):
            self.note_kind.addItem(self.tr(title), kind.value)
        self.note_button = QPushButton(self.tr("Add note"))
        self.note_button.setObjectName("addNote")
        self.note_button.clicked.connect(lambda _=False: self.add_note())
        work_tab = QWidget()
        work_layout = QVBoxLayout(work_tab)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.addWidget(self.work)
        work_layout.addWidget(self.note_text)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_kind)
        note_row.addStretch(1)
        note_row.addWidget(self.note_button)
        work_layout.addLayout(note_row)
        self.visits = QWidget()
        self.visits_layout = QVBoxLayout(self.visits)
        self.sla = QTextBrowser()
        self.sla.setObjectName("slaExplain")
        self.tabs.addTab(self.summary, self.tr("Details"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(work_tab, self.tr("Notes && time"))
        self.tabs.addTab(self.visits, self.tr("Visits"))
        self.tabs.addTab(self.sla, self.tr("SLA"))
        self.history = QTextBrowser()
        self.history.setObjectName("auditTrail")
        self.tabs.addTab(self.history, self.tr("History"))
        from console.views.mail.attachments import MailAttachmentsPanel  # no services at import

        self.attachments = MailAttachmentsPanel(desk)
        self.tabs.addTab(self.attachments, self.tr("Files"))
        # only a ticket with files from its mail shows the tab: the pane has little width
        self.attachments.filesChanged.connect(
            lambda n: self.tabs.setTabVisible(self.tabs.indexOf(self.attachments), n > 0)
        )
        # the trail is read when its tab is shown, not with every ticket
        self.tabs.currentChanged.connect(lambda _index: self._show_history())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.marks_row)
        layout.addLayout(self.moves_row)
        layout.addWidget(self.change_bar)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.tabs)
        self.rest = QWidget()  # takes the height while the tabs are hidden (none or many)
        layout.addWidget(self.rest, 1)
        self.show_ticket(None)

    # -- changing one ticket or several ---------------------------------------------------
    def _build_change_bar(self) -> None:
        """Priority, assignee and (for several tickets) status, each a button with a menu."""
        self.change_bar = QWidget()
        self.change_bar.setObjectName("changeBar")
        row = QHBoxLayout(self.change_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.many_ids: list[str] = []
        self.priority_button = self._menu_button("changePriority", self.tr("Priority"),
                                                 self._fill_priority)  # fmt: skip
        self.assign_button = self._menu_button("changeAssignee", self.tr("Assign"),
                                               self._fill_assignees)  # fmt: skip
        self.status_button = self._menu_button("changeStatus", self.tr("Status"),
                                               self._fill_statuses)  # fmt: skip
        self.estimate_button = self._menu_button("changeEstimate", self.tr("Estimate"),
                                                 self._fill_estimates)  # fmt: skip
        for button in (self.status_button, self.priority_button, self.assign_button,
                       self.estimate_button):  # fmt: skip
            row.addWidget(button)
        row.addStretch(1)

    def _estimate_label(self, minutes: int | None) -> str:
        """The estimate button's words: the estimate it changes, when there is one."""
        if minutes is None:
            return self.tr("Estimate")
        return self.tr("Estimate %1").replace("%1", effort(minutes * 60))

    def _menu_button(self, name: str, text: str, fill: Callable[[QMenu], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        menu = QMenu(button)
        menu.setObjectName(name + "Menu")
        menu.aboutToShow.connect(lambda: fill(menu))
        button.setMenu(menu)
        return button

    def _fill_priority(self, menu: QMenu) -> None:
        menu.clear()
        now = self.detail.priority if self.detail is not None and not self.many_ids else None
        for priority in Priority:
            action = menu.addAction(title_word(priority))
            action.setCheckable(now is not None)
            action.setChecked(priority.value == now)
            action.triggered.connect(
                lambda _=False, p=priority: self.request_change("priority", p.value)
            )

    def _fill_assignees(self, menu: QMenu) -> None:
        from console.services.bulk_tickets import assignable_users

        menu.clear()
        nobody = menu.addAction(self.tr("Nobody (unassign)"))
        nobody.triggered.connect(lambda _=False: self.request_change("assignee", None))
        menu.addSeparator()
        for user in assignable_users(self.desk.session):
            action = menu.addAction(f"{user.name} ({word(user.role)})")
            action.triggered.connect(
                lambda _=False, u=user.id.hex: self.request_change("assignee", u)
            )

    def _fill_estimates(self, menu: QMenu) -> None:
        """The usual efforts, another one typed, or none (T7)."""
        menu.clear()
        now = self._estimate_now()
        for minutes in ESTIMATES:
            action = menu.addAction(effort(minutes * 60))
            action.setCheckable(now is not None)
            action.setChecked(minutes == now)
            action.triggered.connect(
                lambda _=False, m=minutes: self.request_change("estimate", str(m))
            )
        other = menu.addAction(self.tr("Other…"))
        other.setObjectName("otherEstimate")
        other.triggered.connect(lambda _=False: self.ask_estimate())
        menu.addSeparator()
        none = menu.addAction(self.tr("No estimate"))
        none.triggered.connect(lambda _=False: self.request_change("estimate", None))

    def _estimate_now(self) -> int | None:
        """The estimate of the one ticket shown (None for several, or none)."""
        return (
            self.detail.estimate_minutes if self.detail is not None and not self.many_ids else None
        )

    def ask_estimate(self) -> bool:
        """Ask for an effort typed as hours and minutes, and set it on the tickets selected."""
        from console.rules.effort import check_estimate, read_minutes
        from console.wording.durations import hours_span

        now = self._estimate_now()
        typed, ok = QInputDialog.getText(
            self, self.tr("Estimate"),
            self.tr("Effort expected, in hours and minutes (such as 4h, 1h30m or 90m):"),
            text="" if now is None else hours_span(now * 60, "en"),  # as read_minutes reads
        )  # fmt: skip
        if not ok:
            return False
        try:
            minutes = check_estimate(read_minutes(typed, "estimate", "T7"))
        except ValidationError as exc:
            show_error(self, exc, self.tr("Nothing was changed"))
            return False
        return self.request_change("estimate", None if minutes is None else str(minutes))

    def _fill_statuses(self, menu: QMenu) -> None:
        menu.clear()
        for status in TicketStatus:
            closing = status is TicketStatus.CLOSED
            action = menu.addAction(self.tr("Close…") if closing else title_word(status))
            action.triggered.connect(lambda _=False, s=status: self.request_status(s))

    def request_status(self, status: TicketStatus) -> bool:
        """Move the tickets selected; closing asks once how they were resolved."""
        resolution = None
        if status is TicketStatus.CLOSED:
            resolution = self.ask_resolution()
            if resolution is None:
                return False
        return self.request_change("status", status.value, resolution)

    def request_change(self, field: str, value: str | None, resolution: str | None = None) -> bool:
        """Ask the queue to set a field on the tickets selected (the one shown, or many)."""
        if self.change_requested is None:
            return False
        return self.change_requested(field, value, resolution)

    def show_assignee(self, name: str | None) -> None:
        """Who the ticket shown is assigned to, on the button that changes it."""
        text = self.tr("Assigned to %1").replace("%1", name) if name else self.tr("Unassigned")
        # a long name would widen the pane and squeeze the queue: cut, whole in the tooltip
        shown = self.tr("Assigned to %1").replace("%1", _cut(name, NAME_CUT)) if name else text
        self.assign_button.setText(shown)
        self.assign_button.setToolTip(text)
        self.assign_button.setAccessibleName(text)

    def show_many(self, references: list[str], titles: list[str] | None = None) -> None:
        """Several tickets selected: how many, which, and what can be done to all of them."""
        self._clear_actions()
        self.detail = None
        self.many_ids = list(references)
        count = len(references)
        e = html.escape
        titles = titles or [""] * count
        # each with its title, so the desk sees what it is about to change
        named = "<br>".join(
            f"<b>{e(ref)}</b> {e(_cut(title, TITLE_CUT))}"
            for ref, title in zip(references[:MANY_LISTED], titles, strict=False)
        )
        if count > MANY_LISTED:
            named += "<br>" + e(self.tr("and %n more", "", count - MANY_LISTED))
        self.heading.setText(
            "<b>" + e(self.tr("%n tickets selected", "", count)) + "</b><br>" + named + "<br><br>"
            + e(self.tr("Change the status, priority, assignee or estimate of all of "
                        "them at once. Edit ▸ Undo (Ctrl+Z) takes the change back."))
        )  # fmt: skip
        self._show_marks(False)
        self.change_bar.setVisible(self.change_requested is not None)
        self.status_button.setVisible(True)
        self.assign_button.setText(self.tr("Assign"))
        self.assign_button.setToolTip("")
        self.estimate_button.setVisible(True)
        self.tabs.setVisible(False)
        self.rest.setVisible(True)

    def _show_marks(self, shown: bool) -> None:
        if not shown:
            self.emergency_mark.setVisible(False)
            self.premium_mark.setVisible(False)
            self.manager_label.setVisible(False)

    def _mark(self, icon_name: str, text: str, why: str = "") -> QWidget:
        """A badge beside the heading: the icon and its word (hidden until it applies)."""
        badge = QWidget()
        badge.setObjectName(f"{icon_name}Mark")
        row = QHBoxLayout(badge)
        row.setContentsMargins(0, 0, 8, 0)
        row.setSpacing(4)
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(16, 16))
        words = QLabel(f"<b>{html.escape(text)}</b>")
        row.addWidget(picture)
        row.addWidget(words)
        badge.setAccessibleName(text)
        badge.setToolTip(why)
        badge.setVisible(False)
        self.marks_row.addWidget(badge)
        return badge

    # -- showing --------------------------------------------------------------------------
    def show_ticket(self, raw_id: Any) -> None:
        """Show a ticket (an id as the driver returns it, or None for nothing)."""
        self._clear_actions()
        self.many_ids = []
        shown = raw_id is not None
        self.tabs.setVisible(shown)  # nothing selected: no empty tabs beside the queue
        self.rest.setVisible(not shown)
        self.change_bar.setVisible(shown and self.change_requested is not None)
        self.status_button.setVisible(False)  # one ticket's moves are buttons of their own
        # and its estimate a button among its actions: one more in this bar widened the
        # pane in Russian until the queue's SLA column was cut
        self.estimate_button.setVisible(False)
        if raw_id is None:
            self.detail = None
            self.heading.setText(
                "<b>" + html.escape(self.tr("No ticket selected.")) + "</b><br>"
                + html.escape(self.tr("Click a ticket in the queue to read it here. "
                                      "Ctrl+click or Shift+click selects several, to "
                                      "change them all at once."))
            )  # fmt: skip
            self._show_marks(False)
            self.note_button.setEnabled(False)
            for view in (self.summary, self.timeline, self.work, self.sla, self.history):
                view.clear()
            self.attachments.show_ticket(None)
            return
        ticket_id = raw_id if isinstance(raw_id, uuid.UUID) else uuid.UUID(str(raw_id))
        self.note_button.setEnabled(True)
        from console.services.ticket_detail import detail_of

        self.detail = detail_of(self.desk.session, self.desk.acting, ticket_id, self.desk.now())
        self._render(self.detail)
        self._show_history()
        self.attachments.show_ticket(ticket_id)

    def _show_history(self) -> None:
        """Who changed this ticket, its visits and its time, and how (the audit trail)."""
        if self.tabs.currentWidget() is not self.history or self.detail is None:
            return
        from console.services.ticket_detail import history_of

        entries = history_of(self.desk.session, self.detail.id)
        e = html.escape
        local = self.detail.local
        rows = []
        for entry in entries:
            changes = "<br>".join(
                f"{e(field.removesuffix('_id').replace('_', ' '))}: "
                f"{e(self._value(old))} → <b>{e(self._value(new))}</b>"
                for field, (old, new) in entry.changes.items()
                if not (_blank(old) and _blank(new))  # a field left empty says nothing
            )
            who = entry.user or self.tr("system")
            what = f"{e(self.tr(AUDIT_WORDS.get(entry.entity, entry.entity)))}, " + e(
                self.tr(AUDIT_WORDS.get(entry.action, entry.action))
            )
            # each change under its heading: in the narrow pane a fourth column squeezed
            # the values into a strip and scrolled sideways
            rows.append(
                f"<p><b>{when(local(entry.at), STAMP)}</b> · {e(who)} · {what}"
                + (f"<br>{changes}" if changes else "")
                + "</p>"
            )
        self.history.setHtml(
            "".join(rows)
            if rows
            else "<p><i>" + e(self.tr("No changes recorded yet.")) + "</i></p>"
        )

    def _value(self, value: object) -> str:
        """A value of the trail as the pane says it: an instant in the client's zone, yes or
        no, a list as words; cut where it would flood the pane."""
        if _blank(value):
            return "—"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        elif isinstance(value, str) and self.detail is not None:
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                moment = None
            if moment is not None and moment.tzinfo is not None:
                return when(self.detail.local(moment), STAMP)
        return _shown(value)

    def _clear_actions(self) -> None:
        _empty(self.moves_row)
        _empty(self.actions_row)
        _empty(self.visits_layout)

    def _render(self, d: TicketDetail) -> None:
        e = html.escape
        self.emergency_mark.setVisible(d.emergency)
        self.premium_mark.setVisible(d.premium)
        self.manager_label.setVisible(d.premium)
        self.manager_label.setText(
            self.tr("Manager: %1").replace("%1", d.manager)
            if d.manager
            else self.tr("No dedicated manager named")
        )
        self.heading.setText(
            f"<b>{e(d.reference)}</b> — {e(d.title)}<br>"
            f"{e(d.client)}{' · ' + e(d.site) if d.site else ''} · "
            f"<b>{e(title_word(d.status))}</b> · "
            + e(self.tr("%1 priority").replace("%1", word(d.priority)))
        )
        # at most three moves a row: six in one row widened the pane until the queue
        # beside it lost its SLA and status columns
        row: QHBoxLayout | None = None
        for n, status in enumerate(d.allowed):
            if n % MOVES_PER_ROW == 0:
                if row is not None:
                    row.addStretch(1)
                row = QHBoxLayout()
                self.moves_row.addLayout(row)
            button = QPushButton(self._move_label(status))
            button.setObjectName(f"move_{status.value}")
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            assert row is not None
            row.addWidget(button)
        if row is not None:
            row.addStretch(1)
        # three a row as well: four in one row cut every label in Russian at 1366 wide
        actions: list[tuple[str, str, Callable[[], object] | None]] = [
            ("visit", self.tr("New visit…"), partial(self.newVisitRequested.emit, d.id)),
            ("time", self.tr("Log time…"), partial(self.logTimeRequested.emit, d.id)),
            ("timer", self.tr("Start timer"), partial(self.timerRequested.emit, d.id)),
            ("print", self.tr("Print…"), partial(self.printRequested.emit, d.id)),
        ]
        if d.express:  # E1: the expert's answer within the hour, and the guarantee (E2)
            actions.insert(0, ("assess", self.tr("Assessment…"), self.assess))
        if self.change_requested is not None:  # T7: the desk's, as its other changes
            actions.append(("estimate", self._estimate_label(d.estimate_minutes), None))
        bar: QHBoxLayout | None = None
        for n, (name, label, act) in enumerate(actions):
            if n % MOVES_PER_ROW == 0:
                if bar is not None:
                    bar.addStretch(1)
                bar = QHBoxLayout()
                self.actions_row.addLayout(bar)
            if act is None:  # a choice of values: a menu, as the change bar's
                button = self._menu_button(f"action_{name}", label, self._fill_estimates)
            else:
                button = QPushButton(label)
                button.setObjectName(f"action_{name}")
                button.clicked.connect(lambda _=False, a=act: a())
            assert bar is not None
            bar.addWidget(button)
        if bar is not None:
            bar.addStretch(1)
        local = d.local
        credit = (
            "".join(
                f"<li>{e(c.contract)}: {e(credit_amount(c.balance, c.unit, c.currency))}"
                f"{' — <b>' + e(word(c.alert)) + '</b>' if c.alert else ''}</li>"
                for c in d.credit
            )
            or "<li>" + e(self.tr("no prepaid credit")) + "</li>"
        )
        facts = (
            (self.tr("Requester"), e(d.requester) or "<i>" + e(self.tr("unknown")) + "</i>"),
            (self.tr("Category"), e(word(d.category))),
            (self.tr("Channel"), e(word(d.channel))),
            (self.tr("Opened"), f"{when(local(d.opened_at), STAMP)} ({e(zone_place(d.zone))})"),
            (self.tr("Contract"), e(say(d.contract))),
            (self.tr("Hours logged"), amount(d.hours_logged)),
            (self.tr("Estimate"), self._estimate_html(d)),
        )
        # a gap after each name: a long one (Japanese) otherwise ran into its value
        rows = "".join(
            f"<tr><td style='padding-right:12px'>{e(name)}</td><td>{value}</td></tr>"
            for name, value in facts
        )
        self.summary.setHtml(
            "<p>"
            + (e(d.description) or "<i>" + e(self.tr("no description")) + "</i>")
            + "</p><table>"
            + rows
            + "</table><h4>"
            + e(self.tr("Prepaid credit"))
            + f"</h4><ul>{credit}</ul>"
        )
        self.timeline.setHtml(
            "<table>"
            + "".join(
                f"<tr><td>{when(local(at), STAMP)}</td><td>"
                f"{e(word(a)) if a else '—'} → <b>{e(word(b))}</b></td><td>{e(say(why))}</td></tr>"
                for at, a, b, why in d.history
            )
            + "</table>"
        )
        notes = (
            "".join(
                f"<p><b>{when(local(at), STAMP)}</b> <i>{e(word(kind))}</i><br>{e(body)}</p>"
                for at, kind, body in d.notes
            )
            or "<p><i>" + e(self.tr("no notes")) + "</i></p>"
        )
        billable, not_billable = self.tr("billable"), self.tr("not billable")
        approved, awaiting = self.tr("approved"), self.tr("awaiting approval")
        times = "".join(
            f"<tr><td>{when(local(t.started_at), 'dd MMM HH:mm')}-"
            f"{when(local(t.ended_at), 'HH:mm')}</td>"
            f"<td>{e(t.engineer)}</td><td>{e(word(t.phase))}</td>"
            f"<td>{e(billable if t.billable else not_billable)}</td>"
            f"<td>{e(approved if t.approved else awaiting)}</td>"
            f"<td>{e(t.description)}</td></tr>"
            for t in d.time
        )
        notes_title, time_title = e(self.tr("Notes")), e(self.tr("Time"))
        self.work.setHtml(
            f"<h4>{notes_title}</h4>{notes}<h4>{time_title}</h4><table>{times}</table>"
        )
        if not d.visits:
            self.visits_layout.addWidget(QLabel(self.tr("No visits yet.")))
        for v in d.visits:
            people = ", ".join(v.engineers) or self.tr("unassigned")
            # the visit on a line of its own, its moves below it: beside the buttons the
            # pane cut off the day, the status and the engineer at 1366 pixels
            line = QLabel(
                f"<b>{e(v.reference)}</b> {when(local(v.planned_start), 'dd MMM HH:mm')} · "
                f"{e(word(v.status))} · {e(people)}"
            )
            line.setObjectName(f"visit_{v.reference}")
            line.setWordWrap(True)
            self.visits_layout.addWidget(line)
            row = QHBoxLayout()
            for step in v.next_steps:
                asks = step is VisitStatus.COMPLETED  # who agreed that the engineer may leave
                button = QPushButton(title_word(step) + ("…" if asks else ""))
                button.setObjectName(f"visit_{v.reference}_{step.value}")
                button.clicked.connect(lambda _=False, vid=v.id, s=step: self.advance(vid, s))
                row.addWidget(button)
            row.addStretch(1)
            order = QPushButton(self.tr("Work order"))
            order.setObjectName(f"workOrder_{v.reference}")
            order.clicked.connect(
                lambda _=False, ref=v.reference: self.workOrderRequested.emit(ref)
            )
            row.addWidget(order)
            self.visits_layout.addLayout(row)
        self.visits_layout.addStretch(1)
        self.sla.setHtml(self._sla_html(d))

    def _estimate_html(self, d: TicketDetail) -> str:
        """The estimate and the time logged against it, the overrun in bold (T7)."""
        use = d.estimate
        if use is None:
            return "<i>" + html.escape(self.tr("none")) + "</i>"
        logged = (
            self.tr("%1 logged (%2)")
            .replace("%1", effort(use.logged_minutes * 60))
            .replace("%2", percent(use.share))
            if use.logged_minutes
            else self.tr("nothing logged yet")
        )
        text = html.escape(f"{effort(use.estimate_minutes * 60)} · {logged}")
        if use.over_minutes:
            over = self.tr("%1 over the estimate").replace("%1", effort(use.over_minutes * 60))
            text += f" · <b>{html.escape(over)}</b>"
        return text

    def _sla_html(self, d: TicketDetail) -> str:
        e = html.escape
        parts = ["<h4>" + e(self.tr("Targets of this contract and priority")) + "</h4><ul>"]
        parts += [f"<li>{e(say(t))}</li>" for t in d.targets] or [
            "<li>" + e(self.tr("none")) + "</li>"
        ]
        parts.append("</ul>")
        for kind, clock in d.clocks.items():
            due = due_when(d.local(clock.due_at), self.desk.now()) if clock.due_at else "—"
            used = int(clock.used.total_seconds() // 60)
            explained = (
                self.tr("Due %1 (%2); %3 h %4 m of business time used.")
                .replace("%1", due)
                .replace("%2", zone_place(d.zone))
                .replace("%3", str(used // 60))
                .replace("%4", f"{used % 60:02d}")
            )
            parts.append(
                f"<h4>{e(title_word(kind))}: {e(word(clock.state))}</h4>"
                f"<p>{e(explained)}</p><table>"
            )
            for seg in clock.segments:
                a, b = d.local(seg.start), d.local(seg.end)
                end = when(b, "HH:mm") if b.date() == a.date() else when(b, "dd MMM yyyy HH:mm")
                parts.append(
                    f"<tr><td>{when(a, 'dd MMM yyyy HH:mm')}–{end}</td>"
                    f"<td>{e(word(seg.kind))}</td><td>{e(causes(seg.causes))}</td></tr>"
                )
            parts.append("</table>")
        return "".join(parts)

    def _move_label(self, status: TicketStatus) -> str:
        if status is TicketStatus.CLOSED:
            return self.tr("Close…")  # asks how it was resolved
        if self.detail and self.detail.status is TicketStatus.CLOSED:
            return self.tr("Reopen")
        return title_word(status)

    # -- intents --------------------------------------------------------------------------
    def set_status(self, status: TicketStatus, resolution: str | None = None) -> None:
        """Change the ticket's status (the workflow rules decide); closing asks how the
        ticket was resolved unless ``resolution`` is given."""
        if self.detail is None:
            return
        if status is not TicketStatus.CLOSED and self.change_requested is not None:
            self.request_change("status", status.value)  # through the queue: undoable
            return
        if status is TicketStatus.CLOSED and resolution is None:
            resolution = self.ask_resolution()
            if resolution is None:
                return  # the dispatcher thought better of it
        from console.services.ticket_detail import move_ticket

        try:
            move_ticket(self.desk.session, self.desk.acting, self.detail.id, status,
                        self.desk.now(), resolution)  # fmt: skip
        except Exception as exc:  # shown to the user in words
            show_error(self, exc)
            return
        moved = self.detail.id
        self.changed.emit()  # the queue takes it in; a closed ticket leaves its selection
        if self.detail is not None and self.detail.id == moved:
            self.show_ticket(moved)

    def ask_resolution(self) -> str | None:
        """The resolution, from the close dialog (None when it was cancelled)."""
        if self.detail is None and not self.many_ids:
            return None
        from console.views.close_dialog import CloseDialog

        if self.many_ids:
            many = self.tr("%n tickets", "", len(self.many_ids))
            dialog = CloseDialog(many, ", ".join(self.many_ids[:MANY_LISTED]), self)
            return dialog.text() if dialog.exec() else None
        if self.detail is None:
            return None
        dialog = CloseDialog(self.detail.reference, self.detail.title, self)
        return dialog.text() if dialog.exec() else None

    def ask_leave_approval(self, visit_id: uuid.UUID) -> LeaveAnswer | None:
        """Who agreed that the engineer may leave, and when (None when it was cancelled)."""
        if self.detail is None:
            return None
        from console.views.leave_dialog import LeaveDialog

        visit = next((v for v in self.detail.visits if v.id == visit_id), None)
        reference = visit.reference if visit else ""
        dialog = LeaveDialog(reference, self.desk.now(), self.detail.zone, self)
        return dialog.answer() if dialog.exec() else None

    def assess(self) -> bool:
        """Record or correct the emergency's technical assessment; True when saved."""
        if self.detail is None:
            return False
        from console.views.assessment_dialog import AssessmentDialog

        dialog = AssessmentDialog(self.desk, self.detail.id, self)
        if not dialog.exec():
            return False
        self.show_ticket(self.detail.id)
        self.changed.emit()  # the assessment's clock is met: the queue shows it
        return True

    def add_note(self) -> bool:
        """Save the note being written; the text stays if it was refused."""
        if self.detail is None:
            return False
        kind = NoteKind(self.note_kind.currentData())
        from console.services.ticket_detail import write_note

        try:
            write_note(self.desk.session, self.desk.acting, self.detail.id,
                       self.note_text.toPlainText(), kind, self.desk.now())  # fmt: skip
        except Exception as exc:  # shown to the user in words
            show_error(self, exc)
            return False
        self.note_text.clear()
        self.show_ticket(self.detail.id)
        self.changed.emit()
        return True

    def advance(self, visit_id: uuid.UUID, status: VisitStatus) -> None:
        """Take one D7 step on a visit; completing it asks who let the engineer leave."""
        from console.services.visits import advance_visit_to

        leave = None
        if status is VisitStatus.COMPLETED:
            leave = self.ask_leave_approval(visit_id)
            if leave is None:
                return  # not agreed yet: the visit stays as it is
        try:
            advance_visit_to(
                self.desk.session, self.desk.acting, visit_id, status, self.desk.now(),
                approved_by=leave.name if leave else None, approved_at=leave.at if leave else None,
                signature=leave.signature if leave else None,
            )  # fmt: skip
        except Exception as exc:  # shown to the user in words
            show_error(self, exc)
            return
        if self.detail is not None:
            self.show_ticket(self.detail.id)
        self.changed.emit()
