"""The posting rule: whether a procedure is on the center's posted list on a given day.

Plain values only (no database code), so the first screens and the kiosk use it before
SQLAlchemy is loaded. :meth:`Procedure.posted_on` is the same rule as an ORM expression and
:data:`POSTED_SQL` as plain SQL; a test keeps the three in agreement.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum

from cchc_desktop.core.domain import Lifecycle

NO_FIELD = "Chưa phân lĩnh vực"


def in_force(day: dt.date, lifecycle: Lifecycle, effective_from: dt.date | None,
             effective_until: dt.date | None) -> bool:
    """The lifecycle rule on plain values (lists built from queries hold no ORM objects)."""
    if effective_from is not None and effective_from > day:
        return False
    if effective_until is not None and effective_until <= day:
        return False
    if lifecycle == Lifecycle.REPEALED:
        return effective_until is not None
    if lifecycle == Lifecycle.PENDING:
        return effective_from is not None
    return True


def is_posted(day: dt.date, posted_since: dt.date | None, posted_until: dt.date | None, lifecycle: Lifecycle,
              effective_from: dt.date | None, effective_until: dt.date | None) -> bool:
    """The posting rule on plain values."""
    if posted_since is None or posted_since > day:
        return False
    if posted_until is not None and posted_until <= day:
        return False
    return in_force(day, lifecycle, effective_from, effective_until)


# The rule in plain SQL over the procedures table; every ? is the day as an ISO date text.
POSTED_SQL = (
    "(deleted_at IS NULL AND posted_since IS NOT NULL AND posted_since <= ?"
    " AND (posted_until IS NULL OR posted_until > ?)"
    " AND (effective_from IS NULL OR effective_from <= ?)"
    " AND (effective_until IS NULL OR effective_until > ?)"
    f" AND (lifecycle NOT IN ('{Lifecycle.REPEALED.value}', '{Lifecycle.PENDING.value}')"
    f" OR (lifecycle = '{Lifecycle.REPEALED.value}' AND effective_until IS NOT NULL)"
    f" OR (lifecycle = '{Lifecycle.PENDING.value}' AND effective_from IS NOT NULL)))")
POSTED_SQL_PARAMS = 4


class Posting(enum.StrEnum):
    """Where a procedure stands in the posted list on a given day."""

    POSTED = "posted"          # posted, no end date set
    LEAVING = "leaving"        # posted, leaves on a set date
    SCHEDULED = "scheduled"    # not posted yet, enters on a set date
    NOT_POSTED = "not_posted"  # never posted, nothing scheduled
    ENDED = "ended"            # was posted; repealed, expired or taken down


def posting_state(day: dt.date, posted_since: dt.date | None, posted_until: dt.date | None, lifecycle: Lifecycle,
                  effective_from: dt.date | None, effective_until: dt.date | None) -> tuple[Posting, dt.date | None]:
    """The posting state on ``day`` and the date it next changes (None when nothing is scheduled)."""
    dates = (posted_since, posted_until, effective_from, effective_until)
    posted = is_posted(day, *dates[:2], lifecycle, *dates[2:])
    change = next((d for d in sorted({d for d in dates if d is not None and d > day})
                   if is_posted(d, *dates[:2], lifecycle, *dates[2:]) != posted), None)
    if posted:
        return (Posting.LEAVING if change else Posting.POSTED), change
    if change:
        return Posting.SCHEDULED, change
    ended = posted_since is not None and posted_since <= day and (
        (posted_until is not None and posted_until <= day)
        or (effective_until is not None and effective_until <= day) or lifecycle == Lifecycle.REPEALED)
    return (Posting.ENDED if ended else Posting.NOT_POSTED), None


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months earlier (the last day of a shorter month)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def needs_review(verified_on: dt.date | None, day: dt.date, months: int) -> bool:
    """Not verified against the province's decision for ``months`` months (or never)."""
    return verified_on is None or verified_on <= months_before(day, months)
