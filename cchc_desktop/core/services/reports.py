"""The periodic report (month, quarter, half-year, year, any range): guidance, printing, satisfaction.

The report is a list of :class:`Section`. Each section gives its figures as a
JSON-ready dict (the JSON output's top-level key ``section.key``), its tables
(one .xlsx sheet each, and a table in the PDF) and its charts; a section may
also draw itself in the PDF (``flowables``). Another module adds its part by
appending a builder ``fn(session, period) -> Section | None`` to :data:`BUILDERS`
(the communication plan is one), and the three outputs take it in. Files are
written by :func:`cchc_desktop.printing.report.save`.

JSON keys (``report.to_json()``):

``period``            {"token": "2026-Q3", "label": "Quý III năm 2026", "start", "end"} (local days)
``previous_period``   the same for :meth:`Period.previous`
``generated_at``      ISO time, local (UTC+7)
``center``            {"name", "address", "hotline"} from the settings
``demo_data``         true when sample data ("dữ liệu mẫu") is among the figures
``total_sessions``    guidance sessions in the period
``guidance``          total_sessions, previous_total_sessions, change_sessions, online_submission {count,
                      share, previous_share}, online_payment {…}, average_duration_seconds, by_month
                      [{month, label, sessions, submitted, paid}], by_field / by_procedure / by_staff
                      [{name, (code), sessions}], by_channel / by_kind / by_outcome [{value, label, sessions,
                      previous}]
``printing``          jobs, copies, pages, previous_jobs, previous_copies, by_template [{template, label, jobs,
                      copies, pages}]
``satisfaction``      ratings, rated (with a 1–5 level), satisfied_share (level ≥ survey.SATISFIED_FROM),
                      previous_ratings, previous_satisfied_share, levels [{level, label, count}], questions
                      [{key, text, answered, satisfied, satisfied_share, choices [{value, label, count}]}]
``plan``              the communication plan's part (:func:`plans.report_section`), when the year has a plan

Shares are fractions 0–1 (null when there is nothing to divide). Counting
happens in SQL ``GROUP BY`` queries on the period's index range; codes are
mapped to fields in Python (a few hundred rows), so a year of a busy center
stays well under a second.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cchc_desktop.core import survey
from cchc_desktop.core.db.models import Field, GuidanceSession, PrintJob, Procedure, SatisfactionRating, StaffAccount
from cchc_desktop.core.domain import GuidanceChannel, GuidanceKind, GuidanceOutcome, PrintResult
from cchc_desktop.core.errors import NotFoundError
from cchc_desktop.core.periods import LOCAL_TZ, Period
from cchc_desktop.core.services import settings

DEMO_MARK = "Dữ liệu mẫu"  # every demo row carries it (guidance note, print destination, rating source "demo")
OTHER_MATTER = "Việc khác (ngoài danh mục)"
NO_FIELD = "Chưa rõ lĩnh vực"
NO_STAFF = "Không rõ cán bộ"
TEMPLATE_LABELS = {
    "poster": "Danh mục thủ tục theo lĩnh vực", "leaflet": "Tờ gấp hướng dẫn nộp trực tuyến",
    "guide": "Phiếu hướng dẫn chuẩn bị hồ sơ", "stickers": "Nhãn mã QR", "posted-list": "Danh mục niêm yết",
    "campaign": "Áp phích “Quét mã để nộp hồ sơ trực tuyến”", "sample-dossier": "Hồ sơ mẫu",
}


# --- the shape ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Table:
    """A table: one .xlsx sheet (``sheet`` ≤ 31 characters) and a table in the PDF and the app.

    Cells are real numbers or text; ``percent`` names columns holding fractions 0–1.
    """

    sheet: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    percent: tuple[int, ...] = ()
    pdf_rows: int | None = None  # the PDF shows the first N rows (the sheet has them all)


@dataclass(frozen=True)
class Chart:
    """A bar chart: one bar group per label, one series per name."""

    title: str
    labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    percent: bool = False


@dataclass
class Section:
    key: str
    title: str
    data: dict[str, Any]
    summary: list[str] = field(default_factory=list)  # sentences for the PDF and the app
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)


@dataclass
class Report:
    period: Period
    previous: Period
    generated_at: dt.datetime
    center: dict[str, str]
    demo_data: bool
    sections: list[Section]

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    def has(self, key: str) -> bool:
        return any(s.key == key for s in self.sections)

    @property
    def total_sessions(self) -> int | None:
        """Guidance sessions in the period (None in a report of the plan alone)."""
        return self.section("guidance").data["total_sessions"] if self.has("guidance") else None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "period": _period_json(self.period), "previous_period": _period_json(self.previous),
            "generated_at": self.generated_at.astimezone(LOCAL_TZ).isoformat(timespec="seconds"),
            "center": self.center, "demo_data": self.demo_data,
        }
        if self.has("guidance"):
            out["total_sessions"] = self.total_sessions
        for section in self.sections:
            out[section.key] = section.data
        return out


def _period_json(p: Period) -> dict[str, str]:
    return {"token": p.token, "label": p.label, "start": p.start.isoformat(), "end": p.end.isoformat()}


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _where(column, period: Period):
    start, end = period.utc_bounds()
    return (column >= start) & (column < end)


# --- guidance --------------------------------------------------------------------------------------

@dataclass
class _Counts:
    """Counts by staff, channel, kind and outcome, and the durations, of some sessions."""

    total: int = 0
    staff: Counter = field(default_factory=Counter)
    channel: Counter = field(default_factory=Counter)
    kind: Counter = field(default_factory=Counter)
    outcome: Counter = field(default_factory=Counter)
    seconds: int = 0
    timed: int = 0

    def add(self, other: _Counts) -> None:
        self.total += other.total
        self.seconds += other.seconds
        self.timed += other.timed
        for name in ("staff", "channel", "kind", "outcome"):
            getattr(self, name).update(getattr(other, name))


def _marginals(session: Session, period: Period) -> _Counts:
    """One pass over the period's rows: counts by staff, channel, kind and outcome, and the time spent."""
    g = GuidanceSession
    query = (select(g.staff_id, g.channel, g.kind, g.outcome, func.count(), func.count(g.duration_seconds),
                    func.coalesce(func.sum(g.duration_seconds), 0))
             .where(_where(g.occurred_at, period)).group_by(g.staff_id, g.channel, g.kind, g.outcome))
    out = _Counts()
    for staff_id, channel, kind, outcome, n, timed, seconds in session.execute(query):
        out.total += n
        out.timed += timed
        out.seconds += int(seconds)
        out.staff[staff_id] += n
        out.channel[GuidanceChannel(channel)] += n
        out.kind[GuidanceKind(kind)] += n
        out.outcome[GuidanceOutcome(outcome)] += n
    return out


def guidance_section(session: Session, period: Period) -> Section:
    g = GuidanceSession
    # One pass per month gives the trend, and their sum the period's figures: the rows are read once.
    counts, months = _Counts(), []
    for month in period.months():
        part = _marginals(session, month)
        counts.add(part)
        months.append({"month": f"{month.start:%Y-%m}", "label": f"Tháng {month.start.month}/{month.start.year}",
                       "sessions": part.total, "submitted": part.outcome[GuidanceOutcome.SUBMITTED],
                       "paid": part.outcome[GuidanceOutcome.PAID]})
    prev = _marginals(session, period.previous())
    total, prev_total = counts.total, prev.total
    in_period = _where(g.occurred_at, period)

    by_code = {code: n for code, n in session.execute(select(g.procedure_code, func.count()).where(in_period)
                                                      .group_by(g.procedure_code))}
    catalogue = {code: (name, field_name) for code, name, field_name in session.execute(
        select(Procedure.code, Procedure.name, Field.name).outerjoin(Field, Field.id == Procedure.field_id)
        .where(Procedure.code.in_([c for c in by_code if c])))}
    by_field: Counter = Counter()
    procedures = []
    for code, n in by_code.items():
        if not code:
            by_field[OTHER_MATTER] += n
            procedures.append({"code": "", "name": OTHER_MATTER, "sessions": n})
            continue
        name, field_name = catalogue.get(code, (code, None))
        by_field[field_name or NO_FIELD] += n
        procedures.append({"code": code, "name": name, "sessions": n})
    procedures.sort(key=lambda r: (-r["sessions"], r["code"] or "~"))
    fields = [{"name": k, "sessions": v} for k, v in sorted(by_field.items(), key=lambda kv: (-kv[1], kv[0]))]

    staff_names = {i: full or user for i, full, user in session.execute(
        select(StaffAccount.id, StaffAccount.full_name, StaffAccount.username))}
    staff = sorted(({"name": staff_names.get(i, NO_STAFF) if i is not None else NO_STAFF, "sessions": n}
                    for i, n in counts.staff.items()), key=lambda r: (-r["sessions"], r["name"]))

    def enum_rows(name: str, enum_cls) -> list[dict[str, Any]]:
        return [{"value": m.value, "label": m.label, "sessions": getattr(counts, name)[m],
                 "previous": getattr(prev, name)[m]} for m in enum_cls]

    average = counts.seconds / counts.timed if counts.timed else None
    submitted, paid = counts.outcome[GuidanceOutcome.SUBMITTED], counts.outcome[GuidanceOutcome.PAID]
    prev_submitted, prev_paid = prev.outcome[GuidanceOutcome.SUBMITTED], prev.outcome[GuidanceOutcome.PAID]
    data = {
        "total_sessions": total, "previous_total_sessions": prev_total, "change_sessions": total - prev_total,
        "online_submission": {"count": submitted, "share": share(submitted, total),
                              "previous_count": prev_submitted, "previous_share": share(prev_submitted, prev_total)},
        "online_payment": {"count": paid, "share": share(paid, total),
                           "previous_count": prev_paid, "previous_share": share(prev_paid, prev_total)},
        "average_duration_seconds": round(average) if average is not None else None,
        "by_month": months, "by_field": fields, "by_procedure": procedures, "by_staff": staff,
        "by_channel": enum_rows("channel", GuidanceChannel), "by_kind": enum_rows("kind", GuidanceKind),
        "by_outcome": enum_rows("outcome", GuidanceOutcome),
    }
    section = Section("guidance", "Kết quả hướng dẫn, hỗ trợ người dân", data)
    section.tables = [
        Table("Tổng hợp", "Chỉ tiêu chính", ("Chỉ tiêu", "Kỳ này", "Kỳ trước", "Thay đổi"), (
            ("Lượt hướng dẫn", total, prev_total, total - prev_total),
            ("Nộp trực tuyến thành công", submitted, prev_submitted, submitted - prev_submitted),
            ("Đã thanh toán trực tuyến", paid, prev_paid, paid - prev_paid),
        )),
        Table("Theo tháng", "Theo tháng", ("Tháng", "Lượt hướng dẫn", "Nộp trực tuyến", "Thanh toán trực tuyến"),
              tuple((m["label"], m["sessions"], m["submitted"], m["paid"]) for m in months)),
        Table("Theo nội dung", "Theo nội dung hỗ trợ", ("Nội dung", "Kỳ này", "Kỳ trước", "Tỷ lệ"),
              tuple((r["label"], r["sessions"], r["previous"], share(r["sessions"], total)) for r in data["by_kind"]),
              percent=(3,)),
        Table("Theo hình thức", "Theo hình thức hướng dẫn", ("Hình thức", "Kỳ này", "Kỳ trước", "Tỷ lệ"),
              tuple((r["label"], r["sessions"], r["previous"], share(r["sessions"], total))
                    for r in data["by_channel"]), percent=(3,)),
        Table("Theo kết quả", "Theo kết quả", ("Kết quả", "Kỳ này", "Kỳ trước", "Tỷ lệ"),
              tuple((r["label"], r["sessions"], r["previous"], share(r["sessions"], total))
                    for r in data["by_outcome"]), percent=(3,)),
        Table("Theo lĩnh vực", "Theo lĩnh vực", ("Lĩnh vực", "Lượt hướng dẫn", "Tỷ lệ"),
              tuple((r["name"], r["sessions"], share(r["sessions"], total)) for r in fields), percent=(2,)),
        Table("Theo thủ tục", "Theo thủ tục (nhiều lượt nhất)", ("Mã", "Thủ tục", "Lượt hướng dẫn"),
              tuple((r["code"], r["name"], r["sessions"]) for r in procedures), pdf_rows=15),
        Table("Theo cán bộ", "Theo cán bộ hướng dẫn", ("Cán bộ", "Lượt hướng dẫn", "Tỷ lệ"),
              tuple((r["name"], r["sessions"], share(r["sessions"], total)) for r in staff), percent=(2,)),
    ]
    section.charts = [
        Chart("Lượt hướng dẫn theo tháng", tuple(m["label"] for m in months),
              (("Lượt hướng dẫn", tuple(m["sessions"] for m in months)),
               ("Nộp trực tuyến", tuple(m["submitted"] for m in months)),
               ("Thanh toán trực tuyến", tuple(m["paid"] for m in months)))),
        Chart("Theo nội dung hỗ trợ", tuple(r["label"] for r in data["by_kind"]),
              (("Kỳ này", tuple(r["sessions"] for r in data["by_kind"])),
               ("Kỳ trước", tuple(r["previous"] for r in data["by_kind"])))),
    ]
    return section


# --- printing --------------------------------------------------------------------------------------

def _print_counts(session: Session, period: Period) -> list[tuple[str, int, int, int]]:
    p = PrintJob
    query = (select(p.template, func.count(), func.coalesce(func.sum(p.copies), 0),
                    func.coalesce(func.sum(p.pages * p.copies), 0))
             .where(_where(p.created_at, period), p.result == PrintResult.OK).group_by(p.template))
    return sorted(((t, int(j), int(c), int(pg)) for t, j, c, pg in session.execute(query)),
                  key=lambda r: (-r[2], r[0]))


def printing_section(session: Session, period: Period) -> Section:
    rows = _print_counts(session, period)
    before = _print_counts(session, period.previous())
    jobs, copies, pages = (sum(r[i] for r in rows) for i in (1, 2, 3))
    data = {"jobs": jobs, "copies": copies, "pages": pages, "previous_jobs": sum(r[1] for r in before),
            "previous_copies": sum(r[2] for r in before),
            "by_template": [{"template": t, "label": TEMPLATE_LABELS.get(t, t), "jobs": j, "copies": c, "pages": pg}
                            for t, j, c, pg in rows]}
    section = Section("printing", "Tài liệu hướng dẫn đã in", data)
    section.tables = [Table("In ấn", "Tài liệu đã in theo mẫu", ("Mẫu tài liệu", "Lượt in", "Số bản", "Số trang"),
                            tuple((r["label"], r["jobs"], r["copies"], r["pages"]) for r in data["by_template"])
                            + (("Tổng cộng", jobs, copies, pages),))]
    return section


# --- satisfaction ---------------------------------------------------------------------------------

def _ratings(session: Session, period: Period) -> tuple[int, Counter, dict[str, Counter]]:
    r = SatisfactionRating
    levels: Counter = Counter()
    answers: dict[str, Counter] = defaultdict(Counter)
    count = 0
    for overall, given in session.execute(select(r.overall, r.answers).where(_where(r.created_at, period))):
        count += 1
        if overall is not None:
            levels[overall] += 1
        for key, value in (given or {}).items():
            answers[key][value] += 1
    return count, levels, answers


def satisfaction_section(session: Session, period: Period) -> Section:
    count, levels, answers = _ratings(session, period)
    prev_count, prev_levels, _ = _ratings(session, period.previous())
    rated, prev_rated = sum(levels.values()), sum(prev_levels.values())
    satisfied = sum(n for level, n in levels.items() if survey.is_satisfied(level))
    prev_satisfied = sum(n for level, n in prev_levels.items() if survey.is_satisfied(level))
    questions = []
    for q in survey.QUESTIONS:
        got = answers.get(q.key, Counter())
        known = {c.value for c in q.choices}
        answered = sum(n for v, n in got.items() if v in known)
        good = sum(got[c.value] for c in q.choices if c.satisfied)
        questions.append({"key": q.key, "text": q.text, "answered": answered, "satisfied": good,
                          "satisfied_share": share(good, answered),
                          "choices": [{"value": c.value, "label": c.label, "count": got[c.value]} for c in q.choices]})
    data = {"ratings": count, "rated": rated, "satisfied": satisfied, "satisfied_share": share(satisfied, rated),
            "previous_ratings": prev_count, "previous_satisfied_share": share(prev_satisfied, prev_rated),
            "levels": [{"level": lv, "label": label, "count": levels[lv]} for lv, label in survey.LEVELS.items()],
            "questions": questions}
    section = Section("satisfaction", "Mức độ hài lòng của người dân (kiosk đánh giá)", data)
    section.tables = [
        Table("Hài lòng", "Mức hài lòng chung", ("Mức", "Số phiếu", "Tỷ lệ"),
              tuple((r["label"], r["count"], share(r["count"], rated)) for r in data["levels"]), percent=(2,)),
        Table("Hài lòng theo câu", "Theo từng câu hỏi", ("Câu", "Nội dung", "Số trả lời", "Hài lòng", "Tỷ lệ hài lòng"),
              tuple((i + 1, q["text"], q["answered"], q["satisfied"], q["satisfied_share"])
                    for i, q in enumerate(questions)), percent=(4,)),
    ]
    section.charts = [Chart("Tỷ lệ hài lòng theo câu hỏi", tuple(f"Câu {i + 1}" for i in range(len(questions))),
                            (("Tỷ lệ hài lòng", tuple((q["satisfied_share"] or 0) * 100 for q in questions)),),
                            percent=True)]
    return section


# --- assembling -----------------------------------------------------------------------------------

PLAN_SHEETS = ("KH - Tổng hợp", "KH - Chỉ tiêu", "KH - Sản phẩm")


def assessment(target: dict[str, Any]) -> str:
    """One plan target's windows in words: "Đạt 1/3 kỳ; không đạt: Tháng 7/2026 (3/4)…"."""
    def short(label: str) -> str:
        return label.split(" (")[0]  # "Tuần 27 (29/06–05/07/2026)" → "Tuần 27"

    text = f"Đạt {target['met']}/{len(target['windows'])} kỳ"
    missed = [w for w in target["windows"] if w["status"] == "missed"]
    if missed:
        text += "; không đạt: " + ", ".join(f"{short(w['label'])} ({w['actual']}/{w['wanted']})" for w in missed)
    still = [w for w in target["windows"] if w["status"] not in ("met", "missed")]
    if still:
        text += "; chưa hết kỳ: " + ", ".join(f"{short(w['label'])} ({w['actual']}/{w['wanted']}, "
                                               f"{w['status_label'].lower()})" for w in still)
    return text


def plan_section(session: Session, period: Period, year: int | None = None) -> Section | None:
    """The communication plan's part: ``year``'s plan (by default the year the period starts in).

    None when that year has no plan and none was asked for; NotFoundError when ``year`` was given.
    """
    from cchc_desktop.core.services import plans  # the plan's module only when a report is built

    try:
        data = plans.report_section(session, period, year=year)
    except NotFoundError:
        if year is not None:
            raise
        return None
    tasks, totals = data["tasks"], data["totals"]
    summary = [f"{totals['tasks_with_activity']}/{totals['tasks']} nhiệm vụ có kết quả trong kỳ; "
               f"{totals['activities']} sản phẩm, hoạt động được ghi nhận (tổng số lượng {totals['count']}). "
               f"Chỉ tiêu theo kỳ: {totals['windows_met']} kỳ đạt, {totals['windows_missed']} kỳ không đạt, "
               f"{totals['windows_open']} kỳ chưa kết thúc."]
    tables = [
        Table(PLAN_SHEETS[0], "Kết quả theo nhiệm vụ",
              ("Stt", "Nội dung công việc", "Cơ quan chủ trì", "Số mục", "Số lượng", "Chỉ tiêu", "Kỳ đạt",
               "Kỳ không đạt", "Kỳ chưa kết thúc", "Đánh giá"),
              tuple((t["number"], t["content"], t["lead_unit"], t["activities"], t["count"],
                     "; ".join(g["text"] for g in t["targets"]), sum(g["met"] for g in t["targets"]),
                     sum(g["missed"] for g in t["targets"]), sum(g["open"] for g in t["targets"]),
                     "\n".join(assessment(g) for g in t["targets"])) for t in tasks)),
        Table(PLAN_SHEETS[1], "Chỉ tiêu theo kỳ",
              ("Stt", "Chỉ tiêu", "Kỳ", "Từ ngày", "Đến ngày", "Cần", "Đạt được", "Đánh giá"),
              tuple((t["number"], g["text"], w["label"], dt.date.fromisoformat(w["start"]),
                     dt.date.fromisoformat(w["end"]), w["wanted"], w["actual"], w["status_label"])
                    for t in tasks for g in t["targets"] for w in g["windows"])),
        Table(PLAN_SHEETS[2], "Sản phẩm, hoạt động",
              ("Stt nhiệm vụ", "Ngày", "Loại", "Tên sản phẩm, hoạt động", "Số lượng", "Đơn vị", "Nơi đăng",
               "Đường liên kết", "Minh chứng", "Ghi chú"),
              tuple((t["number"], dt.date.fromisoformat(i["day"]), i["kind_label"], i["title"], i["count"],
                     i["unit"], i["place"], i["link"], i["evidence"] or "", i["note"])
                    for t in tasks for i in t["items"])),
    ]
    return Section("plan", data["title"], data, summary, tables)


# Each builder adds one section, in this order (None: nothing to report). Another module plugs in its
# own: BUILDERS.append(fn).
BUILDERS: list[Callable[[Session, Period], Section | None]] = [
    guidance_section, printing_section, satisfaction_section, plan_section]


def _has_demo(session: Session, period: Period) -> bool:
    g, r, p = GuidanceSession, SatisfactionRating, PrintJob
    checks = [select(g.id).where(_where(g.occurred_at, period), g.note.startswith(DEMO_MARK)),
              select(r.id).where(_where(r.created_at, period), r.source == "demo"),
              select(p.id).where(_where(p.created_at, period), p.destination.startswith(DEMO_MARK))]
    return any(session.scalar(q.limit(1)) is not None for q in checks)


def build(session: Session, period: Period, *, now: dt.datetime | None = None,
          plan_year: int | None = None) -> Report:
    """The report of ``period``: every figure, ready for the app, the PDF, the .xlsx and the JSON.

    With ``plan_year``, the report holds only that year's communication plan (NotFoundError without one).
    Every role may read reports (figures only, no personal data), so there is no actor to check.
    """
    center = {key: settings.get(session, f"center.{key}") for key in ("name", "address", "hotline")}
    if plan_year is not None:
        sections = [plan_section(session, period, plan_year)]
    else:
        sections = [fn(session, period) for fn in BUILDERS]
    return Report(period, period.previous(), now or dt.datetime.now(dt.timezone.utc), center,
                  _has_demo(session, period), [s for s in sections if s is not None])


# --- files (written whole by printing.report.save) -------------------------------------------------

FORMATS = ("pdf", "xlsx", "json")


def title(report: Report) -> str:
    if report.has("guidance"):
        return "Báo cáo kết quả thông tin, hướng dẫn, hỗ trợ người dân"
    return report.sections[0].title


def write_json(report: Report, path) -> None:
    import json

    Path(path).write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_xlsx(report: Report, path) -> None:
    """A sheet per table (real numbers and dates; fractions formatted as percentages), after a title sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    info = book.active
    info.title = "Báo cáo"
    info.append([title(report)])
    info.append(["Đơn vị", report.center.get("name") or ""])
    info.append(["Kỳ báo cáo", report.period.label])
    info.append(["Từ ngày", report.period.start])
    info.append(["Đến ngày", report.period.end])
    info.append(["Kỳ so sánh", report.previous.label])
    if report.total_sessions is not None:
        info.append(["Tổng số lượt hướng dẫn", report.total_sessions])
    if report.demo_data:
        info.append(["Ghi chú", "DỮ LIỆU MẪU – chỉ để xem thử"])
    info["A1"].font = Font(bold=True, size=13)
    for cell in (info["B4"], info["B5"]):
        cell.number_format = "DD/MM/YYYY"
    info.column_dimensions["A"].width, info.column_dimensions["B"].width = 28, 60
    used = {info.title}
    wrap = Alignment(wrap_text=True, vertical="top")
    for section in report.sections:
        for table in section.tables:
            name = table.sheet[:31]
            while name in used:
                name = name[:28] + f" {len(used)}"
            used.add(name)
            sheet = book.create_sheet(name)
            sheet.append(list(table.columns))
            for cell in sheet[1]:
                cell.font = Font(bold=True)
                cell.alignment = wrap
            for row in table.rows:
                sheet.append(list(row))
                for cell in sheet[sheet.max_row]:
                    if isinstance(cell.value, dt.date):
                        cell.number_format = "DD/MM/YYYY"
                    elif isinstance(cell.value, str) and "\n" in cell.value:
                        cell.alignment = wrap
            for i in table.percent:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=i + 1, max_col=i + 1):
                    cell.number_format = "0.0%"
            for i, column in enumerate(table.columns, start=1):
                longest = max([len(str(column))] + [len(str(r[i - 1])) for r in table.rows[:200]])
                sheet.column_dimensions[get_column_letter(i)].width = min(70, max(10, longest + 2))
            sheet.freeze_panes = "A2"
    book.save(path)
