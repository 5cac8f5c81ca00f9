"""Codes, links and the vocabulary of the national record."""

from __future__ import annotations

import pytest

from cchc_desktop.core.domain import check_url, is_official_host, normalize_code, portal_url
from cchc_desktop.core.errors import ValidationError


@pytest.mark.parametrize("raw, code", [
    ("1.001193", "1.001193"), (" 1.001193 ", "1.001193"), ("1.012753.H19", "1.012753"),
    ("2.000815.000.00.00.H55", "2.000815"), ("1.001193.01", "1.001193"), ("3.000722 ", "3.000722"),
])
def test_codes_are_normalised(raw: str, code: str) -> None:
    assert normalize_code(raw) == code


@pytest.mark.parametrize("raw", ["", "1001193", "1.00119", "1.0011934", "A.001193", "12.001193", "mã 1.001193"])
def test_bad_codes_are_refused_in_vietnamese(raw: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalize_code(raw)
    assert "không đúng dạng" in err.value.message and "1.001193" in err.value.message


def test_portal_links() -> None:
    assert portal_url("019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7") == \
        "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7"
    assert portal_url("1.001193") is None and portal_url(None) is None
    assert check_url(" https://dichvucong.gov.vn/x ") == "https://dichvucong.gov.vn/x"
    assert check_url("HTTPS://DichVuCong.gov.vn:443/x?a=1#b") == "HTTPS://DichVuCong.gov.vn:443/x?a=1#b"
    assert check_url("https://user@dịch-vụ.vn/") == "https://user@dịch-vụ.vn/"
    for bad in ["http://dichvucong.gov.vn/x", "dichvucong.gov.vn", "https://", "https://a b.vn", "https://[::1/x",
                "https://:443/x", "https:///x", "https:dichvucong.gov.vn"]:
        with pytest.raises(ValidationError, match="phải bắt đầu bằng https://"):
            check_url(bad)
    assert is_official_host("https://dichvucong.gov.vn/nop-ho-so?formalityId=1")
    assert is_official_host("https://dichvucong.dongnai.gov.vn/x")
    assert not is_official_host("https://example.com/dichvucong.gov.vn")
