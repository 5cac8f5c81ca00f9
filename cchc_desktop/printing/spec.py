"""Print templates as data: one TOML file per template and paper size in ``resources/templates``.

A file describes the page (size, orientation, margins, bleed), colours, text
styles, page templates with their frames (fixed ones filled with blocks,
flowing ones receiving the story), the story itself and the cards the
procedures are printed on. A size variant names its base with ``extends`` and
overrides only what differs: tables merge key by key, lists are replaced. The
engine renders the blocks generically, so a new template is a new file.
"""

from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors, pagesizes
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from cchc_desktop.core import paths
from cchc_desktop.core.errors import CchcError
from cchc_desktop.printing import fonts

# In the order the studio lists them; roll-up banners are 80 or 85 cm wide and 2 m tall.
PAGE_SIZES = {"A4": pagesizes.A4, "A3": pagesizes.A3, "A5": pagesizes.A5, "A1": pagesizes.A1, "A0": pagesizes.A0,
              "rollup-80x200": (800 * mm, 2000 * mm), "rollup-85x200": (850 * mm, 2000 * mm)}
SIZE_ORDER = tuple(PAGE_SIZES)
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
_STYLE_KEYS = {"parent", "font", "size", "leading", "color", "align", "space_before", "space_after",
               "indent", "first_indent", "keep_with_next", "upper", "background", "min_size"}


class TemplateError(CchcError):
    """A template file that cannot be used; names the file and what is wrong."""


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


@cache
def _files() -> dict[str, dict[str, Any]]:
    """Every template file by its stem, as parsed (bases not yet applied)."""
    folder = paths.resource_path("templates")
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            found[path.stem] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise TemplateError(f"Mẫu in {path.name} bị lỗi cú pháp: {exc}.") from None
    return found


def _resolved(stem: str, seen: tuple[str, ...] = ()) -> dict[str, Any]:
    files = _files()
    if stem not in files:
        raise TemplateError(f"Không tìm thấy mẫu in “{stem}” trong resources/templates.")
    if stem in seen:
        raise TemplateError(f"Mẫu in {stem}.toml kế thừa vòng tròn ({' → '.join(seen + (stem,))}).")
    data = files[stem]
    base = data.get("template", {}).get("extends")
    if base:
        return _merge(_resolved(base, seen + (stem,)), data)
    return data


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """``{template id: {size: file stem}}`` for every template file."""
    out: dict[str, dict[str, str]] = {}
    for stem in _files():
        info = _resolved(stem).get("template", {})
        kind, size = info.get("id"), info.get("size") or _resolved(stem).get("page", {}).get("size")
        if not kind or size not in PAGE_SIZES:
            raise TemplateError(f"Mẫu in {stem}.toml thiếu [template] id hoặc khổ giấy hợp lệ "
                                f"({', '.join(SIZE_ORDER)}).")
        out.setdefault(kind, {})[size] = stem
    return out


def sizes(kind: str) -> list[str]:
    """Paper sizes a template comes in, in A4, A3, A5, A1, A0, roll-up order."""
    available = catalogue().get(kind, {})
    return [s for s in SIZE_ORDER if s in available]


def load(kind: str, size: str | None = None) -> Spec:
    """The template ``kind`` in ``size`` (its first size when not given)."""
    available = catalogue().get(kind)
    if not available:
        raise TemplateError(f"Không có mẫu in “{kind}”.")
    size = size or sizes(kind)[0]
    if size not in available:
        raise TemplateError(f"Mẫu in “{kind}” không có khổ {size}; chỉ có: {', '.join(sizes(kind))}.")
    return _spec(available[size])


@cache
def _spec(stem: str) -> Spec:
    return Spec(stem, _resolved(stem))


@dataclass(frozen=True)
class Box:
    """A rectangle in points, origin bottom-left of the page's trim box."""

    x: float
    y: float
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h


class Spec:
    """One resolved template file with helpers to read it."""

    def __init__(self, stem: str, data: dict[str, Any]):
        self.stem = stem
        self.data = data
        info = data.get("template", {})
        self.kind: str = info["id"]
        self.title: str = info.get("title", self.kind)
        self.sections: str = info.get("sections", "all")
        page = data.get("page", {})
        self.size: str = info.get("size") or page.get("size", "A4")
        width, height = PAGE_SIZES[self.size]
        if page.get("orientation", "portrait") == "landscape":
            width, height = height, width
        self.width, self.height = width, height
        top, right, bottom, left = (float(v) * mm for v in page.get("margins", [15, 15, 15, 15]))
        self.content = Box(left, bottom, width - left - right, height - top - bottom)
        self.bleed = float(page.get("bleed", 3)) * mm
        self.colors = {name: colors.HexColor(value) for name, value in data.get("colors", {}).items()}
        self.layout: dict[str, Any] = data.get("layout", {})
        self.fit: dict[str, Any] = data.get("fit", {})
        self.pages: dict[str, Any] = data.get("pages", {})
        self.blocks: dict[str, list[dict[str, Any]]] = data.get("blocks", {})
        self.story: list[dict[str, Any]] = data.get("story", [])
        self.cards: dict[str, dict[str, Any]] = data.get("cards", {})
        self.options: dict[str, Any] = data.get("options", {})
        self._styles: dict[float, dict[str, ParagraphStyle]] = {}
        self._check()

    def _check(self) -> None:
        where = f"Mẫu in {self.stem}.toml"
        for name, style in self.data.get("styles", {}).items():
            unknown = set(style) - _STYLE_KEYS
            if unknown:
                raise TemplateError(f"{where}: kiểu chữ “{name}” có khoá không biết: {', '.join(sorted(unknown))}.")
            if style.get("font", "regular") not in fonts.FACES:
                raise TemplateError(f"{where}: kiểu chữ “{name}” dùng phông “{style['font']}” không có "
                                    f"(chỉ có: {', '.join(fonts.FACES)}).")
        sequence = self.layout.get("pages") or [self.layout.get("first")]
        for name in [*sequence, self.layout.get("next")]:
            if name and name not in self.pages:
                raise TemplateError(f"{where}: [layout] dùng trang “{name}” nhưng không có [pages.{name}].")

    # --- colours and styles ------------------------------------------------------
    def color(self, name: str | None, default: str = "ink") -> colors.Color:
        if not name:
            name = default
        if name in self.colors:
            return self.colors[name]
        if name.startswith("#"):
            return colors.HexColor(name)
        raise TemplateError(f"Mẫu in {self.stem}.toml: màu “{name}” chưa khai báo trong [colors].")

    def style_def(self, name: str) -> dict[str, Any]:
        styles = self.data.get("styles", {})
        if name not in styles:
            raise TemplateError(f"Mẫu in {self.stem}.toml: không có kiểu chữ “{name}”.")
        chain = [styles[name]]
        while chain[-1].get("parent"):
            parent = chain[-1]["parent"]
            if parent not in styles or len(chain) > 10:
                raise TemplateError(f"Mẫu in {self.stem}.toml: kiểu chữ “{parent}” không có.")
            chain.append(styles[parent])
        merged: dict[str, Any] = {}
        for part in reversed(chain):
            merged.update(part)
        return merged

    def styles(self, scale: float = 1.0) -> dict[str, ParagraphStyle]:
        """Every text style at ``scale`` (sizes, leading and spacing scaled together)."""
        key = round(scale, 3)
        if key not in self._styles:
            fonts.register_fonts()
            out = {}
            for name in self.data.get("styles", {}):
                d = self.style_def(name)
                size = float(d.get("size", 10)) * scale
                out[name] = ParagraphStyle(
                    f"{self.stem}.{name}", fontName=fonts.FACES[d.get("font", "regular")], fontSize=size,
                    leading=float(d.get("leading", float(d.get("size", 10)) * 1.25)) * scale,
                    textColor=self.color(d.get("color")), alignment=_ALIGN[d.get("align", "left")],
                    spaceBefore=float(d.get("space_before", 0)) * scale,
                    spaceAfter=float(d.get("space_after", 0)) * scale,
                    leftIndent=float(d.get("indent", 0)) * mm, firstLineIndent=float(d.get("first_indent", 0)) * mm,
                    keepWithNext=bool(d.get("keep_with_next", False)),
                    backColor=self.color(d["background"]) if d.get("background") else None,
                    splitLongWords=True, allowWidows=0, allowOrphans=0)
                out[name].upper = bool(d.get("upper", False))  # type: ignore[attr-defined]
            self._styles[key] = out
        return self._styles[key]

    # --- geometry --------------------------------------------------------------------
    def frame_box(self, frame: dict[str, Any]) -> Box:
        """A frame's rectangle: mm from the top-left of its box (``content``, or ``trim``: the page).

        Negative ``x``/``y`` count from the right/bottom edge; a ``w``/``h`` of
        zero or less reaches the far edge less that much.
        """
        ref = frame.get("box", "content")
        if ref == "content":
            base = self.content
        elif ref == "trim":
            base = Box(0, 0, self.width, self.height)
        else:
            raise TemplateError(f"Mẫu in {self.stem}.toml: khung tham chiếu “{ref}” không hợp lệ "
                                "(chỉ có content, trim).")
        x, y = float(frame.get("x", 0)) * mm, float(frame.get("y", 0)) * mm
        w, h = float(frame.get("w", 0)) * mm, float(frame.get("h", 0)) * mm
        left = base.x + (x if x >= 0 else base.w + x)
        top = base.top - (y if y >= 0 else base.h + y)
        width = w if w > 0 else (base.x + base.w + w) - left
        height = h if h > 0 else top - (base.y - h)
        return Box(left, top - height, width, height)

    def bled(self, box: Box) -> Box:
        """``box`` with every edge lying on the trim edge pushed out by the bleed."""
        eps = 0.01
        b = self.bleed
        x0 = box.x - b if box.x <= eps else box.x
        y0 = box.y - b if box.y <= eps else box.y
        x1 = box.x + box.w + b if box.x + box.w >= self.width - eps else box.x + box.w
        y1 = box.top + b if box.top >= self.height - eps else box.top
        return Box(x0, y0, x1 - x0, y1 - y0)
