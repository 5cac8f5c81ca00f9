"""Editing one procedure: checks, optimistic lock, lifecycle and the posted list, history and restore."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from hypothesis import given, strategies as st
from sqlalchemy import select

from cchc_desktop.core import text as vtext
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import AuditEntry, Procedure
from cchc_desktop.core.domain import Lifecycle, Role
from cchc_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from cchc_desktop.core.posting import Posting, is_posted, months_before, needs_review, posting_state
from cchc_desktop.core.services import audit, catalogue, editing, history, search, settings

ACTOR = Actor("app:lan", Role.STAFF)
D = dt.date(2026, 12, 1)


def record_of(db: Database, code: str) -> tuple[dict, int]:
    with db.read() as session:
        return editing.load_for_edit(session, code)


def problems_of(db: Database, record: dict, original: str | None = None) -> list[editing.Problem]:
    with db.read() as session:
        return editing.record_problems(session, record, original_code=original)


def test_save_updates_audits_and_bumps_the_version_even_for_child_rows(demo_db: Database) -> None:
    rec, version = record_of(demo_db, "1.001193")
    rec["channels"][0]["time_text"] = "Trong ngày"  # a child row only
    saved = editing.save_procedure(demo_db, ACTOR, rec, original_code="1.001193", expected_version=version)
    assert saved.changed and saved.version > version
    with demo_db.read() as session:
        versions = history.procedure_history(session, "1.001193")
        assert versions[0].actor == "app:lan" and versions[0].action == "update"
        assert [c["field"] for c in versions[0].changes] == ["channels"]
        assert audit.verify_chain(session) == []
    again = editing.save_procedure(demo_db, ACTOR, rec, original_code="1.001193", expected_version=saved.version)
    assert not again.changed and again.version == saved.version


def test_a_stale_editor_is_refused_and_changes_nothing(demo_db: Database) -> None:
    rec, version = record_of(demo_db, "1.001193")
    other = copy.deepcopy(rec)
    other["note"] = "Sửa ở quầy 2"
    editing.save_procedure(demo_db, Actor("app:binh", Role.STAFF), other, original_code="1.001193",
                           expected_version=version)
    rec["name"] = "Đăng ký khai sinh (sửa)"
    with pytest.raises(ConflictError) as err:
        editing.save_procedure(demo_db, ACTOR, rec, original_code="1.001193", expected_version=version)
    assert "vừa được người khác sửa" in err.value.message and "app:binh" in err.value.message
    assert record_of(demo_db, "1.001193")[0]["name"] == "Thủ tục đăng ký khai sinh"


def test_checks_in_vietnamese(demo_db: Database) -> None:
    rec, _ = record_of(demo_db, "1.001193")
    messages = {p.field: p.message for p in problems_of(demo_db, {**rec, "code": "1.00119"}, "1.001193")}
    assert "không đúng dạng" in messages["code"]
    duplicate = problems_of(demo_db, {**rec, "code": "1.000656"}, "1.001193")
    assert [p.message for p in duplicate if p.field == "code"] == [
        "Mã 1.000656 đã có trong danh mục (“Thủ tục đăng ký khai tử”): mỗi thủ tục có một mã riêng."]
    assert not problems_of(demo_db, rec, "1.001193")  # its own code is no duplicate; the record is complete
    http = problems_of(demo_db, {**rec, "links": {"online_url": "http://dichvucong.gov.vn/x"}}, "1.001193")
    assert any(p.blocking and "phải bắt đầu bằng https://" in p.message for p in http)
    other_host = problems_of(demo_db, {**rec, "links": {"online_url_override": "https://bit.ly/abc"}}, "1.001193")
    assert [(p.field, p.blocking) for p in other_host] == [("online_url_override", False)]
    assert "“bit.ly”, không phải Cổng Dịch vụ công quốc gia" in other_host[0].message
    province = problems_of(demo_db, {**rec, "links": {"online_url_override": "https://dichvucong.dongnai.gov.vn/x"}},
                           "1.001193")
    assert province == []


def test_the_parts_nd_63_requires_are_flagged_not_refused(db: Database) -> None:
    rec = {"code": "1.000005", "name": "Thủ tục hải quan đối với khí"}
    found = problems_of(db, rec)
    assert {p.field for p in found} == {"steps", "channels", "dossier", "time_limit", "subjects",
                                        "executing_agencies", "results"}
    assert all(not p.blocking and "Điều 8 Nghị định 63/2010/NĐ-CP" in p.message for p in found)
    assert any(p.message.startswith("Chưa có thời hạn giải quyết") for p in found)
    saved = editing.save_procedure(db, ACTOR, rec)
    assert saved.changed and saved.code == "1.000005"
    assert any(p.field == "name" and p.blocking for p in problems_of(db, {"code": "1.000006", "name": ""}))


def test_duplicate_codes_and_read_only_accounts_are_refused(demo_db: Database) -> None:
    rec, version = record_of(demo_db, "1.001193")
    with pytest.raises(ValidationError, match="Mã 1.000656 đã có trong danh mục"):
        editing.save_procedure(demo_db, ACTOR, {**rec, "code": "1.000656"}, original_code="1.001193",
                               expected_version=version)
    with pytest.raises(PermissionDenied, match="không có quyền"):
        editing.save_procedure(demo_db, Actor("xem", Role.READONLY), rec, original_code="1.001193")


def test_history_lists_changes_and_restores_a_version(demo_db: Database) -> None:
    rec, version = record_of(demo_db, "1.000656")
    original_name = rec["name"]
    rec["name"] = "Đăng ký khai tử (lần 1)"
    v1 = editing.save_procedure(demo_db, ACTOR, rec, original_code="1.000656", expected_version=version)
    rec["name"] = "Đăng ký khai tử (lần 2)"
    rec["keywords"] = ["báo tử"]
    v2 = editing.save_procedure(demo_db, ACTOR, rec, original_code="1.000656", expected_version=v1.version)
    with demo_db.read() as session:
        versions = history.procedure_history(session, "1.000656")
    assert [v.action for v in versions] == ["update", "update", "create"]
    assert versions[0].changes[0] == {"field": "name", "old": "Đăng ký khai tử (lần 1)", "new": "Đăng ký khai tử (lần 2)"}
    assert versions[1].changes == [{"field": "name", "old": original_name, "new": "Đăng ký khai tử (lần 1)"}]
    restored = history.restore(demo_db, ACTOR, "1.000656", versions[1].entry_id, expected_version=v2.version)
    back, _ = record_of(demo_db, "1.000656")
    assert back["name"] == "Đăng ký khai tử (lần 1)" and back["keywords"] != ["báo tử"]
    with demo_db.read() as session:
        latest = history.procedure_history(session, "1.000656")[0]
    assert latest.action == "restore" and "Khôi phục phiên bản lúc" in latest.summary
    assert {c["field"] for c in latest.changes} == {"name", "keywords"}
    with pytest.raises(ConflictError):
        history.restore(demo_db, ACTOR, "1.000656", versions[2].entry_id, expected_version=v2.version)
    assert restored.version > v2.version


def test_history_follows_a_corrected_code(db: Database) -> None:
    editing.save_procedure(db, ACTOR, {"code": "1.999991", "name": "Thủ tục gõ nhầm mã"})
    rec, version = record_of(db, "1.999991")
    editing.save_procedure(db, ACTOR, {**rec, "code": "1.999992"}, original_code="1.999991", expected_version=version)
    with db.read() as session:
        versions = history.procedure_history(session, "1.999992")
    assert [v.action for v in versions] == ["update", "create"]
    assert versions[0].changes[0] == {"field": "code", "old": "1.999991", "new": "1.999992"}
    history.restore(db, ACTOR, "1.999992", versions[1].entry_id)
    assert record_of(db, "1.999991")[0]["name"] == "Thủ tục gõ nhầm mã"


def test_a_repealed_procedure_leaves_the_posted_list_on_its_date_and_its_replacement_enters(demo_db: Database) -> None:
    editing.save_procedure(demo_db, ACTOR, {"code": "3.000999", "name": "Liên thông điện tử đăng ký khai sinh mới",
                                            "field": {"name": "Hộ tịch"}})
    with pytest.raises(ValidationError) as err:
        editing.set_lifecycle(demo_db, ACTOR, "1.001193", Lifecycle.REPEALED)
    assert {f for f, _ in err.value.problems} == {"decision_number", "decision_date", "effective_date"}
    editing.set_lifecycle(demo_db, ACTOR, "1.001193", Lifecycle.REPEALED, decision_number="3582/QĐ-UBND",
                          decision_date=dt.date(2026, 11, 20), effective_date=D, superseded_by="3.000999")
    editing.set_lifecycle(demo_db, ACTOR, "3.000999", Lifecycle.PENDING, decision_number="3582/QĐ-UBND",
                          decision_date=dt.date(2026, 11, 20), effective_date=D)

    def posted(day: dt.date) -> list[str]:
        with demo_db.read() as session:
            return [p.code for p in catalogue.posted_procedures(session, day)]

    before, on = posted(D - dt.timedelta(days=1)), posted(D)
    assert "1.001193" in before and "3.000999" not in before
    assert "1.001193" not in on and "3.000999" in on
    assert len(on) == len(before)
    rec, _ = record_of(demo_db, "1.001193")
    assert rec["lifecycle"] == {"status": "repealed", "effective_from": None, "effective_until": "2026-12-01",
                                "decision_number": "3582/QĐ-UBND", "decision_date": "2026-11-20",
                                "superseded_by": "3.000999"}
    assert record_of(demo_db, "3.000999")[0]["posting"]["posted_since"] == "2026-12-01"  # posted since its date
    with demo_db.read() as session:
        assert history.procedure_history(session, "1.001193")[0].action == "lifecycle"
        rows = catalogue.posted_procedures(session, D)
        keys = [(p.field is None, vtext.sort_key(p.field.name) if p.field else (), vtext.sort_key(p.name)) for p in rows]
    assert keys == sorted(keys)  # by field, then name, in Vietnamese order


def test_posting_states_around_the_dates() -> None:
    state = posting_state
    since = dt.date(2026, 7, 18)
    assert state(D, None, None, Lifecycle.IN_FORCE, None, None) == (Posting.NOT_POSTED, None)
    assert state(D, since, None, Lifecycle.IN_FORCE, None, None) == (Posting.POSTED, None)
    assert state(D, since, None, Lifecycle.REPEALED, None, dt.date(2027, 1, 1)) == (Posting.LEAVING, dt.date(2027, 1, 1))
    assert state(D, since, None, Lifecycle.REPEALED, None, D) == (Posting.ENDED, None)
    assert state(D, dt.date(2027, 1, 1), None, Lifecycle.PENDING, dt.date(2027, 1, 1), None) == \
        (Posting.SCHEDULED, dt.date(2027, 1, 1))
    assert state(D, since, None, Lifecycle.PENDING, None, None) == (Posting.NOT_POSTED, None)


dates = st.one_of(st.none(), st.dates(dt.date(2026, 1, 1), dt.date(2026, 1, 8)))


@given(dates, dates, st.sampled_from(list(Lifecycle)), dates, dates, st.dates(dt.date(2026, 1, 1), dt.date(2026, 1, 8)))
def test_the_plain_rule_agrees_with_the_model(since, until, lifecycle, start, end, day) -> None:
    p = Procedure(code="1.000001", name="x", posted_since=since, posted_until=until, lifecycle=lifecycle,
                  effective_from=start, effective_until=end)
    assert is_posted(day, since, until, lifecycle, start, end) == p.is_posted_on(day)


def test_the_sql_rule_agrees_with_the_plain_rule(db: Database) -> None:
    cases = [(s, u, lc, f, e) for s in (None, dt.date(2026, 1, 2)) for u in (None, dt.date(2026, 1, 4))
             for lc in Lifecycle for f in (None, dt.date(2026, 1, 3)) for e in (None, dt.date(2026, 1, 5))]

    def work(session) -> None:
        for n, (s, u, lc, f, e) in enumerate(cases):
            session.add(Procedure(code=f"1.{n:06d}", name=f"Thủ tục {n}", posted_since=s, posted_until=u,
                                  lifecycle=lc, effective_from=f, effective_until=e))

    db.write(ACTOR, work)
    for day in (dt.date(2026, 1, d) for d in range(1, 7)):
        with db.read() as session:
            posted = {p.code for p in catalogue.posted_procedures(session, day)}
        expected = {f"1.{n:06d}" for n, c in enumerate(cases) if is_posted(day, *c[:2], c[2], *c[3:])}
        assert posted == expected, day
        with db.plain() as plain:  # the plain-SQL form the lists read with (core.posting.POSTED_SQL)
            index = search.load_index(plain, day)
        assert {index.codes[i] for i in range(len(index)) if index.posted[i]} == expected, day


def test_needs_review_follows_the_setting(db: Database) -> None:
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 11, 26), 12) == dt.date(2025, 11, 26)
    assert needs_review(dt.date(2025, 11, 26), dt.date(2026, 11, 26), 12)
    assert not needs_review(dt.date(2025, 11, 27), dt.date(2026, 11, 26), 12)
    assert needs_review(None, dt.date(2026, 11, 26), 12)
    editing.save_procedure(db, ACTOR, {"code": "1.000005", "name": "Thủ tục A"})
    editing.mark_verified(db, ACTOR, "1.000005", day=dt.date(2026, 5, 1))
    rec, _ = record_of(db, "1.000005")
    assert rec["provenance"]["verification"] == "verified" and rec["provenance"]["verified_by"] == "app:lan"
    from cchc_desktop.core.services import search

    with db.read() as session:
        assert not search.load_index(session, dt.date(2026, 11, 26)).needs_review[0]
    settings.set_many(db, Actor.command_line(), {"catalogue.review_after_months": 6})
    with db.read() as session:
        assert search.load_index(session, dt.date(2026, 11, 26)).needs_review[0]
        assert session.scalars(select(AuditEntry.action).where(AuditEntry.entity_key == "1.000005")).all() == [
            "create", "verify"]
