"""The communication plan's part of the report PDF, laid out from :func:`plans.report_section`'s dict.

Registered in :data:`cchc_desktop.printing.report.LAYOUTS`; the sheets and the
JSON come from the report's own tables (:func:`reports.plan_section`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
from xml.sax.saxutils import escape

from cchc_desktop.core.services.reports import assessment
from cchc_desktop.printing import fonts

STATUS_COLOURS = {"met": "#1e7b34", "missed": "#b3261e", "behind": "#a86400", "on_track": "#35506b",
                  "upcoming": "#666666"}


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5)
    return {"base": base,
            "title": ParagraphStyle("title", base, fontName=fonts.BOLD, fontSize=13.5, leading=17, alignment=TA_CENTER,
                                    spaceAfter=2 * mm),
            "sub": ParagraphStyle("sub", base, alignment=TA_CENTER, fontName=fonts.ITALIC, spaceAfter=4 * mm),
            "h2": ParagraphStyle("h2", base, fontName=fonts.BOLD, fontSize=11, leading=14, spaceBefore=4 * mm,
                                 spaceAfter=2 * mm, textColor=colors.HexColor("#12355b")),
            "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11),
            "head": ParagraphStyle("head", base, fontName=fonts.BOLD, fontSize=8.5, leading=11)}


def _day(iso: str | None) -> str:
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _table(rows: list[list[Any]], widths: list[float], header_rows: int = 1) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=header_rows)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR),  # reportlab's default would add Helvetica to the PDF
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a99ab")),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e3eaf3")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def flowables(section: dict[str, Any], width: float = A4[0] - 36 * mm) -> list[Any]:
    """The section as platypus flowables, ``width`` points wide."""
    st = _styles()
    cell, head = st["cell"], st["head"]
    plan, period, totals = section["plan"], section["period"], section["totals"]
    out: list[Any] = []
    decision = f"số {plan['decision_number']}" if plan["decision_number"] else "(chưa ghi số)"
    if plan["decision_date"]:
        decision += f" ngày {_day(plan['decision_date'])}"
    as_of = (f"Số liệu đến hết ngày {_day(period['end'])}" if section["as_of"] > period["end"]
             else f"Số liệu tính đến ngày {_day(section['as_of'])}, kỳ báo cáo chưa kết thúc")
    out.append(_p(f"{period['label']} (từ {_day(period['start'])} đến {_day(period['end'])}) – "
                  f"{plan['title']}, {decision}, {plan['issuer']}. {as_of}.", st["sub"]))
    out.append(_p("1. Tổng hợp", st["h2"]))
    out.append(_p(f"{totals['tasks_with_activity']}/{totals['tasks']} nhiệm vụ có kết quả trong kỳ; "
                  f"{totals['activities']} sản phẩm, hoạt động được ghi nhận (tổng số lượng {totals['count']}). "
                  f"Chỉ tiêu theo kỳ: {totals['windows_met']} kỳ đạt, {totals['windows_missed']} kỳ không đạt, "
                  f"{totals['windows_open']} kỳ chưa kết thúc.", st["base"]))
    out.append(Spacer(1, 3 * mm))
    rows = [[_p(h, head) for h in ("Stt", "Nội dung công việc", "Chủ trì", "Kết quả trong kỳ", "Chỉ tiêu và đánh giá")]]
    for task in section["tasks"]:
        done = "; ".join(f"{kind}: {n}" for kind, n in task["by_kind"].items()) or "Chưa có kết quả"
        judged = "\n".join(f"{t['text']} – {assessment(t)}" for t in task["targets"]) or "Không có chỉ tiêu định lượng"
        rows.append([_p(str(task["number"]), cell), _p(task["content"], cell), _p(task["lead_unit"], cell),
                     _p(f"{task['activities']} mục\n{done}", cell), _p(judged, cell)])
    fractions = (0.05, 0.37, 0.16, 0.16, 0.26)
    out.append(_table(rows, [width * f for f in fractions]))
    out.append(_p("2. Danh sách sản phẩm, hoạt động", st["h2"]))
    any_items = False
    for task in section["tasks"]:
        if not task["items"]:
            continue
        any_items = True
        rows = [[_p(f"Nhiệm vụ {task['number']}: {task['content']}", head), "", "", "", ""],
                [_p(h, head) for h in ("Ngày", "Loại", "Tên sản phẩm, hoạt động", "Số lượng", "Nơi đăng, đơn vị")]]
        for item in task["items"]:
            where = "\n".join(x for x in (item["place"], item["link"], item["unit"]) if x)
            if item["evidence"]:
                where += ("\n" if where else "") + f"Minh chứng: {item['evidence']}"
            rows.append([_p(_day(item["day"]), cell), _p(item["kind_label"], cell), _p(item["title"], cell),
                         _p(str(item["count"]), cell), _p(where, cell)])
        table = _table(rows, [width * f for f in (0.135, 0.14, 0.365, 0.09, 0.27)], header_rows=2)
        table.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f3f6fa"))]))
        out.append(table if len(rows) > 8 else KeepTogether(table))
        out.append(Spacer(1, 3 * mm))
    if not any_items:
        out.append(_p("Không có sản phẩm, hoạt động nào được ghi nhận trong kỳ.", st["base"]))
    return out
