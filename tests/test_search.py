"""Search: tones, case, đ/d and composition never matter; accents typed, codes and word starts rank first."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import Lifecycle
from cchc_desktop.core.services import catalogue, search
from cchc_desktop.core.services.search import Filters, LiveSearch, parse_query

ACTOR = Actor.command_line()
TODAY = dt.date(2026, 11, 26)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.fixture
def index(demo_db: Database) -> search.CatalogueIndex:
    with demo_db.read() as session:
        return search.load_index(session, TODAY)


def names(index: search.CatalogueIndex, rows: list[int]) -> list[str]:
    return [index.names[i] for i in rows]


def test_toneless_upper_case_and_decomposed_queries_find_the_same_first(index) -> None:
    expected = index.search("đăng ký khai sinh")
    assert index.codes[expected[0]] == "1.001193"
    for query in ["dang ky khai sinh", "DANG KY KHAI SINH", "ĐĂNG KÝ KHAI SINH", nfd("đăng ký khai sinh"),
                  nfd("ĐĂNG KÝ KHAI SINH"), "  dang   ky  khai sinh ", "Ðăng ký khai sinh"]:  # Ð: Eth look-alike
        assert index.search(query) == expected, query
    # Every procedure holding the words, whatever their tones, and nothing else.
    holding = [i for i in range(len(index)) if all(w in index.hay[i] for w in ("dang", "ky", "khai", "sinh"))]
    assert sorted(expected) == holding and len(holding) > 5


def test_d_and_đ_match_alike_and_đ_typed_ranks_its_own_words_first(index) -> None:
    assert set(index.search("dang ky")) == set(index.search("đăng ký"))
    ranked = names(index, index.search("đ"))
    first_plain_d = next(i for i, name in enumerate(ranked) if "đ" not in name.casefold())
    assert all("đ" in name.casefold() for name in ranked[:first_plain_d]) and first_plain_d > 10


def test_typing_hộ_ranks_hộ_tịch_above_hỗ_trợ(index) -> None:
    ranked = names(index, index.search("hộ"))
    ho_tro = [i for i, name in enumerate(ranked) if name.startswith("Hỗ trợ")]
    ho_tich = [i for i, name in enumerate(ranked) if "hộ tịch" in name.casefold()]
    assert ho_tro and ho_tich
    assert max(ho_tich) < min(ho_tro)
    # The toneless query finds both, and "Hỗ trợ" (a name start) before "hộ tịch" (mid-name).
    plain = names(index, index.search("ho"))
    assert min(i for i, n in enumerate(plain) if n.startswith("Hỗ trợ")) < \
        min(i for i, n in enumerate(plain) if "hộ tịch" in n.casefold())


def test_codes_rank_first_exact_then_by_prefix_in_code_order(index) -> None:
    hits = index.search("1.001193")
    assert index.codes[hits[0]] == "1.001193"
    assert index.codes[index.search("1.001193.H19")[0]] == "1.001193"  # suffixed forms are read as the code
    prefix = [index.codes[i] for i in index.search("1.00")]
    starting = [c for c in prefix if c.startswith("1.00")]
    assert prefix[:len(starting)] == sorted(starting) and len(starting) > 20


def test_keywords_and_friendly_names_are_searched(index) -> None:
    assert index.codes[index.search("giay chung tu")[0]] == "1.000656"  # keyword of “đăng ký khai tử”
    assert index.codes[index.search("sao y")[0]] == "2.000815"          # “Sao y bản chính”
    assert index.codes[index.search("GPXD")[0]] == "1.013225"


@pytest.fixture
def small_db(db: Database) -> Database:
    base = {"field": {"name": "Thử nghiệm"}}
    catalogue.save_records(db, ACTOR, [
        {**base, "code": "9.000001", "name": "Cấp bản sao trích lục"},            # “an” inside a word
        {**base, "code": "9.000002", "name": "Thủ tục an toàn thực phẩm"},          # start, after “Thủ tục”
        {**base, "code": "9.000003", "name": "Chứng nhận an toàn cháy nổ"},         # a whole word
        {**base, "code": "9.000004", "name": "Xét tặng danh hiệu anh hùng"},        # the start of a word
        {**base, "code": "9.000005", "name": "Ăn uống tập thể"},                    # start
        {**base, "code": "9.000006", "name": "Bàn giao đất"},                       # inside a word
        {**base, "code": "9.000007", "name": "Trả lương hưu", "friendly_names": ["An sinh tuổi già"]},
        {**base, "code": "9.000008", "name": "Đăng ký tạm trú"},                    # “dang”: inside a word
    ], action="test", source="test")
    return db


def test_place_of_the_match_orders_results_then_vietnamese_order(small_db: Database) -> None:
    with small_db.read() as session:
        index = search.load_index(session, TODAY)
    assert names(index, index.search("an")) == [
        "Ăn uống tập thể", "Thủ tục an toàn thực phẩm", "Trả lương hưu",   # name or friendly name starts so
        "Chứng nhận an toàn cháy nổ",                                      # whole word
        "Xét tặng danh hiệu anh hùng",                                     # start of a word
        "Bàn giao đất", "Cấp bản sao trích lục", "Đăng ký tạm trú",        # inside a word
    ]
    # Typed with its accent, “ăn” ranks the name that keeps it first.
    assert names(index, index.search("ăn"))[0] == "Ăn uống tập thể"
    # Words typed apart still find the name, after the names holding them together.
    assert names(index, index.search("toan an")) == ["Chứng nhận an toàn cháy nổ", "Thủ tục an toàn thực phẩm"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["d", "đ", "a", "n", "g", " ", "k", "y", "ý", "h", "o", "ộ", "1", ".", "0"]),
                max_size=10))
def test_searching_as_you_type_gives_what_a_fresh_search_gives(demo_index_session, keys: list[str]) -> None:
    index = demo_index_session
    live = LiveSearch(index)
    typed = ""
    for key in keys:
        typed += key
        query, matches = live.matches(typed, Filters())
        assert index.rank(query, matches) == index.search(typed), typed


@pytest.fixture(scope="module")
def demo_index_session(tmp_path_factory, sqlite_template) -> search.CatalogueIndex:
    import shutil

    from cchc_desktop.core.db import open_database
    from cchc_desktop.demo import load_demo

    path = tmp_path_factory.mktemp("search") / "demo.db"
    shutil.copy(sqlite_template, path)
    database = open_database(str(path))
    load_demo(database, ACTOR)
    with database.read() as session:
        index = search.load_index(session, TODAY)
    database.dispose()
    return index


def test_filters_and_field_counts(demo_db: Database) -> None:
    catalogue_rows = None
    with demo_db.read() as session:
        index = search.load_index(session, TODAY)
        catalogue_rows = catalogue.list_rows(session, today=TODAY)
    posted = index.search("", Filters(posting=search.POSTED_NOW))
    assert len(posted) == sum(r.posted for r in catalogue_rows) == 71
    ho_tich = index.fields.index("Hộ tịch")
    rows = index.search("khai", Filters(field=ho_tich))
    assert rows and all(index.field[i] == ho_tich for i in rows)
    counts = index.field_counts(index.search("khai"))
    assert counts[ho_tich] == len(rows)
    # Needs review: never verified, or verified 12 months ago or more (the setting).
    due = index.search("", Filters(needs_review=True))
    assert len(due) == 38 and all(index.verified_on[i] is None for i in due)
    with demo_db.read() as session:
        later = search.load_index(session, dt.date(2027, 7, 18))
    assert len(later.search("", Filters(needs_review=True))) == len(later)
    assert not later.search("", Filters(lifecycle=Lifecycle.REPEALED))


def test_parse_query() -> None:
    q = parse_query(nfd("  Hộ   TỊCH, "))
    assert q.tokens == ("ho", "tich") and q.accent_phrase == "hộ tịch" and q.accented == ("hộ", "tịch")
    assert parse_query("dang ky").accented == () and parse_query("1.00").code == "1.00"
    assert parse_query(" , ").empty


def test_cli_search_module_needs_no_qt(demo_db: Database) -> None:
    with demo_db.read() as session:
        hits = search.search(session, "KHAI SINH", limit=3, today=TODAY)
    assert len(hits) == 3 and hits[0] == ("1.001193", "Thủ tục đăng ký khai sinh")


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("dđaăngkyýhoộ1.0 tcươ")), min_size=1, max_size=6),
       st.integers(min_value=1, max_value=60))
def test_ranking_one_page_gives_that_page_exactly(demo_index_session, text: str, first: int) -> None:
    index = demo_index_session
    query = parse_query(text)
    rows = index.match(query, list(range(len(index))))
    full = index.rank(query, rows)
    partial = index.rank(query, rows, first=first)
    assert partial[:first] == full[:first] and sorted(partial) == sorted(full)
