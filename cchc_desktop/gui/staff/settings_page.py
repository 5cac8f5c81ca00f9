"""Cài đặt: the center, accounts, the audit trail, backups, the interface; each tab only for who may use it."""

from __future__ import annotations


from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop import __version__
from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.services import accounts, settings
from cchc_desktop.gui import app as gui_app
from cchc_desktop.gui.errors import run_guarded
from cchc_desktop.gui.staff.accounts_tab import AccountsTab
from cchc_desktop.gui.staff.audit_page import AuditTab
from cchc_desktop.gui.staff.backup_tab import BackupTab
from cchc_desktop.gui.staff.fields_tab import FieldsTab
from cchc_desktop.gui.staff.logo import LogoPicker
from cchc_desktop.gui.staff.password import TwiceDialog
from cchc_desktop.gui.retranslating import Retranslating

TEXT_KEYS = ["center.name", "center.address", "center.hours", "center.hotline", "center.social_url",
             "center.province_code", "center.ward_code"]


class KioskPinDialog(TwiceDialog):
    """The PIN staff type to leave the kiosk screen."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        for field in (self.new, self.confirm):
            field.setMaxLength(8)
            field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kiosk PIN"))
        self.intro.setText(self.tr("Staff type this PIN to leave the kiosk screen. 4 to 8 digits."))
        self.labels[0].setText(self.tr("PIN"))
        self.labels[1].setText(self.tr("PIN again"))

    def problem(self) -> str:
        if self.new.text() != self.confirm.text():
            return self.tr("The two PINs are not the same.")
        if not (self.new.text().isdigit() and 4 <= len(self.new.text()) <= 8):
            return self.tr("The PIN has 4 to 8 digits.")
        return ""


KIOSK_TEXT_KEYS = ("kiosk.printer", "kiosk.counter", "kiosk.portal_url")


class CenterTab(Retranslating, QWidget):
    """The center's details; editable by an administrator, shown to everyone."""

    saved = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.editable = actor.can(permissions.SETTINGS)
        self.fields = {key: QLineEdit() for key in TEXT_KEYS}
        for key, field in self.fields.items():
            field.setMaxLength(settings.OPTIONS[key].max_length)
            field.setReadOnly(not self.editable)
        self.logo_changed = False
        self.logo = LogoPicker(80)
        self.logo.set_editable(self.editable)
        self.logo.changed.connect(lambda: setattr(self, "logo_changed", True))
        self.review = QSpinBox()
        option = settings.OPTIONS["catalogue.review_after_months"]
        self.review.setRange(option.minimum, option.maximum)
        self.review.setEnabled(self.editable)
        self.review.setMaximumWidth(120)
        for key in ("center.province_code", "center.ward_code"):
            self.fields[key].setMaximumWidth(120)
        self.staff_edit = QCheckBox()
        self.staff_edit.setEnabled(self.editable)
        self.pin_state = QLabel()
        self.pin_button = QPushButton()
        self.pin_button.clicked.connect(self._set_pin)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_state)
        pin_row.addWidget(self.pin_button)
        pin_row.addStretch(1)
        self.pin_button.setVisible(self.editable)

        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(11)]
        rows = [*self.fields.values(), self.logo, self.review, self.staff_edit, pin_row]
        for label, row in zip(self.form_labels, rows):
            if isinstance(row, QWidget):
                label.setBuddy(row)
            self.form.addRow(label, row)
        self._add_kiosk_rows()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.note.setVisible(not self.editable)
        self.save_button = QPushButton()
        self.save_button.setVisible(self.editable)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.note)
        inner_layout.addLayout(self.form)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._loaded = False
        self.retranslate()

    def _add_kiosk_rows(self) -> None:
        """The kiosk's options (core/services/settings.py: kiosk.*), below the kiosk PIN."""
        self.kiosk_idle = QSpinBox()
        option = settings.OPTIONS["kiosk.idle_seconds"]
        self.kiosk_idle.setRange(option.minimum, option.maximum)
        self.kiosk_idle.setEnabled(self.editable)
        self.kiosk_idle.setMaximumWidth(120)
        self.kiosk_fields = {key: QLineEdit() for key in KIOSK_TEXT_KEYS}
        for key, field in self.kiosk_fields.items():
            field.setMaxLength(settings.OPTIONS[key].max_length)
            field.setReadOnly(not self.editable)
        self.kiosk_labels = [QLabel() for _ in range(1 + len(KIOSK_TEXT_KEYS))]
        for label, row in zip(self.kiosk_labels, [self.kiosk_idle, *self.kiosk_fields.values()]):
            label.setBuddy(row)
            self.form.addRow(label, row)

    def retranslate(self) -> None:
        for label, text in zip(self.kiosk_labels, [self.tr("Kiosk: back to the start after (seconds idle)"),
                                                   self.tr("Kiosk: printer for guide sheets (empty: no printing)"),
                                                   self.tr("Kiosk: counter rated (empty: the whole center)"),
                                                   self.tr("Kiosk: online service portal")]):
            label.setText(text)
        texts = [self.tr("Center name"), self.tr("Address"), self.tr("Opening hours"), self.tr("Hotline"),
                 self.tr("Social page"), self.tr("Province code"), self.tr("Ward code"), self.tr("Logo"),
                 self.tr("Review procedures after (months)"), self.tr("Catalogue"), self.tr("Kiosk PIN")]
        for label, text in zip(self.form_labels, texts):
            label.setText(text)
        self.staff_edit.setText(self.tr("Staff may edit and import the procedure catalogue"))
        self.pin_button.setText(self.tr("Set PIN…"))
        self.save_button.setText(self.tr("Save changes"))
        self.note.setText(self.tr("Only an administrator can change these settings."))
        self._show_pin_state()

    def refresh(self) -> None:
        """Read the settings the first time the tab is shown (later: only after a save, keeping edits)."""
        if not self._loaded:
            self.load()

    def load(self) -> None:
        self._loaded = True
        with self.db.read() as session:
            values = settings.get_all(session)
            self._has_pin = accounts.has_kiosk_pin(session)
            logo = settings.logo(self.db, session)
        for key, field in self.fields.items():
            field.setText(str(values[key]))
        self.review.setValue(int(values["catalogue.review_after_months"]))
        self.staff_edit.setChecked(bool(values["catalogue.staff_can_edit"]))
        self.kiosk_idle.setValue(int(values["kiosk.idle_seconds"]))
        for key, field in self.kiosk_fields.items():
            field.setText(str(values[key]))
        self.logo.set_data(logo)
        self.logo_changed = False
        self._show_pin_state()

    def _show_pin_state(self) -> None:
        self.pin_state.setText(self.tr("Set") if getattr(self, "_has_pin", False) else self.tr("Not set"))

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {key: field.text().strip() for key, field in self.fields.items()}
        values["catalogue.review_after_months"] = self.review.value()
        values["catalogue.staff_can_edit"] = self.staff_edit.isChecked()
        values["kiosk.idle_seconds"] = self.kiosk_idle.value()
        values.update({key: field.text().strip() for key, field in self.kiosk_fields.items()})
        return values

    def save(self) -> bool:
        def work() -> bool:
            settings.set_many(self.db, self.actor, self.values())
            if self.logo_changed:
                settings.set_logo(self.db, self.actor, self.logo.data)
                self.logo_changed = False
            return True
        if run_guarded(self, work):
            self.load()
            self.saved.emit()
            return True
        return False

    def _set_pin(self) -> None:
        dialog = KioskPinDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            pin = dialog.secret()
            if run_guarded(self, lambda: accounts.set_kiosk_pin(self.db, self.actor, pin) or True):
                self.load()


class InterfaceTab(Retranslating, QWidget):
    """Interface language and where the data lives."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(gui_app.current_language())))
        self.language.currentIndexChanged.connect(self._change_language)
        self.database = QLabel(db.described)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database.setWordWrap(True)
        self.version = QLabel(__version__)
        self.form = QFormLayout()
        self.form_labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.form_labels, [self.language, self.database, self.version]):
            self.form.addRow(label, field)
        self.form_labels[0].setBuddy(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        texts = [self.tr("Interface language"), self.tr("Database"), self.tr("Version")]
        for label, text in zip(self.form_labels, texts):
            label.setText(text)

    def _change_language(self) -> None:
        language = self.language.currentData()
        gui_app.settings().setValue("ui/language", language)
        gui_app.install_translators(QApplication.instance(), language)


class SettingsPage(Retranslating, QWidget):
    """Tabs: Trung tâm, Lĩnh vực and Giao diện for everyone; Tài khoản, Nhật ký, Sao lưu for administrators."""

    data_replaced = Signal()  # a restore replaced every record: everyone signs in again

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.center = CenterTab(db, actor)
        self.fields = FieldsTab(db, actor)
        self.accounts = AccountsTab(db, actor) if actor.can(permissions.ACCOUNTS) else None
        self.audit = AuditTab(db, actor) if actor.can(permissions.AUDIT) else None
        self.backup = BackupTab(db, actor) if actor.can(permissions.BACKUP) else None
        self.interface = InterfaceTab(db)
        self._tabs = [(w, name) for w, name in [(self.center, "center"), (self.fields, "fields"),
                                               (self.accounts, "accounts"),
                                               (self.audit, "audit"), (self.backup, "backup"),
                                               (self.interface, "interface")] if w is not None]
        for widget, _ in self._tabs:
            self.tabs.addTab(widget, "")
        if self.backup is not None:
            self.backup.restored.connect(self.data_replaced)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        names = {"center": self.tr("Center"), "fields": self.tr("Fields"), "accounts": self.tr("Accounts"),
                 "audit": self.tr("Audit trail"), "backup": self.tr("Backup"), "interface": self.tr("Interface")}
        for index, (_, name) in enumerate(self._tabs):
            self.tabs.setTabText(index, names[name])

    def tab_names(self) -> list[str]:
        return [name for _, name in self._tabs]

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        self._tab_shown(self.tabs.currentIndex())  # the window opens without reading any of this

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if hasattr(widget, "refresh"):
            widget.refresh()
