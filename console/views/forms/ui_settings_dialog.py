# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(460, 260)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.databaseLabel = QLabel(SettingsDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.database = QLineEdit(SettingsDialog)
        self.database.setObjectName(u"database")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.database)

        self.userLabel = QLabel(SettingsDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.user = QComboBox(SettingsDialog)
        self.user.setObjectName(u"user")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.user)

        self.refreshLabel = QLabel(SettingsDialog)
        self.refreshLabel.setObjectName(u"refreshLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.refreshLabel)

        self.refresh = QSpinBox(SettingsDialog)
        self.refresh.setObjectName(u"refresh")
        self.refresh.setMinimum(10)
        self.refresh.setMaximum(600)
        self.refresh.setValue(60)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.refresh)

        self.themeLabel = QLabel(SettingsDialog)
        self.themeLabel.setObjectName(u"themeLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.theme = QComboBox(SettingsDialog)
        self.theme.setObjectName(u"theme")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.theme)

        self.reopen_daysLabel = QLabel(SettingsDialog)
        self.reopen_daysLabel.setObjectName(u"reopen_daysLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reopen_daysLabel)

        self.reopen_days = QSpinBox(SettingsDialog)
        self.reopen_days.setObjectName(u"reopen_days")
        self.reopen_days.setMinimum(0)
        self.reopen_days.setMaximum(365)
        self.reopen_days.setValue(14)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reopen_days)

        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(SettingsDialog)
        self.language.setObjectName(u"language")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.language)


        self.mainLayout.addLayout(self.fields)

        self.problems = QLabel(SettingsDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.databaseLabel.setBuddy(self.database)
        self.userLabel.setBuddy(self.user)
        self.refreshLabel.setBuddy(self.refresh)
        self.themeLabel.setBuddy(self.theme)
        self.reopen_daysLabel.setBuddy(self.reopen_days)
        self.languageLabel.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.databaseLabel.setText(QCoreApplication.translate("SettingsDialog", u"Database:", None))
        self.database.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"path or URL, used at the next start", None))
        self.userLabel.setText(QCoreApplication.translate("SettingsDialog", u"Signed in as:", None))
        self.refreshLabel.setText(QCoreApplication.translate("SettingsDialog", u"Countdown refresh (seconds):", None))
        self.themeLabel.setText(QCoreApplication.translate("SettingsDialog", u"Colours:", None))
        self.reopen_daysLabel.setText(QCoreApplication.translate("SettingsDialog", u"Reopen window (days):", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Language:", None))
    # retranslateUi

