"""In ấn: choose a template and what to print, look at the live preview and the preflight, print or save.

The document is laid out off the UI thread by the shared print studio
(:mod:`cchc_desktop.printing.studio`); this page only shows it. Printing
renders the PDF pages at the printer's resolution (QtPdf) into the printer
chosen in the print dialog. Every print or save writes a print job with its
result; a failed one says why and can be tried again.

The page builds itself when first shown, and imports the print code (reportlab)
and QtPdf only then, so the staff window starts as fast as before.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QRunnable,
    QSize,
    QSizeF,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core import text as vtext
from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import PrintResult
from cchc_desktop.core.errors import CchcError, PermissionDenied
from cchc_desktop.core.posting import NO_FIELD
from cchc_desktop.core.services import catalogue, print_log, samples
from cchc_desktop.gui.errors import run_guarded, show_error

if TYPE_CHECKING:  # the print code (reportlab) and QtPdf load when the page is first shown
    from PySide6.QtPrintSupport import QPrinter

    from cchc_desktop.printing import studio
    from cchc_desktop.printing.documents import Rendered

log = logging.getLogger(__name__)
KINDS = ("poster", "leaflet", "guide", "stickers", "posted-list", "campaign", "handbook",
         "panel")  # printing.documents.KINDS
PRINT_SHOP_ONLY = {"panel"}  # too large for an office printer: saved as PDF for the print shop
PRINT_DPI = 300  # enough for 0.5 mm QR modules (6 dots) without page images of hundreds of MB
DEBOUNCE_MS = 250


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


class _BuildJob(QRunnable):
    """Lays a document out in a worker thread; reports back through queued signals."""

    def __init__(self, db: Database, request: studio.Request, generation: int, signals: _Signals):
        super().__init__()
        self.db, self.request, self.generation, self.signals = db, request, generation, signals

    def run(self) -> None:
        from cchc_desktop.printing import studio

        try:
            rendered = studio.build(self.db, self.request)
        except CchcError as exc:
            self.signals.failed.emit(self.generation, exc.message)
        except Exception as exc:  # the page must hear of every failure
            log.exception("print preview failed")
            self.signals.failed.emit(self.generation, f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(self.generation, rendered)


class PrintStudioPage(QWidget):
    """Template → what to print → live preview and preflight → print or save."""

    preview_ready = Signal()
    preview_failed = Signal(str)
    job_recorded = Signal(int)
    edit_requested = Signal(str)  # a held-back document's procedure, to open in the editor

    ALL, FIELD, CHOSEN = range(3)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.can_output = actor.can(permissions.PRINT)
        self.rendered: Rendered | None = None
        self.request: studio.Request | None = None
        self._built = False
        # Asked before trying a failed print or save again; tests answer it without a dialog.
        self.ask_retry: Callable[[str], bool] = self._ask_retry
        self._layout = QVBoxLayout(self)
        self.plan_offer = None  # the communication plan's offer after a print (gui/staff/plan_page.py)
        self.job_recorded.connect(self._offer_plan_record)

    def build_ui(self) -> None:
        """Build the page the first time it is shown: the window starts without loading the print code."""
        if self._built:
            return
        self._built = True
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self._generation = 0
        self._print_when_ready = False
        self._printer: QPrinter | None = None
        self._buffer: QBuffer | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._built_document)
        self._signals.failed.connect(self._build_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._loading_lists = False

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.template_label, self.size_label = QLabel(), QLabel()
        self.template = QComboBox()
        for kind in KINDS:
            self.template.addItem("", kind)
        self.size = QComboBox()
        form = QFormLayout()
        form.addRow(self.template_label, self.template)
        form.addRow(self.size_label, self.size)

        self.source_box = QGroupBox()
        self.source_all, self.source_field, self.source_chosen = QRadioButton(), QRadioButton(), QRadioButton()
        self.source_group = QButtonGroup(self)
        for index, button in enumerate((self.source_all, self.source_field, self.source_chosen)):
            self.source_group.addButton(button, index)
        self.source_all.setChecked(True)
        self.field = QComboBox()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.procedures = QListWidget()
        self.procedures.setUniformItemSizes(True)
        self.procedures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.procedures.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.procedures.setMinimumHeight(120)
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("pageSummary")
        source = QVBoxLayout(self.source_box)
        source.addWidget(self.source_all)
        source.addWidget(self.source_field)
        source.addWidget(self.field)
        source.addWidget(self.source_chosen)
        source.addWidget(self.filter)
        source.addWidget(self.procedures, 1)
        source.addWidget(self.chosen_label)

        self.options_box = QGroupBox()
        self.crop_marks = QCheckBox()
        self.grid_label = QLabel()
        self.grid_columns, self.grid_rows = QSpinBox(), QSpinBox()
        self.grid_columns.setRange(1, 8)
        self.grid_rows.setRange(1, 20)
        self.grid_columns.setValue(3)
        self.grid_rows.setValue(8)
        self.grid_times = QLabel("×")
        grid_row = QHBoxLayout()
        grid_row.addWidget(self.grid_label)
        grid_row.addWidget(self.grid_columns)
        grid_row.addWidget(self.grid_times)
        grid_row.addWidget(self.grid_rows)
        grid_row.addStretch(1)
        # The handbook: print-shop pages or a booklet for the center's own printer; a panel's images.
        self.imposed = QCheckBox()
        self.photo_button, self.background_button = QPushButton(), QPushButton()
        self.clear_images = QToolButton()
        self.clear_images.setText("×")
        self.images: dict[str, tuple[str, bytes]] = {}
        self.distance_label = QLabel()
        self.distance = QDoubleSpinBox()
        self.distance.setRange(0.5, 20.0)
        self.distance.setSingleStep(0.5)
        self.distance.setDecimals(1)
        self.distance.setValue(2.0)
        self.distance_label.setBuddy(self.distance)
        distance_row = QHBoxLayout()
        distance_row.addWidget(self.distance_label)
        distance_row.addWidget(self.distance)
        distance_row.addStretch(1)
        images_row = QHBoxLayout()
        images_row.addWidget(self.photo_button)
        images_row.addWidget(self.background_button)
        images_row.addWidget(self.clear_images)
        options = QVBoxLayout(self.options_box)
        options.addWidget(self.crop_marks)
        options.addLayout(grid_row)
        options.addWidget(self.imposed)
        options.addLayout(distance_row)
        options.addLayout(images_row)

        self.print_button, self.save_button, self.batch_button = QPushButton(), QPushButton(), QPushButton()
        self.print_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)

        controls = QWidget()
        controls.setMinimumWidth(320)
        controls.setMaximumWidth(380)
        left = QVBoxLayout(controls)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        left.addWidget(self.source_box, 1)
        left.addWidget(self.options_box)
        left.addLayout(buttons)
        left.addWidget(self.batch_button)

        # Preview: the document, zoom and page navigation.
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setMinimumSize(QSize(360, 300))
        self.zoom_out, self.zoom_in = QToolButton(), QToolButton()
        self.fit_width, self.fit_page = QToolButton(), QToolButton()
        self.prev_page, self.next_page = QToolButton(), QToolButton()
        self.zoom_out.setText("−")
        self.zoom_in.setText("+")
        self.prev_page.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_page.setArrowType(Qt.ArrowType.RightArrow)
        self.page_label = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        toolbar = QHBoxLayout()
        for w in (self.zoom_out, self.zoom_in, self.fit_width, self.fit_page):
            toolbar.addWidget(w)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.prev_page)
        toolbar.addWidget(self.page_label)
        toolbar.addWidget(self.next_page)
        toolbar.addStretch(1)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addLayout(toolbar)
        preview_layout.addWidget(self.view, 1)
        preview_layout.addWidget(self.status)

        self.issues = QListWidget()
        self.issues.setWordWrap(True)
        self.issues.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.jobs = QTableWidget(0, 6)
        self.jobs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jobs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jobs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.jobs.verticalHeader().setVisible(False)
        self.jobs.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.reprint_button = QPushButton()
        jobs_tab = QWidget()
        jobs_layout = QVBoxLayout(jobs_tab)
        jobs_layout.setContentsMargins(0, 0, 0, 0)
        jobs_layout.addWidget(self.jobs, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reprint_button)
        jobs_layout.addLayout(row)
        # Documents of a batch held back by preflight: the rest prints; each can be fixed or printed alone.
        self.held = QTableWidget(0, 3)
        self.held.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.held.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.held.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.held.setWordWrap(True)
        self.held.verticalHeader().setVisible(False)
        self.held.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.held.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.held.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.held.setColumnWidth(0, 220)
        self.edit_held_button, self.alone_button = QPushButton(), QPushButton()
        held_tab = QWidget()
        held_layout = QVBoxLayout(held_tab)
        held_layout.setContentsMargins(0, 0, 0, 0)
        held_layout.addWidget(self.held, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_held_button)
        row.addWidget(self.alone_button)
        held_layout.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.issues, "")
        self.tabs.addTab(jobs_tab, "")
        self.tabs.addTab(held_tab, "")
        self.tabs.setTabVisible(2, False)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(preview)
        right.addWidget(self.tabs)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setSizes([520, 180])

        body = QHBoxLayout()
        body.addWidget(controls)
        body.addWidget(right, 1)
        self._layout.addWidget(self.title)
        self._layout.addLayout(body, 1)

        self.template.currentIndexChanged.connect(self._template_changed)
        for signal in (self.size.currentIndexChanged, self.field.currentIndexChanged, self.source_group.idClicked,
                       self.crop_marks.toggled, self.grid_columns.valueChanged, self.grid_rows.valueChanged,
                       self.imposed.toggled, self.distance.valueChanged):
            signal.connect(self.schedule_preview)
        self.photo_button.clicked.connect(lambda: self.choose_image("photo"))
        self.background_button.clicked.connect(lambda: self.choose_image("background"))
        self.clear_images.clicked.connect(lambda: self.set_images({}))
        self.imposed.toggled.connect(self._sync_crop_marks)
        self.procedures.itemChanged.connect(self._chosen_changed)
        self.filter.textChanged.connect(self._filter_procedures)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.batch_button.clicked.connect(self.print_every_field)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.edit_held_button.clicked.connect(self.edit_held)
        self.alone_button.clicked.connect(self.print_held_alone)
        self.held.itemSelectionChanged.connect(self._update_buttons)
        self.held.itemDoubleClicked.connect(lambda *_: self.edit_held())
        self.jobs.itemSelectionChanged.connect(self._update_buttons)
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.prev_page.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_page.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)

        self._template_changed()
        self.retranslate()

    # --- language -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._built:
            self.retranslate()
        super().changeEvent(event)

    def template_name(self, kind: str) -> str:
        return {
            "poster": self.tr("Poster of a field's procedures"),
            "leaflet": self.tr("Tri-fold leaflet: apply online"),
            "guide": self.tr("Guide sheet with dossier checklist"),
            "stickers": self.tr("QR stickers for the posting board"),
            "posted-list": self.tr("Posted list of procedures"),
            "campaign": self.tr("Campaign poster: scan to apply online"),
            "handbook": self.tr("Handbook of procedures (A5 booklet)"),
            "panel": self.tr("Panel or roll-up banner (QR codes)"),
        }[kind]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Print studio"))
        self.template_label.setText(self.tr("&Template"))
        self.template_label.setBuddy(self.template)
        self.size_label.setText(self.tr("Paper &size"))
        self.size_label.setBuddy(self.size)
        for i in range(self.template.count()):
            self.template.setItemText(i, self.template_name(self.template.itemData(i)))
        self.source_box.setTitle(self.tr("What to print"))
        self.source_field.setText(self.tr("One &field"))
        self.source_chosen.setText(self.tr("&Chosen procedures"))
        self.filter.setPlaceholderText(self.tr("Filter by code or name…"))
        self.options_box.setTitle(self.tr("Options"))
        self.crop_marks.setText(self.tr("Crop &marks and 3 mm bleed (print shop)"))
        self.grid_label.setText(self.tr("Labels per sheet (columns × rows):"))
        self.imposed.setText(self.tr("A4 &booklet at the center (both sides)"))
        self.imposed.setToolTip(self.tr("Unticked: single A5 pages with crop marks and bleed for a print shop."))
        self.clear_images.setToolTip(self.tr("Remove the photo and the background"))
        self.distance_label.setText(self.tr("QR codes scanned from (m):"))
        self.distance.setToolTip(self.tr("Each code is checked for this reading distance: side at least "
                                         "distance/10, module at least distance/450."))
        self._update_image_buttons()
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("Save P&DF…"))
        self._update_batch_label()
        self.reprint_button.setText(self.tr("Print &again"))
        self.fit_width.setText(self.tr("Fit width"))
        self.fit_page.setText(self.tr("Whole page"))
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.zoom_out.setToolTip(self.tr("Zoom out"))
        self.prev_page.setToolTip(self.tr("Previous page"))
        self.next_page.setToolTip(self.tr("Next page"))
        self.tabs.setTabText(0, self.tr("Preflight"))
        self.tabs.setTabText(1, self.tr("Print log"))
        self.held.setHorizontalHeaderLabels([self.tr("Held back"), self.tr("Why"), self.tr("How to fix")])
        self.edit_held_button.setText(self.tr("&Edit or shorten the procedure…"))
        self.alone_button.setText(self.tr("Print it on its &own"))
        self.alone_button.setToolTip(self.tr("Preview this document alone, where a larger paper size can be chosen"))
        self.jobs.setHorizontalHeaderLabels([self.tr("When"), self.tr("Document"), self.tr("Procedures"),
                                             self.tr("Copies"), self.tr("Result"), self.tr("Where / why")])
        if not self.can_output:
            tip = self.tr("A read-only account can preview documents but not print or save them.")
            for button in (self.print_button, self.save_button, self.batch_button, self.reprint_button):
                button.setToolTip(tip)
        self._update_source_labels()
        self._update_page_label()
        self._show_rendered()
        self._load_jobs()

    def _update_batch_label(self) -> None:
        """The one-click batch says what it prints: every poster, or every posted procedure's document."""
        kind = self.kind()
        texts = {"poster": self.tr("Print every field's poster…"),
                 "leaflet": self.tr("Print every posted procedure's leaflet…"),
                 "guide": self.tr("Print every posted procedure's guide sheet…")}
        self.batch_button.setText(texts.get(kind, texts["poster"]))

    def _update_source_labels(self) -> None:
        self._update_batch_label()
        kind = self.kind()
        self.source_all.setText(self.tr("Every field, one poster each") if kind == "poster"
                                else self.tr("Every posted procedure"))
        count = len(self.chosen_codes())
        self.chosen_label.setText(self.tr("%n procedure(s) chosen", "", count))

    # --- lists -------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.build_ui()
        self.reload_lists()

    def hideEvent(self, event) -> None:
        # No layout for a page nobody looks at; a build under way still finishes (and is shown on return).
        if self._built:
            self._timer.stop()
        super().hideEvent(event)

    def reload_lists(self) -> None:
        """Fields and procedures from the catalogue (it may have changed since the last visit)."""
        from cchc_desktop.printing import studio

        def load():
            with self.db.read() as session:
                return studio.posted_fields(session), catalogue.list_rows(session)
        loaded = run_guarded(self, load)
        if loaded is None:
            return
        fields, rows = loaded
        chosen = set(self.chosen_codes())
        current_field = self.field.currentData()
        self._loading_lists = True
        try:
            self.field.clear()
            for name, count in fields:
                shown = name if name != NO_FIELD else self.tr("No field")
                self.field.addItem(f"{shown} ({count})", name)
            index = self.field.findData(current_field)
            self.field.setCurrentIndex(max(0, index))
            self.procedures.clear()
            for row in rows:
                mark = "" if row.posted else self.tr(" (not posted)")
                item = QListWidgetItem(f"{row.code}  {row.name}{mark}")
                item.setData(Qt.ItemDataRole.UserRole, row.code)
                item.setData(Qt.ItemDataRole.UserRole + 1, vtext.fold(f"{row.code} {row.name}"))
                item.setToolTip(row.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if row.code in chosen else Qt.CheckState.Unchecked)
                self.procedures.addItem(item)
        finally:
            self._loading_lists = False
        self._filter_procedures(self.filter.text())
        self._update_source_labels()
        self.schedule_preview()
        self._load_jobs()

    def _filter_procedures(self, text: str) -> None:
        words = vtext.fold(text).split()
        for i in range(self.procedures.count()):
            item = self.procedures.item(i)
            key = item.data(Qt.ItemDataRole.UserRole + 1)
            item.setHidden(not all(w in key for w in words))

    def chosen_codes(self) -> list[str]:
        return [self.procedures.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.procedures.count())
                if self.procedures.item(i).checkState() == Qt.CheckState.Checked]

    def choose(self, codes: list[str]) -> None:
        """Tick exactly these procedures and print the chosen ones."""
        wanted = set(codes)
        self._loading_lists = True
        try:
            for i in range(self.procedures.count()):
                item = self.procedures.item(i)
                state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted \
                    else Qt.CheckState.Unchecked
                item.setCheckState(state)
        finally:
            self._loading_lists = False
        self.source_chosen.setChecked(True)
        self._chosen_changed()

    def _chosen_changed(self, *_args) -> None:
        if self._loading_lists:
            return
        self._update_source_labels()
        if self.chosen_codes() and not self.source_chosen.isChecked():
            self.source_chosen.setChecked(True)
        self.schedule_preview()

    # --- the request ----------------------------------------------------------------------------
    def kind(self) -> str:
        return self.template.currentData()

    def _template_changed(self) -> None:
        from cchc_desktop.printing import spec as specs

        kind = self.kind()
        current = self.size.currentData()
        self.size.blockSignals(True)
        self.size.clear()
        for size in specs.sizes(kind):
            self.size.addItem(size, size)
        self.size.setCurrentIndex(max(0, self.size.findData(current)))
        self.size.blockSignals(False)
        self.source_box.setEnabled(kind != "campaign")
        for w in (self.grid_label, self.grid_columns, self.grid_times, self.grid_rows):
            w.setVisible(kind == "stickers")
        self.imposed.setVisible(kind == "handbook")
        for w in (self.photo_button, self.background_button, self.clear_images, self.distance_label, self.distance):
            w.setVisible(kind == "panel")
        self._sync_crop_marks()
        self._update_source_labels()
        self.schedule_preview()

    def current_request(self) -> studio.Request:
        from cchc_desktop.printing import studio

        kind = self.kind()
        source = self.source_group.checkedId()
        field = codes = None
        if kind != "campaign":
            if source == self.FIELD:
                field = self.field.currentData()
            elif source == self.CHOSEN:
                codes = tuple(self.chosen_codes())
        grid = (self.grid_columns.value(), self.grid_rows.value()) if kind == "stickers" else None
        images = {key: data for key, (_, data) in self.images.items()} if kind == "panel" else {}
        return studio.Request(kind=kind, size=self.size.currentData(), field=field, codes=codes or (),
                              crop_marks=self.crop_marks.isChecked(), grid=grid,
                              batch=kind == "poster" and source == self.ALL,
                              imposed=kind == "handbook" and self.imposed.isChecked(),
                              distance=self.distance.value() if kind == "panel" else None, **images)

    def _sync_crop_marks(self) -> None:
        """Handbook pages and panels always carry crop marks and bleed (an imposed booklet never): shown so."""
        kind = self.kind()
        fixed = kind in ("handbook", "panel")
        if fixed and self.crop_marks.isEnabled():
            self._crop_choice = self.crop_marks.isChecked()  # the choice for the other templates, kept
        self.crop_marks.blockSignals(True)
        if fixed:
            self.crop_marks.setChecked(kind == "panel" or not self.imposed.isChecked())
        elif not self.crop_marks.isEnabled():
            self.crop_marks.setChecked(getattr(self, "_crop_choice", False))
        self.crop_marks.blockSignals(False)
        self.crop_marks.setEnabled(not fixed)

    # --- a panel's images -------------------------------------------------------------------------
    def choose_image(self, key: str) -> None:
        title = self.tr("Center photo") if key == "photo" else self.tr("Background image")
        path, _ = QFileDialog.getOpenFileName(self, title, "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.load_image(key, path)

    def load_image(self, key: str, path: str) -> None:
        """Use the image file at ``path`` as the panel's photo or background."""
        from pathlib import Path

        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            show_error(self, self.tr("Could not read %1: %2").replace("%1", path)
                       .replace("%2", exc.strerror or str(exc)))
            return
        self.set_images({**self.images, key: (Path(path).name, data)})

    def set_images(self, images: dict[str, tuple[str, bytes]]) -> None:
        self.images = images
        self._update_image_buttons()
        self.schedule_preview()

    def _update_image_buttons(self) -> None:
        for key, button, label in (("photo", self.photo_button, self.tr("Photo…")),
                                   ("background", self.background_button, self.tr("Background…"))):
            name = self.images.get(key, ("", b""))[0]
            button.setText(f"{label} ({name})" if name else label)
            button.setToolTip(name)
        self.clear_images.setEnabled(bool(self.images))

    # --- preview -----------------------------------------------------------------------------------
    def schedule_preview(self, *_args) -> None:
        if self._loading_lists:
            return
        self._timer.start()

    def refresh_preview(self) -> None:
        """Lay the current choice out in the background; :attr:`preview_ready` fires when it is shown."""
        request = self.current_request()
        if request.kind != "campaign" and self.source_group.checkedId() == self.CHOSEN and not request.codes:
            self._set_status(self.tr("Tick the procedures to print in the list."), "")
            self.rendered = None
            self.document.close()
            self._update_buttons()
            return
        self._generation += 1
        if self.request is not None and self.request.kind != request.kind:
            # Another template: the old document must not stay on screen while the new one is laid out.
            self.rendered = None
            self.document.close()
            self.issues.clear()
            self.held.setRowCount(0)
            self.tabs.setTabVisible(2, False)
            self._update_buttons()
        self.request = request
        self._set_status(self.tr("Laying out the document…"), "")
        self._pool.start(_BuildJob(self.db, request, self._generation, self._signals))

    def _built_document(self, generation: int, rendered: Rendered) -> None:
        if generation != self._generation:
            return  # an older choice finished after a newer one was asked for
        self.rendered = rendered
        previous, self._buffer = self._buffer, QBuffer(self)
        self._buffer.setData(QByteArray(rendered.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if previous is not None:
            previous.deleteLater()
        self._show_rendered()
        self.preview_ready.emit()
        if self._print_when_ready:
            self._print_when_ready = False
            self.print_document()

    def _build_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.rendered = None
        self.document.close()
        self._print_when_ready = False
        self._set_status(message, "error")
        self.issues.clear()
        self.held.setRowCount(0)
        self.tabs.setTabVisible(2, False)
        self._update_buttons()
        self.preview_failed.emit(message)

    def _show_rendered(self) -> None:
        rendered = self.rendered
        if rendered is None:
            self._update_buttons()
            return
        self.issues.clear()
        style = self.style()
        for issue in rendered.issues:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical if issue.blocking
                                      else QStyle.StandardPixmap.SP_MessageBoxWarning)
            item = QListWidgetItem(icon, issue.message)
            item.setData(Qt.ItemDataRole.UserRole, issue.severity)
            self.issues.addItem(item)
        for row in range(self.issues.count()):  # a check passed and stated (a panel's QR codes)
            item = self.issues.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == "info":
                item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
        if rendered.note:
            self.issues.addItem(QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
                                                self.tr("How to print: %1").replace("%1", rendered.note)))
        if not rendered.issues:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            self.issues.addItem(QListWidgetItem(icon, self.tr("Preflight found nothing to fix.")))
        self._show_held(rendered)
        pages = self.tr("%n page(s)", "", rendered.pages)
        procedures = self.tr("%n procedure(s)", "", len(rendered.codes))
        if rendered.held:
            text = self.tr("ready to print; %n document(s) held back, see the list", "", len(rendered.held))
            self._set_status(f"{pages} · {procedures} · {text}", "warning")
            self.tabs.setCurrentIndex(2)
        elif rendered.blocked:
            text = self.tr("%n error(s) to fix before printing", "", len(rendered.errors))
            self._set_status(f"{pages} · {procedures} · {text}", "error")
            self.tabs.setCurrentIndex(0)
        elif rendered.warnings:
            text = self.tr("ready to print, %n warning(s)", "", len(rendered.warnings))
            self._set_status(f"{pages} · {procedures} · {text}", "warning")
        else:
            ready = self.tr("ready to print")
            self._set_status(f"{pages} · {procedures} · {ready}", "ok")
        self._update_page_label()
        self._update_buttons()

    def _show_held(self, rendered: Rendered) -> None:
        self.held.setRowCount(len(rendered.held))
        for r, held in enumerate(rendered.held):
            for c, value in enumerate((held.title, held.reason, held.fix)):
                item = QTableWidgetItem(value)
                item.setToolTip("\n".join(held.reasons) if c == 1 else value)
                item.setData(Qt.ItemDataRole.UserRole, held.codes[0])
                self.held.setItem(r, c, item)
        self.held.resizeRowsToContents()
        self.tabs.setTabVisible(2, bool(rendered.held))
        self.tabs.setTabText(2, self.tr("Held back (%1)").replace("%1", str(len(rendered.held))))
        if rendered.held:
            self.held.selectRow(0)

    def held_code(self) -> str | None:
        items = self.held.selectedItems() if hasattr(self, "held") else []
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def edit_held(self) -> None:
        """Open the held-back document's procedure in the editor (the window connects the signal)."""
        code = self.held_code()
        if code:
            self.edit_requested.emit(code)

    def print_held_alone(self) -> None:
        """Preview the held-back document alone, with its errors, to try another paper size."""
        code = self.held_code()
        if code:
            self.choose([code])

    def _set_status(self, text: str, level: str) -> None:
        colors = {"error": "#b3261e", "warning": "#8a5a00", "ok": "#1b6e3a"}
        self.status.setStyleSheet(f"color: {colors[level]}; font-weight: 600;" if level in colors else "")
        self.status.setText(text)

    def _update_buttons(self) -> None:
        ready = self.rendered is not None and not self.rendered.blocked and self.can_output
        self.print_button.setEnabled(ready and self.rendered.kind not in PRINT_SHOP_ONLY)
        self.save_button.setEnabled(ready)
        self.batch_button.setEnabled(self.can_output)
        self.reprint_button.setEnabled(self.can_output and bool(self.jobs.selectedItems()))
        self.edit_held_button.setEnabled(self.held_code() is not None and self.actor.can(permissions.EDIT_CATALOGUE))
        self.alone_button.setEnabled(self.held_code() is not None)

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.document.pageCount():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
            self._update_page_label()

    def _update_page_label(self, *_args) -> None:
        total = self.document.pageCount()
        page = self.current_page() + 1 if total else 0
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(page)).replace("%2", str(total)))
        self.prev_page.setEnabled(page > 1)
        self.next_page.setEnabled(page < total)

    def _zoom(self, factor: float) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        zoom = self.view.zoomFactor() * factor
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, zoom)))

    # --- output ------------------------------------------------------------------------------------
    def _ask_retry(self, message: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Printing failed"), message,
                          QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Retry)
        return box.exec() == QMessageBox.StandardButton.Retry

    def _allowed(self) -> bool:
        try:
            print_log.check_can_print(self.actor)
        except PermissionDenied as exc:
            show_error(self, exc.message)
            return False
        return True

    def default_file_name(self) -> str:
        request, rendered = self.request, self.rendered
        parts = [request.kind if request else "tai-lieu"]
        if request and request.field:
            parts.append(request.field)
        elif rendered and len(rendered.codes) == 1:
            parts.append(rendered.codes[0])
        parts.append(dt.date.today().isoformat())
        return re.sub(r"[^a-z0-9.]+", "-", vtext.fold("-".join(parts))).strip("-") + ".pdf"

    def save_document(self) -> None:
        if self.rendered is None or self.request is None or not self._allowed():
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), self.default_file_name(),
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the previewed PDF to ``path`` and log it; offers to try again when it fails."""
        from pathlib import Path

        from cchc_desktop.printing import studio

        rendered, request = self.rendered, self.request
        if rendered is None or request is None:
            return False
        while True:
            try:
                job = studio.save_pdf(self.db, self.actor, request, rendered, Path(path))
            except PermissionDenied as exc:
                show_error(self, exc.message)
                return False
            except CchcError as exc:
                self._load_jobs()
                if self.ask_retry(exc.message):
                    continue
                return False
            self._load_jobs()
            self.job_recorded.emit(job)
            self._set_status(self.tr("Saved to %1").replace("%1", path), "ok")
            return True

    def print_every_field(self) -> None:
        """Every field's poster (or every posted leaflet, guide sheet) in one job: preview, then print."""
        if not self._allowed():
            return
        if self.kind() not in ("poster", "leaflet", "guide"):
            self.template.setCurrentIndex(self.template.findData("poster"))
        self.source_all.setChecked(True)
        self._print_when_ready = True
        self._timer.stop()
        self.refresh_preview()

    def printer(self) -> QPrinter:
        """The page's printer, set up for the previewed document (kept: dialogs must not outlive it)."""
        from PySide6.QtPrintSupport import QPrinter

        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.prepare_printer(self._printer)
        return self._printer

    def prepare_printer(self, printer: QPrinter) -> None:
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrinter

        rendered = self.rendered
        if rendered is None:
            return
        size = self.document.pagePointSize(0)
        landscape = size.width() > size.height()
        portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
        page_size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        printer.setPageSize(page_size)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        printer.setDocName(rendered.title)
        printer.setFromTo(0, 0)
        if rendered.kind == "leaflet" or rendered.duplex:  # both sides, flipped on the short edge
            printer.setDuplex(QPrinter.DuplexMode.DuplexShortSide)

    def print_document(self) -> None:
        """Open the print dialog (printer, copies, both sides, pages) and print."""
        if self.rendered is None or self.rendered.blocked or not self._allowed():
            return
        if self.rendered.kind in PRINT_SHOP_ONLY:
            show_error(self, self.tr("A panel is printed by a print shop: save the PDF and send it to them."))
            return
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.rendered.title))
        dialog.setMinMax(1, self.rendered.pages)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            self._record(printer, PrintResult.CANCELLED, pages=0)
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print the previewed document on ``printer``; on failure say why and offer to try again."""
        while True:
            try:
                pages = self._paint(printer)
            except CchcError as exc:
                self._record(printer, PrintResult.FAILED, pages=0, error=exc.message)
                if self.ask_retry(exc.message):
                    continue
                return False
            self._record(printer, PrintResult.OK, pages=pages)
            self._set_status(self.tr("Sent to the printer: %n page(s)", "", pages), "ok")
            return True

    def _page_range(self, printer: QPrinter) -> list[int]:
        total = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            return list(range(total))
        return list(range(max(1, first) - 1, min(total, last)))

    def _paint(self, printer: QPrinter) -> int:
        """Draw the pages as images at printer resolution (at most 300 dpi); returns pages per copy."""
        from PySide6.QtPrintSupport import QPrinter
        pages = self._page_range(printer)
        if not pages:
            raise CchcError(self.tr("The document has no pages to print."))
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        painter = QPainter()
        if not painter.begin(printer):
            where = printer.outputFileName() or printer.printerName() or self.tr("the printer")
            raise CchcError(self.tr("Could not start printing on %1: the printer is not ready or the file "
                                    "cannot be written. Nothing was printed.").replace("%1", where))
        try:
            target = printer.paperRect(QPrinter.Unit.DevicePixel)
            dpi = min(PRINT_DPI, printer.resolution())
            first = True
            for _ in range(copies):
                for page in pages:
                    if not first and not printer.newPage():
                        raise CchcError(self.tr("The printer stopped accepting pages; the job is incomplete."))
                    first = False
                    size = self.document.pagePointSize(page)
                    pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
                    image = self.document.render(page, pixels)
                    painter.drawImage(QRectF(target.x(), target.y(), target.width(), target.height()), image)
        finally:
            painter.end()
        if printer.printerState() == QPrinter.PrinterState.Error:
            raise CchcError(self.tr("The printer reported an error; check it and try again."))
        return len(pages)

    def _record(self, printer: QPrinter, result: PrintResult, *, pages: int, error: str = "") -> None:
        if self.rendered is None or self.request is None:
            return
        destination = printer.outputFileName() or printer.printerName() or "máy in mặc định"
        copies = max(1, printer.copyCount())
        rendered = self.rendered
        if pages != rendered.pages:
            from dataclasses import replace
            rendered = replace(rendered, pages=pages)
        from cchc_desktop.printing import studio

        job = run_guarded(self, lambda: studio.record(self.db, self.actor, self.request, rendered,
                                                      destination=destination, copies=copies,
                                                      result=result, error=error))
        self._load_jobs()
        if job is not None:
            self.job_recorded.emit(job)

    def _offer_plan_record(self, job: int) -> None:
        """Printed matter may count for the communication plan: offer to record it (loaded on first print)."""
        from cchc_desktop.gui.staff.plan_page import offer_print_record

        self.plan_offer = offer_print_record(self, self.db, self.actor, job)

    # --- print log -------------------------------------------------------------------------------------
    def _load_jobs(self) -> None:
        if not hasattr(self, "jobs"):
            return
        try:
            with self.db.read() as session:
                jobs = print_log.recent(session, 30)
        except CchcError:
            return
        results = {PrintResult.OK: self.tr("Done"), PrintResult.FAILED: self.tr("Failed"),
                   PrintResult.CANCELLED: self.tr("Cancelled")}
        self.jobs.setRowCount(len(jobs))
        for r, job in enumerate(jobs):
            when = job.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
            if job.template in KINDS:
                name = self.template_name(job.template)
            elif job.template == samples.PRINT_TEMPLATE:
                name = self.tr("Sample form: %1").replace("%1", str(job.params.get("title", "")))
            else:
                name = job.template
            cells = [when, name, str(len(job.procedure_codes)), str(job.copies), results[job.result],
                     job.error or job.destination]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, job.id)
                if c == 5:
                    item.setToolTip(value)
                self.jobs.setItem(r, c, item)
        self.jobs.resizeColumnsToContents()
        self._update_buttons()

    def reprint_selected(self) -> None:
        """Lay out the selected job's document again and open the print dialog."""
        items = self.jobs.selectedItems()
        if not items or not self._allowed():
            return
        job_id = items[0].data(Qt.ItemDataRole.UserRole)

        def load():
            with self.db.read() as session:
                return print_log.get(session, job_id)
        job = run_guarded(self, load)
        if job is None:
            return
        if job.template not in KINDS:
            show_error(self, self.tr("“%1” was printed from the sample dossiers: print it again from there.")
                       .replace("%1", str(job.params.get("title", job.template))))
            return
        from cchc_desktop.printing import studio

        request = studio.Request.from_job(job.template, job.params)
        self.apply_request(request)
        self._print_when_ready = True
        self._timer.stop()
        self.refresh_preview()

    def apply_request(self, request: studio.Request) -> None:
        """Set the controls to ``request`` (a job printed again)."""
        self.template.setCurrentIndex(max(0, self.template.findData(request.kind)))
        if request.size:
            self.size.setCurrentIndex(max(0, self.size.findData(request.size)))
        self.crop_marks.setChecked(request.crop_marks)
        self.imposed.setChecked(request.imposed)
        if request.distance:
            self.distance.setValue(request.distance)
        if request.grid:
            self.grid_columns.setValue(request.grid[0])
            self.grid_rows.setValue(request.grid[1])
        if request.codes:
            self.choose(list(request.codes))
        elif request.field:
            self.field.setCurrentIndex(max(0, self.field.findData(request.field)))
            self.source_field.setChecked(True)
        else:
            self.source_all.setChecked(True)
