"""The Clients tab: clients with their sites, contacts and contracts."""

from __future__ import annotations

import uuid
from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.errors import UserError
from console.rules.master_data import MasterKind
from console.rules.roles import DESK
from console.services.mail.outgoing import set_opt_out
from console.services.master_data import clients as service
from console.services.master_data.common import list_users
from console.services.master_data.engineers import list_engineers
from console.services.master_data.fields import CLIENT_FIELDS, CONTACT_FIELDS, SITE_FIELDS
from console.views.errors import user_message
from console.views.master_data.contracts_view import new_contract_dialog
from console.views.master_data.facts import facts_html, heading_html
from console.views.master_data.master_view import MasterView, record_table
from console.views.master_data.record_dialog import RecordDialog
from console.views.master_data.roles import acting_role, refusal
from console.views.master_data.table_model import RecordTableModel

SUMMARY = ("short_name", "country", "subdivision", "time_zone", "locale", "currency", "vat_id",
           "billing_address", "email_domain", "nda_on_file", "nda_date", "workstations",
           "e_invoice_format", "assigned_engineer", "account_manager", "active")  # fmt: skip


class ClientsView(MasterView):
    """Clients; the selected one's sites and contacts are added and edited in its panel."""

    kind = "client"
    master = MasterKind.CLIENT
    columns = ("name", "country", "time_zone", "currency", "sites", "contacts", "active")
    widths = (190, 60, 140, 65, 50, 65)

    def add_detail_tabs(self, tabs: QTabWidget) -> None:
        """Sites, contacts and contracts of the selected client."""
        self.sites = RecordTableModel("site", ("name", "street", "postal_code", "city", "country",
                                               "floor"))  # fmt: skip
        self.contacts = RecordTableModel("contact", ("name", "role", "phone", "email",
                                                     "language", "site", "gets_mail"))  # fmt: skip
        self.contracts = RecordTableModel("contract", ("name", "kind", "valid_from",
                                                       "valid_until"))  # fmt: skip
        self.sites_table = record_table(self.sites, "siteTable")
        self.contacts_table = record_table(self.contacts, "contactTable")
        self.contracts_table = record_table(self.contracts, "clientContractTable")
        self.add_site_button = QPushButton(self.tr("Add site…"))
        self.edit_site_button = QPushButton(self.tr("Edit site…"))
        self.deactivate_site_button = QPushButton(self.tr("Deactivate site"))
        self.add_contact_button = QPushButton(self.tr("Add contact…"))
        self.edit_contact_button = QPushButton(self.tr("Edit contact…"))
        self.deactivate_contact_button = QPushButton(self.tr("Deactivate contact"))
        self.mail_button = QPushButton(self.tr("No mail to them…"))
        self.mail_button.setToolTip(
            self.tr("Stop or resume the desk's mail to the selected contact")
        )
        self.mail_button.clicked.connect(lambda _=False: self.toggle_mail())
        self.add_site_button.clicked.connect(lambda _=False: self.add_site())
        self.edit_site_button.clicked.connect(lambda _=False: self.edit_site())
        self.deactivate_site_button.clicked.connect(lambda _=False: self.deactivate_part("site"))
        self.add_contact_button.clicked.connect(lambda _=False: self.add_contact())
        self.edit_contact_button.clicked.connect(lambda _=False: self.edit_contact())
        self.deactivate_contact_button.clicked.connect(
            lambda _=False: self.deactivate_part("contact")
        )
        self.sites_table.doubleClicked.connect(lambda _index: self.edit_site())
        self.contacts_table.doubleClicked.connect(lambda _index: self.edit_contact())
        for table in (self.sites_table, self.contacts_table):
            table.selectionModel().selectionChanged.connect(
                lambda *_: self.update_detail_buttons(refusal(self.desk, self.master))
            )
        tabs.addTab(self._part(self.sites_table, self.add_site_button, self.edit_site_button,
                               self.deactivate_site_button), self.tr("Sites"))  # fmt: skip
        tabs.addTab(self._part(self.contacts_table, self.add_contact_button,
                               self.edit_contact_button, self.deactivate_contact_button,
                               self.mail_button),
                    self.tr("Contacts"))  # fmt: skip
        self.add_contract_button = QPushButton(self.tr("Add contract…"))
        self.add_contract_button.clicked.connect(lambda _=False: self.add_contract())
        tabs.addTab(self._part(self.contracts_table, self.add_contract_button),
                    self.tr("Contracts"))  # fmt: skip

    @staticmethod
    def _part(table: QTableView, *buttons: QPushButton) -> QWidget:
        """A table of a client's records with its buttons above it."""
        page = QWidget()
        bar = QHBoxLayout()
        for button in buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        column = QVBoxLayout(page)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(bar)
        column.addWidget(table)
        return page

    # ------------------------------------------------------------- the clients

    def list_rows(self, search: str, include_inactive: bool) -> list[dict[str, Any]]:
        """Clients whose name, short name, country or mail domain holds the text."""
        return service.list_clients(self.desk.session, search, include_inactive=include_inactive)

    def load_record(self, record_id: uuid.UUID) -> dict[str, Any]:
        """The client with its sites, contacts and contracts."""
        return service.show_client(self.desk.session, record_id)

    def show_record(self, record: dict[str, Any] | None) -> None:
        """The client's fields, and its sites, contacts and contracts in their tabs."""
        if record is None:
            self.summary.setHtml("<p><i>" + self.tr("Select a client.") + "</i></p>")
        else:
            self.summary.setHtml(
                heading_html(record["name"]) + facts_html("client", record, SUMMARY)
            )
        self.sites.set_rows(record["sites"] if record else [])
        self.contacts.set_rows(record["contacts"] if record else [])
        self.contracts.set_rows(record["contracts"] if record else [])
        for table in (self.sites_table, self.contacts_table, self.contracts_table):
            table.resizeColumnsToContents()

    def _choices(self) -> dict[str, list[tuple[str, Any]]]:
        engineers = list_engineers(self.desk.session)
        users = list_users(self.desk.session)
        return {
            "assigned_engineer": [(e["name"], e["name"]) for e in engineers],
            "account_manager": [
                (f"{u['display_name']} ({u['username']})", u["username"]) for u in users
            ],
        }

    def add_dialog(self) -> RecordDialog:
        """A new client, starting from the provider's own country, zone and currency."""
        from console.services.provider import client_defaults

        dialog = RecordDialog(
            "client", CLIENT_FIELDS,
            lambda values: service.add_client(self.desk.session, self.desk.user_id, **values),
            choices=self._choices(), title=self.tr("New client"), **self.dialog_options(),
        )  # fmt: skip
        dialog.set_values(**client_defaults(self.desk.session))
        return dialog

    def edit_dialog(self, record: dict[str, Any]) -> RecordDialog:
        """Change a client's fields."""
        return RecordDialog(
            "client", CLIENT_FIELDS,
            partial(self._edit, record["id"]), initial=record, choices=self._choices(),
            title=self.tr("Client %1").replace("%1", record["name"]), **self.dialog_options(),
        )  # fmt: skip

    def _edit(self, client_id: uuid.UUID, values: dict[str, object]) -> None:
        service.edit_client(self.desk.session, self.desk.user_id, client_id, **values)

    def deactivate_record(self, record: dict[str, Any]) -> bool:
        """Take the client out of the lists; its tickets, contracts and invoices stay."""
        question = self.tr("Deactivate %1? Its tickets, contracts and invoices stay; it is no "
                           "longer listed.").replace("%1", record["name"])  # fmt: skip
        if not self.confirm(question):
            return False
        service.deactivate_client(self.desk.session, self.desk.user_id, record["id"])
        return True

    # ------------------------------------------------------------- its sites and contacts

    def update_detail_buttons(self, why: str | None) -> None:
        """Site and contact buttons follow the selection and the user's rights."""
        site_why = refusal(self.desk, MasterKind.SITE)
        contact_why = refusal(self.desk, MasterKind.CONTACT)
        client = self.record is not None
        site = client and self.sites_table.selectionModel().hasSelection()
        contact = client and self.contacts_table.selectionModel().hasSelection()
        for button, allowed, chosen in (
            (self.add_site_button, site_why is None, client),
            (self.edit_site_button, site_why is None, site),
            (self.deactivate_site_button, site_why is None, site),
            (self.add_contact_button, contact_why is None, client),
            (self.edit_contact_button, contact_why is None, contact),
            (self.deactivate_contact_button, contact_why is None, contact),
            (self.mail_button, acting_role(self.desk) in DESK, contact),
        ):
            button.setEnabled(allowed and chosen)
        chosen_contact = (
            self._selected_part(self.contacts_table, self.contacts) if contact else None
        )
        gets_mail = chosen_contact is None or chosen_contact.get("gets_mail", True)
        self.mail_button.setText(
            self.tr("No mail to them…") if gets_mail else self.tr("Mail them again")
        )
        contract_why = refusal(self.desk, MasterKind.CONTRACT)
        self.add_contract_button.setEnabled(contract_why is None and client)
        self.add_contract_button.setToolTip(contract_why or "")
        for button in (self.add_site_button, self.edit_site_button, self.deactivate_site_button):
            button.setToolTip(site_why or "")
        for button in (self.add_contact_button, self.edit_contact_button,
                       self.deactivate_contact_button):  # fmt: skip
            button.setToolTip(contact_why or "")

    def toggle_mail(self) -> bool | None:
        """Stop the desk's mail to the selected contact (asking why), or resume it; the
        contact's new state, or None when nothing changed."""
        contact = self._selected_part(self.contacts_table, self.contacts)
        if contact is None or self.record is None:
            return None
        stop = bool(contact.get("gets_mail", True))
        reason = ""
        if stop:
            reason, ok = QInputDialog.getText(
                self, self.tr("No mail to %1").replace("%1", str(contact["name"])),
                self.tr("The desk sends %1 no confirmations or status mails from now on.\n"
                        "Why (for the record, optional):").replace("%1", str(contact["name"])),
            )  # fmt: skip
            if not ok:
                return None
        try:
            set_opt_out(self.desk.session, self.desk.user_id, contact["id"], stop, reason)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), user_message(exc))
            return None
        self.reload()
        row = self.contacts.row_of(contact["id"])
        if row >= 0:
            self.contacts_table.selectRow(row)
        return not stop

    def _selected_part(self, table: QTableView, model: RecordTableModel) -> dict[str, Any] | None:
        rows = table.selectionModel().selectedRows()
        return model.row(rows[0].row()) if rows else None

    def _site_choices(self) -> dict[str, list[tuple[str, Any]]]:
        sites = self.record["sites"] if self.record else []
        return {"site": [(s["name"], s["name"]) for s in sites]}

    def site_dialog(self, site: dict[str, Any] | None = None) -> RecordDialog:
        """The dialog adding a site to the selected client, or changing one of its sites."""
        assert self.record is not None
        client = self.record["id"]
        if site is None:

            def save(values: dict[str, object]) -> object:
                return service.add_site(self.desk.session, self.desk.user_id, client, **values)

            title = self.tr("New site of %1").replace("%1", self.record["name"])
        else:

            def save(values: dict[str, object]) -> object:
                service.edit_site(self.desk.session, self.desk.user_id, client, site["id"],
                                  **values)  # fmt: skip
                return site["id"]

            title = self.tr("Site %1").replace("%1", site["name"])
        return RecordDialog("site", SITE_FIELDS, save, initial=site, title=title,
                            **self.dialog_options())  # fmt: skip

    def contact_dialog(self, contact: dict[str, Any] | None = None) -> RecordDialog:
        """The dialog adding a contact to the selected client, or changing one."""
        assert self.record is not None
        client = self.record["id"]
        if contact is None:

            def save(values: dict[str, object]) -> object:
                return service.add_contact(self.desk.session, self.desk.user_id, client,
                                           **values)  # fmt: skip

            title = self.tr("New contact of %1").replace("%1", self.record["name"])
        else:

            def save(values: dict[str, object]) -> object:
                service.edit_contact(self.desk.session, self.desk.user_id, client,
                                     contact["id"], **values)  # fmt: skip
                return contact["id"]

            title = self.tr("Contact %1").replace("%1", contact["name"])
        return RecordDialog("contact", CONTACT_FIELDS, save, initial=contact, title=title,
                            choices=self._site_choices(), **self.dialog_options())  # fmt: skip

    def add_site(self) -> None:
        """Add a site to the selected client."""
        if self.record is not None and self.site_dialog().exec():
            self.reload()

    def edit_site(self) -> None:
        """Change the selected site."""
        site = self._selected_part(self.sites_table, self.sites)
        if site is not None and self.edit_site_button.isEnabled() and self.site_dialog(site).exec():
            self.reload()

    def add_contact(self) -> None:
        """Add a contact to the selected client."""
        if self.record is not None and self.contact_dialog().exec():
            self.reload()

    def edit_contact(self) -> None:
        """Change the selected contact."""
        contact = self._selected_part(self.contacts_table, self.contacts)
        allowed = contact is not None and self.edit_contact_button.isEnabled()
        if allowed and self.contact_dialog(contact).exec():
            self.reload()

    def add_contract(self) -> None:
        """Enter a contract of the selected client."""
        if (
            self.record is not None
            and new_contract_dialog(self.desk, self, self.record["id"]).exec()
        ):
            self.reload()

    def deactivate_part(self, kind: str) -> None:
        """Ask the service to take a site or contact out of the lists; say its answer."""
        if self.record is None:
            return
        table, model = ((self.sites_table, self.sites) if kind == "site"
                        else (self.contacts_table, self.contacts))  # fmt: skip
        part = self._selected_part(table, model)
        if part is None:
            return
        call = service.deactivate_site if kind == "site" else service.deactivate_contact
        try:
            call(self.desk.session, self.desk.user_id, self.record["id"], part["id"])
        except Exception as exc:  # the service's refusal, in words
            self.tell_refusal(exc, kind)
            return
        self.reload()
