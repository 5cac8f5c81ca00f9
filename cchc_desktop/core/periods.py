"""Reporting periods: a month, a quarter, a half-year, a year or any range of days.

The ward reports every quarter, six months and year (the ward plan, item IV.1.g).
Days are the center's local days: Vietnam keeps UTC+7 all year (no daylight
saving since 1975), so a fixed offset needs no time-zone database on Windows.
Timestamps are stored in UTC; :meth:`Period.utc_bounds` turns a period into the
half-open UTC range ``[start, end)`` that queries compare with.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from cchc_desktop.core.errors import ValidationError

LOCAL_TZ = dt.timezone(dt.timedelta(hours=7), "ICT")

MONTH, QUARTER, HALF, YEAR, RANGE = "month", "quarter", "half", "year", "range"
_ROMAN = ("I", "II", "III", "IV")
_DAY = r"(\d{4})-(\d{2})-(\d{2})"
_FORMS = [
    (re.compile(r"(\d{4})-[Qq]([1-4])"), QUARTER),
    (re.compile(r"(\d{4})-[Hh]([12])"), HALF),
    (re.compile(r"(\d{4})-(\d{2})"), MONTH),
    (re.compile(r"(\d{4})"), YEAR),
    (re.compile(_DAY + r"\.\." + _DAY), RANGE),
]


def local_today() -> dt.date:
    return dt.datetime.now(LOCAL_TZ).date()


def local_day(moment: dt.datetime) -> dt.date:
    """The center's calendar day of a stored (UTC) timestamp."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(LOCAL_TZ).date()


def _month_end(year: int, month: int) -> dt.date:
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


@dataclass(frozen=True)
class Period:
    """Days ``start`` to ``end``, both included, of one kind."""

    start: dt.date
    end: dt.date
    kind: str = RANGE

    # --- building ---------------------------------------------------------------------------
    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(dt.date(year, month, 1), _month_end(year, month), MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = 3 * (quarter - 1) + 1
        return cls(dt.date(year, first, 1), _month_end(year, first + 2), QUARTER)

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        first = 6 * (half - 1) + 1
        return cls(dt.date(year, first, 1), _month_end(year, first + 5), HALF)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), YEAR)

    @classmethod
    def days(cls, start: dt.date, end: dt.date) -> Period:
        if end < start:
            raise ValidationError(f"Kỳ báo cáo: ngày kết thúc {end:%d/%m/%Y} trước ngày bắt đầu "
                                  f"{start:%d/%m/%Y}.", "period")
        return cls(start, end, RANGE)

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026-Q3``, ``2026-H1``, ``2026``, ``2026-07`` or ``2026-07-01..2026-09-30``."""
        raw = (text or "").strip()
        for pattern, kind in _FORMS:
            match = pattern.fullmatch(raw)
            if not match:
                continue
            numbers = [int(g) for g in match.groups()]
            try:
                if kind == QUARTER:
                    return cls.quarter(*numbers)
                if kind == HALF:
                    return cls.half(*numbers)
                if kind == MONTH:
                    return cls.month(*numbers)
                if kind == YEAR:
                    return cls.year(numbers[0])
                return cls.days(dt.date(*numbers[:3]), dt.date(*numbers[3:]))
            except ValueError:
                break  # a month 13 or a 31 February
        raise ValidationError(
            f"Kỳ báo cáo “{raw}” không hợp lệ: dùng 2026-Q3 (quý), 2026-H1 (6 tháng), 2026 (năm), "
            "2026-07 (tháng) hoặc 2026-07-01..2026-09-30 (khoảng ngày).", "period")

    # --- reading ----------------------------------------------------------------------------
    @property
    def token(self) -> str:
        """The text :meth:`parse` reads back."""
        if self.kind == MONTH:
            return f"{self.start:%Y-%m}"
        if self.kind == QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind == HALF:
            return f"{self.start.year}-H{(self.start.month - 1) // 6 + 1}"
        if self.kind == YEAR:
            return str(self.start.year)
        return f"{self.start:%Y-%m-%d}..{self.end:%Y-%m-%d}"

    @property
    def label(self) -> str:
        """Vietnamese, as report titles say it: “Quý III năm 2026”, “6 tháng đầu năm 2026”."""
        year = self.start.year
        if self.kind == MONTH:
            return f"Tháng {self.start.month} năm {year}"
        if self.kind == QUARTER:
            return f"Quý {_ROMAN[(self.start.month - 1) // 3]} năm {year}"
        if self.kind == HALF:
            return f"6 tháng {'đầu' if self.start.month == 1 else 'cuối'} năm {year}"
        if self.kind == YEAR:
            return f"Năm {year}"
        return f"Từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}"

    @property
    def day_count(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def months(self) -> list[Period]:
        """Each calendar month the period touches, cut to the period (the trend by month)."""
        out: list[Period] = []
        year, month = self.start.year, self.start.month
        while dt.date(year, month, 1) <= self.end:
            whole = Period.month(year, month)
            out.append(whole if whole.start >= self.start and whole.end <= self.end
                       else Period(max(whole.start, self.start), min(whole.end, self.end), RANGE))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def previous(self) -> Period:
        """The period of the same kind just before (a range: as many days just before)."""
        if self.kind == MONTH:
            before = self.start - dt.timedelta(days=1)
            return Period.month(before.year, before.month)
        if self.kind == QUARTER:
            q = (self.start.month - 1) // 3 + 1
            return Period.quarter(self.start.year, q - 1) if q > 1 else Period.quarter(self.start.year - 1, 4)
        if self.kind == HALF:
            return Period.half(self.start.year, 1) if self.start.month > 6 else Period.half(self.start.year - 1, 2)
        if self.kind == YEAR:
            return Period.year(self.start.year - 1)
        end = self.start - dt.timedelta(days=1)
        return Period(end - dt.timedelta(days=self.day_count - 1), end, RANGE)

    def utc_bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """``[first moment, moment after the last day)`` in UTC: local midnight to local midnight."""
        start = dt.datetime.combine(self.start, dt.time(), LOCAL_TZ)
        end = dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time(), LOCAL_TZ)
        return start.astimezone(dt.timezone.utc), end.astimezone(dt.timezone.utc)
