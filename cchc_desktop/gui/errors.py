"""Showing errors: a Vietnamese message box, never a crash or a traceback."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cchc_desktop.core.errors import CchcError

log = logging.getLogger(__name__)
T = TypeVar("T")


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Cannot complete"), message)


def run_guarded(parent: QWidget | None, work: Callable[[], T]) -> T | None:
    """Run ``work`` with a wait cursor; on failure show why and return None."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    except CchcError as exc:
        message = exc.message
    except Exception as exc:  # keep the window alive; the log has the details
        log.exception("unexpected error")
        message = QCoreApplication.translate(
            "Errors", "Unexpected error: %1. Nothing was changed; details are in the log.").replace(
            "%1", f"{type(exc).__name__}: {exc}")
    finally:
        QApplication.restoreOverrideCursor()
    show_error(parent, message)
    return None
