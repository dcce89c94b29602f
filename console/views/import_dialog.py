"""File > Import…: clients, sites, contacts or engineers from a CSV file, all or nothing.

"Check only" reads every row and reports; "Import" adds every row or, if any row is
refused, nothing. Refusals are listed by row, column and reason.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from console.errors import ValidationError
from console.services.importing import KINDS, ImportResult, columns_of, import_rows, read_csv
from console.views.context import DeskContext
from console.views.dialog_support import chosen, fill, show_problems
from console.views.errors import user_message
from console.views.forms.ui_import_dialog import Ui_ImportDialog
from console.views.i18n import QT_TRANSLATE_NOOP, say
from console.views.master_data.labels import label
from console.views.master_data.roles import refusal
from console.views.table_fill import refilling

KIND_NAMES = (
    ("clients", QT_TRANSLATE_NOOP("ImportDialog", "Clients")),
    ("sites", QT_TRANSLATE_NOOP("ImportDialog", "Sites of clients")),
    ("contacts", QT_TRANSLATE_NOOP("ImportDialog", "Contacts of clients")),
    ("engineers", QT_TRANSLATE_NOOP("ImportDialog", "Engineers")),
)
"""What a file may hold, as the list names it."""


class ImportDialog(QDialog):
    """Pick what the file holds and the file; check it, or import it whole."""

    imported = Signal(str)
    """A file was imported (the kind); the lists showing that kind should reload."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.outcome: ImportResult | None = None
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        fill(self.ui.kind, ((self.tr(text), kind) for kind, text in KIND_NAMES))
        header = self.ui.report.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.ui.browse.clicked.connect(lambda _=False: self.browse())
        self.ui.check.clicked.connect(lambda _=False: self.run(dry_run=True))
        self.ui.run.clicked.connect(lambda _=False: self.run(dry_run=False))
        self.ui.path.textChanged.connect(lambda _t: self._kind_changed())
        self.ui.buttons.rejected.connect(self.reject)
        self._kind_changed()

    def kind(self) -> str:
        """What the file holds: clients, sites, contacts or engineers."""
        return str(chosen(self.ui.kind))

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.ui.columns.setText(", ".join(columns_of(kind)))
        why = refusal(self.desk, KINDS[kind][0])
        has_file = bool(self.ui.path.text().strip())
        for button in (self.ui.check, self.ui.run):
            button.setEnabled(why is None and has_file)
            button.setToolTip(why or button.toolTip())
        if why is not None:
            show_problems(self.ui.summary, [("note", why)])

    def browse(self) -> None:
        """Pick the file."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("CSV file"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.ui.path.setText(path)

    def run(self, *, dry_run: bool) -> ImportResult | None:
        """Check the file (``dry_run``) or import it; show the count or every refused row."""
        self.ui.report.setRowCount(0)
        path = self.ui.path.text().strip()
        try:
            with open(path, encoding="utf-8-sig", newline="") as stream:
                header, rows = read_csv(stream)
        except UnicodeDecodeError:
            self._say("error", self.tr("%1 is not UTF-8 text; save it as UTF-8 and try again.")
                      .replace("%1", path))  # fmt: skip
            return None
        except OSError as exc:
            self._say("error", self.tr("Cannot read %1: %2").replace("%1", path)
                      .replace("%2", exc.strerror or str(exc)))  # fmt: skip
            return None
        kind = self.kind()
        try:
            result = import_rows(
                self.desk.session, self.desk.user_id, kind, header, rows, dry_run=dry_run
            )
        except ValidationError as exc:  # who may not import this kind, said by the service
            self._say("error", f"{label(kind[:-1], exc.field)}: {say(exc.text)}")
            return None
        except Exception as exc:  # said in words; nothing was written
            self._say("error", user_message(exc))
            return None
        self.outcome = result
        self._show(result)
        if not dry_run and not result.problems:
            self.imported.emit(kind)
        return result

    def _say(self, severity: str, text: str) -> None:
        show_problems(self.ui.summary, [(severity, text)])

    def _show(self, result: ImportResult) -> None:
        """The count, or every refused row with its column and reason."""
        if result.problems:
            bad = len({p.row for p in result.problems})
            self._say("error", self.tr("%1 of %2 rows refused; nothing was written. Fix the "
                                       "file and check it again.")
                      .replace("%1", str(bad)).replace("%2", str(result.rows)))  # fmt: skip
            with refilling(self.ui.report, len(result.problems)):
                for number, problem in enumerate(result.problems):
                    cells = (str(problem.row), problem.column, say(problem.reason))
                    for column, text in enumerate(cells):
                        self.ui.report.setItem(number, column, QTableWidgetItem(text))
            self.ui.report.resizeRowsToContents()
        elif result.dry_run:
            self._say("note", self.tr("All %1 rows are good: %2 would be added. Nothing was "
                                      "written (check only).")
                      .replace("%1", str(result.rows)).replace("%2", str(result.rows)))  # fmt: skip
        else:
            self._say("note", self.tr("Done: %1 rows added.").replace("%1", str(result.added)))
