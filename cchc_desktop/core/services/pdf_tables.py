"""Tables out of text PDFs of a Quyết định công bố: the ruled table's cells, read by their lines.

pdfium (pypdfium2) gives the page's drawn lines and the text inside any
rectangle. The table's grid is the vertical and horizontal rules; a row band
whose inner rule is missing is a merged cell (the group rows "A. THỦ TỤC
HÀNH CHÍNH MỚI", "I. LĨNH VỰC HỘ TỊCH"), read as one cell. A table that
runs over several pages is one table; its header repeated on the next pages
is dropped. Rows are numbered from the table's first (header) row, as in a
Word table. The text above the table on the first page is its title (the
decision's number and date). A scanned PDF (pictures, no text) is refused:
reading it needs text recognition, which the app does not do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cchc_desktop.core.errors import CchcError

_RULE = 2.5      # thicker than this, a filled rectangle is not a rule
_SAME = 2.0      # rules closer than this are the same edge
_CODE_END = re.compile(r"(?:^|\s)\d+\.[\d.]*$")
_CODE_START = re.compile(r"[\d.]")
_LIST_ITEM = re.compile(r"^\s*(?:[-+•–]|\(?\d{1,2}[.)]|[a-zđ]\))\s")


def read_pdf(path: Path, stop: Callable[[], None] = lambda: None) -> tuple[list[list[str | None]], str]:
    """The table's rows (header first) and the title above it; ``stop()`` raises to cancel between pages."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception as exc:  # not a PDF, damaged, or with a password
        raise CchcError(f"Không đọc được tệp PDF {path.name}: tệp hỏng, có mật khẩu hoặc không phải PDF "
                        f"({type(exc).__name__}).") from None
    try:
        rows: list[list[str | None]] = []
        header: list[str | None] | None = None
        title = ""
        chars = 0
        for number in range(len(pdf)):
            stop()
            page = pdf[number]
            text = page.get_textpage()
            chars += text.count_chars()
            grid = _grid(page)
            if grid is None:
                continue
            columns, bands, verticals = grid
            if not rows:
                top = bands[0][0]
                title = _clean(text.get_text_bounded(0, top + 1, page.get_width(), page.get_height()))
            for y_top, y_bottom in bands:
                cells = _row(text, columns, y_top, y_bottom, verticals)
                if not any(cells):
                    continue
                if header is None:
                    header = cells
                elif cells == header:
                    continue  # the header repeated at the top of a later page
                rows.append(cells)
        if chars == 0:
            raise CchcError(f"Tệp {path.name} là bản quét (chỉ có hình ảnh, không có chữ), nên không đọc được bảng. "
                            "Hãy dùng bản Word (.docx) hoặc Excel (.xlsx) của phụ lục, hoặc bản PDF xuất từ Word.")
        if not rows:
            raise CchcError(f"Tệp {path.name} không có bảng kẻ ô nào để đọc: phụ lục cần là bảng có đường kẻ "
                            "(như bản xuất từ Word/Excel). Hãy dùng bản .docx hoặc .xlsx của phụ lục.")
        return rows, title
    finally:
        pdf.close()


def _grid(page: Any) -> tuple[list[float], list[tuple[float, float]], list[tuple[float, float, float]]] | None:
    """The table's column edges (x, left to right), row bands (top, bottom, top first) and vertical rules
    (x, bottom, top), or None when the page has no ruled table."""
    import pypdfium2.raw as raw

    horizontal: list[tuple[float, float, float]] = []  # (y, x0, x1)
    vertical: list[tuple[float, float, float]] = []    # (x, y0, y1)
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH]):
        left, bottom, right, top = obj.get_bounds()
        if right - left <= _RULE or top - bottom <= _RULE:  # a rule, or a rectangle drawn as one
            _add(horizontal, vertical, left, bottom, right, top)
            continue
        for (x0, y0), (x1, y1) in _segments(obj):
            _add(horizontal, vertical, min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    if len(vertical) < 2 or len(horizontal) < 2:
        return None
    columns = _edges([x for x, _, _ in vertical])
    rows = sorted(_edges([y for y, _, _ in horizontal]), reverse=True)
    if len(columns) < 3 or len(rows) < 2:
        return None
    return columns, list(zip(rows, rows[1:])), vertical


def _add(horizontal: list, vertical: list, left: float, bottom: float, right: float, top: float) -> None:
    if top - bottom <= _RULE and right - left > 3 * _RULE:
        horizontal.append(((top + bottom) / 2, left, right))
    elif right - left <= _RULE and top - bottom > 3 * _RULE:
        vertical.append(((left + right) / 2, bottom, top))


def _segments(obj: Any) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The straight pieces of a path, in page coordinates."""
    import ctypes

    import pypdfium2.raw as raw

    m = obj.get_matrix()
    out = []
    previous = None
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(raw.FPDFPath_CountSegments(obj.raw)):
        segment = raw.FPDFPath_GetPathSegment(obj.raw, i)
        raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        point = (m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f)
        if raw.FPDFPathSegment_GetType(segment) == raw.FPDF_SEGMENT_LINETO and previous is not None:
            out.append((previous, point))
        previous = point
    return out


def _edges(values: list[float]) -> list[float]:
    """Positions closer than :data:`_SAME` merged into one edge, in increasing order."""
    edges: list[float] = []
    for value in sorted(values):
        if edges and value - edges[-1] <= _SAME:
            continue
        edges.append(value)
    return edges


def _row(text: Any, columns: list[float], top: float, bottom: float,
         vertical: list[tuple[float, float, float]]) -> list[str | None]:
    """The cells of one row band; where an inner rule is missing the cells are one (its text in the first)."""
    middle = (top + bottom) / 2
    ruled = [any(abs(x - edge) <= _SAME and y0 - _SAME <= middle <= y1 + _SAME for x, y0, y1 in vertical)
             for edge in columns]
    cells: list[str | None] = []
    start = 0
    for i in range(1, len(columns)):
        if ruled[i] or i == len(columns) - 1:
            value = _clean(text.get_text_bounded(columns[start] + 0.5, bottom + 0.5, columns[i] - 0.5, top - 0.5))
            cells.append(value or None)
            cells.extend([None] * (i - start - 1))
            start = i
    return cells


def _clean(raw_text: str) -> str:
    """A cell's text with the lines the PDF wrapped joined again; a new item or sentence keeps its line."""
    lines = [line.strip() for line in raw_text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line:
            continue
        if out and _CODE_END.search(out[-1]) and _CODE_START.match(line):
            out[-1] += line  # a code such as 2.000815.000.00.00.H55 broken across two lines
        elif out and not _LIST_ITEM.match(line) and not (out[-1].endswith((".", ":")) and line[:1].isupper()):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)
