"""Cài đặt › Lĩnh vực: each field's link typed, checked, saved and reverted as a clerk would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import Role
from cchc_desktop.core.services import audit, fields, settings
from cchc_desktop.demo import load_demo
from cchc_desktop.gui.staff.fields_tab import FieldsTab
from cchc_desktop.gui.staff.settings_page import SettingsPage
from cchc_desktop.gui.staff.window import StaffWindow

from conftest import open_staff_window, save_artifact

pytestmark = pytest.mark.gui
STAFF = Actor("binh", Role.STAFF, 2, "Trần Văn Bình")
HO_TICH = "https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=h%E1%BB%99%20t%E1%BB%8Bch"


@pytest.fixture
def catalogue(sqlite_db: Database) -> Database:
    load_demo(sqlite_db, Actor.command_line())
    return sqlite_db


def links(db: Database) -> dict[str, str | None]:
    with db.read() as session:
        return {f.name: f.link for f in fields.list_fields(session)}


def shown_tab(qtbot, db: Database, actor: Actor) -> tuple[SettingsPage, FieldsTab]:
    page = SettingsPage(db, actor)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.fields)
    QApplication.processEvents()
    return page, page.fields


def window_tab(qtbot, db: Database, actor: Actor) -> tuple[StaffWindow, FieldsTab]:
    """The tab inside the staff window at 1366×768, as a clerk reaches it (Cài đặt › Lĩnh vực)."""
    window = open_staff_window(qtbot, db, actor)
    window.nav.setCurrentRow(window.SETTINGS)
    page = window.settings_page
    page.tabs.setCurrentWidget(page.fields)
    QApplication.processEvents()
    return window, page.fields


def select(tab: FieldsTab, name: str) -> None:
    tab.table.setFocus()
    row = [r.name for r in tab.model.rows].index(name)
    tab.table.selectRow(row)


def type_link(tab: FieldsTab, text: str) -> None:
    tab.link.setFocus()
    tab.link.selectAll()
    QTest.keyClick(tab.link, Qt.Key.Key_Delete)
    QTest.keyClicks(tab.link, text)  # links are ASCII: keyClicks is safe


def test_a_link_typed_and_saved_is_stored_and_audited(qtbot, qapp, catalogue: Database) -> None:
    page, tab = shown_tab(qtbot, catalogue, STAFF)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Trung tâm", "Lĩnh vực", "Giao diện"]
    names = [r.name for r in tab.model.rows]
    assert len(names) == 16 and names.index("Chứng thực") < names.index("Đất đai") < names.index("Hộ tịch")
    hotich = next(r for r in tab.model.rows if r.name == "Hộ tịch")
    assert hotich.code == "G15-TP07" and hotich.procedures == 41
    assert tab.model.headerData(3, Qt.Orientation.Horizontal) == "Đường liên kết (mã QR trên áp phích)"
    assert not tab.save_button.isEnabled()

    select(tab, "Hộ tịch")
    type_link(tab, HO_TICH)
    assert tab.save_button.isEnabled() and tab.message.isHidden()
    assert tab.model.data(tab.model.index(names.index("Hộ tịch"), 3)).endswith(" *")  # unsaved, marked
    QTest.keyClick(tab.link, Qt.Key.Key_Return)  # Enter goes on to the next field
    assert tab.model.rows[tab.current_row()].name == names[names.index("Hộ tịch") + 1]
    QTest.keyClick(tab.link, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert links(catalogue)["Hộ tịch"] == HO_TICH
    assert tab.status.text() == "Đã lưu 1 đường liên kết." and not tab.save_button.isEnabled()
    with catalogue.read() as session:
        entry = audit.search(session, Actor.command_line(), audit.AuditFilter(entity="field"))[0]
    assert (entry.actor, entry.entity_key) == ("binh", "Hộ tịch")
    assert entry.changes == [{"field": "portal_url", "old": None, "new": HO_TICH}]

    select(tab, "Chứng thực")
    type_link(tab, "https://example.com/chung-thuc")
    assert tab.message.isVisible() and "không phải Cổng Dịch vụ công quốc gia" in tab.message.text()
    assert "Chứng thực" in tab.message.text()  # only flagged: it can be saved
    assert tab.save()
    assert links(catalogue)["Chứng thực"] == "https://example.com/chung-thuc"

    select(tab, "Hộ tịch")
    assert tab.link.text() == HO_TICH
    type_link(tab, "")  # an empty box clears the link
    assert tab.save() and links(catalogue)["Hộ tịch"] is None


def test_a_bad_link_shows_why_and_stores_nothing(qtbot, qapp, catalogue: Database) -> None:
    page, tab = shown_tab(qtbot, catalogue, STAFF)
    select(tab, "Đất đai")
    type_link(tab, "http://dichvucong.gov.vn/dat-dai")
    assert tab.message.isVisible()
    assert tab.message.text() == ("Đường liên kết của lĩnh vực “Đất đai” “http://dichvucong.gov.vn/dat-dai” không "
                                  "hợp lệ: phải bắt đầu bằng https:// và có tên miền.")
    select(tab, "Hộ tịch")
    type_link(tab, HO_TICH)
    assert not tab.save()  # one bad link: nothing is saved, the bad one is shown
    assert tab.model.rows[tab.current_row()].name == "Đất đai" and tab.link.hasFocus()
    assert tab.status.text() == "Chưa lưu: hãy sửa đường liên kết được báo màu đỏ."
    QApplication.processEvents()
    save_artifact(page, "settings-fields-error.png")
    assert set(links(catalogue).values()) == {None}
    tab.revert_button.click()
    assert not tab.model.typed and tab.link.text() == "" and tab.message.isHidden()
    assert not tab.save_button.isEnabled()


@pytest.mark.parametrize("who", ["readonly", "staff-turned-off"])
def test_who_may_not_edit_the_catalogue_only_looks(qtbot, qapp, catalogue: Database, who: str) -> None:
    fields.set_links(catalogue, Actor.command_line(), {"Hộ tịch": HO_TICH})
    actor = STAFF
    if who == "readonly":
        actor = Actor("xem", Role.READONLY, 3)
    else:
        settings.set_many(catalogue, Actor.command_line(), {"catalogue.staff_can_edit": False})
    page, tab = shown_tab(qtbot, catalogue, actor)
    select(tab, "Hộ tịch")
    assert tab.link.text() == HO_TICH and tab.link.isReadOnly()
    assert tab.note.isVisible() and not tab.save_button.isVisibleTo(page) and not tab.revert_button.isVisibleTo(page)
    assert not tab.save()
    assert links(catalogue)["Hộ tịch"] == HO_TICH


def test_the_tab_in_the_staff_window_at_1366x768(qtbot, qapp, catalogue: Database) -> None:
    fields.set_links(catalogue, Actor.command_line(), {"Hộ tịch": HO_TICH})
    window, tab = window_tab(qtbot, catalogue, STAFF)
    select(tab, "Chứng thực")
    type_link(tab, "https://example.com/chung-thuc")
    QApplication.processEvents()
    assert tab.message.isVisible() and tab.message.height() >= tab.message.heightForWidth(tab.message.width())
    header = tab.table.horizontalHeader()
    assert header.sectionSize(0) >= tab.table.sizeHintForColumn(0)  # field names are whole
    save_artifact(window, "settings-fields.png")
