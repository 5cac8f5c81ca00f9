"""Tài khoản (administrators): staff accounts, their roles, resets, locks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from cchc_desktop.core.domain import Role
from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.services import accounts
from cchc_desktop.core.services.accounts import AccountInfo
from cchc_desktop.gui import labels
from cchc_desktop.gui.errors import run_guarded
from cchc_desktop.gui.staff.password import TemporaryPasswordDialog, error_label, password_field, show_problem
from cchc_desktop.gui.retranslating import Retranslating

Index = QModelIndex | QPersistentModelIndex


def _when(moment) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M") if moment else ""


class AccountsModel(QAbstractTableModel):
    USERNAME, FULL_NAME, ROLE, STATE, LAST = range(5)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[AccountInfo] = []

    def set_rows(self, rows: list[AccountInfo]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Status"),
                    self.tr("Last sign-in")][section]
        return None

    def state(self, a: AccountInfo) -> str:
        if not a.active:
            return self.tr("Disabled")
        if a.locked:
            return self.tr("Locked until %1").replace("%1", a.locked_until.astimezone().strftime("%H:%M"))
        if a.must_change_password:
            return self.tr("Active, must change password")
        return self.tr("Active")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [a.username, a.full_name, labels.role(a.role), self.state(a), _when(a.last_login_at)][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and (not a.active or a.locked):
            return Qt.GlobalColor.darkRed if a.locked else Qt.GlobalColor.gray
        return None


class AccountDialog(Retranslating, QDialog):
    """A new account (user name, temporary password) or the name and role of an existing one."""

    def __init__(self, account: AccountInfo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.account = account
        self.username = QLineEdit(account.username if account else "")
        self.username.setMaxLength(60)
        self.username.setReadOnly(account is not None)
        self.full_name = QLineEdit(account.full_name if account else "")
        self.full_name.setMaxLength(200)
        self.role = QComboBox()
        for value in (Role.STAFF, Role.READONLY, Role.ADMIN):
            self.role.addItem(labels.role(value), value)
        self.role.setCurrentIndex(self.role.findData(account.role if account else Role.STAFF))
        self.password, self.confirm = password_field(), password_field()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.error = error_label()
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        rows = [self.username, self.full_name, self.role] + ([] if account else [self.password, self.confirm])
        for label, field in zip(self.labels, rows):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit account") if self.account else self.tr("New account"))
        for label, text in zip(self.labels, [self.tr("&User name"), self.tr("&Full name"), self.tr("&Role"),
                                             self.tr("Temporary &password"), self.tr("Password &again")]):
            label.setText(text)
        self.note.setText(self.tr("Administrator: settings, accounts, audit trail, backups. Staff: guidance, "
                                  "printing, the catalogue. Read-only: looks, changes nothing.")
                          + ("" if self.account else " " + self.tr("The new user chooses their own password "
                                                                   "at the first sign-in.")))

    def accept(self) -> None:
        try:
            if self.account is None:
                name = accounts.normalize_username(self.username.text())
                if self.password.text() != self.confirm.text():
                    show_problem(self.error, self.tr("The two passwords are not the same."))
                    return
                accounts.check_password(self.password.text(), name)
        except CchcError as exc:
            show_problem(self.error, exc.message)
            return
        if not self.full_name.text().strip():
            show_problem(self.error, self.tr("Enter the full name."))
            return
        super().accept()


class AccountsTab(Retranslating, QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.model = AccountsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AccountsModel.FULL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.add_button, self.edit_button, self.reset_button = QPushButton(), QPushButton(), QPushButton()
        self.unlock_button, self.active_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button, self.unlock_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("New account…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.reset_button.setText(self.tr("Reset password…"))
        self.unlock_button.setText(self.tr("Unlock"))
        self._update_buttons()

    def refresh(self) -> None:
        current = self.selected()
        with self.db.read() as session:
            rows = accounts.list_accounts(session, self.actor)
        self.model.set_rows(rows)
        names = [a.username for a in rows]
        if current is not None and current.username in names:
            self.table.selectRow(names.index(current.username))
        self._update_buttons()

    def selected(self) -> AccountInfo | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _update_buttons(self) -> None:
        a = self.selected()
        for button in (self.edit_button, self.reset_button, self.active_button):
            button.setEnabled(a is not None)
        self.unlock_button.setEnabled(a is not None and (a.locked or a.failed_attempts > 0))
        self.active_button.setText(self.tr("Enable") if a is not None and not a.active else self.tr("Disable"))

    def add(self) -> None:
        dialog = AccountDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if run_guarded(self, lambda: accounts.create_account(
                    self.db, self.actor, dialog.username.text(), dialog.full_name.text(),
                    dialog.role.currentData(), dialog.password.text())):
                self.refresh()

    def edit(self) -> None:
        a = self.selected()
        if a is None:
            return
        dialog = AccountDialog(a, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if run_guarded(self, lambda: accounts.update_account(
                    self.db, self.actor, a.username, full_name=dialog.full_name.text(),
                    role=dialog.role.currentData())):
                self.refresh()

    def reset_password(self) -> None:
        a = self.selected()
        if a is None:
            return
        dialog = TemporaryPasswordDialog(a.username, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if run_guarded(self, lambda: accounts.reset_password(self.db, self.actor, a.username, dialog.secret())):
                self.refresh()

    def unlock(self) -> None:
        a = self.selected()
        if a is not None and run_guarded(self, lambda: accounts.unlock(self.db, self.actor, a.username)):
            self.refresh()

    def toggle_active(self) -> None:
        a = self.selected()
        if a is not None and run_guarded(self, lambda: accounts.set_active(self.db, self.actor, a.username,
                                                                              not a.active)):
            self.refresh()
