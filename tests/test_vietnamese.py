"""Vietnamese everywhere: enum values and setting keys through labels, the CLI's help, every window's text."""

from __future__ import annotations

import argparse
import inspect
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QTabWidget,
                               QTableView, QTableWidget, QWidget, QWizard)

from cchc_desktop import cli
from cchc_desktop.core import domain
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import Role
from cchc_desktop.core.services import settings
from cchc_desktop.demo import load_demo
from cchc_desktop.gui import labels

from conftest import ROOT, open_staff_window

ENGLISH_ARGPARSE = re.compile(r"\b(usage|positional arguments|options|show this help|show program|exit|error|"
                              r"required|invalid|choose from|argument)\b", re.IGNORECASE)


def test_every_enum_value_has_a_vietnamese_label(qapp) -> None:
    enums = [obj for _, obj in inspect.getmembers(domain, inspect.isclass)
             if issubclass(obj, domain.LabelledEnum) and obj is not domain.LabelledEnum]
    assert len(enums) >= 10
    for enum_class in enums:
        for member in enum_class:
            label = labels.enum_label(member)
            assert label and label != member.value and label != member.name, (enum_class.__name__, member)
    for value in ("", "STANDARD", "SPECIFIC", "STANDARD_INTERNAL"):
        assert labels.portal_type(value) != value or value == ""
    assert labels.portal_type("STANDARD") == "Thủ tục chuẩn (do bộ, ngành công bố)"
    assert labels.portal_type("") == "Chưa quy định"


def test_every_setting_key_has_a_vietnamese_label(qapp) -> None:
    for key in settings.OPTIONS:
        label = labels.setting(key)
        assert label and label != key and "." not in label, key
    assert labels.audit_key("setting", "center.hotline") == "Đường dây nóng"
    assert labels.audit_key("procedure", "1.001193") == "1.001193"


def _parsers(parser: argparse.ArgumentParser, prog: list[str]):
    yield prog, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, [*prog, name])


def test_the_command_line_help_has_no_english_argparse_words(capsys) -> None:
    seen = 0
    for prog, _parser in _parsers(cli.build_parser(), []):
        with pytest.raises(SystemExit) as stop:
            cli.main([*prog, "--help"])
        assert stop.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith("cách dùng: cchc") and "tùy chọn:" in out, prog
        assert "-h, --help  hiện hướng dẫn này rồi thoát" in " ".join(out.split()) or \
            "hiện hướng dẫn này rồi thoát" in out
        english = ENGLISH_ARGPARSE.findall(out)
        assert not english, (prog, english)
        seen += 1
    assert seen >= 14
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "hiện số phiên bản rồi thoát" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        cli.main(["print"])
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: thiếu tham số: MẪU, -o/--output") and not ENGLISH_ARGPARSE.search(err)


# --- every window's text --------------------------------------------------------------------------

def _english_sources() -> set[str]:
    """The English source texts whose Vietnamese differs: such a text on screen was never translated."""
    found = set()
    for msg in ET.parse(ROOT / "translations" / "cchc_vi.ts").getroot().iter("message"):
        source = msg.findtext("source") or ""
        translation = msg.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        if source and source not in forms and re.search(r"[A-Za-z]{3}", source):
            found.add(source.replace("&", ""))
    return found


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """Every text a person can read on ``widget`` and its children, with where it is."""
    out = []
    for w in [widget, *widget.findChildren(QWidget)]:
        chain, p = [], w
        while p is not None:
            chain.append(f"{type(p).__name__}{'#' + p.objectName() if p.objectName() else ''}")
            p = p.parentWidget()
        where = "/".join(reversed(chain[:4]))
        tip = w.toolTip()
        # "Delete", "Ctrl+S": a key's name, as printed on the keyboard, is no text to translate
        is_key = bool(tip) and " " not in tip and not QKeySequence.fromString(tip).isEmpty()
        candidates = [w.windowTitle(), "" if is_key else tip]
        if isinstance(w, (QLabel, QAbstractButton)):
            candidates.append(w.text())
        if isinstance(w, QLineEdit):
            candidates.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            candidates.append(w.title())
        if isinstance(w, QComboBox):
            candidates += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            candidates += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QMenu):
            candidates += [a.text() for a in w.actions()] + [w.title()]
        if isinstance(w, (QTableView, QTableWidget)) and w.model() is not None:
            model = w.model()
            candidates += [str(model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) or "")
                           for c in range(model.columnCount())]
        if isinstance(w, QWizard):
            candidates += [w.buttonText(b) for b in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                                                     QWizard.WizardButton.FinishButton,
                                                     QWizard.WizardButton.CancelButton)]
        out += [(where, t.replace("&", "")) for t in candidates if t]
    return out


def _untranslated(widget: QWidget, sources: set[str]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in _texts(widget) if text in sources]


@pytest.mark.gui
def test_no_window_shows_an_untranslated_source_text(qtbot, qapp, sqlite_db: Database) -> None:
    from cchc_desktop.gui.staff.editor import ProcedureEditor
    from cchc_desktop.gui.staff.first_run import FirstRunWizard
    from cchc_desktop.gui.staff.history import HistoryDialog
    from cchc_desktop.gui.staff.import_dialog import ImportDialog
    from cchc_desktop.gui.staff.lifecycle import LifecycleDialog
    from cchc_desktop.gui.staff.password import ChangePasswordDialog
    from cchc_desktop.gui.staff.sign_in import SignInDialog

    sources = _english_sources()
    assert "Print studio" in sources and "Sample dossiers" in sources  # the check can see English
    wizard = FirstRunWizard(sqlite_db)
    qtbot.addWidget(wizard)
    pages = [wizard.page(i) for i in wizard.pageIds()]
    problems = _untranslated(wizard, sources) + [p for page in pages for p in _untranslated(page, sources)]
    load_demo(sqlite_db, Actor.command_line(), samples=False)
    admin = Actor("quantri", Role.ADMIN, None, "Quản trị")
    window = open_staff_window(qtbot, sqlite_db, admin)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        window.page(row)
    window.studio.build_ui()
    problems += _untranslated(window, sources)
    shown = {text for _where, text in _texts(window)}
    assert len(shown) > 150 and {"In ấn tài liệu", "Hồ sơ mẫu"} <= shown  # it reads what is on screen
    for dialog in (ProcedureEditor(sqlite_db, admin, "1.001193", window), ProcedureEditor(sqlite_db, admin, None, window),
                   HistoryDialog(sqlite_db, admin, "1.001193", window), ImportDialog(sqlite_db, admin, window),
                   LifecycleDialog(sqlite_db, admin, "1.001193", window), SignInDialog(sqlite_db, window),
                   ChangePasswordDialog(sqlite_db, admin, current="x", parent=window)):
        problems += _untranslated(dialog, sources)
        dialog.deleteLater()
    assert not problems, sorted(set(problems))[:40]


def test_init_says_how_the_first_account_is_made(tmp_path, capsys) -> None:
    assert cli.main(["--database", str(tmp_path / "moi.db"), "init"]) == 0
    out = capsys.readouterr().out
    assert "Chưa có tài khoản nào" in out and "tạo tài khoản quản trị đầu tiên" in out
    assert "cchc account create TÊN --full-name" in out
