# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'engineer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_EngineerDialog(object):
    def setupUi(self, EngineerDialog):
        if not EngineerDialog.objectName():
            EngineerDialog.setObjectName(u"EngineerDialog")
        EngineerDialog.resize(580, 410)
        self.mainLayout = QVBoxLayout(EngineerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.nameLabel = QLabel(EngineerDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLabel(EngineerDialog)
        self.name.setObjectName(u"name")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.skill_levelLabel = QLabel(EngineerDialog)
        self.skill_levelLabel.setObjectName(u"skill_levelLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.skill_levelLabel)

        self.skill_level = QComboBox(EngineerDialog)
        self.skill_level.setObjectName(u"skill_level")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.skill_level)

        self.skillsLabel = QLabel(EngineerDialog)
        self.skillsLabel.setObjectName(u"skillsLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.skillsLabel)

        self.skills = QLineEdit(EngineerDialog)
        self.skills.setObjectName(u"skills")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.skills)

        self.languagesLabel = QLabel(EngineerDialog)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languages = QLineEdit(EngineerDialog)
        self.languages.setObjectName(u"languages")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languages)

        self.plannedLabel = QLabel(EngineerDialog)
        self.plannedLabel.setObjectName(u"plannedLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.plannedLabel)

        self.plannedBox = QVBoxLayout()
        self.plannedBox.setObjectName(u"plannedBox")
        self.planned = QListWidget(EngineerDialog)
        self.planned.setObjectName(u"planned")
        self.planned.setMaximumSize(QSize(16777215, 110))

        self.plannedBox.addWidget(self.planned)

        self.remove_leave = QPushButton(EngineerDialog)
        self.remove_leave.setObjectName(u"remove_leave")
        self.remove_leave.setEnabled(False)

        self.plannedBox.addWidget(self.remove_leave)


        self.fields.setLayout(4, QFormLayout.ItemRole.FieldRole, self.plannedBox)

        self.leave_fromLabel = QLabel(EngineerDialog)
        self.leave_fromLabel.setObjectName(u"leave_fromLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.leave_fromLabel)

        self.leave_from = QDateEdit(EngineerDialog)
        self.leave_from.setObjectName(u"leave_from")
        self.leave_from.setCalendarPopup(True)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.leave_from)

        self.leave_toLabel = QLabel(EngineerDialog)
        self.leave_toLabel.setObjectName(u"leave_toLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.leave_toLabel)

        self.leave_to = QDateEdit(EngineerDialog)
        self.leave_to.setObjectName(u"leave_to")
        self.leave_to.setCalendarPopup(True)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.leave_to)

        self.leave_kindLabel = QLabel(EngineerDialog)
        self.leave_kindLabel.setObjectName(u"leave_kindLabel")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.leave_kindLabel)

        self.leave_kind = QComboBox(EngineerDialog)
        self.leave_kind.setObjectName(u"leave_kind")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.leave_kind)

        self.add_leave = QCheckBox(EngineerDialog)
        self.add_leave.setObjectName(u"add_leave")

        self.fields.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.add_leave)


        self.mainLayout.addLayout(self.fields)

        self.problems = QLabel(EngineerDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(EngineerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.skill_levelLabel.setBuddy(self.skill_level)
        self.skillsLabel.setBuddy(self.skills)
        self.languagesLabel.setBuddy(self.languages)
        self.plannedLabel.setBuddy(self.planned)
        self.leave_fromLabel.setBuddy(self.leave_from)
        self.leave_toLabel.setBuddy(self.leave_to)
        self.leave_kindLabel.setBuddy(self.leave_kind)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EngineerDialog)

        QMetaObject.connectSlotsByName(EngineerDialog)
    # setupUi

    def retranslateUi(self, EngineerDialog):
        EngineerDialog.setWindowTitle(QCoreApplication.translate("EngineerDialog", u"Engineer", None))
        self.nameLabel.setText(QCoreApplication.translate("EngineerDialog", u"Name:", None))
        self.skill_levelLabel.setText(QCoreApplication.translate("EngineerDialog", u"Skill level:", None))
        self.skillsLabel.setText(QCoreApplication.translate("EngineerDialog", u"Skills:", None))
        self.skills.setPlaceholderText(QCoreApplication.translate("EngineerDialog", u"comma separated, e.g. cisco, windows server", None))
        self.languagesLabel.setText(QCoreApplication.translate("EngineerDialog", u"Languages:", None))
        self.languages.setPlaceholderText(QCoreApplication.translate("EngineerDialog", u"comma separated codes, e.g. nl, en", None))
        self.plannedLabel.setText(QCoreApplication.translate("EngineerDialog", u"Planned leave:", None))
        self.remove_leave.setText(QCoreApplication.translate("EngineerDialog", u"Remove the selected leave", None))
        self.leave_fromLabel.setText(QCoreApplication.translate("EngineerDialog", u"Leave from:", None))
        self.leave_from.setDisplayFormat(QCoreApplication.translate("EngineerDialog", u"yyyy-MM-dd", None))
        self.leave_toLabel.setText(QCoreApplication.translate("EngineerDialog", u"Leave to:", None))
        self.leave_to.setDisplayFormat(QCoreApplication.translate("EngineerDialog", u"yyyy-MM-dd", None))
        self.leave_kindLabel.setText(QCoreApplication.translate("EngineerDialog", u"Leave kind:", None))
        self.add_leave.setText(QCoreApplication.translate("EngineerDialog", u"Add this leave (a colleague covers)", None))
    # retranslateUi

