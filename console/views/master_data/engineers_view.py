"""The Engineers tab: skills and level, languages, zone, working hours, cost."""

from __future__ import annotations

import uuid
from functools import partial
from typing import Any

from console.rules.master_data import MasterKind
from console.services.master_data import engineers as service
from console.services.master_data.fields import ENGINEER_FIELDS
from console.views.master_data.facts import facts_html, heading_html
from console.views.master_data.master_view import MasterView
from console.views.master_data.record_dialog import RecordDialog
from console.views.master_data.roles import refusal

SUMMARY = ("skill_level", "skills", "languages", "region", "base_latitude", "base_longitude",
           "home_time_zone", "working_hours", "email", "phone", "cost_rate", "cost_currency",
           "photo", "clients", "active")  # fmt: skip
MONEY = ("cost_rate", "cost_currency")
"""What only some roles may set (the rules say which)."""


class EngineersView(MasterView):
    """The provider's engineers."""

    kind = "engineer"
    master = MasterKind.ENGINEER
    columns = ("name", "skill_level", "skills", "languages", "region", "home_time_zone", "active")
    widths = (150, 75, 150, 75, 100, 130)

    def list_rows(self, search: str, include_inactive: bool) -> list[dict[str, Any]]:
        """Engineers whose name, region, zone, e-mail or skills hold the text."""
        return service.list_engineers(self.desk.session, search, include_inactive=include_inactive)

    def load_record(self, record_id: uuid.UUID) -> dict[str, Any]:
        """The engineer with the clients assigned to them."""
        return service.show_engineer(self.desk.session, record_id)

    def show_record(self, record: dict[str, Any] | None) -> None:
        """Skills, languages, zone, hours and the rest."""
        if record is None:
            self.summary.setHtml("<p><i>" + self.tr("Select an engineer.") + "</i></p>")
            return
        self.summary.setHtml(heading_html(record["name"]) + facts_html("engineer", record, SUMMARY))

    def _locked(self) -> dict[str, str]:
        """The cost fields, for a role that may not set them."""
        why = refusal(self.desk, self.master, MONEY)
        return dict.fromkeys(MONEY, why) if why else {}

    def add_dialog(self) -> RecordDialog:
        """A new engineer."""
        return RecordDialog(
            "engineer", ENGINEER_FIELDS,
            lambda values: service.add_engineer(self.desk.session, self.desk.user_id, **values),
            locked=self._locked(), title=self.tr("New engineer"), **self.dialog_options(),
        )  # fmt: skip

    def edit_dialog(self, record: dict[str, Any]) -> RecordDialog:
        """Change an engineer's fields."""
        return RecordDialog(
            "engineer", ENGINEER_FIELDS, partial(self._edit, record["id"]), initial=record,
            locked=self._locked(), title=self.tr("Engineer %1").replace("%1", record["name"]),
            **self.dialog_options(),
        )  # fmt: skip

    def _edit(self, engineer_id: uuid.UUID, values: dict[str, object]) -> None:
        service.edit_engineer(self.desk.session, self.desk.user_id, engineer_id, **values)

    def deactivate_record(self, record: dict[str, Any]) -> bool:
        """Take the engineer off the roster and the suggestions; their visits and time stay."""
        question = self.tr("Deactivate %1? Their visits and time stay; they are no longer "
                           "suggested or listed.").replace("%1", record["name"])  # fmt: skip
        if not self.confirm(question):
            return False
        service.deactivate_engineer(self.desk.session, self.desk.user_id, record["id"])
        return True
