"""Annexes as they arrive: .ods, .xls and text PDFs import to the same records as the .xlsx; bad ones are refused."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from annexes import new_annex_rows, write_ods, write_pdf, write_xls, write_xlsx
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.services import catalogue, importer, sources
from cchc_desktop.core.services.records import to_record

ACTOR = Actor.command_line()
WRITERS = {".ods": write_ods, ".xls": write_xls, ".pdf": write_pdf}


def planned(plan: importer.Plan) -> list[tuple]:
    """The plan's changes, the file's name (in each record's provenance) left out."""
    name = Path(plan.source).stem
    return [(c.action, c.code, json.loads(json.dumps(c.after, ensure_ascii=False, default=str)
                                          .replace(plan.source, name))) for c in plan.changes]


def rows_with_a_bad_one() -> list[list]:
    rows = new_annex_rows()
    rows.append([4, "1.00x", "Thủ tục có mã sai", "05 ngày làm việc", "Trực tiếp", "Không", "Luật"])
    return rows


@pytest.mark.parametrize("suffix", [".ods", ".xls", ".pdf"])
def test_an_annex_imports_to_the_same_records_as_the_xlsx(db: Database, tmp_path: Path, suffix: str) -> None:
    reference = importer.build_plan(db, write_xlsx(tmp_path / "QĐ 2158.xlsx", new_annex_rows()))
    assert reference.errors == [] and reference.counts["add"] == 3
    plan = importer.build_plan(db, WRITERS[suffix](tmp_path / f"QĐ 2158{suffix}", new_annex_rows()))
    assert plan.errors == [] and planned(plan) == planned(reference)
    importer.apply_plan(db, ACTOR, plan)
    with db.read() as session:
        saved = {p.code: to_record(p) for p in catalogue.all_procedures(session)}
    assert {code: after["name"] for _, code, after in planned(reference)} == {
        code: rec["name"] for code, rec in saved.items()}
    # A wrong row is named by its row, as in the .xlsx, and nothing is saved.
    bad = importer.build_plan(db, WRITERS[suffix](tmp_path / f"sai{suffix}", rows_with_a_bad_one()))
    xlsx_bad = importer.build_plan(db, write_xlsx(tmp_path / "sai.xlsx", rows_with_a_bad_one()))
    assert len(bad.errors) == len(xlsx_bad.errors) == 1 and "1.00x" in bad.errors[0]
    place, xlsx_place = bad.errors[0].split(":")[0], xlsx_bad.errors[0].split(":")[0]
    if suffix == ".pdf":  # a PDF table's rows count from its header, as a Word table's do
        assert place == "Tệp sai.pdf, trang “Bảng 1”, dòng 8, cột B “Mã số TTHC” (giá trị “1.00x”)"
    else:
        assert place.replace(suffix, ".xlsx") == xlsx_place


def test_a_reader_that_runs_out_of_memory_ends_only_its_child(tmp_path: Path) -> None:
    """The cap is real: a child asking for 3 GB (allowed on this machine without it) is refused."""
    path = write_xls(tmp_path / "a.xls", new_annex_rows())
    with pytest.raises(CchcError, match="quá nhiều bộ nhớ"):
        sources.read_isolated(path, target=_greedy, memory=512 * 1024 * 1024)
    with pytest.raises(CchcError, match="tệp hỏng"):
        sources.read_isolated(path, target=_abort)  # as calamine's failed allocation does
    assert [t.sheet for t in sources.read_isolated(path)] == ["Phụ lục I"]  # and the process lives on


def test_damaged_spreadsheets_are_refused_with_a_message(tmp_path: Path) -> None:
    xls = tmp_path / "hong.xls"
    good = write_xls(tmp_path / "tot.xls", new_annex_rows()).read_bytes()
    xls.write_bytes(good[:len(good) // 3])
    with pytest.raises(CchcError, match="hong.xls"):
        sources.read_tables(xls)
    ods = tmp_path / "hong.ods"
    ods.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CchcError, match="hong.ods"):
        sources.read_tables(ods)


def _greedy(path: str, sheet, send, memory: int) -> None:
    sources.limit_memory(memory)
    try:
        block = bytearray(3 * 1024 * 1024 * 1024)
        send.send(("ok", [("x", [(1, [len(block)])])]))
    except MemoryError:
        send.send(("error", "Không đọc được tệp: việc đọc đòi quá nhiều bộ nhớ."))


def _abort(path: str, sheet, send, memory: int) -> None:
    os.abort()


def test_a_pdf_table_over_several_pages_is_one_table_without_its_repeated_header(tmp_path: Path) -> None:
    rows = [[i, f"3.{900000 + i}", f"Thủ tục thứ {i} của tỉnh, tên dài để ô được xuống dòng trong bản in",
             "05 ngày làm việc", "Trực tiếp tại Trung tâm", "Không", "Luật"] for i in range(1, 61)]
    path = write_pdf(tmp_path / "dai.pdf", rows)
    import pypdfium2

    assert len(pypdfium2.PdfDocument(str(path))) >= 3
    (table,) = sources.read_tables(path)
    assert [values[1] for _, values in table.rows] == ["Mã số TTHC"] + [f"3.{900000 + i}" for i in range(1, 61)]
    assert table.rows[5][1][2] == "Thủ tục thứ 5 của tỉnh, tên dài để ô được xuống dòng trong bản in"
    assert "Quyết định số 2158/QĐ-UBND" in table.title


def test_a_scanned_pdf_or_one_without_a_table_is_refused_clearly(tmp_path: Path) -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (800, 400), "white")
    ImageDraw.Draw(picture).rectangle([40, 40, 760, 360], outline="black", width=3)
    scanned = tmp_path / "ban-quet.pdf"
    page = canvas.Canvas(str(scanned))
    page.drawImage(ImageReader(picture), 50, 400, width=500, height=250)
    page.save()
    with pytest.raises(CchcError, match=r"ban-quet\.pdf là bản quét \(chỉ có hình ảnh, không có chữ\)"):
        sources.read_tables(scanned)
    prose = tmp_path / "van-ban.pdf"
    page = canvas.Canvas(str(prose))
    page.drawString(72, 720, "Quyet dinh cong bo")
    page.save()
    with pytest.raises(CchcError, match="không có bảng kẻ ô"):
        sources.read_tables(prose)
    (tmp_path / "hong.pdf").write_bytes(b"%PDF-1.4 hong")
    with pytest.raises(CchcError, match="hong.pdf"):
        sources.read_tables(tmp_path / "hong.pdf")
