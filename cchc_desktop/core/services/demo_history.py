"""A year of sample guidance sessions, print jobs, kiosk ratings and communication-plan results.

A new user sees reports and the plan's progress board with content.

Only ``cchc init --demo`` loads it (through ``cchc_desktop.demo.load_demo(..., history=True)``).
Every row is marked: sessions' notes and print jobs' destinations start with
``reports.DEMO_MARK`` ("Dữ liệu mẫu"), ratings have the source ``demo``, plan
results the note ``DEMO_MARK`` and the source ``demo``, and the
sample staff accounts are disabled (no one can sign in with them). The same
seed and end month give the same rows, so tests and screenshots are stable.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cchc_desktop.core import permissions, survey
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import (GuidanceSession, Plan, PlanActivity, PlanTask, PrintJob, Procedure,
                                         SatisfactionRating, StaffAccount)
from cchc_desktop.core.domain import GuidanceChannel as C, GuidanceKind as K, GuidanceOutcome as O, PrintResult, Role
from cchc_desktop.core.domain import ProductKind as P
from cchc_desktop.core.periods import LOCAL_TZ
from cchc_desktop.core.services import audit
from cchc_desktop.core.services.reports import DEMO_MARK

SEED = 2026
STAFF = [("mau.lan", "Nguyễn Thị Lan"), ("mau.binh", "Trần Văn Bình"), ("mau.hoa", "Lê Thị Hoa"),
         ("mau.minh", "Phạm Quang Minh")]
FIELD_WEIGHTS = {"Hộ tịch": 36, "Chứng thực": 20, "Đăng ký, quản lý cư trú": 20, "Đất đai": 10,
                 "Bảo trợ xã hội": 6, "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)": 4}
OTHER_MATTERS = ["Kích hoạt tài khoản định danh điện tử mức 2", "Tra cứu tình trạng hồ sơ", "Hỏi giờ làm việc",
                 "Cài ứng dụng VNeID", "Đổi mật khẩu Cổng Dịch vụ công", "Tích hợp giấy phép lái xe vào VNeID"]
KINDS = [(K.ONLINE_SUBMISSION, 44), (K.ONLINE_PAYMENT, 14), (K.ACCOUNT, 16), (K.POSTAL, 6), (K.LOOKUP, 14),
         (K.OTHER, 6)]
CHANNELS = [(C.COUNTER, 68), (C.PHONE, 12), (C.SOCIAL, 11), (C.MOBILE, 9)]
OUTCOMES = {  # by kind: how such help usually ends
    K.ONLINE_SUBMISSION: [(O.SUBMITTED, 74), (O.FOLLOW_UP, 16), (O.REFERRED, 10)],
    K.ONLINE_PAYMENT: [(O.PAID, 80), (O.FOLLOW_UP, 12), (O.REFERRED, 8)],
    K.ACCOUNT: [(O.SUBMITTED, 40), (O.FOLLOW_UP, 35), (O.REFERRED, 25)],
    K.POSTAL: [(O.SUBMITTED, 50), (O.REFERRED, 40), (O.FOLLOW_UP, 10)],
    K.LOOKUP: [(O.REFERRED, 55), (O.SUBMITTED, 25), (O.FOLLOW_UP, 20)],
    K.OTHER: [(O.REFERRED, 70), (O.FOLLOW_UP, 30)],
}
TEMPLATES = [("leaflet", 30, (20, 200)), ("guide", 35, (5, 60)), ("poster", 10, (1, 4)), ("stickers", 8, (1, 10)),
             ("posted-list", 5, (1, 3)), ("campaign", 7, (2, 20)), ("sample-dossier", 5, (1, 10))]
FAMILY, MIDDLE, GIVEN = (["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"],
                         ["Thị", "Văn", "Minh", "Ngọc", "Quốc", "Thanh", "Hữu"],
                         ["An", "Bình", "Châu", "Dũng", "Giang", "Hạnh", "Khánh", "Linh", "Mai", "Nam", "Phúc",
                          "Quyên", "Sơn", "Thảo", "Tuấn", "Vy", "Yến"])


_RARE = ("nước ngoài", "lưu động", "biên giới", "liên thông", "cấp lại", "thay đổi, cải chính")
_COMMON = ("1.001193", "1.000894", "1.000656", "2.000815", "2.000908", "1.004194", "1.004222")


def _by_demand(pairs: list[tuple[str, str]]) -> list[str]:
    """Codes most asked about first: the everyday ones, then the rest, the rare cases last."""
    def rank(pair: tuple[str, str]) -> tuple[int, str]:
        code, title = pair
        if code in _COMMON:
            return 0, code
        return (2 if any(word in title.lower() for word in _RARE) else 1), code
    return [code for code, _ in sorted(pairs, key=rank)]


def _pick(rng: random.Random, weighted):
    items, weights = zip(*weighted)
    return rng.choices(items, weights)[0]


def _months(end: dt.date) -> list[dt.date]:
    """The first days of the twelve months before ``end``'s month."""
    first = end.replace(day=1)
    out = []
    for back in range(12, 0, -1):
        index = first.year * 12 + first.month - 1 - back
        out.append(dt.date(index // 12, index % 12 + 1, 1))
    return out


def generate(codes_by_field: dict[str, list[str]], staff_ids: list[int], end: dt.date,
             seed: int = SEED) -> dict[str, list[dict[str, Any]]]:
    """The rows, as plain dicts (tests count them independently of the reports)."""
    rng = random.Random(seed)
    fields = [(f, w) for f, w in FIELD_WEIGHTS.items() if codes_by_field.get(f)]
    sessions, ratings, jobs = [], [], []
    settled = end.replace(day=1) - dt.timedelta(days=21)  # "hẹn lại" still open only for the last three weeks
    for n, month in enumerate(_months(end)):
        day = month
        while day.month == month.month:
            if day.weekday() < 5 or (day.weekday() == 5 and rng.random() < 0.5):
                busy = 14 + n * 1.1 + (10 if day.month in (8, 9) else 0)  # more help as the campaign grows
                for _ in range(max(0, round(rng.gauss(busy, 4)) if day.weekday() < 5 else round(busy / 3))):
                    sessions.append(_session(rng, day, fields, codes_by_field, staff_ids, settled))
                for _ in range(max(0, round(rng.gauss(busy * 0.45, 3)))):
                    ratings.append(_rating(rng, day))
                for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
                    jobs.append(_job(rng, day))
            day += dt.timedelta(days=1)
    return {"sessions": sessions, "ratings": ratings, "jobs": jobs}


def _moment(rng: random.Random, day: dt.date) -> dt.datetime:
    minute = rng.randrange(7 * 60 + 30, 11 * 60 + 30) if rng.random() < 0.6 else rng.randrange(13 * 60 + 30, 17 * 60)
    local = dt.datetime.combine(day, dt.time(minute // 60, minute % 60, rng.randrange(60)), LOCAL_TZ)
    return local.astimezone(dt.timezone.utc)


def _session(rng, day, fields, codes_by_field, staff_ids, settled: dt.date) -> dict[str, Any]:
    kind = _pick(rng, KINDS)
    outcome = _pick(rng, OUTCOMES[kind])
    if outcome == O.FOLLOW_UP and day < settled:  # older follow-ups were done since: the log keeps how they ended
        outcome = _pick(rng, [(o, w) for o, w in OUTCOMES[kind] if o != O.FOLLOW_UP] or [(O.REFERRED, 1)])
    at = _moment(rng, day)
    code, other = "", ""
    if kind == K.OTHER or rng.random() < 0.05:
        other = rng.choice(OTHER_MATTERS)
    else:
        codes = codes_by_field[_pick(rng, fields)]
        code = codes[min(int(rng.paretovariate(1.2)) - 1, len(codes) - 1)]
    contact = rng.random() < 0.22
    return {
        "occurred_at": at, "staff_id": rng.choice(staff_ids), "procedure_code": code, "other_procedure": other,
        "kind": kind, "channel": _pick(rng, CHANNELS), "outcome": outcome,
        "follow_up_on": day + dt.timedelta(days=rng.randint(1, 7)) if outcome == O.FOLLOW_UP else None,
        "duration_seconds": int(min(3600, max(60, rng.lognormvariate(5.9, 0.5)))),
        "citizen_name": f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}" if contact else None,
        "citizen_phone": f"09{rng.randrange(10**8):08d}" if contact else None,
        "consent_at": at if contact else None, "consent_notice_version": "2026-01" if contact else None,
        "note": DEMO_MARK, "version": 1, "updated_at": at,
    }


def _rating(rng, day) -> dict[str, Any]:
    overall = _pick(rng, [(5, 52), (4, 31), (3, 11), (2, 4), (1, 2)])
    answers = {}
    if rng.random() < 0.6:
        for q in survey.QUESTIONS:
            if rng.random() < 0.92:
                good = [c for c in q.choices if c.satisfied]
                answers[q.key] = (rng.choice(good) if rng.random() < 0.82 else rng.choice(q.choices)).value
    return {"token": f"{rng.getrandbits(128):032x}", "created_at": _moment(rng, day), "source": "demo",
            "procedure_code": "", "overall": overall, "answers": answers}


def _job(rng, day) -> dict[str, Any]:
    template, _, (low, high) = rng.choices(TEMPLATES, [t[1] for t in TEMPLATES])[0]
    copies = rng.randint(low, high)
    pages = {"leaflet": 2, "poster": 1, "stickers": 1, "posted-list": 4}.get(template, 1)
    return {"created_at": _moment(rng, day), "actor": rng.choice(STAFF)[0], "template": template,
            "params": {}, "procedure_codes": [], "copies": copies, "pages": pages, "destination": DEMO_MARK,
            "result": PrintResult.OK if rng.random() < 0.97 else PrintResult.FAILED, "error": ""}


WEBSITE, LOUDSPEAKERS = "Trang thông tin điện tử phường", "Loa truyền thanh các khu phố"
NEWS = ["Kết quả giải quyết thủ tục hành chính tháng {m}", "Hướng dẫn đăng ký khai sinh trực tuyến qua VNeID",
        "Thanh toán lệ phí trực tuyến: nhanh, không cần đến quầy", "Tổ công nghệ số cộng đồng hỗ trợ người cao tuổi",
        "Nộp hồ sơ đăng ký thường trú trên Cổng Dịch vụ công", "Dịch vụ bưu chính công ích: nhận kết quả tại nhà",
        "Đối thoại với hộ kinh doanh về thủ tục đăng ký", "Chuyển đổi số trong giải quyết thủ tục hành chính"]


def plan_rows(tasks: dict[int, int], year: int, end: dt.date, seed: int = SEED) -> list[dict[str, Any]]:
    """Results of the ward's plan tasks (number → task id) from January of ``year`` to ``end``: mostly on
    target, a month or week short now and then, as a real year goes."""
    rng = random.Random(seed + 1)  # its own stream: the guidance rows stay as they were
    rows: list[dict[str, Any]] = []

    def add(task: int, day: dt.date, kind: P, title: str, place: str, count: int = 1) -> None:
        if task in tasks and day <= end:
            rows.append({"task_id": tasks[task], "day": day, "kind": kind, "title": title, "link": "",
                         "place": place, "count": count, "unit": "", "evidence_sha256": None, "evidence_name": "",
                         "note": DEMO_MARK, "source": "demo", "created_by": "mau.lan",
                         "created_at": dt.datetime.combine(day, dt.time(9), LOCAL_TZ).astimezone(dt.timezone.utc)})

    for month in range(1, 13):
        first = dt.date(year, month, 1)
        days = (dt.date(year + month // 12, month % 12 + 1, 1) - first).days
        for i in range(rng.choice((3, 4, 4, 4, 5, 5))):  # task 4: four news items or articles a month
            add(4, first + dt.timedelta(days=min(days - 1, 3 + i * 7 + rng.randrange(3))),
                rng.choice((P.NEWS, P.ARTICLE)), rng.choice(NEWS).format(m=month), WEBSITE)
        if rng.random() < 0.85:  # task 5: a loudspeaker item a month
            add(5, first + dt.timedelta(days=rng.randrange(5, 25)), P.BROADCAST,
                "Phát thanh: nộp hồ sơ trực tuyến, thanh toán trực tuyến", LOUDSPEAKERS)
        if month % 2 == 0:  # task 3: printed materials every other month
            add(3, first + dt.timedelta(days=rng.randrange(1, 20)), P.PRINTED,
                "Tờ gấp “Hướng dẫn nộp hồ sơ trực tuyến”", "Trung tâm Phục vụ hành chính công",
                rng.choice((200, 300, 500)))
    thursday = dt.date(year, 1, 1) + dt.timedelta(days=(3 - dt.date(year, 1, 1).weekday()) % 7)
    while thursday.year == year:  # task 6: a reform news item a week
        if rng.random() < 0.96:
            add(6, thursday, P.NEWS, f"Bản tin cải cách hành chính tuần {thursday.isocalendar().week}", WEBSITE)
        thursday += dt.timedelta(days=7)
    for month, title in ((3, "Clip hướng dẫn cài đặt và sử dụng VNeID mức 2"),
                         (7, "Phóng sự: một ngày ở Trung tâm Phục vụ hành chính công")):
        add(1, dt.date(year, month, 12), P.VIDEO, title, "Fanpage Trung tâm")
    add(2, dt.date(year, 6, 18), P.MEETING, "Đối thoại với người dân về dịch vụ công trực tuyến", "Hội trường phường")
    return rows


def load(db: Database, actor: Actor, *, end: dt.date | None = None) -> dict[str, int] | None:
    """Add the sample year (once: None when it is there already); returns how many rows of each."""
    actor.require(permissions.EDIT_CATALOGUE)
    end = end or dt.datetime.now(LOCAL_TZ).date()

    def work(session: Session) -> dict[str, int] | None:
        if session.scalar(select(GuidanceSession.id).where(GuidanceSession.note == DEMO_MARK).limit(1)):
            return None
        codes_by_field: dict[str, list[str]] = {}
        from cchc_desktop.core.db.models import Field

        for code, name, title in session.execute(select(Procedure.code, Field.name, Procedure.name).join(Field)
                                                 .order_by(Procedure.code)):
            codes_by_field.setdefault(name, []).append((code, title))
        codes_by_field = {name: _by_demand(pairs) for name, pairs in codes_by_field.items()}
        staff_ids = []
        for username, full_name in STAFF:
            account = session.scalar(select(StaffAccount).where(StaffAccount.username == username))
            if account is None:
                account = StaffAccount(username=username, full_name=f"{full_name} ({DEMO_MARK.lower()})",
                                       role=Role.STAFF, password_hash="!", active=False)
                session.add(account)
                session.flush()
            staff_ids.append(account.id)
        rows = generate(codes_by_field, staff_ids, end)
        for model, key in ((GuidanceSession, "sessions"), (SatisfactionRating, "ratings"), (PrintJob, "jobs")):
            if rows[key]:
                session.execute(insert(model.__table__), rows[key])
        tasks = dict(session.execute(select(PlanTask.number, PlanTask.id).join(Plan, Plan.id == PlanTask.plan_id)
                                     .where(Plan.year == end.year)).all())
        rows["plan"] = plan_rows(tasks, end.year, end)
        if rows["plan"]:
            session.execute(insert(PlanActivity.__table__), rows["plan"])
        counts = {key: len(value) for key, value in rows.items()}
        audit.record(session, actor, "load_demo", "guidance", "",
                     summary=f"Nạp dữ liệu mẫu một năm: {counts['sessions']} lượt hướng dẫn, "
                             f"{counts['ratings']} phiếu đánh giá, {counts['jobs']} lượt in, "
                             f"{counts['plan']} kết quả thực hiện kế hoạch truyền thông")
        return counts

    return db.write(actor, work)
