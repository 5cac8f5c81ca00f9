"""The core and print code never import Qt; views query only through the core; the CLI loads Qt only for windows."""

from __future__ import annotations

import ast
import json
import os
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


def test_the_core_stands_below_the_print_code() -> None:
    """Printing turns core objects into PDF; the core never reaches up into printing (the demo's drawn sample
    forms are loaded by cchc_desktop.demo, above both)."""
    offenders = [f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
                 for path in sorted((PACKAGE / "core").rglob("*.py"))
                 for line, name in imported_modules(path)
                 if name.startswith("cchc_desktop.printing") or name == "cchc_desktop.demo"]
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


# --- the import graph ---------------------------------------------------------------
# Every import counts: at the top, inside a function (deferred, but still a dependency) and under
# TYPE_CHECKING (the annotation names the other module). A circle hidden in a function is still
# a circle: the two modules cannot be understood, tested or moved apart.

def import_graph(root: Path) -> dict[str, set[str]]:
    """Module → the package's own modules it imports, from the source (``from a import b`` names
    module ``a.b`` when it is one, else ``a``)."""
    modules: dict[str, Path] = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names if alias.name in modules)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[:len(package.split(".")) - node.level + 1]
                    base = ".".join(up + ([node.module] if node.module else []))
                for alias in node.names:
                    if f"{base}.{alias.name}" in modules:
                        targets.add(f"{base}.{alias.name}")
                    elif base in modules:
                        targets.add(base)
        targets.discard(name)
        graph[name] = targets
    return graph


def import_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return circles


def test_the_package_has_no_import_circles() -> None:
    assert import_circles(import_graph(PACKAGE)) == []


def test_the_circle_check_sees_a_circle_in_a_function(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "sub" / "__init__.py").write_text("", encoding="utf-8")
    (package / "a.py").write_text("from pkg.sub import b\n", encoding="utf-8")
    (package / "sub" / "b.py").write_text("def f():\n    from .c import x\n", encoding="utf-8")
    (package / "sub" / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                          "    from pkg import a\n", encoding="utf-8")
    (package / "d.py").write_text("import pkg.a\n", encoding="utf-8")
    assert import_circles(import_graph(package)) == [["pkg.a", "pkg.sub.b", "pkg.sub.c"]]


def test_the_shared_qt_shell_imports_neither_app() -> None:
    """gui/app.py is what the staff app and the kiosk share: it may not import either of them."""
    graph = import_graph(PACKAGE)
    assert not {t for t in graph["cchc_desktop.gui.app"] if t.startswith(("cchc_desktop.gui.staff",
                                                                          "cchc_desktop.gui.kiosk"))}
    assert "cchc_desktop.gui.app" in graph["cchc_desktop.gui.staff.session"]


def _loaded_after(code: str, watched: tuple[str, ...]) -> list[str]:
    probe = f"import sys; {code}; print(sorted(m for m in sys.modules if m.startswith({watched!r})))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}).stdout
    return [m for m in ast.literal_eval(out.strip().splitlines()[-1]) if m.split(".")[0] in watched or m in watched]


def test_the_first_screens_load_no_printing_spreadsheet_or_migration_code() -> None:
    """What the sign-in dialog and the staff window's first screen do not need is imported on first use."""
    heavy = ("reportlab", "openpyxl", "python_calamine", "docx", "alembic", "pypdfium2", "qrcode",
             "cchc_desktop.printing", "cchc_desktop.core.services.importer", "cchc_desktop.core.services.interchange")
    assert _loaded_after("import cchc_desktop.gui.staff.window", heavy) == []
    # The sign-in dialog waits for none of the window's pages either.
    assert _loaded_after("import cchc_desktop.gui.staff.session", heavy + ("cchc_desktop.gui.staff.window",
                                                                           "cchc_desktop.gui.staff.catalogue")) == []


def _first_screen(mode: str, database: Path) -> dict:
    child = Path(__file__).with_name("first_screen_child.py")
    out = subprocess.run([sys.executable, str(child), mode, str(database)], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_first_screens_show_before_sqlalchemy_is_loaded(sqlite_db, tmp_path: Path) -> None:
    """The staff list, the sign-in and the kiosk's home read with plain SQL: SQLAlchemy and the ORM
    models (a fifth of a second) load once the screen is painted, before a first click needs them."""
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.db import open_database
    from cchc_desktop.core.domain import Role
    from cchc_desktop.core.services import accounts
    from cchc_desktop.demo import load_demo

    load_demo(sqlite_db, Actor.command_line(), samples=False)
    sqlite_db.dispose()
    path = sqlite_db.path
    window = _first_screen("window", path)
    assert window["sqlalchemy_at_ready"] is False
    assert window["found"] > 0 and window["first"]  # the typed search found procedures
    assert window["sqlalchemy_later"] is True  # the chosen procedure's summary read the whole record
    kiosk = _first_screen("kiosk", path)
    assert kiosk == {"sqlalchemy_at_ready": False, "found": kiosk["found"], "sqlalchemy_later": True}
    assert kiosk["found"] > 0
    wizard = _first_screen("sign_in", path)  # no account yet: the set-up wizard
    assert wizard == {"dialog": "FirstRunWizard", "sqlalchemy_at_ready": False, "sqlalchemy_later": True}
    db = open_database(str(path))
    admin = accounts.first_run(db, {"center.name": "Trung tâm thử"}, "quantri", "Quản trị", "mat-khau-dai-9")
    accounts.create_account(db, admin, "canbo1", "Cán bộ", Role.STAFF, "mat-khau-dai-9")
    db.dispose()
    sign_in = _first_screen("sign_in", path)
    assert sign_in == {"dialog": "SignInDialog", "sqlalchemy_at_ready": False, "sqlalchemy_later": True}
