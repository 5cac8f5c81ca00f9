"""Center settings: a typed registry of keys with defaults, stored in the database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import Setting
from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.options import OPTIONS, check_values
from cchc_desktop.core.services import audit


def get(session: Session, key: str) -> Any:
    option = OPTIONS[key]
    row = session.get(Setting, key)
    return option.default if row is None else row.value


def get_all(session: Session) -> dict[str, Any]:
    """Every registered setting (internal rows such as the kiosk PIN hash are not among them)."""
    stored = {row.key: row.value for row in session.scalars(select(Setting).where(Setting.key.in_(OPTIONS)))}
    return {key: stored.get(key, option.default) for key, option in OPTIONS.items()}


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
