"""Filled-in sample forms ("MẪU") drawn after the official forms a dossier names.

Each :class:`Form` is data: the title block, the rows of the official form with
an example answer, the pledge and the signature, and the notes counter staff
add ("ghi rõ…", "không tẩy xóa"). :func:`render` draws one on A4 with the
national heading, the answers in blue as if handwritten, a "MẪU" watermark,
the line saying the data is made up, and the procedure's QR code when it has a
link. The forms and their example data live in :mod:`sample_forms_data`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from cchc_desktop.printing import fonts, qr

INK = HexColor("#1d232a")
HAND = HexColor("#1a3fa8")  # the example answers: ballpoint blue
NOTE = HexColor("#b3261e")  # the staff's notes: red
MUTED = HexColor("#5f6b7a")
WATERMARK = Color(0.85, 0.2, 0.2, alpha=0.13)
FICTITIOUS = ("Dữ liệu trong mẫu là giả định, không phải của người thật; chỉ dùng để tham khảo cách điền. "
              "Mỗi người tự khai thông tin của mình.")


@dataclass(frozen=True)
class Row:
    """One line of the form: its printed label, the example answer, and a staff note under it."""

    label: str
    value: str = ""
    note: str = ""
    heading: bool = False


@dataclass(frozen=True)
class Form:
    title: str  # as the official form prints it, e.g. "TỜ KHAI ĐĂNG KÝ KHAI SINH"
    rows: tuple[Row, ...]
    addressee: str = ""
    subtitle: str = ""
    pledge: str = ("Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp "
                   "luật về cam đoan của mình.")
    signer: str = "Người yêu cầu"
    signer_hint: str = "(Ký, ghi rõ họ, chữ đệm, tên)"
    signature: str = ""
    place_date: str = "Bình Long, ngày 15 tháng 11 năm 2026"
    notes: tuple[str, ...] = field(default=())  # "Lưu ý khi điền" at the foot

    @property
    def name(self) -> str:
        """The form's name in sentence case, as a dossier lists it (Tờ khai đăng ký khai sinh)."""
        text = self.title.strip().lower()
        return text[:1].upper() + text[1:]


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    return {
        "nation": ParagraphStyle("nation", fontName=fonts.BOLD, fontSize=11.5, leading=14, alignment=TA_CENTER),
        "motto": ParagraphStyle("motto", fontName=fonts.BOLD, fontSize=12, leading=15, alignment=TA_CENTER),
        "title": ParagraphStyle("title", fontName=fonts.BOLD, fontSize=14, leading=18, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", fontName=fonts.ITALIC, fontSize=10.5, leading=13,
                                   alignment=TA_CENTER),
        "addressee": ParagraphStyle("addressee", fontName=fonts.REGULAR, fontSize=11.5, leading=15,
                                    alignment=TA_CENTER),
        "row": ParagraphStyle("row", fontName=fonts.REGULAR, fontSize=11, leading=17, textColor=INK),
        "heading": ParagraphStyle("heading", fontName=fonts.BOLD, fontSize=11, leading=16, textColor=INK,
                                  spaceBefore=3),
        "note": ParagraphStyle("note", fontName=fonts.ITALIC, fontSize=9, leading=11, textColor=NOTE,
                               leftIndent=6 * mm),
        "pledge": ParagraphStyle("pledge", fontName=fonts.REGULAR, fontSize=11, leading=15, firstLineIndent=8 * mm),
        "sign": ParagraphStyle("sign", fontName=fonts.BOLD, fontSize=11, leading=14, alignment=TA_CENTER),
        "sign_hint": ParagraphStyle("sign_hint", fontName=fonts.ITALIC, fontSize=10, leading=13,
                                    alignment=TA_CENTER),
        "hand": ParagraphStyle("hand", fontName=fonts.ITALIC, fontSize=12, leading=15, alignment=TA_CENTER,
                               textColor=HAND),
        "foot_title": ParagraphStyle("foot_title", fontName=fonts.BOLD, fontSize=9.5, leading=12, textColor=NOTE),
        "foot": ParagraphStyle("foot", fontName=fonts.REGULAR, fontSize=9, leading=11.5, textColor=NOTE),
        "small": ParagraphStyle("small", fontName=fonts.ITALIC, fontSize=8.5, leading=10.5, textColor=MUTED),
    }


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Page:
    """A top-down writer on one A4 page."""

    def __init__(self, canvas: Canvas, styles: dict[str, ParagraphStyle]):
        self.c, self.styles = canvas, styles
        self.left, self.right = 20 * mm, A4[0] - 15 * mm
        self.y = A4[1] - 15 * mm

    @property
    def width(self) -> float:
        return self.right - self.left

    def para(self, markup: str, style: str, *, x: float | None = None, width: float | None = None,
             dotted: bool = False) -> Paragraph:
        p = Paragraph(markup, self.styles[style])
        w = width or self.width
        _, h = p.wrap(w, self.y)
        self.y -= p.style.spaceBefore
        x = self.left if x is None else x
        p.drawOn(self.c, x, self.y - h)
        if dotted:  # the dotted lines a form is filled in on, under every line of the answer
            self.c.saveState()
            self.c.setStrokeColor(MUTED)
            self.c.setDash(0.6, 1.8)
            self.c.setLineWidth(0.5)
            lines = max(1, round(h / p.style.leading))
            for i in range(lines):
                base = self.y - (i + 1) * p.style.leading + 3.2
                self.c.line(x, base, x + w, base)
            self.c.restoreState()
        self.y -= h + p.style.spaceAfter
        return p


def render(form: Form, *, link: str | None = None, code: str = "") -> bytes:
    """The filled-in sample of ``form`` as a one-page PDF (two when its rows need them)."""
    styles = _styles()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, initialFontName=fonts.REGULAR, pageCompression=1)
    c.setTitle(f"Mẫu điền sẵn – {form.name}")
    c.setSubject(f"Hồ sơ mẫu thủ tục {code}" if code else "Hồ sơ mẫu")
    c.setCreator("CCHC Desktop")
    page = _Page(c, styles)
    _watermark(c)
    page.para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "nation")
    page.para("Độc lập - Tự do - Hạnh phúc", "motto")
    c.setLineWidth(0.8)
    middle = (page.left + page.right) / 2
    c.line(middle - 28 * mm, page.y - 1, middle + 28 * mm, page.y - 1)
    page.y -= 9 * mm
    page.para(_esc(form.title), "title")
    if form.subtitle:
        page.para(_esc(form.subtitle), "subtitle")
    page.y -= 2 * mm
    if form.addressee:
        page.para(f"Kính gửi: <font color='{HAND.hexval()}' face='{fonts.ITALIC}'>{_esc(form.addressee)}</font>",
                  "addressee")
        page.y -= 2 * mm
    for row in form.rows:
        if page.y < 70 * mm:  # room for the pledge, the signature and the notes
            _footer(page, code)
            c.showPage()
            _watermark(c)
            page = _Page(c, styles)
        if row.heading:
            page.para(_esc(row.label), "heading")
        else:
            value = f" <font color='{HAND.hexval()}' face='{fonts.ITALIC}'>{_esc(row.value)}</font>" if row.value else ""
            page.para(f"{_esc(row.label)}{value}", "row", dotted=True)
        if row.note:
            page.para(f"↳ {_esc(row.note)}", "note")
    page.y -= 2 * mm
    page.para(_esc(form.pledge), "pledge")
    page.y -= 3 * mm
    half = page.width / 2
    x = page.left + half
    top = page.y
    page.para(f"<i>{_esc(form.place_date)}</i>", "sign_hint", x=x, width=half)
    page.para(_esc(form.signer), "sign", x=x, width=half)
    page.para(_esc(form.signer_hint), "sign_hint", x=x, width=half)
    page.y -= 4 * mm
    page.para(_esc(form.signature), "hand", x=x, width=half)
    bottom = page.y
    if link:  # the procedure online, beside the signature
        m = qr.matrix(link)
        size = qr.size_for(m, 24)
        qr.draw(c, m, page.left, top - size * mm - 4 * mm, size * mm)
        page.y = top - size * mm - 4 * mm
        page.para("Quét mã để nộp hồ sơ trực tuyến", "small", width=half - 10 * mm)
        page.y = min(page.y, bottom)
    page.y -= 3 * mm
    if form.notes:
        c.saveState()
        c.setStrokeColor(NOTE)
        c.setLineWidth(0.7)
        box_top = page.y
        page.left += 3 * mm
        page.right -= 3 * mm
        page.y -= 2.5 * mm
        page.para("Lưu ý khi điền (cán bộ hướng dẫn ghi):", "foot_title")
        for note in form.notes:
            page.para(f"• {_esc(note)}", "foot")
        page.left -= 3 * mm
        page.right += 3 * mm
        page.y -= 1.5 * mm
        c.roundRect(page.left, page.y, page.width, box_top - page.y, 2 * mm, stroke=1, fill=0)
        c.restoreState()
    _footer(page, code)
    c.save()
    return buffer.getvalue()


def _watermark(c: Canvas) -> None:
    c.saveState()
    c.setFillColor(WATERMARK)
    c.setFont(fonts.BOLD, 170)
    c.translate(A4[0] / 2, A4[1] / 2)
    c.rotate(35)
    c.drawCentredString(0, -60, "MẪU")
    c.restoreState()


def _footer(page: _Page, code: str) -> None:
    page.y = 16 * mm
    where = f" Thủ tục {code}." if code else ""
    page.para(f"MẪU ĐIỀN SẴN ĐỂ THAM KHẢO.{where} {FICTITIOUS}", "small")
