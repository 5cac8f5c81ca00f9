"""The kiosk's look: touch targets of at least 12 mm, body text of at least 18 pt, two themes, three sizes."""

from __future__ import annotations

from dataclasses import dataclass

SCALES = (1.0, 1.25, 1.5)  # "Chữ lớn" steps
MIN_TARGET_MM = 12.0
BODY_PT = 18.0


@dataclass(frozen=True)
class Palette:
    window: str
    text: str
    muted: str
    tile: str
    tile_text: str
    accent: str
    accent_text: str
    border: str
    panel: str


NORMAL = Palette(window="#f4f6f9", text="#14202e", muted="#44546a", tile="#ffffff", tile_text="#0b3d91",
                 accent="#0b5cad", accent_text="#ffffff", border="#b8c4d4", panel="#e6ecf4")
CONTRAST = Palette(window="#000000", text="#ffffff", muted="#ffff00", tile="#000000", tile_text="#ffff00",
                   accent="#ffff00", accent_text="#000000", border="#ffffff", panel="#000000")


def target_px(dpi: float) -> int:
    """12 mm in pixels on a screen of ``dpi`` logical dots per inch."""
    return round(MIN_TARGET_MM * dpi / 25.4)


def stylesheet(scale: float, contrast: bool, dpi: float) -> str:
    p = CONTRAST if contrast else NORMAL
    body = BODY_PT * scale
    big = body * 1.35
    huge = body * 1.8
    target = max(target_px(dpi), round(body * dpi / 72 * 1.9))
    border = 3 if contrast else 1
    return f"""
#kiosk, #kiosk QWidget {{ background: {p.window}; color: {p.text}; font-size: {body:.1f}pt; }}
#kiosk QLabel {{ background: transparent; }}
#kiosk QLabel#title {{ font-size: {huge:.1f}pt; font-weight: 700; color: {p.tile_text}; }}
#kiosk QLabel#heading {{ font-size: {big:.1f}pt; font-weight: 700; color: {p.tile_text}; }}
#kiosk QLabel#muted {{ color: {p.muted}; }}
#kiosk QFrame#tap {{ background: {p.tile}; border: {border + 1}px solid {p.border}; border-radius: 12px; }}
#kiosk QLabel#tapTitle {{ font-weight: 700; color: {p.tile_text}; }}
#kiosk QLabel#small {{ color: {p.muted}; font-size: {body * 0.85:.1f}pt; }}
#kiosk QToolButton {{ min-height: {target}px; min-width: {target}px; font-size: {big:.1f}pt; border-radius: 10px;
    background: {p.tile}; color: {p.tile_text}; border: {border + 1}px solid {p.border}; }}
#kiosk QFrame#panel {{ background: {p.panel}; border: {border}px solid {p.border}; border-radius: 10px; }}
#kiosk QPushButton {{ min-height: {target}px; min-width: {target}px; padding: 6px 16px; border-radius: 10px;
    background: {p.tile}; color: {p.tile_text}; border: {border + 1}px solid {p.border}; font-weight: 600; }}
#kiosk QPushButton:pressed, #kiosk QPushButton:checked {{ background: {p.accent}; color: {p.accent_text}; }}
#kiosk QPushButton:disabled {{ color: {p.muted}; border-style: dashed; }}
#kiosk QPushButton#primary {{ background: {p.accent}; color: {p.accent_text}; font-size: {big:.1f}pt; }}
#kiosk QPushButton#tile {{ font-size: {big:.1f}pt; text-align: left; padding: 12px 20px; }}
#kiosk QPushButton#result {{ text-align: left; padding: 10px 16px; font-weight: 500; }}
#kiosk QPushButton#key {{ min-width: 0px; padding: 0px; font-size: {big:.1f}pt; }}
#kiosk QLineEdit {{ min-height: {target}px; font-size: {big:.1f}pt; padding: 4px 12px; border-radius: 10px;
    background: {p.tile}; color: {p.text}; border: {border + 1}px solid {p.accent}; }}
#kiosk QScrollArea, #kiosk QScrollArea > QWidget > QWidget {{ background: {p.window}; border: none; }}
#kiosk QScrollBar:vertical {{ width: {target // 2}px; background: {p.panel}; }}
#kiosk QScrollBar::handle:vertical {{ background: {p.accent}; min-height: {target}px; border-radius: 6px; }}
#kiosk QWidget#overlay {{ background: rgba(0, 0, 0, 170); }}
#kiosk QFrame#card {{ background: {p.tile}; border: {border + 2}px solid {p.accent}; border-radius: 16px; }}
#kiosk QWidget#keyboard {{ background: {p.panel}; }}
"""
