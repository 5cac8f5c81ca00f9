"""The embedded demo catalogue: real ward procedures from the national database."""

from __future__ import annotations

from typing import Any

from cchc_desktop.core import paths
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.services import catalogue, interchange

DEMO_SOURCE = "Danh mục mẫu (CSDL quốc gia về TTHC, 18/07/2026)"


def demo_records() -> list[dict[str, Any]]:
    return interchange.read_json(paths.resource_path("demo", "catalogue.json"))


def load_demo(db: Database, actor: Actor) -> catalogue.SaveSummary:
    """Add the demo procedures that are not in the catalogue yet; existing ones stay as they are."""
    return catalogue.save_records(db, actor, demo_records(), action="load_demo", source=DEMO_SOURCE,
                                  only_new=True)
