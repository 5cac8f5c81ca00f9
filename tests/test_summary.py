"""Tóm tắt cho người dân: in the record, the demo, the leaflets (never under 9 pt) and the guide sheets."""

from __future__ import annotations

import copy
import datetime as dt

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.services import catalogue, records
from cchc_desktop.printing import studio

import pdfcheck
import pytest

DAY = dt.date(2026, 11, 26)
LINK_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789./-:")  # the address printed under a QR code


def test_every_posted_demo_procedure_has_a_plain_summary(demo_records: list[dict]) -> None:
    posted = [r for r in demo_records if r["posting"]["posted_since"]]
    assert len(posted) == 71
    for r in posted:
        lines = r["summary"].split("\n")
        assert [line.split(":")[0] for line in lines] == ["Mang theo", "Thời gian", "Lệ phí", "Nộp tại"], r["code"]
        assert all(len(line) < 330 for line in lines) and r["summary"].count("  ") == 0
    assert all(r["summary"] == "" for r in demo_records if not r["posting"]["posted_since"])
    khai_sinh = next(r for r in posted if r["code"] == "1.001193")["summary"]
    assert "giấy chứng sinh" in khai_sinh and "Lệ phí: miễn" in khai_sinh


def test_the_summary_is_part_of_the_record(db: Database, demo_records: list[dict]) -> None:
    record = copy.deepcopy(next(r for r in demo_records if r["code"] == "1.001193"))
    record["summary"] = "Mang theo: tờ khai.\nThời gian: trong ngày."
    catalogue.save_records(db, Actor.command_line(), [record], action="import", source="test")
    with db.read() as session:
        (p,) = catalogue.procedures_by_code(session, ["1.001193"]).values()
        assert p.summary == record["summary"] and records.to_record(p)["summary"] == record["summary"]
    with pytest.raises(ValidationError, match="Tóm tắt cho người dân dài 1201 ký tự, vượt giới hạn 1200"):
        records.check_record({**record, "summary": "x" * 1201})


def test_no_leaflet_body_text_is_under_9_pt(demo_db: Database) -> None:
    rendered = studio.build(demo_db, studio.Request("leaflet", day=DAY))
    assert not rendered.blocked and len(rendered.codes) == 71 and rendered.pages == 142
    for page in range(rendered.pages):
        sizes = pdfcheck.font_sizes(rendered.pdf, page)
        assert sizes
        small = [ch for ch, size in sizes if size < 9.0 - 0.01]
        if page % 2:  # the inside: nothing under 9 pt at all
            assert not small, (page, "".join(small)[:80])
        else:  # the outside: only the link under the QR code (or the line in its place) is smaller
            small_text = "".join(small)
            code = rendered.codes[page // 2]
            assert set(small_text.lower()) <= LINK_CHARS or small_text == f"Tracứumã{code}trêndichvucong.gov.vn", \
                (page, small_text[:80])
    text = pdfcheck.text(rendered.pdf)
    assert text.count("Tóm tắt cho người dân") == 71 and "Mang theo: tờ khai đăng ký khai sinh" in text


def test_guide_sheets_lead_with_the_summary(demo_db: Database) -> None:
    rendered = studio.build(demo_db, studio.Request("guide", codes=("2.000815",), day=DAY))
    text = pdfcheck.text(rendered.pdf)
    assert text.index("Tóm tắt cho người dân") < text.index("1. Thành phần hồ sơ")
    assert "Lệ phí: 2.000 đồng/trang" in text
    assert pdfcheck.qr_links(rendered.pdf)  # the full text is behind the QR code
