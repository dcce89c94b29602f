"""New ticket (T1, T2, T3, T10): the dialog keeps what was typed when saving is refused.

The person who asks may be new: "New contact…" registers them with the client, through
the master-data service, and picks them as the requester (T1).
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from console.enums import Channel, ContactRole, Priority, TicketCategory
from console.services import dialog_options
from console.services.master_data.clients import add_contact
from console.services.requesters import requester_choices
from console.services.tickets import create_ticket
from console.views.context import DeskContext
from console.views.dialog_support import (
    chosen,
    fill,
    fill_enum,
    set_chosen,
    show_refusal,
)
from console.views.forms.ui_contact_dialog import Ui_ContactDialog
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
        self.ui.newRequester.clicked.connect(self.new_requester)
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
                dialog_options.contracts(session, client_id, word, self.desk.now().date()),
                self.tr("(no contract)"),
            )
        self._fill_requesters(client_id)
        if self.ui.contract.count() > 1:
            self.ui.contract.setCurrentIndex(1)

    def _fill_requesters(self, client_id: uuid.UUID) -> None:
        # a requester registered by e-mail has no phone yet: the list shows the address
        fill(self.ui.requester, requester_choices(self.desk.session, client_id),
             self.tr("(unknown)"))  # fmt: skip

    def new_requester(self) -> None:
        """Register the person who asks as a new contact of the chosen client, and pick them."""
        client_id = chosen(self.ui.client)
        if client_id is None:
            return
        form = ContactDialog(self.desk, client_id, self.ui.client.currentText(), self)
        if form.exec() != QDialog.DialogCode.Accepted.value or form.created is None:
            return
        self._fill_requesters(client_id)
        set_chosen(self.ui.requester, form.created)

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


class ContactDialog(QDialog):
    """A new requester of one client: name, phone, e-mail and language."""

    def __init__(
        self, desk: DeskContext, client_id: uuid.UUID, client_name: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.client_id = client_id
        self.created: uuid.UUID | None = None
        self.ui = Ui_ContactDialog()
        self.ui.setupUi(self)
        self.ui.intro.setText(
            self.tr("The person who asks, as a new contact of %1.").replace("%1", client_name)
        )
        fill_enum(self.ui.role, ContactRole)
        set_chosen(self.ui.role, ContactRole.REQUESTER.value)
        self.ui.role.setEnabled(False)  # the ticket's list offers requesters alone
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        """Add the contact, or say what is wrong and keep the form open."""
        values: dict[str, object] = {"role": chosen(self.ui.role)}
        for name in ("name", "phone", "email", "language"):
            text = getattr(self.ui, name).text().strip()
            if text:
                values[name] = text
        try:
            self.created = add_contact(
                self.desk.session, self.desk.user_id, self.client_id, **values
            )
        except Exception as exc:  # shown in the form in words; nothing was saved
            show_refusal(self.ui, exc)
            return
        self.accept()
