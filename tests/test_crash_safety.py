"""A process killed (SIGKILL) at any point of any write path loses no committed record and leaves no half change.

The app's own write paths run in a child process (tests/crash_child.py) that
says what it committed; the parent kills it at random moments and checks the
database each time. Set CCHC_CRASH_SEED to replay a run.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

import crash_child
from cchc_desktop.core.db import open_database
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import AuditEntry, PrintJob, Procedure, StaffAccount
from cchc_desktop.core.services import accounts, audit, backup, catalogue, settings
from conftest import ROOT
from test_backup import assert_same_data

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]
CHILD = Path(crash_child.__file__)
SEED = int(os.environ.get("CCHC_CRASH_SEED") or time.time_ns() % 1_000_000)


def run_and_kill(db_url: str, args: list[str], rng: random.Random, longest: float) -> list[str]:
    """Start the child, let it write for a random while, SIGKILL it; its report lines."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # Unbuffered: what follows READY must stay in the pipe for communicate() to read.
    proc = subprocess.Popen([sys.executable, str(CHILD), db_url, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, bufsize=0, env=env)
    ready = proc.stdout.readline().decode().strip()
    if ready != "READY":
        proc.kill()
        pytest.fail(f"child did not start: {proc.communicate()[1].decode()}")
    time.sleep(rng.uniform(0.0, longest))
    os.kill(proc.pid, signal.SIGKILL)
    out, err = (b.decode("utf-8") for b in proc.communicate(timeout=60))
    assert proc.returncode == -signal.SIGKILL, f"the child stopped by itself (seed {SEED}):\n{err}"
    assert "Traceback" not in err, err
    return out.splitlines()


def integrity(db: Database) -> None:
    if db.is_sqlite:  # a fresh connection, as after a power cut: WAL recovery, then the check
        conn = sqlite3.connect(str(db.path))
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            conn.close()
    with db.read() as session:
        assert audit.verify_chain(session) == [], f"seed {SEED}"


class History:
    """What the children said: committed for sure, or begun (committed or not)."""

    def __init__(self) -> None:
        self.committed: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        self.begun: dict[str, set[tuple[str, ...]]] = defaultdict(set)

    def add(self, run: int, lines: list[str]) -> None:
        for line in lines:
            state, op, *key = line.split()
            target = self.committed if state == "COMMIT" else self.begun
            target[op].add((str(run), *key) if op == "import" else tuple(key))


def check(db: Database, history: History, records: list[dict], run: int) -> None:
    integrity(db)
    with db.read() as session:
        codes = set(session.scalars(select(Procedure.code).where(Procedure.code.like("9.%"))))
        imports = set(session.scalars(select(AuditEntry.entity_key).where(AuditEntry.action == "import")))
        # Imports: each batch whole or absent, with its audit entries; every committed batch whole.
        expected_codes: set[str] = set()
        for run_, batch in history.begun["import"]:
            batch_records = crash_child.batch_records(records, int(run_), int(batch))
            wanted = {r["code"] for r in batch_records}
            present = wanted & codes
            assert present in (set(), wanted), f"half an import: {sorted(present)} (seed {SEED})"
            assert (f"run{run_}-batch{batch}" in imports) == bool(present)
            if (run_, batch) in history.committed["import"]:
                assert present == wanted, f"committed import lost: run {run_} batch {batch} (seed {SEED})"
            for rec in batch_records if present and run == int(run_) else []:  # new batches: their parts
                p = catalogue.get_procedure(session, rec["code"])
                assert len(p.channels) == len(rec["channels"])
                assert sum(len(g.components) for g in p.dossier_groups) == \
                    sum(len(g["components"]) for g in rec["dossier"])
            expected_codes |= present
        assert codes == expected_codes
        # Edits: the stored note is the one of the newest audit snapshot; committed edits are in the trail.
        for rec in records[:crash_child.EDITABLE]:
            snapshot = session.scalar(select(AuditEntry.snapshot).where(
                AuditEntry.entity == "procedure", AuditEntry.entity_key == rec["code"])
                .order_by(AuditEntry.id.desc()).limit(1))
            assert catalogue.get_procedure(session, rec["code"]).note == snapshot["note"]
        notes = {s["note"] for s in session.scalars(select(AuditEntry.snapshot).where(
            AuditEntry.entity == "procedure", AuditEntry.action == "update"))}
        assert {key for _, key in history.committed["edit"]} <= notes
        # Settings: both keys of one save together, matching the newest audit entry.
        values = settings.get_all(session)
        assert values["center.hours"] == f"{values['center.hotline']} giờ", "half a settings change"
        newest = session.scalar(select(AuditEntry.changes).where(AuditEntry.entity == "setting",
                                                                 AuditEntry.entity_key == "center.hotline")
                                .order_by(AuditEntry.id.desc()).limit(1))
        assert newest[0]["new"] == values["center.hotline"]
        logged = {c[0]["new"] for c in session.scalars(select(AuditEntry.changes).where(
            AuditEntry.entity_key == "center.hotline"))}
        assert {key for (key,) in history.committed["setting"]} <= logged
        # Accounts: committed ones exist; every account has its audit entry and the other way round.
        names = set(session.scalars(select(StaffAccount.username)))
        assert {f"u{key}" for (key,) in history.committed["account"]} <= names
        created = set(session.scalars(select(AuditEntry.entity_key).where(
            AuditEntry.entity == "account", AuditEntry.action.in_(["create", "first_run"]))))
        assert created == names
        # Print log entries.
        printed = {p["key"] for p in session.scalars(select(PrintJob.params))}
        assert {key for (key,) in history.committed["print"]} <= printed
        assert printed <= {key for (key,) in history.begun["print"]}


@pytest.fixture
def center(db_url: str) -> Database:
    db = open_database(db_url)
    admin = accounts.first_run(db, {"center.hotline": "ban đầu", "center.hours": "ban đầu giờ"},
                               "quantri", "Nguyễn Thị Hạnh", "Bình-Long-2026")
    assert admin.account_id == crash_child.ACTOR.account_id
    catalogue.save_records(db, admin, crash_child.demo()[:crash_child.EDITABLE], action="import", source="đầu")
    yield db
    db.dispose()


def test_killed_write_paths_lose_nothing_committed(center: Database, db_url: str) -> None:
    rng = random.Random(SEED)
    records = crash_child.demo()
    history = History()
    for run in range(50):
        lines = run_and_kill(db_url, [str(run)], rng, longest=1.5)
        history.add(run, lines)
        check(center, history, records, run)
    # The kills landed inside writes, not only between them.
    assert sum(len(v) for v in history.begun.values()) > sum(len(v) for v in history.committed.values())
    assert len(history.committed["import"]) >= 10 and history.committed["account"]


def test_a_restore_killed_midway_leaves_the_old_data_or_the_new(center: Database, db_url: str,
                                                              tmp_path: Path) -> None:
    rng = random.Random(SEED)
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    backup._write(center, first)
    catalogue.save_records(center, crash_child.ACTOR, crash_child.demo()[20:60], action="import", source="thêm")
    settings.set_many(center, crash_child.ACTOR, {"center.hotline": "sau", "center.hours": "sau giờ"})
    backup._write(center, second)
    archives = {str(first): backup.read_tables(first), str(second): backup.read_tables(second)}
    finished = 0
    for _ in range(10):
        lines = run_and_kill(db_url, ["0", "restore", str(first), str(second)], rng, longest=4.0)
        finished += sum(line.startswith("COMMIT") for line in lines)
        integrity(center)
        now = tmp_path / "now.zip"
        backup._write(center, now)
        current = backup.read_tables(now)
        matches = []
        for path, tables in archives.items():
            try:
                assert_same_data(tables, current)
                matches.append(path)
            except AssertionError:
                pass
        if not matches:  # killed before the first restore committed: still the data of the start
            assert_same_data(archives[str(second)], current, restores=0)
        assert len(matches) <= 1
    assert finished > 0, f"no restore finished before a kill (seed {SEED})"
