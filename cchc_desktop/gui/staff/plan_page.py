"""Kế hoạch truyền thông: the progress board, the plan's tasks, the activities recorded for them.

A thin view over :mod:`cchc_desktop.core.services.plans`: administrators edit
the plan (tasks, import, export, a new year), staff record activities with an
evidence file or a link. :func:`offer_print_record` is the print studio's hook.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QUrl, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core import permissions
from cchc_desktop.core import plan_progress as pp
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import ProductKind, Progress, TimeFrame
from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.periods import local_today
from cchc_desktop.core.services import plans
from cchc_desktop.gui import labels
from cchc_desktop.gui.flow_layout import FlowLayout
from cchc_desktop.gui.errors import run_guarded, show_error
from cchc_desktop.gui.formatting import format_date
from cchc_desktop.gui.retranslating import Retranslating

COLOURS = {Progress.MET: "#bfe3c3", Progress.BEHIND: "#ffd88a", Progress.MISSED: "#f2aca6",
           Progress.ON_TRACK: "#e4ecf5", Progress.UPCOMING: "#ffffff"}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def target_text(target: pp.Target) -> str:
    kinds = ", ".join(labels.product_kind(k) for k in target.kinds)
    return f"{target.count} {labels.target_per(target.per)}" + (f": {kinds}" if kinds else "")


def _row_table(columns: int, stretch: int, widths: tuple[tuple[int, int], ...], *,
               fit_rows: bool = False) -> QTableWidget:
    """A read-only list of whole rows; with ``fit_rows``, row heights follow the wrapped text at the shown widths."""
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for col, width in widths:
        table.setColumnWidth(col, width)
    if fit_rows:
        table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


class ActivityDialog(QDialog):
    """Record (or change) one activity: task, date, kind, title, where, count, unit, evidence file or link."""

    saved = Signal(int)

    def __init__(self, db: Database, actor: Actor, plan: dict[str, Any], *, activity: plans.Activity | None = None,
                 preset: dict[str, Any] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.plan, self.activity = db, actor, plan, activity
        self.preset = preset or {}
        self.evidence: tuple[str, bytes] | None = None
        self.remove_evidence = False
        self.setMinimumWidth(660)
        form = QFormLayout()
        self.task = QComboBox()
        for task in plan["tasks"]:
            content = task["content"] if len(task["content"]) <= 90 else task["content"][:89] + "…"
            self.task.addItem(f"{task['number']}. {content}", task["number"])
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.kind = QComboBox()
        for kind in ProductKind:
            self.kind.addItem(labels.product_kind(kind), kind.value)
        self.title_edit = QLineEdit()
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://")
        self.place = QLineEdit()
        self.count = QSpinBox()
        self.count.setRange(1, plans.MAX_COUNT)
        self.unit = QLineEdit()
        self.file_label = QLabel()
        self.file_button = QPushButton()
        self.file_button.clicked.connect(self.choose_file)
        self.clear_file = QPushButton()
        self.clear_file.clicked.connect(self._clear_file)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.file_label, 1)
        evidence_row.addWidget(self.file_button)
        evidence_row.addWidget(self.clear_file)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)
        self.rows = [(self.task, "Task"), (self.day, "Date"), (self.kind, "Product kind"), (self.title_edit, "Title"),
                     (self.link, "Link"), (self.place, "Where it appeared"), (self.count, "Count or copies"),
                     (self.unit, "Unit"), (evidence_row, "Evidence file"), (self.note, "Note")]
        self.form_labels = []
        for widget, _ in self.rows:
            label = QLabel()
            self.form_labels.append(label)
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(self.preset.get("source")))
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.task.currentIndexChanged.connect(self._task_changed)
        self._fill()
        self.retranslate()

    def retranslate(self) -> None:
        names = {"Task": self.tr("Task"), "Date": self.tr("Date"), "Product kind": self.tr("Product kind"),
                 "Title": self.tr("Title"), "Link": self.tr("Link"), "Where it appeared": self.tr("Where it appeared"),
                 "Count or copies": self.tr("Count or copies"), "Unit": self.tr("Unit"),
                 "Evidence file": self.tr("Evidence file"), "Note": self.tr("Note")}
        for label, (_, key) in zip(self.form_labels, self.rows):
            label.setText(names[key])
        self.setWindowTitle(self.tr("Change an activity") if self.activity else
                            self.tr("Record this print in the communication plan?") if self.preset.get("source")
                            else self.tr("Record an activity"))
        self.intro.setText(self.tr("The printed copies can count for the plan's task on printed materials. "
                                   "Check the figures, then save; or cancel to leave the plan as it is."))
        self.file_button.setText(self.tr("Choose a file…"))
        self.clear_file.setText(self.tr("Remove file"))
        self._show_file()

    def _fill(self) -> None:
        a = self.activity
        values = ({"task": a.task, "day": a.day, "kind": a.kind, "title": a.title, "link": a.link, "place": a.place,
                   "count": a.count, "unit": a.unit, "note": a.note} if a else self.preset)
        self.task.setCurrentIndex(max(0, self.task.findData(values.get("task"))))
        self.day.setDate(_qdate(values.get("day") or local_today()))
        kind = values.get("kind")
        if kind:
            self.kind.setCurrentIndex(self.kind.findData(ProductKind(kind).value))
        else:
            self._task_changed()
        self.title_edit.setText(values.get("title", ""))
        self.title_edit.setCursorPosition(0)
        self.link.setText(values.get("link", ""))
        self.place.setText(values.get("place", ""))
        self.count.setValue(values.get("count", 1))
        self.unit.setText(values.get("unit", ""))
        self.note.setPlainText(values.get("note", ""))

    def _task_changed(self, *_args) -> None:
        """A new activity takes the task's usual kind of product."""
        if self.activity is not None:
            return
        task = next((t for t in self.plan["tasks"] if t["number"] == self.task.currentData()), None)
        if task and task["kinds"]:
            self.kind.setCurrentIndex(self.kind.findData(task["kinds"][0]))

    def _show_file(self) -> None:
        if self.evidence is not None:
            name = self.evidence[0]
        elif self.activity and self.activity.evidence_name and not self.remove_evidence:
            name = self.activity.evidence_name
        else:
            name = ""
        self.file_label.setText(name or self.tr("No file yet"))
        self.file_label.setToolTip(self.tr("A file (PDF, PNG, JPG) or the link above is the evidence."))
        self.clear_file.setEnabled(bool(name))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Evidence file"), "",
                                              self.tr("PDF or pictures (*.pdf *.png *.jpg *.jpeg)"))
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        try:
            self.evidence = (path.name, path.read_bytes())
        except OSError as exc:
            show_error(self, self.tr("Cannot read %1: %2").replace("%1", str(path)).replace("%2", exc.strerror or ""))
            return
        self._show_file()

    def _clear_file(self) -> None:
        self.evidence, self.remove_evidence = None, True
        self._show_file()

    def values(self) -> dict[str, Any]:
        return {"task": self.task.currentData(), "day": _pydate(self.day.date()), "kind": self.kind.currentData(),
                "title": self.title_edit.text(), "link": self.link.text(), "place": self.place.text(),
                "count": self.count.value(), "unit": self.unit.text(), "note": self.note.toPlainText()}

    def save(self) -> None:
        values = self.values()
        if self.activity is None:
            number = run_guarded(self, lambda: plans.add_activity(
                self.db, self.actor, year=self.plan["year"], evidence=self.evidence,
                source=self.preset.get("source", ""), **values))
        else:
            done = run_guarded(self, lambda: plans.update_activity(
                self.db, self.actor, self.activity.id, evidence=self.evidence,
                remove_evidence=self.remove_evidence and self.evidence is None, **values) or True)
            number = self.activity.id if done else None
        if number is not None:
            self.saved.emit(number)
            self.accept()


class TaskDialog(QDialog):
    """One task of the plan (administrators): the appendix's columns, product kinds and targets."""

    def __init__(self, task: dict[str, Any] | None, used: set[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.original = task
        self.setMinimumWidth(720)
        task = task or {"number": next(n for n in range(1, 1000) if n not in used), "content": "", "product": "",
                        "lead_unit": "", "partners": "", "timeframe": "regular", "timeframe_text": "",
                        "due_date": None, "kinds": [], "targets": []}
        self.number = QSpinBox()
        self.number.setRange(1, 999)
        self.number.setValue(task["number"])
        self.content = QPlainTextEdit(task["content"])
        self.content.setFixedHeight(80)
        self.product = QLineEdit(task["product"])
        self.lead = QLineEdit(task["lead_unit"])
        self.partners = QLineEdit(task["partners"])
        self.timeframe = QComboBox()
        for frame in TimeFrame:
            self.timeframe.addItem(labels.timeframe(frame), frame.value)
        self.timeframe.setCurrentIndex(self.timeframe.findData(task["timeframe"]))
        self.timeframe_text = QLineEdit(task["timeframe_text"])
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.due.setDate(_qdate(dt.date.fromisoformat(task["due_date"]) if task["due_date"] else local_today()))
        self.kind_boxes = {}
        kinds_widget = QWidget()
        kinds_grid = QGridLayout(kinds_widget)
        kinds_grid.setContentsMargins(0, 0, 0, 0)
        for i, kind in enumerate(ProductKind):
            box = QCheckBox(labels.product_kind(kind))
            box.setChecked(kind.value in task["kinds"])
            self.kind_boxes[kind.value] = box
            kinds_grid.addWidget(box, i // 3, i % 3)
        self.targets = QLineEdit(plans.targets_text(task["targets"]))
        for edit in (self.product, self.lead, self.partners, self.timeframe_text):
            edit.setCursorPosition(0)  # the start of a long text, not its end
        self.targets_help = QLabel()
        self.targets_help.setWordWrap(True)
        form = QFormLayout()
        self.labels = [QLabel() for _ in range(10)]
        for label, widget in zip(self.labels, (self.number, self.content, self.product, self.lead, self.partners,
                                               self.timeframe, self.timeframe_text, self.due, kinds_widget,
                                               self.targets)):
            form.addRow(label, widget)
        form.addRow("", self.targets_help)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.timeframe.currentIndexChanged.connect(self._frame_changed)
        self._frame_changed()
        self.setWindowTitle(self.tr("Task of the plan"))
        for label, text in zip(self.labels, (self.tr("No."), self.tr("Content"), self.tr("Product"),
                                             self.tr("Lead unit"), self.tr("Cooperating units"),
                                             self.tr("Time frame"), self.tr("Time frame as the plan says it"),
                                             self.tr("Due date"), self.tr("Product kinds"), self.tr("Targets"))):
            label.setText(text)
        self.targets_help.setText(self.tr("As in the plan's spreadsheet, e.g. 4/tháng: Bản tin, Bài viết; "
                                          "1/tuần: Bản tin (per tuần, tháng, quý or năm)."))
        self.result_task: dict[str, Any] | None = None

    def _frame_changed(self, *_args) -> None:
        self.due.setEnabled(self.timeframe.currentData() == TimeFrame.BY_DATE.value)

    def task(self) -> dict[str, Any]:
        return {"number": self.number.value(), "content": self.content.toPlainText(), "product": self.product.text(),
                "lead_unit": self.lead.text(), "partners": self.partners.text(),
                "timeframe": self.timeframe.currentData(), "timeframe_text": self.timeframe_text.text(),
                "due_date": _pydate(self.due.date()).isoformat() if self.due.isEnabled() else None,
                "kinds": [k for k, box in self.kind_boxes.items() if box.isChecked()],
                "targets": plans.parse_targets(self.targets.text())}

    def _accept(self) -> None:
        try:
            self.result_task = plans.check_task(self.task())
        except CchcError as exc:
            show_error(self, exc.message)
            return
        self.accept()


class PlanDetailsDialog(QDialog):
    """The plan's own details (administrators): title, number and date of the decision, issuing body."""

    def __init__(self, plan: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumWidth(640)
        self.title_edit = QLineEdit(plan["title"])
        self.number = QLineEdit(plan["decision_number"])
        self.number.setPlaceholderText("35/KH-UBND")
        self.dated = QCheckBox()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        issued = plans.issued(plan)
        self.dated.setChecked(issued is not None)
        self.date.setDate(_qdate(issued or dt.date(plan["year"], 1, 1)))
        self.date.setEnabled(issued is not None)
        self.dated.toggled.connect(self.date.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.dated)
        date_row.addWidget(self.date, 1)
        self.issuer = QLineEdit(plan["issuer"])
        for edit in (self.title_edit, self.issuer):
            edit.setCursorPosition(0)
        self.hint = QLabel(self.tr("Targets are judged from the month of the decision date."))
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Decision number"), self.number)
        form.addRow(self.tr("Decision date"), date_row)
        form.addRow(self.tr("Issued by"), self.issuer)
        form.addRow("", self.hint)
        self.dated.setText(self.tr("known"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Plan details"))

    def details(self) -> dict[str, Any]:
        return {"title": self.title_edit.text(), "decision_number": self.number.text(), "issuer": self.issuer.text(),
                "decision_date": _pydate(self.date.date()).isoformat() if self.dated.isChecked() else None}


class PlanPage(Retranslating, QWidget):
    """The communication plan page of the staff window."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = local_today):
        super().__init__(parent)
        self.db, self.actor, self.today = db, actor, today
        self.can_edit = actor.can(permissions.EDIT_PLANS)
        self.can_record = actor.can(permissions.RECORD_ACTIVITIES)
        self.plan: dict[str, Any] | None = None
        self.board: pp.Board | None = None
        self.acts: list[plans.Activity] = []
        self._shown = False

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("pageSummary")
        self.summary.setWordWrap(True)
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(self.reload)
        self.unit = QComboBox()
        self.unit.setMinimumWidth(260)
        self.unit.currentIndexChanged.connect(self._fill_board)
        self.year_label, self.unit_label = QLabel(), QLabel()
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.record_activity)
        self.record_button.setEnabled(self.can_record)
        self.import_button, self.export_button, self.copy_button = QPushButton(), QPushButton(), QPushButton()
        self.import_button.clicked.connect(self.import_plan)
        self.export_button.clicked.connect(self.export_plan)
        self.copy_button.clicked.connect(self.new_year)
        self.details_button = QPushButton()
        self.details_button.clicked.connect(self.edit_details)
        for button in (self.details_button, self.import_button, self.copy_button):
            button.setVisible(self.can_edit)
        # The buttons wrap onto a second line on a narrow window rather than being cut.
        bar_widget = QWidget()
        bar = FlowLayout(bar_widget)
        for w in (self.year_label, self.year, self.unit_label, self.unit):
            bar.addWidget(w)
        bar.addStretch()
        for w in (self.record_button, self.details_button, self.import_button, self.export_button, self.copy_button):
            bar.addWidget(w)

        # Progress board: tasks × months, and the next deadlines.
        self.grid = QTableWidget(0, 14)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.verticalHeader().setVisible(False)
        self.grid.setWordWrap(True)
        header = self.grid.horizontalHeader()
        # The task keeps a readable width; on a narrow window the months scroll instead.
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.grid.setColumnWidth(0, 300)
        for col in range(1, 14):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col < 13
                                        else QHeaderView.ResizeMode.Fixed)
            self.grid.setColumnWidth(col, 46 if col < 13 else 64)
        header.sectionResized.connect(lambda *_: self.grid.resizeRowsToContents())
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.deadlines_label = QLabel()
        self.deadlines = QListWidget()
        board_page = QWidget()
        board_layout = QVBoxLayout(board_page)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.grid)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.legend)
        lower_layout.addWidget(self.deadlines_label)
        lower_layout.addWidget(self.deadlines)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([520, 170])
        board_layout.addWidget(split)

        # The plan's tasks.
        self.tasks = _row_table(7, 1, ((0, 40), (2, 170), (3, 170), (4, 190), (5, 130), (6, 150)), fit_rows=True)
        self.tasks.doubleClicked.connect(lambda *_: self.edit_task())
        self.add_task_button, self.edit_task_button, self.remove_task_button = QPushButton(), QPushButton(), QPushButton()
        self.add_task_button.clicked.connect(lambda: self.edit_task(new=True))
        self.edit_task_button.clicked.connect(lambda: self.edit_task())
        self.remove_task_button.clicked.connect(self.remove_task)
        tasks_page = QWidget()
        tasks_layout = QVBoxLayout(tasks_page)
        tasks_layout.addWidget(self.tasks)
        task_bar = QHBoxLayout()
        task_bar.addStretch(1)
        for b in (self.add_task_button, self.edit_task_button, self.remove_task_button):
            b.setVisible(self.can_edit)
            task_bar.addWidget(b)
        tasks_layout.addLayout(task_bar)

        # Activities.
        self.activities = _row_table(8, 3, ((0, 100), (1, 80), (2, 130), (4, 80), (5, 150), (6, 170), (7, 110)))
        self.activities.doubleClicked.connect(lambda *_: self.edit_activity())
        self.edit_activity_button, self.remove_activity_button, self.open_evidence_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.edit_activity_button.clicked.connect(lambda: self.edit_activity())
        self.remove_activity_button.clicked.connect(self.remove_activity)
        self.open_evidence_button.clicked.connect(self.open_evidence)
        acts_page = QWidget()
        acts_layout = QVBoxLayout(acts_page)
        acts_layout.addWidget(self.activities)
        act_bar = QHBoxLayout()
        act_bar.addStretch(1)
        for b in (self.open_evidence_button, self.edit_activity_button, self.remove_activity_button):
            act_bar.addWidget(b)
        self.edit_activity_button.setEnabled(self.can_record)
        self.remove_activity_button.setEnabled(self.can_record)
        acts_layout.addLayout(act_bar)

        # The plan's history (from the audit trail), and restoring a version of it.
        self.history = _row_table(4, 3, ((0, 150), (1, 140), (2, 190)))
        self.restore_button = QPushButton()
        self.restore_button.setVisible(self.can_edit)
        self.restore_button.clicked.connect(self.restore_version)
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.addWidget(self.history)
        history_bar = QHBoxLayout()
        history_bar.addStretch(1)
        history_bar.addWidget(self.restore_button)
        history_layout.addLayout(history_bar)
        self.versions: list[plans.Change] = []

        self.tabs = QTabWidget()
        self.tabs.addTab(board_page, "")
        self.tabs.addTab(tasks_page, "")
        self.tabs.addTab(acts_page, "")
        self.tabs.addTab(history_page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(bar_widget)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.reload()

    # --- texts ----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Communication plan"))
        self.year_label.setText(self.tr("Year:"))
        self.unit_label.setText(self.tr("Unit:"))
        self.record_button.setText(self.tr("Record an activity…"))
        self.import_button.setText(self.tr("Import plan…"))
        self.details_button.setText(self.tr("Plan details…"))
        self.export_button.setText(self.tr("Export plan…"))
        self.copy_button.setText(self.tr("Plan for a new year…"))
        self.tabs.setTabText(0, self.tr("Progress"))
        self.tabs.setTabText(1, self.tr("Tasks"))
        self.tabs.setTabText(2, self.tr("Activities"))
        self.tabs.setTabText(3, self.tr("History"))
        self.restore_button.setText(self.tr("Restore this version…"))
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change"),
                                                self.tr("Summary")])
        self.add_task_button.setText(self.tr("Add a task…"))
        self.edit_task_button.setText(self.tr("Edit task…"))
        self.remove_task_button.setText(self.tr("Remove task"))
        self.edit_activity_button.setText(self.tr("Edit…"))
        self.remove_activity_button.setText(self.tr("Remove"))
        self.open_evidence_button.setText(self.tr("Open evidence"))
        self.deadlines_label.setText(self.tr("Next deadlines"))
        self.grid.setHorizontalHeaderLabels([self.tr("Task")] + [self.tr("M%1").replace("%1", str(m))
                                                                 for m in range(1, 13)] + [self.tr("Year")])
        self.tasks.setHorizontalHeaderLabels([self.tr("No."), self.tr("Content"), self.tr("Product"),
                                              self.tr("Lead unit"), self.tr("Cooperating units"),
                                              self.tr("Time frame"), self.tr("Targets")])
        self.activities.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Task"), self.tr("Product kind"),
                                                   self.tr("Title"), self.tr("Count"), self.tr("Unit"),
                                                   self.tr("Where it appeared"), self.tr("Evidence")])
        swatch = '<span style="background:{}">&nbsp;&nbsp;&nbsp;&nbsp;</span> {}'
        self.legend.setText("&nbsp;&nbsp;".join(swatch.format(COLOURS[s], labels.progress(s)) for s in
                                                (Progress.MET, Progress.ON_TRACK, Progress.BEHIND, Progress.MISSED))
                            + "<br/>" + self.tr(
            "A cell shows done/target for the month. Behind: fewer than target × days already over ÷ days of the "
            "month. A weekly target counts the Monday–Sunday weeks whose Thursday falls in the month."))
        if self.unit.count():
            self.unit.setItemText(0, self.tr("All units"))
        self._fill_summary()
        if self.plan is not None:
            self._fill_all()

    # --- loading ---------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        """Coming back to the page shows what other pages (a print's offer) or desks recorded meanwhile."""
        if self._shown:
            self.reload()
        self._shown = True
        super().showEvent(event)

    def reload(self) -> None:
        """Read the plan of the chosen year (this year's, or the newest, at first) and fill every tab."""
        try:
            with self.db.read() as session:
                found = plans.years(session)
                chosen = self.year.currentData() or plans.current_year(session, self.today())
                self.plan = plans.get_plan(session, chosen) if chosen in found else None
                self.acts = plans.activities(session, chosen) if self.plan else []
                self.versions = plans.plan_history(session, chosen) if self.plan else []
        except CchcError as exc:
            show_error(self, exc.message)
            return
        self.year.blockSignals(True)
        self.year.clear()
        for y in found:
            self.year.addItem(str(y), y)
        if self.plan:
            self.year.setCurrentIndex(self.year.findData(self.plan["year"]))
        self.year.blockSignals(False)
        self.unit.blockSignals(True)
        current = self.unit.currentData()
        self.unit.clear()
        self.unit.addItem(self.tr("All units"), None)
        for u in (pp.units(plans.to_tasks(self.plan)) if self.plan else []):
            self.unit.addItem(u, u)
        self.unit.setCurrentIndex(max(0, self.unit.findData(current)))
        self.unit.blockSignals(False)
        self.record_button.setEnabled(self.can_record and self.plan is not None)
        self.export_button.setEnabled(self.plan is not None)
        self.copy_button.setEnabled(self.plan is not None)
        self.details_button.setEnabled(self.plan is not None)
        for b in (self.add_task_button, self.edit_task_button, self.remove_task_button):
            b.setEnabled(self.plan is not None)
        self._fill_summary()
        self._fill_all()

    def _fill_summary(self) -> None:
        if self.plan is None:
            self.summary.setText(self.tr("No communication plan yet. An administrator can import the plan's "
                                         "appendix (.xlsx) or load the demo data (cchc init --demo)."))
            return
        decision = self.plan["decision_number"] or self.tr("number not recorded")
        self.summary.setText(f"{self.plan['title']} – {self.plan['issuer']}, {decision}"
                             + (f", {format_date(dt.date.fromisoformat(self.plan['decision_date']))}"
                                if self.plan["decision_date"] else ""))

    def _fill_all(self) -> None:
        self._fill_board()
        self._fill_tasks()
        self._fill_activities()
        self._fill_history()

    def _fill_history(self) -> None:
        self.history.setRowCount(len(self.versions))
        for r, v in enumerate(self.versions):
            when = v.at.astimezone()
            values = [f"{format_date(when.date())} {when:%H:%M}", v.actor, labels.audit_action(v.action), v.summary]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.history.setItem(r, c, item)

    def restore_version(self) -> None:
        row = self.history.currentRow()
        if self.plan is None or not 0 <= row < len(self.versions):
            return
        version = self.versions[row]
        answer = QMessageBox.question(self, self.tr("Restore this version…").rstrip("…"),
                                      self.tr("Make the plan what it was after this change (%1)?")
                                      .replace("%1", self.history.item(row, 0).text()))
        if answer == QMessageBox.StandardButton.Yes and run_guarded(
                self, lambda: plans.restore_plan(self.db, self.actor, self.plan["year"], version.entry_id)):
            self.reload()
            self.changed.emit()

    def _fill_board(self, *_args) -> None:
        self.grid.setRowCount(0)
        self.deadlines.clear()
        if self.plan is None:
            return
        items = [pp.Item(a.task, a.day, a.kind, a.count) for a in self.acts]
        self.board = pp.board(self.plan["year"], plans.to_tasks(self.plan), items, self.today(),
                              self.unit.currentData(), since=plans.issued(self.plan))
        self.grid.setRowCount(len(self.board.rows))
        for r, row in enumerate(self.board.rows):
            task = row.task
            short = task.content if len(task.content) <= 100 else task.content[:99].rstrip(" ,") + "…"
            head = QTableWidgetItem(f"{task.number}. {short}")  # the whole text in its tooltip
            head.setToolTip(f"{task.content}\n{self.tr('Product')}: {task.product}\n"
                            f"{self.tr('Lead unit')}: {task.lead_unit}\n"
                            f"{self.tr('Targets')}: {'; '.join(target_text(t) for t in task.targets) or '–'}")
            self.grid.setItem(r, 0, head)
            for c, cell in enumerate(row.cells, start=1):
                self.grid.setItem(r, c, self._cell_item(cell))
            total = QTableWidgetItem(str(row.total))
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.setItem(r, 13, total)
        self.grid.resizeRowsToContents()
        for d in self.board.deadlines:
            self.deadlines.addItem(self._deadline_text(d))
        if not self.board.deadlines:
            self.deadlines.addItem(self.tr("Nothing due."))

    def _cell_item(self, cell: pp.Cell) -> QTableWidgetItem:
        if cell.standings:
            text = " · ".join(f"{s.actual}/{s.window.wanted}" for s in cell.standings)
        else:
            text = str(cell.actual) if cell.actual else ""
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        status = cell.status
        if status is not None:
            item.setBackground(QBrush(QColor(COLOURS[status])))
            item.setData(Qt.ItemDataRole.UserRole, status.value)
            lines = [f"{labels.progress(s.status)}: {s.actual}/{s.window.wanted} ({target_text(s.target)}, "
                     f"{format_date(s.window.start)}–{format_date(s.window.end)})" for s in cell.standings]
            item.setToolTip("\n".join(lines))
        return item

    def _deadline_text(self, d: pp.Deadline) -> str:
        when = format_date(d.day)
        if d.kind == "target" and d.standing is not None:
            s = d.standing
            return (self.tr("%1 – task %2: %3 more needed (%4 of %5 done, %6)")
                    .replace("%1", when).replace("%2", str(d.task)).replace("%3", str(s.missing))
                    .replace("%4", str(s.actual)).replace("%5", str(s.window.wanted))
                    .replace("%6", labels.progress(s.status).lower()))
        if d.kind == "due":
            return self.tr("%1 – task %2: due date, nothing recorded yet").replace("%1", when).replace("%2", str(d.task))
        return self.tr("%1 – task %2: to be done during the year, nothing recorded yet").replace(
            "%1", when).replace("%2", str(d.task))

    def _fill_tasks(self) -> None:
        tasks = self.plan["tasks"] if self.plan else []
        self.tasks.setRowCount(len(tasks))
        for r, (t, view) in enumerate(zip(tasks, plans.to_tasks(self.plan) if self.plan else [])):
            frame = t["timeframe_text"] or labels.timeframe(TimeFrame(t["timeframe"]))
            values = [str(t["number"]), t["content"], t["product"], t["lead_unit"], t["partners"], frame,
                      "; ".join(target_text(g) for g in view.targets)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.tasks.setItem(r, c, item)
        self.tasks.resizeRowsToContents()

    def _fill_activities(self) -> None:
        self.activities.setRowCount(len(self.acts))
        for r, a in enumerate(reversed(self.acts)):  # newest first
            where = " – ".join(x for x in (a.place, a.link) if x)
            values = [format_date(a.day), str(a.task), labels.product_kind(a.kind), a.title, str(a.count), a.unit,
                      where, a.evidence_name or (self.tr("link") if a.link else "")]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                self.activities.setItem(r, c, item)

    # --- activities -----------------------------------------------------------------------------------
    def record_activity(self, preset: dict[str, Any] | None = None) -> ActivityDialog | None:
        if self.plan is None:
            return None
        dialog = ActivityDialog(self.db, self.actor, self.plan, preset=preset or {}, parent=self)
        dialog.saved.connect(lambda *_: self.reload())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def selected_activity(self) -> plans.Activity | None:
        row = self.activities.currentRow()
        if row < 0:
            return None
        activity_id = self.activities.item(row, 0).data(Qt.ItemDataRole.UserRole)
        return next((a for a in self.acts if a.id == activity_id), None)

    def edit_activity(self) -> ActivityDialog | None:
        activity = self.selected_activity()
        if activity is None or self.plan is None or not self.can_record:
            return None
        dialog = ActivityDialog(self.db, self.actor, self.plan, activity=activity, parent=self)
        dialog.saved.connect(lambda *_: self.reload())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove_activity(self) -> None:
        activity = self.selected_activity()
        if activity is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove activity"),
                                      self.tr("Remove “%1” from the plan's results?").replace("%1", activity.title))
        if answer == QMessageBox.StandardButton.Yes:
            if run_guarded(self, lambda: plans.remove_activity(self.db, self.actor, activity.id) or True):
                self.reload()

    def open_evidence(self) -> None:
        activity = self.selected_activity()
        if activity is None:
            return
        if activity.evidence_sha256 is None:
            if activity.link:
                QDesktopServices.openUrl(QUrl(activity.link))
            return

        def load():
            with self.db.read() as session:
                return plans.evidence(self.db, session, activity.id)

        content = run_guarded(self, load)
        if content is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="cchc-minh-chung-"))
        path = folder / (activity.evidence_name or f"minh-chung-{activity.id}")
        path.write_bytes(content.data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # --- the plan (administrators) ----------------------------------------------------------------------
    def _save_tasks(self, tasks: list[dict[str, Any]]) -> bool:
        record = {**self.plan, "tasks": tasks}
        saved = run_guarded(self, lambda: plans.save_plan(self.db, self.actor, record))
        if saved is not None:
            self.reload()
            self.changed.emit()
        return saved is not None

    def edit_details(self) -> PlanDetailsDialog | None:
        if self.plan is None or not self.can_edit:
            return None
        dialog = PlanDetailsDialog(self.plan, self)

        def done() -> None:
            if run_guarded(self, lambda: plans.save_plan(self.db, self.actor, {**self.plan, **dialog.details()})):
                self.reload()
                self.changed.emit()

        dialog.accepted.connect(done)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def selected_task(self) -> dict[str, Any] | None:
        row = self.tasks.currentRow()
        return self.plan["tasks"][row] if self.plan and 0 <= row < len(self.plan["tasks"]) else None

    def edit_task(self, new: bool = False) -> TaskDialog | None:
        if self.plan is None or not self.can_edit:
            return None
        task = None if new else self.selected_task()
        if not new and task is None:
            return None
        dialog = TaskDialog(task, {t["number"] for t in self.plan["tasks"]}, self)

        def done() -> None:
            edited = dialog.result_task
            others = [t for t in self.plan["tasks"] if task is None or t["number"] != task["number"]]
            self._save_tasks(others + [edited])

        dialog.accepted.connect(done)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove_task(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove task"), self.tr("Remove task %1 from the plan?")
                                      .replace("%1", str(task["number"])))
        if answer == QMessageBox.StandardButton.Yes:
            self._save_tasks([t for t in self.plan["tasks"] if t["number"] != task["number"]])

    def import_plan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import plan"), "", self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path, year: int | None = None) -> bool:
        try:
            plans.read_xlsx(path, year)
        except CchcError as exc:
            if "--year" not in exc.message:
                show_error(self, exc.message)
                return False
            year, ok = QInputDialog.getInt(self, self.tr("Import plan"), self.tr("Year of the plan:"),
                                           self.today().year, 2000, 2100)
            if not ok:
                return False
        record = run_guarded(self, lambda: plans.import_xlsx(self.db, self.actor, path, year))
        if record is None:
            return False
        self.year.blockSignals(True)
        self.year.addItem(str(record["year"]), record["year"])
        self.year.setCurrentIndex(self.year.count() - 1)
        self.year.blockSignals(False)
        self.reload()
        self.changed.emit()
        return True

    def export_plan(self) -> None:
        if self.plan is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export plan"), f"ke-hoach-truyen-thong-{self.plan['year']}.xlsx",
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            def export():
                with self.db.read() as session:
                    return plans.export_xlsx(session, self.plan["year"], Path(path))
            run_guarded(self, export)

    def new_year(self) -> None:
        if self.plan is None:
            return
        year, ok = QInputDialog.getInt(self, self.tr("Plan for a new year"),
                                       self.tr("Copy the %1 plan to the year:").replace("%1", str(self.plan["year"])),
                                       self.plan["year"] + 1, 2000, 2100)
        if ok and run_guarded(self, lambda: plans.copy_plan(self.db, self.actor, self.plan["year"], year)):
            self.year.blockSignals(True)
            self.year.addItem(str(year), year)
            self.year.setCurrentIndex(self.year.count() - 1)
            self.year.blockSignals(False)
            self.reload()
            self.changed.emit()


def offer_print_record(parent: QWidget, db: Database, actor: Actor, job_id: int) -> ActivityDialog | None:
    """After a print or save in the print studio: offer to count the printed copies for the plan's task.

    Opens (without blocking) the activity dialog filled in from the print job,
    for posters, leaflets, guide sheets and campaign posters printed in a year
    that has a plan; returns it, or None when there is nothing to offer.
    """
    if not actor.can(permissions.RECORD_ACTIVITIES):
        return None
    try:
        with db.read() as session:
            preset = plans.print_job_activity(session, job_id)
            plan = plans.get_plan(session, preset["year"]) if preset else None
    except CchcError:
        return None  # the print itself went well; the offer is a convenience
    if preset is None or plan is None:
        return None
    dialog = ActivityDialog(db, actor, plan, preset=preset, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
