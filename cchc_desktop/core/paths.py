"""Where the app keeps its data and finds its bundled resources."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
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


def write_whole(path: Path, write: Callable[[str], None]) -> None:
    """Write a file whole or not at all: ``write(temporary path)`` beside it, flushed to disk, then put in
    its place; a crash or an error leaves the old file (or none), never half of one."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".cchc-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
