"""Nhật ký (administrators): who changed what and when, old → new, filtered, exported, checked."""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.services import audit, audit_export
from cchc_desktop.core.services.audit import AuditFilter, AuditRow
from cchc_desktop.gui import labels
from cchc_desktop.gui.errors import run_guarded
from cchc_desktop.gui.retranslating import Retranslating

Index = QModelIndex | QPersistentModelIndex
PAGE = 200


class AuditModel(QAbstractTableModel):
    """Entries newest first, fetched a page at a time as the view scrolls."""

    WHEN, WHO, ACTION, ENTITY, KEY, SUMMARY = range(6)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.filter = AuditFilter()
        self.rows: list[AuditRow] = []
        self.total = 0

    def set_filter(self, f: AuditFilter) -> None:
        self.beginResetModel()
        self.filter = f
        with self.db.read() as session:
            self.total = audit.count(session, self.actor, f)
            self.rows = audit.search(session, self.actor, f, limit=PAGE)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        with self.db.read() as session:
            more = audit.search(session, self.actor, self.filter, offset=len(self.rows), limit=PAGE)
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
        else:
            self.total = len(self.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Object"), self.tr("Key"),
                    self.tr("Summary")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [e.at.astimezone().strftime("%d/%m/%Y %H:%M:%S"), e.actor, labels.audit_action(e.action),
                    labels.audit_entity(e.entity), labels.audit_key(e.entity, e.entity_key),
                    e.summary][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.SUMMARY:
            return e.summary
        return None


def _value(value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, (dict, list)) and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
    return audit.describe_value(value)


class AuditTab(Retranslating, QWidget):
    PERIODS = ("all", "today", "7", "30", "custom")
    catalogue_changed = Signal()  # an import was undone here

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self._loaded = False
        self.period = QComboBox()
        self.since, self.until = QDateEdit(), QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDate(QDate.currentDate())
            edit.dateChanged.connect(self._filter_soon)
        self.who, self.what, self.action = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.who, self.what, self.action):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.period.currentIndexChanged.connect(self._period_changed)
        for combo in (self.who, self.what, self.action):
            combo.currentIndexChanged.connect(self._filter_soon)
        self.text.textChanged.connect(self._filter_soon)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.apply_filter)

        self.filter_labels = [QLabel() for _ in range(7)]
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        widgets = [self.period, self.since, self.until, self.text, self.who, self.what, self.action]
        for i, (label, widget) in enumerate(zip(self.filter_labels, widgets)):
            label.setBuddy(widget)
            row = row1 if i < 4 else row2
            row.addWidget(label)
            row.addWidget(widget, 1 if widget is self.text else 0)
        row2.addStretch(1)

        self.model = AuditModel(db, actor, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail = QTextBrowser()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.count = QLabel()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_import)
        self.undo_button.setVisible(actor.can(permissions.EDIT_CATALOGUE))
        self.undo_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.verify_button)

        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(self.filter_labels, [self.tr("&Period"), self.tr("from"), self.tr("to"),
                                                    self.tr("&Search"), self.tr("&Who"), self.tr("&Object"),
                                                    self.tr("&Action")]):
            label.setText(text)
        current = self.period.currentIndex()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItems([self.tr("All time"), self.tr("Today"), self.tr("Last 7 days"),
                              self.tr("Last 30 days"), self.tr("Chosen dates")])
        self.period.setCurrentIndex(max(0, current))
        self.period.blockSignals(False)
        self.text.setPlaceholderText(self.tr("Search summaries, keys and names"))
        self.export_button.setText(self.tr("Export…"))
        self.verify_button.setText(self.tr("Check integrity"))
        self.undo_button.setText(self.tr("Undo this import…"))
        self.undo_button.setToolTip(self.tr("Delete the procedures the selected import added and give those it "
                                            "changed their version from before it"))
        self._size_columns()
        self._fill_facets()
        self._update_count()
        self._show_detail(self.table.currentIndex())
        self._period_changed()

    def _size_columns(self) -> None:
        """Fixed widths fitting a typical value and the header (sizing to contents would read every row)."""
        metrics = self.fontMetrics()
        bold = self.table.horizontalHeader().fontMetrics()
        samples = {AuditModel.WHEN: "00/00/0000 00:00:00", AuditModel.WHO: "nguyen.van.an",
                   AuditModel.ACTION: labels.audit_action("load_demo"), AuditModel.ENTITY: labels.audit_entity("database"),
                   AuditModel.KEY: "center.province_code"}
        for column, sample in samples.items():
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, max(metrics.horizontalAdvance(sample),
                                                  bold.horizontalAdvance(header) + 12) + 24)

    def refresh(self) -> None:
        """Load (again) when the tab is shown: the trail grows while the app runs."""
        self._loaded = True
        self._fill_facets()
        self.apply_filter()

    def _fill_facets(self) -> None:
        if not self._loaded:
            return
        with self.db.read() as session:
            actors, entities, actions = audit.facets(session, self.actor)
        for combo, values, label in [(self.who, actors, lambda v: v), (self.what, entities, labels.audit_entity),
                                     (self.action, actions, labels.audit_action)]:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Everyone") if combo is self.who else
                          self.tr("All objects") if combo is self.what else self.tr("All actions"), "")
            for value in values:
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
            combo.updateGeometry()

    def _period_changed(self) -> None:
        custom = self.PERIODS[max(0, self.period.currentIndex())] == "custom"
        self.since.setEnabled(custom)
        self.until.setEnabled(custom)
        self._filter_soon()

    def _filter_soon(self) -> None:
        if self._loaded:
            self._timer.start()

    def current_filter(self) -> AuditFilter:
        period = self.PERIODS[max(0, self.period.currentIndex())]
        today = dt.date.today()
        since = until = None
        if period == "today":
            since = until = today
        elif period in ("7", "30"):
            since, until = today - dt.timedelta(days=int(period) - 1), today
        elif period == "custom":
            since, until = self.since.date().toPython(), self.until.date().toPython()
        return AuditFilter(since=since, until=until, actor=self.who.currentData() or "",
                           entity=self.what.currentData() or "", action=self.action.currentData() or "",
                           text=self.text.text())

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        self._update_count()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show_detail(QModelIndex())

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n entries", "", self.model.total))

    def _row(self, index: Index) -> AuditRow | None:
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _show_detail(self, index: Index) -> None:
        e = self._row(index)
        self.undo_button.setEnabled(e is not None and e.entity == "catalogue" and e.action == "import")
        if e is None:
            hint = self.tr("Select an entry to see what changed.")
            self.detail.setHtml(f"<p style='color:#555'>{html.escape(hint)}</p>")
            return
        esc = html.escape
        parts = [f"<p><b>{esc(labels.audit_action(e.action))} · {esc(labels.audit_entity(e.entity))} "
                 f"{esc(labels.audit_key(e.entity, e.entity_key))}</b><br>{esc(e.at.astimezone().strftime('%d/%m/%Y %H:%M:%S'))} · {esc(e.actor)}"
                 f"<br>{esc(e.summary)}</p>"]
        if e.changes:
            head = [self.tr("Field"), self.tr("Before"), self.tr("After")]
            parts.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>"
                         + "".join(f"<th align='left'>{esc(h)}</th>" for h in head) + "</tr>")
            for change in e.changes:
                name = str(change.get("field", ""))
                parts.append(f"<tr><td>{esc(audit_export.field_label(name))}</td>"
                             f"<td><pre style='white-space:pre-wrap'>{esc(_value(change.get('old')))}</pre></td>"
                             f"<td><pre style='white-space:pre-wrap'>{esc(_value(change.get('new')))}</pre></td></tr>")
            parts.append("</table>")
        footer = self.tr("Entry %1, hash %2…").replace("%1", str(e.id)).replace("%2", e.hash[:16])
        parts.append(f"<p style='color:#777; font-size:9pt'>{esc(footer)}</p>")
        self.detail.setHtml("".join(parts))

    def export(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), f"nhat-ky-{dt.date.today():%Y%m%d}.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        f = self.current_filter()

        def work() -> int:
            with self.db.read() as session:
                return audit_export.export(session, self.actor, f, path)
        written = run_guarded(self, work)
        if written is not None:
            QMessageBox.information(self, self.tr("Export the audit trail"),
                                    self.tr("%n entries exported to %1.", "", written).replace("%1", str(path)))

    def verify(self) -> None:
        def work() -> tuple[list[audit.ChainProblem], int]:
            with self.db.read() as session:
                return audit.verify(session, self.actor), audit.count(session, self.actor)
        result = run_guarded(self, work)
        if result is None:
            return
        problems, total = result
        title = self.tr("Audit trail integrity")
        if not problems:
            QMessageBox.information(self, title, self.tr("The audit trail is intact: %n entries, every link "
                                                         "checks.", "", total))
            return
        shown = "\n".join(f"• {p.message}" for p in problems[:15])
        more = self.tr("… and %n more.", "", len(problems) - 15) if len(problems) > 15 else ""
        QMessageBox.warning(self, title, self.tr("The audit trail was changed outside the app at %n place(s):",
                                                 "", len(problems)) + "\n\n" + shown + ("\n" + more if more else ""))

    def undo_import(self) -> None:
        """Take the selected import back, after saying what that deletes and restores."""
        from cchc_desktop.gui.staff.import_dialog import undo_import_asking  # loaded on first use

        entry = self._row(self.table.currentIndex())
        if entry is not None and entry.action == "import" and undo_import_asking(self, self.db, self.actor, entry.id):
            self.catalogue_changed.emit()
            self.refresh()
