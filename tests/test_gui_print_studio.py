"""The print studio page driven as a communication officer would: choose, preview, print, save, retry.

No printer exists here, so printing goes to a PDF-output QPrinter through the
same code path the print dialog leads to; the printed file is read back.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.text import fold
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import PrintResult, Role
from cchc_desktop.core.services import print_log, settings
from cchc_desktop.demo import load_demo
from cchc_desktop.gui.staff.print_studio import PrintStudioPage

from conftest import open_staff_window, save_artifact
import pdfcheck

pytestmark = pytest.mark.gui
STAFF = Actor("tranthib", Role.STAFF, 3)


ADMIN = Actor("quantri", Role.ADMIN, 1, "Nguyễn Thị Hạnh")  # as if signed in

def spin(ms: int) -> None:
    """Let queued work (QtPdf page rendering) run for ``ms`` milliseconds.

    A local event loop, not QApplication.processEvents / qtbot.wait: in PySide6
    6.12 on Python 3.11 those release one reference to None on every call.
    """
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


@pytest.fixture
def catalogue(sqlite_db: Database) -> Database:
    load_demo(sqlite_db, Actor.command_line())
    settings.set_many(sqlite_db, Actor.command_line(), {
        "center.name": "Trung tâm Phục vụ hành chính công phường Bình Long",
        "center.address": "Số 1 đường Nguyễn Huệ, phường Bình Long, tỉnh Đồng Nai",
        "center.hours": "7:00–17:00, thứ Hai đến thứ Sáu", "center.hotline": "0271 3666 888",
        "center.social_url": "https://www.facebook.com/trungtamhcc.binhlong"})
    return sqlite_db


@pytest.fixture
def page(qtbot, qapp, catalogue: Database) -> PrintStudioPage:
    w = PrintStudioPage(catalogue, STAFF)
    qtbot.addWidget(w)
    w.resize(1150, 740)
    with qtbot.waitSignal(w.preview_ready, timeout=60_000):
        w.show()
    return w


def preview(qtbot, page: PrintStudioPage, change) -> None:
    with qtbot.waitSignal(page.preview_ready, timeout=60_000):
        change()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def jobs(db: Database):
    with db.read() as session:
        return print_log.recent(session)


def test_the_print_studio_replaces_the_placeholder_page(qtbot, qapp, catalogue: Database) -> None:
    window = open_staff_window(qtbot, catalogue, ADMIN)
    studio_page = window.page(window.PRINTING)  # built on first use
    assert isinstance(studio_page, PrintStudioPage)
    with qtbot.waitSignal(studio_page.preview_ready, timeout=60_000):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == window.PRINTING
    assert studio_page.title.text() == "In ấn tài liệu"
    assert studio_page.template.currentText() == "Áp phích danh mục thủ tục theo lĩnh vực"
    # Every field's poster by default: one document, a section per field.
    assert studio_page.source_all.text() == "Tất cả lĩnh vực, mỗi lĩnh vực một áp phích"
    assert studio_page.rendered.pages == studio_page.document.pageCount() >= 15
    spin(600)
    save_artifact(window, "print-studio.png")


def test_a_fields_poster_previews_prints_and_is_logged(qtbot, page: PrintStudioPage, tmp_path: Path) -> None:
    preview(qtbot, page, lambda: (page.field.setCurrentIndex(page.field.findData("Hộ tịch")),
                                  page.source_field.click()))
    rendered = page.rendered
    assert rendered.codes and len(rendered.codes) == 21
    assert page.document.pageCount() == rendered.pages
    assert page.status.text() == f"{rendered.pages} trang · 21 thủ tục · sẵn sàng in"
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    assert page.issues.item(0).text() == "Kiểm tra trước khi in: không có gì cần sửa."
    assert page.page_label.text() == f"Trang 1/{rendered.pages}"
    page.go_to_page(1)
    assert page.current_page() == 1 and page.page_label.text() == f"Trang 2/{rendered.pages}"
    page.zoom_in.click()
    assert page.view.zoomMode().name == "Custom"

    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    page.prepare_printer(printer)
    printer.setCopyCount(2)
    recorded = []
    page.job_recorded.connect(recorded.append)
    assert page.print_to(printer)
    printed = out.read_bytes()
    assert pdfcheck.page_count(printed) == 2 * rendered.pages  # a PDF printer does not collate copies itself
    # The printed pages still scan: every procedure's code, twice (two copies).
    links = pdfcheck.qr_links(printed, dpi=200)
    assert sum(links.values()) == 2 * (21 + 0)
    (job,) = jobs(page.db)
    assert recorded == [job.id]
    assert (job.actor, job.template, job.result, job.copies, job.pages) == ("tranthib", "poster", PrintResult.OK,
                                                                          2, rendered.pages)
    assert job.params["field"] == "Hộ tịch" and job.destination == str(out)
    assert page.jobs.rowCount() == 1 and page.jobs.item(0, 4).text() == "Hoàn tất"

    ranged = tmp_path / "pages.pdf"
    printer = pdf_printer(ranged)
    page.prepare_printer(printer)
    printer.setFromTo(2, 3)
    assert page.print_to(printer)
    assert pdfcheck.page_count(ranged.read_bytes()) == 2
    assert jobs(page.db)[0].pages == 2


@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")  # the failure the test makes
def test_a_failed_print_says_why_and_is_retried(qtbot, page: PrintStudioPage, tmp_path: Path) -> None:
    out = tmp_path / "retry.pdf"
    printer = pdf_printer(tmp_path / "no-such-folder" / "x.pdf")
    page.prepare_printer(printer)
    asked: list[str] = []

    def retry(message: str) -> bool:
        asked.append(message)
        printer.setOutputFileName(str(out))  # the officer fixes the printer, then retries
        return True
    page.ask_retry = retry
    assert page.print_to(printer)
    assert len(asked) == 1 and asked[0].startswith("Không bắt đầu in được trên ")
    assert "Chưa có trang nào được in." in asked[0]
    assert pdfcheck.page_count(out.read_bytes()) == page.rendered.pages
    failed, ok = reversed(jobs(page.db))
    assert (failed.result, failed.error, ok.result) == (PrintResult.FAILED, asked[0], PrintResult.OK)
    assert page.jobs.item(1, 4).text() == "Thất bại" and page.jobs.item(1, 5).text() == asked[0]

    page.ask_retry = lambda message: False  # the officer gives up: the failure stays in the log
    assert not page.print_to(pdf_printer(tmp_path / "gone" / "y.pdf"))
    assert jobs(page.db)[0].result == PrintResult.FAILED


def test_cancelling_the_print_dialog_is_logged(qtbot, page: PrintStudioPage, monkeypatch) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    page.print_document()
    (job,) = jobs(page.db)
    assert (job.result, job.pages) == (PrintResult.CANCELLED, 0)
    assert page._printer is not None  # the dialog's printer stays alive with the page


def test_save_pdf_writes_the_previewed_document(qtbot, page: PrintStudioPage, tmp_path: Path) -> None:
    target = tmp_path / "ap-phich.pdf"
    assert page.default_file_name().startswith("poster-") and page.default_file_name().endswith(".pdf")
    assert page.save_to(str(target))
    assert target.read_bytes() == page.rendered.pdf
    blocked_place = tmp_path / "tep.txt"
    blocked_place.write_text("x", encoding="utf-8")
    messages: list[str] = []
    page.ask_retry = lambda message: messages.append(message) or False
    assert not page.save_to(str(blocked_place / "a.pdf"))
    assert messages and "Không ghi được tệp" in messages[0]
    assert [j.result for j in jobs(page.db)] == [PrintResult.FAILED, PrintResult.OK]


def test_chosen_procedures_make_leaflets_printed_on_both_sides(qtbot, page: PrintStudioPage) -> None:
    index = page.template.findData("leaflet")
    preview(qtbot, page, lambda: page.template.setCurrentIndex(index))
    page.filter.setText("dang ky khai sinh")  # typed without diacritics, every word must appear
    visible = [page.procedures.item(i).text() for i in range(page.procedures.count())
               if not page.procedures.item(i).isHidden()]
    assert "1.001193  Thủ tục đăng ký khai sinh" in visible and len(visible) < 40
    assert all({"dang", "ky", "khai", "sinh"} <= set(re.findall(r"\w+", fold(t))) for t in visible)
    assert page.size.count() == 1 and not page.grid_columns.isVisibleTo(page)
    preview(qtbot, page, lambda: page.choose(["1.001193", "1.004222"]))
    assert page.source_chosen.isChecked() and page.chosen_label.text() == "Đã chọn 2 thủ tục"
    assert page.rendered.pages == 4 and set(page.rendered.codes) == {"1.001193", "1.004222"}
    printer = QPrinter()
    page.prepare_printer(printer)  # (both sides is asked for too; with no printer here Qt keeps one side)
    assert printer.pageLayout().orientation().name == "Landscape"
    assert printer.pageLayout().pageSize().id().name == "A4"
    spin(400)
    save_artifact(page, "print-studio-leaflet.png")


def test_preflight_errors_block_printing(qtbot, page: PrintStudioPage, catalogue: Database, demo_records) -> None:
    from cchc_desktop.core.services import catalogue as catalogue_service

    record = next(r for r in demo_records if r["code"] == "1.000894")
    record = {**record, "lifecycle": {**record["lifecycle"], "status": "repealed"}}
    catalogue_service.save_records(catalogue, Actor.command_line(), [record], action="update", source="test")
    preview(qtbot, page, lambda: (page.template.setCurrentIndex(page.template.findData("guide")),
                                  page.choose(["1.000894"])))
    assert page.rendered.blocked
    assert page.status.text().endswith("còn 1 lỗi phải sửa trước khi in")
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    first = page.issues.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == "error" and "đã bị bãi bỏ" in first.text()
    assert not page.tabs.isTabVisible(2)


def test_a_batch_holds_back_one_document_and_prints_the_rest(qtbot, page: PrintStudioPage, catalogue: Database,
                                                             demo_records, tmp_path: Path) -> None:
    from cchc_desktop.core.services import catalogue as catalogue_service

    record = next(r for r in demo_records if r["code"] == "1.000894")
    record = {**record, "lifecycle": {**record["lifecycle"], "status": "repealed"}}
    catalogue_service.save_records(catalogue, Actor.command_line(), [record], action="update", source="test")
    preview(qtbot, page, lambda: (page.template.setCurrentIndex(page.template.findData("guide")),
                                  page.choose(["1.000894", "1.001193"])))
    assert not page.rendered.blocked and page.rendered.codes == ("1.001193",)
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    assert page.tabs.isTabVisible(2) and page.tabs.currentIndex() == 2
    assert page.tabs.tabText(2) == "Giữ lại (1)" and "giữ lại 1 tài liệu" in page.status.text()
    assert page.held.rowCount() == 1 and page.held.item(0, 0).text().startswith("1.000894 ")
    assert "đã bị bãi bỏ" in page.held.item(0, 1).text() and "bỏ nó khỏi danh sách in" in page.held.item(0, 2).text()
    spin(300)
    save_artifact(page, "print-studio-held-back.png")
    edited: list[str] = []
    page.edit_requested.connect(edited.append)
    page.edit_held_button.click()
    assert edited == ["1.000894"]
    assert page.save_to(str(tmp_path / "guides.pdf"))
    failed, ok = jobs(catalogue)[:2]
    assert (ok.result, ok.procedure_codes) == (PrintResult.OK, ["1.001193"])
    assert (failed.result, failed.procedure_codes) == (PrintResult.FAILED, ["1.000894"])
    preview(qtbot, page, page.alone_button.click)
    assert page.chosen_codes() == ["1.000894"] and page.rendered.blocked


def test_stickers_grid_and_a_read_only_account(qtbot, qapp, catalogue: Database) -> None:
    viewer = PrintStudioPage(catalogue, Actor("xem", Role.READONLY))
    qtbot.addWidget(viewer)
    viewer.resize(1150, 740)
    with qtbot.waitSignal(viewer.preview_ready, timeout=60_000):
        viewer.show()
    preview(qtbot, viewer, lambda: viewer.template.setCurrentIndex(viewer.template.findData("stickers")))
    assert viewer.grid_columns.isVisibleTo(viewer)
    pages = viewer.rendered.pages
    preview(qtbot, viewer, lambda: viewer.grid_rows.setValue(4))
    assert viewer.rendered.pages > pages and viewer.current_request().grid == (3, 4)
    assert not viewer.print_button.isEnabled() and not viewer.save_button.isEnabled()
    assert not viewer.batch_button.isEnabled()
    assert "chỉ xem" in viewer.print_button.toolTip()


def test_every_fields_poster_in_one_job(qtbot, page: PrintStudioPage, monkeypatch) -> None:
    page.template.setCurrentIndex(page.template.findData("leaflet"))
    assert page.batch_button.text() == "In tờ gấp mọi thủ tục đang niêm yết…"  # not "áp phích" in leaflet mode
    page.template.setCurrentIndex(page.template.findData("stickers"))
    assert page.batch_button.text() == "In áp phích tất cả lĩnh vực…"
    opened: list[int] = []
    monkeypatch.setattr(page, "print_document", lambda: opened.append(page.rendered.pages))
    preview(qtbot, page, page.print_every_field)
    assert page.kind() == "poster" and page.source_all.isChecked()
    assert opened == [page.rendered.pages] and page.rendered.pages >= 15
    assert len(page.rendered.codes) == 71


def test_print_again_from_the_log(qtbot, page: PrintStudioPage, tmp_path: Path, monkeypatch) -> None:
    preview(qtbot, page, lambda: (page.template.setCurrentIndex(page.template.findData("guide")),
                                  page.choose(["1.001193"])))
    assert page.save_to(str(tmp_path / "g.pdf"))
    preview(qtbot, page, lambda: page.template.setCurrentIndex(page.template.findData("campaign")))
    opened: list[tuple] = []
    monkeypatch.setattr(page, "print_document", lambda: opened.append(page.rendered.codes))
    page.jobs.selectRow(0)
    assert page.reprint_button.isEnabled()
    preview(qtbot, page, page.reprint_selected)
    assert page.kind() == "guide" and opened == [("1.001193",)]


def test_a_sample_form_in_the_log_is_named_and_sent_back_to_its_dossier(page: PrintStudioPage, monkeypatch) -> None:
    from cchc_desktop.gui.staff import print_studio

    print_log.record(page.db, STAFF, template="sample-dossier", params={"title": "Tờ khai đăng ký khai sinh"},
                     procedure_codes=["1.001193"], copies=1, pages=1, destination="Máy in quầy 1",
                     result=PrintResult.OK)
    page._load_jobs()
    assert page.jobs.item(0, 1).text() == "Mẫu hồ sơ: Tờ khai đăng ký khai sinh"
    errors: list[str] = []
    monkeypatch.setattr(print_studio, "show_error", lambda _parent, message: errors.append(message))
    monkeypatch.setattr(page, "print_document", lambda: pytest.fail("a sample form is not a studio document"))
    page.jobs.selectRow(0)
    page.reprint_selected()
    assert errors == ["“Tờ khai đăng ký khai sinh” được in từ mục Hồ sơ mẫu: hãy in lại tại đó."]


def test_english_interface(qtbot, page: PrintStudioPage) -> None:
    from PySide6.QtWidgets import QApplication

    from cchc_desktop.gui import app as gui_app

    gui_app.install_translators(QApplication.instance(), "en")
    spin(20)  # language-change events are posted
    try:
        assert page.title.text() == "Print studio"
        assert page.template.itemText(0) == "Poster of a field's procedures"
        assert page.tabs.tabText(0) == "Preflight"
    finally:
        gui_app.install_translators(QApplication.instance(), "vi")
        spin(20)
    assert page.title.text() == "In ấn tài liệu"
    assert dt.date.today().isoformat() in page.default_file_name()


def test_switching_template_clears_the_old_preview_at_once(qtbot, page: PrintStudioPage) -> None:
    assert page.document.pageCount() > 0 and page.rendered is not None
    page.template.setCurrentIndex(page.template.findData("leaflet"))
    page._timer.stop()
    page.refresh_preview()  # what the debounce timer starts: the old poster must not stay on screen
    assert page.document.pageCount() == 0 and page.rendered is None
    assert not page.print_button.isEnabled() and page.status.text() == "Đang dàn trang tài liệu…"
    with qtbot.waitSignal(page.preview_ready, timeout=60_000):
        pass
    assert page.rendered.kind == "leaflet" and page.document.pageCount() > 0
