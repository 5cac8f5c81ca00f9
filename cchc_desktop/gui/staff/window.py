"""The staff workspace: navigation on the left, one page per task on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop import __version__
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database, describe
from cchc_desktop.gui import app as gui_app
from cchc_desktop.gui.staff.catalogue import CataloguePage
from cchc_desktop.gui.staff.samples import SamplesPage

STYLE = """
QListWidget#nav { background: #12355b; color: white; border: none; font-size: 11.5pt; padding-top: 8px; }
QListWidget#nav::item { padding: 10px 14px; }
QListWidget#nav::item:selected { background: #1f5a96; border-left: 4px solid #f2c14e; }
QLabel#pageTitle { font-size: 16pt; font-weight: 600; color: #12355b; }
QLabel#pageSummary { color: #555; }
QFrame#banner { background: #fff6d6; border: 1px solid #e6c75a; border-radius: 4px; }
"""


class UpcomingPage(QWidget):
    """A task whose workspace arrives in a later release: says what it will hold."""

    def __init__(self, title: Callable[[], str], text: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self._title, self._text = title, text
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self._title())
        self.body.setText(self._text())


class SettingsPage(QWidget):
    """Cài đặt: interface language and where the data lives."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(gui_app.current_language())))
        self.language.currentIndexChanged.connect(self._change_language)
        self.database = QLabel(describe(db.url))
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database.setWordWrap(True)
        self.version = QLabel(__version__)
        self.form = QFormLayout()
        self.form_labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.form_labels, [self.language, self.database, self.version]):
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        texts = [self.tr("Interface language"), self.tr("Database"), self.tr("Version")]
        for label, text in zip(self.form_labels, texts):
            label.setText(text)

    def _change_language(self) -> None:
        language = self.language.currentData()
        gui_app.settings().setValue("ui/language", language)
        gui_app.install_translators(QApplication.instance(), language)


class StaffWindow(QMainWindow):
    PROCEDURES, SAMPLES, PRINTING, GUIDANCE, REPORTS, SETTINGS = range(6)

    def __init__(self, db: Database, actor: Actor):
        super().__init__()
        self.db = db
        self.actor = actor
        self.setStyleSheet(STYLE)
        self.setMinimumSize(QSize(1000, 640))

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(210)
        self.nav.setIconSize(QSize(22, 22))
        for _ in range(6):
            QListWidgetItem(self.nav)
        self.pages = QStackedWidget()
        self.procedures = CataloguePage(db, actor)
        self.pages.addWidget(self.procedures)
        self.samples = SamplesPage(db, actor)
        self.pages.addWidget(self.samples)
        self.procedures.catalogue_changed.connect(self.samples.mark_stale)
        self.pages.addWidget(UpcomingPage(
            lambda: self.tr("Print studio"),
            lambda: self.tr("Posters, tri-fold leaflets, guide sheets and QR stickers for the posted "
                            "procedures, previewed before printing, every print logged.")))
        self.pages.addWidget(UpcomingPage(
            lambda: self.tr("Guidance log"),
            lambda: self.tr("Record each guidance session in seconds: procedure, channel, outcome; "
                            "citizen contact details only with consent.")))
        self.pages.addWidget(UpcomingPage(
            lambda: self.tr("Reports"),
            lambda: self.tr("Quarterly, six-month and annual figures for the center's administrative "
                            "reform reporting.")))
        self.pages.addWidget(SettingsPage(db))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(self.PROCEDURES)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        for row in range(6):  # Ctrl+1 … Ctrl+6 switch pages, keyboard-first
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            self.addAction(action)

        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self.procedures.catalogue_changed.connect(self._update_status)
        self.retranslate()
        # The list loads once the window is on screen, so the window never waits for it.
        QTimer.singleShot(0, self.procedures.refresh)
        geometry = gui_app.settings().value("staff/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CCHC Desktop – Public Administration Service Center"))
        names = [self.tr("Procedures"), self.tr("Sample dossiers"), self.tr("Print studio"),
                 self.tr("Guidance log"), self.tr("Reports"), self.tr("Settings")]
        for row, name in enumerate(names):
            self.nav.item(row).setText(name)
        self._update_status()

    def _update_status(self) -> None:
        signed_in = self.tr("Signed in as %1").replace("%1", self.actor.name)
        self.status.setText(f"{signed_in} · {describe(self.db.url)}")

    def closeEvent(self, event: QCloseEvent) -> None:
        gui_app.settings().setValue("staff/geometry", self.saveGeometry())
        super().closeEvent(event)
