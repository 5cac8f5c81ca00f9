"""The whole demo, as `cchc init --demo` and the app's "Nạp danh mục mẫu" load it.

It stands above the core and the print code: the demo's sample dossiers are drawn
by the print code. The catalogue and the plan are the core's part
(:mod:`cchc_desktop.core.services.demo`).
"""

from __future__ import annotations

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.services import catalogue
from cchc_desktop.core.services import demo as core_demo


def load_demo(db: Database, actor: Actor, *, samples: bool = True, history: bool = False) -> catalogue.SaveSummary:
    """Add the demo procedures that are not in the catalogue yet (existing ones stay as they are) and the ward's
    2026 communication plan (when ``actor`` may edit plans).

    With ``samples``, 20 common procedures also get their filled-in sample forms (Hồ sơ mẫu) when they
    have none yet; tests about an empty Hồ sơ mẫu leave them out. ``history`` (``cchc init --demo``) adds a
    marked sample year of guidance, prints, ratings and plan results.
    """
    summary = core_demo.load_catalogue(db, actor)
    if samples:
        from cchc_desktop.printing.demo_samples import load_demo_samples  # reportlab: only when asked

        load_demo_samples(db, actor)
    if history:
        from cchc_desktop.core.services import demo_history

        demo_history.load(db, actor)
    return summary
