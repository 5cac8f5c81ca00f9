"""Run the app's own write paths in a loop until killed (used by test_crash_safety.py).

    python tests/crash_child.py URL RUN            imports, edits, settings, accounts, print-log entries
    python tests/crash_child.py URL RUN restore A B   restores archive A, then B, then A, …

Prints ``READY`` once the database is open, ``BEGIN <op> <key>`` before each
write and ``COMMIT <op> <key>`` only after the write has returned: a record
reported committed must survive the SIGKILL that will come at any moment.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cchc_desktop.core.actor import Actor  # noqa: E402
from cchc_desktop.core.domain import Role  # noqa: E402

BATCH = 5
EDITABLE = 20  # procedures loaded before the first run; edits rotate over them
ACTOR = Actor("quantri", Role.ADMIN, 1, "Nguyễn Thị Hạnh")


def demo() -> list[dict[str, Any]]:
    from cchc_desktop.core.services.demo import demo_records

    return demo_records()


def batch_records(records: list[dict[str, Any]], run: int, batch: int) -> list[dict[str, Any]]:
    """The ``batch``-th import of run ``run``: full demo records under new codes 9.RRBBBK."""
    out = []
    for k in range(BATCH):
        source = records[EDITABLE + (run * 37 + batch * BATCH + k) % (len(records) - EDITABLE)]
        rec = copy.deepcopy(source)
        rec["code"] = f"9.{run:02d}{batch:03d}{k}"
        rec["name"] = f"{source['name']} (lần {run}.{batch}.{k})"
        out.append(rec)
    return out


def say(*words: object) -> None:
    # One write of the whole line: print() writes word by word when stdout is unbuffered
    # (PYTHONUNBUFFERED), and a kill between two words would leave half a report.
    sys.stdout.write(" ".join(map(str, words)) + "\n")
    sys.stdout.flush()


def write_paths(url: str, run: int) -> None:
    from cchc_desktop.core.db import open_database
    from cchc_desktop.core.db.models import PrintJob
    from cchc_desktop.core.services import accounts, catalogue, settings

    records = demo()
    db = open_database(url, migrate=False)
    say("READY")
    n = 0
    while True:
        op = ("import", "edit", "setting", "print", "import", "account")[n % 6]
        key = f"r{run}n{n}"
        if op == "import":
            batch = n // 6 * 2 + (n % 6 == 4)
            say("BEGIN import", batch)
            catalogue.save_records(db, ACTOR, batch_records(records, run, batch), action="import",
                                   source=f"run{run}-batch{batch}")
            say("COMMIT import", batch)
        elif op == "edit":
            record = dict(records[n % EDITABLE], note=key)
            say("BEGIN edit", record["code"], key)
            catalogue.save_records(db, ACTOR, [record], action="update", source=f"edit {key}")
            say("COMMIT edit", record["code"], key)
        elif op == "setting":
            say("BEGIN setting", key)
            settings.set_many(db, ACTOR, {"center.hotline": key, "center.hours": f"{key} giờ"})
            say("COMMIT setting", key)
        elif op == "print":
            say("BEGIN print", key)
            db.write(ACTOR, lambda s: s.add(PrintJob(actor=ACTOR.name, template="poster", params={"key": key},
                                                     procedure_codes=[records[0]["code"]], pages=1)))
            say("COMMIT print", key)
        else:
            say("BEGIN account", key)
            accounts.create_account(db, ACTOR, f"u{key}", f"Cán bộ {key}", Role.STAFF, "mat-khau-thu")
            say("COMMIT account", key)
        n += 1


def restores(url: str, archives: list[str]) -> None:
    from cchc_desktop.core.db import open_database
    from cchc_desktop.core.services import backup

    db = open_database(url, migrate=False)
    say("READY")
    n = 0
    while True:
        path = archives[n % len(archives)]
        say("BEGIN restore", path)
        backup.restore(db, ACTOR, Path(path), safety_copy=False)
        say("COMMIT restore", path)
        n += 1


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[3] == "restore":
        restores(sys.argv[1], sys.argv[4:])
    else:
        write_paths(sys.argv[1], int(sys.argv[2]))
