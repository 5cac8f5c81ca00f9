"""What a printed document says about time limits, fees and the dossier, from a procedure record."""

from __future__ import annotations

import datetime as dt

from cchc_desktop.core.db.models import Channel, DossierComponent, DossierGroup, Fee, Field, Procedure
from cchc_desktop.core.domain import FeeKind, Lifecycle, Method, OnlineLevel, TimeUnit, Verification
from cchc_desktop.core.procedure_info import (
    CASE_TIME_TEXT,
    NO_FEE_TEXT,
    NO_TIME_TEXT,
    CenterInfo,
    abridge,
    procedure_info,
)

DAY = dt.date(2026, 11, 26)


def procedure(*channels: Channel, cases: list | None = None) -> Procedure:
    p = Procedure(code="1.001193", name="Thủ tục đăng ký khai sinh", field=Field(name="Hộ tịch"),
                  posted_since=dt.date(2026, 7, 18), online_url="https://dichvucong.gov.vn/thu-tuc-hanh-chinh/x",
                  case_time_limits=cases or [], subjects=["Công dân Việt Nam"], executing_agencies=[],
                  results=["Giấy khai sinh"], steps=[{"title": "", "text": "Bước 1: Nộp hồ sơ.\n Bước 2: Nhận kết quả."}],
                  friendly_names=[], requirements="", lifecycle=Lifecycle.IN_FORCE,
                  online_level=OnlineLevel.PARTIAL, verification=Verification.VERIFIED)
    p.channels = list(channels)
    return p


def test_fees_are_verbatim_and_an_unknown_amount_is_never_free() -> None:
    p = procedure(
        Channel(method=Method.DIRECT, time_qty=1, time_unit=TimeUnit.WORKING_DAY, fees=[
            Fee(kind=FeeKind.FEE, text="Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định.", amount=5000)]),
        Channel(method=Method.ONLINE, time_qty=1, time_unit=TimeUnit.WORKING_DAY,
                fees=[Fee(kind=FeeKind.FEE, text="", amount=8000)]),
        Channel(method=Method.POSTAL, time_qty=None, time_unit=None,
                fees=[Fee(kind=FeeKind.FEE, text="", amount=0), Fee(kind=FeeKind.CHARGE, text="", amount=None)]))
    info = procedure_info(p, DAY)
    direct, online, postal = info.channels
    assert direct.fees == "Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định."  # the text wins over 5000
    assert online.fees == "8.000 đồng"
    assert postal.fees == NO_FEE_TEXT  # 0 and unknown amounts say "see the decision", not "free"
    assert postal.time == NO_TIME_TEXT
    assert info.fee_summary == "\n".join([f"Trực tiếp: {direct.fees}", "Trực tuyến: 8.000 đồng",
                                          f"Dịch vụ bưu chính: {NO_FEE_TEXT}"])
    assert "Miễn phí" not in info.fee_summary


def test_time_limits_come_from_the_text_then_the_unit_then_the_cases() -> None:
    p = procedure(
        Channel(method=Method.DIRECT, time_qty=7, time_unit=TimeUnit.OTHER, time_text="12 ngày làm việc (trường hợp 1)"),
        Channel(method=Method.ONLINE, time_qty=1.5, time_unit=TimeUnit.DAY),
        Channel(method=Method.POSTAL, time_qty=3, time_unit=TimeUnit.OTHER),
        cases=[{"code": "1.001193.01", "name": "", "qty": 15, "unit": "working_day"},
               {"code": "1.001193.02", "name": "Trẻ em bị bỏ rơi", "qty": 1, "unit": "day"}])
    direct, online, postal = procedure_info(p, DAY).channels
    assert direct.time == "12 ngày làm việc (trường hợp 1)"
    assert online.time == "1,5 ngày"
    assert postal.time == "15 ngày làm việc (1.001193.01); 1 ngày (Trẻ em bị bỏ rơi)"
    alone = procedure(Channel(method=Method.DIRECT, time_qty=None, time_unit=TimeUnit.OTHER))
    assert procedure_info(alone, DAY).channels[0].time == CASE_TIME_TEXT
    same = procedure(Channel(method=Method.DIRECT, time_qty=5, time_unit=TimeUnit.WORKING_DAY),
                     Channel(method=Method.ONLINE, time_qty=5, time_unit=TimeUnit.WORKING_DAY))
    assert procedure_info(same, DAY).time_summary == "5 ngày làm việc"  # said once when every channel agrees


def test_dossier_documents_get_boxes_and_notes_do_not() -> None:
    p = procedure()
    p.dossier_groups = [
        DossierGroup(name="* Giấy tờ phải nộp:", components=[
            DossierComponent(name="- Tờ khai đăng ký khai sinh theo mẫu", originals=1, copies=0),
            DossierComponent(name="Giấy chứng sinh", originals=1, copies=2),
            DossierComponent(name="Trường hợp đã nộp bản điện tử thì không phải nộp bản giấy.", originals=0)]),
        DossierGroup(name="* Giấy tờ phải xuất trình:", components=[
            DossierComponent(name="Căn cước", present_only=True)]),
        DossierGroup(name="* Lưu ý:", components=[DossierComponent(name="Cá nhân có quyền lựa chọn nơi nộp.")]),
    ]
    info = procedure_info(p, DAY)
    submit, show, notes = info.dossier
    assert [i.quantity for i in submit.items] == ["1 bản chính", "1 bản chính, 2 bản sao", ""]
    assert [i.is_document for i in submit.items] == [True, True, False]
    assert show.items[0].quantity == "Xuất trình bản chính"
    assert notes.is_notes and not submit.is_notes
    assert info.documents == 3
    assert info.steps == ("Bước 1: Nộp hồ sơ.", "Bước 2: Nhận kết quả.")


def test_long_texts_are_abridged_visibly_and_names_are_kept_for_lists() -> None:
    fee = ("Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương quyết định. Miễn lệ phí "
           "cho người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật. Phí cấp bản sao "
           "Trích lục thực hiện theo Thông tư số 281/2016/TT-BTC.")
    assert abridge(fee) == ("Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương quyết "
                            "định\u00a0…")
    assert abridge("8.000 đồng") == "8.000 đồng"
    words = "quyền sử dụng đất " * 20
    short = abridge(words)
    assert short.endswith("\u00a0…") and len(short) <= 172 and words.startswith(short[:-2])
    p = procedure()
    p.name = "Giao đất ở " * 40
    info = procedure_info(p, DAY)
    assert info.abridged and info.title.endswith("…") and info.name == p.name


def test_the_center_line_leaves_out_what_is_not_filled_in() -> None:
    assert CenterInfo().display_name == "Trung tâm Phục vụ hành chính công"
    assert CenterInfo(hotline="0271 3666 888").contact_line == "Đường dây nóng: 0271 3666 888"
    full = CenterInfo(name="Trung tâm X", address="Số 1", hours="7:00–17:00", hotline="1022")
    assert full.contact_line == "Số 1 · Giờ làm việc: 7:00–17:00 · Đường dây nóng: 1022"
    assert full.name_and_address == "Trung tâm X, Số 1"
