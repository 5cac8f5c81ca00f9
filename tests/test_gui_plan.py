"""The communication plan page as the center's staff use it: the board, recording, a print counted for task 3."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import ProductKind, Progress, Role
from cchc_desktop.core.periods import local_today
from cchc_desktop.core.services import plans, settings
from cchc_desktop.demo import load_demo
from cchc_desktop.gui.staff.plan_page import ActivityDialog, PlanPage, TaskDialog
from cchc_desktop.gui.staff.print_studio import PrintStudioPage

from conftest import ROOT, open_staff_window, save_artifact
from test_plan_report import load_q3

pytestmark = pytest.mark.gui
ADMIN = Actor("quantri", Role.ADMIN, 1, "Nguyễn Thị Hạnh")
STAFF = Actor("tranthib", Role.STAFF, 3, "Trần Thị B")
TODAY = dt.date(2026, 9, 16)  # mid-September: 15 of 30 days over
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def keep(widget, name: str) -> None:
    """A committed screenshot (docs/plan), quantised to keep the PNG small."""
    from PIL import Image

    path = ROOT / "docs" / "plan" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    Image.open(path).convert("RGB").quantize(colors=96).save(path, optimize=True)


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


@pytest.fixture
def plan_db(sqlite_db: Database) -> Database:
    plans.load_demo(sqlite_db, Actor.command_line())
    load_q3(sqlite_db)
    return sqlite_db


@pytest.fixture
def page(qtbot, qapp, plan_db: Database) -> PlanPage:
    w = PlanPage(plan_db, STAFF, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1150, 700)
    w.show()
    return w


def cell(page: PlanPage, task: int, month: int):
    row = next(i for i in range(page.grid.rowCount()) if page.grid.item(i, 0).text().startswith(f"{task}. "))
    return page.grid.item(row, month)


def test_the_board_colours_each_task_and_month(page: PlanPage) -> None:
    assert page.title.text() == "Kế hoạch truyền thông" and page.year.currentText() == "2026"
    assert page.grid.rowCount() == 11
    assert page.grid.horizontalHeaderItem(7).text() == "T7" and page.grid.horizontalHeaderItem(13).text() == "Cả năm"
    july, august, september = cell(page, 4, 7), cell(page, 4, 8), cell(page, 4, 9)
    assert (july.text(), july.data(Qt.ItemDataRole.UserRole)) == ("3/4", "missed")
    assert (august.text(), august.data(Qt.ItemDataRole.UserRole)) == ("4/4", "met")
    # 16 September: 4 × 15/30 = 2 wanted so far, 1 done: behind.
    assert (september.text(), september.data(Qt.ItemDataRole.UserRole)) == ("1/4", "behind")
    assert september.background().color().name() == "#ffd88a"
    assert "Chậm tiến độ: 1/4" in september.toolTip()
    assert cell(page, 6, 7).text() == "2/5"  # five weeks have their Thursday in July 2026
    assert cell(page, 3, 8).text() == "300" and cell(page, 3, 8).data(Qt.ItemDataRole.UserRole) is None
    deadlines = [page.deadlines.item(i).text() for i in range(page.deadlines.count())]
    assert deadlines[0] == "20/09/2026 – nhiệm vụ 6: còn thiếu 1 (đã có 0/1, chậm tiến độ)"
    assert "30/09/2026 – nhiệm vụ 4: còn thiếu 3 (đã có 1/4, chậm tiến độ)" in deadlines
    page.unit.setCurrentIndex(page.unit.findData("Phòng Kinh tế"))
    assert page.grid.rowCount() == 1 and page.grid.item(0, 0).text().startswith("10. Định kỳ tham mưu")
    page.unit.setCurrentIndex(0)
    assert page.grid.rowCount() == 11 and page.unit.itemText(0) == "Tất cả đơn vị"


def test_staff_record_an_activity_with_evidence(qtbot, page: PlanPage, tmp_path: Path) -> None:
    assert page.record_button.isEnabled() and not page.import_button.isVisibleTo(page)
    assert page.add_task_button.isHidden() and page.import_button.isHidden()
    dialog = page.record_activity()
    dialog.task.setCurrentIndex(dialog.task.findData(5))
    assert dialog.kind.currentData() == ProductKind.BROADCAST.value  # the task's usual product
    dialog.day.setDate(dialog.day.date().fromString("15/08/2026", "dd/MM/yyyy"))
    dialog.title_edit.setText("Phát thanh: thanh toán lệ phí trực tuyến")
    dialog.place.setText("Loa khu phố 2")
    evidence = tmp_path / "lich-phat-thanh.png"
    evidence.write_bytes(PNG)
    dialog.set_file(evidence)
    assert dialog.file_label.text() == "lich-phat-thanh.png"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert cell(page, 5, 8).data(Qt.ItemDataRole.UserRole) == Progress.MET.value
    titles = [page.activities.item(r, 3).text() for r in range(page.activities.rowCount())]
    row = titles.index("Phát thanh: thanh toán lệ phí trực tuyến")
    assert page.activities.item(row, 7).text() == "lich-phat-thanh.png"
    assert page.activities.item(row, 2).text() == "Phát thanh loa"


def test_a_bad_activity_stays_open_with_its_reason(qtbot, page: PlanPage, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr("cchc_desktop.gui.errors.QMessageBox.warning", lambda parent, title, text: shown.append(text))
    dialog = page.record_activity()
    dialog.link.setText("http://khong-an-toan")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "Cần tên sản phẩm" in shown[0] and "https://" in shown[0]


def test_an_administrator_edits_a_task_and_restores_a_version(qtbot, qapp, plan_db: Database, monkeypatch) -> None:
    page = PlanPage(plan_db, ADMIN, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert not page.import_button.isHidden() and not page.add_task_button.isHidden()
    page.tasks.selectRow(3)
    dialog = page.edit_task()
    assert isinstance(dialog, TaskDialog) and dialog.targets.text() == "4/tháng: Bản tin, Bài viết"
    dialog.targets.setText("5/tháng: Bản tin, Bài viết")
    dialog._accept()
    assert page.tasks.item(3, 6).text() == "5 mỗi tháng: Bản tin, Bài viết"
    assert cell(page, 4, 8).text() == "4/5" and cell(page, 4, 8).data(Qt.ItemDataRole.UserRole) == "missed"
    with plan_db.read() as session:
        assert plans.plan_history(session, 2026)[0].actor == "quantri"
    details = page.edit_details()
    details.number.setText("120/KH-UBND")
    details.dated.setChecked(True)
    details.date.setDate(details.date.date().fromString("10/02/2026", "dd/MM/yyyy"))
    details.accept()
    assert "120/KH-UBND, 10/02/2026" in page.summary.text()
    assert cell(page, 4, 1).data(Qt.ItemDataRole.UserRole) is None  # January: before the plan was issued
    assert cell(page, 4, 2).data(Qt.ItemDataRole.UserRole) == "missed"
    # The history tab: newest first; restoring the appendix as loaded brings back 4 a month.
    assert page.history.rowCount() == 3 and page.history.item(0, 1).text() == "quantri"
    assert page.history.item(2, 2).text() == "Nạp kế hoạch mẫu"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.history.selectRow(2)
    page.restore_version()
    assert cell(page, 4, 8).text() == "4/4" and page.history.rowCount() == 4
    assert cell(page, 4, 1).data(Qt.ItemDataRole.UserRole) == "missed"


def test_a_printed_leaflet_is_recorded_against_task_3_with_its_copies(qtbot, qapp, sqlite_db: Database,
                                                                      tmp_path: Path) -> None:
    load_demo(sqlite_db, Actor.command_line())  # the catalogue and the 2026 plan
    if local_today().year != 2026:  # the print job is dated today
        plans.copy_plan(sqlite_db, Actor.command_line(), 2026, local_today().year)
    settings.set_many(sqlite_db, Actor.command_line(), {"center.name": "Trung tâm Phục vụ hành chính công phường Bình Long"})
    studio = PrintStudioPage(sqlite_db, STAFF)
    qtbot.addWidget(studio)
    studio.resize(1150, 740)
    with qtbot.waitSignal(studio.preview_ready, timeout=60_000):
        studio.show()
    with qtbot.waitSignal(studio.preview_ready, timeout=60_000):
        studio.template.setCurrentIndex(studio.template.findData("leaflet"))
    with qtbot.waitSignal(studio.preview_ready, timeout=60_000):
        studio.choose(["1.001193"])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "to-gap.pdf"))
    studio.prepare_printer(printer)
    printer.setCopyCount(3)
    assert studio.print_to(printer)
    dialog = studio.plan_offer
    assert isinstance(dialog, ActivityDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Ghi bản in này vào kế hoạch truyền thông?"
    assert dialog.task.currentData() == 3 and dialog.kind.currentData() == ProductKind.PRINTED.value
    assert dialog.count.value() == 3  # three copies of one leaflet
    assert dialog.title_edit.text() == "Tờ gấp “Hướng dẫn nộp hồ sơ trực tuyến” – thủ tục 1.001193, khổ A4"
    assert dialog.unit.text() == "Trung tâm Phục vụ hành chính công phường Bình Long"
    if os.environ.get("CCHC_SCREENSHOTS"):
        spin(200)
        keep(dialog, "print-offer.png")
    dialog.count.setValue(300)  # the officer printed 300 for the outing
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    with sqlite_db.read() as session:
        (recorded,) = plans.activities(session, local_today().year, task=3)
    assert (recorded.count, recorded.kind, recorded.created_by) == (300, ProductKind.PRINTED, "tranthib")
    assert recorded.source.startswith("print:")
    # A sticker sheet is not printed matter for the plan: nothing is offered.
    with qtbot.waitSignal(studio.preview_ready, timeout=60_000):
        studio.template.setCurrentIndex(studio.template.findData("stickers"))
    assert studio.save_to(str(tmp_path / "nhan.pdf")) and studio.plan_offer is None


def test_the_plan_page_in_the_staff_window(qtbot, qapp, plan_db: Database) -> None:
    window = open_staff_window(qtbot, plan_db, ADMIN)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == window.PLAN
    plan_page = window.pages.widget(window.PLAN)
    assert isinstance(plan_page, PlanPage) and window.nav.item(window.PLAN).text() == "Kế hoạch truyền thông"
    assert window.nav.item(window.SETTINGS).text() == "Cài đặt"
    plan_page.today = lambda: TODAY
    plan_page.reload()
    spin(300)
    save_artifact(window, "plan-board.png")
    if os.environ.get("CCHC_SCREENSHOTS"):
        keep(window, "progress-board.png")
        plan_page.tabs.setCurrentIndex(2)
        spin(200)
        keep(window, "activities.png")


def test_english_interface(qapp, page: PlanPage) -> None:
    from cchc_desktop.gui import app as gui_app

    try:
        gui_app.install_translators(qapp, "en")
        qapp.processEvents()
        assert page.title.text() == "Communication plan" and page.tabs.tabText(2) == "Activities"
        assert page.grid.horizontalHeaderItem(7).text() == "M7"
        page.reload()
        assert page.deadlines.item(0).text() == "20/09/2026 – task 6: 1 more needed (0 of 1 done, behind)"
        assert page.unit.itemText(0) == "All units"
    finally:
        gui_app.install_translators(qapp, "vi")
        qapp.processEvents()
    assert page.title.text() == "Kế hoạch truyền thông" and page.tabs.tabText(3) == "Lịch sử"


def test_coming_back_to_the_page_shows_what_was_recorded_meanwhile(qtbot, page: PlanPage, plan_db: Database) -> None:
    before = page.activities.rowCount()
    page.hide()
    plans.add_activity(plan_db, STAFF, year=2026, task=4, day=dt.date(2026, 9, 14), kind="news", title="Tin mới")
    page.show()
    assert page.activities.rowCount() == before + 1 and cell(page, 4, 9).text() == "2/4"
