"""Preview a document inside the app, save it, and print it through the system dialog.

An issued invoice can also be saved as its e-invoice (UBL 2.1, Peppol BIS Billing 3.0) and
as a PDF with that e-invoice embedded (Factur-X). Save as… writes an invoice the way its
client asks for it: the Factur-X PDF, or the PDF with the UBL file beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from console.enums import EInvoiceFormat
from console.reports.kinds import formats_of, render_document
from console.reports.output import write_atomically
from console.reports.request import DocumentRequest
from console.services.master_data.clients import invoice_format
from console.views.background import run_in_background
from console.views.context import DeskContext
from console.views.errors import show_error, user_message

ZOOM_STEP = 1.25
UBL = "ubl"
FACTURX = "facturx"  # an invoice's PDF with its e-invoice embedded, where the registry has it


class DocumentViewer(QDialog):
    """One rendered document: pages to scroll and zoom, Save as…, Print…."""

    ready = Signal()
    failed = Signal(str)

    def __init__(
        self, desk: DeskContext, request: DocumentRequest, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.request = request
        self.data = b""
        self.wanted = EInvoiceFormat.PDF  # how the invoice's client wants it (once rendered)
        self.setWindowTitle(request.file_name())
        self.setObjectName("documentViewer")
        self.resize(900, 1000)
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.status = QLabel(self.tr("Preparing the document…"))
        self.status.setObjectName("documentStatus")
        self.save_button = self._button(
            self.tr("&Save as…"), self.save_as, QKeySequence.StandardKey.Save
        )
        self.print_button = self._button(
            self.tr("&Print…"), self.print_dialog, QKeySequence.StandardKey.Print
        )
        self.ubl_button = self._button(self.tr("Save &e-invoice (UBL)…"), self.save_ubl_as, None)
        self.ubl_button.setObjectName("saveUblButton")
        self.ubl_button.setToolTip(
            self.tr("Save this invoice as an e-invoice (UBL 2.1, Peppol BIS Billing 3.0)")
        )
        self.ubl_button.setVisible(UBL in formats_of(request.kind))
        self.facturx_button = self._button(
            self.tr("Save &Factur-X PDF…"), self.save_facturx_as, None
        )
        self.facturx_button.setObjectName("saveFacturXButton")
        self.facturx_button.setToolTip(
            self.tr("Save this invoice as a PDF with its e-invoice embedded (Factur-X, PDF/A-3)")
        )
        self.facturx_button.setVisible(FACTURX in formats_of(request.kind))
        zoom_out = self._button(
            self.tr("Zoom out"), lambda: self.zoom(1 / ZOOM_STEP), QKeySequence.StandardKey.ZoomOut
        )
        zoom_in = self._button(
            self.tr("Zoom in"), lambda: self.zoom(ZOOM_STEP), QKeySequence.StandardKey.ZoomIn
        )
        fit = self._button(self.tr("Fit width"), self.fit_width, "Ctrl+0")
        close = self._button(self.tr("Close"), self.reject, None)
        bar = QHBoxLayout()
        for widget in (self.save_button, self.ubl_button, self.facturx_button, self.print_button,
                       zoom_out, zoom_in, fit):  # fmt: skip
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._set_loaded(False)

    def _button(
        self, text: str, slot: Callable[[], object], key: QKeySequence.StandardKey | str | None
    ) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: slot())
        if key is not None:
            button.setShortcut(QKeySequence(key))
        return button

    def _set_loaded(self, loaded: bool) -> None:
        self.save_button.setEnabled(loaded)
        self.print_button.setEnabled(loaded)
        # only what could be printed has an e-invoice: an issued invoice, not a draft
        self.ubl_button.setEnabled(loaded)
        self.facturx_button.setEnabled(loaded)

    # -- rendering ------------------------------------------------------------------------
    def start(self) -> None:
        """Render off the window's thread; the dialog stays responsive meanwhile."""

        # The user may close the viewer before a long day sheet is ready: then drop it.
        def done(rendered: tuple[bytes, EInvoiceFormat]) -> None:
            if isValid(self):
                self.wanted = rendered[1]
                self._say_what_save_writes()
                self.show_pdf(rendered[0])

        def failed(error: BaseException) -> None:
            if isValid(self):
                self._render_failed(error)

        run_in_background(self._render_as_wanted, done, failed)

    def _render(self) -> bytes:
        # Its own session, only read: an issued invoice shows the PDF archived on issue.
        with self.desk.session() as session:
            return render_document(session, self.request, self.desk.now())

    def _render_as_wanted(self) -> tuple[bytes, EInvoiceFormat]:
        """The PDF to show, and how the invoice's client wants its invoices saved."""
        data = self._render()
        wanted = EInvoiceFormat.PDF
        if self.request.kind == "invoice" and self.request.invoice:
            wanted = invoice_format(self.desk.session, self.request.invoice)
        if wanted is EInvoiceFormat.FACTUR_X and FACTURX not in formats_of(self.request.kind):
            wanted = EInvoiceFormat.PDF  # no Factur-X writer registered: the PDF as shown
        return data, wanted

    def _say_what_save_writes(self) -> None:
        if self.wanted is EInvoiceFormat.FACTUR_X:
            self.save_button.setToolTip(
                self.tr(
                    "This client asks for its invoices as a PDF with the e-invoice embedded "
                    "(Factur-X): Save as… writes that PDF"
                )
            )
        elif self.wanted is EInvoiceFormat.UBL:
            self.save_button.setToolTip(
                self.tr(
                    "This client asks for its invoices as a PDF and a UBL file: Save as… "
                    "writes both, side by side"
                )
            )

    def _render_failed(self, error: BaseException) -> None:
        message = user_message(error)
        self.status.setText(message)
        self.failed.emit(message)

    def show_pdf(self, data: bytes) -> None:
        """Show these PDF bytes."""
        self.data = data
        self._buffer.close()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        self.status.setText(
            self.tr("%1 page(s), %2 KB")
            .replace("%1", str(pages))
            .replace("%2", f"{len(data) / 1024:,.0f}")
        )
        self._set_loaded(pages > 0)
        self.ready.emit()

    # -- zoom -----------------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        """Zoom by a factor, from whatever fits now."""
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(6.0, self.view.zoomFactor() * factor)))

    def fit_width(self) -> None:
        """Fit the page width to the window again."""
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # -- saving and printing --------------------------------------------------------------
    def save_as(self) -> Path | None:
        """Ask where, then write the same bytes the preview shows."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the document"), self.request.file_name(), self.tr("PDF (*.pdf)")
        )
        if not name:
            return None
        return self.save_to(Path(name))

    def save_to(self, path: Path) -> Path | None:
        """Write the document to a file, whole or not at all: an invoice as its client wants
        it (the Factur-X PDF, or the PDF with its UBL file beside it), else what is shown."""
        if self.wanted is EInvoiceFormat.FACTUR_X:
            return self.save_facturx_to(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_atomically(path, self.data)
        except Exception as exc:  # shown to the user in words
            show_error(self, exc, self.tr("Could not save the document"))
            return None
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))
        if self.wanted is EInvoiceFormat.UBL:
            beside = self.save_ubl_to(path.with_suffix(".xml"))
            if beside is not None:
                self.status.setText(
                    self.tr("Saved to %1, its e-invoice to %2")
                    .replace("%1", str(path))
                    .replace("%2", beside.name)
                )
        return path

    def save_ubl_as(self) -> Path | None:
        """Ask where, then write the invoice's e-invoice (UBL XML)."""
        stem = Path(self.request.file_name()).stem
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the e-invoice"), f"{stem}.xml", self.tr("UBL e-invoice (*.xml)")
        )
        if not name:
            return None
        return self.save_ubl_to(Path(name))

    def save_ubl_to(self, path: Path) -> Path | None:
        """Write the invoice's e-invoice to a file, whole or not at all."""
        if path.suffix.lower() != ".xml":
            path = path.with_name(path.name + ".xml")
        try:
            # its own session, only read; the XML of 500 lines takes a tenth of a second
            with self.desk.session() as session:
                data = render_document(session, self.request, self.desk.now(), UBL)
            write_atomically(path, data)
        except Exception as exc:  # shown to the user in words
            show_error(self, exc, self.tr("Could not save the e-invoice"))
            return None
        self.status.setText(self.tr("E-invoice saved to %1").replace("%1", str(path)))
        return path

    def save_facturx_as(self) -> Path | None:
        """Ask where, then write the invoice as a PDF with its e-invoice embedded."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the Factur-X PDF"), self.request.file_name(),
            self.tr("PDF with embedded e-invoice (*.pdf)"),
        )  # fmt: skip
        if not name:
            return None
        return self.save_facturx_to(Path(name))

    def save_facturx_to(self, path: Path) -> Path | None:
        """Write the invoice's Factur-X PDF (its pages with its e-invoice), whole or not at all."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            # its own session, only read; the archived pages and the XML take a few tenths
            with self.desk.session() as session:
                data = render_document(session, self.request, self.desk.now(), FACTURX)
            write_atomically(path, data)
        except Exception as exc:  # shown to the user in words
            show_error(self, exc, self.tr("Could not save the Factur-X PDF"))
            return None
        self.status.setText(
            self.tr("PDF with embedded e-invoice saved to %1").replace("%1", str(path))
        )
        return path

    def print_dialog(self) -> bool:
        """The system print dialog, then the chosen pages to the chosen printer."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.request.file_name())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Draw each page at the printer's resolution, fitted to its paper."""
        count = self.document.pageCount()
        first, last = printer.fromPage() or 1, printer.toPage() or count
        painter = QPainter()
        if count == 0 or not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be opened."))
            return False
        try:
            dpi = printer.resolution()
            for number in range(first, min(last, count) + 1):
                if number > first:
                    printer.newPage()
                points = self.document.pagePointSize(number - 1)
                target = printer.pageLayout().paintRectPixels(dpi)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                size = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                image = self.document.render(number - 1, size)
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
        self.status.setText(self.tr("Sent %1 page(s) to the printer.").replace(
            "%1", str(min(last, count) - first + 1)))  # fmt: skip
        return True


def open_document(
    desk: DeskContext, request: DocumentRequest, parent: QWidget | None = None
) -> DocumentViewer:
    """Show a viewer at once and fill it when the document is rendered."""
    viewer = DocumentViewer(desk, request, parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.show()
    viewer.start()
    return viewer
