# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
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

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.resize(420, 260)
        self.mainLayout = QVBoxLayout(ContactDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(ContactDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.nameLabel = QLabel(ContactDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(ContactDialog)
        self.name.setObjectName(u"name")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.phoneLabel = QLabel(ContactDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(ContactDialog)
        self.phone.setObjectName(u"phone")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phone)

        self.emailLabel = QLabel(ContactDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(ContactDialog)
        self.email.setObjectName(u"email")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email)

        self.languageLabel = QLabel(ContactDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QLineEdit(ContactDialog)
        self.language.setObjectName(u"language")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.language)

        self.roleLabel = QLabel(ContactDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(ContactDialog)
        self.role.setObjectName(u"role")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.role)


        self.mainLayout.addLayout(self.fields)

        self.problems = QLabel(ContactDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(ContactDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.languageLabel.setBuddy(self.language)
        self.roleLabel.setBuddy(self.role)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.language)
        QWidget.setTabOrder(self.language, self.role)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"New contact", None))
        self.nameLabel.setText(QCoreApplication.translate("ContactDialog", u"Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"the person's name", None))
        self.phoneLabel.setText(QCoreApplication.translate("ContactDialog", u"Phone:", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"with country code, e.g. +31 20 123 4567", None))
        self.emailLabel.setText(QCoreApplication.translate("ContactDialog", u"E-mail:", None))
        self.languageLabel.setText(QCoreApplication.translate("ContactDialog", u"Language:", None))
        self.language.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"the language to speak with them, e.g. nl", None))
        self.roleLabel.setText(QCoreApplication.translate("ContactDialog", u"Role:", None))
    # retranslateUi

