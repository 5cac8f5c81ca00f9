"""Deterministic benchmark data: the national catalogue as posted procedures, scaled up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cchc_desktop.core import text as vtext

def national_records() -> list[dict[str, Any]]:
    """The bundled national listing (5,666 procedures) as posted procedure records."""
    from cchc_desktop.core.services.national import national_catalogue

    return [{
        "code": e.code, "name": e.name, "formality_id": e.formality_id,
        "field": {"name": e.field} if e.field else None,
        "executing_agencies": list(e.agencies), "subjects": list(e.subjects), "portal_type": e.portal_type,
        "posting": {"posted_since": "2026-07-18"}, "links": {"online_url": e.link},
    } for e in national_catalogue().entries]


def scaled_records(n: int) -> list[dict[str, Any]]:
    """``n`` procedures: the national ones, then numbered variants with codes 9.xxxxxx."""
    base = national_records()
    out = list(base[:n])
    i = 0
    while len(out) < n:
        src = base[i % len(base)]
        copy = dict(src, code=f"9.{len(out):06d}", name=f"{src['name']} (bản {i // len(base) + 2})")
        out.append(copy)
        i += 1
    return out


def build_database(path: Path, n: int) -> Path:
    """A SQLite file with ``n`` posted procedures (bulk insert: data set-up is not what is measured)."""
    from cchc_desktop.core.db import open_database
    from cchc_desktop.core.db.models import Field, Procedure

    if path.exists():
        return path
    db = open_database(str(path))
    records = scaled_records(n)

    def work(session):
        fields: dict[str, Field] = {}
        for rec in records:
            name = (rec.get("field") or {}).get("name")
            field = None
            if name:
                key = vtext.fold(name)
                field = fields.get(key)
                if field is None:
                    field = fields[key] = Field(name=name)
            session.add(Procedure(
                code=rec["code"], name=rec["name"], formality_id=rec["formality_id"], field=field,
                executing_agencies=rec["executing_agencies"], subjects=rec["subjects"],
                portal_type=rec["portal_type"], posted_since=dt.date(2026, 7, 18),
                online_url=rec["links"]["online_url"]))

    from cchc_desktop.core.actor import Actor

    db.write(Actor.command_line(), work)
    db.dispose()
    return path
