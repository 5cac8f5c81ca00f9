"""Vietnamese alphabetical order in the GUI (ICU through Qt; the core's key agrees)."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale


def vietnamese_collator() -> QCollator:
    return QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
