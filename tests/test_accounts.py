"""Accounts: first administrator, sign-in and lockout, passwords, roles, the kiosk PIN."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from cchc_desktop.core import desk
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import AuditEntry, Setting, StaffAccount
from cchc_desktop.core.domain import Role
from cchc_desktop.core.errors import CchcError, PermissionDenied, ValidationError
from cchc_desktop.core.services import accounts, audit, settings

CENTER = {"center.name": "Trung tâm Phục vụ hành chính công phường Bình Long",
          "center.address": "Số 1 đường Trần Hưng Đạo, phường Bình Long, tỉnh Đồng Nai",
          "center.hours": "Sáng 7:00–11:30, chiều 13:00–17:00, thứ Hai đến thứ Sáu",
          "center.hotline": "0271 3 123 456", "center.social_url": "https://facebook.com/phuongbinhlong"}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def admin(db: Database) -> Actor:
    return accounts.first_run(db, CENTER, "QuanTri", "Nguyễn Thị Hạnh", "Bình-Long-2026")


def test_first_run_writes_settings_and_the_administrator_in_one_transaction(db: Database) -> None:
    with db.read() as session:
        assert not desk.has_accounts(session)
    actor = accounts.first_run(db, {**CENTER, "center.ward_code": "25326"}, "QuanTri", "Nguyễn Thị Hạnh",
                               "Bình-Long-2026", logo=PNG)
    assert actor.name == "quantri" and actor.role == Role.ADMIN and actor.display_name == "Nguyễn Thị Hạnh"
    with db.read() as session:
        assert desk.has_accounts(session)
        values = settings.get_all(session)
        assert values["center.name"] == CENTER["center.name"]
        assert settings.logo(db, session) == PNG
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
        assert actions[0] == "first_run" and actions.count("update") == len(CENTER) + 1  # + the logo
        assert audit.verify_chain(session) == []
    # Once an account exists, the wizard cannot run again (e.g. from a second desk).
    with pytest.raises(CchcError, match="đã có tài khoản quản trị"):
        accounts.first_run(db, CENTER, "khac", "Người Khác", "mot-mat-khau-khac")


def test_the_demo_years_staff_leave_the_first_run_to_come(db: Database) -> None:
    """`cchc init --demo` adds disabled sample staff; the first start must still offer the set-up wizard."""
    from cchc_desktop.core.services import demo_history
    from cchc_desktop.demo import load_demo

    load_demo(db, Actor.command_line(), samples=False, history=True)
    with db.read() as session:
        assert session.scalar(select(func.count(StaffAccount.id))) == len(demo_history.STAFF)
        assert not desk.has_accounts(session)
    actor = accounts.first_run(db, CENTER, "QuanTri", "Nguyễn Thị Hạnh", "Bình-Long-2026")
    assert actor.role == Role.ADMIN
    with db.read() as session:
        assert desk.has_accounts(session)


def test_first_run_with_a_bad_value_changes_nothing(db: Database) -> None:
    with pytest.raises(ValidationError, match="https://"):
        accounts.first_run(db, {**CENTER, "center.social_url": "facebook.com/x"}, "quantri", "A", "Bình-Long-2026")
    with pytest.raises(ValidationError, match="chỉ gồm chữ số"):
        accounts.first_run(db, {**CENTER, "center.ward_code": "2532a"}, "quantri", "A", "Bình-Long-2026")
    with pytest.raises(ValidationError, match="PNG hoặc JPEG"):
        accounts.first_run(db, CENTER, "quantri", "A", "Bình-Long-2026", logo=b"GIF89a....")
    with db.read() as session:
        assert not desk.has_accounts(session)
        assert session.scalar(select(func.count()).select_from(Setting)) == 0


@pytest.mark.parametrize("username, password, words", [
    ("ab", "Bình-Long-2026", "3–60 ký tự"),
    ("có dấu cách", "Bình-Long-2026", "không có dấu cách"),
    ("hanh", "ngắn", "ít nhất 8 ký tự"),
    ("nguyenvana", "NguyenVanA", "trùng với tên đăng nhập"),
    ("hanh", "12345678", "quá dễ đoán"),
    ("hanh", "aaaaaaaaaa", "quá dễ đoán"),
])
def test_password_and_username_rules_speak_vietnamese(db: Database, admin: Actor, username: str, password: str,
                                                      words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        accounts.create_account(db, admin, username, "Trần Văn Bình", Role.STAFF, password)


def test_sign_in_is_case_insensitive_and_remembers_nothing_but_a_hash(db: Database, admin: Actor) -> None:
    accounts.create_account(db, admin, "Trần.Bình", "Trần Văn Bình", Role.STAFF, "mat-khau-tam-1",
                            must_change_password=True)
    signed = accounts.authenticate(db, "TRẦN.BÌNH", "mat-khau-tam-1")
    assert signed.actor.name == "trần.bình" and signed.actor.role == Role.STAFF and signed.must_change_password
    with db.read() as session:
        row = session.scalar(select(StaffAccount).where(StaffAccount.username == "trần.bình"))
        assert row.password_hash.startswith("$argon2id$") and "mat-khau" not in row.password_hash
        assert row.last_login_at is not None
    accounts.change_password(db, signed.actor, "mat-khau-tam-1", "mat-khau-cua-binh")
    assert not accounts.authenticate(db, "trần.bình", "mat-khau-cua-binh").must_change_password
    with pytest.raises(ValidationError, match="hiện tại không đúng"):
        accounts.change_password(db, signed.actor, "sai-roi-nhe", "mat-khau-moi-nua")
    with pytest.raises(accounts.SignInRefused, match="Sai tên đăng nhập hoặc mật khẩu"):
        accounts.authenticate(db, "trần.bình", "mat-khau-tam-1")
    with pytest.raises(accounts.SignInRefused, match="Sai tên đăng nhập hoặc mật khẩu"):
        accounts.authenticate(db, "khong-co-ai", "mat-khau-bat-ky")


def test_five_wrong_passwords_lock_the_account_for_five_minutes(db: Database, admin: Actor,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.timezone.utc)]
    monkeypatch.setattr(accounts, "now", lambda: clock[0])
    accounts.create_account(db, admin, "binh", "Trần Văn Bình", Role.STAFF, "dung-mat-khau")
    for _ in range(4):
        with pytest.raises(accounts.SignInRefused, match="Sai tên"):
            accounts.authenticate(db, "binh", "sai-mat-khau")
    with pytest.raises(accounts.SignInRefused) as locked:
        accounts.authenticate(db, "binh", "sai-mat-khau")
    unlock_at = (clock[0] + dt.timedelta(minutes=5)).astimezone().strftime("%H:%M")
    assert "khoá tạm thời" in locked.value.message and unlock_at in locked.value.message
    # Even the right password is refused while locked.
    clock[0] += dt.timedelta(minutes=4, seconds=59)
    with pytest.raises(accounts.SignInRefused, match="khoá tạm thời"):
        accounts.authenticate(db, "binh", "dung-mat-khau")
    clock[0] += dt.timedelta(seconds=2)
    assert accounts.authenticate(db, "binh", "dung-mat-khau").actor.name == "binh"
    with db.read() as session:
        row = session.scalar(select(StaffAccount).where(StaffAccount.username == "binh"))
        assert row.failed_attempts == 0 and row.locked_until is None
        trail = session.scalars(select(AuditEntry.action).where(AuditEntry.entity_key == "binh")
                                .order_by(AuditEntry.id)).all()
    assert trail == ["create"] + ["sign_in_failed"] * 4 + ["lock", "sign_in"]
    # A success resets the count: four more wrong tries do not lock.
    for _ in range(4):
        with pytest.raises(accounts.SignInRefused, match="Sai tên"):
            accounts.authenticate(db, "binh", "sai-mat-khau")
    assert accounts.authenticate(db, "binh", "dung-mat-khau")


def test_administrator_unlocks_and_resets(db: Database, admin: Actor) -> None:
    accounts.create_account(db, admin, "binh", "Trần Văn Bình", Role.STAFF, "dung-mat-khau")
    for _ in range(5):
        with pytest.raises(accounts.SignInRefused):
            accounts.authenticate(db, "binh", "sai-mat-khau")
    with db.read() as session:
        assert next(a for a in accounts.list_accounts(session, admin) if a.username == "binh").locked
    accounts.unlock(db, admin, "binh")
    assert accounts.authenticate(db, "binh", "dung-mat-khau")
    accounts.reset_password(db, admin, "binh", "mat-khau-tam-2")
    signed = accounts.authenticate(db, "binh", "mat-khau-tam-2")
    assert signed.must_change_password


def test_roles_accounts_can_be_disabled_but_one_administrator_always_remains(db: Database, admin: Actor) -> None:
    accounts.create_account(db, admin, "xem", "Lê Thị Xem", Role.READONLY, "chi-xem-thoi")
    reader = accounts.authenticate(db, "xem", "chi-xem-thoi").actor
    with pytest.raises(PermissionDenied, match="không có quyền quản lý tài khoản"):
        accounts.create_account(db, reader, "moi", "Người Mới", Role.ADMIN, "mat-khau-moi")
    accounts.change_password(db, reader, "chi-xem-thoi", "doi-duoc-cua-minh")  # own password: any role
    with pytest.raises(ValidationError, match="ít nhất một tài khoản quản trị"):
        accounts.update_account(db, admin, "quantri", role=Role.STAFF)
    with pytest.raises(ValidationError, match="tự vô hiệu hoá"):
        accounts.set_active(db, admin, "quantri", False)
    accounts.update_account(db, admin, "xem", full_name="Lê Thị Xem Xét", role=Role.STAFF)
    accounts.set_active(db, admin, "xem", False)
    with pytest.raises(accounts.SignInRefused, match="vô hiệu hoá"):
        accounts.authenticate(db, "xem", "doi-duoc-cua-minh")
    accounts.set_active(db, admin, "xem", True)
    assert accounts.authenticate(db, "xem", "doi-duoc-cua-minh").actor.role == Role.STAFF
    with db.read() as session:
        changes = session.scalars(select(AuditEntry.changes).where(
            AuditEntry.entity_key == "xem", AuditEntry.action == "update")).one()
    assert {"field": "role", "old": "readonly", "new": "staff"} in changes


def test_changed_argon2_parameters_rehash_at_sign_in(db: Database, admin: Actor,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    accounts.create_account(db, admin, "binh", "Trần Văn Bình", Role.STAFF, "dung-mat-khau")
    monkeypatch.setattr(accounts, "_hasher", PasswordHasher(time_cost=2, memory_cost=32768, parallelism=2))
    accounts.authenticate(db, "binh", "dung-mat-khau")
    with db.read() as session:
        stored = session.scalar(select(StaffAccount.password_hash).where(StaffAccount.username == "binh"))
    assert "m=32768,t=2,p=2" in stored
    assert accounts.authenticate(db, "binh", "dung-mat-khau")


def test_kiosk_pin_is_hashed_and_locks_after_five_wrong_tries(db: Database, admin: Actor,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    assert not accounts.verify_kiosk_pin(db, "1234")  # no PIN set: nothing opens the kiosk
    with pytest.raises(ValidationError, match="4–8 chữ số"):
        accounts.set_kiosk_pin(db, admin, "12a4")
    accounts.set_kiosk_pin(db, admin, "2468")
    with db.read() as session:
        assert session.get(Setting, accounts.KIOSK_PIN_KEY).value.startswith("$argon2id$")
        assert accounts.KIOSK_PIN_KEY not in settings.get_all(session)
    assert accounts.verify_kiosk_pin(db, "2468")
    clock = [dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.timezone.utc)]
    monkeypatch.setattr(accounts, "now", lambda: clock[0])
    for _ in range(5):
        assert not accounts.verify_kiosk_pin(db, "0000")
    with pytest.raises(CchcError, match="đang bị khoá"):
        accounts.verify_kiosk_pin(db, "2468")
    clock[0] += dt.timedelta(minutes=6)
    assert accounts.verify_kiosk_pin(db, "2468")
