"""The guidance log in the staff window: quick entry (docked, Ctrl+G), the list, follow-ups.

Quick entry is made for the keyboard: type a few letters of the procedure
(with or without tones) and Enter takes the best match, Tab walks the choices
(a letter picks in a list), Ctrl+Enter saves. Kind, channel and outcome stay
as they were for the next citizen, and are remembered between sessions.
Text that matches no procedure is saved as "other" in words.
"""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import GuidanceChannel, GuidanceKind, GuidanceOutcome
from cchc_desktop.core.errors import CchcError, NotFoundError, ValidationError
from cchc_desktop.core.periods import LOCAL_TZ, Period
from cchc_desktop.core.services import guidance, search
from cchc_desktop.gui import app as gui_app
from cchc_desktop.gui import labels
from cchc_desktop.gui.errors import run_guarded, show_error
from cchc_desktop.gui.retranslating import Retranslating

_SEPARATOR = " – "


class QuickEntry(Retranslating, QWidget):
    """One guidance session in a few keystrokes; ``saved`` carries its number."""

    saved = Signal(int)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, *, session_id: int | None = None):
        super().__init__(parent)
        self.db, self.actor, self.session_id = db, actor, session_id
        self._version: int | None = None
        self._occurred_at: dt.datetime | None = None
        self._index: search.CatalogueIndex | None = None
        self._started: float | None = None
        self._code = ""

        self.procedure = QLineEdit()
        self.matches = QStringListModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(8)
        self.procedure.setCompleter(self.completer)
        self.procedure.textEdited.connect(self._suggest)
        self.procedure.returnPressed.connect(self._take_best)
        self.completer.activated.connect(self._picked)
        self.kind, self.channel, self.outcome = QComboBox(), QComboBox(), QComboBox()
        for combo, enum_cls in ((self.kind, GuidanceKind), (self.channel, GuidanceChannel),
                                (self.outcome, GuidanceOutcome)):
            for member in enum_cls:
                combo.addItem("", member)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.follow_up = QDateEdit()
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("dd/MM/yyyy")
        self.follow_up.setDate(QDate.currentDate().addDays(3))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, guidance.MAX_DURATION // 60)
        self.timer_button = QPushButton()
        self.timer_button.setCheckable(True)
        self.timer_button.toggled.connect(self._timer)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_elapsed)
        self.note = QLineEdit()
        self.citizen_name, self.citizen_phone = QLineEdit(), QLineEdit()
        self.consent = QCheckBox()
        self.notice = QLabel(guidance.NOTICE)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #555;")
        for box in (self.citizen_name, self.citizen_phone):
            box.textChanged.connect(self._contact_changed)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)

        duration = QHBoxLayout()
        duration.addWidget(self.minutes, 1)
        duration.addWidget(self.timer_button)
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(9)]
        for label, field in zip(self.form_labels, (self.procedure, self.kind, self.channel, self.outcome,
                                                   self.follow_up, duration, self.note, self.citizen_name,
                                                   self.citizen_phone)):
            self.form.addRow(label, field)
        self.form.addRow(self.consent)  # the whole width: its text must not be cut
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.notice)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addStretch(1)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if session_id is None:
            self._remembered()
        self._outcome_changed()
        self._contact_changed()
        self.setEnabled(actor.can(permissions.GUIDANCE))
        self.setMaximumWidth(420)
        self.retranslate()

    def retranslate(self) -> None:
        texts = [self.tr("Procedure"), self.tr("Help with"), self.tr("Channel"), self.tr("Outcome"),
                 self.tr("Follow up on"), self.tr("Minutes"), self.tr("Note"), self.tr("Citizen's name"),
                 self.tr("Phone")]
        for label, text in zip(self.form_labels, texts):
            label.setText(text)
        self.procedure.setPlaceholderText(self.tr("Code or name, tones optional; anything else is saved as other"))
        for combo, fn in ((self.kind, labels.guidance_kind), (self.channel, labels.guidance_channel),
                          (self.outcome, labels.guidance_outcome)):
            for i in range(combo.count()):
                combo.setItemText(i, fn(combo.itemData(i)))
        self.timer_button.setText(self.tr("Stop timer") if self.timer_button.isChecked() else self.tr("Start timer"))
        self.citizen_name.setPlaceholderText(self.tr("Optional, only with consent"))
        self.citizen_phone.setPlaceholderText(self.tr("Optional, only with consent"))
        self.consent.setText(self.tr("The citizen agrees, after hearing the notice below"))
        self.save_button.setText(self.tr("Save (Ctrl+Enter)") if self.session_id is None else self.tr("Save changes"))

    # --- the procedure --------------------------------------------------------------------
    def _catalogue(self) -> search.CatalogueIndex:
        if self._index is None:
            with self.db.read() as session:
                self._index = search.load_index(session)
        return self._index

    def _suggest(self, text: str) -> None:
        self._code = ""
        index = self._catalogue()
        rows = index.search(text, limit=8) if text.strip() else []
        self.matches.setStringList([f"{index.codes[i]}{_SEPARATOR}{index.names[i]}" for i in rows])

    def _picked(self, text: str) -> None:
        self._code = text.split(_SEPARATOR, 1)[0]
        QTimer.singleShot(0, lambda: self.procedure.setText(text))

    def _take_best(self) -> None:
        """Enter: the highlighted suggestion, else the best one; then on to the next box."""
        popup = self.completer.popup()
        if popup.isVisible():
            current = popup.currentIndex()
            row = current.row() if current.isValid() else 0
            popup.hide()
        else:
            row = 0
        if not self._code and self.matches.rowCount() > row:
            text = self.matches.stringList()[row]
            self._code = text.split(_SEPARATOR, 1)[0]
            self.procedure.setText(text)
        self.kind.setFocus()

    def set_procedure(self, code: str) -> None:
        index = self._catalogue()
        at = index.position(code)
        self._code = code if at is not None else ""
        self.procedure.setText(f"{code}{_SEPARATOR}{index.names[at]}" if at is not None else code)

    # --- the rest ---------------------------------------------------------------------------
    def _outcome_changed(self) -> None:
        follow = self.outcome.currentData() == GuidanceOutcome.FOLLOW_UP
        self.follow_up.setEnabled(follow)
        if follow and self.follow_up.date() <= QDate.currentDate():
            self.follow_up.setDate(QDate.currentDate().addDays(3))

    def _contact_changed(self) -> None:
        given = bool(self.citizen_name.text().strip() or self.citizen_phone.text().strip())
        self.consent.setEnabled(given)
        if not given:
            self.consent.setChecked(False)

    def _timer(self, running: bool) -> None:
        if running:
            self._started = time.monotonic()
            self._tick.start()
        else:
            self._tick.stop()
            self._show_elapsed()
        self.retranslate()

    def _show_elapsed(self) -> None:
        if self._started is not None:
            self.minutes.setValue(max(1, round((time.monotonic() - self._started) / 60)))

    def entry(self) -> guidance.Entry:
        seconds = None
        if self._started is not None:
            seconds = int(time.monotonic() - self._started) if self.timer_button.isChecked() else None
        if seconds is None and self.minutes.value():
            seconds = self.minutes.value() * 60
        text = self.procedure.text().strip()
        code = self._code if self._code and text.startswith(self._code) else ""
        if not code and search.parse_query(text).code and len(text) == 8:
            code = text  # a full code typed without picking it
        qdate = self.follow_up.date()
        return guidance.Entry(
            kind=self.kind.currentData(), channel=self.channel.currentData(), outcome=self.outcome.currentData(),
            procedure_code=code, other_procedure="" if code else text,
            follow_up_on=dt.date(qdate.year(), qdate.month(), qdate.day())
            if self.outcome.currentData() == GuidanceOutcome.FOLLOW_UP else None,
            duration_seconds=seconds, note=self.note.text(), citizen_name=self.citizen_name.text(),
            citizen_phone=self.citizen_phone.text(), consent=self.consent.isChecked(), occurred_at=self._occurred_at)

    def save(self) -> None:
        entry = self.entry()
        try:
            if self.session_id is None:
                number = guidance.record(self.db, self.actor, entry)
            else:
                self._version = guidance.edit(self.db, self.actor, self.session_id, entry,
                                              expected_version=self._version)
                number = self.session_id
        except ValidationError as exc:
            self.message.setStyleSheet("color: #b03a2e;")
            self.message.setText(exc.message)
            return
        except CchcError as exc:
            show_error(self, exc.message)
            return
        self.message.setStyleSheet("color: #1e7d32;")
        self.message.setText(self.tr("Saved as session no. %1.").replace("%1", str(number)))
        if self.session_id is None:
            self._remember()
            self.clear()
        self.saved.emit(number)

    def clear(self) -> None:
        """Ready for the next citizen: the choices stay, the rest empties."""
        for box in (self.procedure, self.note, self.citizen_name, self.citizen_phone):
            box.clear()
        self._code = ""
        self.consent.setChecked(False)
        self.timer_button.setChecked(False)
        self._started = None
        self.minutes.setValue(0)
        self.procedure.setFocus()

    def load(self, entry: guidance.Entry, version: int) -> None:
        """Fill the form with a stored session, to edit it."""
        self._version, self._occurred_at = version, entry.occurred_at
        if entry.procedure_code:
            self.set_procedure(entry.procedure_code)
        else:
            self.procedure.setText(entry.other_procedure)
        for combo, value in ((self.kind, entry.kind), (self.channel, entry.channel), (self.outcome, entry.outcome)):
            combo.setCurrentIndex(combo.findData(value))
        if entry.follow_up_on:
            self.follow_up.setDate(QDate(entry.follow_up_on.year, entry.follow_up_on.month, entry.follow_up_on.day))
        self.minutes.setValue(round((entry.duration_seconds or 0) / 60))
        self.note.setText(entry.note)
        self.citizen_name.setText(entry.citizen_name)
        self.citizen_phone.setText(entry.citizen_phone)
        self.consent.setChecked(entry.consent)

    def _remember(self) -> None:
        store = gui_app.settings()
        for name in ("kind", "channel", "outcome"):
            store.setValue(f"guidance/{name}", str(getattr(self, name).currentData()))

    def _remembered(self) -> None:
        store = gui_app.settings()
        for name in ("kind", "channel", "outcome"):
            combo = getattr(self, name)
            found = combo.findData(store.value(f"guidance/{name}", ""))
            if found >= 0:
                combo.setCurrentIndex(found)


class PersonDialog(QDialog):
    """A citizen's request about their data: find every session holding it, export it, erase it (administrators)."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("A citizen's personal data"))
        self.name, self.phone = QLineEdit(), QLineEdit()
        self.find_button, self.export_button, self.erase_button = QPushButton(), QPushButton(), QPushButton()
        self.find_button.clicked.connect(self.find)
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(self.erase)
        self.table = SessionTable()
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        self.name_label, self.phone_label = QLabel(), QLabel()
        form.addRow(self.name_label, self.name)
        form.addRow(self.phone_label, self.phone)
        buttons = QHBoxLayout()
        for button in (self.find_button, self.export_button, self.erase_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.name_label.setText(self.tr("Citizen's name"))
        self.phone_label.setText(self.tr("Phone"))
        self.find_button.setText(self.tr("Find"))
        self.export_button.setText(self.tr("Export to a file…"))
        self.erase_button.setText(self.tr("Erase name and phone…"))
        self.resize(900, 480)

    def _who(self) -> dict[str, str]:
        return {"name": self.name.text(), "phone": self.phone.text()}

    def find(self) -> list[guidance.SessionRow] | None:
        def work() -> list[guidance.SessionRow]:
            with self.db.read() as session:
                return guidance.find_person(session, self.actor, **self._who())
        rows = run_guarded(self, work)
        if rows is not None:
            self.table.show_rows(rows)
            self.message.setText(self.tr("%1 sessions hold this name or phone.").replace("%1", str(len(rows))))
        return rows

    def export_to(self, path) -> dict | None:
        import json

        data = run_guarded(self, lambda: guidance.export_person(self.db, self.actor, **self._who()))
        if data is not None:
            from pathlib import Path

            Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
            self.message.setText(self.tr("Saved in %1; give it to the citizen and keep no copy.").replace("%1", str(path)))
        return data

    def export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export a citizen's data"), "du-lieu-ca-nhan.json",
                                              self.tr("JSON file (*.json)"))
        if path:
            self.export_to(path)

    def erase(self) -> None:
        answer = QMessageBox.question(self, self.tr("Erase personal data"),
                                      self.tr("Erase this citizen's name and phone from every session? The sessions "
                                              "stay, anonymous. This cannot be undone."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        count = run_guarded(self, lambda: guidance.erase_person(self.db, self.actor, **self._who()))
        if count is not None:
            self.table.show_rows([])
            self.message.setText(self.tr("Erased from %1 sessions.").replace("%1", str(count)))


class EditDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, session_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guidance session no. %1").replace("%1", str(session_id)))
        self.form = QuickEntry(db, actor, self, session_id=session_id)
        with db.read() as session:
            self.form.load(guidance.entry_of(session, session_id), guidance.get(session, session_id).version)
        self.form.saved.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(520, 560)


# --- the page ---------------------------------------------------------------------------------

def _local(moment: dt.datetime) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%d/%m/%Y %H:%M")


class SessionTable(QTableWidget):
    COLUMNS = 10

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, self.COLUMNS, parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.rows: list[guidance.SessionRow] = []

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Time"), self.tr("Staff"), self.tr("Procedure"), self.tr("Help with"),
                self.tr("Channel"), self.tr("Outcome"), self.tr("Follow up on"), self.tr("Citizen"), self.tr("Phone")]

    def show_rows(self, rows: list[guidance.SessionRow]) -> None:
        self.rows = rows
        self.setHorizontalHeaderLabels(self.headers())
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            subject = f"{row.procedure_code} {row.subject}".strip() if row.procedure_code else row.subject
            cells = [str(row.id), _local(row.occurred_at), row.staff_name, subject, labels.guidance_kind(row.kind),
                     labels.guidance_channel(row.channel), labels.guidance_outcome(row.outcome),
                     row.follow_up_on.strftime("%d/%m/%Y") if row.follow_up_on else "", row.citizen_name,
                     row.phone_masked]
            for c, text in enumerate(cells):
                self.setItem(r, c, QTableWidgetItem(text))
        self.resizeColumnsToContents()
        self.setColumnWidth(3, min(self.columnWidth(3), 360))

    def current(self) -> guidance.SessionRow | None:
        row = self.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None


class OutingDialog(QDialog):
    """Count a guidance session given on a mobile outing for a task of the communication plan."""

    def __init__(self, db: Database, actor: Actor, row: guidance.SessionRow, parent: QWidget | None = None):
        super().__init__(parent)
        from cchc_desktop.core.services import plans  # only when asked: the plan is not needed to log guidance

        self.db, self.actor, self.row, self.plans = db, actor, row, plans
        self.setWindowTitle(self.tr("Count towards the communication plan"))
        day = row.occurred_at.astimezone(LOCAL_TZ).date()
        try:
            with db.read() as session:
                tasks = plans.get_plan(session, day.year)["tasks"]
        except NotFoundError:
            raise ValidationError(f"Chưa có kế hoạch truyền thông năm {day.year}: hãy nhập hoặc tạo kế hoạch "
                                  "trong mục Kế hoạch truyền thông.", "plan") from None
        self.day = day
        self.task = QComboBox()
        for t in tasks:
            self.task.addItem(f"{t['number']}. {t['content']}", t["number"])
        self.task.setMaximumWidth(520)
        what = row.procedure_name or row.other_procedure
        self.title_edit = QLineEdit(f"Hướng dẫn lưu động: {what}" if what else "Hướng dẫn lưu động")
        self.title_edit.setMaxLength(500)
        self.place = QLineEdit()
        self.place.setMaxLength(300)
        self.people = QSpinBox()
        self.people.setRange(1, 10_000)
        form = QFormLayout(self)
        form.addRow(self.tr("Task"), self.task)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("People guided"), self.people)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        saved = run_guarded(self, lambda: self.plans.record_guidance_outing(
            self.db, self.actor, guidance_id=self.row.id, day=self.day, task=self.task.currentData(),
            title=self.title_edit.text(), place=self.place.text(), people=self.people.value()))
        if saved is not None:
            self.accept()


class GuidancePage(Retranslating, QWidget):
    """The log with its filters, editing, deleting (administrators) and the follow-up list."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.period = QLineEdit(Period.month(dt.date.today().year, dt.date.today().month).token)
        self.period.returnPressed.connect(self.refresh)
        self.period.setMinimumWidth(150)
        self.staff, self.field, self.outcome = QComboBox(), QComboBox(), QComboBox()
        self.procedure = QLineEdit()
        self.procedure.setMaxLength(8)
        self.procedure.setMinimumWidth(80)
        self.procedure.returnPressed.connect(self.refresh)
        for combo in (self.staff, self.field, self.outcome):
            combo.addItem("", None)
            combo.currentIndexChanged.connect(self.refresh)
        for member in GuidanceOutcome:
            self.outcome.addItem("", member)
        with db.read() as session:
            for i, name in guidance.staff_choices(session):
                self.staff.addItem(name, i)
            for i, name in guidance.field_choices(session):
                self.field.addItem(name, i)
        self.filter_labels = [QLabel() for _ in range(5)]
        filters = QHBoxLayout()
        for label, box in zip(self.filter_labels, (self.period, self.staff, self.procedure, self.field, self.outcome)):
            filters.addWidget(label)
            filters.addWidget(box, 1)
        self.table, self.follow_table = SessionTable(), SessionTable()
        self.table.doubleClicked.connect(self.edit_current)
        self.follow_table.doubleClicked.connect(self.edit_current)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.follow_table, "")
        self.count = QLabel()
        self.edit_button, self.delete_button = QPushButton(), QPushButton()
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.edit_button.setEnabled(actor.can(permissions.GUIDANCE))
        self.delete_button.setVisible(actor.can(permissions.GUIDANCE_DELETE))
        self.outing_button = QPushButton()
        self.outing_button.clicked.connect(self.count_outing)
        self.outing_button.setVisible(actor.can(permissions.RECORD_ACTIVITIES))
        self.person_button = QPushButton()
        self.person_button.clicked.connect(self.open_person)
        self.person_button.setVisible(actor.can(permissions.PURGE))
        self.count.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.person_button)
        buttons.addWidget(self.outing_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.count)  # a line of its own: never cut by the buttons
        layout.addLayout(buttons)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Guidance log"))
        for label, text in zip(self.filter_labels, (self.tr("Period"), self.tr("Staff"), self.tr("Procedure code"),
                                                    self.tr("Field"), self.tr("Outcome"))):
            label.setText(text)
        self.period.setToolTip(self.tr("2026-Q3, 2026-H1, 2026, 2026-07 or 2026-07-01..2026-09-30"))
        for combo in (self.staff, self.field, self.outcome):
            combo.setItemText(0, self.tr("All"))
        for i in range(1, self.outcome.count()):
            self.outcome.setItemText(i, labels.guidance_outcome(self.outcome.itemData(i)))
        self.tabs.setTabText(0, self.tr("Sessions"))
        self.tabs.setTabText(1, self.tr("Follow-ups (not finished)"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.person_button.setText(self.tr("A citizen's data…"))
        self.outing_button.setText(self.tr("Count towards the plan…"))
        self.outing_button.setToolTip(self.tr("A session on a mobile outing counts for a task of the communication "
                                              "plan (once per session)"))
        self.table.setHorizontalHeaderLabels(self.table.headers())
        self.follow_table.setHorizontalHeaderLabels(self.follow_table.headers())

    def filters(self) -> guidance.Filters:
        text = self.period.text().strip()
        period = Period.parse(text) if text else None
        return guidance.Filters(period=period, staff_id=self.staff.currentData(),
                                procedure_code=self.procedure.text().strip(), field_id=self.field.currentData(),
                                outcome=self.outcome.currentData())

    def refresh(self) -> None:
        try:
            filters = self.filters()
        except ValidationError as exc:
            self.count.setText(exc.message)
            return
        with self.db.read() as session:
            rows = guidance.list_sessions(session, filters)
            follow = guidance.follow_ups(session)
        self.table.show_rows(rows)
        self.follow_table.show_rows(follow)
        self.count.setText(self.tr("%1 sessions shown; %2 waiting for a follow-up.")
                           .replace("%1", str(len(rows))).replace("%2", str(len(follow))))

    def _current(self) -> guidance.SessionRow | None:
        table = self.table if self.tabs.currentIndex() == 0 else self.follow_table
        return table.current()

    def edit_current(self) -> None:
        row = self._current()
        if row is None or not self.actor.can(permissions.GUIDANCE):
            return
        dialog = run_guarded(self, lambda: EditDialog(self.db, self.actor, row.id, self))
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def count_outing(self) -> OutingDialog | None:
        row = self._current()
        if row is None:
            show_error(self, self.tr("Choose a session first."))
            return None
        dialog = run_guarded(self, lambda: OutingDialog(self.db, self.actor, row, self))
        if dialog is not None:
            dialog.open()
        return dialog

    def open_person(self) -> None:
        PersonDialog(self.db, self.actor, self).exec()
        self.refresh()

    def delete_current(self) -> None:
        row = self._current()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete session"),
                                      self.tr("Delete guidance session no. %1? This is recorded in the audit trail.")
                                      .replace("%1", str(row.id)))
        if answer == QMessageBox.StandardButton.Yes:
            if run_guarded(self, lambda: guidance.delete_session(self.db, self.actor, row.id) or True):
                self.refresh()
