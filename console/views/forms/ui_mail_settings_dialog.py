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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MailSettingsDialog(object):
    def setupUi(self, MailSettingsDialog):
        if not MailSettingsDialog.objectName():
            MailSettingsDialog.setObjectName(u"MailSettingsDialog")
        MailSettingsDialog.resize(900, 560)
        self.mainLayout = QVBoxLayout(MailSettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mailboxesBox = QGroupBox(MailSettingsDialog)
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


        self.mainLayout.addWidget(self.mailboxesBox)

        self.intakeBox = QGroupBox(MailSettingsDialog)
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


        self.mainLayout.addWidget(self.intakeBox)

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
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mailboxes, self.add)
        QWidget.setTabOrder(self.add, self.edit)
        QWidget.setTabOrder(self.edit, self.remove)
        QWidget.setTabOrder(self.remove, self.reopen_days)
        QWidget.setTabOrder(self.reopen_days, self.attachment_limit)
        QWidget.setTabOrder(self.attachment_limit, self.automatic_mails_per_hour)
        QWidget.setTabOrder(self.automatic_mails_per_hour, self.fetch_while_open)

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
        self.fetch_while_open.setText(QCoreApplication.translate("MailSettingsDialog", u"&This desk fetches mail while it is open", None))
#if QT_CONFIG(tooltip)
        self.fetch_while_open.setToolTip(QCoreApplication.translate("MailSettingsDialog", u"While this window is open it watches every mailbox and takes new mail in as it arrives. Only one desk or mail service fetches a mailbox at a time.", None))
#endif // QT_CONFIG(tooltip)
        self.note.setText(QCoreApplication.translate("MailSettingsDialog", u"Mailboxes are added and removed at once; Save keeps the values under them.", None))
    # retranslateUi

