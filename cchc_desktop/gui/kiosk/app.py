"""Starting the kiosk: the Qt application, the database, the window full screen."""

from __future__ import annotations

import logging

from cchc_desktop.core.errors import CchcError

log = logging.getLogger(__name__)


def open_kiosk_database(database_url: str | None):
    """The database, migrated only on SQLite: on PostgreSQL the kiosk's role may only read (and rate)."""
    from cchc_desktop.core.db import migrate
    from cchc_desktop.core.db.database import Database

    db = Database(database_url)
    if not migrate.is_current(db):  # one plain query when nothing is due: no SQLAlchemy yet
        db.check_connection()
        if db.is_sqlite:
            migrate.upgrade(db)
    return db


def run_kiosk(database_url: str | None, *, windowed: bool = False) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from cchc_desktop.gui.app import create_application
    from cchc_desktop.gui.kiosk.window import KioskWindow

    from cchc_desktop.core.db.database import Database
    from cchc_desktop.core.errors import DatabaseUnavailable

    app = create_application()
    try:
        try:
            db = open_kiosk_database(database_url)
        except DatabaseUnavailable:
            # The server is not up yet (the kiosk PC booted first): the kiosk shows "paused" and
            # connects by itself. A wrong address or a file on a network share is still refused.
            db = Database(database_url)
    except CchcError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"), exc.message)
        return exc.exit_code
    window = KioskWindow(db, windowed=windowed)
    window.exited.connect(app.quit)
    if windowed:
        window.resize(1366, 768)
        window.show()
    else:
        window.go_full_screen()
    window.raise_()
    window.activateWindow()
    code = app.exec()
    db.dispose()
    return code
