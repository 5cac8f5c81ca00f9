"""Database.write, the one unit of work: retries what is safe to retry, never what is not."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DataError, OperationalError

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import Procedure, Setting
from cchc_desktop.core.db.types import utcnow
from cchc_desktop.core.errors import ConflictError, DatabaseUnavailable, ValidationError

ACTOR = Actor.command_line()


class DriverError(Exception):
    def __init__(self, message: str, sqlstate: str | None = None):
        super().__init__(message)
        self.sqlstate = sqlstate


def failing(times: int, error: Exception):
    """A unit of work that fails ``times`` times with ``error``, then adds one procedure."""
    calls = []

    def work(session):
        calls.append(1)
        session.add(Procedure(code=f"1.00000{len(calls)}", name="Thủ tục thử"))
        session.flush()
        if len(calls) <= times:
            raise OperationalError("INSERT …", {}, error)
        return len(calls)
    return work, calls


def _codes(db: Database) -> list[str]:
    with db.read() as session:
        return session.scalars(select(Procedure.code)).all()


@pytest.mark.parametrize("error", [
    sqlite3.OperationalError("database is locked"),
    DriverError("could not serialize access due to concurrent update", "40001"),
    DriverError("deadlock detected", "40P01"),
    DriverError("server closed the connection unexpectedly", "08006"),
])
def test_transient_failures_before_the_commit_are_retried(db: Database, error: Exception) -> None:
    work, calls = failing(2, error)
    assert db.write(ACTOR, work) == 3
    assert _codes(db) == ["1.000003"]  # the two failed attempts left nothing


def test_a_database_busy_for_too_long_gets_one_clear_message(db: Database) -> None:
    work, calls = failing(10_000, sqlite3.OperationalError("database is locked"))
    with pytest.raises(DatabaseUnavailable) as err:
        db.write(ACTOR, work, max_wait=0.3)
    assert "đang bận" in err.value.message and "locked" not in err.value.message
    assert len(calls) > 1 and _codes(db) == []


def test_a_connection_lost_during_the_commit_is_not_retried(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The server may have committed: saving again could store the record twice."""
    calls = []
    make = db._write_sessions

    def session_that_loses_its_commit():
        session = make()

        def commit():
            raise OperationalError("COMMIT", {}, DriverError("server closed the connection unexpectedly", "08006"))
        session.commit = commit
        return session
    monkeypatch.setattr(db, "_write_sessions", session_that_loses_its_commit)
    with pytest.raises(DatabaseUnavailable, match="không chắc dữ liệu đã được lưu"):
        db.write(ACTOR, lambda s: calls.append(s.add(Setting(key="x", value=1))))
    assert len(calls) == 1


def test_nested_writes_are_a_programming_error_not_a_hang(db: Database) -> None:
    with pytest.raises(RuntimeError, match="inside another"):
        db.write(ACTOR, lambda s: db.write(ACTOR, lambda inner: None))
    db.write(ACTOR, lambda s: s.add(Setting(key="x", value=1)))  # the guard is released


def test_bad_data_is_a_validation_error_and_changes_nothing(db: Database) -> None:
    def work(session):
        session.add(Setting(key="y", value=1))
        session.flush()
        raise DataError("INSERT …", {}, DriverError("value too long for type character varying(8)", "22001"))
    with pytest.raises(ValidationError, match="không hợp lệ"):
        db.write(ACTOR, work)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Setting)) == 0


def test_a_full_disk_is_one_clear_message(sqlite_db: Database) -> None:
    def work(session):
        raise OperationalError("INSERT …", {}, sqlite3.OperationalError("database or disk is full"))
    with pytest.raises(DatabaseUnavailable, match="disk is full"):
        sqlite_db.write(ACTOR, work)


def test_two_desks_inserting_the_same_new_row_both_succeed(db: Database) -> None:
    """The other desk commits the row between our read and our insert: the retry updates it instead.

    (On SQLite the write lock is taken first, so the other desk simply waits.)
    """
    if db.is_sqlite:
        pytest.skip("one writer at a time on SQLite: the race cannot happen")
    calls = []

    def save(session):
        calls.append(1)
        row = session.get(Setting, "center.hotline")
        if len(calls) == 1:
            with db.engine.begin() as conn:  # the other desk commits the same new row meanwhile
                conn.execute(Setting.__table__.insert().values(key="center.hotline", value="quầy 2",
                                                               updated_at=utcnow()))
        if row is None:
            session.add(Setting(key="center.hotline", value="quầy 1"))
        else:
            row.value = "quầy 1"

    db.write(ACTOR, save)
    assert len(calls) == 2
    with db.read() as session:
        assert session.get(Setting, "center.hotline").value == "quầy 1"


def test_a_real_duplicate_is_reported_after_one_retry(db: Database) -> None:
    db.write(ACTOR, lambda s: s.add(Procedure(code="1.001193", name="A")))
    calls = []

    def duplicate(session):
        calls.append(1)
        session.add(Procedure(code="1.001193", name="B"))
    with pytest.raises(ConflictError, match="trùng"):
        db.write(ACTOR, duplicate)
    assert len(calls) == 2
