"""Templates are data: a new one is a TOML file, a broken one is named and explained."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import types
from pathlib import Path

import pytest

from cchc_desktop.core import paths
from cchc_desktop.core.domain import Lifecycle, Verification
from cchc_desktop.printing import documents, spec as specs
from cchc_desktop.core.procedure_info import (
    CenterInfo,
    ChannelInfo,
    DossierGroup,
    DossierItem,
    FieldInfo,
    PrintData,
    ProcedureInfo,
)
from cchc_desktop.printing.spec import TemplateError

import pdfcheck

POCKET = '''
[template]
id = "pocket"
size = "A5"
title = "Sổ tay thủ tục"
sections = "procedure"

[page]
size = "A5"
margins = [14, 12, 14, 12]

[preflight]
needs = ["link", "dossier"]

[colors]
ink = "#1d232a"
navy = "#12355b"
muted = "#5f6b7a"
rule = "#c8d2de"
qr = "#000000"

[styles.base]
size = 9
leading = 12
color = "ink"

[styles.name]
font = "bold"
size = 12
leading = 15
color = "navy"
space_after = 3

[styles.qr_link]
size = 5.5
leading = 7
color = "muted"

[layout]
first = "page"
next = "page"

[pages.page]
frames = [{ name = "body", x = 0, y = 0, w = 0, h = 0, flow = true }]

[[story]]
type = "text"
text = "{procedure.name}"
style = "name"

[[story]]
type = "checklist"
item_style = "base"
group_style = "base"
note_style = "base"

[[story]]
type = "qr"
link = "procedure.link"
size = 22
'''


@pytest.fixture
def template_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled templates that a test may add to; the loader reads it instead."""
    folder = tmp_path / "templates"
    shutil.copytree(paths.resource_path("templates"), folder)
    fake = types.SimpleNamespace(resource_path=lambda *parts: folder if parts == ("templates",)
                                 else paths.resource_path(*parts))
    monkeypatch.setattr(specs, "paths", fake)
    for cached in (specs._files, specs.catalogue, specs._spec):
        cached.cache_clear()
    yield folder
    for cached in (specs._files, specs.catalogue, specs._spec):
        cached.cache_clear()


def procedure(name: str = "Thủ tục đăng ký khai sinh", link: str | None = "https://dichvucong.gov.vn/x") -> ProcedureInfo:
    items = (DossierItem("Tờ khai đăng ký khai sinh theo mẫu", 1, 0),
             DossierItem("Giấy chứng sinh hoặc văn bản của người làm chứng", 1, 0))
    return ProcedureInfo(
        code="1.001193", name=name, short_name=name, field="Hộ tịch", link=link, lifecycle=Lifecycle.IN_FORCE,
        effective_until=None, in_force=True, posted=True, verification=Verification.VERIFIED,
        verified_on=dt.date(2026, 7, 18), channels=(ChannelInfo("direct", "Trực tiếp", "1 ngày làm việc",
                                                                 "8.000 đồng"),),
        subjects="Công dân Việt Nam", agencies="Ủy ban nhân dân cấp xã", results="Giấy khai sinh",
        requirements="", steps=(), dossier=(DossierGroup("Giấy tờ phải nộp", items),), online="Một phần")


def data(*procedures: ProcedureInfo) -> PrintData:
    return PrintData(fields=(FieldInfo("Hộ tịch", None, procedures),), center=CenterInfo(name="Trung tâm"),
                     day=dt.date(2026, 11, 26))


def test_every_template_comes_in_its_paper_sizes() -> None:
    assert {kind: specs.sizes(kind) for kind in documents.KINDS} == {
        "poster": ["A4", "A3"], "leaflet": ["A4"], "guide": ["A4", "A5"], "stickers": ["A4"],
        "posted-list": ["A4", "A3"], "campaign": ["A4", "A3"], "handbook": ["A5"],
        "panel": ["A1", "A0", "rollup-80x200", "rollup-85x200"]}
    a3 = specs.load("poster", "A3")
    assert (round(a3.width / 72 * 25.4), round(a3.height / 72 * 25.4)) == (297, 420)
    assert a3.styles()["title"].fontSize == 30 and a3.styles()["code"].fontSize == 9  # overridden / inherited
    leaflet = specs.load("leaflet")
    assert leaflet.width > leaflet.height
    with pytest.raises(TemplateError, match="không có khổ A5; chỉ có: A4, A3"):
        specs.load("poster", "A5")


def test_a_new_template_is_only_a_data_file(template_dir: Path, tmp_path: Path) -> None:
    (template_dir / "pocket.toml").write_text(POCKET, encoding="utf-8")
    assert specs.sizes("pocket") == ["A5"]
    rendered = documents.render("pocket", data(procedure()))
    assert not rendered.blocked and rendered.pages == 1
    text = pdfcheck.text(rendered.pdf)
    assert "Thủ tục đăng ký khai sinh" in text and "Tờ khai đăng ký khai sinh theo mẫu (1 bản chính)" in text
    assert sum(pdfcheck.qr_links(rendered.pdf).values()) == 1
    pdfcheck.assert_only_embedded_bundled_font(rendered.pdf, tmp_path)


def test_text_that_cannot_fit_its_box_is_an_error(template_dir: Path) -> None:
    # A 40 × 12 mm page frame holding only the name, and no page to carry on to.
    tiny = POCKET[:POCKET.index("[[story]]")].replace('next = "page"\n', "").replace(
        'frames = [{ name = "body", x = 0, y = 0, w = 0, h = 0, flow = true }]',
        'frames = [{ name = "body", x = 0, y = 0, w = 40, h = 12, flow = true }]')
    tiny += '[[story]]\ntype = "text"\ntext = "{procedure.name}"\nstyle = "name"\n'
    (template_dir / "pocket.toml").write_text(tiny, encoding="utf-8")
    rendered = documents.render("pocket", data(procedure("Đăng ký biến động đất đai " * 12)))
    assert rendered.blocked
    assert [(i.code, i.procedure) for i in rendered.errors] == [("overflow", "1.001193")]
    assert "“Đăng ký biến động đất đai Đăng ký" in rendered.errors[0].message
    assert "không vừa khung in kể cả khi đã thu nhỏ chữ" in rendered.errors[0].message
    fits = documents.render("pocket", data(procedure("Đăng ký khai sinh")))
    assert not fits.blocked and "Đăng ký khai sinh" in pdfcheck.text(fits.pdf)


@pytest.mark.parametrize("change, message", [
    (('size = 9\n', 'size = 9\nweight = 700\n'), "kiểu chữ “base” có khoá không biết: weight"),
    (('font = "bold"', 'font = "black"'), "dùng phông “black” không có"),
    (('first = "page"', 'first = "cover"'), "dùng trang “cover” nhưng không có [pages.cover]"),
])
def test_a_broken_template_names_its_file_and_fault(template_dir: Path, change: tuple[str, str], message: str) -> None:
    (template_dir / "pocket.toml").write_text(POCKET.replace(*change), encoding="utf-8")
    with pytest.raises(TemplateError, match=re.escape(message)) as caught:
        specs.load("pocket")
    assert "pocket.toml" in caught.value.message


def test_a_variant_may_not_extend_itself_in_a_circle(template_dir: Path) -> None:
    (template_dir / "a.toml").write_text('[template]\nid = "a"\nsize = "A4"\nextends = "b"\n', encoding="utf-8")
    (template_dir / "b.toml").write_text('[template]\nid = "b"\nsize = "A4"\nextends = "a"\n', encoding="utf-8")
    with pytest.raises(TemplateError, match="kế thừa vòng tròn"):
        specs.catalogue()


def test_a_syntax_error_is_reported_with_the_file(template_dir: Path) -> None:
    (template_dir / "pocket.toml").write_text("[template\nid = 1", encoding="utf-8")
    with pytest.raises(TemplateError, match="pocket.toml bị lỗi cú pháp"):
        specs.catalogue()
