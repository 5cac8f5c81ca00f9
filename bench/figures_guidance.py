"""Guidance log: a quarterly report over a year of 1,000,000 sessions, and saving one session."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

from bench.harness import Context, Result, figure, median, p99, samples

QUARTER = "2026-Q3"


def _database(ctx: Context, n: int):
    """The demo catalogue, ten staff and ``n`` sessions spread over July 2025 – December 2026 (a quarter ≈ n/6)."""
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.db import open_database
    from cchc_desktop.core.db.bulk import insert_rows
    from cchc_desktop.core.db.models import GuidanceSession, StaffAccount
    from cchc_desktop.core.domain import GuidanceChannel, GuidanceKind, GuidanceOutcome, Role
    from cchc_desktop import demo

    path = ctx.workdir / f"guidance-{n}.db"
    db = open_database(str(path))
    admin = Actor.command_line()
    demo.load_demo(db, admin)
    with db.read() as session:
        from cchc_desktop.core.services.search import load_index

        codes = list(load_index(session).codes)
    rng = random.Random(17)
    start = dt.datetime(2025, 7, 1, 1, tzinfo=dt.timezone.utc)
    span = int((dt.datetime(2026, 12, 31, tzinfo=dt.timezone.utc) - start).total_seconds())
    kinds, channels, outcomes = list(GuidanceKind), list(GuidanceChannel), list(GuidanceOutcome)
    moments = sorted(rng.randrange(span) for _ in range(n))
    columns = ("occurred_at", "staff_id", "procedure_code", "other_procedure", "kind", "channel", "outcome",
               "follow_up_on", "duration_seconds", "note", "version", "updated_at")

    def work(session) -> None:
        session.add_all(StaffAccount(username=f"cb{i}", full_name=f"Cán bộ {i}", role=Role.STAFF, password_hash="!",
                                     active=False) for i in range(10))
        session.flush()
        conn = session.connection()
        batch = []
        for second in moments:
            at = start + dt.timedelta(seconds=second)
            code = codes[min(int(rng.paretovariate(1.1)) - 1, len(codes) - 1)] if rng.random() > 0.08 else ""
            outcome = rng.choice(outcomes)
            batch.append((at, rng.randint(1, 10), code, "" if code else "Việc khác", rng.choice(kinds),
                          rng.choice(channels), outcome, at.date() if outcome == GuidanceOutcome.FOLLOW_UP else None,
                          rng.randint(60, 1200), "", 1, at))
            if len(batch) == 50_000:
                insert_rows(conn, GuidanceSession.__table__, columns, batch)
                batch = []
        insert_rows(conn, GuidanceSession.__table__, columns, batch)

    db.write(admin, work)
    db.engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("ANALYZE")
    return open_database(str(path)), path


def _hand_written(path, period) -> list:
    """The floor: every count the report gives, from one GROUP BY per quarter (this one and the one before)."""
    conn = sqlite3.connect(path)
    out = []
    for p in (period, period.previous()):
        start, end = (t.strftime("%Y-%m-%d %H:%M:%S.%f") for t in p.utc_bounds())
        out.append(conn.execute(
            "SELECT procedure_code, staff_id, channel, kind, outcome, strftime('%Y-%m', occurred_at, '+7 hours'), "
            "count(*), avg(duration_seconds) FROM guidance_sessions WHERE occurred_at >= ? AND occurred_at < ? "
            "GROUP BY 1, 2, 3, 4, 5, 6", (start, end)).fetchall())
    conn.close()
    return out


@figure("report_quarter", "quarterly report over 1,000,000 guidance sessions", floor="hand-written SQL GROUP BY",
        target="≤ 1.5×, ≤ 1 s", order=60)
def report_quarter(ctx: Context) -> Result:
    from cchc_desktop.core.periods import Period
    from cchc_desktop.core.services import reports

    n = ctx.size(1_000_000, 30_000)
    db, path = _database(ctx, n)
    period = Period.parse(QUARTER)

    def build():
        with db.read() as session:
            return reports.build(session, period)

    total = build().total_sessions
    floor_rows = _hand_written(path, period)
    assert total == sum(row[6] for row in floor_rows[0]), "the report and the hand-written SQL disagree"
    repeat = ctx.repeat(7, 3)
    value = median(samples(build, repeat))
    floor = median(samples(lambda: _hand_written(path, period), repeat))
    db.dispose()
    ratio = value / floor
    return Result(value * 1000, "ms", value <= 1.0 and ratio <= 1.5, floor=floor * 1000,
                  note=f"{n:,} sessions, {total:,} in {QUARTER}; SQLite")


@figure("guidance_save", "saving one guidance session", floor="", target="≤ 50 ms", order=70)
def guidance_save(ctx: Context) -> Result:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.db import open_database
    from cchc_desktop.core.domain import GuidanceChannel, GuidanceKind, GuidanceOutcome, Role
    from cchc_desktop import demo
    from cchc_desktop.core.services import accounts, guidance

    db = open_database(str(ctx.workdir / "guidance-save.db"))
    admin = Actor.command_line()
    demo.load_demo(db, admin)
    staff = accounts.create_account(db, admin, "lan", "Nguyễn Thị Lan", Role.STAFF, "dung-mat-khau-1").actor()
    entry = guidance.Entry(GuidanceKind.ONLINE_SUBMISSION, GuidanceChannel.COUNTER, GuidanceOutcome.SUBMITTED,
                           "1.001193", duration_seconds=240, citizen_name="Lê Văn Tám", citizen_phone="0901234123",
                           consent=True)
    times = samples(lambda: guidance.record(db, staff, entry), ctx.repeat(200, 20), warmup=3)
    db.dispose()
    value = median(times)
    return Result(value * 1000, "ms", value <= 0.050, p99=p99(times) * 1000,
                  note="SQLite file, synchronous=FULL, with its audit entry")
