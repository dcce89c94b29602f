"""The Contracts tab: what each client bought, its window, SLA targets, rates and validity."""

from __future__ import annotations

import html
import uuid
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from console.enums import Priority, SlaTargetKind
from console.errors import ValidationError
from console.rules.leaving import manager_may_manage
from console.rules.master_data import MasterKind
from console.services.master_data import contracts as service
from console.services.master_data.clients import list_clients
from console.services.master_data.common import list_users
from console.services.master_data.fields import CONTRACT_FIELDS, Field
from console.views.context import DeskContext
from console.views.i18n import amount, title_word
from console.views.master_data.end_contract_dialog import EndContractDialog
from console.views.master_data.facts import facts_html, heading_html
from console.views.master_data.labels import label
from console.views.master_data.master_view import MasterView
from console.views.master_data.record_dialog import RecordDialog
from console.views.master_data.table_model import week_text
from console.wording.phrases import phrase

VALIDITY = ("client", "kind", "product_area", "valid_from", "valid_until", "currency", "premium",
            "manager")  # fmt: skip
RATES = ("standard_rate", "express_rate", "on_demand_rate", "after_hours_multiplier", "rush_fee",
         "workstation_price", "onsite_surcharge_pct", "regular_onsite_visits", "rounding_minutes",
         "guarantee_hours", "credit_unit", "monthly_top_up", "low_credit_threshold",
         "bundle_hours", "monthly_fee", "payment_terms_days", "tax_rate_pct",
         "tax_exemption")  # fmt: skip

CLIENT_FIELD = Field("client", required=True)
"""A new contract's client, picked from the list of clients."""


def manager_choices(desk: DeskContext) -> list[tuple[str, Any]]:
    """The desk users who may manage a contract, as the manager picker lists them."""
    return [
        (f"{u['display_name']} ({u['username']})", u["username"])
        for u in list_users(desk.session)
        if manager_may_manage(str(u["role"]))
    ]


def new_contract_dialog(
    desk: DeskContext, parent: QWidget, client: uuid.UUID | None = None
) -> RecordDialog:
    """The dialog entering a contract; ``client`` is picked in its list already when given."""
    fields = {"client": CLIENT_FIELD, **CONTRACT_FIELDS}

    def save(values: dict[str, object]) -> object:
        values = dict(values)
        owner = values.pop("client", None)
        if owner is None:
            raise ValidationError("client", phrase("is required"))
        return service.add_contract(desk.session, desk.user_id, owner, **values)

    clients = [(c["name"], c["id"]) for c in list_clients(desk.session)]
    title = QCoreApplication.translate("ContractsView", "New contract")
    choices = {"client": clients, "manager": manager_choices(desk)}
    dialog = RecordDialog("contract", fields, save, choices=choices, sla=True,
                          title=title, today=desk.now().date(), parent=parent)  # fmt: skip
    if client is not None:
        dialog.set_values(client=client)
    return dialog


class ContractsView(MasterView):
    """Contracts of every client; an ended one is listed on request."""

    kind = "contract"
    master = MasterKind.CONTRACT
    columns = ("client", "name", "kind", "valid_from", "valid_until", "currency", "sla_targets")
    widths = (150, 140, 160, 85, 85, 65)

    def inactive_text(self) -> str:
        """Ended contracts are the inactive ones."""
        return self.tr("Include ended")

    def deactivate_text(self) -> str:
        """A contract is ended on a last day."""
        return self.tr("End contract…")

    def may_deactivate(self) -> bool:
        """A contract with a last day in the past is ended already."""
        if self.record is None:
            return False
        until = self.record.get("valid_until")
        return until is None or until >= self.desk.now().date()

    def list_rows(self, search: str, include_inactive: bool) -> list[dict[str, Any]]:
        """Contracts whose name, kind, area or client holds the text."""
        return service.list_contracts(
            self.desk.session, search, include_ended=include_inactive, today=self.desk.now().date()
        )

    def load_record(self, record_id: uuid.UUID) -> dict[str, Any]:
        """The contract with every field and its SLA targets."""
        return service.show_contract(self.desk.session, record_id)

    def show_record(self, record: dict[str, Any] | None) -> None:
        """Validity, service window, SLA targets per priority, rates."""
        if record is None:
            self.summary.setHtml("<p><i>" + self.tr("Select a contract.") + "</i></p>")
            return
        e = html.escape
        window = record.get("service_window")
        rates = self.tr("Rates and terms")  # outside the f-string, so lupdate finds it
        parts = [
            heading_html(record["name"] or title_word(record["kind"]), record["client"]),
            facts_html("contract", record, VALIDITY),
            f"<h4>{e(label('contract', 'service_window'))}</h4>",
            f"<p>{e(week_text(window)) if isinstance(window, dict) else '—'}</p>",
            f"<h4>{e(label('contract', 'sla'))}</h4>",
            self._targets_html(record.get("sla") or ""),
            facts_html("contract", record, ("attainment_target_pct",)),
            f"<h4>{e(rates)}</h4>",
            facts_html("contract", record, RATES),
        ]
        self.summary.setHtml("".join(parts))

    def _targets_html(self, sla: str) -> str:
        """A table: a row per priority, a column per clock, each cell its duration."""
        specs = service.read_sla(sla)
        if not specs:
            return "<p><i>" + html.escape(self.tr("No SLA targets.")) + "</i></p>"
        kinds = [k for k in SlaTargetKind if any(s.kind is k for s in specs)]
        head = "".join(f"<th align='left'>{html.escape(title_word(k))}</th>" for k in kinds)
        rows = []
        for prio in list(Priority)[::-1]:
            cells = []
            for kind in kinds:
                spec = next((s for s in specs if s.priority is prio and s.kind is kind), None)
                cells.append(f"<td>{html.escape(self._duration(spec)) if spec else '—'}</td>")
            if any(s.priority is prio for s in specs):
                rows.append(f"<tr><td>{html.escape(title_word(prio))}</td>{''.join(cells)}</tr>")
        return (f"<table cellpadding='3' border='0'><tr><th></th>{head}</tr>"
                + "".join(rows) + "</table>")  # fmt: skip

    def _duration(self, spec: service.SlaSpec) -> str:
        if spec.minutes % 60 == 0:
            text = self.tr("%1 h").replace("%1", amount(spec.minutes // 60, 0))
        else:
            text = self.tr("%1 min").replace("%1", amount(spec.minutes, 0))
        return text + (" " + self.tr("(24x7)") if spec.use_24x7 else "")

    def add_dialog(self) -> RecordDialog:
        """A new contract of a client picked in the dialog."""
        return new_contract_dialog(self.desk, self)

    def edit_dialog(self, record: dict[str, Any]) -> RecordDialog:
        """Change a contract's fields and SLA targets."""
        title = self.tr("Contract %1 of %2").replace("%1", record["name"] or "")
        return RecordDialog("contract", CONTRACT_FIELDS, partial(self._edit, record["id"]),
                            initial=record, sla=True, title=title.replace("%2", record["client"]),
                            choices={"manager": manager_choices(self.desk)},
                            **self.dialog_options())  # fmt: skip

    def _edit(self, contract_id: uuid.UUID, values: dict[str, object]) -> None:
        service.edit_contract(self.desk.session, self.desk.user_id, contract_id, **values)

    def end_dialog(self, record: dict[str, Any]) -> EndContractDialog:
        """The dialog asking for the contract's last day."""
        return EndContractDialog(self.desk, record, self)

    def deactivate_record(self, record: dict[str, Any]) -> bool:
        """End the contract on a last day asked for."""
        return bool(self.end_dialog(record).exec())
