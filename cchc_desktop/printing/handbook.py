"""The handbook (sổ tay hướng dẫn): an A5 booklet of the posted procedures.

Its template names parts (``[parts.*]``: cover, how-to, contents, one entry
per procedure, index, notes, back cover), each with its own page sequence and
story; every part and every procedure starts on a new page. The contents and
the index print the page where each procedure starts, so the book is laid out
twice: the entries first, then the contents until its own length (which moves
every entry) stops changing. Pages are numbered from the cover (page 1), so a
printed number is the PDF's page number.

The book is padded with notes pages to a multiple of 4 (before the back
cover), as a saddle-stitched booklet needs. Two outputs: single pages with
crop marks and bleed for a print shop, or the booklet imposed two A5 pages to
an A4 landscape sheet in saddle-stitch order, printed on both sides flipping
on the short edge (:data:`DUPLEX_NOTE`).
"""

from __future__ import annotations

import io
import unicodedata
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from cchc_desktop.core import text as vtext
from cchc_desktop.printing import fonts
from cchc_desktop.core.procedure_info import PrintData, ProcedureInfo
from cchc_desktop.printing.engine import SLUG, Engine, Options, PagePlan, Section, SectionLayout, markup, wrapped
from cchc_desktop.printing.preflight import Collector
from cchc_desktop.printing.spec import Spec, TemplateError

DUPLEX_NOTE = ("In hai mặt trên giấy A4 ngang, chọn lật theo cạnh ngắn (Flip on short edge); xếp chồng các tờ "
               "theo thứ tự in, gập đôi và dập ghim ở giữa.")
PARTS_BEFORE = ("cover", "howto", "contents")
PARTS_AFTER = ("index",)
# Tone marks are not letters: the index groups “Đăng ký” under Đ and “Cấp” under C, but “Ấp” under Â.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def booklet_order(pages: int) -> list[tuple[int, int]]:
    """Sheet sides of a saddle-stitched booklet: ``(left, right)`` page numbers (1-based), front then back.

    The pages are padded to a multiple of 4 (pages past ``pages`` are blank).
    Sheet ``s`` (from the outside in) carries the last and first pages on its
    front and the next pair on its back, so the stacked, folded sheets read 1, 2, 3, … .
    """
    if pages <= 0:
        raise ValueError(f"a booklet needs pages, not {pages}")
    pages += -pages % 4
    sides = []
    for s in range(pages // 4):
        sides.append((pages - 2 * s, 2 * s + 1))
        sides.append((2 * s + 2, pages - 2 * s - 1))
    return sides


def letter_of(name: str) -> str:
    """The index heading a name is listed under: its first letter without tone (Ấ → Â, đ → Đ)."""
    first = name.strip()[:1]
    bare = "".join(ch for ch in unicodedata.normalize("NFD", first) if ch not in _TONES)
    return unicodedata.normalize("NFC", bare).upper()


class PageRef(Flowable):
    """A line of the contents or the index: the text, a dotted leader and the page number at the right."""

    def __init__(self, text: str, number: str, style, number_style, leader_color):
        super().__init__()
        self.para = Paragraph(text, style)
        self.number, self.nstyle, self.leader = number, number_style, leader_color
        self.gap = 2 * mm
        self.num_w = stringWidth("0000", number_style.fontName, number_style.fontSize)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        _, self.height = wrapped(self.para, aw - self.num_w - self.gap, ah)
        return aw, self.height

    def getSpaceBefore(self) -> float:
        return self.para.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.para.getSpaceAfter()

    def split(self, aw: float, ah: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        c, style = self.canv, self.para.style
        self.para.drawOn(c, 0, 0)
        lines = self.para.blPara.lines
        baseline = self.height - style.fontSize - (len(lines) - 1) * style.leading
        last = lines[-1]
        extra = getattr(last, "extraSpace", None)
        if extra is None:
            extra = last[0]
        end = (self.width - self.num_w - self.gap) - extra + 1.5 * mm
        number_w = stringWidth(self.number, self.nstyle.fontName, self.nstyle.fontSize)
        c.saveState()
        c.setFont(self.nstyle.fontName, self.nstyle.fontSize)
        c.setFillColor(self.nstyle.textColor)
        c.drawRightString(self.width, baseline, self.number)
        if self.width - number_w - 1.5 * mm > end:
            c.setStrokeColor(self.leader)
            c.setLineWidth(0.6)
            c.setDash(0.6, 2.4)
            c.line(end, baseline + 1, self.width - number_w - 1.5 * mm, baseline + 1)
        c.restoreState()


class HandbookEngine(Engine):
    """One part of the handbook; adds the contents and index blocks, and drawing pages as forms."""

    def __init__(self, spec: Spec, data: PrintData, options: Options, out: Collector):
        super().__init__(spec, data, options, out)
        self.starts: dict[str, int] = {}
        self.as_form = False

    def _ref(self, block: dict[str, Any], text: str, p: ProcedureInfo) -> PageRef:
        self.check_glyphs(text, p)
        number = str(self.starts.get(p.code, 0))
        return PageRef(text, number, self.style(block.get("style", "base")),
                       self.style(block.get("number_style", "base")), self.spec.color("rule"))

    def _block_toc(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        """The contents: each field, then its procedures with the page each starts on."""
        out: list[Flowable] = []
        for f in self.data.fields:
            head = self.para("", block.get("field_style", "base"), ctx, raw=markup(f.name))
            if head:
                out.append(head)
            for p in f.procedures:
                out.append(self._ref(block, f"{markup(p.name)} <font color=\"#5f6b7a\">({p.code})</font>", p))
        return out

    def _block_index(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        """Every procedure by name in Vietnamese alphabetical order, under its first letter."""
        out: list[Flowable] = []
        letter = None
        for p in sorted(self.data.procedures, key=lambda p: (vtext.sort_key(p.name), p.code)):
            if letter_of(p.name) != letter:
                letter = letter_of(p.name)
                head = self.para("", block.get("letter_style", "base"), ctx, raw=markup(letter))
                if head:
                    out.append(head)
            out.append(self._ref(block, f"{markup(p.name)} <font color=\"#5f6b7a\">({p.code})</font>", p))
        return out

    def end_page(self, canvas: Canvas) -> None:
        if self.as_form:
            canvas.endForm()
        else:
            canvas.showPage()


def _part_spec(spec: Spec, name: str) -> Spec:
    """The template as one part sees it: the part's page sequence and story (cached on the template)."""
    cache = spec.__dict__.setdefault("_parts", {})
    if name not in cache:
        part = spec.data.get("parts", {}).get(name)
        if part is None or "layout" not in part:
            raise TemplateError(f"Mẫu in {spec.stem}.toml: thiếu phần [parts.{name}] với layout.")
        cache[name] = Spec(spec.stem, {**spec.data, "layout": part["layout"], "story": part.get("story", [])})
    return cache[name]


def render(spec: Spec, data: PrintData, options: Options, out: Collector,
           title: str) -> tuple[bytes, int, list[str], int]:
    """The handbook's PDF, its number of PDF pages, the links of its QR codes and its number of A5 pages."""
    fonts.register_fonts()
    parts = spec.data.get("parts", {})
    engines = {name: HandbookEngine(_part_spec(spec, name), data, options, out) for name in parts}
    if "entry" not in engines:
        raise TemplateError(f"Mẫu in {spec.stem}.toml: thiếu phần [parts.entry].")
    base = {"center": data.center, "day": data.day, "updated": data.updated or data.day, "data": data,
            "count": len(data.procedures), "field_count": len(data.fields), "field": None, "procedure": None,
            "summary": "", "postal": False, "section": Section({}, data.procedures)}

    def part(name: str) -> tuple[str, Section]:
        title = parts[name].get("title", "")
        return name, Section({**base, "part_title": title}, data.procedures)

    entries = [("entry", Section({**base, "field": f, "procedure": p, "summary": p.summary,
                                  "postal": any(c.method == "postal" for c in p.channels),
                                  "section": Section({}, (p,))}, (p,)))
               for f in data.fields for p in f.procedures]
    before = [part(n) for n in PARTS_BEFORE if n in parts]
    after = [part(n) for n in PARTS_AFTER if n in parts]
    laid: dict[int, SectionLayout] = {}
    sequence = before + entries + after

    def lay(i: int) -> SectionLayout:
        name, section = sequence[i]
        laid[i] = engines[name].layout_section(section)
        return laid[i]

    contents = next((i for i, (n, _) in enumerate(sequence) if n == "contents"), None)
    for i, (name, _) in enumerate(sequence):
        if name != "contents" and name not in PARTS_AFTER:
            lay(i)
    # Two passes (or a few): the contents' length moves every entry, and so its numbers.
    guess, got = 1, 1
    for _ in range(8):
        if contents is not None:
            laid[contents] = SectionLayout([PagePlan("")] * guess, [], 1.0, [])
        starts, page = {}, 1
        for i, (name, section) in enumerate(sequence):
            if name == "entry":
                starts[section.procedures[0].code] = page
            page += len(laid[i].pages) if i in laid else 0
        for engine in engines.values():
            engine.starts = starts
        if contents is None:
            break
        got = len(lay(contents).pages)
        if got == guess:
            break
        guess = got
    if got != guess:  # never seen: the numbers would be wrong, so the book is not printed
        out.error("contents", "Mục lục của sổ tay không ổn định số trang nên số trang in ra sẽ sai: báo cho người "
                              "quản trị phần mềm.")
    for i, (name, _) in enumerate(sequence):
        if name in PARTS_AFTER:
            lay(i)

    pages: list[tuple[str, Section, PagePlan, int, int]] = []
    for i, (name, section) in enumerate(sequence):
        plans = laid[i].pages
        pages += [(name, section, plan, n, len(plans)) for n, plan in enumerate(plans, start=1)]
    back = []
    if "back" in parts:
        laid_back = engines["back"].layout_section(Section(base, data.procedures))
        back = [("back", Section(base, data.procedures), plan, k, len(laid_back.pages))
                for k, plan in enumerate(laid_back.pages, start=1)]
    if "notes" in parts:  # saddle-stitched at the center or at the print shop: a multiple of 4 pages
        notes = engines["notes"].layout_section(Section(base, ()))
        while (len(pages) + len(back)) % 4:
            pages.append(("notes", Section(base, ()), notes.pages[0], 1, 1))
    pages += back

    last = 0
    for i, (name, section) in enumerate(sequence):
        last += len(laid[i].pages)
        for f in laid[i].overflow:  # said with the part's last page, where it would have gone
            engines[name]._report_overflow(f, section, last)

    buffer = io.BytesIO()
    offset = SLUG if options.crop_marks and not options.imposed else 0.0
    size = landscape(A4) if options.imposed else (spec.width + 2 * offset, spec.height + 2 * offset)
    canvas = Canvas(buffer, pagesize=size, initialFontName=fonts.REGULAR, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(data.center.display_name)
    canvas.setSubject(spec.title)
    canvas.setCreator("CCHC Desktop")
    if options.imposed:
        canvas.setKeywords(DUPLEX_NOTE)
    for folio, (name, section, plan, n, count) in enumerate(pages, start=1):
        engine = engines[name]
        engine.page_no = folio
        engine.scale = 1.0
        ctx = {**section.ctx, "page": n, "pages": count, "folio": folio, "odd": folio % 2 == 1,
               "even": folio % 2 == 0}
        engine.as_form = options.imposed
        if options.imposed:
            canvas.beginForm(f"hb{folio}", 0, 0, spec.width, spec.height)
        engine._draw_page(canvas, plan, ctx, offset)
    links = [link for name in engines for link in engines[name].links]
    if not options.imposed:
        canvas.save()
        return buffer.getvalue(), len(pages), links, len(pages)
    total = len(pages) + -len(pages) % 4  # a template without a notes part: blank pages
    sheet_w = size[0] / 2
    for left, right in booklet_order(len(pages)):
        for page, x in ((left, 0.0), (right, sheet_w)):
            if page <= len(pages):
                canvas.saveState()
                canvas.translate(x + (sheet_w - spec.width) / 2, (size[1] - spec.height) / 2)
                canvas.doForm(f"hb{page}")
                canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return buffer.getvalue(), total // 2, links, total
