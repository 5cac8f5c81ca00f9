"""Lĩnh vực: each field's link, printed as the one QR code of the field on its poster.

The table lists the fields (name, code, number of procedures, link); the box
below edits the link of the selected field, checked as it is typed with the
core's own check (the message under the box, red when refused, amber when only
flagged). Save writes every changed link in one transaction
(``fields.set_links``); Revert drops what was typed. Read-only for who may not
edit the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.services import catalogue, fields
from cchc_desktop.core.services.fields import FieldRow
from cchc_desktop.core.services.records import LINK_LIMIT
from cchc_desktop.gui.errors import run_guarded
from cchc_desktop.gui.retranslating import Retranslating
from cchc_desktop.gui.staff.editor import ERROR_STYLE, WARNING_STYLE

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Check:
    """What the core says about a typed link: the link as stored, or why not, and a warning."""

    link: str | None = None
    error: str = ""
    warning: str = ""


def check(row: FieldRow, text: str) -> Check:
    try:
        link = fields.check_field_link(row.name, text)
    except ValidationError as exc:
        return Check(error=exc.message)
    return Check(link, warning=fields.field_link_warning(row.name, link) or "")


class FieldsModel(QAbstractTableModel):
    NAME, CODE, COUNT, LINK = range(4)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[FieldRow] = []
        self.typed: dict[int, str] = {}  # row → text typed and not saved

    def set_rows(self, rows: list[FieldRow]) -> None:
        self.beginResetModel()
        self.rows, self.typed = rows, {}
        self.endResetModel()

    def text(self, row: int) -> str:
        return self.typed.get(row, self.rows[row].link or "")

    def set_text(self, row: int, text: str) -> None:
        if text.strip() == (self.rows[row].link or ""):
            self.typed.pop(row, None)
        else:
            self.typed[row] = text
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.LINK))

    def check(self, row: int) -> Check:
        return check(self.rows[row], self.text(row))

    def changes(self) -> dict[int, Check]:
        return {row: self.check(row) for row in sorted(self.typed)}

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Field"), self.tr("Code"), self.tr("Procedures"),
                    self.tr("Link (QR code on the poster)")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        f = self.rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LINK:
                text = self.text(row).strip()
                return (text or self.tr("(no link)")) + (" *" if row in self.typed else "")
            return [f.name, f.code or "", f.procedures][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row in self.typed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.LINK:
            if row in self.typed and self.check(row).error:
                return Qt.GlobalColor.darkRed
            if not self.text(row).strip():
                return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LINK and self.text(row).strip():
            result = self.check(row)
            return "\n".join(t for t in (self.text(row).strip(), result.error or result.warning) if t)
        return None


class FieldsTab(Retranslating, QWidget):
    """The fields and their links; editable by whoever may edit the catalogue, shown to everyone."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.editable = False
        self._loaded = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.note.hide()
        self.model = FieldsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the link box
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FieldsModel.LINK, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.activated.connect(lambda _: self.link.setFocus())

        self.link_label = QLabel()
        self.link = QLineEdit()
        self.link.setMaxLength(LINK_LIMIT + 200)  # longer text is refused with the core's message, not cut
        self.link.setClearButtonEnabled(True)
        self.link.setPlaceholderText("https://dichvucong.gov.vn/…")
        self.link_label.setBuddy(self.link)
        self.link.textEdited.connect(self._typed)
        self.link.returnPressed.connect(self._next_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_label)
        link_row.addWidget(self.link, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(link_row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Each field with a link gets one QR code on its poster, for citizens to open the whole field on the "
            "online public service portal. Use the national portal (dichvucong.gov.vn) or the province's portal."))
        self.note.setText(self.tr("You may look at these links; only staff who may edit the procedure catalogue "
                                  "can change them."))
        self.link_label.setText(self.tr("&Link of the selected field:"))
        self.revert_button.setText(self.tr("&Revert"))
        self.save_button.setText(self.tr("&Save changes"))
        self._show_current()
        self._update_buttons()

    # --- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the fields when the tab is shown, unless links typed here are still unsaved."""
        if not self._loaded or not self.model.typed:
            self.load()

    def load(self) -> None:
        self._loaded = True
        current = self.current_row()
        name = self.model.rows[current].name if current is not None else None
        with self.db.read() as session:
            rows = fields.list_fields(session)
            self.editable = catalogue.can_edit(session, self.actor)
        self.model.set_rows(rows)
        self.link.setReadOnly(not self.editable)
        self.note.setVisible(not self.editable)
        self.save_button.setVisible(self.editable)
        self.revert_button.setVisible(self.editable)
        names = [r.name for r in rows]
        if rows:
            self.table.selectRow(names.index(name) if name in names else 0)
        self._show_current()
        self._update_buttons()

    # --- editing --------------------------------------------------------------------------------
    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() and index.row() < len(self.model.rows) else None

    def _show_current(self) -> None:
        row = self.current_row()
        self.link.setEnabled(row is not None)
        text = self.model.text(row) if row is not None else ""
        if self.link.text() != text:
            self.link.setText(text)
            self.link.setCursorPosition(0)
        self._show_check()

    def _typed(self, text: str) -> None:
        row = self.current_row()
        if row is None:
            return
        self.model.set_text(row, text)
        self.status.clear()
        self._show_check()
        self._update_buttons()

    def _show_check(self) -> None:
        row = self.current_row()
        result = self.model.check(row) if row is not None else Check()
        text = result.error or result.warning
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if result.error else WARNING_STYLE)
        self.message.setVisible(bool(text))

    def _next_row(self) -> None:
        row = self.current_row()
        if row is not None and row + 1 < self.model.rowCount():
            self.table.selectRow(row + 1)
            self.link.selectAll()

    def _update_buttons(self) -> None:
        pending = bool(self.model.typed)
        self.save_button.setEnabled(self.editable and pending)
        self.revert_button.setEnabled(self.editable and pending)

    def revert(self) -> None:
        """Drop every link typed and not saved."""
        self.model.typed.clear()
        self.model.dataChanged.emit(self.model.index(0, 0),
                                    self.model.index(self.model.rowCount() - 1, FieldsModel.LINK))
        self.status.clear()
        self._show_current()
        self._update_buttons()

    def save(self) -> bool:
        """Save every changed link in one transaction; a refused link is shown and nothing is saved."""
        if not self.editable or not self.model.typed:
            return False
        changes = self.model.changes()
        bad = next((row for row, result in changes.items() if result.error), None)
        if bad is not None:
            self.table.selectRow(bad)
            self.link.setFocus()
            self.status.setText(self.tr("Not saved: correct the link shown in red."))
            self.status.setStyleSheet(ERROR_STYLE)
            return False
        rows = self.model.rows
        links = {rows[row].name: result.link for row, result in changes.items()}
        expected = {rows[row].name: rows[row].link for row in changes}
        saved = run_guarded(self, lambda: fields.set_links(self.db, self.actor, links, expected=expected))
        if saved is None:
            return False
        self.load()
        self.status.setText(self.tr("%n link(s) saved.", "", saved))
        self.status.setStyleSheet("")
        return True
