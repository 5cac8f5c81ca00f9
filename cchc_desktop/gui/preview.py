"""Previewing a sample form (PDF through QtPdf, or an image) with pages and zoom, and printing it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core.errors import CchcError
from cchc_desktop.gui.retranslating import Retranslating

PRINT_DPI = 200  # enough for forms; printers' own resolution would need images of hundreds of MB
ZOOM_STEP = 1.25


class DocumentPreview(Retranslating, QWidget):
    """Shows one file: PDF pages (page by page, zoomable) or an image."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.media_type = ""
        self.title = ""
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self._image = QImage()
        self._zoom = 1.0
        self._fit = True
        self.print_dialog: Callable[[QPrinter, QWidget], Any] = QPrintDialog  # a seam: tests have no printer
        self._printer: QPrinter | None = None  # kept: a dialog given a temporary printer crashes

        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.SinglePage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.pdf_view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_controls())
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area = QScrollArea()
        self.image_area.setWidget(self.image_label)
        self.image_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area.setWidgetResizable(False)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        for widget in (self.empty, self.pdf_view, self.image_area):
            self.stack.addWidget(widget)

        self.prev_button, self.next_button = QToolButton(), QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.page_label = QLabel()
        self.zoom_out_button, self.zoom_in_button = QToolButton(), QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_in_button.setText("+")
        self.fit_button = QToolButton()
        self.zoom_label = QLabel()
        self.print_button = QPushButton()
        self.print_button.setAutoDefault(False)
        self.prev_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.zoom_in_button.clicked.connect(lambda: self.set_zoom(self.zoom() * ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.set_zoom(self.zoom() / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit)
        controls = QHBoxLayout()
        for widget in (self.prev_button, self.page_label, self.next_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.stack, 1)
        for keys, slot in (("PgDown", lambda: self.go_to_page(self.current_page() + 1)),
                           ("PgUp", lambda: self.go_to_page(self.current_page() - 1)),
                           ("Ctrl++", lambda: self.set_zoom(self.zoom() * ZOOM_STEP)),
                           ("Ctrl+=", lambda: self.set_zoom(self.zoom() * ZOOM_STEP)),
                           ("Ctrl+-", lambda: self.set_zoom(self.zoom() / ZOOM_STEP)),
                           ("Ctrl+0", self.fit)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        self.prev_button.setToolTip(self.tr("Previous page (PgUp)"))
        self.next_button.setToolTip(self.tr("Next page (PgDown)"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Whole page (Ctrl+0)"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip("Ctrl+P")
        if self.stack.currentWidget() is self.empty:
            self.empty.setText(self.tr("No file to preview. Attach a filled-in sample or a blank form "
                                       "(PDF, PNG or JPG)."))
        self._update_controls()

    # --- content ------------------------------------------------------------------------
    def clear(self, message: str | None = None) -> None:
        self.document.close()
        self._buffer = None
        self._image = QImage()
        self.media_type = ""
        self.empty.setText(message or self.tr("No file to preview. Attach a filled-in sample or a blank form "
                                              "(PDF, PNG or JPG)."))
        self.stack.setCurrentWidget(self.empty)
        self._update_controls()

    def show_file(self, media_type: str, data: bytes, title: str = "") -> None:
        """Show ``data``; a file Qt cannot read is reported in the preview, in Vietnamese."""
        self.title = title
        self.document.close()
        self._fit = True
        if media_type == "application/pdf":
            self._bytes = QByteArray(data)
            self._buffer = QBuffer(self._bytes, self)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            if self.document.status() == QPdfDocument.Status.Error or self.document.pageCount() == 0:
                self.clear(self.tr("This PDF cannot be read (damaged or protected by a password)."))
                return
            self.media_type = media_type
            self.stack.setCurrentWidget(self.pdf_view)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
            self.pdf_view.pageNavigator().jump(0, QPointF(), 0)
        else:
            image = QImage.fromData(data)
            if image.isNull():
                self.clear(self.tr("This image cannot be read."))
                return
            self._image = image
            self.media_type = media_type
            self.stack.setCurrentWidget(self.image_area)
            self._show_image()
        self._update_controls()

    def page_count(self) -> int:
        if self.media_type == "application/pdf":
            return self.document.pageCount()
        return 1 if not self._image.isNull() else 0

    def current_page(self) -> int:
        if self.media_type == "application/pdf":
            return self.pdf_view.pageNavigator().currentPage()
        return 0

    def go_to_page(self, page: int) -> None:
        if self.media_type == "application/pdf" and 0 <= page < self.document.pageCount():
            self.pdf_view.pageNavigator().jump(page, QPointF(), 0)
            self._update_controls()

    def zoom(self) -> float:
        if self.media_type == "application/pdf":
            if self.pdf_view.zoomMode() != QPdfView.ZoomMode.Custom:
                size = self.document.pagePointSize(self.current_page())
                viewport = self.pdf_view.viewport().size()
                if size.width() > 0 and size.height() > 0:
                    dpi = self.logicalDpiX() / 72
                    return min(viewport.width() / (size.width() * dpi), viewport.height() / (size.height() * dpi))
            return self.pdf_view.zoomFactor()
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        factor = max(0.1, min(8.0, factor))
        self._fit = False
        if self.media_type == "application/pdf":
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(factor)
        else:
            self._zoom = factor
            self._show_image()
        self._update_controls()

    def fit(self) -> None:
        self._fit = True
        if self.media_type == "application/pdf":
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self._show_image()
        self._update_controls()

    def _show_image(self) -> None:
        if self._image.isNull():
            return
        if self._fit:
            area = self.image_area.viewport().size()
            self._zoom = min(area.width() / self._image.width(), area.height() / self._image.height(), 1.0) or 1.0
        size = self._image.size() * self._zoom
        pixmap = QPixmap.fromImage(self._image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        self.image_label.setPixmap(pixmap)
        self.image_label.resize(pixmap.size())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._fit and self.media_type and self.media_type != "application/pdf":
            self._show_image()

    def _update_controls(self) -> None:
        pages = self.page_count()
        has = pages > 0
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self.current_page() + 1))
                                .replace("%2", str(pages)) if has else "")
        self.prev_button.setEnabled(has and self.current_page() > 0)
        self.next_button.setEnabled(has and self.current_page() < pages - 1)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button, self.print_button):
            button.setEnabled(has)
        self.zoom_label.setText(f"{round(self.zoom() * 100)} %" if has else "")

    # --- printing ---------------------------------------------------------------------------
    @property
    def printer(self) -> QPrinter | None:
        """The printer of the last print (its name, file and copies go to the print log)."""
        return self._printer

    def print_with_dialog(self) -> int:
        """Ask for a printer and print every page; returns the pages printed (0 when cancelled)."""
        if not self.page_count():
            return 0
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setDocName(self.title or "CCHC")
        dialog = self.print_dialog(self._printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        return self.print_to(self._printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print every page on ``printer``; CchcError (in the UI language) when it cannot."""
        painter = QPainter()
        if not painter.begin(printer):
            where = printer.outputFileName() or printer.printerName() or self.tr("(none)")
            raise CchcError(self.tr("Cannot print “%1”: the printer %2 is not ready or no printer is installed on "
                                    "this computer. Check the printer (power, paper, cable, driver) and print "
                                    "again.").replace("%1", self.title).replace("%2", where))
        pages = 0
        try:
            target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            target.moveTo(0, 0)
            if self.media_type == "application/pdf":
                for page in range(self.document.pageCount()):
                    if page and not printer.newPage():
                        raise CchcError(self.tr("The printer stopped at page %1 of “%2”. Check the printer and "
                                                "print again.").replace("%1", str(page + 1)).replace("%2", self.title))
                    points = self.document.pagePointSize(page)
                    size = QSize(max(1, round(points.width() * PRINT_DPI / 72)),
                                 max(1, round(points.height() * PRINT_DPI / 72)))
                    self._draw(painter, self.document.render(page, size), target)
                    pages += 1
            else:
                self._draw(painter, self._image, target)
                pages = 1
        finally:
            painter.end()
        return pages

    def _draw(self, painter: QPainter, image: QImage, target: QRect) -> None:
        if image.isNull():
            raise CchcError(self.tr("A page could not be drawn for printing (the file may be damaged)."))
        scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = target.x() + (target.width() - scaled.width()) // 2
        y = target.y() + (target.height() - scaled.height()) // 2
        painter.drawImage(QRect(x, y, scaled.width(), scaled.height()), image)
