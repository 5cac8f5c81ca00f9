"""The kiosk's own on-screen keyboard (the Windows touch keyboard does not open for Qt widgets).

Latin letters, digits and the dot for codes, the Vietnamese letters ă â đ ê ô
ơ ư as keys of their own, and five tone keys that put the tone on the last
word's vowel where Vietnamese writes it (“hoa” + huyền → “hòa”, “tuong” … the
tone goes on ơ of “ương”). Typing without tones works too: search folds them.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from cchc_desktop.gui.retranslating import Retranslating

TONES = {"acute": "\u0301", "grave": "\u0300", "hook": "\u0309", "tilde": "\u0303", "dot": "\u0323"}
_TONE_MARKS = set(TONES.values())
_VOWELS = set("aăâeêioôơuưy")
_MODIFIED = set("ăâêôơư")


def _base(ch: str) -> str:
    """A letter without its tone (its hat, breve or horn kept), lower case."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", ch.lower())
                                                if c not in _TONE_MARKS))


def strip_tone(word: str) -> str:
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word) if c not in _TONE_MARKS))


def tone_position(word: str) -> int | None:
    """Where the tone of ``word`` (a syllable) goes, or None when it has no vowel."""
    bases = [_base(c) for c in word]
    start = 0
    low = "".join(bases)
    if low.startswith("qu"):
        start = 2
    elif low.startswith("gi") and len(low) > 2 and low[2] in _VOWELS:
        start = 2
    vowels = [i for i in range(start, len(bases)) if bases[i] in _VOWELS]
    if not vowels:
        vowels = [i for i in range(len(bases)) if bases[i] in _VOWELS]
        if not vowels:
            return None
    # the last run of vowels
    run = [vowels[-1]]
    for i in reversed(vowels[:-1]):
        if i == run[0] - 1:
            run.insert(0, i)
        else:
            break
    modified = [i for i in run if bases[i] in _MODIFIED]
    if modified:
        return modified[-1]
    if run[-1] < len(word) - 1 or len(run) == 1:  # a final consonant: the last vowel
        return run[-1]
    return run[1] if len(run) == 3 else run[0]


def apply_tone(text: str, tone: str) -> str:
    """``text`` with its last word's tone set to ``tone`` (a key of TONES; the same tone again removes it)."""
    head, sep, word = text.rpartition(" ")
    if not word:
        return text
    position = tone_position(word)
    if position is None:
        return text
    mark = TONES[tone]
    had = mark in unicodedata.normalize("NFD", word[position])
    plain = strip_tone(word)
    if not had:
        letter = unicodedata.normalize("NFC", unicodedata.normalize("NFD", plain[position]) + mark)
        plain = plain[:position] + letter + plain[position + 1:]
    return head + sep + plain


class OnScreenKeyboard(Retranslating, QWidget):
    """Keys that type into ``target``; ``hide_requested`` when the citizen closes it."""

    hide_requested = Signal()
    ROWS = ("1234567890.", "qwertyuiop", "asdfghjkl", "zxcvbnm", "ăâđêôơư")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.target: QLineEdit | None = None
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setSpacing(6)
        grid.setContentsMargins(8, 8, 8, 8)
        columns = 22  # each letter spans two columns, so rows can be offset by half a key
        for r, row in enumerate(self.ROWS):
            offset = (columns - 2 * len(row)) // 2
            for c, ch in enumerate(row):
                self._key(grid, ch, ch, r, offset + 2 * c, 2, lambda _=False, ch=ch: self.type_text(ch))
        self._key(grid, "backspace", "⌫", 3, 18, 4, self.backspace)
        tone_row = len(self.ROWS)
        for c, (name, mark) in enumerate(TONES.items()):
            self._key(grid, f"tone_{name}", "a" + mark, tone_row, 2 * c, 2, lambda _=False, n=name: self.tone(n))
        self._key(grid, "space", "", tone_row, 10, 6, lambda: self.type_text(" "))
        self._key(grid, "clear", "", tone_row, 16, 3, self.clear)
        self._key(grid, "hide", "", tone_row, 19, 3, self.hide_requested.emit)
        self.retranslate()

    def _key(self, grid: QGridLayout, name: str, text: str, row: int, col: int, span: int, slot) -> None:
        button = QPushButton(text)
        button.setObjectName("key")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search field keeps the focus and its cursor
        button.setAutoRepeat(name == "backspace")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.clicked.connect(slot)
        grid.addWidget(button, row, col, 1, span)
        self.keys[name] = button

    def retranslate(self) -> None:
        self.keys["space"].setText(self.tr("space"))
        self.keys["clear"].setText(self.tr("Clear"))
        self.keys["hide"].setText(self.tr("Hide"))
        for name, tip in (("acute", self.tr("acute tone (sắc)")), ("grave", self.tr("grave tone (huyền)")),
                          ("hook", self.tr("hook tone (hỏi)")), ("tilde", self.tr("tilde tone (ngã)")),
                          ("dot", self.tr("dot tone (nặng)"))):
            self.keys[f"tone_{name}"].setAccessibleName(tip)

    # --- typing -----------------------------------------------------------------
    def type_text(self, text: str) -> None:
        if self.target is not None:
            self.target.insert(text)

    def backspace(self) -> None:
        if self.target is not None:
            self.target.backspace()

    def clear(self) -> None:
        if self.target is not None:
            self.target.clear()

    def tone(self, name: str) -> None:
        if self.target is None:
            return
        text = self.target.text()
        before, after = text[:self.target.cursorPosition()], text[self.target.cursorPosition():]
        toned = apply_tone(before, name)
        if toned != before:
            self.target.setText(toned + after)
            self.target.setCursorPosition(len(toned))
