"""The guidance log: recording, editing, deleting, filters, follow-ups and the personal-data rules."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import AuditEntry, GuidanceSession, Procedure
from cchc_desktop.core.domain import GuidanceChannel as C, GuidanceKind as K, GuidanceOutcome as O, Role
from cchc_desktop.core.errors import NotFoundError, PermissionDenied, ValidationError
from cchc_desktop.core.periods import LOCAL_TZ, Period
from cchc_desktop.core.services import accounts, audit, catalogue, demo, guidance, settings
from cchc_desktop.core.services.guidance import Entry, Filters

ADMIN = Actor.command_line()
CODES = ("1.001193", "1.000894", "2.000815")


@pytest.fixture
def center(db: Database):
    """Three procedures, two staff accounts and a read-only one."""
    records = [r for r in demo.demo_records() if r["code"] in CODES]
    catalogue.save_records(db, ADMIN, records, action="import", source="thử")
    lan = accounts.create_account(db, ADMIN, "lan", "Nguyễn Thị Lan", Role.STAFF, "dung-mat-khau-1").actor()
    binh = accounts.create_account(db, ADMIN, "binh", "Trần Văn Bình", Role.STAFF, "dung-mat-khau-2").actor()
    viewer = accounts.create_account(db, ADMIN, "xem", "Người xem", Role.READONLY, "dung-mat-khau-3").actor()
    return db, lan, binh, viewer


def local(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=LOCAL_TZ)


def test_phone_rules():
    assert guidance.normalize_phone("090 123.4123") == "0901234123"
    assert guidance.normalize_phone("+84 901 234 123") == "0901234123"
    assert guidance.mask_phone("0901234123") == "090****123"
    assert guidance.mask_phone("02713123456") == "027*****456"
    with pytest.raises(ValidationError, match="Số điện thoại “12345” không hợp lệ"):
        guidance.normalize_phone("12345")


def test_record_and_list_masks_the_phone(center):
    db, lan, _, _ = center
    sid = guidance.record(db, lan, Entry(K.ONLINE_SUBMISSION, C.COUNTER, O.SUBMITTED, "1.001193",
                                         duration_seconds=240, citizen_name="Lê Văn Tám",
                                         citizen_phone="0901234123", consent=True))
    with db.read() as s:
        [row] = guidance.list_sessions(s)
        stored = s.get(GuidanceSession, sid)
        assert stored.staff_id == lan.account_id and stored.citizen_phone == "0901234123"
        assert stored.consent_at is not None and stored.consent_notice_version == "2026-01"
        snapshot = s.scalars(select(AuditEntry).where(AuditEntry.entity == "guidance")).one().snapshot
    assert row.phone_masked == "090****123" and row.staff_name == "Nguyễn Thị Lan"
    assert row.procedure_name.startswith("Đăng ký khai sinh") or "khai sinh" in row.procedure_name.lower()
    # The append-only trail never holds the phone or the name in clear.
    assert "0901234123" not in str(snapshot) and "Tám" not in str(snapshot)
    assert snapshot["citizen_phone"] == "090****123"


@pytest.mark.parametrize("entry, where, message", [
    (Entry(K.LOOKUP, C.PHONE, O.SUBMITTED, citizen_phone="0901234123"), "consent", "Chỉ lưu họ tên"),
    (Entry(K.LOOKUP, C.PHONE, O.SUBMITTED, "1.001193", citizen_name="An"), "consent", "đồng ý"),
    (Entry(K.LOOKUP, C.PHONE, O.FOLLOW_UP, "1.001193"), "follow_up_on", "cần ngày hẹn"),
    (Entry(K.LOOKUP, C.PHONE, O.SUBMITTED), "procedure_code", "Chưa chọn thủ tục"),
    (Entry(K.LOOKUP, C.PHONE, O.SUBMITTED, "1.999999"), "procedure_code", "không có trong danh mục"),
    (Entry(K.LOOKUP, C.PHONE, O.SUBMITTED, "1.001193", duration_seconds=-5), "duration_seconds", "Thời gian"),
    (Entry(K.LOOKUP, C.PHONE, O.SUBMITTED, "1.001193", citizen_phone="abc", consent=True), "citizen_phone",
     "không hợp lệ"),
])
def test_bad_input_is_refused_and_changes_nothing(center, entry, where, message):
    db, lan, _, _ = center
    with pytest.raises(ValidationError) as info:
        guidance.record(db, lan, entry)
    assert where in [f for f, _ in info.value.problems] and message in info.value.message
    with db.read() as s:
        assert s.scalar(select(GuidanceSession.id)) is None


def test_other_matter_and_follow_up_list(center):
    db, lan, binh, _ = center
    today = dt.date.today()
    later = guidance.record(db, lan, Entry(K.ACCOUNT, C.SOCIAL, O.FOLLOW_UP, other_procedure="Kích hoạt VNeID mức 2",
                                           follow_up_on=today + dt.timedelta(days=5)))
    sooner = guidance.record(db, binh, Entry(K.ONLINE_PAYMENT, C.PHONE, O.FOLLOW_UP, "1.000894",
                                             follow_up_on=today + dt.timedelta(days=1)))
    guidance.record(db, binh, Entry(K.ONLINE_PAYMENT, C.PHONE, O.PAID, "1.000894",
                                    follow_up_on=today))  # not "hẹn lại": the date is dropped
    with db.read() as s:
        assert [r.id for r in guidance.follow_ups(s)] == [sooner, later]
        assert [r.id for r in guidance.follow_ups(s, staff_id=lan.account_id)] == [later]
        assert guidance.get(s, later).subject == "Kích hoạt VNeID mức 2"
        assert s.scalar(select(GuidanceSession.follow_up_on).where(GuidanceSession.outcome == O.PAID)) is None


def test_edit_is_in_history_and_audit_and_delete_is_for_administrators(center):
    db, lan, binh, viewer = center
    sid = guidance.record(db, lan, Entry(K.LOOKUP, C.COUNTER, O.REFERRED, "1.001193"))
    with db.read() as s:
        entry = guidance.entry_of(s, sid)
    version = guidance.edit(db, binh, sid, Entry(K.ONLINE_SUBMISSION, C.COUNTER, O.SUBMITTED, "1.001193",
                                                 citizen_phone="0912345678", consent=True,
                                                 occurred_at=entry.occurred_at), expected_version=1)
    assert version == 2
    with db.read() as s:
        history = guidance.history(s, sid)
        row = guidance.get(s, sid)
    assert [v.action for v in history] == ["update", "create"] and history[0].actor == "binh"
    changed = {c["field"]: (c["old"], c["new"]) for c in history[0].changes}
    assert changed["kind"] == ("lookup", "online_submission") and changed["outcome"] == ("referred", "submitted")
    assert changed["citizen_phone"] == ("", "091****678")
    assert row.consented and row.phone_masked == "091****678"
    with pytest.raises(Exception, match="vừa được người khác sửa"):
        guidance.edit(db, lan, sid, Entry(K.LOOKUP, C.COUNTER, O.REFERRED, "1.001193"), expected_version=1)
    with pytest.raises(PermissionDenied):
        guidance.record(db, viewer, Entry(K.LOOKUP, C.COUNTER, O.REFERRED, "1.001193"))
    with pytest.raises(PermissionDenied):
        guidance.delete_session(db, lan, sid)
    guidance.delete_session(db, ADMIN, sid)
    with db.read() as s:
        assert s.get(GuidanceSession, sid) is None
        assert guidance.history(s, sid)[0].action == "delete"
        assert audit.verify_chain(s) == []
    with pytest.raises(NotFoundError):
        guidance.delete_session(db, ADMIN, sid)


def test_filters(center):
    db, lan, binh, _ = center
    with db.read() as s:
        field_of = {code: field for code, field in s.execute(select(Procedure.code, Procedure.field_id))}
    made = [
        (lan, Entry(K.ONLINE_SUBMISSION, C.COUNTER, O.SUBMITTED, "1.001193", occurred_at=local(2026, 9, 30, 23, 30))),
        (lan, Entry(K.ONLINE_PAYMENT, C.PHONE, O.PAID, "1.000894", occurred_at=local(2026, 10, 1, 0, 0))),
        (binh, Entry(K.LOOKUP, C.MOBILE, O.REFERRED, "2.000815", occurred_at=local(2026, 7, 1, 0, 0))),
        (binh, Entry(K.OTHER, C.SOCIAL, O.REFERRED, other_procedure="Hỏi giờ làm việc",
                     occurred_at=local(2026, 6, 30, 23, 59, 59))),
    ]
    ids = [guidance.record(db, actor, entry) for actor, entry in made]
    q3 = Period.parse("2026-Q3")
    with db.read() as s:
        ids_of = lambda f: sorted(r.id for r in guidance.list_sessions(s, f))
        assert ids_of(Filters(period=q3)) == [ids[0], ids[2]]
        assert ids_of(Filters(staff_id=lan.account_id)) == ids[:2]
        assert ids_of(Filters(procedure_code="1.000894")) == [ids[1]]
        wanted = field_of["2.000815"]
        assert ids_of(Filters(field_id=wanted)) == [i for i, (_, e) in zip(ids, made)
                                                    if field_of.get(e.procedure_code) == wanted]
        assert ids_of(Filters(outcome=O.REFERRED)) == [ids[2], ids[3]]
        assert ids_of(Filters(period=q3, outcome=O.REFERRED, staff_id=binh.account_id)) == [ids[2]]


def test_retention_erases_names_and_phones_and_keeps_the_sessions(center):
    db, lan, _, _ = center
    now = dt.datetime.now(dt.timezone.utc)
    person = dict(citizen_name="Phạm Thị Hoa", citizen_phone="0987654321", consent=True)
    old = guidance.record(db, lan, Entry(K.LOOKUP, C.COUNTER, O.SUBMITTED, "1.001193",
                                         occurred_at=now - dt.timedelta(days=400), **person))
    recent = guidance.record(db, lan, Entry(K.LOOKUP, C.COUNTER, O.SUBMITTED, "1.001193",
                                            occurred_at=now - dt.timedelta(days=300), **person))
    assert guidance.erase_expired_if_due(db, now=now) == 1
    assert guidance.erase_expired_if_due(db, now=now) is None  # once a day
    with db.read() as s:
        gone, kept = s.get(GuidanceSession, old), s.get(GuidanceSession, recent)
        assert (gone.citizen_name, gone.citizen_phone) == (None, None) and gone.anonymised_at is not None
        assert gone.procedure_code == "1.001193"  # the session stays for the reports
        assert kept.citizen_phone == "0987654321" and kept.anonymised_at is None
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "anonymise")).one()
        assert entry.actor == "system:retention" and "1 lượt hướng dẫn quá 12 tháng" in entry.summary
    settings.set_many(db, ADMIN, {"guidance.retention_months": 6})
    assert guidance.erase_expired(db, now=now) == 1
    with db.read() as s:
        assert s.get(GuidanceSession, recent).citizen_phone is None


def test_a_persons_data_found_exported_and_erased_on_request(center):
    db, lan, _, _ = center
    a = guidance.record(db, lan, Entry(K.LOOKUP, C.COUNTER, O.SUBMITTED, "1.001193", citizen_name="Đỗ Thị Mai",
                                       citizen_phone="0901234123", consent=True))
    b = guidance.record(db, lan, Entry(K.ONLINE_PAYMENT, C.PHONE, O.PAID, "1.000894",
                                       citizen_phone="090 123 4123", consent=True))
    other = guidance.record(db, lan, Entry(K.LOOKUP, C.COUNTER, O.SUBMITTED, "1.001193", citizen_name="Khác",
                                           consent=True))
    with db.read() as s:
        assert [r.id for r in guidance.find_person(s, lan, phone="+84901234123")] == [a, b]
        assert [r.id for r in guidance.find_person(s, lan, name="đỗ THỊ mai")] == [a]  # any case, not only ASCII
    with pytest.raises(PermissionDenied):
        guidance.export_person(db, lan, phone="0901234123")
    exported = guidance.export_person(db, ADMIN, phone="0901234123", name="Đỗ Thị Mai")
    assert exported["so_luot"] == 2 and exported["luot_huong_dan"][0]["so_dien_thoai"] == "0901234123"
    with pytest.raises(PermissionDenied):
        guidance.erase_person(db, lan, phone="0901234123")
    assert guidance.erase_person(db, ADMIN, phone="0901234123", name="Đỗ Thị Mai") == 2
    with db.read() as s:
        assert guidance.find_person(s, lan, phone="0901234123") == []
        assert s.get(GuidanceSession, other).citizen_name == "Khác"
        erased = s.scalars(select(AuditEntry).where(AuditEntry.action == "erase_person")).one()
        assert "0901234123" not in erased.summary and "090****123" in erased.summary
