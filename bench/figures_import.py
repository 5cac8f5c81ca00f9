"""Import of a province's annex: dry run plus commit of 5,670 rows, against openpyxl only reading the file."""

from __future__ import annotations

import time
from itertools import groupby
from pathlib import Path

from bench.harness import Context, Result, figure, median

ROWS_FULL, ROWS_QUICK = 5_670, 300
PLACE = ("- Trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã;\n- Trực tuyến trên Cổng Dịch vụ công quốc gia;\n"
         "- Qua dịch vụ bưu chính công ích.")
LEGAL = "- Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014;\n- Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ"


def build_annex(path: Path, n: int) -> Path:
    """A realistic annex: title, decision, header, one merged group row per field, suffixed codes."""
    from openpyxl import Workbook

    from cchc_desktop.core.services.national import national_catalogue

    entries = sorted(national_catalogue().entries, key=lambda e: (e.field, e.code))
    # 5,666 national procedures; the rest are province-specific rows with codes of their own.
    extra = [e for e in entries[: max(0, n - len(entries))]]
    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục I"
    ws.append(["DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH"])
    ws.append(["(Kèm theo Quyết định số 2158/QĐ-UBND ngày 15 tháng 9 năm 2026 của Chủ tịch UBND tỉnh Đồng Nai)"])
    ws.append(["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Cơ quan thực hiện", "Thời hạn giải quyết",
               "Địa điểm, cách thức thực hiện", "Phí, lệ phí", "Căn cứ pháp lý"])
    number = 0
    rows = entries[:n]
    for group, (field, items) in enumerate(groupby(rows, key=lambda e: e.field), start=1):
        ws.append([_roman(group), f"LĨNH VỰC {(field or 'KHÁC').upper()}"])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=9)
        for e in items:
            number += 1
            ws.append([number, f"{e.code}.H75", e.name, e.field, "\n".join(e.agencies), "05 ngày làm việc", PLACE,
                       "Không", LEGAL])
    for i, e in enumerate(extra):
        number += 1
        ws.append([number, f"3.{900000 + i:06d}", f"{e.name} (thủ tục đặc thù của tỉnh)", e.field,
                   "\n".join(e.agencies), "10 ngày làm việc", PLACE, "50.000 đồng/hồ sơ", LEGAL])
    wb.save(path)
    return path


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _read_only(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    count = sum(1 for _ in wb.active.iter_rows(values_only=True))
    wb.close()
    return count


@figure("import_5670", "import of a 5,670-row annex .xlsx (dry run + commit)",
        floor="openpyxl read-only pass over the file", target="≤ 2.5×", order=50)  # issue 17: history kept
def import_annex(ctx: Context) -> Result:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.db import open_database
    from cchc_desktop.core.services import importer

    n = ctx.size(ROWS_FULL, ROWS_QUICK)
    path = build_annex(ctx.workdir / f"annex-{n}.xlsx", n)
    template = ctx.workdir / "empty.db"
    if not template.exists():
        open_database(str(template)).dispose()
    floors, values, added = [], [], 0
    for run in range(ctx.repeat(3, 1)):
        start = time.perf_counter()
        _read_only(path)
        floors.append(time.perf_counter() - start)
        target = ctx.workdir / f"import-{run}.db"
        target.write_bytes(template.read_bytes())
        db = open_database(str(target), migrate=False)
        start = time.perf_counter()
        plan = importer.build_plan(db, path)
        summary = importer.apply_plan(db, Actor.command_line(), plan)
        values.append(time.perf_counter() - start)
        added = summary.added
        db.dispose()
    value, floor = median(values), median(floors)
    return Result(value * 1000, "ms", value <= 2.5 * floor, floor=floor * 1000,
                  note=f"{added} procedures added into an empty catalogue")
