"""Lĩnh vực: each field's link (its one QR code on the poster) set, cleared, checked, audited and printed."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import AuditEntry, Field
from cchc_desktop.core.domain import Role
from cchc_desktop.core.errors import CchcError, ConflictError, NotFoundError, PermissionDenied, ValidationError
from cchc_desktop.core.services import audit, catalogue, fields, importer, interchange, settings
from cchc_desktop.core.services.records import to_record
from cchc_desktop.printing import studio

import pdfcheck

STAFF = Actor("lan", Role.STAFF, 2)
HO_TICH = "https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=h%E1%BB%99%20t%E1%BB%8Bch"
PROVINCE = "https://dichvucong.dongnai.gov.vn/linh-vuc/chung-thuc"


def links(db: Database) -> dict[str, str | None]:
    with db.read() as session:
        return {f.name: f.link for f in fields.list_fields(session)}


def field_entries(db: Database) -> list[tuple]:
    with db.read() as session:
        return [tuple(row) for row in session.execute(
            select(AuditEntry.actor, AuditEntry.action, AuditEntry.entity_key, AuditEntry.changes)
            .where(AuditEntry.entity == "field").order_by(AuditEntry.id))]


def test_fields_are_listed_in_vietnamese_order_with_code_and_count(demo_db: Database) -> None:
    with demo_db.read() as session:
        rows = fields.list_fields(session)
        assert len(rows) == session.scalar(select(func.count(Field.id))) == 16
    names = [r.name for r in rows]
    assert names[:4] == ["Bảo trợ xã hội", "Chứng thực", "Đăng ký, quản lý cư trú", "Đất đai"]
    hotich = rows[names.index("Hộ tịch")]
    assert (hotich.code, hotich.procedures, hotich.link) == ("G15-TP07", 41, None)
    assert sum(r.procedures for r in rows) == 266


def test_set_and_clear_links_in_one_audited_transaction(demo_db: Database) -> None:
    assert fields.set_links(demo_db, STAFF, {"Hộ tịch": f"  {HO_TICH} ", "chứng thực": PROVINCE}) == 2
    assert links(demo_db)["Hộ tịch"] == HO_TICH and links(demo_db)["Chứng thực"] == PROVINCE
    entries = field_entries(demo_db)
    assert entries == [
        ("lan", "update", "Hộ tịch", [{"field": "portal_url", "old": None, "new": HO_TICH}]),
        ("lan", "update", "Chứng thực", [{"field": "portal_url", "old": None, "new": PROVINCE}])]
    assert fields.set_links(demo_db, STAFF, {"Hộ tịch": HO_TICH}) == 0  # unchanged: no entry
    assert fields.set_links(demo_db, STAFF, {"Hộ tịch": ""}) == 1
    assert links(demo_db)["Hộ tịch"] is None
    last = field_entries(demo_db)[-1]
    assert last[3] == [{"field": "portal_url", "old": HO_TICH, "new": None}]
    with demo_db.read() as session:
        assert audit.verify_chain(session) == []


@pytest.mark.parametrize("value, message", [
    ("http://dichvucong.gov.vn/ho-tich",
     "Đường liên kết của lĩnh vực “Hộ tịch” “http://dichvucong.gov.vn/ho-tich” không hợp lệ: phải bắt đầu "
     "bằng https:// và có tên miền."),
    ("https://dichvucong.gov.vn/" + "x" * 1000,
     "Đường liên kết của lĩnh vực “Hộ tịch” dài 1026 ký tự, vượt giới hạn 1000 ký tự."),
    ("dịch vụ công hộ tịch",
     "Đường liên kết của lĩnh vực “Hộ tịch” “dịch vụ công hộ tịch” không hợp lệ: phải bắt đầu bằng https:// "
     "và có tên miền."),
    ("https://", "Đường liên kết của lĩnh vực “Hộ tịch” “https://” không hợp lệ: phải bắt đầu bằng https:// "
                 "và có tên miền."),
    ({"url": HO_TICH}, "Đường liên kết của lĩnh vực “Hộ tịch” phải là văn bản."),
])
def test_a_bad_link_is_refused_in_vietnamese_and_nothing_changes(demo_db: Database, value, message: str) -> None:
    fields.set_links(demo_db, STAFF, {"Chứng thực": PROVINCE})
    before, entries = links(demo_db), len(field_entries(demo_db))
    with pytest.raises(ValidationError) as err:
        fields.set_links(demo_db, STAFF, {"Chứng thực": None, "Hộ tịch": value})  # the good one waits too
    assert err.value.message == message
    assert links(demo_db) == before and len(field_entries(demo_db)) == entries


def test_a_host_other_than_a_portal_is_flagged_not_refused(demo_db: Database) -> None:
    assert fields.field_link_warning("Hộ tịch", HO_TICH) is None
    assert fields.field_link_warning("Chứng thực", PROVINCE) is None
    warning = fields.field_link_warning("Hộ tịch", "https://example.com/ho-tich")
    assert warning == ("Đường liên kết của lĩnh vực “Hộ tịch” trỏ tới “example.com”, không phải Cổng Dịch vụ công "
                       "quốc gia hay cổng dịch vụ công của tỉnh: hãy kiểm tra lại trước khi in mã QR.")
    assert fields.set_links(demo_db, STAFF, {"Hộ tịch": "https://example.com/ho-tich"}) == 1
    assert links(demo_db)["Hộ tịch"] == "https://example.com/ho-tich"


def test_unknown_field_and_stale_expectation_change_nothing(demo_db: Database) -> None:
    with pytest.raises(NotFoundError, match="Không có lĩnh vực “Thuế”"):
        fields.set_links(demo_db, STAFF, {"Hộ tịch": HO_TICH, "Thuế": HO_TICH})
    fields.set_links(demo_db, Actor("binh", Role.STAFF, 3), {"Hộ tịch": PROVINCE})
    with pytest.raises(ConflictError, match="vừa được người khác sửa"):
        fields.set_links(demo_db, STAFF, {"Hộ tịch": HO_TICH}, expected={"Hộ tịch": None})
    assert links(demo_db)["Hộ tịch"] == PROVINCE


def test_who_may_not_edit_the_catalogue_is_refused_at_the_service(demo_db: Database) -> None:
    with pytest.raises(PermissionDenied, match="không có quyền sửa danh mục thủ tục"):
        fields.set_links(demo_db, Actor("xem", Role.READONLY, 4), {"Hộ tịch": HO_TICH})
    settings.set_many(demo_db, Actor.command_line(), {"catalogue.staff_can_edit": False})
    with pytest.raises(PermissionDenied, match="tắt quyền sửa danh mục"):
        fields.set_links(demo_db, STAFF, {"Hộ tịch": HO_TICH})
    assert links(demo_db)["Hộ tịch"] is None and field_entries(demo_db) == []
    assert fields.set_links(demo_db, Actor.command_line(), {"Hộ tịch": HO_TICH}) == 1


def test_the_poster_prints_the_fields_link_as_a_qr_code(demo_db: Database) -> None:
    request = studio.Request(kind="poster", field="Hộ tịch", day=dt.date(2026, 11, 26))
    before = pdfcheck.qr_links(studio.build(demo_db, request).pdf)
    assert HO_TICH not in before
    fields.set_links(demo_db, STAFF, {"Hộ tịch": HO_TICH})
    rendered = studio.build(demo_db, request)
    assert not rendered.blocked, [i.message for i in rendered.errors]
    assert pdfcheck.qr_links(rendered.pdf) == before + Counter({HO_TICH: 1})


def export(db: Database, path: Path) -> Path:
    with db.read() as session:
        records = [to_record(p) for p in catalogue.all_procedures(session)]
        field_list = fields.field_records(session)
    (interchange.write_json if path.suffix == ".json" else interchange.write_xlsx)(records, path, fields=field_list)
    return path


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_the_export_carries_the_links_and_imports_back_unchanged(demo_db: Database, tmp_path: Path,
                                                                  suffix: str) -> None:
    fields.set_links(demo_db, STAFF, {"Hộ tịch": HO_TICH, "Chứng thực": PROVINCE})
    path = export(demo_db, tmp_path / f"danh-muc{suffix}")
    plan = importer.build_plan(demo_db, path)
    assert plan.errors == [] and plan.links == [] and not plan.has_changes

    fields.set_links(demo_db, STAFF, {"Hộ tịch": None, "Chứng thực": "https://dichvucong.gov.vn/chung-thuc"})
    plan = importer.build_plan(demo_db, path)
    assert plan.errors == [] and plan.has_changes and plan.counts["update"] == 0
    assert [(c.name, c.before, c.after) for c in plan.links] == [
        ("Chứng thực", "https://dichvucong.gov.vn/chung-thuc", PROVINCE), ("Hộ tịch", None, HO_TICH)]
    assert "2 đường liên kết lĩnh vực" in plan.summary()
    assert any("Cập nhật đường liên kết của lĩnh vực “Hộ tịch”" in line for line in plan.change_lines())
    importer.apply_plan(demo_db, STAFF, plan)
    assert links(demo_db)["Hộ tịch"] == HO_TICH and links(demo_db)["Chứng thực"] == PROVINCE
    assert field_entries(demo_db)[-1][:3] == ("lan", "update", "Hộ tịch")


def test_an_export_round_trips_its_links_into_an_empty_database(demo_db: Database, tmp_path: Path) -> None:
    fields.set_links(demo_db, STAFF, {"Hộ tịch": HO_TICH})
    before = links(demo_db)
    path = export(demo_db, tmp_path / "danh-muc.xlsx")
    with demo_db.engine.begin() as conn:  # empty the catalogue, keep the schema
        for table in ("fees", "channels", "dossier_components", "dossier_groups", "procedures", "fields"):
            conn.exec_driver_sql(f"DELETE FROM {table}")
    plan = importer.build_plan(demo_db, path)
    assert plan.errors == [] and [(c.name, c.after) for c in plan.links] == [("Hộ tịch", HO_TICH)]
    importer.apply_plan(demo_db, STAFF, plan)
    assert links(demo_db) == before


def test_a_bad_link_in_an_export_is_an_error_at_its_place(demo_db: Database, tmp_path: Path) -> None:
    path = export(demo_db, tmp_path / "danh-muc.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    hotich = next(i for i, f in enumerate(document["fields"], 1) if f["name"] == "Hộ tịch")
    document["fields"][hotich - 1]["portal_url"] = "http://ho-tich"
    document["fields"].append({"name": "Thuế", "portal_url": HO_TICH})
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    plan = importer.build_plan(demo_db, path)
    assert plan.errors == [f"Tệp danh-muc.json, lĩnh vực thứ {hotich}: Đường liên kết của lĩnh vực “Hộ tịch” "
                           "“http://ho-tich” không hợp lệ: phải bắt đầu bằng https:// và có tên miền."]
    assert any("“Thuế” không có trong danh mục" in w for w in plan.warnings)
    with pytest.raises(CchcError, match="còn 1 lỗi"):
        importer.apply_plan(demo_db, STAFF, plan)
    assert set(links(demo_db).values()) == {None}


def _last_import(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(AuditEntry.id).where(AuditEntry.action == "import").order_by(AuditEntry.id.desc()))


def test_undoing_an_import_gives_the_fields_their_links_back(demo_db: Database, tmp_path: Path) -> None:
    fields.set_links(demo_db, STAFF, {"Hộ tịch": HO_TICH, "Chứng thực": PROVINCE})
    path = export(demo_db, tmp_path / "danh-muc.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["procedures"][0]["note"] = "Ghi chú từ tệp nhập."  # a procedure change beside the links
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    fields.set_links(demo_db, STAFF, {"Hộ tịch": None, "Chứng thực": "https://dichvucong.gov.vn/chung-thuc"})
    before = links(demo_db)
    importer.apply_plan(demo_db, STAFF, importer.build_plan(demo_db, path))
    assert links(demo_db)["Hộ tịch"] == HO_TICH
    entry_id = _last_import(demo_db)
    with demo_db.read() as session:
        assert importer.import_entry(session, entry_id).links == {
            "Chứng thực": ("https://dichvucong.gov.vn/chung-thuc", PROVINCE), "Hộ tịch": (None, HO_TICH)}
    importer.undo_import(demo_db, STAFF, entry_id)
    assert links(demo_db) == before
    with demo_db.read() as session:
        assert "2 đường liên kết lĩnh vực trở lại như trước" in session.scalar(
            select(AuditEntry.summary).where(AuditEntry.action == "undo_import"))
        assert audit.verify_chain(session) == []

    # An import that changed only links is undone too; a link changed since stops the undo, changing nothing.
    links_only = export(demo_db, tmp_path / "chi-lien-ket.json")
    document = json.loads(links_only.read_text(encoding="utf-8"))
    next(f for f in document["fields"] if f["name"] == "Hộ tịch")["portal_url"] = HO_TICH
    links_only.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    plan = importer.build_plan(demo_db, links_only)
    assert plan.counts["update"] == 0 and len(plan.links) == 1
    importer.apply_plan(demo_db, STAFF, plan)
    fields.set_links(demo_db, STAFF, {"Hộ tịch": PROVINCE})
    with pytest.raises(ConflictError, match="Hộ tịch"):
        importer.undo_import(demo_db, STAFF, _last_import(demo_db))
    assert links(demo_db)["Hộ tịch"] == PROVINCE
    fields.set_links(demo_db, STAFF, {"Hộ tịch": HO_TICH})
    importer.undo_import(demo_db, STAFF, _last_import(demo_db))
    assert links(demo_db) == before
