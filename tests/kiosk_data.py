"""A posted catalogue for the kiosk's tests: the demo procedures posted, with one repealed, one
not yet in force and one never posted (none of those three may show on the kiosk)."""

from __future__ import annotations

import copy
import datetime as dt

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.services import catalogue

KHAI_SINH = "1.001193"  # Thủ tục đăng ký khai sinh (Hộ tịch)


def posted_records(demo_records: list[dict], today: dt.date | None = None) -> tuple[list[dict], dict[str, str]]:
    """The demo records posted a year ago, and the codes of the three hidden ones by why."""
    today = today or dt.date.today()
    records = copy.deepcopy(demo_records)
    for record in records:
        record["posting"] = {"posted_since": (today - dt.timedelta(days=365)).isoformat(), "posted_until": None}
    hidden = [r for r in records if r["field"]["name"] == "Hộ tịch" and r["code"] != KHAI_SINH][:3]
    hidden[0]["lifecycle"].update(status="repealed", effective_until=(today - dt.timedelta(days=10)).isoformat(),
                                  decision_number="1/QĐ-UBND", decision_date=(today - dt.timedelta(days=40)).isoformat())
    hidden[1]["lifecycle"].update(status="pending", effective_from=(today + dt.timedelta(days=30)).isoformat(),
                                  decision_number="2/QĐ-UBND", decision_date=(today - dt.timedelta(days=5)).isoformat())
    hidden[2]["posting"] = {"posted_since": None, "posted_until": None}
    return records, {"repealed": hidden[0]["code"], "pending": hidden[1]["code"], "unposted": hidden[2]["code"]}


def load_posted(db: Database, demo_records: list[dict]) -> dict[str, str]:
    records, hidden = posted_records(demo_records)
    catalogue.save_records(db, Actor.command_line(), records, action="import", source="kiosk test")
    return hidden
