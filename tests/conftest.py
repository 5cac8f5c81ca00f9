"""Shared fixtures: an isolated data folder, the database on every backend, the Qt application."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

# Before any Qt import: no display here, and never the developer's own data.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA = tempfile.mkdtemp(prefix="cchc-test-data-")
os.environ["CCHC_DATA_DIR"] = _DATA
os.environ["CCHC_LANG"] = "vi"
os.environ.pop("CCHC_DATABASE_URL", None)

import pytest  # noqa: E402
from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import URL  # noqa: E402

from cchc_desktop.core.db import Database, open_database  # noqa: E402
from cchc_desktop.core.db.models import Base  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ARTIFACTS = ROOT / "tests" / "artifacts"

HAVE_PG = bool(os.environ.get("PGHOST"))
if os.environ.get("CCHC_REQUIRE_POSTGRES") and not HAVE_PG:
    raise RuntimeError("CCHC_REQUIRE_POSTGRES is set but no PostgreSQL (PGHOST) is available: "
                       "run the tests through pg_virtualenv")
BACKENDS = ["sqlite", "postgresql"] if HAVE_PG else ["sqlite"]


def pg_url(database: str | None = None) -> URL:
    return URL.create("postgresql+psycopg", database=database or os.environ.get("PGDATABASE") or "postgres")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty SQLite file, copied for each test (migrating each time is slow)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(str(path)).dispose()
    return path


@pytest.fixture(scope="session")
def pg_database() -> str:
    """One migrated PostgreSQL database for the run; tests empty it before use."""
    from sqlalchemy import create_engine

    name = f"cchc_test_{os.getpid()}"
    admin = create_engine(pg_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0'))
    admin.dispose()
    url = pg_url(name).render_as_string(hide_password=False)
    open_database(url).dispose()
    yield url
    admin = create_engine(pg_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _empty_pg(url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty, migrated database, on SQLite and (where available) PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "cchc.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return str(path)
    url = request.getfixturevalue("pg_database")
    _empty_pg(url)
    return url


@pytest.fixture
def db(db_url: str) -> Database:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Database:
    path = tmp_path / "cchc.db"
    shutil.copy(sqlite_template, path)
    database = open_database(str(path))
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_records() -> list[dict]:
    from cchc_desktop.core.services.demo import demo_records as load

    return load()


@pytest.fixture
def demo_db(db: Database) -> Database:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.demo import load_demo

    load_demo(db, Actor.command_line(), samples=False)  # Hồ sơ mẫu empty: tests add their own
    return db


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["cchc-tests"]


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]):
    """The application as the app itself creates it: bundled fonts, Vietnamese translators."""
    from PySide6.QtCore import QSettings

    from cchc_desktop.gui.app import create_application

    # UI settings (last user name, window geometry) go to the test's folder, not the developer's.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(_DATA) / "qsettings"))

    return create_application(qapp_args)


def open_staff_window(qtbot, db: Database, actor, prepare=None):
    """The staff window at 1366×768, shown with its list loaded, as after signing in;
    ``prepare(window)`` runs before it is shown."""
    from cchc_desktop.gui.staff.window import StaffWindow

    window = StaffWindow(db, actor)
    if prepare is not None:
        prepare(window)
    qtbot.addWidget(window)
    window.start_maximized = False  # a first start is maximised; the offscreen screen is only 800×800
    window.resize(1366, 768)
    with qtbot.waitSignal(window.procedures.loaded):
        window.show()
    qtbot.waitExposed(window)
    return window


def save_artifact(widget_or_image, name: str) -> Path:
    """Keep a screenshot for people to look at (tests/artifacts, not committed)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    image = widget_or_image.grab() if hasattr(widget_or_image, "grab") else widget_or_image
    assert image.save(str(path)), f"could not save {path}"
    return path
