# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mail_mailbox_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_MailboxDialog(object):
    def setupUi(self, MailboxDialog):
        if not MailboxDialog.objectName():
            MailboxDialog.setObjectName(u"MailboxDialog")
        MailboxDialog.resize(520, 440)
        self.mainLayout = QVBoxLayout(MailboxDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(MailboxDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.nameLabel = QLabel(MailboxDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(MailboxDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(60)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.hostLabel = QLabel(MailboxDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.host = QLineEdit(MailboxDialog)
        self.host.setObjectName(u"host")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.host)

        self.tlsLabel = QLabel(MailboxDialog)
        self.tlsLabel.setObjectName(u"tlsLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tlsLabel)

        self.tls = QComboBox(MailboxDialog)
        self.tls.setObjectName(u"tls")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tls)

        self.portLabel = QLabel(MailboxDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.port = QSpinBox(MailboxDialog)
        self.port.setObjectName(u"port")
        self.port.setMinimum(1)
        self.port.setMaximum(65535)
        self.port.setValue(993)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.port)

        self.usernameLabel = QLabel(MailboxDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(MailboxDialog)
        self.username.setObjectName(u"username")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(MailboxDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(MailboxDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password)

        self.folderLabel = QLabel(MailboxDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folder = QLineEdit(MailboxDialog)
        self.folder.setObjectName(u"folder")
        self.folder.setText(u"INBOX")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.folder)

        self.quarantine_folderLabel = QLabel(MailboxDialog)
        self.quarantine_folderLabel.setObjectName(u"quarantine_folderLabel")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.quarantine_folderLabel)

        self.quarantine_folder = QLineEdit(MailboxDialog)
        self.quarantine_folder.setObjectName(u"quarantine_folder")
        self.quarantine_folder.setText(u"Quarantine")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.quarantine_folder)

        self.clientLabel = QLabel(MailboxDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.client = QComboBox(MailboxDialog)
        self.client.setObjectName(u"client")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.client)

        self.enabled = QCheckBox(MailboxDialog)
        self.enabled.setObjectName(u"enabled")
        self.enabled.setChecked(True)

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.enabled)


        self.mainLayout.addLayout(self.fields)

        self.note = QLabel(MailboxDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.mainLayout.addWidget(self.note)

        self.problems = QLabel(MailboxDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problems)

        self.bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottom)

        self.buttons = QDialogButtonBox(MailboxDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.hostLabel.setBuddy(self.host)
        self.tlsLabel.setBuddy(self.tls)
        self.portLabel.setBuddy(self.port)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
        self.folderLabel.setBuddy(self.folder)
        self.quarantine_folderLabel.setBuddy(self.quarantine_folder)
        self.clientLabel.setBuddy(self.client)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.host)
        QWidget.setTabOrder(self.host, self.tls)
        QWidget.setTabOrder(self.tls, self.port)
        QWidget.setTabOrder(self.port, self.username)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.folder)
        QWidget.setTabOrder(self.folder, self.quarantine_folder)
        QWidget.setTabOrder(self.quarantine_folder, self.client)

        self.retranslateUi(MailboxDialog)

        QMetaObject.connectSlotsByName(MailboxDialog)
    # setupUi

    def retranslateUi(self, MailboxDialog):
        MailboxDialog.setWindowTitle(QCoreApplication.translate("MailboxDialog", u"Mailbox", None))
        self.intro.setText(QCoreApplication.translate("MailboxDialog", u"The desk signs in to this mailbox over IMAP and makes a ticket of every message that arrives in its folder.", None))
        self.nameLabel.setText(QCoreApplication.translate("MailboxDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("MailboxDialog", u"a short name, e.g. desk or tulp-support", None))
        self.hostLabel.setText(QCoreApplication.translate("MailboxDialog", u"IMAP &server:", None))
        self.host.setPlaceholderText(QCoreApplication.translate("MailboxDialog", u"imap.example.com", None))
        self.tlsLabel.setText(QCoreApplication.translate("MailboxDialog", u"&Security:", None))
        self.portLabel.setText(QCoreApplication.translate("MailboxDialog", u"&Port:", None))
        self.usernameLabel.setText(QCoreApplication.translate("MailboxDialog", u"&User name:", None))
        self.username.setPlaceholderText(QCoreApplication.translate("MailboxDialog", u"support@your-company.example", None))
        self.passwordLabel.setText(QCoreApplication.translate("MailboxDialog", u"Pass&word:", None))
        self.folderLabel.setText(QCoreApplication.translate("MailboxDialog", u"&Folder:", None))
        self.quarantine_folderLabel.setText(QCoreApplication.translate("MailboxDialog", u"&Unreadable mail to:", None))
#if QT_CONFIG(tooltip)
        self.quarantine_folder.setToolTip(QCoreApplication.translate("MailboxDialog", u"The folder on the server where messages that cannot be read are moved; the desk lists them under Mail.", None))
#endif // QT_CONFIG(tooltip)
        self.clientLabel.setText(QCoreApplication.translate("MailboxDialog", u"Ser&ves:", None))
#if QT_CONFIG(tooltip)
        self.client.setToolTip(QCoreApplication.translate("MailboxDialog", u"One client's own address, or the shared desk address every client writes to.", None))
#endif // QT_CONFIG(tooltip)
        self.enabled.setText(QCoreApplication.translate("MailboxDialog", u"&Take mail from this mailbox", None))
#if QT_CONFIG(tooltip)
        self.enabled.setToolTip(QCoreApplication.translate("MailboxDialog", u"Switched off, the desk leaves this mailbox alone; what it took in stays.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

