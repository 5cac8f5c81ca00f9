"""Panels (pano): A1, A0 and roll-up banners at the entrance, read and scanned from a few metres.

A panel carries the campaign message, the center's hotline and hours, and up
to six large QR codes: the national portal, the center's own page and the
most used procedures (those named, else the ones whose guide sheets were
printed most, as each is handed to a citizen at the counter).

The rule its codes are checked against, for a reading distance D: the code's
side (without quiet zone) is at least D / 10 (the usual 10:1 rule: 20 cm at
2 m), each module at least D / 450 (4.4 mm at 2 m: two pixels of a phone's
1280-pixel camera preview with a 70° lens), and the quiet zone 4 modules
clear on every side. A code that misses it is an error: the panel is refused.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph
from sqlalchemy.orm import Session

from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.services import print_log
from cchc_desktop.printing import qr
from cchc_desktop.core.procedure_info import CenterInfo
from cchc_desktop.printing.engine import Engine, markup
from cchc_desktop.printing.preflight import INFO
from cchc_desktop.printing.spec import Box

MAX_CODES = 6
DISTANCE_M = 2.0
SIDE_PER_M = 100.0 / 1.0     # mm of code side per metre of reading distance (D / 10)
MODULE_PER_M = 1000.0 / 450  # mm of module per metre (D / 450)
USAGE_TEMPLATE = "guide"     # a guide sheet is printed for one citizen: the measure of use


@dataclass(frozen=True)
class PanelCode:
    """One QR code on a panel: what it leads to, in words, and the link."""

    label: str
    link: str


def rule(distance_m: float) -> tuple[float, float]:
    """The smallest code side and module (mm) scannable from ``distance_m`` metres."""
    return distance_m * SIDE_PER_M, distance_m * MODULE_PER_M


def choose(session: Session, procedures: list, named: bool, room: int = MAX_CODES - 2) -> list:
    """The procedures whose codes the panel carries: those named (with a link), else the most used."""
    linked = [p for p in procedures if p.link]
    if named:
        if len(linked) > room:
            raise ValidationError(f"Pano có chỗ cho {MAX_CODES} mã QR: Cổng Dịch vụ công, trang của Trung tâm và "
                                  f"tối đa {room} thủ tục (đã chọn {len(linked)} thủ tục có đường liên kết).", "codes")
        return linked
    order = {code: i for i, code in enumerate(print_log.most_printed(session, USAGE_TEMPLATE))}
    used = sorted((p for p in linked if p.code in order), key=lambda p: order[p.code])
    return used[:room]


def extra(center: CenterInfo, procedures: list, photo: bytes | None, background: bytes | None) -> dict[str, Any]:
    """The panel's codes (portal, the center's page, the procedures) and its images."""
    codes = [PanelCode("Cổng Dịch vụ công quốc gia", center.portal_url)]
    if center.social_url:
        codes.append(PanelCode("Trang của Trung tâm", center.social_url))
    for p in procedures:
        names = list(getattr(p, "friendly_names", None) or [])
        codes.append(PanelCode(names[0] if names else p.name, p.link))
    return {"panel_codes": codes, "photo": photo, "background": background}


def _one_decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


class QRGrid(Flowable):
    """The panel's codes in the grid that prints them largest; each checked against the reading distance."""

    def __init__(self, engine: PanelEngine, codes: list[PanelCode], block: dict[str, Any]):
        super().__init__()
        self.engine, self.codes = engine, codes
        self.label_style = engine.style(block.get("label_style", "base"))
        self.link_style = engine.style(block.get("link_style", "base"))
        self.gap = float(block.get("gap", 10)) * mm
        self.largest = float(block.get("max_size", 400)) * mm
        self.link_max = int(block.get("link_max", 40))  # a longer link is not for typing: the code is enough
        self.matrices = [qr.matrix(c.link) for c in codes]

    def _labels(self, width: float) -> tuple[list[Paragraph], list[Paragraph], float]:
        labels = [Paragraph(markup(c.label), self.label_style) for c in self.codes]
        links = [Paragraph(markup(qr.display_link(c.link)) if len(qr.display_link(c.link)) <= self.link_max else "",
                           self.link_style) for c in self.codes]
        tallest = 0.0
        for a, b in zip(labels, links):
            tallest = max(tallest, a.wrap(width, 10_000)[1] + b.wrap(width, 10_000)[1])
        return labels, links, tallest

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = aw, ah
        best = None
        n = max(1, len(self.codes))
        for cols in range(1, n + 1):
            rows = math.ceil(n / cols)
            cell_w, cell_h = (aw - self.gap * (cols - 1)) / cols, (ah - self.gap * (rows - 1)) / rows
            labels, links, text_h = self._labels(cell_w)
            room = min(cell_w, cell_h - text_h)
            # Each code's footprint (code and quiet zone) fills the room; the grid that makes the smallest
            # code largest wins.
            sizes = [min(self.largest, room / (1 + 2 * qr.QUIET_MODULES / m.side)) for m in self.matrices]
            worst = min(sizes, default=0.0)
            if best is None or worst > best[0] + 0.01:
                best = (worst, sizes, cols, rows, cell_w, cell_h, labels, links, text_h)
        _, self.sizes, self.cols, self.rows, self.cell_w, self.cell_h, self.labels, self.links, self.text_h = best
        return aw, ah

    def draw(self) -> None:
        c = self.canv
        n = len(self.codes)
        used_h = self.rows * self.cell_h + (self.rows - 1) * self.gap
        for i, (code, m) in enumerate(zip(self.codes, self.matrices)):
            row, col = divmod(i, self.cols)
            in_row = min(self.cols, n - row * self.cols)
            row_w = in_row * self.cell_w + (in_row - 1) * self.gap  # a short last row is centred
            x0 = (self.width - row_w) / 2 + col * (self.cell_w + self.gap)
            top = self.height - (self.height - used_h) / 2 - row * (self.cell_h + self.gap)
            size = self.sizes[i]
            foot = m.footprint_mm(size / mm) * mm
            block_h = foot + self.text_h
            top -= (self.cell_h - block_h) / 2
            self.engine.draw_qr(c, m, x0 + (self.cell_w - foot) / 2, top - foot, size, None, None)
            self.engine.check_distance(code, m, size)
            y = top - foot
            for para in (self.labels[i], self.links[i]):
                _, h = para.wrap(self.cell_w, 10_000)
                y -= h
                para.drawOn(c, x0, y)


class Picture(Flowable):
    """An image from a file, as large as its frame allows without distortion, centred."""

    def __init__(self, data: bytes, engine: PanelEngine, what: str):
        super().__init__()
        self.reader = ImageReader(io.BytesIO(data))
        self.engine, self.what = engine, what

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        iw, ih = self.reader.getSize()
        scale = min(aw / iw, ah / ih)
        self.w, self.h = iw * scale, ih * scale
        self.width, self.height = aw, ah
        return aw, ah

    def draw(self) -> None:
        iw, _ = self.reader.getSize()
        self.engine.check_picture(self.what, iw, self.w)
        self.canv.drawImage(self.reader, (self.width - self.w) / 2, (self.height - self.h) / 2, self.w, self.h,
                            mask="auto")


class PanelEngine(Engine):
    """The engine with a panel's QR grid, images from files and the reading-distance check."""

    @property
    def distance(self) -> float:
        given = self.options.distance_m
        return float(given if given else self.spec.options.get("distance", DISTANCE_M))

    def codes(self) -> list[PanelCode]:
        return list(self.data.extra.get("panel_codes", []))

    def _block_qr_grid(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        codes = self.codes()
        room = int(self.spec.options.get("max_codes", MAX_CODES))
        if len(codes) > room:
            self.out.error("qr_count", f"Khổ {self.spec.size} chỉ đủ chỗ cho {room} mã QR quét được từ "
                                       f"{_one_decimal(self.distance)} m; pano đang có {len(codes)} mã: bớt thủ tục "
                                       "hoặc chọn khổ lớn hơn.")
        side, module = rule(self.distance)
        self.out.add(INFO, "qr_rule", f"Mã QR trên pano được kiểm tra để quét từ {_one_decimal(self.distance)} m: "
                                        f"cạnh mã ≥ {side:.0f} mm (khoảng cách/10), mỗi ô ≥ "
                                        f"{_one_decimal(module)} mm (khoảng cách/450), vùng trống 4 ô quanh mã.")
        return [QRGrid(self, codes, block)] if codes else []

    def check_distance(self, code: PanelCode, m: qr.Matrix, size: float) -> None:
        """Say whether a code can be scanned from the reading distance; refuse it when it cannot."""
        side, module = rule(self.distance)
        size_mm = size / mm
        got_module = size_mm / m.side
        quiet = qr.QUIET_MODULES * got_module
        where = f"Mã QR “{code.label}”"
        facts = (f"cạnh {size_mm:.0f} mm, {m.side} ô × {_one_decimal(got_module)} mm, vùng trống "
                 f"{quiet:.0f} mm ({qr.QUIET_MODULES} ô)")
        if size_mm + 1e-6 < side or got_module + 1e-6 < module:
            self.out.error("qr_distance", f"{where}: {facts}, nhỏ hơn mức quét được từ "
                                          f"{_one_decimal(self.distance)} m (cạnh ≥ {side:.0f} mm, ô ≥ "
                                          f"{_one_decimal(module)} mm). Bớt mã QR, chọn khổ lớn hơn hoặc "
                                          "đường liên kết ngắn hơn.", page=self.page_no)
        else:
            self.out.add(INFO, "qr_distance", f"{where}: {facts}: quét được từ {_one_decimal(self.distance)} m.")

    def check_picture(self, what: str, px: int, width: float) -> None:
        dpi = px / (width / 72)
        least = float(self.spec.options.get("min_dpi", 60))
        if dpi < least:
            self.out.warning("image_dpi", f"{what} chỉ có {dpi:.0f} dpi ở kích thước in (pano nên từ {least:.0f} dpi): "
                                          "bản in có thể bị mờ.")

    def _block_picture(self, block: dict[str, Any], ctx: dict[str, Any]) -> list[Flowable]:
        data = self.data.extra.get(block["source"])
        return [Picture(data, self, block.get("label", "Ảnh"))] if data else []

    def _decorate(self, c, deco: dict[str, Any], crop: bool) -> None:
        if deco.get("type") != "image":
            return super()._decorate(c, deco, crop)
        data = self.data.extra.get(deco["source"])
        if not data:
            return None
        box = self.spec.frame_box({**deco, "box": deco.get("box", "trim")})
        if crop:
            box = self.spec.bled(box)
        self._cover(c, data, box)
        return None

    def _cover(self, c, data: bytes, box: Box) -> None:
        """The image filling ``box``, cut to it (a background)."""
        reader = ImageReader(io.BytesIO(data))
        iw, ih = reader.getSize()
        scale = max(box.w / iw, box.h / ih)
        w, h = iw * scale, ih * scale
        self.check_picture("Ảnh nền", iw, w)
        c.saveState()
        path = c.beginPath()
        path.rect(box.x, box.y, box.w, box.h)
        c.clipPath(path, stroke=0, fill=0)
        c.drawImage(reader, box.x + (box.w - w) / 2, box.y + (box.h - h) / 2, w, h, mask="auto")
        c.restoreState()
