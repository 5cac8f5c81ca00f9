"""Importing procedure lists: annex tables, portal records, the app's own exports; errors with their place."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from annexes import PLACE, new_annex_rows, write_csv, write_docx, write_xlsx
from cchc_desktop.core.actor import Actor
from cchc_desktop.core.db.database import Database
from cchc_desktop.core.db.models import AuditEntry
from cchc_desktop.core.errors import CchcError, ConflictError
from cchc_desktop.core.services import annex, audit, catalogue, importer, interchange
from cchc_desktop.core.services.importer import Options
from cchc_desktop.core.services.records import to_record

ACTOR = Actor.command_line()
PORTAL_SAMPLE = Path(__file__).parent / "data" / "portal_detail_sample_1.001193.json"  # copy of shared/data/tthc


def records(db: Database) -> dict[str, dict]:
    with db.read() as session:
        return {p.code: to_record(p) for p in catalogue.all_procedures(session)}


def plan_and_apply(db: Database, path: Path, options: Options | None = None) -> importer.Plan:
    plan = importer.build_plan(db, path, options)
    assert plan.errors == [], plan.errors
    importer.apply_plan(db, ACTOR, plan)
    return plan


def test_new_annex_fills_from_the_national_catalogue_and_reimports_unchanged(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "Phụ lục QĐ 2158.xlsx", new_annex_rows())
    plan = plan_and_apply(db, path)
    assert plan.counts["add"] == 3 and plan.counts["error"] == 0
    layout = plan.layouts[0]
    assert layout.header_row == 3 and layout.decision_number == "2158/QĐ-UBND"
    assert layout.decision_date == dt.date(2026, 9, 15)
    assert set(layout.mapping) == {"stt", "code", "name", "time", "place", "fee", "legal"}

    stored = records(db)
    assert set(stored) == {"1.001193", "1.000894", "2.000815"}  # suffixed codes normalised, 1.000894 by name
    birth = stored["1.001193"]
    assert birth["field"]["name"] == "Hộ tịch" and stored["2.000815"]["field"]["name"] == "Chứng thực"
    assert birth["formality_id"] == "019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7"
    assert birth["links"]["online_url"].endswith("019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7")
    assert [c["method"] for c in birth["channels"]] == ["direct", "online", "postal"]
    assert birth["channels"][0]["note"] == PLACE  # multi-line cell kept
    assert birth["channels"][0]["fees"] == [{"kind": "fee", "text": "Miễn lệ phí đăng ký khai sinh đúng hạn",
                                             "amount": None}]
    marriage = stored["1.000894"]["channels"][1]
    assert (marriage["time_qty"], marriage["time_unit"], marriage["time_text"]) == (5, "working_day", "05 ngày làm việc")
    assert [b["code"] for b in birth["legal_bases"]] == ["60/2014/QH13", "123/2015/NĐ-CP"]
    assert birth["lifecycle"]["decision_number"] == "2158/QĐ-UBND"
    assert birth["lifecycle"]["decision_date"] == "2026-09-15" and birth["lifecycle"]["status"] == "in_force"
    assert [c["method"] for c in stored["2.000815"]["channels"]] == ["direct"]
    assert any("tên khác" in w for w in plan.warnings)  # the annex's shortened chứng thực name is flagged

    again = importer.build_plan(db, path)
    assert again.counts["unchanged"] == 3 and not again.has_changes
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert [e.action for e in entries] == ["create"] * 3 + ["import"]
        assert entries[-1].entity == "catalogue" and entries[-1].entity_key == path.name
        assert entries[0].snapshot == stored[entries[0].entity_key]
        assert audit.verify_chain(session) == []


def test_the_save_takes_the_records_the_dry_run_checked(db: Database, tmp_path: Path, monkeypatch) -> None:
    from cchc_desktop.core.services import records as records_module

    path = write_xlsx(tmp_path / "a.xlsx", new_annex_rows())
    plan = importer.build_plan(db, path)
    calls = []
    real = records_module.check_record
    monkeypatch.setattr(catalogue, "check_record", lambda *a, **k: calls.append(a) or real(*a, **k))
    importer.apply_plan(db, ACTOR, plan)
    assert calls == []  # validated once, in the dry run
    assert records(db) == {c.code: c.after for c in plan.changes}


def test_amended_annex_changes_only_what_it_carries(demo_db: Database, tmp_path: Path) -> None:
    before = records(demo_db)["1.001193"]
    rows = [["B", "THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG"],
            [1, "1.001193", "Thủ tục đăng ký khai sinh", None, None, "8.000 đồng/việc", None]]
    path = write_xlsx(tmp_path / "sua-doi.xlsx", rows)
    plan = plan_and_apply(demo_db, path)
    change = plan.of("update")[0]
    assert change.kind == "amend" and [c["field"] for c in change.changes] == ["channels", "lifecycle"]
    after = records(demo_db)["1.001193"]
    assert after["dossier"] == before["dossier"] and after["legal_bases"] == before["legal_bases"]
    assert [c["method"] for c in after["channels"]] == [c["method"] for c in before["channels"]]
    assert all(c["fees"] == [{"kind": "fee", "text": "8.000 đồng/việc", "amount": None}] for c in after["channels"])
    assert all(a["time_text"] == b["time_text"] for a, b in zip(after["channels"], before["channels"]))
    assert after["lifecycle"]["status"] == "amended" and after["lifecycle"]["decision_number"] == "2158/QĐ-UBND"


def test_repeal_annex_needs_a_date_and_repeals(demo_db: Database, tmp_path: Path) -> None:
    header = ["STT", "Số hồ sơ TTHC", "Tên thủ tục hành chính", "Tên VBQPPL quy định việc bãi bỏ TTHC", "Lĩnh vực",
              "Cơ quan thực hiện"]
    rows = [[1, "1.001193", "Thủ tục đăng ký khai sinh", "Quyết định số 99/2026/QĐ-UBND", "Hộ tịch", "UBND cấp xã"],
            [2, "1.012753.H19", "Thủ tục không có ở Trung tâm", "Quyết định số 99/2026/QĐ-UBND", "Hộ tịch", "UBND"]]
    path = write_xlsx(tmp_path / "bai-bo.xlsx", rows, header=header,
                      title=["DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ"])
    plan = importer.build_plan(demo_db, path)
    assert plan.layouts[0].kind == "repeal"
    assert any("chưa biết ngày hiệu lực" in e for e in plan.errors)  # never guessed
    with pytest.raises(CchcError, match="còn 1 lỗi"):
        importer.apply_plan(demo_db, ACTOR, plan)

    plan = plan_and_apply(demo_db, path, Options(decision_number="3001/QĐ-UBND", effective_date=dt.date(2026, 10, 1)))
    assert plan.counts["repeal"] == 1 and plan.counts["skip"] == 1
    life = records(demo_db)["1.001193"]["lifecycle"]
    assert (life["status"], life["effective_until"], life["decision_number"]) == ("repealed", "2026-10-01", "3001/QĐ-UBND")
    with demo_db.read() as session:
        p = catalogue.get_procedure(session, "1.001193")
        assert p.is_in_force_on(dt.date(2026, 9, 30)) and not p.is_in_force_on(dt.date(2026, 10, 1))

    dated = importer.build_plan(demo_db, write_xlsx(tmp_path / "bai-bo-2.xlsx", rows[:1], header=header,
                                                    title=["DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ", "Kèm theo Quyết "
                                                           "định số 3002/QĐ-UBND ngày 20/10/2026"]))
    assert dated.errors == [] and any("lấy theo ngày quyết định 20/10/2026" in w for w in dated.warnings)


def test_three_kinds_in_one_sheet_and_vertically_merged_field(db: Database, tmp_path: Path) -> None:
    header = ["TT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Thời hạn giải quyết", "Phí, lệ phí"]
    rows = [["A", "THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH"], ["", "CẤP XÃ"],
            [1, "1.001193", "Đăng ký khai sinh", "Hộ tịch", "Trong ngày", "Không"],
            [2, "1.000894", "Đăng ký kết hôn", None, "05 ngày làm việc", "Không"],
            ["B", "THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ"],
            [1, "1.000656", "Đăng ký khai tử", "Hộ tịch", None, None]]
    path = tmp_path / "ba-loai.xlsx"
    write_xlsx(path, rows, header=header)
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active.merge_cells("D6:D7")  # the field cell spans both procedures
    wb.save(path)
    plan = importer.build_plan(db, path, Options(effective_date=dt.date(2026, 10, 1)))
    assert plan.errors == []
    assert [(c.code, c.kind, c.action) for c in plan.changes] == [
        ("1.001193", "new", "add"), ("1.000894", "new", "add"), ("1.000656", "repeal", "skip")]
    assert all(c.after["field"]["name"] == "Hộ tịch" and c.after["level"] == "commune" for c in plan.of("add"))


@pytest.mark.parametrize("encoding, delimiter, decompose", [
    ("utf-8-sig", ",", False), ("utf-8", ";", False), ("utf-16", "\t", False), ("cp1258", ",", True),
])
def test_csv_in_every_encoding(db: Database, tmp_path: Path, encoding: str, delimiter: str, decompose: bool) -> None:
    path = write_csv(tmp_path / "danh-muc.csv", [r for r in new_annex_rows() if len(r) > 2],
                     encoding=encoding, delimiter=delimiter, decompose=decompose)
    plan = plan_and_apply(db, path)
    assert plan.counts["add"] == 3 and plan.encoding
    stored = records(db)
    assert stored["1.001193"]["channels"][0]["note"] == PLACE  # NFC again, line breaks kept
    assert stored["1.001193"]["name"] == "Thủ tục đăng ký khai sinh"
    assert {"cp1258": "Windows-1258", "utf-16": "UTF-16"}.get(encoding, "UTF-8") in plan.encoding


def test_word_annex_table(db: Database, tmp_path: Path) -> None:
    path = write_docx(tmp_path / "phu-luc.docx", new_annex_rows())
    plan = plan_and_apply(db, path)
    assert plan.counts["add"] == 3 and plan.layouts[0].decision_number == "2158/QĐ-UBND"
    assert records(db)["2.000815"]["field"]["name"] == "Chứng thực"


def test_portal_sample_maps_every_part(db: Database, tmp_path: Path) -> None:
    plan = plan_and_apply(db, PORTAL_SAMPLE)
    rec = records(db)["1.001193"]
    assert plan.format == "portal" and plan.counts["add"] == 1
    assert rec["field"] == {"code": "G15-TP07", "name": "Hộ tịch"} and rec["portal_type"] == "STANDARD"
    assert rec["executing_agencies"] == ["Ủy ban nhân dân cấp xã"] and rec["promulgating_agency"] == "Bộ Tư pháp"
    assert rec["subjects"] == ["Người Việt Nam định cư ở nước ngoài", "Công dân Việt Nam"]
    assert [c["method"] for c in rec["channels"]] == ["direct", "online", "postal"]
    assert rec["channels"][0]["time_unit"] == "other" and "1.001193.01" in rec["channels"][0]["time_text"]
    assert rec["channels"][0]["fees"] == []  # value 0 without text: not "free", nothing to show
    assert [c["code"] for c in rec["case_time_limits"]] == ["1.001193.01", "1.001193.02"]
    assert rec["case_time_limits"][0]["unit"] == "working_day"
    assert [g["name"] for g in rec["dossier"]][:2] == ["* Giấy tờ phải nộp:", "* Giấy tờ phải xuất trình:"]
    assert rec["dossier"][1]["components"][0]["present_only"] and not rec["dossier"][0]["components"][0]["present_only"]
    assert len(rec["legal_bases"]) == 15 and rec["results"] == ["Giấy khai sinh"]
    assert rec["lifecycle"]["decision_number"] == "163/QĐ-BTP" and rec["lifecycle"]["decision_date"] == "2026-01-16"
    assert rec["online_level"] == "partial" and rec["steps"][0]["text"].startswith("- Nếu lựa chọn")

    envelope = json.loads(PORTAL_SAMPLE.read_text(encoding="utf-8"))
    envelope["data"] = [envelope["data"], dict(envelope["data"], code="1.000894", codeNotation="1.000894")]
    listed = tmp_path / "portal-list.json"
    listed.write_text(json.dumps(envelope, ensure_ascii=False), encoding="utf-8")
    plan = importer.build_plan(db, listed)
    assert [(c.code, c.action) for c in plan.changes] == [("1.001193", "unchanged"), ("1.000894", "add")]


def test_portal_update_keeps_the_centers_own_parts(demo_db: Database) -> None:
    before = records(demo_db)["1.001193"]
    plan_and_apply(demo_db, PORTAL_SAMPLE)
    after = records(demo_db)["1.001193"]
    for part in ("posting", "keywords", "friendly_names", "note"):
        assert after[part] == before[part]
    assert after["lifecycle"]["decision_number"] == "163/QĐ-BTP"


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_importing_an_export_changes_nothing(demo_db: Database, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"danh-muc{suffix}"
    all_records = list(records(demo_db).values())
    (interchange.write_json if suffix == ".json" else interchange.write_xlsx)(all_records, path)
    plan = importer.build_plan(demo_db, path)
    assert plan.format == "own" and plan.errors == []
    assert plan.counts["unchanged"] == len(all_records) >= 200 and not plan.has_changes


def test_own_export_round_trips_into_an_empty_database(demo_db: Database, db_url: str, tmp_path: Path) -> None:
    stored = records(demo_db)
    path = tmp_path / "danh-muc.xlsx"
    interchange.write_xlsx(list(stored.values()), path)
    with demo_db.engine.begin() as conn:  # empty the catalogue, keep the schema
        for table in ("fees", "channels", "dossier_components", "dossier_groups", "procedures", "fields"):
            conn.exec_driver_sql(f"DELETE FROM {table}")
    plan = plan_and_apply(demo_db, path)
    assert plan.counts["add"] == len(stored)
    assert records(demo_db) == stored


@pytest.mark.parametrize("escape, where", [
    ("\\ud800", "“\\ud800”"), ("\\udc07", "“\\udc07”"), ("\\ud835x", "“\\ud835”"),
    ("\\ud835\\u0041", "“\\ud835”")])
def test_half_a_utf16_pair_in_json_is_refused_with_its_place(demo_db: Database, tmp_path: Path, escape: str,
                                                             where: str) -> None:
    # json.loads lets a lone "\ud800" through as a string that no database can store: the save used to fail.
    before = records(demo_db)
    rec = copy.deepcopy(before["1.001193"])
    rec["name"] = "Đăng ký khai sinh MARK"
    raw = json.dumps(interchange.catalogue_document([rec]), ensure_ascii=False, indent=1)
    raw = raw.replace("MARK", escape)
    line = raw[:raw.index(escape)].count("\n") + 1
    path = tmp_path / "ban-ghi.json"
    path.write_text(raw, encoding="utf-8")
    with pytest.raises(CchcError) as caught:
        importer.build_plan(demo_db, path)
    assert caught.value.message.startswith(f"Tệp ban-ghi.json: dòng {line}, cột ")
    assert where in caught.value.message and "UTF-16" in caught.value.message
    assert records(demo_db) == before


def test_letters_beyond_the_basic_plane_import_and_sort(demo_db: Database, tmp_path: Path) -> None:
    # 𝐇 pasted from styled text once overflowed the two-byte sort weights; a whole pair and an escaped
    # backslash are no half pairs.
    rec = copy.deepcopy(records(demo_db)["1.001193"])
    rec["name"] = "Đăng ký khai sinh MARK"
    raw = json.dumps(interchange.catalogue_document([rec]), ensure_ascii=False)
    path = tmp_path / "ban-ghi.json"
    path.write_text(raw.replace("MARK", "\\ud835\\udc07ộ 豈 \\\\ud800"), encoding="utf-8")
    plan = plan_and_apply(demo_db, path)
    assert plan.errors == [] and plan.counts["update"] == 1
    assert records(demo_db)["1.001193"]["name"] == "Đăng ký khai sinh 𝐇ộ 豈 \\ud800"


def test_control_characters_in_json_are_dropped_on_both_backends(demo_db: Database, tmp_path: Path) -> None:
    # PostgreSQL refused the whole import over one NUL, naming no place; SQLite stored it.
    rec = copy.deepcopy(records(demo_db)["1.001193"])
    rec["name"] += "\x00"
    rec["requirements"] = "Điều kiện 1\x0bĐiều kiện 2\x07"
    path = tmp_path / "ban-ghi.json"
    path.write_text(json.dumps(interchange.catalogue_document([rec]), ensure_ascii=True), encoding="utf-8")
    plan = plan_and_apply(demo_db, path)
    assert plan.errors == [] and plan.counts["update"] == 1
    saved = records(demo_db)["1.001193"]
    assert saved["name"] == rec["name"][:-1] and saved["requirements"] == "Điều kiện 1\nĐiều kiện 2"


def _mixed_annex(tmp_path: Path, fee: str = "8.000 đồng/việc", name: str = "QĐ 2158.xlsx") -> Path:
    """One new province procedure and one amendment of a procedure the demo catalogue has."""
    return write_xlsx(tmp_path / name, [
        ["A", "THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH"],
        [1, "3.900001", "Thủ tục hỗ trợ thí điểm của tỉnh", "05 ngày làm việc", PLACE, "Không", None],
        ["B", "THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG"],
        [2, "1.001193", "Thủ tục đăng ký khai sinh", None, None, fee, None]])


def _last_import(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(AuditEntry.id).where(AuditEntry.action == "import").order_by(AuditEntry.id.desc()))


def test_undoing_an_import_deletes_what_it_added_and_restores_what_it_changed(demo_db: Database,
                                                                              tmp_path: Path) -> None:
    before = records(demo_db)
    plan = plan_and_apply(demo_db, _mixed_annex(tmp_path))
    assert (plan.counts["add"], plan.counts["update"]) == (1, 1)
    entry_id = _last_import(demo_db)
    with demo_db.read() as session:
        found = importer.import_entry(session, entry_id)
    assert (found.source, found.added, found.updated, found.undone) == ("QĐ 2158.xlsx", ["3.900001"], ["1.001193"],
                                                                        False)
    importer.undo_import(demo_db, ACTOR, entry_id)
    assert records(demo_db) == before
    with demo_db.read() as session:
        last = session.scalars(select(AuditEntry).where(AuditEntry.id > entry_id).order_by(AuditEntry.id)).all()
        assert [(e.action, e.entity_key) for e in last] == [("restore", "1.001193"), ("delete", "3.900001"),
                                                            ("undo_import", f"#{entry_id}")]
        assert last[1].summary == "Hoàn tác nhập QĐ 2158.xlsx: Thủ tục hỗ trợ thí điểm của tỉnh"
        assert audit.verify_chain(session) == []
        assert importer.import_entry(session, entry_id).undone
    with pytest.raises(ConflictError, match="đã được hoàn tác rồi"):
        importer.undo_import(demo_db, ACTOR, entry_id)

    # Two imports: the first cannot be undone while the second stands, and can once that is undone.
    assert plan_and_apply(demo_db, _mixed_annex(tmp_path)).counts["add"] == 1
    first = _last_import(demo_db)
    assert plan_and_apply(demo_db, _mixed_annex(tmp_path, "9.000 đồng/việc", "QĐ 2200.xlsx")).counts["update"] == 1
    second = _last_import(demo_db)
    with pytest.raises(ConflictError, match=r"1 thủ tục đã thay đổi sau lần nhập đó \(1\.001193\)"):
        importer.undo_import(demo_db, ACTOR, first)
    importer.undo_import(demo_db, ACTOR, second)
    importer.undo_import(demo_db, ACTOR, first)
    assert records(demo_db) == before


def test_an_import_changed_since_is_not_undone(demo_db: Database, tmp_path: Path) -> None:
    from cchc_desktop.core.services import editing

    from cchc_desktop.core.services import samples

    plan_and_apply(demo_db, _mixed_annex(tmp_path))
    entry_id = _last_import(demo_db)
    # A sample form given to a procedure the import added: deleting the procedure would take it along.
    doc = samples.add_document(demo_db, ACTOR, "3.900001", title="Tờ khai đề nghị hỗ trợ")
    with pytest.raises(ConflictError, match=r"\(3\.900001\)"):
        importer.undo_import(demo_db, ACTOR, entry_id)
    samples.remove_document(demo_db, ACTOR, doc)
    with demo_db.read() as session:
        rec, version = editing.load_for_edit(session, "3.900001")
    rec["note"] = "Cán bộ bổ sung ghi chú sau khi nhập."
    editing.save_procedure(demo_db, ACTOR, rec, original_code="3.900001", expected_version=version)
    after = records(demo_db)
    with pytest.raises(ConflictError, match=r"1 thủ tục đã thay đổi sau lần nhập đó \(3\.900001\)"):
        importer.undo_import(demo_db, ACTOR, entry_id)
    assert records(demo_db) == after
    with demo_db.read() as session:
        load_demo = session.scalar(select(AuditEntry.id).where(AuditEntry.action == "load_demo"))
    with pytest.raises(CchcError, match="không phải một lần nhập danh mục"):
        importer.undo_import(demo_db, ACTOR, load_demo)


def test_csv_export_is_readable_and_refused_on_import(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "danh-muc.csv"
    interchange.write_csv(list(records(demo_db).values()), path)
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Mã TTHC,Tên thủ tục,Lĩnh vực")
    assert "Thủ tục đăng ký khai sinh" in text
    with pytest.raises(CchcError, match="không nhập lại được"):
        importer.build_plan(demo_db, path)


def test_catalogue_changed_after_the_dry_run_is_refused(demo_db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", new_annex_rows())
    plan = importer.build_plan(demo_db, path)
    rec = copy.deepcopy(records(demo_db)["1.001193"])
    rec["note"] = "sửa ở quầy khác"
    catalogue.save_records(demo_db, ACTOR, [rec], action="edit", source="quầy 2")
    with pytest.raises(ConflictError, match="xem trước lại"):
        importer.apply_plan(demo_db, ACTOR, plan)
    assert records(demo_db)["1.001193"]["note"] == "sửa ở quầy khác"


def test_cancel_leaves_nothing(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", new_annex_rows() * 1)
    with pytest.raises(importer.Cancelled):
        importer.build_plan(db, path, cancelled=lambda: True)
    assert records(db) == {}


# --- bad input: a message naming file, sheet, row, column and value; nothing changed -------------------

def _bad_rows(change) -> list[list]:
    rows = [r for r in new_annex_rows() if len(r) > 2]
    change(rows)
    return rows


@pytest.mark.parametrize("change, words", [
    (lambda r: r[0].__setitem__(1, "1.00119"), ["dòng 3", "cột B “Mã số TTHC”", "giá trị “1.00119”", "không đúng dạng"]),
    (lambda r: r[2].__setitem__(1, "1.001193"), ["dòng 5", "mã 1.001193 đã có ở dòng 3"]),
    (lambda r: r[0].__setitem__(2, "Đ" * 2100), ["dòng 3", "cột C “Tên thủ tục hành chính”", "vượt giới hạn 2000"]),
    (lambda r: r[1].__setitem__(2, "Cấp chứng chỉ kiểm định viên"), ["dòng 4", "tên trùng với", "hãy ghi mã"]),
    (lambda r: r[1].__setitem__(2, "Thủ tục không hề có"), ["dòng 4", "không tìm thấy tên"]),
    (lambda r: r[0].__setitem__(3, "=1+1"), ["dòng 3", "cột D", "công thức “=1+1”"]),
])
def test_bad_rows_are_named_and_change_nothing(db: Database, tmp_path: Path, change, words: list[str]) -> None:
    path = write_xlsx(tmp_path / "phu-luc.xlsx", _bad_rows(change), title=[])
    plan = importer.build_plan(db, path)
    message = "\n".join(plan.errors)
    assert plan.errors and all(e.startswith("Tệp phu-luc.xlsx, trang “Phụ lục I”") for e in plan.errors)
    for word in words:
        assert word in message
    with pytest.raises(CchcError):
        importer.apply_plan(db, ACTOR, plan)
    assert records(db) == {}


def test_bad_files(db: Database, tmp_path: Path) -> None:
    locked = tmp_path / "mat-khau.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    empty_sheet = write_xlsx(tmp_path / "khong-tieu-de.xlsx", [["x", "y"]], header=["Cột 1", "Cột 2"], title=[])
    no_name = write_xlsx(tmp_path / "thieu-cot.xlsx", [[1, "Trong ngày"]], header=["STT", "Thời hạn giải quyết"],
                         title=[])
    cases = [(locked, "có mật khẩu"), (broken, "Không đọc được tệp Excel hong.xlsx"),
             (empty_sheet, "không có trang hay bảng nào có dòng tiêu đề"),
             (no_name, "cần ít nhất cột “Tên TTHC” hoặc “Mã TTHC”")]
    for path, words in cases:
        with pytest.raises(CchcError) as err:
            importer.build_plan(db, path)
        assert words in err.value.message and path.name in err.value.message
    with pytest.raises(CchcError, match="không có trang “Khác”"):
        importer.build_plan(db, write_xlsx(tmp_path / "a.xlsx", new_annex_rows()), Options(sheet="Khác"))
    assert records(db) == {}


def test_a_place_text_line_per_channel_goes_to_its_own_channel() -> None:
    lines = ("- Trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã;\n- Trực tuyến trên Cổng Dịch vụ công quốc gia;\n"
             "- Qua dịch vụ bưu chính công ích.")
    assert annex.place_notes(lines) == {"direct": "Trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã",
                                        "online": "Trực tuyến trên Cổng Dịch vụ công quốc gia",
                                        "postal": "Qua dịch vụ bưu chính công ích"}
    # A line for every channel, or one naming two: each channel keeps the whole text.
    assert annex.place_notes(PLACE) == dict.fromkeys(["direct", "online", "postal"], PLACE)
    assert annex.place_notes("Nộp trực tiếp hoặc qua bưu chính") == dict.fromkeys(
        ["direct", "postal"], "Nộp trực tiếp hoặc qua bưu chính")
    assert annex.place_notes("Tại bộ phận một cửa") == {}


def test_hidden_sheets_are_skipped_and_every_formula_is_found(db: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from openpyxl.worksheet.formula import ArrayFormula

    path = write_xlsx(tmp_path / "phu-luc.xlsx", new_annex_rows(), title=[])
    wb = load_workbook(path)
    hidden = wb.create_sheet("Nháp")
    hidden.append(["Mã TTHC", "Tên TTHC"])
    hidden.append(["1.000001", "không được nhập"])
    hidden.sheet_state = "hidden"
    wb.save(path)
    plan = importer.build_plan(db, path)
    assert [layout.table.sheet for layout in plan.layouts] == ["Phụ lục I"] and not plan.errors

    sheet = wb["Phụ lục I"]
    sheet["J4"] = "=A4&\"<x>\""            # a formula with markup in its text
    sheet["K5"] = ArrayFormula("K5:K5", "=SUM(A1:A2)")
    wb.save(path)
    plan = importer.build_plan(db, path)
    message = "\n".join(plan.errors)
    assert "dòng 4, cột J" in message and "“=A4&\"<x>\"”" in message
    assert "dòng 5, cột K" in message and "=SUM(A1:A2)" in message


def test_a_table_that_starts_away_from_a1_keeps_its_rows_and_columns(db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    ws["C4"], ws["D4"] = "Mã TTHC", "Tên thủ tục hành chính"
    ws["C5"], ws["D5"] = "1.001193", "Thủ tục đăng ký khai sinh"
    ws["C6"], ws["D6"] = "1.00119", "Thủ tục sai mã"
    wb.save(tmp_path / "lech.xlsx")
    plan = importer.build_plan(db, tmp_path / "lech.xlsx")
    assert plan.layouts[0].header_row == 4 and plan.counts["add"] == 1
    assert any("dòng 6, cột C “Mã TTHC”" in e for e in plan.errors), plan.errors



def test_a_value_far_from_the_table_is_refused_not_read(db: Database, tmp_path: Path) -> None:
    """Read as one block from A1, such a sheet would need billions of cells; formatting alone is harmless."""
    from openpyxl import load_workbook

    path = write_xlsx(tmp_path / "phu-luc.xlsx", new_annex_rows())
    wb = load_workbook(path)
    wb.active["XFD1048576"].number_format = "0.00"  # formatted, no value
    wb.save(path)
    assert importer.build_plan(db, path).counts["add"] == 3
    wb.active["XFD1048576"] = "ghi nhầm"
    wb.save(path)
    with pytest.raises(CchcError) as err:
        importer.build_plan(db, path)
    assert err.value.message.startswith("Tệp phu-luc.xlsx, trang “Phụ lục I”: có dữ liệu ở ô XFD1048576")
    assert "1.048.576 dòng × 16.384 cột" in err.value.message and "Ctrl+End" in err.value.message
