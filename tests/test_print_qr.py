"""QR codes as printed: vector, sized by the print rules, scannable at their smallest."""

from __future__ import annotations

import io

import pytest
import qrcode
import zxingcpp
from qrcode.constants import ERROR_CORRECT_M, ERROR_CORRECT_Q
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from cchc_desktop.printing import qr
from cchc_desktop.printing.fonts import REGULAR, register_fonts

import pdfcheck

LINK = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7"


def reference(data: str, level: int) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=level, border=0)
    code.add_data(data.encode("utf-8"))
    code.make(fit=True)
    return code.modules


def test_the_runs_rebuild_the_qrcode_matrix_exactly() -> None:
    m = qr.matrix(LINK)
    rebuilt = [[False] * m.side for _ in range(m.side)]
    for r, c, length in m.runs:
        for i in range(length):
            rebuilt[r][c + i] = True
    assert rebuilt == reference(LINK, ERROR_CORRECT_M)
    assert m.level == "M"
    assert qr.matrix(LINK, with_logo=True).level == "Q"
    assert qr.matrix(LINK, with_logo=True).side == len(reference(LINK, ERROR_CORRECT_Q))


def test_size_rules_half_millimetre_modules_and_twenty_millimetres() -> None:
    short = qr.matrix("https://dichvucong.gov.vn")
    assert short.min_size_mm == 20.0  # small codes are still at least 20 mm
    long_link = "https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?" + "&x=019bad30-cd8e-7296" * 12
    big = qr.matrix(long_link)
    assert big.min_size_mm == pytest.approx(big.side * 0.5) and big.min_size_mm > 20
    assert qr.size_for(big, 20) == big.min_size_mm  # a wanted size under the rules grows
    assert qr.size_for(short, 30, room_mm=100) == 30
    footprint_room = short.footprint_mm(22)
    assert qr.size_for(short, 30, room_mm=footprint_room) == pytest.approx(22)  # the quiet zone counts in the room
    assert short.footprint_mm(25) == pytest.approx(25 + 8 * 25 / short.side)


def test_a_code_at_its_smallest_scans_and_keeps_a_white_quiet_zone(tmp_path) -> None:
    register_fonts()
    m = qr.matrix(LINK)
    size = m.min_size_mm * mm
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(80 * mm, 80 * mm), initialFontName=REGULAR)
    canvas.setFillColor(HexColor("#12355b"))  # a dark background: the quiet zone must be painted white
    canvas.rect(0, 0, 80 * mm, 80 * mm, stroke=0, fill=1)
    qr.draw(canvas, m, 20 * mm, 20 * mm, size)
    canvas.save()
    pdf = out.getvalue()
    image = pdfcheck.images(pdf, 150)[0]
    assert [b.text for b in zxingcpp.read_barcodes(image)] == [LINK]
    px = 150 / 25.4
    module = m.min_size_mm / m.side
    for x_mm, y_mm in [(20 - 3.5 * module, 40), (20 + m.min_size_mm + 3.5 * module, 40)]:
        assert image.getpixel((round(x_mm * px), round((80 - y_mm) * px)))[:3] == (255, 255, 255)
    assert image.getpixel((round(20 - 6 * module) * px, round(40 * px)))[:3] == (0x12, 0x35, 0x5B)
    # One path of merged runs, not one rectangle per module.
    assert len(m.runs) < sum(sum(row) for row in reference(LINK, ERROR_CORRECT_M)) * 0.6


def test_the_link_under_a_code_drops_only_the_scheme() -> None:
    assert qr.display_link(LINK) == LINK.removeprefix("https://")
    assert qr.display_link("dichvucong.gov.vn") == "dichvucong.gov.vn"
