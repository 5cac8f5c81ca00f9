"""Translated labels for the core's vocabulary (the core's own labels are for documents)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cchc_desktop.core.domain import FeeKind, Lifecycle, Method, OnlineLevel, TimeUnit, Verification


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
    n = int(number)  # a plain name: lupdate 6.11 misses translate() calls whose count is an expression
    units = {
        TimeUnit.WORKING_DAY: QCoreApplication.translate("Labels", "%n working day(s)", "", n),
        TimeUnit.DAY: QCoreApplication.translate("Labels", "%n day(s)", "", n),
        TimeUnit.HOUR: QCoreApplication.translate("Labels", "%n hour(s)", "", n),
        TimeUnit.MONTH: QCoreApplication.translate("Labels", "%n month(s)", "", n),
        TimeUnit.YEAR: QCoreApplication.translate("Labels", "%n year(s)", "", n),
    }
    if unit in units and float(number).is_integer():
        return units[unit]
    see_cases = QCoreApplication.translate("Labels", "(see cases)")
    return f"{number} {see_cases}"
