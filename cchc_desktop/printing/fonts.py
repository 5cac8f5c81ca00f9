"""The bundled font for every PDF: registered once, embedded in every document."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cchc_desktop.core import paths

FAMILY = "BeVietnamPro"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Italic", f"{FAMILY}-BoldItalic"
SEMIBOLD = f"{FAMILY}-SemiBold"
_FILES = {REGULAR: "BeVietnamPro-Regular.ttf", BOLD: "BeVietnamPro-Bold.ttf",
          ITALIC: "BeVietnamPro-Italic.ttf", BOLD_ITALIC: "BeVietnamPro-BoldItalic.ttf",
          SEMIBOLD: "BeVietnamPro-SemiBold.ttf"}
# Names the print templates use for the faces.
FACES = {"regular": REGULAR, "bold": BOLD, "italic": ITALIC, "bold_italic": BOLD_ITALIC, "semibold": SEMIBOLD}


class _TTFont(TTFont):
    """A TrueType face that remembers the widths it measured.

    Line breaking measures every word many times over (and Vietnamese text is
    made of a few thousand syllables), so a cache makes layout several times
    faster than reportlab's pure-Python measuring.
    """

    def __init__(self, name: str, filename: str):
        super().__init__(name, filename)
        self._widths: dict[str, float] = {}

    def stringWidth(self, text, size, encoding="utf8"):  # noqa: N802 (reportlab's name)
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) > 200_000:
                self._widths.clear()
            width = self._widths[text] = super().stringWidth(text, 1000.0, encoding)
        return width * size * 0.001


@cache
def register_fonts() -> str:
    """Register the family with reportlab (idempotent) and return its regular face name.

    Start every canvas with ``initialFontName=REGULAR``: reportlab's default
    Helvetica would otherwise be listed, unembedded, in every PDF.
    """
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(_TTFont(name, str(paths.resource_path("fonts", filename))))
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    return REGULAR


@cache
def covered_characters() -> frozenset[int]:
    """Code points every face of the family can draw (text may switch faces through markup)."""
    register_fonts()
    faces = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in _FILES]
    return frozenset(set.intersection(*faces))


def missing_glyphs(text: str) -> list[str]:
    """Characters of ``text`` the bundled font cannot draw, each once, in order of appearance."""
    covered = covered_characters()
    missing: list[str] = []
    for ch in text:
        if ord(ch) not in covered and not ch.isspace() and ch not in missing:
            missing.append(ch)
    return missing
