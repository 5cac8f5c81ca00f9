"""Opening the database (SQLite file or PostgreSQL server) and the unit of work.

Every write in the app goes through :meth:`Database.write`: one transaction,
retried with backoff when the database is momentarily locked or a
serialization conflict occurs, so no write path ever shows "database is
locked" to a user.
"""

from __future__ import annotations

import logging
import os
import random
import re
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urlsplit, urlunsplit

from cchc_desktop.core import paths
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.plain import Plain
from cchc_desktop.core.errors import ConflictError, DatabaseUnavailable, ValidationError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Engine
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)
T = TypeVar("T")

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p",
                       "afs", "ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2"}
_DRIVE_REMOTE = 4  # GetDriveTypeW
_POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2")


def _raw(url: str | None) -> str:
    return url or os.environ.get("CCHC_DATABASE_URL") or ""


def _sqlite_path(raw: str) -> Path:
    """A file path as given (nothing: the per-user file)."""
    if not raw:
        return paths.default_database_path()
    if raw.startswith(("\\\\", "//")):  # resolving would turn //server/share into /server/share
        return Path(raw)
    return Path(raw).expanduser().resolve()


def resolve_url(url: str | None = None) -> URL:
    """``--database`` value, else ``CCHC_DATABASE_URL``, else the per-user SQLite file.

    A plain file path means SQLite; ``postgresql://`` means psycopg 3.
    """
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    raw = _raw(url)
    if "://" not in raw:
        return URL.create("sqlite", database=str(_sqlite_path(raw)))
    try:
        parsed = make_url(raw)
    except ArgumentError:
        raise DatabaseUnavailable(f"Địa chỉ cơ sở dữ liệu “{raw}” không hợp lệ. Ví dụ: "
                                  "sqlite:///C:/CCHC/cchc.db hoặc postgresql://user:matkhau@may-chu/cchc") from None
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername not in ("sqlite", "sqlite+pysqlite", "postgresql+psycopg"):
        raise DatabaseUnavailable(f"Loại cơ sở dữ liệu “{parsed.drivername}” không được hỗ trợ: "
                                  "chỉ dùng SQLite (một máy) hoặc PostgreSQL (nhiều máy).")
    return parsed


def is_network_path(path: str, *, platform: str = sys.platform,
                    drive_type: Callable[[str], int] | None = None,
                    mounts: list[tuple[str, str]] | None = None) -> bool:
    """True for a UNC path, a mapped network drive, or a folder on a network mount."""
    if path.startswith(("\\\\", "//")):
        return True
    if platform == "win32":
        match = re.match(r"^([A-Za-z]):", path)
        if not match:
            return False
        root = f"{match.group(1).upper()}:\\"
        return (drive_type or _windows_drive_type)(root) == _DRIVE_REMOTE
    mounts = mounts if mounts is not None else _linux_mounts()
    best = ("", "")
    for mount_point, fstype in mounts:
        inside = path == mount_point or path.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best[0]):
            best = (mount_point, fstype)
    return best[1] in NETWORK_FILESYSTEMS


def _windows_drive_type(root: str) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]


def _linux_mounts() -> list[tuple[str, str]]:
    try:
        with open("/proc/mounts", encoding="utf-8") as fh:
            return [(parts[1].replace("\\040", " "), parts[2]) for parts in (line.split() for line in fh) if len(parts) > 2]
    except OSError:
        return []


def describe(url: URL) -> str:
    """The URL without its password, for messages and logs."""
    return url.render_as_string(hide_password=True)


def _without_password(raw: str) -> str:
    parts = urlsplit(raw)
    if parts.password is None:
        return raw
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


class Database:
    """An open database: engines, sessions, the unit of work and migrations.

    SQLAlchemy is imported and the engine made on first use, so a first screen that reads
    through :meth:`plain` appears without waiting for them (a ``sqlite://`` URL, or one only
    SQLAlchemy can check, is resolved at once).
    """

    def __init__(self, url: str | None = None):
        raw = _raw(url)
        scheme = raw.split("://", 1)[0].lower() if "://" in raw else None
        self._url: URL | None = None
        self._conninfo: str | None = None
        if scheme is None:  # a file path, or nothing: the per-user file
            self.is_sqlite, self.path = True, _sqlite_path(raw)
            self.described = str(self.path)
        elif scheme in _POSTGRES_SCHEMES:
            self.is_sqlite, self.path = False, None
            self._conninfo = "postgresql://" + raw.split("://", 1)[1]
            self.described = _without_password(raw)
        else:
            self._url = resolve_url(raw)
            self.is_sqlite = self._url.get_backend_name() == "sqlite"
            self.path = Path(self._url.database or "") if self.is_sqlite else None
            self.described = describe(self._url)
        self._raw = raw
        if self.is_sqlite:
            self._check_sqlite_location()
        self._checkpointer: _Checkpointer | None = _Checkpointer(self.path) if self.is_sqlite else None
        self._engine: Engine | None = None
        self._starting = threading.Lock()
        self._local = threading.local()

    @property
    def url(self) -> URL:
        if self._url is None:
            self._url = resolve_url(self._raw)
        return self._url

    # --- the engine, made on first use ----------------------------------------------
    @property
    def engine(self) -> Engine:
        return self._engine or self._start()

    def _start(self) -> Engine:
        with self._starting:
            if self._engine is not None:
                return self._engine
            from sqlalchemy import create_engine, event
            from sqlalchemy.orm import sessionmaker

            from cchc_desktop.core.db.types import json_text

            if self.is_sqlite:
                engine = create_engine(self.url, json_serializer=json_text, connect_args={"timeout": 30})
                event.listen(engine, "connect", _sqlite_on_connect)
                event.listen(engine, "begin", _sqlite_on_begin)
            else:
                engine = create_engine(
                    self.url, json_serializer=json_text, pool_pre_ping=True, pool_size=5, max_overflow=5,
                    connect_args={"connect_timeout": 10, "application_name": "cchc-desktop"})
            self._write_engine = engine.execution_options(cchc_write=True)
            self._read_sessions = sessionmaker(engine, expire_on_commit=False)
            self._write_sessions = sessionmaker(self._write_engine, expire_on_commit=False)
            self._engine = engine
            return engine

    def __getattr__(self, name: str):
        # The write engine and the session factories come with the engine.
        if name in ("_write_engine", "_read_sessions", "_write_sessions"):
            self._start()
            return self.__dict__[name]
        raise AttributeError(name)

    # --- opening ---------------------------------------------------------------
    def _check_sqlite_location(self) -> None:
        raw = str(self.path) if self.path is not None else ""
        if raw in ("", ".", ":memory:"):
            raise DatabaseUnavailable("Cần một tệp SQLite cụ thể, không dùng cơ sở dữ liệu trong bộ nhớ.")
        if is_network_path(raw):
            raise DatabaseUnavailable(
                f"Tệp cơ sở dữ liệu “{raw}” nằm trên ổ mạng dùng chung. SQLite trên ổ mạng có thể "
                "làm hỏng dữ liệu khi nhiều máy cùng ghi. Hãy đặt tệp trên ổ đĩa của máy này, hoặc "
                "dùng máy chủ PostgreSQL cho nhiều quầy: --database postgresql://user:matkhau@may-chu/cchc")
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def check_connection(self) -> None:
        """Connect once, turning failures into one Vietnamese sentence."""
        from sqlalchemy.exc import DBAPIError

        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except DBAPIError as exc:
            raise self.unavailable(exc) from None

    def unavailable(self, exc: BaseException) -> DatabaseUnavailable:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
        if self.is_sqlite:
            return DatabaseUnavailable(f"Không mở được tệp cơ sở dữ liệu {self.path}: {reason}.")
        return DatabaseUnavailable(f"Không kết nối được cơ sở dữ liệu {self.described}: {reason}. "
                                   "Kiểm tra máy chủ PostgreSQL và mạng LAN rồi thử lại.")

    def dispose(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
        if self._engine is not None:
            self._engine.dispose()

    @contextmanager
    def plain(self) -> Iterator[Plain]:
        """A connection for plain-SQL reads (:mod:`core.db.plain`): a read session's once the engine
        is made, else one opened straight on the driver and closed after (no SQLAlchemy needed)."""
        if self._engine is not None:
            with self.read() as session:
                yield Plain.of(session)
            return
        try:
            if self.is_sqlite:
                # mode=rw: an existing file only (creating one is for open_database and its migrations)
                conn = sqlite3.connect(f"{self.path.as_uri()}?mode=rw", uri=True, timeout=30)
                conn.execute("PRAGMA mmap_size=268435456")  # a first list read whole: a fifth quicker mapped
            else:
                import psycopg

                conn = psycopg.connect(self._conninfo or self.url.set(drivername="postgresql").render_as_string(
                    hide_password=False), connect_timeout=10, application_name="cchc-desktop", autocommit=True)
        except Exception as exc:
            raise self.unavailable(exc) from None
        try:
            yield Plain(conn, postgres=not self.is_sqlite)
        except (sqlite3.OperationalError, OSError) as exc:
            raise self.unavailable(exc) from None
        finally:
            conn.close()

    # --- sessions --------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        from sqlalchemy.exc import OperationalError

        session = self._read_sessions()
        try:
            yield session
        except OperationalError as exc:
            raise self.unavailable(exc) from None
        finally:
            session.rollback()
            session.close()

    def write(self, actor: Actor, work: Callable[[Session], T], *, max_wait: float = 15.0) -> T:
        """Run ``work(session)`` in one transaction and commit it, all or nothing.

        A locked database, a serialization conflict, a deadlock or a connection
        lost before the commit roll back and retry with exponential backoff for
        up to ``max_wait`` seconds; then the user gets one clear message (never
        "database is locked"). ``work`` may therefore run more than once and
        must only touch the database through ``session``. Integrity problems
        and stale edits are not retried. A connection lost *during* the commit
        is not retried either: the server may have committed, and saving twice
        would duplicate records. A unique-key violation is retried once: when
        two desks insert the same new row at once, the second attempt sees the
        first desk's row.
        """
        from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
        from sqlalchemy.orm.exc import StaleDataError

        if getattr(self._local, "writing", False):
            # On SQLite the inner transaction would wait for the outer one forever.
            raise RuntimeError("Database.write() called inside another Database.write()")
        delay = 0.02
        deadline = time.monotonic() + max_wait
        attempt = 0
        unique_retried = False
        self._local.writing = True
        try:
            while True:
                attempt += 1
                session = self._write_sessions()
                session.info["actor"] = actor
                committing = False
                try:
                    result = work(session)
                    committing = True
                    session.commit()
                    if self._checkpointer is not None:
                        self._checkpointer.nudge()
                    return result
                except StaleDataError:
                    _rollback(session)
                    raise ConflictError("Bản ghi vừa được người khác sửa. Hãy tải lại rồi sửa lại.") from None
                except IntegrityError as exc:
                    _rollback(session)
                    if _is_unique_violation(exc) and not unique_retried:
                        # Two desks inserting the same new row (a setting saved for the first time):
                        # run the work again, it now sees the other desk's row. A real duplicate
                        # fails the same way twice and is reported.
                        unique_retried = True
                        continue
                    detail = str(exc.orig).strip().splitlines()[0]
                    raise ConflictError(f"Không lưu được vì trùng hoặc sai ràng buộc dữ liệu ({detail}). "
                                        "Dữ liệu chưa bị thay đổi.") from None
                except DataError as exc:
                    _rollback(session)
                    detail = str(exc.orig).strip().splitlines()[0]
                    raise ValidationError(f"Dữ liệu không hợp lệ ({detail}). Dữ liệu chưa bị thay đổi.") from None
                except DBAPIError as exc:
                    _rollback(session)
                    lost = exc.connection_invalidated or _is_disconnect(exc)
                    if lost and committing:
                        raise DatabaseUnavailable(
                            f"Mất kết nối tới cơ sở dữ liệu {self.described} đúng lúc đang lưu, nên không "
                            "chắc dữ liệu đã được lưu hay chưa. Hãy kiểm tra lại mạng, mở lại dữ liệu vừa "
                            "nhập và chỉ nhập lại nếu chưa có.") from None
                    if not (lost or _is_transient(exc)):
                        if _is_sqlite_io_error(exc):
                            raise self.unavailable(exc) from None
                        raise
                    if time.monotonic() + delay >= deadline:
                        if lost:
                            raise self.unavailable(exc) from None
                        raise DatabaseUnavailable(
                            "Cơ sở dữ liệu đang bận (nhiều máy cùng ghi) và chưa ghi được sau nhiều lần thử. "
                            "Dữ liệu chưa bị thay đổi; hãy thử lại sau ít giây.") from None
                    log.info("write retry %d after %s", attempt, str(exc.orig).strip().split("\n", 1)[0])
                    time.sleep(delay * (1 + random.random()))
                    delay = min(delay * 2, 1.0)
                except BaseException:
                    _rollback(session)
                    raise
                finally:
                    session.close()
        finally:
            self._local.writing = False


# --- SQLite connection settings --------------------------------------------------
def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN so writes can ask for IMMEDIATE.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA wal_autocheckpoint=0")  # the Checkpointer's thread does it
    # 32 MiB of page cache, not 2: an import's transaction then fits in memory until its commit instead of
    # spilling pages to the WAL on the way (a fifth of the time that 5,000 audit entries take to insert).
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.close()


class _Checkpointer:
    """Copies committed pages from the WAL back into the SQLite file, on a thread of its own.

    SQLite would do this inside the commit that takes the WAL past 1,000
    pages, so whichever save crosses that line waits for it (an import of
    5,000 procedures: about 80 ms more); SQLite's documentation suggests
    running checkpoints from a separate thread instead. A PASSIVE checkpoint
    neither waits for nor blocks readers and writers, and stopping at any
    point loses nothing: the WAL stays valid until the next one. Started by
    the first write, it wakes after each commit (several commits close
    together share one checkpoint) and connects only while it works.
    """

    _PAUSE = 0.2  # seconds between checkpoints while writes keep coming

    def __init__(self, path: Path):
        self._path = path
        self._wake = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def nudge(self) -> None:
        with self._lock:
            if self._stopping:
                return
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="cchc-wal-checkpoint", daemon=True)
                self._thread.start()
        self._wake.set()

    def stop(self) -> None:
        """Run the pending checkpoint and end the thread (a later write starts another)."""
        with self._lock:
            self._stopping = True
            thread = self._thread
        self._wake.set()
        if thread is not None:
            thread.join(timeout=30)
        with self._lock:
            self._thread, self._stopping = None, False

    def _run(self) -> None:
        while True:
            self._wake.wait()
            self._wake.clear()
            self.checkpoint()
            if self._stopping:
                return
            time.sleep(self._PAUSE)

    def checkpoint(self) -> None:
        try:
            # mode=rw: should the file have been moved away meanwhile, no empty one appears in its place
            conn = sqlite3.connect(f"{self._path.as_uri()}?mode=rw", uri=True, timeout=1, isolation_level=None)
            try:
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            finally:
                conn.close()
        except sqlite3.Error:  # a later checkpoint, or the next start, does it
            log.info("WAL checkpoint failed", exc_info=True)


def _sqlite_on_begin(conn) -> None:
    # A write takes the lock up front: a deferred transaction that later tries
    # to write fails at once instead of waiting, whatever the busy timeout.
    if conn.get_execution_options().get("cchc_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def _rollback(session: Session) -> None:
    from sqlalchemy.exc import DBAPIError

    try:
        session.rollback()
    except DBAPIError:  # the connection is gone; the server rolls back on its own
        log.info("rollback on a lost connection", exc_info=True)


def serialize(session: Session, key: int) -> None:
    """Hold a lock named ``key`` until the transaction ends (PostgreSQL advisory lock).

    On SQLite a write transaction already holds the only write lock (BEGIN IMMEDIATE).
    """
    if session.get_bind().dialect.name == "postgresql":
        session.connection().exec_driver_sql(f"SELECT pg_advisory_xact_lock({int(key)})")


def is_driver_error(exc: BaseException) -> bool:
    """An error from the database or its driver (SQLAlchemy's wrapper, sqlite3, psycopg), not from our code."""
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("psycopg"):
        return True
    sa_exc = sys.modules.get("sqlalchemy.exc")  # never imported just to ask
    return sa_exc is not None and isinstance(exc, sa_exc.DBAPIError)


def _is_transient(exc: DBAPIError) -> bool:
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate in ("40001", "40P01", "55P03"):
        return True
    message = str(orig).lower()
    return "database is locked" in message or "database is busy" in message or "database table is locked" in message


def _is_disconnect(exc: DBAPIError) -> bool:
    sqlstate = getattr(exc.orig, "sqlstate", None) or ""
    message = str(exc.orig).lower()
    return (sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03")
            or "server closed the connection" in message or "connection is closed" in message
            or "consuming input failed" in message)


def _is_unique_violation(exc: DBAPIError) -> bool:
    return getattr(exc.orig, "sqlstate", None) == "23505" or "unique constraint failed" in str(exc.orig).lower()


def _is_sqlite_io_error(exc: DBAPIError) -> bool:
    message = str(exc.orig).lower()
    return isinstance(exc.orig, sqlite3.Error) and any(
        word in message for word in ("disk is full", "disk i/o error", "readonly database", "unable to open"))
