# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'end_contract_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_EndContractDialog(object):
    def setupUi(self, EndContractDialog):
        if not EndContractDialog.objectName():
            EndContractDialog.setObjectName(u"EndContractDialog")
        EndContractDialog.resize(420, 180)
        self.mainLayout = QVBoxLayout(EndContractDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(EndContractDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.last_dayLabel = QLabel(EndContractDialog)
        self.last_dayLabel.setObjectName(u"last_dayLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.last_dayLabel)

        self.last_day = QDateEdit(EndContractDialog)
        self.last_day.setObjectName(u"last_day")
        self.last_day.setCalendarPopup(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.last_day)


        self.mainLayout.addLayout(self.fields)

        self.problems = QLabel(EndContractDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problems)

        self.filler = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.filler)

        self.buttons = QDialogButtonBox(EndContractDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.last_dayLabel.setBuddy(self.last_day)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EndContractDialog)

        QMetaObject.connectSlotsByName(EndContractDialog)
    # setupUi

    def retranslateUi(self, EndContractDialog):
        EndContractDialog.setWindowTitle(QCoreApplication.translate("EndContractDialog", u"End contract", None))
        self.intro.setText(QCoreApplication.translate("EndContractDialog", u"The contract covers work up to and including its last day; it stays on file, with its tickets and invoices.", None))
        self.last_dayLabel.setText(QCoreApplication.translate("EndContractDialog", u"Last day:", None))
        self.last_day.setDisplayFormat(QCoreApplication.translate("EndContractDialog", u"yyyy-MM-dd", None))
    # retranslateUi

