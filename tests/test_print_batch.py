"""A batch never blocks: documents that fail preflight are held back and named, the rest print and are logged."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

from cchc_desktop import cli
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import PrintResult
from cchc_desktop.core.services import catalogue, print_log
from cchc_desktop.printing import studio

import pdfcheck

DAY = dt.date(2026, 11, 26)
BROKEN = "1.001193"  # khai sinh, given a character the font cannot draw


def break_one(db: Database, demo_records: list[dict]) -> None:
    record = copy.deepcopy(next(r for r in demo_records if r["code"] == BROKEN))
    record["name"] = record["name"] + " ☃"
    catalogue.save_records(db, Actor.command_line(), [record], action="update", source="test")


def posted(db: Database) -> list[str]:
    with db.read() as session:
        return [p.code for p in catalogue.posted_procedures(session, DAY)]


def test_every_demo_leaflet_prints_in_one_batch_and_the_held_back_are_listed(
        demo_db: Database, db_url: str, demo_records: list[dict], tmp_path: Path, capsys) -> None:
    break_one(demo_db, demo_records)
    out = tmp_path / "all.pdf"
    code = cli.main(["--database", db_url, "print", "leaflet", "-o", str(out), "--date", "26/11/2026"])
    err = capsys.readouterr().err
    assert code == cli.HELD_BACK_EXIT == 6, err
    assert f"Giữ lại {BROKEN}: Thủ tục {BROKEN}" in err and "Cách sửa: Sửa thủ tục" in err
    held_line = [line for line in err.splitlines() if line.startswith("Không in ")][-1]
    every = posted(demo_db)
    held = held_line.split(": ", 1)[1].split(". ", 1)[0].split()
    assert BROKEN in held and set(held) < set(every)
    printed = [c for c in every if c not in held]
    pdf = out.read_bytes()
    assert pdfcheck.page_count(pdf) == 2 * len(printed)  # two sides per leaflet
    text = pdfcheck.text(pdf)
    assert "☃" not in text and all(c in text for c in printed[:5])

    with demo_db.read() as session:
        failed, ok = print_log.recent(session)[:2]
    assert (ok.result, ok.procedure_codes, ok.destination) == (PrintResult.OK, printed, str(out))
    assert (failed.result, failed.procedure_codes) == (PrintResult.FAILED, held)
    assert failed.error.startswith(f"Giữ lại, không in {len(held)} tài liệu") and BROKEN in failed.error
    # Printing the failed job again asks for just the held-back ones, which still block on their own.
    again = studio.Request.from_job(failed.template, failed.params)
    assert again.codes == tuple(held)
    alone = studio.build(demo_db, studio.Request("leaflet", codes=(BROKEN,), day=DAY))
    assert alone.blocked and not alone.held


def test_posters_hold_back_the_field_and_a_single_document_still_blocks(demo_db: Database,
                                                                          demo_records: list[dict]) -> None:
    break_one(demo_db, demo_records)
    rendered = studio.build(demo_db, studio.Request("poster", day=DAY, batch=True))
    assert not rendered.blocked
    (held,) = rendered.held
    assert held.title == "Hộ tịch" and held.codes == (BROKEN,) and "Be Vietnam Pro" in held.reason
    with demo_db.read() as session:
        codes = {p.code for p in catalogue.posted_procedures(session, DAY)
                 if p.field is not None and p.field.name == "Hộ tịch"}
    assert codes and not codes & set(rendered.codes)
    # One field alone has nothing left to print: the error blocks, as before.
    one = studio.build(demo_db, studio.Request("poster", field="Hộ tịch", day=DAY))
    assert one.blocked and not one.held
