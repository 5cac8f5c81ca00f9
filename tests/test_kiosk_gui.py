"""The kiosk window (pytest-qt): reset when idle, locked, PIN exit, keyboard, search, QR, ratings, live data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QImage
from PySide6.QtWidgets import QLabel, QWidget

from cchc_desktop.core import survey
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.services import accounts, catalogue, satisfaction
from cchc_desktop.gui.kiosk import theme, window as kiosk_window
from cchc_desktop.gui.kiosk.keyboard import apply_tone
from cchc_desktop.gui.kiosk.window import KioskWindow
from kiosk_data import KHAI_SINH, load_posted

ADMIN = Actor.command_line()


@pytest.fixture
def posted_db(db, demo_records):
    db.hidden = load_posted(db, demo_records)
    return db


def open_kiosk(qtbot, db, **kwargs) -> KioskWindow:
    kwargs = {"windowed": True, **kwargs}
    window = KioskWindow(db, **kwargs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_keys(qtbot, window: KioskWindow, text: str) -> None:
    for ch in text:
        qtbot.mouseClick(window.keyboard.keys["space" if ch == " " else ch], Qt.MouseButton.LeftButton)


def test_kiosk_tone_keys_put_the_tone_where_vietnamese_writes_it() -> None:
    cases = {("hoa", "grave"): "hòa", ("tương", "hook"): "tưởng", ("quy", "acute"): "quý", ("gia", "hook"): "giả",
             ("nguyên", "dot"): "nguyện", ("khai sinh", "acute"): "khai sính", ("ho", "dot"): "họ",
             ("hộ", "dot"): "hô", ("thuê", "acute"): "thuế", ("cư tru", "acute"): "cư trú", ("mua", "acute"): "múa",
             ("hỏi", "tilde"): "hõi", ("xyz", "acute"): "xýz", ("1.00", "acute"): "1.00"}
    for (text, tone), want in cases.items():
        assert apply_tone(text, tone) == want, (text, tone)


def test_kiosk_on_screen_keyboard_searches_as_one_types(qtbot, posted_db) -> None:
    window = open_kiosk(qtbot, posted_db)
    qtbot.mouseClick(window.home.search_field, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.results and window.keyboard.isVisible()
    type_keys(qtbot, window, "khai")
    after_four = window.results.codes()
    type_keys(qtbot, window, " sinh")
    assert window.results.search_field.text() == "khai sinh"
    assert window.results.codes()[0] == KHAI_SINH
    assert len(window.results.codes()) <= len(after_four)
    qtbot.mouseClick(window.keyboard.keys["backspace"], Qt.MouseButton.LeftButton)
    assert window.results.search_field.text() == "khai sin"
    # Vietnamese letters and a tone key: "hộ tịch"
    qtbot.mouseClick(window.keyboard.keys["clear"], Qt.MouseButton.LeftButton)
    type_keys(qtbot, window, "hô")
    qtbot.mouseClick(window.keyboard.keys["tone_dot"], Qt.MouseButton.LeftButton)
    type_keys(qtbot, window, " tich")
    qtbot.mouseClick(window.keyboard.keys["tone_dot"], Qt.MouseButton.LeftButton)
    assert window.results.search_field.text() == "hộ tịch"
    assert window.results.codes()
    # Every key is a touch target of at least 12 mm.
    least = theme.target_px(window.logicalDpiX())
    assert min(k.height() for k in window.keyboard.keys.values()) >= least - 1
    assert min(k.width() for k in window.keyboard.keys.values()) >= least - 1


def test_kiosk_toneless_search_finds_what_toned_search_finds(qtbot, posted_db) -> None:
    window = open_kiosk(qtbot, posted_db)
    window.start_search()
    window.results.search_field.setText("dang ky ket hon")
    toneless = window.results.codes()
    window.results.search_field.setText("đăng ký kết hôn")
    assert toneless and set(toneless) == set(window.results.codes())  # the order may differ: typed tones rank
    assert toneless[0] == "1.000894"  # Thủ tục đăng ký kết hôn, ranked first as in the catalogue
    for code in posted_db.hidden.values():
        window.results.search_field.setText(code)
        assert window.results.codes() == []


def decode(widget: QWidget) -> list[str]:
    import zxingcpp
    from PIL import Image

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    data = bytes(image.constBits())[:image.bytesPerLine() * height]
    pil = Image.frombuffer("RGB", (width, height), data, "raw", "RGB", image.bytesPerLine(), 1)
    return [r.text for r in zxingcpp.read_barcodes(pil)]


def test_kiosk_detail_qr_decodes_to_the_procedures_link(qtbot, posted_db) -> None:
    window = open_kiosk(qtbot, posted_db)
    window.start_search()
    window.results.search_field.setText("khai sinh")
    qtbot.mouseClick(window.results.cards[0], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.detail
    with posted_db.read() as session:
        link = catalogue.get_procedure(session, KHAI_SINH).link
    assert link and decode(window.detail.qr) == [link]
    assert window.detail.qr.width() >= 200  # large: scanned from a step away
    assert not window.detail.print_button.isVisible()  # no kiosk printer set


def test_kiosk_detail_leads_with_the_plain_language_summary(qtbot, posted_db) -> None:
    window = open_kiosk(qtbot, posted_db)
    window.show_procedure(KHAI_SINH)
    with posted_db.read() as session:
        summary = catalogue.get_procedure(session, KHAI_SINH).summary
    assert summary  # the demo's posted procedures have one
    texts = [w.text() for w in window.detail.body_box.findChildren(QLabel) if w.isVisibleTo(window.detail)]
    assert texts[:3] == ["Tóm tắt", summary, "Giấy tờ cần mang"]


def test_kiosk_print_button_shows_only_with_a_kiosk_printer(qtbot, posted_db) -> None:
    from cchc_desktop.core.services import settings

    settings.set_many(posted_db, ADMIN, {"kiosk.printer": "Máy in quầy"})
    window = open_kiosk(qtbot, posted_db)
    window.show_procedure(KHAI_SINH)
    assert window.detail.print_button.isVisible()


def _rate(qtbot, window: KioskWindow, level: int, answers: dict[str, str]) -> None:
    qtbot.mouseClick(window.rating.level_buttons[level], Qt.MouseButton.LeftButton)
    for key, value in answers.items():
        qtbot.mouseClick(window.rating.choice_buttons[(key, value)], Qt.MouseButton.LeftButton)


def test_kiosk_rating_is_stored_with_no_personal_data_and_thanks(qtbot, posted_db, monkeypatch) -> None:
    monkeypatch.setattr(kiosk_window, "THANKS_MS", 200)
    window = open_kiosk(qtbot, posted_db)
    window.show_procedure(KHAI_SINH)
    qtbot.mouseClick(window.detail.rate_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.rating and not window.rating.send_button.isEnabled()
    _rate(qtbot, window, 4, {"q1": "good", "q3": "late", "q7": "paper"})
    qtbot.mouseClick(window.rating.send_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.thanks
    with posted_db.read() as session:
        (rating,) = satisfaction.ratings(session)
    assert (rating.overall, rating.answers, rating.procedure_code, rating.field, rating.counter) == \
        (4, {"q1": "good", "q3": "late", "q7": "paper"}, KHAI_SINH, "Hộ tịch", "")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=3000)


def test_kiosk_double_tap_gives_one_rating(qtbot, posted_db) -> None:
    window = open_kiosk(qtbot, posted_db)
    window.start_rating()
    _rate(qtbot, window, 5, {})
    qtbot.mouseClick(window.rating.send_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.rating.send_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    window.submit_rating()  # and had it reached the screen, the token stores once
    with posted_db.read() as session:
        assert [r.overall for r in satisfaction.ratings(session)] == [5]


def _state(window: KioskWindow, screen: str, qtbot) -> None:
    if screen == "search":
        window.start_search()
        type_keys(qtbot, window, "khai")
    elif screen == "detail":
        window.show_procedure(KHAI_SINH)
    elif screen == "guide":
        window.show_guide()
    elif screen == "rating":
        window.start_rating(KHAI_SINH)
        _rate(qtbot, window, 2, {"q2": "poor"})
    elif screen == "thanks":
        window.start_rating()
        _rate(qtbot, window, 3, {})
        window.submit_rating()
    elif screen == "pin":
        for _ in range(5):
            qtbot.mouseClick(window.corner, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.pin.digits["1"], Qt.MouseButton.LeftButton)
    elif screen == "looks":
        window.toggle_language()
        window.next_size()
        window.toggle_contrast()
    elif screen == "field":
        window.show_field(window.catalogue.fields()[0].position)


@pytest.mark.parametrize("screen", ["search", "field", "detail", "guide", "rating", "thanks", "pin", "looks"])
def test_kiosk_idle_reset_from_every_screen(qtbot, posted_db, screen) -> None:
    window = open_kiosk(qtbot, posted_db, idle_ms=300, countdown_s=1)
    _state(window, screen, qtbot)
    assert not window.pristine
    qtbot.waitUntil(window.countdown.isVisible, timeout=3000)
    qtbot.waitUntil(lambda: window.pristine and not window.countdown.isVisible(), timeout=4000)
    assert window.stack.currentWidget() is window.home and not window.rating.dirty
    assert window.results.search_field.text() == "" and window.results.field is None
    assert window.language_button.text() == "English"  # Vietnamese again


def test_kiosk_a_touch_during_the_countdown_keeps_the_screen(qtbot, posted_db) -> None:
    window = open_kiosk(qtbot, posted_db, idle_ms=300, countdown_s=2)
    window.show_procedure(KHAI_SINH)
    qtbot.waitUntil(window.countdown.isVisible, timeout=3000)
    qtbot.mouseClick(window.countdown.stay, Qt.MouseButton.LeftButton)
    assert not window.countdown.isVisible() and window.stack.currentWidget() is window.detail


@pytest.mark.parametrize("keys", ["Escape", "Alt+F4", "Ctrl+W", "Ctrl+Q", "close"])
def test_kiosk_exit_attempts_are_blocked(qtbot, posted_db, keys) -> None:
    from PySide6.QtGui import QKeySequence

    window = KioskWindow(posted_db)  # the real thing: full screen, on top
    qtbot.addWidget(window)
    window.showFullScreen()
    qtbot.waitExposed(window)
    window.show_procedure(KHAI_SINH)
    if keys == "close":
        assert not window.close()
        event = QCloseEvent()
        window.closeEvent(event)
        assert not event.isAccepted()
    else:
        combo = QKeySequence(keys)[0]
        qtbot.keyClick(window.focusWidget() or window, combo.key(), combo.keyboardModifiers())
    assert window.isVisible() and window.isFullScreen()
    assert window.stack.currentWidget() is window.detail  # Esc did not even go back
    window.allow_exit = True


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_kiosk_losing_focus_or_full_screen_comes_back(qtbot, posted_db) -> None:
    window = KioskWindow(posted_db)
    qtbot.addWidget(window)
    window.showFullScreen()
    qtbot.waitExposed(window)
    window.showNormal()
    qtbot.waitUntil(window.isFullScreen, timeout=3000)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    window.changeEvent(QEvent(QEvent.Type.ActivationChange))
    qtbot.waitUntil(lambda: window.isActiveWindow() and window.isFullScreen(), timeout=3000)
    window.allow_exit = True


def test_kiosk_exit_with_the_pin_and_not_with_a_wrong_one(qtbot, posted_db) -> None:
    accounts.set_kiosk_pin(posted_db, ADMIN, "2468")
    window = KioskWindow(posted_db)
    qtbot.addWidget(window)
    window.showFullScreen()
    qtbot.waitExposed(window)
    for _ in range(4):
        qtbot.mouseClick(window.corner, Qt.MouseButton.LeftButton)
    assert not window.pin.isVisible()  # four taps are not the gesture
    qtbot.mouseClick(window.corner, Qt.MouseButton.LeftButton)
    assert window.pin.isVisible()

    def enter(pin: str) -> None:
        for digit in pin:
            qtbot.mouseClick(window.pin.digits[digit], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.pin.ok, Qt.MouseButton.LeftButton)

    enter("1357")
    assert window.isVisible() and window.pin.isVisible() and window.pin.message.text()
    assert window.pin.field.text() == ""
    with qtbot.waitSignal(window.exited, timeout=5000):
        enter("2468")
    assert not window.isVisible()


def test_kiosk_pin_locks_after_five_wrong_tries(qtbot, posted_db) -> None:
    accounts.set_kiosk_pin(posted_db, ADMIN, "2468")
    window = open_kiosk(qtbot, posted_db)
    window.pin.open()
    for _ in range(5):
        window.pin.field.setText("0000")
        window.check_pin()
    window.pin.field.setText("2468")
    window.check_pin()
    assert window.isVisible() and "khoá" in window.pin.message.text()


def test_kiosk_shows_a_catalogue_change_without_restart(qtbot, posted_db) -> None:
    window = open_kiosk(qtbot, posted_db, poll_ms=100)
    window.start_search()
    window.results.search_field.setText("giấy tờ khai sinh mới")
    assert KHAI_SINH not in window.results.codes()
    with posted_db.read() as session:
        record = catalogue.stored_records(session, [KHAI_SINH])[KHAI_SINH].record
    record["keywords"] = [*record["keywords"], "giấy tờ khai sinh mới"]
    catalogue.save_records(posted_db, ADMIN, [record], action="update", source="bàn làm việc")
    qtbot.waitUntil(lambda: KHAI_SINH in window.results.codes(), timeout=5000)
    # A repeal at a desk takes the procedure off the kiosk too, the detail screen included.
    window.show_procedure(KHAI_SINH)
    record["lifecycle"].update(status="repealed", effective_until="2026-01-01", decision_number="9/QĐ-UBND",
                               decision_date="2025-12-01")
    catalogue.save_records(posted_db, ADMIN, [record], action="update", source="bàn làm việc")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=5000)
    assert KHAI_SINH not in {window.catalogue.code(i) for i in window.catalogue.rows}


def test_kiosk_pauses_when_the_database_goes_away_and_comes_back(qtbot, posted_db, db_url) -> None:
    window = open_kiosk(qtbot, posted_db, poll_ms=100, paused_poll_ms=100)
    window.show_procedure(KHAI_SINH)
    if posted_db.is_sqlite:
        path = Path(posted_db.path)
        moved = path.with_suffix(".moved")
        path.rename(moved)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.paused, timeout=5000)
        assert not path.exists()  # the kiosk did not create an empty file in its place
        moved.rename(path)
    else:
        from sqlalchemy import create_engine, text

        from conftest import pg_url

        name = posted_db.url.database
        admin = create_engine(pg_url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = :n AND pid <> pg_backend_pid()"), {"n": name})
            qtbot.waitUntil(lambda: window.stack.currentWidget() is window.paused, timeout=8000)
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        admin.dispose()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=8000)
    window.start_search()
    window.results.search_field.setText("khai sinh")
    assert window.results.codes()[0] == KHAI_SINH


def test_kiosk_survey_wording_in_vietnamese_is_the_printed_forms(qtbot, posted_db) -> None:
    window = open_kiosk(qtbot, posted_db)
    for n, q in enumerate(survey.QUESTIONS, start=1):
        assert window.rating.question_labels[q.key].text() == f"{n}. {q.text}"
        for choice in q.choices:
            assert window.rating.choice_buttons[(q.key, choice.value)].text().replace("\n", " ") == choice.label
    texts = {b.text() for b in window.rating.level_buttons.values()}
    assert texts == set(survey.LEVELS.values())


def test_kiosk_english_toggle_and_larger_text(qtbot, posted_db) -> None:
    window = open_kiosk(qtbot, posted_db)
    before = window.home.prompt.font().pointSizeF()
    window.toggle_language()
    qtbot.waitUntil(lambda: window.home.prompt.text().startswith("Find your procedure"))
    window.next_size()
    window.next_size()
    assert window.home.prompt.font().pointSizeF() == pytest.approx(before * 1.5, rel=0.05)
    window.reset()
    assert window.home.prompt.font().pointSizeF() == pytest.approx(before, rel=0.05)
    qtbot.waitUntil(lambda: window.home.prompt.text().startswith("Tìm thủ tục"))


def test_kiosk_start_up_stays_lean(posted_db, tmp_path) -> None:
    """Printing, Excel, QR and password hashing load when first used, not to show the home screen."""
    if not posted_db.is_sqlite:
        pytest.skip("one backend is enough")
    import subprocess
    import sys

    from conftest import ROOT

    script = ("import sys\nfrom cchc_desktop.gui.app import create_application\n"
              "from cchc_desktop.gui.kiosk.window import KioskWindow\n"
              "from cchc_desktop.gui.kiosk.app import open_kiosk_database\n"
              "app = create_application()\n"
              f"w = KioskWindow(open_kiosk_database({str(posted_db.path)!r})); w.go_full_screen(); app.processEvents()\n"
              "heavy = ('reportlab', 'openpyxl', 'qrcode', 'PIL', 'argon2', 'python_calamine', 'PySide6.QtPdf')\n"
              "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT,
                         env={**__import__("os").environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                              "CCHC_DATA_DIR": str(tmp_path)})
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr


def test_kiosk_options_are_set_in_the_staff_settings(qtbot, posted_db) -> None:
    from cchc_desktop.core.services import settings
    from conftest import open_staff_window

    window = open_staff_window(qtbot, posted_db, ADMIN)
    tab = window.settings_page.center
    tab.refresh()
    assert tab.kiosk_idle.value() == 90 and tab.kiosk_fields["kiosk.portal_url"].text() == "https://dichvucong.gov.vn"
    tab.kiosk_idle.setValue(120)
    tab.kiosk_fields["kiosk.printer"].setText("Máy in kiosk")
    assert tab.save()
    with posted_db.read() as session:
        assert settings.get(session, "kiosk.idle_seconds") == 120
        assert settings.get(session, "kiosk.printer") == "Máy in kiosk"
    kiosk = open_kiosk(qtbot, posted_db)
    assert kiosk.idle_ms == 120_000


def test_kiosk_prints_the_guide_sheet_on_its_printer(qtbot, posted_db, monkeypatch) -> None:
    from cchc_desktop.core.services import settings
    from cchc_desktop.gui.preview import DocumentPreview

    printed = []

    def fake_print(preview, printer):
        printed.append((printer.printerName(), preview.page_count(), preview.title))
        return preview.page_count()

    monkeypatch.setattr(DocumentPreview, "print_to", fake_print)
    settings.set_many(posted_db, ADMIN, {"kiosk.printer": "Máy in quầy"})
    window = open_kiosk(qtbot, posted_db)
    window.show_procedure(KHAI_SINH)
    qtbot.mouseClick(window.detail.print_button, Qt.MouseButton.LeftButton)
    assert printed and printed[0][1] >= 1 and printed[0][2] == KHAI_SINH
    assert "phiếu hướng dẫn" in window.detail.meta.text()


def test_kiosk_started_before_its_database_waits_paused(qtbot, tmp_path, sqlite_template) -> None:
    import shutil

    from cchc_desktop.core.db.database import Database

    path = tmp_path / "later.db"
    db = Database(str(path))  # as run_kiosk makes it when the database cannot be opened
    window = open_kiosk(qtbot, db, poll_ms=100, paused_poll_ms=100)
    assert window.stack.currentWidget() is window.paused and not path.exists()
    shutil.copy(sqlite_template, path)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=5000)
    db.dispose()
