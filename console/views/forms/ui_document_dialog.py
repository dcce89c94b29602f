# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DocumentDialog(object):
    def setupUi(self, DocumentDialog):
        if not DocumentDialog.objectName():
            DocumentDialog.setObjectName(u"DocumentDialog")
        DocumentDialog.resize(620, 330)
        self.mainLayout = QVBoxLayout(DocumentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.kindLabel = QLabel(DocumentDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(DocumentDialog)
        self.kind.setObjectName(u"kind")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.subjectLabel = QLabel(DocumentDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subject = QComboBox(DocumentDialog)
        self.subject.setObjectName(u"subject")
        self.subject.setEditable(True)
        self.subject.setMinimumContentsLength(48)
        self.subject.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subject)

        self.dayLabel = QLabel(DocumentDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.day = QDateEdit(DocumentDialog)
        self.day.setObjectName(u"day")
        self.day.setCalendarPopup(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.day)

        self.engineerLabel = QLabel(DocumentDialog)
        self.engineerLabel.setObjectName(u"engineerLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.engineerLabel)

        self.engineer = QComboBox(DocumentDialog)
        self.engineer.setObjectName(u"engineer")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.engineer)

        self.stageLabel = QLabel(DocumentDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stage = QComboBox(DocumentDialog)
        self.stage.setObjectName(u"stage")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stage)

        self.startLabel = QLabel(DocumentDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = QDateEdit(DocumentDialog)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.start)

        self.endLabel = QLabel(DocumentDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.end = QDateEdit(DocumentDialog)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.end)

        self.monthLabel = QLabel(DocumentDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.month = QDateEdit(DocumentDialog)
        self.month.setObjectName(u"month")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.month)

        self.quarterLabel = QLabel(DocumentDialog)
        self.quarterLabel.setObjectName(u"quarterLabel")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.quarterLabel)

        self.quarter = QComboBox(DocumentDialog)
        self.quarter.setObjectName(u"quarter")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.quarter)


        self.mainLayout.addLayout(self.fields)

        self.problems = QLabel(DocumentDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problems)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(DocumentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.subjectLabel.setBuddy(self.subject)
        self.dayLabel.setBuddy(self.day)
        self.engineerLabel.setBuddy(self.engineer)
        self.stageLabel.setBuddy(self.stage)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
        self.monthLabel.setBuddy(self.month)
        self.quarterLabel.setBuddy(self.quarter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentDialog)

        QMetaObject.connectSlotsByName(DocumentDialog)
    # setupUi

    def retranslateUi(self, DocumentDialog):
        DocumentDialog.setWindowTitle(QCoreApplication.translate("DocumentDialog", u"Print a document", None))
        self.kindLabel.setText(QCoreApplication.translate("DocumentDialog", u"Document:", None))
        self.subjectLabel.setText(QCoreApplication.translate("DocumentDialog", u"For:", None))
        self.dayLabel.setText(QCoreApplication.translate("DocumentDialog", u"Day:", None))
        self.day.setDisplayFormat(QCoreApplication.translate("DocumentDialog", u"yyyy-MM-dd", None))
        self.engineerLabel.setText(QCoreApplication.translate("DocumentDialog", u"Engineer:", None))
        self.stageLabel.setText(QCoreApplication.translate("DocumentDialog", u"Stage:", None))
        self.startLabel.setText(QCoreApplication.translate("DocumentDialog", u"From:", None))
        self.start.setDisplayFormat(QCoreApplication.translate("DocumentDialog", u"yyyy-MM-dd", None))
        self.endLabel.setText(QCoreApplication.translate("DocumentDialog", u"Up to (not including):", None))
        self.end.setDisplayFormat(QCoreApplication.translate("DocumentDialog", u"yyyy-MM-dd", None))
        self.monthLabel.setText(QCoreApplication.translate("DocumentDialog", u"Month:", None))
        self.month.setDisplayFormat(QCoreApplication.translate("DocumentDialog", u"yyyy-MM", None))
        self.quarterLabel.setText(QCoreApplication.translate("DocumentDialog", u"Quarter:", None))
    # retranslateUi

