"""The audit trail as people read it: changed fields by their Vietnamese names, and the export to .csv/.xlsx.

Apart from :mod:`audit` because the names come from the services that
record entries (settings, records), which themselves import :mod:`audit`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.models import AuditEntry
from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.services import audit
from cchc_desktop.core.services.audit import AuditFilter
from cchc_desktop.core.services.records import FIELD_LABELS
from cchc_desktop.core.services.settings import OPTIONS

_ACCOUNT_FIELDS = {"full_name": "Họ và tên", "role": "Vai trò", "active": "Đang hoạt động"}


def field_label(name: str) -> str:
    """The Vietnamese name of a changed field: a part of a procedure, a setting, an account field."""
    if name in OPTIONS:
        return OPTIONS[name].label
    return FIELD_LABELS.get(name) or _ACCOUNT_FIELDS.get(name) or name


def describe_changes(changes: Iterable[dict[str, Any]]) -> str:
    return "\n".join(f"{field_label(str(c.get('field', '')))}: {audit.describe_value(c.get('old'))} → "
                     f"{audit.describe_value(c.get('new'))}" for c in changes)


EXPORT_HEADERS = ["Số", "Thời điểm (giờ máy)", "Thời điểm (UTC)", "Người thực hiện", "Thao tác",
                  "Đối tượng", "Mã đối tượng", "Nội dung", "Thay đổi (cũ → mới)", "Mã băm"]
_CELL_LIMIT = 32000


def _export_rows(session: Session, f: AuditFilter) -> Iterator[list[Any]]:
    query = select(AuditEntry).where(*audit._where(f)).order_by(AuditEntry.id)
    for e in session.scalars(query).yield_per(1000):
        yield [e.id, audit.local_time(e.at), e.at.isoformat(timespec="seconds"), e.actor, audit.ACTIONS.get(e.action, e.action),
               audit.ENTITIES.get(e.entity, e.entity), e.entity_key, e.summary,
               describe_changes(e.changes)[:_CELL_LIMIT], e.hash]


def export(session: Session, actor: Actor, f: AuditFilter, path: Path) -> int:
    """Write the matching entries, oldest first, to a .csv or .xlsx file; returns how many."""
    from cchc_desktop.core.services.interchange import _ILLEGAL, _atomic_write  # openpyxl: loaded when exporting

    actor.require(permissions.AUDIT)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise CchcError(f"Không xuất được nhật ký ra “{path.name}”: chỉ hỗ trợ tệp .csv hoặc .xlsx.")
    written = 0

    def write_csv(tmp: Path) -> None:
        nonlocal written
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:  # the BOM lets Excel read UTF-8
            out = csv.writer(fh)
            out.writerow(EXPORT_HEADERS)
            for row in _export_rows(session, f):
                out.writerow(row)
                written += 1

    def write_xlsx(tmp: Path) -> None:
        nonlocal written
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Nhật ký thay đổi")
        for letter, width in zip("ABCDEFGHIJ", (8, 20, 22, 18, 18, 14, 16, 50, 60, 20)):
            ws.column_dimensions[letter].width = width
        ws.freeze_panes = "A2"
        bold = Font(bold=True)
        header = []
        for title in EXPORT_HEADERS:
            cell = WriteOnlyCell(ws, value=title)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        wrap = Alignment(wrap_text=True, vertical="top")
        for row in _export_rows(session, f):
            cells = []
            for value in row:
                cell = WriteOnlyCell(ws, value=_ILLEGAL.sub("", value) if isinstance(value, str) else value)
                cell.alignment = wrap
                cells.append(cell)
            ws.append(cells)
            written += 1
        wb.save(tmp)

    if not path.parent.is_dir():
        raise CchcError(f"Thư mục “{path.parent}” không tồn tại.")
    _atomic_write(path, write_csv if suffix == ".csv" else write_xlsx)
    return written
