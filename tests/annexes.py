"""Real-looking annex files of a Quyết định công bố, built for the tests."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment

TITLE = "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, SỬA ĐỔI, BỔ SUNG VÀ BỊ BÃI BỎ"
DECISION = "(Kèm theo Quyết định số 2158/QĐ-UBND ngày 15 tháng 9 năm 2026 của Chủ tịch UBND tỉnh Đồng Nai)"
PLACE = ("- Trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã;\n- Trực tuyến trên Cổng Dịch vụ công quốc gia;\n"
         "- Qua dịch vụ bưu chính công ích.\nThời gian: giờ hành chính các ngày làm việc trong tuần.")
LEGAL = ("- Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014;\n"
         "- Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ")
HEADER = ["STT", "Mã số TTHC", "Tên thủ tục hành chính", "Thời hạn giải quyết",
          "Địa điểm, thời gian, cách thức thực hiện TTHC", "Phí,lệ phí", "Căn cứ pháp lý"]


def new_annex_rows() -> list[list[Any]]:
    """Group rows, suffixed codes, a row without code, multi-line cells."""
    return [
        ["A", "THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH"],
        ["I", "LĨNH VỰC HỘ TỊCH"],
        [1, "1.001193.H19", "Thủ tục đăng ký khai sinh", "Ngay trong ngày làm việc; trường hợp nhận hồ sơ sau 15 giờ "
         "thì trả kết quả trong ngày làm việc tiếp theo", PLACE, "Miễn lệ phí đăng ký khai sinh đúng hạn", LEGAL],
        [2, None, "Thủ tục đăng ký kết hôn", "05 ngày làm việc", PLACE, "Không", LEGAL],
        ["II", "LĨNH VỰC CHỨNG THỰC"],
        [3, "2.000815.000.00.00.H55", "Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức "
         "có thẩm quyền của Việt Nam cấp hoặc chứng nhận", "Trong ngày", "Trực tiếp tại Trung tâm Phục vụ hành chính "
         "công cấp xã", "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang", "Nghị định số 23/2015/NĐ-CP"],
    ]


def write_xlsx(path: Path, rows: list[list[Any]], *, header: list[str] = HEADER, title: list[str] | None = None,
               sheet: str = "Phụ lục I", merge_groups: bool = True) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for line in title if title is not None else [TITLE, DECISION]:
        ws.append([line])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(header))
    ws.append(header)
    ws.append([f"({i + 1})" for i in range(len(header))])
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        ws.append(row)
        filled = [v for v in row if v not in (None, "")]
        if merge_groups and len(filled) == 2 and len(row) == 2:
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=len(header))
        for cell in ws[ws.max_row]:
            cell.alignment = wrap
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list[Any]], *, encoding: str = "utf-8-sig", delimiter: str = ",",
              decompose: bool = False, header: list[str] = HEADER) -> Path:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    text = buffer.getvalue()
    if decompose:
        text = cp1258_form(text)
    path.write_bytes(text.encode(encoding))
    return path


def write_docx(path: Path, rows: list[list[Any]], *, header: list[str] = HEADER) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    document.add_paragraph(DECISION)
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        if len([v for v in row if v not in (None, "")]) == 2 and len(row) == 2:
            cells[0].text = str(row[0])
            merged = cells[1].merge(cells[-1])
            merged.text = str(row[1])
            continue
        for cell, value in zip(cells, row):
            cell.text = "" if value is None else str(value)
    document.save(str(path))
    return path


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_form(text: str) -> str:
    """Text as Windows-1258 keeps it: â ă ê ô ơ ư đ composed, tones as separate combining marks."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES)) + tones)
    return "".join(out)
