"""The handbook and the panels in the print studio page: chosen, previewed, saved, logged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from cchc_desktop.core.db.database import Database
from cchc_desktop.gui.staff import print_studio
from cchc_desktop.gui.staff.print_studio import PrintStudioPage

import pdfcheck
from conftest import save_artifact
from test_gui_print_studio import catalogue, jobs, page, preview, spin  # noqa: F401 (fixtures)

pytestmark = pytest.mark.gui


def test_the_handbook_previews_as_print_shop_pages_or_an_imposed_booklet(qtbot, page: PrintStudioPage,
                                                                         catalogue: Database, tmp_path: Path) -> None:
    preview(qtbot, page, lambda: (page.template.setCurrentIndex(page.template.findData("handbook")),
                                  page.field.setCurrentIndex(page.field.findData("Chứng thực")),
                                  page.source_field.click()))
    assert page.template.currentText() == "Sổ tay hướng dẫn thủ tục (cuốn A5)"
    assert page.imposed.isVisible() and not page.photo_button.isVisible()
    assert page.crop_marks.isChecked() and not page.crop_marks.isEnabled()  # print-shop pages: always
    single = page.rendered
    assert single.kind == "handbook" and not single.duplex and len(single.codes) == 10
    preview(qtbot, page, lambda: page.imposed.setChecked(True))
    booklet = page.rendered
    assert not page.crop_marks.isChecked()  # a booklet printed at the center has none
    assert booklet.duplex and booklet.pages == booklet.book_pages // 2 == page.document.pageCount()
    texts = [page.issues.item(i).text() for i in range(page.issues.count())]
    assert any(t.startswith("Cách in: In hai mặt trên giấy A4 ngang, chọn lật theo cạnh ngắn") for t in texts)
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    page.prepare_printer(printer)  # A4 landscape sheets (duplex is set too where the printer has it)
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert page.print_button.isEnabled()
    spin(400)
    save_artifact(page, "print-studio-handbook.png")
    assert page.save_to(str(tmp_path / "so-tay.pdf"))
    job = jobs(catalogue)[0]
    assert job.template == "handbook" and job.params["imposed"] and job.params["book_pages"] == booklet.book_pages
    assert job.pages == booklet.pages


def test_a_panel_takes_images_from_files_and_is_saved_for_the_print_shop(qtbot, page: PrintStudioPage,
                                                                         tmp_path: Path, monkeypatch) -> None:
    photo = tmp_path / "truso.jpg"
    Image.new("RGB", (1200, 800), (90, 130, 170)).save(photo, "JPEG")
    preview(qtbot, page, lambda: (page.template.setCurrentIndex(page.template.findData("panel")),
                                  page.size.setCurrentIndex(page.size.findData("A0"))))
    assert [page.size.itemData(i) for i in range(page.size.count())] == ["A1", "A0", "rollup-80x200",
                                                                        "rollup-85x200"]
    assert page.photo_button.isVisible() and not page.imposed.isVisible()
    preview(qtbot, page, lambda: page.load_image("photo", str(photo)))
    assert page.photo_button.text() == "Ảnh Trung tâm… (truso.jpg)"
    rendered = page.rendered
    assert not rendered.blocked and rendered.size == "A0"
    assert not page.print_button.isEnabled() and page.save_button.isEnabled()  # for the print shop only
    errors = []
    monkeypatch.setattr(print_studio, "show_error", lambda _parent, message: errors.append(message))
    page.print_document()  # as "Print again" on a panel's job would
    assert errors == ["Pano do nhà in in: lưu tệp PDF rồi gửi cho nhà in."]
    texts = [page.issues.item(i).text() for i in range(page.issues.count())]
    assert any("quét được từ 2,0 m" in t for t in texts)
    spin(400)
    save_artifact(page, "print-studio-panel.png")
    out = tmp_path / "pano.pdf"
    assert page.save_to(str(out))
    assert sum(pdfcheck.qr_links(out.read_bytes(), dpi=18).values()) == len(rendered.links) >= 2
    assert page.crop_marks.isChecked() and not page.crop_marks.isEnabled()
    preview(qtbot, page, lambda: page.distance.setValue(4.0))
    assert page.rendered.blocked and not page.save_button.isEnabled()
    assert "nhỏ hơn mức quét được từ 4,0 m" in page.issues.item(0).text()
    preview(qtbot, page, lambda: page.distance.setValue(2.0))
    preview(qtbot, page, lambda: page.clear_images.click())
    preview(qtbot, page, lambda: page.template.setCurrentIndex(page.template.findData("poster")))
    assert page.crop_marks.isEnabled() and not page.crop_marks.isChecked()  # the poster's own choice is back
    assert page.photo_button.text() == "Ảnh Trung tâm…" and page.request.photo is None
