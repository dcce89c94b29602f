# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_approval_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ClientApprovalDialog(object):
    def setupUi(self, ClientApprovalDialog):
        if not ClientApprovalDialog.objectName():
            ClientApprovalDialog.setObjectName(u"ClientApprovalDialog")
        ClientApprovalDialog.resize(420, 200)
        self.mainLayout = QVBoxLayout(ClientApprovalDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(ClientApprovalDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.personLabel = QLabel(ClientApprovalDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QLineEdit(ClientApprovalDialog)
        self.person.setObjectName(u"person")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person)

        self.methodLabel = QLabel(ClientApprovalDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.method = QComboBox(ClientApprovalDialog)
        self.method.setObjectName(u"method")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.method)


        self.mainLayout.addLayout(self.fields)

        self.problems = QLabel(ClientApprovalDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(ClientApprovalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.person)
        self.methodLabel.setBuddy(self.method)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClientApprovalDialog)

        QMetaObject.connectSlotsByName(ClientApprovalDialog)
    # setupUi

    def retranslateUi(self, ClientApprovalDialog):
        ClientApprovalDialog.setWindowTitle(QCoreApplication.translate("ClientApprovalDialog", u"Client's approval", None))
        self.intro.setText(QCoreApplication.translate("ClientApprovalDialog", u"Record who at the client approved the selected time, and how.", None))
        self.personLabel.setText(QCoreApplication.translate("ClientApprovalDialog", u"Approved by:", None))
        self.person.setPlaceholderText(QCoreApplication.translate("ClientApprovalDialog", u"the person at the client", None))
        self.methodLabel.setText(QCoreApplication.translate("ClientApprovalDialog", u"How:", None))
    # retranslateUi

