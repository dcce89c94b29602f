"""A record's history in its detail panel: who changed what, when, from what to what."""

from __future__ import annotations

import html
from datetime import UTC

from PySide6.QtWidgets import QTextBrowser, QWidget

from console.services.history import HistoryRow
from console.views.i18n import QT_TRANSLATE_NOOP, when
from console.views.master_data.labels import LABELS, label
from console.views.master_data.table_model import cell_text

STAMP = "yyyy-MM-dd HH:mm"

WORDS = {
    # the records and acts of the audit trail, as the panel says them
    "client": QT_TRANSLATE_NOOP("HistoryView", "client"),
    "site": QT_TRANSLATE_NOOP("HistoryView", "site"),
    "contact": QT_TRANSLATE_NOOP("HistoryView", "contact"),
    "contract": QT_TRANSLATE_NOOP("HistoryView", "contract"),
    "engineer": QT_TRANSLATE_NOOP("HistoryView", "engineer"),
    "create": QT_TRANSLATE_NOOP("HistoryView", "created"),
    "change": QT_TRANSLATE_NOOP("HistoryView", "changed"),
    "delete": QT_TRANSLATE_NOOP("HistoryView", "deleted"),
}


def _empty(value: object) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _shown(field: str, value: object) -> str:
    """A value in the trail, cut where it would flood the panel."""
    text = "—" if _empty(value) else cell_text(field, value)
    return text if len(text) <= 60 else text[:57] + "…"


class HistoryView(QTextBrowser):
    """The audit trail of one record, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordHistory")
        self.rows: list[HistoryRow] = []

    def show_rows(self, rows: list[HistoryRow]) -> None:
        """Show these changes (or say there are none)."""
        self.rows = rows
        e = html.escape
        lines = []
        for row in rows:
            at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
            changes = "<br>".join(
                f"{e(self._field(row.entity, name))}: {e(_shown(name, old))} → "
                f"<b>{e(_shown(name, new))}</b>"
                for name, (old, new) in row.changes.items()
                if not (_empty(old) and _empty(new))
            )
            what = (
                e(self.tr(WORDS.get(row.entity, row.entity)))
                + ", "
                + e(self.tr(WORDS.get(row.action, row.action)))
            )
            who = e(row.user or self.tr("system"))
            lines.append(
                f"<tr><td>{when(at.astimezone(), STAMP)}</td><td>{who}</td>"
                f"<td>{what}</td><td>{changes}</td></tr>"
            )
        self.setHtml(
            "<table cellpadding='3'>" + "".join(lines) + "</table>"
            if lines
            else "<p><i>" + e(self.tr("No changes recorded yet.")) + "</i></p>"
        )

    @staticmethod
    def _field(entity: str, name: str) -> str:
        """A model attribute as its field's label (``site_id`` is the site)."""
        short = name.removesuffix("_id")
        return label(entity, short if short in LABELS.get(entity, {}) else name)
