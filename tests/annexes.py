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


def _sheet_lines(rows: list[list[Any]], header: list[str], title: list[str] | None) -> list[list[Any]]:
    """The rows of a sheet as write_xlsx lays them out: title lines, header, column numbers, the table."""
    return ([[line] for line in (title if title is not None else [TITLE, DECISION])] + [header]
            + [[f"({i + 1})" for i in range(len(header))]] + [list(r) for r in rows])


def write_ods(path: Path, rows: list[list[Any]], *, header: list[str] = HEADER, title: list[str] | None = None,
              sheet: str = "Phụ lục I") -> Path:
    """An OpenDocument spreadsheet as LibreOffice Calc saves one (multi-line cells as paragraphs)."""
    import zipfile
    from xml.sax.saxutils import escape, quoteattr

    def cell(value: Any) -> str:
        if value is None:
            return "<table:table-cell/>"
        if isinstance(value, (int, float)):
            return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
        paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in str(value).split("\n"))
        return f'<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>'

    body = "".join("<table:table-row>" + "".join(cell(v) for v in line) + "</table:table-row>"
                   for line in _sheet_lines(rows, header, title))
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name={quoteattr(sheet)}>{body}'
               '</table:table></office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def write_xls(path: Path, rows: list[list[Any]], *, header: list[str] = HEADER, title: list[str] | None = None,
              sheet: str = "Phụ lục I") -> Path:
    """An Excel 97–2003 workbook (BIFF8), group rows merged across the table as in write_xlsx."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet(sheet)
    for r, line in enumerate(_sheet_lines(rows, header, title)):
        filled = [v for v in line if v not in (None, "")]
        if len(line) == 2 and len(filled) == 2:
            ws.write(r, 0, line[0])
            ws.write_merge(r, r, 1, len(header) - 1, line[1])
            continue
        for c, value in enumerate(line):
            if value is not None:
                ws.write(r, c, value)
    book.save(str(path))
    return path


def write_pdf(path: Path, rows: list[list[Any]], *, header: list[str] = HEADER, title: list[str] | None = None) -> Path:
    """A text PDF of the annex as a Quyết định công bố prints it: the title, then a ruled table over pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer

    from cchc_desktop.core import paths

    font = "BeVietnamPro-Regular"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font, str(paths.resource_path("fonts") / f"{font}.ttf")))
    style = ParagraphStyle("cell", fontName=font, fontSize=7, leading=9)
    heading = ParagraphStyle("title", fontName=font, fontSize=11, leading=14, alignment=1)

    def para(value: Any) -> Any:
        return "" if value is None else Paragraph(str(value).replace("\n", "<br/>"), style)

    data = [[para(h) for h in header]]
    spans = []
    for row in rows:
        line = [para(v) for v in row] + [""] * (len(header) - len(row))
        if len(row) == 2 and all(v not in (None, "") for v in row):
            spans.append(("SPAN", (1, len(data)), (-1, len(data))))
        data.append(line)
    widths = [28, 70, 190, 90, 170, 90, 130]
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"), *spans])
    story = [Paragraph(line, heading) for line in (title if title is not None else [TITLE, DECISION])]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=20, rightMargin=20).build(
        [*story, Spacer(1, 8), table])
    return path
