"""Who is at the desk: first-run wizard, sign-in, the window of the signed-in account, sign-out."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.services import accounts, backup
from cchc_desktop.gui.staff.first_run import FirstRunWizard
from cchc_desktop.gui.staff.password import ChangePasswordDialog
from cchc_desktop.gui.staff.sign_in import SignInDialog
from cchc_desktop.gui.staff.window import StaffWindow

log = logging.getLogger(__name__)


class StaffSession(QObject):
    """Drives the staff app from start to quit; the window only ever holds a signed-in account."""

    backup_finished = Signal(str)

    def __init__(self, app: QApplication, db: Database):
        super().__init__()
        self.app, self.db = app, db
        self.window: StaffWindow | None = None
        self._switching = False
        self.backup_finished.connect(self._show_backup_result)
        app.setQuitOnLastWindowClosed(False)

    def start(self) -> bool:
        """Wizard or sign-in, then the window; False when the user quits before that."""
        with self.db.read() as session:
            first_run = not accounts.has_accounts(session)
        if first_run:
            wizard = FirstRunWizard(self.db)
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.actor is None:
                return False
            actor: Actor | None = wizard.actor
        else:
            actor = self.sign_in()
        if actor is None:
            return False
        self.start_daily_backup()
        self.open_window(actor)
        return True

    def sign_in(self) -> Actor | None:
        while True:
            dialog = SignInDialog(self.db)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed_in is None:
                return None
            signed = dialog.signed_in
            if not signed.must_change_password:
                return signed.actor
            change = ChangePasswordDialog(self.db, signed.actor, current=dialog.password_typed, forced=True)
            if change.exec() == QDialog.DialogCode.Accepted:
                return signed.actor

    def open_window(self, actor: Actor) -> None:
        self.window = StaffWindow(self.db, actor)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.installEventFilter(self)
        self.window.show()

    def sign_out(self) -> None:
        window = self.window
        if window is None:
            return
        self._switching = True
        window.close()
        window.deleteLater()
        self.window = None
        self._switching = False
        actor = self.sign_in()
        if actor is None:
            self.app.quit()
        else:
            self.open_window(actor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self._switching:
            self.app.quit()  # the user closed the window: the app ends
        return False

    # --- the daily copy, in the background so the window never waits for it ---------
    def start_daily_backup(self) -> None:
        def work() -> None:
            try:
                result = backup.auto_backup(self.db)
                message = (QCoreApplication.translate("StaffSession", "Daily backup saved: %1")
                           .replace("%1", str(result.path)) if result.path else "")
            except CchcError as exc:
                message = exc.message
            except Exception as exc:  # never let a backup problem take the app down
                log.exception("daily backup failed")
                message = QCoreApplication.translate("StaffSession", "Daily backup failed: %1").replace(
                    "%1", f"{type(exc).__name__}: {exc}")
            self.backup_finished.emit(message)

        threading.Thread(target=work, name="daily-backup", daemon=True).start()

    def _show_backup_result(self, message: str) -> None:
        if message and self.window is not None:
            self.window.statusBar().showMessage(message, 20_000)
