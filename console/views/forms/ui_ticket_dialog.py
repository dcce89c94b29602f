# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ticket_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_TicketDialog(object):
    def setupUi(self, TicketDialog):
        if not TicketDialog.objectName():
            TicketDialog.setObjectName(u"TicketDialog")
        TicketDialog.resize(520, 480)
        self.mainLayout = QVBoxLayout(TicketDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.clientLabel = QLabel(TicketDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.client = QComboBox(TicketDialog)
        self.client.setObjectName(u"client")
        self.client.setEditable(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.client)

        self.siteLabel = QLabel(TicketDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.site = QComboBox(TicketDialog)
        self.site.setObjectName(u"site")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.site)

        self.contractLabel = QLabel(TicketDialog)
        self.contractLabel.setObjectName(u"contractLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contractLabel)

        self.contract = QComboBox(TicketDialog)
        self.contract.setObjectName(u"contract")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contract)

        self.requesterLabel = QLabel(TicketDialog)
        self.requesterLabel.setObjectName(u"requesterLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.requesterLabel)

        self.requesterRow = QHBoxLayout()
        self.requesterRow.setObjectName(u"requesterRow")
        self.requester = QComboBox(TicketDialog)
        self.requester.setObjectName(u"requester")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.requester.sizePolicy().hasHeightForWidth())
        self.requester.setSizePolicy(sizePolicy)

        self.requesterRow.addWidget(self.requester)

        self.newRequester = QPushButton(TicketDialog)
        self.newRequester.setObjectName(u"newRequester")
        self.newRequester.setAutoDefault(False)

        self.requesterRow.addWidget(self.newRequester)


        self.fields.setLayout(3, QFormLayout.ItemRole.FieldRole, self.requesterRow)

        self.titleLabel = QLabel(TicketDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(TicketDialog)
        self.title.setObjectName(u"title")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.title)

        self.categoryLabel = QLabel(TicketDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(TicketDialog)
        self.category.setObjectName(u"category")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.category)

        self.priorityLabel = QLabel(TicketDialog)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priority = QComboBox(TicketDialog)
        self.priority.setObjectName(u"priority")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.priority)

        self.channelLabel = QLabel(TicketDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QComboBox(TicketDialog)
        self.channel.setObjectName(u"channel")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.channel)

        self.descriptionLabel = QLabel(TicketDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(TicketDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.description)

        self.emergency = QCheckBox(TicketDialog)
        self.emergency.setObjectName(u"emergency")

        self.fields.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.emergency)


        self.mainLayout.addLayout(self.fields)

        self.problems = QLabel(TicketDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(TicketDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.clientLabel.setBuddy(self.client)
        self.siteLabel.setBuddy(self.site)
        self.contractLabel.setBuddy(self.contract)
        self.requesterLabel.setBuddy(self.requester)
        self.titleLabel.setBuddy(self.title)
        self.categoryLabel.setBuddy(self.category)
        self.priorityLabel.setBuddy(self.priority)
        self.channelLabel.setBuddy(self.channel)
        self.descriptionLabel.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TicketDialog)

        QMetaObject.connectSlotsByName(TicketDialog)
    # setupUi

    def retranslateUi(self, TicketDialog):
        TicketDialog.setWindowTitle(QCoreApplication.translate("TicketDialog", u"New ticket", None))
        self.clientLabel.setText(QCoreApplication.translate("TicketDialog", u"Client:", None))
        self.siteLabel.setText(QCoreApplication.translate("TicketDialog", u"Site:", None))
        self.contractLabel.setText(QCoreApplication.translate("TicketDialog", u"Contract:", None))
        self.requesterLabel.setText(QCoreApplication.translate("TicketDialog", u"Requester:", None))
        self.newRequester.setText(QCoreApplication.translate("TicketDialog", u"New contact\u2026", None))
#if QT_CONFIG(tooltip)
        self.newRequester.setToolTip(QCoreApplication.translate("TicketDialog", u"Register the person who asks as a new contact of this client", None))
#endif // QT_CONFIG(tooltip)
        self.titleLabel.setText(QCoreApplication.translate("TicketDialog", u"Title:", None))
        self.title.setPlaceholderText(QCoreApplication.translate("TicketDialog", u"What is wrong, in a few words", None))
        self.categoryLabel.setText(QCoreApplication.translate("TicketDialog", u"Category:", None))
        self.priorityLabel.setText(QCoreApplication.translate("TicketDialog", u"Priority:", None))
        self.channelLabel.setText(QCoreApplication.translate("TicketDialog", u"Channel:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("TicketDialog", u"Description:", None))
        self.emergency.setText(QCoreApplication.translate("TicketDialog", u"Emergency (Express help)", None))
    # retranslateUi

