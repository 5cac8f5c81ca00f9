"""Who is at the desk: first-run wizard, sign-in, the window of the signed-in account, sign-out."""

from __future__ import annotations

import importlib
import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from cchc_desktop.core import desk
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.errors import CchcError
from cchc_desktop.gui.app import create_application, when_painted
from cchc_desktop.gui.staff.sign_in import SignInDialog

if TYPE_CHECKING:
    from cchc_desktop.gui.staff.window import StaffWindow

log = logging.getLogger(__name__)
# What signing in and the window's first actions use: SQLAlchemy and the ORM models with them (a fifth
# of a second), imported once the first screen is painted, while the user types, never before it.
PRELOAD = ("cchc_desktop.core.services.accounts", "cchc_desktop.core.services.catalogue",
           "cchc_desktop.core.services.samples", "cchc_desktop.core.services.backup",
           "cchc_desktop.core.services.guidance")


def preload() -> None:
    for name in PRELOAD:
        importlib.import_module(name)


def run_staff_app(database_url: str | None) -> int:
    """Open the database, set the center up or sign someone in, and run the staff window."""
    from cchc_desktop.core.db import open_database

    app = create_application()
    try:
        db = open_database(database_url)
    except CchcError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"), exc.message)
        return exc.exit_code
    session = StaffSession(app, db)
    if not session.start():
        return 0
    return app.exec()


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
        with self.db.plain() as plain:
            first_run = not desk.has_accounts(plain)
        if first_run:
            from cchc_desktop.gui.staff.first_run import FirstRunWizard

            wizard = FirstRunWizard(self.db)
            when_painted(wizard, preload)
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.actor is None:
                return False
            actor: Actor | None = wizard.actor
        else:
            actor = self.sign_in()
        if actor is None:
            return False
        self.start_daily_backup()
        self.start_retention()
        self.open_window(actor)
        return True

    def sign_in(self) -> Actor | None:
        while True:
            dialog = SignInDialog(self.db)
            when_painted(dialog, preload)  # at once the second time: already imported
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed_in is None:
                return None
            signed = dialog.signed_in
            if not signed.must_change_password:
                return signed.actor
            from cchc_desktop.gui.staff.password import ChangePasswordDialog

            change = ChangePasswordDialog(self.db, signed.actor, current=dialog.password_typed, forced=True)
            if change.exec() == QDialog.DialogCode.Accepted:
                return signed.actor

    def open_window(self, actor: Actor) -> None:
        # The window's modules load once someone has signed in: the sign-in dialog does not wait for them.
        from cchc_desktop.gui.staff.window import StaffWindow

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
        from cchc_desktop.core.services import backup

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

    # --- personal data past its retention: erased at start-up and once a day after -------
    def start_retention(self) -> None:
        from cchc_desktop.core.services import guidance

        def work() -> None:
            try:
                guidance.erase_expired_if_due(self.db)
            except Exception:  # retried at the next hourly check
                log.exception("erasing expired guidance contacts failed")

        threading.Thread(target=work, name="guidance-retention", daemon=True).start()
        if not hasattr(self, "_retention_timer"):
            self._retention_timer = QTimer(self)
            self._retention_timer.setInterval(3600 * 1000)  # hourly check; it acts once per local day
            self._retention_timer.timeout.connect(self.start_retention)
            self._retention_timer.start()

    def _show_backup_result(self, message: str) -> None:
        if message and self.window is not None:
            self.window.statusBar().showMessage(message, 20_000)
