"""The dispatcher's main window."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QTableView
from sqlalchemy import Engine

from console.ticket_queue import load_queue
from console.views.queue_model import QueueModel


class MainWindow(QMainWindow):
    """Queue of open tickets on the local store."""

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.setWindowTitle(self.tr("Dispatch Console"))
        self.model = QueueModel()
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.setCentralWidget(self.table)
        self.db_label = QLabel(engine.url.render_as_string(hide_password=True))
        self.count_label = QLabel()
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.resize(1200, 700)

    def reload(self) -> None:
        """Load the open tickets from the store."""
        with self.engine.connect() as connection:
            rows = load_queue(connection)
        self.model.set_rows(rows)
        for column, width in enumerate((120, 220, 90, 320, 110, 70, 110, 140)):
            self.table.setColumnWidth(column, width)
        self.count_label.setText(self.tr("%n open ticket(s)", "", len(rows)))
