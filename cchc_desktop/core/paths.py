"""Where the app keeps its data and finds its bundled resources."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import platformdirs

from cchc_desktop import APP_ID

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """Per-user data folder (``CCHC_DATA_DIR`` overrides it, e.g. for a shared kiosk PC)."""
    override = os.environ.get("CCHC_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "cchc.db"


@cache
def _bundle_root() -> Path:
    # Frozen build, installed wheel (resources copied into the package), source tree.
    candidates = [Path(getattr(sys, "_MEIPASS", "")), _PACKAGE_DIR / "_data", _PACKAGE_DIR.parent]
    for root in candidates:
        if (root / "resources").is_dir():
            return root
    raise FileNotFoundError("resources/ not found next to the application")


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``."""
    return _bundle_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return _bundle_root() / "translations"
