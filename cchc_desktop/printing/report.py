"""The periodic report as a PDF: A4 portrait, the center's header, one part per section, the signature block.

The document is a list of platypus flowables: the header, then each section's
flowables (its layout in :data:`LAYOUTS` when it has one, else its summary,
charts and tables drawn here), then the signature block. Charts are
reportlab graphics; numbers and dates are Vietnamese through babel.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from cchc_desktop.core.periods import LOCAL_TZ
from cchc_desktop.core import paths
from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.services import reports
from cchc_desktop.printing import fonts, plan_report

LOCALE = "vi"
INK = colors.HexColor("#12355b")
SERIES = [colors.HexColor("#1f5a96"), colors.HexColor("#f2a93b"), colors.HexColor("#3c9d5d"),
          colors.HexColor("#9b59b6")]
WIDTH = A4[0] - 40 * mm  # the frame: 25 mm left, 15 mm right


def number(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and not value.is_integer():
        return format_decimal(value, "#,##0.0", locale=LOCALE)
    return format_decimal(value, locale=LOCALE)


def percent(value: float | None) -> str:
    return "–" if value is None else format_percent(value, "#,##0.0%", locale=LOCALE)


def signed(value: int) -> str:
    return ("+" if value > 0 else "") + number(value)


def long_date(day: dt.date) -> str:
    """“ngày 03 tháng 12 năm 2026”, as official documents write it."""
    return f"ngày {format_date(day, 'dd', locale=LOCALE)} tháng {format_date(day, 'MM', locale=LOCALE)} " \
           f"năm {format_date(day, 'y', locale=LOCALE)}"


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=10.5, leading=14)
    return {
        "base": base,
        "body": ParagraphStyle("body", base, alignment=TA_JUSTIFY, spaceAfter=4),
        "center": ParagraphStyle("center", base, alignment=TA_CENTER),
        "center_bold": ParagraphStyle("center_bold", base, fontName=fonts.BOLD, alignment=TA_CENTER),
        "center_italic": ParagraphStyle("center_italic", base, fontName=fonts.ITALIC, alignment=TA_CENTER),
        "title": ParagraphStyle("title", base, fontName=fonts.BOLD, fontSize=14, leading=19, alignment=TA_CENTER,
                                textColor=INK, spaceBefore=10),
        "subtitle": ParagraphStyle("subtitle", base, fontName=fonts.SEMIBOLD, alignment=TA_CENTER, spaceAfter=4),
        "demo": ParagraphStyle("demo", base, fontName=fonts.BOLD, alignment=TA_CENTER,
                               textColor=colors.HexColor("#b03a2e")),
        "h1": ParagraphStyle("h1", base, fontName=fonts.BOLD, fontSize=12, leading=16, textColor=INK,
                             spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", base, fontName=fonts.SEMIBOLD, fontSize=10.5, spaceBefore=6, spaceAfter=3),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=11.5),
        "cell_head": ParagraphStyle("cell_head", base, fontName=fonts.BOLD, fontSize=9, leading=11.5),
    }


def _esc(text: Any) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def header(report: reports.Report, st: dict[str, ParagraphStyle]) -> list:
    center = report.center.get("name") or "Trung tâm Phục vụ hành chính công"
    left = [Paragraph(_esc(center.upper()), st["center_bold"])]
    if report.center.get("address"):
        left.append(Paragraph(_esc(report.center["address"]), ParagraphStyle("a", st["center"], fontSize=9)))
    right = [Paragraph("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", st["center_bold"]),
             Paragraph("Độc lập – Tự do – Hạnh phúc", ParagraphStyle("m", st["center_bold"], fontName=fonts.SEMIBOLD)),
             Spacer(1, 4),
             Paragraph(_esc(long_date(report.generated_at.astimezone(LOCAL_TZ).date()).capitalize()),
                       st["center_italic"])]
    top = Table([[left, right]], colWidths=[WIDTH * 0.45, WIDTH * 0.55])
    # Each table names the bundled font: reportlab's default would embed a reference to Helvetica.
    top.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    period = report.period.label
    if report.period.kind != "range":
        period += f" (từ {report.period.start:%d/%m/%Y} đến {report.period.end:%d/%m/%Y})"
        if report.has("guidance"):  # the plan's part alone compares with no earlier period
            period += f"; so sánh với {report.previous.label[0].lower()}{report.previous.label[1:]}"
    out: list = [top, Paragraph("BÁO CÁO<br/>" + _esc(reports.title(report).upper()), st["title"]),
                 Paragraph(_esc(period), st["subtitle"])]
    if report.demo_data:
        out.append(Paragraph("DỮ LIỆU MẪU – chỉ để xem thử, không dùng để báo cáo", st["demo"]))
    return out


def table(t: reports.Table, st: dict[str, ParagraphStyle]) -> Table:
    rows = t.rows[:t.pdf_rows] if t.pdf_rows else t.rows
    head = [Paragraph(_esc(c), st["cell_head"]) for c in t.columns]
    body = []
    numeric = set()
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            if i in t.percent:
                cells.append(percent(value))
                numeric.add(i)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                cells.append(signed(value) if t.columns[i] == "Thay đổi" else number(value))
                numeric.add(i)
            else:
                cells.append(Paragraph(_esc(value), st["cell"]))
        body.append(cells)
    if not body:
        body = [[Paragraph("Không có số liệu trong kỳ.", st["cell"])] + [""] * (len(t.columns) - 1)]
    texts = [i for i in range(len(t.columns)) if i not in numeric]
    widths = _widths(len(t.columns), texts)
    out = Table([head] + body, colWidths=widths, repeatRows=1)
    style = [("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef6")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    style += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i in numeric]
    if t.rows and t.rows[-1][0] == "Tổng cộng":
        style.append(("FONT", (0, len(body)), (-1, len(body)), fonts.BOLD, 9))
    out.setStyle(TableStyle(style))
    return out


def _widths(n: int, texts: list[int]) -> list[float]:
    """Numbers get 22 mm each; the text columns share the rest (a short code column 21 mm)."""
    numbers = n - len(texts)
    free = WIDTH - numbers * 22 * mm
    widths = [22 * mm] * n
    if len(texts) == 2:  # (code or number, name)
        widths[texts[0]], widths[texts[1]] = 21 * mm, free - 21 * mm
    elif texts:
        for i in texts:
            widths[i] = free / len(texts)
    return widths


def chart(c: reports.Chart, height: float = 62 * mm) -> Drawing:
    drawing = Drawing(WIDTH, height)
    drawing.add(String(0, height - 10, c.title, fontName=fonts.SEMIBOLD, fontSize=9.5, fillColor=INK))
    bars = VerticalBarChart()
    bars.x, bars.y = 30, 40
    bars.width, bars.height = WIDTH - 40, height - 68
    bars.data = [list(values) for _, values in c.series] or [[0]]
    bars.categoryAxis.categoryNames = [_short(label) for label in c.labels]
    bars.categoryAxis.labels.fontName = fonts.REGULAR
    bars.categoryAxis.labels.fontSize = 7
    bars.valueAxis.labels.fontName = fonts.REGULAR
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    top = max((v for _, values in c.series for v in values), default=0)
    if c.percent:
        bars.valueAxis.valueMax = 100
        bars.valueAxis.valueStep = 20
        bars.valueAxis.labelTextFormat = lambda v: f"{v:.0f}%"
    elif top <= 5:
        bars.valueAxis.valueMax = 5
        bars.valueAxis.valueStep = 1
    else:
        bars.valueAxis.labelTextFormat = lambda v: format_decimal(v, locale=LOCALE)
    bars.barSpacing = 1
    bars.groupSpacing = 8
    for i in range(len(c.series)):
        bars.bars[i].fillColor = SERIES[i % len(SERIES)]
        bars.bars[i].strokeColor = None
    drawing.add(bars)
    if len(c.series) > 1:
        legend = Legend()
        legend.x, legend.y = 30, 10
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.fontName, legend.fontSize = fonts.REGULAR, 8
        legend.colorNamePairs = [(SERIES[i % len(SERIES)], name) for i, (name, _) in enumerate(c.series)]
        legend.deltax = 110
        legend.dx, legend.dy = 8, 8
        drawing.add(legend)
    return drawing


def _short(label: str, width: int = 18) -> str:
    """Bar labels on at most two lines under their bar (words kept whole, a long tail cut)."""
    lines, line = [], ""
    for word in label.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    if len(lines) > 2:
        lines = [lines[0], (lines[1][:width - 1] + "…")]
    return "\n".join(lines)


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def section_flowables(index: int, section: reports.Section, st: dict[str, ParagraphStyle]) -> list:
    out: list = [CondPageBreak(40 * mm), Paragraph(_esc(f"{_ROMAN[index]}. {section.title.upper()}"), st["h1"])]
    layout = LAYOUTS.get(section.key)
    if layout is not None:
        return out + layout(section.data, WIDTH)
    out += [Paragraph(_esc(line), st["body"]) for line in section.summary]
    for c in section.charts:
        out += [chart(c), Spacer(1, 4)]
    for t in section.tables:
        out.append(KeepTogether([Paragraph(_esc(t.title), st["h2"]), table(t, st)])
                   if len(t.rows) <= 12 else Paragraph(_esc(t.title), st["h2"]))
        if len(t.rows) > 12:
            out.append(table(t, st))
    return out


def signature(st: dict[str, ParagraphStyle]) -> list:
    left = [Paragraph("<b><i>Nơi nhận:</i></b>", ParagraphStyle("n", st["base"], fontSize=9.5)),
            Paragraph("- UBND phường (để báo cáo);<br/>- Phòng Nội vụ (tổng hợp);<br/>- Lưu: VT.",
                      ParagraphStyle("n2", st["base"], fontSize=8.5, leading=11))]
    right = [Paragraph("NGƯỜI LẬP BÁO CÁO", st["center_bold"]),
             Paragraph("(Ký, ghi rõ họ tên)", st["center_italic"]), Spacer(1, 22 * mm)]
    block = Table([[left, right]], colWidths=[WIDTH * 0.5, WIDTH * 0.5])
    block.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 8 * mm), KeepTogether([block])]


def summaries(report: reports.Report) -> None:
    """The sentences opening each built-in section (numbers in Vietnamese)."""
    if not report.has("guidance"):
        return
    g = report.section("guidance").data
    if not report.section("guidance").summary:
        report.section("guidance").summary = [
            f"Trong kỳ, Trung tâm đã hướng dẫn, hỗ trợ {number(g['total_sessions'])} lượt người dân "
            f"({signed(g['change_sessions'])} lượt so với kỳ trước: {number(g['previous_total_sessions'])} lượt). "
            f"Số lượt kết thúc bằng việc nộp hồ sơ trực tuyến thành công là {number(g['online_submission']['count'])} "
            f"({percent(g['online_submission']['share'])}; kỳ trước {percent(g['online_submission']['previous_share'])}); "
            f"đã thanh toán trực tuyến {number(g['online_payment']['count'])} "
            f"({percent(g['online_payment']['share'])}; kỳ trước {percent(g['online_payment']['previous_share'])})."
            + (f" Thời gian hướng dẫn trung bình {number(round(g['average_duration_seconds'] / 60, 1))} phút một lượt."
               if g["average_duration_seconds"] else "")]
    p = report.section("printing")
    if not p.summary:
        p.summary = [f"Đã in {number(p.data['jobs'])} lượt với {number(p.data['copies'])} bản tài liệu "
                     f"({number(p.data['pages'])} trang); kỳ trước {number(p.data['previous_jobs'])} lượt, "
                     f"{number(p.data['previous_copies'])} bản."]
    s = report.section("satisfaction")
    if not s.summary:
        s.summary = [f"Kiosk ghi nhận {number(s.data['ratings'])} phiếu đánh giá (kỳ trước "
                     f"{number(s.data['previous_ratings'])}); tỷ lệ hài lòng chung "
                     f"{percent(s.data['satisfied_share'])} (kỳ trước {percent(s.data['previous_satisfied_share'])}), "
                     "tính trên các phiếu chọn mức “Hài lòng” hoặc “Rất hài lòng”."]


def render(report: reports.Report) -> tuple[bytes, int]:
    """The PDF's bytes and its page count."""
    st = _styles()
    summaries(report)
    story = header(report, st)
    for i, section in enumerate(report.sections):
        story += section_flowables(i, section, st)
    story += signature(st)
    out = io.BytesIO()
    pages = []

    def footer(canvas, doc) -> None:
        pages.append(doc.page)
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Trang {doc.page}")
        canvas.drawString(25 * mm, 10 * mm, f"{report.period.label} – CCHC Desktop"
                          + (" – DỮ LIỆU MẪU" if report.demo_data else ""))
        canvas.restoreState()

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=18 * mm, title=f"{reports.title(report)} – {report.period.label}",
                            author=report.center.get("name") or "CCHC Desktop", initialFontName=fonts.REGULAR)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue(), len(pages)


def save(report: reports.Report, fmt: str, path: Path) -> str:
    """Write ``report`` as pdf, xlsx or json, whole or not at all (a temporary file, then replaced);
    returns a Vietnamese line saying what was written."""
    if fmt not in reports.FORMATS:
        raise ValidationError(f"Định dạng “{fmt}” không hỗ trợ: chọn pdf, xlsx hoặc json.", "format")
    if fmt == "pdf":
        data, pages = render(report)
        paths.write_whole(path, lambda tmp: Path(tmp).write_bytes(data))
        what = f"{pages} trang PDF"
    elif fmt == "xlsx":
        paths.write_whole(path, lambda tmp: reports.write_xlsx(report, tmp))
        what = "bảng tính .xlsx"
    else:
        paths.write_whole(path, lambda tmp: reports.write_json(report, tmp))
        what = "JSON"
    title = reports.title(report)
    return f"Đã lưu {title[0].lower()}{title[1:]} – {report.period.label} ({what}) vào {path}."


# Sections that lay themselves out in the PDF instead of the generic summary, charts and tables.
LAYOUTS: dict[str, Callable[[dict, float], list]] = {"plan": plan_report.flowables}
