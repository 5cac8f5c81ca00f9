"""Translated labels for the core's vocabulary (the core's own labels are for documents)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QObject

from cchc_desktop.core.domain import (FeeKind, Level, Lifecycle, Method, OnlineLevel, Role, SampleKind, TimeUnit,
                                       Verification)


def lifecycle(value: Lifecycle) -> str:
    return {
        Lifecycle.IN_FORCE: QCoreApplication.translate("Labels", "In force"),
        Lifecycle.AMENDED: QCoreApplication.translate("Labels", "Amended"),
        Lifecycle.REPEALED: QCoreApplication.translate("Labels", "Repealed"),
        Lifecycle.PENDING: QCoreApplication.translate("Labels", "Not yet in force"),
    }[value]


def verification(value: Verification) -> str:
    return {
        Verification.VERIFIED: QCoreApplication.translate("Labels", "Verified"),
        Verification.PARTIAL: QCoreApplication.translate("Labels", "Partly verified"),
        Verification.UNVERIFIED: QCoreApplication.translate("Labels", "Not verified"),
    }[value]


def method(value: Method) -> str:
    return {
        Method.DIRECT: QCoreApplication.translate("Labels", "In person"),
        Method.ONLINE: QCoreApplication.translate("Labels", "Online"),
        Method.POSTAL: QCoreApplication.translate("Labels", "By post"),
    }[value]


def online_level(value: OnlineLevel) -> str:
    return {
        OnlineLevel.FULL: QCoreApplication.translate("Labels", "Fully online"),
        OnlineLevel.PARTIAL: QCoreApplication.translate("Labels", "Partly online"),
        OnlineLevel.NONE: QCoreApplication.translate("Labels", "Not online"),
    }[value]


def fee_kind(value: FeeKind) -> str:
    return {
        FeeKind.FEE: QCoreApplication.translate("Labels", "Fee"),
        FeeKind.CHARGE: QCoreApplication.translate("Labels", "Charge"),
        FeeKind.PRICE: QCoreApplication.translate("Labels", "Price"),
    }[value]


def time_limit(qty: float | None, unit: TimeUnit | None, text: str) -> str:
    """The verbatim time-limit text when there is one, else quantity and unit."""
    if text:
        return text
    if qty is None:
        return QCoreApplication.translate("Labels", "Not stated")
    number = int(qty) if float(qty).is_integer() else qty
    if unit is not None and float(number).is_integer():
        label = _plurals().time_unit(unit, int(number))
        if label is not None:
            return label
    see_cases = QCoreApplication.translate("Labels", "(see cases)")
    return f"{number} {see_cases}"


def role(value: Role) -> str:
    return {
        Role.ADMIN: QCoreApplication.translate("Labels", "Administrator"),
        Role.STAFF: QCoreApplication.translate("Labels", "Staff"),
        Role.READONLY: QCoreApplication.translate("Labels", "Read-only"),
    }[value]


def audit_action(code: str) -> str:
    """The trail's action codes in the UI language; codes other modules add show as they are."""
    names = {
        "create": QCoreApplication.translate("Labels", "Created"),
        "update": QCoreApplication.translate("Labels", "Changed"),
        "delete": QCoreApplication.translate("Labels", "Deleted"),
        "import": QCoreApplication.translate("Labels", "Catalogue import"),
        "undo_import": QCoreApplication.translate("Labels", "Import undone"),
        "load_demo": QCoreApplication.translate("Labels", "Demo catalogue loaded"),
        "purge": QCoreApplication.translate("Labels", "Purged"),
        "backup": QCoreApplication.translate("Labels", "Backup"),
        "restore": QCoreApplication.translate("Labels", "Restore"),
        "first_run": QCoreApplication.translate("Labels", "First set-up"),
        "sign_in": QCoreApplication.translate("Labels", "Signed in"),
        "sign_in_failed": QCoreApplication.translate("Labels", "Wrong password"),
        "lock": QCoreApplication.translate("Labels", "Locked"),
        "unlock": QCoreApplication.translate("Labels", "Unlocked"),
        "change_password": QCoreApplication.translate("Labels", "Password changed"),
        "reset_password": QCoreApplication.translate("Labels", "Password reset"),
        "activate": QCoreApplication.translate("Labels", "Enabled"),
        "deactivate": QCoreApplication.translate("Labels", "Disabled"),
        "set_kiosk_pin": QCoreApplication.translate("Labels", "Kiosk PIN set"),
    }
    return names.get(code, code)


def audit_entity(code: str) -> str:
    names = {
        "procedure": QCoreApplication.translate("Labels", "Procedure"),
        "catalogue": QCoreApplication.translate("Labels", "Catalogue"),
        "field": QCoreApplication.translate("Labels", "Field"),
        "setting": QCoreApplication.translate("Labels", "Setting"),
        "account": QCoreApplication.translate("Labels", "Account"),
        "database": QCoreApplication.translate("Labels", "All data"),
        "kiosk": QCoreApplication.translate("Labels", "Kiosk"),
    }
    return names.get(code, code)


def level(value: Level) -> str:
    return {
        Level.COMMUNE: QCoreApplication.translate("Labels", "Commune level"),
        Level.PROVINCE: QCoreApplication.translate("Labels", "Province level"),
        Level.CENTRAL: QCoreApplication.translate("Labels", "Central level"),
        Level.OTHER: QCoreApplication.translate("Labels", "Other agency"),
    }[value]


def sample_kind(value: SampleKind) -> str:
    return {
        SampleKind.FILLED: QCoreApplication.translate("Labels", "Filled-in sample"),
        SampleKind.BLANK: QCoreApplication.translate("Labels", "Blank form"),
    }[value]


def time_unit(value: TimeUnit) -> str:
    return {
        TimeUnit.WORKING_DAY: QCoreApplication.translate("Labels", "working days"),
        TimeUnit.DAY: QCoreApplication.translate("Labels", "days"),
        TimeUnit.HOUR: QCoreApplication.translate("Labels", "hours"),
        TimeUnit.MONTH: QCoreApplication.translate("Labels", "months"),
        TimeUnit.YEAR: QCoreApplication.translate("Labels", "years"),
        TimeUnit.OTHER: QCoreApplication.translate("Labels", "other (see text)"),
    }[value]


class Labels(QObject):
    """Labels with a count. lupdate 6.11 sees the count (and writes a plural entry) only in
    ``self.tr(text, "", n)``, not in ``QCoreApplication.translate``; the class name is the context."""

    def time_unit(self, unit: TimeUnit, n: int) -> str | None:
        return {
            TimeUnit.WORKING_DAY: self.tr("%n working day(s)", "", n),
            TimeUnit.DAY: self.tr("%n day(s)", "", n),
            TimeUnit.HOUR: self.tr("%n hour(s)", "", n),
            TimeUnit.MONTH: self.tr("%n month(s)", "", n),
            TimeUnit.YEAR: self.tr("%n year(s)", "", n),
        }.get(unit)


@cache
def _plurals() -> Labels:
    return Labels()
