"""Undo and redo of the window's last ticket changes (priority, status, assignee, estimate).

A change is taken back through the services, never by writing the old values over the
new: the service refuses when a ticket changed since (its row version moved on) or the
way back is not a move the workflow allows, and the command then leaves the history with
the reason told. Closing with a resolution, time, money and mail sent are never recorded
here: they cannot be taken back.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from console.views.context import DeskContext
from console.views.errors import user_message

if TYPE_CHECKING:  # the services load the model: not on the path to the first screen
    from console.services.bulk_tickets import BulkResult


class TicketHistory(QObject):
    """The window's undo stack of ticket changes, and what to tell when one is refused."""

    changed = Signal()
    """Tickets changed by an undo or a redo: the queue takes them in."""
    refused = Signal(str)
    """An undo or redo was refused, in words; its command left the history."""

    def __init__(self, desk: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(50)
        self.last_refusal = ""

    def describe(self, done: BulkResult) -> str:
        """The change in words: "priority of 3 tickets", "status of T-2026-000123"."""
        n = len(done.changes)
        if n == 1:
            if done.field == "priority":
                one = self.tr("priority of %1")
            elif done.field == "status":
                one = self.tr("status of %1")
            elif done.field == "estimate":
                one = self.tr("estimate of %1")
            else:
                one = self.tr("assignment of %1")
            return one.replace("%1", done.changes[0].reference)
        if done.field == "priority":
            return self.tr("priority of %n tickets", "", n)
        if done.field == "status":
            return self.tr("status of %n tickets", "", n)
        if done.field == "estimate":
            return self.tr("estimate of %n tickets", "", n)
        return self.tr("assignment of %n tickets", "", n)

    def record(self, done: BulkResult) -> None:
        """Keep a change made in the window so Edit ▸ Undo can take it back."""
        if done.changes:
            self.stack.push(TicketCommand(self, done))

    def follow(self, done: BulkResult, back: BulkResult, moved: TicketCommand) -> None:
        """After ``moved`` was undone or redone, the other changes of the same tickets
        expect the version the ticket now has: it is back in the state they left it in
        (undoing two changes of one ticket in a row is no change "by someone else")."""
        started = {c.ticket_id: c.before_version for c in done.changes}
        now = {c.ticket_id: c.row_version for c in back.changes}
        for i in range(self.stack.count()):
            command = self.stack.command(i)
            if not isinstance(command, TicketCommand) or command is moved:
                continue
            command.done = replace(
                command.done,
                changes=tuple(
                    replace(c, row_version=now[c.ticket_id])
                    if started.get(c.ticket_id) == c.row_version and c.ticket_id in now
                    else c
                    for c in command.done.changes
                ),
            )

    def swap(self, done: BulkResult) -> BulkResult | None:
        """Take ``done`` back through the service; None (and told) when it was refused."""
        from console.services.bulk_tickets import take_back

        desk = self.desk
        try:
            back = take_back(desk.session, desk.acting, done, desk.now())
        except Exception as exc:  # told in words; the command leaves the history
            self.last_refusal = user_message(exc)
            self.refused.emit(self.last_refusal)
            return None
        self.changed.emit()
        return back


class TicketCommand(QUndoCommand):
    """One change of one or several tickets, already made when it is pushed."""

    def __init__(self, history: TicketHistory, done: BulkResult) -> None:
        super().__init__(history.describe(done))
        self.history = history
        self.done = done
        self.pushed = True  # QUndoStack.push calls redo: the change is made already

    def redo(self) -> None:
        """Make the change again (after an undo)."""
        if self.pushed:
            self.pushed = False
            return
        self._swap()

    def undo(self) -> None:
        """Take the change back."""
        self._swap()

    def _swap(self) -> None:
        back = self.history.swap(self.done)
        if back is None:
            self.setObsolete(True)  # refused: the stack drops it, nothing is half undone
            return
        self.history.follow(self.done, back, self)
        self.done = back
