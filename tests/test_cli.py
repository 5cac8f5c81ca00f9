"""The ``cchc`` command as a user runs it: one Vietnamese line on error, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cchc_desktop import __version__
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db import open_database
from cchc_desktop.core.services import catalogue, interchange
from cchc_desktop.core.services.records import to_record


def cchc(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cchc_desktop", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=300)


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Lỗi"), result.stderr
    for word in words:
        assert word in lines[0]


def test_version() -> None:
    result = cchc("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"CCHC Desktop {__version__}"


def test_init_demo_then_export(db_url: str, tmp_path: Path) -> None:
    result = cchc("--database", db_url, "init", "--demo")
    assert result.returncode == 0, result.stderr
    assert "266 thủ tục mới" in result.stdout
    again = cchc("--database", db_url, "init", "--demo")
    assert "0 thủ tục mới, 266 đã có sẵn" in again.stdout

    out_json, out_xlsx = tmp_path / "x.json", tmp_path / "x.xlsx"
    assert cchc("--database", db_url, "export", str(out_json)).returncode == 0
    assert cchc("--database", db_url, "export", str(out_xlsx)).returncode == 0
    document = json.loads(out_json.read_text(encoding="utf-8"))
    records = document["procedures"]
    assert document["format"] == "cchc-catalogue" and len(records) >= 200
    assert all(r["code"] and r["name"] for r in records)
    assert sum(1 for r in records if r["field"]) >= 200
    assert sum(1 for r in records if r["channels"]) >= 200
    assert sum(1 for r in records for c in r["channels"] for f in c["fees"]) >= 200
    assert sum(1 for r in records if (r["links"]["online_url"] or "").startswith("https://dichvucong.gov.vn/")) >= 200
    assert len(document["fields"]) == 16 and {"name": "Hộ tịch", "code": "G15-TP07", "portal_url": None} \
        in document["fields"]
    assert len(interchange.read_workbook(out_xlsx)[1]) == 16  # the workbook's sheet “Lĩnh vực”
    # The workbook holds the same data: loaded into a new database it gives the same records.
    fresh = open_database(str(tmp_path / "fresh.db"))
    catalogue.save_records(fresh, Actor.command_line(), interchange.read_xlsx(out_xlsx), action="import",
                           source=out_xlsx.name)
    with fresh.read() as session:
        assert [to_record(p) for p in catalogue.all_procedures(session)] == records


def test_environment_variable_selects_the_database(tmp_path: Path) -> None:
    target = tmp_path / "env.db"
    result = cchc("init", env={"CCHC_DATABASE_URL": str(target)})
    assert result.returncode == 0 and target.exists()


@pytest.mark.parametrize("args, words", [
    (["export"], ["thiếu tham số"]),
    (["khong-co"], ["không hợp lệ"]),
    (["--database", "mysql://x/y", "init"], ["không được hỗ trợ"]),
    (["--database", "//server/share/cchc.db", "init"], ["ổ mạng", "PostgreSQL"]),
    (["--database", "postgresql://u:matkhau@127.0.0.1:1/cchc", "init"], ["Không kết nối được"]),
])
def test_errors_are_one_vietnamese_line(args: list[str], words: list[str]) -> None:
    assert_one_line_error(cchc(*args), *words)


def test_export_errors(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    assert_one_line_error(cchc("--database", db, "export", str(tmp_path / "x.pdf")), "chỉ hỗ trợ tệp .json, .xlsx hoặc .csv")
    assert_one_line_error(cchc("--database", db, "export", str(tmp_path / "no" / "x.json")), "không tồn tại")


def test_staff_app_without_a_display_says_so() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "cchc_desktop"], capture_output=True, text=True, env=env,
                            timeout=60)
    assert_one_line_error(result, "màn hình")


def test_search_answers_toneless_upper_case_and_decomposed_queries(db_url: str) -> None:
    import unicodedata

    assert cchc("--database", db_url, "init", "--demo").returncode == 0
    result = cchc("--database", db_url, "search", "dang", "ky", "khai", "sinh", "--limit", "3")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "1.001193\tThủ tục đăng ký khai sinh" and len(lines) == 3
    for query in ["ĐĂNG KÝ KHAI SINH", unicodedata.normalize("NFD", "đăng ký khai sinh"), "DANG KY KHAI SINH"]:
        again = cchc("--database", db_url, "search", query, "--limit", "3")
        assert again.stdout.splitlines() == lines, query
    decomposed = cchc("--database", db_url, "search", unicodedata.normalize("NFD", "chứng thực"))
    assert all(line.split("\t")[1].startswith("Chứng thực") for line in decomposed.stdout.splitlines()[:5])
    assert cchc("--database", db_url, "search", "1.0011").stdout.startswith("1.001193\t")
    accents = cchc("--database", db_url, "search", "hộ", "--limit", "300").stdout.splitlines()
    first_ho_tro = min(i for i, line in enumerate(accents) if "\tHỗ trợ" in line)
    assert all(i < first_ho_tro for i, line in enumerate(accents) if "hộ tịch" in line.casefold())
    # The same order as the app: the core ranking.
    with open_database(db_url).read() as session:
        from cchc_desktop.core.services import search

        assert [f"{c}\t{n}" for c, n in search.search(session, "giay phep xay dung", limit=20)] == \
            cchc("--database", db_url, "search", "giay phep xay dung").stdout.splitlines()


@pytest.mark.parametrize("args, words, code", [
    (["search"], ["thiếu tham số"], 2),
    (["search", "x", "--limit", "0"], ["--limit", "lớn hơn 0"], 2),
    (["search", "x", "--limit", "nhiều"], ["“nhiều” không phải số nguyên"], 2),
    (["search", " , "], ["Từ khoá tìm kiếm trống"], 1),
])
def test_search_errors_are_one_vietnamese_line(sqlite_db, args: list[str], words: list[str], code: int) -> None:
    result = cchc("--database", str(sqlite_db.path), *args)
    assert_one_line_error(result, *words)
    assert result.returncode == code


def test_search_without_hits_says_so(sqlite_db) -> None:
    result = cchc("--database", str(sqlite_db.path), "search", "không có gì")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip() == "Không tìm thấy thủ tục nào khớp với “không có gì”."


def test_self_test_from_source(tmp_path: Path) -> None:
    result = cchc("self-test", env={"CCHC_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("✓") == 8 and "Tự kiểm tra đạt" in result.stdout
    assert "Xuất danh mục ra Excel và đọc lại: 266 thủ tục không đổi" in result.stdout
    assert not any(tmp_path.iterdir()) or not (tmp_path / "cchc.db").exists()  # the user's data is not touched
