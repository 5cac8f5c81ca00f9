"""Run in a child process: start something, print one JSON line when it is ready, exit.

    python -m bench.probe staff DB     the staff window on DB, shown and idle
    python -m bench.probe desk DB      `cchc --database DB` up to its first screen, painted: the set-up
                                       wizard, or the sign-in (the user name filled in when remembered)
    python -m bench.probe floor        a bare PySide6 window: line edit + 10,000-row table
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_rss_mb() -> float:
    """Peak resident memory of this process image. ``ru_maxrss`` survives exec on Linux
    (a child forked from a big parent would report the parent's peak), VmHWM does not."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # POSIX only; the figures run on Linux

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(start_ns: int, ready_ns: int | None = None, phases: dict[str, int] | None = None, **seen) -> None:
    """Seconds from launch to ``ready_ns`` (now by default), the peak memory so far, the seconds
    each phase took (``phases``: name → the monotonic time it ended, in order) and what was ``seen``."""
    ready_ns = ready_ns or time.monotonic_ns()
    spans, previous = {}, start_ns
    for name, end in (phases or {}).items():
        spans[name], previous = (end - previous) / 1e9, end
    print(json.dumps({"seconds": (ready_ns - start_ns) / 1e9, "max_rss_mb": peak_rss_mb(), "phases": spans,
                      **seen}), flush=True)


def floor(start_ns: int) -> None:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

    class Model(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else 10_000

        def columnCount(self, parent=QModelIndex()):
            return 4

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{index.row()}.{index.column()} Thủ tục đăng ký khai sinh"
            return None

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addWidget(QLineEdit())
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(Model())
    view = QTableView()
    view.setModel(proxy)
    layout.addWidget(view)
    window.setCentralWidget(central)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    report(start_ns)


def staff(start_ns: int, database: str) -> None:
    phases: dict[str, int] = {"interpreter": time.monotonic_ns()}
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.db import open_database
    from cchc_desktop.core.domain import Role
    phases["core: actor, database, domain"] = time.monotonic_ns()
    from cchc_desktop.gui.app import create_application
    from PySide6.QtCore import QTimer
    phases["Qt shell import"] = time.monotonic_ns()
    from cchc_desktop.gui.staff.window import StaffWindow
    phases["window modules"] = time.monotonic_ns()

    app = create_application()
    phases["application, fonts, translations"] = time.monotonic_ns()
    db = open_database(database)
    phases["open database"] = time.monotonic_ns()
    window = StaffWindow(db, Actor("quantri", Role.ADMIN, 1, "Nguyễn Thị Hạnh"))  # as if signed in
    phases["build window"] = time.monotonic_ns()

    def ready() -> None:
        app.processEvents()  # the list painted, as the floor's window is
        ready_ns = time.monotonic_ns()
        phases["read and paint the list"] = ready_ns
        # The page completes its search index right after (queued on loaded): the peak memory counts it.
        QTimer.singleShot(0, lambda: (report(start_ns, ready_ns, phases), app.quit()))

    window.procedures.loaded.connect(ready)
    window.resize(1366, 768)
    window.show()
    app.exec()


def desk(start_ns: int, database: str) -> None:
    """The real entry (``cchc`` parses its arguments, opens the database, asks who is at the desk),
    watched from outside: ready once its first dialog has been painted, with the focus where the
    user types. The dialog is then closed, which ends the app."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

    from cchc_desktop import cli
    from cchc_desktop.gui import app as gui_app

    class Watch(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and isinstance(watched, QDialog) and not self.seen:
                self.seen = True
                QTimer.singleShot(0, lambda: self.done(watched))
            return False

        def done(self, dialog: QDialog) -> None:
            ready_ns = time.monotonic_ns()
            focus = QApplication.focusWidget()
            where = None
            if isinstance(focus, QLineEdit):
                where = "password" if focus.echoMode() == QLineEdit.EchoMode.Password else "text"
            report(start_ns, ready_ns, dialog=type(dialog).__name__, focus=where)
            dialog.reject()

    watch = Watch()
    watch.seen = False
    create = gui_app.create_application

    def watched_application(*args, **kwargs):  # the app as cchc makes it, watched
        app = create(*args, **kwargs)
        app.installEventFilter(watch)
        return app

    gui_app.create_application = watched_application
    cli.main(["--database", database])


if __name__ == "__main__":
    start = int(sys.argv[-1])  # the parent's monotonic clock at launch: interpreter start-up counts
    {"floor": lambda: floor(start), "staff": lambda: staff(start, sys.argv[2]),
     "desk": lambda: desk(start, sys.argv[2])}[sys.argv[1]]()
