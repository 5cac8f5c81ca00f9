"""The procedure record: lossless both ways, every problem named in Vietnamese."""

from __future__ import annotations

import copy
import gc
import json

import pytest
from sqlalchemy import select

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import AuditEntry, Channel, Procedure
from cchc_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from cchc_desktop.core.domain import Role
from cchc_desktop.core.services import audit, catalogue, editing
from cchc_desktop.core.services.records import (
    FieldIndex,
    apply_record,
    check_record,
    gc_paused,
    stored_records,
    to_record,
    write_checked,
)

ACTOR = Actor.command_line()


def by_code(records: list[dict], code: str) -> dict:
    return next(r for r in records if r["code"] == code)


def test_every_demo_record_reads_back_identically(demo_db: Database, demo_records: list[dict]) -> None:
    with demo_db.read() as session:
        stored = {p.code: to_record(p) for p in catalogue.all_procedures(session)}
    assert len(stored) == len(demo_records) >= 200
    for rec in demo_records:
        assert json.dumps(stored[rec["code"]], ensure_ascii=False) == json.dumps(rec, ensure_ascii=False)


def test_stored_records_read_what_to_record_gives(demo_db: Database, demo_records: list[dict]) -> None:
    codes = [r["code"] for r in demo_records]
    with demo_db.read() as session:
        stored = stored_records(session, codes + ["9.999999"])
        expected = {p.code: (p.id, p.version, to_record(p)) for p in catalogue.all_procedures(session)}
    assert set(stored) == set(codes)  # an unknown code is simply absent
    for code, saved in stored.items():
        id_, version, record = expected[code]
        assert (saved.id, saved.version) == (id_, version)
        assert json.dumps(saved.record, ensure_ascii=False) == json.dumps(record, ensure_ascii=False)


def test_a_stale_version_is_refused_by_the_bulk_write(demo_db: Database) -> None:
    with demo_db.read() as session:
        saved = stored_records(session, ["1.001193"])["1.001193"]
    record = copy.deepcopy(saved.record)
    record["note"] = "sửa ở quầy khác"
    editing.save_procedure(demo_db, ACTOR, record, original_code="1.001193", expected_version=saved.version)
    stale = check_record({**saved.record, "note": "bản cũ"}, where="thử")

    def work(session):
        fields = FieldIndex.load(session)
        fields.resolve(stale)
        write_checked(session, [(stale, saved)], fields)

    with pytest.raises(ConflictError, match="1.001193 vừa được người khác sửa"):
        demo_db.write(ACTOR, work)
    with demo_db.read() as session:
        assert to_record(catalogue.get_procedure(session, "1.001193"))["note"] == "sửa ở quầy khác"


def test_the_gc_pause_nests_and_leaves_the_collector_as_it_found_it() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_saving_the_same_records_again_changes_nothing(demo_db: Database, demo_records: list[dict]) -> None:
    with demo_db.read() as session:
        entries = len(session.scalars(select(AuditEntry.id)).all())
    summary = catalogue.save_records(demo_db, ACTOR, demo_records, action="import", source="lần 2")
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, len(demo_records))
    with demo_db.read() as session:
        assert len(session.scalars(select(AuditEntry.id)).all()) == entries + 1  # only the import summary
        assert audit.verify_chain(session) == []


def test_an_update_is_audited_field_by_field(demo_db: Database, demo_records: list[dict]) -> None:
    rec = copy.deepcopy(by_code(demo_records, "1.001193"))
    rec["name"] = "Đăng ký khai sinh"
    rec["channels"][0]["time_text"] = "Trong ngày"
    catalogue.save_records(demo_db, ACTOR, [rec], action="import", source="sửa tay")
    with demo_db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity_key == "1.001193")
                                .order_by(AuditEntry.id.desc())).first()
        assert entry.actor == ACTOR.name and entry.actor.startswith("cli:") and entry.action == "update"
        assert [c["field"] for c in entry.changes] == ["name", "channels"]
        assert entry.changes[0]["old"] == "Thủ tục đăng ký khai sinh" and entry.changes[0]["new"] == "Đăng ký khai sinh"
        assert entry.snapshot == to_record(catalogue.get_procedure(session, "1.001193"))


def test_zero_fee_is_never_free(demo_records: list[dict]) -> None:
    fees = [f for r in demo_records for c in r["channels"] for f in c["fees"]]
    assert fees and all(f["amount"] is None or f["amount"] > 0 for f in fees)
    assert not any("Miễn phí" in f["text"] and f["amount"] is None and not f["text"].strip("Miễn phí ")
                   for f in fees)


def test_one_bad_record_changes_nothing(db: Database, demo_records: list[dict]) -> None:
    good = copy.deepcopy(demo_records[:3])
    bad = copy.deepcopy(demo_records[3])
    bad["code"] = "1.00x"
    with pytest.raises(ValidationError) as err:
        catalogue.save_records(db, ACTOR, [*good, bad], action="import", source="Tệp thử.json")
    assert "Tệp thử.json, bản ghi 4" in err.value.message and "1.00x" in err.value.message
    with db.read() as session:
        assert catalogue.count(session) == 0
        assert session.scalars(select(AuditEntry)).all() == []


def test_duplicate_codes_in_one_batch_are_refused(db: Database, demo_records: list[dict]) -> None:
    first = copy.deepcopy(demo_records[0])
    again = copy.deepcopy(first)
    again["code"] = first["code"] + ".H19"  # the same procedure under a suffixed code
    with pytest.raises(ValidationError, match="trùng với bản ghi 1"):
        catalogue.save_records(db, ACTOR, [first, again], action="import", source="x.json")
    with db.read() as session:
        assert catalogue.count(session) == 0


@pytest.mark.parametrize("change, field, words", [
    (lambda r: r.update(code="12.34"), "code", "không đúng dạng"),
    (lambda r: r.update(name=""), "name", "thiếu tên thủ tục"),
    (lambda r: r.update(name="Đ" * 2001), "name", "vượt giới hạn 2000 ký tự"),
    (lambda r: r["links"].update(online_url="http://dichvucong.gov.vn/x"), "online_url", "https://"),
    (lambda r: r["channels"].append(dict(r["channels"][0])), "channels", "xuất hiện hai lần"),
    (lambda r: r["channels"][0].update(method="fax"), "channels", "không hợp lệ"),
    (lambda r: r["channels"][0]["fees"].append({"kind": "fee", "text": "x", "amount": -5}), "channels", "không được âm"),
    (lambda r: r["dossier"][0]["components"][0].update(copies="hai"), "dossier", "không phải là số"),
    (lambda r: r["dossier"][0]["components"][0].update(copies=[2]), "dossier", "không phải là số"),
    (lambda r: r["case_time_limits"].append({"qty": "nan", "unit": "day", "text": "x"}), "case_time_limits",
     "“nan” không phải là số"),
    (lambda r: r["channels"][0].update(time_qty=float("inf")), "channels", "không phải là số"),
    (lambda r: r["lifecycle"].update(effective_from="2026-13-01"), "lifecycle", "không phải ngày hợp lệ"),
    (lambda r: r["lifecycle"].update(effective_from="2026-05-01", effective_until="2026-01-01"), "lifecycle",
     "trước ngày có hiệu lực"),
    (lambda r: r.update(level="xã"), "level", "không hợp lệ"),
    (lambda r: r["field"].update(code="G99-XX"), "field", "đã có mã G15-TP07"),
])
def test_validation_names_the_field(db: Database, demo_records: list[dict], change, field: str, words: str) -> None:
    catalogue.save_records(db, ACTOR, [by_code(demo_records, "1.000894")], action="import", source="a")
    rec = copy.deepcopy(by_code(demo_records, "1.001193"))
    change(rec)
    with pytest.raises(ValidationError) as err, db.read() as session:
        apply_record(session, rec, where="Bản ghi thử")
    assert field in [f for f, _ in err.value.problems]
    assert words in err.value.message and err.value.message.startswith("Bản ghi thử: ")


def test_channels_can_be_replaced_on_an_existing_procedure(db: Database, demo_records: list[dict]) -> None:
    rec = copy.deepcopy(by_code(demo_records, "1.001193"))
    catalogue.save_records(db, ACTOR, [rec], action="import", source="a")
    rec["channels"] = list(reversed(rec["channels"]))[:2]
    rec["channels"][0]["time_text"] = "2 ngày làm việc"
    catalogue.save_records(db, ACTOR, [rec], action="import", source="b")
    with db.read() as session:
        p = catalogue.get_procedure(session, "1.001193")
        assert [c.method.value for c in p.channels] == ["online", "postal"]  # kept in channel order
        assert session.scalars(select(Channel.id)).all().__len__() == 2


def test_read_only_accounts_cannot_save(db: Database, demo_records: list[dict]) -> None:
    with pytest.raises(PermissionDenied, match="không có quyền"):
        catalogue.save_records(db, Actor("xem", Role.READONLY), demo_records[:1], action="import", source="a")
    with db.read() as session:
        assert session.scalars(select(Procedure)).all() == []


def test_audit_chain_detects_an_edit_behind_the_apps_back(demo_db: Database) -> None:
    from sqlalchemy import text

    with demo_db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entries SET actor = 'ai đó' WHERE id = 3"))
    with demo_db.read() as session:
        problems = audit.verify_chain(session)
    assert [p.entry_id for p in problems] == [3]
    assert "bị sửa ngoài ứng dụng" in problems[0].message
