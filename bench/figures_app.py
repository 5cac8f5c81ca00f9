"""Start-up time and memory of the staff app, against a bare PySide6 window."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench import data
from bench.harness import ROOT, Context, Result, figure, median

SIZE_FULL, SIZE_QUICK = 20_000, 2_000


def _probe(ctx: Context, *args: str, config: Path | None = None) -> list[dict]:
    # Started as an installed app starts: from compiled bytecode (the installer ships .pyc files). The
    # first run compiles into a scratch cache (the checkout stays clean), warms the page cache, and is dropped.
    # ``config``: the user's settings folder (what the desk remembers), a scratch one by default.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CCHC_DATA_DIR": str(ctx.workdir / "data"),
           "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(ctx.workdir / "pycache"),
           "XDG_CONFIG_HOME": str(config or ctx.workdir / "config")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runs = []
    for _ in range(ctx.repeat(7, 2) + 1):
        out = subprocess.run([sys.executable, "-m", "bench.probe", *args, str(time.monotonic_ns())],
                             capture_output=True, text=True, env=env, cwd=ROOT, check=True, timeout=300)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return runs[1:]


def _staff_and_floor(ctx: Context) -> tuple[list[dict], list[dict], int]:
    if "staff_probe" not in ctx.cache:
        n = ctx.size(SIZE_FULL, SIZE_QUICK)
        db = data.build_database(ctx.workdir / f"catalogue-{n}.db", n)
        ctx.cache["staff_probe"] = (_probe(ctx, "staff", str(db)), _probe(ctx, "floor"), n)
    return ctx.cache["staff_probe"]


@figure("cold_start_staff", "cold start to an interactive staff window (20,000 procedures)",
        floor="bare PySide6 window, 10,000-row table", target="≤ 2.5×", order=10)
def cold_start(ctx: Context) -> Result:
    staff, floor, n = _staff_and_floor(ctx)
    value = median([r["seconds"] for r in staff])
    base = median([r["seconds"] for r in floor])
    return Result(value * 1000, "ms", value <= 2.5 * base, floor=base * 1000, note=f"{n} procedures")


@figure("cold_start_phases", "cold start of the staff window, by phase (20,000 procedures)",
        floor="", target="", order=11)
def cold_start_phases(ctx: Context) -> Result:
    """Where the cold start goes: the median of each phase across the runs, in ms (they need not add up)."""
    staff, _, n = _staff_and_floor(ctx)
    names = list(staff[0]["phases"])
    parts = {name: median([r["phases"][name] for r in staff]) * 1000 for name in names}
    total = median([r["seconds"] for r in staff]) * 1000
    note = "; ".join(f"{name} {ms:.0f} ms" for name, ms in parts.items())
    return Result(total, "ms", None, note=f"{n} procedures: {note}")


def _desk_database(ctx: Context, n: int) -> Path:
    """The catalogue of the window's figure with two staff accounts (the sign-in then asks who)."""
    from cchc_desktop.core.db import open_database
    from cchc_desktop.core.domain import Role
    from cchc_desktop.core.services import accounts

    path = ctx.workdir / f"desk-{n}.db"
    if not path.exists():
        shutil.copyfile(data.build_database(ctx.workdir / f"catalogue-{n}.db", n), path)
        db = open_database(str(path))
        admin = accounts.first_run(db, {"center.name": "Trung tâm Phục vụ hành chính công phường Bình Long"},
                                   "quantri", "Nguyễn Thị Hạnh", "mat-khau-dai-9")
        accounts.create_account(db, admin, "canbo1", "Trần Văn Bình", Role.STAFF, "mat-khau-dai-9")
        db.dispose()
    return path


DESK_FLOWS = {  # the first screen of `cchc`, by what the desk has: wizard, sign-in, remembered user
    "first_run": "set-up wizard on a new database",
    "sign_in": "sign-in, nobody remembered",
    "remembered": "sign-in, the last user remembered",
}


def _desk(ctx: Context) -> dict[str, list[dict]]:
    if "desk_probe" not in ctx.cache:
        n = ctx.size(SIZE_FULL, SIZE_QUICK)
        new = data.build_database(ctx.workdir / f"catalogue-{n}.db", n)
        with_accounts = _desk_database(ctx, n)
        remembered = ctx.workdir / "config-remembered"
        ini = remembered / "CCHC" / "cchc-desktop.ini"
        ini.parent.mkdir(parents=True, exist_ok=True)
        ini.write_text("[auth]\nlast_username=canbo1\n", encoding="utf-8")
        ctx.cache["desk_probe"] = {
            "first_run": _probe(ctx, "desk", str(new)),
            "sign_in": _probe(ctx, "desk", str(with_accounts)),
            "remembered": _probe(ctx, "desk", str(with_accounts), config=remembered)}
    return ctx.cache["desk_probe"]


def _desk_figure(flow: str, expect: tuple[str, str]):
    def measure(ctx: Context) -> Result:
        runs = _desk(ctx)[flow]
        seen = {(r["dialog"], r["focus"]) for r in runs}
        if seen != {expect}:  # the screen or the focus is not what this desk should show
            raise RuntimeError(f"{flow}: saw {sorted(seen)}, expected {expect}")
        _, floor, _ = _staff_and_floor(ctx)
        value = median([r["seconds"] for r in runs])
        base = median([r["seconds"] for r in floor])
        return Result(value * 1000, "ms", value <= 2.5 * base, floor=base * 1000,
                      note=f"{DESK_FLOWS[flow]}, {ctx.size(SIZE_FULL, SIZE_QUICK)} procedures")
    return measure


for _order, (_flow, _expect) in enumerate((("first_run", ("FirstRunWizard", "text")),
                                          ("sign_in", ("SignInDialog", "text")),
                                          ("remembered", ("SignInDialog", "password"))), start=12):
    figure(f"cold_start_{_flow}", f"cold start of cchc to its first screen: {DESK_FLOWS[_flow]}",
           floor="bare PySide6 window, 10,000-row table", target="≤ 2.5×", order=_order)(_desk_figure(_flow, _expect))


@figure("memory_staff", "peak memory, staff app with 20,000 procedures",
        floor="bare PySide6 window", target="≤ 150 MB", order=90)
def memory(ctx: Context) -> Result:
    staff, floor, n = _staff_and_floor(ctx)
    value = max(r["max_rss_mb"] for r in staff)
    base = max(r["max_rss_mb"] for r in floor)
    return Result(value, "MB", value <= 150, floor=base, note=f"{n} procedures")
