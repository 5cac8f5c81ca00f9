"""The kiosk window: full screen, locked, self-resetting, following the catalogue live.

Safety: Esc, Alt+F4, Ctrl+W, Ctrl+Q and close requests are refused, losing
focus brings the window back; staff leave with five taps in the top-left
corner within 3 s and the kiosk PIN (``accounts.verify_kiosk_pin``, locked
after five wrong tries). After ``kiosk.idle_seconds`` without a touch a
10-second countdown shows, then everything is reset. A timer polls the
core's change probe: a staff change shows within one poll, a database that
goes away shows the "paused" screen until it comes back.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.errors import CchcError, DatabaseUnavailable, NotFoundError
from cchc_desktop.core.services import kiosk as kiosk_service
from cchc_desktop.gui import app as gui_app
from cchc_desktop.gui.kiosk import theme
from cchc_desktop.gui.kiosk.keyboard import OnScreenKeyboard
from cchc_desktop.gui.kiosk.pages import DetailPage, GuidePage, HomePage, MessagePage, RatingPage, ResultsPage, button, label
from cchc_desktop.gui.retranslating import Retranslating

log = logging.getLogger(__name__)

EXIT_TAPS, EXIT_WINDOW_S = 5, 3.0
CORNER_PX = 90
POLL_MS = 20_000  # a staff change shows within 20 s (the issue asks for 60)
PAUSED_POLL_MS = 5_000
COUNTDOWN_S = 10
THANKS_MS = 8_000
_WATCHED = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
                      QEvent.Type.ShortcutOverride})
_BLOCKED_KEYS = {QKeySequence("Ctrl+Q"), QKeySequence("Ctrl+W"), QKeySequence("Alt+F4"), QKeySequence("Ctrl+F4")}


class Pages(QStackedWidget):
    """A stack as small as its current page (not its largest one), so the keyboard fits below results."""

    def minimumSizeHint(self):
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def sizeHint(self):
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()


class Overlay(QWidget):
    """A dimmed layer over the whole window with a card in the middle (never a separate window)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.card = QFrame()
        self.card.setObjectName("card")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.inner = QVBoxLayout(self.card)
        self.inner.setContentsMargins(36, 28, 36, 28)
        self.inner.setSpacing(14)
        row.addWidget(self.card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.hide()

    def cover(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()


class CountdownOverlay(Retranslating, Overlay):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.title = label(name="title")
        self.text = label()
        self.stay = button(name="primary")
        for w in (self.title, self.text, self.stay):
            self.inner.addWidget(w)
        self.remaining = 0
        self.retranslate()

    def set_remaining(self, seconds: int) -> None:
        self.remaining = seconds
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        self.text.setText(self.tr("The kiosk returns to the start in %n second(s).", "", self.remaining))
        self.stay.setText(self.tr("Continue"))


class PinOverlay(Retranslating, Overlay):
    """The staff's PIN pad: digits only, the PIN masked."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.title = label(name="heading")
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setReadOnly(True)  # typed with the pad below, never a physical keyboard's shortcuts
        self.message = label(name="muted")
        self.inner.addWidget(self.title)
        self.inner.addWidget(self.field)
        self.inner.addWidget(self.message)
        pad = QGridLayout()
        self.digits: dict[str, QWidget] = {}
        for n, ch in enumerate("123456789"):
            b = button(ch)
            b.clicked.connect(lambda _=False, ch=ch: self.field.setText(self.field.text()[:8] + ch))
            pad.addWidget(b, n // 3, n % 3)
            self.digits[ch] = b
        self.cancel = button()
        zero = button("0")
        zero.clicked.connect(lambda: self.field.setText(self.field.text()[:8] + "0"))
        self.digits["0"] = zero
        self.ok = button(name="primary")
        pad.addWidget(self.cancel, 3, 0)
        pad.addWidget(zero, 3, 1)
        pad.addWidget(self.ok, 3, 2)
        self.inner.addLayout(pad)
        self.retranslate()

    def open(self) -> None:
        self.field.clear()
        self.message.setText("")
        self.cover()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff only: type the kiosk PIN to leave"))
        self.cancel.setText(self.tr("Cancel"))
        self.ok.setText(self.tr("OK"))


class KioskWindow(Retranslating, QWidget):
    """The whole kiosk. ``windowed`` is for development: an ordinary window that may be closed."""

    exited = Signal()

    def __init__(self, db: Database, *, windowed: bool = False, poll_ms: int = POLL_MS,
                 paused_poll_ms: int = PAUSED_POLL_MS, idle_ms: int | None = None, countdown_s: int = COUNTDOWN_S):
        super().__init__()
        self.db = db
        self.actor = Actor.kiosk()
        self.windowed = windowed
        self.allow_exit = False
        self.scale_step = 0
        self.contrast = False
        self.language = "vi"
        self.catalogue: kiosk_service.KioskCatalogue | None = None
        self.center_info: kiosk_service.Center | None = None
        self._stamp = None
        self._idle_override = idle_ms
        self._countdown_s = countdown_s
        self._poll_ms, self._paused_poll_ms = poll_ms, paused_poll_ms
        self._taps: list[float] = []
        self._filtering = False
        self._before_keyboard: QWidget | None = None
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle("CCHC Kiosk")
        if not windowed:
            self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                                | Qt.WindowType.WindowStaysOnTopHint)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        top = QHBoxLayout()
        top.setContentsMargins(CORNER_PX, 10, 16, 6)
        top.setSpacing(10)
        self.center_name = label(name="heading", wrap=True)
        top.addWidget(self.center_name, 1)
        self.home_button = button()
        self.size_button = button()
        self.contrast_button = button()
        self.language_button = button()
        for b in (self.home_button, self.size_button, self.contrast_button, self.language_button):
            top.addWidget(b)
        self.home_button.clicked.connect(self.go_home)
        self.size_button.clicked.connect(self.next_size)
        self.contrast_button.clicked.connect(self.toggle_contrast)
        self.language_button.clicked.connect(self.toggle_language)
        root.addLayout(top)

        self.stack = Pages()
        self.stack.currentChanged.connect(lambda _i: self.stack.updateGeometry())
        self.home = HomePage()
        self.results = ResultsPage()
        self.detail = DetailPage()
        self.guide = GuidePage()
        self.rating = RatingPage()
        self.thanks = MessagePage("thanks")
        self.paused = MessagePage("paused")
        for page in (self.home, self.results, self.detail, self.guide, self.rating, self.thanks, self.paused):
            self.stack.addWidget(page)
        root.addWidget(self.stack, 1)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.hide()
        self.keyboard.hide_requested.connect(self.hide_keyboard)
        root.addWidget(self.keyboard)
        self.footer = label(name="muted")
        self.footer.setContentsMargins(24, 4, 24, 8)
        root.addWidget(self.footer)

        self.home.search_tapped.connect(self.start_search)
        self.home.field_chosen.connect(self.show_field)
        self.home.guide_chosen.connect(self.show_guide)
        self.home.rating_chosen.connect(lambda: self.start_rating(""))
        self.results.search_tapped.connect(self.show_keyboard)
        self.results.text_changed.connect(self.update_results)
        self.results.chosen.connect(self.show_procedure)
        self.detail.back.connect(self.go_back_from_detail)
        self.detail.rate.connect(self.start_rating)
        self.detail.sample_chosen.connect(self.show_sample)
        self.detail.print_requested.connect(self.print_guide)
        self.guide.back.connect(self.go_home)
        self.rating.submitted.connect(self.submit_rating)
        self.rating.cancelled.connect(self.go_home)
        self.thanks.home.connect(self.go_home)

        self.corner = QWidget(self)  # the hidden exit gesture's target, above everything but overlays
        self.corner.setGeometry(0, 0, CORNER_PX, CORNER_PX)
        self.countdown = CountdownOverlay(self)
        self.countdown.stay.clicked.connect(self.touched)
        self.pin = PinOverlay(self)
        self.pin.cancel.clicked.connect(self.pin.hide)
        self.pin.ok.clicked.connect(self.check_pin)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.idle_expired)
        self.countdown_timer = QTimer(self)
        self.countdown_timer.setInterval(1000)
        self.countdown_timer.timeout.connect(self._tick)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.timeout.connect(self.go_home)
        self.poll_timer = QTimer(self)
        self.poll_timer.timeout.connect(self.poll)
        self._reclaim_timer = QTimer(self)
        self._reclaim_timer.setSingleShot(True)
        self._reclaim_timer.setInterval(300)
        self._reclaim_timer.timeout.connect(self.reclaim)

        if not windowed:
            QApplication.instance().setQuitOnLastWindowClosed(False)
        self.apply_theme()
        self.retranslate()
        self.load()
        self.poll_timer.start(self._poll_ms)

    # --- data -----------------------------------------------------------------------
    @property
    def idle_ms(self) -> int:
        if self._idle_override is not None:
            return self._idle_override
        return (self.center_info.idle_seconds if self.center_info else 90) * 1000

    def load(self) -> bool:
        """(Re)read the catalogue and the center; the paused screen when the database is away."""
        try:
            stamp = kiosk_service.guarded(self.db, lambda: kiosk_service.stamp(self.db))
            self.catalogue, self.center_info = kiosk_service.guarded(self.db, self._read)
        except CchcError as exc:
            self.pause(exc)
            return False
        self._stamp = stamp
        QTimer.singleShot(200, self.catalogue.prepare)  # once the home screen is painted, before a first touch
        QTimer.singleShot(400, kiosk_service.preload)  # and what a procedure's page reads with
        self.home.set_fields(self.catalogue.fields(), self._columns())
        self.guide.set_portal(self.center_info.portal_url)
        self._show_center()
        if self.stack.currentWidget() is self.paused:
            self.stack.setCurrentWidget(self.home)
            self.go_home()
        elif self.stack.currentWidget() is self.results:
            self.update_results(self.results.search_field.text())
        elif self.stack.currentWidget() is self.detail and self.detail.code:
            self.show_procedure(self.detail.code, keep_back=True)
        self.touched()
        return True

    def _read(self) -> tuple[kiosk_service.KioskCatalogue, kiosk_service.Center]:
        with self.db.plain() as plain:  # plain SQL: the home screen needs no SQLAlchemy
            return kiosk_service.load(plain), kiosk_service.center(plain)

    def poll(self) -> None:
        """Reload when the catalogue changed; leave the paused screen when the database is back."""
        try:
            stamp = kiosk_service.guarded(self.db, lambda: kiosk_service.stamp(self.db))
        except CchcError as exc:
            self.pause(exc)
            return
        if self.stack.currentWidget() is self.paused or stamp != self._stamp:
            self.load()
            self.poll_timer.start(self._poll_ms)

    def pause(self, exc: BaseException) -> None:
        log.info("kiosk paused: %s", exc)
        if self.stack.currentWidget() is not self.paused:
            self.countdown.hide()
            self.countdown_timer.stop()
            self.pin.hide()
            self.hide_keyboard()
            self.stack.setCurrentWidget(self.paused)
        self.poll_timer.start(self._paused_poll_ms)

    def _guarded(self, work):
        """Run a read; a database that went away pauses the kiosk instead of raising."""
        try:
            return kiosk_service.guarded(self.db, work)
        except DatabaseUnavailable as exc:
            self.pause(exc)
            return None

    def _show_center(self) -> None:
        c = self.center_info
        self.center_name.setText(c.name or self.tr("Public Administration Service Center"))
        parts = [self.tr("Opening hours: %1").replace("%1", c.hours) if c.hours else "",
                 self.tr("Hotline: %1").replace("%1", c.hotline) if c.hotline else ""]
        self.footer.setText("   ·   ".join(p for p in parts if p))
        self.footer.setVisible(any(parts))

    def _columns(self) -> int:
        screen = self.screen() or QApplication.primaryScreen()
        width = self.width() if self.windowed or self.isVisible() else screen.geometry().width()
        return max(1, min(4, int(width / (380 * theme.SCALES[self.scale_step]))))

    # --- navigation -----------------------------------------------------------------
    def go_home(self) -> None:
        self.thanks_timer.stop()
        self.hide_keyboard()
        self.results.search_field.clear()
        self.home.search_field.clear()
        self.results.set_field(None)
        if self.stack.currentWidget() is not self.paused:
            self.stack.setCurrentWidget(self.home)
            self.home.search_field.setFocus()  # a physical keyboard types into the search at once

    def start_search(self) -> None:
        text = self.home.search_field.text()
        self.home.search_field.clear()
        self.results.set_field(None)
        self.stack.setCurrentWidget(self.results)
        self.results.search_field.setText(text)
        self.update_results(text)
        self.show_keyboard()

    def show_field(self, position: int) -> None:
        self.results.search_field.clear()
        self.results.set_field(position, self.catalogue.index.fields[position])
        self.stack.setCurrentWidget(self.results)
        self.update_results("")

    def update_results(self, text: str) -> None:
        if self.catalogue is None:
            return
        rows = self.catalogue.search(text, self.results.field)
        shown = [(self.catalogue.code(i), self.catalogue.name(i), self.catalogue.field_name(i))
                 for i in rows[:len(self.results.cards)]]
        self.results.show_results(shown, len(rows))

    def show_procedure(self, code: str, keep_back: bool = False) -> None:
        def read():
            with self.db.read() as session:
                return kiosk_service.detail(session, code)

        try:
            detail = self._guarded(read)
        except NotFoundError:  # it left the posted list since the results were shown
            self.go_home()
            return
        if detail is None:
            return
        if not keep_back:
            self._detail_from = self.stack.currentWidget()
        self.hide_keyboard()
        self.detail.show_detail(detail, self.center_info.printer if self.center_info else "")
        self.stack.setCurrentWidget(self.detail)

    def go_back_from_detail(self) -> None:
        target = getattr(self, "_detail_from", self.results)
        self.stack.setCurrentWidget(target if target in (self.results, self.home) else self.home)

    def show_sample(self, doc_id: int) -> None:
        from cchc_desktop.core.services import samples

        found = self._guarded(lambda: samples.read_file(self.db, doc_id))
        if found is not None:
            doc, content = found
            self.detail.show_sample(doc_id, content.media_type, content.data, doc.title)

    def show_guide(self) -> None:
        self.stack.setCurrentWidget(self.guide)

    def print_guide(self, code: str) -> None:
        """The guide sheet of the print studio, on the kiosk's printer (no dialog)."""
        from PySide6.QtPrintSupport import QPrinter

        from cchc_desktop.gui.preview import DocumentPreview
        from cchc_desktop.printing import studio

        try:
            rendered = studio.build(self.db, studio.Request("guide", codes=(code,)))
            if rendered.blocked:
                raise CchcError(studio.blocked_message(rendered))
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPrinterName(self.center_info.printer)
            sheet = DocumentPreview()
            sheet.show_file("application/pdf", rendered.pdf, code)
            sheet.print_to(printer)
            sheet.deleteLater()
            self.detail.meta.setText(self.tr("The guide sheet is printing: take it from the printer."))
        except CchcError as exc:
            log.warning("kiosk print failed: %s", exc)
            self.detail.meta.setText(self.tr("The printer is not available: please ask at the counter."))

    # --- the keyboard ---------------------------------------------------------------
    def show_keyboard(self) -> None:
        self.keyboard.target = self.results.search_field
        self.keyboard.show()
        self.results.search_field.setFocus()

    def hide_keyboard(self) -> None:
        self.keyboard.hide()

    # --- rating ---------------------------------------------------------------------
    def start_rating(self, code: str = "") -> None:
        from cchc_desktop.core.services import satisfaction

        name = ""
        if code and self.catalogue is not None:
            position = self.catalogue.index.position(code)
            name = self.catalogue.name(position) if position is not None else ""
        self.hide_keyboard()
        self.rating.start(satisfaction.new_token(), code, name)
        self.stack.setCurrentWidget(self.rating)

    def submit_rating(self) -> None:
        from cchc_desktop.core.services import satisfaction

        overall, answers = self.rating.answers()
        counter = self.center_info.counter if self.center_info else ""
        try:
            kiosk_service.guarded(self.db, lambda: satisfaction.record(
                self.db, self.actor, token=self.rating.token, overall=overall, answers=answers,
                procedure_code=self.rating.procedure_code, counter=counter))
        except DatabaseUnavailable as exc:
            self.pause(exc)
            return
        except CchcError as exc:  # nothing a citizen can fix: thank them, keep the reason in the log
            log.warning("kiosk rating not stored: %s", exc)
        self.stack.setCurrentWidget(self.thanks)
        self.thanks_timer.start(THANKS_MS)

    # --- looks ----------------------------------------------------------------------
    def next_size(self) -> None:
        self.scale_step = (self.scale_step + 1) % len(theme.SCALES)
        self.apply_theme()

    def toggle_contrast(self) -> None:
        self.contrast = not self.contrast
        self.apply_theme()

    def toggle_language(self) -> None:
        self.set_language("en" if self.language == "vi" else "vi")

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            gui_app.install_translators(QApplication.instance(), language)  # a LanguageChange to every view

    def apply_theme(self) -> None:
        dpi = self.logicalDpiX() or 96
        self.setStyleSheet(theme.stylesheet(theme.SCALES[self.scale_step], self.contrast, dpi))
        self.retranslate()
        if self.catalogue is not None:
            self.home.set_fields(self.catalogue.fields(), self._columns())

    def retranslate(self) -> None:
        self.home_button.setText(self.tr("Start"))
        self.size_button.setText(self.tr("Larger text") + f" ×{theme.SCALES[(self.scale_step + 1) % 3]:g}"
                                 if self.scale_step < 2 else self.tr("Normal text"))
        self.contrast_button.setText(self.tr("Normal colours") if self.contrast else self.tr("High contrast"))
        self.language_button.setText("Tiếng Việt" if self.language == "en" else "English")
        if self.center_info is not None:
            self._show_center()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for overlay in (self.countdown, self.pin):
            if overlay.isVisible():
                overlay.setGeometry(self.rect())
        self.corner.raise_()
        if self.catalogue is not None and self._columns() != self.home.columns:
            self.home.set_fields(self.catalogue.fields(), self._columns())

    # --- idle -----------------------------------------------------------------------
    def touched(self) -> None:
        """Any input: the idle clock starts again and a countdown is called off."""
        if self.countdown.isVisible():
            self.countdown.hide()
            self.countdown_timer.stop()
        self.idle_timer.start(self.idle_ms)

    @property
    def pristine(self) -> bool:
        """Nothing a next citizen could see of the last one."""
        return (self.stack.currentWidget() in (self.home, self.paused) and not self.keyboard.isVisible()
                and not self.home.search_field.text() and not self.pin.isVisible() and self.language == "vi"
                and self.scale_step == 0 and not self.contrast)

    def idle_expired(self) -> None:
        if self.pristine:
            self.idle_timer.start(self.idle_ms)
            return
        self.countdown.set_remaining(self._countdown_s)
        self.countdown.cover()
        self.countdown_timer.start()

    def _tick(self) -> None:
        self.countdown.set_remaining(self.countdown.remaining - 1)
        if self.countdown.remaining <= 0:
            self.reset()

    def reset(self) -> None:
        """Back to the start as the next citizen should find it: input cleared, dialogs closed,
        a half-done rating dropped, Vietnamese, normal text and colours."""
        self.countdown_timer.stop()
        self.countdown.hide()
        self.pin.hide()
        self.rating.start("", "", "")
        self.detail.code = ""
        self.go_home()
        self.set_language("vi")
        if self.scale_step or self.contrast:
            self.scale_step, self.contrast = 0, False
            self.apply_theme()
        self.idle_timer.start(self.idle_ms)

    # --- leaving ----------------------------------------------------------------------
    def corner_tapped(self) -> None:
        now = time.monotonic()
        self._taps = [t for t in self._taps if now - t <= EXIT_WINDOW_S] + [now]
        if len(self._taps) >= EXIT_TAPS:
            self._taps = []
            self.hide_keyboard()
            self.pin.open()

    def check_pin(self) -> None:
        try:
            ok = kiosk_service.guarded(self.db, lambda: kiosk_service.verify_pin(self.db, self.pin.field.text()))
        except DatabaseUnavailable as exc:
            self.pause(exc)
            return
        except CchcError as exc:  # locked after five wrong tries
            self.pin.field.clear()
            self.pin.message.setText(exc.message)
            return
        if not ok:
            self.pin.field.clear()
            self.pin.message.setText(self.tr("Wrong PIN."))
            return
        self.leave()

    def leave(self) -> None:
        self.allow_exit = True
        self.poll_timer.stop()
        self.idle_timer.stop()
        QApplication.instance().removeEventFilter(self)
        self._filtering = False
        self.close()
        self.exited.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_exit or self.windowed:
            QApplication.instance().removeEventFilter(self)
            self._filtering = False
            event.accept()
        else:
            event.ignore()

    def go_full_screen(self) -> None:
        """Full screen over the whole screen; the geometry is set too, for an X server without a window manager."""
        screen = self.screen() or QApplication.primaryScreen()
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def reclaim(self) -> None:
        """Full screen, on top and active again (after a focus loss or a minimise)."""
        if self.allow_exit or self.windowed:
            return
        screen = self.screen() or QApplication.primaryScreen()
        if not self.isFullScreen() or self.geometry() != screen.geometry():
            self.go_full_screen()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._filtering and not self.allow_exit:
            self._filtering = True  # every event of the application passes here from now on: keep it cheap
            QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _WATCHED:
            return False
        if obj is self.corner and kind == QEvent.Type.MouseButtonPress:
            self.corner_tapped()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress):
            self.touched()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            if self._blocked(event):
                event.accept()
                return True
        return False

    def _blocked(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Close, Qt.Key.Key_Exit, Qt.Key.Key_Menu):
            return True
        combo = QKeySequence(event.keyCombination())
        return combo in _BLOCKED_KEYS or event.matches(QKeySequence.StandardKey.Close) \
            or event.matches(QKeySequence.StandardKey.Quit)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.ActivationChange, QEvent.Type.WindowStateChange) \
                and not self.windowed and not self.allow_exit:
            if not self.isActiveWindow() or not self.isFullScreen():
                self._reclaim_timer.start()
