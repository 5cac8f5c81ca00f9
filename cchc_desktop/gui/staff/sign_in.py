"""Sign-in: user name (remembered on this PC) and password (never remembered)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core import desk, options
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.errors import CchcError
from cchc_desktop.gui import app as gui_app
from cchc_desktop.gui.staff.password import error_label, password_field, show_problem
from cchc_desktop.gui.retranslating import Retranslating

if TYPE_CHECKING:
    from cchc_desktop.core.services import accounts

LAST_USER_KEY = "auth/last_username"


def last_username(db: Database) -> str:
    """Who signed in last on this PC; before anyone has, the only account there is (made by the wizard
    or `cchc account create`)."""
    stored = str(gui_app.settings().value(LAST_USER_KEY, "") or "")
    if stored:
        return stored
    try:
        with db.plain() as plain:
            return desk.only_username(plain) or ""
    except CchcError:
        return ""


class SignInDialog(Retranslating, QDialog):
    """Asks who is at the desk; ``signed_in`` holds the result once accepted."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.signed_in: accounts.SignedIn | None = None
        self.password_typed = ""
        with db.plain() as plain:
            center, logo_sha = options.read(plain, "center.name", "center.logo_sha256")
        self.logo = QLabel()
        if logo_sha:  # its place kept: the picture comes from the file store once the dialog is painted
            self.logo.setFixedSize(72, 72)
            gui_app.when_painted(self, self._show_logo)
        self.logo.setVisible(bool(logo_sha))
        self.center = QLabel(center)
        self.center.setWordWrap(True)
        self.center.setStyleSheet("font-size: 13pt; font-weight: 600; color: #12355b;")
        self.center.setVisible(bool(center))
        self.app_name = QLabel()
        self.app_name.setStyleSheet("color: #555;")
        header = QHBoxLayout()
        header.addWidget(self.logo)
        titles = QVBoxLayout()
        titles.addWidget(self.center)
        titles.addWidget(self.app_name)
        header.addLayout(titles, 1)

        self.username = QLineEdit(last_username(db))
        self.username.setMaxLength(60)
        self.password = password_field()
        self.error = error_label()
        self.database = QLabel(db.described)
        self.database.setStyleSheet("color: #777; font-size: 9pt;")
        self.database.setWordWrap(True)
        self.form = QFormLayout()
        self.user_label, self.password_label = QLabel(), QLabel()
        self.user_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.form.addRow(self.user_label, self.username)
        self.form.addRow(self.password_label, self.password)
        self.buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton()
        self.sign_in_button.setDefault(True)
        self.quit_button = QPushButton()
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        layout.addWidget(self.database)
        self.setMinimumWidth(620)  # a center's full name ("… phường Bình Long") fits on one line
        self.retranslate()

    def _show_logo(self) -> None:
        from cchc_desktop.core.services import settings

        with self.db.read() as session:
            logo = settings.logo(self.db, session)
        pixmap = QPixmap()
        if logo and pixmap.loadFromData(logo):
            self.logo.setPixmap(pixmap.scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        (self.password if self.username.text() else self.username).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in – CCHC Desktop"))
        self.app_name.setText(self.tr("CCHC Desktop – Public Administration Service Center"))
        self.user_label.setText(self.tr("&User name"))
        self.password_label.setText(self.tr("&Password"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.quit_button.setText(self.tr("Quit"))

    def accept(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            show_problem(self.error, self.tr("Enter your user name and password."))
            (self.password if self.username.text().strip() else self.username).setFocus()
            return
        from cchc_desktop.core.services import accounts

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.signed_in = accounts.authenticate(self.db, self.username.text(), self.password.text())
        except CchcError as exc:
            show_problem(self.error, exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.password_typed = self.password.text()  # for a forced change right after; never stored
        self.password.clear()
        gui_app.settings().setValue(LAST_USER_KEY, self.signed_in.actor.name)
        super().accept()
