"""Screenshots of the kiosk for docs/kiosk/: every screen at 1920×1080 and 1366×768, both themes.

    QT_QPA_PLATFORM=offscreen python docs/kiosk/make_screenshots.py [OUT_DIR]

Runs on a scratch database (the demo catalogue, posted), never on the center's data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CCHC_DATA_DIR", tempfile.mkdtemp(prefix="cchc-shots-"))
os.environ["CCHC_LANG"] = "vi"

SIZES = ((1920, 1080), (1366, 768))


def build_database(folder: Path):
    from cchc_desktop.core.actor import Actor
    from cchc_desktop.core.db import open_database
    from cchc_desktop.core.services import demo, samples, settings
    from kiosk_data import KHAI_SINH, load_posted

    db = open_database(str(folder / "cchc.db"))
    load_posted(db, demo.demo_records())
    admin = Actor.command_line()
    settings.set_many(db, admin, {"center.name": "Trung tâm Phục vụ hành chính công phường Thuận Hóa",
                                  "center.address": "24 Tố Hữu, phường Thuận Hóa, thành phố Huế",
                                  "center.hours": "Thứ Hai – Thứ Sáu, 7:00 – 11:30 và 13:30 – 17:00",
                                  "center.hotline": "0234 3 822 123", "kiosk.printer": "Máy in kiosk"})
    samples.add_document(db, admin, KHAI_SINH, title="Tờ khai đăng ký khai sinh (mẫu đã điền)",
                         file=("to-khai.png", _sample_png()))
    return db


def _sample_png() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(820, 1160, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setFont(QFont("Be Vietnam Pro", 22, QFont.Weight.Bold))
    p.drawText(image.rect().adjusted(40, 60, -40, 0), Qt.AlignmentFlag.AlignHCenter, "TỜ KHAI ĐĂNG KÝ KHAI SINH")
    p.setFont(QFont("Be Vietnam Pro", 14))
    for n, line in enumerate(["Họ, chữ đệm, tên người yêu cầu: Nguyễn Văn An", "Nơi cư trú: phường Thuận Hóa",
                              "Họ, chữ đệm, tên người được khai sinh: Nguyễn Thị Bình", "Ngày sinh: 01/12/2026"]):
        p.drawText(60, 200 + 60 * n, line)
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def shoot(out: Path) -> list[Path]:

    from cchc_desktop.gui.app import create_application
    from cchc_desktop.gui.kiosk.window import KioskWindow
    from kiosk_data import KHAI_SINH

    app = create_application(["kiosk-shots"])
    folder = Path(tempfile.mkdtemp(prefix="cchc-shots-db-"))
    db = build_database(folder)
    written = []
    for width, height in SIZES:
        for contrast in (False, True):
            window = KioskWindow(db, windowed=True)
            window.resize(width, height)
            window.show()
            if contrast:
                window.toggle_contrast()
            theme = "tuong-phan" if contrast else "thuong"

            def save(name: str) -> None:
                for _ in range(3):
                    app.processEvents()
                path = out / f"{name}-{width}x{height}-{theme}.png"
                window.grab().save(str(path), "PNG")
                written.append(path)

            save("home")
            window.start_search()
            window.hide_keyboard()
            window.results.search_field.setText("khai sinh")
            save("results")
            window.show_keyboard()
            window.results.search_field.setText("đăng ký kết hôn")
            save("keyboard")
            window.show_procedure(KHAI_SINH)
            window.show_sample(window.detail.detail.documents[0].id)
            window.detail.area.verticalScrollBar().setValue(0)
            save("detail")
            app.processEvents()
            window.detail.scroll_to_sample()
            save("detail-samples")
            window.start_rating(KHAI_SINH)
            window.rating.level_buttons[5].click()
            save("rating")
            window.allow_exit = True
            window.close()
            window.deleteLater()
            app.processEvents()
    db.dispose()
    return written


def optimize(paths: list[Path]) -> None:
    """Fewer colours, same look: the PNGs stay small in the repository."""
    from PIL import Image

    for path in paths:
        with Image.open(path) as image:
            small = image.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        small.save(path, optimize=True)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    paths = shoot(out)
    optimize(paths)
    for path in paths:
        print(f"{path}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
