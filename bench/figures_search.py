"""Search as you type: one keystroke in the catalogue page's search box until the list on screen is updated."""

from __future__ import annotations

import os
import sqlite3
import time
import unicodedata

from bench import data
from bench.harness import Context, Result, figure, median, p99

# What clerks type: toneless, with tones, a code, and decomposed text (Windows' Vietnamese keyboard).
SEQUENCES = ["dang ky khai sinh", "chứng thực", "1.0011", "giay phep xay dung",
             unicodedata.normalize("NFD", "hộ kinh doanh")]


def _page(ctx: Context, n: int):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # like the other figures: no display needed, comparable
    from PySide6.QtWidgets import QApplication

    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.domain import Role
    from cchc_desktop.core.db import open_database
    from cchc_desktop.gui.app import create_application
    from cchc_desktop.gui.staff.window import StaffWindow

    path = data.build_database(ctx.workdir / f"catalogue-{n}.db", n)
    app = QApplication.instance() or create_application()
    db = open_database(str(path))
    window = StaffWindow(db, Actor("quantri", Role.ADMIN, 1, "Nguyễn Thị Hạnh"))
    window.resize(1366, 768)
    window.show()
    window.procedures.refresh()
    for _ in range(3):
        app.processEvents()
    window.procedures.index.prepare()
    return app, window, db, path


def _type(app, page, text: str) -> list[float]:
    """Seconds from each key press to the view painted with the new results."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    page.search.clear()
    app.processEvents()
    out = []
    for ch in text:
        start = time.perf_counter()
        QTest.sendKeyEvent(QTest.KeyAction.Click, page.search, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
        app.processEvents()  # filter, model reset, layout and paint of the visible rows
        out.append(time.perf_counter() - start)
    return out


def _floor(path, texts: list[str]) -> list[float]:
    """The raw SQL behind a search: a LIKE on the folded key, ordered, for each prefix typed."""
    from cchc_desktop.core.text import fold

    conn = sqlite3.connect(str(path))
    out = []
    for text in texts:
        for end in range(1, len(text) + 1):
            key = fold(text[:end])
            start = time.perf_counter()
            conn.execute("SELECT id, code, name FROM procedures WHERE search_key LIKE ? ORDER BY sort_key",
                         (f"%{key}%",)).fetchall()
            out.append(time.perf_counter() - start)
    conn.close()
    return out


def _measure(ctx: Context, n: int) -> Result:
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    app, window, db, path = _page(ctx, n)
    page = window.procedures
    rounds = ctx.repeat(3, 1)
    _type(app, page, SEQUENCES[0])  # warm-up, not counted
    gc.collect()
    samples: list[float] = []
    gc_was = gc.isenabled()
    gc.disable()
    try:
        for _ in range(rounds):
            for text in SEQUENCES:
                samples += _type(app, page, text)
        floor = _floor(path, SEQUENCES * rounds)
    finally:
        if gc_was:
            gc.enable()
    rows = len(page.index)
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # no event loop runs here to do it
    db.dispose()
    value, tail = median(samples) * 1000, p99(samples) * 1000
    return Result(value, "ms", value <= 5 and tail <= 16, floor=median(floor) * 1000, p99=tail,
                  note=f"{rows} procedures, {len(samples)} keystrokes")


@figure("search_5670", "search keystroke to updated view, 5,670 procedures", floor="raw SQL query behind it",
        target="median ≤ 5 ms, p99 ≤ 16 ms", order=30)
def search_5670(ctx: Context) -> Result:
    return _measure(ctx, ctx.size(len(data.national_records()), 1_000))


@figure("search_20000", "search keystroke to updated view, 20,000 procedures", floor="raw SQL query behind it",
        target="median ≤ 5 ms, p99 ≤ 16 ms", order=31)
def search_20000(ctx: Context) -> Result:
    return _measure(ctx, ctx.size(20_000, 2_000))
