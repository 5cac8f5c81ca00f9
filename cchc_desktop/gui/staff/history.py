"""A procedure's history: who changed what and when (old → new), and restoring a version."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import FeeKind, Level, Lifecycle, Method, OnlineLevel, TimeUnit, Verification
from cchc_desktop.core.services import catalogue, editing, history
from cchc_desktop.gui import labels
from cchc_desktop.gui.errors import run_guarded
from cchc_desktop.gui.formatting import format_date
from cchc_desktop.gui.retranslating import Retranslating

CELL_LIMIT = 500
translate = QCoreApplication.translate


def part_label(key: str) -> str:
    """The name of a part of the procedure record, as the editor calls it."""
    names = {
        "code": translate("History", "Code"),
        "formality_id": translate("History", "Portal ID (formalityId)"),
        "name": translate("History", "Name"),
        "summary": translate("History", "Plain summary for citizens"),
        "field": translate("History", "Field"),
        "level": translate("History", "Level"),
        "portal_type": translate("History", "Type on the portal"),
        "promulgating_agency": translate("History", "Promulgating agency"),
        "executing_agencies": translate("History", "Executing agencies"),
        "coordinating_agencies": translate("History", "Coordinating agencies"),
        "subjects": translate("History", "Who may apply"),
        "steps": translate("History", "Steps"),
        "requirements": translate("History", "Requirements and conditions"),
        "legal_bases": translate("History", "Legal bases"),
        "results": translate("History", "Results"),
        "channels": translate("History", "Channels, time limits and fees"),
        "case_time_limits": translate("History", "Time limits by case"),
        "result_delivery": translate("History", "How results are returned"),
        "dossier": translate("History", "Dossier components"),
        "online_level": translate("History", "Online service level"),
        "non_territorial": translate("History", "Not bound to the place of residence"),
        "lifecycle": translate("History", "Legal status"),
        "posting": translate("History", "Posting"),
        "links": translate("History", "Links"),
        "keywords": translate("History", "Keywords"),
        "friendly_names": translate("History", "Friendly names"),
        "note": translate("History", "Note"),
        "provenance": translate("History", "Source and verification"),
        "samples": translate("History", "Sample dossier"),
    }
    return names.get(key, key)


def action_label(action: str) -> str:
    names = {
        "create": translate("History", "Created"),
        "update": translate("History", "Edited"),
        "restore": translate("History", "Restored"),
        "lifecycle": translate("History", "Legal status"),
        "verify": translate("History", "Verified"),
        "import": translate("History", "Imported"),
        "sample_add": translate("History", "Sample added"),
        "sample_update": translate("History", "Sample edited"),
        "sample_file": translate("History", "Sample file"),
        "sample_remove": translate("History", "Sample removed"),
        "sample_move": translate("History", "Sample moved"),
    }
    return names.get(action, action)


def _date(value: Any) -> str:
    try:
        return format_date(dt.date.fromisoformat(value)) if value else "—"
    except (TypeError, ValueError):
        return str(value)


def _enum(enum_cls: type, label: Any, value: Any) -> str:
    try:
        return label(enum_cls(value))
    except ValueError:
        return str(value)


def describe(key: str, value: Any) -> str:
    """A record part as a person reads it (history, old → new)."""
    if value in (None, "", [], {}):
        return "—"
    if isinstance(value, bool):
        return translate("History", "Yes") if value else translate("History", "No")
    if key == "level":
        return _enum(Level, labels.level, value)
    if key == "online_level":
        return _enum(OnlineLevel, labels.online_level, value)
    if key == "field" and isinstance(value, dict):
        return value.get("name") or "—"
    if key == "lifecycle" and isinstance(value, dict):
        lines = [_enum(Lifecycle, labels.lifecycle, value.get("status"))]
        if value.get("effective_from"):
            lines.append(translate("History", "In force from %1").replace("%1", _date(value["effective_from"])))
        if value.get("effective_until"):
            lines.append(translate("History", "Ends on %1").replace("%1", _date(value["effective_until"])))
        if value.get("decision_number") or value.get("decision_date"):
            lines.append(translate("History", "Decision %1 of %2").replace("%1", value.get("decision_number") or "…")
                         .replace("%2", _date(value.get("decision_date"))))
        if value.get("superseded_by"):
            lines.append(translate("History", "Replaced by %1").replace("%1", value["superseded_by"]))
        return "\n".join(lines)
    if key == "posting" and isinstance(value, dict):
        lines = [translate("History", "Posted from %1").replace("%1", _date(value.get("posted_since")))]
        if value.get("posted_until"):
            lines.append(translate("History", "Taken down on %1").replace("%1", _date(value["posted_until"])))
        return "\n".join(lines)
    if key == "provenance" and isinstance(value, dict):
        return "\n".join(filter(None, [
            _enum(Verification, labels.verification, value.get("verification")),
            translate("History", "Verified on %1").replace("%1", _date(value["verified_on"]))
            if value.get("verified_on") else "",
            value.get("verified_by") or "", value.get("source") or "", value.get("source_url") or "",
            value.get("note") or ""]))
    if key == "channels" and isinstance(value, list):
        lines = []
        for c in value:
            if not isinstance(c, dict):
                continue
            unit = TimeUnit(c["time_unit"]) if c.get("time_unit") in {u.value for u in TimeUnit} else None
            time = labels.time_limit(c.get("time_qty"), unit, c.get("time_text") or "")
            fees = "; ".join(f"{_enum(FeeKind, labels.fee_kind, f.get('kind'))}: "
                             f"{f.get('text') or f.get('amount') or ''}"
                             for f in c.get("fees") or [] if isinstance(f, dict))
            lines.append(f"{_enum(Method, labels.method, c.get('method'))}: {time}" + (f" — {fees}" if fees else ""))
        return "\n".join(lines)
    if key == "dossier" and isinstance(value, list):
        general = translate("History", "(general)")
        return "\n".join((g.get("name") or general) + ": " + "; ".join(
            c.get("name", "") for c in g.get("components") or [] if isinstance(c, dict))
            for g in value if isinstance(g, dict))
    if key == "steps" and isinstance(value, list):
        return "\n".join(" ".join(filter(None, [s.get("title"), s.get("text")])) for s in value if isinstance(s, dict))
    if key == "legal_bases" and isinstance(value, list):
        return "\n".join(" – ".join(filter(None, [b.get("code"), b.get("name")])) for b in value if isinstance(b, dict))
    if key == "case_time_limits" and isinstance(value, list):
        return "\n".join(f"{c.get('code', '')} {c.get('name', '')}: {c.get('qty') if c.get('qty') is not None else ''}"
                         f" {_enum(TimeUnit, labels.time_unit, c.get('unit')) if c.get('unit') else ''}".strip()
                         for c in value if isinstance(c, dict))
    if key == "links" and isinstance(value, dict):
        return "\n".join(filter(None, [value.get("online_url"), value.get("online_url_override")])) or "—"
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    if isinstance(value, dict):
        return "\n".join(f"{k}: {v}" for k, v in value.items() if v not in (None, "", []))
    return str(value)


def _cell(text: str) -> QTableWidgetItem:
    shown = text if len(text) <= CELL_LIMIT else text[:CELL_LIMIT - 1] + "…"
    item = QTableWidgetItem(shown)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if len(text) > 40 or "\n" in text:  # a cell may show only its start
        item.setToolTip(text[:4000])
    return item


class HistoryView(Retranslating, QWidget):
    """Versions newest first; the selected one's changes below; restore on request."""

    restore_requested = Signal(int)

    def __init__(self, actor: Actor, can_edit: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.can_edit = can_edit
        self.versions: list[history.Version] = []
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 140), (1, 150), (2, 160)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.currentCellChanged.connect(lambda *_: self._show_changes())
        self.changes = QTableWidget(0, 3)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setWordWrap(True)
        self.changes.setTabKeyNavigation(False)
        self.changes.verticalHeader().hide()
        changes_header = self.changes.horizontalHeader()
        changes_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.changes.setColumnWidth(0, 180)
        changes_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        changes_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.restore_button = QPushButton()
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self._restore)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.restore_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.changes)
        splitter.setSizes([200, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Summary")])
        self.changes.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Before"), self.tr("After")])
        self.restore_button.setText(self.tr("Restore this version"))
        self.restore_button.setToolTip(self.tr("Make the procedure what it was right after this change; "
                                               "the restore is itself recorded"))
        self._show_rows()

    def load(self, db: Database, code: str) -> None:
        with db.read() as session:
            self.versions = history.procedure_history(session, code)
        self._show_rows()

    def _show_rows(self) -> None:
        self.table.setRowCount(len(self.versions))
        for row, v in enumerate(self.versions):
            when = v.at.astimezone().strftime("%d/%m/%Y %H:%M")
            for column, text in enumerate([when, v.actor, action_label(v.action), v.summary]):
                self.table.setItem(row, column, _cell(text))
        if self.versions and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)
        self._show_changes()

    def current(self) -> history.Version | None:
        row = self.table.currentRow()
        return self.versions[row] if 0 <= row < len(self.versions) else None

    def select_entry(self, entry_id: int) -> None:
        for row, v in enumerate(self.versions):
            if v.entry_id == entry_id:
                self.table.setCurrentCell(row, 0)

    def _show_changes(self) -> None:
        version = self.current()
        changes = version.changes if version is not None else []
        self.changes.setRowCount(len(changes))
        for row, change in enumerate(changes):
            key = change.get("field", "")
            self.changes.setItem(row, 0, _cell(part_label(key)))
            self.changes.setItem(row, 1, _cell(describe(key, change.get("old"))))
            self.changes.setItem(row, 2, _cell(describe(key, change.get("new"))))
        self.changes.resizeRowsToContents()
        newest = version is not None and self.versions and version is self.versions[0]
        can_restore = version is not None and version.restorable and not newest \
            and self.can_edit
        self.restore_button.setEnabled(bool(can_restore))
        if version is None:
            self.note.setText(self.tr("No change recorded yet."))
        elif version.action == "create":
            self.note.setText(self.tr("The procedure was added to the catalogue."))
        elif not version.restorable:
            self.note.setText(self.tr("This entry records a change to the sample dossier."))
        elif newest:
            self.note.setText(self.tr("This is the current version."))
        else:
            self.note.setText("")

    def _restore(self) -> None:
        version = self.current()
        if version is not None and version.restorable:
            self.restore_requested.emit(version.entry_id)


def confirm_restore(parent: QWidget, version: history.Version | None) -> bool:
    when = version.at.astimezone().strftime("%d/%m/%Y %H:%M") if version else ""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("History", "Restore version"),
        QCoreApplication.translate("History", "Make the procedure what it was on %1? Later changes stay in the "
                                   "history and the restore can itself be undone.").replace("%1", when))
    return answer == QMessageBox.StandardButton.Yes


class HistoryDialog(Retranslating, QDialog):
    """The history of one procedure, opened from the list (Ctrl+H)."""

    restored = Signal(str)

    def __init__(self, db: Database, actor: Actor, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.code = db, actor, code
        self.confirm = confirm_restore  # a seam for tests
        self.view = HistoryView(actor, catalogue.may_edit(db, actor))
        self.view.restore_requested.connect(self._restore)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("pageSummary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1000, 620)
        self.view.load(db, code)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History of procedure %1").replace("%1", self.code))
        with self.db.read() as session:
            name = catalogue.get_procedure(session, self.code).name
        self.heading.setText(f"{self.code} – {name}")

    def _restore(self, entry_id: int) -> None:
        if not self.confirm(self, self.view.current()):
            return

        def work() -> editing.Saved:
            with self.db.read() as session:
                _record, version = editing.load_for_edit(session, self.code)
            return history.restore(self.db, self.actor, self.code, entry_id, expected_version=version)

        saved = run_guarded(self, work)
        if saved is not None:
            self.code = saved.code
            self.view.load(self.db, self.code)
            self.restored.emit(saved.code)
