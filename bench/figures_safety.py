"""Desks saving at once, sign-in, backup and restore: what the safety mechanisms cost."""

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

CHILD = ROOT / "tests" / "concurrency_child.py"


def _desks(url: str, workers: int, seconds: float) -> int:
    """Total writes committed by ``workers`` desk processes saving for ``seconds``."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start_at = time.time() + 3
    procs = [subprocess.Popen([sys.executable, str(CHILD), url, str(w), str(start_at), str(seconds)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for w in range(workers)]
    total = 0
    for proc in procs:
        out, err = proc.communicate(timeout=seconds + 120)
        if proc.returncode:
            raise RuntimeError(err.strip().splitlines()[-1] if err.strip() else "desk failed")
        total += json.loads(out.strip().splitlines()[-1])["writes"]
    return total


def _fresh_sqlite(ctx: Context, name: str) -> str:
    from cchc_desktop.core.db import open_database
    from cchc_desktop.core.services import accounts

    path = ctx.workdir / name
    for p in path.parent.glob(name + "*"):
        p.unlink()
    db = open_database(str(path))
    accounts.first_run(db, {"center.name": "Trung tâm"}, "quantri", "Quản trị", "Bình-Long-2026")
    db.dispose()
    return str(path)


def _fresh_pg(name: str) -> str | None:
    if not os.environ.get("PGHOST"):
        return None
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import URL

    from cchc_desktop.core.db import open_database
    from cchc_desktop.core.services import accounts

    admin = create_engine(URL.create("postgresql+psycopg", database=os.environ.get("PGDATABASE") or "postgres"),
                          isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0'))
    admin.dispose()
    url = URL.create("postgresql+psycopg", database=name).render_as_string(hide_password=False)
    db = open_database(url)
    accounts.first_run(db, {"center.name": "Trung tâm"}, "quantri", "Quản trị", "Bình-Long-2026")
    db.dispose()
    return url


def _drop_pg(name: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import URL

    admin = create_engine(URL.create("postgresql+psycopg", database=os.environ.get("PGDATABASE") or "postgres"),
                          isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _throughput(ctx: Context, fresh, workers: int) -> Result:
    seconds = 3.0 if ctx.quick else 15.0
    alone = _desks(fresh("alone"), 1, seconds) / seconds
    together = _desks(fresh("together"), workers, seconds) / seconds
    return Result(together, "writes/s", together >= 0.8 * alone, floor=alone,
                  note=f"{workers} desks, {seconds:.0f} s; each write audited")


@figure("desks_sqlite", "4 processes saving at once on one SQLite file (catalogue, settings, audit, print log)",
        floor="one process alone", target="total ≥ 0.8× one alone", order=80)
def desks_sqlite(ctx: Context) -> Result:
    return _throughput(ctx, lambda name: _fresh_sqlite(ctx, f"desks-{name}.db"), 4)


@figure("desks_postgresql", "8 desks saving at once on PostgreSQL (catalogue, settings, audit, print log)",
        floor="one desk alone", target="total ≥ 0.8× one alone", order=81)
def desks_postgresql(ctx: Context) -> Result:
    if not os.environ.get("PGHOST"):
        return Result(None, "writes/s", None, note="no PostgreSQL (set PGHOST, PGUSER, PGPASSWORD)")
    names = []

    def fresh(name: str) -> str:
        names.append(f"cchc_bench_{name}_{os.getpid()}")
        return _fresh_pg(names[-1])
    try:
        return _throughput(ctx, fresh, 8)
    finally:
        for name in names:
            _drop_pg(name)


@figure("sign_in", "sign-in (argon2id check, lockout counter, audit entry)", floor="argon2id check alone",
        target="≤ 0.5 s", order=82)
def sign_in(ctx: Context) -> Result:
    from argon2 import PasswordHasher

    from cchc_desktop.core.db import open_database
    from cchc_desktop.core.services import accounts

    db = open_database(_fresh_sqlite(ctx, "sign-in.db"))
    stored = PasswordHasher().hash("Bình-Long-2026")
    runs = ctx.repeat(15, 3)
    floor = []
    for _ in range(runs):
        start = time.perf_counter()
        PasswordHasher().verify(stored, "Bình-Long-2026")
        floor.append(time.perf_counter() - start)
    values = []
    for _ in range(runs):
        start = time.perf_counter()
        accounts.authenticate(db, "quantri", "Bình-Long-2026")
        values.append(time.perf_counter() - start)
    db.dispose()
    value = median(values)
    return Result(value * 1000, "ms", value <= 0.5, floor=median(floor) * 1000)


@figure("backup_restore", "backup file and restore of 5,666 procedures (every check, one transaction)",
        floor="SQLite online backup copy of the same file", target="≤ 30 s", order=83)
def backup_restore(ctx: Context) -> Result:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.db import migrate, open_database
    from cchc_desktop.core.services import backup

    n = ctx.size(5666, 500)
    source = data.build_database(ctx.workdir / f"catalogue-{n}.db", n)
    target = ctx.workdir / "restored.db"
    shutil.copy(source, target)
    src, dst = open_database(str(source)), open_database(str(target))
    actor = Actor.command_line()
    start = time.perf_counter()
    migrate.backup_sqlite(source, ctx.workdir / "copies", "bench")
    floor = time.perf_counter() - start
    start = time.perf_counter()
    archive = backup.write_archive(src, actor, ctx.workdir / "bench.zip")
    backup.restore(dst, actor, archive, safety_copy=False)
    value = time.perf_counter() - start
    size = Path(archive).stat().st_size / 1_000_000
    src.dispose()
    dst.dispose()
    return Result(value, "s", value <= 30, floor=floor, note=f"{n} procedures, archive {size:.1f} MB")
