"""Reading printed PDFs back as a person or a phone would: pixels, QR codes, text, fonts."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pypdfium2
import zxingcpp

from conftest import ARTIFACTS


def images(pdf: bytes, dpi: int = 200, pages: list[int] | None = None) -> list:
    """The pages rasterized at ``dpi`` (PIL images)."""
    doc = pypdfium2.PdfDocument(pdf)
    try:
        wanted = range(len(doc)) if pages is None else pages
        return [doc[i].render(scale=dpi / 72).to_pil() for i in wanted]
    finally:
        doc.close()


def page_count(pdf: bytes) -> int:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def qr_links(pdf: bytes, dpi: int = 200) -> Counter[str]:
    """Every QR code on every page, decoded."""
    found: Counter[str] = Counter()
    for image in images(pdf, dpi):
        for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
            found[barcode.text] += 1
    return found


def text(pdf: bytes) -> str:
    """The text of every page with runs of whitespace (line breaks of wrapped text) as one space."""
    doc = pypdfium2.PdfDocument(pdf)
    try:
        parts = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()
    return " ".join(" ".join(parts).split())


def one_line(value: str) -> str:
    return " ".join(value.split())


def fonts(pdf: bytes, tmp_path: Path) -> list[str]:
    """The rows of ``pdffonts`` for the document (skips the test where poppler is missing)."""
    import pytest

    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return listing.splitlines()[2:]


def assert_only_embedded_bundled_font(pdf: bytes, tmp_path: Path) -> None:
    rows = fonts(pdf, tmp_path)
    assert rows, "no font listed"
    for row in rows:
        assert "BeVietnamPro" in row and " yes yes " in row, row


def save_page(pdf: bytes, name: str, page: int = 0, dpi: int = 110) -> Path:
    """Keep a page as a PNG in tests/artifacts for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    images(pdf, dpi, [page])[0].save(path)
    return path


def font_sizes(pdf: bytes, page: int) -> list[tuple[str, float]]:
    """Every printed character of ``page`` with its font size in points (as pdfium reads it)."""
    import pypdfium2.raw as pdfium_c

    doc = pypdfium2.PdfDocument(pdf)
    try:
        textpage = doc[page].get_textpage()
        out = []
        for i in range(textpage.count_chars()):
            char = chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i))
            if not char.isspace():
                out.append((char, pdfium_c.FPDFText_GetFontSize(textpage.raw, i)))
        return out
    finally:
        doc.close()
