"""The core and print code never import Qt; views query only through the core; the CLI loads Qt only for windows."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "cchc_desktop"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "cchc_desktop.gui")


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__" and node.args:
            if isinstance(node.args[0], ast.Constant):
                found.append((node.lineno, str(node.args[0].value)))
    return found


@pytest.mark.parametrize("package", ["core", "printing"])
def test_no_qt_imports(package: str) -> None:
    offenders = [f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
                 for path in sorted((PACKAGE / package).rglob("*.py"))
                 for line, name in imported_modules(path)
                 if name.startswith(QT_MODULES)]
    assert (PACKAGE / package / "__init__.py").exists()
    assert offenders == []


def test_views_query_through_the_core() -> None:
    """The windows ask the core's services; SQL and the ORM's models stay in the core."""
    offenders = [f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
                 for path in sorted((PACKAGE / "gui").rglob("*.py"))
                 for line, name in imported_modules(path)
                 if name.startswith(("sqlalchemy", "cchc_desktop.core.db.models"))]
    assert offenders == []


def test_the_import_check_sees_a_qt_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert any(name.startswith(QT_MODULES) for _, name in imported_modules(bad))


def test_command_line_does_not_load_qt() -> None:
    code = ("import sys; from cchc_desktop import cli; from cchc_desktop.core.services import catalogue, "
            "interchange, demo; import cchc_desktop.printing.fonts; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
