"""The procedure editor: every part of the record on tabs a clerk recognises, checked as it is typed.

Tabs: general; channels, time limits and fees; dossier components by case;
steps and requirements; legal bases; posting, legal status and links; source
and verification; history. The editor works on the procedure record
(``records.to_record`` form); saving goes through
``editing.save_procedure`` with the version read when the editor opened.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import (
    FeeKind,
    Level,
    Lifecycle,
    Method,
    OnlineLevel,
    TimeUnit,
    Verification,
    normalize_code,
)
from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.services import catalogue, editing, fields, history
from cchc_desktop.core.services.national import SNAPSHOT_DATE, national_catalogue
from cchc_desktop.gui import labels
from cchc_desktop.gui.errors import run_guarded
from cchc_desktop.gui.formatting import format_date
from cchc_desktop.gui.staff.form_widgets import Column, DateField, GridEditor, LinesEdit, TextEdit
from cchc_desktop.gui.staff.history import HistoryView, confirm_restore
from cchc_desktop.gui.retranslating import Retranslating

GENERAL, CHANNELS, DOSSIER, STEPS, LEGAL, POSTING, PROVENANCE, HISTORY = range(8)
CHECK_DELAY_MS = 250
PORTAL_TYPES = ["", "STANDARD", "SPECIFIC", "STANDARD_INTERNAL"]
ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"
_AMOUNT = re.compile(r"^[\d.,\s]+(?:đ|₫|đồng|vnđ)?$", re.IGNORECASE)

# Which tab holds each part of the record (problems name the part).
TAB_OF = {
    "code": GENERAL, "name": GENERAL, "summary": GENERAL, "formality_id": GENERAL, "field": GENERAL, "level": GENERAL,
    "portal_type": GENERAL, "promulgating_agency": GENERAL, "executing_agencies": GENERAL,
    "coordinating_agencies": GENERAL, "subjects": GENERAL, "results": GENERAL, "online_level": GENERAL,
    "non_territorial": GENERAL, "keywords": GENERAL, "friendly_names": GENERAL, "note": GENERAL,
    "channels": CHANNELS, "case_time_limits": CHANNELS, "result_delivery": CHANNELS, "time_limit": CHANNELS,
    "dossier": DOSSIER, "steps": STEPS, "requirements": STEPS, "legal_bases": LEGAL,
    "posting": POSTING, "lifecycle": POSTING, "online_url": POSTING, "online_url_override": POSTING,
    "links": POSTING, "provenance": PROVENANCE,
}


def _amount(text: Any) -> Any:
    """“50.000 đ” → "50000": a clerk writes amounts with thousands separators."""
    if isinstance(text, str) and _AMOUNT.match(text.strip()):
        digits = re.sub(r"\D", "", text)
        return digits or text
    return text


def _blank_record() -> dict[str, Any]:
    return {"code": "", "name": "", "level": Level.COMMUNE.value, "online_level": OnlineLevel.NONE.value,
            "lifecycle": {"status": Lifecycle.IN_FORCE.value}, "posting": {}, "links": {},
            "provenance": {"verification": Verification.UNVERIFIED.value}}


class ChannelBox(Retranslating, QGroupBox):
    """One submission channel (tick to offer it): time limit and fees."""

    changed = Signal()

    def __init__(self, method: Method, parent: QWidget | None = None):
        super().__init__(parent)
        self.method = method
        self.setCheckable(True)
        self.setChecked(False)
        self.time_qty = QLineEdit()
        self.time_qty.setMaximumWidth(70)
        self.time_unit = QComboBox()
        self.time_unit.addItem("", None)
        for unit in TimeUnit:
            self.time_unit.addItem(labels.time_unit(unit), unit.value)
        self.time_text = TextEdit(2)
        self.time_text.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.note = QLineEdit()
        self.fees = GridEditor([Column("kind", "", "choice", [(k.value, labels.fee_kind(k)) for k in FeeKind], 90),
                                Column("text", "", "long"), Column("amount", "", "number", width=90)], wrap=True)
        self.fees.table.setMinimumHeight(110)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_qty)
        time_row.addWidget(self.time_unit, 1)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.row_labels = [QLabel(), QLabel(), QLabel(), QLabel()]
        self.form.addRow(self.row_labels[0], time_row)
        self.form.addRow(self.row_labels[1], self.time_text)
        self.form.addRow(self.row_labels[2], self.note)
        self.form.addRow(self.row_labels[3], self.fees)
        for signal in (self.toggled, self.time_qty.textChanged, self.time_unit.currentIndexChanged,
                       self.time_text.textChanged, self.note.textChanged, self.fees.changed):
            signal.connect(lambda *_: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(labels.method(self.method))
        for label, text in zip(self.row_labels, [self.tr("Time limit"), self.tr("As published"), self.tr("Note"),
                                                 self.tr("Fees")]):
            label.setText(text)
        self.time_qty.setPlaceholderText(self.tr("number"))
        self.time_text.setPlaceholderText(self.tr("Time limit as worded in the decision (optional)"))
        self.fees.set_titles([self.tr("Kind"), self.tr("Fee as published"), self.tr("Amount (₫)")])
        for i, unit in enumerate(TimeUnit, start=1):
            self.time_unit.setItemText(i, labels.time_unit(unit))

    def set_channel(self, channel: dict[str, Any] | None) -> None:
        channel = channel or {}
        self.setChecked(bool(channel))
        qty = channel.get("time_qty")
        self.time_qty.setText("" if qty is None else str(int(qty) if float(qty).is_integer() else qty))
        self.time_unit.setCurrentIndex(max(0, self.time_unit.findData(channel.get("time_unit"))))
        self.time_text.setPlainText(channel.get("time_text") or "")
        self.note.setText(channel.get("note") or "")
        self.fees.set_rows(channel.get("fees") or [])

    def channel(self) -> dict[str, Any]:
        return {"method": self.method.value, "time_qty": self.time_qty.text().strip() or None,
                "time_unit": self.time_unit.currentData(), "time_text": self.time_text.toPlainText().strip(),
                "note": self.note.text().strip(),
                "fees": [dict(f, amount=_amount(f["amount"])) for f in self.fees.rows()]}


class StepsEditor(Retranslating, QWidget):
    """Trình tự thực hiện: the steps in order, each with a title and its text."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.steps: list[dict[str, str]] = []
        self.list = QListWidget()
        self.list.setMaximumWidth(260)
        self.list.currentRowChanged.connect(self._show)
        self.title = QLineEdit()
        self.text = TextEdit(8)
        self.title.textEdited.connect(self._store)
        self.text.textChanged.connect(self._store)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.title_label, self.text_label = QLabel(), QLabel()
        self.title_label.setBuddy(self.title)
        self.text_label.setBuddy(self.text)
        detail = QVBoxLayout()
        detail.addWidget(self.title_label)
        detail.addWidget(self.title)
        detail.addWidget(self.text_label)
        detail.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addLayout(detail, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add step"))
        self.remove_button.setText(self.tr("Remove step"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.title_label.setText(self.tr("Step &title (optional)"))
        self.text_label.setText(self.tr("What to do in this step"))
        self._relabel()

    def _relabel(self) -> None:
        for i, step in enumerate(self.steps):
            item = self.list.item(i)
            if item is None:
                item = QListWidgetItem(self.list)
            first = step.get("title") or (step.get("text") or "").strip().split("\n")[0]
            item.setText(self.tr("Step %1").replace("%1", str(i + 1)) + (f": {first[:40]}" if first else ""))
        while self.list.count() > len(self.steps):
            self.list.takeItem(self.list.count() - 1)

    def set_steps(self, steps: list[dict[str, str]]) -> None:
        self.steps = [{"title": s.get("title", ""), "text": s.get("text", "")} for s in steps]
        self.list.blockSignals(True)
        self.list.clear()
        self._relabel()
        self.list.blockSignals(False)
        self.list.setCurrentRow(0 if self.steps else -1)
        self._show(self.list.currentRow())

    def value(self) -> list[dict[str, str]]:
        return [dict(s) for s in self.steps if s["title"].strip() or s["text"].strip()]

    def _show(self, row: int) -> None:
        has = 0 <= row < len(self.steps)
        for widget in (self.title, self.text):
            widget.blockSignals(True)
            widget.setEnabled(has)
        self.title.setText(self.steps[row]["title"] if has else "")
        self.text.setPlainText(self.steps[row]["text"] if has else "")
        for widget in (self.title, self.text):
            widget.blockSignals(False)

    def _store(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.steps):
            self.steps[row] = {"title": self.title.text(), "text": self.text.toPlainText()}
            self._relabel()
            self.changed.emit()

    def add(self) -> None:
        self.steps.append({"title": "", "text": ""})
        self._relabel()
        self.list.setCurrentRow(len(self.steps) - 1)
        self.text.setFocus()
        self.changed.emit()

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.steps):
            del self.steps[row]
            self._relabel()
            self.list.setCurrentRow(min(row, len(self.steps) - 1))
            self._show(self.list.currentRow())
            self.changed.emit()

    def move(self, offset: int) -> None:
        row = self.list.currentRow()
        target = row + offset
        if 0 <= row < len(self.steps) and 0 <= target < len(self.steps):
            self.steps.insert(target, self.steps.pop(row))
            self._relabel()
            self.list.setCurrentRow(target)
            self.changed.emit()


class DossierEditor(Retranslating, QWidget):
    """Thành phần hồ sơ: the cases (or headings) on the left, their documents on the right."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.groups: list[dict[str, Any]] = []
        self._row = -1
        self.list = QListWidget()
        self.list.setMaximumWidth(280)
        self.list.currentRowChanged.connect(self._select)
        self.group_name = QLineEdit()
        self.group_name.textEdited.connect(self._rename)
        self.components = GridEditor([
            Column("name", "", "long"), Column("originals", "", "number", width=80),
            Column("copies", "", "number", width=80), Column("present_only", "", "flag", width=90),
            Column("form_name", "", width=150), Column("form_url", "", width=130), Column("code", "", width=110)],
            wrap=True)
        self.components.changed.connect(self._store)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_group)
        self.remove_button.clicked.connect(self.remove_group)
        self.up_button.clicked.connect(lambda: self.move_group(-1))
        self.down_button.clicked.connect(lambda: self.move_group(1))
        group_buttons = QGridLayout()
        for i, button in enumerate((self.add_button, self.remove_button, self.up_button, self.down_button)):
            button.setAutoDefault(False)
            group_buttons.addWidget(button, i // 2, i % 2)
        self.cases_label, self.name_label, self.documents_label = QLabel(), QLabel(), QLabel()
        self.cases_label.setBuddy(self.list)
        self.name_label.setBuddy(self.group_name)
        left = QVBoxLayout()
        left.addWidget(self.cases_label)
        left.addWidget(self.list, 1)
        left.addLayout(group_buttons)
        right = QVBoxLayout()
        right.addWidget(self.name_label)
        right.addWidget(self.group_name)
        right.addWidget(self.documents_label)
        right.addWidget(self.components, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.cases_label.setText(self.tr("&Cases or headings"))
        self.name_label.setText(self.tr("Case &name (empty: one list for every case)"))
        self.documents_label.setText(self.tr("Documents to submit or show, in order"))
        self.add_button.setText(self.tr("Add case"))
        self.remove_button.setText(self.tr("Remove case"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.components.set_titles([self.tr("Document"), self.tr("Originals"), self.tr("Copies"),
                                    self.tr("Show only"), self.tr("Form"), self.tr("Form link"), self.tr("Code")])
        self._relabel()

    def _relabel(self) -> None:
        for i, group in enumerate(self.groups):
            item = self.list.item(i) or QListWidgetItem(self.list)
            item.setText(group["name"] or self.tr("(all cases)"))
        while self.list.count() > len(self.groups):
            self.list.takeItem(self.list.count() - 1)

    def set_groups(self, groups: list[dict[str, Any]]) -> None:
        self.groups = [{"name": g.get("name", ""), "components": [dict(c) for c in g.get("components", [])]}
                       for g in groups]
        self._row = -1
        self.list.blockSignals(True)
        self.list.clear()
        self._relabel()
        self.list.blockSignals(False)
        self.list.setCurrentRow(0 if self.groups else -1)
        self._select(self.list.currentRow())

    def value(self) -> list[dict[str, Any]]:
        self._store_rows()
        return [{"name": g["name"], "components": [dict(c) for c in g["components"]]} for g in self.groups]

    def _store_rows(self) -> None:
        if 0 <= self._row < len(self.groups):
            self.groups[self._row]["components"] = self.components.rows()

    def _select(self, row: int) -> None:
        self._store_rows()
        self._row = row
        has = 0 <= row < len(self.groups)
        self.group_name.setEnabled(has)
        self.components.setEnabled(has)
        self.group_name.setText(self.groups[row]["name"] if has else "")
        self.components.set_rows(self.groups[row]["components"] if has else [])

    def _store(self) -> None:
        self._store_rows()
        self.changed.emit()

    def _rename(self, text: str) -> None:
        if 0 <= self._row < len(self.groups):
            self.groups[self._row]["name"] = text
            self._relabel()
            self.changed.emit()

    def add_group(self) -> None:
        self._store_rows()
        self.groups.append({"name": "", "components": []})
        self._relabel()
        self.list.setCurrentRow(len(self.groups) - 1)
        self.group_name.setFocus()
        self.changed.emit()

    def remove_group(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.groups):
            del self.groups[row]
            self._row = -1
            self._relabel()
            self.list.setCurrentRow(min(row, len(self.groups) - 1))
            self._select(self.list.currentRow())
            self.changed.emit()

    def move_group(self, offset: int) -> None:
        self._store_rows()
        row = self.list.currentRow()
        target = row + offset
        if 0 <= row < len(self.groups) and 0 <= target < len(self.groups):
            self.groups.insert(target, self.groups.pop(row))
            self._row = -1
            self._relabel()
            self.list.setCurrentRow(target)
            self.changed.emit()


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.hide()
    return label


class ProcedureEditor(Retranslating, QDialog):
    """Edit one procedure (or create one when ``code`` is None)."""

    saved = Signal(str)

    def __init__(self, db: Database, actor: Actor, code: str | None, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.db, self.actor, self.code, self.today = db, actor, code, today
        self.version: int | None = None
        self.problems: list[editing.Problem] = []
        self.can_edit = catalogue.may_edit(db, actor)
        self.ask_unsaved = self._ask_unsaved  # seams for tests: the questions asked with message boxes
        self.confirm_restore = confirm_restore
        self._national = None
        self._populating = False
        self._closing = False
        with db.read() as session:
            if code is not None:
                record, self.version = editing.load_for_edit(session, code)
            else:
                record = _blank_record()
            field_names = fields.field_names(session)
        self._field_codes: dict[str, str] = {}
        self._build(field_names)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check)
        self.populate(record)
        self.retranslate()
        self.resize(1200, 720)

    # --- building ----------------------------------------------------------------------
    def _build(self, field_names: list[str]) -> None:
        self.tabs = QTabWidget()
        self.messages: dict[str, QLabel] = {}
        self.focus_of: dict[str, QWidget] = {}

        # General
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.code_edit.setMaximumWidth(160)
        self.code_edit.textEdited.connect(self._code_edited)
        self.national_note = QLabel()
        self.national_note.setWordWrap(True)
        self.national_button = QPushButton()
        self.national_button.setAutoDefault(False)
        self.national_button.clicked.connect(lambda: self.fill_from_national(overwrite=True))
        self.national_button.hide()
        self.name_edit = TextEdit(3)
        self.name_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 14)
        # Tóm tắt cho người dân: what leaflets and guide sheets print instead of the full portal text.
        self.summary = TextEdit(4)
        self.summary.setMaximumHeight(self.fontMetrics().lineSpacing() * 7 + 14)
        self.formality = QLineEdit()
        self.field_combo = QComboBox()
        self.field_combo.setEditable(True)
        self.field_combo.addItem("")
        self.field_combo.addItems(field_names)
        self.field_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.level_combo = QComboBox()
        for level in Level:
            self.level_combo.addItem(labels.level(level), level.value)
        self.portal_type = QComboBox()  # the portal's codes (STANDARD…) kept as data, shown through labels
        for value in PORTAL_TYPES:
            self.portal_type.addItem(labels.portal_type(value), value)
        self.promulgating = QLineEdit()
        self.online_combo = QComboBox()
        for level in OnlineLevel:
            self.online_combo.addItem(labels.online_level(level), level.value)
        self.non_territorial = QCheckBox()
        self.executing, self.coordinating = LinesEdit(2), LinesEdit(2)
        self.subjects, self.results = LinesEdit(2), LinesEdit(2)
        self.keywords, self.friendly = LinesEdit(2), LinesEdit(2)
        self.note = TextEdit(2)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 14)
        code_row = QVBoxLayout()
        code_row.setSpacing(2)
        code_line = QHBoxLayout()
        code_line.addWidget(self.code_edit)
        code_line.addWidget(self.national_button)
        code_line.addStretch(1)
        code_row.addLayout(code_line)
        code_row.addWidget(self.national_note)
        left = QFormLayout()
        right = QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_labels: dict[str, QLabel] = {}

        def add(form: QFormLayout, key: str, widget: Any, focus: QWidget | None = None) -> None:
            label = QLabel()
            self.general_labels[key] = label
            target = focus or widget
            if isinstance(target, QWidget):
                label.setBuddy(target)
                self.focus_of[key] = target
            if key in ("code", "name", "field"):
                message = self.messages[key] = _message_label()
                box = QVBoxLayout()
                box.setSpacing(2)
                box.addLayout(widget) if not isinstance(widget, QWidget) else box.addWidget(widget)
                box.addWidget(message)
                form.addRow(label, box)
            elif isinstance(widget, QWidget):
                form.addRow(label, widget)
            else:
                form.addRow(label, widget)

        add(left, "code", code_row, self.code_edit)
        add(left, "name", self.name_edit)
        add(left, "summary", self.summary)
        add(left, "field", self.field_combo)
        add(left, "formality_id", self.formality)
        add(left, "level", self.level_combo)
        add(left, "portal_type", self.portal_type)
        add(left, "promulgating_agency", self.promulgating)
        add(left, "online_level", self.online_combo)
        add(left, "non_territorial", self.non_territorial)
        add(left, "note", self.note)
        add(right, "executing_agencies", self.executing)
        add(right, "coordinating_agencies", self.coordinating)
        add(right, "subjects", self.subjects)
        add(right, "results", self.results)
        add(right, "keywords", self.keywords)
        add(right, "friendly_names", self.friendly)
        general = QWidget()
        grid = QHBoxLayout(general)
        grid.addLayout(left, 5)
        grid.addSpacing(12)
        grid.addLayout(right, 4)
        self.tabs.addTab(_scroll(general), "")

        # Channels, time limits and fees
        self.channel_boxes = [ChannelBox(m) for m in Method]
        self.case_limits = GridEditor([Column("code", "", width=130), Column("name", ""),
                                       Column("qty", "", "number", width=90),
                                       Column("unit", "", "choice", [(None, "")] + [(u.value, labels.time_unit(u))
                                                                                for u in TimeUnit], 150)])
        self.case_limits.table.setMinimumHeight(110)
        self.delivery = LinesEdit(2)
        channels = QWidget()
        channels_layout = QVBoxLayout(channels)
        boxes = QHBoxLayout()
        for box in self.channel_boxes:
            boxes.addWidget(box, 1)
        self.channels_message = self.messages["channels"] = _message_label()
        self.time_message = self.messages["time_limit"] = _message_label()
        channels_layout.addLayout(boxes)
        channels_layout.addWidget(self.channels_message)
        channels_layout.addWidget(self.time_message)
        self.case_label, self.delivery_label = QLabel(), QLabel()
        self.case_label.setBuddy(self.case_limits.table)
        self.delivery_label.setBuddy(self.delivery)
        channels_layout.addWidget(self.case_label)
        channels_layout.addWidget(self.case_limits)
        channels_layout.addWidget(self.delivery_label)
        channels_layout.addWidget(self.delivery)
        self.focus_of.update(channels=self.channel_boxes[0], time_limit=self.channel_boxes[0].time_qty,
                             case_time_limits=self.case_limits.table, result_delivery=self.delivery)
        self.tabs.addTab(_scroll(channels), "")

        # Dossier
        self.dossier = DossierEditor()
        dossier = QWidget()
        dossier_layout = QVBoxLayout(dossier)
        self.messages["dossier"] = _message_label()
        dossier_layout.addWidget(self.dossier, 1)
        dossier_layout.addWidget(self.messages["dossier"])
        self.focus_of["dossier"] = self.dossier.list
        self.tabs.addTab(dossier, "")

        # Steps and requirements
        self.steps = StepsEditor()
        self.requirements = TextEdit(4)
        steps = QWidget()
        steps_layout = QVBoxLayout(steps)
        self.steps_label, self.requirements_label = QLabel(), QLabel()
        self.steps_label.setBuddy(self.steps.list)
        self.requirements_label.setBuddy(self.requirements)
        self.messages["steps"] = _message_label()
        steps_layout.addWidget(self.steps_label)
        steps_layout.addWidget(self.steps, 3)
        steps_layout.addWidget(self.messages["steps"])
        steps_layout.addWidget(self.requirements_label)
        steps_layout.addWidget(self.requirements, 1)
        self.focus_of.update(steps=self.steps.list, requirements=self.requirements)
        self.tabs.addTab(steps, "")

        # Legal bases
        self.legal = GridEditor([Column("code", "", width=220), Column("name", "", "long")], wrap=True)
        legal = QWidget()
        legal_layout = QVBoxLayout(legal)
        legal_layout.addWidget(self.legal)
        self.focus_of["legal_bases"] = self.legal.table
        self.tabs.addTab(legal, "")

        # Posting, legal status and links
        self.posted_since, self.posted_until = DateField(), DateField()
        self.post_today = QPushButton()
        self.post_today.setAutoDefault(False)
        self.post_today.clicked.connect(lambda: self.posted_since.set_date(self.today()))
        self.status_combo = QComboBox()
        for status in Lifecycle:
            self.status_combo.addItem(labels.lifecycle(status), status.value)
        self.effective_from, self.effective_until = DateField(), DateField()
        self.decision_number, self.decision_date = QLineEdit(), DateField()
        self.superseded_by = QLineEdit()
        self.superseded_by.setMaximumWidth(160)
        self.online_url, self.override_url = QLineEdit(), QLineEdit()
        posting_box, life_box, links_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.posting_box, self.life_box, self.links_box = posting_box, life_box, links_box
        posting_form, life_form, links_form = QFormLayout(posting_box), QFormLayout(life_box), QFormLayout(links_box)
        since_row = QHBoxLayout()
        since_row.addWidget(self.posted_since)
        since_row.addWidget(self.post_today)
        since_row.addStretch(1)
        self.posting_labels = [QLabel(), QLabel()]
        posting_form.addRow(self.posting_labels[0], since_row)
        posting_form.addRow(self.posting_labels[1], self.posted_until)
        self.messages["posting"] = _message_label()
        posting_form.addRow(self.messages["posting"])
        self.life_labels = [QLabel() for _ in range(6)]
        for label, widget in zip(self.life_labels, [self.status_combo, self.effective_from, self.effective_until,
                                                    self.decision_number, self.decision_date, self.superseded_by]):
            label.setBuddy(widget)
            life_form.addRow(label, widget)
        self.messages["lifecycle"] = _message_label()
        life_form.addRow(self.messages["lifecycle"])
        self.link_labels = [QLabel(), QLabel()]
        for label, widget, key in zip(self.link_labels, [self.online_url, self.override_url],
                                      ["online_url", "online_url_override"]):
            label.setBuddy(widget)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            self.messages[key] = _message_label()
            box.addWidget(self.messages[key])
            links_form.addRow(label, box)
            self.focus_of[key] = widget
        self.posting_labels[0].setBuddy(self.posted_since)
        self.posting_labels[1].setBuddy(self.posted_until)
        self.focus_of.update(posting=self.posted_since, lifecycle=self.status_combo, links=self.online_url)
        posting = QWidget()
        posting_layout = QGridLayout(posting)
        posting_layout.addWidget(posting_box, 0, 0)
        posting_layout.addWidget(life_box, 0, 1, 2, 1)
        posting_layout.addWidget(links_box, 2, 0, 1, 2)
        posting_layout.setRowStretch(3, 1)
        posting_layout.setColumnStretch(0, 1)
        posting_layout.setColumnStretch(1, 1)
        self.tabs.addTab(_scroll(posting), "")

        # Source and verification
        self.source, self.source_url = QLineEdit(), QLineEdit()
        self.verification = QComboBox()
        for value in Verification:
            self.verification.addItem(labels.verification(value), value.value)
        self.verified_on, self.verified_by = DateField(), QLineEdit()
        self.verification_note = TextEdit(3)
        self.verify_today = QPushButton()
        self.verify_today.setAutoDefault(False)
        self.verify_today.clicked.connect(self._verified_today)
        provenance = QWidget()
        provenance_form = QFormLayout(provenance)
        provenance_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.provenance_labels = [QLabel() for _ in range(6)]
        verified_row = QHBoxLayout()
        verified_row.addWidget(self.verified_on)
        verified_row.addWidget(self.verify_today)
        verified_row.addStretch(1)
        for label, widget, buddy in zip(self.provenance_labels,
                                        [self.source, self.source_url, self.verification, verified_row,
                                         self.verified_by, self.verification_note],
                                        [self.source, self.source_url, self.verification, self.verified_on,
                                         self.verified_by, self.verification_note]):
            label.setBuddy(buddy)
            provenance_form.addRow(label, widget)
        self.messages["provenance"] = _message_label()
        provenance_form.addRow(self.messages["provenance"])
        self.focus_of["provenance"] = self.verification
        self.tabs.addTab(_scroll(provenance), "")

        # History
        self.history = HistoryView(self.actor, self.can_edit)
        self.history.restore_requested.connect(self.restore)
        self.tabs.addTab(self.history, "")

        # Problems and buttons
        self.problem_list = QListWidget()
        self.problem_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.problem_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)
        self.status = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.save_close_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.save_close_button.clicked.connect(self.save_and_close)
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.save_button, self.save_close_button):
            button.setEnabled(self.can_edit)
        self.save_button.setAutoDefault(False)
        self.save_close_button.setAutoDefault(False)
        self.save_close_button.setDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem_list)
        layout.addLayout(bottom)

        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+Return", self.save_and_close),
                           ("Ctrl+PgDown", lambda: self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % 8)),
                           ("Ctrl+PgUp", lambda: self.tabs.setCurrentIndex((self.tabs.currentIndex() - 1) % 8))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

        watched: list[Any] = [self.code_edit.textChanged, self.name_edit.textChanged, self.formality.textChanged,
                              self.field_combo.currentTextChanged, self.level_combo.currentIndexChanged,
                              self.portal_type.currentTextChanged, self.promulgating.textChanged,
                              self.online_combo.currentIndexChanged, self.non_territorial.toggled,
                              self.note.textChanged, self.summary.textChanged, self.case_limits.changed, self.delivery.textChanged,
                              self.dossier.changed, self.steps.changed, self.requirements.textChanged,
                              self.legal.changed, self.posted_since.textChanged, self.posted_until.textChanged,
                              self.status_combo.currentIndexChanged, self.effective_from.textChanged,
                              self.effective_until.textChanged, self.decision_number.textChanged,
                              self.decision_date.textChanged, self.superseded_by.textChanged,
                              self.online_url.textChanged, self.override_url.textChanged, self.source.textChanged,
                              self.source_url.textChanged, self.verification.currentIndexChanged,
                              self.verified_on.textChanged, self.verified_by.textChanged,
                              self.verification_note.textChanged]
        watched += [box.changed for box in self.channel_boxes]
        watched += [w.textChanged for w in (self.executing, self.coordinating, self.subjects, self.results,
                                            self.keywords, self.friendly)]
        for signal in watched:
            signal.connect(self._edited)

    # --- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("New procedure") if self.code is None else self.tr("Procedure %1").replace("%1", self.code)
        self.setWindowTitle(title)
        tabs = [self.tr("&General"), self.tr("&Channels, time limits, fees"), self.tr("&Dossier"),
                self.tr("&Steps, requirements"), self.tr("&Legal bases"), self.tr("&Posting, status, links"),
                self.tr("S&ource, verification"), self.tr("&History")]
        for i, text in enumerate(tabs):
            self.tabs.setTabText(i, text)
        general = {
            "code": self.tr("Code"), "name": self.tr("Name"), "field": self.tr("Field"),
            "summary": self.tr("Plain summary for citizens"),
            "formality_id": self.tr("Portal ID (formalityId)"), "level": self.tr("Level"),
            "portal_type": self.tr("Type on the portal"), "promulgating_agency": self.tr("Promulgating agency"),
            "online_level": self.tr("Online service"), "non_territorial": self.tr("Anywhere in the province"),
            "note": self.tr("Note"), "executing_agencies": self.tr("Executing agencies"),
            "coordinating_agencies": self.tr("Coordinating agencies"), "subjects": self.tr("Who may apply"),
            "results": self.tr("Results"), "keywords": self.tr("Staff keywords"),
            "friendly_names": self.tr("Friendly names"),
        }
        for key, label in self.general_labels.items():
            label.setText(general[key])
        for i in range(self.portal_type.count()):
            self.portal_type.setItemText(i, labels.portal_type(self.portal_type.itemData(i)))
        self.non_territorial.setText(self.tr("Accepted whatever the applicant's place of residence"))
        for widget in (self.executing, self.coordinating, self.subjects, self.results, self.keywords,
                       self.friendly):
            widget.setPlaceholderText(self.tr("one per line"))
        self.keywords.setToolTip(self.tr("Words citizens and staff use for it, e.g. “giấy chứng tử” for "
                                    "“đăng ký khai tử”: search finds them"))
        self.summary.setToolTip(self.tr("A few short lines printed on leaflets and guide sheets: what to bring, "
                                        "how long, how much, where (e.g. “Mang theo: …”, “Thời gian: …”, "
                                        "“Lệ phí: …”, “Nộp tại: …”). The full text is behind the QR code."))
        self.code_edit.setPlaceholderText("1.001193")
        self.national_button.setText(self.tr("Use national data"))
        self.national_button.setToolTip(self.tr("Replace name, field, portal ID and link with the national "
                                                 "catalogue's"))
        self.case_label.setText(self.tr("Time limits by &case"))
        self.case_limits.set_titles([self.tr("Case code"), self.tr("Case"), self.tr("Time limit"), self.tr("Unit")])
        self.delivery_label.setText(self.tr("How the &result is returned (one per line)"))
        self.steps_label.setText(self.tr("&Steps (trình tự thực hiện)"))
        self.requirements_label.setText(self.tr("&Requirements and conditions"))
        self.legal.set_titles([self.tr("Number"), self.tr("Title of the legal document")])
        self.posting_box.setTitle(self.tr("Posting at the center"))
        self.posting_labels[0].setText(self.tr("Posted &since"))
        self.posting_labels[1].setText(self.tr("Taken &down on"))
        self.post_today.setText(self.tr("Today"))
        self.life_box.setTitle(self.tr("Legal status (decision of publication)"))
        for label, text in zip(self.life_labels, [self.tr("S&tatus"), self.tr("In force &from"), self.tr("&Ends on"),
                                                  self.tr("Decision &number"), self.tr("Decision d&ate"),
                                                  self.tr("Replaced &by (code)")]):
            label.setText(text)
        self.decision_number.setPlaceholderText("1234/QĐ-UBND")
        self.links_box.setTitle(self.tr("Links printed as QR codes"))
        self.link_labels[0].setText(self.tr("National portal &page"))
        self.link_labels[1].setText(self.tr("Center's own &link (used first)"))
        self.online_url.setPlaceholderText("https://dichvucong.gov.vn/thu-tuc-hanh-chinh/…")
        provenance = [self.tr("Source"), self.tr("Source link"), self.tr("Verification"), self.tr("Verified on"),
                      self.tr("Verified by"), self.tr("Verification note")]
        for label, text in zip(self.provenance_labels, provenance):
            label.setText(text)
        self.verify_today.setText(self.tr("Verified today"))
        self.verify_today.setToolTip(self.tr("Fill in today's date and your name"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip("Ctrl+S")
        self.save_close_button.setText(self.tr("Save and close"))
        self.save_close_button.setToolTip("Ctrl+Enter")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip("Esc")
        self._show_national()
        self._show_problems()

    # --- record ↔ form ----------------------------------------------------------------------
    def populate(self, record: dict[str, Any]) -> None:
        self._populating = True
        try:
            field = record.get("field") or {}
            if field.get("name") and field.get("code"):
                self._field_codes[field["name"]] = field["code"]
            self.code_edit.setText(record.get("code") or "")
            self.name_edit.setPlainText(record.get("name") or "")
            self.formality.setText(record.get("formality_id") or "")
            self.field_combo.setCurrentText(field.get("name") or "")
            self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(record.get("level"))))
            self.set_portal_type(record.get("portal_type") or "")
            self.promulgating.setText(record.get("promulgating_agency") or "")
            self.online_combo.setCurrentIndex(max(0, self.online_combo.findData(record.get("online_level"))))
            self.non_territorial.setChecked(bool(record.get("non_territorial")))
            self.note.setPlainText(record.get("note") or "")
            self.summary.setPlainText(record.get("summary") or "")
            for widget, key in ((self.executing, "executing_agencies"), (self.coordinating, "coordinating_agencies"),
                                (self.subjects, "subjects"), (self.results, "results"),
                                (self.keywords, "keywords"), (self.friendly, "friendly_names"),
                                (self.delivery, "result_delivery")):
                widget.set_items(record.get(key) or [])
            channels = {c.get("method"): c for c in record.get("channels") or []}
            for box in self.channel_boxes:
                box.set_channel(channels.get(box.method.value))
            self.case_limits.set_rows(record.get("case_time_limits") or [])
            self.dossier.set_groups(record.get("dossier") or [])
            self.steps.set_steps(record.get("steps") or [])
            self.requirements.setPlainText(record.get("requirements") or "")
            self.legal.set_rows(record.get("legal_bases") or [])
            posting = record.get("posting") or {}
            self.posted_since.set_date(posting.get("posted_since"))
            self.posted_until.set_date(posting.get("posted_until"))
            life = record.get("lifecycle") or {}
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(life.get("status"))))
            self.effective_from.set_date(life.get("effective_from"))
            self.effective_until.set_date(life.get("effective_until"))
            self.decision_number.setText(life.get("decision_number") or "")
            self.decision_date.set_date(life.get("decision_date"))
            self.superseded_by.setText(life.get("superseded_by") or "")
            links = record.get("links") or {}
            self.online_url.setText(links.get("online_url") or "")
            self.override_url.setText(links.get("online_url_override") or "")
            prov = record.get("provenance") or {}
            self.source.setText(prov.get("source") or "")
            self.source_url.setText(prov.get("source_url") or "")
            self.verification.setCurrentIndex(max(0, self.verification.findData(prov.get("verification"))))
            self.verified_on.set_date(prov.get("verified_on"))
            self.verified_by.setText(prov.get("verified_by") or "")
            self.verification_note.setPlainText(prov.get("note") or "")
        finally:
            self._populating = False
        self.baseline = self.collect()
        self.tabs.setTabEnabled(HISTORY, self.code is not None)
        if self.code is not None:
            self.history.load(self.db, self.code)
        self._lookup_national()
        self.check()

    def set_portal_type(self, value: str) -> None:
        """Choose ``value``; a type the list does not know (from an import) is kept as it is."""
        index = self.portal_type.findData(value)
        if index < 0:
            self.portal_type.addItem(labels.portal_type(value), value)
            index = self.portal_type.count() - 1
        self.portal_type.setCurrentIndex(index)

    def collect(self) -> dict[str, Any]:
        """The record as the form has it now (what saving sends)."""
        field_name = " ".join(self.field_combo.currentText().split())
        return {
            "code": self.code_edit.text().strip(),
            "formality_id": self.formality.text().strip() or None,
            "name": " ".join(self.name_edit.toPlainText().split()),
            "summary": self.summary.toPlainText().strip(),
            "field": {"code": self._field_codes.get(field_name, ""), "name": field_name} if field_name else None,
            "level": self.level_combo.currentData(),
            "portal_type": self.portal_type.currentData() or "",
            "promulgating_agency": self.promulgating.text().strip(),
            "executing_agencies": self.executing.items(),
            "coordinating_agencies": self.coordinating.items(),
            "subjects": self.subjects.items(),
            "steps": self.steps.value(),
            "requirements": self.requirements.toPlainText().strip(),
            "legal_bases": self.legal.rows(),
            "results": self.results.items(),
            "channels": [box.channel() for box in self.channel_boxes if box.isChecked()],
            "case_time_limits": self.case_limits.rows(),
            "result_delivery": self.delivery.items(),
            "dossier": self.dossier.value(),
            "online_level": self.online_combo.currentData(),
            "non_territorial": self.non_territorial.isChecked(),
            "lifecycle": {"status": self.status_combo.currentData(), "effective_from": self.effective_from.iso(),
                          "effective_until": self.effective_until.iso(),
                          "decision_number": self.decision_number.text().strip(),
                          "decision_date": self.decision_date.iso(),
                          "superseded_by": self.superseded_by.text().strip()},
            "posting": {"posted_since": self.posted_since.iso(), "posted_until": self.posted_until.iso()},
            "links": {"online_url": self.online_url.text().strip() or None,
                      "online_url_override": self.override_url.text().strip() or None},
            "keywords": self.keywords.items(),
            "friendly_names": self.friendly.items(),
            "note": self.note.toPlainText().strip(),
            "provenance": {"source": self.source.text().strip(), "source_url": self.source_url.text().strip(),
                           "verification": self.verification.currentData(),
                           "verified_on": self.verified_on.iso(), "verified_by": self.verified_by.text().strip(),
                           "note": self.verification_note.toPlainText().strip()},
        }

    def is_dirty(self) -> bool:
        return self.collect() != self.baseline

    # --- checking -----------------------------------------------------------------------------
    def _edited(self, *_args: Any) -> None:
        if self._populating:
            return
        self._show_national()
        self._update_title()
        self._check_timer.start()

    def _update_title(self) -> None:
        self.status.setText(self.tr("Unsaved changes") if self.is_dirty() else "")

    def _dates(self) -> list[tuple[DateField, str, str, str]]:
        """Each date field with where it goes in the record and its name."""
        return [(self.posted_since, "posting", "posted_since", self.tr("Posted since")),
                (self.posted_until, "posting", "posted_until", self.tr("Taken down on")),
                (self.effective_from, "lifecycle", "effective_from", self.tr("In force from")),
                (self.effective_until, "lifecycle", "effective_until", self.tr("Ends on")),
                (self.decision_date, "lifecycle", "decision_date", self.tr("Decision date")),
                (self.verified_on, "provenance", "verified_on", self.tr("Verified on"))]

    def check(self) -> list[editing.Problem]:
        """Check the form now (it is also checked shortly after each change)."""
        self._check_timer.stop()
        record = self.collect()
        problems = []
        for widget, section, key, label in self._dates():
            if not widget.is_valid():
                problems.append(editing.Problem(section, self.tr(
                    "%1: “%2” is not a date; write it as dd/mm/yyyy, e.g. 01/07/2026.")
                    .replace("%1", label).replace("%2", widget.text())))
                record[section][key] = None  # reported here, in the clerk's own date format
        with self.db.read() as session:
            problems += editing.record_problems(session, record, original_code=self.code)
        self.problems = problems
        self._show_problems()
        self._update_title()
        return self.problems

    def _show_problems(self) -> None:
        for label in self.messages.values():
            label.hide()
            label.clear()
        by_field: dict[str, list[editing.Problem]] = {}
        for problem in self.problems:
            by_field.setdefault(problem.field, []).append(problem)
        for key, problems in by_field.items():
            label = self.messages.get(key)
            if label is None:
                continue
            label.setText("\n".join(p.message for p in problems))
            label.setStyleSheet(ERROR_STYLE if any(p.blocking for p in problems) else WARNING_STYLE)
            label.show()
        style = self.style()
        error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.problem_list.clear()
        for problem in sorted(self.problems, key=lambda p: (not p.blocking, TAB_OF.get(p.field, 99))):
            item = QListWidgetItem(error_icon if problem.blocking else warning_icon, problem.message)
            item.setData(Qt.ItemDataRole.UserRole, problem.field)
            item.setToolTip(problem.message)
            self.problem_list.addItem(item)
        self.problem_list.setVisible(bool(self.problems))
        tabs_with: dict[int, bool] = {}
        for problem in self.problems:
            tab = TAB_OF.get(problem.field, GENERAL)
            tabs_with[tab] = tabs_with.get(tab, False) or problem.blocking
        for tab in range(self.tabs.count()):
            self.tabs.setTabIcon(tab, error_icon if tabs_with.get(tab) else warning_icon if tab in tabs_with
                                 else QIcon())

    def message_for(self, key: str) -> str:
        """The inline message shown under a field (empty when none): what a clerk reads."""
        label = self.messages.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        self.tabs.setCurrentIndex(TAB_OF.get(key, GENERAL))
        widget = self.focus_of.get(key)
        if widget is not None:
            widget.setFocus()

    # --- national look-up ------------------------------------------------------------------------
    def _code_edited(self, _text: str) -> None:
        self._lookup_national()
        if self._national is not None:
            self.fill_from_national(overwrite=False)

    def _lookup_national(self) -> None:
        text = self.code_edit.text().strip()
        self._national = national_catalogue().get(text) if len(text) >= 8 else None
        self._show_national()

    def _show_national(self) -> None:
        entry = self._national
        text = self.code_edit.text().strip()
        if entry is not None and entry.name == " ".join(self.name_edit.toPlainText().split()):
            self.national_note.setText(self.tr("In the national catalogue under this name (%1)")
                                       .replace("%1", entry.field or "—"))
            self.national_note.setStyleSheet("color: #1f5a96;")
        elif entry is not None:
            self.national_note.setText(self.tr("National catalogue: %1 (%2)").replace("%1", entry.name)
                                       .replace("%2", entry.field or "—"))
            self.national_note.setStyleSheet("color: #1f5a96;")
        elif len(text) >= 8 and self._valid_code(text):
            self.national_note.setText(self.tr("Not in the national catalogue of %1: check the code against the "
                                               "province's decision.").replace("%1", format_date(
                                                   dt.date.fromisoformat(SNAPSHOT_DATE))))
            self.national_note.setStyleSheet(WARNING_STYLE)
        else:
            self.national_note.setText("")
        differs = entry is not None and (entry.name != " ".join(self.name_edit.toPlainText().split())
                                         or (entry.link or "") != self.online_url.text().strip()
                                         or entry.formality_id != self.formality.text().strip())
        self.national_button.setVisible(bool(differs) and self.can_edit)

    @staticmethod
    def _valid_code(text: str) -> bool:
        try:
            normalize_code(text)
        except ValidationError:
            return False
        return True

    def fill_from_national(self, *, overwrite: bool) -> None:
        """Fill name, field, portal ID and link from the national catalogue (only empty ones unless ``overwrite``)."""
        entry = self._national
        if entry is None:
            return

        def put(current: str, value: str, setter: Callable[[str], None]) -> None:
            if value and (overwrite or not current.strip()):
                setter(value)

        put(self.name_edit.toPlainText(), entry.name, self.name_edit.setPlainText)
        put(self.field_combo.currentText(), entry.field, self.field_combo.setCurrentText)
        put(self.formality.text(), entry.formality_id, self.formality.setText)
        put(self.online_url.text(), entry.link or "", self.online_url.setText)
        put(self.promulgating.text(), entry.promulgating_agency, self.promulgating.setText)
        put(self.portal_type.currentData() or "", entry.portal_type, self.set_portal_type)
        if not self.executing.items():
            self.executing.set_items(list(entry.agencies))
        if not self.subjects.items():
            self.subjects.set_items(list(entry.subjects))
        self._show_national()

    # --- actions -----------------------------------------------------------------------------------
    def _verified_today(self) -> None:
        self.verification.setCurrentIndex(self.verification.findData(Verification.VERIFIED.value))
        self.verified_on.set_date(self.today())
        self.verified_by.setText(self.actor.name)

    def save(self) -> bool:
        """Save what the form holds; True when saved (or nothing to save)."""
        if not self.can_edit:
            return False
        problems = self.check()
        blocking = [p for p in problems if p.blocking]
        if blocking:
            self.tabs.setCurrentIndex(TAB_OF.get(blocking[0].field, GENERAL))
            widget = self.focus_of.get(blocking[0].field)
            if widget is not None:
                widget.setFocus()
            self.status.setText(self.tr("Not saved: correct the problems listed above."))
            return False
        if self.code is not None and not self.is_dirty():
            return True
        record = self.collect()
        saved = run_guarded(self, lambda: editing.save_procedure(self.db, self.actor, record, original_code=self.code,
                                                                 expected_version=self.version))
        if saved is None:
            return False
        self._reload(saved.code)
        self.status.setText(self.tr("Saved at %1").replace("%1", dt.datetime.now().strftime("%H:%M")))
        self.saved.emit(saved.code)
        return True

    def _reload(self, code: str) -> None:
        self.code = code
        with self.db.read() as session:
            record, self.version = editing.load_for_edit(session, code)
        current_tab = self.tabs.currentIndex()
        self.populate(record)
        self.tabs.setCurrentIndex(current_tab)
        self.retranslate()

    def save_and_close(self) -> None:
        if self.save():
            self._closing = True
            self.accept()

    def restore(self, entry_id: int) -> None:
        """Restore history entry ``entry_id`` (unsaved edits are given up after asking)."""
        if self.code is None:
            return
        version = next((v for v in self.history.versions if v.entry_id == entry_id), None)
        if self.is_dirty() and self.ask_unsaved() != QMessageBox.StandardButton.Discard:
            return
        if not self.confirm_restore(self, version):
            return
        saved = run_guarded(self, lambda: history.restore(self.db, self.actor, self.code, entry_id,
                                                          expected_version=self.version))
        if saved is None:
            return
        self._reload(saved.code)
        self.tabs.setCurrentIndex(HISTORY)
        self.status.setText(self.tr("Version restored"))
        self.saved.emit(saved.code)

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("This procedure has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)

    def reject(self) -> None:
        """Cancel (Esc): leave, asking first when something is not saved."""
        if not self._closing and self.can_edit and self.is_dirty():
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        self._closing = True
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing and self.can_edit and self.is_dirty():
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        self._closing = True
        super().closeEvent(event)

