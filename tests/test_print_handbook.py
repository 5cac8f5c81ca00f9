"""The handbook and the panels, read back from their PDFs: page numbers, page order, QR codes, text sizes."""

from __future__ import annotations

import dataclasses

import datetime as dt
import io
import re
import shutil
from collections import Counter
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
from PIL import Image

from cchc_desktop.core import text as vtext
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db import Database, open_database
from cchc_desktop.core.domain import PrintResult
from cchc_desktop.core.errors import CchcError, ValidationError
from cchc_desktop.core.services import print_log, settings
from cchc_desktop.demo import load_demo
from cchc_desktop.printing import documents, handbook, panel, studio
from cchc_desktop.core.procedure_info import PORTAL_URL
from cchc_desktop.printing.engine import Options

import pdfcheck
from test_print_templates import CENTER, logo_png

DAY = dt.date(2026, 11, 26)
MM = 72 / 25.4
# 1.001193 gets a summary of its own: the entry prints it instead of the full procedure text.


@pytest.fixture(scope="module")
def book_db(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Database:
    path = tmp_path_factory.mktemp("handbook") / "demo.db"
    shutil.copy(sqlite_template, path)
    db = open_database(str(path))
    load_demo(db, Actor.command_line())
    settings.set_many(db, Actor.command_line(), CENTER)
    yield db
    db.dispose()


def data_of(db: Database, request: studio.Request):
    with db.read() as session:
        return studio.gather(session, request)


def part_pages(texts: list[str], title: str) -> list[int]:
    """Indexes of the pages whose running head names the part (left pages start with it, right pages end it)."""
    return [i for i, t in enumerate(texts) if t.startswith(f"{title} · ") or f" · {title} " in t[:120]]


def page_texts(pdf: bytes) -> list[str]:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return [" ".join(doc[i].get_textpage().get_text_range().split()) for i in range(len(doc))]
    finally:
        doc.close()


@pytest.fixture(scope="module")
def book(book_db: Database):
    """Every posted procedure's handbook (single pages, no crop marks: page coordinates are the trim)."""
    data = data_of(book_db, studio.Request("handbook", day=DAY))
    rendered = documents.render("handbook", data, options=Options())
    return rendered, data, page_texts(rendered.pdf)


def test_contents_and_index_give_the_page_where_each_procedure_starts(book) -> None:
    rendered, data, texts = book
    assert not rendered.blocked and rendered.pages == len(texts) and rendered.pages % 4 == 0  # saddle-stitched
    starts = {}
    for p in data.procedures:
        pages = [i + 1 for i, t in enumerate(texts) if f"Mã thủ tục: {p.code}" in t]
        assert pages, p.code
        starts[p.code] = pages[0]
        assert f"Lĩnh vực {p.field}" in texts[pages[0] - 1]  # the running head names the field
    contents, index = part_pages(texts, "Mục lục"), part_pages(texts, "Tra cứu theo tên")
    assert len(contents) >= 3  # several pages of contents: their length moved every entry
    toc = " ".join(texts[i] for i in contents)
    back = " ".join(texts[i] for i in index)
    for p in data.procedures:
        pattern = re.escape(" ".join(p.name.split())) + r" \(" + re.escape(p.code) + r"\) (\d+)"
        assert [int(n) for n in re.findall(pattern, toc)] == [starts[p.code]], p.code
        assert [int(n) for n in re.findall(pattern, back)] == [starts[p.code]], p.code
    # Each page's number is printed at its foot (the cover and the back cover excepted).
    doc = pypdfium2.PdfDocument(rendered.pdf)
    try:
        for number in range(1, rendered.pages + 1):
            page = doc[number - 1]
            foot = page.get_textpage().get_text_bounded(0, 0, page.get_size()[0], 14 * MM).split()
            assert foot == ([] if number in (1, rendered.pages) else [str(number)]), number
    finally:
        doc.close()


def test_the_index_is_in_vietnamese_alphabetical_order(book) -> None:
    _, data, texts = book
    index = " ".join(texts[i] for i in part_pages(texts, "Tra cứu theo tên"))
    codes = [m.group(1) for m in re.finditer(r"\((\d\.\d{6})\) \d+", index)]
    expected = [p.code for p in sorted(data.procedures, key=lambda p: (vtext.sort_key(p.name), p.code))]
    assert codes == expected
    letters = re.findall(r"(?:\d|THỦ TỤC) (\w) (?=\w)", index)  # the headings, after a page number or the title
    assert "Đ" in letters and letters == sorted(set(letters), key=vtext.sort_key)
    assert handbook.letter_of("Ấp dụng") == "Â" and handbook.letter_of("đăng ký") == "Đ"


def test_a_summary_replaces_the_full_text(book_db: Database, book) -> None:
    _, data, texts = book
    start = next(t for t in texts if "Mã thủ tục: 1.001193" in t)
    summary = next(p.summary for p in data.procedures if p.code == "1.001193")
    assert summary  # the demo's posted procedures have one
    assert "Tóm tắt cho người dân" in start and "Trình tự thực hiện" not in start
    assert pdfcheck.one_line(summary.split("\n")[0])[:40] in pdfcheck.one_line(start)
    data = data_of(book_db, studio.Request("handbook", codes=("1.001193",), day=DAY))
    bare = [dataclasses.replace(f, procedures=tuple(dataclasses.replace(p, summary="") for p in f.procedures))
            for f in data.fields]
    text = pdfcheck.text(documents.render("handbook", dataclasses.replace(data, fields=tuple(bare)),
                                          options=Options()).pdf)
    assert "Trình tự thực hiện" in text and "Tóm tắt cho người dân" not in text


def test_body_text_is_at_least_9_5_pt(book) -> None:
    """Every character of an entry page is ≥ 9.5 pt, but the running head, the page number and the QR's link."""
    rendered, data, texts = book
    first = min(i for i, t in enumerate(texts) if "Mã thủ tục:" in t)
    last = max(i for i, t in enumerate(texts) if "Mã thủ tục:" in t)
    doc = pypdfium2.PdfDocument(rendered.pdf)
    checked = 0
    try:
        for i in range(first, last + 1):
            page = doc[i]
            width, height = page.get_size()
            tp = page.get_textpage()
            for k in range(tp.count_chars()):
                left, bottom, right, top = tp.get_charbox(k)
                if right - left <= 0:  # spaces and line ends
                    continue
                checked += 1
                size = pdfium_c.FPDFText_GetFontSize(tp, k)
                if size >= 9.5 - 0.01:
                    continue
                in_head = top > height - 15 * MM
                in_folio = bottom < 13 * MM
                in_qr = left > width - 50 * MM and top > height - 66 * MM  # the code's link and fallback line
                assert in_head or in_folio or in_qr, (i + 1, size, tp.get_text_bounded(left, bottom, right, top))
    finally:
        doc.close()
    assert checked > 50_000


def test_print_shop_pages_have_bleed_and_crop_marks(book_db: Database) -> None:
    rendered = studio.build(book_db, studio.Request("handbook", field="Chứng thực", day=DAY))
    assert not rendered.blocked and not rendered.duplex and rendered.note == ""
    doc = pypdfium2.PdfDocument(rendered.pdf)
    try:
        page = doc[0]
        left, bottom, right, top = page.get_trimbox()
        assert round((right - left) / MM) == 148 and round((top - bottom) / MM) == 210
        b_left, b_bottom, b_right, b_top = page.get_bleedbox()
        assert round((left - b_left) / MM) == 3 and round((b_top - top) / MM) == 3
        assert page.get_size()[0] > right  # room for the marks outside the trim
    finally:
        doc.close()


@pytest.mark.parametrize("pages, expected", [
    (8, [(8, 1), (2, 7), (6, 3), (4, 5)]),
    (12, [(12, 1), (2, 11), (10, 3), (4, 9), (8, 5), (6, 7)]),
    (30, [(32, 1), (2, 31), (30, 3), (4, 29), (28, 5), (6, 27), (26, 7), (8, 25), (24, 9), (10, 23), (22, 11),
          (12, 21), (20, 13), (14, 19), (18, 15), (16, 17)]),
])
def test_booklet_page_order(pages: int, expected: list[tuple[int, int]]) -> None:
    sides = handbook.booklet_order(pages)
    assert sides == expected
    # Stack the sheets, fold them in the middle and read: front right, back left of each sheet going in,
    # then back right, front left coming out again.
    fronts, backs = sides[0::2], sides[1::2]
    reading = [p for f, b in zip(fronts, backs) for p in (f[1], b[0])]
    reading += [p for f, b in reversed(list(zip(fronts, backs))) for p in (b[1], f[0])]
    assert reading == list(range(1, len(sides) * 2 + 1))


def test_the_imposed_booklet_prints_its_pages_in_folding_order(book_db: Database) -> None:
    request = studio.Request("handbook", field="Hộ tịch", day=DAY, imposed=True)
    rendered = studio.build(book_db, request)
    assert not rendered.blocked and rendered.duplex and "lật theo cạnh ngắn" in rendered.note
    assert rendered.book_pages % 4 == 0 and rendered.pages == rendered.book_pages // 2
    doc = pypdfium2.PdfDocument(rendered.pdf)
    order = handbook.booklet_order(rendered.book_pages)
    try:
        for sheet, (left, right) in enumerate(order):
            page = doc[sheet]
            width, height = page.get_size()
            assert (round(width / MM), round(height / MM)) == (297, 210)
            tp = page.get_textpage()
            for number, x0 in ((left, 0), (right, width / 2)):
                folio = tp.get_text_bounded(x0, 0, x0 + width / 2, 14 * MM).split()
                if 1 < number < rendered.book_pages:  # the covers carry no number
                    assert folio == [str(number)], (sheet, number, folio)
    finally:
        doc.close()
    texts = page_texts(rendered.pdf)
    assert any("GHI CHÚ" in t for t in texts)  # padding pages are notes pages
    found = pdfcheck.qr_links(rendered.pdf, dpi=170)
    data = data_of(book_db, request)
    assert found == Counter(p.link for p in data.procedures if p.link) + Counter({PORTAL_URL: 1})


def test_every_qr_in_a_handbook_decodes_to_its_link(book_db: Database) -> None:
    request = studio.Request("handbook", field="Chứng thực", day=DAY)
    rendered = studio.build(book_db, request)
    data = data_of(book_db, request)
    expected = Counter(p.link for p in data.procedures if p.link) + Counter({PORTAL_URL: 1})
    assert Counter(rendered.links) == expected
    assert pdfcheck.qr_links(rendered.pdf, dpi=150) == expected


def photo_jpeg(width: int = 1600, height: int = 1200) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (90, 130, 170)).save(out, "JPEG")
    return out.getvalue()


@pytest.mark.parametrize("size", ["A1", "A0", "rollup-80x200", "rollup-85x200"])
def test_a_panel_passes_the_2_m_rule_and_every_qr_decodes(book_db: Database, size: str) -> None:
    codes = ("1.001193", "1.000894") if size == "A1" else ("1.001193", "1.000894", "1.000656", "1.001022")
    request = studio.Request("panel", size=size, codes=codes, day=DAY, logo=logo_png(), photo=photo_jpeg(),
                             background=photo_jpeg(800, 1000))
    rendered = studio.build(book_db, request)
    assert not rendered.blocked, [i.message for i in rendered.errors]
    data = data_of(book_db, request)
    links = [PORTAL_URL, CENTER["center.social_url"]] + [p.link for p in data.procedures]
    assert len(links) == (4 if size == "A1" else 6)
    notes = [i.message for i in rendered.notes if i.code == "qr_distance"]
    assert len(notes) == len(links) and all(n.endswith("quét được từ 2,0 m.") for n in notes)
    side, module = panel.rule(2.0)
    assert (side, round(module, 2)) == (200, 4.44)
    for note in notes:
        got = re.search(r"cạnh (\d+) mm, (\d+) ô × (\d+,\d) mm, vùng trống (\d+) mm", note)
        assert int(got[1]) >= side and float(got[3].replace(",", ".")) >= module
    assert any("khoảng cách/10" in i.message for i in rendered.notes)
    doc = pypdfium2.PdfDocument(rendered.pdf)
    try:
        page = doc[0]
        left, bottom, right, top = page.get_trimbox()
        assert round((right - left) / MM) == {"A1": 594, "A0": 841, "rollup-80x200": 800, "rollup-85x200": 850}[size]
        assert page.get_bleedbox()[0] < left  # bleed and crop marks for the print shop
    finally:
        doc.close()
    assert pdfcheck.qr_links(rendered.pdf, dpi=14 if size.startswith("rollup") else 18) == Counter(links)


def test_a_qr_too_small_for_the_reading_distance_is_refused(book_db: Database, tmp_path: Path) -> None:
    request = studio.Request("panel", size="A1", codes=("1.001193",), day=DAY, distance=4.0)
    rendered = studio.build(book_db, request)
    assert rendered.blocked
    errors = [i.message for i in rendered.errors]
    assert errors and all("nhỏ hơn mức quét được từ 4,0 m (cạnh ≥ 400 mm, ô ≥ 8,9 mm)" in e for e in errors)
    with pytest.raises(CchcError, match="Không lưu tệp PDF"):
        studio.save_pdf(book_db, Actor.command_line(), request, rendered, tmp_path / "pano.pdf")
    assert not (tmp_path / "pano.pdf").exists()
    with pytest.raises(ValidationError, match="tối đa 4 thủ tục"):
        data_of(book_db, studio.Request("panel", size="A1", day=DAY,
                                        codes=("1.001193", "1.000894", "1.000656", "1.001022", "1.004222")))
    too_many = studio.build(book_db, studio.Request("panel", size="A1", day=DAY,
                                                    codes=("1.001193", "1.000894", "1.000656", "1.001022")))
    assert any(i.code == "qr_count" and "chỉ đủ chỗ cho 4 mã QR" in i.message for i in too_many.errors)


def test_the_print_log_counts_handbooks_and_panels(book_db: Database, tmp_path: Path) -> None:
    actor = Actor.command_line()
    with book_db.read() as session:
        before = print_log.totals(session, templates=("handbook", "panel"))
    book_request = studio.Request("handbook", field="Chứng thực", day=DAY, imposed=True)
    booklet = studio.build(book_db, book_request)
    studio.save_pdf(book_db, actor, book_request, booklet, tmp_path / "so-tay.pdf", copies=40)
    guide = studio.Request("guide", codes=("1.000656",), day=DAY)
    studio.save_pdf(book_db, actor, guide, studio.build(book_db, guide), tmp_path / "phieu.pdf", copies=3)
    panel_request = studio.Request("panel", size="A0", day=DAY)  # the most used: the guide sheet just printed
    pano = studio.build(book_db, panel_request)
    assert len(pano.links) == 3 and pano.links[2] == data_of(book_db, guide).procedures[0].link
    studio.save_pdf(book_db, actor, panel_request, pano, tmp_path / "pano.pdf", copies=2)
    with pytest.raises(ValidationError, match="Số bản in phải từ 1 đến 999"):
        studio.save_pdf(book_db, actor, panel_request, pano, tmp_path / "pano.pdf", copies=0)
    with book_db.read() as session:
        after = print_log.totals(session, templates=("handbook", "panel"))
        job = print_log.recent(session, 1)[0]
    assert after["handbook"].jobs - before.get("handbook", print_log.Totals()).jobs == 1
    assert after["handbook"].copies - before.get("handbook", print_log.Totals()).copies == 40
    assert after["handbook"].pages - before.get("handbook", print_log.Totals()).pages == 40 * booklet.book_pages
    assert after["panel"].copies - before.get("panel", print_log.Totals()).copies == 2
    assert job.template == "panel" and job.params["size"] == "A0" and job.pages == 1
    again = studio.Request.from_job("handbook", {**book_request.params(), "size": "A5"})
    assert again.imposed and again.field == "Chứng thực"


def test_the_command_line_prints_handbooks_and_panels(book_db: Database, tmp_path: Path) -> None:
    from test_cli import cchc

    url = f"sqlite:///{book_db.url.database}"
    out = tmp_path / "so-tay.pdf"
    done = cchc("--database", url, "print", "handbook", "--field", "chung thuc", "--imposed", "--copies", "25",
                "--date", "26/11/2026", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "Cách in: In hai mặt trên giấy A4 ngang, chọn lật theo cạnh ngắn" in done.stdout
    assert pdfcheck.page_count(out.read_bytes()) * 2 % 4 == 0
    refused = cchc("--database", url, "print", "panel", "--size", "A1", "--distance", "4", "--date", "26/11/2026",
                   "-o", str(tmp_path / "pano.pdf"))
    assert refused.returncode != 0 and not (tmp_path / "pano.pdf").exists()
    assert "Kiểm tra: Mã QR trên pano được kiểm tra để quét từ 4,0 m" in refused.stderr
    assert "nhỏ hơn mức quét được từ 4,0 m" in refused.stderr.splitlines()[-1]
    with book_db.read() as session:
        job = print_log.recent(session, 2)[1]
    assert job.template == "handbook" and job.copies == 25 and job.params["imposed"]


def test_print_log_totals_and_the_most_printed_procedures(db: Database) -> None:
    """On SQLite and PostgreSQL: what the communication plan counts, and what a panel's codes are chosen by."""
    actor = Actor.command_line()
    base = dict(params={}, destination="x.pdf", result=PrintResult.OK)
    print_log.record(db, actor, template="handbook", procedure_codes=["1.001193"], copies=30, pages=8,
                     **{**base, "params": {"book_pages": 16}})
    print_log.record(db, actor, template="panel", procedure_codes=[], copies=2, pages=1, **base)
    print_log.record(db, actor, template="panel", procedure_codes=[], copies=5, pages=1,
                     **{**base, "result": PrintResult.FAILED})
    for code, copies in (("1.000894", 1), ("1.001193", 2), ("1.000894", 3)):
        print_log.record(db, actor, template="guide", procedure_codes=[code], copies=copies, pages=1, **base)
    with db.read() as session:
        totals = print_log.totals(session, templates=("handbook", "panel"))
        assert totals == {"handbook": print_log.Totals(1, 30, 480), "panel": print_log.Totals(1, 2, 2)}
        assert print_log.totals(session, start=dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1)) == {}
        assert print_log.most_printed(session, "guide") == ["1.000894", "1.001193"]
