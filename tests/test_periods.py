"""Reporting periods and the survey vocabulary shared by the kiosk and the reports."""

import datetime as dt

import pytest

from cchc_desktop.core import survey
from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.periods import LOCAL_TZ, Period, local_day


@pytest.mark.parametrize("text, start, end, label", [
    ("2026-Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30), "Quý III năm 2026"),
    ("2026-H1", dt.date(2026, 1, 1), dt.date(2026, 6, 30), "6 tháng đầu năm 2026"),
    ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "Năm 2026"),
    ("2026-02", dt.date(2026, 2, 1), dt.date(2026, 2, 28), "Tháng 2 năm 2026"),
    ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29), "Tháng 2 năm 2024"),
    ("2026-07-01..2026-09-30", dt.date(2026, 7, 1), dt.date(2026, 9, 30), "Từ ngày 01/07/2026 đến ngày 30/09/2026"),
])
def test_parse_reads_every_form_and_writes_it_back(text, start, end, label):
    period = Period.parse(text)
    assert (period.start, period.end, period.label) == (start, end, label)
    assert Period.parse(period.token) == period


@pytest.mark.parametrize("text", ["2026-13", "2026-Q5", "2026-H3", "Q3", "2026-02-30..2026-03-01",
                                  "2026-09-30..2026-07-01", ""])
def test_a_wrong_period_is_refused_in_vietnamese(text):
    with pytest.raises(ValidationError, match="Kỳ báo cáo"):
        Period.parse(text)


def test_previous_period_is_the_same_kind_just_before():
    assert Period.parse("2026-Q1").previous().token == "2025-Q4"
    assert Period.parse("2026-H2").previous().token == "2026-H1"
    assert Period.parse("2026-01").previous().token == "2025-12"
    assert Period.parse("2026-07-10..2026-07-19").previous().token == "2026-06-30..2026-07-09"


def test_months_cut_a_range_at_its_ends():
    assert [m.token for m in Period.parse("2026-07-10..2026-08-05").months()] == \
        ["2026-07-10..2026-07-31", "2026-08-01..2026-08-05"]
    assert [m.token for m in Period.parse("2026-Q4").months()] == ["2026-10", "2026-11", "2026-12"]


def test_utc_bounds_follow_the_center_day_not_utc():
    start, end = Period.parse("2026-Q3").utc_bounds()
    assert start == dt.datetime(2026, 6, 30, 17, tzinfo=dt.timezone.utc)
    assert end == dt.datetime(2026, 9, 30, 17, tzinfo=dt.timezone.utc)
    last_second = dt.datetime(2026, 9, 30, 23, 59, 59, tzinfo=LOCAL_TZ)
    assert local_day(last_second) == dt.date(2026, 9, 30) and last_second < end
    assert local_day(end) == dt.date(2026, 10, 1)


def test_survey_check_keeps_known_answers_and_refuses_the_rest():
    assert survey.check(5, {"q3": "on_time"}) == (5, {"q3": "on_time"})
    assert survey.check(None, {"q6": "no"}) == (None, {"q6": "no"})
    for overall, answers in [(6, {}), (None, {}), (4, {"q9": "good"}), (4, {"q1": "great"})]:
        with pytest.raises(ValidationError):
            survey.check(overall, answers)
    assert len(survey.QUESTIONS) == 8 and all(q.choices for q in survey.QUESTIONS)
