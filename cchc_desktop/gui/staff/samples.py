"""Hồ sơ mẫu page: per procedure and case, the ordered documents with their sample forms, previewed and printed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import PrintResult, SampleKind
from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.services import catalogue, files, print_log, samples, search
from cchc_desktop.core.services.search import CatalogueIndex, Filters, LiveSearch
from cchc_desktop.gui import labels
from cchc_desktop.gui.errors import run_guarded, show_error
from cchc_desktop.gui.retranslating import Retranslating

Index = QModelIndex | QPersistentModelIndex
POSTED = Filters(posting=search.POSTED_NOW)


def choose_file(parent: QWidget) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("SamplesPage", "Choose a sample form"), "",
        QCoreApplication.translate("SamplesPage", "Forms (*.pdf *.png *.jpg *.jpeg);;All files (*)"))
    return path or None


def read_upload(path: str) -> tuple[str, bytes]:
    """The name and bytes of a file the clerk picked; too big or unreadable files are refused first."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > files.MAX_BYTES:
            files.sniff(b"\0" * (files.MAX_BYTES + 1), file.name)  # the store's own message
        return file.name, file.read_bytes()
    except OSError as exc:
        raise CchcError(QCoreApplication.translate("SamplesPage", "Cannot read the file “%1”: %2.")
                        .replace("%1", file.name).replace("%2", exc.strerror or str(exc))) from None


class ProcedureListModel(QAbstractTableModel):
    """Code, name and number of sample documents of the procedures listed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.index_: CatalogueIndex | None = None
        self.rows: list[int] = []
        self.counts: dict[str, int] = {}

    def set_rows(self, index: CatalogueIndex, rows: list[int], counts: dict[str, int]) -> None:
        self.beginResetModel()
        self.index_, self.rows, self.counts = index, rows, counts
        self.endResetModel()

    def code_at(self, row: int) -> str | None:
        return self.index_.codes[self.rows[row]] if self.index_ is not None and 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Procedure"), self.tr("Docs")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        idx = self.index_
        if idx is None or not index.isValid():
            return None
        i = self.rows[index.row()]
        code = idx.codes[i]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{code} – {idx.names[i]}" if index.column() == 0 else str(self.counts.get(code, 0) or "—")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return f"{code} – {idx.names[i]}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class DocumentDialog(Retranslating, QDialog):
    """Add or edit one document of a sample dossier."""

    def __init__(self, suggestions: list[str], parent: QWidget | None = None, *, title: str = "",
                 kind: SampleKind = SampleKind.FILLED, note: str = "", with_file: bool = True,
                 choose: Callable[[QWidget], str | None] = choose_file):
        super().__init__(parent)
        self.choose = choose
        self.path: str | None = None
        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems(suggestions)
        self.title.setCurrentText(title)
        self.title.setMinimumWidth(460)
        self.kind = QComboBox()
        for value in SampleKind:
            self.kind.addItem(labels.sample_kind(value), value.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self.note = QLineEdit(note)
        self.file_label = QLabel()
        self.file_button = QPushButton()
        self.file_button.clicked.connect(self._choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.file_button)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, widget in zip(self.labels, [self.title, self.kind, self.note]):
            label.setBuddy(widget)
            form.addRow(label, widget)
        if with_file:
            self.labels[3].setBuddy(self.file_button)
            form.addRow(self.labels[3], file_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sample dossier document"))
        for label, text in zip(self.labels, [self.tr("&Document"), self.tr("&Kind"), self.tr("&Note"),
                                             self.tr("&File")]):
            label.setText(text)
        self.file_button.setText(self.tr("Choose…"))
        self.file_label.setText(Path(self.path).name if self.path else self.tr("no file (can be attached later)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _choose(self) -> None:
        path = self.choose(self)
        if path:
            self.path = path
            self.retranslate()

    def _accept(self) -> None:
        if not self.title.currentText().strip():
            self.title.setFocus()
            return
        self.accept()

    def values(self) -> tuple[str, SampleKind, str]:
        return self.title.currentText().strip(), SampleKind(self.kind.currentData()), self.note.text().strip()


class SamplesPage(Retranslating, QWidget):
    """Choose a procedure and a case, arrange its documents, preview and print their forms."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.db, self.actor, self.today = db, actor, today
        self.choose_file = choose_file  # seams for tests: the dialogs that need a person
        self.confirm = self._confirm
        self.index: CatalogueIndex | None = None
        self.live: LiveSearch | None = None
        self.code: str | None = None
        self.documents: list[samples.Document] = []
        self._stale = True
        self.can_edit = catalogue.may_edit(db, actor)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._update_list)
        self.only_posted = QCheckBox()
        self.only_posted.setChecked(True)
        self.only_posted.toggled.connect(self._update_list)
        self.list_model = ProcedureListModel(self)
        self.list = QTableView()
        self.list.setModel(self.list_model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        # Two lines per procedure, fixed: names wrap without measuring thousands of rows.
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 8)
        self.list.setWordWrap(True)
        self.list.setShowGrid(False)
        self.list.setTabKeyNavigation(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.list.setColumnWidth(1, self.fontMetrics().horizontalAdvance("Giấy tờ") + 20)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._procedure_chosen())

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("pageSummary")
        self.case_combo = QComboBox()
        self.case_combo.setEditable(True)
        self.case_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.case_combo.currentIndexChanged.connect(lambda _i: self._show_documents())
        self.case_combo.lineEdit().editingFinished.connect(self._show_documents)
        self.case_label = QLabel()
        self.case_label.setBuddy(self.case_combo)
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 8)
        self.current_title = QLabel()  # the selected document in full, whatever its length
        self.current_title.setWordWrap(True)
        self.current_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        doc_header = self.table.horizontalHeader()
        doc_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        doc_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        doc_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, self.fontMetrics().horizontalAdvance("Mẫu đã điền") + 20)
        self.table.setColumnWidth(2, 110)
        self.table.currentCellChanged.connect(lambda *_: self._show_preview())
        self.table.doubleClicked.connect(lambda _i: self.edit_document())

        self.add_button, self.from_dossier_button = QPushButton(), QPushButton()
        self.attach_button, self.detach_button = QPushButton(), QPushButton()
        self.edit_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        actions = [(self.add_button, self.add_document), (self.from_dossier_button, self.add_from_dossier),
                   (self.attach_button, self.attach_file), (self.detach_button, self.detach_file),
                   (self.edit_button, self.edit_document), (self.remove_button, self.remove_document),
                   (self.up_button, lambda: self.move(-1)), (self.down_button, lambda: self.move(1))]
        buttons = QGridLayout()
        for i, (button, slot) in enumerate(actions):
            button.clicked.connect(slot)
            button.setEnabled(self.can_edit)
            buttons.addWidget(button, i // 4, i % 4)

        # The preview (QtPdf, printing) is built when the page is first shown: not at start-up.
        self.preview = None
        self.preview_holder = QWidget()
        QVBoxLayout(self.preview_holder).setContentsMargins(0, 0, 0, 0)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.only_posted)
        left_layout.addWidget(self.list, 1)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.heading)
        case_row = QHBoxLayout()
        case_row.addWidget(self.case_label)
        case_row.addWidget(self.case_combo, 1)
        middle_layout.addLayout(case_row)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addWidget(self.current_title)
        middle_layout.addLayout(buttons)
        self.splitter = QSplitter()
        for widget in (left, middle, self.preview_holder):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([330, 430, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.splitter, 1)

        for keys, slot in (("Ctrl+F", lambda: (self.search.setFocus(), self.search.selectAll())),
                           ("Insert", self.add_document), ("Delete", self.remove_document),
                           ("Alt+Up", lambda: self.move(-1)), ("Alt+Down", lambda: self.move(1)),
                           ("Ctrl+P", self.print_current), ("Ctrl+O", self.attach_file)):
            shortcut = QShortcut(QKeySequence(keys), self)
            window_wide = keys in ("Ctrl+F", "Ctrl+P", "Ctrl+O")  # only while this page is shown
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut if window_wide
                                else Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.retranslate()
        self._update_buttons()

    # --- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Sample dossiers"))
        self.search.setPlaceholderText(self.tr("Find a procedure (Ctrl+F)"))
        self.only_posted.setText(self.tr("Only procedures posted now"))
        self.case_label.setText(self.tr("&Case"))
        self.table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Kind"), self.tr("File")])
        for button, text, tip in ((self.add_button, self.tr("Add"), "Insert"),
                                  (self.from_dossier_button, self.tr("From dossier"),
                                   self.tr("List the dossier components of this case")),
                                  (self.attach_button, self.tr("Attach file…"), "Ctrl+O"),
                                  (self.detach_button, self.tr("Remove file"), ""),
                                  (self.edit_button, self.tr("Edit…"), ""),
                                  (self.remove_button, self.tr("Delete"), "Delete"),
                                  (self.up_button, self.tr("Move up"), "Alt+↑"),
                                  (self.down_button, self.tr("Move down"), "Alt+↓")):
            button.setText(text)
            button.setToolTip(tip)
        self._show_heading()
        self._fill_cases(keep=self.current_case())

    # --- loading ------------------------------------------------------------------------
    def mark_stale(self) -> None:
        """The catalogue changed elsewhere: reload when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ensure_preview()
        if self._stale:
            self.refresh()

    def _ensure_preview(self) -> None:
        if self.preview is None:
            from cchc_desktop.gui.preview import DocumentPreview

            self.preview = DocumentPreview()
            self.preview.print_button.clicked.connect(self.print_current)
            self.preview_holder.layout().addWidget(self.preview)

    def refresh(self) -> None:
        with self.db.read() as session:
            self.index = search.load_index(session, self.today())
            self.counts = samples.counts(session)
        self.live = LiveSearch(self.index)
        self._stale = False
        self._update_list()

    def _update_list(self) -> None:
        if self.index is None or self.live is None:
            return
        query, rows = self.live.matches(self.search.text(), POSTED if self.only_posted.isChecked() else Filters())
        rows = self.index.rank(query, rows) if not query.empty else rows
        keep = self.code
        self.list_model.set_rows(self.index, rows, self.counts)
        position = self.index.position(keep) if keep else None
        if position is not None and position in rows:
            self.list.setCurrentIndex(self.list_model.index(rows.index(position), 0))

    def select_procedure(self, code: str) -> bool:
        """Show the sample dossier of ``code`` (listed even when not posted)."""
        if self.index is None or self._stale:
            self.refresh()
        assert self.index is not None
        position = self.index.position(code)
        if position is None:
            return False
        if position not in self.list_model.rows:
            self.only_posted.setChecked(False)
            self.search.clear()
        self.list.setCurrentIndex(self.list_model.index(self.list_model.rows.index(position), 0))
        return self.code == code

    def _procedure_chosen(self) -> None:
        index = self.list.currentIndex()
        code = self.list_model.code_at(index.row()) if index.isValid() else None
        if code == self.code:
            return
        self.code = code
        self._show_heading()
        self._fill_cases()

    def _show_heading(self) -> None:
        if self.code is None or self.index is None:
            self.heading.setText(self.tr("Choose a procedure on the left."))
            return
        position = self.index.position(self.code)
        name = self.index.names[position] if position is not None else ""
        self.heading.setText(f"<b>{self.code}</b> – {name}")

    def _fill_cases(self, keep: str | None = None) -> None:
        self.case_combo.blockSignals(True)
        self.case_combo.clear()
        if self.code is not None:
            with self.db.read() as session:
                names = samples.cases(session, self.code)
            for name in names:
                self.case_combo.addItem(name or self.tr("Every case"), name)
            found = self.case_combo.findData(keep) if keep is not None else -1
            self.case_combo.setCurrentIndex(max(0, found))
        self.case_combo.blockSignals(False)
        self._show_documents()

    def current_case(self) -> str:
        """The case chosen (or typed: a new case is created with its first document)."""
        index = self.case_combo.currentIndex()
        text = self.case_combo.currentText().strip()
        if index >= 0 and self.case_combo.itemText(index) == self.case_combo.currentText():
            return self.case_combo.itemData(index) or samples.GENERAL_CASE
        return text

    def _show_documents(self, select: int | None = None) -> None:
        if self.code is None:
            self.documents = []
        else:
            keep = select if select is not None else self.current_document_id()
            with self.db.read() as session:
                self.documents = samples.documents(session, self.code, self.current_case())
        self.table.setRowCount(len(self.documents))
        for row, doc in enumerate(self.documents):
            title = QTableWidgetItem(f"{row + 1}. {doc.title}")
            title.setToolTip(doc.title + (f"\n{doc.note}" if doc.note else ""))
            self.table.setItem(row, 0, title)
            self.table.setItem(row, 1, QTableWidgetItem(labels.sample_kind(doc.kind)))
            file_item = QTableWidgetItem(doc.file_name or "—")
            file_item.setToolTip(doc.file_name)
            self.table.setItem(row, 2, file_item)
        rows = [d.id for d in self.documents]
        if self.documents:
            self.table.setCurrentCell(rows.index(keep) if keep in rows else 0, 0)
        self._show_preview()

    def current_document(self) -> samples.Document | None:
        row = self.table.currentRow()
        return self.documents[row] if 0 <= row < len(self.documents) else None

    def current_document_id(self) -> int | None:
        doc = self.current_document()
        return doc.id if doc else None

    def _show_preview(self) -> None:
        self._update_buttons()
        doc = self.current_document()
        self.current_title.setText("" if doc is None else doc.title + (f" — {doc.note}" if doc.note else ""))
        if doc is None or doc.sha256 is None:
            if self.preview is not None:
                self.preview.clear()
            return
        self._ensure_preview()
        assert self.preview is not None
        try:
            _doc, content = samples.read_file(self.db, doc.id)
        except CchcError as exc:
            self.preview.clear(exc.message)
            return
        self.preview.show_file(content.media_type, content.data, doc.title)

    def _update_buttons(self) -> None:
        doc = self.current_document()
        has_procedure = self.code is not None
        for button in (self.add_button, self.from_dossier_button):
            button.setEnabled(self.can_edit and has_procedure)
        for button in (self.attach_button, self.edit_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(self.can_edit and doc is not None)
        self.detach_button.setEnabled(self.can_edit and doc is not None and doc.sha256 is not None)

    # --- actions ---------------------------------------------------------------------------
    def _after_change(self, select: int | None = None) -> None:
        with self.db.read() as session:
            self.counts = self.list_model.counts = samples.counts(session)
        case = self.current_case()
        self._fill_cases(keep=case)
        self._show_documents(select=select)
        self.list.viewport().update()
        self.changed.emit()

    def _suggestions(self) -> list[str]:
        if self.code is None:
            return []
        with self.db.read() as session:
            record = catalogue.get_procedure(session, self.code)
            case = self.current_case()
            return [c.name for g in record.dossier_groups if case in ("", g.name) for c in g.components]

    def add_document(self) -> None:
        if self.code is None or not self.can_edit:
            return
        dialog = DocumentDialog(self._suggestions(), self, choose=self.choose_file)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        title, kind, note = dialog.values()
        code, case = self.code, self.current_case()

        def work() -> int:
            upload = read_upload(dialog.path) if dialog.path else None
            return samples.add_document(self.db, self.actor, code, title=title, case_name=case, kind=kind,
                                        note=note, file=upload)

        doc_id = run_guarded(self, work)
        if doc_id is not None:
            self._after_change(select=doc_id)

    def add_from_dossier(self) -> None:
        if self.code is None or not self.can_edit:
            return
        code, case = self.code, self.current_case()
        added = run_guarded(self, lambda: samples.add_from_dossier(self.db, self.actor, code, case))
        if added is not None:
            self._after_change()
            if added == 0:
                QMessageBox.information(self, self.tr("Sample dossiers"),
                                        self.tr("Every dossier component of this case is already listed."))

    def attach_file(self, path: str | None = None) -> None:
        doc = self.current_document()
        if doc is None or not self.can_edit:
            return
        path = path or self.choose_file(self)
        if not path:
            return
        done = run_guarded(self, lambda: samples.attach_file(self.db, self.actor, doc.id, *read_upload(path)) or True)
        if done:
            self._after_change(select=doc.id)

    def detach_file(self) -> None:
        doc = self.current_document()
        if doc is None or doc.sha256 is None or not self.can_edit:
            return
        if not self.confirm(self.tr("Remove the file “%1” from “%2”?").replace("%1", doc.file_name)
                            .replace("%2", doc.title)):
            return
        if run_guarded(self, lambda: samples.detach_file(self.db, self.actor, doc.id) or True):
            self._after_change(select=doc.id)

    def edit_document(self) -> None:
        doc = self.current_document()
        if doc is None or not self.can_edit:
            return
        dialog = DocumentDialog(self._suggestions(), self, title=doc.title, kind=doc.kind, note=doc.note,
                                with_file=False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        title, kind, note = dialog.values()
        if run_guarded(self, lambda: samples.update_document(self.db, self.actor, doc.id, title=title, kind=kind,
                                                             note=note) or True):
            self._after_change(select=doc.id)

    def remove_document(self) -> None:
        doc = self.current_document()
        if doc is None or not self.can_edit:
            return
        if not self.confirm(self.tr("Delete “%1” from the sample dossier?").replace("%1", doc.title)):
            return
        if run_guarded(self, lambda: samples.remove_document(self.db, self.actor, doc.id) or True):
            self._after_change()

    def move(self, offset: int) -> None:
        doc = self.current_document()
        if doc is None or not self.can_edit:
            return
        if run_guarded(self, lambda: samples.move_document(self.db, self.actor, doc.id, offset) or True):
            self._after_change(select=doc.id)

    def print_current(self) -> int:
        """Print the previewed form and log it, as every print is; a failure is explained, never silent."""
        doc = self.current_document()
        if self.preview is None or doc is None or self.code is None or not self.preview.page_count():
            return 0
        try:
            print_log.check_can_print(self.actor)  # read-only accounts preview, they do not print
        except CchcError as exc:
            show_error(self, exc.message)
            return 0
        error = ""
        try:
            pages = self.preview.print_with_dialog()
        except CchcError as exc:
            pages, error = 0, exc.message
        printer = self.preview.printer
        if (pages or error) and printer is not None:
            run_guarded(self, lambda: print_log.record(
                self.db, self.actor, template=samples.PRINT_TEMPLATE, params={"case": doc.case_name, "title": doc.title,
                                                                        "file": doc.file_name},
                procedure_codes=[self.code], copies=max(1, printer.copyCount()), pages=pages,
                destination=printer.outputFileName() or printer.printerName(),
                result=PrintResult.FAILED if error else PrintResult.OK, error=error))
        if error:
            show_error(self, error)
        return pages

    def _confirm(self, question: str) -> bool:
        return QMessageBox.question(self, self.tr("Sample dossiers"), question) == QMessageBox.StandardButton.Yes
