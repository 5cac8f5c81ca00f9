"""The procedure editor driven from the keyboard: edit and save, every check, code look-up, history, restore."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import Role
from cchc_desktop.core.services import editing
from cchc_desktop.demo import load_demo
from cchc_desktop.gui import errors
from cchc_desktop.gui.staff import editor as editor_module
from cchc_desktop.gui.staff.editor import ProcedureEditor
from cchc_desktop.gui.staff.window import StaffWindow

from conftest import open_staff_window, save_artifact

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, qapp, sqlite_db: Database) -> StaffWindow:
    load_demo(sqlite_db, Actor.command_line(), samples=False)
    return open_staff_window(qtbot, sqlite_db, Actor("app:lan", Role.STAFF))


@pytest.fixture
def shown_errors(monkeypatch) -> list[str]:
    """Messages the app would show in a message box (there is no one to click them here)."""
    messages: list[str] = []
    monkeypatch.setattr(errors, "show_error", lambda _parent, message: messages.append(message))
    return messages


def open_editor(window: StaffWindow, qtbot, code: str | None) -> ProcedureEditor:
    page = window.procedures
    if code is None:
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    else:
        assert page.select_code(code)
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    editor.windowHandle().requestActivate()  # what the window manager does; shortcuts act in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def history_rows(editor: ProcedureEditor) -> list[tuple[str, str, str]]:
    table = editor.history.table
    return [(table.item(r, 1).text(), table.item(r, 2).text(), table.item(r, 3).text())
            for r in range(table.rowCount())]


def test_edit_save_history_and_restore(window: StaffWindow, qtbot) -> None:
    editor = open_editor(window, qtbot, "1.000656")
    assert editor.windowTitle() == "Thủ tục 1.000656"
    original = editor.name_edit.toPlainText()
    editor.name_edit.setPlainText("Đăng ký khai tử")
    assert editor.is_dirty() and editor.status.text() == "Có thay đổi chưa lưu"
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.status.text().startswith("Đã lưu lúc") and not editor.is_dirty()
    with window.procedures.db.read() as session:
        assert editing.load_for_edit(session, "1.000656")[0]["name"] == "Đăng ký khai tử"
    assert history_rows(editor)[0] == ("app:lan", "Sửa", "Đăng ký khai tử")
    editor.tabs.setCurrentIndex(editor_module.HISTORY)
    changes = editor.history.changes
    assert [changes.item(0, c).text() for c in range(3)] == ["Tên thủ tục", original, "Đăng ký khai tử"]

    editor.keywords.set_items(["giấy chứng tử", "báo tử"])
    editor.save()
    rows = history_rows(editor)
    assert [r[1] for r in rows] == ["Sửa", "Sửa", "Tạo mới"]  # one entry per save
    assert editor.history.versions[0].changes[0]["field"] == "keywords"
    # The list follows the save.
    page = window.procedures
    assert page.model.index(page.model.row_of("1.000656"), 1).data() == "Đăng ký khai tử"

    # Restore the version before the first save (the one right after creation).
    editor.confirm_restore = lambda parent, version: True
    editor.history.table.setCurrentCell(2, 0)
    assert editor.history.restore_button.isEnabled()
    qtbot.mouseClick(editor.history.restore_button, Qt.MouseButton.LeftButton)
    assert editor.name_edit.toPlainText() == original
    rows = history_rows(editor)
    assert rows[0][1] == "Khôi phục" and len(rows) == 4
    with page.db.read() as session:
        record = editing.load_for_edit(session, "1.000656")[0]
    assert record["name"] == original and "báo tử" in record["keywords"] and "giấy chứng tử" in record["keywords"]
    editor.tabs.setCurrentIndex(editor_module.HISTORY)
    QApplication.processEvents()
    save_artifact(editor, "editor-history.png")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_every_check_is_shown_in_vietnamese_where_it_applies(window: StaffWindow, qtbot, shown_errors) -> None:
    editor = open_editor(window, qtbot, "1.001193")
    assert editor.check() == [] and editor.problem_list.isHidden()

    def message(key: str, **changes: str) -> str:
        for name, text in changes.items():
            widget = getattr(editor, name)
            widget.setPlainText(text) if name == "name_edit" else widget.setText(text)
        editor.check()
        return editor.message_for(key)

    assert "“1.00119” không đúng dạng: cần dạng 1.001193" in message("code", code_edit="1.00119")
    assert message("code", code_edit="1.000656") == (
        "Mã 1.000656 đã có trong danh mục (“Thủ tục đăng ký khai tử”): mỗi thủ tục có một mã riêng.")
    editor.code_edit.setText("1.001193")
    assert "thiếu tên thủ tục" in message("name", name_edit="")
    editor.name_edit.setPlainText("Thủ tục đăng ký khai sinh")
    assert "phải bắt đầu bằng https://" in message("online_url", online_url="http://dichvucong.gov.vn/x")
    assert editor.messages["online_url"].styleSheet() == editor_module.ERROR_STYLE
    editor.online_url.setText("https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7")
    flagged = message("online_url_override", override_url="https://bit.ly/khai-sinh")
    assert "trỏ tới “bit.ly”, không phải Cổng Dịch vụ công quốc gia hay cổng dịch vụ công của tỉnh" in flagged
    assert editor.messages["online_url_override"].styleSheet() == editor_module.WARNING_STYLE
    assert message("posting", posted_since="mai").startswith("Niêm yết từ ngày: “mai” không phải ngày hợp lệ")
    assert message("posting", posted_since="31/02/2026") == (
        "Niêm yết từ ngày: “31/02/2026” không phải ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 01/07/2026.")
    assert "Ngày thôi niêm yết trước ngày niêm yết" in message("posting", posted_since="01/08/2026",
                                                                posted_until="01/07/2026")
    editor.posted_until.setText("")
    assert "Ngày hết hiệu lực trước ngày có hiệu lực" in message("lifecycle", effective_from="01/08/2026",
                                                                  effective_until="01/07/2026")
    assert "Mã thủ tục “12” không đúng dạng" in message("lifecycle", effective_until="", superseded_by="12")
    editor.superseded_by.setText("")
    editor.subjects.set_items([])
    editor.executing.set_items([])
    editor.check()
    listed = [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]
    for part in ("đối tượng thực hiện", "cơ quan thực hiện"):
        assert f"Chưa có {part} (thành phần bắt buộc theo Điều 8 Nghị định 63/2010/NĐ-CP)." in listed
    assert not editor.tabs.tabIcon(editor_module.GENERAL).isNull()
    editor.subjects.set_items(["Công dân Việt Nam"])
    editor.executing.set_items(["Ủy ban nhân dân cấp xã"])
    # A blocking problem keeps the record unsaved and takes the clerk to it.
    editor.code_edit.setText("1.000656")
    editor.tabs.setCurrentIndex(editor_module.LEGAL)
    assert not editor.save()
    assert editor.tabs.currentIndex() == editor_module.GENERAL and editor.code_edit.hasFocus()
    assert editor.status.text() == "Chưa lưu: hãy sửa các lỗi nêu ở trên."
    # A link to another host is flagged, not refused.
    editor.code_edit.setText("1.001193")
    assert editor.save() and shown_errors == []
    with window.procedures.db.read() as session:
        assert editing.load_for_edit(session, "1.001193")[0]["links"]["online_url_override"] == \
            "https://bit.ly/khai-sinh"
    editor.tabs.setCurrentIndex(editor_module.POSTING)
    editor.posted_since.setText("31/02/2026")
    editor.check()
    QApplication.processEvents()
    save_artifact(editor, "editor-checks.png")
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    editor.reject()


def test_a_new_procedure_from_its_code_with_the_nd_63_parts_flagged(window: StaffWindow, qtbot) -> None:
    editor = open_editor(window, qtbot, None)
    assert editor.windowTitle() == "Thêm thủ tục mới" and not editor.tabs.isTabEnabled(editor_module.HISTORY)
    editor.code_edit.setFocus()
    qtbot.keyClicks(editor.code_edit, "1.000005")
    assert editor.name_edit.toPlainText().startswith("Thủ tục hải quan đối với khí")
    assert editor.field_combo.currentText() == "Hải quan"
    assert editor.formality.text() == "019d2bfb-cfb3-75d8-9160-fa2bd2ac950a"
    assert editor.online_url.text() == "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfb-cfb3-75d8-9160-fa2bd2ac950a"
    assert editor.national_note.text() == "Có trong CSDL quốc gia với đúng tên này (Hải quan)"
    editor.check()
    listed = [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]
    for part in ["trình tự thực hiện", "cách thức thực hiện", "thành phần, số lượng hồ sơ", "thời hạn giải quyết",
                 "kết quả thực hiện"]:
        assert f"Chưa có {part} (thành phần bắt buộc theo Điều 8 Nghị định 63/2010/NĐ-CP)." in listed, part
    assert "Chưa có cách thức thực hiện" in editor.message_for("channels")
    assert "Chưa có trình tự thực hiện" in editor.message_for("steps")
    assert "Chưa có thành phần, số lượng hồ sơ" in editor.message_for("dossier")
    assert not editor.tabs.tabIcon(editor_module.STEPS).isNull()
    # Going to a problem from the list.
    row = next(i for i in range(editor.problem_list.count()) if "trình tự" in editor.problem_list.item(i).text())
    editor._go_to_problem(editor.problem_list.item(row))
    assert editor.tabs.currentIndex() == editor_module.STEPS
    # A code not in the national catalogue is said so.
    editor.code_edit.clear()
    qtbot.keyClicks(editor.code_edit, "1.999999")
    assert editor.national_note.text().startswith("Mã này không có trong danh mục quốc gia bản ngày 18/07/2026")
    editor.code_edit.clear()
    qtbot.keyClicks(editor.code_edit, "1.000005")
    # Flagged parts do not stop a save: the record is created and listed.
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save and close
    assert not editor.isVisible()
    page = window.procedures
    assert page.current_code() == "1.000005" and page.summary.text().startswith("267 thủ tục")


def test_unsaved_changes_are_never_lost_silently(window: StaffWindow, qtbot) -> None:
    editor = open_editor(window, qtbot, "1.001193")
    asked = []
    answer = {"button": QMessageBox.StandardButton.Cancel}

    def ask() -> QMessageBox.StandardButton:
        asked.append(True)
        return answer["button"]

    editor.ask_unsaved = ask
    qtbot.keyClick(editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs.currentIndex() == editor_module.CHANNELS
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing changed: closes without asking
    assert not editor.isVisible() and asked == []

    editor = open_editor(window, qtbot, "1.001193")
    editor.ask_unsaved = ask
    editor.note.setPlainText("Ghi chú mới")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and asked == [True]  # Cancel: keep editing
    answer["button"] = QMessageBox.StandardButton.Discard
    editor.close()
    assert not editor.isVisible()
    with window.procedures.db.read() as session:
        assert editing.load_for_edit(session, "1.001193")[0]["note"] == ""

    editor = open_editor(window, qtbot, "1.001193")
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Save
    editor.note.setPlainText("Ghi chú được lưu")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    with window.procedures.db.read() as session:
        assert editing.load_for_edit(session, "1.001193")[0]["note"] == "Ghi chú được lưu"


def test_someone_elses_save_is_not_overwritten(window: StaffWindow, qtbot, shown_errors) -> None:
    editor = open_editor(window, qtbot, "1.001193")
    db = window.procedures.db
    with db.read() as session:
        record, version = editing.load_for_edit(session, "1.001193")
    editing.save_procedure(db, Actor("app:binh", Role.STAFF), {**record, "note": "Quầy 2 sửa"},
                           original_code="1.001193", expected_version=version)
    editor.note.setPlainText("Quầy 1 sửa")
    assert not editor.save()
    assert len(shown_errors) == 1 and "vừa được người khác sửa" in shown_errors[0] and "app:binh" in shown_errors[0]
    with db.read() as session:
        assert editing.load_for_edit(session, "1.001193")[0]["note"] == "Quầy 2 sửa"
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    editor.reject()


def test_read_only_accounts_see_but_cannot_save(qtbot, qapp, demo_db: Database) -> None:
    editor = ProcedureEditor(demo_db, Actor("xem", Role.READONLY), "1.001193")
    qtbot.addWidget(editor)
    assert not editor.save_button.isEnabled() and not editor.save() and not editor.verify_today.isHidden()


def test_editor_tabs_screenshots(window: StaffWindow, qtbot) -> None:
    editor = open_editor(window, qtbot, "2.000815")
    editor.resize(1280, 720)
    for tab, name in ((editor_module.GENERAL, "editor-general.png"), (editor_module.CHANNELS, "editor-channels.png"),
                      (editor_module.DOSSIER, "editor-dossier.png"), (editor_module.POSTING, "editor-posting.png"),
                      (editor_module.PROVENANCE, "editor-provenance.png")):
        editor.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        save_artifact(editor, name)
    editor.reject()


def test_the_form_gives_back_the_record_it_was_given(qtbot, qapp, demo_db: Database, demo_records) -> None:
    """Opened and saved untouched, a procedure does not change (every part goes through the form)."""
    rich = [r["code"] for r in demo_records if r["channels"] and r["dossier"] and r["steps"]][:25]
    rich += [r["code"] for r in demo_records if not r["channels"]][:5]
    actor = Actor("app:lan", Role.STAFF)
    for code in rich:
        editor = ProcedureEditor(demo_db, actor, code)
        qtbot.addWidget(editor)
        saved = editing.save_procedure(demo_db, actor, editor.collect(), original_code=code,
                                       expected_version=editor.version)
        assert not saved.changed, code
        assert not editor.is_dirty()
        editor.deleteLater()


def test_the_plain_summary_is_edited_with_the_record(window: StaffWindow, qtbot) -> None:
    editor = open_editor(window, qtbot, "1.001193")
    assert editor.general_labels["summary"].text() == "Tóm tắt cho người dân"
    assert editor.summary.toPlainText().startswith("Mang theo: tờ khai đăng ký khai sinh")
    editor.summary.setPlainText("Mang theo: tờ khai, giấy chứng sinh.\nThời gian: trong ngày.")
    assert editor.collect()["summary"] == "Mang theo: tờ khai, giấy chứng sinh.\nThời gian: trong ngày."
    editor.save_button.click()
    with window.db.read() as session:
        assert editing.load_for_edit(session, "1.001193")[0]["summary"].endswith("Thời gian: trong ngày.")
