"""Print studio: a poster page with 30 QR codes against plain reportlab, and the demo's posters and guides."""

from __future__ import annotations

import datetime as dt
import io
import time

from bench.harness import Context, Result, figure, median, samples

DAY = dt.date(2026, 11, 26)


def _thirty() -> list:
    """30 real procedures (names of 25–45 letters, real portal links) as one field's poster content."""
    from cchc_desktop.core.domain import Lifecycle, Verification
    from cchc_desktop.core.services.national import national_catalogue
    from cchc_desktop.core.procedure_info import ChannelInfo, ProcedureInfo

    entries = [e for e in national_catalogue().entries if e.link and 25 <= len(e.name) <= 45][:30]
    channel = ChannelInfo("direct", "Trực tiếp", "3 ngày làm việc", "50.000 đồng")
    return [ProcedureInfo(code=e.code, name=e.name, short_name=e.name, field="Hộ tịch", link=e.link,
                          lifecycle=Lifecycle.IN_FORCE, effective_until=None, in_force=True, posted=True,
                          verification=Verification.VERIFIED, verified_on=dt.date(2026, 7, 18), channels=(channel,),
                          subjects="", agencies="", results="", requirements="", steps=(), dossier=(),
                          online="Một phần") for e in entries]


def _plain_reportlab(procedures: list) -> bytes:
    """The same page drawn by hand: the same 30 matrices (qrcode) as merged runs and the same texts."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M
    from reportlab.lib.pagesizes import A3
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    from cchc_desktop.printing import fonts

    fonts.register_fonts()
    out = io.BytesIO()
    c = Canvas(out, pagesize=A3, initialFontName=fonts.REGULAR)
    c.setFont(fonts.BOLD, 30)
    c.drawString(12 * mm, 400 * mm, "DANH MỤC THỦ TỤC HÀNH CHÍNH")
    c.setFont(fonts.SEMIBOLD, 18)
    c.drawString(12 * mm, 390 * mm, "Lĩnh vực: Hộ tịch")
    code_style = ParagraphStyle("c", fontName=fonts.SEMIBOLD, fontSize=9, leading=11)
    name_style = ParagraphStyle("n", fontName=fonts.BOLD, fontSize=10.5, leading=13)
    text_style = ParagraphStyle("t", fontName=fonts.REGULAR, fontSize=8.5, leading=11)
    col_w, row_h, text_w, size = 89 * mm, 34 * mm, 55 * mm, 20 * mm
    for i, p in enumerate(procedures):
        x, y = 10 * mm + (i // 10) * (col_w + 5 * mm), 365 * mm - (i % 10) * row_h
        q = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
        q.add_data(p.link.encode("utf-8"))
        q.make(fit=True)
        m = size / len(q.modules)
        path = c.beginPath()
        for r, row in enumerate(q.modules):
            col = 0
            while col < len(row):
                if row[col]:
                    start = col
                    while col < len(row) and row[col]:
                        col += 1
                    path.rect(x + text_w + 8 * mm + start * m, y - (r + 1) * m, (col - start) * m, m)
                else:
                    col += 1
        c.drawPath(path, stroke=0, fill=1)
        top = y
        for text, style in ((f"Mã thủ tục: {p.code}", code_style), (p.name, name_style),
                            (f"<b>Thời hạn giải quyết:</b> {p.time_brief}", text_style),
                            (f"<b>Phí, lệ phí:</b> {p.fee_brief}", text_style)):
            para = Paragraph(text, style)
            _, h = para.wrap(text_w, 100 * mm)
            para.drawOn(c, x, top - h)
            top -= h
        c.setFont(fonts.REGULAR, 5.5)
        c.drawRightString(x + col_w, y - 26 * mm, p.link.removeprefix("https://"))
    c.showPage()
    c.save()
    return out.getvalue()


@figure("poster_30qr", "poster page with 30 QR codes", floor="same drawing in plain reportlab calls",
        target="≤ 1.3×", order=40)
def poster_30qr(ctx: Context) -> Result:
    from cchc_desktop.printing import documents, qr
    from cchc_desktop.core.procedure_info import CenterInfo, FieldInfo, PrintData

    procedures = _thirty()
    data = PrintData(fields=(FieldInfo("Hộ tịch", None, tuple(procedures)),),
                     center=CenterInfo(name="Trung tâm Phục vụ hành chính công phường Bình Long"), day=DAY)

    def engine():
        qr.matrix.cache_clear()  # each run encodes its 30 codes, as the plain drawing does
        return documents.render("poster", data, "A3")

    check = engine()
    if check.pages != 1 or len(check.links) != 30 or check.blocked:
        raise RuntimeError(f"expected one page with 30 codes, got {check.pages} pages, {len(check.links)} codes")
    repeat = ctx.repeat(9, 3)
    floor_times, engine_times = [], []
    for _ in range(repeat):  # interleaved, so both see the same machine load
        floor_times += samples(lambda: _plain_reportlab(procedures), 1, warmup=0)
        engine_times += samples(engine, 1, warmup=0)
    value, base = median(engine_times), median(floor_times)
    return Result(value * 1000, "ms", value <= 1.3 * base, floor=base * 1000, note="A3, 3 columns, 30 codes")


@figure("print_all_demo", "every poster and guide sheet of the demo catalogue", floor="", target="≤ 15 s",
        order=41)
def print_all_demo(ctx: Context) -> Result:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.db import open_database
    from cchc_desktop import demo
    from cchc_desktop.printing import studio

    db = open_database(str(ctx.workdir / "print-demo.db"))
    try:
        demo.load_demo(db, Actor.command_line())

        def everything():
            # One poster per field of the posted list (one document), one guide sheet per posted procedure.
            posters = studio.build(db, studio.Request("poster", day=DAY))
            guides = studio.build(db, studio.Request("guide", day=DAY))
            return posters, guides

        posters, guides = everything()
        times = []
        for _ in range(ctx.repeat(3, 1)):
            start = time.perf_counter()
            everything()
            times.append(time.perf_counter() - start)
    finally:
        db.dispose()
    value = median(times)
    note = (f"{posters.pages} poster pages and {guides.pages} guide-sheet pages for "
            f"{len(guides.codes)} posted procedures")
    return Result(value, "s", value <= 15, note=note)
