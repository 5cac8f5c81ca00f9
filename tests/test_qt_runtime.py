"""The Qt bindings in use do not corrupt the interpreter (PySide6 6.12.0 did on Python 3.11)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_calls_keep_none_alive(qapp) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("Thủ tục")
        label.update()
    # 6.12.0 lost one reference per call here (-1000), then aborted the process with "none_dealloc".
    assert sys.getrefcount(None) > before - 100
