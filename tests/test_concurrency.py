"""Several desks saving at once: every record present exactly once, the trail unforked, no error for anyone.

8 processes for 30 s on PostgreSQL, 4 processes on one SQLite file, each going
through the app's own services and Database.write (tests/concurrency_child.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

import concurrency_child
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import AuditEntry, PrintJob, Procedure, StaffAccount
from cchc_desktop.core.services import audit, settings
from conftest import ROOT

pytestmark = pytest.mark.slow
SECONDS = float(os.environ.get("CCHC_CONCURRENCY_SECONDS", "30"))


def run_desks(url: str, workers: int, seconds: float) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start_at = time.time() + 4  # every desk has imported and connected before the first write
    procs = [subprocess.Popen([sys.executable, concurrency_child.__file__, url, str(w), str(start_at), str(seconds)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for w in range(workers)]
    reports = []
    for proc in procs:
        out, err = proc.communicate(timeout=seconds + 180)
        assert proc.returncode == 0, err
        assert "locked" not in err.lower() and "Lỗi" not in err, err
        reports.append(json.loads(out.strip().splitlines()[-1]))
    return reports


def test_desks_saving_at_once(db: Database) -> None:
    workers = 4 if db.is_sqlite else 8
    url = str(db.path) if db.is_sqlite else db.url.render_as_string(hide_password=False)
    reports = run_desks(url, workers, SECONDS)
    assert all(r["procedures"] > 0 and r["audit"] > 0 and r["settings"] > 0 for r in reports)
    with db.read() as session:
        for r in reports:
            w = r["worker"]
            codes = session.scalars(select(Procedure.code).where(Procedure.code.like(f"8.{w}%"))).all()
            assert sorted(codes) == [f"8.{w}{i:05d}" for i in range(r["procedures"])]
            keys = session.scalars(select(AuditEntry.entity_key).where(
                AuditEntry.entity == "test", AuditEntry.actor == f"quay{w}")).all()
            assert sorted(keys, key=lambda k: int(k.split("-")[1])) == [f"{w}-{i}" for i in range(r["audit"])]
            printed = [p["key"] for p in session.scalars(select(PrintJob.params).where(PrintJob.actor == f"quay{w}"))]
            assert sorted(printed, key=lambda k: int(k.split("-")[1])) == [f"{w}-{i}" for i in range(r["prints"])]
            names = session.scalars(select(StaffAccount.username).where(
                StaffAccount.username.like(f"quay{w}-%"))).all()
            assert len(names) == r["accounts"] == len(set(names))
            changes = session.scalar(select(func.count(AuditEntry.id)).where(
                AuditEntry.entity == "setting", AuditEntry.actor == f"quay{w}"))
            assert changes == r["settings"]  # every settings save changed the value, each once in the trail
        # One creation entry per procedure, the trail one chain: no two entries after the same one.
        created = session.execute(select(AuditEntry.entity_key, func.count()).where(
            AuditEntry.entity == "procedure", AuditEntry.action == "create").group_by(AuditEntry.entity_key)).all()
        assert len(created) == sum(r["procedures"] for r in reports) and all(n == 1 for _, n in created)
        forks = session.execute(select(AuditEntry.prev_hash).group_by(AuditEntry.prev_hash)
                                .having(func.count() > 1)).all()
        assert forks == []
        assert audit.verify_chain(session) == []
        hotline = settings.get_all(session)["center.hotline"]
        last = session.scalar(select(AuditEntry.changes).where(AuditEntry.entity_key == "center.hotline")
                              .order_by(AuditEntry.id.desc()).limit(1))
        assert last[0]["new"] == hotline  # the last save in the trail is the value kept
    total = sum(r["writes"] for r in reports)
    print(f"\n{workers} desks, {SECONDS:.0f} s, {'SQLite' if db.is_sqlite else 'PostgreSQL'}: "
          f"{total} writes ({total / SECONDS:.0f}/s)")
