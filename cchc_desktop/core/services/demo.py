"""The embedded demo catalogue: real ward procedures from the national database."""

from __future__ import annotations

from typing import Any

from cchc_desktop.core import paths, permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.services import catalogue, interchange

DEMO_SOURCE = "Danh mục mẫu (CSDL quốc gia về TTHC, 18/07/2026)"


def demo_records() -> list[dict[str, Any]]:
    return interchange.read_json(paths.resource_path("demo", "catalogue.json"))


def load_catalogue(db: Database, actor: Actor) -> catalogue.SaveSummary:
    """Add the demo procedures that are not in the catalogue yet (existing ones stay as they are), and the
    ward's 2026 communication plan when ``actor`` may edit plans. The whole demo: :func:`cchc_desktop.demo.load_demo`.
    """
    summary = catalogue.save_records(db, actor, demo_records(), action="load_demo", source=DEMO_SOURCE,
                                     only_new=True)
    if actor.can(permissions.EDIT_PLANS):
        from cchc_desktop.core.services import plans  # not at start-up: the staff window imports this module

        plans.load_demo(db, actor)
    return summary
