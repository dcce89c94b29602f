# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'closures_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_ClosuresDialog(object):
    def setupUi(self, ClosuresDialog):
        if not ClosuresDialog.objectName():
            ClosuresDialog.setObjectName(u"ClosuresDialog")
        ClosuresDialog.resize(760, 560)
        self.mainLayout = QVBoxLayout(ClosuresDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.choice = QHBoxLayout()
        self.choice.setObjectName(u"choice")
        self.ownerLabel = QLabel(ClosuresDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.choice.addWidget(self.ownerLabel)

        self.owner = QComboBox(ClosuresDialog)
        self.owner.setObjectName(u"owner")
        self.owner.setMinimumSize(QSize(280, 0))
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.choice.addWidget(self.owner)

        self.choiceGap = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.choice.addItem(self.choiceGap)

        self.yearLabel = QLabel(ClosuresDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.choice.addWidget(self.yearLabel)

        self.year = QSpinBox(ClosuresDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(1991)
        self.year.setMaximum(2099)
        self.year.setValue(2026)

        self.choice.addWidget(self.year)

        self.choiceEnd = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choice.addItem(self.choiceEnd)


        self.mainLayout.addLayout(self.choice)

        self.place = QLabel(ClosuresDialog)
        self.place.setObjectName(u"place")
        self.place.setWordWrap(True)

        self.mainLayout.addWidget(self.place)

        self.days = QTableWidget(ClosuresDialog)
        if (self.days.columnCount() < 4):
            self.days.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.days.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.days.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.days.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.days.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.days.setObjectName(u"days")
        self.days.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.days.setAlternatingRowColors(True)
        self.days.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.days.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.days.setShowGrid(False)
        self.days.setColumnCount(4)
        self.days.horizontalHeader().setStretchLastSection(True)
        self.days.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.days)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.add = QPushButton(ClosuresDialog)
        self.add.setObjectName(u"add")

        self.actions.addWidget(self.add)

        self.remove = QPushButton(ClosuresDialog)
        self.remove.setObjectName(u"remove")
        self.remove.setEnabled(False)

        self.actions.addWidget(self.remove)

        self.actionsEnd = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsEnd)

        self.summary = QLabel(ClosuresDialog)
        self.summary.setObjectName(u"summary")

        self.actions.addWidget(self.summary)


        self.mainLayout.addLayout(self.actions)

        self.newDay = QGroupBox(ClosuresDialog)
        self.newDay.setObjectName(u"newDay")
        self.newDayLayout = QVBoxLayout(self.newDay)
        self.newDayLayout.setObjectName(u"newDayLayout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.dayLabel = QLabel(self.newDay)
        self.dayLabel.setObjectName(u"dayLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.day = QDateEdit(self.newDay)
        self.day.setObjectName(u"day")
        self.day.setMaximumSize(QSize(160, 16777215))
        self.day.setCalendarPopup(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.day)

        self.hoursLabel = QLabel(self.newDay)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hours = QHBoxLayout()
        self.hours.setObjectName(u"hours")
        self.whole_day = QCheckBox(self.newDay)
        self.whole_day.setObjectName(u"whole_day")
        self.whole_day.setChecked(True)

        self.hours.addWidget(self.whole_day)

        self.startLabel = QLabel(self.newDay)
        self.startLabel.setObjectName(u"startLabel")

        self.hours.addWidget(self.startLabel)

        self.start = QTimeEdit(self.newDay)
        self.start.setObjectName(u"start")
        self.start.setEnabled(False)
        self.start.setTime(QTime(13, 0, 0))

        self.hours.addWidget(self.start)

        self.endLabel = QLabel(self.newDay)
        self.endLabel.setObjectName(u"endLabel")

        self.hours.addWidget(self.endLabel)

        self.end = QTimeEdit(self.newDay)
        self.end.setObjectName(u"end")
        self.end.setEnabled(False)
        self.end.setTime(QTime(18, 0, 0))

        self.hours.addWidget(self.end)

        self.hoursEnd = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hours.addItem(self.hoursEnd)


        self.fields.setLayout(1, QFormLayout.ItemRole.FieldRole, self.hours)

        self.reasonLabel = QLabel(self.newDay)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(self.newDay)
        self.reason.setObjectName(u"reason")
        self.reason.setMaxLength(200)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)


        self.newDayLayout.addLayout(self.fields)

        self.problems = QLabel(self.newDay)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        self.newDayLayout.addWidget(self.problems)

        self.newButtons = QDialogButtonBox(self.newDay)
        self.newButtons.setObjectName(u"newButtons")
        self.newButtons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.newDayLayout.addWidget(self.newButtons)


        self.mainLayout.addWidget(self.newDay)

        self.buttons = QDialogButtonBox(ClosuresDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.ownerLabel.setBuddy(self.owner)
        self.yearLabel.setBuddy(self.year)
        self.dayLabel.setBuddy(self.day)
        self.hoursLabel.setBuddy(self.whole_day)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.owner, self.year)
        QWidget.setTabOrder(self.year, self.days)
        QWidget.setTabOrder(self.days, self.add)
        QWidget.setTabOrder(self.add, self.remove)
        QWidget.setTabOrder(self.remove, self.day)
        QWidget.setTabOrder(self.day, self.whole_day)
        QWidget.setTabOrder(self.whole_day, self.start)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.reason)

        self.retranslateUi(ClosuresDialog)

        QMetaObject.connectSlotsByName(ClosuresDialog)
    # setupUi

    def retranslateUi(self, ClosuresDialog):
        ClosuresDialog.setWindowTitle(QCoreApplication.translate("ClosuresDialog", u"Holidays and closing days", None))
        self.ownerLabel.setText(QCoreApplication.translate("ClosuresDialog", u"&For:", None))
        self.yearLabel.setText(QCoreApplication.translate("ClosuresDialog", u"&Year:", None))
        ___qtablewidgetitem = self.days.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ClosuresDialog", u"Date", None))
        ___qtablewidgetitem1 = self.days.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ClosuresDialog", u"What", None))
        ___qtablewidgetitem2 = self.days.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ClosuresDialog", u"Hours", None))
        ___qtablewidgetitem3 = self.days.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ClosuresDialog", u"Source", None))
        self.add.setText(QCoreApplication.translate("ClosuresDialog", u"&Add closing day\u2026", None))
        self.remove.setText(QCoreApplication.translate("ClosuresDialog", u"&Remove", None))
        self.newDay.setTitle(QCoreApplication.translate("ClosuresDialog", u"New closing day", None))
        self.dayLabel.setText(QCoreApplication.translate("ClosuresDialog", u"Day:", None))
        self.day.setDisplayFormat(QCoreApplication.translate("ClosuresDialog", u"yyyy-MM-dd", None))
        self.hoursLabel.setText(QCoreApplication.translate("ClosuresDialog", u"Hours:", None))
        self.whole_day.setText(QCoreApplication.translate("ClosuresDialog", u"Whole day", None))
        self.startLabel.setText(QCoreApplication.translate("ClosuresDialog", u"from", None))
        self.start.setDisplayFormat(QCoreApplication.translate("ClosuresDialog", u"HH:mm", None))
        self.endLabel.setText(QCoreApplication.translate("ClosuresDialog", u"to", None))
        self.end.setDisplayFormat(QCoreApplication.translate("ClosuresDialog", u"HH:mm", None))
        self.reasonLabel.setText(QCoreApplication.translate("ClosuresDialog", u"Reason:", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("ClosuresDialog", u"why the clocks stop, e.g. company outing", None))
    # retranslateUi

