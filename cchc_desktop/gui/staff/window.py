"""The staff workspace: navigation on the left, one page per task on the right."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database, describe
from cchc_desktop.gui import app as gui_app
from cchc_desktop.gui import labels
from cchc_desktop.gui.staff.catalogue import CataloguePage
from cchc_desktop.gui.staff.print_studio import PrintStudioPage
from cchc_desktop.gui.retranslating import Retranslating

if TYPE_CHECKING:
    from cchc_desktop.gui.staff.import_dialog import ImportDialog
    from cchc_desktop.gui.staff.samples import SamplesPage
    from cchc_desktop.gui.staff.settings_page import SettingsPage

STYLE = """
QListWidget#nav { background: #12355b; color: white; border: none; font-size: 11.5pt; padding-top: 8px; }
QListWidget#nav::item { padding: 10px 14px; }
QListWidget#nav::item:selected { background: #1f5a96; border-left: 4px solid #f2c14e; }
QLabel#pageTitle { font-size: 16pt; font-weight: 600; color: #12355b; }
QLabel#pageSummary { color: #555; }
QFrame#banner { background: #fff6d6; border: 1px solid #e6c75a; border-radius: 4px; }
"""


class UpcomingPage(Retranslating, QWidget):
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

    def retranslate(self) -> None:
        self.title.setText(self._title())
        self.body.setText(self._text())


class StaffWindow(Retranslating, QMainWindow):
    PROCEDURES, SAMPLES, PRINTING, GUIDANCE, REPORTS, SETTINGS = range(6)
    catalogue_imported = Signal()  # the catalogue changed through an import
    sign_out_requested = Signal()

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
        # These pages are built the first time they are shown (or asked for): the window opens without them.
        self._unbuilt = {self.SAMPLES, self.SETTINGS}
        self.pages.addWidget(QWidget())
        self.pages.addWidget(PrintStudioPage(db, actor))
        self.pages.addWidget(UpcomingPage(
            lambda: self.tr("Guidance log"),
            lambda: self.tr("Record each guidance session in seconds: procedure, channel, outcome; "
                            "citizen contact details only with consent.")))
        self.pages.addWidget(UpcomingPage(
            lambda: self.tr("Reports"),
            lambda: self.tr("Quarterly, six-month and annual figures for the center's administrative "
                            "reform reporting.")))
        self.pages.addWidget(QWidget())
        self.nav.currentRowChanged.connect(self._show_page)
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

        self.catalogue_menu = self.menuBar().addMenu("")
        self.import_action = self.catalogue_menu.addAction("")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.open_import)
        self.import_action.setEnabled(actor.can(permissions.EDIT_CATALOGUE))
        self.catalogue_imported.connect(self.procedures.refresh)

        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self.change_password_action = QAction(self)
        self.change_password_action.triggered.connect(self.change_password)
        self.change_password_action.setEnabled(actor.account_id is not None)
        self.sign_out_action = QAction(self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.addAction(self.sign_out_action)
        self.account_menu = QMenu(self)
        self.account_menu.addAction(self.change_password_action)
        self.account_menu.addAction(self.sign_out_action)
        self.account_button = QToolButton()
        self.account_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.account_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.account_button.setMenu(self.account_menu)
        self.account_button.setStyleSheet("QToolButton { padding: 2px 18px 2px 6px; }")
        self.statusBar().addPermanentWidget(self.account_button)
        self.procedures.catalogue_changed.connect(self._update_status)
        self.retranslate()
        # The list loads once the window is on screen, so the window never waits for it.
        QTimer.singleShot(0, self.procedures.refresh)
        geometry = gui_app.settings().value("staff/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)

    # --- pages built on first use ------------------------------------------------------
    def page(self, row: int) -> QWidget:
        """The page at ``row``, built now if it has not been yet (it takes its placeholder's place)."""
        if row in self._unbuilt:
            self._unbuilt.discard(row)
            placeholder = self.pages.widget(row)
            self.pages.insertWidget(row, self._build_samples() if row == self.SAMPLES else self._build_settings())
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        return self.pages.widget(row)

    def _show_page(self, row: int) -> None:
        self.page(row)
        self.pages.setCurrentIndex(row)

    @property
    def samples(self) -> SamplesPage:
        return self.page(self.SAMPLES)  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self.page(self.SETTINGS)  # type: ignore[return-value]

    def _build_samples(self) -> SamplesPage:
        from cchc_desktop.gui.staff.samples import SamplesPage

        page = SamplesPage(self.db, self.actor)
        self.procedures.catalogue_changed.connect(page.mark_stale)
        return page

    def _build_settings(self) -> SettingsPage:
        from cchc_desktop.gui.staff.settings_page import SettingsPage

        page = SettingsPage(self.db, self.actor)
        page.data_replaced.connect(self._data_replaced)
        if page.audit is not None:
            page.audit.catalogue_changed.connect(self.catalogue_imported)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CCHC Desktop – Public Administration Service Center"))
        names = [self.tr("Procedures"), self.tr("Sample dossiers"), self.tr("Print studio"),
                 self.tr("Guidance log"), self.tr("Reports"), self.tr("Settings")]
        for row, name in enumerate(names):
            self.nav.item(row).setText(name)
        self.catalogue_menu.setTitle(self.tr("&Catalogue"))
        self.import_action.setText(self.tr("&Import procedure list…"))
        self._update_status()

    def open_import(self) -> ImportDialog:
        """The import wizard (Nhập danh mục…); the catalogue page reloads after an import."""
        from cchc_desktop.gui.staff.import_dialog import ImportDialog  # loaded on first use, not at start-up

        dialog = ImportDialog(self.db, self.actor, self)
        dialog.imported.connect(self.catalogue_imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _update_status(self) -> None:
        self.status.setText(describe(self.db.url))
        who = f"{self.actor.display_name} ({labels.role(self.actor.role)})"
        self.account_button.setText(self.tr("Signed in as %1").replace("%1", who))
        self.change_password_action.setText(self.tr("Change password…"))
        self.sign_out_action.setText(self.tr("Sign out"))

    def change_password(self) -> None:
        from cchc_desktop.gui.staff.password import ChangePasswordDialog

        ChangePasswordDialog(self.db, self.actor, parent=self).exec()

    def _data_replaced(self) -> None:
        QMessageBox.information(self, self.tr("Restore from a backup"),
                                self.tr("All data has been replaced. Sign in again to continue."))
        self.sign_out_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        gui_app.settings().setValue("staff/geometry", self.saveGeometry())
        super().closeEvent(event)
