# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(520, 660)
        self.mainLayout = QVBoxLayout(SetupDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(SetupDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.legal_nameLabel = QLabel(SetupDialog)
        self.legal_nameLabel.setObjectName(u"legal_nameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.legal_nameLabel)

        self.legal_name = QLineEdit(SetupDialog)
        self.legal_name.setObjectName(u"legal_name")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.legal_name)

        self.trading_nameLabel = QLabel(SetupDialog)
        self.trading_nameLabel.setObjectName(u"trading_nameLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trading_nameLabel)

        self.trading_name = QLineEdit(SetupDialog)
        self.trading_name.setObjectName(u"trading_name")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trading_name)

        self.address_linesLabel = QLabel(SetupDialog)
        self.address_linesLabel.setObjectName(u"address_linesLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.address_linesLabel)

        self.address_lines = QPlainTextEdit(SetupDialog)
        self.address_lines.setObjectName(u"address_lines")
        self.address_lines.setMaximumSize(QSize(16777215, 64))
        self.address_lines.setTabChangesFocus(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address_lines)

        self.postcodeLabel = QLabel(SetupDialog)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcode = QLineEdit(SetupDialog)
        self.postcode.setObjectName(u"postcode")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.postcode)

        self.cityLabel = QLabel(SetupDialog)
        self.cityLabel.setObjectName(u"cityLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.city = QLineEdit(SetupDialog)
        self.city.setObjectName(u"city")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.city)

        self.countryLabel = QLabel(SetupDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.country = QLineEdit(SetupDialog)
        self.country.setObjectName(u"country")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.country)

        self.vat_idLabel = QLabel(SetupDialog)
        self.vat_idLabel.setObjectName(u"vat_idLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.vat_idLabel)

        self.vat_id = QLineEdit(SetupDialog)
        self.vat_id.setObjectName(u"vat_id")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.vat_id)

        self.registration_numberLabel = QLabel(SetupDialog)
        self.registration_numberLabel.setObjectName(u"registration_numberLabel")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.registration_numberLabel)

        self.registration_number = QLineEdit(SetupDialog)
        self.registration_number.setObjectName(u"registration_number")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.registration_number)

        self.ibanLabel = QLabel(SetupDialog)
        self.ibanLabel.setObjectName(u"ibanLabel")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ibanLabel)

        self.iban = QLineEdit(SetupDialog)
        self.iban.setObjectName(u"iban")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.iban)

        self.bicLabel = QLabel(SetupDialog)
        self.bicLabel.setObjectName(u"bicLabel")

        self.fields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.bicLabel)

        self.bic = QLineEdit(SetupDialog)
        self.bic.setObjectName(u"bic")

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.bic)

        self.emailLabel = QLabel(SetupDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.fields.setWidget(10, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(SetupDialog)
        self.email.setObjectName(u"email")

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.email)

        self.phoneLabel = QLabel(SetupDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fields.setWidget(11, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(SetupDialog)
        self.phone.setObjectName(u"phone")

        self.fields.setWidget(11, QFormLayout.ItemRole.FieldRole, self.phone)

        self.currencyLabel = QLabel(SetupDialog)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.fields.setWidget(12, QFormLayout.ItemRole.LabelRole, self.currencyLabel)

        self.currency = QLineEdit(SetupDialog)
        self.currency.setObjectName(u"currency")

        self.fields.setWidget(12, QFormLayout.ItemRole.FieldRole, self.currency)

        self.tax_rateLabel = QLabel(SetupDialog)
        self.tax_rateLabel.setObjectName(u"tax_rateLabel")

        self.fields.setWidget(13, QFormLayout.ItemRole.LabelRole, self.tax_rateLabel)

        self.tax_rate = QLineEdit(SetupDialog)
        self.tax_rate.setObjectName(u"tax_rate")

        self.fields.setWidget(13, QFormLayout.ItemRole.FieldRole, self.tax_rate)

        self.reduced_tax_rateLabel = QLabel(SetupDialog)
        self.reduced_tax_rateLabel.setObjectName(u"reduced_tax_rateLabel")

        self.fields.setWidget(14, QFormLayout.ItemRole.LabelRole, self.reduced_tax_rateLabel)

        self.reduced_tax_rate = QLineEdit(SetupDialog)
        self.reduced_tax_rate.setObjectName(u"reduced_tax_rate")

        self.fields.setWidget(14, QFormLayout.ItemRole.FieldRole, self.reduced_tax_rate)

        self.invoice_prefixLabel = QLabel(SetupDialog)
        self.invoice_prefixLabel.setObjectName(u"invoice_prefixLabel")

        self.fields.setWidget(15, QFormLayout.ItemRole.LabelRole, self.invoice_prefixLabel)

        self.invoice_prefix = QLineEdit(SetupDialog)
        self.invoice_prefix.setObjectName(u"invoice_prefix")

        self.fields.setWidget(15, QFormLayout.ItemRole.FieldRole, self.invoice_prefix)

        self.languageLabel = QLabel(SetupDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.fields.setWidget(16, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(SetupDialog)
        self.language.setObjectName(u"language")

        self.fields.setWidget(16, QFormLayout.ItemRole.FieldRole, self.language)

        self.time_zoneLabel = QLabel(SetupDialog)
        self.time_zoneLabel.setObjectName(u"time_zoneLabel")

        self.fields.setWidget(17, QFormLayout.ItemRole.LabelRole, self.time_zoneLabel)

        self.time_zone = QLineEdit(SetupDialog)
        self.time_zone.setObjectName(u"time_zone")

        self.fields.setWidget(17, QFormLayout.ItemRole.FieldRole, self.time_zone)

        self.holiday_countryLabel = QLabel(SetupDialog)
        self.holiday_countryLabel.setObjectName(u"holiday_countryLabel")

        self.fields.setWidget(18, QFormLayout.ItemRole.LabelRole, self.holiday_countryLabel)

        self.holiday_country = QLineEdit(SetupDialog)
        self.holiday_country.setObjectName(u"holiday_country")

        self.fields.setWidget(18, QFormLayout.ItemRole.FieldRole, self.holiday_country)

        self.holiday_subdivisionLabel = QLabel(SetupDialog)
        self.holiday_subdivisionLabel.setObjectName(u"holiday_subdivisionLabel")

        self.fields.setWidget(19, QFormLayout.ItemRole.LabelRole, self.holiday_subdivisionLabel)

        self.holiday_subdivision = QLineEdit(SetupDialog)
        self.holiday_subdivision.setObjectName(u"holiday_subdivision")

        self.fields.setWidget(19, QFormLayout.ItemRole.FieldRole, self.holiday_subdivision)


        self.mainLayout.addLayout(self.fields)

        self.problems = QLabel(SetupDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(SetupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.legal_nameLabel.setBuddy(self.legal_name)
        self.trading_nameLabel.setBuddy(self.trading_name)
        self.address_linesLabel.setBuddy(self.address_lines)
        self.postcodeLabel.setBuddy(self.postcode)
        self.cityLabel.setBuddy(self.city)
        self.countryLabel.setBuddy(self.country)
        self.vat_idLabel.setBuddy(self.vat_id)
        self.registration_numberLabel.setBuddy(self.registration_number)
        self.ibanLabel.setBuddy(self.iban)
        self.bicLabel.setBuddy(self.bic)
        self.emailLabel.setBuddy(self.email)
        self.phoneLabel.setBuddy(self.phone)
        self.currencyLabel.setBuddy(self.currency)
        self.tax_rateLabel.setBuddy(self.tax_rate)
        self.reduced_tax_rateLabel.setBuddy(self.reduced_tax_rate)
        self.invoice_prefixLabel.setBuddy(self.invoice_prefix)
        self.languageLabel.setBuddy(self.language)
        self.time_zoneLabel.setBuddy(self.time_zone)
        self.holiday_countryLabel.setBuddy(self.holiday_country)
        self.holiday_subdivisionLabel.setBuddy(self.holiday_subdivision)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupDialog)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Company profile", None))
        self.intro.setText(QCoreApplication.translate("SetupDialog", u"Your own company, as every work order, report and invoice names it. Every desk prints the same profile.", None))
        self.legal_nameLabel.setText(QCoreApplication.translate("SetupDialog", u"Legal name:", None))
        self.legal_name.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"as registered; printed on every invoice", None))
        self.trading_nameLabel.setText(QCoreApplication.translate("SetupDialog", u"Trading name:", None))
        self.trading_name.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"optional", None))
        self.address_linesLabel.setText(QCoreApplication.translate("SetupDialog", u"Street address:", None))
        self.address_lines.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"one line per line", None))
        self.postcodeLabel.setText(QCoreApplication.translate("SetupDialog", u"Postcode:", None))
        self.postcode.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"optional", None))
        self.cityLabel.setText(QCoreApplication.translate("SetupDialog", u"City:", None))
        self.countryLabel.setText(QCoreApplication.translate("SetupDialog", u"Country:", None))
        self.country.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"two-letter code, e.g. NL", None))
        self.vat_idLabel.setText(QCoreApplication.translate("SetupDialog", u"VAT id:", None))
        self.vat_id.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"e.g. NL001234567B01", None))
        self.registration_numberLabel.setText(QCoreApplication.translate("SetupDialog", u"Registration number:", None))
        self.registration_number.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"optional, e.g. chamber of commerce", None))
        self.ibanLabel.setText(QCoreApplication.translate("SetupDialog", u"IBAN:", None))
        self.bicLabel.setText(QCoreApplication.translate("SetupDialog", u"BIC:", None))
        self.bic.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"optional", None))
        self.emailLabel.setText(QCoreApplication.translate("SetupDialog", u"E-mail:", None))
        self.phoneLabel.setText(QCoreApplication.translate("SetupDialog", u"Phone:", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"with country code, e.g. +31 20 123 4567", None))
        self.currencyLabel.setText(QCoreApplication.translate("SetupDialog", u"Currency:", None))
        self.currency.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"e.g. EUR", None))
        self.tax_rateLabel.setText(QCoreApplication.translate("SetupDialog", u"Tax rate (%):", None))
        self.tax_rate.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"e.g. 21", None))
        self.reduced_tax_rateLabel.setText(QCoreApplication.translate("SetupDialog", u"Reduced tax rate (%):", None))
        self.reduced_tax_rate.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"optional, e.g. 9", None))
        self.invoice_prefixLabel.setText(QCoreApplication.translate("SetupDialog", u"Invoice prefix:", None))
        self.invoice_prefix.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"in front of invoice numbers, e.g. DC", None))
        self.languageLabel.setText(QCoreApplication.translate("SetupDialog", u"Document language:", None))
        self.time_zoneLabel.setText(QCoreApplication.translate("SetupDialog", u"Time zone:", None))
        self.time_zone.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"e.g. Europe/Amsterdam", None))
        self.holiday_countryLabel.setText(QCoreApplication.translate("SetupDialog", u"Holidays of country:", None))
        self.holiday_country.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"two-letter code, e.g. NL", None))
        self.holiday_subdivisionLabel.setText(QCoreApplication.translate("SetupDialog", u"Holidays of region:", None))
        self.holiday_subdivision.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"optional: province or state", None))
    # retranslateUi

