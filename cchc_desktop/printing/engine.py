"""The layout engine: a template (:mod:`spec`) and print data (:mod:`content`) become PDF pages.

Each section of a document (a field's poster, a procedure's leaflet, …) is
laid out on its template's pages: blocks in fixed frames (headers, covers,
footers) and the story flowing through the flow frames. Text that does not
fit is shrunk (whole sections by ``[fit]``, fixed frames and cards on their
own), optional blocks are left out when a fixed sheet is full, and what still
does not fit is reported, never silently cut. Everything found goes to the
preflight :class:`~cchc_desktop.printing.preflight.Collector`.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable, Spacer

from cchc_desktop.printing import fonts, qr
from cchc_desktop.core.procedure_info import NO_LINK_TEXT, PrintData, ProcedureInfo
from cchc_desktop.printing.preflight import Collector, who
from cchc_desktop.printing.spec import Box, Spec, TemplateError

SLUG = 10 * mm          # room around the trim box for crop marks when printing for a print shop
MARK_LENGTH = 5 * mm
EPS = 0.01


@dataclass
class Options:
    crop_marks: bool = False              # crop marks and bleed, for a print shop
    grid: tuple[int, int] | None = None   # label sheet columns × rows (stickers)
    imposed: bool = False                 # a booklet's pages imposed two to a sheet (handbook)
    distance_m: float | None = None       # the reading distance a panel's QR codes are checked against


@dataclass
class Origin:
    """Where a flowable comes from, for messages and for leaving optional parts out."""

    procedure: ProcedureInfo | None = None
    label: str = ""
    optional: int = 0


# --- text ---------------------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-+•*–]\s*)+")
_PLACEHOLDER = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)*)(?:\|([a-z_]+))?\}")
_TAG = re.compile(r"<[^>]+>")


def lookup(ctx: dict[str, Any], path: str) -> Any:
    head, *rest = path.split(".")
    obj = ctx.get(head)
    for part in rest:
        if obj is None:
            return None
        obj = obj.get(part) if isinstance(obj, dict) else getattr(obj, part, None)
    return obj


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


_FILTERS: dict[str, Callable[[str], str]] = {
    "upper": str.upper,
    "link": qr.display_link,
    "roman": lambda v: _roman(int(v)) if v.isdigit() else v,
}


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


def markup(value: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(html.escape(line, quote=False) for line in value.split("\n"))


def fill(template: str, ctx: dict[str, Any]) -> str:
    """The template with ``{path}`` / ``{path|filter}`` replaced by escaped values."""
    def sub(match: re.Match[str]) -> str:
        text = as_text(lookup(ctx, match.group(1)))
        if match.group(2):
            if match.group(2) not in _FILTERS:
                raise TemplateError(f"Bộ lọc “{match.group(2)}” không có trong mẫu in.")
            text = _FILTERS[match.group(2)](text)
        return markup(text)
    return _PLACEHOLDER.sub(sub, template)


def plain(text: str) -> str:
    return html.unescape(_TAG.sub(" ", text))


def fitted(style, text: str, width: float, smallest: float = 4.5):
    """``style`` made small enough for the longest word of ``text`` to fit ``width`` (never cut a word)."""
    longest = max((stringWidth(w, style.fontName, style.fontSize) for w in text.split()), default=0)
    if longest <= width * 0.97:
        return style
    size = max(smallest, style.fontSize * width * 0.97 / longest)
    return ParagraphStyle(f"{style.name}-fitted", parent=style, fontSize=size,
                          leading=style.leading * size / style.fontSize)


def wrap_url(text: str, font: str, size: float, width: float) -> list[str]:
    """A link cut into lines no wider than ``width``, preferably after / - . ? & =."""
    lines: list[str] = []
    current = ""
    for ch in text:
        if current and stringWidth(current + ch, font, size) > width:
            cut = max(current.rfind(c) for c in "/-.?&=_")
            if cut >= len(current) // 2:
                lines.append(current[:cut + 1])
                current = current[cut + 1:]
            else:
                lines.append(current)
                current = ""
        current += ch
    if current:
        lines.append(current)
    return lines


def wrapped(f: Flowable, aw: float, ah: float) -> tuple[float, float]:
    """``f.wrap(aw, ah)``, remembered for a paragraph: its lines depend on the width alone, and laying
    out wraps the same paragraph again and again (looking ahead for keep-with-next, splitting)."""
    if isinstance(f, Paragraph):
        if getattr(f, "_wrapped_for", None) == aw and hasattr(f, "blPara"):  # split() may drop its lines
            return f.width, f.height
        size = f.wrap(aw, ah)
        f._wrapped_for = aw
        return size
    return f.wrap(aw, ah)


# --- flowables ------------------------------------------------------------------------

class Break(Flowable):
    """Ends the current frame (``frame``) or page (``page``); with ``only_in``, only that frame."""

    def __init__(self, kind: str, only_in: str = ""):
        super().__init__()
        self.kind, self.only_in = kind, only_in

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class Marker(Flowable):
    """A tick box (``box``) or a number badge (``number``) in front of a paragraph."""

    def __init__(self, para: Paragraph, kind: str, color: Color, number: int = 0, first: bool = True):
        super().__init__()
        self.para, self.kind, self.color, self.number, self.first = para, kind, color, number, first
        size = para.style.fontSize
        self.indent = size * (1.9 if kind == "number" else 1.45)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        _, self.height = wrapped(self.para, aw - self.indent, ah)
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        parts = self.para.split(aw - self.indent, ah)
        if len(parts) < 2:
            return []
        out = [Marker(parts[0], self.kind, self.color, self.number, self.first)]
        out += [Marker(p, self.kind, self.color, self.number, False) for p in parts[1:]]
        for part in out:
            part.origin = getattr(self, "origin", None)
        return out

    def getSpaceBefore(self) -> float:
        return self.para.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.para.getSpaceAfter()

    def draw(self) -> None:
        c = self.canv
        style = self.para.style
        size = style.fontSize
        if self.first:
            baseline = self.height - style.leading + (style.leading - size) / 2 + size * 0.18
            c.saveState()
            c.setStrokeColor(self.color)
            c.setFillColor(self.color)
            if self.kind == "box":
                side = size * 0.82
                c.setLineWidth(max(0.5, size / 14))
                c.rect(0, baseline - size * 0.05, side, side, stroke=1, fill=0)
            elif self.kind == "number":
                r = size * 0.78
                cy = baseline + size * 0.32
                c.circle(r, cy, r, stroke=0, fill=1)
                c.setFillColor(white)
                c.setFont(fonts.BOLD, size * 0.95)
                c.drawCentredString(r, cy - size * 0.33, str(self.number))
            c.restoreState()
        self.para.drawOn(c, self.indent, 0)


class QRBlock(Flowable):
    """A QR code with its link printed under it; a boxed look-up sentence when there is no link."""

    def __init__(self, engine: Engine, link: str | None, size_mm: float, caption: str | None,
                 caption_style: str, align: str, logo: bytes | None, procedure: ProcedureInfo | None,
                 fallback: str):
        super().__init__()
        self.engine, self.link, self.size_mm, self.caption = engine, link, size_mm, caption
        self.cstyle = engine.style(caption_style)
        self.align, self.logo, self.procedure, self.fallback = align, logo, procedure, fallback
        self.matrix = qr.matrix(link, with_logo=logo is not None) if link else None

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        if self.matrix is None:
            self.code = 0.0
            self.foot = min(aw, max(self.size_mm * mm, qr.MIN_SIZE_MM * mm))
            style = fitted(self.engine.style(self.engine.fallback_style), self.fallback, self.foot - 4 * mm)
            self.para = Paragraph(markup(self.fallback), style)
            _, h = self.para.wrap(self.foot - 4 * mm, ah)
            self.foot = max(self.foot, h + 6 * mm)
            self.lines = []
        else:
            self.code = qr.size_for(self.matrix, self.size_mm, aw / mm) * mm
            self.foot = self.matrix.footprint_mm(self.code / mm) * mm
            width = max(self.foot, min(aw, self.foot * 1.25))
            self.lines = (wrap_url(self.caption, self.cstyle.fontName, self.cstyle.fontSize, width)
                          if self.caption else [])
        self.height = self.foot + len(self.lines) * self.cstyle.leading
        return aw, self.height

    def draw(self) -> None:
        c = self.canv
        x0 = {"left": 0, "right": self.width - self.foot}.get(self.align, (self.width - self.foot) / 2)
        y0 = self.height - self.foot
        if self.matrix is None:
            c.saveState()
            c.setStrokeColor(self.engine.spec.color("muted", "ink"))
            c.setDash(2, 2)
            c.rect(x0, y0, self.foot, self.foot, stroke=1, fill=0)
            c.restoreState()
            ph = self.para.height
            self.para.drawOn(c, x0 + 2 * mm, y0 + (self.foot - ph) / 2)
            return
        self.engine.draw_qr(c, self.matrix, x0, y0, self.code, self.logo, self.procedure)
        centre = x0 + self.foot / 2
        c.saveState()
        c.setFont(self.cstyle.fontName, self.cstyle.fontSize)
        c.setFillColor(self.cstyle.textColor)
        y = y0 - self.cstyle.leading + (self.cstyle.leading - self.cstyle.fontSize) / 2 + 0.5
        for line in self.lines:
            left = min(max(0, centre - stringWidth(line, self.cstyle.fontName, self.cstyle.fontSize) / 2),
                       self.width - stringWidth(line, self.cstyle.fontName, self.cstyle.fontSize))
            c.drawString(left, y, line)
            y -= self.cstyle.leading
        c.restoreState()


class Logo(Flowable):
    def __init__(self, data: bytes, height_mm: float, align: str, engine: Engine):
        super().__init__()
        self.reader = ImageReader(io.BytesIO(data))
        iw, ih = self.reader.getSize()
        self.h = height_mm * mm
        self.w = self.h * iw / ih
        self.align = align
        engine.check_image_resolution(iw, ih, self.w, self.h)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        if self.w > aw:
            self.h, self.w = self.h * aw / self.w, aw
        self.width = aw
        return aw, self.h

    def draw(self) -> None:
        x = {"left": 0, "right": self.width - self.w}.get(self.align, (self.width - self.w) / 2)
        self.canv.drawImage(self.reader, x, 0, self.w, self.h, mask="auto")


class Card(Flowable):
    """A procedure on a poster or a label: text lines beside its QR code, shrunk to its box.

    The link is printed under the code: in the code's column (``caption =
    "below"``) or on the card's last line, ending under the code (``"footer"``).
    """

    def __init__(self, engine: Engine, spec: dict[str, Any], ctx: dict[str, Any], fixed: bool = False):
        super().__init__()
        self.engine, self.cfg, self.ctx, self.fixed = engine, spec, ctx, fixed
        self.fixed_height = 0.0
        self.procedure: ProcedureInfo | None = ctx.get("procedure")
        self.pad = float(spec.get("padding", 3)) * mm
        self.gap = float(spec.get("gap", 3)) * mm
        self.accent_w = float(spec.get("accent_width", 1.2)) * mm if spec.get("accent") else 0.0
        self.qcfg: dict[str, Any] = spec.get("qr") or {}
        link = lookup(ctx, self.qcfg["link"]) if self.qcfg else None
        self.link: str | None = link or None
        self.matrix = qr.matrix(link) if link else None
        self.caption_mode = self.qcfg.get("caption", "below")
        self.texts: list[tuple[str, str, bool]] = []
        for line in spec.get("lines", []):
            if engine.skip(line, ctx):
                continue
            text = fill(line["text"], ctx)
            if not plain(text).strip():
                continue
            engine.check_glyphs(text, self.procedure)
            self.texts.append((text, line["style"], bool(line.get("truncate", False))))
        self.truncated = self.overflow = False
        self.spaceAfter = float(spec.get("space_after", 0)) * mm * engine.scale

    def _qr(self, inner_w: float, room_h: float | None, scale: float):
        """Code size, footprint, caption lines and leading, for the room there is."""
        cstyle = self.engine.style(self.qcfg.get("caption_style", "qr_link"), scale)
        want = float(self.qcfg.get("size", 24))
        room_w = inner_w * float(self.qcfg.get("max_share", 0.45))
        if self.matrix is None:
            foot = min(room_w, max(want, qr.MIN_SIZE_MM) * mm)
            return 0.0, foot, [], cstyle
        shown = qr.display_link(self.link or "")
        size = qr.size_for(self.matrix, want, room_w / mm) * mm
        while True:
            foot = self.matrix.footprint_mm(size / mm) * mm
            width = foot if self.caption_mode == "below" else inner_w
            lines = wrap_url(shown, cstyle.fontName, cstyle.fontSize, width) if self.caption_mode != "none" else []
            if room_h is None or foot + len(lines) * cstyle.leading <= room_h + EPS \
                    or size <= self.matrix.min_size_mm * mm + EPS:
                return size, foot, lines, cstyle
            # On a label the code shares its height with the link: smaller code, never under the minimum.
            size = max(self.matrix.min_size_mm * mm, size - 0.5 * mm)

    def _paras(self, width: float, scale: float, texts: list[tuple[str, str, bool]]):
        paras, h = [], 0.0
        for text, style, _ in texts:
            p = Paragraph(text, self.engine.style(style, scale))
            p.wrap(width, 10_000)
            paras.append(p)
            h += p.height + p.style.spaceAfter
        if paras:
            h -= paras[-1].style.spaceAfter
        return paras, h

    def _measure(self, aw: float, inner_h: float | None, scale: float, texts):
        inner_w = aw - 2 * self.pad - self.accent_w
        if self.qcfg:
            qroom = None if inner_h is None else inner_h
            size, foot, lines, cstyle = self._qr(inner_w, qroom, scale)
        else:
            size, foot, lines, cstyle = 0.0, 0.0, [], None
        caption_h = len(lines) * cstyle.leading if cstyle else 0.0
        text_w = inner_w - (foot + self.gap if self.qcfg else 0)
        paras, text_h = self._paras(text_w, scale, texts)
        if self.caption_mode == "below":
            body = max(text_h, foot + caption_h)
        else:
            body = max(text_h, foot) + caption_h
        return body, (paras, size, foot, lines, cstyle, text_w, inner_w, text_h)

    def layout(self, aw: float, ah: float | None) -> float:
        """Lay out at width ``aw`` (and the fixed height ``ah`` of a label); returns the height."""
        inner_h = ah - 2 * self.pad if ah is not None else None
        limit = inner_h if inner_h is not None else self.engine.frame_height - 2 * self.pad
        min_scale = float(self.cfg.get("min_scale", 0.7))
        scale, texts = 1.0, list(self.texts)
        while True:
            body, parts = self._measure(aw, inner_h, self.engine.scale * scale, texts)
            if body <= limit + EPS:
                break
            if scale > min_scale + EPS:
                scale = max(min_scale, scale - 0.05)
            elif self._can_truncate(texts):
                texts = self._truncate(texts)
            else:
                break
        self.overflow = body > limit + EPS
        self.parts = parts
        self.body = body
        return ah if ah is not None else body + 2 * self.pad

    @staticmethod
    def _can_truncate(texts: list[tuple[str, str, bool]]) -> bool:
        return any(t and len(plain(text).split()) > 3 for text, _, t in texts)

    def _truncate(self, texts: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
        out, done = [], False
        for text, style, trunc in texts:
            if trunc and not done:
                words = plain(text).replace("…", "").split()
                if len(words) > 3:
                    keep = max(3, len(words) - max(1, len(words) // 8))
                    text = markup(" ".join(words[:keep]).rstrip(",;:-–") + "…")
                    self.truncated = done = True
            out.append((text, style, trunc))
        return out

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.height = self.layout(aw, self.fixed_height if self.fixed else None)
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        c = self.canv
        cfg, spec = self.cfg, self.engine.spec
        paras, size, foot, lines, cstyle, text_w, inner_w, text_h = self.parts
        c.saveState()
        if cfg.get("background") or cfg.get("border"):
            if cfg.get("background"):
                c.setFillColor(spec.color(cfg["background"]))
            if cfg.get("border"):
                c.setStrokeColor(spec.color(cfg["border"]))
                c.setLineWidth(float(cfg.get("border_width", 0.5)))
            c.roundRect(0, 0, self.width, self.height, float(cfg.get("radius", 0)) * mm,
                        stroke=1 if cfg.get("border") else 0, fill=1 if cfg.get("background") else 0)
        if self.accent_w:
            c.setFillColor(spec.color(cfg["accent"]))
            c.rect(0, 0, self.accent_w, self.height, stroke=0, fill=1)
        c.restoreState()
        left = self.accent_w + self.pad
        right = self.width - self.pad
        top = self.height - self.pad
        if self.fixed:  # a label centres its content vertically
            top -= max(0.0, (self.height - 2 * self.pad - self.body) / 2)
        qr_left = self.qcfg.get("side", "right") == "left"
        tx = left + (foot + self.gap if self.qcfg and qr_left else 0)
        y = top
        for p in paras:
            y -= p.height
            p.drawOn(c, tx, y)
            y -= p.style.spaceAfter
        if not self.qcfg:
            self.engine.report_card(self)
            return
        qx = left if qr_left else right - foot
        if self.matrix is None:
            self._draw_fallback(c, qx, top - foot, foot)
        else:
            self.engine.draw_qr(c, self.matrix, qx, top - foot, size, None, self.procedure)
        if lines:
            c.saveState()
            c.setFont(cstyle.fontName, cstyle.fontSize)
            c.setFillColor(cstyle.textColor)
            lead = cstyle.leading
            if self.caption_mode == "below":
                ly = top - foot
            else:
                ly = top - max(text_h, foot)
            ly -= lead - (lead - cstyle.fontSize) / 2 - 0.3
            for line in lines:
                if self.caption_mode == "below":
                    c.drawCentredString(qx + foot / 2, ly, line)
                elif qr_left:
                    c.drawString(qx, ly, line)
                else:
                    c.drawRightString(right, ly, line)
                ly -= lead
            c.restoreState()
        self.engine.report_card(self)

    def _draw_fallback(self, c: Canvas, x: float, y: float, side: float) -> None:
        text = NO_LINK_TEXT.format(code=self.procedure.code if self.procedure else "")
        style = fitted(self.engine.style(self.engine.fallback_style), text, side - 3 * mm)
        para = Paragraph(markup(text), style)
        _, h = para.wrap(side - 3 * mm, side)
        c.saveState()
        c.setStrokeColor(self.engine.spec.color("muted", "ink"))
        c.setDash(2, 2)
        c.rect(x, y, side, side, stroke=1, fill=0)
        c.restoreState()
        para.drawOn(c, x + 1.5 * mm, y + (side - h) / 2)


class LabelSheet(Flowable):
    """One page of labels in a grid; a card per cell."""

    def __init__(self, cards: list[Card], columns: int, rows: int, guides: Color | None):
        super().__init__()
        self.cards, self.columns, self.rows, self.guides = cards, columns, rows, guides

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = aw, ah
        self.cell_w, self.cell_h = aw / self.columns, ah / self.rows
        return aw, ah

    def draw(self) -> None:
        c = self.canv
        if self.guides is not None:
            c.saveState()
            c.setStrokeColor(self.guides)
            c.setLineWidth(0.3)
            c.setDash(1, 2)
            for i in range(1, self.columns):
                c.line(i * self.cell_w, 0, i * self.cell_w, self.height)
            for j in range(1, self.rows):
                c.line(0, j * self.cell_h, self.width, j * self.cell_h)
            c.restoreState()
        for index, card in enumerate(self.cards):
            col, row = index % self.columns, index // self.columns
            card.fixed_height = self.cell_h
            card.wrap(self.cell_w, self.cell_h)
            card.drawOn(c, col * self.cell_w, self.height - (row + 1) * self.cell_h)


# --- laying out -------------------------------------------------------------------------

@dataclass
class PagePlan:
    template: str
    placed: list[tuple[Flowable, float, float]] = field(default_factory=list)


@dataclass
class SectionLayout:
    pages: list[PagePlan]
    overflow: list[Flowable]
    scale: float
    dropped: list[str]


@dataclass
class Section:
    """One part of a document that starts on a new page: a field, a procedure, or everything."""

    ctx: dict[str, Any]
    procedures: tuple[ProcedureInfo, ...]


class Engine:
    """Renders one template over print data; collects what preflight finds on the way."""

    def __init__(self, spec: Spec, data: PrintData, options: Options, out: Collector):
        self.spec, self.data, self.options, self.out = spec, data, options, out
        self.scale = 1.0
        self.frame_height = spec.content.h
        self.links: list[str] = []
        self.page_no = 0
        self.fallback_style = "fallback" if "fallback" in spec.data.get("styles", {}) else "base"
        self._glyphs_checked: set[str] = set()

    # --- helpers used by flowables ---------------------------------------------------------
    def style(self, name: str, scale: float | None = None):
        styles = self.spec.styles(self.scale if scale is None else scale)
        if name not in styles:
            raise TemplateError(f"Mẫu in {self.spec.stem}.toml: không có kiểu chữ “{name}”.")
        return styles[name]

    def skip(self, block: dict[str, Any], ctx: dict[str, Any]) -> bool:
        whens = block.get("when", [])
        whens = [whens] if isinstance(whens, str) else whens
        unless = block.get("unless", [])
        unless = [unless] if isinstance(unless, str) else unless
        return any(not lookup(ctx, w) for w in whens) or any(lookup(ctx, u) for u in unless)

    def check_glyphs(self, text: str, procedure: ProcedureInfo | None) -> None:
        if text in self._glyphs_checked:
            return
        self._glyphs_checked.add(text)
        missing = fonts.missing_glyphs(plain(text))
        if missing:
            chars = ", ".join(f"“{ch}” (U+{ord(ch):04X})" for ch in missing)
            where = who(procedure) if procedure else "Nội dung"
            self.out.error("glyph", f"{where} có ký tự {chars} mà phông chữ Be Vietnam Pro không có, sẽ in "
                                    "thành ô trống: sửa lại nội dung trước khi in.",
                           procedure.code if procedure else "")

    def check_image_resolution(self, px_w: int, px_h: int, w: float, h: float) -> None:
        dpi = min(px_w / (w / 72), px_h / (h / 72))
        if dpi < 150:
            self.out.warning("image_dpi", f"Biểu trưng chỉ có {dpi:.0f} dpi ở kích thước in (nên từ 150 dpi "
                                          "trở lên): bản in có thể bị mờ.")

    def draw_qr(self, c: Canvas, m: qr.Matrix, x: float, y: float, size: float, logo: bytes | None,
                procedure: ProcedureInfo | None) -> None:
        """Draw a code (lower-left corner of its quiet zone at x, y) and check its size."""
        quiet = qr.QUIET_MODULES * size / m.side
        qr.draw(c, m, x + quiet, y + quiet, size, color=self.spec.color("qr", "ink"))
        if logo is not None:
            side = size * 0.22
            reader = ImageReader(io.BytesIO(logo))
            cx, cy = x + quiet + size / 2, y + quiet + size / 2
            pad = size / m.side
            c.saveState()
            c.setFillColor(white)
            c.rect(cx - side / 2 - pad, cy - side / 2 - pad, side + 2 * pad, side + 2 * pad, stroke=0, fill=1)
            c.drawImage(reader, cx - side / 2, cy - side / 2, side, side, mask="auto", preserveAspectRatio=True)
            c.restoreState()
        self.links.append(m.data)
        size_mm, module = size / mm, size / mm / m.side
        if size_mm + 1e-6 < qr.MIN_SIZE_MM or module + 1e-6 < qr.MIN_MODULE_MM:
            where = who(procedure) if procedure else "Mã QR"
            self.out.error("qr_small", f"{where}: mã QR chỉ in được {size_mm:.1f} mm (mỗi ô {module:.2f} mm), "
                                       "nhỏ hơn mức tối thiểu 20 mm và 0,5 mm/ô nên khó quét. Rút gọn đường "
                                       "liên kết, giảm số nhãn trên trang hoặc chọn khổ giấy lớn hơn.",
                           procedure.code if procedure else "", self.page_no)

    def report_card(self, card: Card) -> None:
        p = card.procedure
        code = p.code if p else ""
        if card.overflow:
            self.out.error("overflow", f"{who(p) if p else 'Nội dung'}: chữ không vừa ô trên trang "
                                       f"{self.page_no} kể cả khi đã thu nhỏ.", code, self.page_no)
        if card.truncated:
            self.out.warning("truncated", f"{who(p) if p else 'Nội dung'}: tên được rút gọn để vừa nhãn "
                                          f"(trang {self.page_no}).", code, self.page_no)

    # --- blocks → flowables ----------------------------------------------------------------
    def build(self, blocks: list[dict[str, Any]], ctx: dict[str, Any], drop: int = 0) -> list[Flowable]:
        """Flowables for ``blocks``; optional blocks of priority ≥ ``drop`` (when > 0) are left out."""
        out: list[Flowable] = []
        for block in blocks:
            optional = int(block.get("optional", 0))
            if optional and drop and optional >= drop:
                continue
            if self.skip(block, ctx):
                continue
            kind = block.get("type", "text")
            handler = getattr(self, f"_block_{kind}", None)
            if handler is None:
                raise TemplateError(f"Mẫu in {self.spec.stem}.toml: loại khối “{kind}” không có.")
            made = handler(block, ctx)
            origin = Origin(ctx.get("procedure"), block.get("label", ""), optional)
            for f in made:
                if getattr(f, "origin", None) is None:
                    f.origin = origin
            # Parts of a block can be optional on their own (the notes of a checklist).
            out += [f for f in made if not (drop and f.origin.optional and f.origin.optional >= drop)]
        return out

    def para(self, template: str, style: str, ctx: dict[str, Any], raw: str | None = None) -> Paragraph | None:
        text = raw if raw is not None else fill(template, ctx)
        if not plain(text).strip():
            return None
        st = self.style(style)
        if getattr(st, "upper", False):
            text = _upper_markup(text)
        self.check_glyphs(text, ctx.get("procedure"))
        return Paragraph(text, st)

    def _block_text(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        p = self.para(block["text"], block.get("style", "base"), ctx)
        return [p] if p else []

    def _block_spacer(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        return [Spacer(0, float(block.get("height", 3)) * mm * self.scale)]

    def _block_rule(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        return [HRFlowable(width="100%", thickness=float(block.get("thickness", 0.6)),
                           color=self.spec.color(block.get("color", "rule")),
                           spaceBefore=float(block.get("space_before", 1)) * mm * self.scale,
                           spaceAfter=float(block.get("space_after", 2)) * mm * self.scale)]

    def _block_frame_break(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        return [Break("frame", block.get("only_in", ""))]

    def _block_page_break(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        return [Break("page")]

    def _block_qr(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        link = lookup(ctx, block["link"]) or None
        logo = ctx["center"].logo if block.get("logo") else None
        caption = fill(block["caption"], ctx) if block.get("caption") else (qr.display_link(link) if link else "")
        caption = plain(caption)
        if caption:
            self.check_glyphs(caption, ctx.get("procedure"))
        procedure = ctx.get("procedure")
        fallback = (NO_LINK_TEXT.format(code=procedure.code) if procedure else block.get("fallback", ""))
        if not link and not fallback:
            return []
        return [QRBlock(self, link, float(block.get("size", 24)), caption,
                        block.get("caption_style", "qr_link"), block.get("align", "center"), logo,
                        procedure, fallback)]

    def _block_image(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        data = lookup(ctx, block["source"])
        if not data:
            return []
        return [Logo(data, float(block.get("height", 15)), block.get("align", "center"), self)]

    def _block_lines(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        """One paragraph per line of a text (a plain summary), a leading “Mang theo:” in bold."""
        out = []
        for line in as_text(lookup(ctx, block["value"])).split("\n"):
            label, sep, rest = line.partition(":")
            if sep and 0 < len(label) <= 30 and rest.strip():
                raw = f"<b>{html.escape(label.strip(), quote=False)}:</b> {html.escape(rest.strip(), quote=False)}"
            else:
                raw = html.escape(line.strip(), quote=False)
            p = self.para("", block.get("style", "base"), ctx, raw=raw)
            if p:
                out.append(p)
        return out

    def _block_facts(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        out = []
        for item in block["items"]:
            if self.skip(item, ctx):
                continue
            value = fill(item["value"], ctx)
            if not plain(value).strip():
                continue
            label = html.escape(item["label"], quote=False)
            p = self.para("", item.get("style", block.get("style", "base")), ctx,
                          raw=f"<b>{label}:</b> {value}" if label else value)
            if p:
                out.append(p)
        return out

    def _block_numbered(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        out: list[Flowable] = []
        color = self.spec.color(block.get("color", "navy"))
        for n, item in enumerate(block["items"], start=1):
            p = self.para(item, block.get("style", "base"), ctx)
            if p:
                out.append(Marker(p, "number", color, n))
        return out

    def _block_checklist(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        p: ProcedureInfo = ctx["procedure"]
        notes = block.get("notes", "show")
        notes_optional = int(block.get("notes_optional", 0))
        color = self.spec.color(block.get("box_color", "navy"))
        out: list[Flowable] = []
        if p.documents == 0:
            para = self.para(block.get("empty", ""), block.get("note_style", "base"), ctx)
            return [para] if para else []
        for group in p.dossier:
            if group.is_notes and notes == "hide":
                continue
            made: list[Flowable] = []
            if group.title:
                title = self.para("", block.get("group_style", "base"), ctx, raw=markup(group.title))
                if title:
                    title.keepWithNext = True
                    made.append(title)
            for item in group.items:
                if item.is_document:
                    qty = f' <font color="{_hex(self.spec.color(block.get("quantity_color", "muted")))}">' \
                          f'({markup(item.quantity)})</font>' if item.quantity else ""
                    text = _BULLET.sub("", item.text)  # the tick box is the bullet
                    para = self.para("", block.get("item_style", "base"), ctx, raw=markup(text) + qty)
                    if para:
                        made.append(Marker(para, "box", color))
                elif notes != "hide":
                    para = self.para("", block.get("note_style", "base"), ctx, raw=markup(item.text))
                    if para:
                        if notes_optional:
                            para.origin = Origin(p, block.get("notes_label", "Lưu ý"), notes_optional)
                        made.append(para)
            if group.is_notes and notes_optional:
                for f in made:
                    f.origin = Origin(p, block.get("notes_label", "Lưu ý"), notes_optional)
            out += made
        return out

    def _block_channels(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        p: ProcedureInfo = ctx["procedure"]
        label_style, text_style = block.get("label_style", "base"), block.get("style", "base")
        time_label = html.escape(block.get("time_label", "Thời hạn giải quyết"), quote=False)
        fee_label = html.escape(block.get("fee_label", "Phí, lệ phí"), quote=False)
        if not p.channels:
            return [x for x in (
                self.para("", text_style, ctx, raw=f"<b>{time_label}:</b> {markup(p.time_summary)}"),
                self.para("", text_style, ctx, raw=f"<b>{fee_label}:</b> {markup(p.fee_summary)}")) if x]
        if block.get("layout", "list") == "table":
            return [self._channel_table(block, p, ctx)]
        out: list[Flowable] = []
        for ch in p.channels:
            head = self.para("", label_style, ctx, raw=markup(ch.label))
            if head:
                head.keepWithNext = True
                out.append(head)
            for label, value in ((time_label, ch.time), (fee_label, ch.fees)):
                para = self.para("", text_style, ctx, raw=f"<b>{label}:</b> {markup(value)}")
                if para:
                    out.append(para)
        return out

    def _channel_table(self, block: dict[str, Any], p: ProcedureInfo, ctx: dict[str, Any]) -> Table:
        head = self.style(block.get("head_style", "th"))
        cell = self.style(block.get("style", "base"))
        titles = block.get("titles", ["Cách thức nộp", "Thời hạn giải quyết", "Phí, lệ phí"])
        rows = [[Paragraph(markup(t), head) for t in titles]]
        for ch in p.channels:
            for text in (ch.label, ch.time, ch.fees):
                self.check_glyphs(text, p)
            rows.append([Paragraph(f"<b>{markup(ch.label)}</b>", cell), Paragraph(markup(ch.time), cell),
                         Paragraph(markup(ch.fees), cell)])
        shares = block.get("widths", [0.2, 0.3, 0.5])
        return _ShareTable(rows, shares, self._table_style(block, len(rows)), repeatRows=1)

    def _table_style(self, block: dict[str, Any], nrows: int, groups: Iterable[int] = ()) -> TableStyle:
        rule = self.spec.color(block.get("rule", "rule"))
        cmds: list[tuple] = [
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR),  # reportlab's default would add Helvetica to the PDF
            ("GRID", (0, 0), (-1, -1), 0.4, rule),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), self.spec.color(block.get("head_background", "navy"))),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2 * self.scale),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6 * self.scale),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * self.scale),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3 * self.scale),
        ]
        if block.get("zebra"):
            cmds.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, self.spec.color(block["zebra"])]))
        for row in groups:
            cmds += [("SPAN", (0, row), (-1, row)),
                     ("BACKGROUND", (0, row), (-1, row), self.spec.color(block.get("group_background", "band")))]
        return TableStyle(cmds)

    def _block_steps(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        p: ProcedureInfo = ctx["procedure"]
        out: list[Flowable] = []
        for line in p.steps:
            text = markup(line)
            match = re.match(r"^(Bước\s*\d+\s*[:.–-])", line, flags=re.IGNORECASE)
            if match:
                text = f"<b>{markup(match.group(1))}</b>{markup(line[match.end():])}"
            para = self.para("", block.get("style", "base"), ctx, raw=text)
            if para:
                out.append(para)
        if not out and block.get("empty"):
            para = self.para(block["empty"], block.get("style", "base"), ctx)
            out = [para] if para else []
        return out

    def _block_card(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        return [Card(self, self._card(block), ctx)]

    def _block_entries(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        card = self._card(block)
        out: list[Flowable] = []
        for p in ctx["section"].procedures:
            f = Card(self, card, {**ctx, "procedure": p})
            f.origin = Origin(p)
            out.append(f)
        return out

    def _card(self, block: dict[str, Any]) -> dict[str, Any]:
        name = block["card"]
        if name not in self.spec.cards:
            raise TemplateError(f"Mẫu in {self.spec.stem}.toml: không có [cards.{name}].")
        return self.spec.cards[name]

    def _block_grid(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        card = self._card(block)
        columns, rows = self.options.grid or (int(block.get("columns", 3)), int(block.get("rows", 8)))
        if not (1 <= columns <= 8 and 1 <= rows <= 20):
            raise TemplateError(f"Lưới nhãn {columns}×{rows} không hợp lệ: số cột từ 1 đến 8, số hàng từ 1 đến 20.")
        guides = self.spec.color(block["guides"]) if block.get("guides") else None
        cards = []
        for p in ctx["section"].procedures:
            c = Card(self, card, {**ctx, "procedure": p}, fixed=True)
            cards.append(c)
        per_page = columns * rows
        sheets: list[Flowable] = []
        for start in range(0, len(cards), per_page):
            sheets.append(LabelSheet(cards[start:start + per_page], columns, rows, guides))
            sheets.append(Break("page"))
        return sheets[:-1]

    def _block_table(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        """The posted list: one row per procedure, a heading row per field, the header on every page."""
        cols = block["columns"]
        head = self.style(block.get("head_style", "th"))
        rows: list[list[Any]] = [[Paragraph(markup(c["title"]), head) for c in cols]]
        group_rows = []
        group_tpl = block.get("group", "")
        for g_index, f in enumerate(self.data.fields, start=1):
            if group_tpl:
                text = fill(group_tpl, {**ctx, "field": f, "group": {"index": g_index, "count": len(f.procedures)}})
                self.check_glyphs(text, None)
                group_rows.append(len(rows))
                rows.append([Paragraph(text, self.style(block.get("group_style", "base")))] +
                            [""] * (len(cols) - 1))
            for index, p in enumerate(f.procedures, start=1):
                row_ctx = {**ctx, "field": f, "procedure": p, "index": index}
                row = []
                for c in cols:
                    text = fill(c["text"], row_ctx)
                    self.check_glyphs(text, p)
                    row.append(Paragraph(text, self.style(c.get("style", "base"))))
                rows.append(row)
        total = sum(float(c.get("width", 0)) for c in cols)
        flex = [float(c.get("width", 0)) == 0 for c in cols]
        table = _ShareTable(rows, [float(c.get("width", 0)) for c in cols], self._table_style(block, len(rows), group_rows),
                            repeatRows=1, mm_widths=True, flex=flex, fixed_total=total * mm)
        return [table]

    # --- frames ---------------------------------------------------------------------------
    def frames(self, page: str, flow: bool) -> list[tuple[dict[str, Any], Box]]:
        out = []
        for frame in self.spec.pages[page].get("frames", []):
            if bool(frame.get("flow", False)) != flow:
                continue
            box = self.spec.frame_box(frame)
            n = int(frame.get("columns", 1))
            if flow and n > 1:
                gap = float(frame.get("gap", 5)) * mm
                w = (box.w - gap * (n - 1)) / n
                out += [(frame, Box(box.x + i * (w + gap), box.y, w, box.h)) for i in range(n)]
            else:
                out.append((frame, box))
        return out

    def fill_frame(self, box: Box, queue: list[Flowable], overflow: list[Flowable],
                   name: str = "") -> tuple[list, str]:
        """Place flowables from the front of ``queue`` into ``box``; returns placements and why it stopped."""
        placed: list[tuple[Flowable, float, float]] = []
        top = box.top
        self.frame_height = box.h
        while queue:
            f = queue[0]
            if isinstance(f, Break):
                queue.pop(0)
                if f.only_in and f.only_in != name:
                    continue
                return placed, f.kind
            avail = top - box.y
            before = f.getSpaceBefore() if placed else 0.0
            _, h = wrapped(f, box.w, avail - before)
            if h <= avail - before + EPS:
                if getattr(f, "keepWithNext", False) and placed and len(queue) > 1:
                    nxt = queue[1]
                    _, nh = wrapped(nxt, box.w, avail)
                    need = min(nh, 3 * getattr(getattr(nxt, "style", None), "leading", 12))
                    if avail - before - h - f.getSpaceAfter() < need:
                        return placed, "full"
                placed.append((f, box.x, top - before - h))
                top -= before + h + f.getSpaceAfter()
                queue.pop(0)
                continue
            parts = f.split(box.w, avail - before) if avail - before > 0 else []
            if len(parts) > 1 and parts[0] is not f:
                _, h0 = wrapped(parts[0], box.w, avail - before)
                if h0 <= avail - before + EPS:
                    for part in parts:
                        if getattr(part, "origin", None) is None:
                            part.origin = getattr(f, "origin", None)
                    queue[0:1] = parts
                    continue
            if not placed:
                # Taller than an empty frame: it fits nowhere.
                overflow.append(queue.pop(0))
                continue
            return placed, "full"
        return placed, "done"

    def layout_story(self, section: Section, drop: int) -> SectionLayout:
        layout = self.spec.layout
        sequence = list(layout.get("pages") or [layout["first"]])
        plans = [PagePlan(name) for name in sequence]
        queue = self.build(self.spec.story, section.ctx, drop)
        overflow: list[Flowable] = []
        slots = []
        for i, name in enumerate(sequence):
            for j, (frame, box) in enumerate(self.frames(name, flow=True)):
                slots.append((int(frame.get("order", 0)), i, j, box, frame.get("name", "")))
        slots.sort(key=lambda s: (s[0], s[1], s[2]))
        skip_page: set[int] = set()
        for _, i, _, box, frame_name in slots:
            if not queue:
                break
            if i in skip_page:
                continue
            placed, why = self.fill_frame(box, queue, overflow, frame_name)
            plans[i].placed += placed
            if why == "page":
                skip_page.add(i)
        nxt = layout.get("next")
        while queue and nxt:
            plan = PagePlan(nxt)
            plans.append(plan)
            for frame, box in self.frames(nxt, flow=True):
                if not queue:
                    break
                placed, why = self.fill_frame(box, queue, overflow, frame.get("name", ""))
                plan.placed += placed
                if why == "page":
                    break
        overflow += [f for f in queue if not isinstance(f, Break)]
        return SectionLayout(plans, overflow, self.scale, [])

    def layout_section(self, section: Section) -> SectionLayout:
        """The largest text scale at which the section fits its pages, leaving out optional parts if needed."""
        fit = self.spec.fit
        min_scale = float(fit.get("min_scale", 1.0))
        step = float(fit.get("step", 0.05))
        target = fit.get("target_pages")
        scales = [1.0]
        while scales[-1] - step >= min_scale - EPS:
            scales.append(round(scales[-1] - step, 3))
        levels = sorted({int(b.get("optional", 0)) for b in self.spec.story if b.get("optional")} |
                        {int(b.get("notes_optional", 0)) for b in self.spec.story if b.get("notes_optional")},
                        reverse=True)
        levels = [lv for lv in levels if lv]

        def attempt(scale: float, drop: int) -> SectionLayout:
            self.scale = scale
            return self.layout_story(section, drop)

        def fits(result: SectionLayout) -> bool:
            return not result.overflow and (target is None or len(result.pages) <= int(target))

        drops = [0] + levels
        last: SectionLayout | None = None
        for drop in drops:
            best = self._search(scales, lambda s: attempt(s, drop), fits)
            if best is not None:
                best.dropped = self._dropped_labels(section, drop)
                return best
            last = attempt(scales[-1], drop)
        assert last is not None
        if target is not None:
            # More pages than wanted whatever is left out: then leave nothing out, at the largest
            # text that needs no more pages than the smallest text does.
            fewest = attempt(scales[-1], 0)
            if not fewest.overflow:
                pages = len(fewest.pages)
                return self._search(scales, lambda s: attempt(s, 0),
                                    lambda r: not r.overflow and len(r.pages) <= pages) or fewest
        last.dropped = self._dropped_labels(section, drops[-1])
        return last

    @staticmethod
    def _search(scales: list[float], run: Callable[[float], SectionLayout],
                ok: Callable[[SectionLayout], bool]) -> SectionLayout | None:
        first = run(scales[0])
        if ok(first):
            return first
        if len(scales) == 1:
            return None
        smallest = run(scales[-1])
        if not ok(smallest):
            return None
        lo, hi, best = 1, len(scales) - 1, smallest
        while lo < hi:
            mid = (lo + hi) // 2
            result = run(scales[mid])
            if ok(result):
                best, hi = result, mid
            else:
                lo = mid + 1
        if best.scale != scales[lo]:
            best = run(scales[lo])
        return best

    def _dropped_labels(self, section: Section, drop: int) -> list[str]:
        if not drop:
            return []
        labels = []
        for block in self.spec.story:
            level = int(block.get("optional", 0)) or int(block.get("notes_optional", 0))
            if level and level >= drop and not self.skip(block, section.ctx):
                label = block.get("label") if block.get("optional") else block.get("notes_label", "Lưu ý")
                if label and label not in labels and self._has_content(block, section):
                    labels.append(label)
        return labels

    @staticmethod
    def _has_content(block: dict[str, Any], section: Section) -> bool:
        p = section.ctx.get("procedure")
        if block.get("type") == "steps":
            return bool(p and p.steps)
        if block.get("type") == "checklist":
            return bool(p and any(g.is_notes or not all(i.is_document for i in g.items) for g in p.dossier))
        return True

    def layout_fixed(self, frame: dict[str, Any], box: Box, ctx: dict[str, Any]) -> tuple[list, list]:
        """A fixed frame's blocks, shrunk down to its ``fit`` scale when they do not fit."""
        blocks = self.spec.blocks.get(frame["blocks"])
        if blocks is None:
            raise TemplateError(f"Mẫu in {self.spec.stem}.toml: không có [blocks] “{frame['blocks']}”.")
        min_scale = float(frame.get("fit", 0.6))
        saved = self.scale
        scale = 1.0
        try:
            while True:
                self.scale = scale
                queue = self.build(blocks, ctx)
                overflow: list[Flowable] = []
                placed, _ = self.fill_frame(box, queue, overflow)
                overflow += [f for f in queue if not isinstance(f, Break)]
                if not overflow or scale <= min_scale + EPS:
                    return placed, overflow
                scale = max(min_scale, scale - 0.05)
        finally:
            self.scale = saved

    # --- drawing ---------------------------------------------------------------------------
    def sections(self) -> list[Section]:
        base = {"center": self.data.center, "day": self.data.day, "updated": self.data.updated or self.data.day,
                "data": self.data, "count": len(self.data.procedures), "field": None, "procedure": None}
        kind = self.spec.sections
        if kind == "field":
            return [Section({**base, "field": f, "count": len(f.procedures),
                             "section": Section({}, f.procedures)}, f.procedures) for f in self.data.fields]
        if kind == "procedure":
            return [Section({**base, "field": _field_of(self.data, p), "procedure": p,
                             "section": Section({}, (p,))}, (p,)) for p in self.data.procedures]
        return [Section({**base, "section": Section({}, self.data.procedures)}, self.data.procedures)]

    def render(self, title: str) -> tuple[bytes, int]:
        fonts.register_fonts()
        spec, crop = self.spec, self.options.crop_marks
        offset = SLUG if crop else 0.0
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(spec.width + 2 * offset, spec.height + 2 * offset),
                        initialFontName=fonts.REGULAR, pageCompression=1)
        canvas.setTitle(title)
        canvas.setAuthor(self.data.center.display_name)
        canvas.setSubject(spec.title)
        canvas.setCreator("CCHC Desktop")
        layouts = [(section, self.layout_section(section)) for section in self.sections()]
        pages = 0
        for section, result in layouts:
            for label in result.dropped:
                p = section.ctx.get("procedure")
                self.out.warning("dropped", f"{who(p) if p else spec.title}: đã lược phần “{label}” vì không đủ "
                                            "chỗ; người dân xem đầy đủ khi quét mã QR.", p.code if p else "")
            target = spec.fit.get("target_pages")
            if target is not None and len(result.pages) > int(target) and not result.overflow:
                p = section.ctx.get("procedure")
                self.out.warning("pages", f"{who(p) if p else spec.title}: nội dung dài {len(result.pages)} "
                                          f"trang, không vừa {target} trang.", p.code if p else "")
            self.scale = result.scale
            for index, plan in enumerate(result.pages, start=1):
                pages += 1
                self.page_no = pages
                ctx = {**section.ctx, "page": index, "pages": len(result.pages)}
                self._draw_page(canvas, plan, ctx, offset)
            for f in result.overflow:
                self._report_overflow(f, section, pages)
        if pages == 0:  # nothing to print still makes a valid, explained page
            self.page_no = pages = 1
            self._draw_page(canvas, PagePlan(spec.layout.get("first") or spec.layout["pages"][0]),
                            {"center": self.data.center, "day": self.data.day, "updated": self.data.day,
                             "page": 1, "pages": 1, "count": 0, "field": None, "procedure": None,
                             "data": self.data, "section": Section({}, ())}, offset)
        canvas.save()
        return buffer.getvalue(), pages

    def _report_overflow(self, f: Flowable, section: Section, page: int) -> None:
        origin: Origin | None = getattr(f, "origin", None)
        p = origin.procedure if origin else section.ctx.get("procedure")
        excerpt = plain(getattr(f, "text", "") or "").strip()
        excerpt = f" “{excerpt[:60]}{'…' if len(excerpt) > 60 else ''}”" if excerpt else ""
        label = f" (phần {origin.label})" if origin and origin.label else ""
        self.out.error("overflow", f"{who(p) if p else self.spec.title}: nội dung{excerpt}{label} không vừa "
                                   f"khung in kể cả khi đã thu nhỏ chữ (trang {page}).",
                       p.code if p else "", page)

    def _draw_page(self, canvas: Canvas, plan: PagePlan, ctx: dict[str, Any], offset: float) -> None:
        spec = self.spec
        page = spec.pages[plan.template]
        if offset:
            b = spec.bleed
            canvas.setTrimBox((offset, offset, offset + spec.width, offset + spec.height))
            canvas.setBleedBox((offset - b, offset - b, offset + spec.width + b, offset + spec.height + b))
            canvas.setArtBox((offset, offset, offset + spec.width, offset + spec.height))
        canvas.saveState()
        canvas.translate(offset, offset)
        for deco in page.get("decorations", []):
            if not self.skip(deco, ctx):
                self._decorate(canvas, deco, bool(offset))
        for frame, box in self.frames(plan.template, flow=False):
            if frame.get("blocks") and not self.skip(frame, ctx):
                placed, overflow = self.layout_fixed(frame, box, ctx)
                self._draw_placed(canvas, placed)
                for f in overflow:
                    self._report_overflow(f, Section(ctx, ()), self.page_no)
        self._draw_placed(canvas, plan.placed)
        canvas.restoreState()
        if offset:
            self._crop_marks(canvas, offset)
        self.end_page(canvas)

    def end_page(self, canvas: Canvas) -> None:
        """Close a drawn page (a booklet being imposed closes it as a form instead)."""
        canvas.showPage()

    def _draw_placed(self, canvas: Canvas, placed: list[tuple[Flowable, float, float]]) -> None:
        for f, x, y in placed:
            saved = self.scale
            f.drawOn(canvas, x, y)
            self.scale = saved

    def _decorate(self, c: Canvas, deco: dict[str, Any], crop: bool) -> None:
        kind = deco.get("type", "rect")
        box = self.spec.frame_box({**deco, "box": deco.get("box", "trim")})
        if kind == "rect":
            if crop and deco.get("bleed"):
                box = self.spec.bled(box)
            c.saveState()
            c.setFillColor(self.spec.color(deco.get("fill", "navy")))
            c.rect(box.x, box.y, box.w, box.h, stroke=0, fill=1)
            c.restoreState()
        elif kind == "line":
            c.saveState()
            c.setStrokeColor(self.spec.color(deco.get("color", "rule")))
            c.setLineWidth(float(deco.get("width", 0.6)))
            if box.w >= box.h:
                c.line(box.x, box.top, box.x + box.w, box.top)
            else:
                c.line(box.x, box.y, box.x, box.top)
            c.restoreState()
        elif kind == "fold_marks":
            c.saveState()
            c.setStrokeColor(self.spec.color(deco.get("color", "muted")))
            c.setLineWidth(0.4)
            c.setDash(2, 1.5)
            inset, length = float(deco.get("inset", 3)) * mm, float(deco.get("length", 5)) * mm
            for at in deco["at"]:
                x = float(at) * mm
                c.line(x, self.spec.height - inset, x, self.spec.height - inset - length)
                c.line(x, inset, x, inset + length)
                if crop:
                    c.line(x, self.spec.height + self.spec.bleed + 1 * mm, x, self.spec.height + SLUG - 1 * mm)
                    c.line(x, -self.spec.bleed - 1 * mm, x, -SLUG + 1 * mm)
            c.restoreState()
        else:
            raise TemplateError(f"Mẫu in {self.spec.stem}.toml: loại trang trí “{kind}” không có.")

    def _crop_marks(self, c: Canvas, o: float) -> None:
        w, h, gap = self.spec.width, self.spec.height, self.spec.bleed + 1 * mm
        c.saveState()
        c.setLineWidth(0.25)
        for x in (o, o + w):
            c.line(x, o - gap, x, o - gap - MARK_LENGTH)
            c.line(x, o + h + gap, x, o + h + gap + MARK_LENGTH)
        for y in (o, o + h):
            c.line(o - gap, y, o - gap - MARK_LENGTH, y)
            c.line(o + w + gap, y, o + w + gap + MARK_LENGTH, y)
        c.restoreState()


class _ShareTable(Flowable):
    """A table sized to its frame: column widths are shares of the width, or mm with flexible columns."""

    def __init__(self, rows: list[list[Any]], widths: list[float], style: TableStyle, *, repeatRows: int = 0,
                 mm_widths: bool = False, flex: list[bool] | None = None, fixed_total: float = 0.0):
        super().__init__()
        self.rows, self.shares, self.tstyle, self.repeat = rows, widths, style, repeatRows
        self.mm, self.flex, self.fixed = mm_widths, flex, fixed_total
        self._table: Table | None = None
        self._for = -1.0

    def _widths(self, aw: float) -> list[float]:
        if not self.mm:
            total = sum(self.shares)
            return [aw * s / total for s in self.shares]
        flexible = max(1, sum(1 for f in (self.flex or []) if f))
        rest = (aw - self.fixed) / flexible
        return [rest if (self.flex and self.flex[i]) else w * mm for i, w in enumerate(self.shares)]

    def table(self, aw: float) -> Table:
        if self._table is None or abs(self._for - aw) > EPS:
            self._table = Table(self.rows, colWidths=self._widths(aw), style=self.tstyle,
                                repeatRows=self.repeat, splitByRow=1, splitInRow=1)
            self._for = aw
        return self._table

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = self.table(aw).wrap(aw, ah)
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        table = self.table(aw)
        table.wrap(aw, ah)
        return table.split(aw, ah)

    def draw(self) -> None:
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)


def _field_of(data: PrintData, p: ProcedureInfo):
    for f in data.fields:
        if p in f.procedures:
            return f
    return None


def _hex(color: Color) -> str:
    return "#%02x%02x%02x" % tuple(int(round(v * 255)) for v in (color.red, color.green, color.blue))


def _upper_markup(text: str) -> str:
    """Upper-case the text of paragraph markup, leaving tags and entities alone."""
    return re.sub(r"(<[^>]+>|&[a-z]+;|&#\d+;)|([^<&]+)", lambda m: m.group(1) or m.group(2).upper(), text)
