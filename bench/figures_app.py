"""Start-up time and memory of the staff app, against a bare PySide6 window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from bench import data
from bench.harness import ROOT, Context, Result, figure, median

SIZE_FULL, SIZE_QUICK = 20_000, 2_000


def _probe(ctx: Context, *args: str) -> list[dict]:
    # Started as an installed app starts: from compiled bytecode (the installer ships .pyc files). The
    # first run compiles into a scratch cache (the checkout stays clean), warms the page cache, and is dropped.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CCHC_DATA_DIR": str(ctx.workdir / "data"),
           "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(ctx.workdir / "pycache")}
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


@figure("memory_staff", "peak memory, staff app with 20,000 procedures",
        floor="bare PySide6 window", target="≤ 150 MB", order=90)
def memory(ctx: Context) -> Result:
    staff, floor, n = _staff_and_floor(ctx)
    value = max(r["max_rss_mb"] for r in staff)
    base = max(r["max_rss_mb"] for r in floor)
    return Result(value, "MB", value <= 150, floor=base, note=f"{n} procedures")
