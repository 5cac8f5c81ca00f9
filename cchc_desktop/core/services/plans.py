"""The ward's communication plan: plans and their tasks, the activities done for them, progress and report.

A plan is the year's "Kế hoạch thông tin, tuyên truyền cải cách hành chính";
its tasks are the rows of its appendix (Stt, content, product, lead and
cooperating units, time frame) with optional targets (see
:mod:`cchc_desktop.core.plan_progress` for how targets are judged).
Administrators edit plans (:data:`permissions.EDIT_PLANS`); staff record
activities (:data:`permissions.RECORD_ACTIVITIES`). Every change is one audited
transaction: entity ``plan`` keyed by the year (with the whole plan as snapshot,
so its history reads like a procedure's), entity ``plan_activity`` keyed by the
activity's number.

A plan travels as a *record*: ``{"year", "title", "decision_number",
"decision_date" (ISO or None), "issuer", "tasks": [{"number", "content",
"product", "lead_unit", "partners", "timeframe", "timeframe_text", "due_date",
"kinds": [...], "targets": [{"count", "per", "kinds"}]}]}``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cchc_desktop.core import paths, permissions
from cchc_desktop.core import plan_progress as pp
from cchc_desktop.core import text as vtext
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import AuditEntry, Plan, PlanActivity, PlanTarget, PlanTask
from cchc_desktop.core.domain import ProductKind, Progress, TargetPer, TimeFrame, check_url
from cchc_desktop.core.errors import NotFoundError, ValidationError
from cchc_desktop.core.periods import Period, local_today
from cchc_desktop.core.services import audit, files

DEMO_FILE = ("demo", "plan-2026.json")
PRINTED_TEMPLATES = ("poster", "leaflet", "guide", "campaign")  # print studio documents that are ấn phẩm in
MAX_COUNT = 1_000_000


# --- records ------------------------------------------------------------------------------

def _date(value: Any, what: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(f"{what} “{text}” không phải ngày hợp lệ (dạng dd/mm/yyyy).", "date")


def _enum(cls, value: Any, what: str):
    try:
        return cls(value)
    except ValueError:
        labels = {vtext.fold(m.label): m for m in cls}
        found = labels.get(vtext.fold(str(value)))
        if found is None:
            raise ValidationError(f"{what} “{value}” không hợp lệ: chọn một trong "
                                  f"{', '.join(m.label for m in cls)}.", "kind") from None
        return found


def _kinds(values: Any, what: str) -> list[str]:
    return list(dict.fromkeys(_enum(ProductKind, v, what).value for v in values or []))


def check_plan(record: dict[str, Any]) -> dict[str, Any]:
    """The record cleaned (text normalised, enums checked, tasks by number), or a ValidationError naming every problem."""
    problems: list[tuple[str, str]] = []
    year = record.get("year")
    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2100:
        problems.append(("year", f"Năm của kế hoạch “{year}” không hợp lệ (cần từ 2000 đến 2100)."))
    out: dict[str, Any] = {"year": year}
    for key, limit, label in (("title", 500, "Tên kế hoạch"), ("decision_number", 100, "Số kế hoạch"),
                              ("issuer", 300, "Cơ quan ban hành")):
        value = vtext.normalize_line(str(record.get(key) or ""))
        if len(value) > limit:
            problems.append((key, f"{label} dài {len(value)} ký tự, vượt giới hạn {limit}."))
        out[key] = value
    try:
        decision_date = _date(record.get("decision_date"), "Ngày ban hành kế hoạch")
        out["decision_date"] = decision_date.isoformat() if decision_date else None
    except ValidationError as exc:
        problems += exc.problems
    tasks, seen = [], set()
    for i, raw in enumerate(record.get("tasks") or []):
        try:
            task = check_task(raw)
        except ValidationError as exc:
            where = f"Nhiệm vụ số {raw.get('number')}" if raw.get("number") not in (None, "") else f"Nhiệm vụ thứ {i + 1}"
            problems += [(f, f"{where}: {m}") for f, m in exc.problems]
            continue
        if task["number"] in seen:
            problems.append(("number", f"Nhiệm vụ số {task['number']} có hai lần trong kế hoạch."))
        seen.add(task["number"])
        tasks.append(task)
    if problems:
        raise ValidationError(problems)
    out["tasks"] = sorted(tasks, key=lambda t: t["number"])
    return out


def check_task(raw: dict[str, Any]) -> dict[str, Any]:
    problems: list[tuple[str, str]] = []
    number = raw.get("number")
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= 999:
        problems.append(("number", f"số thứ tự “{number}” phải là số nguyên từ 1 đến 999."))
    task: dict[str, Any] = {"number": number}
    for key, limit, label, line in (("content", 5000, "Nội dung công việc", False), ("product", 2000, "Sản phẩm", False),
                                    ("lead_unit", 500, "Cơ quan chủ trì", True),
                                    ("partners", 2000, "Cơ quan phối hợp thực hiện", False),
                                    ("timeframe_text", 300, "Thời gian thực hiện", True)):
        value = str(raw.get(key) or "")
        value = vtext.normalize_line(value) if line else " ".join(vtext.normalize(value).split())
        if len(value) > limit:
            problems.append((key, f"{label} dài {len(value)} ký tự, vượt giới hạn {limit}."))
        task[key] = value
    if not task["content"]:
        problems.append(("content", "cần nội dung công việc."))
    try:
        task["timeframe"] = _enum(TimeFrame, raw.get("timeframe") or TimeFrame.REGULAR, "Loại thời hạn").value
        due = _date(raw.get("due_date"), "Hạn hoàn thành")
        task["due_date"] = due.isoformat() if due else None
        if task["timeframe"] == TimeFrame.BY_DATE and due is None:
            problems.append(("due_date", "thời hạn “Đến ngày” cần hạn hoàn thành."))
        task["kinds"] = _kinds(raw.get("kinds"), "Loại sản phẩm")
        targets = []
        for t in raw.get("targets") or []:
            count = t.get("count")
            if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_COUNT:
                problems.append(("targets", f"chỉ tiêu “{count}” phải là số nguyên dương."))
                continue
            targets.append({"count": count, "per": _enum(TargetPer, t.get("per"), "Chỉ tiêu tính theo").value,
                            "kinds": _kinds(t.get("kinds"), "Loại sản phẩm của chỉ tiêu")})
        task["targets"] = targets
    except ValidationError as exc:
        problems += exc.problems
    if problems:
        raise ValidationError(problems)
    return task


def _plan_record(plan: Plan) -> dict[str, Any]:
    return {"year": plan.year, "title": plan.title, "decision_number": plan.decision_number,
            "decision_date": plan.decision_date.isoformat() if plan.decision_date else None, "issuer": plan.issuer,
            "tasks": [{"number": t.number, "content": t.content, "product": t.product, "lead_unit": t.lead_unit,
                       "partners": t.partners, "timeframe": t.timeframe.value, "timeframe_text": t.timeframe_text,
                       "due_date": t.due_date.isoformat() if t.due_date else None, "kinds": list(t.kinds or []),
                       "targets": [{"count": g.count, "per": g.per.value, "kinds": list(g.kinds or [])}
                                   for g in t.targets]}
                      for t in plan.tasks]}


def to_tasks(record: dict[str, Any]) -> list[pp.Task]:
    """The record's tasks as progress sees them."""
    return [pp.Task(t["number"], t["content"], t["product"], t["lead_unit"], t["partners"], TimeFrame(t["timeframe"]),
                    t["timeframe_text"], _date(t.get("due_date"), "Hạn"), tuple(ProductKind(k) for k in t["kinds"]),
                    tuple(pp.Target(g["count"], TargetPer(g["per"]), tuple(ProductKind(k) for k in g["kinds"]))
                          for g in t["targets"]))
            for t in record["tasks"]]


# --- reading plans ---------------------------------------------------------------------------

def years(session: Session) -> list[int]:
    """The years that have a plan, newest first."""
    return list(session.scalars(select(Plan.year).order_by(Plan.year.desc())))


def _plan(session: Session, year: int) -> Plan:
    plan = session.scalar(select(Plan).where(Plan.year == year))
    if plan is None:
        raise NotFoundError(f"Chưa có kế hoạch truyền thông năm {year}.")
    return plan


def get_plan(session: Session, year: int) -> dict[str, Any]:
    """The plan of ``year`` as a record (NotFoundError when there is none)."""
    return _plan_record(_plan(session, year))


def current_year(session: Session, today: dt.date | None = None) -> int | None:
    """This year's plan if there is one, else the newest."""
    found = years(session)
    today = today or local_today()
    return today.year if today.year in found else (found[0] if found else None)


# --- writing plans ----------------------------------------------------------------------------

def _describe_changes(old: dict[str, Any] | None, new: dict[str, Any]) -> list[dict[str, Any]]:
    changes = []
    for key in ("title", "decision_number", "decision_date", "issuer"):
        if old is None or old.get(key) != new.get(key):
            changes.append({"field": key, "old": None if old is None else old.get(key), "new": new.get(key)})
    before = {t["number"]: t for t in (old or {}).get("tasks", [])}
    after = {t["number"]: t for t in new["tasks"]}
    for number in sorted(set(before) | set(after)):
        if before.get(number) != after.get(number):
            changes.append({"field": f"task {number}", "old": before.get(number), "new": after.get(number)})
    return changes


def _apply(session: Session, actor: Actor, record: dict[str, Any], action: str, summary: str = "") -> dict[str, Any]:
    """Write the cleaned ``record`` over the year's plan in the caller's transaction, audited."""
    plan = session.scalar(select(Plan).where(Plan.year == record["year"]))
    old = _plan_record(plan) if plan is not None else None
    if plan is None:
        plan = Plan(year=record["year"])
        session.add(plan)
    plan.title, plan.decision_number, plan.issuer = record["title"], record["decision_number"], record["issuer"]
    plan.decision_date = _date(record["decision_date"], "Ngày ban hành")
    wanted = {t["number"]: t for t in record["tasks"]}
    for task in list(plan.tasks):
        if task.number not in wanted:
            used = session.scalar(select(func.count(PlanActivity.id)).where(PlanActivity.task_id == task.id))
            if used:
                raise ValidationError(f"Không bỏ được nhiệm vụ số {task.number} của kế hoạch năm {plan.year}: "
                                      f"đã có {used} kết quả ghi cho nhiệm vụ này. Dữ liệu chưa bị thay đổi.",
                                      "tasks")
            plan.tasks.remove(task)
    existing = {t.number: t for t in plan.tasks}
    for number, data in wanted.items():
        task = existing.get(number)
        if task is None:
            task = PlanTask(number=number)
            plan.tasks.append(task)
        task.content, task.product, task.lead_unit = data["content"], data["product"], data["lead_unit"]
        task.partners, task.timeframe_text = data["partners"], data["timeframe_text"]
        task.timeframe, task.due_date = TimeFrame(data["timeframe"]), _date(data["due_date"], "Hạn")
        task.kinds = list(data["kinds"])
        task.targets = [PlanTarget(position=i, count=g["count"], per=TargetPer(g["per"]), kinds=list(g["kinds"]))
                        for i, g in enumerate(data["targets"])]
    session.flush()
    session.expire(plan, ["tasks"])
    new = _plan_record(plan)
    audit.record(session, actor, action, "plan", str(plan.year),
                 summary=summary or f"Kế hoạch truyền thông năm {plan.year}: {len(new['tasks'])} nhiệm vụ",
                 changes=_describe_changes(old, new), snapshot=new)
    return new


def save_plan(db: Database, actor: Actor, record: dict[str, Any], *, action: str = "update",
              summary: str = "") -> dict[str, Any]:
    """Create or replace the year's plan with ``record`` (tasks with activities cannot be dropped)."""
    actor.require(permissions.EDIT_PLANS)
    cleaned = check_plan(record)
    return db.write(actor, lambda session: _apply(session, actor, cleaned, action, summary))


def copy_plan(db: Database, actor: Actor, from_year: int, to_year: int) -> dict[str, Any]:
    """Start ``to_year``'s plan as a copy of ``from_year``'s: the year moved on in texts and dates, no decision yet."""
    actor.require(permissions.EDIT_PLANS)

    def work(session: Session) -> dict[str, Any]:
        if session.scalar(select(Plan.id).where(Plan.year == to_year)) is not None:
            raise ValidationError(f"Đã có kế hoạch truyền thông năm {to_year}: không chép đè lên.", "year")
        source = get_plan(session, from_year)
        shift = to_year - from_year

        def moved(text: str) -> str:
            return re.sub(rf"\b{from_year}\b", str(to_year), text)

        def moved_date(iso: str | None) -> str | None:
            if not iso:
                return None
            day = dt.date.fromisoformat(iso)
            try:
                return day.replace(year=day.year + shift).isoformat()
            except ValueError:  # 29 February
                return day.replace(year=day.year + shift, day=28).isoformat()

        record = {**source, "year": to_year, "title": moved(source["title"]), "decision_number": "",
                  "decision_date": None,
                  "tasks": [{**t, "content": moved(t["content"]), "product": moved(t["product"]),
                             "timeframe_text": moved(t["timeframe_text"]), "due_date": moved_date(t["due_date"])}
                            for t in source["tasks"]]}
        return _apply(session, actor, check_plan(record), "copy_plan",
                      f"Kế hoạch truyền thông năm {to_year}: chép từ kế hoạch năm {from_year}")

    return db.write(actor, work)


def demo_plan() -> dict[str, Any]:
    return json.loads(paths.resource_path(*DEMO_FILE).read_text(encoding="utf-8"))


def load_demo(db: Database, actor: Actor) -> bool:
    """Load the ward's 2026 appendix unless a 2026 plan exists; True when it was loaded."""
    actor.require(permissions.EDIT_PLANS)
    record = check_plan(demo_plan())

    def work(session: Session) -> bool:
        if session.scalar(select(Plan.id).where(Plan.year == record["year"])) is not None:
            return False
        _apply(session, actor, record, "load_demo_plan", f"Nạp phụ lục kế hoạch truyền thông mẫu năm {record['year']}")
        return True

    return db.write(actor, work)


# --- history ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Change:
    entry_id: int
    at: dt.datetime
    actor: str
    action: str
    summary: str
    changes: list[dict[str, Any]]


def plan_history(session: Session, year: int) -> list[Change]:
    """Every recorded change of the year's plan, newest first."""
    query = (select(AuditEntry).where(AuditEntry.entity == "plan", AuditEntry.entity_key == str(year))
             .order_by(AuditEntry.id.desc()))
    return [Change(e.id, e.at, e.actor, e.action, e.summary, list(e.changes or [])) for e in session.scalars(query)]


def activity_history(session: Session, activity_id: int) -> list[Change]:
    query = (select(AuditEntry).where(AuditEntry.entity == "plan_activity", AuditEntry.entity_key == str(activity_id))
             .order_by(AuditEntry.id.desc()))
    return [Change(e.id, e.at, e.actor, e.action, e.summary, list(e.changes or [])) for e in session.scalars(query)]


def restore_plan(db: Database, actor: Actor, year: int, entry_id: int) -> dict[str, Any]:
    """Make the year's plan what it was right after history entry ``entry_id`` (audited as "restore")."""
    actor.require(permissions.EDIT_PLANS)

    def work(session: Session) -> dict[str, Any]:
        entry = session.get(AuditEntry, entry_id)
        if entry is None or entry.entity != "plan" or entry.entity_key != str(year) or entry.snapshot is None:
            raise NotFoundError(f"Không có phiên bản số {entry_id} của kế hoạch truyền thông năm {year}.")
        when = entry.at.astimezone()
        return _apply(session, actor, check_plan(dict(entry.snapshot)), "restore",
                      f"Kế hoạch truyền thông năm {year}: khôi phục phiên bản lúc {when:%H:%M ngày %d/%m/%Y} "
                      f"({entry.actor})")

    return db.write(actor, work)


# --- activities ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Activity:
    id: int
    year: int
    task: int
    day: dt.date
    kind: ProductKind
    title: str
    link: str
    place: str
    count: int
    unit: str
    evidence_name: str
    evidence_sha256: str | None
    note: str
    source: str
    created_by: str


def _activity(a: PlanActivity, year: int, number: int) -> Activity:
    return Activity(a.id, year, number, a.day, a.kind, a.title, a.link, a.place, a.count, a.unit, a.evidence_name,
                    a.evidence_sha256, a.note, a.source, a.created_by)


def _activity_dict(a: Activity) -> dict[str, Any]:
    return {"task": a.task, "day": a.day.isoformat(), "kind": a.kind.value, "title": a.title, "link": a.link,
            "place": a.place, "count": a.count, "unit": a.unit, "evidence": a.evidence_name or None, "note": a.note}


def _clean_activity(fields: dict[str, Any]) -> dict[str, Any]:
    problems: list[tuple[str, str]] = []
    out: dict[str, Any] = {}
    try:
        day = _date(fields.get("day"), "Ngày thực hiện")
        if day is None:
            problems.append(("day", "Cần ngày thực hiện."))
        out["day"] = day
    except ValidationError as exc:
        problems += exc.problems
    try:
        out["kind"] = _enum(ProductKind, fields.get("kind") or "", "Loại sản phẩm")
    except ValidationError as exc:
        problems += exc.problems
    out["title"] = vtext.normalize_line(str(fields.get("title") or ""))
    if not out["title"]:
        problems.append(("title", "Cần tên sản phẩm (tiêu đề bản tin, bài viết, tên ấn phẩm, hội nghị…)."))
    elif len(out["title"]) > 1000:
        problems.append(("title", f"Tên sản phẩm dài {len(out['title'])} ký tự, vượt giới hạn 1000."))
    link = vtext.normalize_line(str(fields.get("link") or ""))
    if link:
        try:
            link = check_url(link, "Đường liên kết của sản phẩm")
        except ValidationError as exc:
            problems += exc.problems
    out["link"] = link
    for key, limit, label in (("place", 500, "Nơi đăng, nơi thực hiện"), ("unit", 300, "Đơn vị thực hiện"),
                              ("source", 60, "Nguồn")):
        out[key] = vtext.normalize_line(str(fields.get(key) or ""))
        if len(out[key]) > limit:
            problems.append((key, f"{label} dài {len(out[key])} ký tự, vượt giới hạn {limit}."))
    count = fields.get("count", 1)
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_COUNT:
        problems.append(("count", f"Số lượng (số bản) “{count}” phải là số nguyên từ 1 đến {MAX_COUNT:,}.".replace(",", ".")))
    out["count"] = count
    out["note"] = vtext.normalize(str(fields.get("note") or "")).strip()
    if problems:
        raise ValidationError(problems)
    return out


def year_span(year: int) -> tuple[dt.date, dt.date]:
    """The days a plan's activities may fall on: the year, and the ends of its first and last weeks."""
    return pp.weeks_of_month(year, 1)[0][0], pp.weeks_of_month(year, 12)[-1][1]


def _check_day(day: dt.date, year: int) -> None:
    first, last = year_span(year)
    if not first <= day <= last:
        raise ValidationError(f"Ngày thực hiện {day:%d/%m/%Y} không thuộc năm {year} của kế hoạch "
                              f"(từ {first:%d/%m/%Y} đến {last:%d/%m/%Y}).", "day")


def _task(session: Session, year: int, number: int) -> PlanTask:
    task = session.scalar(select(PlanTask).join(Plan).where(Plan.year == year, PlanTask.number == number))
    if task is None:
        raise NotFoundError(f"Kế hoạch truyền thông năm {year} không có nhiệm vụ số {number}.")
    return task


def _summary(a: PlanActivity, year: int, number: int) -> str:
    return f"Nhiệm vụ {number}/{year}: {a.kind.label} “{a.title}” ngày {a.day:%d/%m/%Y}, số lượng {a.count}"


def _snapshot(a: PlanActivity, year: int, number: int) -> dict[str, Any]:
    return {"year": year, "task": number, "day": a.day.isoformat(), "kind": a.kind.value, "title": a.title,
            "link": a.link, "place": a.place, "count": a.count, "unit": a.unit, "evidence_sha256": a.evidence_sha256,
            "evidence_name": a.evidence_name, "note": a.note, "source": a.source}


def add_activity(db: Database, actor: Actor, *, year: int, task: int, day: dt.date | str, kind: ProductKind | str,
                 title: str, link: str = "", place: str = "", count: int = 1, unit: str = "", note: str = "",
                 evidence: tuple[str, bytes] | None = None, source: str = "") -> int:
    """Record what was done for task ``task`` of the year's plan; ``evidence`` = (file name, bytes). Returns its number."""
    actor.require(permissions.RECORD_ACTIVITIES)
    clean = _clean_activity({"day": day, "kind": kind, "title": title, "link": link, "place": place, "count": count,
                             "unit": unit, "note": note, "source": source})
    if evidence is not None:
        files.sniff(evidence[1], evidence[0])  # refuse a bad file before taking the write lock

    _check_day(clean["day"], year)

    def work(session: Session) -> int:
        target = _task(session, year, task)
        activity = PlanActivity(task_id=target.id, created_by=actor.name, **clean)
        if evidence is not None:
            activity.evidence_sha256 = files.store(db, session, evidence[1], evidence[0]).sha256
            activity.evidence_name = vtext.normalize_line(Path(evidence[0]).name)[:255]
        session.add(activity)
        session.flush()
        audit.record(session, actor, "create", "plan_activity", str(activity.id),
                     summary=_summary(activity, year, task), snapshot=_snapshot(activity, year, task))
        return activity.id

    return db.write(actor, work)


def update_activity(db: Database, actor: Actor, activity_id: int, *, task: int | None = None,
                    evidence: tuple[str, bytes] | None = None, remove_evidence: bool = False,
                    **fields: Any) -> None:
    """Change an activity (any of the fields :func:`add_activity` takes; ``task`` moves it within its plan)."""
    actor.require(permissions.RECORD_ACTIVITIES)
    if evidence is not None:
        files.sniff(evidence[1], evidence[0])

    def work(session: Session) -> None:
        activity = _get_activity(session, activity_id)
        plan_task = session.get(PlanTask, activity.task_id)
        year = session.scalar(select(Plan.year).where(Plan.id == plan_task.plan_id))
        before = _snapshot(activity, year, plan_task.number)
        current = {k: before[k] for k in ("day", "kind", "title", "link", "place", "count", "unit", "note", "source")}
        clean = _clean_activity({**current, **fields})
        _check_day(clean["day"], year)
        for key, value in clean.items():
            setattr(activity, key, value)
        if task is not None and task != plan_task.number:
            plan_task = _task(session, year, task)
            activity.task_id = plan_task.id
        if remove_evidence:
            activity.evidence_sha256, activity.evidence_name = None, ""
        if evidence is not None:
            activity.evidence_sha256 = files.store(db, session, evidence[1], evidence[0]).sha256
            activity.evidence_name = vtext.normalize_line(Path(evidence[0]).name)[:255]
        session.flush()
        after = _snapshot(activity, year, plan_task.number)
        changes = [{"field": k, "old": before[k], "new": after[k]} for k in after if before[k] != after[k]]
        if changes:
            audit.record(session, actor, "update", "plan_activity", str(activity.id),
                         summary=_summary(activity, year, plan_task.number), changes=changes, snapshot=after)

    db.write(actor, work)


def remove_activity(db: Database, actor: Actor, activity_id: int) -> None:
    actor.require(permissions.RECORD_ACTIVITIES)

    def work(session: Session) -> None:
        activity = _get_activity(session, activity_id)
        plan_task = session.get(PlanTask, activity.task_id)
        year = session.scalar(select(Plan.year).where(Plan.id == plan_task.plan_id))
        audit.record(session, actor, "delete", "plan_activity", str(activity.id),
                     summary=_summary(activity, year, plan_task.number),
                     changes=[{"field": "activity", "old": _snapshot(activity, year, plan_task.number), "new": None}])
        session.delete(activity)

    db.write(actor, work)


def _get_activity(session: Session, activity_id: int) -> PlanActivity:
    activity = session.get(PlanActivity, activity_id)
    if activity is None:
        raise NotFoundError(f"Không có kết quả số {activity_id} (có thể vừa bị xoá ở máy khác).")
    return activity


def activities(session: Session, year: int, *, task: int | None = None, period: Period | None = None) -> list[Activity]:
    """The year's activities (of one task, in one period when given), oldest first."""
    query = (select(PlanActivity, PlanTask.number).join(PlanTask, PlanActivity.task_id == PlanTask.id)
             .join(Plan, PlanTask.plan_id == Plan.id).where(Plan.year == year)
             .order_by(PlanActivity.day, PlanActivity.id))
    if task is not None:
        query = query.where(PlanTask.number == task)
    if period is not None:
        query = query.where(PlanActivity.day >= period.start, PlanActivity.day <= period.end)
    return [_activity(a, year, number) for a, number in session.execute(query)]


def evidence(db: Database, session: Session, activity_id: int) -> files.FileContent:
    """The activity's evidence file, checked against its hash."""
    activity = _get_activity(session, activity_id)
    if activity.evidence_sha256 is None:
        raise NotFoundError(f"Kết quả số {activity_id} không có tệp minh chứng.")
    return files.load(db, session, activity.evidence_sha256)


def _items(acts: list[Activity]) -> list[pp.Item]:
    return [pp.Item(a.task, a.day, a.kind, a.count) for a in acts]


# --- progress -------------------------------------------------------------------------------------------

def progress(session: Session, year: int, today: dt.date | None = None, unit: str | None = None) -> pp.Board:
    """The board: each task (of ``unit``) × month of ``year``, judged on ``today`` (default: the center's today)."""
    record = get_plan(session, year)
    today = today or local_today()
    acts = activities(session, year)  # by the plan, not the calendar: January's first week may start in December
    return pp.board(year, to_tasks(record), _items(acts), today, unit, since=issued(record))


def issued(record: dict[str, Any]) -> dt.date | None:
    """The plan's decision date: targets are judged from then on."""
    return dt.date.fromisoformat(record["decision_date"]) if record.get("decision_date") else None


def units(session: Session, year: int) -> list[str]:
    return pp.units(to_tasks(get_plan(session, year)))


# --- hooks for other modules ---------------------------------------------------------------------------

def printed_task(session: Session, year: int) -> int | None:
    """The task printed matter counts for: the first whose products are ấn phẩm in (task 3 in 2026)."""
    for task in get_plan(session, year)["tasks"]:
        if ProductKind.PRINTED.value in task["kinds"]:
            return task["number"]
    return None


PRINTED_NAMES = {"poster": "Áp phích thủ tục hành chính", "leaflet": "Tờ gấp “Hướng dẫn nộp hồ sơ trực tuyến”",
                 "guide": "Phiếu hướng dẫn thủ tục hành chính", "campaign": "Áp phích “Quét mã để nộp hồ sơ trực tuyến”"}


def print_job_copies(template: str, copies: int, pages: int, codes: int) -> int:
    """Printed copies a print job made: leaflets and guide sheets one per procedure, posters one per page."""
    per_copy = codes if template in ("leaflet", "guide") else pages
    return max(1, copies) * max(1, per_copy)


def print_job_activity(session: Session, job_id: int) -> dict[str, Any] | None:
    """What recording print job ``job_id`` against the plan would fill in (for :func:`add_activity`),
    or None when it is not printed matter of a year with a plan (a sticker sheet, a failed job…)."""
    from cchc_desktop.core.domain import PrintResult
    from cchc_desktop.core.periods import local_day
    from cchc_desktop.core.services import print_log, settings

    job = print_log.get(session, job_id)
    if job.result != PrintResult.OK or job.template not in PRINTED_TEMPLATES:
        return None
    day = local_day(job.created_at)
    if day.year not in years(session):
        return None
    task = printed_task(session, day.year)
    if task is None:
        return None
    title = PRINTED_NAMES[job.template]
    if job.params.get("field"):
        title += f" – lĩnh vực {job.params['field']}"
    elif len(job.procedure_codes) == 1:
        title += f" – thủ tục {job.procedure_codes[0]}"
    elif job.procedure_codes:
        title += f" – {len(job.procedure_codes)} thủ tục"
    size = job.params.get("size")
    return {"year": day.year, "task": task, "day": day, "kind": ProductKind.PRINTED,
            "title": title + (f", khổ {size}" if size else ""),
            "count": print_job_copies(job.template, job.copies, job.pages, len(job.procedure_codes)),
            "place": "", "unit": settings.get(session, "center.name") or "Trung tâm Phục vụ hành chính công",
            "source": f"print:{job_id}"}


def record_guidance_outing(db: Database, actor: Actor, *, guidance_id: int, day: dt.date, task: int,
                           title: str, place: str = "", people: int = 1, unit: str = "",
                           year: int | None = None) -> int:
    """Count a guidance session held on a mobile outing for a plan task (for the guidance log to call).

    Idempotent per session: the activity's ``source`` is ``guidance:<id>``, so
    calling it again for the same session updates that activity instead of
    adding another. ``people`` is how many were guided (the activity's count).
    """
    actor.require(permissions.RECORD_ACTIVITIES)
    source = f"guidance:{guidance_id}"
    with db.read() as session:
        found = session.scalar(select(PlanActivity.id).where(PlanActivity.source == source))
    if found is not None:
        update_activity(db, actor, found, task=task, day=day, title=title, place=place, count=people, unit=unit)
        return found
    return add_activity(db, actor, year=year or day.year, task=task, day=day, kind=ProductKind.OTHER, title=title,
                        place=place, count=people, unit=unit, source=source)


# --- report ------------------------------------------------------------------------------------------------

def report_section(session: Session, period: Period, *, year: int | None = None,
                   today: dt.date | None = None) -> dict[str, Any]:
    """The plan's part of the periodic report, JSON-ready.

    Keys: ``section`` ("plan"), ``title``, ``plan`` {year, title, decision_number,
    decision_date, issuer}, ``period`` {token, label, start, end}, ``as_of`` (the
    day windows still open are judged on), ``totals`` {tasks, tasks_with_activity,
    activities, count, windows_met, windows_missed, windows_open}, and ``tasks``:
    for each task {number, content, product, lead_unit, partners, timeframe_text,
    activities, count, by_kind {label: count}, targets [{text, count, per, kinds,
    met, missed, open, windows [{label, start, end, wanted, actual, status,
    status_label}]}], items [{day, kind, kind_label, title, count, unit, link,
    place, evidence, note}]}. Dates are ISO strings. Windows that ended before
    the plan's decision date are left out (targets count from the plan's issue). A window counts as met,
    missed, or open (on track, behind or not started on ``as_of``).
    """
    year = year or period.start.year
    record = get_plan(session, year)
    as_of = min(today or local_today(), period.end + dt.timedelta(days=1))
    all_items = activities(session, year)
    in_period = [a for a in all_items if period.contains(a.day)]
    since = issued(record)
    tasks_out = []
    totals = {"tasks": len(record["tasks"]), "tasks_with_activity": 0, "activities": len(in_period), "count": 0,
              "windows_met": 0, "windows_missed": 0, "windows_open": 0}
    for task in to_tasks(record):
        mine = [a for a in in_period if a.task == task.number]
        done = _items([a for a in all_items if a.task == task.number])
        by_kind: dict[str, int] = {}
        for a in mine:
            by_kind[a.kind.label] = by_kind.get(a.kind.label, 0) + a.count
        targets = []
        for target in task.targets:
            windows = [pp.standing(target, w, done, as_of) for w in pp.windows_in(target, period)
                       if since is None or w.end >= since]
            met = sum(1 for s in windows if s.status == Progress.MET)
            missed = sum(1 for s in windows if s.status == Progress.MISSED)
            targets.append({"text": target.text, "count": target.count, "per": target.per.value,
                            "kinds": [k.value for k in target.kinds], "met": met, "missed": missed,
                            "open": len(windows) - met - missed,
                            "windows": [{"label": s.window.label, "start": s.window.start.isoformat(),
                                         "end": s.window.end.isoformat(), "wanted": s.window.wanted,
                                         "actual": s.actual, "status": s.status.value,
                                         "status_label": s.status.label} for s in windows]})
            totals["windows_met"] += met
            totals["windows_missed"] += missed
            totals["windows_open"] += len(windows) - met - missed
        count = sum(a.count for a in mine)
        totals["count"] += count
        totals["tasks_with_activity"] += bool(mine)
        tasks_out.append({"number": task.number, "content": task.content, "product": task.product,
                          "lead_unit": task.lead_unit, "partners": task.partners,
                          "timeframe_text": task.timeframe_text, "activities": len(mine), "count": count,
                          "by_kind": by_kind, "targets": targets,
                          "items": [{**_activity_dict(a), "kind_label": a.kind.label} for a in mine]})
    return {"section": "plan",
            "title": f"Kết quả thực hiện kế hoạch thông tin, tuyên truyền cải cách hành chính năm {year}",
            "plan": {k: record[k] for k in ("year", "title", "decision_number", "decision_date", "issuer")},
            "period": {"token": period.token, "label": period.label, "start": period.start.isoformat(),
                       "end": period.end.isoformat()},
            "as_of": as_of.isoformat(), "totals": totals, "tasks": tasks_out}


# --- Excel: the appendix's columns ---------------------------------------------------------------------------

TASK_SHEET, INFO_SHEET = "Phụ lục", "Kế hoạch"
COLUMNS = [("number", "Stt"), ("content", "Nội dung công việc"), ("product", "Sản phẩm"),
           ("lead_unit", "Cơ quan chủ trì"), ("partners", "Cơ quan phối hợp thực hiện"),
           ("timeframe_text", "Thời gian thực hiện"), ("timeframe", "Loại thời hạn"),
           ("due_date", "Hạn hoàn thành"), ("kinds", "Loại sản phẩm"), ("targets", "Chỉ tiêu")]
_REQUIRED = ("number", "content")
INFO = [("year", "Năm"), ("title", "Tên kế hoạch"), ("decision_number", "Số kế hoạch"),
        ("decision_date", "Ngày ban hành"), ("issuer", "Cơ quan ban hành")]
_TARGET_RE = re.compile(r"^\s*(\d+)\s*/\s*([^:]+?)\s*(?::\s*(.*))?$")


def _header_key(text: Any) -> str:
    return re.sub(r"[^a-z0-9]+", " ", vtext.fold(str(text or ""))).strip()


# The appendix's own header words, and the shorter ones people type.
_HEADERS = {**{_header_key(h): k for k, h in COLUMNS}, _header_key("Số thứ tự"): "number",
            _header_key("Cơ quan phối hợp"): "partners", _header_key("Thời gian"): "timeframe_text"}


def targets_text(targets: list[dict[str, Any]]) -> str:
    return "; ".join(pp.Target(g["count"], TargetPer(g["per"]), tuple(ProductKind(k) for k in g["kinds"])).text
                     for g in targets)


def parse_targets(text: str) -> list[dict[str, Any]]:
    """``4/tháng: Bản tin, Bài viết; 1/tuần: Bản tin`` → targets (ValidationError naming the bad part)."""
    out = []
    for part in [p for p in re.split(r"[;\n]", text or "") if p.strip()]:
        match = _TARGET_RE.match(part)
        if not match:
            raise ValidationError(f"chỉ tiêu “{part.strip()}” không đúng dạng: viết như 4/tháng: Bản tin, Bài viết "
                                  "(số/tuần, tháng, quý hoặc năm, rồi loại sản phẩm nếu cần).", "targets")
        per = _enum(TargetPer, match.group(2), "Chỉ tiêu tính theo").value
        kinds = _rejoin_kinds([k.strip() for k in (match.group(3) or "").split(",") if k.strip()])
        out.append({"count": int(match.group(1)), "per": per, "kinds": _kinds(kinds, "Loại sản phẩm của chỉ tiêu")})
    return out


def _guess_timeframe(text: str) -> tuple[str, str | None]:
    folded = vtext.fold(text)
    found = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if found:
        return TimeFrame.BY_DATE.value, f"{found.group(3)}-{int(found.group(2)):02d}-{int(found.group(1)):02d}"
    if "hang thang" in folded:
        return TimeFrame.MONTHLY.value, None
    if "trong nam" in folded:
        return TimeFrame.YEAR.value, None
    return TimeFrame.REGULAR.value, None


def write_xlsx(record: dict[str, Any], path: Path) -> None:
    """The plan as a workbook: the appendix's columns and the target columns, then the plan's details."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = TASK_SHEET
    ws.append([h for _, h in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for t in record["tasks"]:
        due = dt.date.fromisoformat(t["due_date"]).strftime("%d/%m/%Y") if t["due_date"] else ""
        ws.append([t["number"], t["content"], t["product"], t["lead_unit"], t["partners"], t["timeframe_text"],
                   TimeFrame(t["timeframe"]).label, due, ", ".join(ProductKind(k).label for k in t["kinds"]),
                   targets_text(t["targets"])])
    for letter, width in zip("ABCDEFGHIJ", (6, 60, 30, 28, 36, 20, 14, 14, 24, 30)):
        ws.column_dimensions[letter].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "B2"
    info = wb.create_sheet(INFO_SHEET)
    for key, label in INFO:
        value = record.get(key)
        if key == "decision_date" and value:
            value = dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        info.append([label, value if value is not None else ""])
    info.column_dimensions["A"].width, info.column_dimensions["B"].width = 20, 80
    paths.write_whole(path, wb.save)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def read_xlsx(path: Path, year: int | None = None) -> dict[str, Any]:
    """A plan record from a workbook in the appendix's columns, checked; every problem named by sheet and row."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise ValidationError(f"Không đọc được “{path.name}” như tệp Excel .xlsx ({type(exc).__name__}).", "file") from None
    try:
        sheet = wb[TASK_SHEET] if TASK_SHEET in wb.sheetnames else wb.worksheets[0]
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        info_rows = [list(r) for r in wb[INFO_SHEET].iter_rows(values_only=True)] if INFO_SHEET in wb.sheetnames else []
    finally:
        wb.close()
    problems: list[tuple[str, str]] = []
    record: dict[str, Any] = {"year": year, "title": "", "decision_number": "", "decision_date": None, "issuer": ""}
    labels = {_header_key(label): key for key, label in INFO}
    for i, row in enumerate(info_rows, start=1):
        key = labels.get(_header_key(row[0] if row else ""))
        if key is None or len(row) < 2:
            continue
        value = row[1]
        if key == "year":
            if year is None:
                text = _cell_text(value)
                if not text.isdigit():
                    problems.append(("year", f"Trang “{INFO_SHEET}”, dòng {i}: năm “{text}” không phải số."))
                else:
                    record["year"] = int(text)
        elif key == "decision_date":
            record[key] = value.date().isoformat() if isinstance(value, dt.datetime) else (_cell_text(value) or None)
        else:
            record[key] = _cell_text(value)
    if record["year"] is None:
        problems.append(("year", f"Tệp “{path.name}” không ghi năm của kế hoạch (trang “{INFO_SHEET}”): "
                                 "hãy cho biết năm (cchc plan import TỆP --year 2026)."))
    header_at, mapping = None, {}
    for i, row in enumerate(rows[:15]):
        found = {j: _HEADERS[_header_key(v)] for j, v in enumerate(row) if _header_key(v) in _HEADERS}
        if set(_REQUIRED) <= set(found.values()):
            header_at, mapping = i, found
            break
    if header_at is None:
        raise ValidationError(problems + [("file", f"Trang “{sheet.title}” của “{path.name}” không có dòng tiêu đề với "
                                                   "các cột “Stt” và “Nội dung công việc”.")])
    tasks = []
    for i, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        values = {key: row[j] if j < len(row) else None for j, key in mapping.items()}
        if all(_cell_text(v) == "" for v in values.values()):
            continue
        where = f"Trang “{sheet.title}”, dòng {i}"
        number_text = _cell_text(values.get("number"))
        if not number_text.isdigit():
            problems.append(("number", f"{where}, cột “Stt”: “{number_text}” không phải số thứ tự (số nguyên)."))
            continue
        task: dict[str, Any] = {"number": int(number_text)}
        for key in ("content", "product", "lead_unit", "partners", "timeframe_text"):
            task[key] = _cell_text(values.get(key))
        try:
            guessed, guessed_due = _guess_timeframe(task["timeframe_text"])
            frame = _cell_text(values.get("timeframe"))
            task["timeframe"] = _enum(TimeFrame, frame, "Loại thời hạn").value if frame else guessed
            due = values.get("due_date")
            task["due_date"] = (due.date().isoformat() if isinstance(due, dt.datetime)
                                else (_cell_text(due) or guessed_due))
            kinds = [k.strip() for k in _cell_text(values.get("kinds")).split(",") if k.strip()]
            task["kinds"] = _kinds(_rejoin_kinds(kinds), "Loại sản phẩm")
            task["targets"] = parse_targets(_cell_text(values.get("targets")))
            tasks.append(check_task(task))
        except ValidationError as exc:
            problems += [(f, f"{where}: {m[0].upper() + m[1:]}") for f, m in exc.problems]
    numbers = [t["number"] for t in tasks]
    for n in sorted({n for n in numbers if numbers.count(n) > 1}):
        problems.append(("number", f"Trang “{sheet.title}”: nhiệm vụ số {n} có hơn một dòng."))
    if problems:
        raise ValidationError(problems)
    record["tasks"] = tasks
    return check_plan(record)


def _rejoin_kinds(parts: list[str]) -> list[str]:
    """Labels split on commas put back together where a label holds a comma (“Video, clip”, “Hội nghị, đối thoại”)."""
    labels = {vtext.fold(k.label) for k in ProductKind}
    out, i = [], 0
    while i < len(parts):
        if i + 1 < len(parts) and vtext.fold(f"{parts[i]}, {parts[i + 1]}") in labels:
            out.append(f"{parts[i]}, {parts[i + 1]}")
            i += 2
        else:
            out.append(parts[i])
            i += 1
    return out


def import_xlsx(db: Database, actor: Actor, path: Path, year: int | None = None) -> dict[str, Any]:
    """Read the workbook (all of it checked first) and save it as the year's plan, or change nothing."""
    actor.require(permissions.EDIT_PLANS)
    record = read_xlsx(path, year)
    return save_plan(db, actor, record, action="import",
                     summary=f"Nhập kế hoạch truyền thông năm {record['year']} từ {path.name}: "
                             f"{len(record['tasks'])} nhiệm vụ")


def export_xlsx(session: Session, year: int, path: Path) -> int:
    """Write the year's plan to ``path``; returns the number of tasks."""
    record = get_plan(session, year)
    write_xlsx(record, path)
    return len(record["tasks"])
