"""Run in a child process for the kiosk's figures; prints one JSON line.

    python -m bench.kiosk_probe start DB START_NS    the kiosk's home screen on DB, shown
    python -m bench.kiosk_probe soak DB N SEED       N random taps and keys on the kiosk
"""

from __future__ import annotations

import json
import os
import random
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def start(database: str, start_ns: int) -> None:
    from bench.probe import report
    from cchc_desktop.gui.app import create_application
    from cchc_desktop.gui.kiosk.app import open_kiosk_database
    from cchc_desktop.gui.kiosk.window import KioskWindow

    app = create_application()
    window = KioskWindow(open_kiosk_database(database))
    window.go_full_screen()
    app.processEvents()  # the home screen painted, as the floor's window is
    report(start_ns)


KEYS = ["a", "h", "k", "i", "1", ".", " ", "Backspace", "Escape", "Return", "Tab", "Alt+F4", "Ctrl+Q", "Ctrl+W",
        "Ctrl+F4", "F11", "Alt+Tab", "Meta+D", "Space", "Left", "Down"]


def soak(database: str, n: int, seed: int) -> None:
    from PySide6.QtCore import QPoint, Qt, QTimer
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

    from cchc_desktop.gui.app import create_application
    from cchc_desktop.gui.kiosk.app import open_kiosk_database
    from cchc_desktop.gui.kiosk.pages import TapCard
    from cchc_desktop.gui.kiosk.window import KioskWindow

    app = create_application()
    window = KioskWindow(open_kiosk_database(database), idle_ms=1500, countdown_s=1)
    window.go_full_screen()
    rng = random.Random(seed)
    state = {"done": 0, "escapes": 0, "closes_refused": 0, "warm_mb": None, "t0": time.monotonic()}

    def targets():
        return [w for w in window.findChildren((QPushButton, QToolButton, TapCard))
                if w.isVisible() and w.isEnabled() and w.window() is window]

    def step() -> None:
        roll = rng.random()
        if roll < 0.7:
            choices = targets()
            if choices:
                w = rng.choice(choices)
                QTest.mouseClick(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, w.rect().center())
        elif roll < 0.9:
            combo = QKeySequence(rng.choice(KEYS))[0]
            QTest.keyClick(QApplication.focusWidget() or window, combo.key(), combo.keyboardModifiers())
        elif roll < 0.95:
            state["closes_refused"] += not window.close()
        else:
            QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             QPoint(rng.randrange(window.width()), rng.randrange(window.height())))
        if not window.isVisible() or window.allow_exit:
            state["escapes"] += 1
            window.allow_exit = False
            window.go_full_screen()
        state["done"] += 1
        if state["done"] == n // 10:
            import gc

            gc.collect()
            state["warm_mb"] = rss_mb()
        if state["done"] >= n:
            timer.stop()
            import gc

            gc.collect()
            app.processEvents()
            end = rss_mb()
            print(json.dumps({"actions": state["done"], "escapes": state["escapes"],
                              "closes_refused": state["closes_refused"], "warm_mb": state["warm_mb"],
                              "end_mb": end, "seconds": time.monotonic() - state["t0"]}), flush=True)
            app.exit(0)

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(0)
    app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "start":
        start(sys.argv[2], int(sys.argv[3]))
    else:
        soak(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
