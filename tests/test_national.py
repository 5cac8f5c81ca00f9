"""The bundled national listing answers code and name look-ups offline."""

from __future__ import annotations

from cchc_desktop.core.services.national import national_catalogue


def test_code_lookup_in_every_written_form() -> None:
    catalogue = national_catalogue()
    assert len(catalogue) == 5666
    entry = catalogue.get("1.001193.01")
    assert entry is not None and entry.name == "Thủ tục đăng ký khai sinh" and entry.field == "Hộ tịch"
    assert entry.link == "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7"
    assert catalogue.get("2.000815.000.00.00.H55").field == "Chứng thực"
    assert catalogue.get("9.999999") is None and catalogue.get("không phải mã") is None


def test_name_matching_ignores_case_tones_and_the_thu_tuc_prefix() -> None:
    matches = national_catalogue().match_name("ĐĂNG KY KHAI SINH")
    assert [e.code for e in matches] == ["1.001193"]
