"""First run: the center's details and the first administrator, saved together in one transaction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.errors import CchcError
from cchc_desktop.core import desk, options
from cchc_desktop.gui import app as gui_app
from cchc_desktop.gui.errors import run_guarded, show_error
from cchc_desktop.gui.staff.logo import LogoPicker
from cchc_desktop.gui.staff.password import error_label, password_field, show_problem
from cchc_desktop.gui.staff.sign_in import LAST_USER_KEY
from cchc_desktop.gui.retranslating import Retranslating


def _line(max_length: int, placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setMaxLength(max_length)
    field.setPlaceholderText(placeholder)
    return field


class CenterPage(Retranslating, QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        # No grey example inside the boxes: it looked filled in, and the leaflets then said hours were missing.
        self.name, self.address, self.hours = _line(300), _line(500), _line(500)
        self.hotline, self.social = _line(100), _line(1000)
        self.labels = [QLabel() for _ in range(5)]
        self.examples = [_example() for _ in range(5)]
        form = QFormLayout()
        for label, field, example in zip(self.labels, [self.name, self.address, self.hours, self.hotline,
                                                       self.social], self.examples):
            label.setBuddy(field)
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(field)
            box.addWidget(example)
            form.addRow(label, box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        self.registerField("center_name*", self.name)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your center"))
        self.setSubTitle(self.tr("Printed on posters, leaflets and the kiosk. You can change it later in Settings."))
        self.intro.setText(self.tr("Welcome to CCHC Desktop. Three short steps set it up for your center."))
        texts = [self.tr("Center &name *"), self.tr("&Address"), self.tr("Opening &hours"), self.tr("H&otline"),
                 self.tr("&Social page")]
        for label, text in zip(self.labels, texts):
            label.setText(text)
        examples = ["Trung tâm Phục vụ hành chính công phường Bình Long", "Số 1 đường Nguyễn Huệ, phường Bình Long",
                    "Sáng 7:00–11:30, chiều 13:00–17:00, thứ Hai đến thứ Sáu", "0271 3 123 456",
                    "https://www.facebook.com/…"]
        for label, text in zip(self.examples, examples):
            label.setText(self.tr("Example: %1").replace("%1", text))

    def validatePage(self) -> bool:
        return _valid(self, {"center.name": self.name.text(), "center.address": self.address.text(),
                             "center.hours": self.hours.text(), "center.hotline": self.hotline.text(),
                             "center.social_url": self.social.text().strip()})


def _example() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #666; font-size: 9pt;")
    label.setWordWrap(True)
    return label


def _valid(page: QWizardPage, values: dict[str, str]) -> bool:
    """The core's checks of the values on a page, shown before moving on."""
    try:
        options.check_values(values)
    except CchcError as exc:
        show_error(page, exc.message)
        return False
    return True


class PlacePage(Retranslating, QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.logo = LogoPicker(96)
        self.province = _line(2)
        self.province.setText(options.OPTIONS["center.province_code"].default)
        self.ward = _line(5)
        self.ward.setText(options.OPTIONS["center.ward_code"].default)
        self.codes_note = QLabel()
        self.codes_note.setWordWrap(True)
        self.codes_note.setStyleSheet("color: #555;")
        self.labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self.labels[0], self.logo)
        form.addRow(self.labels[1], self.province)
        form.addRow(self.labels[2], self.ward)
        self.labels[1].setBuddy(self.province)
        self.labels[2].setBuddy(self.ward)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.codes_note)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Logo and administrative codes"))
        self.setSubTitle(self.tr("The logo appears on printed documents; the codes build links to the "
                                 "national public service portal."))
        self.labels[0].setText(self.tr("Logo"))
        self.labels[1].setText(self.tr("&Province code"))
        self.labels[2].setText(self.tr("&Ward code"))
        self.codes_note.setText(self.tr("National administrative codes: 75 is Đồng Nai, 25326 is Phường Bình "
                                        "Long. Change them if your center is elsewhere."))

    def validatePage(self) -> bool:
        return _valid(self, {"center.province_code": self.province.text().strip(),
                             "center.ward_code": self.ward.text().strip()})


class AdministratorPage(Retranslating, QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.username = _line(60)
        self.full_name = _line(200)
        self.password = password_field()
        self.confirm = password_field()
        self.error = error_label()
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, [self.username, self.full_name, self.password, self.confirm]):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.registerField("admin_username*", self.username)
        self.registerField("admin_full_name*", self.full_name)
        self.registerField("admin_password*", self.password)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(self.tr("The administrator manages settings, accounts and backups, and creates "
                                 "the accounts of the other staff."))
        self.intro.setText(self.tr("You sign in with this user name and password from now on. Passwords have "
                                   "at least 8 characters, are not the user name and are not easy to guess "
                                   "(such as 12345678 or matkhau123). Five wrong passwords in a row lock an "
                                   "account for five minutes."))
        texts = [self.tr("&User name *"), self.tr("&Full name *"), self.tr("&Password *"),
                 self.tr("Password &again *")]
        for label, text in zip(self.labels, texts):
            label.setText(text)

    def validatePage(self) -> bool:
        if self.password.text() != self.confirm.text():
            show_problem(self.error, self.tr("The two passwords are not the same."))
            self.confirm.setFocus()
            return False
        from cchc_desktop.core.services import accounts

        try:
            name = accounts.normalize_username(self.username.text())
            accounts.check_password(self.password.text(), name)
        except CchcError as exc:
            show_problem(self.error, exc.message)
            return False
        show_problem(self.error, "")
        return True


class FinishPage(Retranslating, QWizardPage):
    def __init__(self, offer_demo: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.load_demo = QCheckBox()
        self.load_demo.setChecked(offer_demo)
        self.load_demo.setVisible(offer_demo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(self.load_demo)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Check the details, then finish to save them."))
        self.load_demo.setText(self.tr("Load the demo catalogue (266 ward-level procedures from the national "
                                       "database) to try the app"))

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        c, a = wizard.center_page, wizard.admin_page
        lines = [self.tr("Center: %1").replace("%1", c.name.text().strip()),
                 self.tr("Address: %1").replace("%1", c.address.text().strip() or "—"),
                 self.tr("Hotline: %1").replace("%1", c.hotline.text().strip() or "—"),
                 self.tr("Administrator: %1 (%2)").replace("%1", a.full_name.text().strip())
                 .replace("%2", a.username.text().strip().lower())]
        self.summary.setText("\n".join(lines))


class FirstRunWizard(Retranslating, QWizard):
    """Shown when the database has no account yet; ``actor`` is the new administrator once accepted."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        with db.plain() as plain:
            empty = desk.catalogue_is_empty(plain)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.center_page = CenterPage()
        self.place_page = PlacePage()
        self.admin_page = AdministratorPage()
        self.finish_page = FinishPage(offer_demo=empty)
        for page in (self.center_page, self.place_page, self.admin_page, self.finish_page):
            self.addPage(page)
        self.setMinimumSize(720, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up CCHC Desktop"))

    def center_values(self) -> dict[str, str]:
        c, p = self.center_page, self.place_page
        return {"center.name": c.name.text(), "center.address": c.address.text(), "center.hours": c.hours.text(),
                "center.hotline": c.hotline.text(), "center.social_url": c.social.text().strip(),
                "center.province_code": p.province.text().strip(), "center.ward_code": p.ward.text().strip()}

    def accept(self) -> None:
        from cchc_desktop import demo
        from cchc_desktop.core.services import accounts

        a = self.admin_page
        actor = run_guarded(self, lambda: accounts.first_run(
            self.db, self.center_values(), a.username.text(), a.full_name.text(), a.password.text(),
            logo=self.place_page.logo.data))
        if actor is None:
            return
        self.actor = actor
        gui_app.settings().setValue(LAST_USER_KEY, actor.name)  # the next sign-in starts with this user
        a.password.clear()
        a.confirm.clear()
        if self.finish_page.load_demo.isChecked():
            run_guarded(self, lambda: demo.load_demo(self.db, actor))
        super().accept()
