"""The demo's sample dossiers: 20 common procedures, each form filled in, stored, rendered, QR readable."""

from __future__ import annotations

import pytest

from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.domain import SampleKind
from cchc_desktop.core.services import catalogue, samples
from cchc_desktop.demo import load_demo
from cchc_desktop.printing import demo_samples
from cchc_desktop.printing.sample_forms_data import FORMS

import pdfcheck

COMMON = {"1.001193": "khai sinh", "1.000656": "khai tử", "1.000894": "kết hôn",
          "1.004873": "tình trạng hôn nhân", "2.000815": "chứng thực bản sao", "2.000884": "chứng thực chữ ký",
          "1.004222": "thường trú", "1.004194": "tạm trú"}


def test_twenty_common_procedures_of_the_demo_catalogue(demo_records: list[dict]) -> None:
    posted = {r["code"]: r for r in demo_records if r["posting"]["posted_since"]}
    assert len(FORMS) == 20 and set(FORMS) <= set(posted)
    assert set(COMMON) <= set(FORMS)
    assert FORMS["1.001193"][0].name == "Tờ khai đăng ký khai sinh"
    # Each sample is the form its dossier names.
    for code, forms in FORMS.items():
        components = " ".join(c["name"].lower() for g in posted[code]["dossier"] for c in g["components"])
        for form in forms:
            assert form.rows and form.notes, code
            if code in ("1.001193", "1.000656", "1.000894", "1.004873", "1.004859", "1.001022", "1.004837"):
                assert form.name.lower() in components.replace("đăng ký đăng ký", "đăng ký"), (code, form.name)


@pytest.mark.parametrize("code", sorted(FORMS))
def test_each_sample_renders_with_its_watermark_notes_and_qr(demo_records: list[dict], code: str) -> None:
    record = next(r for r in demo_records if r["code"] == code)
    link = record["links"]["online_url_override"] or record["links"]["online_url"]
    for index, form in enumerate(FORMS[code]):
        pdf = demo_samples._pdf(code, index, link)
        assert pdfcheck.page_count(pdf) == 1
        text = pdfcheck.text(pdf)
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and form.title in text
        assert "MẪU" in text and "giả định" in text and "Lưu ý khi điền" in text
        assert all(pdfcheck.one_line(note) in text for note in form.notes)
        assert "Nguyễn Văn Mẫu" in text or "NGUYỄN VĂN MẪU" in text  # fictitious and says so
        if link:
            assert pdfcheck.qr_links(pdf) == {link: 1}


def test_init_demo_stores_them_as_sample_documents_once(db: Database) -> None:
    load_demo(db, Actor.command_line())
    with db.read() as session:
        counts = samples.counts(session)
        assert counts == {code: len(forms) for code, forms in FORMS.items()}
        (doc,) = samples.documents(session, "1.001193")
    assert (doc.title, doc.kind, doc.media_type, doc.case_name) == \
        ("Tờ khai đăng ký khai sinh", SampleKind.FILLED, "application/pdf", samples.GENERAL_CASE)
    assert "không tẩy xóa" in doc.note.lower()
    _doc, content = samples.read_file(db, doc.id)
    assert pdfcheck.page_count(content.data) == 1
    load_demo(db, Actor.command_line())  # again: nothing added twice
    with db.read() as session:
        assert samples.counts(session) == counts
        assert catalogue.count(session) == 266
