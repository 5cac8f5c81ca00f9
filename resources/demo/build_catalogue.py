#!/usr/bin/env python3
"""Build the demo catalogue (``resources/demo/catalogue.json``) from the real TTHC data.

Sources (folder ``data/tthc`` of the shared research, crawled 2026-07-18 from the
national database of administrative procedures, CSDL quốc gia về TTHC):

* ``ward_tthc_seed.csv`` (UTF-8 with BOM): the 71 procedures a ward center
  typically posts, curated by the center, with a verification column.
* ``ward_procedures_2026-07-18.jsonl``: 228 full records of ward-level
  procedures (channels with time limits and fees, dossier, legal basis, …).
* ``national_catalog_2026-07-18.jsonl``: the national listing (5,670 rows),
  used to cross-check formalityId and to fill lĩnh vực, loại (portal type),
  cơ quan and đối tượng where the other two files say nothing.

Output: ``{"format": "cchc-catalogue", "version": 1, "generated_from": …,
"procedures": [record, …]}`` where each record has exactly the shape of
``cchc_desktop.core.services.records.to_record`` (keys in the same order),
sorted by code. The demo catalogue is the 71 seed procedures (completed with
the full record when one exists) plus every other full ward record.

Mapping decisions worth knowing (the figures are never invented):

* Channels: one per submission method (the app allows one row per method).
  The portal sometimes lists several rows for the same method, one per
  situation (e.g. 11 working days in ordinary wards, 16 in remote areas);
  those rows are merged: time texts and notes are listed in source order, fees
  are concatenated, and ``time_qty``/``time_unit`` are kept only when every row
  agrees (otherwise left empty so no single figure is shown as "the" limit).
* Time limits: ``time_text`` is built from the quantity and unit
  ("5 ngày làm việc"). When the unit is OTHER the per-case limits are
  authoritative and ``time_text`` lists them grouped by value
  ("15 ngày làm việc (trường hợp 2.000635.01); 1 ngày (trường hợp 2.000635.02)");
  ``time_qty``/``time_unit`` stay as the source had them. A free-text quantity
  (some land procedures put a sentence there) is kept verbatim.
  ``case_time_limits`` are sorted by case code; the source gives no case names.
* Seed-only rows (no full record): the csv's ``kenh_nop``, ``thoi_han`` and
  ``phi_le_phi`` verbatim (the quantity is parsed only from an exact
  "N ngày làm việc" / "N ngày" / "N giờ"); when the row names no channel but
  has a time limit or fee, one "direct" channel carries them and the
  provenance note says the channel is unverified. Đối tượng come from the
  national catalogue's ``formalityTargetType``.
* Agencies: cơ quan thực hiện is the full record's ``executing_agency`` (split
  on ";") plus the seed's ``co_quan_thuc_hien``; the national catalogue's
  ``departments`` only when both are empty.
* Fees: the text is verbatim; the amount is set only when the source value is
  positive. A 0 never becomes "free". A fee line with neither text nor amount
  carries no information and is dropped (its channel is kept).
* Online level: the crawled records have no reliable flag (the portal's
  ``isFullProcess`` is false for khai sinh yet true for some cư trú
  procedures), so a procedure with an ONLINE channel is "partial" (một phần)
  and one without is "none". Nothing is claimed "full" (toàn trình).
* Posting: the 71 curated seed procedures are what a ward center posts, so
  they are "posted since" the data date (2026-07-18); the other full records
  are in the catalogue but not posted (``posted_since`` null). Staff change
  this in the app.
* Lĩnh vực: one spelling and one code per field. The code comes from the full
  records' ``category``; records without one (and seed-only rows) take the
  national catalogue's category name and the code that name carries elsewhere
  in the data. The two "Liên thông điện tử" seed rows belong to no national
  category: "Liên thông điện tử" is the center's grouping.
* Keywords and friendly names: a short curated table (``SYNONYMS``) of the
  everyday words citizens type, only where they obviously mean that procedure.
* Dossier: one group per ``checklist_raw`` group; a component is "present
  only" when its group says "xuất trình"; the form name is the first
  attachment's file name (the crawl has no download URL, so ``form_url`` is
  empty).
* All text is NFC (about half of the crawled records contain decomposed
  Vietnamese) and one-line values have their whitespace collapsed, exactly as
  the app stores them.
* Names longer than the app's limit for “Tên thủ tục” are shortened at a word
  boundary with “…” and the full name is kept verbatim in the record's note.
* Provenance: "verified" (on 2026-07-18, by the national DB) when time limits
  and fees come from a national detail record; "partial" when only code and
  name were verified. Procedures that another province published for itself
  (portal type SPECIFIC) say so in the provenance note: they are examples, not
  Đồng Nai procedures.

Every record is validated the way the app imports it: ``apply_record`` into
an in-memory SQLite database built from the app's ORM, commit, reload, and
``to_record`` must give back exactly the record written (same keys, order,
values and number types), which proves the file is lossless for the app.
Exit status: 0 when the file is written, 1 on a validation problem, 2 when an
input is missing or malformed.

Usage (from anywhere; the app's package must be importable, the script adds
the repository root to ``sys.path`` itself)::

    python resources/demo/build_catalogue.py [SOURCE_DIR] [-o OUTPUT]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCRIPT_DIR = Path(__file__).resolve().parent
REPO_ROOT = SCRIPT_DIR.parent.parent
DEFAULT_SOURCE = (REPO_ROOT / ".." / "shared" / "data" / "tthc").resolve()
DEFAULT_OUTPUT = SCRIPT_DIR / "catalogue.json"

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from cchc_desktop.core import text as vtext  # noqa: E402
if str(SCRIPT_DIR) not in sys.path:
    sys.path.insert(0, str(SCRIPT_DIR))
from summaries import summary as citizen_summary  # noqa: E402  (hand-written, beside this script)
from cchc_desktop.core.db.models import Base  # noqa: E402
from cchc_desktop.core.domain import (  # noqa: E402
    Method,
    TimeUnit,
    normalize_code,
    portal_url,
)
from cchc_desktop.core.errors import ValidationError  # noqa: E402
from cchc_desktop.core.services import catalogue, records  # noqa: E402
from cchc_desktop.core.services.portal import cases_text, time_phrase  # noqa: E402

# --- constants ---------------------------------------------------------------

DATA_DATE = "2026-07-18"
SEED_FILE = "ward_tthc_seed.csv"
WARD_FILE = f"ward_procedures_{DATA_DATE}.jsonl"
NATIONAL_FILE = f"national_catalog_{DATA_DATE}.jsonl"

SOURCE_NATIONAL = "CSDL quốc gia về TTHC (dichvucong.gov.vn), bản thu thập 18/07/2026"
SOURCE_SEED_SUFFIX = "; danh mục chọn lọc của Trung tâm"
SOURCE_COMMUNE_LIST = ("Danh mục chọn lọc của Trung tâm; mã, tên theo danh mục TTHC của xã Vĩnh Bảo "
                       "(Hải Phòng, 09/2026), chưa có trên CSDL quốc gia bản thu thập 18/07/2026")
VERIFIED_BY_NATIONAL = "CSDL quốc gia TTHC"
VERIFIED_BY_API_COPY = "CSDL quốc gia TTHC (bản JSON API lưu trong dự án BangNiemYetVinhBao)"
CHECK_DECISION = "Cần đối chiếu Quyết định công bố của UBND tỉnh Đồng Nai."
NOTE_FULL_RECORD = ("Số liệu lấy nguyên văn từ bản ghi chi tiết trên CSDL quốc gia; cần đối chiếu "
                    "Quyết định công bố của tỉnh trước khi niêm yết.")
CENTER_GROUP_FIELD = "Liên thông điện tử"
NOTE_CENTER_GROUP = (f"Lĩnh vực “{CENTER_GROUP_FIELD}” là cách nhóm của Trung tâm, không phải lĩnh vực "
                     "trên CSDL quốc gia.")
NOTE_UNVERIFIED_CHANNEL = ("Kênh nộp chưa xác minh: danh mục chọn lọc không ghi kênh nộp; thời hạn/phí được "
                           "ghi tạm vào kênh “Trực tiếp”.")

# Old liên thông procedures repealed in Hải Phòng on 08/9/2026 (QĐ 3582/QĐ-UBND) and
# replaced by 3.000722 / 2.002913 (docs/domain.md §3, seen in the Vĩnh Bảo list).
# Not known for Đồng Nai, so the lifecycle stays "in_force" and only a note is added.
REPLACED_IN_HAI_PHONG = {"2.000986", "2.001023", "2.002621", "2.002622"}
REPLACEMENTS_IN_HAI_PHONG = {"3.000722", "2.002913"}
NOTE_REPLACED = ("Tại Hải Phòng, các thủ tục liên thông cũ 2.000986, 2.001023, 2.002621, 2.002622 đã bị bãi bỏ "
                 "theo QĐ 3582/QĐ-UBND (08/9/2026) và thay bằng 3.000722, 2.002913; chưa có thông tin cho tỉnh "
                 "Đồng Nai, cần kiểm tra Quyết định công bố của tỉnh.")

METHODS = {"DIRECT": Method.DIRECT, "ONLINE": Method.ONLINE, "POSTAL": Method.POSTAL}
SEED_METHODS = {"trực tiếp": Method.DIRECT, "trực tuyến": Method.ONLINE, "bưu chính": Method.POSTAL}
UNITS = {"WORKING_DAY": TimeUnit.WORKING_DAY, "DAY": TimeUnit.DAY, "HOUR": TimeUnit.HOUR,
         "MONTH": TimeUnit.MONTH, "YEAR": TimeUnit.YEAR, "OTHER": TimeUnit.OTHER}
FEE_KINDS = {"FEE": "fee", "SERVICE_FEE": "charge", "PRICE_LEVEL": "price"}
PORTAL_TYPES = {"STANDARD", "SPECIFIC", "STANDARD_INTERNAL"}

# Seed time limits that are exactly "N ngày làm việc" / "N ngày" / "N giờ", optionally
# followed by a remark after a dash ("– chưa xác minh") or in parentheses.
SEED_TIME_RE = re.compile(r"^(\d+)\s+(ngày làm việc|ngày|giờ)\s*(?:$|[–—-]\s.*$|\(.*\)\s*$)")
SEED_TIME_UNITS = {"ngày làm việc": TimeUnit.WORKING_DAY, "ngày": TimeUnit.DAY, "giờ": TimeUnit.HOUR}

# Everyday words citizens type at the kiosk, only where they obviously mean that
# procedure: friendly_names are shown as the common name, keywords only help search.
SYNONYMS: dict[str, dict[str, list[str]]] = {
    "1.001193": {"friendly_names": ["Làm giấy khai sinh"],
                 "keywords": ["giấy khai sinh", "làm giấy khai sinh", "khai sinh cho con"]},
    "1.000894": {"friendly_names": ["Đăng ký kết hôn"],
                 "keywords": ["giấy chứng nhận kết hôn", "giấy đăng ký kết hôn", "giấy kết hôn"]},
    "1.000656": {"friendly_names": ["Làm giấy chứng tử"],
                 "keywords": ["giấy chứng tử", "báo tử", "trích lục khai tử"]},
    "1.004873": {"friendly_names": ["Giấy xác nhận độc thân"],
                 "keywords": ["xác nhận độc thân", "giấy độc thân", "giấy xác nhận độc thân"]},
    "2.000635": {"friendly_names": ["Xin bản sao giấy khai sinh"],
                 "keywords": ["bản sao giấy khai sinh", "trích lục khai sinh", "trích lục kết hôn"]},
    "1.004859": {"friendly_names": [],
                 "keywords": ["cải chính hộ tịch", "sửa giấy khai sinh", "đổi họ tên", "đổi tên"]},
    "1.004222": {"friendly_names": ["Nhập hộ khẩu"],
                 "keywords": ["hộ khẩu", "nhập khẩu", "đăng ký hộ khẩu"]},
    "1.004194": {"friendly_names": [],
                 "keywords": ["KT3", "sổ tạm trú", "đăng ký KT3"]},
    "1.003197": {"friendly_names": ["Cắt hộ khẩu"],
                 "keywords": ["cắt khẩu", "xóa hộ khẩu"]},
    "1.010041": {"friendly_names": ["Giấy xác nhận cư trú"],
                 "keywords": ["xác nhận cư trú", "CT07", "xác nhận hộ khẩu"]},
    "2.000815": {"friendly_names": ["Sao y bản chính"],
                 "keywords": ["sao y", "công chứng bản sao", "photo công chứng", "chứng thực bản sao"]},
    "2.000884": {"friendly_names": ["Chứng thực chữ ký"],
                 "keywords": ["công chứng chữ ký", "xác nhận chữ ký"]},
    "1.001612": {"friendly_names": ["Đăng ký hộ kinh doanh"],
                 "keywords": ["HKD", "giấy phép kinh doanh hộ cá thể", "giấy phép kinh doanh",
                              "mở hộ kinh doanh"]},
    "1.013978": {"friendly_names": ["Làm sổ đỏ lần đầu"],
                 "keywords": ["sổ đỏ", "sổ hồng", "bìa đỏ", "cấp sổ đỏ",
                              "giấy chứng nhận quyền sử dụng đất"]},
    "1.013225": {"friendly_names": ["Xin giấy phép xây dựng"],
                 "keywords": ["giấy phép xây dựng", "xin phép xây nhà", "GPXD"]},
}


class InputError(Exception):
    """A source file is missing or not what this script expects."""


# --- small text helpers ------------------------------------------------------

def line(value: Any) -> str:
    """One-line NFC text (names, agencies, codes), as the app stores it."""
    return vtext.normalize_line(value) if isinstance(value, str) else ""


def block(value: Any) -> str:
    """Multi-line NFC text with surrounding whitespace removed, as the app stores it."""
    return vtext.normalize(value).strip() if isinstance(value, str) else ""


def unique(values: list[str]) -> list[str]:
    """Non-empty values, first occurrence kept."""
    seen: set[str] = set()
    out = []
    for v in values:
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def number(value: float | int) -> int | float:
    """2.0 → 2 (the app's ``to_record`` gives whole numbers as int)."""
    return int(value) if float(value).is_integer() else float(value)


def join_notes(*parts: str) -> str:
    return "\n".join(unique([block(p) for p in parts]))


# --- loading the sources ------------------------------------------------------

@dataclass
class Sources:
    seed: dict[str, dict[str, str]]          # code → csv row
    ward: dict[str, dict[str, Any]]          # code → full record
    national: dict[str, dict[str, Any]]      # code → catalogue row
    national_rows: int = 0
    national_bad_codes: list[str] = field(default_factory=list)
    national_duplicates: list[str] = field(default_factory=list)


def _code(raw: Any, where: str) -> str:
    try:
        return normalize_code(str(raw or ""))
    except ValidationError as exc:
        raise InputError(f"{where}: {exc.message}") from None


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise InputError(f"Không tìm thấy tệp {path}")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for number_, text_line in enumerate(fh, start=1):
            if text_line.strip():
                try:
                    rows.append(json.loads(text_line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path.name}, dòng {number_}: JSON lỗi ({exc})") from None
    return rows


def load_sources(folder: Path) -> Sources:
    seed_path = folder / SEED_FILE
    if not seed_path.is_file():
        raise InputError(f"Không tìm thấy tệp {seed_path}")
    seed: dict[str, dict[str, str]] = {}
    with seed_path.open(encoding="utf-8-sig", newline="") as fh:
        for row_no, row in enumerate(csv.DictReader(fh), start=2):
            code = _code(row.get("ma_tthc"), f"{SEED_FILE}, dòng {row_no}")
            if code in seed:
                raise InputError(f"{SEED_FILE}, dòng {row_no}: mã {code} xuất hiện hai lần.")
            seed[code] = row

    ward: dict[str, dict[str, Any]] = {}
    for i, rec in enumerate(_read_jsonl(folder / WARD_FILE), start=1):
        code = _code(rec.get("code"), f"{WARD_FILE}, dòng {i}")
        if code in ward:
            raise InputError(f"{WARD_FILE}, dòng {i}: mã {code} xuất hiện hai lần.")
        ward[code] = rec

    sources = Sources(seed=seed, ward=ward, national={})
    for row in _read_jsonl(folder / NATIONAL_FILE):
        sources.national_rows += 1
        try:
            code = normalize_code(str(row.get("code") or ""))
        except ValidationError:
            sources.national_bad_codes.append(str(row.get("code")))
            continue
        if code in sources.national:
            # Two rows normalise to one code (" 1.014325" and "1.014325"): keep the row
            # whose code was written correctly, else the first.
            sources.national_duplicates.append(code)
            if str(sources.national[code].get("code")) == code or str(row.get("code")) != code:
                continue
        sources.national[code] = row
    return sources


# --- building one record -------------------------------------------------------

@dataclass
class Notes:
    """Per-build observations printed in the summary."""

    id_conflicts: list[str] = field(default_factory=list)
    merged_channels: list[str] = field(default_factory=list)
    shortened_names: list[str] = field(default_factory=list)
    dropped_fees: int = 0
    name_differences: list[str] = field(default_factory=list)
    synthetic_channels: list[str] = field(default_factory=list)


class FieldRegistry:
    """One spelling and one code per lĩnh vực, keyed by the app's folded name."""

    def __init__(self, sources: Sources):
        self.spelling: dict[str, str] = {}
        self.code: dict[str, str] = {}
        # National catalogue spelling first, for every code the catalogue will hold.
        for code in sorted(set(sources.seed) | set(sources.ward)):
            for name in (sources.national.get(code) or {}).get("categories") or []:
                if line(name):
                    self.spelling.setdefault(vtext.fold(name), line(name))
        for code in sorted(sources.ward):
            category = sources.ward[code].get("category") or {}
            name, cat_code = line(category.get("name")), line(category.get("code"))
            if not name:
                continue
            key = vtext.fold(name)
            self.spelling.setdefault(key, name)
            if cat_code:
                known = self.code.setdefault(key, cat_code)
                if known != cat_code:
                    raise InputError(f"Lĩnh vực “{name}” có hai mã: {known} và {cat_code}.")
        by_code: dict[str, str] = {}
        for key, cat_code in self.code.items():
            if by_code.setdefault(cat_code, key) != key:
                raise InputError(f"Mã lĩnh vực {cat_code} dùng cho hai tên khác nhau.")

    def field(self, name: str) -> dict[str, Any] | None:
        name = line(name)
        if not name:
            return None
        key = vtext.fold(name)
        return {"code": self.code.get(key), "name": self.spelling.get(key, name)}


def _national_categories(nat: dict[str, Any] | None) -> list[str]:
    return [line(c) for c in (nat or {}).get("categories") or [] if line(c)]


def _agencies(*values: Any) -> list[str]:
    """Agency names from strings such as "A; B" or lists, de-duplicated in order."""
    out: list[str] = []
    for value in values:
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, str):
                out.extend(line(part) for part in item.split(";"))
    return unique(out)


def _portal_type(nat: dict[str, Any] | None) -> str:
    value = line((nat or {}).get("type"))
    return value if value in PORTAL_TYPES else ""


def _formality_id(code: str, candidates: dict[str, Any], nat: dict[str, Any] | None,
                  notes: Notes) -> tuple[str | None, str]:
    """The portal id, the national catalogue's winning; returns (id, provenance remark).

    ``candidates`` maps a source's description to the id it gives.
    """
    given = {where: line(value).lower() for where, value in candidates.items() if line(value)}
    national = line((nat or {}).get("id")).lower()
    chosen = national or next(iter(given.values()), "")
    disagreeing = [f"{where} ghi {value}" for where, value in given.items() if value != chosen]
    if not disagreeing:
        return chosen or None, ""
    notes.id_conflicts.append(code)
    origin = "theo danh mục CSDL quốc gia" if national else "theo nguồn đầu tiên"
    return chosen, f"Mã định danh trên Cổng DVCQG lấy {origin} ({chosen}); " + "; ".join(disagreeing) + "."


def _case_limits(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for case in cases or []:
        qty = case.get("qty")
        unit = UNITS.get(str(case.get("unit") or ""))
        out.append({"code": line(case.get("case_code")), "name": "",
                    "qty": number(qty) if isinstance(qty, (int, float)) and not isinstance(qty, bool) else None,
                    "unit": unit.value if unit else None})
    return sorted(out, key=lambda c: c["code"])


def _fees(raw_fees: list[dict[str, Any]], notes: Notes) -> list[dict[str, Any]]:
    fees = []
    for fee in raw_fees or []:
        text = block(fee.get("text"))
        value = fee.get("value_vnd")
        amount = int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0 else None
        if not text and amount is None:
            notes.dropped_fees += 1
            continue
        kind = FEE_KINDS.get(str(fee.get("type") or ""))
        if kind is None:
            raise InputError(f"Loại phí lạ: {fee.get('type')!r}")
        fees.append({"kind": kind, "text": text, "amount": amount})
    return fees


def _channels_from_full(code: str, rec: dict[str, Any], case_limits: list[dict[str, Any]],
                        notes: Notes) -> tuple[list[dict[str, Any]], str]:
    """One channel per method; several source rows of one method are merged (see module doc)."""
    variants: dict[Method, list[dict[str, Any]]] = {}
    for raw in rec.get("channels") or []:
        method = METHODS.get(str(raw.get("method") or ""))
        if method is None:
            raise InputError(f"{code}: cách thức nộp lạ {raw.get('method')!r}")
        processing = raw.get("processing") or {}
        qty = processing.get("qty")
        unit = UNITS.get(str(processing.get("unit") or "")) if processing.get("unit") else None
        if processing.get("unit") and unit is None:
            raise InputError(f"{code}: đơn vị thời hạn lạ {processing.get('unit')!r}")
        numeric = isinstance(qty, (int, float)) and not isinstance(qty, bool)
        if unit == TimeUnit.OTHER:
            # The per-case values are authoritative; a free-text quantity is kept verbatim.
            parts = [block(qty) if isinstance(qty, str) else ""]
            if case_limits:
                parts.append(cases_text(case_limits))
            elif numeric:
                parts.append(time_phrase(qty, unit))
            text = "\n".join(p for p in parts if p)
        else:
            text = time_phrase(qty, unit)
        variants.setdefault(method, []).append({
            "qty": number(qty) if numeric else None, "unit": unit.value if unit else None,
            "text": text, "note": block(raw.get("note")), "fees": _fees(raw.get("fees"), notes)})

    channels, merged_labels = [], []
    for method in sorted(variants, key=lambda m: records.METHOD_ORDER[m]):
        rows = variants[method]
        figures = {(r["qty"], r["unit"]) for r in rows}
        qty, unit = next(iter(figures)) if len(figures) == 1 else (None, None)
        fees: list[dict[str, Any]] = []
        for r in rows:
            fees.extend(f for f in r["fees"] if f not in fees)
        if len(rows) > 1:
            merged_labels.append(f"{method.label} ({len(rows)} dòng)")
        channels.append({"method": method.value, "time_qty": qty, "time_unit": unit,
                         "time_text": "; ".join(unique([r["text"] for r in rows])),
                         "note": "\n".join(unique([r["note"] for r in rows])), "fees": fees})
    remark = ""
    if merged_labels:
        notes.merged_channels.append(code)
        remark = ("Trên CSDL, một cách thức nộp có nhiều dòng thời hạn/phí theo từng trường hợp ("
                  + ", ".join(merged_labels) + "); đã gộp vào một kênh, thời hạn ghi đủ các mức, "
                  "điều kiện xem ghi chú kênh.")
    return channels, remark


def _dossier(rec: dict[str, Any]) -> list[dict[str, Any]]:
    groups = []
    for group in rec.get("checklist_raw") or []:
        name = block(group.get("group"))
        present_only = "xuat trinh" in vtext.fold(name)
        components = []
        for item in group.get("items") or []:
            item_name = block(item.get("name"))
            if not item_name:
                continue
            attachment = next(iter(item.get("attachments") or []), None) or {}
            url = line(attachment.get("url"))
            components.append({
                "name": item_name,
                "originals": int(item.get("original_qty") or 0),
                "copies": int(item.get("copy_qty") or 0),
                "present_only": present_only,
                "form_name": line(attachment.get("name") or attachment.get("fileName")),
                "form_url": url if url.startswith("https://") else "",
                "code": line(item.get("code")),
            })
        groups.append({"name": name, "components": components})
    return groups


# The curator's remarks appended to the seed's time and fee texts ("– secondary",
# "(chưa xác minh)", "(case …; CSDL ghi …)"): not part of what a citizen should read
# on a poster; they move to the provenance note.
CURATOR_REMARK_RE = re.compile(r"\s*(?:[–-]\s*(?:secondary(?:,\s*chưa xác minh)?|chưa xác minh(?: trên CSDL)?)"
                               r"|\((?:chưa xác minh|case [^)]*)\))\s*$")


def _public(text: str) -> tuple[str, str]:
    """(text without the curator's trailing remark, the remark)."""
    match = CURATOR_REMARK_RE.search(text)
    if not match:
        return text, ""
    remark = match.group(0).strip(" –-()").replace("secondary", "theo nguồn thứ cấp")
    return text[: match.start()].rstrip(), remark


def _seed_channels(row: dict[str, str], notes: Notes, code: str) -> tuple[list[dict[str, Any]], str]:
    """Channels of a seed-only row: kenh_nop, with thoi_han and phi_le_phi on each."""
    time_text, time_remark = _public(block(row.get("thoi_han")))
    fee_text, fee_remark = _public(block(row.get("phi_le_phi")))
    qty = unit = None
    match = SEED_TIME_RE.match(time_text)
    if match:
        qty, unit = int(match.group(1)), SEED_TIME_UNITS[match.group(2)].value
    methods = []
    for part in (row.get("kenh_nop") or "").split(","):
        key = line(part).lower()
        if not key:
            continue
        if key not in SEED_METHODS:
            raise InputError(f"{SEED_FILE}, mã {code}: kênh nộp lạ “{part}”")
        methods.append(SEED_METHODS[key])
    remarks = [f"Thời hạn ({time_text}): {time_remark}." if time_remark else "",
               f"Phí, lệ phí ({fee_text}): {fee_remark}." if fee_remark else ""]
    if not methods and (time_text or fee_text):
        methods = [Method.DIRECT]
        notes.synthetic_channels.append(code)
        remarks.append(NOTE_UNVERIFIED_CHANNEL)
    remark = " ".join(r for r in remarks if r)
    channels = [{"method": m.value, "time_qty": qty, "time_unit": unit, "time_text": time_text, "note": "",
                 "fees": [{"kind": "fee", "text": fee_text, "amount": None}] if fee_text else []}
                for m in sorted(set(methods), key=lambda m: records.METHOD_ORDER[m])]
    return channels, remark


def _seed_verification(row: dict[str, str]) -> tuple[str, str | None, str]:
    """(verification, verified_on, verified_by) from the seed's ``xac_minh`` column."""
    text = row.get("xac_minh") or ""
    if "thời hạn+phí (chi tiết CSDL" in text:
        return "verified", DATA_DATE, VERIFIED_BY_NATIONAL
    if "VERIFIED: bản JSON API CSDL" in text:
        # Official API JSON of the national DB, but saved by another project on an unknown date.
        return "verified", None, VERIFIED_BY_API_COPY
    return "partial", None, ""


def _seed_note(row: dict[str, str]) -> str:
    check = block(row.get("xac_minh"))
    extra = block(row.get("nguon_ghi_chu"))
    if extra and extra not in check:
        check = f"{check}; {extra}"
    return check


def _name(code: str, full_name: str, notes: Notes) -> tuple[str, str]:
    """The name within the app's limit, and the record note keeping the full name if cut."""
    limit = records._LIMITS.get("name", 1000)
    name = line(full_name)
    if len(name) <= limit:
        return name, ""
    cut = name[: limit - 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    notes.shortened_names.append(f"{code} ({len(name)} ký tự)")
    return (cut.rstrip(" ,;:") + "…",
            f"Tên đầy đủ trên CSDL quốc gia ({len(name)} ký tự, vượt giới hạn {limit} ký tự của "
            f"trường Tên thủ tục): {name}")


def build_record(code: str, sources: Sources, fields: FieldRegistry, notes: Notes) -> dict[str, Any]:
    seed = sources.seed.get(code)
    full = sources.ward.get(code)
    nat = sources.national.get(code)
    remarks: list[str] = []

    if full is not None:
        formality_id, id_remark = _formality_id(
            code, {"bản ghi chi tiết": full.get("source_id"), "danh mục chọn lọc": (seed or {}).get("formality_id")},
            nat, notes)
        name, name_note = _name(code, full.get("name"), notes)
        friendly: list[str] = []
        if seed and vtext.fold(line(seed.get("ten_tthc"))) != vtext.fold(line(full.get("name"))):
            notes.name_differences.append(code)
            seed_name = line(seed.get("ten_tthc"))
            if seed_name and len(seed_name) < len(name):
                friendly.append(seed_name)
        category = full.get("category") or {}
        field_name = line(category.get("name")) or next(iter(_national_categories(nat)), "") \
            or line((seed or {}).get("linh_vuc_csdl"))
        executing = _agencies(full.get("executing_agency"), (seed or {}).get("co_quan_thuc_hien", "")) \
            or _agencies((nat or {}).get("departments") or [])
        case_limits = _case_limits(full.get("processing_cases"))
        channels, merge_remark = _channels_from_full(code, full, case_limits, notes)
        record_body = {
            "promulgating_agency": line(full.get("promulgating_agency"))
            or line((seed or {}).get("co_quan_ban_hanh")) or line((nat or {}).get("departmentPromulgate")),
            "executing_agencies": executing,
            "subjects": unique([line(s) for s in full.get("subject_types") or []]),
            "steps": [step for step in ({"title": line(s.get("name")), "text": block(s.get("text"))}
                                        for s in full.get("steps_raw") or []) if step["title"] or step["text"]],
            "requirements": block(full.get("requirements")),
            "legal_bases": [b for b in ({"code": line(lb.get("code")), "name": line(lb.get("name"))}
                                        for lb in full.get("legal_basis") or []) if b["code"] or b["name"]],
            "results": unique([line(r) for r in full.get("results") or []]),
            "channels": channels,
            "case_time_limits": case_limits,
            "dossier": _dossier(full),
        }
        source_url = line((full.get("source") or {}).get("url")) or line((seed or {}).get("url_chi_tiet"))
        remarks += [id_remark, merge_remark]
    else:
        assert seed is not None
        formality_id, id_remark = _formality_id(code, {"danh mục chọn lọc": seed.get("formality_id")}, nat, notes)
        name, name_note = _name(code, seed.get("ten_tthc"), notes)
        friendly = []
        field_name = next(iter(_national_categories(nat)), "") or line(seed.get("linh_vuc_csdl"))
        channels, channel_remark = _seed_channels(seed, notes, code)
        record_body = {
            "promulgating_agency": line(seed.get("co_quan_ban_hanh")) or line((nat or {}).get("departmentPromulgate")),
            "executing_agencies": _agencies(seed.get("co_quan_thuc_hien", ""))
            or _agencies((nat or {}).get("departments") or []),
            "subjects": unique([line(s) for s in (nat or {}).get("formalityTargetType") or []]),
            "steps": [], "requirements": "", "legal_bases": [], "results": [],
            "channels": channels, "case_time_limits": [], "dossier": [],
        }
        source_url = line(seed.get("url_chi_tiet"))
        remarks += [id_remark, channel_remark]

    if not field_name and seed is not None:
        field_name = CENTER_GROUP_FIELD
        remarks.append(NOTE_CENTER_GROUP)

    # Provenance.
    in_national_db = nat is not None or full is not None
    if seed is not None:
        verification, verified_on, verified_by = _seed_verification(seed)
        source = (SOURCE_NATIONAL + SOURCE_SEED_SUFFIX) if in_national_db else SOURCE_COMMUNE_LIST
        prov_note = join_notes(CHECK_DECISION, _seed_note(seed), *remarks)
    else:
        verification, verified_on, verified_by = "verified", DATA_DATE, VERIFIED_BY_NATIONAL
        source = SOURCE_NATIONAL
        local = []
        if _portal_type(nat) == "SPECIFIC":
            agency = record_body["promulgating_agency"] or "một địa phương khác"
            local.append(f"Thủ tục đặc thù do {agency} công bố (loại SPECIFIC trên CSDL quốc gia), không phải "
                         "thủ tục của tỉnh Đồng Nai; chỉ dùng làm dữ liệu minh hoạ.")
        prov_note = join_notes(*local, NOTE_FULL_RECORD, *remarks)
    if code in REPLACED_IN_HAI_PHONG or code in REPLACEMENTS_IN_HAI_PHONG:
        prov_note = join_notes(prov_note, NOTE_REPLACED)

    synonyms = SYNONYMS.get(code, {})
    return {
        "code": code,
        "formality_id": formality_id,
        "name": name,
        "summary": citizen_summary(code, record_body["channels"]) if seed is not None else "",
        "field": fields.field(field_name),
        "level": "commune",
        "portal_type": _portal_type(nat),
        "promulgating_agency": record_body["promulgating_agency"],
        "executing_agencies": record_body["executing_agencies"],
        "coordinating_agencies": [],
        "subjects": record_body["subjects"],
        "steps": record_body["steps"],
        "requirements": record_body["requirements"],
        "legal_bases": record_body["legal_bases"],
        "results": record_body["results"],
        "channels": record_body["channels"],
        "case_time_limits": record_body["case_time_limits"],
        "result_delivery": [],
        "dossier": record_body["dossier"],
        "online_level": "partial" if any(c["method"] == Method.ONLINE.value for c in channels) else "none",
        "non_territorial": False,
        "lifecycle": {"status": "in_force", "effective_from": None, "effective_until": None,
                      "decision_number": "", "decision_date": None, "superseded_by": ""},
        "posting": {"posted_since": DATA_DATE if seed is not None else None, "posted_until": None},
        "links": {"online_url": portal_url(formality_id), "online_url_override": None},
        "keywords": unique([line(k) for k in synonyms.get("keywords", [])]),
        "friendly_names": unique(friendly + [line(k) for k in synonyms.get("friendly_names", [])]),
        "note": name_note,
        "provenance": {"source": source, "source_url": source_url, "verification": verification,
                       "verified_on": verified_on, "verified_by": verified_by, "note": prov_note},
    }


def build_catalogue(sources: Sources, notes: Notes) -> dict[str, Any]:
    unknown = sorted(set(SYNONYMS) - set(sources.seed) - set(sources.ward))
    if unknown:
        raise InputError(f"Bảng từ đồng nghĩa có mã không thuộc danh mục: {', '.join(unknown)}")
    fields = FieldRegistry(sources)
    codes = sorted(set(sources.seed) | set(sources.ward))
    procedures = [build_record(code, sources, fields, notes) for code in codes]
    generated_from = (
        f"{SOURCE_NATIONAL}: {WARD_FILE} ({len(sources.ward)} bản ghi chi tiết cấp xã), "
        f"{NATIONAL_FILE} ({sources.national_rows} thủ tục); danh mục chọn lọc {SEED_FILE} "
        f"({len(sources.seed)} thủ tục). Dữ liệu ngày {DATA_DATE}.")
    return {"format": records.FORMAT, "version": records.FORMAT_VERSION,
            "generated_from": generated_from, "procedures": procedures}


# --- validation ----------------------------------------------------------------

def _first_difference(a: Any, b: Any, path: str = "") -> str:
    """Where two JSON values first differ (type, key order or value), for the error message."""
    where = path or "/"
    if type(a) is not type(b):
        return f"{where}: {a!r} ≠ {b!r}"
    if isinstance(a, dict):
        if list(a) != list(b):
            return f"{where}: khoá {list(a)} ≠ {list(b)}"
        pairs = [(a[k], b[k], f"{path}/{k}") for k in a]
    elif isinstance(a, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} phần tử ≠ {len(b)}"
        pairs = [(x, y, f"{path}[{i}]") for i, (x, y) in enumerate(zip(a, b))]
    else:
        return "" if a == b else f"{where}: {a!r} ≠ {b!r}"
    for x, y, sub in pairs:
        found = _first_difference(x, y, sub)
        if found:
            return found
    return ""


def _non_nfc_strings(value: Any, path: str = "") -> list[str]:
    if isinstance(value, str):
        return [path] if vtext.normalize(value) != value else []
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _non_nfc_strings(v, f"{path}[{i}]")]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _non_nfc_strings(v, f"{path}/{k}")]
    return []


def validate(document: dict[str, Any]) -> list[str]:
    """Every problem found; empty when the file is lossless for the app."""
    problems: list[str] = []
    procedures = document["procedures"]
    codes = [p["code"] for p in procedures]
    if codes != sorted(set(codes)):
        problems.append("Các bản ghi phải khác mã và xếp theo mã.")
    for p in procedures:
        for path in _non_nfc_strings(p):
            problems.append(f"{p['code']}{path}: văn bản chưa ở dạng NFC.")
        for channel in p["channels"]:
            for fee in channel["fees"]:
                if fee["amount"] == 0:
                    problems.append(f"{p['code']}: mức phí 0 không được ghi (0 không có nghĩa là miễn phí).")

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        for index, rec in enumerate(procedures, start=1):
            try:
                records.apply_record(session, rec, where=f"Bản ghi {index} ({rec.get('code')})")
            except ValidationError as exc:
                problems.extend(msg for _, msg in exc.problems)
        if problems:
            return problems
        session.commit()
    with Session(engine) as session:
        loaded = {p.code: records.to_record(p) for p in catalogue.all_procedures(session)}
    if sorted(loaded) != codes:
        problems.append(f"Cơ sở dữ liệu thử có {len(loaded)} thủ tục, tệp có {len(codes)}.")
    for rec in procedures:
        back = loaded.get(rec["code"])
        if back is None:
            continue
        if json.dumps(back, ensure_ascii=False) != json.dumps(rec, ensure_ascii=False):
            problems.append(f"{rec['code']}: đọc lại khác bản ghi đã ghi — {_first_difference(rec, back)}")
    return problems


# --- output -----------------------------------------------------------------------

def serialise(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def summary(document: dict[str, Any], sources: Sources, notes: Notes) -> list[str]:
    procedures = document["procedures"]
    seed, ward = set(sources.seed), set(sources.ward)
    channels = [c for p in procedures for c in p["channels"]]
    fees = [f for c in channels for f in c["fees"]]
    fields = Counter((p["field"] or {}).get("name") or "(không có)" for p in procedures)
    verification = Counter(p["provenance"]["verification"] for p in procedures)
    portal_types = Counter(p["portal_type"] or "(không có)" for p in procedures)
    return [
        f"Thủ tục: {len(procedures)} (danh mục chọn lọc + bản ghi đầy đủ: {len(seed & ward)}, "
        f"chỉ danh mục chọn lọc: {len(seed - ward)}, chỉ bản ghi đầy đủ: {len(ward - seed)}); "
        f"niêm yết: {sum(1 for p in procedures if p['posting']['posted_since'])}",
        f"Lĩnh vực: {len(fields)} — " + ", ".join(f"{n} {k}" for k, n in sorted(fields.items(), key=lambda x: -x[1])),
        f"Kênh: {len(channels)} ({', '.join(f'{m} {n}' for m, n in sorted(Counter(c['method'] for c in channels).items()))}); "
        f"phí, lệ phí: {len(fees)} dòng, {sum(1 for f in fees if f['amount'] is not None)} có mức tiền; "
        f"bỏ {notes.dropped_fees} dòng phí trống (không nội dung, giá trị 0)",
        "Đối chiếu: " + ", ".join(f"{k} {n}" for k, n in sorted(verification.items())),
        "Loại trên Cổng: " + ", ".join(f"{k} {n}" for k, n in sorted(portal_types.items())),
        f"Trực tuyến một phần: {sum(1 for p in procedures if p['online_level'] == 'partial')}; "
        f"có từ đồng nghĩa: {sum(1 for p in procedures if p['keywords'] or p['friendly_names'])}",
        f"Gộp nhiều dòng cùng cách thức nộp: {len(notes.merged_channels)} thủ tục; "
        f"kênh “Trực tiếp” tạm cho dòng chọn lọc không ghi kênh: {len(notes.synthetic_channels)}; "
        f"mã định danh khác danh mục quốc gia: {len(notes.id_conflicts)}; "
        f"tên khác giữa hai nguồn: {len(notes.name_differences)}",
        "Tên bị rút gọn (vượt giới hạn của ứng dụng): " + (", ".join(notes.shortened_names) or "không"),
        f"Danh mục quốc gia: {sources.national_rows} dòng, {len(sources.national_bad_codes)} mã sai dạng bị bỏ qua "
        f"({', '.join(repr(c) for c in sources.national_bad_codes)}), mã trùng sau chuẩn hoá: "
        f"{', '.join(sources.national_duplicates) or 'không'}",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Tạo danh mục thủ tục mẫu (catalogue.json) từ dữ liệu TTHC thật.")
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE,
                        help=f"thư mục dữ liệu TTHC (mặc định: {DEFAULT_SOURCE})")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT,
                        help=f"tệp kết quả (mặc định: {DEFAULT_OUTPUT})")
    args = parser.parse_args(argv)

    notes = Notes()
    try:
        sources = load_sources(args.source)
        document = build_catalogue(sources, notes)
    except InputError as exc:
        print(f"Lỗi dữ liệu nguồn: {exc}", file=sys.stderr)
        return 2

    text = serialise(document)
    problems = validate(json.loads(text))
    if problems:
        print(f"Danh mục KHÔNG hợp lệ, chưa ghi tệp ({len(problems)} lỗi):", file=sys.stderr)
        for problem in problems[:50]:
            print(f"  - {problem}", file=sys.stderr)
        if len(problems) > 50:
            print(f"  … và {len(problems) - 50} lỗi khác", file=sys.stderr)
        return 1

    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8", newline="\n")
    print(f"Đã ghi {args.output} ({len(text.encode('utf-8')):,} byte); mọi bản ghi nạp lại đúng nguyên vẹn.")
    for row in summary(document, sources, notes):
        print(f"  {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
