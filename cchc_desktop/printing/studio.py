"""The print studio's one way of doing things, shared by the command line and the app.

A :class:`Request` names the template, the paper, and what to print (a field,
some procedure codes, or every posted procedure). :func:`gather` reads the
catalogue and the center's settings into print data, :func:`build` lays the
document out with its preflight, :func:`save_pdf` writes it and records the
print job. Printing on paper happens in the app (Qt), which records its job
through :func:`record` the same way.
"""

from __future__ import annotations

import dataclasses

import datetime as dt
import io
from dataclasses import dataclass, field as dc_field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from cchc_desktop.core import paths, text as vtext
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import Procedure
from cchc_desktop.core.domain import PrintResult, normalize_code
from cchc_desktop.core.errors import CchcError, NotFoundError, ValidationError
from cchc_desktop.core.posting import NO_FIELD
from cchc_desktop.core.services import catalogue, fields, print_log, settings
from cchc_desktop.printing import documents, panel, spec as specs
from cchc_desktop.core.procedure_info import CenterInfo, FieldInfo, PrintData, procedure_info
from cchc_desktop.printing.documents import KINDS, Rendered
from cchc_desktop.printing.engine import Options

NEEDS_NO_PROCEDURES = {"campaign"}
BOOK_AND_PANEL = {"handbook", "panel"}


@dataclass(frozen=True)
class Request:
    """What to print. No field and no codes means every posted procedure."""

    kind: str
    size: str | None = None
    field: str | None = None
    codes: tuple[str, ...] = ()
    day: dt.date | None = None
    crop_marks: bool = False
    grid: tuple[int, int] | None = None
    batch: bool = False
    logo: bytes | None = dc_field(default=None, repr=False, compare=False)
    imposed: bool = False            # handbook: A4 booklet for the center's printer, else print-shop pages
    distance: float | None = None    # panel: reading distance in metres (the template's when not given)
    photo: bytes | None = dc_field(default=None, repr=False, compare=False)       # panel: the center's photo
    background: bytes | None = dc_field(default=None, repr=False, compare=False)  # panel: background image

    def params(self) -> dict[str, Any]:
        """The request as stored with its print job (enough to print it again)."""
        out = {"size": self.size, "field": self.field, "codes": list(self.codes),
               "day": self.day.isoformat() if self.day else None, "crop_marks": self.crop_marks,
               "grid": list(self.grid) if self.grid else None, "batch": self.batch}
        if self.kind in BOOK_AND_PANEL:
            out.update(imposed=self.imposed, distance=self.distance)
        return out

    @property
    def options(self) -> Options:
        """Layout options; handbook pages and panels always carry crop marks and bleed for the print shop."""
        crop = self.crop_marks or (self.kind == "panel") or (self.kind == "handbook" and not self.imposed)
        return Options(crop, self.grid, imposed=self.kind == "handbook" and self.imposed,
                       distance_m=self.distance)

    @classmethod
    def from_job(cls, template: str, params: dict[str, Any]) -> Request:
        day = params.get("day")
        grid = params.get("grid")
        return cls(kind=template, size=params.get("size"), field=params.get("field"),
                   codes=tuple(params.get("codes") or ()), day=dt.date.fromisoformat(day) if day else None,
                   crop_marks=bool(params.get("crop_marks")), grid=tuple(grid) if grid else None,
                   batch=bool(params.get("batch")), imposed=bool(params.get("imposed")),
                   distance=params.get("distance"))


def center_info(session: Session, logo: bytes | None = None) -> CenterInfo:
    values = settings.get_all(session)
    months = values.get("catalogue.review_after_months") or 12
    return CenterInfo(name=values["center.name"] or "", address=values["center.address"] or "",
                      hours=values["center.hours"] or "", hotline=values["center.hotline"] or "",
                      social_url=values["center.social_url"] or "", logo=logo,
                      review_after_months=int(months))


def posted_fields(session: Session, day: dt.date | None = None) -> list[tuple[str, int]]:
    """Fields with posted procedures on ``day`` and how many, in catalogue order."""
    day = day or dt.date.today()
    counts: dict[str, int] = {}
    for row in catalogue.list_rows(session, today=day):
        if row.posted:
            counts[row.field] = counts.get(row.field, 0) + 1
    return list(counts.items())


def _match_field(session: Session, name: str) -> str:
    wanted = vtext.fold(name)
    names = fields.field_names(session)
    for candidate in [*names, NO_FIELD]:
        if vtext.fold(candidate) == wanted:
            return candidate
    known = ", ".join(names) or "chưa có lĩnh vực nào"
    raise NotFoundError(f"Không có lĩnh vực “{name}” trong danh mục. Các lĩnh vực: {known}.")


def _procedures(session: Session, request: Request, day: dt.date) -> list[Procedure]:
    if request.codes:
        codes = list(dict.fromkeys(normalize_code(c) for c in request.codes))
        found = catalogue.procedures_by_code(session, codes)
        missing = [c for c in codes if c not in found]
        if missing:
            raise NotFoundError(f"Không có thủ tục mã {', '.join(missing)} trong danh mục.")
        # In catalogue order, as the posted list: by field, then name.
        procedures = sorted(found.values(), key=lambda p: (p.field is None, p.field.sort_key if p.field else b"",
                                                           p.sort_key, p.code))
    else:
        procedures = catalogue.posted_procedures(session, day)
    if request.field:
        name = _match_field(session, request.field)
        procedures = [p for p in procedures if (p.field.name if p.field else NO_FIELD) == name]
    return procedures


def gather(session: Session, request: Request) -> PrintData:
    """The print data of ``request``: procedures grouped by field in catalogue order, the center's details."""
    if request.kind not in KINDS:
        raise ValidationError(f"Không có mẫu in “{request.kind}”; chỉ có: {', '.join(KINDS)}.", "kind")
    day = request.day or dt.date.today()
    center = center_info(session, request.logo)
    if request.kind in NEEDS_NO_PROCEDURES:
        if request.field or request.codes:
            raise ValidationError("Áp phích “Quét mã để nộp hồ sơ trực tuyến” không in theo lĩnh vực hay "
                                  "mã thủ tục: bỏ lĩnh vực và mã thủ tục.", "kind")
        return PrintData(fields=(), center=center, day=day, updated=day)
    groups: dict[str, tuple[str | None, list]] = {}
    updated: dt.date | None = None
    procedures = _procedures(session, request, day)
    extra: dict[str, Any] = {}
    if request.kind == "panel":
        procedures = panel.choose(session, procedures, bool(request.codes))
        extra = panel.extra(center, procedures, request.photo, request.background)
    for p in procedures:
        name = p.field.name if p.field else NO_FIELD
        groups.setdefault(name, (p.field.portal_url if p.field else None, []))[1].append(procedure_info(p, day))
        for candidate in (p.posted_since, p.updated_at.date() if p.updated_at else None):
            if candidate and candidate <= day and (updated is None or candidate > updated):
                updated = candidate
    infos = tuple(FieldInfo(name, url, tuple(items)) for name, (url, items) in groups.items())
    return PrintData(fields=infos, center=center, day=day, updated=updated or day, extra=extra)


def check_logo(data: bytes, what: str = "biểu trưng", key: str = "logo") -> None:
    """A logo (or a panel's photo) must be an image reportlab can place (PNG, JPEG, …), said plainly when it is not."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(f"Tệp {what} không phải ảnh đọc được: dùng ảnh PNG hoặc JPG.", key) from None


def build(db: Database, request: Request) -> Rendered:
    """Read what to print and lay it out (preflight included); nothing is written."""
    specs.load(request.kind, request.size)  # a wrong size is said before the catalogue is read
    if request.logo:
        check_logo(request.logo)
    for data, what, key in ((request.photo, "ảnh Trung tâm", "photo"), (request.background, "ảnh nền", "background")):
        if data:
            check_logo(data, what, key)
    if request.distance is not None and not 0.5 <= request.distance <= 20:
        raise ValidationError(f"Khoảng cách quét mã QR phải từ 0,5 đến 20 mét (nhận {request.distance:g}).",
                              "distance")
    with db.read() as session:
        if request.logo is None:  # the center's own logo, from the file store
            request = dataclasses.replace(request, logo=settings.logo(db, session))
        data = gather(session, request)
    return documents.render(request.kind, data, request.size, request.options)


def record(db: Database, actor: Actor, request: Request, rendered: Rendered, *, destination: str,
           copies: int = 1, result: PrintResult = PrintResult.OK, error: str = "") -> int:
    """Write the print job of ``rendered`` (printed, saved, failed or cancelled)."""
    params = {**request.params(), "size": rendered.size}
    if rendered.book_pages:  # the handbook's own pages, counted by the communication plan
        params["book_pages"] = rendered.book_pages
    return print_log.record(db, actor, template=request.kind, params=params,
                            procedure_codes=list(rendered.codes), copies=copies, pages=rendered.pages,
                            destination=destination, result=result, error=error)


def blocked_message(rendered: Rendered) -> str:
    errors = rendered.errors
    first = errors[0].message if errors else ""
    more = f" (và {len(errors) - 1} lỗi khác)" if len(errors) > 1 else ""
    return f"Kiểm tra trước khi in còn {len(errors)} lỗi: {first}{more}"


def held_message(rendered: Rendered) -> str:
    """One line for the print log: the held-back documents of a batch and why."""
    parts = [f"{', '.join(h.codes)} ({h.reason})" for h in rendered.held]
    return f"Giữ lại, không in {len(rendered.held)} tài liệu: " + "; ".join(parts)


def record_held(db: Database, actor: Actor, request: Request, rendered: Rendered, *, destination: str) -> int | None:
    """Log the documents a batch held back as a failed job of their own (printing it again retries just them)."""
    if not rendered.held:
        return None
    held = dataclasses.replace(request, codes=rendered.held_codes, field=None, batch=False)
    return print_log.record(db, actor, template=request.kind, params={**held.params(), "size": rendered.size,
                                                                       "held_from": request.params()},
                            procedure_codes=list(rendered.held_codes), copies=1, pages=0,
                            destination=destination, result=PrintResult.FAILED, error=held_message(rendered)[:2000])


def save_pdf(db: Database, actor: Actor, request: Request, rendered: Rendered, path: Path, copies: int = 1) -> int:
    """Write the PDF to ``path`` (all or nothing) and record the job with the ``copies`` to be printed of it;
    refuse when preflight found errors."""
    print_log.check_can_print(actor)
    if not 1 <= copies <= print_log.MAX_COPIES:
        raise ValidationError(f"Số bản in phải từ 1 đến {print_log.MAX_COPIES} (nhận {copies}).", "copies")
    if rendered.blocked:
        message = blocked_message(rendered)
        record(db, actor, request, rendered, destination=str(path), result=PrintResult.FAILED, error=message)
        raise CchcError(f"Không lưu tệp PDF. {message}")
    try:
        paths.write_whole(path, lambda tmp: Path(tmp).write_bytes(rendered.pdf))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        message = f"Không ghi được tệp “{path}”: {reason}. Chọn thư mục khác hoặc kiểm tra quyền ghi."
        record(db, actor, request, rendered, destination=str(path), result=PrintResult.FAILED, error=message)
        raise CchcError(message) from None
    job = record(db, actor, request, rendered, destination=str(path), copies=copies)
    record_held(db, actor, request, rendered, destination=str(path))
    return job


