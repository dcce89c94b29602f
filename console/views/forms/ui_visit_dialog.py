# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_dialog.ui'
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
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QScrollArea, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_VisitDialog(object):
    def setupUi(self, VisitDialog):
        if not VisitDialog.objectName():
            VisitDialog.setObjectName(u"VisitDialog")
        VisitDialog.resize(1000, 720)
        self.mainLayout = QVBoxLayout(VisitDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.scroll = QScrollArea(VisitDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.fields = QFormLayout(self.formPage)
        self.fields.setObjectName(u"fields")
        self.siteLabel = QLabel(self.formPage)
        self.siteLabel.setObjectName(u"siteLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.site = QComboBox(self.formPage)
        self.site.setObjectName(u"site")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.site)

        self.planned_startLabel = QLabel(self.formPage)
        self.planned_startLabel.setObjectName(u"planned_startLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.planned_startLabel)

        self.planned_start = QDateTimeEdit(self.formPage)
        self.planned_start.setObjectName(u"planned_start")
        self.planned_start.setCalendarPopup(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.planned_start)

        self.reserved_hoursLabel = QLabel(self.formPage)
        self.reserved_hoursLabel.setObjectName(u"reserved_hoursLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reserved_hoursLabel)

        self.reserved_hours = QLineEdit(self.formPage)
        self.reserved_hours.setObjectName(u"reserved_hours")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reserved_hours)

        self.skill_levelLabel = QLabel(self.formPage)
        self.skill_levelLabel.setObjectName(u"skill_levelLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.skill_levelLabel)

        self.skill_level = QComboBox(self.formPage)
        self.skill_level.setObjectName(u"skill_level")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.skill_level)

        self.engineers_neededLabel = QLabel(self.formPage)
        self.engineers_neededLabel.setObjectName(u"engineers_neededLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.engineers_neededLabel)

        self.engineers_needed = QSpinBox(self.formPage)
        self.engineers_needed.setObjectName(u"engineers_needed")
        self.engineers_needed.setMinimum(1)
        self.engineers_needed.setMaximum(50)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.engineers_needed)

        self.languagesLabel = QLabel(self.formPage)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languages = QLineEdit(self.formPage)
        self.languages.setObjectName(u"languages")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languages)

        self.urgency_classLabel = QLabel(self.formPage)
        self.urgency_classLabel.setObjectName(u"urgency_classLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.urgency_classLabel)

        self.urgency_class = QSpinBox(self.formPage)
        self.urgency_class.setObjectName(u"urgency_class")
        self.urgency_class.setMinimum(1)
        self.urgency_class.setMaximum(4)
        self.urgency_class.setValue(2)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.urgency_class)

        self.local_contactLabel = QLabel(self.formPage)
        self.local_contactLabel.setObjectName(u"local_contactLabel")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.local_contactLabel)

        self.local_contact = QComboBox(self.formPage)
        self.local_contact.setObjectName(u"local_contact")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.local_contact)

        self.ordering_engineerLabel = QLabel(self.formPage)
        self.ordering_engineerLabel.setObjectName(u"ordering_engineerLabel")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ordering_engineerLabel)

        self.ordering_engineer = QComboBox(self.formPage)
        self.ordering_engineer.setObjectName(u"ordering_engineer")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ordering_engineer)

        self.work_descriptionLabel = QLabel(self.formPage)
        self.work_descriptionLabel.setObjectName(u"work_descriptionLabel")

        self.fields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.work_descriptionLabel)

        self.work_description = QPlainTextEdit(self.formPage)
        self.work_description.setObjectName(u"work_description")
        self.work_description.setTabChangesFocus(True)

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.work_description)

        self.target_hardwareLabel = QLabel(self.formPage)
        self.target_hardwareLabel.setObjectName(u"target_hardwareLabel")

        self.fields.setWidget(10, QFormLayout.ItemRole.LabelRole, self.target_hardwareLabel)

        self.target_hardware = QLineEdit(self.formPage)
        self.target_hardware.setObjectName(u"target_hardware")

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.target_hardware)

        self.work_sequenceLabel = QLabel(self.formPage)
        self.work_sequenceLabel.setObjectName(u"work_sequenceLabel")

        self.fields.setWidget(11, QFormLayout.ItemRole.LabelRole, self.work_sequenceLabel)

        self.work_sequence = QPlainTextEdit(self.formPage)
        self.work_sequence.setObjectName(u"work_sequence")
        self.work_sequence.setTabChangesFocus(True)

        self.fields.setWidget(11, QFormLayout.ItemRole.FieldRole, self.work_sequence)

        self.confirm_beforeLabel = QLabel(self.formPage)
        self.confirm_beforeLabel.setObjectName(u"confirm_beforeLabel")

        self.fields.setWidget(12, QFormLayout.ItemRole.LabelRole, self.confirm_beforeLabel)

        self.confirm_before = QLineEdit(self.formPage)
        self.confirm_before.setObjectName(u"confirm_before")

        self.fields.setWidget(12, QFormLayout.ItemRole.FieldRole, self.confirm_before)

        self.confirm_afterLabel = QLabel(self.formPage)
        self.confirm_afterLabel.setObjectName(u"confirm_afterLabel")

        self.fields.setWidget(13, QFormLayout.ItemRole.LabelRole, self.confirm_afterLabel)

        self.confirm_after = QLineEdit(self.formPage)
        self.confirm_after.setObjectName(u"confirm_after")

        self.fields.setWidget(13, QFormLayout.ItemRole.FieldRole, self.confirm_after)

        self.documents_neededLabel = QLabel(self.formPage)
        self.documents_neededLabel.setObjectName(u"documents_neededLabel")

        self.fields.setWidget(14, QFormLayout.ItemRole.LabelRole, self.documents_neededLabel)

        self.documents_needed = QLineEdit(self.formPage)
        self.documents_needed.setObjectName(u"documents_needed")

        self.fields.setWidget(14, QFormLayout.ItemRole.FieldRole, self.documents_needed)

        self.itemsLabel = QLabel(self.formPage)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.fields.setWidget(15, QFormLayout.ItemRole.LabelRole, self.itemsLabel)

        self.items = QLineEdit(self.formPage)
        self.items.setObjectName(u"items")

        self.fields.setWidget(15, QFormLayout.ItemRole.FieldRole, self.items)

        self.paperworkLabel = QLabel(self.formPage)
        self.paperworkLabel.setObjectName(u"paperworkLabel")

        self.fields.setWidget(16, QFormLayout.ItemRole.LabelRole, self.paperworkLabel)

        self.paperwork = QLineEdit(self.formPage)
        self.paperwork.setObjectName(u"paperwork")

        self.fields.setWidget(16, QFormLayout.ItemRole.FieldRole, self.paperwork)

        self.instructions_attached = QCheckBox(self.formPage)
        self.instructions_attached.setObjectName(u"instructions_attached")

        self.fields.setWidget(17, QFormLayout.ItemRole.SpanningRole, self.instructions_attached)

        self.onsite_assistance = QCheckBox(self.formPage)
        self.onsite_assistance.setObjectName(u"onsite_assistance")

        self.fields.setWidget(18, QFormLayout.ItemRole.SpanningRole, self.onsite_assistance)

        self.travel_needed = QCheckBox(self.formPage)
        self.travel_needed.setObjectName(u"travel_needed")

        self.fields.setWidget(19, QFormLayout.ItemRole.SpanningRole, self.travel_needed)

        self.regular = QCheckBox(self.formPage)
        self.regular.setObjectName(u"regular")

        self.fields.setWidget(20, QFormLayout.ItemRole.SpanningRole, self.regular)

        self.new_workstationsLabel = QLabel(self.formPage)
        self.new_workstationsLabel.setObjectName(u"new_workstationsLabel")

        self.fields.setWidget(21, QFormLayout.ItemRole.LabelRole, self.new_workstationsLabel)

        self.new_workstations = QSpinBox(self.formPage)
        self.new_workstations.setObjectName(u"new_workstations")
        self.new_workstations.setMaximum(500)

        self.fields.setWidget(21, QFormLayout.ItemRole.FieldRole, self.new_workstations)

        self.override_d5Label = QLabel(self.formPage)
        self.override_d5Label.setObjectName(u"override_d5Label")

        self.fields.setWidget(22, QFormLayout.ItemRole.LabelRole, self.override_d5Label)

        self.override_d5 = QLineEdit(self.formPage)
        self.override_d5.setObjectName(u"override_d5")

        self.fields.setWidget(22, QFormLayout.ItemRole.FieldRole, self.override_d5)

        self.scroll.setWidget(self.formPage)

        self.columns.addWidget(self.scroll)

        self.side = QVBoxLayout()
        self.side.setObjectName(u"side")
        self.checksTitle = QLabel(VisitDialog)
        self.checksTitle.setObjectName(u"checksTitle")

        self.side.addWidget(self.checksTitle)

        self.findings = QListWidget(VisitDialog)
        self.findings.setObjectName(u"findings")

        self.side.addWidget(self.findings)

        self.suggestionsTitle = QLabel(VisitDialog)
        self.suggestionsTitle.setObjectName(u"suggestionsTitle")

        self.side.addWidget(self.suggestionsTitle)

        self.suggestions = QListWidget(VisitDialog)
        self.suggestions.setObjectName(u"suggestions")

        self.side.addWidget(self.suggestions)


        self.columns.addLayout(self.side)


        self.mainLayout.addLayout(self.columns)

        self.problems = QLabel(VisitDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(VisitDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.siteLabel.setBuddy(self.site)
        self.planned_startLabel.setBuddy(self.planned_start)
        self.reserved_hoursLabel.setBuddy(self.reserved_hours)
        self.skill_levelLabel.setBuddy(self.skill_level)
        self.engineers_neededLabel.setBuddy(self.engineers_needed)
        self.languagesLabel.setBuddy(self.languages)
        self.urgency_classLabel.setBuddy(self.urgency_class)
        self.local_contactLabel.setBuddy(self.local_contact)
        self.ordering_engineerLabel.setBuddy(self.ordering_engineer)
        self.work_descriptionLabel.setBuddy(self.work_description)
        self.target_hardwareLabel.setBuddy(self.target_hardware)
        self.work_sequenceLabel.setBuddy(self.work_sequence)
        self.confirm_beforeLabel.setBuddy(self.confirm_before)
        self.confirm_afterLabel.setBuddy(self.confirm_after)
        self.documents_neededLabel.setBuddy(self.documents_needed)
        self.itemsLabel.setBuddy(self.items)
        self.paperworkLabel.setBuddy(self.paperwork)
        self.new_workstationsLabel.setBuddy(self.new_workstations)
        self.override_d5Label.setBuddy(self.override_d5)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VisitDialog)

        QMetaObject.connectSlotsByName(VisitDialog)
    # setupUi

    def retranslateUi(self, VisitDialog):
        VisitDialog.setWindowTitle(QCoreApplication.translate("VisitDialog", u"Request a visit", None))
        self.siteLabel.setText(QCoreApplication.translate("VisitDialog", u"Site:", None))
        self.planned_startLabel.setText(QCoreApplication.translate("VisitDialog", u"Planned start:", None))
        self.planned_start.setDisplayFormat(QCoreApplication.translate("VisitDialog", u"yyyy-MM-dd HH:mm", None))
        self.reserved_hoursLabel.setText(QCoreApplication.translate("VisitDialog", u"Reserved hours:", None))
        self.reserved_hours.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"empty: 2 h + 30 min grace", None))
        self.skill_levelLabel.setText(QCoreApplication.translate("VisitDialog", u"Skill level:", None))
        self.engineers_neededLabel.setText(QCoreApplication.translate("VisitDialog", u"Engineers needed:", None))
        self.languagesLabel.setText(QCoreApplication.translate("VisitDialog", u"Languages:", None))
        self.languages.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"comma separated codes, e.g. nl, en", None))
        self.urgency_classLabel.setText(QCoreApplication.translate("VisitDialog", u"Urgency class:", None))
        self.local_contactLabel.setText(QCoreApplication.translate("VisitDialog", u"Local contact:", None))
        self.ordering_engineerLabel.setText(QCoreApplication.translate("VisitDialog", u"Ordering engineer:", None))
        self.work_descriptionLabel.setText(QCoreApplication.translate("VisitDialog", u"Work description:", None))
        self.target_hardwareLabel.setText(QCoreApplication.translate("VisitDialog", u"Target hardware:", None))
        self.work_sequenceLabel.setText(QCoreApplication.translate("VisitDialog", u"Work sequence:", None))
        self.confirm_beforeLabel.setText(QCoreApplication.translate("VisitDialog", u"Confirm before:", None))
        self.confirm_afterLabel.setText(QCoreApplication.translate("VisitDialog", u"Confirm after:", None))
        self.documents_neededLabel.setText(QCoreApplication.translate("VisitDialog", u"Documents needed:", None))
        self.itemsLabel.setText(QCoreApplication.translate("VisitDialog", u"Items to bring:", None))
        self.items.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"comma separated", None))
        self.paperworkLabel.setText(QCoreApplication.translate("VisitDialog", u"Paperwork:", None))
        self.paperwork.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"comma separated", None))
        self.instructions_attached.setText(QCoreApplication.translate("VisitDialog", u"Written instructions attached", None))
        self.onsite_assistance.setText(QCoreApplication.translate("VisitDialog", u"On-site assistance by the client", None))
        self.travel_needed.setText(QCoreApplication.translate("VisitDialog", u"Travel needs booking", None))
        self.regular.setText(QCoreApplication.translate("VisitDialog", u"Regular visit", None))
        self.new_workstationsLabel.setText(QCoreApplication.translate("VisitDialog", u"New workstations:", None))
        self.override_d5Label.setText(QCoreApplication.translate("VisitDialog", u"Visit without local contact because:", None))
        self.override_d5.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"only when the client insists on a visit without local contact", None))
        self.checksTitle.setText(QCoreApplication.translate("VisitDialog", u"Dispatch checks", None))
        self.suggestionsTitle.setText(QCoreApplication.translate("VisitDialog", u"Engineers (tick to assign)", None))
    # retranslateUi

