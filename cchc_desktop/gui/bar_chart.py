"""A report chart painted with QPainter: grouped bars, a value axis, labels and a legend.

QtCharts would add its library to the installed bundle for three small charts.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from cchc_desktop.core.services.reports import Chart

COLOURS = ("#1f5a96", "#f2a93b", "#3c9d5d", "#b3261e")


def _nice_top(value: float) -> float:
    """The axis maximum: 1, 2 or 5 times a power of ten at or above ``value``."""
    if value <= 0:
        return 5.0
    step = 10 ** math.floor(math.log10(value))
    return next(m * step for m in (1, 2, 5, 10) if m * step >= value)


class BarChart(QWidget):
    def __init__(self, chart: Chart, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart = chart
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip(chart.title)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(360, 240)

    def top(self) -> float:
        if self.chart.percent:
            return 100.0
        return _nice_top(max([v for _, values in self.chart.series for v in values], default=0))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        c = self.chart
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        rect = QRectF(self.rect()).adjusted(6, 4, -6, -4)
        bold = self.font()
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(rect.adjusted(0, 0, 0, -(rect.height() - line)), Qt.AlignmentFlag.AlignHCenter, c.title)
        p.setFont(self.font())
        legend = len(c.series) > 1
        top = self.top()
        suffix = "%" if c.percent else ""
        axis_width = metrics.horizontalAdvance(f"{top:,.0f}{suffix}".replace(",", ".")) + 8
        plot = QRectF(rect.left() + axis_width, rect.top() + line * 1.5, rect.width() - axis_width,
                      rect.height() - line * (1.5 + 2 + (1.2 if legend else 0)))
        p.setPen(QColor("#c8ced6"))
        for i in range(5):  # gridlines and their values
            y = plot.bottom() - plot.height() * i / 4
            p.drawLine(plot.left(), y, plot.right(), y)
            p.save()
            p.setPen(QColor("#555"))
            text = f"{top * i / 4:,.0f}{suffix}".replace(",", ".")
            p.drawText(QRectF(rect.left(), y - line / 2, axis_width - 4, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            p.restore()
        groups = max(1, len(c.labels))
        slot = plot.width() / groups
        bar = slot * 0.7 / max(1, len(c.series))
        for g, label in enumerate(c.labels):
            x0 = plot.left() + slot * g + slot * 0.15
            for s, (_, values) in enumerate(c.series):
                value = values[g] if g < len(values) else 0
                h = plot.height() * min(value, top) / top
                p.fillRect(QRectF(x0 + s * bar, plot.bottom() - h, bar - 1, h), QColor(COLOURS[s % len(COLOURS)]))
            p.setPen(QColor("#333"))
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot * 2 - 4))
            p.drawText(QRectF(plot.left() + slot * g - slot / 2, plot.bottom() + 2, slot * 2, line * 2),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                       shown if groups > 6 else label)
        if legend:
            x, y = plot.left(), rect.bottom() - line
            for s, (name, _) in enumerate(c.series):
                p.fillRect(QRectF(x, y + line * 0.2, line * 0.6, line * 0.6), QColor(COLOURS[s % len(COLOURS)]))
                p.drawText(QRectF(x + line * 0.8, y, rect.width(), line), Qt.AlignmentFlag.AlignLeft, name)
                x += line * 1.6 + metrics.horizontalAdvance(name)
        p.end()
