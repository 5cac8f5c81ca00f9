"""Thủ tục page: the catalogue grouped by field, in Vietnamese order."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.services import catalogue, demo
from cchc_desktop.core.services.catalogue import ProcedureRow
from cchc_desktop.gui import labels
from cchc_desktop.gui.errors import run_guarded
from cchc_desktop.gui.formatting import format_amount

Index = QModelIndex | QPersistentModelIndex
EXPAND_LIMIT = 2000  # larger catalogues open with their fields folded


class ProcedureTreeModel(QAbstractItemModel):
    """Fields at the top level, their procedures below; built from ordered rows."""

    CODE, NAME, STATE, CHECK = range(4)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._groups: list[tuple[str, list[ProcedureRow]]] = []

    def set_rows(self, rows: list[ProcedureRow]) -> None:
        self.beginResetModel()
        self._groups = catalogue.group_by_field(rows)
        self.endResetModel()

    def groups(self) -> list[tuple[str, list[ProcedureRow]]]:
        return self._groups

    def row_at(self, index: Index) -> ProcedureRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    # --- QAbstractItemModel -----------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Code"), self.tr("Procedure"), self.tr("Status"), self.tr("Verification")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            name, rows = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                if index.column() == self.CODE:
                    return name if name != catalogue.NO_FIELD else self.tr("No field")
                if index.column() == self.NAME:
                    return self.tr("%n procedure(s)", "", len(rows))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        row = self.row_at(index)
        assert row is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.CODE:
                return row.code
            if index.column() == self.NAME:
                return row.name
            if index.column() == self.STATE:
                if not row.posted:
                    return self.tr("Not posted") if row.lifecycle.value in ("in_force", "amended") \
                        else labels.lifecycle(row.lifecycle)
                return self.tr("Posted")
            if index.column() == self.CHECK:
                return labels.verification(row.verification)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NAME:
            return row.name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ProceduresPage(QWidget):
    """List of procedures by field with a summary of the selected one."""

    catalogue_changed = Signal()
    loaded = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self._loaded = False
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("pageSummary")

        self.empty_banner = QFrame()
        self.empty_banner.setObjectName("banner")
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.load_demo_button = QPushButton()
        self.load_demo_button.clicked.connect(self.load_demo)
        banner_layout = QHBoxLayout(self.empty_banner)
        banner_layout.addWidget(self.empty_text, 1)
        banner_layout.addWidget(self.load_demo_button)

        self.model = ProcedureTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ProcedureTreeModel.CODE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProcedureTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing to contents would measure every row of a large catalogue.
        for column in (ProcedureTreeModel.STATE, ProcedureTreeModel.CHECK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(column, self.fontMetrics().horizontalAdvance("Đối chiếu một phần") + 24)
        self.tree.setColumnWidth(ProcedureTreeModel.CODE, 150)
        self.tree.selectionModel().currentChanged.connect(self._show_current)

        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(False)
        self.detail.setMinimumWidth(320)

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty_banner)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Administrative procedures"))
        self.empty_text.setText(self.tr(
            "The catalogue is empty. Load the demo catalogue (ward-level procedures from the national "
            "database, July 2026) to try the app, or import your province's official list."))
        self.load_demo_button.setText(self.tr("Load demo catalogue"))
        self._update_summary()
        self._show_current(self.tree.currentIndex())

    def refresh(self) -> None:
        with self.db.read() as session:
            rows = catalogue.list_rows(session)
            self.load_demo_button.setEnabled(catalogue.can_edit(session, self.actor))
        self.model.set_rows(rows)
        self._loaded = True
        if len(rows) <= EXPAND_LIMIT:
            self.tree.expandAll()
        self._update_summary()
        self.loaded.emit()

    def _update_summary(self) -> None:
        groups = self.model.groups()
        total = sum(len(rows) for _, rows in groups)
        self.empty_banner.setVisible(self._loaded and total == 0)
        procedures = self.tr("%n procedure(s)", "", total)
        fields = self.tr("%n field(s)", "", len(groups))
        self.summary.setText(f"{procedures} · {fields}")

    def load_demo(self) -> None:
        summary = run_guarded(self, lambda: demo.load_demo(self.db, self.actor))
        if summary is not None:
            self.refresh()
            self.catalogue_changed.emit()

    def _show_current(self, index: Index) -> None:
        row = self.model.row_at(index) if index.isValid() else None
        if row is None:
            hint = self.tr("Select a procedure to see its summary.")
            self.detail.setHtml(f"<p style='color:#555'>{html.escape(hint)}</p>")
            return
        with self.db.read() as session:
            p = catalogue.get_procedure(session, row.code)
            self.detail.setHtml(self._summary_html(p))

    def _summary_html(self, p) -> str:
        e = html.escape
        t_code, t_field, t_status = self.tr("Code"), self.tr("Field"), self.tr("Status")
        t_check, t_no_field = self.tr("Verification"), self.tr("No field")
        parts = [f"<h3>{e(p.name)}</h3>",
                 f"<p><b>{e(t_code)}:</b> {e(p.code)}<br>"
                 f"<b>{e(t_field)}:</b> {e(p.field.name if p.field else t_no_field)}<br>"
                 f"<b>{e(t_status)}:</b> {e(labels.lifecycle(p.lifecycle))} · "
                 f"{e(labels.online_level(p.online_level))}<br>"
                 f"<b>{e(t_check)}:</b> {e(labels.verification(p.verification))}</p>"]
        if p.channels:
            heading = self.tr("Channels, time limits and fees")
            no_fee = self.tr("Fee not stated – see the province's decision")
            parts.append(f"<h4>{e(heading)}</h4><ul>")
            for c in p.channels:
                fees = "; ".join(f.text or format_amount(f.amount) for f in c.fees if f.text or f.amount) or no_fee
                parts.append(f"<li><b>{e(labels.method(c.method))}</b>: "
                             f"{e(labels.time_limit(c.time_qty, c.time_unit, c.time_text))}<br>"
                             f"<span style='color:#444'>{e(fees)}</span></li>")
            parts.append("</ul>")
        components = sum(len(g.components) for g in p.dossier_groups)
        if components:
            documents = self.tr("%n document(s) in the dossier", "", components)
            parts.append(f"<p>{e(documents)}</p>")
        if p.link:
            online = self.tr("Online service")
            parts.append(f"<p><b>{e(online)}:</b><br>{e(p.link)}</p>")
        return "".join(parts)
