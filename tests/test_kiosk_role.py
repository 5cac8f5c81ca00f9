"""The kiosk's PostgreSQL role: reads the catalogue, inserts ratings, and nothing else."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db import Database, open_database
from cchc_desktop.core.errors import CchcError, PermissionDenied
from cchc_desktop.core.services import accounts, kiosk, kiosk_role, samples, satisfaction
from conftest import HAVE_PG
from kiosk_data import KHAI_SINH, load_posted

ADMIN = Actor.command_line()
PASSWORD = "kiosk-mat-khau-2026"


def test_kiosk_role_is_refused_on_sqlite_and_for_staff(sqlite_db: Database) -> None:
    with pytest.raises(CchcError, match="chỉ dùng với PostgreSQL"):
        kiosk_role.create(sqlite_db, ADMIN, "cchc_kiosk", PASSWORD)
    with pytest.raises(PermissionDenied):
        kiosk_role.create(sqlite_db, Actor.kiosk(), "cchc_kiosk", PASSWORD)


@pytest.mark.skipif(not HAVE_PG, reason="needs PostgreSQL (pg_virtualenv)")
def test_kiosk_role_reads_the_catalogue_inserts_ratings_and_nothing_else(db: Database, demo_records) -> None:
    if db.is_sqlite:
        pytest.skip("a PostgreSQL role")
    load_posted(db, demo_records)
    samples.add_document(db, ADMIN, KHAI_SINH, title="Tờ khai", file=("to-khai.pdf", b"%PDF-1.4\n%%EOF\n"))
    accounts.set_kiosk_pin(db, ADMIN, "2468")
    name = f"cchc_kiosk_{os.getpid()}"
    assert kiosk_role.create(db, ADMIN, name, PASSWORD)
    assert not kiosk_role.create(db, ADMIN, name, PASSWORD)  # again: password and grants reset
    url = db.url.set(username=name, password=PASSWORD)
    if not url.host:
        url = url.set(host=os.environ.get("PGHOST"), port=int(os.environ.get("PGPORT") or 5432))
    as_kiosk = open_database(url.render_as_string(hide_password=False), migrate=False)
    try:
        # What the kiosk does works.
        with as_kiosk.read() as session:
            shown = kiosk.load(session)
            detail = kiosk.detail(session, KHAI_SINH)
            kiosk.center(session)
        assert len(shown) and detail.link
        assert samples.read_file(as_kiosk, detail.documents[0].id)[1].data.startswith(b"%PDF")
        kiosk.stamp(as_kiosk)
        assert satisfaction.record(as_kiosk, Actor.kiosk(), token=satisfaction.new_token(), overall=5,
                                   procedure_code=KHAI_SINH)
        assert kiosk.verify_pin(as_kiosk, "2468") and not kiosk.verify_pin(as_kiosk, "1111")
        # Anything else is refused by the database itself.
        refused = ["UPDATE procedures SET name = 'x'", "DELETE FROM satisfaction_ratings",
                   "UPDATE satisfaction_ratings SET overall = 1", "SELECT * FROM satisfaction_ratings",
                   "SELECT * FROM staff_accounts", "SELECT * FROM audit_entries", "SELECT * FROM guidance_sessions",
                   "UPDATE settings SET value = '1'", "INSERT INTO print_jobs (template) VALUES ('x')",
                   "CREATE TABLE x (id int)"]
        for statement in refused:
            with as_kiosk.engine.connect() as conn:
                with pytest.raises(ProgrammingError, match="permission denied"):
                    conn.execute(text(statement))
    finally:
        as_kiosk.dispose()
    with db.read() as session:
        assert satisfaction.count(session) == 1
        assert session.execute(text("SELECT count(*) FROM procedures WHERE name = 'x'")).scalar() == 0


def test_kiosk_role_command_line(sqlite_db: Database, monkeypatch, capsys) -> None:
    import io

    from cchc_desktop import cli

    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = cli.main(["--database", str(sqlite_db.path), "kiosk-role", "create", "cchc_kiosk", "--password-stdin"])
    assert code == 1 and "chỉ dùng với PostgreSQL" in capsys.readouterr().err
