"""The kiosk's core: posted procedures only, field tiles, the change probe, anonymous ratings."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect, select

from cchc_desktop.core import permissions
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.models import SatisfactionRating
from cchc_desktop.core.errors import NotFoundError, ValidationError
from cchc_desktop.core.services import catalogue, kiosk, satisfaction
from kiosk_data import KHAI_SINH, load_posted

KIOSK = Actor.kiosk()


@pytest.fixture
def posted_db(db, demo_records):
    db.hidden = load_posted(db, demo_records)
    return db


def test_kiosk_lists_only_posted_procedures(posted_db, demo_records) -> None:
    with posted_db.read() as session:
        shown = kiosk.load(session)
        codes = {shown.code(i) for i in shown.rows}
        assert len(shown) == len(demo_records) - 3
        for why, code in posted_db.hidden.items():
            assert code not in codes, why
            assert not [i for i in shown.search(code)], why
            with pytest.raises(NotFoundError):
                kiosk.detail(session, code)
        detail = kiosk.detail(session, KHAI_SINH)
    assert detail.info.name == "Thủ tục đăng ký khai sinh" or "khai sinh" in detail.info.name.lower()
    assert detail.link and detail.link.startswith("https://")


def test_kiosk_field_tiles_count_posted_procedures(posted_db, demo_records) -> None:
    with posted_db.read() as session:
        tiles = {t.name: t.count for t in kiosk.load(session).fields()}
    all_civil = sum(1 for r in demo_records if r["field"]["name"] == "Hộ tịch")
    assert tiles["Hộ tịch"] == all_civil - 3
    assert tiles["Đất đai"] == 161
    assert sum(tiles.values()) == len(demo_records) - 3


def test_kiosk_search_folds_tones_and_ranks_as_the_catalogue(posted_db) -> None:
    with posted_db.read() as session:
        shown = kiosk.load(session)
    toneless = [shown.code(i) for i in shown.search("dang ky khai sinh")]
    toned = [shown.code(i) for i in shown.search("đăng ký khai sinh")]
    assert toneless[0] == KHAI_SINH and toned[0] == KHAI_SINH
    assert set(toneless) == set(toned)


def test_kiosk_change_probe_moves_with_a_staff_edit(posted_db, demo_records) -> None:
    before = kiosk.stamp(posted_db)
    assert kiosk.stamp(posted_db) == before
    with posted_db.read() as session:
        record = catalogue.stored_records(session, [KHAI_SINH])[KHAI_SINH].record
    record["keywords"] = [*record["keywords"], "giấy khai sinh mới"]
    catalogue.save_records(posted_db, Actor.command_line(), [record], action="update", source="bàn làm việc")
    assert kiosk.stamp(posted_db) != before
    assert kiosk.stamp(posted_db, dt.date.today() + dt.timedelta(days=1)) != kiosk.stamp(posted_db)


def test_kiosk_rating_is_stored_with_no_personal_data(posted_db) -> None:
    token = satisfaction.new_token()
    assert satisfaction.record(posted_db, KIOSK, token=token, overall=5, answers={"q1": "good", "q6": "no"},
                               procedure_code=KHAI_SINH, counter="Quầy 2")
    with posted_db.read() as session:
        (rating,) = satisfaction.ratings(session)
        token_stored, created = session.execute(select(SatisfactionRating.token, SatisfactionRating.created_at)).one()
    assert (rating.overall, rating.answers, rating.procedure_code, rating.field, rating.counter, rating.source) == \
        (5, {"q1": "good", "q6": "no"}, KHAI_SINH, "Hộ tịch", "Quầy 2", "kiosk")
    # Nothing but these columns exists: no name, phone, free text or link to an account.
    columns = {c.key for c in inspect(SatisfactionRating).columns}
    assert columns == {"id", "token", "created_at", "source", "procedure_code", "field", "counter", "overall",
                       "answers"}
    assert token_stored == token and abs(created - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=1)


def test_kiosk_double_tap_records_one_rating(posted_db) -> None:
    token = satisfaction.new_token()
    assert satisfaction.record(posted_db, KIOSK, token=token, overall=4)
    assert not satisfaction.record(posted_db, KIOSK, token=token, overall=4)
    assert not satisfaction.record(posted_db, KIOSK, token=token, overall=1)  # a retry never stores a second
    assert satisfaction.record(posted_db, KIOSK, token=satisfaction.new_token(), overall=2)
    with posted_db.read() as session:
        assert [r.overall for r in satisfaction.ratings(session)] == [4, 2]


@pytest.mark.parametrize("kwargs, where", [
    ({"overall": 6}, "overall"), ({"answers": {"q9": "good"}}, "answers"), ({"answers": {"q1": "ok"}}, "q1"),
    ({}, "answers"), ({"overall": 3, "procedure_code": "9.999999"}, "procedure_code"),
    ({"overall": 3, "token": "abc"}, "token"),
])
def test_kiosk_bad_rating_is_refused_and_changes_nothing(posted_db, kwargs, where) -> None:
    kwargs = {"token": satisfaction.new_token(), **kwargs}
    with pytest.raises(ValidationError) as caught:
        satisfaction.record(posted_db, KIOSK, **kwargs)
    assert caught.value.problems[0][0] == where
    with posted_db.read() as session:
        assert satisfaction.count(session) == 0


def test_kiosk_actor_may_rate_but_not_edit() -> None:
    assert KIOSK.can(permissions.RATE)
    assert not KIOSK.can(permissions.EDIT_CATALOGUE)


def test_kiosk_search_is_the_catalogue_search_over_posted_procedures(posted_db) -> None:
    from cchc_desktop.core.services import search

    with posted_db.read() as session:
        shown = kiosk.load(session)
    index = shown.index
    for text in ["", "khai sinh", "dat dai", "1.00", "hộ tịch", "giấy chứng nhận quyền sử dụng đất"]:
        for field in [None, *(t.position for t in shown.fields())]:
            want = index.search(text, search.Filters(field=field, posting=search.POSTED_NOW))
            assert shown.search(text, field) == want, (text, field)
