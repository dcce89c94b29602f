"""New ticket (T1, T2, T3, T10): the dialog keeps what was typed when saving is refused."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from console.enums import Channel, ContactRole, Priority, TicketCategory
from console.services import dialog_options
from console.services.tickets import create_ticket
from console.views.context import DeskContext
from console.views.dialog_support import (
    chosen,
    fill,
    fill_enum,
    set_chosen,
    show_refusal,
)
from console.views.forms.ui_ticket_dialog import Ui_TicketDialog
from console.views.i18n import word


class TicketDialog(QDialog):
    """Register a ticket for a client."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_TicketDialog()
        self.ui.setupUi(self)
        self.created: uuid.UUID | None = None
        self.created_reference = ""
        with desk.session() as session:
            fill(self.ui.client, dialog_options.clients(session))
        self.ui.client.setEditable(False)
        fill_enum(self.ui.category, TicketCategory)
        fill_enum(self.ui.priority, Priority)
        set_chosen(self.ui.priority, Priority.NORMAL.value)
        fill_enum(self.ui.channel, Channel)
        set_chosen(self.ui.channel, Channel.PHONE.value)
        self.ui.client.currentIndexChanged.connect(lambda _i: self._client_changed())
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Create"))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self._client_changed()

    def _client_changed(self) -> None:
        client_id = chosen(self.ui.client)
        if client_id is None:
            return
        with self.desk.session() as session:
            fill(self.ui.site, dialog_options.sites(session, client_id), self.tr("(no site)"))
            fill(
                self.ui.contract,
                dialog_options.contracts(session, client_id, word),
                self.tr("(no contract)"),
            )
            requesters = dialog_options.contacts(session, client_id, ContactRole.REQUESTER)
            fill(self.ui.requester, requesters, self.tr("(unknown)"))
        if self.ui.contract.count() > 1:
            self.ui.contract.setCurrentIndex(1)

    def save(self) -> None:
        """Create the ticket, or say what is wrong and keep the dialog open."""
        try:
            with self.desk.session() as session, session.begin():
                ticket = create_ticket(
                    session, client_id=chosen(self.ui.client), title=self.ui.title.text(),
                    category=TicketCategory(chosen(self.ui.category)),
                    priority=Priority(chosen(self.ui.priority)),
                    channel=Channel(chosen(self.ui.channel)), now=self.desk.now(),
                    by_user=self.desk.user_id, site_id=chosen(self.ui.site),
                    contract_id=chosen(self.ui.contract), requester_id=chosen(self.ui.requester),
                    description=self.ui.description.toPlainText(),
                    emergency=self.ui.emergency.isChecked(),
                )  # fmt: skip
                session.flush()
                self.created, self.created_reference = ticket.id, ticket.reference
        except Exception as exc:  # shown in the dialog in words; nothing was saved
            show_refusal(self.ui, exc)
            return
        self.accept()
