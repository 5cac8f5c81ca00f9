"""Numbers, money and dates shown in the UI, in the current UI language (Babel)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale


def _locale() -> str:
    return "vi_VN" if QLocale().language() == QLocale.Language.Vietnamese else "en_GB"


def format_amount(amount: int | None) -> str:
    """VND amount, e.g. ``50.000 ₫``; empty when unknown (never "free")."""
    if amount is None:
        return ""
    from babel.numbers import format_currency  # babel's locale data loads on first use, not at start-up

    return format_currency(amount, "VND", locale=_locale())


def format_number(value: float) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_locale())


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    from babel.dates import format_date as _format_date

    return _format_date(value, format="dd/MM/yyyy", locale=_locale())
