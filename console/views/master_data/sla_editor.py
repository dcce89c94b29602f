"""A contract's SLA targets as a table: priority, clock, duration, around the clock or not."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from console.enums import Priority, SlaTargetKind
from console.services.master_data.contracts import read_sla
from console.views.dialog_support import chosen, fill, fill_enum, set_chosen
from console.views.i18n import QT_TRANSLATE_NOOP

HEADERS = (
    QT_TRANSLATE_NOOP("SlaEditor", "Priority"),
    QT_TRANSLATE_NOOP("SlaEditor", "Clock"),
    QT_TRANSLATE_NOOP("SlaEditor", "Within"),
    QT_TRANSLATE_NOOP("SlaEditor", "Unit"),
    QT_TRANSLATE_NOOP("SlaEditor", "Around the clock"),
)
PRIORITY, CLOCK, AMOUNT, UNIT, ALL_DAY = range(len(HEADERS))


class SlaEditor(QWidget):
    """Edits the targets as the contract services take them (``sla=``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("slaTargets")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(150)
        self.add_button = QPushButton(self.tr("Add target"))
        self.add_button.setObjectName("addSlaTarget")
        self.add_button.clicked.connect(lambda _=False: self.add_target())
        self.remove_button = QPushButton(self.tr("Remove target"))
        self.remove_button.setObjectName("removeSlaTarget")
        self.remove_button.clicked.connect(lambda _=False: self.remove_selected())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    @property
    def widget(self) -> QWidget:
        """The input, as every field editor names it."""
        return self

    def add_target(
        self,
        priority: Priority = Priority.NORMAL,
        kind: SlaTargetKind = SlaTargetKind.RESPONSE,
        minutes: int = 240,
        use_24x7: bool = False,
    ) -> int:
        """Add a row (a normal priority's response within 4 hours unless told); its index."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        prio = QComboBox()
        fill_enum(prio, Priority)
        set_chosen(prio, priority.value)
        clock = QComboBox()
        fill_enum(clock, SlaTargetKind)
        set_chosen(clock, kind.value)
        amount = QSpinBox()
        amount.setRange(1, 99999)
        unit = QComboBox()
        fill(unit, ((self.tr("minutes"), 1), (self.tr("hours"), 60)))
        if minutes % 60 == 0:
            amount.setValue(minutes // 60)
            set_chosen(unit, 60)
        else:
            amount.setValue(minutes)
            set_chosen(unit, 1)
        all_day = QCheckBox()
        all_day.setChecked(use_24x7)
        all_day.setToolTip(self.tr("The clock runs at nights and weekends too"))
        cell = QWidget()
        box = QHBoxLayout(cell)
        box.setContentsMargins(6, 0, 0, 0)
        box.addWidget(all_day)
        for column, widget in ((PRIORITY, prio), (CLOCK, clock), (AMOUNT, amount), (UNIT, unit),
                               (ALL_DAY, cell)):  # fmt: skip
            self.table.setCellWidget(row, column, widget)
        self.table.setCurrentCell(row, PRIORITY)
        return row

    def remove_selected(self) -> None:
        """Remove the selected row."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _widget(self, row: int, column: int) -> Any:
        return self.table.cellWidget(row, column)

    def value(self) -> list[dict[str, object]]:
        """The targets as mappings the services read, in a stable order."""
        out = []
        for row in range(self.table.rowCount()):
            factor = chosen(self._widget(row, UNIT))
            out.append({
                "priority": chosen(self._widget(row, PRIORITY)),
                "kind": chosen(self._widget(row, CLOCK)),
                "minutes": self._widget(row, AMOUNT).value() * factor,
                "use_24x7": self._widget(row, ALL_DAY).findChild(QCheckBox).isChecked(),
            })  # fmt: skip
        prios, kinds = [p.value for p in Priority][::-1], [k.value for k in SlaTargetKind]
        return sorted(out, key=lambda t: (prios.index(str(t["priority"])),
                                          kinds.index(str(t["kind"]))))  # fmt: skip

    def set_value(self, value: object) -> None:
        """Show targets: the services' text (``urgent:response=15m,…``) or a list."""
        self.table.setRowCount(0)
        for spec in read_sla(value):
            self.add_target(spec.priority, spec.kind, spec.minutes, spec.use_24x7)
        self.table.setCurrentCell(-1, -1)

    def focus(self) -> None:
        """Put the cursor in the table."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
