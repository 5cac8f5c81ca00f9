"""Progress of the communication plan's targets: pure functions of the plan, what was done and "today".

Rules (the same on the board, in the report and in the tests):

* A target counts the ``count`` of the task's activities whose kind is one of
  the target's kinds (no kinds: every activity of the task); ``count`` is the
  number of items (news, articles, broadcasts…) or, for printed matter, copies.
* Windows: a monthly target is judged per calendar month, a quarterly one per
  quarter, a yearly one per year. A weekly target is judged per week, Monday to
  Sunday; a week belongs to the month that holds its **Thursday** (the ISO 8601
  rule for years, applied to months), so every week counts in exactly one month:
  July 2026 owns the weeks starting 29 June … 27 July (five Thursdays: 2, 9, 16,
  23, 30 July), and its monthly cell wants 5 × the weekly count, counting
  activities from Monday 29 June to Sunday 2 August.
* Targets are judged from the month the plan was issued (its decision date,
  when known): a month or week that ended before it has no status, only its count.
* Status of a window on ``today``: **met** (green) when actual ≥ target, at any
  time; **missed** (red) when the window is over and the target is not met;
  **upcoming** when it has not started; otherwise **behind** (amber) when
  ``actual < target × days_over / days_in_window`` (``days_over`` are the days
  of the window before today: on the 16th of a 31-day month, 15), else **on
  track**. So on 16 July, 4 news items a month want 4 × 15/31 = 1.94: one item
  is behind, two are on track.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from cchc_desktop.core import text as vtext
from cchc_desktop.core.domain import ProductKind, Progress, TargetPer, TimeFrame
from cchc_desktop.core.periods import Period

# Worst first: a task's month cell takes the worst status of its targets.
SEVERITY = (Progress.MISSED, Progress.BEHIND, Progress.ON_TRACK, Progress.UPCOMING, Progress.MET)


@dataclass(frozen=True)
class Target:
    count: int
    per: TargetPer
    kinds: tuple[ProductKind, ...] = ()

    def counts(self, kind: ProductKind) -> bool:
        return not self.kinds or kind in self.kinds

    @property
    def text(self) -> str:
        """Vietnamese, as the import/export column and the report write it: ``4/tháng: Bản tin, Bài viết``."""
        kinds = ", ".join(k.label for k in self.kinds)
        return f"{self.count}/{self.per.label}" + (f": {kinds}" if kinds else "")


@dataclass(frozen=True)
class Task:
    number: int
    content: str
    product: str = ""
    lead_unit: str = ""
    partners: str = ""
    timeframe: TimeFrame = TimeFrame.REGULAR
    timeframe_text: str = ""
    due_date: dt.date | None = None
    kinds: tuple[ProductKind, ...] = ()
    targets: tuple[Target, ...] = ()


@dataclass(frozen=True)
class Item:
    """An activity as progress sees it."""

    task: int
    day: dt.date
    kind: ProductKind
    count: int = 1


@dataclass(frozen=True)
class Window:
    """The days one target is judged over, and what it asks for in them."""

    start: dt.date
    end: dt.date
    wanted: int
    label: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Standing:
    """One target in one window: what was wanted, what was done, the status."""

    target: Target
    window: Window
    actual: int
    status: Progress

    @property
    def missing(self) -> int:
        return max(0, self.window.wanted - self.actual)


@dataclass(frozen=True)
class Cell:
    """A task in a month: every activity's count, and each target's standing."""

    month: int
    actual: int
    standings: tuple[Standing, ...] = ()

    @property
    def status(self) -> Progress | None:
        """The worst status of the targets; None for a task without targets."""
        if not self.standings:
            return None
        return min((s.status for s in self.standings), key=SEVERITY.index)


@dataclass(frozen=True)
class Row:
    task: Task
    cells: tuple[Cell, ...]
    total: int  # every activity's count in the year


@dataclass(frozen=True)
class Deadline:
    """What is due on ``day``: a target's window (``standing`` set), a task's date, or a year task not begun."""

    day: dt.date
    task: int
    text: str  # Vietnamese, for the command line and documents
    status: Progress
    kind: str = "target"  # "target", "due" or "year"
    standing: Standing | None = None


@dataclass(frozen=True)
class Board:
    year: int
    today: dt.date
    rows: tuple[Row, ...]
    deadlines: tuple[Deadline, ...] = field(default=())


# --- windows -----------------------------------------------------------------------------

def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weeks_of_month(year: int, month: int) -> list[tuple[dt.date, dt.date]]:
    """The Monday–Sunday weeks whose Thursday is in the month (4 or 5 of them)."""
    month_period = Period.month(year, month)
    first_thursday = month_period.start + dt.timedelta(days=(3 - month_period.start.weekday()) % 7)
    weeks, thursday = [], first_thursday
    while thursday <= month_period.end:
        weeks.append((thursday - dt.timedelta(days=3), thursday + dt.timedelta(days=3)))
        thursday += dt.timedelta(days=7)
    return weeks


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    start = _monday(day)
    return start, start + dt.timedelta(days=6)


def _week_label(start: dt.date, end: dt.date) -> str:
    return f"Tuần {start.isocalendar().week} ({start:%d/%m}–{end:%d/%m/%Y})"


def month_window(target: Target, year: int, month: int) -> Window:
    """The window a month's cell judges ``target`` over (see the module's rules)."""
    if target.per == TargetPer.WEEK:
        weeks = weeks_of_month(year, month)
        return Window(weeks[0][0], weeks[-1][1], target.count * len(weeks), f"Tháng {month}/{year}")
    if target.per == TargetPer.MONTH:
        p = Period.month(year, month)
        return Window(p.start, p.end, target.count, f"Tháng {month}/{year}")
    if target.per == TargetPer.QUARTER:
        p = Period.quarter(year, (month - 1) // 3 + 1)
        return Window(p.start, p.end, target.count, p.label)
    p = Period.year(year)
    return Window(p.start, p.end, target.count, p.label)


def windows_in(target: Target, period: Period) -> list[Window]:
    """The target's own windows in ``period``: weeks by their Thursday, months, quarters and years that overlap it."""
    if target.per == TargetPer.WEEK:
        found = []
        thursday = period.start + dt.timedelta(days=(3 - period.start.weekday()) % 7)
        while thursday <= period.end:
            start, end = thursday - dt.timedelta(days=3), thursday + dt.timedelta(days=3)
            found.append(Window(start, end, target.count, _week_label(start, end)))
            thursday += dt.timedelta(days=7)
        return found
    found: list[Window] = []
    for month in period.months():
        window = month_window(target, month.start.year, month.start.month)
        if window not in found:
            found.append(window)
    return found


# --- judging -------------------------------------------------------------------------------

def judge(wanted: int, start: dt.date, end: dt.date, actual: int, today: dt.date) -> Progress:
    """The status of a window on ``today`` (the module's rules)."""
    if actual >= wanted:
        return Progress.MET
    if today > end:
        return Progress.MISSED
    if today < start:
        return Progress.UPCOMING
    days_over = (today - start).days
    days = (end - start).days + 1
    return Progress.BEHIND if actual * days < wanted * days_over else Progress.ON_TRACK


def actual_in(target: Target, items: Iterable[Item], start: dt.date, end: dt.date) -> int:
    return sum(i.count for i in items if start <= i.day <= end and target.counts(i.kind))


def standing(target: Target, window: Window, items: Iterable[Item], today: dt.date) -> Standing:
    actual = actual_in(target, items, window.start, window.end)
    return Standing(target, window, actual, judge(window.wanted, window.start, window.end, actual, today))


# --- units ---------------------------------------------------------------------------------

_ALIASES = (("trung tam phuc vu hanh chinh cong", "trung tam phuc vu hcc"), ("hdnd - ubnd", "hdnd va ubnd"),
            ("hdnd-ubnd", "hdnd va ubnd"))


def unit_key(text: str) -> str:
    """A unit's name for matching: folded, dashes as spaces, the plan's abbreviations spelled one way."""
    key = vtext.fold(text).replace("–", "-").replace("—", "-")
    for long, short in _ALIASES:
        key = key.replace(long, short)
    return " ".join(key.replace(" - ", " ").split())


def split_units(text: str) -> list[str]:
    return [u.strip(" .;") for u in text.split(",") if u.strip(" .;")]


def units(tasks: Iterable[Task]) -> list[str]:
    """The lead units named in the plan, each once, in the order they first appear (the unit filter)."""
    seen: dict[str, str] = {}
    for task in tasks:
        for unit in split_units(task.lead_unit):
            seen.setdefault(unit_key(unit), unit[0].upper() + unit[1:])
    return list(seen.values())


def involves(task: Task, unit: str) -> bool:
    """True when ``unit`` leads the task or cooperates in it."""
    key = unit_key(unit)
    return key in unit_key(task.lead_unit) or key in unit_key(task.partners)


# --- the board -------------------------------------------------------------------------------

def board(year: int, tasks: Iterable[Task], items: Iterable[Item], today: dt.date, unit: str | None = None,
          since: dt.date | None = None) -> Board:
    """Every task (of ``unit`` when given) × the twelve months of ``year``, and the next deadlines;
    windows that ended before ``since`` (the plan's decision date) are not judged."""
    items = list(items)
    by_task: dict[int, list[Item]] = {}
    for item in items:
        by_task.setdefault(item.task, []).append(item)
    rows = []
    chosen = [t for t in tasks if unit is None or involves(t, unit)]
    for task in chosen:
        done = by_task.get(task.number, [])
        cells = []
        for month in range(1, 13):
            p = Period.month(year, month)
            actual = sum(i.count for i in done if p.contains(i.day))
            windows = [(t, month_window(t, year, month)) for t in task.targets]
            standings = tuple(standing(t, w, done, today) for t, w in windows if since is None or w.end >= since)
            cells.append(Cell(month, actual, standings))
        total = sum(i.count for i in done if i.day.year == year)
        rows.append(Row(task, tuple(cells), total))
    return Board(year, today, tuple(rows), tuple(deadlines(year, chosen, items, today)))


def deadlines(year: int, tasks: Iterable[Task], items: Iterable[Item], today: dt.date,
              limit: int = 10) -> list[Deadline]:
    """What is due next: each target's current window not yet met, dated tasks, year tasks with nothing done."""
    items = list(items)
    found: list[Deadline] = []
    year_end = dt.date(year, 12, 31)
    if today > year_end:
        return []
    for task in tasks:
        done = [i for i in items if i.task == task.number]
        for target in task.targets:
            if today.year != year:
                continue
            if target.per == TargetPer.WEEK:
                start, end = week_of(today)
                window = Window(start, end, target.count, _week_label(start, end))
            else:
                window = month_window(target, year, today.month)
            s = standing(target, window, done, today)
            if s.status != Progress.MET:
                kinds = ", ".join(k.label.lower() for k in target.kinds) or "kết quả"
                found.append(Deadline(window.end, task.number,
                                      f"{window.label}: còn thiếu {s.missing} {kinds} "
                                      f"(đã có {s.actual}/{window.wanted})", s.status, "target", s))
        if task.timeframe == TimeFrame.BY_DATE and task.due_date and task.due_date >= today \
                and not any(i.day <= task.due_date for i in done):
            found.append(Deadline(task.due_date, task.number, "Hạn hoàn thành, chưa có kết quả",
                                  judge(1, dt.date(year, 1, 1), task.due_date, 0, today), "due"))
        elif task.timeframe == TimeFrame.YEAR and not task.targets and not any(i.day.year == year for i in done):
            found.append(Deadline(year_end, task.number, "Thực hiện trong năm: chưa có kết quả nào",
                                  judge(1, dt.date(year, 1, 1), year_end, 0, today), "year"))
    found.sort(key=lambda d: (d.day, d.task))
    return found[:limit]
