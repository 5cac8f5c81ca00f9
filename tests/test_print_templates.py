"""Every print template on the demo catalogue, read back: QR codes scanned, text extracted, fonts listed.

The documents are rasterized (pypdfium2) and every QR code decoded (zxing-cpp),
as a phone would; one page of each template is kept in tests/artifacts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import math
import shutil
from collections import Counter
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image, ImageDraw

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db import Database, open_database
from cchc_desktop.core.services import fields, settings
from cchc_desktop.demo import load_demo
from cchc_desktop.printing import documents, studio
from cchc_desktop.core.procedure_info import NO_LINK_TEXT, PrintData
from cchc_desktop.printing.engine import Options

import pdfcheck

DAY = dt.date(2026, 11, 26)
CENTER = {
    "center.name": "Trung tâm Phục vụ hành chính công phường Bình Long",
    "center.address": "Số 1 đường Nguyễn Huệ, phường Bình Long, tỉnh Đồng Nai",
    "center.hours": "Sáng 7:00–11:30, chiều 13:30–17:00, từ thứ Hai đến thứ Sáu; sáng thứ Bảy",
    "center.hotline": "0271 3666 888",
    "center.social_url": "https://www.facebook.com/trungtamhcc.binhlong",
}
FIELD_URL = "https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=h%E1%BB%99%20t%E1%BB%8Bch"


@pytest.fixture(scope="module")
def catalogue_db(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Database:
    """The demo catalogue with the center's details filled in (read-only for these tests)."""
    path = tmp_path_factory.mktemp("print") / "demo.db"
    shutil.copy(sqlite_template, path)
    db = open_database(str(path))
    load_demo(db, Actor.command_line())
    settings.set_many(db, Actor.command_line(), CENTER)
    fields.set_links(db, Actor.command_line(), {"Hộ tịch": FIELD_URL})
    yield db
    db.dispose()


def gather(db: Database, request: studio.Request) -> PrintData:
    with db.read() as session:
        return studio.gather(session, request)


def render(db: Database, kind: str, **kw) -> tuple[documents.Rendered, PrintData]:
    request = studio.Request(kind=kind, day=DAY, **kw)
    return studio.build(db, request), gather(db, request)


def logo_png() -> bytes:
    """A plain emblem drawn here (a red disc with a gold star) to stand for the center's logo."""
    image = Image.new("RGBA", (600, 600), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 590, 590), fill=(179, 38, 30, 255))
    star = [(300 + (230 if i % 2 == 0 else 95) * math.cos(-math.pi / 2 + i * math.pi / 5),
             300 + (230 if i % 2 == 0 else 95) * math.sin(-math.pi / 2 + i * math.pi / 5)) for i in range(10)]
    draw.polygon(star, fill=(242, 193, 78, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def expected_links(data: PrintData) -> Counter[str]:
    return Counter(p.link for p in data.procedures if p.link)


def assert_names_whole(pdf: bytes, data: PrintData) -> str:
    text = pdfcheck.text(pdf)
    for p in data.procedures:
        assert pdfcheck.one_line(p.name) in text, p.code
    return text


def assert_no_errors(rendered: documents.Rendered) -> None:
    assert not rendered.blocked, [i.message for i in rendered.errors]


def test_every_fields_poster_scans_to_each_posted_procedure(catalogue_db: Database, tmp_path: Path) -> None:
    rendered, data = render(catalogue_db, "poster")
    assert_no_errors(rendered)
    assert len(data.fields) == 15 and len(data.procedures) == 71
    links = pdfcheck.qr_links(rendered.pdf)
    # One code per procedure with a link, one for the field that has a portal listing.
    assert links == expected_links(data) + Counter({FIELD_URL: 1})
    text = assert_names_whole(rendered.pdf, data)
    without = [p for p in data.procedures if not p.link]
    assert len(without) == 2
    assert sum(links.values()) - 1 + len(without) == len(data.procedures)
    for p in without:
        assert NO_LINK_TEXT.format(code=p.code) in text
    assert "Cập nhật ngày" in text and "Lĩnh vực: Hộ tịch" in text
    assert "Miễn phí" not in text  # an unknown fee is never printed as free
    pdfcheck.assert_only_embedded_bundled_font(rendered.pdf, tmp_path)
    assert {i.code for i in rendered.warnings} >= {"no_link", "stale", "no_channels"}
    pdfcheck.save_page(rendered.pdf, "print-poster-a4.png")


def test_a3_poster_of_one_field(catalogue_db: Database) -> None:
    rendered, data = render(catalogue_db, "poster", size="A3", field="ho tich")
    assert_no_errors(rendered)
    assert [f.name for f in data.fields] == ["Hộ tịch"]
    page = pypdfium2.PdfDocument(rendered.pdf)[0]
    assert [round(v / 72 * 25.4) for v in page.get_size()] == [297, 420]
    assert pdfcheck.qr_links(rendered.pdf) == expected_links(data) + Counter({FIELD_URL: 1})
    assert_names_whole(rendered.pdf, data)
    pdfcheck.save_page(rendered.pdf, "print-poster-a3.png", dpi=80)


@pytest.mark.parametrize("size", ["A4", "A5"])
def test_guide_sheets_check_every_document(catalogue_db: Database, size: str, tmp_path: Path) -> None:
    codes = ("1.001193", "1.004222", "1.013227", "2.000815", "3.000722")
    rendered, data = render(catalogue_db, "guide", size=size, codes=codes)
    assert_no_errors(rendered)
    assert [p.code for p in data.procedures] == sorted(codes, key=lambda c: [p.code for p in data.procedures].index(c))
    assert pdfcheck.qr_links(rendered.pdf) == expected_links(data)
    text = assert_names_whole(rendered.pdf, data)
    assert NO_LINK_TEXT.format(code="3.000722") in text
    khai_sinh = next(p for p in data.procedures if p.code == "1.001193")
    document = next(i for g in khai_sinh.dossier for i in g.items if i.is_document and i.text.startswith("- Giấy chứng sinh"))
    assert pdfcheck.one_line(document.text.removeprefix("- "))[:80] in text
    assert "Cán bộ hướng dẫn" in text and CENTER["center.hotline"] in text
    assert rendered.pages >= len(codes)
    pdfcheck.assert_only_embedded_bundled_font(rendered.pdf, tmp_path)
    khai_sinh_sheet, _ = render(catalogue_db, "guide", size=size, codes=("1.001193",))
    pdfcheck.save_page(khai_sinh_sheet.pdf, f"print-guide-{size.lower()}.png")


def test_leaflet_is_two_sides_with_the_online_service_on_the_cover(catalogue_db: Database, tmp_path: Path) -> None:
    rendered, data = render(catalogue_db, "leaflet", codes=("1.004222", "1.001193"))
    assert_no_errors(rendered)
    assert rendered.pages == 4  # one sheet, two sides, per procedure
    doc = pypdfium2.PdfDocument(rendered.pdf)
    assert [round(v / 72 * 25.4) for v in doc[0].get_size()] == [297, 210]  # A4 landscape
    links = pdfcheck.qr_links(rendered.pdf)
    assert links == expected_links(data) + Counter({CENTER["center.social_url"]: 2})
    text = assert_names_whole(rendered.pdf, data)
    for words in ("Hướng dẫn nộp hồ sơ trực tuyến".upper(), "Hồ sơ cần chuẩn bị", "Thời hạn và phí, lệ phí",
                  "Nộp hồ sơ ở đâu, khi nào?", CENTER["center.hotline"], "Quét mã để nộp hồ sơ trực tuyến"):
        assert words in text, words
    pdfcheck.assert_only_embedded_bundled_font(rendered.pdf, tmp_path)
    pdfcheck.save_page(rendered.pdf, "print-leaflet-outside.png", 0)
    pdfcheck.save_page(rendered.pdf, "print-leaflet-inside.png", 1)


def test_stickers_label_every_posted_procedure(catalogue_db: Database, tmp_path: Path) -> None:
    rendered, data = render(catalogue_db, "stickers")
    assert_no_errors(rendered)
    assert rendered.pages == math.ceil(71 / 24)
    assert pdfcheck.qr_links(rendered.pdf) == expected_links(data)
    text = pdfcheck.text(rendered.pdf)
    for p in data.procedures:
        assert p.code in text
    assert NO_LINK_TEXT.format(code="2.002913") in text
    pdfcheck.assert_only_embedded_bundled_font(rendered.pdf, tmp_path)
    pdfcheck.save_page(rendered.pdf, "print-stickers.png", 1)

    smaller, _ = render(catalogue_db, "stickers", field="Hộ tịch", grid=(2, 5))
    assert smaller.pages == math.ceil(21 / 10)
    assert sum(pdfcheck.qr_links(smaller.pdf).values()) == 21


def test_posted_list_groups_the_whole_list_by_field(catalogue_db: Database, tmp_path: Path) -> None:
    rendered, data = render(catalogue_db, "posted-list")
    assert_no_errors(rendered)
    text = assert_names_whole(rendered.pdf, data)
    for index, f in enumerate(data.fields):
        assert f"LĨNH VỰC {f.name.upper()} ({len(f.procedures)} thủ tục)" in text
    assert "I. LĨNH VỰC BẢO TRỢ XÃ HỘI" in text and "XV. LĨNH VỰC" in text
    assert f"Cập nhật ngày {data.updated:%d/%m/%Y}" in text
    assert "71 thủ tục hành chính" in text
    assert pdfcheck.qr_links(rendered.pdf) == Counter()
    pdfcheck.assert_only_embedded_bundled_font(rendered.pdf, tmp_path)
    pdfcheck.save_page(rendered.pdf, "print-posted-list.png")
    a3, _ = render(catalogue_db, "posted-list", size="A3")
    assert a3.pages < rendered.pages


@pytest.mark.parametrize("size", ["A4", "A3"])
def test_campaign_poster_with_the_centers_logo_on_the_code(catalogue_db: Database, size: str, tmp_path: Path) -> None:
    rendered, _ = render(catalogue_db, "campaign", size=size, logo=logo_png())
    assert_no_errors(rendered)
    assert rendered.warnings == []
    assert pdfcheck.qr_links(rendered.pdf) == Counter({"https://dichvucong.gov.vn": 1,
                                                       CENTER["center.social_url"]: 1})
    text = pdfcheck.text(rendered.pdf)
    for words in ("QUÉT MÃ ĐỂ NỘP HỒ SƠ TRỰC TUYẾN", CENTER["center.hotline"], CENTER["center.name"].upper(),
                  "VNeID", "Cổng Dịch vụ công quốc gia"):
        assert words in text, words
    pdfcheck.assert_only_embedded_bundled_font(rendered.pdf, tmp_path)
    pdfcheck.save_page(rendered.pdf, f"print-campaign-{size.lower()}.png", dpi=110 if size == "A4" else 80)


def test_the_longest_real_names_fit_their_boxes(catalogue_db: Database, demo_records: list[dict]) -> None:
    longest = sorted(demo_records, key=lambda r: len(r["name"]), reverse=True)[:4]
    posted = sorted((r for r in demo_records if r["posting"]["posted_since"]), key=lambda r: len(r["name"]),
                    reverse=True)[:2]
    codes = tuple(r["code"] for r in longest + posted)
    assert len(longest[0]["name"]) > 1000
    for kind, size in [("poster", "A4"), ("poster", "A3"), ("guide", "A4"), ("guide", "A5"),
                       ("stickers", "A4"), ("posted-list", "A4"), ("leaflet", "A4")]:
        rendered, data = render(catalogue_db, kind, size=size, codes=codes)
        overflow = [i.message for i in rendered.issues if i.code in ("overflow", "glyph", "qr_small")]
        assert overflow == [], (kind, size, overflow)
        if kind not in ("stickers", "leaflet"):  # a label shows the short name; a leaflet's cover may shrink it
            assert_names_whole(rendered.pdf, data)
        assert sum(pdfcheck.qr_links(rendered.pdf).values()) >= (len(codes) if kind != "posted-list" else 0)


def test_a_character_the_font_lacks_blocks_printing(catalogue_db: Database) -> None:
    data = gather(catalogue_db, studio.Request("guide", codes=("1.001193",), day=DAY))
    p = dataclasses.replace(data.procedures[0], name="Đăng ký khai sinh → bản điện tử 漢")
    data = dataclasses.replace(data, fields=(dataclasses.replace(data.fields[0], procedures=(p,)),))
    rendered = documents.render("guide", data)
    assert rendered.blocked
    message = next(i.message for i in rendered.errors if i.code == "glyph")
    assert "“→” (U+2192)" in message and "“漢” (U+6F22)" in message and "1.001193" in message


def test_repealed_procedures_are_errors_and_stale_ones_warnings(catalogue_db: Database) -> None:
    data = gather(catalogue_db, studio.Request("poster", field="Hộ tịch", day=DAY))
    from cchc_desktop.core.domain import Lifecycle

    first, second, *rest = data.fields[0].procedures
    first = dataclasses.replace(first, lifecycle=Lifecycle.REPEALED, in_force=False,
                                effective_until=dt.date(2026, 9, 8))
    second = dataclasses.replace(second, verified_on=dt.date(2025, 1, 2))
    data = dataclasses.replace(data, fields=(dataclasses.replace(data.fields[0], procedures=(first, second, *rest)),))
    rendered = documents.render("poster", data)
    assert rendered.blocked
    errors = [i.message for i in rendered.errors]
    assert errors == [f"Thủ tục {first.code} “{first.name}” hết hiệu lực từ ngày 08/09/2026: không in để "
                      "niêm yết hay phát cho người dân."]
    stale = [i.message for i in rendered.warnings if i.code == "stale"]
    assert stale == [f"Thủ tục {second.code} “{second.name}” được đối chiếu lần cuối ngày 02/01/2025, đã quá "
                     "12 tháng: cần đối chiếu lại trước khi in."]


def test_missing_center_details_are_warned_and_the_document_still_reads_well(catalogue_db: Database) -> None:
    data = gather(catalogue_db, studio.Request("guide", codes=("1.004222",), day=DAY))
    data = dataclasses.replace(data, center=dataclasses.replace(data.center, name="", address="", hours="",
                                                                hotline="", social_url=""))
    rendered = documents.render("guide", data)
    assert not rendered.blocked
    center = [i.message for i in rendered.warnings if i.code == "center"]
    assert center == ["Chưa nhập tên, địa chỉ, giờ làm việc, đường dây nóng của Trung tâm trong Cài đặt: tài "
                      "liệu in sẽ thiếu các thông tin này."]
    text = pdfcheck.text(rendered.pdf)
    assert "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" in text and "Đường dây nóng:" not in text and " ·  · " not in text
    campaign = documents.render("campaign", dataclasses.replace(data, fields=()))
    assert not campaign.blocked and pdfcheck.qr_links(campaign.pdf) == Counter({"https://dichvucong.gov.vn": 1})


def test_a_link_too_long_for_a_label_makes_a_code_too_small(catalogue_db: Database) -> None:
    data = gather(catalogue_db, studio.Request("stickers", codes=("1.001193", "1.000894"), day=DAY))
    long_link = "https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?" + "&".join(
        f"tham_so_{i}=019bad30-cd8e-7296-afa3-24b33e2d5f07" for i in range(12))
    procedures = list(data.procedures)
    procedures[0] = dataclasses.replace(procedures[0], link=long_link)
    data = dataclasses.replace(data, fields=(dataclasses.replace(data.fields[0], procedures=tuple(procedures)),))
    rendered = documents.render("stickers", data, options=Options(grid=(3, 10)))
    small = [i for i in rendered.errors if i.code == "qr_small"]
    assert len(small) == 1 and small[0].procedure == procedures[0].code and rendered.blocked
    assert "nhỏ hơn mức tối thiểu 20 mm và 0,5 mm/ô" in small[0].message


def test_crop_marks_add_a_bleed_and_a_trim_box(catalogue_db: Database) -> None:
    plain, _ = render(catalogue_db, "campaign")
    marked, _ = render(catalogue_db, "campaign", crop_marks=True)
    page = pypdfium2.PdfDocument(marked.pdf)[0]
    width, height = (round(v / 72 * 25.4) for v in page.get_size())
    assert (width, height) == (210 + 20, 297 + 20)
    trim = [round(v / 72 * 25.4, 1) for v in page.get_trimbox()]
    bleed = [round(v / 72 * 25.4, 1) for v in page.get_bleedbox()]
    assert trim == [10.0, 10.0, 220.0, 307.0] and bleed == [7.0, 7.0, 223.0, 310.0]
    assert [round(v / 72 * 25.4) for v in pypdfium2.PdfDocument(plain.pdf)[0].get_size()] == [210, 297]
    # The navy band reaches into the bleed; the slug outside it stays white but for the marks.
    image = pdfcheck.images(marked.pdf, 72)[0]
    mm = 72 / 25.4
    assert image.getpixel((int(115 * mm), int(8 * mm)))[:3] == (0x12, 0x35, 0x5b)
    assert image.getpixel((int(115 * mm), int(4 * mm)))[:3] == (255, 255, 255)
