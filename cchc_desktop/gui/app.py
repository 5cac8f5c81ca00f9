"""The Qt shell shared by the staff app and the kiosk: application, fonts, translations, UI settings.

Both import it; it imports neither (a test keeps the package free of import circles)."""

from __future__ import annotations

import os
import sys

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from cchc_desktop import APP_ID, APP_NAME, __version__
from cchc_desktop.core import paths
from cchc_desktop.core.errors import CchcError

FONT_FAMILY = "Be Vietnam Pro"
LANGUAGES = ("vi", "en")
_translators: list[QTranslator] = []


def settings() -> QSettings:
    """Per-user UI settings (language, window geometry, last user name) in one INI file."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "CCHC", APP_ID)


def register_fonts() -> str:
    """Load the bundled fonts so no screen depends on the system's fonts."""
    families: set[str] = set()
    for path in sorted(paths.resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise CchcError(f"Không nạp được phông chữ {path.name}.")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if FONT_FAMILY not in families:
        raise CchcError(f"Thiếu phông chữ {FONT_FAMILY} trong thư mục resources/fonts.")
    return FONT_FAMILY


def current_language() -> str:
    lang = os.environ.get("CCHC_LANG") or str(settings().value("ui/language", "vi"))
    return lang if lang in LANGUAGES else "vi"


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Vietnamese (the default) loads our own Qt and app catalogues; English is the source text,
    with a catalogue of its plural forms only ("1 page", "2 pages")."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
                       if language == "vi" else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    folder = str(paths.translations_dir())
    loaded = True
    # Qt ships no Vietnamese for its own dialogs; ours covers the standard buttons and menus.
    for name in ("qtbase_vi", "cchc_vi") if language == "vi" else ("cchc_en",):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
        else:
            loaded = False
    if language == "vi":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(app)
        if translator.load("qtbase_vi", qt_folder):  # should a later Qt ship one, prefer it
            app.installTranslator(translator)
            _translators.append(translator)
    return loaded


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("CCHC")
    app.setApplicationVersion(__version__)
    family = register_fonts()
    font = QFont(family)
    font.setPointSizeF(10.5)
    app.setFont(font)
    install_translators(app, current_language())
    return app


class _FirstPaint(QObject):
    # A child of the widget, so it and its pending call go when the widget goes.
    def __init__(self, widget: QWidget, work: Callable[[], None]):
        super().__init__(widget)
        self._work: Callable[[], None] | None = work
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self._work is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # after this paint (and its children's) is done
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            work()


def when_painted(widget: QWidget, work: Callable[[], None]) -> None:
    """Run ``work`` once ``widget`` has been painted the first time: the slower part of a screen
    (SQLAlchemy, a picture from the file store) loads while the user already reads and types."""
    _FirstPaint(widget, work)
