"""The bundled font for every PDF: registered once, embedded in every document."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cchc_desktop.core import paths

FAMILY = "BeVietnamPro"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Italic", f"{FAMILY}-BoldItalic"
_FILES = {REGULAR: "BeVietnamPro-Regular.ttf", BOLD: "BeVietnamPro-Bold.ttf",
          ITALIC: "BeVietnamPro-Italic.ttf", BOLD_ITALIC: "BeVietnamPro-BoldItalic.ttf"}


@cache
def register_fonts() -> str:
    """Register the family with reportlab (idempotent) and return its regular face name.

    Start every canvas with ``initialFontName=REGULAR``: reportlab's default
    Helvetica would otherwise be listed, unembedded, in every PDF.
    """
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(paths.resource_path("fonts", filename))))
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    return REGULAR
