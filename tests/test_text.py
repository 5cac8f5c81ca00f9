"""Vietnamese text rules: NFC, folding, alphabetical order."""

from __future__ import annotations

import random
import unicodedata

import pytest
from hypothesis import given, strategies as st

from cchc_desktop.core import text as vtext

WORDS = ("An Ăn Âm Bảo Dân Đăng Đất Em Ê Ong Ô Ơn Uống Ưu Xây Y ma mà mả mã má mạ "
         "hộ hỗ hồ họ Hòa hoà thủy thuỷ").split()
VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxy"


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def test_normalize_gives_nfc_and_maps_lookalikes() -> None:
    assert vtext.normalize(nfd("Đăng ký khai sinh")) == "Đăng ký khai sinh"
    assert unicodedata.is_normalized("NFC", vtext.normalize(nfd("Thủ tục cấp Giấy xác nhận")))
    assert vtext.normalize("\u00d0ăng ký") == "Đăng ký"            # Eth from bad encodings
    assert vtext.normalize("tr\u01b0\u01a1ng") == "trương"
    assert vtext.normalize("t\u01a3\u01a1ng") == "tương"            # legacy "oi" letter for ư
    assert vtext.normalize("khai\u200b sinh\u00ad") == "khai sinh"   # invisible characters dropped
    assert vtext.normalize_line("  Đăng \t ký\nkhai  sinh ") == "Đăng ký khai sinh"


def test_normalize_drops_control_characters_and_keeps_line_breaks() -> None:
    # Word's manual line break arrives in Excel cells as U+000B; NUL is refused by PostgreSQL and Excel.
    assert vtext.normalize("Dòng 1\x0bDòng 2\x0cDòng 3") == "Dòng 1\nDòng 2\nDòng 3"
    assert vtext.normalize("a\x00b\x07c\x1bd\x7fe\x85f") == "abcdef"
    assert vtext.normalize("1.001193\x00") == "1.001193"           # ASCII too
    assert vtext.normalize("a\tb\r\nc") == "a\tb\r\nc"
    assert vtext.normalize_line("Tên\x0bthủ tục\x00") == "Tên thủ tục"


@pytest.mark.parametrize("raw, folded", [
    ("Đăng ký KHAI SINH", "dang ky khai sinh"),
    (nfd("Đăng ký khai sinh"), "dang ky khai sinh"),
    ("\u00d0ĂNG KÝ", "dang ky"),
    ("Chứng thực bản sao", "chung thuc ban sao"),
    ("Xác nhận  tình trạng\thôn nhân", "xac nhan tinh trang hon nhan"),
])
def test_fold(raw: str, folded: str) -> None:
    assert vtext.fold(raw) == folded


def _fold_whole(text: str) -> str:
    bare = vtext._MARKS.sub("", unicodedata.normalize("NFD", text.casefold()))
    return " ".join(bare.replace("đ", "d").replace("ð", "d").split())


@given(st.text(alphabet=st.sampled_from(list(VIETNAMESE + VIETNAMESE.upper() + " \t\n\xa0-,.0ðÐẞΣ")
                                        + ["\u0301", "\u0323", "\u0303", "ﬁ", "ǅ", "\u2003"]), max_size=30))
def test_fold_word_by_word_is_folding_the_whole_text(text: str) -> None:
    # fold() folds each word once and keeps it; the result must be what folding the text at once gives.
    assert vtext.fold(text) == _fold_whole(text)


def test_vietnamese_order_of_letters_and_tones() -> None:
    assert sorted(["Ê", "Đất", "Y", "Ăn", "Ưu", "An", "Ơn", "Dân", "Âm", "Ô"], key=vtext.sort_key) == \
        ["An", "Ăn", "Âm", "Dân", "Đất", "Ê", "Ô", "Ơn", "Ưu", "Y"]
    assert sorted(["mạ", "má", "mã", "mả", "mà", "ma"], key=vtext.sort_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted(list(VIETNAMESE)[::-1], key=vtext.sort_key) == list(VIETNAMESE)


@given(st.text(alphabet=st.sampled_from(list(VIETNAMESE + VIETNAMESE.upper() + " -,.0123456789")
                                        + ["ế", "ỗ", "ự", "ằ", "ẫ", "ọ", "ỷ", "Ừ", "Ở", "Đ"]), max_size=30))
def test_keys_ignore_composition_and_bytes_keep_the_order(s: str) -> None:
    assert vtext.sort_key(nfd(s)) == vtext.sort_key(s)
    assert vtext.fold(nfd(s)) == vtext.fold(s)
    assert vtext.fold(vtext.fold(s)) == vtext.fold(s)


@given(st.lists(st.text(alphabet=st.sampled_from(list("aăâdđeêoôơuư AĐÔ,-19") + ["ế", "ỗ", "ự", "ạ", "à"]
                                                + ["\u0301", "\u0308", "©", "Ω", "ü", "豈", "\U0001d407", "\xa0"]),
                        max_size=12), min_size=2, max_size=12))
def test_byte_keys_sort_like_tuple_keys(items: list[str]) -> None:
    by_tuple = [vtext.sort_key(s) for s in sorted(items, key=vtext.sort_key)]
    by_bytes = [vtext.sort_key(s) for s in sorted(items, key=vtext.sort_key_bytes)]
    assert by_tuple == by_bytes


@given(st.text(alphabet=st.sampled_from(list("aăâdđeêoôơuư AĐÔ,-19 \u00a0") + ["ế", "ỗ", "\u0301", "\u0323", "\u00d0"]),
               max_size=16))
def test_byte_keys_put_together_from_words_equal_the_general_form(s: str) -> None:
    assert vtext.sort_key_bytes(s) == vtext._key_bytes(vtext.sort_key(vtext.normalize(s)))


@given(st.text(max_size=12))
def test_byte_keys_take_any_text(s: str) -> None:
    # Letters far out in Unicode (𝐇 pasted from styled text, 豈) once overflowed the two-byte weights.
    assert vtext.sort_key_bytes(s) == vtext._key_bytes(vtext.sort_key(vtext.normalize(s)))


@given(st.text(max_size=10), st.text(max_size=10))
def test_byte_keys_compare_as_the_tuple_keys_for_any_text(a: str, b: str) -> None:
    ka, kb = (vtext.sort_key(vtext.normalize(x)) for x in (a, b))
    ba, bb = vtext.sort_key_bytes(a), vtext.sort_key_bytes(b)
    assert (ka < kb, ka == kb) == (ba < bb, ba == bb)


def test_byte_keys_are_compact() -> None:
    name = "Đăng ký khai sinh có yếu tố nước ngoài cho người đã có hồ sơ, giấy tờ cá nhân"
    assert len(vtext.sort_key_bytes(name)) < 2.2 * len(name)  # was six bytes a letter


def test_letters_beyond_the_two_byte_weights_sort_after_the_alphabet() -> None:
    names = ["Thủ tục 𝐇ộ tịch", "Thủ tục hộ tịch", "豈", "zz", "Ω"]
    assert sorted(names, key=vtext.sort_key_bytes) == ["Thủ tục hộ tịch", "Thủ tục 𝐇ộ tịch", "zz", "Ω", "豈"]
    assert [vtext.sort_key(n) for n in sorted(names, key=vtext.sort_key)] == \
        [vtext.sort_key(n) for n in sorted(names, key=vtext.sort_key_bytes)]


def real_texts(demo_records: list[dict]) -> list[str]:
    """Names from the bundled demo and national catalogues."""
    from cchc_desktop.core.services.national import national_catalogue

    names: list[str] = list(WORDS) + [nfd(w) for w in WORDS]
    for rec in demo_records:
        names += [rec["name"], rec["field"]["name"] if rec["field"] else "", *rec["subjects"], *rec["results"],
                  *(c["name"] for g in rec["dossier"] for c in g["components"]),
                  *(b["name"] for b in rec["legal_bases"])]
    for entry in national_catalogue().entries:
        names += [entry.name, entry.field, *entry.agencies, *entry.subjects]
    names = [vtext.normalize(n) for n in dict.fromkeys(names) if n]
    random.Random(7).shuffle(names)
    return names


@pytest.mark.gui
def test_pure_python_key_agrees_with_qcollator(qapp, demo_records: list[dict]) -> None:
    """The core's key and the GUI's QCollator give the same order on every real name."""
    from cchc_desktop.gui.collation import vietnamese_collator

    collator = vietnamese_collator()
    names = real_texts(demo_records)
    assert len(names) > 3000
    assert sorted(names, key=collator.sortKey) == sorted(names, key=vtext.sort_key)
