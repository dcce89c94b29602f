# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mail_accept_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_TriageAcceptDialog(object):
    def setupUi(self, TriageAcceptDialog):
        if not TriageAcceptDialog.objectName():
            TriageAcceptDialog.setObjectName(u"TriageAcceptDialog")
        TriageAcceptDialog.resize(480, 240)
        self.mainLayout = QVBoxLayout(TriageAcceptDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.message = QLabel(TriageAcceptDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.message)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.clientLabel = QLabel(TriageAcceptDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.client = QComboBox(TriageAcceptDialog)
        self.client.setObjectName(u"client")
        self.client.setMinimumSize(QSize(260, 0))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.client)


        self.mainLayout.addLayout(self.fields)

        self.note = QLabel(TriageAcceptDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.mainLayout.addWidget(self.note)

        self.problems = QLabel(TriageAcceptDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problems)

        self.bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottom)

        self.buttons = QDialogButtonBox(TriageAcceptDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.clientLabel.setBuddy(self.client)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TriageAcceptDialog)

        QMetaObject.connectSlotsByName(TriageAcceptDialog)
    # setupUi

    def retranslateUi(self, TriageAcceptDialog):
        TriageAcceptDialog.setWindowTitle(QCoreApplication.translate("TriageAcceptDialog", u"Accept as ticket", None))
        self.clientLabel.setText(QCoreApplication.translate("TriageAcceptDialog", u"&Client:", None))
        self.note.setText(QCoreApplication.translate("TriageAcceptDialog", u"The sender becomes a requester of this client and the message its new ticket.", None))
    # retranslateUi

