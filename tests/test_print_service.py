"""The print studio's services on both databases: what is posted, what is printed, what is logged."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest

from cchc_desktop import cli
from cchc_desktop.core import text as vtext
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import PrintResult, Role
from cchc_desktop.core.errors import CchcError, NotFoundError, PermissionDenied, ValidationError
from cchc_desktop.core.services import catalogue, print_log
from cchc_desktop.printing import studio

import pdfcheck
from test_print_templates import logo_png

DAY = dt.date(2026, 11, 26)
STAFF = Actor("nguyenvana", Role.STAFF, 7)
VIEWER = Actor("xem", Role.READONLY)


def change(db: Database, demo_records: list[dict], code: str, **sections) -> None:
    record = copy.deepcopy(next(r for r in demo_records if r["code"] == code))
    for key, value in sections.items():
        record[key] = {**record[key], **value} if isinstance(record.get(key), dict) else value
    catalogue.save_records(db, Actor.command_line(), [record], action="update", source="test")


def test_posted_procedures_are_the_posted_list_in_catalogue_order(demo_db: Database, demo_records: list[dict]) -> None:
    change(demo_db, demo_records, "1.001193", lifecycle={"status": "repealed", "effective_until": "2026-09-08"})
    change(demo_db, demo_records, "1.000894", posting={"posted_until": "2026-10-01"})
    change(demo_db, demo_records, "1.000080", posting={"posted_since": "2026-11-01"})  # newly posted
    with demo_db.read() as session:
        posted = catalogue.posted_procedures(session, DAY)
        before = catalogue.posted_procedures(session, dt.date(2026, 8, 1))
        rows = [r for r in catalogue.list_rows(session, today=DAY) if r.posted]
        check_posted(session, posted, before, rows)


def check_posted(session, posted, before, rows) -> None:
    codes = [p.code for p in posted]
    assert codes == [r.code for r in rows]  # the same list and order as the catalogue page shows
    assert "1.001193" not in codes and "1.000894" not in codes and "1.000080" in codes
    assert len(posted) == 71 - 2 + 1
    assert "1.001193" in [p.code for p in before] and "1.000080" not in [p.code for p in before]
    keys = [(p.field.sort_key if p.field else b"\xff", p.sort_key) for p in posted]
    assert keys == sorted(keys)
    # Full records: channels, fees and the dossier come with the query, no query per procedure.
    khai_tu = next(p for p in posted if p.code == "1.000656")
    session.expunge_all()
    assert [c.method.value for c in khai_tu.channels] == ["direct", "online", "postal"]
    assert khai_tu.channels[0].fees[0].text.startswith("Mức lệ phí cụ thể")
    assert sum(len(g.components) for g in khai_tu.dossier_groups) == 27


def test_gather_reads_fields_codes_and_center(demo_db: Database) -> None:
    with demo_db.read() as session:
        field = studio.gather(session, studio.Request("poster", field="dang ky, quan ly cu tru", day=DAY))
        chosen = studio.gather(session, studio.Request("guide", codes=("1.004222.01", "1.001193"), day=DAY))
        with pytest.raises(NotFoundError, match="Không có lĩnh vực “Hộ khẩu” trong danh mục. Các lĩnh vực: "):
            studio.gather(session, studio.Request("poster", field="Hộ khẩu", day=DAY))
        with pytest.raises(NotFoundError, match="Không có thủ tục mã 9.999999 trong danh mục"):
            studio.gather(session, studio.Request("guide", codes=("9.999999",), day=DAY))
        with pytest.raises(ValidationError, match="không in theo lĩnh vực hay mã thủ tục"):
            studio.gather(session, studio.Request("campaign", field="Hộ tịch", day=DAY))
    assert [f.name for f in field.fields] == ["Đăng ký, quản lý cư trú"]
    assert len(field.procedures) == 9 and all(p.posted for p in field.procedures)
    assert [p.code for p in chosen.procedures] == ["1.004222", "1.001193"]  # cư trú sorts before hộ tịch
    assert field.center.name == "" and field.center.review_after_months == 12
    # The demo was loaded on the real today, after DAY: only changes up to the day printed count.
    assert field.updated is not None and field.updated <= DAY


def test_print_jobs_are_logged_and_read_only_accounts_only_preview(demo_db: Database, tmp_path: Path) -> None:
    request = studio.Request("poster", field="Hộ tịch", day=DAY)
    rendered = studio.build(demo_db, request)  # anyone may lay a document out to look at it
    assert not rendered.blocked and rendered.pages >= 1
    path = tmp_path / "ho-tich.pdf"
    job = studio.save_pdf(demo_db, STAFF, request, rendered, path)
    assert path.read_bytes() == rendered.pdf
    with pytest.raises(PermissionDenied, match="không có quyền in hoặc lưu tài liệu"):
        studio.save_pdf(demo_db, VIEWER, request, rendered, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(PermissionDenied):
        studio.record(demo_db, VIEWER, request, rendered, destination="máy in")
    failed = studio.record(demo_db, STAFF, request, rendered, destination="Máy in quầy 2", copies=3,
                           result=PrintResult.FAILED, error="Máy in hết giấy")
    with pytest.raises(ValidationError, match="Số bản in phải từ 1 đến 999"):
        studio.record(demo_db, STAFF, request, rendered, destination="x", copies=0)
    with demo_db.read() as session:
        jobs = print_log.recent(session)
        assert print_log.get(session, job).destination == str(path)
        with pytest.raises(NotFoundError, match="Không có lệnh in số 999"):
            print_log.get(session, 999)
    assert [j.id for j in jobs] == [failed, job]
    saved = jobs[1]
    assert (saved.actor, saved.template, saved.result, saved.copies, saved.pages) == \
           ("nguyenvana", "poster", PrintResult.OK, 1, rendered.pages)
    assert saved.procedure_codes == list(rendered.codes) and len(saved.procedure_codes) == 21
    assert saved.params == {**request.params(), "size": "A4"}
    assert (jobs[0].result, jobs[0].copies, jobs[0].error) == (PrintResult.FAILED, 3, "Máy in hết giấy")
    again = studio.Request.from_job(saved.template, saved.params)
    assert again == studio.Request("poster", size="A4", field="Hộ tịch", day=DAY)


def test_save_refuses_a_document_with_errors_and_an_unwritable_place(demo_db: Database, demo_records: list[dict],
                                                                     tmp_path: Path) -> None:
    change(demo_db, demo_records, "1.001193", lifecycle={"status": "repealed", "effective_until": "2026-09-08"})
    request = studio.Request("guide", codes=("1.001193",), day=DAY)
    rendered = studio.build(demo_db, request)
    assert rendered.blocked
    with pytest.raises(CchcError, match="Không lưu tệp PDF. Kiểm tra trước khi in còn 1 lỗi: Thủ tục 1.001193"):
        studio.save_pdf(demo_db, STAFF, request, rendered, tmp_path / "khai-sinh.pdf")
    assert not (tmp_path / "khai-sinh.pdf").exists()
    good = studio.Request("guide", codes=("1.000894",), day=DAY)
    ok = studio.build(demo_db, good)
    not_a_folder = tmp_path / "ghi-chu.txt"
    not_a_folder.write_text("một tệp, không phải thư mục", encoding="utf-8")
    with pytest.raises(CchcError, match="Không ghi được tệp .*Chọn thư mục khác hoặc kiểm tra quyền ghi"):
        studio.save_pdf(demo_db, STAFF, good, ok, not_a_folder / "ket-hon.pdf")
    with demo_db.read() as session:
        jobs = print_log.recent(session)
    assert [(j.result, j.template) for j in jobs] == [(PrintResult.FAILED, "guide")] * 2
    assert jobs[1].error.startswith("Kiểm tra trước khi in còn 1 lỗi")


def test_command_line_prints_checks_and_logs(demo_db: Database, db_url: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "ho-tich.pdf"
    code = cli.main(["--database", db_url, "print", "poster", "-o", str(out), "--field", "ho tich", "--size", "A3"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Đã lưu Danh mục thủ tục hành chính theo lĩnh vực – Hộ tịch (" in captured.out
    assert "21 thủ tục" in captured.out
    assert pdfcheck.page_count(out.read_bytes()) >= 1
    assert sum(pdfcheck.qr_links(out.read_bytes(), dpi=150).values()) == 21

    stickers = tmp_path / "nhan.pdf"
    assert cli.main(["--database", db_url, "print", "stickers", "-o", str(stickers), "--code", "1.001193",
                     "1.000894", "--code", "2.000815", "--grid", "2x4"]) == 0
    assert sum(pdfcheck.qr_links(stickers.read_bytes()).values()) == 3
    captured = capsys.readouterr()
    assert captured.err == ""

    logo = tmp_path / "bieu-trung.png"
    logo.write_bytes(logo_png())
    campaign = tmp_path / "chien-dich.pdf"
    assert cli.main(["--database", db_url, "print", "campaign", "-o", str(campaign), "--logo", str(logo),
                     "--crop-marks"]) == 0
    assert pdfcheck.qr_links(campaign.read_bytes()) == {"https://dichvucong.gov.vn": 1}
    assert "Chưa nhập tên, địa chỉ, đường dây nóng, trang mạng xã hội" in capsys.readouterr().err

    guide = tmp_path / "all-guides.pdf"
    assert cli.main(["--database", db_url, "print", "guide", "-o", str(guide), "--field", "Chứng thực"]) == 0
    captured = capsys.readouterr()
    assert "Cảnh báo: " in captured.err and "chưa được đối chiếu" in captured.err

    for args, message in [
        (["print", "campaign", "-o", str(tmp_path / "c.pdf"), "--size", "A5"], "không có khổ A5; chỉ có: A4, A3"),
        (["print", "poster", "-o", str(tmp_path / "p.txt")], "phải có đuôi .pdf"),
        (["print", "poster", "-o", str(tmp_path / "p.pdf"), "--field", "Hộ khẩu"], "Không có lĩnh vực “Hộ khẩu”"),
        (["print", "guide", "-o", str(tmp_path / "g.pdf"), "--code", "1.9"], "Mã thủ tục “1.9” không đúng dạng"),
        (["print", "stickers", "-o", str(tmp_path / "s.pdf"), "--grid", "3 hàng"], "Lưới nhãn “3 hàng” không hợp lệ"),
        (["print", "campaign", "-o", str(tmp_path / "c.pdf"), "--logo", str(tmp_path / "nhan.pdf")],
         "Tệp biểu trưng không phải ảnh đọc được"),
        (["print", "campaign", "-o", str(tmp_path / "c.pdf"), "--logo", str(tmp_path / "khong-co.png")],
         "Không đọc được biểu trưng"),
    ]:
        assert cli.main(["--database", db_url, *args]) == 1
        err = capsys.readouterr().err
        assert err.startswith("Lỗi: ") and message in err, err
    assert not any(p.name in ("c.pdf", "p.pdf", "g.pdf", "s.pdf") for p in tmp_path.iterdir())
    with pytest.raises(SystemExit):
        cli.main(["--database", db_url, "print", "brochure", "-o", str(tmp_path / "b.pdf")])
    assert "giá trị 'brochure' không hợp lệ" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["--database", db_url, "print", "poster", "-o", str(tmp_path / "p.pdf"), "--date", "31/02/2026"])
    assert "tham số --date: ngày “31/02/2026” không hợp lệ (dạng dd/mm/yyyy)" in capsys.readouterr().err
    before = tmp_path / "truoc.pdf"  # the posted list of an earlier day
    assert cli.main(["--database", db_url, "print", "posted-list", "-o", str(before), "--date", "01/07/2026"]) == 1
    assert "Không có thủ tục nào để in" in capsys.readouterr().err and not before.exists()

    with demo_db.read() as session:
        jobs = print_log.recent(session)
    assert [(j.template, j.result) for j in jobs] == [("posted-list", PrintResult.FAILED), ("guide", PrintResult.OK),
                                                      ("campaign", PrintResult.OK), ("stickers", PrintResult.OK),
                                                      ("poster", PrintResult.OK)]
    jobs = jobs[1:]
    assert jobs[1].params["crop_marks"] is True
    assert all(j.actor == Actor.command_line().name for j in jobs)
    assert jobs[2].params["grid"] == [2, 4] and jobs[2].destination == str(stickers)


def test_command_line_refuses_a_repealed_procedure(demo_db: Database, db_url: str, demo_records: list[dict],
                                                   tmp_path: Path, capsys) -> None:
    change(demo_db, demo_records, "1.001193", lifecycle={"status": "repealed"})
    out = tmp_path / "khai-sinh.pdf"
    assert cli.main(["--database", db_url, "print", "leaflet", "-o", str(out), "--code", "1.001193"]) == 1
    err = capsys.readouterr().err
    assert "Lỗi: Thủ tục 1.001193 “Thủ tục đăng ký khai sinh” đã bị bãi bỏ" in err
    assert err.strip().splitlines()[-1].startswith("Lỗi: Không lưu tệp PDF. Kiểm tra trước khi in còn 1 lỗi")
    assert not out.exists()
    with demo_db.read() as session:
        (job,) = print_log.recent(session)
    assert (job.template, job.result, job.procedure_codes) == ("leaflet", PrintResult.FAILED, ["1.001193"])
    assert vtext.fold("bãi bỏ") in vtext.fold(job.error)
