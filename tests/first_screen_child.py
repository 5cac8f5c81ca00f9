"""Run by test_architecture in a fresh process: open one first screen on a database, say what was loaded.

    python tests/first_screen_child.py window|sign_in|kiosk DB

Prints one JSON line: whether SQLAlchemy was imported when the screen was ready (painted, its list
read), whether it was once the screen had been painted and idle a moment (the preload), and what the
screen showed.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def loaded() -> bool:
    return "sqlalchemy" in sys.modules


def main(mode: str, database: str) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QDialog

    from cchc_desktop.core.db import open_database
    from cchc_desktop.gui.app import create_application

    app = create_application()
    out: dict = {}

    def finish() -> None:
        out["sqlalchemy_later"] = loaded()
        print(json.dumps(out), flush=True)
        app.exit(0)

    if mode == "window":
        from cchc_desktop.core.actor import Actor
        from cchc_desktop.core.domain import Role
        from cchc_desktop.gui.staff.window import StaffWindow

        window = StaffWindow(open_database(database), Actor("quantri", Role.ADMIN, 1, "Quản trị"))

        def ready() -> None:
            app.processEvents()
            out["sqlalchemy_at_ready"] = loaded()
            window.procedures.search.setText("khai sinh")  # interactive: a typed search gives its result
            out["found"] = window.procedures.model.rowCount()
            out["first"] = window.procedures.model.code_at(0)
            window.procedures.select_code(out["first"])  # its summary reads the whole record, with the ORM
            QTimer.singleShot(600, finish)

        window.procedures.loaded.connect(ready)
        window.show()
        app.exec()
    elif mode == "kiosk":
        from cchc_desktop.gui.kiosk.app import open_kiosk_database
        from cchc_desktop.gui.kiosk.window import KioskWindow

        kiosk = KioskWindow(open_kiosk_database(database), windowed=True)
        kiosk.show()
        app.processEvents()
        out["sqlalchemy_at_ready"] = loaded()
        out["found"] = len(kiosk.catalogue.search("khai sinh"))
        QTimer.singleShot(1000, finish)
        app.exec()
    else:
        from cchc_desktop.gui.staff.session import StaffSession

        class Watch(QObject):
            def eventFilter(self, watched, event):  # noqa: N802
                if event.type() == QEvent.Type.Paint and isinstance(watched, QDialog) and "dialog" not in out:
                    out["dialog"] = type(watched).__name__
                    out["sqlalchemy_at_ready"] = loaded()
                    QTimer.singleShot(600, lambda: (out.update(sqlalchemy_later=loaded()), watched.reject()))
                return False

        watch = Watch()
        app.installEventFilter(watch)
        StaffSession(app, open_database(database)).start()
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
