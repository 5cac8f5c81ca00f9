"""The importer under abuse: broken files never crash it, a killed import leaves nothing, the CLI speaks plainly."""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from annexes import new_annex_rows, write_xlsx
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import Base
from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.services import importer
from cchc_desktop.core.services.national import national_catalogue
from test_cli import cchc

ROOT = Path(__file__).resolve().parent.parent


# --- property tests: no crash, and every error has its place --------------------------------

CSV_PIECES = st.sampled_from(["STT", "Mã TTHC", "Tên TTHC", "Phí, lệ phí", "Thời hạn giải quyết", "1.001193",
                              "2.000815.H55", "1.00x", "Đăng ký khai sinh", "=SUM(A1)", "LĨNH VỰC HỘ TỊCH", "I", "A",
                              '"', '""', ",", ";", "\t", "\n", "\r\n", "\x00", "05 ngày làm việc", "Đ" * 50, ""])
BYTES_EDITS = st.lists(st.tuples(st.integers(0, 400), st.binary(max_size=3)), max_size=4)


def _plan_without_errors(db: Database, path: Path) -> importer.Plan | None:
    """The dry run of ``path`` when it finds nothing wrong; else None, once every refusal names its place."""
    try:
        plan = importer.build_plan(db, path)
    except CchcError as exc:
        assert path.name in exc.message, exc.message
        return None
    for message in plan.errors:
        assert message.startswith(f"Tệp {path.name}"), message
    return None if plan.errors else plan


def _assert_saved_as_previewed(db: Database, plan: importer.Plan) -> None:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.services import catalogue
    from cchc_desktop.core.services.records import to_record

    importer.apply_plan(db, Actor.command_line(), plan)
    with db.read() as session:
        saved = {p.code: to_record(p) for p in catalogue.all_procedures(session)}
    for change in plan.changes:
        if change.after is not None:
            assert saved[change.code] == change.after


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(CSV_PIECES, max_size=60), encoding=st.sampled_from(["utf-8", "utf-16", "cp1258", "utf-8-sig"]),
       edits=BYTES_EDITS)
def test_broken_csv_never_crashes(sqlite_db: Database, tmp_path: Path, pieces: list[str], encoding: str,
                                  edits: list[tuple[int, bytes]]) -> None:
    data = bytearray("".join(pieces).encode(encoding, errors="replace"))
    for at, chunk in edits:
        data[at:at] = chunk
    path = tmp_path / "phu-luc.csv"
    path.write_bytes(bytes(data))
    _plan_without_errors(sqlite_db, path)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2, 10**12) | st.floats(allow_nan=False) | st.sampled_from(
        ["1.001193", "x", "", "DIRECT", "OTHER", "Đăng ký", "2026-13-40", "https://", "FEE", "in_force"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from([
        "code", "name", "data", "message", "format", "version", "procedures", "channels", "method", "fees",
        "executionMethods", "submissionMethod", "processingTime", "processingTimeUnit", "cases", "codeNotation",
        "lifecycle", "status", "dossier", "components", "field", "value", "type", "description", "executionCases",
        "profileComponents", "procedureProposal", "decisionDate", "legalBasisesDetails", "category"]), inner, max_size=6),
    max_leaves=30)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=JSON_VALUES, cut=st.integers(0, 50))
# Found by longer runs: lists of the wrong type deep inside a record.
@example(document=[{"code": None, "name": None, "executionMethods": True}], cut=1)
@example(document=[{"dossier": [{"code": None, "name": None, "components": True}]}], cut=1)
@example(document=[{"channels": [{"method": "direct", "fees": 3}]}], cut=1)
def test_broken_json_never_crashes(sqlite_db: Database, tmp_path: Path, document, cut: int) -> None:
    raw = json.dumps(document, ensure_ascii=False)
    if cut % 5 == 0:
        raw = raw[: len(raw) * cut // 50]  # truncated files too
    path = tmp_path / "ban-ghi.json"
    path.write_text(raw, encoding="utf-8")
    _plan_without_errors(sqlite_db, path)


# Any Unicode text a JSON file can carry (the escapes of ensure_ascii included), controls and far planes too.
ANY_TEXT = st.text(max_size=24)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=ANY_TEXT, requirements=ANY_TEXT, keyword=ANY_TEXT, component=ANY_TEXT, ascii_only=st.booleans())
# Found this way: U+0000 (refused by PostgreSQL, naming nothing) and letters past U+F000 (sort weights overflowed).
@example(name="Đăng ký\x00", requirements="", keyword="", component="", ascii_only=True)
@example(name="𝐇ộ tịch", requirements="\x0b", keyword="", component="豈", ascii_only=True)
def test_any_text_is_saved_as_the_dry_run_showed_or_refused_with_its_place(
        db: Database, tmp_path: Path, demo_records: list[dict], name: str, requirements: str, keyword: str,
        component: str, ascii_only: bool) -> None:
    from cchc_desktop.core.services import interchange

    rec = json.loads(json.dumps(next(r for r in demo_records if r["dossier"] and r["dossier"][0]["components"])))
    rec["name"] = f"Thủ tục {name}"
    rec["requirements"] = requirements
    rec["keywords"] = [keyword]
    rec["dossier"][0]["components"][0]["name"] = f"Tờ khai {component}"
    path = tmp_path / "ban-ghi.json"
    path.write_text(json.dumps(interchange.catalogue_document([rec]), ensure_ascii=ascii_only), encoding="utf-8")
    plan = _plan_without_errors(db, path)
    if plan is not None:
        assert len(plan.changes) == 1
        _assert_saved_as_previewed(db, plan)


# What a spreadsheet cell can hold: any text but the control characters Excel refuses (tabs and breaks aside).
CELL_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=[
    chr(c) for c in [*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20)]]), max_size=24)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 6), CELL_TEXT), min_size=1, max_size=5),
       kind=st.sampled_from(["xlsx", "csv", "docx"]))
def test_any_cell_text_is_saved_as_the_dry_run_showed_or_refused_with_its_place(
        db: Database, tmp_path: Path, cells: list[tuple[int, int, str]], kind: str) -> None:
    from annexes import write_csv, write_docx

    rows = new_annex_rows()
    for row, column, value in cells:
        rows[row] = list(rows[row]) + [None] * (7 - len(rows[row]))
        rows[row][column] = value
    path = tmp_path / f"phu-luc.{kind}"
    {"xlsx": write_xlsx, "csv": write_csv, "docx": write_docx}[kind](path, rows)
    plan = _plan_without_errors(db, path)
    if plan is not None:
        _assert_saved_as_previewed(db, plan)


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return write_xlsx(tmp_path_factory.mktemp("workbook") / "phu-luc.xlsx", new_annex_rows()).read_bytes()


def _rezipped(data: bytes, edit) -> bytes:
    """The .xlsx with its sheet's XML edited, so the damage gets past the zip layer."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item)
            dst.writestr(item, edit(body) if item.filename == "xl/worksheets/sheet1.xml" else body)
    return out.getvalue()


XML_PIECES = st.sampled_from([b"<", b">", b"<f>A1</f>", b'"', b"</c>", b'<c r="ZZZ9">', b"\x00", b"&", b"\xff\xfe",
                              b'<c r="XFD1048576"><v>1</v></c>', b'<c r="B999999"><is><t>x</t></is></c>', b'r="0"'])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.integers(0, 20000), XML_PIECES), min_size=1, max_size=4), inside=st.booleans())
# A value far from the table once made the reader ask for 512 GB and the process die.
@example(edits=[(10**9, b'<c r="XFD1048576"><v>1</v></c>')], inside=True)
def test_broken_workbooks_never_crash(sqlite_db: Database, tmp_path: Path, workbook: bytes,
                                      edits: list[tuple[int, bytes]], inside: bool) -> None:
    def damage(data: bytes) -> bytes:
        data = bytearray(data)
        for at, chunk in edits:
            at = data.rfind(b"</sheetData>") if at == 10**9 else at % len(data)
            data[at:at] = chunk
        return bytes(data)

    path = tmp_path / "phu-luc.xlsx"
    path.write_bytes(_rezipped(workbook, damage) if inside else damage(workbook))
    _plan_without_errors(sqlite_db, path)


# --- the command line -------------------------------------------------------------------------------

def test_cli_import_dry_run_then_import(db_url: str, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "phu-luc.xlsx", new_annex_rows())
    assert cchc("--database", db_url, "init").returncode == 0
    dry = cchc("--database", db_url, "import", str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Thêm mới 1.001193 – Thủ tục đăng ký khai sinh" in dry.stdout
    assert "Xem trước: phu-luc.xlsx: 3 thêm mới" in dry.stdout and "Chưa ghi gì" in dry.stdout
    assert "Mã TTHC = cột B" in dry.stdout
    done = cchc("--database", db_url, "import", str(path), "--sheet", "Phụ lục I")
    assert done.returncode == 0 and "Đã ghi 3 thêm mới" in done.stdout
    again = cchc("--database", db_url, "import", str(path))
    assert again.returncode == 0 and "0 thêm mới, 0 cập nhật, 0 bãi bỏ, 3 không đổi" in again.stdout

    exported = tmp_path / "danh-muc.csv"
    assert cchc("--database", db_url, "export", str(exported)).returncode == 0
    assert exported.read_text(encoding="utf-8-sig").count("\n") >= 4

    entry = re.search(r"hoàn tác: cchc import --undo (\d+)\)", done.stdout).group(1)
    undone = cchc("--database", db_url, "import", "--undo", entry)
    assert undone.returncode == 0, undone.stderr
    assert f"Đã hoàn tác lần nhập “phu-luc.xlsx” (mục nhật ký số {entry}): xoá 3 thủ tục" in undone.stdout
    assert "Đã xuất 0 thủ tục" in cchc("--database", db_url, "export", str(exported)).stdout
    twice = cchc("--database", db_url, "import", "--undo", entry)
    assert twice.returncode != 0 and "đã được hoàn tác rồi" in twice.stderr and "Traceback" not in twice.stderr
    neither = cchc("--database", db_url, "import")
    assert neither.returncode != 0 and "Cần tên tệp cần nhập" in neither.stderr


def test_cli_import_errors_name_their_place(tmp_path: Path) -> None:
    rows = new_annex_rows()
    rows[2][1] = "1.0011"
    path = write_xlsx(tmp_path / "loi.xlsx", rows)
    result = cchc("--database", str(tmp_path / "x.db"), "import", str(path))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("Lỗi: Tệp loi.xlsx, trang “Phụ lục I”, dòng 7, cột B “Mã số TTHC” (giá trị “1.0011”)")
    assert lines[-1].startswith("Lỗi: loi.xlsx: 2 thêm mới") and "không thay đổi" in lines[-1]
    missing = cchc("--database", str(tmp_path / "x.db"), "import", str(tmp_path / "khong-co.xlsx"))
    assert missing.returncode != 0 and missing.stderr.startswith("Lỗi: Không tìm thấy tệp")
    bad_date = cchc("--database", str(tmp_path / "x.db"), "import", str(path), "--effective-date", "31/02/2026")
    assert bad_date.returncode == 2 and "không hợp lệ" in bad_date.stderr


# --- killed mid-import: the database is exactly as before, or holds the whole import --------------

def _big_annex(path: Path, n: int) -> Path:
    from cchc_desktop.core.services.national import national_catalogue

    entries = national_catalogue().entries[:n]
    rows = [[i + 1, e.code, e.name, "05 ngày làm việc", "Trực tiếp; trực tuyến", "Không", "Luật số 1/2020/QH14"]
            for i, e in enumerate(entries)]
    return write_xlsx(path, rows, merge_groups=False)


def _import_is_whole(url: str, source: str, codes: set[str]) -> bool:
    """The import's summary entry closes the trail (it is written last, in the same transaction) and
    every procedure of the annex is there."""
    engine = create_engine(url if "://" in url else f"sqlite:///{url}")
    with engine.connect() as conn:
        last = conn.execute(text("SELECT action, entity, entity_key FROM audit_entries ORDER BY id DESC LIMIT 1")).one()
        present = set(conn.execute(text("SELECT code FROM procedures")).scalars())
    engine.dispose()
    return tuple(last) == ("import", "catalogue", source) and codes <= present


def _fingerprint(url: str) -> str:
    engine = create_engine(url if "://" in url else f"sqlite:///{url}")
    digest = hashlib.sha256()
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(text(f'SELECT * FROM "{table.name}" ORDER BY 1')).all()
            digest.update(f"{table.name}:{len(rows)}:{[tuple(map(str, r)) for r in rows]}".encode())
        if engine.dialect.name == "sqlite":
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    engine.dispose()
    return digest.hexdigest()


@pytest.mark.slow
def test_killing_an_import_leaves_the_database_as_it_was(db_url: str, tmp_path: Path) -> None:
    assert cchc("--database", db_url, "init", "--demo").returncode == 0
    path = _big_annex(tmp_path / "lon.xlsx", 1500)
    codes = {e.code for e in national_catalogue().entries[:1500]}
    before = _fingerprint(db_url)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(4)
    # Measure one whole run to spread the kills over reading, planning and the commit.
    start = time.monotonic()
    probe = subprocess.Popen([sys.executable, "-m", "cchc_desktop", "--database", db_url, "import", str(path),
                              "--dry-run"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    probe.wait(timeout=300)
    whole = (time.monotonic() - start) * 1.6
    killed = 0
    for attempt in range(6):
        proc = subprocess.Popen([sys.executable, "-m", "cchc_desktop", "--database", db_url, "import", str(path)],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # The last kills land near the end, where the transaction is being written and committed.
        delay = rng.uniform(0.3, whole) if attempt < 3 else whole * rng.uniform(0.55, 0.95)
        time.sleep(delay)
        if proc.poll() is not None:  # finished before the kill: the import is whole, start again from it
            assert proc.returncode == 0
            before = _fingerprint(db_url)
            continue
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        killed += 1
        now = _fingerprint(db_url)
        if now != before:  # killed after the commit, while the process was ending: then the import is whole
            assert _import_is_whole(db_url, path.name, codes), f"kill after {delay:.2f} s left a half import"
            before = now
    assert killed >= 3
