"""Small editing widgets shared by the procedure editor and its dialogs, keyboard-first."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.gui.retranslating import Retranslating

_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str) -> dt.date | None:
    """dd/mm/yyyy (also with . or -) or yyyy-mm-dd; None when empty; ValueError when not a date."""
    if not text.strip():
        return None
    match = _DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _ISO.match(text)
        if not match:
            raise ValueError(text)
        year, month, day = (int(g) for g in match.groups())
    return dt.date(year, month, day)


class DateField(QLineEdit):
    """An optional date typed as dd/mm/yyyy (empty means none)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxLength(10)
        self.setPlaceholderText("dd/mm/yyyy")
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 24)

    def date(self) -> dt.date | None:
        """The date, or None when empty; raises ValueError when the text is not a date."""
        return parse_date(self.text())

    def is_valid(self) -> bool:
        try:
            self.date()
        except ValueError:
            return False
        return True

    def set_date(self, value: dt.date | str | None) -> None:
        if isinstance(value, str):
            value = dt.date.fromisoformat(value) if value else None
        self.setText(value.strftime("%d/%m/%Y") if value else "")

    def iso(self) -> str | None:
        """The ISO date for a record; the raw text when it is not a date (the check reports it)."""
        try:
            value = self.date()
        except ValueError:
            return self.text().strip()
        return value.isoformat() if value else None


class LinesEdit(QPlainTextEdit):
    """A list of short texts, one per line."""

    def __init__(self, lines: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(height + self.fontMetrics().lineSpacing() * 2)

    def items(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def set_items(self, items: list[str]) -> None:
        self.setPlainText("\n".join(items))


class TextEdit(QPlainTextEdit):
    """Free text of a few lines; Tab moves on (Ctrl+Tab would be needed for a tab character)."""

    def __init__(self, lines: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 14)


class MultilineDelegate(QStyledItemDelegate):
    """Edits a long text cell in a few-line editor (leaving the cell keeps the text)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        return TextEdit(3, parent)  # Tab leaves the cell and keeps the text

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex | QPersistentModelIndex) -> None:
        rect = option.rect
        rect.setHeight(max(rect.height(), editor.minimumHeight()))
        editor.setGeometry(rect)


@dataclass
class Column:
    """One column of a :class:`GridEditor`: ``kind`` is text, long (several lines), number, choice or flag."""

    key: str
    title: str
    kind: str = "text"
    choices: list[tuple[Any, str]] = field(default_factory=list)
    width: int = 0  # 0: stretch


class GridEditor(Retranslating, QWidget):
    """Rows of a few values (legal bases, fees, dossier components) with add, remove and move.

    Keyboard: Insert adds a row, Delete removes it (when not editing a cell),
    Alt+Up / Alt+Down move it.
    """

    changed = Signal()

    def __init__(self, columns: list[Column], parent: QWidget | None = None, *, wrap: bool = False):
        super().__init__(parent)
        self.columns = columns
        self.table = QTableWidget(0, len(columns))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.setWordWrap(wrap)
        if wrap:  # a few rows of long Vietnamese text: show it whole
            self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._multiline = MultilineDelegate(self.table)
        header = self.table.horizontalHeader()
        for i, col in enumerate(columns):
            if col.kind == "long":
                self.table.setItemDelegateForColumn(i, self._multiline)
            if col.width:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(i, col.width)
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.installEventFilter(self)

        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        for keys, slot in (("Alt+Up", lambda: self.move_row(-1)), ("Alt+Down", lambda: self.move_row(1))):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.retranslate()

    def set_titles(self, titles: list[str]) -> None:
        metrics = self.table.horizontalHeader().fontMetrics()
        for i, (col, title) in enumerate(zip(self.columns, titles)):
            col.title = title
            if col.width:  # a fixed column is at least as wide as its title, in any language
                self.table.setColumnWidth(i, max(col.width, metrics.horizontalAdvance(title) + 24))
        self.table.setHorizontalHeaderLabels(titles)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add row"))
        self.remove_button.setText(self.tr("Remove row"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.add_button.setToolTip("Insert")
        self.remove_button.setToolTip("Delete")
        self.up_button.setToolTip("Alt+↑")
        self.down_button.setToolTip("Alt+↓")
        self.table.setHorizontalHeaderLabels([c.title for c in self.columns])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and self.table.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Insert:
                self.add_row()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_row()
                return True
        return super().eventFilter(watched, event)

    # --- rows ---------------------------------------------------------------------
    def _set_cell(self, row: int, col: int, value: Any) -> None:
        spec = self.columns[col]
        if spec.kind == "choice":
            combo = QComboBox()
            for data, label in spec.choices:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.table.setCellWidget(row, col, combo)
            return
        if spec.kind == "flag":
            box = QCheckBox()
            box.setChecked(bool(value))
            box.toggled.connect(lambda _b: self.changed.emit())
            holder = QWidget()
            holder_layout = QHBoxLayout(holder)
            holder_layout.setContentsMargins(6, 0, 0, 0)
            holder_layout.addWidget(box)
            self.table.setCellWidget(row, col, holder)
            return
        text = "" if value is None else str(value)
        if spec.kind == "number" and isinstance(value, float) and value.is_integer():
            text = str(int(value))
        item = QTableWidgetItem(text)
        item.setToolTip(text if len(text) > 40 and not self.table.wordWrap() else "")
        if spec.kind == "number":
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, col, item)

    def _cell(self, row: int, col: int) -> Any:
        spec = self.columns[col]
        widget = self.table.cellWidget(row, col)
        if spec.kind == "choice" and isinstance(widget, QComboBox):
            return widget.currentData()
        if spec.kind == "flag" and widget is not None:
            return widget.findChild(QCheckBox).isChecked()
        item = self.table.item(row, col)
        text = item.text().strip() if item is not None else ""
        if spec.kind == "number":
            return text or None
        return text

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for values in rows:
            self._append(values)
        self.table.blockSignals(False)

    def _append(self, values: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, spec in enumerate(self.columns):
            self._set_cell(row, col, values.get(spec.key))
        return row

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.table.rowCount()):
            values = {spec.key: self._cell(row, col) for col, spec in enumerate(self.columns)}
            if any(v not in (None, "", False) for v in values.values()):
                out.append(values)
        return out

    def add_row(self) -> None:
        row = self._append({})
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self.changed.emit()

    def move_row(self, offset: int) -> None:
        row = self.table.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = [{spec.key: self._cell(r, c) for c, spec in enumerate(self.columns)}
                for r in range(self.table.rowCount())]
        rows.insert(target, rows.pop(row))
        self.set_rows(rows)
        self.table.setCurrentCell(target, max(0, self.table.currentColumn()))
        self.changed.emit()

