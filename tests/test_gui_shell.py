"""The staff window on the demo catalogue, driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import Role, TimeUnit
from cchc_desktop.gui import app as gui_app
from cchc_desktop.gui import labels
from cchc_desktop.gui.collation import vietnamese_collator
from cchc_desktop.gui.staff.window import StaffWindow

from conftest import open_staff_window, save_artifact

pytestmark = pytest.mark.gui
VIETNAMESE_LETTERS = ("aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ")


@pytest.fixture
def window(qtbot, qapp, sqlite_db: Database) -> StaffWindow:
    return open_staff_window(qtbot, sqlite_db, Actor("quantri", Role.ADMIN, 1, "Nguyễn Thị Hạnh"))


def test_bundled_font_covers_vietnamese(qapp) -> None:
    assert "Be Vietnam Pro" in QFontDatabase.families()
    assert QApplication.font().family() == "Be Vietnam Pro"
    raw = QRawFont.fromFont(QApplication.font(), QFontDatabase.WritingSystem.Vietnamese)
    assert raw.familyName() == "Be Vietnam Pro"
    letters = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper() + "₫–“”"
    assert [ch for ch in letters if not raw.supportsCharacter(ord(ch))] == []


def test_navigation_speaks_vietnamese(window: StaffWindow, qtbot) -> None:
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == ["Thủ tục", "Hồ sơ mẫu", "In ấn", "Hướng dẫn", "Báo cáo", "Kế hoạch truyền thông",
                     "Cài đặt"]
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
    assert page.summary.text() == "266 thủ tục · 16 lĩnh vực · 71 đang niêm yết · 38 cần đối chiếu lại"

    fields = page.field_model.entries
    assert fields[0][1:] == ("Tất cả lĩnh vực", 266)
    names = [name for _, name, _ in fields[1:]]
    collator = vietnamese_collator()
    assert names == sorted(names, key=collator.sortKey)
    assert names[:3] == ["Bảo trợ xã hội", "Chứng thực", "Đăng ký, quản lý cư trú"]
    # Without a search the list runs field by field, each in Vietnamese order of name.
    model = page.model
    listed = [(model.index(r, 2).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert [f for f, _ in listed] == sorted((f for f, _ in listed), key=collator.sortKey)
    for row, (field, name, count) in enumerate(fields[1:], start=1):
        page.fields.setCurrentIndex(page.field_model.index(row, 0))
        shown = [model.index(r, 1).data() for r in range(model.rowCount())]
        assert shown == sorted(shown, key=collator.sortKey), name
        assert len(shown) == count and all(model.index(r, 2).data() == name for r in range(model.rowCount()))
        assert page.field_model.index(row, 1).data() == str(count)
    page.fields.setCurrentIndex(page.field_model.index(0, 0))
    assert model.rowCount() == 266

    assert page.select_code("1.001193")
    html = page.detail.toPlainText()
    assert "Thủ tục đăng ký khai sinh" in html and "Trực tuyến" in html and "Hộ tịch" in html
    assert "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7" in html
    page.table.scrollTo(page.table.currentIndex())
    QApplication.processEvents()
    save_artifact(window, "staff-window-demo.png")


def test_language_switch_retranslates_live(window: StaffWindow, qapp) -> None:
    try:
        gui_app.install_translators(qapp, "en")
        qapp.processEvents()
        assert window.nav.item(0).text() == "Procedures"
        assert window.procedures.title.text() == "Administrative procedures"
        # English plurals come from the plural-only English catalogue, not "1 day(s)".
        assert labels.time_limit(1, TimeUnit.DAY, "") == "1 day"
        assert labels.time_limit(3, TimeUnit.WORKING_DAY, "") == "3 working days"
    finally:
        gui_app.install_translators(qapp, "vi")
        qapp.processEvents()
    assert window.nav.item(window.SETTINGS).text() == "Cài đặt"
    assert window.procedures.title.text() == "Thủ tục hành chính"
    assert labels.time_limit(3, TimeUnit.WORKING_DAY, "") == "3 ngày làm việc"
