"""Deterministic benchmark data: the national catalogue as posted procedures, scaled up."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from cchc_desktop.core import text as vtext
from cchc_desktop.core.domain import ValidationError, normalize_code, portal_url

from bench.harness import ROOT

NATIONAL = "national_catalog_2026-07-18.jsonl"


def national_catalogue_path() -> Path:
    shared = Path(os.environ.get("CCHC_SHARED_DIR", ROOT.parent / "shared")) / "data" / "tthc" / NATIONAL
    if not shared.exists():
        raise FileNotFoundError(f"{shared} (set CCHC_SHARED_DIR to the shared research folder)")
    return shared


def national_records() -> list[dict[str, Any]]:
    """One record per valid national code (5,670 rows minus malformed and duplicate codes)."""
    records: dict[str, dict[str, Any]] = {}
    for line in national_catalogue_path().read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        try:
            code = normalize_code(row["code"])
        except ValidationError:
            continue
        if code in records or row["code"] != code:
            continue
        records[code] = {
            "code": code, "name": vtext.normalize_line(row["name"]), "formality_id": row["id"],
            "field": {"name": vtext.normalize_line(row["categories"][0])} if row["categories"] else None,
            "executing_agencies": row["departments"], "subjects": row["formalityTargetType"],
            "portal_type": row["type"],
            "posting": {"posted_since": "2026-07-18"},
            "links": {"online_url": portal_url(row["id"])},
        }
    return [records[c] for c in sorted(records)]


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
