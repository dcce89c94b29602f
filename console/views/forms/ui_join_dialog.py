# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'join_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QProgressBar, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_JoinDialog(object):
    def setupUi(self, JoinDialog):
        if not JoinDialog.objectName():
            JoinDialog.setObjectName(u"JoinDialog")
        JoinDialog.resize(560, 380)
        JoinDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(JoinDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(JoinDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.urlLabel = QLabel(JoinDialog)
        self.urlLabel.setObjectName(u"urlLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.urlLabel)

        self.url = QLineEdit(JoinDialog)
        self.url.setObjectName(u"url")
        self.url.setPlaceholderText(u"postgresql://your-login@db.example.com/dispatch")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.url)

        self.passwordLabel = QLabel(JoinDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(JoinDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)

        self.remember = QCheckBox(JoinDialog)
        self.remember.setObjectName(u"remember")
        self.remember.setChecked(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.remember)

        self.upload = QCheckBox(JoinDialog)
        self.upload.setObjectName(u"upload")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.upload)


        self.mainLayout.addLayout(self.fields)

        self.note = QLabel(JoinDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.mainLayout.addWidget(self.note)

        self.progress = QProgressBar(JoinDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.mainLayout.addWidget(self.progress)

        self.problems = QLabel(JoinDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problems)

        self.bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottom)

        self.buttons = QDialogButtonBox(JoinDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.urlLabel.setBuddy(self.url)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.url, self.password)
        QWidget.setTabOrder(self.password, self.remember)
        QWidget.setTabOrder(self.remember, self.upload)

        self.retranslateUi(JoinDialog)

        QMetaObject.connectSlotsByName(JoinDialog)
    # setupUi

    def retranslateUi(self, JoinDialog):
        JoinDialog.setWindowTitle(QCoreApplication.translate("JoinDialog", u"Join a shared database", None))
        self.intro.setText(QCoreApplication.translate("JoinDialog", u"This desk then works with the rest of the team: its changes go to the shared database and theirs come here, every minute and whenever the network returns. Work done offline waits and goes with the next sync. Your administrator gives you the address and a login.", None))
        self.urlLabel.setText(QCoreApplication.translate("JoinDialog", u"Shared &database:", None))
        self.passwordLabel.setText(QCoreApplication.translate("JoinDialog", u"Pass&word:", None))
        self.password.setPlaceholderText(QCoreApplication.translate("JoinDialog", u"leave empty to use the one in the keyring", None))
        self.remember.setText(QCoreApplication.translate("JoinDialog", u"&Remember the password in the system keyring", None))
#if QT_CONFIG(tooltip)
        self.remember.setToolTip(QCoreApplication.translate("JoinDialog", u"Unticked, the password is used for this session only and asked again after a restart.", None))
#endif // QT_CONFIG(tooltip)
        self.upload.setText(QCoreApplication.translate("JoinDialog", u"&Send this store's records to the shared database", None))
#if QT_CONFIG(tooltip)
        self.upload.setToolTip(QCoreApplication.translate("JoinDialog", u"Only for a shared database that is still empty, signed in as a dispatcher, a service manager or an administrator.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

