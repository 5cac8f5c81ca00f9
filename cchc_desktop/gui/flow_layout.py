"""A layout that places widgets left to right and wraps them onto the next line when the row is full.

The catalogue's filter boxes use it: on a narrow window they take two lines
instead of being cut ("Mọi cấp thực hi…"). Widgets keep their size hint; a
stretch item (``addStretch``) pushes what follows to the right end of its line.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSpacerItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def addStretch(self) -> None:  # noqa: N802
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            if isinstance(item, QSpacerItem):
                lines[-1].append(item)
                continue
            w = item.sizeHint().width()
            if lines[-1] and used + w > width and any(not isinstance(i, QSpacerItem) for i in lines[-1]):
                lines.append([])
                used = 0
            lines[-1].append(item)
            used += w + self.spacing()
        return lines

    def _place(self, rect: QRect, move: bool) -> int:
        y = rect.y()
        for line in self._lines(rect.width()):
            widgets = [i for i in line if not isinstance(i, QSpacerItem)]
            if not widgets:
                continue
            height = max(i.sizeHint().height() for i in widgets)
            free = rect.width() - sum(i.sizeHint().width() for i in widgets) - self.spacing() * (len(widgets) - 1)
            stretch = max(0, free) if any(isinstance(i, QSpacerItem) for i in line) else 0
            x = rect.x()
            for item in line:
                if isinstance(item, QSpacerItem):
                    x += stretch
                    stretch = 0
                    continue
                hint = item.sizeHint()
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                x += hint.width() + self.spacing()
            y += height + self.spacing()
        return y - rect.y() - self.spacing() if y > rect.y() else 0
