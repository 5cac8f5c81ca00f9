"""The handbook of every posted demo procedure, both outputs, against the same pages in plain reportlab."""

from __future__ import annotations

import datetime as dt
import io

from bench.harness import Context, Result, figure, median, samples

DAY = dt.date(2026, 11, 26)


def _plain_reportlab(data, starts: dict[str, int], imposed: bool) -> bytes:
    """The same pages with stock platypus: a frame per page, the same paragraphs, tables and QR runs.

    The contents and index print the page numbers given (the engine's two passes
    are its own cost); the imposed output draws each page once as a form and
    places two per A4 side, as the engine does.
    """
    from reportlab.lib.pagesizes import A4, A5, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable, Frame, Paragraph, Table, TableStyle
    from reportlab.platypus.flowables import PageBreak

    from cchc_desktop.printing import fonts, qr
    from cchc_desktop.printing.engine import markup
    from cchc_desktop.printing.handbook import booklet_order

    fonts.register_fonts()
    base = ParagraphStyle("b", fontName=fonts.REGULAR, fontSize=9.5, leading=12.8)
    name = ParagraphStyle("n", fontName=fonts.BOLD, fontSize=12.5, leading=15.5)
    section = ParagraphStyle("s", fontName=fonts.BOLD, fontSize=10.5, leading=13.5, spaceBefore=6, spaceAfter=2.5)
    head = ParagraphStyle("h", fontName=fonts.SEMIBOLD, fontSize=7.5, leading=9)
    title = ParagraphStyle("t", fontName=fonts.BOLD, fontSize=15, leading=19)

    small = ParagraphStyle("l", fontName=fonts.REGULAR, fontSize=6.5, leading=8, alignment=1)
    group = ParagraphStyle("g", fontName=fonts.SEMIBOLD, fontSize=9.5, leading=12, spaceBefore=3)

    class Code(Flowable):
        """A code, its link and its caption, beside which nothing flows (as in the engine's QR frame)."""

        def __init__(self, link: str):
            super().__init__()
            self.m = qr.matrix(link)
            self.link = Paragraph(markup(qr.display_link(link)), small)
            self.caption = Paragraph("Quét mã để nộp trực tuyến", group)

        def wrap(self, aw, ah):
            self.link.wrap(34 * mm, ah)
            self.caption.wrap(34 * mm, ah)
            return 34 * mm, 32 * mm + self.link.height + self.caption.height

        def draw(self):
            top = 32 * mm + self.link.height + self.caption.height
            qr.draw(self.canv, self.m, 2 * mm, top - 28 * mm, 26 * mm)
            self.link.drawOn(self.canv, 0, self.caption.height)
            self.caption.drawOn(self.canv, 0, 0)

    class Box(Flowable):
        """A dossier line with its tick box."""

        def __init__(self, para):
            super().__init__()
            self.para = para

        def wrap(self, aw, ah):
            _, self.height = self.para.wrap(aw - 14, ah)
            return aw, self.height

        def split(self, aw, ah):
            return [Box(p) for p in self.para.split(aw - 14, ah)]

        def draw(self):
            self.canv.rect(0, self.height - 9.5, 7.8, 7.8)
            self.para.drawOn(self.canv, 14, 0)

    def entry(p) -> list:
        out = [Code(p.link) if p.link else Paragraph(f"Tra cứu mã {p.code} trên dichvucong.gov.vn", small),
               Paragraph(markup(p.name), name), Paragraph(f"Mã thủ tục: <b>{p.code}</b>", base)]
        if p.online_offered:
            out.append(Paragraph(f"Dịch vụ công trực tuyến: {markup(p.online)}", base))
        if p.steps:
            out.append(Paragraph("Trình tự thực hiện", section))
            out += [Paragraph(markup(line), base) for line in p.steps]
        if p.requirements:
            out += [Paragraph("Điều kiện thực hiện", section), Paragraph(markup(p.requirements), base)]
        out.append(Paragraph("Cần mang theo", section))
        for g in p.dossier:
            if g.title:
                out.append(Paragraph(markup(g.title), group))
            for i in g.items:
                qty = f' <font color="#5f6b7a">({markup(i.quantity)})</font>' if i.quantity else ""
                para = Paragraph(markup(i.text) + qty, base)
                out.append(Box(para) if i.is_document else para)
        rows = [["Cách nộp", "Thời hạn", "Phí, lệ phí"]]
        rows += [[Paragraph(f"<b>{markup(c.label)}</b>", base), Paragraph(markup(c.time), base),
                  Paragraph(markup(c.fees), base)] for c in p.channels]
        out.append(Table(rows, colWidths=[29 * mm, 37 * mm, 56 * mm], repeatRows=1, style=TableStyle(
            [("FONT", (0, 0), (-1, -1), fonts.REGULAR), ("GRID", (0, 0), (-1, -1), 0.4, "#c8d2de"),
             ("BACKGROUND", (0, 0), (-1, 0), "#12355b"), ("VALIGN", (0, 0), (-1, -1), "TOP")])))
        out.append(Paragraph("Nơi nộp hồ sơ", section))
        facts = [("Trực tiếp", data.center.name_and_address), ("Giờ làm việc", data.center.hours),
                 ("Trực tuyến", qr.display_link(p.link or "")), ("Kết quả", p.results)]
        out += [Paragraph(f"<b>{label}:</b> {markup(value)}", base) for label, value in facts if value]
        return out

    story: list = [Paragraph("Sổ tay hướng dẫn thủ tục hành chính", title), PageBreak(),
                   Paragraph("Cách dùng sổ tay", title), PageBreak(), Paragraph("Mục lục", title)]
    for f in data.fields:
        story.append(Paragraph(markup(f.name), section))
        story += [Paragraph(f"{markup(p.name)} ({p.code}) {starts.get(p.code, 0)}", base) for p in f.procedures]
    for p in data.procedures:
        story += [PageBreak(), *entry(p)]
    story += [PageBreak(), Paragraph("Tra cứu theo tên thủ tục", title)]
    story += [Paragraph(f"{markup(p.name)} ({p.code}) {starts.get(p.code, 0)}", base) for p in data.procedures]

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=landscape(A4) if imposed else A5, initialFontName=fonts.REGULAR,
                    pageCompression=1)
    w, h = A5
    number = 0
    while story:
        number += 1
        if imposed:
            canvas.beginForm(f"p{number}", 0, 0, w, h)
        running = Paragraph(f"Lĩnh vực · trang {number}", head)
        running.wrapOn(canvas, w - 26 * mm, h)
        running.drawOn(canvas, 13 * mm, h - 14 * mm)
        frame = Frame(13 * mm, 16 * mm, w - 26 * mm, h - 33 * mm, showBoundary=0)
        while story:
            if isinstance(story[0], PageBreak):
                story.pop(0)
                break
            if not frame.add(story[0], canvas):
                parts = frame.split(story[0], canvas)
                if len(parts) > 1:
                    story[0:1] = parts
                    continue
                if frame._atTop:  # fits no page: leave it out
                    story.pop(0)
                break
            story.pop(0)
        if imposed:
            canvas.endForm()
        else:
            canvas.showPage()
    if imposed:
        for left, right in booklet_order(number):
            for page, x in ((left, 0), (right, w)):
                if page <= number:
                    canvas.saveState()
                    canvas.translate(x, 0)
                    canvas.doForm(f"p{page}")
                    canvas.restoreState()
            canvas.showPage()
    canvas.save()
    return out.getvalue()


@figure("handbook_demo", "handbook of every posted demo procedure, print-shop pages and A4 booklet",
        floor="same pages in plain reportlab calls", target="≤ 1.5×", order=42)
def handbook_demo(ctx: Context) -> Result:
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.db import open_database
    from cchc_desktop import demo
    from cchc_desktop.printing import documents, qr, studio
    from cchc_desktop.printing.engine import Options

    db = open_database(str(ctx.workdir / "handbook-demo.db"))
    try:
        demo.load_demo(db, Actor.command_line())
        with db.read() as session:
            data = studio.gather(session, studio.Request("handbook", day=DAY))
    finally:
        db.dispose()

    def engine():
        qr.matrix.cache_clear()  # each run encodes its codes, as the plain drawing does
        shop = documents.render("handbook", data, options=Options(crop_marks=True))
        booklet = documents.render("handbook", data, options=Options(imposed=True))
        return shop, booklet

    shop, booklet = engine()
    if shop.blocked or booklet.blocked or booklet.pages * 2 != booklet.book_pages:
        raise RuntimeError("the demo handbook did not lay out cleanly")
    import pypdfium2

    doc = pypdfium2.PdfDocument(shop.pdf)
    starts: dict[str, int] = {}
    for i in range(len(doc)):
        text = doc[i].get_textpage().get_text_range()
        for p in data.procedures:
            if p.code not in starts and f"Mã thủ tục: {p.code}" in text:
                starts[p.code] = i + 1
    doc.close()

    def floor():
        qr.matrix.cache_clear()
        return _plain_reportlab(data, starts, False), _plain_reportlab(data, starts, True)

    repeat = ctx.repeat(5, 1)
    floor_times, engine_times = [], []
    for _ in range(repeat):  # interleaved, so both see the same machine load
        floor_times += samples(floor, 1, warmup=0)
        engine_times += samples(engine, 1, warmup=0)
    value, base = median(engine_times), median(floor_times)
    note = (f"{shop.pages} A5 pages for {len(data.procedures)} procedures, {len(set(shop.links))} QR codes; "
            f"booklet {booklet.pages} A4 sides")
    return Result(value, "s", value <= 1.5 * base, floor=base, note=note)
