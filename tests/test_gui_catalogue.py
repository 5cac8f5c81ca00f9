"""The catalogue page driven as a clerk does: typing, filtering, sorting, marking a repeal."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.domain import Role
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.services import catalogue
from cchc_desktop.demo import load_demo
from cchc_desktop.gui.staff.catalogue import CatalogueModel, CataloguePage
from cchc_desktop.gui.staff.window import StaffWindow

from conftest import open_staff_window, save_artifact

pytestmark = pytest.mark.gui
TODAY = dt.date(2026, 11, 26)
D = dt.date(2026, 12, 1)


def type_text(widget: QWidget, text: str) -> None:
    """Type character by character (any Unicode, composed or not), as a keyboard does."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def window(qtbot, qapp, sqlite_db: Database) -> StaffWindow:
    load_demo(sqlite_db, Actor.command_line())
    return open_staff_window(qtbot, sqlite_db, Actor("quantri", Role.ADMIN, 1, "Nguyễn Thị Hạnh"),
                             prepare=lambda w: setattr(w.procedures, "today", lambda: TODAY))


def shown(page: CataloguePage, column: int = CatalogueModel.NAME) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_the_list_follows_each_keystroke_without_tones(window: StaffWindow, qtbot) -> None:
    page = window.procedures
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    counts = []
    for ch in "dang ky khai sinh":
        qtbot.keyClicks(page.search, ch)
        counts.append(page.model.rowCount())
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1] > 5
    assert shown(page, CatalogueModel.CODE)[0] == "1.001193"
    assert page.found.text() == f"Tìm thấy {counts[-1]}"
    # The field list counts what was found, once typing pauses.
    qtbot.waitUntil(lambda: page.field_model.entries[0][2] == counts[-1])
    entries = {name: count for _, name, count in page.field_model.entries}
    assert entries["Tất cả lĩnh vực"] == counts[-1] and entries["Hộ tịch"] >= 5
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and page.model.rowCount() == 266


def test_decomposed_typing_matches_composed_text(window: StaffWindow, qtbot) -> None:
    page = window.procedures
    page.search.setText("chứng thực")
    page.settle()
    composed = shown(page)
    page.search.clear()
    decomposed = unicodedata.normalize("NFD", "chứng thực")
    assert len(decomposed) > len("chứng thực")
    type_text(page.search, decomposed)
    page.settle()
    assert page.search.text() == decomposed
    assert shown(page) == composed and composed[0].startswith("Chứng thực")
    page.search.clear()
    type_text(page.search, "CHUNG THUC")
    assert set(shown(page)) == set(composed)


def test_accents_typed_rank_first(window: StaffWindow, qtbot) -> None:
    page = window.procedures
    type_text(page.search, "hộ")
    page.settle()  # a pause in typing: the whole list in its final order
    names = shown(page)
    first_ho_tro = min(i for i, n in enumerate(names) if n.startswith("Hỗ trợ"))
    assert all(i < first_ho_tro for i, n in enumerate(names) if "hộ tịch" in n.casefold())
    page.search.clear()
    type_text(page.search, "hỗ")
    assert shown(page)[0].startswith("Hỗ trợ")


def test_filters_badges_sorting_and_keyboard(window: StaffWindow, qtbot) -> None:
    page = window.procedures
    page.review_filter.setChecked(True)
    assert page.review_filter.text() == "Cần đối chiếu lại (38)"
    assert page.model.rowCount() == 38
    badges = {page.model.index(r, CatalogueModel.REVIEW).data(Qt.ItemDataRole.DecorationRole) is not None
              for r in range(38)}
    assert badges == {True}
    assert "Chưa từng đối chiếu" in page.model.index(0, CatalogueModel.REVIEW).data(Qt.ItemDataRole.ToolTipRole)
    page.clear_filters()
    page.posting_filter.setCurrentIndex(1)  # posted now
    assert page.model.rowCount() == 71 and set(shown(page, CatalogueModel.POSTING)) == {"Đang niêm yết"}
    page.posting_filter.setCurrentIndex(3)  # not posted
    assert page.model.rowCount() == 266 - 71
    page.clear_filters()
    page.online_filter.setCurrentIndex(2)  # partly online
    assert 0 < page.model.rowCount() < 266 and "1.001193" in shown(page, CatalogueModel.CODE)
    page.clear_filters()
    assert page.model.rowCount() == 266

    header = page.table.horizontalHeader()
    header.sectionClicked.emit(CatalogueModel.CODE)
    codes = shown(page, CatalogueModel.CODE)
    assert codes == sorted(codes)
    header.sectionClicked.emit(CatalogueModel.CODE)
    assert shown(page, CatalogueModel.CODE) == sorted(codes, reverse=True)
    header.sectionClicked.emit(CatalogueModel.CODE)
    assert not header.isSortIndicatorShown()

    page.search.setFocus()
    qtbot.keyClicks(page.search, "khai tu")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() and page.current_code() == shown(page, CatalogueModel.CODE)[0]
    qtbot.keyClicks(page.table, "x")  # typing in the list goes on typing in the search box
    assert page.search.hasFocus() and page.search.text() == "khai tux"
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editor is not None and page.editor.isVisible()
    assert page.editor.code == page.current_code()
    page.editor.reject()


def test_a_repealed_procedure_leaves_the_posted_list_on_its_date(window: StaffWindow, qtbot, monkeypatch) -> None:
    page = window.procedures
    day = {"today": TODAY}
    page.today = lambda: day["today"]
    assert page.select_code("1.001193")
    qtbot.keyClick(page.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.status.setCurrentIndex(dialog.status.findData("repealed"))
    dialog.save()
    assert "Cần số, ký hiệu quyết định công bố" in dialog.error.text()
    dialog.decision_number.setText("3582/QĐ-UBND")
    dialog.decision_date.setText("31/13/2026")
    dialog.save()
    assert dialog.error.text() == "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 01/12/2026."
    dialog.decision_date.setText("20/11/2026")
    dialog.save()
    assert dialog.error.text() == "Cần ngày bãi bỏ có hiệu lực." and dialog.isVisible()
    dialog.effective.setText("01/12/2026")
    assert "Từ ngày 01/12/2026, thủ tục không còn trong danh sách niêm yết, trên ki-ốt" in dialog.effect.text()
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.decision_number, Qt.Key.Key_Return)  # Enter saves
    row = page.model.row_of("1.001193")
    assert page.model.index(row, CatalogueModel.POSTING).data() == "Đến hết 30/11/2026"
    assert page.model.index(row, CatalogueModel.LIFECYCLE).data() == "Bãi bỏ"
    page.posting_filter.setCurrentIndex(2)  # changing soon
    assert "1.001193" in shown(page, CatalogueModel.CODE)

    with page.db.read() as session:
        assert "1.001193" in [p.code for p in catalogue.posted_procedures(session, D - dt.timedelta(days=1))]
        assert "1.001193" not in [p.code for p in catalogue.posted_procedures(session, D)]

    day["today"] = D
    page.refresh()
    page.posting_filter.setCurrentIndex(1)  # posted now
    assert "1.001193" not in shown(page, CatalogueModel.CODE) and page.model.rowCount() == 70
    page.posting_filter.setCurrentIndex(4)  # no longer posted
    assert shown(page, CatalogueModel.CODE) == ["1.001193"]
    assert shown(page, CatalogueModel.POSTING) == ["Đã thôi niêm yết"]
    page.select_code("1.001193")
    page._show_detail()
    assert "quyết định 3582/QĐ-UBND ngày 20/11/2026" in page.detail.toPlainText()


def test_catalogue_page_screenshot(window: StaffWindow, qtbot) -> None:
    page = window.procedures
    type_text(page.search, "hộ tịch")
    qtbot.wait(300)  # a pause in typing: the counts per field follow
    assert page.field_model.entries[0][2] == page.model.rowCount()
    page.select_code(page.model.code_at(0))
    page._show_detail()
    QApplication.processEvents()
    path = save_artifact(window, "catalogue-page.png")
    assert path.exists()
