"""Size of the frozen one-folder bundle (PyInstaller, installer/cchc.spec) on this platform."""

from __future__ import annotations

import os
import subprocess
import sys

from bench.harness import ROOT, Context, Result, figure


def _size_mb(folder) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1_000_000


@figure("bundle_size", "frozen one-folder bundle size", floor="", target="≤ 200 MB", order=100)
def bundle_size(ctx: Context) -> Result:
    if ctx.quick and os.environ.get("CCHC_REQUIRE_FROZEN"):
        # CI's test run (tests/test_frozen.py) has just built, self-tested and packaged the bundle: a smoke run
        # need not build it a second time.
        return Result(None, "MB", None, note="built by tests/test_frozen.py in this CI run")
    out = ctx.workdir / "pyinstaller"
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
                    str(ROOT / "installer" / "cchc.spec")], check=True, cwd=ROOT, capture_output=True, timeout=1200)
    size = _size_mb(out / "dist" / "cchc")
    return Result(size, "MB", size <= 200, note=f"{sys.platform} build")
