"""Nhập danh mục: choose or drop a file → column mapping → dry run → confirm, one transaction.

Reading and planning run off the UI thread with a progress bar; Cancel before
the confirmation leaves the database untouched, and the write happens only
on confirmation (core ``importer.apply_plan``, one audited transaction).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.services import annex, importer
from cchc_desktop.core.services.importer import FIELD_LABELS, Options, Plan
from cchc_desktop.core.services.sources import Cancelled, cell_text
from cchc_desktop.gui.errors import run_guarded
from cchc_desktop.gui.retranslating import Retranslating

FILE_FILTER = "*.xlsx *.ods *.xls *.csv *.docx *.pdf *.json"


def _options_key(options: Options | None) -> tuple | None:
    """What makes two dry runs of one file the same: the annex kind, the decision and the column mapping."""
    if options is None:
        return None
    return (options.kind, options.decision_number, options.decision_date, options.effective_date,
            sorted((key, sorted(mapping.items())) for key, mapping in options.mappings.items()))


def part_labels() -> dict[str, str]:
    """The parts a column can hold, as the mapping step names them."""
    return {"stt": QCoreApplication.translate("ImportDialog", "No."), "code": QCoreApplication.translate("ImportDialog", "Procedure code"),
            "name": QCoreApplication.translate("ImportDialog", "Procedure name"), "field": QCoreApplication.translate("ImportDialog", "Field"),
            "agency": QCoreApplication.translate("ImportDialog", "Executing agency"), "time": QCoreApplication.translate("ImportDialog", "Time limit"),
            "place": QCoreApplication.translate("ImportDialog", "Place and channels"), "fee": QCoreApplication.translate("ImportDialog", "Fees and charges"),
            "legal": QCoreApplication.translate("ImportDialog", "Legal basis"),
            "change_basis": QCoreApplication.translate("ImportDialog", "Text amending or repealing it"),
            "subjects": QCoreApplication.translate("ImportDialog", "Subjects"), "results": QCoreApplication.translate("ImportDialog", "Results"),
            "requirements": QCoreApplication.translate("ImportDialog", "Requirements"), "note": QCoreApplication.translate("ImportDialog", "Note")}


class Worker(QThread):
    """Runs one core call off the UI thread; ``cancel`` is seen by the call between rows."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            result = self._work(lambda done, total: self.progressed.emit(done, total), self._stop.is_set)
        except Cancelled:
            self.failed.emit("")
        except CchcError as exc:
            self.failed.emit(exc.message)
        except Exception as exc:  # the dialog stays alive; details go to the log
            import logging

            logging.getLogger(__name__).exception("import failed")
            self.failed.emit(QCoreApplication.translate("Errors", "Unexpected error: %1. Nothing was changed; "
                                                        "details are in the log.").replace("%1", f"{type(exc).__name__}: {exc}"))
        else:
            self.succeeded.emit(result)


def parse_day(text: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def _button_row(button: QPushButton) -> QHBoxLayout:
    """A button at the left of a row of its own."""
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


def undo_import_asking(parent: QWidget, db: Database, actor: Actor, entry_id: int) -> bool:
    """Say what undoing the import recorded as audit entry ``entry_id`` deletes and restores; do it if agreed."""
    def look() -> importer.ImportEntry:
        with db.read() as session:
            return importer.import_entry(session, entry_id)
    found = run_guarded(parent, look)
    if found is None:
        return False
    title = QCoreApplication.translate("UndoImport", "Undo an import")
    if found.undone:
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "UndoImport", "The import of “%1” has already been undone.").replace("%1", found.source))
        return False
    question = "\n\n".join([
        QCoreApplication.translate("UndoImport", "Undo the import of “%1”?").replace("%1", found.source),
        QCoreApplication.translate("UndoImport", "Procedures it added, which will be deleted: %1")
        .replace("%1", str(len(found.added))) + "\n"
        + QCoreApplication.translate("UndoImport", "Procedures it changed, which get back their version from before "
                                                   "it: %1").replace("%1", str(len(found.updated))),
        QCoreApplication.translate("UndoImport", "Nothing is undone if any of them has changed since. The audit "
                                                 "trail keeps the import and its undoing.")])
    if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
        return False
    if run_guarded(parent, lambda: importer.undo_import(db, actor, entry_id)) is None:
        return False
    QMessageBox.information(parent, title, QCoreApplication.translate(
        "UndoImport", "The import of “%1” has been undone.").replace("%1", found.source))
    return True


class ImportDialog(Retranslating, QDialog):
    """The import wizard; ``imported`` is emitted once the catalogue has changed."""

    imported = Signal()
    FILE, MAPPING, PREVIEW, DONE = range(4)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.path: Path | None = None
        self.plan: Plan | None = None
        self._planned: tuple | None = None  # the options the current plan was made with
        self.worker: Worker | None = None
        self.setAcceptDrops(True)
        self.setMinimumSize(900, 600)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.pages = QStackedWidget()

        # 1. file and decision
        self.drop_hint = QLabel()
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setMinimumHeight(140)
        self.drop_hint.setStyleSheet("QLabel { border: 2px dashed #8aa4c0; border-radius: 6px; color: #12355b; }")
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        self.kind = QComboBox()
        self.decision = QLineEdit()
        self.decision_date = QLineEdit()
        self.effective_date = QLineEdit()
        for edit in (self.decision_date, self.effective_date):
            edit.setPlaceholderText("dd/mm/yyyy")
        self.decision.setPlaceholderText("1234/QĐ-UBND")
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.form_labels, (self.kind, self.decision, self.decision_date, self.effective_date)):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        file_page = QWidget()
        box = QVBoxLayout(file_page)
        box.addWidget(self.drop_hint)
        box.addLayout(_button_row(self.choose_button))
        box.addLayout(self.form)
        box.addStretch(1)

        # 2. column mapping
        self.mapping_intro = QLabel()
        self.mapping_intro.setWordWrap(True)
        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(self._show_mapping)
        self.mapping = QTableWidget(0, 3)
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping.setWordWrap(True)
        mapping_page = QWidget()
        box = QVBoxLayout(mapping_page)
        box.addWidget(self.mapping_intro)
        box.addWidget(self.sheet)
        box.addWidget(self.mapping, 1)

        # 3. dry run
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(150)
        self.changes = QTreeWidget()
        self.changes.setColumnCount(3)
        self.changes.setWordWrap(True)
        self.changes.setUniformRowHeights(False)
        self.changes.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.changes.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.changes.header().setStretchLastSection(True)
        preview_page = QWidget()
        box = QVBoxLayout(preview_page)
        box.addWidget(self.summary)
        box.addWidget(self.problems)
        box.addWidget(self.changes, 1)

        # 4. done
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.undo_button = QPushButton()  # the moment a wrong file is noticed
        self.undo_button.clicked.connect(self.undo)
        self._entry_id: int | None = None
        done_page = QWidget()
        box = QVBoxLayout(done_page)
        box.addWidget(self.done_label)
        box.addLayout(_button_row(self.undo_button))
        box.addStretch(1)

        for page in (file_page, mapping_page, preview_page, done_page):
            self.pages.addWidget(page)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_buttons()

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import procedure list"))
        self.title.setText(self.tr("Import procedure list"))
        self.drop_hint.setText(self.tr("Drop a file here or choose it.\nAnnex tables of a publishing decision (.xlsx, "
                                       ".csv, .docx), procedure records from the national portal (.json), or a "
                                       "catalogue exported by this app (.json, .xlsx)."))
        self.choose_button.setText(self.tr("&Choose file…"))
        current = self.kind.currentIndex()
        self.kind.clear()
        self.kind.addItem(self.tr("As the file says"), None)
        self.kind.addItem(self.tr("New procedures"), annex.NEW)
        self.kind.addItem(self.tr("Amended or replaced procedures"), annex.AMEND)
        self.kind.addItem(self.tr("Repealed procedures"), annex.REPEAL)
        self.kind.setCurrentIndex(max(current, 0))
        for label, text in zip(self.form_labels, (self.tr("Annex &kind"), self.tr("Decision &number"),
                                                  self.tr("Decision &date"), self.tr("&Effective date"))):
            label.setText(text)
        self.effective_date.setToolTip(self.tr("Repealed procedures stop being in force on this day. If it is left "
                                               "empty the decision date is used, and the preview says so."))
        self.mapping_intro.setText(self.tr("Check which part of the procedure each column holds. Columns set to "
                                           "“not imported” are left out; parts the file does not carry stay as they "
                                           "are in the catalogue."))
        self.mapping.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Header and first value"),
                                                self.tr("Imported as")])
        self.changes.setHeaderLabels([self.tr("Change"), self.tr("Code"), self.tr("Procedure and details")])
        self.back_button.setText(self.tr("&Back"))
        self.undo_button.setText(self.tr("&Undo this import…"))
        self.cancel_button.setText(self.tr("Cancel") if self.pages.currentIndex() != self.DONE else self.tr("Close"))
        self._update_buttons()
        if self.plan is not None and self.pages.currentIndex() == self.PREVIEW:
            self._show_plan()

    # --- files ----------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None and self.worker is None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is not None and self.worker is None:
            event.acceptProposedAction()
            self.open_file(path)

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            return Path(urls[0].toLocalFile())
        return None

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a procedure list"), "",
                                              self.tr("Procedure lists (%1)").replace("%1", FILE_FILTER))
        if name:
            self.open_file(Path(name))

    def options(self) -> Options | None:
        try:
            decision_date = parse_day(self.decision_date.text())
            effective = parse_day(self.effective_date.text())
        except ValueError as exc:
            self.status.setText(self.tr("“%1” is not a date: write it as dd/mm/yyyy.").replace("%1", str(exc)))
            return None
        mappings = {}
        if self.plan is not None:
            mappings = {importer.table_key(layout.table): dict(layout.mapping) for layout in self.plan.layouts}
        return Options(kind=self.kind.currentData(), decision_number=self.decision.text().strip(),
                       decision_date=decision_date, effective_date=effective, mappings=mappings)

    def open_file(self, path: Path) -> None:
        """Read the file and make the plan (off the UI thread); then show the mapping or the preview."""
        self.path = path
        self.plan = None
        options = self.options()
        if options is None:
            return
        self._plan(options, show_mapping=True)

    def _plan(self, options: Options, *, show_mapping: bool) -> None:
        path = self.path
        assert path is not None
        self.status.setText(self.tr("Reading %1…").replace("%1", path.name))

        def work(progress, cancelled):
            return importer.build_plan(self.db, path, options, progress=progress, cancelled=cancelled)

        def done(plan: Plan) -> None:
            self.plan = plan
            self._planned = _options_key(self.options())  # what the dry run was made with
            if show_mapping and plan.layouts:
                self._fill_sheets()
                self.pages.setCurrentIndex(self.MAPPING)
                self.status.setText(self.tr("Columns of %1 as detected. Change them if needed, then preview.")
                                    .replace("%1", path.name))
            else:
                self._show_plan()
            self._update_buttons()

        self._run(work, done)

    # --- mapping ----------------------------------------------------------------------------
    def _fill_sheets(self) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for layout in self.plan.layouts if self.plan else []:
            label = layout.table.sheet or layout.table.file
            self.sheet.addItem(self.tr("%1 – header on row %2").replace("%1", label)
                               .replace("%2", str(layout.header_row)))
        self.sheet.setVisible(self.sheet.count() > 1)
        self.sheet.blockSignals(False)
        self._show_mapping()

    def _show_mapping(self) -> None:
        if not self.plan or not self.plan.layouts:
            return
        layout = self.plan.layouts[max(self.sheet.currentIndex(), 0)]
        labels = part_labels()
        by_column = {column: part for part, column in layout.mapping.items()}
        first = next((values for _, values in layout.table.rows[layout.header_index + 1:]
                      if sum(1 for v in values if cell_text(v)) > 2
                      and not annex.is_numbering_row([cell_text(v) for v in values])), [])
        self.mapping.setRowCount(len(layout.headers))
        for column, header in enumerate(layout.headers):
            sample = cell_text(first[column]) if column < len(first) else ""
            self.mapping.setItem(column, 0, QTableWidgetItem(annex.column_letter(column)))
            text = header + (f"\n{sample[:120]}" if sample else "")
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping.setItem(column, 1, item)
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), None)
            for part in annex.TARGET_ORDER:
                combo.addItem(labels[part], part)
            combo.setCurrentIndex(max(0, combo.findData(by_column.get(column))))
            combo.currentIndexChanged.connect(lambda _=0, c=column, box=combo: self._remap(c, box.currentData()))
            self.mapping.setCellWidget(column, 2, combo)
        self.mapping.resizeRowsToContents()

    def _remap(self, column: int, part: str | None) -> None:
        layout = self.plan.layouts[max(self.sheet.currentIndex(), 0)]
        for key, index in list(layout.mapping.items()):
            if index == column or key == part:
                del layout.mapping[key]
        if part is not None:
            layout.mapping[part] = column
        self._show_mapping()

    # --- preview -------------------------------------------------------------------------------
    def _show_plan(self) -> None:
        plan = self.plan
        assert plan is not None
        self.pages.setCurrentIndex(self.PREVIEW)
        n = plan.counts
        text = self.tr("%1 to add, %2 to update, %3 to repeal, %4 unchanged").replace("%1", str(n["add"])) \
            .replace("%2", str(n["update"])).replace("%3", str(n["repeal"])).replace("%4", str(n["unchanged"]))
        if n["skip"]:
            text += self.tr(", %1 skipped").replace("%1", str(n["skip"]))
        if n["links"]:
            text += self.tr(", %1 field links to update").replace("%1", str(n["links"]))
        if plan.encoding:
            text += " · " + self.tr("encoding %1").replace("%1", plan.encoding)
        if plan.errors:
            text = self.tr("%1 errors: nothing can be imported until they are fixed in the file or the column "
                           "mapping.").replace("%1", str(len(plan.errors))) + "\n" + text
        self.summary.setText(f"<b>{plan.source}</b> — {text}")
        self.problems.clear()
        for error in plan.errors:
            self.problems.addItem(self.tr("Error: %1").replace("%1", error))
            self.problems.item(self.problems.count() - 1).setForeground(Qt.GlobalColor.darkRed)
        for warning in plan.warnings:
            self.problems.addItem(self.tr("Note: %1").replace("%1", warning))
        self.problems.setVisible(self.problems.count() > 0)
        self.changes.clear()
        actions = {"add": self.tr("Add"), "update": self.tr("Update"), "skip": self.tr("Skip"),
                   "unchanged": self.tr("Unchanged")}
        items = []
        for link in plan.links:  # first: a few lines among maybe hundreds unchanged
            item = QTreeWidgetItem([actions["update"], "", self.tr("Link of the field “%1”: %2 → %3").replace(
                "%1", link.name).replace("%2", link.before or self.tr("(none)")).replace(
                "%3", link.after or self.tr("(none)"))])
            item.setToolTip(2, link.place)
            items.append(item)
        for change in plan.changes:
            label = self.tr("Repeal") if change.kind == annex.REPEAL and change.action == "update" \
                else actions[change.action]
            item = QTreeWidgetItem([label, change.code, change.name + (f" — {change.note}" if change.note else "")])
            item.setToolTip(2, change.place)
            for diff in change.changes:
                part = FIELD_LABELS.get(diff["field"], diff["field"])
                child = QTreeWidgetItem(["", "", f"{part}: {importer.describe(diff['field'], diff['old'])} → "
                                                 f"{importer.describe(diff['field'], diff['new'])}"])
                item.addChild(child)
            items.append(item)
        self.changes.addTopLevelItems(items)
        if len(items) <= 50:
            self.changes.expandAll()
        self.status.setText(self.tr("Nothing has been written yet. Check the changes, then confirm.")
                            if plan.has_changes and not plan.errors else
                            self.tr("There is nothing to import.") if not plan.errors else "")
        self._update_buttons()

    # --- navigation -------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        busy = self.worker is not None
        self.back_button.setVisible(page in (self.MAPPING, self.PREVIEW))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page in (self.MAPPING, self.PREVIEW))
        if page == self.MAPPING:
            self.next_button.setText(self.tr("&Preview changes"))
            self.next_button.setEnabled(not busy)
        elif page == self.PREVIEW:
            self.next_button.setText(self.tr("&Import"))
            self.next_button.setEnabled(not busy and self.plan is not None and not self.plan.errors
                                        and self.plan.has_changes)
        self.choose_button.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Close") if page == self.DONE else self.tr("Cancel"))

    def go_back(self) -> None:
        if self.pages.currentIndex() == self.PREVIEW and self.plan is not None and self.plan.layouts:
            self.pages.setCurrentIndex(self.MAPPING)
        else:
            self.pages.setCurrentIndex(self.FILE)
        self._update_buttons()

    def go_next(self) -> None:
        if self.pages.currentIndex() == self.MAPPING:
            options = self.options()
            if options is None:
                return
            if self.plan is not None and _options_key(options) == self._planned:
                self._show_plan()  # the dry run already made fits: no second read of a large file
            else:
                self._plan(options, show_mapping=False)
        elif self.pages.currentIndex() == self.PREVIEW:
            self.confirm()

    def confirm(self) -> None:
        """Write the previewed changes in one transaction."""
        plan = self.plan
        if plan is None or plan.errors or not plan.has_changes:
            return
        self.status.setText(self.tr("Writing %1 changes in one transaction…").replace(
            "%1", str(len([c for c in plan.changes if c.action in ("add", "update")]) + len(plan.links))))

        def done(summary) -> None:
            self.done_label.setText(self.tr("Imported from %1: %2 added, %3 updated. The change is recorded in the "
                                            "audit trail.").replace("%1", plan.source)
                                    .replace("%2", str(summary.added)).replace("%3", str(summary.updated)))
            with self.db.read() as session:
                self._entry_id = importer.last_import(session, self.actor)
            self.undo_button.setVisible(self._entry_id is not None)
            self.pages.setCurrentIndex(self.DONE)
            self.status.setText("")
            self._update_buttons()
            self.imported.emit()

        self._run(lambda progress, cancelled: importer.apply_plan(self.db, self.actor, plan), done, cancellable=False)

    def undo(self) -> None:
        """Take back the import just made (a wrong file, a wrong annex kind)."""
        if self._entry_id is not None and undo_import_asking(self, self.db, self.actor, self._entry_id):
            self.done_label.setText(self.tr("The import has been undone: the catalogue is as it was before it."))
            self.undo_button.setVisible(False)
            self.imported.emit()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Stopping…"))
            return
        self.reject() if self.pages.currentIndex() != self.DONE else self.accept()

    def reject(self) -> None:
        if self.worker is not None:  # Esc while working stops the work first
            self.worker.cancel()
            return
        super().reject()

    # --- background work ----------------------------------------------------------------------------
    def _run(self, work, done: Callable[[Any], None], *, cancellable: bool = True) -> None:
        worker = Worker(work, self)
        self.worker = worker
        self.progress.setRange(0, 0 if not cancellable else 100)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setEnabled(cancellable)
        worker.progressed.connect(lambda value, total: (self.progress.setRange(0, 100),
                                                        self.progress.setValue(value * 100 // max(total, 1))))
        worker.succeeded.connect(lambda result: self._finish(done, result))
        worker.failed.connect(self._failed)
        self._update_buttons()
        worker.start()

    def _finish(self, done: Callable[[Any], None], result: Any) -> None:
        self._stop_worker()
        done(result)

    def _failed(self, message: str) -> None:
        self._stop_worker()
        self.status.setText(message or self.tr("Cancelled. Nothing was changed."))
        if self.pages.currentIndex() == self.FILE:
            self.plan = None
        self._update_buttons()

    def _stop_worker(self) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
        self.worker = None
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(True)

    def closeEvent(self, event) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        super().closeEvent(event)
