"""The real kiosk program on a virtual X screen: full screen, and still there after every way out a citizen has."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cchc_desktop.core.db import open_database
from conftest import ROOT
from kiosk_data import load_posted

HAVE_XVFB = bool(shutil.which("Xvfb") and shutil.which("xdotool"))
pytestmark = pytest.mark.skipif(not HAVE_XVFB and not os.environ.get("CI"),
                                reason="Xvfb and xdotool not installed (.ci/setup installs them; required in CI)")
WIDTH, HEIGHT = 1366, 768


@pytest.fixture
def display(tmp_path: Path):
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{WIDTH}x{HEIGHT}x24",
                               "-nolisten", "tcp", "-auth", str(tmp_path / "xauth")], pass_fds=[write],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as fh:
        number = fh.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def _x(display: str, *args: str) -> str:
    out = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=20,
                         env={**os.environ, "DISPLAY": display})
    return out.stdout.strip()


def _geometry(display: str, window: str) -> tuple[str, str]:
    text = _x(display, "getwindowgeometry", window)
    position = next(line.split(":", 1)[1].split("(")[0].strip() for line in text.splitlines() if "Position" in line)
    size = next(line.split(":", 1)[1].strip() for line in text.splitlines() if "Geometry" in line)
    return position, size


def test_kiosk_real_program_stays_full_screen_under_xvfb(display: str, tmp_path: Path, demo_records) -> None:
    path = tmp_path / "cchc.db"
    db = open_database(str(path))
    load_posted(db, demo_records)
    db.dispose()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "CCHC_DATA_DIR": str(tmp_path / "data"),
           "PYTHONPATH": str(ROOT), "CCHC_LANG": "vi"}
    kiosk = subprocess.Popen([sys.executable, "-m", "cchc_desktop", "--database", str(path), "kiosk"], env=env,
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        window = ""
        deadline = time.monotonic() + 60
        while not window and time.monotonic() < deadline:
            assert kiosk.poll() is None, kiosk.stdout.read().decode()
            window = _x(display, "search", "--onlyvisible", "--name", "CCHC Kiosk").split("\n")[0]
            time.sleep(0.3)
        assert window, "the kiosk window never appeared"
        time.sleep(1.0)
        assert _geometry(display, window) == ("0,0", f"{WIDTH}x{HEIGHT}")
        attempts = [("key", "Escape"), ("key", "alt+F4"), ("key", "ctrl+q"), ("key", "ctrl+w"), ("close", "")]
        for kind, what in attempts:
            _x(display, "windowfocus", "--sync", window)
            if kind == "key":
                _x(display, "key", "--clearmodifiers", what)
            else:
                subprocess.run([sys.executable, str(ROOT / "tests" / "kiosk_x11.py"), window], check=True,
                               env={**os.environ, "DISPLAY": display}, timeout=20)
            time.sleep(0.8)
            assert kiosk.poll() is None, f"the kiosk ended after {kind} {what}"
            assert window in _x(display, "search", "--onlyvisible", "--name", "CCHC Kiosk").split("\n"), what
            assert _geometry(display, window) == ("0,0", f"{WIDTH}x{HEIGHT}"), what
    finally:
        kiosk.kill()
        kiosk.wait(timeout=10)
