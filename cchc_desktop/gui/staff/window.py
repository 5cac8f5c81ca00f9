"""The staff workspace: navigation on the left, one page per task on the right."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.gui import app as gui_app
from cchc_desktop.gui import labels
from cchc_desktop.gui.staff.catalogue import CataloguePage
from cchc_desktop.gui.retranslating import Retranslating

if TYPE_CHECKING:
    from cchc_desktop.gui.staff.guidance import QuickEntry
    from cchc_desktop.gui.staff.import_dialog import ImportDialog
    from cchc_desktop.gui.staff.print_studio import PrintStudioPage
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


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with “…” in the middle when there is no room (full text as tip)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)


class StaffWindow(Retranslating, QMainWindow):
    PROCEDURES, SAMPLES, PRINTING, GUIDANCE, REPORTS, PLAN, SETTINGS = range(7)
    catalogue_imported = Signal()  # the catalogue changed through an import
    sign_out_requested = Signal()

    def __init__(self, db: Database, actor: Actor):
        super().__init__()
        self.db = db
        self.actor = actor
        self._dock_by_page = False  # the quick entry came with the guidance page (and goes with it)
        self.setStyleSheet(STYLE)
        self.setMinimumSize(QSize(1100, 640))  # fits 1366×768 with room; below it the buttons would be cut

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(210)
        self.nav.setIconSize(QSize(22, 22))
        for _ in range(7):
            QListWidgetItem(self.nav)
        self.pages = QStackedWidget()
        self.procedures = CataloguePage(db, actor)
        self.pages.addWidget(self.procedures)
        # These pages are built the first time they are shown (or asked for): the window opens without them.
        self._unbuilt = {self.SAMPLES, self.PRINTING, self.GUIDANCE, self.REPORTS, self.PLAN, self.SETTINGS}
        for _ in self._unbuilt:
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

        for row in range(7):  # Ctrl+1 … Ctrl+7 switch pages, keyboard-first
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            self.addAction(action)

        self._quick_entry: QuickEntry | None = None  # built when first opened (see quick_entry)
        self.quick_dock = QDockWidget()
        self.quick_dock.setObjectName("quickEntry")
        self.quick_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                    | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.quick_dock)
        self.quick_dock.hide()  # shown on the guidance page and by Ctrl+G: the catalogue keeps its width
        self.quick_action = QAction(self)
        self.quick_action.setShortcut(QKeySequence("Ctrl+G"))
        self.quick_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quick_action.triggered.connect(self.open_quick_entry)
        self.addAction(self.quick_action)
        self.quick_action.setEnabled(actor.can(permissions.GUIDANCE))

        self.catalogue_menu = self.menuBar().addMenu("")
        self.import_action = self.catalogue_menu.addAction("")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.open_import)
        self.import_action.setEnabled(actor.can(permissions.EDIT_CATALOGUE))
        self.menuBar().addAction(self.quick_action)
        self.catalogue_imported.connect(self.procedures.refresh)
        # The page's own shortcuts (Ctrl+N, Ctrl+L) do the work; the menu names them after a tab.
        self.new_action = self.catalogue_menu.addAction("")
        self.new_action.triggered.connect(lambda: self._on_catalogue(lambda: self.procedures.open_editor(None)))
        self.new_action.setEnabled(actor.can(permissions.EDIT_CATALOGUE))
        self.lifecycle_action = self.catalogue_menu.addAction("")
        self.lifecycle_action.triggered.connect(lambda: self._on_catalogue(self.procedures.open_lifecycle))
        self.lifecycle_action.setEnabled(actor.can(permissions.EDIT_CATALOGUE))
        self.catalogue_menu.addSeparator()
        self.export_action = self.catalogue_menu.addAction("")
        self.export_action.triggered.connect(lambda: self.export_catalogue())
        self.posted_list_action = self.catalogue_menu.addAction("")
        self.posted_list_action.triggered.connect(self.print_posted_list)
        self.catalogue_menu.addSeparator()
        self.delete_action = self.catalogue_menu.addAction("")
        self.delete_action.triggered.connect(self.delete_procedure)
        self.bin_action = self.catalogue_menu.addAction("")
        self.bin_action.triggered.connect(self.open_bin)
        for action in (self.delete_action, self.bin_action):  # administrators only
            action.setVisible(actor.can(permissions.DELETE_PROCEDURE))

        self.status = ElidedLabel()  # the database's place: elided, never under the account button
        self.statusBar().addWidget(self.status, 1)
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
        self.start_maximized = False
        self.restore_window_state()

    @property
    def quick_entry(self) -> QuickEntry:
        """The quick guidance entry in its dock, built the first time it is wanted."""
        if self._quick_entry is None:
            from cchc_desktop.gui.staff.guidance import QuickEntry

            self._quick_entry = QuickEntry(self.db, self.actor)
            self.quick_dock.setWidget(self._quick_entry)  # the guidance page, once built, follows its saves
        return self._quick_entry

    def open_quick_entry(self) -> None:
        """Ctrl+G from anywhere in the app: the quick entry, ready for a procedure."""
        if not self.actor.can(permissions.GUIDANCE):
            return
        self._dock_by_page = False
        entry = self.quick_entry
        self.quick_dock.show()
        self.quick_dock.raise_()
        self.activateWindow()
        entry.procedure.setFocus()
        entry.procedure.selectAll()

    # --- pages built on first use ------------------------------------------------------
    def page(self, row: int) -> QWidget:
        """The page at ``row``, built now if it has not been yet (it takes its placeholder's place)."""
        if row in self._unbuilt:
            self._unbuilt.discard(row)
            placeholder = self.pages.widget(row)
            build = {self.SAMPLES: self._build_samples, self.PRINTING: self._build_printing,
                     self.GUIDANCE: self._build_guidance, self.REPORTS: self._build_reports,
                     self.PLAN: self._build_plan, self.SETTINGS: self._build_settings}[row]
            self.pages.insertWidget(row, build())
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        return self.pages.widget(row)

    def _show_page(self, row: int) -> None:
        self.page(row)
        self.pages.setCurrentIndex(row)
        # The guidance page brings the quick entry with it and takes it away again; Ctrl+G keeps it open.
        if row == self.GUIDANCE and self.actor.can(permissions.GUIDANCE):
            self._dock_by_page = not self.quick_dock.isVisible()
            self.quick_dock.show()
        elif self._dock_by_page:
            self._dock_by_page = False
            self.quick_dock.hide()

    @property
    def samples(self) -> SamplesPage:
        return self.page(self.SAMPLES)  # type: ignore[return-value]

    @property
    def studio(self) -> PrintStudioPage:
        return self.page(self.PRINTING)  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self.page(self.SETTINGS)  # type: ignore[return-value]

    def _build_samples(self) -> SamplesPage:
        from cchc_desktop.gui.staff.samples import SamplesPage

        page = SamplesPage(self.db, self.actor)
        self.procedures.catalogue_changed.connect(page.mark_stale)
        return page

    def _build_printing(self) -> PrintStudioPage:
        from cchc_desktop.gui.staff.print_studio import PrintStudioPage

        page = PrintStudioPage(self.db, self.actor)
        page.edit_requested.connect(self.procedures.open_editor)
        return page

    def _build_guidance(self) -> QWidget:
        from cchc_desktop.gui.staff.guidance import GuidancePage

        page = GuidancePage(self.db, self.actor)
        self.quick_entry.saved.connect(lambda _: page.refresh())
        return page

    def _build_reports(self) -> QWidget:
        from cchc_desktop.gui.staff.reports_page import ReportsPage

        return ReportsPage(self.db, self.actor)

    def _build_plan(self) -> QWidget:
        from cchc_desktop.gui.staff.plan_page import PlanPage

        return PlanPage(self.db, self.actor)

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
                 self.tr("Guidance log"), self.tr("Reports"), self.tr("Communication plan"), self.tr("Settings")]
        for row, name in enumerate(names):
            self.nav.item(row).setText(name)
        self.catalogue_menu.setTitle(self.tr("&Catalogue"))
        self.quick_dock.setWindowTitle(self.tr("Quick guidance entry (Ctrl+G)"))
        self.quick_action.setText(self.tr("&Quick guidance entry"))
        self.import_action.setText(self.tr("&Import procedure list…"))
        self.delete_action.setText(self.tr("&Delete procedure…"))
        self.bin_action.setText(self.tr("&Bin…"))
        self.new_action.setText(self.tr("&New procedure…") + "\tCtrl+N")
        self.lifecycle_action.setText(self.tr("Record an amendment or &repeal…") + "\tCtrl+L")
        self.export_action.setText(self.tr("&Export the catalogue…"))
        self.posted_list_action.setText(self.tr("&Print the posted list…"))
        self._update_status()

    def _on_catalogue(self, action: Callable[[], None]) -> None:
        self.nav.setCurrentRow(self.PROCEDURES)
        action()

    def export_catalogue(self, path: str | None = None) -> int | None:
        """Every procedure to a .xlsx, .json (imports back unchanged) or .csv file, as `cchc export` does."""
        from datetime import date
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from cchc_desktop.core.services import interchange
        from cchc_desktop.gui.errors import run_guarded

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the catalogue"),
                                                  f"danh-muc-{date.today():%Y%m%d}.xlsx",
                                                  self.tr("Excel workbook (*.xlsx);;JSON (*.json);;CSV (*.csv)"))
            if not path:
                return None
        count = run_guarded(self, lambda: interchange.export_catalogue(self.db, Path(path)))
        if count is not None:
            self.statusBar().showMessage(self.tr("Exported %1 procedures to %2").replace("%1", str(count))
                                         .replace("%2", path), 15_000)
        return count

    def print_posted_list(self) -> None:
        """The print studio with the posted list of today, every posted procedure."""
        self.nav.setCurrentRow(self.PRINTING)
        self.studio.build_ui()
        self.studio.template.setCurrentIndex(self.studio.template.findData("posted-list"))
        self.studio.source_all.setChecked(True)
        self.studio.schedule_preview()

    def open_import(self) -> ImportDialog:
        """The import wizard (Nhập danh mục…); the catalogue page reloads after an import."""
        from cchc_desktop.gui.staff.import_dialog import ImportDialog  # loaded on first use, not at start-up

        dialog = ImportDialog(self.db, self.actor, self)
        dialog.imported.connect(self.catalogue_imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_procedure(self) -> None:
        """Move the procedure selected in the catalogue to the bin (after asking)."""
        from cchc_desktop.gui.staff.bin_dialog import delete_procedure

        code = self.procedures.current_code()
        if code is None:
            QMessageBox.information(self, self.tr("Delete procedure"),
                                    self.tr("Select a procedure in the list first."))
            return
        name = self.procedures.model.name_of(code)
        if delete_procedure(self, self.db, self.actor, code, name):
            self.catalogue_imported.emit()

    def open_bin(self):
        """The bin: procedures deleted by an administrator, restored from here."""
        from cchc_desktop.gui.staff.bin_dialog import BinDialog

        dialog = BinDialog(self.db, self.actor, self)
        dialog.restored.connect(self.catalogue_imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _update_status(self) -> None:
        self.status.setText(self.db.described)
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

    def restore_window_state(self) -> None:
        """The size and place of the last session; the first time, maximised (never larger than the screen)."""
        store = gui_app.settings()
        geometry = store.value("staff/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry() if self.screen() else None
            width, height = (min(1366, screen.width()), min(768, screen.height())) if screen else (1280, 720)
            self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
            self.start_maximized = True
        else:
            self.start_maximized = str(store.value("staff/maximized", "false")).lower() == "true"

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.start_maximized:  # once, when first shown (set before showing, the state would not stick)
            self.start_maximized = False
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        super().showEvent(event)

    def save_window_state(self) -> None:
        store = gui_app.settings()
        store.setValue("staff/geometry", self.saveGeometry())
        store.setValue("staff/maximized", self.isMaximized())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        super().closeEvent(event)
