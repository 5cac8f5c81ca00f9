"""The procedure bin: administrators delete a procedure into it and restore it with its history; audited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from annexes import write_xlsx
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import AuditEntry
from cchc_desktop.core.domain import Role
from cchc_desktop.core.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from cchc_desktop.core.services import (audit, catalogue, editing, fields, history, importer, procedure_bin,
                                        samples, search)
from cchc_desktop.core.services.records import to_record
from cchc_desktop.printing import studio

ADMIN = Actor("an", Role.ADMIN, 1)
STAFF = Actor("lan", Role.STAFF, 2)
CODE = "1.001193"  # Đăng ký khai sinh, posted in the demo catalogue
TODAY = dt.date.today()


def posted_in_ho_tich(db: Database) -> int:
    with db.read() as session:
        return dict(studio.posted_fields(session, TODAY))["Hộ tịch"]


def everywhere(db: Database, hotich_posted: int) -> dict[str, bool]:
    """Whether the procedure shows in each place a procedure is listed."""
    with db.read() as session:
        hotich = next(f for f in fields.list_fields(session) if f.name == "Hộ tịch")
        return {
            "list": any(r.code == CODE for r in catalogue.list_rows(session)),
            "search": any(code == CODE for code, _ in search.search(session, "khai sinh")),
            "index": CODE in search.load_index(session).codes,
            "posted": any(p.code == CODE for p in catalogue.posted_procedures(session, TODAY)),
            "print lists": dict(studio.posted_fields(session, TODAY)).get("Hộ tịch") == hotich_posted,
            "export": any(p.code == CODE for p in catalogue.all_procedures(session)),
            "field count 41": hotich.procedures == 41,
            "count 266": catalogue.count(session) == 266,
        }


def test_delete_to_the_bin_and_restore_with_history(demo_db: Database) -> None:
    with demo_db.read() as session:
        before = to_record(catalogue.get_procedure(session, CODE))
        versions_before = len(history.procedure_history(session, CODE))
    posted = posted_in_ho_tich(demo_db)
    assert set(everywhere(demo_db, posted).values()) == {True}

    assert procedure_bin.delete(demo_db, ADMIN, [CODE]) == 1
    shown = everywhere(demo_db, posted)
    assert not any(shown.values()), shown
    with demo_db.read() as session:
        rows = procedure_bin.list_bin(session, ADMIN)
        assert [(r.code, r.name, r.field, r.deleted_by) for r in rows] == [
            (CODE, before["name"], "Hộ tịch", "an")]
        with pytest.raises(NotFoundError, match="đang ở Thùng rác"):
            catalogue.get_procedure(session, CODE)
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        assert (entry.actor, entry.action, entry.entity, entry.entity_key) == ("an", "delete", "procedure", CODE)
        assert entry.summary == f"Đưa vào Thùng rác: {before['name']}" and entry.snapshot == before
    with pytest.raises(ValidationError, match="đã ở Thùng rác"):
        procedure_bin.delete(demo_db, ADMIN, [CODE])

    assert posted_in_ho_tich(demo_db) == posted - 1
    with demo_db.read() as session:  # nor printed by its code
        assert catalogue.procedures_by_code(session, [CODE]) == {}

    assert procedure_bin.restore(demo_db, ADMIN, [CODE]) == 1
    assert set(everywhere(demo_db, posted).values()) == {True}
    with demo_db.read() as session:
        assert to_record(catalogue.get_procedure(session, CODE)) == before
        versions = history.procedure_history(session, CODE)
        assert len(versions) == versions_before + 2
        assert [v.action for v in versions[:2]] == ["restore", "delete"]
        assert procedure_bin.list_bin(session, ADMIN) == []
        assert audit.verify_chain(session) == []
    with pytest.raises(ValidationError, match="không ở Thùng rác"):
        procedure_bin.restore(demo_db, ADMIN, [CODE])
    # Its history still restores an old version once it is back.
    history.restore(demo_db, ADMIN, CODE, versions[-1].entry_id)


def test_only_administrators_use_the_bin(demo_db: Database) -> None:
    for actor in (STAFF, Actor("xem", Role.READONLY, 3)):
        with pytest.raises(PermissionDenied):
            procedure_bin.delete(demo_db, actor, [CODE])
        with pytest.raises(PermissionDenied), demo_db.read() as session:
            procedure_bin.list_bin(session, actor)
    procedure_bin.delete(demo_db, ADMIN, [CODE])
    with pytest.raises(PermissionDenied):
        procedure_bin.restore(demo_db, STAFF, [CODE])
    with demo_db.read() as session:
        other = next(r.code for r in catalogue.list_rows(session))
    with pytest.raises(NotFoundError, match="9.999999"):
        procedure_bin.delete(demo_db, ADMIN, ["9.999999", other])
    with demo_db.read() as session:
        assert [r.code for r in procedure_bin.list_bin(session, ADMIN)] == [CODE]  # the bad batch changed nothing


def test_a_binned_code_is_not_reused_edited_or_imported(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.read() as session:
        record, _ = editing.load_for_edit(session, CODE)
    procedure_bin.delete(demo_db, ADMIN, [CODE])
    # A new procedure under the binned code is refused, naming the bin.
    with demo_db.read() as session:
        problems = editing.record_problems(session, dict(record, name="Thủ tục mới"))
    assert any(p.field == "code" and "đã có ở Thùng rác" in p.message for p in problems)
    with pytest.raises(NotFoundError, match="đang ở Thùng rác"), demo_db.read() as session:
        editing.load_for_edit(session, CODE)
    # An annex naming it is refused with its row, and nothing changes.
    annex = write_xlsx(tmp_path / "QĐ 1.xlsx", [
        ["B", "THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG"],
        [1, CODE, "Thủ tục đăng ký khai sinh", None, None, "9.000 đồng", None]])
    plan = importer.build_plan(demo_db, annex)
    assert any("đang ở Thùng rác" in e and CODE in e for e in plan.errors), plan.errors
    # A bulk save of it (the demo loader, an import's undo) is refused too, and so is a new sample form.
    with pytest.raises(ConflictError, match="Thùng rác"):
        catalogue.save_records(demo_db, ADMIN, [dict(record, note="x")], action="import", source="t")
    with pytest.raises(NotFoundError):
        samples.add_document(demo_db, ADMIN, CODE, title="Tờ khai")
    with demo_db.read() as session:
        assert session.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)) == "delete"
