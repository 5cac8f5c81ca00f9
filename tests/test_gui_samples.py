"""The sample dossier page: attach forms, see them in the preview, print them (or be told why not)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import PrintResult, Role
from cchc_desktop.core.services import print_log, samples as samples_service
from cchc_desktop.demo import load_demo
from cchc_desktop.gui import errors
from cchc_desktop.gui.staff import samples as samples_module
from cchc_desktop.gui.staff.samples import SamplesPage
from cchc_desktop.gui.staff.window import StaffWindow

from conftest import open_staff_window, save_artifact
from test_samples import pdf_bytes

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, qapp, sqlite_db: Database) -> StaffWindow:
    load_demo(sqlite_db, Actor.command_line(), samples=False)
    w = open_staff_window(qtbot, sqlite_db, Actor("app:lan", Role.STAFF))
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.pages.currentWidget() is w.samples
    return w


@pytest.fixture
def shown_errors(monkeypatch) -> list[str]:
    messages: list[str] = []
    for module in (errors, samples_module):
        monkeypatch.setattr(module, "show_error", lambda _parent, message: messages.append(message))
    return messages


class Accepting:
    """Stands for a person pressing OK in a dialog."""

    def __init__(self, dialog: QDialog | None = None):
        self.dialog = dialog

    def exec(self) -> QDialog.DialogCode:
        if self.dialog is not None:
            self.dialog._accept()
            return QDialog.DialogCode.Accepted if self.dialog.result() else QDialog.DialogCode.Rejected
        return QDialog.DialogCode.Accepted


def dark_pixels(image: QImage) -> int:
    """How many pixels of a grab are clearly not paper or background."""
    small = image.scaled(200, 200, Qt.AspectRatioMode.KeepAspectRatio).convertToFormat(QImage.Format.Format_RGB32)
    return sum(1 for y in range(small.height()) for x in range(small.width())
               if small.pixelColor(x, y).lightness() < 90)


def add_with_dialog(page: SamplesPage, monkeypatch, title: str, path: Path | None) -> None:
    """Add a document through the page's own dialog, filled as a clerk would."""
    original = samples_module.DocumentDialog

    def filled(*args, **kwargs):
        dialog = original(*args, **kwargs)
        dialog.title.setCurrentText(title)
        if path is not None:
            dialog.choose = lambda _parent: str(path)
            dialog._choose()
        dialog.exec = Accepting(dialog).exec
        return dialog

    monkeypatch.setattr(samples_module, "DocumentDialog", filled)
    page.add_document()
    monkeypatch.setattr(samples_module, "DocumentDialog", original)


def test_attach_a_pdf_sample_and_see_its_first_page(window: StaffWindow, qtbot, tmp_path, monkeypatch,
                                                   shown_errors) -> None:
    page = window.samples
    assert page.list_model.rowCount() == 71  # posted procedures
    page.search.setText("dang ky khai sinh")
    assert page.list_model.code_at(0) == "1.001193"
    page.list.setCurrentIndex(page.list_model.index(0, 0))
    assert page.code == "1.001193" and page.heading.text().endswith("Thủ tục đăng ký khai sinh")
    assert page.case_combo.itemText(0) == "Chung cho mọi trường hợp"
    page.case_combo.setCurrentIndex(page.case_combo.findData("* Giấy tờ phải nộp:"))
    qtbot.mouseClick(page.from_dossier_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 5
    assert page.preview.empty.text().startswith("Chưa có tệp để xem")

    form = tmp_path / "to-khai-khai-sinh.pdf"
    form.write_bytes(pdf_bytes("TỜ KHAI ĐĂNG KÝ KHAI SINH", "Trang 2: phần ký tên"))
    add_with_dialog(page, monkeypatch, "Tờ khai đăng ký khai sinh (mẫu đã điền)", form)
    assert shown_errors == []
    assert page.table.rowCount() == 6 and page.table.currentRow() == 5
    assert page.table.item(5, 0).text() == "6. Tờ khai đăng ký khai sinh (mẫu đã điền)"
    assert page.table.item(5, 2).text() == "to-khai-khai-sinh.pdf"
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # move it up
    assert page.table.item(4, 0).text() == "5. Tờ khai đăng ký khai sinh (mẫu đã điền)"

    preview = page.preview
    assert preview.stack.currentWidget() is preview.pdf_view
    assert preview.page_count() == 2 and preview.page_label.text() == "Trang 1/2"
    assert preview.document.pageCount() == 2
    qtbot.waitUntil(lambda: dark_pixels(preview.pdf_view.grab().toImage()) > 30, timeout=5000)
    first = preview.pdf_view.grab().toImage()
    save_artifact(window, "sample-dossier-preview.png")
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.current_page() == 1 and preview.page_label.text() == "Trang 2/2"
    preview.go_to_page(0)
    zoom = preview.zoom()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.zoom() == pytest.approx(zoom * 1.25) and preview.zoom_label.text() == f"{round(zoom * 125)} %"
    qtbot.waitUntil(lambda: preview.pdf_view.grab().toImage() != first, timeout=5000)
    preview.fit()

    # Printing: on a printer standing for the real one (a PDF file here), every page.
    out = tmp_path / "in.pdf"

    def dialog_for(printer: QPrinter, _parent):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return Accepting()

    preview.print_dialog = dialog_for
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert shown_errors == [] and out.exists()
    printed = pypdfium2.PdfDocument(str(out))
    assert len(printed) == 2
    bitmap = printed[0].render(scale=0.5).to_pil().convert("L")
    assert sum(bitmap.histogram()[:100]) > 200  # the form's text is on the paper
    with page.db.read() as session:  # logged like every print
        job = print_log.recent(session, 1)[0]
    assert (job.template, job.procedure_codes, job.pages, job.result) == ("sample-dossier", [page.code], 2,
                                                                          PrintResult.OK)
    assert job.destination == str(out) and job.actor == page.actor.name


@pytest.mark.qt_log_ignore("QPainter::begin")  # the failure this test provokes
def test_printing_that_fails_says_why_in_vietnamese(window: StaffWindow, qtbot, tmp_path, shown_errors) -> None:
    page = window.samples
    assert page.select_procedure("1.000656")
    doc_id = samples_service.add_document(page.db, page.actor, "1.000656", title="Tờ khai khai tử",
                                          file=("mau.pdf", pdf_bytes("TỜ KHAI KHAI TỬ")))
    page._after_change(select=doc_id)

    def broken_printer(printer: QPrinter, _parent):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "khong-co" / "thu-muc" / "in.pdf"))
        return Accepting()

    page.preview.print_dialog = broken_printer
    assert page.print_current() == 0
    assert len(shown_errors) == 1 and shown_errors[0].startswith("Không in được “Tờ khai khai tử”: máy in")
    assert "chưa sẵn sàng hoặc máy tính này chưa cài máy in" in shown_errors[0]
    with page.db.read() as session:  # the failure is in the print log too
        job = print_log.recent(session, 1)[0]
    assert (job.template, job.procedure_codes, job.result) == ("sample-dossier", ["1.000656"], PrintResult.FAILED)
    assert job.error == shown_errors[0] and job.params["title"] == "Tờ khai khai tử"


def test_images_and_wrong_files(window: StaffWindow, qtbot, tmp_path, monkeypatch, shown_errors) -> None:
    page = window.samples
    page.only_posted.setChecked(False)
    assert page.list_model.rowCount() == 266
    assert page.select_procedure("2.000815")
    picture = tmp_path / "mau.jpg"
    Image.new("RGB", (300, 420), "white").save(picture, "JPEG")
    add_with_dialog(page, monkeypatch, "Bản chính giấy tờ (ảnh mẫu)", picture)
    assert page.preview.stack.currentWidget() is page.preview.image_area
    assert page.preview.page_label.text() == "Trang 1/1"
    fake = tmp_path / "don.pdf"
    fake.write_text("Đây là văn bản thường, không phải PDF", encoding="utf-8")
    page.attach_file(str(fake))
    assert len(shown_errors) == 1 and "“don.pdf” không phải PDF, PNG hay JPG" in shown_errors[0]
    with page.db.read() as session:
        docs = samples_service.documents(session, "2.000815")
    assert [d.file_name for d in docs] == ["mau.jpg"]
    page.confirm = lambda _question: True
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.table.rowCount() == 0 and page.preview.page_count() == 0


def test_a_read_only_account_previews_but_does_not_print(qtbot, qapp, sqlite_db: Database, tmp_path,
                                                          shown_errors) -> None:
    load_demo(sqlite_db, Actor.command_line(), samples=False)
    samples_service.add_document(sqlite_db, Actor.command_line(), "1.000656", title="Tờ khai khai tử",
                                 file=("mau.pdf", pdf_bytes("TỜ KHAI KHAI TỬ")))
    page = SamplesPage(sqlite_db, Actor("app:xem", Role.READONLY))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert page.select_procedure("1.000656")
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.page_count() == 1, timeout=5000)
    page.preview.print_dialog = lambda *_: pytest.fail("a read-only account reached the printer")
    assert page.print_current() == 0
    assert shown_errors == ["Tài khoản “app:xem” (Chỉ xem) không có quyền in hoặc lưu tài liệu "
                            "(tài khoản chỉ xem chỉ được xem trước)."]
    with sqlite_db.read() as session:
        assert print_log.recent(session) == []


def test_the_demo_sample_dossier_is_previewed(qtbot, qapp, sqlite_db: Database) -> None:
    load_demo(sqlite_db, Actor.command_line())  # with the sample forms, as `cchc init --demo`
    w = open_staff_window(qtbot, sqlite_db, Actor("app:lan", Role.STAFF))
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = w.samples
    page.search.setText("dang ky khai sinh")
    page.list.setCurrentIndex(page.list_model.index(0, 0))
    assert page.code == "1.001193"
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "1. Tờ khai đăng ký khai sinh"
    page.table.selectRow(0)
    preview = page.preview
    qtbot.waitUntil(lambda: preview.page_count() == 1, timeout=5000)
    qtbot.waitUntil(lambda: dark_pixels(preview.pdf_view.grab().toImage()) > 30, timeout=5000)
    save_artifact(w, "demo-sample-dossier.png")
