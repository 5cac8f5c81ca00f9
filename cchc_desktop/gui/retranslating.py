"""One way for a view to follow a change of interface language."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin (listed before the Qt base) that calls ``retranslate()`` on every language change.

    Each view sets all its texts in ``retranslate()`` and calls it once when built, so
    switching between Vietnamese and English at run time needs no restart.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]
