"""One desk saving as fast as it can (used by test_concurrency.py and the bench).

    python tests/concurrency_child.py URL WORKER START_AT SECONDS

From START_AT (epoch seconds) for SECONDS, cycles through the app's write
paths with keys unique to this worker: a catalogue save of a new procedure,
a settings change (the same keys as every other desk), an audit entry of its
own, a print-log entry, and now and then a new account. Any error ends the
process with a traceback (exit 1); at the end it prints one JSON line with
what it committed.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(url: str, worker: int, start_at: float, seconds: float) -> None:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.db import open_database
    from cchc_desktop.core.db.models import PrintJob
    from cchc_desktop.core.domain import Role
    from cchc_desktop.core.services import accounts, audit, catalogue, settings

    actor = Actor(f"quay{worker}", Role.ADMIN, None, f"Quầy {worker}")
    db = open_database(url, migrate=False)
    done = {"procedures": 0, "settings": 0, "audit": 0, "prints": 0, "accounts": 0}
    time.sleep(max(0.0, start_at - time.time()))
    deadline = start_at + seconds
    n = 0
    while time.time() < deadline:
        op = n % 25
        if op % 4 == 0:
            code = f"8.{worker}{done['procedures']:05d}"
            catalogue.save_records(db, actor, [{"code": code, "name": f"Thủ tục thử {code} của quầy {worker}",
                                                "channels": [{"method": "direct", "time_text": "1 ngày"}]}],
                                   action="import", source=f"quầy {worker}")
            done["procedures"] += 1
        elif op % 4 == 1:
            settings.set_many(db, actor, {"center.hotline": f"quầy {worker} lần {n}"})
            done["settings"] += 1
        elif op % 4 == 2:
            key = f"{worker}-{done['audit']}"
            db.write(actor, lambda s: audit.record(s, actor, "update", "test", key, summary=f"Quầy {worker}"))
            done["audit"] += 1
        elif op == 23:
            accounts.create_account(db, actor, f"quay{worker}-{done['accounts']}", f"Cán bộ quầy {worker}",
                                    Role.STAFF, "mat-khau-thu")
            done["accounts"] += 1
        else:
            key = f"{worker}-{done['prints']}"
            db.write(actor, lambda s: s.add(PrintJob(actor=actor.name, template="poster", params={"key": key})))
            done["prints"] += 1
        n += 1
    db.dispose()
    print(json.dumps({"worker": worker, "writes": n, **done}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]))
