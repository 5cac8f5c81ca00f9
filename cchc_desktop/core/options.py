"""The center's settings: a typed registry of keys with defaults (stored in the ``settings`` table).

The registry and its plain-SQL read have no database code of their own, so the first screens read
a setting before SQLAlchemy is loaded; :mod:`core.services.settings` writes them, audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cchc_desktop.core import text as vtext
from cchc_desktop.core.db.plain import Plain
from cchc_desktop.core.domain import check_url
from cchc_desktop.core.errors import ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

HEAD_KEY = "audit.head"  # an internal row: {"id", "hash"} of the audit trail's newest entry


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


def read(source: Session | Plain, *keys: str) -> list[Any]:
    """The values of ``keys`` (their defaults where none is stored), in one query."""
    plain = Plain.of(source)
    marks = ", ".join("?" * len(keys))
    stored = {key: plain.json(value)
              for key, value in plain.rows(f"SELECT key, value FROM settings WHERE key IN ({marks})", keys)}
    return [stored[key] if key in stored else OPTIONS[key].default for key in keys]
