"""Lĩnh vực: the fields of the catalogue and the link each one prints as its QR code on posters.

A poster of a field carries one QR code for the whole field (the Bắc Giang
model: one code per lĩnh vực at the one-stop counter) when the field has a
link. Links are checked as a procedure's links are (https, one line, at most
1000 characters); a host other than the national or a provincial portal is
flagged, not refused. Changing a link is editing the catalogue (same role
rule) and is audited old → new (entity "field", key = the field's name).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cchc_desktop.core import permissions
from cchc_desktop.core import text as vtext
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import Field, Procedure
from cchc_desktop.core.domain import link_warning
from cchc_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from cchc_desktop.core.services import audit
from cchc_desktop.core.services.catalogue import require_edit
from cchc_desktop.core.services.records import check_link


@dataclass(frozen=True)
class FieldRow:
    """A field as the list of fields shows it."""

    id: int
    code: str | None
    name: str
    link: str | None
    procedures: int


def field_names(session: Session) -> list[str]:
    """Every field's name in Vietnamese order."""
    return list(session.scalars(select(Field.name).order_by(Field.sort_key, Field.name)))


def list_fields(session: Session) -> list[FieldRow]:
    """Every field in Vietnamese order, with its code, link and number of procedures."""
    query = (select(Field.id, Field.code, Field.name, Field.portal_url, func.count(Procedure.id))
             .outerjoin(Procedure, (Procedure.field_id == Field.id) & Procedure.live())
             .group_by(Field.id, Field.code, Field.name, Field.portal_url, Field.sort_key)
             .order_by(Field.sort_key, Field.name))
    return [FieldRow(*row) for row in session.execute(query)]


def field_records(session: Session) -> list[dict[str, Any]]:
    """The fields as the app's own export carries them (name, code, link), in Vietnamese order."""
    return [{"name": f.name, "code": f.code, "portal_url": f.link} for f in list_fields(session)]


def link_label(name: str) -> str:
    return f"Đường liên kết của lĩnh vực “{name}”"


def check_field_link(name: str, value: Any) -> str | None:
    """The link as it would be stored (None: no link), or a ValidationError naming the field and the value."""
    return check_link(value, link_label(name))


def field_link_warning(name: str, url: str | None) -> str | None:
    """The warning for a valid link that does not point at the national or a provincial portal."""
    return link_warning(url, link_label(name))


def set_links(db: Database, actor: Actor, links: Mapping[str, Any], *,
              expected: Mapping[str, str | None] | None = None) -> int:
    """Set or clear (empty or None) the links of fields named in ``links``, in one audited transaction.

    Every link is checked first: one bad link changes nothing. ``expected``
    maps names to the link the caller read; if someone changed it since,
    nothing is saved (ConflictError). Returns how many links changed.
    """
    actor.require(permissions.EDIT_CATALOGUE)
    checked: dict[str, str | None] = {}
    problems: list[tuple[str, str]] = []
    for name, value in links.items():
        try:
            checked[name] = check_field_link(name, value)
        except ValidationError as exc:
            problems += exc.problems
    if problems:
        raise ValidationError(problems)

    def work(session: Session) -> int:
        require_edit(session, actor)
        return apply_links(session, actor, checked, expected=expected)

    return db.write(actor, work)


def apply_links(session: Session, actor: Actor, links: Mapping[str, str | None], *,
                expected: Mapping[str, str | None] | None = None) -> int:
    """Store checked links inside the caller's transaction (fields matched by folded name), each change audited."""
    if not links:
        return 0
    by_key = {vtext.fold(name): name for name in links}
    found = {f.search_key: f for f in session.scalars(select(Field).where(Field.search_key.in_(list(by_key))))}
    missing = [name for key, name in by_key.items() if key not in found]
    if missing:
        raise NotFoundError(f"Không có lĩnh vực “{missing[0]}” trong danh mục.")
    changed = 0
    for key, name in by_key.items():
        field, new = found[key], links[name]
        old = field.portal_url
        if expected is not None and name in expected and expected[name] != old:
            raise ConflictError(f"Đường liên kết của lĩnh vực “{field.name}” vừa được người khác sửa. "
                                "Dữ liệu chưa bị thay đổi; hãy tải lại rồi thử lại.")
        if old == new:
            continue
        field.portal_url = new
        audit.record(session, actor, "update", "field", field.name, summary=link_label(field.name),
                     changes=[{"field": "portal_url", "old": old, "new": new}])
        changed += 1
    return changed
