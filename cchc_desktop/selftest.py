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
        from cchc_desktop import demo
        from cchc_desktop.core.services import catalogue

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

        from cchc_desktop.core.services import sources

        tables = sources.read_tables(_tiny_ods(folder / "phu-luc.ods"))  # in a child process, memory capped
        if [values for _, values in tables[0].rows] != [["Mã số TTHC", "Tên thủ tục"], ["1.001193", "Khai sinh"]]:
            raise CchcError("Tự kiểm tra: đọc bảng tính .ods (tiến trình con) không ra đúng nội dung.")
        say("✓ Đọc bảng tính .ods/.xls trong tiến trình riêng có giới hạn bộ nhớ.")

        from cchc_desktop.printing import studio

        request = studio.Request(kind="poster", codes=("1.001193",))
        rendered = studio.build(db, request)
        pdf = folder / "ap-phich.pdf"
        studio.save_pdf(db, actor, request, rendered, pdf)
        data = pdf.read_bytes()
        if not data.startswith(b"%PDF") or b"/FontFile2" not in data or b"/BaseFont /Helvetica" in data:
            raise CchcError("Tự kiểm tra: tệp PDF không nhúng phông chữ Be Vietnam Pro.")
        say(f"✓ In áp phích ra PDF ({rendered.pages} trang, phông chữ nhúng, mã QR).")
        import pypdfium2

        document = pypdfium2.PdfDocument(str(pdf))
        try:
            chars = document[0].get_textpage().count_chars()
        finally:
            document.close()
        if chars == 0:
            raise CchcError("Tự kiểm tra: không đọc được chữ trong tệp PDF (thư viện pdfium).")
        say("✓ Đọc chữ trong tệp PDF (nhập phụ lục từ PDF).")

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
        # Every page builds: a Qt library left out of the installed bundle shows here, not at a desk.
        for row in range(window.nav.count()):
            try:
                window.page(row)
            except Exception as exc:
                raise CchcError(f"Tự kiểm tra: không mở được trang “{window.nav.item(row).text()}” "
                                f"({type(exc).__name__}: {exc}).") from None
        import cchc_desktop.gui.kiosk.window  # noqa: F401  (the kiosk's screens and their libraries load)
        import cchc_desktop.gui.preview  # noqa: F401  (QtPdf: sample previews)

        window.deleteLater()
        say("✓ Mọi trang của cửa sổ cán bộ và màn hình kiosk đều mở được.")
        db.dispose()
    say(f"Tự kiểm tra đạt trong {time.monotonic() - started:.1f} giây.")
    return 0


def _tiny_ods(path: Path) -> Path:
    """A two-row OpenDocument spreadsheet (what LibreOffice saves), written without any library."""
    import zipfile

    cells = [["Mã số TTHC", "Tên thủ tục"], ["1.001193", "Khai sinh"]]
    rows = "".join("<table:table-row>" + "".join(f'<table:table-cell office:value-type="string"><text:p>{v}'
                                                 "</text:p></table:table-cell>" for v in row)
                   + "</table:table-row>" for row in cells)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
               f'<office:spreadsheet><table:table table:name="Phụ lục">{rows}</table:table></office:spreadsheet>'
               "</office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                         'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                         '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                         '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                         'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path
