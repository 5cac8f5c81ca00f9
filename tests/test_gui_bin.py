"""The staff window's Delete procedure… and Bin… (administrators): the list loses the procedure and gets it back."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import Role
from cchc_desktop.core.services import procedure_bin

from conftest import open_staff_window, save_artifact

ADMIN = Actor("an", Role.ADMIN, 1, "Nguyễn Văn An")
CODE = "1.001193"


def test_delete_into_the_bin_and_restore_from_it(qtbot, qapp, demo_db: Database, monkeypatch) -> None:
    window = open_staff_window(qtbot, demo_db, ADMIN)
    page = window.procedures
    assert window.delete_action.isVisible() and window.bin_action.isVisible()
    total = page.model.rowCount()
    assert page.select_code(CODE)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded):
        window.delete_action.trigger()
    assert f"“{CODE} – Thủ tục đăng ký khai sinh”" in asked[0]
    assert "Thùng rác" in asked[0]
    assert page.model.rowCount() == total - 1 and page.model.row_of(CODE) is None

    dialog = window.open_bin()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == CODE
    assert dialog.table.item(0, 4).text() == "an" and not dialog.empty.isVisible()
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    save_artifact(dialog, "bin-dialog.png")
    with qtbot.waitSignal(page.loaded):
        dialog.restore_button.click()
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()
    assert page.model.rowCount() == total and page.model.row_of(CODE) is not None
    with demo_db.read() as session:
        assert procedure_bin.list_bin(session, ADMIN) == []


def test_staff_see_neither_action(qtbot, qapp, demo_db: Database) -> None:
    window = open_staff_window(qtbot, demo_db, Actor("lan", Role.STAFF, 2))
    assert not window.delete_action.isVisible() and not window.bin_action.isVisible()
