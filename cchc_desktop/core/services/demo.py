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


def load_demo(db: Database, actor: Actor, *, samples: bool = True, history: bool = False) -> catalogue.SaveSummary:
    """Add the demo procedures that are not in the catalogue yet; existing ones stay as they are.

    With ``samples``, 20 common procedures also get their filled-in sample forms (Hồ sơ mẫu) when they
    have none yet; tests about an empty Hồ sơ mẫu leave them out. The ward's 2026 communication plan
    comes too (when ``actor`` may edit plans); ``history`` (``cchc init --demo``) adds a marked sample
    year of guidance, prints and ratings.
    """
    summary = catalogue.save_records(db, actor, demo_records(), action="load_demo", source=DEMO_SOURCE,
                                     only_new=True)
    if samples:
        from cchc_desktop.printing.demo_samples import load_demo_samples  # the sample dossiers (reportlab)

        load_demo_samples(db, actor)
    if actor.can(permissions.EDIT_PLANS):
        from cchc_desktop.core.services import plans  # not at start-up: the staff window imports this module

        plans.load_demo(db, actor)
    if history:
        from cchc_desktop.core.services import demo_history

        demo_history.load(db, actor)
    return summary
