"""Every service entry point checks the role itself: a read-only account calling it directly changes nothing.

The list of entry points is found by looking at the code (every public core
service function taking an ``actor``), so a new service is caught here until
its role rule is written down below.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

import cchc_desktop.core.services as services_pkg
from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import AuditEntry, Base, GuidanceSession, SampleDocument
from cchc_desktop.core.domain import (GuidanceChannel, GuidanceKind, GuidanceOutcome, Lifecycle, PrintResult, Role,
                                      SampleKind)
from cchc_desktop.core.errors import PermissionDenied
from cchc_desktop.core.services import (accounts, audit, audit_export, backup, catalogue, demo, demo_history, editing,
                                        fields, guidance, history, importer, interchange, plans, print_log,
                                        procedure_bin, samples, settings, unused_files)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
RECORD = {"code": "1.001193", "name": "Thủ tục đăng ký khai sinh", "field": {"name": "Hộ tịch"}}
DEMO_RECORD = {**RECORD, "dossier": [{"name": "Giấy tờ phải nộp", "components": [
    {"name": "Tờ khai đăng ký khai sinh", "originals": 1, "copies": 0}]}]}


def _read(fn: Callable[..., Any]) -> Callable[[Database, Actor, Path], Any]:
    def call(db: Database, actor: Actor, tmp: Path) -> Any:
        with db.read() as session:
            return fn(session, actor)
    return call


PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _doc(db: Database, title: str = "Tờ khai mẫu") -> int:
    with db.read() as session:
        return session.scalar(select(SampleDocument.id).where(SampleDocument.title == title))


def _last_snapshot(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.max(AuditEntry.id)).where(AuditEntry.entity_key == "1.001193",
                                                                     AuditEntry.snapshot.is_not(None)))


def _import_to_undo(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(AuditEntry.id).where(AuditEntry.action == "import",
                                                          AuditEntry.entity_key == "để hoàn tác"))


GUIDED = guidance.Entry(GuidanceKind.ONLINE_SUBMISSION, GuidanceChannel.COUNTER, GuidanceOutcome.SUBMITTED,
                        "1.001193", citizen_phone="0901234123", consent=True)


def _session_id(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.max(GuidanceSession.id))) or 1


def _plan(db: Database) -> dict:
    with db.read() as session:
        return plans.get_plan(session, 2026)


def _plan_export(db: Database, tmp: Path) -> Path:
    with db.read() as session:
        plans.export_xlsx(session, 2026, tmp / "ke-hoach.xlsx")
    return tmp / "ke-hoach.xlsx"


def _plan_entry(db: Database) -> int:
    with db.read() as session:
        return plans.plan_history(session, 2026)[-1].entry_id


def _activity(db: Database) -> int:
    with db.read() as session:
        return plans.activities(session, 2026)[0].id


def _own_export(tmp: Path) -> Path:
    path = tmp / "danh-muc.json"
    interchange.write_json([RECORD], path)
    return path


# Entry point → (who may call it, a call with sensible arguments).
ENTRY_POINTS: dict[str, tuple[permissions.Permission, Callable[[Database, Actor, Path], Any]]] = {
    "accounts.create_account": (permissions.ACCOUNTS, lambda db, a, tmp: accounts.create_account(
        db, a, "moi", "Người Mới", Role.STAFF, "mat-khau-moi")),
    "accounts.update_account": (permissions.ACCOUNTS, lambda db, a, tmp: accounts.update_account(
        db, a, "binh", full_name="Tên Khác")),
    "accounts.set_active": (permissions.ACCOUNTS, lambda db, a, tmp: accounts.set_active(db, a, "binh", False)),
    "accounts.reset_password": (permissions.ACCOUNTS, lambda db, a, tmp: accounts.reset_password(
        db, a, "binh", "mat-khau-tam")),
    "accounts.unlock": (permissions.ACCOUNTS, lambda db, a, tmp: accounts.unlock(db, a, "binh")),
    "accounts.list_accounts": (permissions.ACCOUNTS, _read(accounts.list_accounts)),
    "accounts.set_kiosk_pin": (permissions.SETTINGS, lambda db, a, tmp: accounts.set_kiosk_pin(db, a, "1357")),
    "audit.search": (permissions.AUDIT, _read(audit.search)),
    "audit.count": (permissions.AUDIT, _read(audit.count)),
    "audit.facets": (permissions.AUDIT, _read(audit.facets)),
    "audit.verify": (permissions.AUDIT, _read(audit.verify)),
    "audit_export.export": (permissions.AUDIT, lambda db, a, tmp: _read(
        lambda s, actor: audit_export.export(s, actor, audit.AuditFilter(), tmp / "nhat-ky.csv"))(db, a, tmp)),
    "backup.write_archive": (permissions.BACKUP, lambda db, a, tmp: backup.write_archive(db, a, tmp / "x.zip")),
    "backup.restore": (permissions.RESTORE, lambda db, a, tmp: backup.restore(db, a, tmp / "goc.zip")),
    "catalogue.save_records": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: catalogue.save_records(
        db, a, [RECORD], action="import", source="thử")),
    "demo.load_catalogue": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: demo.load_catalogue(db, a)),
    "demo_history.load": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: demo_history.load(
        db, a, end=dt.date(2026, 11, 1))),
    "fields.set_links": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: fields.set_links(
        db, a, {"Hộ tịch": "https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=ho%20tich"})),
    "importer.apply_plan": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: importer.apply_plan(
        db, a, importer.build_plan(db, _own_export(tmp)))),
    "importer.undo_import": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: importer.undo_import(
        db, a, _import_to_undo(db))),
    "print_log.record": (permissions.PRINT, lambda db, a, tmp: print_log.record(
        db, a, template="poster", params={}, procedure_codes=["1.001193"], copies=1, pages=1,
        destination=str(tmp / "x.pdf"), result=PrintResult.OK)),
    "editing.save_procedure": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: editing.save_procedure(
        db, a, {**RECORD, "name": "Đăng ký khai sinh"}, original_code="1.001193")),
    "editing.set_lifecycle": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: editing.set_lifecycle(
        db, a, "1.001193", Lifecycle.AMENDED, decision_number="12/QĐ-UBND", decision_date=dt.date(2026, 11, 1),
        effective_date=dt.date(2026, 11, 15))),
    "editing.mark_verified": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: editing.mark_verified(
        db, a, "1.001193")),
    "history.restore": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: history.restore(
        db, a, "1.001193", _last_snapshot(db))),
    "samples.add_document": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: samples.add_document(
        db, a, "1.001193", title="Giấy tờ thêm")),
    "samples.update_document": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: samples.update_document(
        db, a, _doc(db), title="Tờ khai mẫu", kind=SampleKind.BLANK)),
    "samples.attach_file": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: samples.attach_file(
        db, a, _doc(db), "to-khai.pdf", PDF)),
    "samples.move_document": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: samples.move_document(
        db, a, _doc(db), 1)),
    "samples.detach_file": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: samples.detach_file(db, a, _doc(db))),
    "samples.add_from_dossier": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: samples.add_from_dossier(
        db, a, "1.001193")),
    "samples.remove_document": (permissions.EDIT_CATALOGUE, lambda db, a, tmp: samples.remove_document(
        db, a, _doc(db, "Giấy tờ thêm"))),
    "guidance.record": (permissions.GUIDANCE, lambda db, a, tmp: guidance.record(db, a, GUIDED)),
    "guidance.edit": (permissions.GUIDANCE, lambda db, a, tmp: guidance.edit(db, a, _session_id(db), GUIDED)),
    "guidance.find_person": (permissions.GUIDANCE, _read(
        lambda s, actor: guidance.find_person(s, actor, phone="0901234123"))),
    "guidance.export_person": (permissions.PURGE, lambda db, a, tmp: guidance.export_person(
        db, a, phone="0901234123")),
    "guidance.erase_person": (permissions.PURGE, lambda db, a, tmp: guidance.erase_person(
        db, a, phone="0901234123")),
    "guidance.delete_session": (permissions.GUIDANCE_DELETE, lambda db, a, tmp: guidance.delete_session(
        db, a, _session_id(db))),
    "plans.save_plan": (permissions.EDIT_PLANS, lambda db, a, tmp: plans.save_plan(db, a, _plan(db))),
    "plans.copy_plan": (permissions.EDIT_PLANS, lambda db, a, tmp: plans.copy_plan(db, a, 2026, 2030)),
    "plans.restore_plan": (permissions.EDIT_PLANS, lambda db, a, tmp: plans.restore_plan(
        db, a, 2026, _plan_entry(db))),
    "plans.load_demo": (permissions.EDIT_PLANS, lambda db, a, tmp: plans.load_demo(db, a)),
    "plans.import_xlsx": (permissions.EDIT_PLANS, lambda db, a, tmp: plans.import_xlsx(
        db, a, _plan_export(db, tmp))),
    "plans.add_activity": (permissions.RECORD_ACTIVITIES, lambda db, a, tmp: plans.add_activity(
        db, a, year=2026, task=4, day=dt.date(2026, 7, 1), kind="news", title="Bản tin CCHC tháng 7")),
    "plans.update_activity": (permissions.RECORD_ACTIVITIES, lambda db, a, tmp: plans.update_activity(
        db, a, _activity(db), count=2)),
    "plans.record_guidance_outing": (permissions.RECORD_ACTIVITIES, lambda db, a, tmp: plans.record_guidance_outing(
        db, a, guidance_id=1, day=dt.date(2026, 7, 2), task=12, title="Hướng dẫn lưu động")),
    "plans.remove_activity": (permissions.RECORD_ACTIVITIES, lambda db, a, tmp: plans.remove_activity(
        db, a, _activity(db))),
    "settings.set_many": (permissions.SETTINGS, lambda db, a, tmp: settings.set_many(
        db, a, {"center.hotline": "0271 3 000 000"})),
    "settings.set_logo": (permissions.SETTINGS, lambda db, a, tmp: settings.set_logo(db, a, PNG)),
    "unused_files.list_unused": (permissions.PURGE, lambda db, a, tmp: _read(
        lambda s, actor: unused_files.list_unused(db, s, actor))(db, a, tmp)),
    "unused_files.clean": (permissions.PURGE, lambda db, a, tmp: unused_files.clean(db, a)),
    # Last, in this order: the procedure goes to the bin and comes back.
    "procedure_bin.delete": (permissions.DELETE_PROCEDURE, lambda db, a, tmp: procedure_bin.delete(
        db, a, ["1.001193"])),
    "procedure_bin.list_bin": (permissions.DELETE_PROCEDURE, _read(procedure_bin.list_bin)),
    "procedure_bin.restore": (permissions.DELETE_PROCEDURE, lambda db, a, tmp: procedure_bin.restore(
        db, a, ["1.001193"])),
}
# Functions that take an actor but are not entry points, and why.
NOT_ENTRY_POINTS = {
    "kiosk_role.create": "PostgreSQL only (permissions.SETTINGS checked first), tested in test_kiosk_role",
    "satisfaction.record": "anonymous rating: every role and the kiosk (permissions.RATE), tested in test_kiosk_core",
    "accounts.change_password": "own password: every signed-in account, checked against the old password",
    "audit.record": "building block inside another service's transaction (also records refused sign-ins)",
    "audit.record_many": "building block inside another service's transaction",
    "print_log.check_can_print": "the check itself (the print studio asks it before rendering)",
    "catalogue.can_edit": "the check itself",
    "catalogue.require_edit": "the check itself",
    "catalogue.may_edit": "the check itself, for windows deciding which actions to offer",
    "catalogue.save_checked": "building block inside another service's transaction (imports, undoing one)",
    "importer.last_import": "a read of the caller's own latest import (to offer undoing it)",
    "editing.save_in_session": "building block inside another service's transaction (checks require_edit)",
    "settings.apply": "building block inside another service's transaction",
    "fields.apply_links": "building block inside another service's transaction (set_links, imports)",
}


def actor_functions() -> set[str]:
    found = set()
    for info in pkgutil.iter_modules(services_pkg.__path__):
        module = importlib.import_module(f"{services_pkg.__name__}.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and not name.startswith("_") \
                    and "actor" in inspect.signature(fn).parameters:
                found.add(f"{info.name}.{name}")
    return found


def test_every_entry_point_has_a_role_rule() -> None:
    assert actor_functions() == set(ENTRY_POINTS) | set(NOT_ENTRY_POINTS)


def _state(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {t.name: session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


@pytest.fixture
def center(db: Database, tmp_path: Path) -> Database:
    admin = accounts.first_run(db, {"center.name": "Trung tâm"}, "quantri", "Nguyễn Thị Hạnh", "Bình-Long-2026")
    accounts.create_account(db, admin, "binh", "Trần Văn Bình", Role.STAFF, "dung-mat-khau")
    catalogue.save_records(db, admin, [DEMO_RECORD], action="import", source="thử")
    plans.load_demo(db, admin)
    samples.add_document(db, admin, "1.001193", title="Tờ khai mẫu")
    catalogue.save_records(db, admin, [{"code": "1.000894", "name": "Thủ tục đăng ký kết hôn"}], action="import",
                           source="để hoàn tác")
    plans.add_activity(db, admin, year=2026, task=4, day=dt.date(2026, 7, 1), kind="news", title="Bản tin")
    backup.write_archive(db, admin, tmp_path / "goc.zip")
    return db


def test_read_only_is_refused_everywhere_and_nothing_changes(center: Database, tmp_path: Path) -> None:
    reader = Actor("xem", Role.READONLY, 99, "Lê Thị Xem")
    before = _state(center)
    for name, (_, call) in ENTRY_POINTS.items():
        with pytest.raises(PermissionDenied, match="không có quyền"):
            call(center, reader, tmp_path)
        assert _state(center) == before, name
    assert not (tmp_path / "x.zip").exists() and not (tmp_path / "nhat-ky.csv").exists()
    kiosk = Actor.kiosk()
    with pytest.raises(PermissionDenied):
        catalogue.save_records(center, kiosk, [RECORD], action="import", source="thử")


@pytest.mark.parametrize("role", [Role.STAFF, Role.ADMIN])
def test_each_role_gets_exactly_what_the_matrix_gives(center: Database, tmp_path: Path, role: Role) -> None:
    actor = Actor("nguoi", role, 98)
    for name, (permission, call) in ENTRY_POINTS.items():
        if role in permission.roles:
            call(center, actor, tmp_path)
        else:
            with pytest.raises(PermissionDenied):
                call(center, actor, tmp_path)


def test_administrator_can_take_catalogue_editing_away_from_staff(center: Database) -> None:
    staff = Actor("binh", Role.STAFF, 2)
    catalogue.save_records(center, staff, [RECORD], action="import", source="thử")
    settings.set_many(center, Actor.command_line(), {"catalogue.staff_can_edit": False})
    with pytest.raises(PermissionDenied, match="tắt quyền sửa danh mục"):
        catalogue.save_records(center, staff, [{**RECORD, "name": "Tên khác"}], action="import", source="thử")
    with center.read() as session:
        assert not catalogue.can_edit(session, staff)
        assert catalogue.can_edit(session, Actor.command_line())
        assert catalogue.get_procedure(session, "1.001193").name == RECORD["name"]
