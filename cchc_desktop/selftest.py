"""``cchc self-test``: what an installed copy must be able to do, checked in a few seconds.

Run after installing (and by the frozen-build test): the bundled font and the
Vietnamese catalogues load, a new database migrates, the demo catalogue loads,
a poster prints to PDF with its font embedded, and a window shows. Nothing
touches the user's own data: everything happens in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cchc_desktop.core.errors import CchcError


def run(say: Callable[[str], None] = print) -> int:
    """Every check in turn; the first failure raises CchcError naming it."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a server or a CI machine: no screen needed
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="cchc-selftest-") as tmp:
        folder = Path(tmp)
        os.environ["CCHC_DATA_DIR"] = str(folder / "data")

        from cchc_desktop.gui import app as gui_app

        qt_app = gui_app.create_application([sys.argv[0]])
        if not gui_app.install_translators(qt_app, "vi"):
            raise CchcError("Tự kiểm tra: không nạp được bản dịch tiếng Việt (thư mục translations).")
        say("✓ Phông chữ Be Vietnam Pro và bản dịch tiếng Việt đã nạp.")

        from cchc_desktop.core.actor import Actor
        from cchc_desktop.core.db import open_database
        from cchc_desktop.core.services import catalogue, demo

        db = open_database(str(folder / "cchc.db"))
        actor = Actor.command_line()
        summary = demo.load_demo(db, actor)
        with db.read() as session:
            count = catalogue.count(session)
        if summary.added == 0 or count != summary.added:
            raise CchcError(f"Tự kiểm tra: danh mục mẫu nạp được {count} thủ tục, cần {summary.added}.")
        say(f"✓ Cơ sở dữ liệu SQLite mới, lược đồ mới nhất, {count} thủ tục mẫu.")

        from cchc_desktop.core.services import importer, interchange
        from cchc_desktop.core.services.records import to_record

        book = folder / "danh-muc.xlsx"
        with db.read() as session:
            interchange.write_xlsx([to_record(p) for p in catalogue.all_procedures(session)], book)
        plan = importer.build_plan(db, book)
        if plan.errors or plan.counts["unchanged"] != count:
            raise CchcError(f"Tự kiểm tra: đọc lại bản xuất Excel thấy {plan.summary()}.")
        say(f"✓ Xuất danh mục ra Excel và đọc lại: {count} thủ tục không đổi.")

        from cchc_desktop.printing import studio

        request = studio.Request(kind="poster", codes=("1.001193",))
        rendered = studio.build(db, request)
        pdf = folder / "ap-phich.pdf"
        studio.save_pdf(db, actor, request, rendered, pdf)
        data = pdf.read_bytes()
        if not data.startswith(b"%PDF") or b"/FontFile2" not in data or b"/BaseFont /Helvetica" in data:
            raise CchcError("Tự kiểm tra: tệp PDF không nhúng phông chữ Be Vietnam Pro.")
        say(f"✓ In áp phích ra PDF ({rendered.pages} trang, phông chữ nhúng, mã QR).")

        from cchc_desktop.core.domain import Role
        from cchc_desktop.gui.staff.window import StaffWindow

        window = StaffWindow(db, Actor("tu-kiem-tra", Role.READONLY, None, "Tự kiểm tra"))
        window.show()
        qt_app.processEvents()
        title = window.windowTitle()
        window.close()
        if "Trung tâm Phục vụ hành chính công" not in title:
            raise CchcError(f"Tự kiểm tra: cửa sổ không hiện tiếng Việt (tiêu đề “{title}”).")
        say("✓ Cửa sổ cán bộ hiện đúng tiếng Việt.")
        db.dispose()
    say(f"Tự kiểm tra đạt trong {time.monotonic() - started:.1f} giây.")
    return 0

