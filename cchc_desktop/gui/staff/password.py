"""Password dialogs: change one's own password, and choose a temporary one for someone else."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.desk import MAX_PASSWORD
from cchc_desktop.gui.retranslating import Retranslating


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_PASSWORD)
    return field


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def show_problem(label: QLabel, message: str) -> None:
    """Show (or with "" hide) a message under a form, growing a small dialog to fit it."""
    label.setText(message)
    label.setVisible(bool(message))
    window = label.window()
    if message and window.isVisible() and window.layout() is not None:
        window.layout().activate()
        if label.height() < label.heightForWidth(label.width()):
            window.adjustSize()


class ChangePasswordDialog(Retranslating, QDialog):
    """The signed-in user's own password; ``current`` given means it was just typed at sign-in."""

    def __init__(self, db: Database, actor: Actor, *, current: str | None = None, forced: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self._current, self.forced = db, actor, current, forced
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setVisible(forced)
        self.current = password_field()
        self.new = password_field()
        self.confirm = password_field()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.error = error_label()
        self.form = QFormLayout()
        self.labels = [QLabel(), QLabel(), QLabel()]
        if current is None:
            self.form.addRow(self.labels[0], self.current)
        self.form.addRow(self.labels[1], self.new)
        self.form.addRow(self.labels[2], self.confirm)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        self.intro.setText(self.tr("An administrator has set a temporary password for you. "
                                   "Choose your own password to continue."))
        for label, text in zip(self.labels, [self.tr("Current password"), self.tr("New password"),
                                             self.tr("New password again")]):
            label.setText(text)
        self.hint.setText(self.tr("At least 8 characters, not your user name, and not one that is easy to "
                                  "guess (such as 12345678 or matkhau123). A short sentence is easy to "
                                  "remember and hard to guess."))

    def accept(self) -> None:
        if self.new.text() != self.confirm.text():
            show_problem(self.error, self.tr("The two new passwords are not the same."))
            self.confirm.setFocus()
            return
        current = self._current if self._current is not None else self.current.text()
        from cchc_desktop.core.services import accounts

        try:
            accounts.change_password(self.db, self.actor, current, self.new.text())
        except CchcError as exc:
            show_problem(self.error, exc.message)
            return
        super().accept()


class TwiceDialog(Retranslating, QDialog):
    """An intro, a secret typed twice, the problem under them, OK and Cancel."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.new = password_field()
        self.confirm = password_field()
        self.error = error_label()
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self.labels[0], self.new)
        form.addRow(self.labels[1], self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def secret(self) -> str:
        return self.new.text()

    def problem(self) -> str:
        """What is wrong with the typed secret, in the interface language; "" when it may be taken."""
        raise NotImplementedError

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            show_problem(self.error, problem)
            return
        super().accept()


class TemporaryPasswordDialog(TwiceDialog):
    """A password an administrator gives someone; they must change it when they sign in."""

    def __init__(self, username: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.username = username
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset password"))
        self.intro.setText(self.tr("Temporary password for “%1”. Give it to them in person; they must "
                                   "choose their own password when they sign in.").replace("%1", self.username))
        self.labels[0].setText(self.tr("Temporary password"))
        self.labels[1].setText(self.tr("Temporary password again"))

    def problem(self) -> str:
        if self.new.text() != self.confirm.text():
            return self.tr("The two passwords are not the same.")
        from cchc_desktop.core.services import accounts

        try:
            accounts.check_password(self.new.text(), self.username)
        except CchcError as exc:
            return exc.message
        return ""
