"""The guidance log in the staff window: quick entry by keyboard alone, the list, the reports page."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.domain import GuidanceChannel, GuidanceKind, GuidanceOutcome, Role
from cchc_desktop.core.services import accounts, catalogue, demo, demo_history, guidance
from conftest import open_staff_window, save_artifact

ADMIN = Actor.command_line()
# The offscreen platform cannot raise a window or let the completer's popup grab the keyboard.
OFFSCREEN = pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard)")


@pytest.fixture
def staff(sqlite_db):
    records = [r for r in demo.demo_records() if r["code"] in ("1.001193", "1.000894", "1.004194")]
    catalogue.save_records(sqlite_db, ADMIN, records, action="import", source="thử")
    actor = accounts.create_account(sqlite_db, ADMIN, "lan", "Nguyễn Thị Lan", Role.STAFF, "dung-mat-khau-1").actor()
    return sqlite_db, actor


@OFFSCREEN
def test_a_session_by_keyboard_alone_in_under_ten_seconds(qtbot, qapp, staff):
    db, actor = staff
    window = open_staff_window(qtbot, db, actor)
    entry = window.quick_entry
    assert not window.quick_dock.isVisible()  # the catalogue keeps its width until asked
    started = time.monotonic()
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.quick_dock.isVisible() and entry.procedure.hasFocus()
    qtbot.keyClicks(entry.procedure, "dang ky khai sinh")      # tone-less
    qtbot.keyClick(entry.procedure, Qt.Key.Key_Return)          # the best match
    assert entry.kind.hasFocus()
    qtbot.keyClick(entry.kind, Qt.Key.Key_Down)                 # "Thanh toán trực tuyến"
    qtbot.keyClick(entry.kind, Qt.Key.Key_Tab)
    qtbot.keyClick(entry.channel, Qt.Key.Key_Down)              # "Điện thoại"
    qtbot.keyClick(entry.channel, Qt.Key.Key_Tab)
    qtbot.keyClick(entry.outcome, Qt.Key.Key_Down)              # "Đã thanh toán trực tuyến"
    qtbot.keyClick(entry.outcome, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    elapsed = time.monotonic() - started
    assert elapsed < 10
    with db.read() as s:
        [row] = guidance.list_sessions(s)
    assert (row.procedure_code, row.kind, row.channel, row.outcome, row.staff_id) == (
        "1.001193", GuidanceKind.ONLINE_PAYMENT, GuidanceChannel.PHONE, GuidanceOutcome.PAID, actor.account_id)
    assert "số 1" in entry.message.text() and entry.procedure.text() == "" and entry.procedure.hasFocus()
    # The last choices stay for the next citizen, and in a new window.
    assert entry.kind.currentData() == GuidanceKind.ONLINE_PAYMENT
    again = open_staff_window(qtbot, db, actor)
    assert again.quick_entry.channel.currentData() == GuidanceChannel.PHONE
    # Anything else is saved as "other", in words; name and phone need the consent box.
    entry.procedure.insert("Hỏi cách cài VNeID")  # QTest types ASCII only
    entry.citizen_phone.setText("0901234123")
    entry.save()
    assert "đồng ý" in entry.message.text()
    entry.consent.setChecked(True)
    entry.save()
    with db.read() as s:
        other = guidance.list_sessions(s)[0]
    assert other.other_procedure == "Hỏi cách cài VNeID" and other.phone_masked == "090****123"


def test_guidance_page_lists_masks_and_edits(qtbot, qapp, staff, monkeypatch):
    db, actor = staff
    sid = guidance.record(db, actor, guidance.Entry(GuidanceKind.ONLINE_SUBMISSION, GuidanceChannel.COUNTER,
                                                    GuidanceOutcome.FOLLOW_UP, "1.000894",
                                                    follow_up_on=dt.date.today() + dt.timedelta(days=2),
                                                    citizen_name="Lê Văn Tám", citizen_phone="0987654321",
                                                    consent=True))
    window = open_staff_window(qtbot, db, actor)
    window.nav.setCurrentRow(window.GUIDANCE)
    page = window.pages.currentWidget()
    assert page.table.rowCount() == 1 and page.follow_table.rowCount() == 1
    cells = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert "098****321" in cells and "0987654321" not in cells
    assert not page.delete_button.isVisible()  # staff may not delete
    save_artifact(window, "guidance-page.png")
    page.table.selectRow(0)
    from cchc_desktop.gui.staff.guidance import EditDialog

    dialog = EditDialog(db, actor, sid, page)
    dialog.form.outcome.setCurrentIndex(dialog.form.outcome.findData(GuidanceOutcome.SUBMITTED))
    dialog.form.save()
    with db.read() as s:
        assert guidance.get(s, sid).outcome == GuidanceOutcome.SUBMITTED
        assert guidance.history(s, sid)[0].actor == "lan"
    page.refresh()
    assert page.follow_table.rowCount() == 0


def test_reports_page_shows_figures_and_exports(qtbot, qapp, staff, tmp_path):
    db, actor = staff
    demo_history.load(db, ADMIN, end=dt.date(2026, 11, 15))
    window = open_staff_window(qtbot, db, actor)
    window.nav.setCurrentRow(window.REPORTS)
    page = window.pages.currentWidget()
    page.period.setEditText("2026-Q3")
    page.show_report()
    assert page.report.period.token == "2026-Q3" and page.report.total_sessions > 1000
    assert page.charts.count() >= 2 and page.tables.count() >= 8
    assert "Quý III năm 2026" in page.summary.text()
    save_artifact(window, "reports-page.png")
    page.export_to("json", tmp_path / "r.json")
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["total_sessions"] == page.report.total_sessions


def test_administrators_delete_and_serve_a_citizens_request(qtbot, qapp, staff, monkeypatch, tmp_path):
    db, actor = staff
    person = dict(citizen_name="Võ Thị Mai", citizen_phone="0901234123", consent=True)
    first = guidance.record(db, actor, guidance.Entry(GuidanceKind.LOOKUP, GuidanceChannel.COUNTER,
                                                      GuidanceOutcome.REFERRED, "1.001193", **person))
    guidance.record(db, actor, guidance.Entry(GuidanceKind.LOOKUP, GuidanceChannel.PHONE, GuidanceOutcome.REFERRED,
                                              "1.000894", **person))
    admin = Actor("quantri", Role.ADMIN, None, "Quản trị")
    window = open_staff_window(qtbot, db, admin)
    window.nav.setCurrentRow(window.GUIDANCE)
    page = window.pages.currentWidget()
    assert page.delete_button.isVisible() and page.person_button.isVisible()
    from cchc_desktop.gui.staff.guidance import PersonDialog

    dialog = PersonDialog(db, admin, page)
    dialog.phone.setText("090 123 4123")
    assert [r.id for r in dialog.find()] == [first, first + 1]
    assert dialog.table.item(0, 9).text() == "090****123"
    data = dialog.export_to(tmp_path / "mai.json")
    assert data["so_luot"] == 2 and "0901234123" in (tmp_path / "mai.json").read_text(encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.erase()
    with db.read() as s:
        assert guidance.find_person(s, admin, phone="0901234123") == []
    page.refresh()
    page.table.selectRow(0)
    page.delete_current()
    assert page.table.rowCount() == 1


def test_the_staff_app_erases_expired_contacts_at_start(qapp, staff):
    from cchc_desktop.gui.staff.session import StaffSession

    db, actor = staff
    old = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=800)
    sid = guidance.record(db, actor, guidance.Entry(GuidanceKind.LOOKUP, GuidanceChannel.COUNTER,
                                                    GuidanceOutcome.REFERRED, "1.001193", citizen_name="Lê Tám",
                                                    consent=True, occurred_at=old))
    app_session = StaffSession(qapp, db)
    app_session.start_retention()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with db.read() as s:
            if guidance.get(s, sid).citizen_name == "":
                break
        time.sleep(0.05)
    with db.read() as s:
        assert guidance.get(s, sid).citizen_name == "" and guidance.get(s, sid).anonymised
    assert app_session._retention_timer.isActive()
    app_session._retention_timer.stop()


def test_a_mobile_outing_counts_once_for_a_plan_task(qtbot, qapp, staff, monkeypatch):
    from cchc_desktop.core.services import plans

    db, actor = staff
    day = dt.datetime.now(dt.timezone.utc)
    guidance.record(db, actor, guidance.Entry(GuidanceKind.ACCOUNT, GuidanceChannel.MOBILE, GuidanceOutcome.SUBMITTED,
                                              "1.001193", occurred_at=day))
    window = open_staff_window(qtbot, db, actor)
    window.nav.setCurrentRow(window.GUIDANCE)
    page = window.pages.currentWidget()
    page.table.selectRow(0)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert page.count_outing() is None  # no plan for the year yet: said, nothing recorded
    assert shown and "Chưa có kế hoạch truyền thông" in shown[-1]
    plans.load_demo(db, ADMIN)
    year = day.astimezone(dt.timezone(dt.timedelta(hours=7))).year
    if year != 2026:
        plans.copy_plan(db, ADMIN, 2026, year)
    for people in (3, 5):  # counted again: the same activity, updated
        dialog = page.count_outing()
        dialog.task.setCurrentIndex(dialog.task.findData(12))
        assert dialog.title_edit.text() == "Hướng dẫn lưu động: Thủ tục đăng ký khai sinh"
        dialog.place.setText("Khu phố 3")
        dialog.people.setValue(people)
        dialog.save()
        assert dialog.result() == dialog.DialogCode.Accepted
    with db.read() as s:
        found = [a for a in plans.activities(s, year) if a.task == 12]
    assert [(a.count, a.place) for a in found] == [(5, "Khu phố 3")]
