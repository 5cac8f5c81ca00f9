"""Center settings: a typed registry of keys with defaults, stored in the database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cchc_desktop.core import permissions
from cchc_desktop.core import text as vtext
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import Setting
from cchc_desktop.core.domain import check_url
from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.services import audit


@dataclass(frozen=True)
class Option:
    """A setting: its default fixes its type; numbers have bounds, texts a length limit."""

    key: str
    default: Any
    label: str
    minimum: int | None = None
    maximum: int | None = None
    max_length: int = 500
    digits: bool = False  # a code made of digits only
    url: bool = False     # an https:// address (or empty)

    def check(self, value: Any) -> Any:
        """The value as stored (text normalised), or a Vietnamese ValidationError."""
        kind = type(self.default)
        if kind is bool:
            if not isinstance(value, bool):
                raise ValidationError(f"{self.label}: cần chọn có hoặc không.", self.key)
            return value
        if kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(f"{self.label}: cần một số nguyên.", self.key)
            if (self.minimum is not None and value < self.minimum) or \
                    (self.maximum is not None and value > self.maximum):
                raise ValidationError(f"{self.label}: cần trong khoảng {self.minimum}–{self.maximum}.", self.key)
            return value
        if not isinstance(value, str):
            raise ValidationError(f"{self.label}: cần một đoạn văn bản.", self.key)
        value = vtext.normalize_line(value)
        if len(value) > self.max_length:
            raise ValidationError(f"{self.label}: dài quá {self.max_length} ký tự.", self.key)
        if self.digits and value and not value.isdigit():
            raise ValidationError(f"{self.label} “{value}” chỉ gồm chữ số.", self.key)
        if self.url and value:
            value = check_url(value, self.label)
        return value


OPTIONS = {o.key: o for o in [
    Option("center.name", "", "Tên Trung tâm", max_length=300),
    Option("center.address", "", "Địa chỉ"),
    Option("center.hours", "", "Giờ làm việc"),
    Option("center.hotline", "", "Đường dây nóng", max_length=100),
    Option("center.social_url", "", "Trang mạng xã hội", max_length=1000, url=True),
    Option("center.logo_sha256", "", "Biểu trưng", max_length=64),
    Option("center.province_code", "75", "Mã tỉnh", max_length=2, digits=True),
    Option("center.ward_code", "25326", "Mã phường, xã", max_length=5, digits=True),
    Option("catalogue.review_after_months", 12, "Số tháng cần đối chiếu lại thủ tục", minimum=1, maximum=120),
    Option("catalogue.staff_can_edit", True, "Cán bộ được sửa danh mục thủ tục"),
    Option("backup.folder", "", "Thư mục sao lưu", max_length=1000),
    Option("backup.keep", 14, "Số bản sao lưu tự động giữ lại", minimum=1, maximum=365),
    Option("kiosk.idle_seconds", 90, "Kiosk: số giây không dùng thì về màn hình đầu", minimum=20, maximum=900),
    Option("kiosk.printer", "", "Kiosk: máy in phiếu hướng dẫn (để trống: không in)", max_length=200),
    Option("kiosk.counter", "", "Kiosk: quầy được đánh giá (để trống: cả Trung tâm)", max_length=60),
    Option("kiosk.portal_url", "https://dichvucong.gov.vn", "Kiosk: cổng dịch vụ công trực tuyến", max_length=1000,
           url=True),
    Option("guidance.retention_months", 12, "Số tháng giữ họ tên, số điện thoại người được hướng dẫn",
           minimum=1, maximum=120),
    Option("guidance.notice_version", "2026-01", "Phiên bản thông báo xử lý dữ liệu cá nhân", max_length=20),
]}


def get(session: Session, key: str) -> Any:
    option = OPTIONS[key]
    row = session.get(Setting, key)
    return option.default if row is None else row.value


def get_all(session: Session) -> dict[str, Any]:
    """Every registered setting (internal rows such as the kiosk PIN hash are not among them)."""
    stored = {row.key: row.value for row in session.scalars(select(Setting).where(Setting.key.in_(OPTIONS)))}
    return {key: stored.get(key, option.default) for key, option in OPTIONS.items()}


def check_values(values: dict[str, Any]) -> dict[str, Any]:
    """The values checked and normalised; every problem in one ValidationError."""
    unknown = [k for k in values if k not in OPTIONS]
    if unknown:
        raise ValidationError(f"Cài đặt không tồn tại: {', '.join(unknown)}.", "settings")
    checked: dict[str, Any] = {}
    problems: list[tuple[str, str]] = []
    for key, value in values.items():
        try:
            checked[key] = OPTIONS[key].check(value)
        except ValidationError as exc:
            problems += exc.problems
    if problems:
        raise ValidationError(problems)
    return checked


def apply(session: Session, actor: Actor, values: dict[str, Any]) -> int:
    """Store checked values inside the caller's transaction, each change audited; returns how many changed."""
    changed = 0
    for key, value in values.items():
        old = get(session, key)
        if old == value:
            continue
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
        audit.record(session, actor, "update", "setting", key, summary=OPTIONS[key].label,
                     changes=[{"field": key, "old": old, "new": value}])
        changed += 1
    return changed


def set_many(db: Database, actor: Actor, values: dict[str, Any]) -> int:
    """Change settings in one transaction, each change in the audit trail; returns how many changed."""
    actor.require(permissions.SETTINGS)
    checked = check_values(values)
    return db.write(actor, lambda session: apply(session, actor, checked))


# --- the center's logo ----------------------------------------------------------------------
LOGO_MAX_BYTES = 2 * 1024 * 1024
_IMAGE_MAGIC = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


def check_logo(data: bytes) -> str:
    """The media type of a logo image, or a Vietnamese ValidationError."""
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError(f"Ảnh biểu trưng lớn quá {LOGO_MAX_BYTES // (1024 * 1024)} MB.", "center.logo_sha256")
    for magic, media_type in _IMAGE_MAGIC.items():
        if data.startswith(magic):
            return media_type
    raise ValidationError("Biểu trưng cần là ảnh PNG hoặc JPEG.", "center.logo_sha256")


def store_logo(db: Database, session: Session, data: bytes, media_type: str) -> str:
    from cchc_desktop.core.services import files

    return files.store(db, session, data, "logo" + files.EXTENSIONS[media_type]).sha256


def set_logo(db: Database, actor: Actor, data: bytes | None) -> str:
    """Store a new logo (or none) and point ``center.logo_sha256`` at it; returns the hash."""
    actor.require(permissions.SETTINGS)
    media_type = check_logo(data) if data else None

    def work(session: Session) -> str:
        sha = store_logo(db, session, data, media_type) if data else ""
        apply(session, actor, {"center.logo_sha256": sha})
        return sha

    return db.write(actor, work)


def logo(db: Database, session: Session) -> bytes | None:
    """The logo's bytes, or None when there is none (or its file is missing)."""
    from cchc_desktop.core.errors import CchcError
    from cchc_desktop.core.services import files

    sha = get(session, "center.logo_sha256")
    if not sha:
        return None
    try:
        return files.load(db, session, sha).data
    except CchcError:
        return None
