"""Every PDF embeds the bundled font and no other."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdfium2
import pytest
from reportlab.pdfgen.canvas import Canvas

from cchc_desktop.printing.fonts import BOLD, REGULAR, register_fonts

SENTENCE = "Đăng ký khai sinh – Chứng thực bản sao; Ưu tiên người cao tuổi: 50.000 ₫"


def test_vietnamese_text_is_embedded_and_extractable(tmp_path: Path) -> None:
    register_fonts()
    path = tmp_path / "x.pdf"
    canvas = Canvas(str(path), initialFontName=REGULAR)
    canvas.setFont(BOLD, 14)
    canvas.drawString(40, 800, SENTENCE)
    canvas.setFont(REGULAR, 11)
    canvas.drawString(40, 780, SENTENCE.upper())
    canvas.save()
    page = pypdfium2.PdfDocument(str(path))[0]
    text = page.get_textpage().get_text_range()
    assert SENTENCE in text and SENTENCE.upper() in text
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert rows and all(" yes " in row and "BeVietnamPro" in row for row in rows), listing
