"""A QR code on screen, from the same matrix (and the same link) the printed codes use."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_MODULES = 4


class QrCode(QWidget):
    """Draws ``data`` as a square QR code (quiet zone included), as large as the widget allows."""

    def __init__(self, data: str = "", parent: QWidget | None = None, *, minimum: int = 120):
        super().__init__(parent)
        self._matrix = None
        self._minimum = minimum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.set_data(data)

    def set_data(self, data: str) -> None:
        if data:
            from cchc_desktop.printing import qr  # lazily: qrcode is only needed once a code is shown

            self._matrix = qr.matrix(data)
        else:
            self._matrix = None
        self.data = data
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self._minimum, self._minimum)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._minimum, self._minimum)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        m = self._matrix
        if m is None:
            return
        side = min(self.width(), self.height())
        modules = m.side + 2 * QUIET_MODULES
        unit = side // modules  # whole pixels per module keep the code sharp
        if unit < 1:
            return
        size = unit * modules
        x0, y0 = (self.width() - size) // 2, (self.height() - size) // 2
        painter = QPainter(self)
        painter.fillRect(x0, y0, size, size, QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        offset = QUIET_MODULES * unit
        for row, col, length in m.runs:
            painter.drawRect(QRectF(x0 + offset + col * unit, y0 + offset + row * unit, length * unit, unit))
        painter.end()
