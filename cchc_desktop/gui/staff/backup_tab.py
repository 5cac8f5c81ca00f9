"""Sao lưu (administrators): where the automatic copies go, a backup now, a restore."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.services import backup, settings
from cchc_desktop.gui.errors import run_guarded
from cchc_desktop.gui.retranslating import Retranslating


class BackupTab(Retranslating, QWidget):
    restored = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setMaxLength(settings.OPTIONS["backup.folder"].max_length)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.keep = QSpinBox()
        option = settings.OPTIONS["backup.keep"]
        self.keep.setRange(option.minimum, option.maximum)
        self.keep.setMaximumWidth(220)
        self.last = QLabel()
        self.last.setWordWrap(True)
        self.last.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self.labels[0], folder_row)
        form.addRow(self.labels[1], self.keep)
        form.addRow(self.labels[2], self.last)
        self.labels[0].setBuddy(self.folder)
        self.labels[1].setBuddy(self.keep)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)

        self.actions_title = QLabel()
        self.actions_title.setStyleSheet("font-weight: 600; margin-top: 12px;")
        self.actions_text = QLabel()
        self.actions_text.setWordWrap(True)
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.choose_restore)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.privacy.setObjectName("banner")
        self.privacy.setStyleSheet("background: #fff6d6; border: 1px solid #e6c75a; border-radius: 4px; padding: 6px;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(save_row)
        layout.addWidget(self.actions_title)
        layout.addWidget(self.actions_text)
        layout.addLayout(actions)
        layout.addWidget(self.privacy)
        layout.addStretch(1)
        self._loaded = False
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Each day, the first time the app starts, a copy of all data is saved in the "
                                   "backup folder (also before every upgrade of the database). A USB drive or "
                                   "another disk is safer than the same disk as the database."))
        for label, text in zip(self.labels, [self.tr("Backup &folder"), self.tr("&Keep the newest"),
                                             self.tr("Last automatic copy")]):
            label.setText(text)
        self.keep.setSuffix(self.tr(" copies"))
        self.browse.setText(self.tr("Browse…"))
        self.save_button.setText(self.tr("Save changes"))
        if self._loaded:
            self.folder.setPlaceholderText(self.tr("Default: %1").replace("%1", str(self._default_folder())))
        self.actions_title.setText(self.tr("Backup file and restore"))
        self.actions_text.setText(self.tr("A backup file holds all data and attachments with a checksum of each "
                                          "part. It restores on this database or another one, SQLite or "
                                          "PostgreSQL. A restore first checks the whole file, saves a copy of "
                                          "the current data, then replaces all data at once."))
        self.backup_button.setText(self.tr("Back up now…"))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self.privacy.setText(self.tr("Backups contain citizens' personal data: keep them locked away, and "
                                     "delete copies you no longer need."))
        self._show_last()

    def _default_folder(self) -> Path:
        from cchc_desktop.core.db import migrate

        return migrate.default_backup_dir(self.db)

    def load(self) -> None:
        self._loaded = True
        with self.db.read() as session:
            values = settings.get_all(session)
        self.folder.setText(values["backup.folder"])
        self.keep.setValue(int(values["backup.keep"]))
        self.folder.setPlaceholderText(self.tr("Default: %1").replace("%1", str(self._default_folder())))
        self._show_last()

    def refresh(self) -> None:
        if not self._loaded:
            self.load()
        self._show_last()

    def _show_last(self) -> None:
        if not self._loaded:
            return
        last = backup.last_automatic(self.db)
        if last is None:
            self.last.setText(self.tr("None yet"))
        else:
            when = dt.datetime.fromtimestamp(last.stat().st_mtime).strftime("%d/%m/%Y %H:%M")
            self.last.setText(f"{when} · {last}")

    def _browse(self) -> None:
        start = self.folder.text() or str(self._default_folder())
        name = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if name:
            self.folder.setText(name)

    def save(self) -> bool:
        values = {"backup.folder": self.folder.text().strip(), "backup.keep": self.keep.value()}
        if run_guarded(self, lambda: settings.set_many(self.db, self.actor, values) is not None):
            self.load()
            return True
        return False

    def backup_now(self) -> None:
        default = backup.backup_folder(self.db) / f"cchc-{dt.datetime.now():%Y%m%d-%H%M%S}.zip"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Back up now"), str(default),
                                              self.tr("Backup file (*.zip)"))
        if name:
            self.write_backup(Path(name))

    def write_backup(self, path: Path) -> Path | None:
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        written = run_guarded(self, lambda: backup.write_archive(self.db, self.actor, path))
        if written is not None:
            QMessageBox.information(self, self.tr("Back up now"),
                                    self.tr("All data was saved in %1.").replace("%1", str(written)))
        return written

    def choose_restore(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup"),
                                              str(backup.backup_folder(self.db)),
                                              self.tr("Backups (*.zip *.db)"))
        if name:
            self.restore_from(Path(name))

    def confirm_text(self, info: backup.ArchiveInfo) -> str:
        when = info.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
        text = self.tr("This backup was made on %1 by CCHC Desktop %2 (%3). It holds %4 procedures, %5 accounts, "
                       "%6 guidance sessions, %7 audit entries and %8 files. The whole file checks out.")
        for i, value in enumerate([when, info.app_version, info.source_backend, info.count("procedures"),
                                   info.count("staff_accounts"), info.count("guidance_sessions"),
                                   info.count("audit_entries"), info.files], start=1):
            text = text.replace(f"%{i}", str(value))
        if info.chain_problems:
            text += "\n\n" + self.tr("Note: the audit trail inside this backup has %n break(s).", "",
                                     len(info.chain_problems))
        text += "\n\n" + self.tr("Replace ALL current data with this backup? A copy of the current data is saved "
                                 "first. Everyone must sign in again afterwards.")
        return text

    def restore_from(self, path: Path, *, confirm: bool = True) -> bool:
        info = run_guarded(self, lambda: backup.inspect(path))
        if info is None:
            return False
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from a backup"), self.confirm_text(info),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return False
        result = run_guarded(self, lambda: backup.restore(self.db, self.actor, path))
        if result is None:
            return False
        message = self.tr("The data was restored from %1.").replace("%1", str(path))
        if result.safety_copy:
            message += "\n" + self.tr("The data from before is kept in %1.").replace("%1", str(result.safety_copy))
        QMessageBox.information(self, self.tr("Restore from a backup"), message)
        self.restored.emit()
        return True
