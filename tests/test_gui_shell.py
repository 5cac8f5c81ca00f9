"""The staff window on the demo catalogue, driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import Role
from cchc_desktop.gui import app as gui_app
from cchc_desktop.gui.collation import vietnamese_collator
from cchc_desktop.gui.staff.window import StaffWindow

from conftest import save_artifact

pytestmark = pytest.mark.gui
VIETNAMESE_LETTERS = ("aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ")


@pytest.fixture
def window(qtbot, qapp, sqlite_db: Database) -> StaffWindow:
    w = StaffWindow(sqlite_db, Actor("quantri", Role.ADMIN, 1, "Nguyễn Thị Hạnh"))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    with qtbot.waitSignal(w.procedures.loaded):
        w.show()
    qtbot.waitExposed(w)
    return w


def test_bundled_font_covers_vietnamese(qapp) -> None:
    assert "Be Vietnam Pro" in QFontDatabase.families()
    assert QApplication.font().family() == "Be Vietnam Pro"
    raw = QRawFont.fromFont(QApplication.font(), QFontDatabase.WritingSystem.Vietnamese)
    assert raw.familyName() == "Be Vietnam Pro"
    letters = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper() + "₫–“”"
    assert [ch for ch in letters if not raw.supportsCharacter(ord(ch))] == []


def test_navigation_speaks_vietnamese(window: StaffWindow, qtbot) -> None:
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == ["Thủ tục", "Hồ sơ mẫu", "In ấn", "Hướng dẫn", "Báo cáo", "Cài đặt"]
    assert window.windowTitle() == "CCHC Desktop – Trung tâm Phục vụ hành chính công"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == window.PRINTING
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == window.PROCEDURES


def test_empty_catalogue_offers_the_demo_and_lists_it_by_field_in_vietnamese_order(window: StaffWindow, qtbot) -> None:
    page = window.procedures
    assert page.empty_banner.isVisibleTo(window)
    assert page.model.rowCount() == 0
    qtbot.mouseClick(page.load_demo_button, Qt.MouseButton.LeftButton)
    assert not page.empty_banner.isVisibleTo(window)
    assert page.summary.text() == "266 thủ tục · 16 lĩnh vực"

    model = page.model
    fields = [model.index(r, 0).data() for r in range(model.rowCount())]
    collator = vietnamese_collator()
    assert fields == sorted(fields, key=collator.sortKey)
    assert fields[:3] == ["Bảo trợ xã hội", "Chứng thực", "Đăng ký, quản lý cư trú"]
    for r in range(model.rowCount()):
        parent = model.index(r, 0)
        names = [model.index(i, 1, parent).data() for i in range(model.rowCount(parent))]
        assert names == sorted(names, key=collator.sortKey), fields[r]
        assert model.index(r, 1).data() == f"{len(names)} thủ tục"

    ho_tich = model.index(fields.index("Hộ tịch"), 0)
    codes = [model.index(i, 0, ho_tich).data() for i in range(model.rowCount(ho_tich))]
    row = codes.index("1.001193")
    page.tree.setCurrentIndex(model.index(row, 1, ho_tich))
    html = page.detail.toPlainText()
    assert "Thủ tục đăng ký khai sinh" in html and "Trực tuyến" in html and "Hộ tịch" in html
    assert "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7" in html
    page.tree.scrollTo(model.index(row, 1, ho_tich))
    QApplication.processEvents()
    save_artifact(window, "staff-window-demo.png")


def test_language_switch_retranslates_live(window: StaffWindow, qapp) -> None:
    try:
        gui_app.install_translators(qapp, "en")
        qapp.processEvents()
        assert window.nav.item(0).text() == "Procedures"
        assert window.procedures.title.text() == "Administrative procedures"
    finally:
        gui_app.install_translators(qapp, "vi")
        qapp.processEvents()
    assert window.nav.item(5).text() == "Cài đặt"
    assert window.procedures.title.text() == "Thủ tục hành chính"
