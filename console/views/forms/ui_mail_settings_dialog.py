# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mail_settings_dialog.ui'
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
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_MailSettingsDialog(object):
    def setupUi(self, MailSettingsDialog):
        if not MailSettingsDialog.objectName():
            MailSettingsDialog.setObjectName(u"MailSettingsDialog")
        MailSettingsDialog.resize(900, 600)
        self.mainLayout = QVBoxLayout(MailSettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pages = QTabWidget(MailSettingsDialog)
        self.pages.setObjectName(u"pages")
        self.receivingPage = QWidget()
        self.receivingPage.setObjectName(u"receivingPage")
        self.receivingLayout = QVBoxLayout(self.receivingPage)
        self.receivingLayout.setObjectName(u"receivingLayout")
        self.mailboxesBox = QGroupBox(self.receivingPage)
        self.mailboxesBox.setObjectName(u"mailboxesBox")
        self.mailboxesLayout = QVBoxLayout(self.mailboxesBox)
        self.mailboxesLayout.setObjectName(u"mailboxesLayout")
        self.mailboxes = QTableWidget(self.mailboxesBox)
        if (self.mailboxes.columnCount() < 6):
            self.mailboxes.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.mailboxes.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mailboxes.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mailboxes.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.mailboxes.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.mailboxes.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.mailboxes.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.mailboxes.setObjectName(u"mailboxes")
        self.mailboxes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mailboxes.setAlternatingRowColors(True)
        self.mailboxes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mailboxes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mailboxes.setShowGrid(False)
        self.mailboxes.setWordWrap(False)
        self.mailboxes.setColumnCount(6)
        self.mailboxes.horizontalHeader().setStretchLastSection(True)
        self.mailboxes.verticalHeader().setVisible(False)

        self.mailboxesLayout.addWidget(self.mailboxes)

        self.mailboxActions = QHBoxLayout()
        self.mailboxActions.setObjectName(u"mailboxActions")
        self.add = QPushButton(self.mailboxesBox)
        self.add.setObjectName(u"add")

        self.mailboxActions.addWidget(self.add)

        self.edit = QPushButton(self.mailboxesBox)
        self.edit.setObjectName(u"edit")
        self.edit.setEnabled(False)

        self.mailboxActions.addWidget(self.edit)

        self.remove = QPushButton(self.mailboxesBox)
        self.remove.setObjectName(u"remove")
        self.remove.setEnabled(False)

        self.mailboxActions.addWidget(self.remove)

        self.mailboxActionsEnd = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mailboxActions.addItem(self.mailboxActionsEnd)


        self.mailboxesLayout.addLayout(self.mailboxActions)


        self.receivingLayout.addWidget(self.mailboxesBox)

        self.intakeBox = QGroupBox(self.receivingPage)
        self.intakeBox.setObjectName(u"intakeBox")
        self.fields = QFormLayout(self.intakeBox)
        self.fields.setObjectName(u"fields")
        self.reopen_daysLabel = QLabel(self.intakeBox)
        self.reopen_daysLabel.setObjectName(u"reopen_daysLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reopen_daysLabel)

        self.reopen_days = QSpinBox(self.intakeBox)
        self.reopen_days.setObjectName(u"reopen_days")
        self.reopen_days.setMaximumSize(QSize(110, 16777215))
        self.reopen_days.setMinimum(0)
        self.reopen_days.setMaximum(365)
        self.reopen_days.setValue(14)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reopen_days)

        self.attachment_limitLabel = QLabel(self.intakeBox)
        self.attachment_limitLabel.setObjectName(u"attachment_limitLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.attachment_limitLabel)

        self.attachment_limit = QSpinBox(self.intakeBox)
        self.attachment_limit.setObjectName(u"attachment_limit")
        self.attachment_limit.setMaximumSize(QSize(110, 16777215))
        self.attachment_limit.setMinimum(1)
        self.attachment_limit.setMaximum(1024)
        self.attachment_limit.setValue(25)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.attachment_limit)

        self.automatic_mails_per_hourLabel = QLabel(self.intakeBox)
        self.automatic_mails_per_hourLabel.setObjectName(u"automatic_mails_per_hourLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.automatic_mails_per_hourLabel)

        self.automatic_mails_per_hour = QSpinBox(self.intakeBox)
        self.automatic_mails_per_hour.setObjectName(u"automatic_mails_per_hour")
        self.automatic_mails_per_hour.setMaximumSize(QSize(110, 16777215))
        self.automatic_mails_per_hour.setMinimum(0)
        self.automatic_mails_per_hour.setMaximum(1000)
        self.automatic_mails_per_hour.setValue(5)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.automatic_mails_per_hour)

        self.fetch_while_open = QCheckBox(self.intakeBox)
        self.fetch_while_open.setObjectName(u"fetch_while_open")

        self.fields.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.fetch_while_open)


        self.receivingLayout.addWidget(self.intakeBox)

        self.pages.addTab(self.receivingPage, "")
        self.sendingPage = QWidget()
        self.sendingPage.setObjectName(u"sendingPage")
        self.sendingLayout = QVBoxLayout(self.sendingPage)
        self.sendingLayout.setObjectName(u"sendingLayout")
        self.sendingIntro = QLabel(self.sendingPage)
        self.sendingIntro.setObjectName(u"sendingIntro")
        self.sendingIntro.setWordWrap(True)

        self.sendingLayout.addWidget(self.sendingIntro)

        self.smtpFields = QFormLayout()
        self.smtpFields.setObjectName(u"smtpFields")
        self.smtp_hostLabel = QLabel(self.sendingPage)
        self.smtp_hostLabel.setObjectName(u"smtp_hostLabel")

        self.smtpFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.smtp_hostLabel)

        self.smtp_host = QLineEdit(self.sendingPage)
        self.smtp_host.setObjectName(u"smtp_host")

        self.smtpFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.smtp_host)

        self.smtp_securityLabel = QLabel(self.sendingPage)
        self.smtp_securityLabel.setObjectName(u"smtp_securityLabel")

        self.smtpFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.smtp_securityLabel)

        self.smtp_security = QComboBox(self.sendingPage)
        self.smtp_security.setObjectName(u"smtp_security")

        self.smtpFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.smtp_security)

        self.smtp_portLabel = QLabel(self.sendingPage)
        self.smtp_portLabel.setObjectName(u"smtp_portLabel")

        self.smtpFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.smtp_portLabel)

        self.smtp_port = QSpinBox(self.sendingPage)
        self.smtp_port.setObjectName(u"smtp_port")
        self.smtp_port.setMaximumSize(QSize(110, 16777215))
        self.smtp_port.setMinimum(1)
        self.smtp_port.setMaximum(65535)
        self.smtp_port.setValue(587)

        self.smtpFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.smtp_port)

        self.smtp_usernameLabel = QLabel(self.sendingPage)
        self.smtp_usernameLabel.setObjectName(u"smtp_usernameLabel")

        self.smtpFields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.smtp_usernameLabel)

        self.smtp_username = QLineEdit(self.sendingPage)
        self.smtp_username.setObjectName(u"smtp_username")

        self.smtpFields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.smtp_username)

        self.smtp_passwordLabel = QLabel(self.sendingPage)
        self.smtp_passwordLabel.setObjectName(u"smtp_passwordLabel")

        self.smtpFields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.smtp_passwordLabel)

        self.smtp_password = QLineEdit(self.sendingPage)
        self.smtp_password.setObjectName(u"smtp_password")
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.smtpFields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.smtp_password)

        self.from_addressLabel = QLabel(self.sendingPage)
        self.from_addressLabel.setObjectName(u"from_addressLabel")

        self.smtpFields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.from_addressLabel)

        self.from_address = QLineEdit(self.sendingPage)
        self.from_address.setObjectName(u"from_address")

        self.smtpFields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.from_address)

        self.from_nameLabel = QLabel(self.sendingPage)
        self.from_nameLabel.setObjectName(u"from_nameLabel")

        self.smtpFields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.from_nameLabel)

        self.from_name = QLineEdit(self.sendingPage)
        self.from_name.setObjectName(u"from_name")

        self.smtpFields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.from_name)

        self.dispatcher_addressLabel = QLabel(self.sendingPage)
        self.dispatcher_addressLabel.setObjectName(u"dispatcher_addressLabel")

        self.smtpFields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dispatcher_addressLabel)

        self.dispatcher_address = QLineEdit(self.sendingPage)
        self.dispatcher_address.setObjectName(u"dispatcher_address")

        self.smtpFields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dispatcher_address)


        self.sendingLayout.addLayout(self.smtpFields)

        self.sendingEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sendingLayout.addItem(self.sendingEnd)

        self.pages.addTab(self.sendingPage, "")

        self.mainLayout.addWidget(self.pages)

        self.note = QLabel(MailSettingsDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.mainLayout.addWidget(self.note)

        self.problems = QLabel(MailSettingsDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(MailSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reopen_daysLabel.setBuddy(self.reopen_days)
        self.attachment_limitLabel.setBuddy(self.attachment_limit)
        self.automatic_mails_per_hourLabel.setBuddy(self.automatic_mails_per_hour)
        self.smtp_hostLabel.setBuddy(self.smtp_host)
        self.smtp_securityLabel.setBuddy(self.smtp_security)
        self.smtp_portLabel.setBuddy(self.smtp_port)
        self.smtp_usernameLabel.setBuddy(self.smtp_username)
        self.smtp_passwordLabel.setBuddy(self.smtp_password)
        self.from_addressLabel.setBuddy(self.from_address)
        self.from_nameLabel.setBuddy(self.from_name)
        self.dispatcher_addressLabel.setBuddy(self.dispatcher_address)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mailboxes, self.add)
        QWidget.setTabOrder(self.add, self.edit)
        QWidget.setTabOrder(self.edit, self.remove)
        QWidget.setTabOrder(self.remove, self.reopen_days)
        QWidget.setTabOrder(self.reopen_days, self.attachment_limit)
        QWidget.setTabOrder(self.attachment_limit, self.automatic_mails_per_hour)
        QWidget.setTabOrder(self.automatic_mails_per_hour, self.fetch_while_open)
        QWidget.setTabOrder(self.fetch_while_open, self.smtp_host)
        QWidget.setTabOrder(self.smtp_host, self.smtp_security)
        QWidget.setTabOrder(self.smtp_security, self.smtp_port)
        QWidget.setTabOrder(self.smtp_port, self.smtp_username)
        QWidget.setTabOrder(self.smtp_username, self.smtp_password)
        QWidget.setTabOrder(self.smtp_password, self.from_address)
        QWidget.setTabOrder(self.from_address, self.from_name)
        QWidget.setTabOrder(self.from_name, self.dispatcher_address)

        self.retranslateUi(MailSettingsDialog)

        QMetaObject.connectSlotsByName(MailSettingsDialog)
    # setupUi

    def retranslateUi(self, MailSettingsDialog):
        MailSettingsDialog.setWindowTitle(QCoreApplication.translate("MailSettingsDialog", u"Mail settings", None))
        self.mailboxesBox.setTitle(QCoreApplication.translate("MailSettingsDialog", u"Mailboxes the desk takes tickets from", None))
        ___qtablewidgetitem = self.mailboxes.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MailSettingsDialog", u"Name", None))
        ___qtablewidgetitem1 = self.mailboxes.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MailSettingsDialog", u"Server", None))
        ___qtablewidgetitem2 = self.mailboxes.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MailSettingsDialog", u"User name", None))
        ___qtablewidgetitem3 = self.mailboxes.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MailSettingsDialog", u"Folder", None))
        ___qtablewidgetitem4 = self.mailboxes.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MailSettingsDialog", u"Serves", None))
        ___qtablewidgetitem5 = self.mailboxes.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("MailSettingsDialog", u"State", None))
        self.add.setText(QCoreApplication.translate("MailSettingsDialog", u"&Add mailbox\u2026", None))
        self.edit.setText(QCoreApplication.translate("MailSettingsDialog", u"&Edit\u2026", None))
        self.remove.setText(QCoreApplication.translate("MailSettingsDialog", u"&Remove", None))
        self.intakeBox.setTitle(QCoreApplication.translate("MailSettingsDialog", u"Taking mail in", None))
        self.reopen_daysLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"Re&open window (days):", None))
#if QT_CONFIG(tooltip)
        self.reopen_days.setToolTip(QCoreApplication.translate("MailSettingsDialog", u"A reply this many days after a ticket was closed reopens it; a later reply opens a new ticket linked to it.", None))
#endif // QT_CONFIG(tooltip)
        self.attachment_limitLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"&Largest attachment kept (MB):", None))
#if QT_CONFIG(tooltip)
        self.attachment_limit.setToolTip(QCoreApplication.translate("MailSettingsDialog", u"A larger file is not kept; the ticket lists it with the reason.", None))
#endif // QT_CONFIG(tooltip)
        self.automatic_mails_per_hourLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"Automatic &answers per sender and hour:", None))
#if QT_CONFIG(tooltip)
        self.automatic_mails_per_hour.setToolTip(QCoreApplication.translate("MailSettingsDialog", u"At most this many automatic mails go to one sender in an hour, so two machines cannot answer each other for ever.", None))
#endif // QT_CONFIG(tooltip)
        self.fetch_while_open.setText(QCoreApplication.translate("MailSettingsDialog", u"&This desk fetches and sends mail while it is open", None))
#if QT_CONFIG(tooltip)
        self.fetch_while_open.setToolTip(QCoreApplication.translate("MailSettingsDialog", u"While this window is open it watches every mailbox, takes new mail in as it arrives and sends the mail the desk queued. Only one desk or mail service fetches a mailbox at a time.", None))
#endif // QT_CONFIG(tooltip)
        self.pages.setTabText(self.pages.indexOf(self.receivingPage), QCoreApplication.translate("MailSettingsDialog", u"Receiving", None))
        self.sendingIntro.setText(QCoreApplication.translate("MailSettingsDialog", u"The server the desk sends its mail through: confirmations with the ticket's reference, status changes and replies to clients, and notices to the dispatchers. Without a server nothing is sent.", None))
        self.smtp_hostLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"SMTP ser&ver:", None))
        self.smtp_host.setPlaceholderText(QCoreApplication.translate("MailSettingsDialog", u"smtp.example.com, or empty to send nothing", None))
        self.smtp_securityLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"Se&curity:", None))
        self.smtp_portLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"Po&rt:", None))
        self.smtp_usernameLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"User &name:", None))
        self.smtp_passwordLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"Pass&word:", None))
        self.from_addressLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"Sent &from:", None))
        self.from_address.setPlaceholderText(QCoreApplication.translate("MailSettingsDialog", u"support@your-company.example", None))
        self.from_nameLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"Sender's na&me:", None))
        self.from_name.setPlaceholderText(QCoreApplication.translate("MailSettingsDialog", u"e.g. Helpdesk Noord service desk", None))
        self.dispatcher_addressLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"&Dispatchers' address:", None))
#if QT_CONFIG(tooltip)
        self.dispatcher_address.setToolTip(QCoreApplication.translate("MailSettingsDialog", u"Where SLA warnings go by mail; empty: to each dispatcher's own address.", None))
#endif // QT_CONFIG(tooltip)
        self.pages.setTabText(self.pages.indexOf(self.sendingPage), QCoreApplication.translate("MailSettingsDialog", u"Sending", None))
        self.note.setText(QCoreApplication.translate("MailSettingsDialog", u"Mailboxes are added and removed at once; Save keeps the other values.", None))
    # retranslateUi

