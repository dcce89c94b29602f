# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(760, 520)
        self.mainLayout = QVBoxLayout(ImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(ImportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.kindLabel = QLabel(ImportDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(ImportDialog)
        self.kind.setObjectName(u"kind")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.pathLabel = QLabel(ImportDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.path = QLineEdit(ImportDialog)
        self.path.setObjectName(u"path")

        self.fileRow.addWidget(self.path)

        self.browse = QPushButton(ImportDialog)
        self.browse.setObjectName(u"browse")

        self.fileRow.addWidget(self.browse)


        self.fields.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.columnsLabel = QLabel(ImportDialog)
        self.columnsLabel.setObjectName(u"columnsLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.columnsLabel)

        self.columns = QLabel(ImportDialog)
        self.columns.setObjectName(u"columns")
        self.columns.setWordWrap(True)
        self.columns.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.columns)


        self.mainLayout.addLayout(self.fields)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.check = QPushButton(ImportDialog)
        self.check.setObjectName(u"check")

        self.actions.addWidget(self.check)

        self.run = QPushButton(ImportDialog)
        self.run.setObjectName(u"run")

        self.actions.addWidget(self.run)

        self.actionsFiller = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsFiller)


        self.mainLayout.addLayout(self.actions)

        self.summary = QLabel(ImportDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.summary)

        self.report = QTableWidget(ImportDialog)
        if (self.report.columnCount() < 3):
            self.report.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.report.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.report.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.report.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.report.setObjectName(u"report")
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.setAlternatingRowColors(True)
        self.report.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.report.setColumnCount(3)
        self.report.horizontalHeader().setStretchLastSection(True)
        self.report.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.report)

        self.buttons = QDialogButtonBox(ImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.pathLabel.setBuddy(self.path)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import from a CSV file", None))
        self.intro.setText(QCoreApplication.translate("ImportDialog", u"Every row of the file is checked first. If any row is refused, nothing is added: fix the file and try again. Sites and contacts name their client in a \"client\" column.", None))
        self.kindLabel.setText(QCoreApplication.translate("ImportDialog", u"&What the file holds:", None))
        self.pathLabel.setText(QCoreApplication.translate("ImportDialog", u"&File:", None))
        self.path.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"a CSV file, UTF-8, with a header row", None))
        self.browse.setText(QCoreApplication.translate("ImportDialog", u"&Browse\u2026", None))
        self.columnsLabel.setText(QCoreApplication.translate("ImportDialog", u"Columns:", None))
        self.check.setText(QCoreApplication.translate("ImportDialog", u"&Check only", None))
#if QT_CONFIG(tooltip)
        self.check.setToolTip(QCoreApplication.translate("ImportDialog", u"Check every row and report; nothing is written", None))
#endif // QT_CONFIG(tooltip)
        self.run.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
#if QT_CONFIG(tooltip)
        self.run.setToolTip(QCoreApplication.translate("ImportDialog", u"Add every row, or nothing if any row is refused", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.report.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportDialog", u"Row", None))
        ___qtablewidgetitem1 = self.report.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportDialog", u"Column", None))
        ___qtablewidgetitem2 = self.report.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportDialog", u"Reason", None))
    # retranslateUi

