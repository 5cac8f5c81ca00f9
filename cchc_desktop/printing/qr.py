"""Vector QR codes drawn from the ``qrcode`` matrix, sized by print rules.

A code is one filled path of merged dark runs (fast to draw, sharp at any
scale). Rules: error correction M (Q when a logo sits on the code), a quiet
zone of 4 modules, a module never under 0.5 mm and a code never under 20 mm.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M, ERROR_CORRECT_Q
from reportlab.lib.colors import Color, black, white

MIN_MODULE_MM = 0.5
MIN_SIZE_MM = 20.0
QUIET_MODULES = 4


@dataclass(frozen=True)
class Matrix:
    """A QR symbol: its side in modules and its dark runs ``(row, column, length)``."""

    data: str
    side: int
    level: str
    runs: tuple[tuple[int, int, int], ...]

    @property
    def min_size_mm(self) -> float:
        """The smallest printable size of the code (without its quiet zone)."""
        return max(MIN_SIZE_MM, self.side * MIN_MODULE_MM)

    def module_mm(self, size_mm: float) -> float:
        return size_mm / self.side

    def footprint_mm(self, size_mm: float) -> float:
        """Size with the quiet zone on both sides."""
        return size_mm + 2 * QUIET_MODULES * self.module_mm(size_mm)


@lru_cache(maxsize=1024)
def matrix(data: str, with_logo: bool = False) -> Matrix:
    """The QR matrix of ``data``: level M, or Q when a logo will cover part of it."""
    level = ERROR_CORRECT_Q if with_logo else ERROR_CORRECT_M
    code = qrcode.QRCode(error_correction=level, border=0, box_size=1)
    code.add_data(data.encode("utf-8"))
    code.make(fit=True)
    runs: list[tuple[int, int, int]] = []
    for r, row in enumerate(code.modules):
        c, n = 0, len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return Matrix(data, len(code.modules), "Q" if with_logo else "M", tuple(runs))


def size_for(m: Matrix, wanted_mm: float, room_mm: float | None = None) -> float:
    """The size to print: at least the wanted size and the rules' minimum, within the room.

    The room is the space for the whole footprint (quiet zone included); a
    result under :attr:`Matrix.min_size_mm` means the code does not fit.
    """
    size = max(wanted_mm, m.min_size_mm)
    if room_mm is not None:
        # footprint = size * (1 + 2 * QUIET / side)
        size = min(size, room_mm / (1 + 2 * QUIET_MODULES / m.side))
    return size


def draw(canvas, m: Matrix, x: float, y: float, size: float, *, color: Color = black,
         quiet: bool = True) -> None:
    """Draw the code with its lower-left corner (inside the quiet zone) at ``x, y`` in points."""
    module = size / m.side
    if quiet:
        q = QUIET_MODULES * module
        canvas.saveState()
        canvas.setFillColor(white)
        canvas.rect(x - q, y - q, size + 2 * q, size + 2 * q, stroke=0, fill=1)
        canvas.restoreState()
    top = y + size
    path = canvas.beginPath()
    for r, c, length in m.runs:
        path.rect(x + c * module, top - (r + 1) * module, length * module, module)
    canvas.saveState()
    canvas.setFillColor(color)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def display_link(url: str) -> str:
    """The link as printed under a code: without ``https://``, which browsers add themselves."""
    for prefix in ("https://", "http://"):
        if url.startswith(prefix):
            return url[len(prefix):]
    return url
