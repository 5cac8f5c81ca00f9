"""The kiosk: cold start to its home screen, and a soak of random taps and keys."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from bench import data
from bench.harness import ROOT, Context, Result, figure, median

SIZE_FULL, SIZE_QUICK = 20_000, 2_000
SOAK_FULL, SOAK_QUICK = 100_000, 2_000


def _env(ctx: Context) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CCHC_DATA_DIR": str(ctx.workdir / "data"),
           "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(ctx.workdir / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _runs(ctx: Context, module: str, *args: str) -> list[dict]:
    """As bench/figures_app.py starts the staff app: from bytecode, the first (compiling) run dropped."""
    runs = []
    for _ in range(ctx.repeat(7, 2) + 1):
        out = subprocess.run([sys.executable, "-m", module, *args, str(time.monotonic_ns())], capture_output=True,
                             text=True, env=_env(ctx), cwd=ROOT, check=True, timeout=300)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return runs[1:]


@figure("cold_start_kiosk", "kiosk cold start to home screen (20,000 procedures)",
        floor="bare PySide6 window, 10,000-row table", target="≤ 2.5×", order=20)
def cold_start(ctx: Context) -> Result:
    n = ctx.size(SIZE_FULL, SIZE_QUICK)
    db = data.build_database(ctx.workdir / f"catalogue-{n}.db", n)
    kiosk = _runs(ctx, "bench.kiosk_probe", "start", str(db))
    floor = ctx.cache.get("floor_probe") or _runs(ctx, "bench.probe", "floor")
    ctx.cache["floor_probe"] = floor
    value = median([r["seconds"] for r in kiosk])
    base = median([r["seconds"] for r in floor])
    return Result(value * 1000, "ms", value <= 2.5 * base, floor=base * 1000, note=f"{n} procedures")


@figure("kiosk_soak", "kiosk soak: 100,000 random taps and keys (memory growth)",
        floor="", target="no crash, never out, < 5 %", order=21)
def soak(ctx: Context) -> Result:
    n = ctx.size(SOAK_FULL, SOAK_QUICK)
    db = data.build_database(ctx.workdir / "catalogue-5670.db", 5_670)
    out = subprocess.run([sys.executable, "-m", "bench.kiosk_probe", "soak", str(db), str(n), "2026"],
                         capture_output=True, text=True, env=_env(ctx), cwd=ROOT, timeout=7200)
    if out.returncode != 0:
        return Result(None, "%", False, note=f"crashed (exit {out.returncode}): {out.stderr.strip()[-300:]}")
    run = json.loads(out.stdout.strip().splitlines()[-1])
    growth = (run["end_mb"] - run["warm_mb"]) / run["warm_mb"] * 100
    met = run["escapes"] == 0 and run["actions"] == n and growth < 5
    return Result(growth, "%", met, note=f"{run['actions']:,} actions in {run['seconds']:.0f} s, "
                                        f"{run['escapes']} escapes, {run['warm_mb']:.0f} → {run['end_mb']:.0f} MB")
