# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'time_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TimeDialog(object):
    def setupUi(self, TimeDialog):
        if not TimeDialog.objectName():
            TimeDialog.setObjectName(u"TimeDialog")
        TimeDialog.resize(460, 420)
        self.mainLayout = QVBoxLayout(TimeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.ticketLabel = QLabel(TimeDialog)
        self.ticketLabel.setObjectName(u"ticketLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ticketLabel)

        self.ticket = QLabel(TimeDialog)
        self.ticket.setObjectName(u"ticket")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ticket)

        self.engineerLabel = QLabel(TimeDialog)
        self.engineerLabel.setObjectName(u"engineerLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.engineerLabel)

        self.engineer = QComboBox(TimeDialog)
        self.engineer.setObjectName(u"engineer")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.engineer)

        self.visitLabel = QLabel(TimeDialog)
        self.visitLabel.setObjectName(u"visitLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.visitLabel)

        self.visit = QComboBox(TimeDialog)
        self.visit.setObjectName(u"visit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.visit)

        self.startedLabel = QLabel(TimeDialog)
        self.startedLabel.setObjectName(u"startedLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startedLabel)

        self.started = QDateTimeEdit(TimeDialog)
        self.started.setObjectName(u"started")
        self.started.setCalendarPopup(True)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.started)

        self.endedLabel = QLabel(TimeDialog)
        self.endedLabel.setObjectName(u"endedLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endedLabel)

        self.ended = QDateTimeEdit(TimeDialog)
        self.ended.setObjectName(u"ended")
        self.ended.setCalendarPopup(True)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ended)

        self.phaseLabel = QLabel(TimeDialog)
        self.phaseLabel.setObjectName(u"phaseLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phaseLabel)

        self.phase = QComboBox(TimeDialog)
        self.phase.setObjectName(u"phase")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phase)

        self.billable = QCheckBox(TimeDialog)
        self.billable.setObjectName(u"billable")
        self.billable.setChecked(True)

        self.fields.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.billable)

        self.reasonLabel = QLabel(TimeDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QComboBox(TimeDialog)
        self.reason.setObjectName(u"reason")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reason)

        self.descriptionLabel = QLabel(TimeDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(TimeDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.description)


        self.mainLayout.addLayout(self.fields)

        self.problems = QLabel(TimeDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(TimeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.ticketLabel.setBuddy(self.ticket)
        self.engineerLabel.setBuddy(self.engineer)
        self.visitLabel.setBuddy(self.visit)
        self.startedLabel.setBuddy(self.started)
        self.endedLabel.setBuddy(self.ended)
        self.phaseLabel.setBuddy(self.phase)
        self.reasonLabel.setBuddy(self.reason)
        self.descriptionLabel.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TimeDialog)

        QMetaObject.connectSlotsByName(TimeDialog)
    # setupUi

    def retranslateUi(self, TimeDialog):
        TimeDialog.setWindowTitle(QCoreApplication.translate("TimeDialog", u"Log time", None))
        self.ticketLabel.setText(QCoreApplication.translate("TimeDialog", u"Ticket:", None))
        self.engineerLabel.setText(QCoreApplication.translate("TimeDialog", u"Engineer:", None))
        self.visitLabel.setText(QCoreApplication.translate("TimeDialog", u"Visit:", None))
        self.startedLabel.setText(QCoreApplication.translate("TimeDialog", u"Started:", None))
        self.started.setDisplayFormat(QCoreApplication.translate("TimeDialog", u"yyyy-MM-dd HH:mm", None))
        self.endedLabel.setText(QCoreApplication.translate("TimeDialog", u"Ended:", None))
        self.ended.setDisplayFormat(QCoreApplication.translate("TimeDialog", u"yyyy-MM-dd HH:mm", None))
        self.phaseLabel.setText(QCoreApplication.translate("TimeDialog", u"Phase:", None))
        self.billable.setText(QCoreApplication.translate("TimeDialog", u"Billable", None))
        self.reasonLabel.setText(QCoreApplication.translate("TimeDialog", u"Not billable because:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("TimeDialog", u"Work done:", None))
    # retranslateUi

