"""The communication plan: the 2026 appendix, activities, progress rules, report figures, Excel round trip."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cchc_desktop.core import plan_progress as pp
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import ProductKind, Progress, Role
from cchc_desktop.core.errors import NotFoundError, PermissionDenied, ValidationError
from cchc_desktop.core.periods import Period
from cchc_desktop.core.services import audit, plans

from conftest import SHARED

ADMIN = Actor.command_line()
STAFF = Actor("binh", Role.STAFF, 2, "Trần Văn Bình")
READER = Actor("xem", Role.READONLY, 3)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PLAN_TEXT = next((p for p in (SHARED / "docs" / "ward-plan-2026.txt", Path("/work/shared/docs/ward-plan-2026.txt"))
                  if p.is_file()), SHARED / "docs" / "ward-plan-2026.txt")


@pytest.fixture
def plan_db(db: Database) -> Database:
    assert plans.load_demo(db, ADMIN)
    return db


def news(db: Database, day: dt.date, n: int = 1, task: int = 4, kind: ProductKind = ProductKind.NEWS) -> None:
    for i in range(n):
        plans.add_activity(db, STAFF, year=2026, task=task, day=day, kind=kind, title=f"Bản tin CCHC số {i + 1}",
                           link="https://binhlong.dongnai.gov.vn/tin-tuc/cchc", unit="Phòng Văn hóa – Xã hội")


# --- the 2026 appendix -------------------------------------------------------------------------------

def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_2026_appendix_loads_with_its_eleven_tasks_and_exact_text(plan_db: Database) -> None:
    with plan_db.read() as session:
        plan = plans.get_plan(session, 2026)
    numbers = [t["number"] for t in plan["tasks"]]
    assert numbers == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]  # 7 was lost at a page break, left free
    by = {t["number"]: t for t in plan["tasks"]}
    assert by[4]["content"] == ("Đăng tải các bản tin, bài viết trên các Trang thông tin điện tử của các cơ quan, "
                                "đơn vị, địa phương")
    assert by[4]["product"] == "Mỗi tháng ít nhất 4 bản tin, bài viết"
    assert by[4]["lead_unit"] == "Phòng Văn hóa – Xã hội, Trung tâm Dịch vụ tổng hợp"
    assert by[4]["targets"] == [{"count": 4, "per": "month", "kinds": ["news", "article"]}]
    assert by[5]["targets"] == [{"count": 1, "per": "month", "kinds": []}] and by[5]["timeframe_text"] == "Hàng tháng"
    assert by[6]["targets"] == [{"count": 1, "per": "week", "kinds": ["news"]}]
    assert by[6]["product"] == "Trung bình mỗi tuần 01 bản tin"
    assert by[6]["timeframe_text"] == "Theo nội dung của đơn vị cấp trên biên soạn"
    assert by[1]["content"].startswith("Xây dựng video, clip, phóng sự tuyên truyền về các nội dung liên quan đến "
                                       "hướng dẫn người dân thực hiện TTHC, nộp hồ sơ trực tuyến,")
    assert by[3]["kinds"] == ["printed"] and by[3]["timeframe_text"] == "Thường xuyên"
    assert by[10]["lead_unit"] == "Phòng Kinh tế" and by[10]["product"] == "Đối thoại"
    assert plan["issuer"] == "Ủy ban nhân dân phường Bình Long"
    assert plan["title"] == ("Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2026 trên địa bàn "
                             "phường Bình Long")


@pytest.mark.skipif(not PLAN_TEXT.is_file(), reason="the ward plan's text is not here")
def test_every_task_text_is_the_plans_own_wording() -> None:
    """Each cell, its line breaks rejoined, is found word for word in the plan's appendix."""
    appendix = _flat(PLAN_TEXT.read_text(encoding="utf-8").split("PHÂN CÔNG NHIỆM VỤ", 1)[1])
    # The table's cells are interleaved line by line in the text, so each cell's words are checked in order.
    words = appendix.split()
    for task in plans.demo_plan()["tasks"]:
        for key in ("content", "product", "lead_unit", "partners", "timeframe_text"):
            position = 0
            for word in task[key].split():
                assert word in words[position:], (task["number"], key, word)
                position = words.index(word, position) + 1


# --- progress rules -------------------------------------------------------------------------------------

def _cell(db: Database, month: int, today: dt.date, task: int = 4) -> pp.Cell:
    with db.read() as session:
        board = plans.progress(session, 2026, today)
    row = next(r for r in board.rows if r.task.number == task)
    return row.cells[month - 1]


def test_three_news_items_miss_task_4_and_four_meet_it(plan_db: Database) -> None:
    news(plan_db, dt.date(2026, 7, 3), 2)
    plans.add_activity(plan_db, STAFF, year=2026, task=4, day=dt.date(2026, 7, 20), kind=ProductKind.ARTICLE,
                       title="Bài viết về dịch vụ công trực tuyến")
    news(plan_db, dt.date(2026, 8, 4), 4)
    after = dt.date(2026, 9, 10)
    july, august = _cell(plan_db, 7, after), _cell(plan_db, 8, after)
    assert (july.actual, july.status, july.standings[0].window.wanted) == (3, Progress.MISSED, 4)
    assert (august.actual, august.status) == (4, Progress.MET)
    # A video recorded against task 4 is not a news item or an article: it does not count for its target.
    plans.add_activity(plan_db, STAFF, year=2026, task=4, day=dt.date(2026, 7, 25), kind=ProductKind.VIDEO,
                       title="Clip hướng dẫn")
    july = _cell(plan_db, 7, after)
    assert july.actual == 4 and july.standings[0].actual == 3 and july.status == Progress.MISSED


def test_amber_is_behind_the_pace_of_the_month_so_far(plan_db: Database) -> None:
    mid = dt.date(2026, 7, 16)  # 15 of July's 31 days are over: 4 × 15/31 = 1.94 items expected
    news(plan_db, dt.date(2026, 7, 2), 1)
    assert _cell(plan_db, 7, mid).status == Progress.BEHIND
    news(plan_db, dt.date(2026, 7, 9), 1)
    assert _cell(plan_db, 7, mid).status == Progress.ON_TRACK
    # On the 1st nothing is over yet; on the 24th (23 days over) 4 × 23/31 = 2.97 wants a third item.
    assert _cell(plan_db, 8, dt.date(2026, 8, 1)).status == Progress.ON_TRACK
    assert _cell(plan_db, 7, dt.date(2026, 7, 24)).status == Progress.BEHIND
    assert _cell(plan_db, 9, dt.date(2026, 8, 1)).status == Progress.UPCOMING
    assert pp.judge(4, dt.date(2026, 7, 1), dt.date(2026, 7, 31), 1, mid) == Progress.BEHIND
    assert pp.judge(4, dt.date(2026, 7, 1), dt.date(2026, 7, 31), 2, mid) == Progress.ON_TRACK


def test_a_weekly_target_across_a_month_boundary(plan_db: Database) -> None:
    # The week of Monday 29 June – Sunday 5 July 2026 has its Thursday on 2 July: it is July's.
    assert pp.weeks_of_month(2026, 7)[0] == (dt.date(2026, 6, 29), dt.date(2026, 7, 5))
    assert len(pp.weeks_of_month(2026, 7)) == 5 and len(pp.weeks_of_month(2026, 6)) == 4
    # June's last week is 22–28 June; the week of 27 July – 2 August is July's last.
    assert pp.weeks_of_month(2026, 6)[-1] == (dt.date(2026, 6, 22), dt.date(2026, 6, 28))
    assert pp.weeks_of_month(2026, 7)[-1] == (dt.date(2026, 7, 27), dt.date(2026, 8, 2))
    # A bulletin on Tuesday 30 June counts for July's first week, one on Sunday 2 August for its last.
    for day in (dt.date(2026, 6, 30), dt.date(2026, 7, 8), dt.date(2026, 7, 15), dt.date(2026, 7, 22),
                dt.date(2026, 8, 2)):
        news(plan_db, day, 1, task=6)
    later = dt.date(2026, 8, 20)
    july, june, august = _cell(plan_db, 7, later, 6), _cell(plan_db, 6, later, 6), _cell(plan_db, 8, later, 6)
    assert (july.standings[0].actual, july.standings[0].window.wanted, july.status) == (5, 5, Progress.MET)
    assert june.standings[0].actual == 0 and june.status == Progress.MISSED
    assert august.standings[0].window.start == dt.date(2026, 8, 3)  # 2 August is not counted twice
    assert august.standings[0].actual == 0
    # Without the bulletin of 2 August July misses, though August's calendar month holds it.
    with plan_db.read() as session:
        last = [a for a in plans.activities(session, 2026, task=6) if a.day == dt.date(2026, 8, 2)][0]
    plans.remove_activity(plan_db, STAFF, last.id)
    assert _cell(plan_db, 7, later, 6).status == Progress.MISSED


def test_next_deadlines_and_the_unit_filter(plan_db: Database) -> None:
    today = dt.date(2026, 7, 16)
    news(plan_db, dt.date(2026, 7, 2), 1)
    with plan_db.read() as session:
        board = plans.progress(session, 2026, today)
        units = plans.units(session, 2026)
        centre = plans.progress(session, 2026, today, unit="Trung tâm Phục vụ hành chính công")
        economy = plans.progress(session, 2026, today, unit="Phòng Kinh tế")
    first = board.deadlines[0]
    assert (first.day, first.task) == (dt.date(2026, 7, 19), 6)  # this week's bulletin, due Sunday
    task4 = next(d for d in board.deadlines if d.task == 4)
    assert task4.day == dt.date(2026, 7, 31) and "còn thiếu 3" in task4.text and task4.status == Progress.BEHIND
    assert "Phòng Văn hóa – Xã hội" in units and "Phòng Kinh tế" in units and "Trung tâm Phục vụ hành chính công" in units
    assert len(units) == len(set(units))
    # The center leads task 1 and cooperates (as "Trung tâm Phục vụ HCC") in most others; not in 3 or 10.
    assert [r.task.number for r in centre.rows] == [1, 2, 4, 5, 6, 8, 9, 11, 12]
    assert [r.task.number for r in economy.rows] == [10]


# --- activities, evidence, audit, permissions ------------------------------------------------------------

def test_an_activity_with_its_evidence_is_audited(plan_db: Database) -> None:
    number = plans.add_activity(plan_db, STAFF, year=2026, task=5, day="2026-07-10", kind="broadcast",
                                title="Phát thanh về dịch vụ công trực tuyến", place="Loa khu phố 3", count=2,
                                unit="Trung tâm Dịch vụ tổng hợp", evidence=("lich-phat-thanh.png", PNG))
    with plan_db.read() as session:
        found = plans.activities(session, 2026, task=5)[0]
        content = plans.evidence(plan_db, session, number)
        history = plans.activity_history(session, number)
        assert audit.verify_chain(session) == []
    assert (found.kind, found.count, found.place, found.evidence_name) == (
        ProductKind.BROADCAST, 2, "Loa khu phố 3", "lich-phat-thanh.png")
    assert content.data == PNG and content.media_type == "image/png"
    assert history[0].actor == "binh" and "Phát thanh loa" in history[0].summary
    plans.update_activity(plan_db, STAFF, number, count=3, remove_evidence=True)
    with plan_db.read() as session:
        assert plans.activities(session, 2026, task=5)[0].count == 3
        changes = plans.activity_history(session, number)[0].changes
    assert {"field": "count", "old": 2, "new": 3} in changes


def _only(db: Database) -> plans.Activity:
    with db.read() as session:
        (found,) = plans.activities(session, 2026)
    return found


def test_bad_activities_are_refused_in_vietnamese(plan_db: Database) -> None:
    with pytest.raises(ValidationError) as err:
        plans.add_activity(plan_db, STAFF, year=2026, task=4, day="31/02/2026", kind="tin", title="", count=0,
                           link="http://khong-an-toan")
    text = err.value.message
    assert "Ngày thực hiện" in text and "Loại sản phẩm “tin”" in text and "Cần tên sản phẩm" in text
    assert "Số lượng" in text and "https://" in text
    with pytest.raises(ValidationError, match="không thuộc năm 2026 của kế hoạch"):
        plans.add_activity(plan_db, STAFF, year=2026, task=4, day=dt.date(2025, 12, 28), kind="news", title="Tin")
    # 29 December 2025 starts the week of Thursday 1 January 2026: January's first week.
    plans.add_activity(plan_db, STAFF, year=2026, task=6, day=dt.date(2025, 12, 29), kind="news", title="Tin đầu năm")
    assert _cell(plan_db, 1, dt.date(2026, 2, 1), 6).standings[0].actual == 1
    plans.remove_activity(plan_db, STAFF, _only(plan_db).id)
    with pytest.raises(NotFoundError, match="không có nhiệm vụ số 7"):
        plans.add_activity(plan_db, STAFF, year=2026, task=7, day=dt.date(2026, 7, 1), kind="news", title="Tin")
    with pytest.raises(ValidationError, match="không phải PDF, PNG hay JPG"):
        plans.add_activity(plan_db, STAFF, year=2026, task=4, day=dt.date(2026, 7, 1), kind="news", title="Tin",
                           evidence=("a.docx", b"PK\x03\x04"))
    with plan_db.read() as session:
        assert plans.activities(session, 2026) == []


def test_roles_administrators_edit_plans_staff_record_activities(plan_db: Database) -> None:
    with plan_db.read() as session:
        record = plans.get_plan(session, 2026)
    with pytest.raises(PermissionDenied, match="sửa kế hoạch truyền thông"):
        plans.save_plan(plan_db, STAFF, record)
    with pytest.raises(PermissionDenied):
        plans.copy_plan(plan_db, STAFF, 2026, 2027)
    with pytest.raises(PermissionDenied, match="ghi kết quả"):
        plans.add_activity(plan_db, READER, year=2026, task=4, day=dt.date(2026, 7, 1), kind="news", title="Tin")
    news(plan_db, dt.date(2026, 7, 1))  # staff may
    with plan_db.read() as session:
        assert len(plans.activities(session, 2026)) == 1 and plans.years(session) == [2026]


def test_a_plan_change_is_in_its_history_and_tasks_with_results_stay(plan_db: Database) -> None:
    with plan_db.read() as session:
        record = plans.get_plan(session, 2026)
    record["tasks"].append({"number": 7, "content": "Nhiệm vụ số 7 (Trung tâm bổ sung)", "product": "Khác",
                            "lead_unit": "Trung tâm Phục vụ hành chính công", "timeframe": "by_date",
                            "due_date": "2026-10-31", "timeframe_text": "Trước 31/10/2026"})
    plans.save_plan(plan_db, ADMIN, record)
    news(plan_db, dt.date(2026, 7, 1))
    without_4 = {**record, "tasks": [t for t in record["tasks"] if t["number"] != 4]}
    with pytest.raises(ValidationError, match="đã có 1 kết quả"):
        plans.save_plan(plan_db, ADMIN, without_4)
    with plan_db.read() as session:
        after = plans.get_plan(session, 2026)
        history = plans.plan_history(session, 2026)
    assert [t["number"] for t in after["tasks"]] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    assert [h.action for h in history] == ["update", "load_demo_plan"]
    assert history[0].changes[0]["field"] == "task 7" and history[0].changes[0]["old"] is None
    plans.restore_plan(plan_db, ADMIN, 2026, history[1].entry_id)  # back to the appendix as loaded
    with plan_db.read() as session:
        assert [t["number"] for t in plans.get_plan(session, 2026)["tasks"]] == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]
        assert plans.plan_history(session, 2026)[0].action == "restore"
    with pytest.raises(PermissionDenied):
        plans.restore_plan(plan_db, STAFF, 2026, history[1].entry_id)


def test_a_new_year_starts_as_a_copy_of_the_last(plan_db: Database) -> None:
    copied = plans.copy_plan(plan_db, ADMIN, 2026, 2027)
    assert [t["number"] for t in copied["tasks"]] == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]
    assert copied["title"].startswith("Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2027")
    assert copied["tasks"][0]["timeframe_text"] == "Trong năm 2027" and copied["decision_number"] == ""
    assert copied["tasks"][3]["targets"] == [{"count": 4, "per": "month", "kinds": ["news", "article"]}]
    with pytest.raises(ValidationError, match="Đã có kế hoạch truyền thông năm 2027"):
        plans.copy_plan(plan_db, ADMIN, 2026, 2027)
    with plan_db.read() as session:
        assert plans.years(session) == [2027, 2026]
        assert plans.get_plan(session, 2026)["tasks"][0]["timeframe_text"] == "Trong năm 2026"


# --- report ------------------------------------------------------------------------------------------------

def test_report_figures_match_counts_made_independently(plan_db: Database) -> None:
    rows = [  # (task, day, kind, count)
        (4, dt.date(2026, 7, 2), "news", 1), (4, dt.date(2026, 7, 9), "article", 1), (4, dt.date(2026, 7, 30), "news", 1),
        (4, dt.date(2026, 8, 3), "news", 1), (4, dt.date(2026, 8, 12), "news", 2), (4, dt.date(2026, 8, 28), "article", 1),
        (4, dt.date(2026, 9, 1), "news", 1), (5, dt.date(2026, 7, 15), "broadcast", 1),
        (5, dt.date(2026, 9, 15), "broadcast", 1), (3, dt.date(2026, 8, 20), "printed", 500),
        (4, dt.date(2026, 6, 30), "news", 1), (4, dt.date(2026, 10, 1), "news", 1),  # outside Q3
    ]
    for task, day, kind, count in rows:
        plans.add_activity(plan_db, STAFF, year=2026, task=task, day=day, kind=kind, title=f"{kind} {day}",
                           count=count)
    with plan_db.read() as session:
        section = plans.report_section(session, Period.parse("2026-Q3"), today=dt.date(2026, 9, 20))
    json.dumps(section)  # JSON-ready
    q3 = [r for r in rows if dt.date(2026, 7, 1) <= r[1] <= dt.date(2026, 9, 30)]
    assert section["totals"]["activities"] == len(q3) == 10
    assert section["totals"]["count"] == sum(r[3] for r in q3) == 510
    by = {t["number"]: t for t in section["tasks"]}
    assert by[3]["count"] == 500 and by[3]["by_kind"] == {"Ấn phẩm in": 500}
    assert [i["day"] for i in by[4]["items"]] == sorted(r[1].isoformat() for r in q3 if r[0] == 4)
    monthly = {m: sum(r[3] for r in q3 if r[0] == 4 and r[1].month == m) for m in (7, 8, 9)}
    assert monthly == {7: 3, 8: 4, 9: 1}
    windows = by[4]["targets"][0]["windows"]
    assert [(w["actual"], w["status"]) for w in windows] == [(3, "missed"), (4, "met"), (1, "behind")]
    assert by[5]["targets"][0]["windows"][1]["status"] == "missed"  # no broadcast in August
    weekly = by[6]["targets"][0]
    assert len(weekly["windows"]) == 13 and weekly["met"] == 0  # 13 Thursdays in Q3 2026, no bulletin on task 6
    assert section["period"]["label"] == "Quý III năm 2026" and section["as_of"] == "2026-09-20"
    totals = section["totals"]
    met4 = sum(1 for m in (7, 8, 9) if sum(r[3] for r in q3 if r[0] == 4 and r[1].month == m and r[2] in
                                           ("news", "article")) >= 4)
    met5 = sum(1 for m in (7, 8, 9) if any(r[0] == 5 and r[1].month == m for r in q3))
    assert totals["windows_met"] == met4 + met5 == 3
    assert totals["windows_met"] + totals["windows_missed"] + totals["windows_open"] == 3 + 3 + 13


# --- Excel -------------------------------------------------------------------------------------------------

def test_export_and_import_round_trip(plan_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach-2026.xlsx"
    with plan_db.read() as session:
        assert plans.export_xlsx(session, 2026, path) == 11
        original = plans.get_plan(session, 2026)
    sheet = load_workbook(path)["Phụ lục"]
    assert [c.value for c in sheet[1]][:6] == ["Stt", "Nội dung công việc", "Sản phẩm", "Cơ quan chủ trì",
                                                "Cơ quan phối hợp thực hiện", "Thời gian thực hiện"]
    assert sheet["J5"].value == "4/tháng: Bản tin, Bài viết"
    assert plans.read_xlsx(path) == original
    # A changed file over it.
    wb = load_workbook(path)
    wb["Phụ lục"]["J5"] = "5/tháng: Bản tin, Bài viết; 1/quý: Video, clip"
    wb.save(path)
    plans.import_xlsx(plan_db, ADMIN, path)
    with plan_db.read() as session:
        task4 = plans.get_plan(session, 2026)["tasks"][3]
    assert task4["targets"] == [{"count": 5, "per": "month", "kinds": ["news", "article"]},
                                {"count": 1, "per": "quarter", "kinds": ["video"]}]


def test_an_import_with_bad_rows_names_them_and_changes_nothing(plan_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "sai.xlsx"
    with plan_db.read() as session:
        plans.export_xlsx(session, 2026, path)
        before = plans.get_plan(session, 2026)
    wb = load_workbook(path)
    ws = wb["Phụ lục"]
    ws["A3"] = "hai"
    ws["J5"] = "bốn mỗi tháng"
    ws["G6"] = "Thỉnh thoảng"
    ws["B7"] = None
    wb.save(path)
    with pytest.raises(ValidationError) as err:
        plans.import_xlsx(plan_db, ADMIN, path)
    text = err.value.message
    assert "dòng 3, cột “Stt”: “hai”" in text and "dòng 5: Chỉ tiêu “bốn mỗi tháng”" in text
    assert "dòng 6: Loại thời hạn “Thỉnh thoảng”" in text and "dòng 7: Cần nội dung công việc" in text
    with plan_db.read() as session:
        assert plans.get_plan(session, 2026) == before


def test_the_appendix_typed_in_excel_imports_with_a_year(db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["PHÂN CÔNG NHIỆM VỤ CÔNG TÁC TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2027"])
    ws.append(["Stt", "Nội dung công việc", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp, thực hiện",
               "Thời gian thực hiện"])
    ws.append([1, "Xây dựng video, clip", "Các video, Clip", "Trung tâm Phục vụ hành chính công", "", "Trong năm 2027"])
    ws.append([2, "Tổng kết", "Báo cáo", "Phòng Văn hóa – Xã hội", "", "Trước 15/12/2027"])
    path = tmp_path / "phu-luc.xlsx"
    wb.save(path)
    with pytest.raises(ValidationError, match="không ghi năm"):
        plans.read_xlsx(path)
    plans.import_xlsx(db, ADMIN, path, year=2027)
    with db.read() as session:
        tasks = plans.get_plan(session, 2027)["tasks"]
    assert [(t["number"], t["timeframe"], t["due_date"]) for t in tasks] == [(1, "year", None),
                                                                            (2, "by_date", "2027-12-15")]


def test_guidance_outings_count_once_per_session(plan_db: Database) -> None:
    first = plans.record_guidance_outing(plan_db, STAFF, guidance_id=41, day=dt.date(2026, 7, 18), task=12,
                                         title="Hướng dẫn nộp hồ sơ trực tuyến lưu động", place="Khu phố 5",
                                         people=12)
    again = plans.record_guidance_outing(plan_db, STAFF, guidance_id=41, day=dt.date(2026, 7, 18), task=12,
                                         title="Hướng dẫn nộp hồ sơ trực tuyến lưu động", place="Khu phố 5",
                                         people=15)
    with plan_db.read() as session:
        found = plans.activities(session, 2026, task=12)
    assert first == again and len(found) == 1 and found[0].count == 15 and found[0].source == "guidance:41"


def test_a_printed_leaflet_job_fills_in_task_3_with_its_copies(plan_db: Database) -> None:
    from cchc_desktop.core.domain import PrintResult
    from cchc_desktop.core.periods import local_today
    from cchc_desktop.core.services import print_log

    if local_today().year != 2026:  # a print job is dated today: its year needs a plan
        plans.copy_plan(plan_db, ADMIN, 2026, local_today().year)
    leaflets = print_log.record(plan_db, STAFF, template="leaflet", params={"size": "A4"},
                                procedure_codes=["1.001193", "1.000894"], copies=50, pages=4,
                                destination="máy in tầng 1", result=PrintResult.OK)
    stickers = print_log.record(plan_db, STAFF, template="stickers", params={}, procedure_codes=["1.001193"],
                                copies=1, pages=1, destination="x.pdf", result=PrintResult.OK)
    failed = print_log.record(plan_db, STAFF, template="poster", params={}, procedure_codes=[], copies=2, pages=1,
                              destination="máy in", result=PrintResult.FAILED, error="hết giấy")
    with plan_db.read() as session:
        preset = plans.print_job_activity(session, leaflets)
        assert plans.print_job_activity(session, stickers) is None
        assert plans.print_job_activity(session, failed) is None
    assert (preset["task"], preset["count"], preset["kind"]) == (3, 100, ProductKind.PRINTED)  # 2 leaflets × 50
    assert preset["title"] == "Tờ gấp “Hướng dẫn nộp hồ sơ trực tuyến” – 2 thủ tục, khổ A4"
    assert plans.print_job_copies("poster", 3, 2, 0) == 6


def test_targets_count_from_the_plans_decision_date(plan_db: Database) -> None:
    with plan_db.read() as session:
        record = plans.get_plan(session, 2026)
    plans.save_plan(plan_db, ADMIN, {**record, "decision_number": "120/KH-UBND", "decision_date": "2026-02-10"})
    news(plan_db, dt.date(2026, 2, 20), 4)
    january, february = _cell(plan_db, 1, dt.date(2026, 7, 1)), _cell(plan_db, 2, dt.date(2026, 7, 1))
    assert january.status is None and january.actual == 0  # before the plan was issued: not judged
    assert february.status == Progress.MET
    with plan_db.read() as session:
        section = plans.report_section(session, Period.parse("2026-Q1"), today=dt.date(2026, 7, 1))
    task4 = next(t for t in section["tasks"] if t["number"] == 4)["targets"][0]
    assert [w["label"] for w in task4["windows"]] == ["Tháng 2/2026", "Tháng 3/2026"]
    assert (task4["met"], task4["missed"]) == (1, 1)
    weekly = next(t for t in section["tasks"] if t["number"] == 6)["targets"][0]["windows"]
    assert weekly[0]["start"] == "2026-02-09"  # the week holding 10 February is judged, earlier ones are not
