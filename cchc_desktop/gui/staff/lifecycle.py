"""Marking a procedure amended, repealed or not yet in force, per the province's decision."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import Lifecycle
from cchc_desktop.core.errors import CchcError, ValidationError
from cchc_desktop.core.services import editing
from cchc_desktop.gui import labels
from cchc_desktop.gui.errors import show_error
from cchc_desktop.gui.formatting import format_date
from cchc_desktop.gui.staff.form_widgets import DateField
from cchc_desktop.gui.retranslating import Retranslating


class LifecycleDialog(Retranslating, QDialog):
    """Status, decision number and date, and the day the change takes effect."""

    saved = Signal(str)

    def __init__(self, db: Database, actor: Actor, code: str, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.db, self.actor, self.code, self.today = db, actor, code, today
        with db.read() as session:
            record, self.version = editing.load_for_edit(session, code)
        self.name = record["name"]
        life = record["lifecycle"]
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.status = QComboBox()
        for status in Lifecycle:
            self.status.addItem(labels.lifecycle(status), status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(life["status"])))
        self.decision_number = QLineEdit(life.get("decision_number") or "")
        self.decision_number.setPlaceholderText("1234/QĐ-UBND")
        self.decision_date = DateField()
        self.decision_date.set_date(life.get("decision_date"))
        self.effective = DateField()
        self.superseded_by = QLineEdit(life.get("superseded_by") or "")
        self.superseded_by.setMaximumWidth(160)
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, widget in zip(self.labels, [self.status, self.decision_number, self.decision_date,
                                               self.effective, self.superseded_by]):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.effect)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        status = Lifecycle(life["status"])
        self.effective.set_date(life.get("effective_until") if status == Lifecycle.REPEALED
                                else life.get("effective_from"))
        for signal in (self.status.currentIndexChanged, self.effective.textChanged):
            signal.connect(self._explain)
        self.retranslate()
        self.resize(640, 380)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Legal status of %1").replace("%1", self.code))
        self.heading.setText(f"<b>{self.code}</b> – {self.name}")
        for label, text in zip(self.labels, [self.tr("&Status"), self.tr("Decision &number"),
                                             self.tr("Decision &date"), self.tr("Takes &effect on"),
                                             self.tr("&Replaced by (code)")]):
            label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._explain()

    def chosen(self) -> Lifecycle:
        return Lifecycle(self.status.currentData())

    def _explain(self) -> None:
        status = self.chosen()
        self.superseded_by.setEnabled(status == Lifecycle.REPEALED)
        try:
            day = self.effective.date()
        except ValueError:
            day = None
        when = format_date(day) if day else self.tr("the date entered")
        texts = {
            Lifecycle.REPEALED: self.tr("From %1 the procedure leaves the posted list, the kiosk and every print "
                                        "list; it stays in the catalogue with its history."),
            Lifecycle.PENDING: self.tr("From %1 the procedure enters the posted list, the kiosk and the print "
                                       "lists (posting starts that day)."),
            Lifecycle.AMENDED: self.tr("The procedure stays posted; edit its changed parts in the editor."),
            Lifecycle.IN_FORCE: self.tr("The procedure is in force; a repeal date is cleared."),
        }
        self.effect.setText(texts[status].replace("%1", when))

    def save(self) -> None:
        try:
            decision_date, effective = self.decision_date.date(), self.effective.date()
        except ValueError:
            self.error.setText(self.tr("Write dates as dd/mm/yyyy, e.g. 01/12/2026."))
            return
        status = self.chosen()

        def work() -> editing.Saved:
            return editing.set_lifecycle(self.db, self.actor, self.code, status,
                                         decision_number=self.decision_number.text(), decision_date=decision_date,
                                         effective_date=effective, superseded_by=self.superseded_by.text(),
                                         expected_version=self.version)

        try:
            saved = work()
        except ValidationError as exc:  # shown in the dialog, next to what to correct
            self.error.setText("\n".join(message for _, message in exc.problems))
            return
        except CchcError as exc:
            show_error(self, exc.message)
            return
        self.saved.emit(saved.code)
        self.accept()
