"""Accept a message from an unknown sender as a ticket: the desk names the client."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from console.services import dialog_options
from console.services.mail.listings import TriageRow, accept_triage
from console.views.context import DeskContext
from console.views.dialog_support import chosen, fill, set_chosen, show_refusal
from console.views.forms.ui_mail_accept_dialog import Ui_TriageAcceptDialog


class TriageAcceptDialog(QDialog):
    """Choose the client the message is for; the ticket is made on OK."""

    def __init__(self, desk: DeskContext, row: TriageRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.row = row
        self.reference = ""
        self.ui = Ui_TriageAcceptDialog()
        self.ui.setupUi(self)
        with desk.session() as session:
            clients = dialog_options.clients(session)
        fill(self.ui.client, clients)
        suggested = next((cid for name, cid in clients if name == row.suggested_client), None)
        if suggested is not None:
            set_chosen(self.ui.client, suggested)
        else:
            self.ui.client.setCurrentIndex(-1)  # nothing preset: the desk decides
        who = f"{row.sender_name} <{row.sender}>" if row.sender_name else row.sender
        e = html.escape
        self.ui.message.setText(
            f"<b>{e(row.subject or self.tr('(no subject)'))}</b><br>"
            + e(self.tr("from %1").replace("%1", who))
        )
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Make the ticket"))
        ok.setEnabled(self.ui.client.currentIndex() >= 0)
        self.ui.client.currentIndexChanged.connect(lambda i: ok.setEnabled(i >= 0))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def choose_client(self, name: str) -> None:
        """Select a client by name (what a dispatcher does with the list)."""
        self.ui.client.setCurrentIndex(self.ui.client.findText(name))

    def save(self) -> None:
        """Make the ticket, or say why not and stay open."""
        client_id = chosen(self.ui.client)
        if client_id is None:
            return
        try:
            self.reference = accept_triage(
                self.desk.session, self.desk.user_id, self.row.id, client_id
            )
        except Exception as exc:  # said in the form; nothing was made
            show_refusal(self.ui, exc)
            return
        self.accept()
