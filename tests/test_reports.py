"""The periodic report: every figure against counts made here in Python from the rows we generated."""

from __future__ import annotations

import datetime as dt
import json
import re
import random
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from sqlalchemy import insert

from cchc_desktop.core import survey
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import GuidanceSession, PrintJob, SatisfactionRating
from cchc_desktop.core.domain import GuidanceChannel as C, GuidanceKind as K, GuidanceOutcome as O, PrintResult, Role
from cchc_desktop.core.periods import LOCAL_TZ, Period
from cchc_desktop.core.services import accounts, catalogue, demo, demo_history, reports
from cchc_desktop.demo import load_demo
from cchc_desktop.printing import report as pdf_report
from test_cli import cchc

ADMIN = Actor.command_line()
Q3 = Period.parse("2026-Q3")
UTC = dt.timezone.utc


def local(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=LOCAL_TZ).astimezone(UTC)


# Boundaries in local time (UTC+7): what a careless UTC day would put in the wrong quarter.
EDGES = [
    (local(2026, 9, 30, 23, 30), "Q3"),          # 16:30 UTC on 30/09: still Q3
    (local(2026, 9, 30, 23, 59, 59), "Q3"),      # the last second of the quarter
    (local(2026, 10, 1, 0, 0, 0), "Q4"),         # 17:00 UTC on 30/09: already Q4
    (local(2026, 7, 1, 0, 0, 0), "Q3"),          # 17:00 UTC on 30/06: already Q3
    (local(2026, 6, 30, 23, 59, 59), "Q2"),      # previous quarter
    (local(2026, 4, 1, 6, 59, 59), "Q2"),
    (local(2026, 3, 31, 23, 59, 59), "Q1"),
]


@pytest.fixture
def history(db: Database):
    """Procedures, three staff, and random sessions, ratings and print jobs from March to October 2026."""
    records = [r for r in demo.demo_records()][:40]
    catalogue.save_records(db, ADMIN, records, action="import", source="thử")
    field_of = {r["code"]: (r.get("field") or {}).get("name") for r in records}
    staff = [accounts.create_account(db, ADMIN, f"cb{i}", f"Cán bộ {i}", Role.STAFF, f"mat-khau-{i}-dai").id
             for i in range(3)]
    rng = random.Random(15)
    start, span = local(2026, 3, 25), (local(2026, 10, 10) - local(2026, 3, 25)).total_seconds()
    moments = [at for at, _ in EDGES] + [start + dt.timedelta(seconds=rng.uniform(0, span)) for _ in range(700)]
    sessions = []
    for at in moments:
        code = rng.choice([r["code"] for r in records] + [""] * 4)
        outcome = rng.choice(list(O))
        sessions.append({"occurred_at": at, "staff_id": rng.choice(staff + [None]), "procedure_code": code,
                         "other_procedure": "" if code else "Hỏi giờ làm việc", "kind": rng.choice(list(K)),
                         "channel": rng.choice(list(C)), "outcome": outcome, "note": "",
                         "follow_up_on": at.date() if outcome == O.FOLLOW_UP else None,
                         "duration_seconds": rng.choice([None, rng.randint(30, 1800)]), "version": 1,
                         "updated_at": at})
    ratings = []
    for at in moments[:400]:
        answers = {q.key: rng.choice(q.choices).value for q in survey.QUESTIONS if rng.random() < 0.7}
        ratings.append({"token": f"{len(ratings):032x}", "created_at": at, "source": "kiosk", "procedure_code": "",
                        "overall": rng.choice([None, 1, 2, 3, 4, 5, 5]), "answers": answers})
    jobs = [{"created_at": at, "actor": "cb0", "template": rng.choice(["poster", "leaflet", "guide"]), "params": {},
             "procedure_codes": [], "copies": rng.randint(1, 60), "pages": rng.randint(1, 4), "destination": "x.pdf",
             "result": rng.choice([PrintResult.OK, PrintResult.OK, PrintResult.FAILED]), "error": ""}
            for at in moments[:250]]

    def work(session):
        for model, rows in ((GuidanceSession, sessions), (SatisfactionRating, ratings), (PrintJob, jobs)):
            session.execute(insert(model.__table__), rows)
    db.write(ADMIN, work)
    names = {r["code"]: r["name"] for r in records}
    return db, sessions, ratings, jobs, field_of, names, staff


def in_period(at: dt.datetime, period: Period) -> bool:
    return period.start <= at.astimezone(LOCAL_TZ).date() <= period.end


def test_every_figure_matches_counts_made_in_python(history):
    db, sessions, ratings, jobs, field_of, names, staff = history
    with db.read() as s:
        report = reports.build(s, Q3)
    g = report.section("guidance").data
    mine = [r for r in sessions if in_period(r["occurred_at"], Q3)]
    before = [r for r in sessions if in_period(r["occurred_at"], Q3.previous())]
    assert report.total_sessions == g["total_sessions"] == len(mine) > 200
    assert g["previous_total_sessions"] == len(before) and g["change_sessions"] == len(mine) - len(before)
    for key, enum_cls in (("by_kind", K), ("by_channel", C), ("by_outcome", O)):
        name = key[3:]
        expected = Counter(r[name] for r in mine)
        previous = Counter(r[name] for r in before)
        assert {row["value"]: (row["sessions"], row["previous"]) for row in g[key]} == \
            {m.value: (expected[m], previous[m]) for m in enum_cls}
    submitted = sum(r["outcome"] == O.SUBMITTED for r in mine)
    paid = sum(r["outcome"] == O.PAID for r in mine)
    assert g["online_submission"]["count"] == submitted and g["online_submission"]["share"] == submitted / len(mine)
    assert g["online_payment"]["share"] == paid / len(mine)
    assert g["online_payment"]["previous_share"] == sum(r["outcome"] == O.PAID for r in before) / len(before)
    fields = Counter((field_of[r["procedure_code"]] or reports.NO_FIELD) if r["procedure_code"]
                     else reports.OTHER_MATTER for r in mine)
    assert {row["name"]: row["sessions"] for row in g["by_field"]} == dict(fields)
    procedures = Counter(r["procedure_code"] for r in mine)
    assert {row["code"]: row["sessions"] for row in g["by_procedure"]} == dict(procedures)
    assert all(row["name"] == names[row["code"]] for row in g["by_procedure"] if row["code"])
    by_staff = Counter(f"Cán bộ {staff.index(r['staff_id'])}" if r["staff_id"] else reports.NO_STAFF for r in mine)
    assert {row["name"]: row["sessions"] for row in g["by_staff"]} == dict(by_staff)
    months = Counter(r["occurred_at"].astimezone(LOCAL_TZ).strftime("%Y-%m") for r in mine)
    assert [(m["month"], m["sessions"]) for m in g["by_month"]] == sorted(months.items())
    durations = [r["duration_seconds"] for r in mine if r["duration_seconds"] is not None]
    assert g["average_duration_seconds"] == round(sum(durations) / len(durations))

    p = report.section("printing").data
    ok = [j for j in jobs if in_period(j["created_at"], Q3) and j["result"] == PrintResult.OK]
    assert (p["jobs"], p["copies"], p["pages"]) == (len(ok), sum(j["copies"] for j in ok),
                                                    sum(j["copies"] * j["pages"] for j in ok))
    copies = Counter()
    for j in ok:
        copies[j["template"]] += j["copies"]
    assert {row["template"]: row["copies"] for row in p["by_template"]} == dict(copies)

    sat = report.section("satisfaction").data
    rated = [r for r in ratings if in_period(r["created_at"], Q3)]
    levels = [r["overall"] for r in rated if r["overall"] is not None]
    assert sat["ratings"] == len(rated) and sat["rated"] == len(levels)
    assert sat["satisfied_share"] == sum(v >= survey.SATISFIED_FROM for v in levels) / len(levels)
    for q, row in zip(survey.QUESTIONS, sat["questions"]):
        answers = [r["answers"][q.key] for r in rated if q.key in r["answers"]]
        good = [a for a in answers if q.choice(a).satisfied]
        assert (row["answered"], row["satisfied"]) == (len(answers), len(good))
        assert row["satisfied_share"] == len(good) / len(answers)
        assert {c["value"]: c["count"] for c in row["choices"]} == {c.value: answers.count(c.value) for c in q.choices}


def test_period_boundaries_in_local_time(history):
    db, sessions, *_ = history
    with db.read() as s:
        for token in ("2026-Q3", "2026-09", "2026-07-01..2026-09-30", "2026-H2", "2026"):
            period = Period.parse(token)
            expected = sum(in_period(r["occurred_at"], period) for r in sessions)
            assert reports.build(s, period).total_sessions == expected, token
        day = reports.build(s, Period.parse("2026-09-30..2026-09-30")).section("guidance").data
    last_day = [r for r in sessions if r["occurred_at"].astimezone(LOCAL_TZ).date() == dt.date(2026, 9, 30)]
    assert day["total_sessions"] == len(last_day)
    assert sum(at in [r["occurred_at"] for r in last_day] for at, q in EDGES if q == "Q3") == 2


def test_outputs_pdf_xlsx_json(history, tmp_path: Path):
    db, sessions, *_ = history
    with db.read() as s:
        report = reports.build(s, Q3)
    pdf_report.save(report, "json", tmp_path / "r.json")
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["total_sessions"] == report.total_sessions and data["period"]["token"] == "2026-Q3"
    assert {"guidance", "printing", "satisfaction", "previous_period", "demo_data"} <= set(data)
    assert data["demo_data"] is False
    pdf_report.save(report, "xlsx", tmp_path / "r.xlsx")
    book = load_workbook(tmp_path / "r.xlsx")
    assert {"Báo cáo", "Theo tháng", "Theo lĩnh vực", "Theo thủ tục", "Theo cán bộ", "In ấn",
            "Hài lòng theo câu"} <= set(book.sheetnames)
    months = book["Theo tháng"]
    assert sum(row[1].value for row in months.iter_rows(min_row=2)) == report.total_sessions
    assert all(isinstance(row[1].value, int) for row in months.iter_rows(min_row=2))
    share_cell = book["Theo kết quả"]["D2"]
    assert isinstance(share_cell.value, float) and share_cell.number_format == "0.0%"
    message = pdf_report.save(report, "pdf", tmp_path / "r.pdf")
    pages = int(re.search(r"\((\d+) trang PDF\)", message).group(1))
    pdf = pdfium.PdfDocument(str(tmp_path / "r.pdf"))
    assert len(pdf) == pages >= 2 and pdf[0].get_size() == pytest.approx((595.28, 841.89), abs=0.5)
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    total = pdf_report.number(report.total_sessions)
    assert f"hỗ trợ {total} lượt" in text and "NGƯỜI LẬP BÁO CÁO" in text and "Quý III năm 2026" in text


def test_vietnamese_numbers_and_dates():
    assert pdf_report.number(1234567) == "1.234.567"
    assert pdf_report.percent(0.4567) == "45,7%"
    assert pdf_report.signed(-12) == "-12" and pdf_report.signed(5) == "+5"
    assert pdf_report.long_date(dt.date(2026, 7, 3)) == "ngày 03 tháng 07 năm 2026"


def test_another_section_plugs_in(history, tmp_path: Path, monkeypatch):
    """A new part of the report (as the communication plan's is) needs a builder, and a PDF layout if it wants one."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    drawn = []

    def extra(session, period):
        return reports.Section("extra", "Phần thêm", {"activities": 3},
                               tables=[reports.Table("Phần thêm", "Hoạt động", ("Hoạt động", "Số lượt"),
                                                     (("Tuyên truyền", 3),))])

    def layout(data, width):
        drawn.append(data["activities"])
        return [Paragraph("Phần thêm", getSampleStyleSheet()["Normal"])]

    monkeypatch.setattr(reports, "BUILDERS", reports.BUILDERS + [extra])
    monkeypatch.setitem(pdf_report.LAYOUTS, "extra", layout)
    db = history[0]
    with db.read() as s:
        report = reports.build(s, Q3)
    assert report.to_json()["extra"] == {"activities": 3} and "plan" not in report.to_json()  # no plan for 2026
    reports.write_xlsx(report, tmp_path / "r.xlsx")
    assert load_workbook(tmp_path / "r.xlsx")["Phần thêm"]["B2"].value == 3
    pdf_report.render(report)
    assert drawn == [3]


def test_empty_period_has_zeros_not_errors(db: Database, tmp_path: Path):
    with db.read() as s:
        report = reports.build(s, Period.parse("2031-02"))
    data = report.to_json()
    assert data["total_sessions"] == 0 and data["guidance"]["online_submission"]["share"] is None
    assert pdf_report.render(report)[1] >= 1
    reports.write_xlsx(report, tmp_path / "r.xlsx")


def test_demo_history_is_marked_reproducible_and_only_with_demo(db: Database):
    load_demo(db, ADMIN)
    with db.read() as s:
        assert reports.build(s, Q3).total_sessions == 0  # the catalogue alone brings no history
    counts = demo_history.load(db, ADMIN, end=dt.date(2026, 11, 15))
    assert counts["sessions"] > 5000 and counts["ratings"] > 1000 and counts["jobs"] > 100
    assert demo_history.load(db, ADMIN, end=dt.date(2026, 11, 15)) is None  # once
    with db.read() as s:
        report = reports.build(s, Q3)
        assert report.demo_data and report.total_sessions > 1000
        assert report.section("satisfaction").data["ratings"] > 300
        assert report.section("printing").data["jobs"] > 20
        assert not reports.build(s, Period.parse("2026-11")).total_sessions  # ends with the month before
    again = demo_history.generate({"Hộ tịch": ["1.001193", "1.000894"]}, [1, 2], dt.date(2026, 11, 15))
    assert again == demo_history.generate({"Hộ tịch": ["1.001193", "1.000894"]}, [1, 2], dt.date(2026, 11, 15))
    assert all(r["note"] == reports.DEMO_MARK for r in again["sessions"])


def test_cchc_report_writes_the_three_files_for_the_demo_history(tmp_path: Path):
    """The demo year ends with last month: the quarter before this one is full (2026-Q3 until the end of 2026)."""
    quarter = Period.quarter(dt.date.today().year, (dt.date.today().month - 1) // 3 + 1).previous()
    path = tmp_path / "cchc.db"
    assert cchc("--database", str(path), "init", "--demo").returncode == 0
    for fmt in ("pdf", "xlsx", "json"):
        out = tmp_path / f"bao-cao.{fmt}"
        result = cchc("--database", str(path), "report", "--period", quarter.token, "--format", fmt,
                      "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert quarter.label in result.stdout and out.stat().st_size > 1000
    data = json.loads((tmp_path / "bao-cao.json").read_text(encoding="utf-8"))
    assert data["total_sessions"] > 1000 and data["demo_data"] is True
    bad = cchc("--database", str(path), "report", "--period", "2026-Q5", "-o", str(tmp_path / "x.pdf"))
    assert bad.returncode != 0 and "Kỳ báo cáo “2026-Q5” không hợp lệ" in bad.stderr
