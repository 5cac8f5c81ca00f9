"""Every UI string is translated to Vietnamese and the compiled catalogues are current."""

from __future__ import annotations

import importlib.util

from conftest import ROOT


def test_vietnamese_catalogues_are_complete_and_compiled() -> None:
    spec = importlib.util.spec_from_file_location("ts_tool", ROOT / "translations" / "tool.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.problems() == []
