"""Staff accounts: sign-in, lockout, passwords, roles, the first administrator and the kiosk PIN.

Passwords are hashed with argon2id (argon2-cffi's RFC 9106 low-memory profile)
and rehashed at the next sign-in when those parameters change. Five wrong
passwords in a row lock an account for five minutes. The password is checked
before the write transaction opens, so a slow hash never holds the database's
write lock.
"""

from __future__ import annotations

import datetime as dt
import re
import socket
import unicodedata
from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cchc_desktop.core import permissions
from cchc_desktop.core import text as vtext
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database, serialize
from cchc_desktop.core.db.models import Setting, StaffAccount
from cchc_desktop.core.db.types import utcnow
from cchc_desktop.core.desk import MAX_PASSWORD, MIN_PASSWORD, has_accounts
from cchc_desktop.core.domain import Role
from cchc_desktop.core.errors import CchcError, NotFoundError, ValidationError
from cchc_desktop.core.services import audit, settings

LOCK_AFTER = 5
LOCK_FOR = dt.timedelta(minutes=5)
KIOSK_PIN_KEY = "kiosk.pin_hash"     # internal settings rows, not in settings.OPTIONS
KIOSK_STATE_KEY = "kiosk.pin_state"
_PG_ACCOUNTS_LOCK = 0x41434354       # "ACCT": the first administrator is created once
_USERNAME = re.compile(r"^[\w.\-]{3,60}$")
_COMMON = {"12345678", "123456789", "1234567890", "87654321", "11111111", "00000000", "88888888",
           "password", "password1", "matkhau", "matkhau1", "matkhau123", "abc12345", "qwerty123",
           "12345678a", "a12345678", "admin123", "admin1234", "quantri123", "iloveyou"}
WRONG = (f"Sai tên đăng nhập hoặc mật khẩu. Sau {LOCK_AFTER} lần sai liên tiếp, "
         f"tài khoản bị khoá {LOCK_FOR.seconds // 60} phút.")

_hasher = PasswordHasher()  # argon2id; tests may swap it to check rehashing
now = utcnow                # the clock, replaceable in tests


class SignInRefused(CchcError):
    """Wrong user name or password, a locked or a disabled account."""

    exit_code = 4

    def __init__(self, message: str, locked_until: dt.datetime | None = None):
        super().__init__(message)
        self.locked_until = locked_until


@dataclass(frozen=True)
class AccountInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    failed_attempts: int
    locked_until: dt.datetime | None
    must_change_password: bool
    created_at: dt.datetime
    last_login_at: dt.datetime | None
    password_changed_at: dt.datetime | None

    @property
    def locked(self) -> bool:
        return self.locked_until is not None and self.locked_until > now()

    def actor(self) -> Actor:
        return Actor(self.username, self.role, self.id, self.full_name)


def _info(a: StaffAccount) -> AccountInfo:
    return AccountInfo(a.id, a.username, a.full_name, a.role, a.active, a.failed_attempts, a.locked_until,
                       a.must_change_password, a.created_at, a.last_login_at, a.password_changed_at)


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    must_change_password: bool


# --- rules ----------------------------------------------------------------------------

def normalize_username(raw: str) -> str:
    """User names are case-insensitive: stored NFC and lower-case."""
    name = unicodedata.normalize("NFC", (raw or "").strip()).lower()
    if not _USERNAME.match(name):
        raise ValidationError("Tên đăng nhập cần 3–60 ký tự, chỉ gồm chữ, chữ số và dấu . _ - "
                              "(không có dấu cách).", "username")
    return name


def check_password(password: str, username: str = "") -> None:
    """The password policy, with a Vietnamese message saying what to change."""
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự.", "password")
    if len(password) > MAX_PASSWORD:
        raise ValidationError(f"Mật khẩu dài quá {MAX_PASSWORD} ký tự.", "password")
    folded = vtext.fold(password)
    if username and folded == vtext.fold(username):
        raise ValidationError("Mật khẩu không được trùng với tên đăng nhập.", "password")
    if folded in _COMMON or len(set(password)) == 1:
        raise ValidationError("Mật khẩu này quá dễ đoán; hãy chọn mật khẩu khác.", "password")


def _check_full_name(full_name: str) -> str:
    full_name = vtext.normalize_line(full_name or "")
    if not full_name:
        raise ValidationError("Cần nhập họ và tên.", "full_name")
    if len(full_name) > 200:
        raise ValidationError("Họ và tên dài quá 200 ký tự.", "full_name")
    return full_name


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash() -> str:
    return _hasher.hash("không có tài khoản này")


# --- reading ----------------------------------------------------------------------------

def list_accounts(session: Session, actor: Actor) -> list[AccountInfo]:
    actor.require(permissions.ACCOUNTS)
    rows = session.scalars(select(StaffAccount)).all()
    return sorted((_info(a) for a in rows), key=lambda a: vtext.sort_key(a.username))


def _get(session: Session, username: str, *, lock: bool = False) -> StaffAccount:
    name = normalize_username(username)
    query = select(StaffAccount).where(StaffAccount.username == name)
    account = session.scalar(query.with_for_update() if lock else query)
    if account is None:
        raise NotFoundError(f"Không có tài khoản “{name}”.")
    return account


def _active_admins(session: Session, other_than: int) -> int:
    return session.scalar(select(func.count(StaffAccount.id)).where(
        StaffAccount.role == Role.ADMIN, StaffAccount.active.is_(True), StaffAccount.id != other_than)) or 0


# --- administering accounts ----------------------------------------------------------------

def create_account(db: Database, actor: Actor, username: str, full_name: str, role: Role, password: str,
                   *, must_change_password: bool = True) -> AccountInfo:
    """A new account; by default its holder must choose their own password at first sign-in."""
    actor.require(permissions.ACCOUNTS)
    name = normalize_username(username)
    full_name = _check_full_name(full_name)
    role = Role(role)
    check_password(password, name)
    password_hash = hash_password(password)

    def work(session: Session) -> AccountInfo:
        if session.scalar(select(StaffAccount.id).where(StaffAccount.username == name)) is not None:
            raise ValidationError(f"Tên đăng nhập “{name}” đã có người dùng.", "username")
        account = StaffAccount(username=name, full_name=full_name, role=role, password_hash=password_hash,
                               must_change_password=must_change_password, password_changed_at=now(),
                               created_at=now())
        session.add(account)
        session.flush()
        audit.record(session, actor, "create", "account", name, summary=f"{full_name} ({role.label})",
                     changes=[{"field": "full_name", "old": None, "new": full_name},
                              {"field": "role", "old": None, "new": role.value}])
        return _info(account)

    return db.write(actor, work)


def update_account(db: Database, actor: Actor, username: str, *, full_name: str | None = None,
                   role: Role | None = None) -> AccountInfo:
    actor.require(permissions.ACCOUNTS)
    full_name = _check_full_name(full_name) if full_name is not None else None

    def work(session: Session) -> AccountInfo:
        account = _get(session, username, lock=True)
        changes = []
        if full_name is not None and full_name != account.full_name:
            changes.append({"field": "full_name", "old": account.full_name, "new": full_name})
            account.full_name = full_name
        if role is not None and Role(role) != account.role:
            if account.role == Role.ADMIN and account.active and _active_admins(session, account.id) == 0:
                raise ValidationError("Phải còn ít nhất một tài khoản quản trị đang hoạt động.", "role")
            changes.append({"field": "role", "old": account.role.value, "new": Role(role).value})
            account.role = Role(role)
        if changes:
            audit.record(session, actor, "update", "account", account.username,
                         summary=account.full_name, changes=changes)
        return _info(account)

    return db.write(actor, work)


def set_active(db: Database, actor: Actor, username: str, active: bool) -> AccountInfo:
    """Disable an account (it keeps its history) or enable it again."""
    actor.require(permissions.ACCOUNTS)

    def work(session: Session) -> AccountInfo:
        account = _get(session, username, lock=True)
        if account.active == active:
            return _info(account)
        if not active:
            if account.id == actor.account_id:
                raise ValidationError("Không thể tự vô hiệu hoá tài khoản đang đăng nhập.", "active")
            if account.role == Role.ADMIN and _active_admins(session, account.id) == 0:
                raise ValidationError("Phải còn ít nhất một tài khoản quản trị đang hoạt động.", "active")
        account.active = active
        audit.record(session, actor, "activate" if active else "deactivate", "account", account.username,
                     summary=account.full_name, changes=[{"field": "active", "old": not active, "new": active}])
        return _info(account)

    return db.write(actor, work)


def reset_password(db: Database, actor: Actor, username: str, new_password: str) -> AccountInfo:
    """A temporary password set by an administrator: unlocks the account, to be changed at next sign-in."""
    actor.require(permissions.ACCOUNTS)
    name = normalize_username(username)
    check_password(new_password, name)
    password_hash = hash_password(new_password)

    def work(session: Session) -> AccountInfo:
        account = _get(session, name, lock=True)
        account.password_hash = password_hash
        account.must_change_password = True
        account.failed_attempts = 0
        account.locked_until = None
        account.password_changed_at = now()
        audit.record(session, actor, "reset_password", "account", account.username, summary=account.full_name)
        return _info(account)

    return db.write(actor, work)


def unlock(db: Database, actor: Actor, username: str) -> AccountInfo:
    actor.require(permissions.ACCOUNTS)

    def work(session: Session) -> AccountInfo:
        account = _get(session, username, lock=True)
        if account.locked_until is not None or account.failed_attempts:
            account.failed_attempts = 0
            account.locked_until = None
            audit.record(session, actor, "unlock", "account", account.username, summary=account.full_name)
        return _info(account)

    return db.write(actor, work)


# --- the signed-in user ----------------------------------------------------------------------

def change_password(db: Database, actor: Actor, old_password: str, new_password: str) -> None:
    """Anyone signed in changes their own password; the old one is required."""
    if actor.account_id is None:
        raise CchcError("Chỉ tài khoản đã đăng nhập mới đổi được mật khẩu của mình.")
    check_password(new_password, actor.name)
    if new_password == old_password:
        raise ValidationError("Mật khẩu mới phải khác mật khẩu cũ.", "password")
    with db.read() as session:
        current = session.scalar(select(StaffAccount.password_hash).where(StaffAccount.id == actor.account_id))
    if not _matches(current or _dummy_hash(), old_password) or current is None:
        raise ValidationError("Mật khẩu hiện tại không đúng.", "old_password")
    password_hash = hash_password(new_password)

    def work(session: Session) -> None:
        account = session.get(StaffAccount, actor.account_id, with_for_update=True)
        if account is None or account.password_hash != current:
            raise CchcError("Mật khẩu vừa được đổi ở nơi khác. Hãy đăng nhập lại.")
        account.password_hash = password_hash
        account.must_change_password = False
        account.password_changed_at = now()
        audit.record(session, actor, "change_password", "account", account.username, summary=account.full_name)

    db.write(actor, work)


def _unlock_time(until: dt.datetime) -> str:
    return until.astimezone().strftime("%H:%M")


def _locked_message(name: str, until: dt.datetime) -> str:
    return (f"Tài khoản “{name}” đang bị khoá tạm thời vì nhập sai mật khẩu {LOCK_AFTER} lần liên tiếp. "
            f"Hãy thử lại sau {_unlock_time(until)}, hoặc nhờ quản trị viên mở khoá.")


def _gate_actor() -> Actor:
    """Who records a refused sign-in: the desk, since nobody is signed in."""
    return Actor(f"đăng nhập@{socket.gethostname()}"[:100], Role.READONLY)


def authenticate(db: Database, username: str, password: str) -> SignedIn:
    """Check a user name and password; raise :class:`SignInRefused` with the reason in Vietnamese."""
    try:
        name = normalize_username(username)
    except ValidationError:
        name = None
    with db.read() as session:
        found = session.execute(select(StaffAccount.id, StaffAccount.password_hash)
                                .where(StaffAccount.username == name)).first() if name else None
    stored = found.password_hash if found is not None else _dummy_hash()
    ok = _matches(stored, password)  # also for unknown names: the answer takes as long
    if found is None:
        raise SignInRefused(WRONG)
    new_hash = hash_password(password) if ok and _hasher.check_needs_rehash(stored) else None

    def work(session: Session) -> tuple[str, AccountInfo | None]:
        acc = session.get(StaffAccount, found.id, with_for_update=True)
        if acc is None:
            return "wrong", None
        moment = now()
        if acc.locked_until is not None:
            if acc.locked_until > moment:
                return "locked", _info(acc)
            acc.locked_until = None
            acc.failed_attempts = 0
        if acc.password_hash != stored:  # changed since it was read: check again on the next try
            ok_now = False
        else:
            ok_now = ok
        if not ok_now:
            acc.failed_attempts += 1
            if acc.failed_attempts >= LOCK_AFTER:
                acc.locked_until = moment + LOCK_FOR
                audit.record(session, _gate_actor(), "lock", "account", acc.username,
                             summary=f"{acc.failed_attempts} lần nhập sai mật khẩu liên tiếp")
                return "locked_now", _info(acc)
            audit.record(session, _gate_actor(), "sign_in_failed", "account", acc.username,
                         summary=f"Lần sai thứ {acc.failed_attempts}")
            return "wrong", _info(acc)
        if not acc.active:
            return "disabled", _info(acc)
        acc.failed_attempts = 0
        acc.last_login_at = moment
        if new_hash:
            acc.password_hash = new_hash
        info = _info(acc)
        audit.record(session, info.actor(), "sign_in", "account", acc.username, summary=acc.full_name)
        return "ok", info

    outcome, info = db.write(_gate_actor(), work)
    if outcome in ("locked", "locked_now"):
        raise SignInRefused(_locked_message(info.username, info.locked_until), info.locked_until)
    if outcome == "disabled":
        raise SignInRefused(f"Tài khoản “{info.username}” đã bị vô hiệu hoá. Hãy liên hệ quản trị viên.")
    if outcome == "wrong":
        raise SignInRefused(WRONG)
    return SignedIn(info.actor(), info.must_change_password)


# --- the first administrator ------------------------------------------------------------------

def first_run(db: Database, center: dict[str, object], username: str, full_name: str, password: str,
              logo: bytes | None = None) -> Actor:
    """Center settings and the first administrator in one transaction; refused once any account exists."""
    values = settings.check_values(center)
    name = normalize_username(username)
    full_name = _check_full_name(full_name)
    check_password(password, name)
    media_type = settings.check_logo(logo) if logo else None
    password_hash = hash_password(password)

    def work(session: Session) -> Actor:
        serialize(session, _PG_ACCOUNTS_LOCK)  # two desks finishing the wizard at once: one wins
        if has_accounts(session):
            raise CchcError("Trung tâm đã có tài khoản quản trị (có thể vừa được tạo ở máy khác). "
                            "Hãy đăng nhập bằng tài khoản đó.")
        account = StaffAccount(username=name, full_name=full_name, role=Role.ADMIN, password_hash=password_hash,
                               password_changed_at=now(), created_at=now())
        session.add(account)
        session.flush()
        actor = Actor(name, Role.ADMIN, account.id, full_name)
        audit.record(session, actor, "first_run", "account", name, summary=f"{full_name} (Quản trị)",
                     changes=[{"field": "full_name", "old": None, "new": full_name},
                              {"field": "role", "old": None, "new": Role.ADMIN.value}])
        if logo:
            values["center.logo_sha256"] = settings.store_logo(db, session, logo, media_type)
        settings.apply(session, actor, values)
        return actor

    return db.write(Actor(f"{name} (thiết lập)", Role.ADMIN), work)


# --- the kiosk PIN ---------------------------------------------------------------------------

def set_kiosk_pin(db: Database, actor: Actor, pin: str | None) -> None:
    """Set (or with None remove) the PIN that lets staff leave the kiosk screen; stored hashed."""
    actor.require(permissions.SETTINGS)
    if pin is not None and not re.fullmatch(r"\d{4,8}", pin):
        raise ValidationError("Mã PIN kiosk cần 4–8 chữ số.", "pin")
    pin_hash = hash_password(pin) if pin is not None else None

    def work(session: Session) -> None:
        for key in (KIOSK_PIN_KEY, KIOSK_STATE_KEY):
            row = session.get(Setting, key)
            if row is not None:
                session.delete(row)
        session.flush()
        if pin_hash is not None:
            session.add(Setting(key=KIOSK_PIN_KEY, value=pin_hash))
        audit.record(session, actor, "set_kiosk_pin", "kiosk", "pin",
                     summary="Đặt mã PIN kiosk" if pin_hash else "Bỏ mã PIN kiosk")

    db.write(actor, work)


def has_kiosk_pin(session: Session) -> bool:
    return session.get(Setting, KIOSK_PIN_KEY) is not None


def kiosk_pin_matches(db: Database, pin: str) -> bool:
    """Only the comparison, without the lockout count (for a kiosk whose database role may not keep it)."""
    with db.read() as session:
        row = session.get(Setting, KIOSK_PIN_KEY)
        stored = row.value if row is not None else None
    return _matches(stored or _dummy_hash(), pin or "") and stored is not None


def verify_kiosk_pin(db: Database, pin: str) -> bool:
    """True when ``pin`` is the kiosk PIN; five wrong tries lock it for five minutes (CchcError)."""
    with db.read() as session:
        row = session.get(Setting, KIOSK_PIN_KEY)
        stored = row.value if row is not None else None
    ok = _matches(stored or _dummy_hash(), pin or "") and stored is not None
    kiosk = Actor.kiosk()

    def work(session: Session) -> tuple[bool, dt.datetime | None]:
        state_row = session.get(Setting, KIOSK_STATE_KEY, with_for_update=True)
        state = dict(state_row.value) if state_row is not None else {}
        moment = now()
        until = dt.datetime.fromisoformat(state["locked_until"]) if state.get("locked_until") else None
        if until is not None and until > moment:
            return False, until
        if ok:
            failed = 0
        else:  # a lock that has run out starts a new count
            failed = 1 if until is not None else int(state.get("failed", 0)) + 1
        new_state = {"failed": failed, "locked_until": None}
        if failed >= LOCK_AFTER:
            new_state["locked_until"] = (moment + LOCK_FOR).isoformat()
            audit.record(session, kiosk, "lock", "kiosk", "pin", summary=f"{failed} lần nhập sai mã PIN kiosk")
        if new_state != state:
            if state_row is None:
                session.add(Setting(key=KIOSK_STATE_KEY, value=new_state))
            else:
                state_row.value = new_state
        return ok, None

    ok, until = db.write(kiosk, work)
    if until is not None:
        raise CchcError(f"Mã PIN kiosk đang bị khoá vì nhập sai {LOCK_AFTER} lần. Thử lại sau {_unlock_time(until)}.")
    return ok
