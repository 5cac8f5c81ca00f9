"""Deleting a procedure into the bin (Thùng rác) and the Bin view that restores it (administrators)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.services import procedure_bin
from cchc_desktop.gui.errors import run_guarded


def delete_procedure(parent: QWidget, db: Database, actor: Actor, code: str, name: str) -> bool:
    """Ask, then move the procedure to the bin; True when it went."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("BinDialog", "Delete procedure"),
        QCoreApplication.translate(
            "BinDialog", "Move “%1 – %2” to the bin?\n\nIt leaves the catalogue, the posted list, posters and the "
            "kiosk. An administrator can restore it, with its history, from Catalogue › Bin.")
        .replace("%1", code).replace("%2", name))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return run_guarded(parent, lambda: procedure_bin.delete(db, actor, [code])) is not None


class BinDialog(QDialog):
    """The procedures in the bin, the most recent first, with Restore."""

    restored = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Bin"))
        self.resize(900, 480)
        self.intro = QLabel(self.tr("Procedures deleted by an administrator. Restoring one brings it back as it "
                                    "was, with its history and sample forms."))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Procedure"), self.tr("Field"),
                                              self.tr("Deleted at"), self.tr("Deleted by")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.empty = QLabel(self.tr("The bin is empty."))
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        def read():
            with self.db.read() as session:
                return procedure_bin.list_bin(session, self.actor)

        rows = run_guarded(self, read) or []
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for column, text in enumerate([row.code, row.name, row.field, row.deleted_at.astimezone().strftime("%d/%m/%Y %H:%M"),
                                           row.deleted_by]):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.code)
                if column == 1:
                    item.setToolTip(row.name)
                self.table.setItem(i, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(3)
        self.empty.setVisible(not rows)
        self._update_buttons()

    def selected_codes(self) -> list[str]:
        return sorted({self.table.item(index.row(), 0).text() for index in self.table.selectionModel().selectedRows()})

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.selected_codes()))

    def restore_selected(self) -> None:
        codes = self.selected_codes()
        if codes and run_guarded(self, lambda: procedure_bin.restore(self.db, self.actor, codes)) is not None:
            self.restored.emit()
            self.reload()
