"""Center settings: a typed registry of keys with defaults, stored in the database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import Setting
from cchc_desktop.core.domain import Role
from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.services import audit


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    label: str


OPTIONS = {o.key: o for o in [
    Option("center.name", "", "Tên Trung tâm"),
    Option("center.address", "", "Địa chỉ"),
    Option("center.hours", "", "Giờ làm việc"),
    Option("center.hotline", "", "Đường dây nóng"),
    Option("center.social_url", "", "Trang mạng xã hội"),
    Option("center.logo_sha256", "", "Biểu trưng"),
    Option("center.province_code", "75", "Mã tỉnh"),
    Option("center.ward_code", "25326", "Mã phường, xã"),
    Option("catalogue.review_after_months", 12, "Số tháng cần đối chiếu lại thủ tục"),
]}


def get(session: Session, key: str) -> Any:
    option = OPTIONS[key]
    row = session.get(Setting, key)
    return option.default if row is None else row.value


def get_all(session: Session) -> dict[str, Any]:
    stored = {row.key: row.value for row in session.scalars(select(Setting))}
    return {key: stored.get(key, option.default) for key, option in OPTIONS.items()}


def set_many(db: Database, actor: Actor, values: dict[str, Any]) -> None:
    """Change settings in one transaction, each change in the audit trail."""
    actor.require(Role.ADMIN, action="thay đổi cài đặt")
    unknown = [k for k in values if k not in OPTIONS]
    if unknown:
        raise ValidationError(f"Cài đặt không tồn tại: {', '.join(unknown)}.", "settings")

    def work(session: Session) -> None:
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

    db.write(actor, work)
