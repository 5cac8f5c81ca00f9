"""The audit trail: every change recorded, viewable, exportable, and an edit behind the app's back detected."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import text

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import Role
from cchc_desktop.core.errors import PermissionDenied
from cchc_desktop.core.services import accounts, audit, audit_export, settings

ADMIN = Actor.command_line()


@pytest.fixture
def trail(demo_db: Database) -> Database:
    settings.set_many(demo_db, ADMIN, {"center.name": "Trung tâm Phục vụ hành chính công phường Bình Long",
                                       "center.hotline": "0271 3 123 456"})
    settings.set_many(demo_db, ADMIN, {"center.hotline": "0271 3 999 999"})
    return demo_db


def _problems(db: Database) -> list[str]:
    with db.read() as session:
        return [p.message for p in audit.verify_chain(session)]


def test_the_trail_is_intact_and_holds_who_when_what(trail: Database) -> None:
    assert _problems(trail) == []
    with trail.read() as session:
        entries = audit.search(session, ADMIN, audit.AuditFilter(entity="setting", actor=ADMIN.name))
        assert [e.entity_key for e in entries] == ["center.hotline", "center.hotline", "center.name"]
        newest = entries[0]
        assert newest.changes == [{"field": "center.hotline", "old": "0271 3 123 456", "new": "0271 3 999 999"}]
        assert newest.at <= dt.datetime.now(dt.timezone.utc)
        created = audit.search(session, ADMIN, audit.AuditFilter(action="create", text="khai sinh"))
        assert any(e.entity_key == "1.001193" for e in created)  # folded search: no accents typed
        assert audit.count(session, ADMIN, audit.AuditFilter(entity="procedure")) == 266
        page = audit.search(session, ADMIN, audit.AuditFilter(entity="procedure"), offset=260, limit=100)
        assert len(page) == 6
        actors, entities, actions = audit.facets(session, ADMIN)
        assert ADMIN.name in actors and {"procedure", "setting", "catalogue"} <= set(entities)
        assert {"create", "update", "load_demo"} <= set(actions)
        today = dt.date.today()
        assert audit.count(session, ADMIN, audit.AuditFilter(since=today, until=today)) == 266 + 1 + 4  # + the demo plan
        assert audit.count(session, ADMIN, audit.AuditFilter(until=today - dt.timedelta(days=1))) == 0


@pytest.mark.parametrize("tamper, words", [
    ("UPDATE audit_entries SET summary = 'sửa lén' WHERE id = 5", "số 5 .* đã bị sửa ngoài ứng dụng"),
    ("UPDATE audit_entries SET changes = '[]' WHERE entity_key = 'center.hotline'", "đã bị sửa ngoài ứng dụng"),
    ("DELETE FROM audit_entries WHERE id = 7", "số 8: không nối tiếp"),
    ("DELETE FROM audit_entries WHERE id > 200", "sau số 200 .* đã bị xoá"),
    ("DELETE FROM audit_entries", "Toàn bộ nhật ký"),
])
def test_an_edit_made_directly_in_the_database_is_detected(trail: Database, tamper: str, words: str) -> None:
    with trail.engine.begin() as conn:
        conn.execute(text(tamper))
    problems = _problems(trail)
    assert problems and any(__import__("re").search(words, p) for p in problems), problems


def test_an_edit_that_recomputes_the_hash_is_still_detected(trail: Database) -> None:
    """Forging one entry's hash breaks the next entry's link; forging to the end breaks the head mark."""
    with trail.read() as session:
        last_id = audit.count(session, ADMIN)
    with trail.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entries SET summary = 'sửa lén' WHERE id = 3"))
    with trail.read() as session:
        entry = session.get(audit.AuditEntry, 3)
        forged = audit._digest(entry)
    with trail.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entries SET hash = :h WHERE id = 3"), {"h": forged})
    assert any("Mục nhật ký số 4: không nối tiếp" in p for p in _problems(trail))
    assert last_id > 4


def test_viewing_verifying_and_exporting_need_an_administrator(trail: Database, tmp_path: Path) -> None:
    staff = Actor("binh", Role.STAFF, 2)
    with trail.read() as session:
        for call in (lambda: audit.search(session, staff), lambda: audit.count(session, staff),
                     lambda: audit.facets(session, staff), lambda: audit.verify(session, staff),
                     lambda: audit_export.export(session, staff, audit.AuditFilter(), tmp_path / "x.csv")):
            with pytest.raises(PermissionDenied, match="nhật ký"):
                call()
    assert not (tmp_path / "x.csv").exists()


def test_export_to_csv_and_xlsx_with_old_and_new_values(trail: Database, tmp_path: Path) -> None:
    f = audit.AuditFilter(entity="setting")
    with trail.read() as session:
        assert audit_export.export(session, ADMIN, f, tmp_path / "nhat-ky.csv") == 3
        assert audit_export.export(session, ADMIN, audit.AuditFilter(), tmp_path / "nhat-ky.xlsx") == 271
    with (tmp_path / "nhat-ky.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == audit_export.EXPORT_HEADERS
    assert rows[-1][4] == "Sửa" and rows[-1][5] == "Cài đặt" and rows[-1][6] == "center.hotline"
    assert rows[-1][8] == "Đường dây nóng: 0271 3 123 456 → 0271 3 999 999"
    sheet = load_workbook(tmp_path / "nhat-ky.xlsx", read_only=True).active
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == audit_export.EXPORT_HEADERS and len(values) == 272
    assert values[1][4] == "Thêm mới" and values[1][5] == "Thủ tục"


def test_sign_in_events_and_account_changes_are_in_the_trail(db: Database) -> None:
    admin = accounts.first_run(db, {"center.name": "Trung tâm"}, "quantri", "Nguyễn Thị Hạnh", "Bình-Long-2026")
    accounts.create_account(db, admin, "binh", "Trần Văn Bình", Role.STAFF, "dung-mat-khau")
    with pytest.raises(accounts.SignInRefused):
        accounts.authenticate(db, "binh", "sai-mat-khau")
    with db.read() as session:
        entries = audit.search(session, admin, audit.AuditFilter(entity="account"))
    assert [(e.action, e.entity_key) for e in entries] == [
        ("sign_in_failed", "binh"), ("create", "binh"), ("first_run", "quantri")]
    assert all("dung-mat-khau" not in str(e.changes) + e.summary for e in entries)


def test_a_trail_written_before_this_version_stays_verifiable_after_the_upgrade(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from alembic import command

    from cchc_desktop.core.db import migrate
    from cchc_desktop.core.db.database import Database

    db = Database(str(tmp_path / "cu.db"))
    cfg = migrate.alembic_config()
    with db._write_engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    prev = ""
    with db.engine.begin() as conn:  # as the foundation release wrote them: no search key, no head mark
        for i, summary in enumerate(["Danh mục mẫu: Thủ tục đăng ký khai sinh", "Đường dây nóng"], start=1):
            at = dt.datetime(2026, 11, 20, 8, i, tzinfo=dt.timezone.utc)
            entry = SimpleNamespace(at=at, actor="cli:root", action="create", entity="procedure",
                                    entity_key=f"1.00119{i}", summary=summary, changes=[], snapshot=None,
                                    prev_hash=prev)
            prev = audit._digest(entry)
            conn.execute(text("INSERT INTO audit_entries (id, at, actor, action, entity, entity_key, summary, "
                              "changes, snapshot, prev_hash, hash) VALUES (:id, :at, 'cli:root', 'create', "
                              "'procedure', :key, :summary, '[]', NULL, :prev, :hash)"),
                         {"id": i, "at": at.replace(tzinfo=None).isoformat(sep=" "), "key": entry.entity_key,
                          "summary": summary, "prev": entry.prev_hash, "hash": prev})
    assert migrate.upgrade(db) is not None  # the file was copied aside first
    with db.read() as session:
        assert audit.verify_chain(session) == []
        assert [e.entity_key for e in audit.search(session, ADMIN, audit.AuditFilter(text="khai sinh"))] == ["1.001191"]
    settings.set_many(db, ADMIN, {"center.hotline": "0271"})
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entries WHERE id = 3"))
    with db.read() as session:
        assert any("đã bị xoá" in p.message for p in audit.verify_chain(session))
    db.dispose()


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False) | st.sampled_from([1e-6, 2.5e-300, 1e16, -0.0])
    | st.text() | st.sampled_from(["e-mail", "1e-5", "Đăng ký khai sinh"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12)


@given(_JSON)
def test_snapshots_are_encoded_as_the_standard_canonical_form(value) -> None:
    # Entries are written with a fast encoder and verified with the standard one: their text must agree.
    assert audit._canonical_bytes(value) == audit._CANONICAL.encode(value).encode("utf-8")
