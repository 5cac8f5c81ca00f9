"""The plan's report section printed: PDF pages read back, .xlsx sheets, the standalone `cchc report --plan`."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cchc_desktop import cli
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import Role
from cchc_desktop.core.periods import Period
from cchc_desktop.core.services import plans, reports
from cchc_desktop.printing.report import save

import pdfcheck
from conftest import ROOT

STAFF = Actor("binh", Role.STAFF, 2)
DOCS = ROOT / "docs" / "plan"

# A quarter as a communication officer would record it (task, day, kind, title, count, place).
Q3 = [
    (4, "2026-07-03", "news", "Phường Bình Long đẩy mạnh dịch vụ công trực tuyến toàn trình", 1, "Trang thông tin điện tử phường"),
    (4, "2026-07-14", "article", "Hướng dẫn đăng ký khai sinh trực tuyến qua VNeID", 1, "Trang thông tin điện tử phường"),
    (4, "2026-07-28", "news", "Kết quả giải quyết thủ tục hành chính tháng 7", 1, "Trang thông tin điện tử phường"),
    (4, "2026-08-05", "news", "Đối thoại với hộ kinh doanh về thủ tục đăng ký", 1, "Trang thông tin điện tử phường"),
    (4, "2026-08-12", "article", "Thanh toán lệ phí trực tuyến: nhanh, không cần đến quầy", 1, "Fanpage Trung tâm"),
    (4, "2026-08-19", "news", "Tổ công nghệ số cộng đồng hỗ trợ người cao tuổi", 1, "Trang thông tin điện tử phường"),
    (4, "2026-08-26", "news", "Chỉ số hài lòng SIPAS quý II của phường", 1, "Trang thông tin điện tử phường"),
    (4, "2026-09-09", "news", "Chuyển đổi số trong giải quyết thủ tục hành chính", 1, "Trang thông tin điện tử phường"),
    (5, "2026-07-10", "broadcast", "Phát thanh: nộp hồ sơ trực tuyến tại nhà", 1, "Loa truyền thanh các khu phố"),
    (5, "2026-09-11", "broadcast", "Phát thanh: dịch vụ bưu chính công ích", 1, "Loa truyền thanh các khu phố"),
    (6, "2026-07-02", "news", "Bản tin CCHC tuần 27", 1, "Website phường"),
    (6, "2026-07-09", "news", "Bản tin CCHC tuần 28", 1, "Website phường"),
    (3, "2026-08-20", "printed", "Tờ gấp “Hướng dẫn nộp hồ sơ trực tuyến” – Đăng ký khai sinh", 300, "Trung tâm Phục vụ HCC"),
    (1, "2026-09-15", "video", "Clip hướng dẫn cài đặt và sử dụng VNeID mức 2", 1, "Fanpage Trung tâm"),
]


def load_q3(db: Database) -> None:
    for task, day, kind, title, count, place in Q3:
        plans.add_activity(db, STAFF, year=2026, task=task, day=day, kind=kind, title=title, count=count, place=place,
                           unit="Phòng Văn hóa – Xã hội" if task != 3 else "Trung tâm Phục vụ hành chính công")


@pytest.fixture
def quarter(db: Database) -> Database:
    plans.load_demo(db, Actor.command_line())
    load_q3(db)
    return db


def _report(db: Database) -> reports.Report:
    with db.read() as session:
        return reports.build(session, Period.parse("2026-Q3"), plan_year=2026)


def test_the_pdf_says_what_was_done_and_which_targets_were_met(quarter: Database, tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.pdf"
    save(_report(quarter), "pdf", path)
    pdf = path.read_bytes()
    text = pdfcheck.one_line(pdfcheck.text(pdf))
    assert "KẾT QUẢ THỰC HIỆN KẾ HOẠCH THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026" in text
    assert "Quý III năm 2026 (từ 01/07/2026 đến 30/09/2026)" in text
    assert f"{len(Q3)} sản phẩm, hoạt động được ghi nhận (tổng số lượng {sum(r[4] for r in Q3)})" in text
    # Task 4: July has 3, August 5, September 1 → met in August only.
    july = sum(1 for r in Q3 if r[0] == 4 and r[1].startswith("2026-07"))
    assert july == 3 and "không đạt: Tháng 7/2026 (3/4), Tháng 9/2026 (1/4)" in text
    assert "Đạt 1/3 kỳ" in text and "Tờ gấp “Hướng dẫn nộp hồ sơ trực tuyến” – Đăng ký khai sinh" in text
    pdfcheck.assert_only_embedded_bundled_font(pdf, tmp_path)
    if os.environ.get("CCHC_SCREENSHOTS"):  # the committed pictures of the report's pages
        DOCS.mkdir(parents=True, exist_ok=True)
        for i, image in enumerate(pdfcheck.images(pdf, dpi=80)):
            image.convert("P", palette=1, colors=64).save(DOCS / f"report-page-{i + 1}.png", optimize=True)


def test_the_sheets_and_the_json_of_the_section(quarter: Database, tmp_path: Path) -> None:
    save(_report(quarter), "xlsx", tmp_path / "bao-cao.xlsx")
    wb = load_workbook(tmp_path / "bao-cao.xlsx")
    assert wb.sheetnames == ["Báo cáo", *reports.PLAN_SHEETS]
    summary = wb[reports.PLAN_SHEETS[0]]
    rows = {r[0]: r for r in summary.iter_rows(min_row=2, values_only=True)}
    assert rows[4][3:9] == (8, 8, "4/tháng: Bản tin, Bài viết", 1, 2, 0)
    items = list(wb[reports.PLAN_SHEETS[2]].iter_rows(min_row=2, values_only=True))
    assert len(items) == len(Q3) and sum(r[4] for r in items) == sum(r[4] for r in Q3)


def test_cchc_report_plan_alone(quarter: Database, tmp_path: Path, db_url: str, capsys) -> None:
    for fmt in ("json", "xlsx", "pdf"):
        out = tmp_path / f"bao-cao.{fmt}"
        assert cli.main(["--database", db_url, "report", "--plan", "2026", "--period", "2026-Q3", "--format", fmt,
                         "-o", str(out)]) == 0
        assert out.stat().st_size > 0
    data = json.loads((tmp_path / "bao-cao.json").read_text(encoding="utf-8"))
    assert data["plan"]["section"] == "plan" and data["plan"]["totals"]["activities"] == len(Q3)
    assert "guidance" not in data and "total_sessions" not in data
    assert load_workbook(tmp_path / "bao-cao.xlsx").sheetnames == ["Báo cáo", *reports.PLAN_SHEETS]
    assert cli.main(["--database", db_url, "report", "--plan", "2030", "--period", "2026-Q3", "-o",
                     str(tmp_path / "x.json")]) == 1
    assert "Chưa có kế hoạch truyền thông năm 2030" in capsys.readouterr().err


def test_cchc_plan_commands(db: Database, db_url: str, tmp_path: Path, capsys) -> None:
    def run(*argv: str) -> int:
        return cli.main(["--database", db_url, *argv])

    plans.load_demo(db, Actor.command_line())  # the plan alone: `cchc init --demo` would add a year of results
    assert run("plan", "export", "2026", "-o", str(tmp_path / "kh.xlsx")) == 0
    assert "Đã xuất kế hoạch truyền thông năm 2026 (11 nhiệm vụ)" in capsys.readouterr().out
    assert run("plan", "copy", "2026", "2027") == 0
    evidence = tmp_path / "anh.png"
    evidence.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    assert run("plan", "activity", "add", "--task", "4", "--date", "03/07/2026", "--kind", "news", "--title",
               "Bản tin CCHC tháng 7", "--link", "https://binhlong.dongnai.gov.vn/tin/1", "--evidence",
               str(evidence)) == 0
    assert run("plan", "activity", "list", "2026") == 0
    out = capsys.readouterr().out
    assert "Đã tạo kế hoạch năm 2027 từ kế hoạch năm 2026: 11 nhiệm vụ." in out
    assert "03/07/2026\tNV 4\tBản tin\t1\tBản tin CCHC tháng 7" in out
    assert run("plan", "show", "2026", "--date", "16/07/2026") == 0
    out = capsys.readouterr().out
    assert "  4.   0K   0K   0K   0K   0K   0K   1C" in out and "Hạn 31/07/2026 – nhiệm vụ 4" in out
    wb = load_workbook(tmp_path / "kh.xlsx")
    wb["Phụ lục"]["A4"] = "ba"
    wb.save(tmp_path / "sai.xlsx")
    assert run("plan", "import", str(tmp_path / "sai.xlsx")) == 1
    assert "dòng 4, cột “Stt”: “ba” không phải số thứ tự" in capsys.readouterr().err
    assert run("plan", "import", str(tmp_path / "kh.xlsx")) == 0
    assert "Đã nhập kế hoạch truyền thông năm 2026: 11 nhiệm vụ (số 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12)." in \
        capsys.readouterr().out


def test_the_periodic_report_carries_the_plan_as_its_fourth_part(quarter: Database, tmp_path: Path) -> None:
    with quarter.read() as session:
        report = reports.build(session, Period.parse("2026-Q3"))
    assert [s.key for s in report.sections] == ["guidance", "printing", "satisfaction", "plan"]
    assert report.to_json()["plan"]["totals"]["activities"] == len(Q3)
    save(report, "pdf", tmp_path / "bao-cao.pdf")
    text = pdfcheck.one_line(pdfcheck.text((tmp_path / "bao-cao.pdf").read_bytes()))
    assert "IV. KẾT QUẢ THỰC HIỆN KẾ HOẠCH THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026" in text
    assert "không đạt: Tháng 7/2026 (3/4), Tháng 9/2026 (1/4)" in text
    with quarter.read() as session:  # a year without a plan: the report has no fourth part
        assert "plan" not in reports.build(session, Period.parse("2025-Q3")).to_json()
