"""First run, sign-in, roles in the window, accounts, audit trail and backup screens, driven as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWizard
from sqlalchemy import select, text

from cchc_desktop.core import desk
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import StaffAccount
from cchc_desktop.core.domain import Role
from cchc_desktop.core.services import accounts, backup, catalogue, settings
from cchc_desktop.demo import load_demo
from cchc_desktop.gui import app as gui_app
from cchc_desktop.gui.staff.accounts_tab import AccountDialog
from cchc_desktop.gui.staff.first_run import FirstRunWizard
from cchc_desktop.gui.staff.password import ChangePasswordDialog
from cchc_desktop.gui.staff.session import StaffSession
from cchc_desktop.gui.staff.sign_in import LAST_USER_KEY, SignInDialog
from cchc_desktop.gui.staff.window import StaffWindow

from conftest import open_staff_window, save_artifact

pytestmark = pytest.mark.gui
PASSWORD = "Bình-Long-2026"


def png(color: str = "#c8102e") -> bytes:
    image = QImage(96, 96, QImage.Format.Format_ARGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


@pytest.fixture
def center(sqlite_db: Database) -> Database:
    admin = accounts.first_run(sqlite_db, {"center.name": "Trung tâm Phục vụ hành chính công phường Bình Long",
                                           "center.hotline": "0271 3 123 456"},
                               "quantri", "Nguyễn Thị Hạnh", PASSWORD, logo=png())
    accounts.create_account(sqlite_db, admin, "binh", "Trần Văn Bình", Role.STAFF, "dung-mat-khau",
                            must_change_password=False)
    accounts.create_account(sqlite_db, admin, "xem", "Lê Thị Xem", Role.READONLY, "chi-xem-thoi",
                            must_change_password=False)
    return sqlite_db


def actor_of(db: Database, username: str) -> Actor:
    with db.read() as session:
        return next(a.actor() for a in accounts.list_accounts(session, Actor.command_line()) if a.username == username)


def make_window(qtbot, db: Database, actor: Actor) -> StaffWindow:
    return open_staff_window(qtbot, db, actor)


def when_modal(action, *, attempts: int = 200) -> None:
    """Run ``action(dialog)`` on the next modal dialog once it is open."""
    def poll(left: int = attempts) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            action(dialog)
        elif left:
            QTimer.singleShot(25, lambda: poll(left - 1))
    QTimer.singleShot(0, poll)


def test_first_run_wizard_sets_up_the_center_in_one_go(qtbot, qapp, sqlite_db: Database) -> None:
    wizard = FirstRunWizard(sqlite_db)
    qtbot.addWidget(wizard)
    wizard.resize(1366 // 2 + 100, 600)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.center_page
    assert page.title() == "Thông tin Trung tâm"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # the name is required
    page.name.setText("Trung tâm Phục vụ hành chính công phường Bình Long")
    page.address.setText("Số 1 đường Trần Hưng Đạo, phường Bình Long, tỉnh Đồng Nai")
    page.hours.setText("Sáng 7:00–11:30, chiều 13:00–17:00, thứ Hai đến thứ Sáu")
    page.hotline.setText("0271 3 123 456")
    page.social.setText("facebook.com/phuongbinhlong")
    save_artifact(wizard, "first-run-1-center.png")
    shown = []
    QMessageBox_warning = QMessageBox.warning
    try:
        QMessageBox.warning = lambda parent, title, message, *a: shown.append(message)  # type: ignore[assignment]
        wizard.next()
        assert wizard.currentPage() is page and "https://" in shown[-1]  # the core's check, before moving on
    finally:
        QMessageBox.warning = QMessageBox_warning  # type: ignore[assignment]
    page.social.setText("https://www.facebook.com/phuongbinhlong")
    wizard.next()
    place = wizard.place_page
    assert (place.province.text(), place.ward.text()) == ("75", "25326")
    place.logo.set_data(png())
    save_artifact(wizard, "first-run-2-logo-codes.png")
    wizard.next()
    admin = wizard.admin_page
    admin.username.setText("QuanTri")
    admin.full_name.setText("Nguyễn Thị Hạnh")
    admin.password.setText(PASSWORD)
    admin.confirm.setText("khác-hẳn")
    wizard.next()
    assert wizard.currentPage() is admin and admin.error.text() == "Hai lần nhập mật khẩu không khớp nhau."
    admin.password.setText("quantri")
    admin.confirm.setText("quantri")
    wizard.next()
    assert "ít nhất 8 ký tự" in admin.error.text()
    admin.password.setText(PASSWORD)
    admin.confirm.setText(PASSWORD)
    save_artifact(wizard, "first-run-3-administrator.png")
    wizard.next()
    finish = wizard.finish_page
    assert wizard.currentPage() is finish and finish.load_demo.isChecked()
    assert "Quản trị viên: Nguyễn Thị Hạnh (quantri)" in finish.summary.text()
    save_artifact(wizard, "first-run-4-ready.png")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.actor == Actor("quantri", Role.ADMIN, 1, "Nguyễn Thị Hạnh")
    with sqlite_db.read() as session:
        values = settings.get_all(session)
        assert values["center.social_url"] == "https://www.facebook.com/phuongbinhlong"
        assert values["center.ward_code"] == "25326"
        assert settings.logo(sqlite_db, session).startswith(b"\x89PNG")
        assert catalogue.count(session) == 266
    assert accounts.authenticate(sqlite_db, "quantri", PASSWORD).actor.role == Role.ADMIN
    assert gui_app.settings().value(LAST_USER_KEY) == "quantri"  # the first sign-in starts with the new user
    sign_in = SignInDialog(sqlite_db)
    qtbot.addWidget(sign_in)
    assert sign_in.username.text() == "quantri"


def test_the_wizard_shows_examples_outside_the_boxes_and_the_password_rule_first(qtbot, qapp,
                                                                              sqlite_db: Database) -> None:
    wizard = FirstRunWizard(sqlite_db)
    qtbot.addWidget(wizard)
    page = wizard.center_page
    for field in (page.name, page.address, page.hours, page.hotline, page.social):
        assert field.placeholderText() == "" and field.text() == ""  # nothing grey that looks filled in
    assert page.examples[2].text() == "Ví dụ: Sáng 7:00–11:30, chiều 13:00–17:00, thứ Hai đến thứ Sáu"
    intro = wizard.admin_page.intro.text()
    assert "ít nhất 8 ký tự" in intro and "dễ đoán" in intro and "12345678" in intro
    logo = wizard.place_page.logo.preview
    wizard.resize(800, 560)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()
    # "Không có biểu trưng" wraps inside its square instead of being cut ("ông có biểu tru").
    needed = logo.fontMetrics().boundingRect(logo.contentsRect(), int(Qt.TextFlag.TextWordWrap |
                                             Qt.AlignmentFlag.AlignCenter), logo.text())
    assert logo.wordWrap() and logo.text() == "Không có biểu trưng"
    assert needed.width() <= logo.contentsRect().width() and needed.height() <= logo.contentsRect().height()


def test_sign_in_starts_with_the_only_account(qtbot, qapp, center: Database) -> None:
    gui_app.settings().remove(LAST_USER_KEY)
    with center.read() as session:
        only = desk.only_username(session)
    dialog = SignInDialog(center)
    qtbot.addWidget(dialog)
    assert dialog.username.text() == (only or "")


def test_sign_in_remembers_the_user_name_never_the_password(qtbot, qapp, center: Database) -> None:
    gui_app.settings().setValue(LAST_USER_KEY, "binh")
    dialog = SignInDialog(center)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The center's logo comes from the file store once the dialog is on screen.
    qtbot.waitUntil(lambda: not dialog.logo.pixmap().isNull(), timeout=3000)
    assert dialog.logo.pixmap().width() == 72
    assert dialog.username.text() == "binh" and dialog.center.text().startswith("Trung tâm Phục vụ")
    assert dialog.windowTitle() == "Đăng nhập – CCHC Desktop"
    assert dialog.focusWidget() is dialog.password  # the name is there: straight to the password
    dialog.password.setText("sai-mat-khau")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text().startswith("Sai tên đăng nhập hoặc mật khẩu") and dialog.password.text() == ""
    for _ in range(4):
        dialog.password.setText("sai-mat-khau")
        dialog.sign_in_button.click()
    assert "đang bị khoá tạm thời" in dialog.error.text() and "Hãy thử lại sau" in dialog.error.text()
    save_artifact(dialog, "sign-in-locked.png")
    accounts.unlock(center, Actor.command_line(), "binh")
    dialog.username.setText("BINH")
    dialog.password.setText("dung-mat-khau")
    dialog.sign_in_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed_in.actor.name == "binh" and dialog.signed_in.actor.full_name == "Trần Văn Bình"
    stored = gui_app.settings()
    assert stored.value(LAST_USER_KEY) == "binh"
    assert all("dung-mat-khau" not in str(stored.value(k)) for k in stored.allKeys())


def test_a_temporary_password_must_be_changed(qtbot, qapp, center: Database) -> None:
    accounts.reset_password(center, Actor.command_line(), "binh", "mat-khau-tam")
    signed = accounts.authenticate(center, "binh", "mat-khau-tam")
    assert signed.must_change_password
    dialog = ChangePasswordDialog(center, signed.actor, current="mat-khau-tam", forced=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.intro.isVisible() and not dialog.current.isVisible()
    dialog.new.setText("binh")
    dialog.confirm.setText("binh")
    dialog.accept()
    assert "ít nhất 8 ký tự" in dialog.error.text()
    dialog.new.setText("mat-khau-cua-binh")
    dialog.confirm.setText("mat-khau-cua-binh")
    save_artifact(dialog, "change-password.png")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not accounts.authenticate(center, "binh", "mat-khau-cua-binh").must_change_password


@pytest.mark.parametrize("username, tabs, can_load_demo", [
    ("quantri", ["center", "fields", "accounts", "audit", "backup", "interface"], True),
    ("binh", ["center", "fields", "interface"], True),
    ("xem", ["center", "fields", "interface"], False),
])
def test_each_role_sees_only_its_actions(qtbot, qapp, center: Database, username: str, tabs: list[str],
                                         can_load_demo: bool) -> None:
    window = make_window(qtbot, center, actor_of(center, username))
    page = window.settings_page
    assert page.tab_names() == tabs
    names = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert names == {"center": ["Trung tâm", "Lĩnh vực", "Giao diện"],
                     "all": ["Trung tâm", "Lĩnh vực", "Tài khoản", "Nhật ký", "Sao lưu", "Giao diện"]}[
        "all" if len(tabs) == 6 else "center"]
    admin = username == "quantri"
    assert page.center.save_button.isVisibleTo(page) == admin
    assert page.center.fields["center.name"].isReadOnly() != admin
    assert page.center.staff_edit.isEnabled() == admin
    assert window.procedures.load_demo_button.isEnabled() == can_load_demo
    who = {"quantri": "Nguyễn Thị Hạnh (Quản trị)", "binh": "Trần Văn Bình (Cán bộ)", "xem": "Lê Thị Xem (Chỉ xem)"}
    assert who[username] in window.account_button.text()
    if username == "binh":
        settings.set_many(center, Actor.command_line(), {"catalogue.staff_can_edit": False})
        window.procedures.refresh()
        assert not window.procedures.load_demo_button.isEnabled()
        window.nav.setCurrentRow(window.SETTINGS)
        QApplication.processEvents()
        save_artifact(window, "settings-staff.png")


def test_center_settings_saved_by_an_administrator(qtbot, qapp, center: Database) -> None:
    window = make_window(qtbot, center, actor_of(center, "quantri"))
    window.nav.setCurrentRow(window.SETTINGS)
    tab = window.settings_page.center
    assert tab.fields["center.hotline"].text() == "0271 3 123 456" and tab.logo.preview.pixmap() is not None
    tab.fields["center.hotline"].setText("0271 3 999 999")
    tab.review.setValue(6)
    QApplication.processEvents()
    save_artifact(window, "settings-center.png")
    assert tab.save()
    with center.read() as session:
        values = settings.get_all(session)
    assert values["center.hotline"] == "0271 3 999 999" and values["catalogue.review_after_months"] == 6
    tab.fields["center.ward_code"].setText("2532x")
    messages = []
    original = QMessageBox.warning
    QMessageBox.warning = lambda parent, title, message, *a: messages.append(message)  # type: ignore[assignment]
    try:
        assert not tab.save()
    finally:
        QMessageBox.warning = original  # type: ignore[assignment]
    assert "chỉ gồm chữ số" in messages[0]


def test_accounts_tab_creates_resets_and_disables(qtbot, qapp, center: Database) -> None:
    window = make_window(qtbot, center, actor_of(center, "quantri"))
    window.nav.setCurrentRow(window.SETTINGS)
    page = window.settings_page
    page.tabs.setCurrentWidget(page.accounts)
    tab = page.accounts
    assert [r.username for r in tab.model.rows] == ["binh", "quantri", "xem"]

    def fill(dialog: AccountDialog) -> None:
        dialog.username.setText("Phạm.An")
        dialog.full_name.setText("Phạm Văn An")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.READONLY))
        dialog.password.setText("mat-khau-tam-an")
        dialog.confirm.setText("mat-khau-tam-an")
        save_artifact(dialog, "account-new.png")
        dialog.accept()
    when_modal(fill)
    tab.add_button.click()
    assert [r.username for r in tab.model.rows] == ["binh", "phạm.an", "quantri", "xem"]
    row = [r.username for r in tab.model.rows].index("phạm.an")
    assert tab.model.index(row, tab.model.STATE).data() == "Hoạt động, phải đổi mật khẩu"
    assert tab.model.index(row, tab.model.ROLE).data() == "Chỉ xem"
    tab.table.selectRow(row)
    assert tab.active_button.text() == "Vô hiệu hoá"
    tab.active_button.click()
    assert tab.model.index(row, tab.model.STATE).data() == "Đã vô hiệu hoá"
    QApplication.processEvents()
    save_artifact(window, "settings-accounts.png")
    with center.read() as session:
        assert not session.scalar(select(StaffAccount.active).where(StaffAccount.username == "phạm.an"))


def test_audit_tab_filters_shows_old_and_new_and_detects_tampering(qtbot, qapp, center: Database,
                                                                   tmp_path: Path, monkeypatch) -> None:
    settings.set_many(center, Actor.command_line(), {"center.hotline": "0271 3 999 999"})
    load_demo(center, Actor.command_line(), samples=False)
    window = make_window(qtbot, center, actor_of(center, "quantri"))
    window.nav.setCurrentRow(window.SETTINGS)
    page = window.settings_page
    page.tabs.setCurrentWidget(page.audit)
    tab = page.audit
    assert tab.model.total == 7 + 268 and tab.model.rowCount() == 200  # (266 + the load + the demo plan) one page; the rest as it scrolls
    assert tab.count.text() == "275 mục"
    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 275)
    tab.text.setText("duong day nong")  # no accents typed
    tab.apply_filter()
    assert tab.model.rowCount() == 2
    assert tab.model.index(0, tab.model.ACTION).data() == "Sửa"
    assert tab.model.index(0, tab.model.ENTITY).data() == "Cài đặt"
    detail = tab.detail.toPlainText()
    assert "0271 3 123 456" in detail and "0271 3 999 999" in detail
    QApplication.processEvents()
    assert tab.who.width() >= tab.who.sizeHint().width()
    save_artifact(window, "settings-audit.png")
    tab.who.setCurrentIndex(tab.who.findData("quantri"))
    tab.apply_filter()
    assert tab.model.rowCount() == 1 and tab.model.index(0, tab.model.WHO).data() == "quantri"

    path = tmp_path / "nhat-ky.xlsx"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), ""))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, message, *a: shown.append(("i", message)))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, message, *a: shown.append(("w", message)))
    tab.who.setCurrentIndex(0)
    tab.text.clear()
    tab.apply_filter()
    tab.export_button.click()
    assert path.exists() and shown[-1] == ("i", f"Đã xuất {tab.model.total} mục vào {path}.")
    tab.verify_button.click()
    assert shown[-1][0] == "i" and "Nhật ký toàn vẹn" in shown[-1][1]
    with center.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entries SET summary = 'sửa lén' WHERE id = 2"))
    tab.verify_button.click()
    assert shown[-1][0] == "w" and "Mục nhật ký số 2" in shown[-1][1] and "sửa ngoài ứng dụng" in shown[-1][1]


def test_an_import_is_undone_from_the_audit_tab(qtbot, qapp, center: Database, tmp_path: Path, monkeypatch) -> None:
    from annexes import PLACE, write_xlsx
    from cchc_desktop.core.services import importer

    load_demo(center, Actor.command_line())
    path = write_xlsx(tmp_path / "QĐ 2158.xlsx", [
        ["A", "THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH"],
        [1, "3.900001", "Thủ tục hỗ trợ thí điểm của tỉnh", "05 ngày làm việc", PLACE, "Không", None]])
    importer.apply_plan(center, Actor.command_line(), importer.build_plan(center, path))
    window = make_window(qtbot, center, actor_of(center, "quantri"))
    window.nav.setCurrentRow(window.SETTINGS)
    page = window.settings_page
    page.tabs.setCurrentWidget(page.audit)
    tab = page.audit
    assert tab.undo_button.text() == "Hoàn tác lần nhập này…"
    tab.table.selectRow(1)  # the procedure's entry, under the import's
    assert tab.model.index(1, tab.model.ACTION).data() == "Thêm mới" and not tab.undo_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.model.index(0, tab.model.ACTION).data() == "Nhập danh mục" and tab.undo_button.isEnabled()
    QApplication.processEvents()
    save_artifact(window, "settings-audit-import.png")
    asked: list[str] = []
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, message, *a: shown.append(message))
    with qtbot.waitSignal(window.procedures.loaded, timeout=10_000):  # the list reloads
        tab.undo_button.click()
    assert asked == ["Hoàn tác lần nhập “QĐ 2158.xlsx”?\n\nThủ tục do lần nhập này thêm (sẽ bị xoá): 1\n"
                     "Thủ tục do lần nhập này sửa (sẽ trở lại phiên bản trước lần nhập): 0\n\nNếu có thủ tục nào "
                     "đã thay đổi sau lần nhập thì không hoàn tác gì cả. Nhật ký vẫn giữ cả lần nhập lẫn việc hoàn tác."]
    assert shown == ["Đã hoàn tác lần nhập “QĐ 2158.xlsx”."]
    with center.read() as session:
        assert catalogue.count(session) == 266
    assert tab.model.index(0, tab.model.ACTION).data() == "Hoàn tác lần nhập"
    model = window.procedures.model
    assert model.rowCount() == 266 and "3.900001" not in {model.code_at(r) for r in range(model.rowCount())}
    tab.table.selectRow(next(r for r in range(tab.model.rowCount())
                             if tab.model.index(r, tab.model.ACTION).data() == "Nhập danh mục"))
    tab.undo_button.click()
    assert len(asked) == 1 and shown[-1] == "Lần nhập “QĐ 2158.xlsx” đã được hoàn tác rồi."


def test_backup_tab_backs_up_and_restores_then_everyone_signs_in_again(qtbot, qapp, center: Database,
                                                                       tmp_path: Path, monkeypatch) -> None:
    window = make_window(qtbot, center, actor_of(center, "quantri"))
    window.nav.setCurrentRow(window.SETTINGS)
    page = window.settings_page
    page.tabs.setCurrentWidget(page.backup)
    tab = page.backup
    tab.folder.setText(str(tmp_path / "USB" / "SaoLuu"))
    tab.keep.setValue(7)
    assert tab.save()
    QApplication.processEvents()
    save_artifact(window, "settings-backup.png")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, message, *a: shown.append(message))
    written = tab.write_backup(tmp_path / "sao-luu")
    assert written == tmp_path / "sao-luu.zip" and written.exists() and "Đã sao lưu toàn bộ dữ liệu" in shown[-1]
    accounts.create_account(center, Actor.command_line(), "moi", "Người Mới", Role.STAFF, "mat-khau-moi")
    info = backup.inspect(written)
    assert "3 tài khoản" in tab.confirm_text(info) and "Thay TOÀN BỘ dữ liệu" in tab.confirm_text(info)
    with qtbot.waitSignal(window.sign_out_requested):
        assert tab.restore_from(written, confirm=False)
    assert "Đã khôi phục dữ liệu" in shown[-2] and "đăng nhập lại" in shown[-1]
    assert list((tmp_path / "USB" / "SaoLuu").glob("*before-restore*"))
    with center.read() as session:
        assert [a.username for a in accounts.list_accounts(session, Actor.command_line())] == ["binh", "quantri", "xem"]


def test_staff_session_from_sign_in_to_sign_out(qtbot, qapp, center: Database, monkeypatch) -> None:
    monkeypatch.setattr(backup, "auto_backup", lambda db: backup.AutoBackup(None, Path("."), []))

    def sign_in_as(username: str, password: str):
        def act(dialog: SignInDialog) -> None:
            dialog.username.setText(username)
            dialog.password.setText(password)
            dialog.sign_in_button.click()
        return act

    session = StaffSession(qapp, center)
    try:
        when_modal(sign_in_as("binh", "dung-mat-khau"))
        assert session.start()
        window = session.window
        qtbot.addWidget(window)
        assert window.actor.name == "binh" and "Trần Văn Bình" in window.account_button.text()
        when_modal(sign_in_as("quantri", PASSWORD))
        window.sign_out_action.trigger()
        assert session.window is not None and session.window is not window
        qtbot.addWidget(session.window)
        assert session.window.actor.role == Role.ADMIN
        session.window.close()
    finally:
        qapp.setQuitOnLastWindowClosed(True)


def test_settings_follow_a_language_switch(qtbot, qapp, center: Database) -> None:
    window = make_window(qtbot, center, actor_of(center, "quantri"))
    window.nav.setCurrentRow(window.SETTINGS)
    page = window.settings_page
    page.tabs.setCurrentWidget(page.audit)
    try:
        gui_app.install_translators(qapp, "en")
        qapp.processEvents()
        assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
            "Center", "Fields", "Accounts", "Audit trail", "Backup", "Interface"]
        assert page.fields.model.headerData(0, Qt.Orientation.Horizontal) == "Field"
        assert page.audit.who.itemText(0) == "Everyone" and page.audit.verify_button.text() == "Check integrity"
        assert "Nguyễn Thị Hạnh (Administrator)" in window.account_button.text()
        assert page.audit.model.headerData(0, Qt.Orientation.Horizontal) == "When"
    finally:
        gui_app.install_translators(qapp, "vi")
        qapp.processEvents()
    assert page.tabs.tabText(3) == "Nhật ký" and page.tabs.tabText(1) == "Lĩnh vực" and page.audit.who.itemText(0) == "Tất cả mọi người"


def test_logo_chosen_checked_and_saved(qtbot, qapp, center: Database, tmp_path: Path, monkeypatch) -> None:
    from cchc_desktop.gui.staff import logo as logo_module

    window = make_window(qtbot, center, actor_of(center, "quantri"))
    window.nav.setCurrentRow(window.SETTINGS)
    tab = window.settings_page.center
    picker = tab.logo
    errors: list[str] = []
    monkeypatch.setattr(logo_module, "show_error", lambda _parent, message: errors.append(message))
    not_an_image = tmp_path / "bieu-trung.png"
    not_an_image.write_bytes(b"GIF89a not a png")
    for path in (not_an_image, tmp_path / "khong-co.png"):
        monkeypatch.setattr(logo_module.QFileDialog, "getOpenFileName", lambda *a, p=path: (str(p), ""))
        qtbot.mouseClick(picker.choose, Qt.MouseButton.LeftButton)
    assert errors[0] == "Biểu trưng cần là ảnh PNG hoặc JPEG."
    assert errors[1].startswith(f"Không đọc được tệp ảnh “{tmp_path / 'khong-co.png'}”: ")
    assert not tab.logo_changed  # a refused file changes nothing

    blue = tmp_path / "xanh.png"
    blue.write_bytes(png("#1f4e9c"))
    monkeypatch.setattr(logo_module.QFileDialog, "getOpenFileName", lambda *a: (str(blue), ""))
    qtbot.mouseClick(picker.choose, Qt.MouseButton.LeftButton)
    assert tab.logo_changed and picker.data == blue.read_bytes() and picker.clear.isEnabled()
    assert tab.save()
    with center.read() as session:
        assert settings.logo(center, session) == blue.read_bytes()
    qtbot.mouseClick(picker.clear, Qt.MouseButton.LeftButton)
    assert picker.data is None and picker.preview.text() == "Không có biểu trưng" and tab.save()
    with center.read() as session:
        assert settings.logo(center, session) is None


def test_kiosk_pin_typed_twice(qtbot, qapp) -> None:
    from cchc_desktop.gui.staff.settings_page import KioskPinDialog

    dialog = KioskPinDialog()
    qtbot.addWidget(dialog)
    for pin, again, problem in (("2468", "2469", "Hai lần nhập mã PIN không khớp nhau."),
                                ("24a8", "24a8", "Mã PIN gồm 4 đến 8 chữ số."),
                                ("246", "246", "Mã PIN gồm 4 đến 8 chữ số.")):
        dialog.new.setText(pin)
        dialog.confirm.setText(again)
        dialog.accept()
        assert dialog.error.text() == problem and dialog.result() != QDialog.DialogCode.Accepted
    dialog.new.setText("246813")
    dialog.confirm.setText("246813")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.secret() == "246813"
