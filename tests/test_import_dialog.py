"""The import wizard driven as staff would: drop a file, check the columns, read the dry run, confirm."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from annexes import new_annex_rows, write_xlsx
from conftest import save_artifact
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.domain import Role
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.services import catalogue, importer
from cchc_desktop.gui.staff.import_dialog import ImportDialog
from cchc_desktop.gui.staff.window import StaffWindow

pytestmark = pytest.mark.gui


ADMIN = Actor("quantri", Role.ADMIN, 1, "Nguyễn Thị Hạnh")  # as if signed in

def count(db: Database) -> int:
    with db.read() as session:
        return catalogue.count(session)


def drop(widget, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


@pytest.fixture
def dialog(qtbot, qapp, sqlite_db: Database) -> ImportDialog:
    d = ImportDialog(sqlite_db, ADMIN)
    qtbot.addWidget(d)
    d.resize(1366, 768)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_drop_map_preview_confirm_undo(dialog: ImportDialog, qtbot, sqlite_db: Database, tmp_path: Path,
                                       monkeypatch) -> None:
    path = write_xlsx(tmp_path / "Phụ lục QĐ 2158.xlsx", new_annex_rows())
    drop(dialog, path)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.MAPPING, timeout=20000)
    assert dialog.mapping.rowCount() == 7
    assert dialog.mapping.cellWidget(1, 2).currentText() == "Mã TTHC"
    assert dialog.mapping.cellWidget(5, 2).currentText() == "Phí, lệ phí"
    assert dialog.next_button.text().replace("&", "") == "Xem trước thay đổi"
    save_artifact(dialog, "import_mapping.png")

    # The user drops the legal-basis column from the import: the preview no longer carries it.
    legal = dialog.mapping.cellWidget(6, 2)
    legal.setCurrentIndex(legal.findData(None))
    assert "legal" not in dialog.plan.layouts[0].mapping
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=20000)
    assert "thêm mới 3, cập nhật 0" in dialog.summary.text()
    assert dialog.changes.topLevelItemCount() == 3
    assert dialog.changes.topLevelItem(0).text(0) == "Thêm mới"
    assert all(c.after["legal_bases"] == [] for c in dialog.plan.changes)
    assert dialog.next_button.isEnabled() and count(sqlite_db) == 0  # nothing written before confirming
    save_artifact(dialog, "import_preview.png")

    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert count(sqlite_db) == 3
    assert dialog.pages.currentIndex() == dialog.DONE and "3" in dialog.done_label.text()
    assert dialog.undo_button.isVisible() and dialog.undo_button.text().replace("&", "") == "Hoàn tác lần nhập này…"
    save_artifact(dialog, "import_done.png")

    # A wrong file noticed at once: undone from the same page, after saying what that does.
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    with qtbot.waitSignal(dialog.imported):
        dialog.undo_button.click()
    assert asked and asked[0].startswith("Hoàn tác lần nhập “") and "thêm (sẽ bị xoá): 3\n" in asked[0]
    assert count(sqlite_db) == 0 and not dialog.undo_button.isVisible()
    assert dialog.done_label.text() == "Đã hoàn tác lần nhập: danh mục trở lại như trước lần nhập."


def test_errors_block_the_import_and_name_their_place(dialog: ImportDialog, qtbot, sqlite_db: Database,
                                                      tmp_path: Path) -> None:
    rows = new_annex_rows()
    rows[2][1] = "1.0011"
    dialog.open_file(write_xlsx(tmp_path / "loi.xlsx", rows))
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.MAPPING, timeout=20000)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=20000)
    assert not dialog.next_button.isEnabled()
    assert dialog.problems.count() >= 1 and "dòng 7, cột B" in dialog.problems.item(0).text()
    save_artifact(dialog, "import_errors.png")
    assert count(sqlite_db) == 0


def test_unreadable_file_says_why(dialog: ImportDialog, qtbot, tmp_path: Path) -> None:
    locked = tmp_path / "mat-khau.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    dialog.open_file(locked)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20000)
    assert "có mật khẩu" in dialog.status.text() and dialog.pages.currentIndex() == dialog.FILE


def test_portal_record_goes_straight_to_the_preview(dialog: ImportDialog, qtbot) -> None:
    dialog.open_file(Path(__file__).parent / "data" / "portal_detail_sample_1.001193.json")
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=20000)
    assert dialog.changes.topLevelItem(0).text(1) == "1.001193"


def test_cancel_while_reading_leaves_nothing(dialog: ImportDialog, qtbot, sqlite_db: Database, tmp_path: Path) -> None:
    rows = [r for r in new_annex_rows() if len(r) > 2] * 1
    from test_import_robust import _big_annex

    path = _big_annex(tmp_path / "lon.xlsx", 3000)
    dialog.open_file(path)
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30000)
    assert dialog.pages.currentIndex() in (dialog.FILE, dialog.MAPPING)
    assert count(sqlite_db) == 0 and rows


def test_staff_window_opens_the_import_from_its_menu(qtbot, qapp, sqlite_db: Database) -> None:
    window = StaffWindow(sqlite_db, ADMIN)
    qtbot.addWidget(window)
    assert window.catalogue_menu.title().replace("&", "") == "Danh mục"
    assert window.import_action.text().replace("&", "") == "Nhập danh mục thủ tục…"
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    dialog = window.open_import()
    assert dialog.isVisible() and dialog.windowTitle() == "Nhập danh mục thủ tục"
    dialog.close()


def test_an_export_with_only_a_fields_link_changed_previews_and_imports_it(dialog: ImportDialog, qtbot,
                                                                           sqlite_db: Database, tmp_path: Path) -> None:
    from cchc_desktop.core.services import fields, interchange
    from cchc_desktop.demo import load_demo
    from cchc_desktop.core.services.records import to_record

    link = "https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=ho%20tich"
    load_demo(sqlite_db, ADMIN)
    fields.set_links(sqlite_db, ADMIN, {"Hộ tịch": link})
    path = tmp_path / "danh-muc.json"
    with sqlite_db.read() as session:
        interchange.write_json([to_record(p) for p in catalogue.all_procedures(session)], path,
                               fields=fields.field_records(session))
    fields.set_links(sqlite_db, ADMIN, {"Hộ tịch": None})
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=20000)
    assert "1 đường liên kết lĩnh vực cần cập nhật" in dialog.summary.text()
    item = dialog.changes.topLevelItem(0)
    assert item.text(0) == "Cập nhật" and item.text(2) == f"Đường liên kết của lĩnh vực “Hộ tịch”: (không có) → {link}"
    assert dialog.next_button.isEnabled()
    save_artifact(dialog, "import_preview_field_link.png")
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    with sqlite_db.read() as session:
        assert next(f.link for f in fields.list_fields(session) if f.name == "Hộ tịch") == link


def test_the_preview_reuses_the_dry_run_until_something_changes(dialog: ImportDialog, qtbot, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    runs = []
    real = importer.build_plan
    monkeypatch.setattr(importer, "build_plan", lambda *a, **k: runs.append(1) or real(*a, **k))
    dialog.open_file(write_xlsx(tmp_path / "phu-luc.xlsx", new_annex_rows()))
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.MAPPING, timeout=20000)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW, timeout=20000)
    assert len(runs) == 1 and dialog.changes.topLevelItemCount() == 3  # the file was read once

    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    dialog.decision.setText("99/QĐ-UBND")  # a different decision: a new dry run
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(runs) == 2 and dialog.pages.currentIndex() == dialog.PREVIEW, timeout=20000)
    assert all(c.after["lifecycle"]["decision_number"] == "99/QĐ-UBND" for c in dialog.plan.changes)
