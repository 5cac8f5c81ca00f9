"""The demo's sample dossiers: each form of 20 common procedures, filled in, stored as their sample documents.

Called once from :func:`cchc_desktop.demo.load_demo`. A procedure
that already has sample documents (the center's own, or an earlier load) is
left as it is, so loading the demo twice adds nothing.
"""

from __future__ import annotations

from functools import cache

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import SampleKind
from cchc_desktop.core.services import catalogue, samples
from cchc_desktop.printing.sample_forms import render
from cchc_desktop.printing.sample_forms_data import FORMS


@cache
def _pdf(code: str, index: int, link: str | None) -> bytes:
    return render(FORMS[code][index], link=link, code=code)  # the same bytes every time: tests load it often


def file_name(code: str, index: int) -> str:
    return f"mau-{code}-{index + 1}.pdf"


def load_demo_samples(db: Database, actor: Actor) -> int:
    """Add the sample forms to the demo procedures that have no sample documents yet; returns how many."""
    with db.read() as session:
        found = catalogue.procedures_by_code(session, list(FORMS))
        links = {code: p.link for code, p in found.items()}
        have = samples.counts(session)
    added = 0
    for code, forms in FORMS.items():
        if code not in links or have.get(code):
            continue
        for index, form in enumerate(forms):
            samples.add_document(db, actor, code, title=form.name, kind=SampleKind.FILLED,
                                 note="Mẫu điền sẵn để tham khảo (dữ liệu giả định). " + " ".join(form.notes),
                                 file=(file_name(code, index), _pdf(code, index, links[code])))
            added += 1
    return added
