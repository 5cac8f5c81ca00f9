"""The center's logo picker, shared by the first-run wizard and the Center settings tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cchc_desktop.core.errors import CchcError
from cchc_desktop.gui.errors import show_error
from cchc_desktop.gui.retranslating import Retranslating


class LogoPicker(Retranslating, QWidget):
    """A preview with Choose and Clear; the image is checked by the core before it is taken."""

    changed = Signal()  # the person chose or cleared the logo

    def __init__(self, size: int = 88, parent: QWidget | None = None):
        super().__init__(parent)
        self.data: bytes | None = None
        self._size = size
        self.preview = QLabel()
        self.preview.setFixedSize(size, size)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)  # "Không có biểu trưng" takes two lines in a small square
        self.preview.setStyleSheet("border: 1px dashed #999; color: #777;")
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose)
        self.clear = QPushButton()
        self.clear.clicked.connect(lambda: self._take(None))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.clear)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        self.set_data(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.choose.setText(self.tr("Choose image…"))
        self.clear.setText(self.tr("No logo"))
        if not self.data:
            self.preview.setText(self.tr("No logo"))

    def set_editable(self, editable: bool) -> None:
        self.choose.setVisible(editable)
        self.clear.setVisible(editable)

    def set_data(self, data: bytes | None) -> None:
        """Show ``data`` (a PNG or JPEG, or None for no logo)."""
        self.data = data or None
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            inner = self._size - 4  # inside the dashed border
            self.preview.setPixmap(pixmap.scaled(inner, inner, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
        self.clear.setEnabled(self.data is not None)

    def _take(self, data: bytes | None) -> None:
        self.set_data(data)
        self.changed.emit()

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the center's logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if not name:
            return
        from cchc_desktop.core.services import settings

        try:
            data = Path(name).read_bytes()
            settings.check_logo(data)
        except OSError as exc:
            show_error(self, self.tr("Cannot read the image “%1”: %2").replace("%1", name)
                       .replace("%2", exc.strerror or str(exc)))
            return
        except CchcError as exc:
            show_error(self, exc.message)
            return
        self._take(data)
