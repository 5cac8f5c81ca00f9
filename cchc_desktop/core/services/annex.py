"""Annex tables of a Quyết định công bố: header matching, group rows, rows as partial records.

A province publishes its procedure lists as annex tables in three kinds: new
(mới ban hành), amended or replaced (sửa đổi, bổ sung, thay thế) and repealed
(bãi bỏ). Headers vary, so each is matched on folded text against a synonym
table; merged group rows ("A. THỦ TỤC HÀNH CHÍNH MỚI", "I. LĨNH VỰC HỘ TỊCH",
"CẤP XÃ") carry kind, field and level to the rows under them.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from dataclasses import dataclass
from typing import Any

from cchc_desktop.core import text as vtext
from cchc_desktop.core.domain import Method, TimeUnit
from cchc_desktop.core.services.sources import HEADER_SCAN_ROWS, Table, cell_text, column_letter

NEW, AMEND, REPEAL = "new", "amend", "repeal"
KIND_LABELS = {NEW: "mới ban hành", AMEND: "sửa đổi, bổ sung, thay thế", REPEAL: "bãi bỏ"}

# Parts of a record an annex column can carry: key → (Vietnamese label, folded header synonyms).
TARGETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "stt": ("STT", ("stt", "tt", "so thu tu", "so tt")),
    "code": ("Mã TTHC", ("ma tthc", "ma so tthc", "so ho so tthc", "ma thu tuc", "ma thu tuc hanh chinh",
                         "ma so thu tuc hanh chinh", "ma so", "ma ho so", "so ho so", "ma so ho so tthc",
                         "ma tthc tren csdlqg", "ma tthc tren csdl quoc gia", "ma")),
    "name": ("Tên TTHC", ("ten tthc", "ten thu tuc hanh chinh", "ten thu tuc", "thu tuc hanh chinh",
                          "ten tthc duoc sua doi bo sung thay the", "ten thu tuc hanh chinh bi bai bo",
                          "ten tthc bi bai bo")),
    "field": ("Lĩnh vực", ("linh vuc",)),
    "agency": ("Cơ quan thực hiện", ("co quan thuc hien", "co quan giai quyet", "co quan thuc hien tthc",
                                     "don vi thuc hien", "co quan co tham quyen giai quyet")),
    "time": ("Thời hạn giải quyết", ("thoi han giai quyet", "thoi gian giai quyet", "thoi han")),
    "place": ("Địa điểm, cách thức thực hiện", (
        "dia diem thoi gian cach thuc thuc hien tthc", "dia diem thoi gian cach thuc thuc hien",
        "dia diem cach thuc thuc hien", "dia diem thuc hien", "cach thuc thuc hien", "dia diem",
        "cach thuc nop ho so", "hinh thuc nop ho so")),
    "fee": ("Phí, lệ phí", ("phi le phi", "le phi", "phi", "phi le phi neu co", "muc phi le phi")),
    "legal": ("Căn cứ pháp lý", ("can cu phap ly", "can cu phap ly cua tthc", "can cu")),
    "change_basis": ("Văn bản quy định việc sửa đổi hoặc bãi bỏ", (
        "ten vbqppl quy dinh noi dung sua doi bo sung thay the", "ten vbqppl quy dinh noi dung sua doi",
        "ten vbqppl quy dinh viec bai bo", "ten vbqppl quy dinh viec bai bo tthc",
        "van ban quy dinh viec bai bo", "van ban quy dinh noi dung sua doi", "ten vbqppl")),
    "subjects": ("Đối tượng thực hiện", ("doi tuong thuc hien",)),
    "results": ("Kết quả thực hiện", ("ket qua thuc hien", "ket qua")),
    "requirements": ("Yêu cầu, điều kiện", ("yeu cau dieu kien", "yeu cau dieu kien thuc hien")),
    "note": ("Ghi chú", ("ghi chu",)),
}
TARGET_ORDER = list(TARGETS)
_PUNCT = re.compile(r"[^\w]+")
_SYNONYMS = {syn: key for key, (_, syns) in TARGETS.items() for syn in syns}


def header_key(text: str) -> str:
    """Folded header with punctuation as spaces: "Phí,lệ phí" and "Phí, lệ phí" → "phi le phi"."""
    return " ".join(_PUNCT.sub(" ", vtext.fold(text)).replace("_", " ").split())


def match_header(text: str) -> str | None:
    """The part a header names, or None."""
    key = header_key(text)
    if not key or key.isdigit() or re.fullmatch(r"\d+", key.strip("() ")):
        return None
    if key in _SYNONYMS:
        return _SYNONYMS[key]
    for syn in sorted(_SYNONYMS, key=len, reverse=True):
        if len(syn) >= 5 and (key.startswith(syn + " ") or f" {syn} " in f" {key} "):
            return _SYNONYMS[syn]
    close = difflib.get_close_matches(key, list(_SYNONYMS), n=1, cutoff=0.85)  # OCR typos
    return _SYNONYMS[close[0]] if close else None


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Column index of each part, the first matching column winning."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        target = match_header(header)
        if target and target not in mapping:
            mapping[target] = index
    return mapping


@dataclass
class Layout:
    """Where the data of a table is: its header row and the columns mapped to parts (editable)."""

    table: Table
    header_index: int                     # index into table.rows
    headers: list[str]
    mapping: dict[str, int]
    title: str
    kind: str | None
    decision_number: str = ""
    decision_date: dt.date | None = None

    @property
    def header_row(self) -> int:
        return self.table.rows[self.header_index][0]

    @property
    def where(self) -> str:
        return f"Tệp {self.table.file}" + (f", trang “{self.table.sheet}”" if self.table.sheet else "")


def find_layout(table: Table) -> Layout | None:
    """The header row (the first of the first rows naming a name or code column and another part)."""
    for index, (_, values) in enumerate(table.rows[:HEADER_SCAN_ROWS]):
        headers = [cell_text(v) for v in values]
        mapping = guess_mapping(headers)
        if ("name" in mapping or "code" in mapping) and len(mapping) >= 2:
            above = [cell_text(v) for _, row in table.rows[:index] for v in row if cell_text(v)]
            title = "\n".join(dict.fromkeys([t for t in (table.title, table.sheet, *above) if t]))
            number, date = decision_of(title)
            kind = kind_of(title)
            if kind is None and "change_basis" in mapping:
                kind = REPEAL if "bai bo" in header_key(headers[mapping["change_basis"]]) else AMEND
            return Layout(table, index, headers, mapping, title, kind, number, date)
    return None


# --- titles and group rows -------------------------------------------------------------

_DECISION_RE = re.compile(r"quyết\s+định\s+(?:số\s*)?:?\s*(\d+[\w/.\-Đđ]*)", re.IGNORECASE)
_DATE_RE = re.compile(r"ngày\s+(\d{1,2})\s*(?:tháng|/|-|\.)\s*(\d{1,2})\s*(?:năm|/|-|\.)\s*(\d{4})", re.IGNORECASE)
_CODE_LIKE = re.compile(r"^\s*\d+[.,]\d+")
_NUMBERING = re.compile(r"^\s*(?:phần\s+)?(?:[IVXLC]+|[A-ZĐ]|\d+(?:\.\d+)*)\s*[.)/:-]\s*", re.IGNORECASE)


def decision_of(text: str) -> tuple[str, dt.date | None]:
    """Decision number and date from a title such as "Kèm theo Quyết định số 1234/QĐ-UBND ngày 15/9/2026"."""
    number = ""
    match = _DECISION_RE.search(text)
    if match:
        number = match.group(1).rstrip(".,;")
        text = text[match.end():]
    date = None
    match = _DATE_RE.search(text)
    if match:
        try:
            date = dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        except ValueError:
            date = None
    return number, date


def kind_of(text: str) -> str | None:
    """The annex kind a title or heading names, None when none or several."""
    key = header_key(text)
    found = set()
    if "bai bo" in key or "bi huy bo" in key:
        found.add(REPEAL)
    if "sua doi" in key or "bo sung" in key or "thay the" in key:
        found.add(AMEND)
    if "moi ban hanh" in key or "ban hanh moi" in key or "tthc moi" in key or "thu tuc hanh chinh moi" in key:
        found.add(NEW)
    return found.pop() if len(found) == 1 else None


_LEVELS = [("cap xa", "commune"), ("cap phuong", "commune"), ("cap tinh", "province"),
           ("cap trung uong", "central"), ("trung uong", "central"), ("cap bo", "central"), ("cap huyen", "other")]


def level_of(text: str) -> str | None:
    key = header_key(text)
    return next((level for words, level in _LEVELS if words in key), None)


def field_of(text: str) -> str:
    """The field named by a heading: "I. LĨNH VỰC HỘ TỊCH" → "Hộ tịch"."""
    text = _NUMBERING.sub("", vtext.normalize_line(text))
    match = re.search(r"lĩnh\s+vực\s*:?\s*(.+)", text, re.IGNORECASE)
    name = (match.group(1) if match else text).strip(" .:;")
    if name.isupper():
        name = name[:1] + name[1:].lower()
    return name


# --- rows ------------------------------------------------------------------------------

@dataclass
class AnnexRow:
    """One procedure row with the group headings above it."""

    layout: Layout
    row: int
    cells: dict[str, Any]                 # part → raw cell value
    kind: str | None = None
    level: str | None = None
    field: str | None = None
    texts: dict[str, str] | None = None   # part → cell_text of its cell, when already known

    def text(self, part: str) -> str:
        if self.texts is not None:
            return self.texts.get(part, "")
        return cell_text(self.cells.get(part))

    def place(self, part: str | None = None) -> str:
        where = f"{self.layout.where}, dòng {self.row}"
        if part and part in self.layout.mapping:
            column = self.layout.mapping[part]
            header = self.layout.headers[column] or TARGETS[part][0]
            value = vtext.truncate(self.text(part), 60)
            where += f", cột {column_letter(column)} “{header}”" + (f" (giá trị “{value}”)" if value else "")
        return where


def _is_heading(texts: list[str], layout: Layout) -> str | None:
    """The heading text of a group row (``texts``: its cells as text), or None for a data row."""
    stt = layout.mapping.get("stt")
    code = layout.mapping.get("code")
    if code is not None and code < len(texts) and _CODE_LIKE.match(texts[code]):
        return None
    filled = {t for i, t in enumerate(texts) if i != stt and t}
    if len(filled) != 1:
        return None
    text = filled.pop()
    number = texts[stt] if stt is not None and stt < len(texts) else ""
    key = header_key(text)
    keyworded = key.startswith(("linh vuc", "cap ", "thu tuc hanh chinh", "tthc", "nhom", "danh muc", "phan "))
    arabic = number.rstrip(".").isdigit()
    if not arabic or keyworded or (text.isupper() and len(text) > 3) or _NUMBERING.match(text):
        return text
    return None


def annex_rows(layout: Layout) -> list[AnnexRow]:
    """The procedure rows under the header, each with the kind, level and field of its headings."""
    kind = layout.kind
    level: str | None = None
    field_name: str | None = None
    out: list[AnnexRow] = []
    width = len(layout.headers)
    for number, values in layout.table.rows[layout.header_index + 1:]:
        texts = [cell_text(v) for v in values]
        if is_numbering_row(texts):
            continue
        heading = _is_heading(texts, layout)
        if heading is not None:
            heading_kind, heading_level = kind_of(heading), level_of(heading)
            if heading_kind:
                kind, level, field_name = heading_kind, heading_level, None
            elif heading_level:
                level, field_name = heading_level, None
            else:
                field_name = field_of(heading) or None
            continue
        parts = [(part, i) for part, i in layout.mapping.items() if i < width]
        cells = {part: values[i] if i < len(values) else None for part, i in parts}
        row_texts = {part: texts[i] if i < len(values) else "" for part, i in parts}
        if not any(t for part, t in row_texts.items() if part != "stt"):
            continue
        out.append(AnnexRow(layout, number, cells, kind, level, field_name, row_texts))
    return out


def is_numbering_row(texts: list[str]) -> bool:
    """The "(1) (2) (3)" row some annexes put under the header."""
    filled = [t for t in texts if t]
    return len(filled) >= 3 and all(re.fullmatch(r"\(?\d+\)?", t) for t in filled)


# --- cell contents to record parts ------------------------------------------------------------

_TIME_RE = re.compile(r"^(\d+(?:[.,]\d+)?)\s+(ngày làm việc|ngày|giờ|tháng|năm)\s*(?:$|[–—-]\s.*$|\(.*\)\s*$|,?\s*kể từ\b.*$)",
                      re.IGNORECASE | re.DOTALL)
_TIME_UNITS = {"ngày làm việc": TimeUnit.WORKING_DAY, "ngày": TimeUnit.DAY, "giờ": TimeUnit.HOUR,
               "tháng": TimeUnit.MONTH, "năm": TimeUnit.YEAR}
_LEGAL_CODE_RE = re.compile(r"\b(\d+/(?:\d{4}/)?[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)")
_BULLET = re.compile(r"^\s*(?:[-+•*–]\s*|\d+[.)]\s+|[a-zđ][.)]\s+)")


@functools.lru_cache(maxsize=256)  # an annex repeats the same few time limits
def time_of(text: str) -> tuple[float | None, str | None]:
    """(quantity, unit) of an exact time limit such as "05 ngày làm việc"; else (None, None): the text rules."""
    match = _TIME_RE.match(text.strip())
    if not match:
        return None, None
    return float(match.group(1).replace(",", ".")), _TIME_UNITS[match.group(2).lower()].value


@functools.lru_cache(maxsize=256)  # an annex repeats the same few place texts on every row
def _methods(text: str) -> tuple[str, ...]:
    key = vtext.fold(text)
    found = []
    if "truc tiep" in key:
        found.append(Method.DIRECT.value)
    if "truc tuyen" in key or "dich vu cong" in key or "qua mang" in key:
        found.append(Method.ONLINE.value)
    if "buu chinh" in key or "buu dien" in key:
        found.append(Method.POSTAL.value)
    return tuple(found)


@functools.lru_cache(maxsize=256)
def place_notes(text: str) -> dict[str, str]:
    """Each channel's own part of a place/method text, when every line names exactly one channel
    ("- Trực tiếp tại …;\n- Qua dịch vụ bưu chính công ích"); otherwise every channel named gets the whole text.

    The result is shared between calls: do not modify it.
    """
    whole = {method: text.strip() for method in _methods(text)}
    parts: dict[str, list[str]] = {}
    for line in _lines(text, False):
        named = _methods(line)
        if len(named) != 1:
            return whole
        parts.setdefault(named[0], []).append(line)
    if set(parts) != set(whole):
        return whole
    return {method: "\n".join(parts[method]) for method in whole}  # in the app's channel order


def lines_of(text: str, *, split_semicolons: bool = True) -> list[str]:
    """Items of a multi-line cell without bullets and trailing punctuation."""
    return list(_lines(text, split_semicolons))


@functools.lru_cache(maxsize=1024)  # agencies and legal bases repeat from row to row
def _lines(text: str, split_semicolons: bool) -> tuple[str, ...]:
    parts = re.split(r"\n|;" if split_semicolons else r"\n", text)
    out: list[str] = []
    for part in parts:
        item = _BULLET.sub("", vtext.normalize_line(part)).strip(" .,;")
        if item and item not in out:
            out.append(item)
    return tuple(out)


def legal_bases_of(text: str) -> list[dict[str, str]]:
    """Legal texts, one per line, with their number (e.g. "123/2015/NĐ-CP") as code."""
    return [{"code": code, "name": name} for code, name in _legal_bases(text)]


@functools.lru_cache(maxsize=1024)
def _legal_bases(text: str) -> tuple[tuple[str, str], ...]:
    out = []
    for item in _lines(text, "\n" not in text.strip()):
        match = _LEGAL_CODE_RE.search(item)
        out.append((match.group(1) if match else "", item))
    return tuple(out)
